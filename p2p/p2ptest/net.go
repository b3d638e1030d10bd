package p2ptest

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"time"

	"github.com/cifer-network/cifer/p2p"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"
)

// Kind says how a test node behaves.
type Kind int

// Node kinds: an honest node, and one kind per reason a statement fails.
const (
	Honest          Kind = iota
	Unstaked             // valid statement, not in the active set
	UnregisteredMsr      // staked, but its measurement is not allowed
	BoundToOther         // replays an honest node's statement as its own
	Expired              // staked, statement already expired
	SimForbidden         // staked, simulated enclave where sim is off
	numKinds
)

// BadKinds lists every misbehaving kind.
var BadKinds = []Kind{Unstaked, UnregisteredMsr, BoundToOther, Expired, SimForbidden}

func (k Kind) String() string {
	return [...]string{"honest", "unstaked", "unregistered_measurement", "bound_to_other_peer", "expired", "sim_forbidden"}[k]
}

// NetConfig describes a test network.
type NetConfig struct {
	Network string
	// Kinds has one entry per node; node 0 is everyone's bootstrap peer
	// and must be Honest.
	Kinds []Kind
	// PublishInterval and RefreshInterval are passed to every node.
	PublishInterval, RefreshInterval time.Duration
	// Registry gives every node a PeerSource listing all nodes, as the
	// chain registry does; without it nodes find each other through the
	// bootstrap node and the DHT only.
	Registry bool
	// BanDuration is passed to every node (0: the default).
	BanDuration time.Duration
	// KeyDir, if set, persists node i's identity in KeyDir/node-<i>.key.
	KeyDir string
	// OnGossip, if set, sees every statement delivered to node i.
	OnGossip func(node int, from peer.ID)
	// Metrics gives each node its own Prometheus registry.
	Metrics bool
	// WrapVerifier, if set, wraps the verifier node i runs (tests count
	// calls per node with it).
	WrapVerifier func(node int, v p2p.StatementVerifier) p2p.StatementVerifier
	Log          *slog.Logger
}

// Net is a running test network.
type Net struct {
	Platform *Platform
	Verifier *Verifier
	Peers    *Peers
	Kinds    []Kind

	cfg        NetConfig
	mu         sync.Mutex
	nodes      []*p2p.Mesh
	keys       []crypto.PrivKey
	statements [][]byte
	registries []*prometheus.Registry
}

