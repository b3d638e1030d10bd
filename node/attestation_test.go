package node

import (
	"context"
	"github.com/cifer-network/cifer/enclave"
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

// TestPeerReportVerifiers is finding 11 of the key-safety review (its last
// item): the registry's simulated-enclave switch is one governance key's
// decision with no delay. An sgx node does not follow it unless its
// operator opted in: without the sim verifier, its policy refuses every
// sim statement as an unknown backend (TestPolicyRefusals), whatever the
// registry says.
func TestPeerReportVerifiers(t *testing.T) {
	tests := []struct {
		name    string
		cfg     EnclaveConfig
		wantSim bool
	}{
		{"sgx node", EnclaveConfig{Backend: enclave.BackendSGX}, false},
		{"sgx node that opted in", EnclaveConfig{Backend: enclave.BackendSGX, AcceptSimulatedPeers: true}, true},
		{"sim node (testnet)", EnclaveConfig{Backend: enclave.BackendSim}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := PeerReportVerifiers(tc.cfg)
			if _, ok := v[enclave.BackendSGX]; !ok {
				t.Fatal("no sgx verifier")
			}
			if _, ok := v[enclave.BackendSim]; ok != tc.wantSim {
				t.Fatalf("sim verifier present: %v, want %v", ok, tc.wantSim)
			}
		})
	}
}
