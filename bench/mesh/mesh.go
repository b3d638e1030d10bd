// Package mesh measures the p2p layer on loopback: how long N fresh
// nodes take to reach a fully verified mesh (every node has verified every
// other), and how many attestation gossip messages each node receives per
// minute afterwards. It runs on one of two verification paths:
//
//   - VerifierReal: sim enclaves issue signed attestation statements and every
//     node checks them with the node's attestation policy against the
//     ClusterRegistry on a go-ethereum simulated chain in the same process,
//     where every node is registered (see real.go);
//   - VerifierDouble: the Ed25519-signed test statements of p2ptest and its
//     double verifier with an in-memory staked set, which leaves out the cost
//     of evidence checks and chain reads.
package mesh

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/cifer-network/cifer/p2p/p2ptest"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Verifier names a verification path.
type Verifier string

// Verification paths.
const (
	VerifierReal   Verifier = "real"
	VerifierDouble Verifier = "double"
)

// ParseVerifier accepts "real" or "double".
func ParseVerifier(s string) (Verifier, error) {
	switch v := Verifier(s); v {
	case VerifierReal, VerifierDouble:
		return v, nil
	}
	return "", fmt.Errorf("%w %q (want %s or %s)", errUnknownVerifier, s, VerifierReal, VerifierDouble)
}

// Config is one measurement.
type Config struct {
	Nodes int
	// Verifier is the verification path (default VerifierReal).
	Verifier Verifier
	// Duration is how long deliveries are counted after the mesh is
	// fully verified (0: skip the gossip measurement).
	Duration time.Duration
	// PublishInterval is each node's republish interval (default: the
	// node's default, one minute).
	PublishInterval time.Duration
	// RefreshInterval is each node's refresh interval (default: one
	// minute).
	RefreshInterval time.Duration
	// TCPOnly registers and listens on TCP only (real verifier; the
	// default is TCP and QUIC). Before a node starts, a QUIC dial to its
	// registered address waits for the handshake timeout where a TCP dial
	// is refused at once, so this shows what down peers' QUIC addresses
	// cost a cold start.
	TCPOnly bool
	// Timeout bounds the wait for the verified mesh (default 2 minutes).
	Timeout time.Duration
}

// Result is what one measurement found.
type Result struct {
	Nodes    int
	Verifier Verifier
	// Setup is the time to build what the nodes verify against before any
	// host starts: with the real verifier, the chain, the registry
	// deployment and settings, the sim enclaves and the registrations
	// (not counted in StartUp or TimeToVerified).
	Setup time.Duration
	// StartUp is the time to start all N hosts, one after the other
	// (with the real verifier, each followed by mining its addresses
	// on-chain).
	StartUp time.Duration
	// TimeToVerified runs from the first node's start until every node
	// has every other node in its verified table.
	TimeToVerified time.Duration
	// Delivered counts statements delivered by gossip, over all nodes,
	// during Duration.
	Delivered int64
	// PerNodePerMinute is Delivered per node per minute of Duration.
	PerNodePerMinute float64
	Duration         time.Duration
}

// mesh is a running network under measurement.
type mesh interface {
	WaitFullyVerified(ctx context.Context) error
	Close()
}

// Run starts cfg.Nodes honest nodes on 127.0.0.1 (each finding the others'
// addresses as the chain registry gives them, node 0 also a bootstrap peer),
// measures, and stops them.
func Run(ctx context.Context, cfg Config) (Result, error) {
	if cfg.Nodes < 2 {
		return Result{}, errors.New("bench mesh: need at least 2 nodes")
	}
	if cfg.Verifier == "" {
		cfg.Verifier = VerifierReal
	}
	if _, err := ParseVerifier(string(cfg.Verifier)); err != nil {
		return Result{}, err
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 2 * time.Minute
	}
	var counting atomic.Bool
	var delivered atomic.Int64
	count := func() {
		if counting.Load() {
			delivered.Add(1)
		}
	}
	res := Result{Nodes: cfg.Nodes, Verifier: cfg.Verifier}
	sctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	var net mesh
	var start time.Time
	switch cfg.Verifier {
	case VerifierDouble:
		start = time.Now()
		dn, err := p2ptest.StartNet(sctx, p2ptest.NetConfig{
			Kinds:           make([]p2ptest.Kind, cfg.Nodes),
			Registry:        true,
			PublishInterval: cfg.PublishInterval,
			RefreshInterval: cfg.RefreshInterval,
			OnGossip:        func(int, peer.ID) { count() },
		})
		if err != nil {
			return res, fmt.Errorf("start %d nodes: %w", cfg.Nodes, err)
		}
		net = dn
	case VerifierReal:
		began := time.Now()
		rn, err := prepareReal(sctx, cfg, count)
		if err != nil {
			return res, fmt.Errorf("set up chain and enclaves for %d nodes: %w", cfg.Nodes, err)
		}
		res.Setup = time.Since(began)
		start = time.Now()
		if err := rn.start(sctx); err != nil {
			rn.Close()
			return res, fmt.Errorf("start %d nodes: %w", cfg.Nodes, err)
		}
		net = rn
	}
	defer net.Close()
	res.StartUp = time.Since(start)
	if err := net.WaitFullyVerified(sctx); err != nil {
		return res, fmt.Errorf("%d-node mesh not fully verified within %s: %w", cfg.Nodes, cfg.Timeout, err)
	}
	res.TimeToVerified = time.Since(start)
	if cfg.Duration <= 0 {
		return res, nil
	}
	counting.Store(true)
	t := time.NewTimer(cfg.Duration)
	defer t.Stop()
	began := time.Now()
	select {
	case <-ctx.Done():
		return res, ctx.Err()
	case <-t.C:
	}
	counting.Store(false)
	res.Duration = time.Since(began)
	res.Delivered = delivered.Load()
	res.PerNodePerMinute = float64(res.Delivered) / float64(cfg.Nodes) / res.Duration.Minutes()
	return res, nil
}
