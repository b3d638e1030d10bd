package p2p_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/p2p/p2ptest"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/prometheus/client_golang/prometheus"
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

// counter sums the samples of metric name on reg whose labels include want.
func counter(t *testing.T, reg *prometheus.Registry, name string, want map[string]string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatalf("gather: %v", err)
	}
	var sum float64
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
	metric:
		for _, m := range mf.GetMetric() {
			labels := map[string]string{}
			for _, lp := range m.GetLabel() {
				labels[lp.GetName()] = lp.GetValue()
			}
			for k, v := range want {
				if labels[k] != v {
					continue metric
				}
			}
			if c := m.GetCounter(); c != nil {
				sum += c.GetValue()
			} else if g := m.GetGauge(); g != nil {
				sum += g.GetValue()
			}
		}
	}
	return sum
}

// deliveries records which senders' statements each node's topic delivered.
type deliveries struct {
	mu  sync.Mutex
	got map[int]map[peer.ID]int
}

func (d *deliveries) record(node int, from peer.ID) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.got[node] == nil {
		d.got[node] = map[peer.ID]int{}
	}
	d.got[node][from]++
}

func (d *deliveries) count(node int, from peer.ID) int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.got[node][from]
}

func TestBadPeersRefused(t *testing.T) {
	for _, tc := range []struct {
		name string
		ban  time.Duration
	}{
		{"validator only", -1},
		{"validator and ban", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := &deliveries{got: map[int]map[peer.ID]int{}}
			n := startNet(t, p2ptest.NetConfig{
				Kinds:       kinds(8, p2ptest.BadKinds...),
				Registry:    true,
				Metrics:     true,
				BanDuration: tc.ban,
				OnGossip:    d.record,
			})
			ctx := waitCtx(t)
			if err := n.WaitFullyVerified(ctx); err != nil {
				t.Fatalf("honest mesh not verified: %v", err)
			}
			honest := n.Honest()
			// Wait until every kind of bad statement has been seen and
			// refused by some honest node, so the checks below are about
			// statements that did arrive.
			refused := func(reason string) float64 {
				var sum float64
				for _, i := range honest {
					sum += counter(t, n.Registry(i), "cifer_p2p_gossip_messages_total", map[string]string{"result": "reject", "reason": reason})
					sum += counter(t, n.Registry(i), "cifer_p2p_handshakes_total", map[string]string{"outcome": "refused", "reason": reason})
				}
				return sum
			}
			for _, k := range p2ptest.BadKinds {
				if err := p2ptest.Eventually(ctx, func() bool { return refused(k.String()) > 0 }); err != nil {
					t.Fatalf("no honest node refused a %s statement: %v", k, err)
				}
				t.Logf("%s refused", k)
			}
			// The refused peers were told why (status refused), also when
			// the refusal came with a ban.
			for j, k := range n.Kinds {
				if k == p2ptest.Honest {
					continue
				}
				err := p2ptest.Eventually(ctx, func() bool {
					return counter(t, n.Registry(j), "cifer_p2p_handshakes_total", map[string]string{"outcome": "refused_by_peer", "reason": "refused"}) > 0
				})
				if err != nil {
					t.Errorf("%s node %d never received a refusal: %v", k, j, err)
				}
			}
			if tc.ban < 0 {
				// Without bans the bad peers stay connected and keep
				// publishing: wait for gossip rejections of each kind, so
				// the validator itself is what keeps them out.
				for _, k := range p2ptest.BadKinds {
					err := p2ptest.Eventually(ctx, func() bool {
						var sum float64
						for _, i := range honest {
							sum += counter(t, n.Registry(i), "cifer_p2p_gossip_messages_total", map[string]string{"result": "reject", "reason": k.String()})
						}
						return sum > 0
					})
					if err != nil {
						t.Fatalf("no gossip rejection for %s: %v", k, err)
					}
					t.Logf("gossip rejection for %s seen", k)
				}
			}
			for _, i := range honest {
				for j, k := range n.Kinds {
					if k == p2ptest.Honest {
						continue
					}
					if n.Node(i).Table().IsVerified(n.ID(j)) {
						t.Errorf("honest node %d verified %s node %d", i, k, j)
					}
					if c := d.count(i, n.ID(j)); c != 0 {
						t.Errorf("honest node %d delivered %d statements signed by %s node %d", i, c, k, j)
					}
				}
				if got := n.Node(i).Table().Len(); got != len(honest)-1 {
					t.Errorf("honest node %d has %d verified peers, want %d", i, got, len(honest)-1)
				}
			}
			if tc.ban >= 0 {
				assertBannedAndGone(t, ctx, n)
			}
		})
	}
}

