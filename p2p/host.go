package p2p

import (
	"fmt"
	"time"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	rcmgr "github.com/libp2p/go-libp2p/p2p/host/resource-manager"
	"github.com/libp2p/go-libp2p/p2p/net/connmgr"
	"github.com/libp2p/go-libp2p/p2p/security/noise"
	quic "github.com/libp2p/go-libp2p/p2p/transport/quic"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
)

// HostConfig is what the libp2p host needs.
type HostConfig struct {
	// Key is the node's Ed25519 identity (LoadOrCreateIdentity).
	Key crypto.PrivKey
	// ListenAddrs are multiaddrs, TCP and/or QUIC, e.g.
	// "/ip4/0.0.0.0/tcp/4001", "/ip4/0.0.0.0/udp/4001/quic-v1".
	ListenAddrs []string
	// ConnLow and ConnHigh are the connection manager's water marks: above
	// High it trims connections down to Low (protected peers excepted).
	ConnLow, ConnHigh int
	// Limits are the resource manager's limits (DefaultLimits if zero).
	Limits Limits
	// Gater is the connection gater (a fresh one if nil).
	Gater *Gater
}

// Limits are the resource manager limits the host runs with. They are
// explicit rather than scaled to the machine so every node of the network
// behaves alike and the numbers can be reviewed; see docs/P2P.md.
type Limits struct {
	SystemConns, SystemConnsInbound     int
	SystemStreams, SystemStreamsInbound int
	SystemMemory                        int64
	SystemFD                            int
	PeerConns, PeerStreams              int
	PeerMemory                          int64
}

// DefaultLimits fit a network of a few hundred nodes, each connecting to
// the whole registered set plus light clients.
var DefaultLimits = Limits{
	SystemConns:          512,
	SystemConnsInbound:   384,
	SystemStreams:        8192,
	SystemStreamsInbound: 4096,
	SystemMemory:         512 << 20,
	SystemFD:             1024,
	PeerConns:            8,
	PeerStreams:          256,
	PeerMemory:           32 << 20,
}

func (l Limits) config() rcmgr.ConcreteLimitConfig {
	base := rcmgr.DefaultLimits.AutoScale()
	part := rcmgr.PartialLimitConfig{
		System: rcmgr.ResourceLimits{
			Conns:           rcmgr.LimitVal(l.SystemConns),
			ConnsInbound:    rcmgr.LimitVal(l.SystemConnsInbound),
			ConnsOutbound:   rcmgr.LimitVal(l.SystemConns),
			Streams:         rcmgr.LimitVal(l.SystemStreams),
			StreamsInbound:  rcmgr.LimitVal(l.SystemStreamsInbound),
			StreamsOutbound: rcmgr.LimitVal(l.SystemStreams),
			Memory:          rcmgr.LimitVal64(l.SystemMemory),
			FD:              rcmgr.LimitVal(l.SystemFD),
		},
		// Transient: connections and streams not yet attached to a peer or
		// protocol (during the security and muxer handshakes).
		Transient: rcmgr.ResourceLimits{
			Conns:   rcmgr.LimitVal(l.SystemConns / 4),
			Streams: rcmgr.LimitVal(l.SystemStreams / 8),
			Memory:  rcmgr.LimitVal64(l.SystemMemory / 8),
			FD:      rcmgr.LimitVal(l.SystemFD / 4),
		},
		PeerDefault: rcmgr.ResourceLimits{
			Conns:           rcmgr.LimitVal(l.PeerConns),
			ConnsInbound:    rcmgr.LimitVal(l.PeerConns),
			ConnsOutbound:   rcmgr.LimitVal(l.PeerConns),
			Streams:         rcmgr.LimitVal(l.PeerStreams),
			StreamsInbound:  rcmgr.LimitVal(l.PeerStreams),
			StreamsOutbound: rcmgr.LimitVal(l.PeerStreams),
			Memory:          rcmgr.LimitVal64(l.PeerMemory),
		},
	}
	return part.Build(base)
}

// NewHost builds the libp2p host: TCP and QUIC transports, Noise only, the
// resource manager with explicit limits, the connection manager and gater.
func NewHost(cfg HostConfig) (host.Host, error) {
	if cfg.Key == nil {
		return nil, fmt.Errorf("new host: no identity key")
	}
	if len(cfg.ListenAddrs) == 0 {
		return nil, fmt.Errorf("new host: no listen addresses")
	}
	if cfg.Limits == (Limits{}) {
		cfg.Limits = DefaultLimits
	}
	if cfg.ConnLow <= 0 {
		cfg.ConnLow = 96
	}
	if cfg.ConnHigh <= cfg.ConnLow {
		cfg.ConnHigh = 2 * cfg.ConnLow
	}
	if cfg.Gater == nil {
		cfg.Gater = NewGater(nil)
	}
	rm, err := rcmgr.NewResourceManager(rcmgr.NewFixedLimiter(cfg.Limits.config()))
	if err != nil {
		return nil, fmt.Errorf("resource manager: %w", err)
	}
	cm, err := connmgr.NewConnManager(cfg.ConnLow, cfg.ConnHigh, connmgr.WithGracePeriod(30*time.Second))
	if err != nil {
		_ = rm.Close()
		return nil, fmt.Errorf("connection manager: %w", err)
	}
	h, err := libp2p.New(
		libp2p.Identity(cfg.Key),
		libp2p.ListenAddrStrings(cfg.ListenAddrs...),
		libp2p.Transport(tcp.NewTCPTransport),
		libp2p.Transport(quic.NewTransport),
		libp2p.Security(noise.ID, noise.New),
		libp2p.ResourceManager(rm),
		libp2p.ConnectionManager(cm),
		libp2p.ConnectionGater(cfg.Gater),
		// The nodes have public, registered addresses; no relays or hole
		// punching to reason about.
		libp2p.DisableRelay(),
	)
	if err != nil {
		_ = cm.Close()
		_ = rm.Close()
		return nil, fmt.Errorf("libp2p host: %w", err)
	}
	return h, nil
}

// connectedPeers counts peers with an open connection.
func connectedPeers(n network.Network) int { return len(n.Peers()) }
