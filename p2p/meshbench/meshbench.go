// Package meshbench measures the p2p layer on loopback: how long N fresh
// nodes take to reach a fully verified mesh (every node has verified every
// other), and how many attestation gossip messages each node receives per
// minute afterwards. Statements are the Ed25519-signed test statements of
// p2ptest, checked by its double verifier, until the enclave and chain are
// wired in; the figures therefore leave out the cost of real attestation
// verification and chain reads.
package meshbench

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/cifer-network/cifer/p2p/p2ptest"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Config is one measurement.
type Config struct {
	Nodes int
	// Duration is how long deliveries are counted after the mesh is
	// fully verified (0: skip the gossip measurement).
	Duration time.Duration
	// PublishInterval is each node's republish interval (default: the
	// node's default, one minute).
	PublishInterval time.Duration
	// RefreshInterval is each node's refresh interval (default: one
	// minute).
	RefreshInterval time.Duration
	// Timeout bounds the wait for the verified mesh (default 2 minutes).
	Timeout time.Duration
}

// Result is what one measurement found.
type Result struct {
	Nodes int
	// StartUp is the time to start all N hosts, one after the other.
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

// Run starts cfg.Nodes honest nodes on 127.0.0.1 (each told the others'
// addresses as the chain registry would, node 0 also a bootstrap peer),
// measures, and stops them.
func Run(ctx context.Context, cfg Config) (Result, error) {
	if cfg.Nodes < 2 {
		return Result{}, errors.New("meshbench: need at least 2 nodes")
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 2 * time.Minute
	}
	var counting atomic.Bool
	var delivered atomic.Int64
	start := time.Now()
	sctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	net, err := p2ptest.StartNet(sctx, p2ptest.NetConfig{
		Kinds:           make([]p2ptest.Kind, cfg.Nodes),
		Registry:        true,
		PublishInterval: cfg.PublishInterval,
		RefreshInterval: cfg.RefreshInterval,
		OnGossip: func(int, peer.ID) {
			if counting.Load() {
				delivered.Add(1)
			}
		},
	})
	if err != nil {
		return Result{}, fmt.Errorf("start %d nodes: %w", cfg.Nodes, err)
	}
	defer net.Close()
	res := Result{Nodes: cfg.Nodes, StartUp: time.Since(start)}
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
