package p2p_test

import (
	"context"
	"testing"
	"time"

	"github.com/cifer-network/cifer/p2p/p2ptest"
)

// testDeadline bounds every wait on the network; polls, never sleeps.
const testDeadline = 60 * time.Second

func startNet(t *testing.T, cfg p2ptest.NetConfig) *p2ptest.Net {
	t.Helper()
	if cfg.PublishInterval == 0 {
		cfg.PublishInterval = 500 * time.Millisecond
	}
	if cfg.RefreshInterval == 0 {
		cfg.RefreshInterval = time.Second
	}
	ctx, cancel := context.WithTimeout(context.Background(), testDeadline)
	defer cancel()
	n, err := p2ptest.StartNet(ctx, cfg)
	if err != nil {
		t.Fatalf("start net: %v", err)
	}
	t.Cleanup(n.Close)
	return n
}

func waitCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), testDeadline)
	t.Cleanup(cancel)
	return ctx
}

func kinds(honest int, bad ...p2ptest.Kind) []p2ptest.Kind {
	k := make([]p2ptest.Kind, honest)
	return append(k, bad...)
}

func TestMeshFullyVerified(t *testing.T) {
	for _, tc := range []struct {
		name     string
		registry bool
	}{
		{"bootstrap and DHT only", false},
		{"with on-chain peer list", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := startNet(t, p2ptest.NetConfig{Kinds: kinds(8), Registry: tc.registry})
			if err := n.WaitFullyVerified(waitCtx(t)); err != nil {
				for i := range 8 {
					t.Logf("node %d: %d verified, %d connected", i, n.Node(i).Table().Len(), len(n.Node(i).Host().Network().Peers()))
				}
				t.Fatalf("mesh not fully verified: %v", err)
			}
		})
	}
}
