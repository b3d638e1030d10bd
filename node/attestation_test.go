package node

import (
	"context"
	"testing"

	"github.com/cifer-network/cifer/chain"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

type fixedNodes []chain.NodeRecord

func (f fixedNodes) Nodes(context.Context) ([]chain.NodeRecord, error) { return f, nil }

func newPeerID(t *testing.T) peer.ID {
	t.Helper()
	_, pub, err := crypto.GenerateEd25519Key(nil)
	if err != nil {
		t.Fatal(err)
	}
	id, err := peer.IDFromPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func TestRegistryPeers(t *testing.T) {
	a, b, other := newPeerID(t), newPeerID(t), newPeerID(t)
	nodes := fixedNodes{
		{PeerID: a, Status: 1, Multiaddrs: []string{"/ip4/127.0.0.1/tcp/4001", "/ip4/127.0.0.1/udp/4001/quic-v1/p2p/" + a.String()}},
		{PeerID: b, Status: 1, Multiaddrs: []string{"not a multiaddr", "/ip4/127.0.0.1/tcp/4002/p2p/" + other.String()}},
		{PeerID: "junk", Status: 1, Multiaddrs: []string{"/ip4/127.0.0.1/tcp/4003"}},
		{PeerID: other, Status: 2, Multiaddrs: []string{"/ip4/127.0.0.1/tcp/4004"}},
	}
	got, err := RegistryPeers{Registry: nodes}.PeerAddrs(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// Only a: b has no address that parses as its own, "junk" is no peer
	// ID, and other is unbonding.
	if len(got) != 1 || got[0].ID != a || len(got[0].Addrs) != 2 {
		t.Fatalf("got %v", got)
	}
}
