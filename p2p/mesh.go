package p2p

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	dht "github.com/libp2p/go-libp2p-kad-dht"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	"github.com/prometheus/client_golang/prometheus"
)

// Config is what a p2p node needs. Zero durations take the defaults below.
type Config struct {
	// Network names the network; it prefixes every protocol ID and topic.
	Network string
	// Host configures the libp2p host (identity, listen addresses, limits).
	Host HostConfig
	// Bootstrap peers are dialled at start and on every refresh.
	Bootstrap []peer.AddrInfo
	// Peers, optional, lists the multiaddrs registered on-chain; they are
	// dialled at start and on every refresh.
	Peers PeerSource
	// Verifier decides whether a peer's statement holds.
	Verifier StatementVerifier
	// Local is this node's own statement.
	Local LocalStatement
	// Registry receives the p2p metrics (none if nil).
	Registry prometheus.Registerer
	Log      *slog.Logger

	// PublishInterval is how often the node republishes its statement
	// (default 1 minute).
	PublishInterval time.Duration
	// RefreshInterval is how often the node redials bootstrap and
	// registered peers, refreshes the DHT, prunes expired peers and
	// retries handshakes with unverified peers (default 1 minute).
	RefreshInterval time.Duration
	// BanDuration is how long a peer whose statement failed verification
	// for a reason about the peer is refused by the gater (default 10
	// minutes; negative disables banning).
	BanDuration time.Duration
	// MaxStatement is the largest statement accepted, on gossip and in the
	// handshake (default 32 KiB).
	MaxStatement int
	// VerifyTimeout bounds one statement verification (default 10 s).
	VerifyTimeout time.Duration
	// DialTimeout bounds one dial of a bootstrap, registered or DHT peer
	// by the refresh (default 3 s). A live peer answers well within it; a
	// peer that is down must not hold a dial slot for long: a QUIC dial
	// to it gets no answer and waits for the whole deadline.
	DialTimeout time.Duration

	// OnGossip, optional, is called for every statement delivered by the
	// attestation topic (after validation), from one goroutine. Tests and
	// the mesh benchmark count deliveries with it.
	OnGossip func(from peer.ID, v VerifiedPeer)
}

// Defaults.
const (
	DefaultPublishInterval = time.Minute
	DefaultRefreshInterval = time.Minute
	DefaultBanDuration     = 10 * time.Minute
	DefaultMaxStatement    = 32 << 10
	DefaultVerifyTimeout   = 10 * time.Second
	DefaultDialTimeout     = 3 * time.Second
	// maxConcurrentHandshakes bounds the handshakes a node runs at once,
	// e.g. right after a refresh dialled the whole registered set.
	maxConcurrentHandshakes = 16
	// maxConcurrentDials bounds the refresh's dials at once: enough to
	// dial a registered set of a few dozen nodes in one round, so peers
	// that are down delay the others by at most one DialTimeout.
	maxConcurrentDials = 32
)

func (c *Config) fill() error {
	if err := ValidateNetwork(c.Network); err != nil {
		return err
	}
	if c.Verifier == nil || c.Local == nil {
		return errors.New("p2p config: verifier and local statement are required")
	}
	if c.Log == nil {
		c.Log = slog.Default()
	}
	if c.PublishInterval <= 0 {
		c.PublishInterval = DefaultPublishInterval
	}
	if c.RefreshInterval <= 0 {
		c.RefreshInterval = DefaultRefreshInterval
	}
	if c.BanDuration == 0 {
		c.BanDuration = DefaultBanDuration
	}
	if c.MaxStatement <= 0 {
		c.MaxStatement = DefaultMaxStatement
	}
	if c.VerifyTimeout <= 0 {
		c.VerifyTimeout = DefaultVerifyTimeout
	}
	if c.DialTimeout <= 0 {
		c.DialTimeout = DefaultDialTimeout
	}
	return nil
}