// StartNet starts the nodes one after the other, node 0 first.
func StartNet(ctx context.Context, cfg NetConfig) (*Net, error) {
	if len(cfg.Kinds) == 0 || cfg.Kinds[0] != Honest {
		return nil, errors.New("p2ptest: node 0 must be honest")
	}
	if cfg.Network == "" {
		cfg.Network = "testnet"
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	n := &Net{
		Platform:   NewPlatform(),
		Peers:      &Peers{},
		Kinds:      cfg.Kinds,
		cfg:        cfg,
		nodes:      make([]*p2p.Mesh, len(cfg.Kinds)),
		keys:       make([]crypto.PrivKey, len(cfg.Kinds)),
		statements: make([][]byte, len(cfg.Kinds)),
		registries: make([]*prometheus.Registry, len(cfg.Kinds)),
	}
	n.Verifier = NewVerifier(n.Platform.PublicKey())
	for i := range cfg.Kinds {
		key, err := n.loadKey(i)
		if err != nil {
			return nil, err
		}
		n.keys[i] = key
	}
	for i, k := range cfg.Kinds {
		id, _ := peer.IDFromPrivateKey(n.keys[i])
		c := Claims{Subject: id, Expiry: time.Now().Add(time.Hour), Measurement: GoodMeasurement}
		_, _ = rand.Read(c.Wallet[:])
		c.TransportKey = make([]byte, 32)
		_, _ = rand.Read(c.TransportKey)
		if k != Unstaked {
			n.Verifier.Stake(id)
		}
		switch k {
		case UnregisteredMsr:
			c.Measurement = RogueMeasurement
		case Expired:
			c.Expiry = time.Now().Add(-time.Minute)
		case SimForbidden:
			c.Sim = true
		}
		n.statements[i] = n.Platform.Sign(c)
	}
	for i, k := range cfg.Kinds {
		if k == BoundToOther {
			n.statements[i] = n.statements[0]
		}
	}
	for i := range cfg.Kinds {
		if err := n.start(ctx, i); err != nil {
			n.Close()
			return nil, fmt.Errorf("start node %d: %w", i, err)
		}
		// Like registering on-chain: later nodes find this one at once.
		n.publishAddrs()
	}
	return n, nil
}

func (n *Net) loadKey(i int) (crypto.PrivKey, error) {
	if n.cfg.KeyDir != "" {
		return p2p.LoadOrCreateIdentity(filepath.Join(n.cfg.KeyDir, fmt.Sprintf("node-%d.key", i)))
	}
	k, _, err := crypto.GenerateEd25519Key(rand.Reader)
	return k, err
}

func (n *Net) start(ctx context.Context, i int) error {
	var verifier p2p.StatementVerifier = n.Verifier
	if n.cfg.WrapVerifier != nil {
		verifier = n.cfg.WrapVerifier(i, verifier)
	}
	cfg := p2p.Config{
		Network: n.cfg.Network,
		Host: p2p.HostConfig{
			Key:         n.keys[i],
			ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"},
		},
		Verifier:        verifier,
		Local:           StaticStatement(n.statements[i]),
		PublishInterval: n.cfg.PublishInterval,
		RefreshInterval: n.cfg.RefreshInterval,
		BanDuration:     n.cfg.BanDuration,
		Log:             n.cfg.Log.With("node", i),
	}
	if i != 0 {
		n.mu.Lock()
		cfg.Bootstrap = []peer.AddrInfo{n.nodes[0].AddrInfo()}
		n.mu.Unlock()
	}
	if n.cfg.Registry {
		cfg.Peers = n.Peers
	}
	if n.cfg.Metrics {
		n.registries[i] = prometheus.NewRegistry()
		cfg.Registry = n.registries[i]
	}
	if n.cfg.OnGossip != nil {
		cfg.OnGossip = func(from peer.ID, _ p2p.VerifiedPeer) { n.cfg.OnGossip(i, from) }
	}
	node, err := p2p.Start(ctx, cfg)
	if err != nil {
		return err
	}
	n.mu.Lock()
	n.nodes[i] = node
	n.mu.Unlock()
	return nil
}

// publishAddrs puts every running node's addresses in the registry double.
func (n *Net) publishAddrs() {
	n.mu.Lock()
	defer n.mu.Unlock()
	infos := make([]peer.AddrInfo, 0, len(n.nodes))
	for _, node := range n.nodes {
		if node != nil {
			infos = append(infos, node.AddrInfo())
		}
	}
	n.Peers.Set(infos)
}

// Node returns node i (nil while it is restarting).
func (n *Net) Node(i int) *p2p.Mesh {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.nodes[i]
}

// Registry returns node i's metrics registry (Metrics must be set).
func (n *Net) Registry(i int) *prometheus.Registry { return n.registries[i] }

// Statement returns node i's statement.
func (n *Net) Statement(i int) []byte { return n.statements[i] }

// ID returns node i's peer ID.
func (n *Net) ID(i int) peer.ID {
	id, _ := peer.IDFromPrivateKey(n.keys[i])
	return id
}

// Restart closes node i and starts it again with its identity reloaded
// (from its key file when KeyDir is set).
func (n *Net) Restart(ctx context.Context, i int) error {
	n.mu.Lock()
	old := n.nodes[i]
	n.nodes[i] = nil
	n.mu.Unlock()
	if err := old.Close(); err != nil {
		return fmt.Errorf("close node %d: %w", i, err)
	}
	key, err := n.loadKey(i)
	if err != nil {
		return err
	}
	n.keys[i] = key
	if err := n.start(ctx, i); err != nil {
		return err
	}
	n.publishAddrs()
	return nil
}

// Honest returns the indexes of the honest nodes.
func (n *Net) Honest() []int {
	var out []int
	for i, k := range n.Kinds {
		if k == Honest {
			out = append(out, i)
		}
	}
	return out
}

// FullyVerified reports whether every honest node has every other honest
// node in its verified table.
func (n *Net) FullyVerified() bool {
	honest := n.Honest()
	for _, i := range honest {
		node := n.Node(i)
		if node == nil {
			return false
		}
		for _, j := range honest {
			if i != j && !node.Table().IsVerified(n.ID(j)) {
				return false
			}
		}
	}
	return true
}

// WaitFullyVerified polls FullyVerified until it holds or ctx ends.
func (n *Net) WaitFullyVerified(ctx context.Context) error {
	return Eventually(ctx, n.FullyVerified)
}

// Eventually polls cond every few milliseconds until it holds or ctx ends.
func Eventually(ctx context.Context, cond func() bool) error {
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for {
		if cond() {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Close stops every node.
func (n *Net) Close() {
	n.mu.Lock()
	nodes := append([]*p2p.Mesh(nil), n.nodes...)
	n.mu.Unlock()
	var wg sync.WaitGroup
	for _, node := range nodes {
		if node == nil {
			continue
		}
		wg.Add(1)
		go func() { defer wg.Done(); _ = node.Close() }()
	}
	wg.Wait()
}
