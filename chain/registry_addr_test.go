package chain

import (
	"testing"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

func newTestPeerID(t *testing.T) peer.ID {
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

// AddrInfo dials what a record registers: addresses with or without their
// /p2p/ part, never one that names another peer or does not parse, and no
// record whose peer ID is not a multihash (anyone can register bytes).
func TestNodeRecordAddrInfo(t *testing.T) {
	a, other := newTestPeerID(t), newTestPeerID(t)
	tests := []struct {
		name      string
		rec       NodeRecord
		wantErr   bool
		wantAddrs int
		wantBad   int
	}{
		{"bare and full addresses", NodeRecord{PeerID: a, Multiaddrs: []string{"/ip4/127.0.0.1/tcp/4001", "/ip4/127.0.0.1/udp/4001/quic-v1/p2p/" + a.String()}}, false, 2, 0},
		{"garbage and another peer's address", NodeRecord{PeerID: a, Multiaddrs: []string{"not a multiaddr", "/ip4/127.0.0.1/tcp/4002/p2p/" + other.String()}}, false, 0, 2},
		{"no addresses", NodeRecord{PeerID: a}, false, 0, 0},
		{"peer id is no multihash", NodeRecord{PeerID: "junk", Multiaddrs: []string{"/ip4/127.0.0.1/tcp/4003"}}, true, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			info, bad, err := tc.rec.AddrInfo()
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			if err != nil {
				return
			}
			if info.ID != a || len(info.Addrs) != tc.wantAddrs || len(bad) != tc.wantBad {
				t.Fatalf("info %v, bad %v", info, bad)
			}
		})
	}
}