// Mesh is a running p2p node: host, DHT, attestation gossip and handshake,
// the verified-peer table and the stream helper.
type Mesh struct {
	cfg     Config
	host    host.Host
	dht     *dht.IpfsDHT
	ps      *pubsub.PubSub
	topic   *pubsub.Topic
	sub     *pubsub.Subscription
	gater   *Gater
	table   *VerifiedTable
	streams *Streams
	metrics *Metrics
	log     *slog.Logger

	ctx       context.Context // cancelled by Close
	cancel    context.CancelFunc
	wg        sync.WaitGroup
	hsSlots   chan struct{}
	hsMu      sync.Mutex
	hsRunning map[peer.ID]bool
	dialing   map[peer.ID]bool // refresh dials in flight, under hsMu
	closing   bool             // set by Close under hsMu; no new background work after it
	closeOnce sync.Once
	closeErr  error
}

// Start builds the host and starts discovery, gossip and the handshake. The
// node runs until Close; ctx only bounds start-up.
func Start(ctx context.Context, cfg Config) (*Mesh, error) {
	if err := cfg.fill(); err != nil {
		return nil, err
	}
	if cfg.Host.Gater == nil {
		cfg.Host.Gater = NewGater(nil)
	}
	h, err := NewHost(cfg.Host)
	if err != nil {
		return nil, err
	}
	runCtx, cancel := context.WithCancel(context.Background())
	n := &Mesh{
		cfg:       cfg,
		host:      h,
		gater:     cfg.Host.Gater,
		table:     NewVerifiedTable(nil),
		log:       cfg.Log.With("peer", h.ID()),
		ctx:       runCtx,
		cancel:    cancel,
		hsSlots:   make(chan struct{}, maxConcurrentHandshakes),
		hsRunning: make(map[peer.ID]bool),
		dialing:   make(map[peer.ID]bool),
	}
	fail := func(err error) (*Mesh, error) {
		cancel()
		if n.dht != nil {
			_ = n.dht.Close()
		}
		_ = h.Close()
		return nil, err
	}
	if cfg.Registry != nil {
		n.metrics, err = NewMetrics(cfg.Registry,
			func() int { return connectedPeers(h.Network()) }, n.table.Len)
		if err != nil {
			return fail(err)
		}
	}
	n.streams = NewStreams(h, n.table, n.metrics, n.log)

	n.dht, err = dht.New(h,
		dht.Mode(dht.ModeServer),
		dht.ProtocolPrefix(ProtocolPrefix(cfg.Network)),
		dht.BootstrapPeers(cfg.Bootstrap...),
		// Peer routing only: no one stores records or provider entries
		// in this network's DHT.
		dht.DisableValues(),
		dht.DisableProviders(),
	)
	if err != nil {
		return fail(fmt.Errorf("start dht: %w", err))
	}

	topic := AttestationTopic(cfg.Network)
	n.ps, err = newGossip(runCtx, h, topic, cfg.MaxStatement)
	if err != nil {
		return fail(fmt.Errorf("start gossipsub: %w", err))
	}
	if err := n.ps.RegisterTopicValidator(topic, n.validateGossip,
		pubsub.WithValidatorTimeout(cfg.VerifyTimeout)); err != nil {
		return fail(fmt.Errorf("register attestation validator: %w", err))
	}
	if n.topic, err = n.ps.Join(topic); err != nil {
		return fail(fmt.Errorf("join %s: %w", topic, err))
	}
	if n.sub, err = n.topic.Subscribe(); err != nil {
		return fail(fmt.Errorf("subscribe %s: %w", topic, err))
	}

	n.serveHandshake()
	h.Network().Notify(&network.NotifyBundle{ConnectedF: n.onConnected})

	n.wg.Add(3)
	go n.readLoop(runCtx)
	go n.publishLoop(runCtx)
	go n.refreshLoop(runCtx)
	return n, nil
}

func (n *Mesh) runCtx() context.Context { return n.ctx }

// Close stops every loop and closes the stream helper's multiplexed
// streams, the DHT and the host.
func (n *Mesh) Close() error {
	n.closeOnce.Do(func() {
		n.hsMu.Lock()
		n.closing = true
		n.hsMu.Unlock()
		n.cancel()
		n.sub.Cancel()
		n.wg.Wait()
		err0 := n.streams.Close()
		err1 := n.dht.Close()
		err2 := n.host.Close()
		n.closeErr = errors.Join(err0, err1, err2)
	})
	return n.closeErr
}

// ID is the node's peer ID.
func (n *Mesh) ID() peer.ID { return n.host.ID() }

// Host is the libp2p host, for protocols that need more than Streams.
func (n *Mesh) Host() host.Host { return n.host }

