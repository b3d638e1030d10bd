package p2p

import (
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
)

func TestMergeTargets(t *testing.T) {
	a1 := ma.StringCast("/ip4/127.0.0.1/tcp/1")
	a2 := ma.StringCast("/ip4/127.0.0.1/udp/1/quic-v1")
	b1 := ma.StringCast("/ip4/127.0.0.1/tcp/2")
	in := []peer.AddrInfo{
		{ID: "a", Addrs: []ma.Multiaddr{a1}},     // bootstrap
		{ID: "b", Addrs: []ma.Multiaddr{b1}},     // registry
		{ID: "a", Addrs: []ma.Multiaddr{a1, a2}}, // registry, one address new
		{ID: "b"},                                // DHT: ID only
		{ID: "a", Addrs: []ma.Multiaddr{a2, a1}}, // duplicates only
	}
	got := mergeTargets(in)
	if len(got) != 2 || got[0].ID != "a" || got[1].ID != "b" {
		t.Fatalf("merged to %v, want a then b", got)
	}
	if len(got[0].Addrs) != 2 || !got[0].Addrs[0].Equal(a1) || !got[0].Addrs[1].Equal(a2) {
		t.Fatalf("a's addresses %v, want [%s %s]", got[0].Addrs, a1, a2)
	}
	if len(got[1].Addrs) != 1 || !got[1].Addrs[0].Equal(b1) {
		t.Fatalf("b's addresses %v, want [%s]", got[1].Addrs, b1)
	}
	// The input is not modified.
	if len(in[0].Addrs) != 1 {
		t.Fatal("mergeTargets changed its input")
	}
}
