package p2p

import (
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/control"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
)

// Gater is the host's connection gater. It refuses, at dial and after the
// Noise handshake, peers that were banned for presenting a statement that
// failed verification for a reason about the peer itself (not a temporary
// verifier failure). The network is permissionless, so unknown peers are let
// in: a new operator must connect before anyone can verify it, and light
// clients connect without being registered. Protection of sensitive
// protocols is the verified-peer table's job, not the gater's.
type Gater struct {
	now func() time.Time

	mu     sync.Mutex
	banned map[peer.ID]time.Time
}

// NewGater returns a gater with an empty ban list.
func NewGater(now func() time.Time) *Gater {
	if now == nil {
		now = time.Now
	}
	return &Gater{now: now, banned: make(map[peer.ID]time.Time)}
}

// Ban refuses p until now+d.
func (g *Gater) Ban(p peer.ID, d time.Duration) {
	if d <= 0 {
		return
	}
	g.mu.Lock()
	g.banned[p] = g.now().Add(d)
	g.mu.Unlock()
}

// Unban lifts a ban.
func (g *Gater) Unban(p peer.ID) {
	g.mu.Lock()
	delete(g.banned, p)
	g.mu.Unlock()
}

// IsBanned reports whether p is currently refused.
func (g *Gater) IsBanned(p peer.ID) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	until, ok := g.banned[p]
	if !ok {
		return false
	}
	if !g.now().Before(until) {
		delete(g.banned, p)
		return false
	}
	return true
}

// InterceptPeerDial refuses to dial banned peers.
func (g *Gater) InterceptPeerDial(p peer.ID) bool { return !g.IsBanned(p) }

// InterceptAddrDial allows every address of an allowed peer.
func (g *Gater) InterceptAddrDial(p peer.ID, _ ma.Multiaddr) bool { return !g.IsBanned(p) }

// InterceptAccept allows inbound connections; the peer is not known yet.
func (g *Gater) InterceptAccept(network.ConnMultiaddrs) bool { return true }

// InterceptSecured refuses banned peers once Noise has authenticated them.
func (g *Gater) InterceptSecured(_ network.Direction, p peer.ID, _ network.ConnMultiaddrs) bool {
	return !g.IsBanned(p)
}

// InterceptUpgraded allows every upgraded connection of an allowed peer.
func (g *Gater) InterceptUpgraded(network.Conn) (bool, control.DisconnectReason) { return true, 0 }