// AddrInfo is the node's ID and listen addresses, as others dial it.
func (n *Mesh) AddrInfo() peer.AddrInfo {
	return peer.AddrInfo{ID: n.host.ID(), Addrs: n.host.Addrs()}
}

// Table is the verified-peer table.
func (n *Mesh) Table() *VerifiedTable { return n.table }

// Streams serves and calls stream protocols through the common framing.
func (n *Mesh) Streams() *Streams { return n.streams }

// Gater is the connection gater (for banning by other components).
func (n *Mesh) Gater() *Gater { return n.gater }

// Revalidate re-verifies the whole verified-peer table against the current
// chain state and drops peers that no longer hold; the node calls it when a
// new epoch starts.
func (n *Mesh) Revalidate(ctx context.Context) ([]peer.ID, error) {
	dropped, err := n.table.Revalidate(ctx, n.cfg.Verifier)
	for _, p := range dropped {
		n.host.ConnManager().Unprotect(p, "verified")
		n.log.Info("peer dropped from verified table", "dropped", p)
	}
	return dropped, err
}

// verify runs the verifier with the node's timeout.
func (n *Mesh) verify(ctx context.Context, from peer.ID, raw []byte) (VerifiedPeer, error) {
	if len(raw) == 0 || len(raw) > n.cfg.MaxStatement {
		return VerifiedPeer{}, fmt.Errorf("statement of %d bytes: %w", len(raw), ErrMalformed)
	}
	ctx, cancel := context.WithTimeout(ctx, n.cfg.VerifyTimeout)
	defer cancel()
	v, err := n.cfg.Verifier.VerifyStatement(ctx, from, raw)
	if err != nil {
		return VerifiedPeer{}, err
	}
	// The verifier is trusted, but a statement about someone else must
	// never land in the table under the sender's name.
	if v.ID != from {
		return VerifiedPeer{}, fmt.Errorf("verifier returned subject %s for sender %s: %w", v.ID, from, errSubjectMismatch)
	}
	return v, nil
}

var errSubjectMismatch = reasonError("bound_to_other_peer")

// reasonError is a sentinel that carries its own metric reason.
type reasonError string

func (e reasonError) Error() string  { return string(e) }
func (e reasonError) Reason() string { return string(e) }

// accept records a verified peer whose verdict was reached at table
// generation gen.
func (n *Mesh) accept(v VerifiedPeer, raw []byte, gen uint64, via string) {
	if n.table.PutAt(v, raw, gen) {
		n.host.ConnManager().Protect(v.ID, "verified")
		n.log.Debug("peer verified", "verified", v.ID, "via", via, "expiry", v.Expiry)
	}
}

// punish bans a peer whose statement failed for a reason about the peer
// and disconnects it.
func (n *Mesh) punish(p peer.ID, err error) {
	if IsTemporary(err) || n.cfg.BanDuration < 0 || p == n.host.ID() {
		return
	}
	n.gater.Ban(p, n.cfg.BanDuration)
	n.dropRefused(p, err)
	_ = n.host.Network().ClosePeer(p)
	n.log.Info("peer refused", "refused", p, "reason", Reason(err))
}

// dropRefused removes p's verified entry after a refusal: a statement
// refused for a reason about the peer's present setup supersedes the one
// it had verified (a node restarted with another manifest, or whose
// measurement was revoked, loses its standing at once, not when the old
// statement expires). An expired statement is left out: anyone may replay
// a peer's old gossip, and that must not unseat the peer.
func (n *Mesh) dropRefused(p peer.ID, err error) {
	if Reason(err) == "expired" {
		return
	}
	n.table.Remove(p)
}

// refusalGrace is how long a refused peer's connection stays open so the
// refusal can reach it.
const refusalGrace = time.Second

// punishAfter bans p at once and closes its connections after grace, in
// the background.
func (n *Mesh) punishAfter(p peer.ID, err error, grace time.Duration) {
	if IsTemporary(err) || n.cfg.BanDuration < 0 || p == n.host.ID() {
		return
	}
	n.gater.Ban(p, n.cfg.BanDuration)
	n.dropRefused(p, err)
	n.log.Info("peer refused", "refused", p, "reason", Reason(err))
	n.hsMu.Lock()
	if n.closing {
		n.hsMu.Unlock()
		return
	}
	n.wg.Add(1)
	n.hsMu.Unlock()
	go func() {
		defer n.wg.Done()
		t := time.NewTimer(grace)
		defer t.Stop()
		select {
		case <-n.ctx.Done():
		case <-t.C:
			_ = n.host.Network().ClosePeer(p)
		}
	}()
}