// assertBannedAndGone checks that every honest node bans every bad node,
// that no banned node stays connected, and that a banned node's own dial is
// refused.
func assertBannedAndGone(t *testing.T, ctx context.Context, n *p2ptest.Net) {
	t.Helper()
	for _, i := range n.Honest() {
		h := n.Node(i)
		for j, k := range n.Kinds {
			if k == p2ptest.Honest {
				continue
			}
			bad := n.ID(j)
			if err := p2ptest.Eventually(ctx, func() bool { return h.Gater().IsBanned(bad) }); err != nil {
				t.Errorf("honest node %d never banned %s node %d: %v", i, k, j, err)
				continue
			}
			disconnected := func() bool { return h.Host().Network().Connectedness(bad) != network.Connected }
			if err := p2ptest.Eventually(ctx, disconnected); err != nil {
				t.Errorf("banned %s node %d still connected to honest node %d: %v", k, j, i, err)
				continue
			}
			// The bad node keeps dialling (its refresh does too); the
			// gater refuses it once Noise has named it.
			dctx, cancel := context.WithTimeout(ctx, 5*time.Second)
			err := n.Node(j).Host().Connect(dctx, h.AddrInfo())
			cancel()
			if err == nil && !disconnected() {
				t.Errorf("banned %s node %d reconnected to honest node %d", k, j, i)
			}
			if h.Table().IsVerified(bad) {
				t.Errorf("honest node %d verified banned %s node %d", i, k, j)
			}
		}
	}
}

func TestRestartKeepsIdentity(t *testing.T) {
	n := startNet(t, p2ptest.NetConfig{Kinds: kinds(4), Registry: true, KeyDir: t.TempDir()})
	ctx := waitCtx(t)
	if err := n.WaitFullyVerified(ctx); err != nil {
		t.Fatalf("mesh: %v", err)
	}
	before := n.Node(2).ID()
	if err := n.Restart(ctx, 2); err != nil {
		t.Fatalf("restart: %v", err)
	}
	if after := n.Node(2).ID(); after != before {
		t.Fatalf("restarted node has peer ID %s, want %s", after, before)
	}
	if n.Node(2).Table().Len() != 0 {
		t.Fatalf("restarted node starts with a non-empty table")
	}
	if err := n.WaitFullyVerified(ctx); err != nil {
		t.Fatalf("restarted node did not rejoin: %v", err)
	}
	err := p2ptest.Eventually(ctx, func() bool {
		for _, i := range []int{0, 1, 3} {
			if n.Node(i).Host().Network().Connectedness(before) != network.Connected {
				return false
			}
		}
		return true
	})
	if err != nil {
		t.Fatalf("peers did not reconnect to the restarted node: %v", err)
	}
}

func TestUnbondedPeerDropsAtEpoch(t *testing.T) {
	n := startNet(t, p2ptest.NetConfig{Kinds: kinds(5), Registry: true, Metrics: true})
	ctx := waitCtx(t)
	if err := n.WaitFullyVerified(ctx); err != nil {
		t.Fatalf("mesh: %v", err)
	}
	leaver := n.ID(4)
	n.Verifier.Unstake(leaver) // the chain's active set at the new epoch
	for _, i := range []int{0, 1, 2, 3} {
		dropped, err := n.Node(i).Revalidate(ctx)
		if err != nil {
			t.Fatalf("revalidate node %d: %v", i, err)
		}
		if len(dropped) != 1 || dropped[0] != leaver {
			t.Fatalf("node %d dropped %v, want only %s", i, dropped, leaver)
		}
	}
	// The leaver keeps publishing; wait until its next statement has been
	// refused, then check nobody took it back.
	err := p2ptest.Eventually(ctx, func() bool {
		for _, i := range []int{0, 1, 2, 3} {
			if counter(t, n.Registry(i), "cifer_p2p_gossip_messages_total", map[string]string{"result": "reject", "reason": p2ptest.ReasonUnstaked})+
				counter(t, n.Registry(i), "cifer_p2p_handshakes_total", map[string]string{"reason": p2ptest.ReasonUnstaked}) == 0 {
				return false
			}
		}
		return true
	})
	if err != nil {
		t.Fatalf("not every node refused the leaver again: %v", err)
	}
	for _, i := range []int{0, 1, 2, 3} {
		if n.Node(i).Table().IsVerified(leaver) {
			t.Errorf("node %d still verifies the unbonded peer", i)
		}
		if got := n.Node(i).Table().Len(); got != 3 {
			t.Errorf("node %d has %d verified peers, want 3", i, got)
		}
	}
}

const gatedProto = protocol.ID("/cifer/testnet/custody-test/1.0.0")

type ping struct {
	_ struct{} `cbor:",toarray"`
	N uint64
}

func TestGatedProtocolOnNodes(t *testing.T) {
	n := startNet(t, p2ptest.NetConfig{
		Kinds:       kinds(3, p2ptest.Unstaked),
		Registry:    true,
		BanDuration: -1, // keep the unverified peer connected so it can ask
	})
	ctx := waitCtx(t)
	if err := n.WaitFullyVerified(ctx); err != nil {
		t.Fatalf("mesh: %v", err)
	}
	server := n.Node(0)
	p2p.Serve(server.Streams(), gatedProto, p2p.ServeOptions{RequireVerified: true, MaxRequest: 64},
		func(_ context.Context, _ peer.ID, req *ping) (*ping, error) { return &ping{N: req.N + 1}, nil })

	var resp ping
	if err := n.Node(1).Streams().Request(ctx, server.ID(), gatedProto, &ping{N: 41}, &resp); err != nil {
		t.Fatalf("verified peer refused: %v", err)
	}
	if resp.N != 42 {
		t.Fatalf("answer %d, want 42", resp.N)
	}
	err := n.Node(3).Streams().Request(ctx, server.ID(), gatedProto, &ping{N: 1}, &resp)
	if !errors.Is(err, p2p.ErrUnverified) {
		t.Fatalf("unverified peer: got %v, want ErrUnverified", err)
	}
}
