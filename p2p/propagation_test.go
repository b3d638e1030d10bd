package p2p_test

import (
	"context"
	"crypto/rand"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/p2p/p2ptest"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// signerCounts counts, per node, the statements its verifier was asked
// about per sender (gossip signer or handshake peer).
type signerCounts struct {
	mu    sync.Mutex
	calls map[int]map[peer.ID]int
}

func (c *signerCounts) get(node int, from peer.ID) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.calls[node][from]
}

func (c *signerCounts) wrap(node int, next p2p.StatementVerifier) p2p.StatementVerifier {
	return countingVerifier{node: node, counts: c, next: next}
}

type countingVerifier struct {
	node   int
	counts *signerCounts
	next   p2p.StatementVerifier
}

func (v countingVerifier) VerifyStatement(ctx context.Context, from peer.ID, raw []byte) (p2p.VerifiedPeer, error) {
	v.counts.mu.Lock()
	if v.counts.calls[v.node] == nil {
		v.counts.calls[v.node] = map[peer.ID]int{}
	}
	v.counts.calls[v.node][from]++
	v.counts.mu.Unlock()
	return v.next.VerifyStatement(ctx, from, raw)
}

// startOutsider starts a node connected to the honest node `entry` only:
// its gater refuses every other node of n, so whatever the others learn of
// it comes through entry. staked puts it in the active set.
func startOutsider(t *testing.T, ctx context.Context, n *p2ptest.Net, entry int, staked bool) *p2p.Mesh {
	t.Helper()
	key, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := peer.IDFromPrivateKey(key)
	c := p2ptest.Claims{Subject: id, Expiry: time.Now().Add(time.Hour), Measurement: p2ptest.GoodMeasurement,
		TransportKey: make([]byte, 32)}
	if staked {
		n.Verifier.Stake(id)
	}
	gater := p2p.NewGater(nil)
	for i := range n.Kinds {
		if i != entry {
			gater.Ban(n.ID(i), time.Hour)
		}
	}
	node, err := p2p.Start(ctx, p2p.Config{
		Network: "testnet",
		Host: p2p.HostConfig{
			Key:         key,
			ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"},
			Gater:       gater,
		},
		Bootstrap:       []peer.AddrInfo{n.Node(entry).AddrInfo()},
		Verifier:        n.Verifier,
		Local:           p2ptest.StaticStatement(n.Platform.Sign(c)),
		PublishInterval: 200 * time.Millisecond,
		RefreshInterval: time.Second,
		BanDuration:     -1,
		Log:             slog.New(slog.DiscardHandler),
	})
	if err != nil {
		t.Fatalf("start outsider: %v", err)
	}
	t.Cleanup(func() { _ = node.Close() })
	return node
}

// TestRefusedGossipNotPropagated shows "not propagated" directly: a bad
// node connected to exactly one honest node publishes over and over; that
// node refuses each statement and no other honest node's verifier is ever
// asked about it, while a good node attached the same way reaches everyone
// through the same honest node (so the path exists).
func TestRefusedGossipNotPropagated(t *testing.T) {
	const entry = 0
	counts := &signerCounts{calls: map[int]map[peer.ID]int{}}
	d := &deliveries{got: map[int]map[peer.ID]int{}}
	n := startNet(t, p2ptest.NetConfig{
		Kinds:        kinds(6),
		Registry:     true,
		Metrics:      true,
		BanDuration:  -1, // the bad node stays connected and keeps publishing
		OnGossip:     d.record,
		WrapVerifier: counts.wrap,
	})
	ctx := waitCtx(t)
	if err := n.WaitFullyVerified(ctx); err != nil {
		t.Fatalf("honest mesh not verified: %v", err)
	}
	bad := startOutsider(t, ctx, n, entry, false).ID()
	good := startOutsider(t, ctx, n, entry, true).ID()

	rejected := func() float64 {
		return counter(t, n.Registry(entry), "cifer_p2p_gossip_messages_total",
			map[string]string{"result": "reject", "reason": p2ptest.ReasonUnstaked})
	}
	if err := p2ptest.Eventually(ctx, func() bool { return rejected() > 0 }); err != nil {
		t.Fatalf("entry node never rejected the bad node's gossip: %v", err)
	}
	// Statements the good outsider published after that rejection reach
	// every other honest node through the entry node; by then a forwarded
	// bad statement would have reached them too.
	before := map[int]int{}
	for _, i := range n.Honest() {
		before[i] = d.count(i, good)
	}
	err := p2ptest.Eventually(ctx, func() bool {
		for _, i := range n.Honest() {
			if i != entry && d.count(i, good) <= before[i] {
				return false
			}
		}
		return true
	})
	if err != nil {
		t.Fatalf("the good outsider's gossip did not reach every honest node through node %d: %v", entry, err)
	}

	if counts.get(entry, bad) == 0 {
		t.Fatal("entry node never verified the bad node")
	}
	if n.Node(entry).Table().IsVerified(bad) || d.count(entry, bad) != 0 {
		t.Fatal("entry node accepted the bad node")
	}
	for _, i := range n.Honest() {
		if i == entry {
			continue
		}
		if c := counts.get(i, bad); c != 0 {
			t.Errorf("honest node %d was asked to verify %d statements of the bad node", i, c)
		}
		if c := d.count(i, bad); c != 0 {
			t.Errorf("honest node %d delivered %d statements of the bad node", i, c)
		}
		if !n.Node(i).Table().IsVerified(good) {
			t.Errorf("honest node %d did not verify the good outsider by gossip", i)
		}
	}
}