// validateGossip is the attestation topic's validator. It verifies the
// statement against the message's signer, msg.GetFrom(), which StrictSign
// has already checked: a statement is only valid when published by its own
// subject. The forwarding neighbour (ReceivedFrom) is not the subject, so a
// statement travels any number of hops, but a node that re-signs someone
// else's statement as its own is rejected ("bound to another peer"). A
// rejected message is neither delivered nor forwarded, and counts against
// the forwarder's gossipsub score.
func (n *Mesh) validateGossip(ctx context.Context, _ peer.ID, msg *pubsub.Message) pubsub.ValidationResult {
	from := msg.GetFrom()
	if from == n.host.ID() {
		return pubsub.ValidationAccept // our own statement
	}
	// Each statement is republished every PublishInterval and has usually
	// been verified in the handshake already: the same bytes from the same
	// signer are not verified again (chain changes are Revalidate's job).
	gen := n.table.Generation()
	if v, ok := n.table.Holds(from, msg.GetData()); ok {
		n.metrics.gossipResult("accept", "ok")
		msg.ValidatorData = gossipVerdict{peer: v, gen: gen}
		return pubsub.ValidationAccept
	}
	v, err := n.verify(ctx, from, msg.GetData())
	if err != nil {
		if IsTemporary(err) {
			n.metrics.gossipResult("ignore", Reason(err))
			return pubsub.ValidationIgnore
		}
		n.metrics.gossipResult("reject", Reason(err))
		n.punish(from, err)
		return pubsub.ValidationReject
	}
	n.metrics.gossipResult("accept", "ok")
	msg.ValidatorData = gossipVerdict{peer: v, gen: gen}
	return pubsub.ValidationAccept
}

// gossipVerdict is what validateGossip hands readLoop: the verified peer
// and the table generation the verdict was reached at.
type gossipVerdict struct {
	peer VerifiedPeer
	gen  uint64
}

func (n *Mesh) readLoop(ctx context.Context) {
	defer n.wg.Done()
	for {
		msg, err := n.sub.Next(ctx)
		if err != nil {
			return // cancelled on Close
		}
		if msg.GetFrom() == n.host.ID() {
			continue
		}
		gv, ok := msg.ValidatorData.(gossipVerdict)
		if !ok {
			continue
		}
		v := gv.peer
		n.accept(v, msg.GetData(), gv.gen, "gossip")
		if n.cfg.OnGossip != nil {
			n.cfg.OnGossip(msg.GetFrom(), v)
		}
	}
}

func (n *Mesh) publishLoop(ctx context.Context) {
	defer n.wg.Done()
	// The first publish waits until someone is subscribed, so it is not
	// lost when the node starts before its peers.
	first := true
	t := time.NewTicker(n.cfg.PublishInterval)
	defer t.Stop()
	for {
		pctx, cancel := context.WithTimeout(ctx, n.cfg.PublishInterval)
		err := n.publish(pctx, first)
		cancel()
		if err == nil {
			first = false
		} else if ctx.Err() == nil {
			n.log.Debug("publish statement", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (n *Mesh) publish(ctx context.Context, waitForPeers bool) error {
	raw, err := n.cfg.Local.Current(ctx)
	if err != nil {
		return fmt.Errorf("own statement: %w", err)
	}
	var opts []pubsub.PubOpt
	if waitForPeers {
		opts = append(opts, pubsub.WithReadiness(pubsub.MinTopicSize(1)))
	}
	if err := n.topic.Publish(ctx, raw, opts...); err != nil {
		return fmt.Errorf("publish statement: %w", err)
	}
	return nil
}

func (n *Mesh) refreshLoop(ctx context.Context) {
	defer n.wg.Done()
	t := time.NewTicker(n.cfg.RefreshInterval)
	defer t.Stop()
	for {
		n.refresh(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// refresh redials bootstrap and registered peers and DHT neighbours we lost,
// prunes expired verified peers and retries handshakes with connected peers
// that are not verified yet.
func (n *Mesh) refresh(ctx context.Context) {
	targets := append([]peer.AddrInfo(nil), n.cfg.Bootstrap...)
	if n.cfg.Peers != nil {
		pctx, cancel := context.WithTimeout(ctx, n.cfg.RefreshInterval/2)
		infos, err := n.cfg.Peers.PeerAddrs(pctx)
		cancel()
		if err != nil {
			n.log.Warn("registered peer addresses", "err", err)
		}
		targets = append(targets, infos...)
	}
	for _, p := range n.dht.RoutingTable().ListPeers() {
		targets = append(targets, peer.AddrInfo{ID: p})
	}
	n.dialAll(ctx, targets)
	if ctx.Err() != nil {
		return
	}
	select {
	case <-n.dht.RefreshRoutingTable():
	case <-ctx.Done():
		return
	}
	for _, p := range n.table.Prune() {
		n.host.ConnManager().Unprotect(p, "verified")
	}
	for _, p := range n.host.Network().Peers() {
		if !n.table.IsVerified(p) {
			n.startHandshake(p)
		}
	}
}

// dialAll connects to every target that is not connected and has no dial
// in flight, up to maxConcurrentDials at once, each within DialTimeout.
// Targets naming one peer (bootstrap, registry and DHT may all list it) are
// merged into one dial over all their addresses.
func (n *Mesh) dialAll(ctx context.Context, targets []peer.AddrInfo) {
	sem := make(chan struct{}, maxConcurrentDials)
	var wg sync.WaitGroup
	defer wg.Wait()
	for _, ai := range mergeTargets(targets) {
		if ai.ID == n.host.ID() || n.gater.IsBanned(ai.ID) ||
			n.host.Network().Connectedness(ai.ID) == network.Connected ||
			!n.claimDial(ai.ID) {
			continue
		}
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			n.releaseDial(ai.ID)
			return
		}
		wg.Add(1)
		go func(ai peer.AddrInfo) {
			defer wg.Done()
			defer func() { <-sem }()
			defer n.releaseDial(ai.ID)
			// Connected meanwhile (the peer dialled us while we
			// waited for a slot): nothing to do.
			if n.host.Network().Connectedness(ai.ID) == network.Connected {
				return
			}
			dctx, cancel := context.WithTimeout(ctx, n.cfg.DialTimeout)
			defer cancel()
			if err := n.host.Connect(dctx, ai); err != nil {
				n.log.Debug("dial", "target", ai.ID, "err", err)
			}
		}(ai)
	}
}

// claimDial marks a dial to p in flight, or reports false if one is.
func (n *Mesh) claimDial(p peer.ID) bool {
	n.hsMu.Lock()
	defer n.hsMu.Unlock()
	if n.dialing[p] {
		return false
	}
	n.dialing[p] = true
	return true
}

func (n *Mesh) releaseDial(p peer.ID) {
	n.hsMu.Lock()
	delete(n.dialing, p)
	n.hsMu.Unlock()
}

// mergeTargets returns one AddrInfo per peer, in first-seen order, with the
// union of the addresses listed for it.
func mergeTargets(targets []peer.AddrInfo) []peer.AddrInfo {
	idx := make(map[peer.ID]int, len(targets))
	out := make([]peer.AddrInfo, 0, len(targets))
	for _, ai := range targets {
		i, ok := idx[ai.ID]
		if !ok {
			idx[ai.ID] = len(out)
			out = append(out, peer.AddrInfo{ID: ai.ID, Addrs: append([]ma.Multiaddr(nil), ai.Addrs...)})
			continue
		}
		for _, a := range ai.Addrs {
			if !slices.ContainsFunc(out[i].Addrs, a.Equal) {
				out[i].Addrs = append(out[i].Addrs, a)
			}
		}
	}
	return out
}

// AddrInfoFromString parses "/ip4/.../tcp/.../p2p/<id>" into an AddrInfo,
// for bootstrap lists in config.
func AddrInfoFromString(s string) (peer.AddrInfo, error) {
	a, err := ma.NewMultiaddr(s)
	if err != nil {
		return peer.AddrInfo{}, fmt.Errorf("parse multiaddr %q: %w", s, err)
	}
	ai, err := peer.AddrInfoFromP2pAddr(a)
	if err != nil {
		return peer.AddrInfo{}, fmt.Errorf("multiaddr %q: %w", s, err)
	}
	return *ai, nil
}
