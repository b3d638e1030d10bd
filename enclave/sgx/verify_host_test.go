//go:build !ego_eclient

package sgx

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/enclave/sim"
	"github.com/libp2p/go-libp2p/core/peer"
)

func TestVerifyWithoutHostVerifier(t *testing.T) {
	_, err := Verifier{}.VerifyReport(context.Background(), []byte("an sgx quote"))
	if !errors.Is(err, enclave.ErrVerifierUnavailable) || !errors.Is(err, ErrHostVerifier) {
		t.Fatalf("error %v, want ErrVerifierUnavailable", err)
	}
	if !strings.Contains(err.Error(), "build with -tags ego_eclient and Open Enclave installed") {
		t.Errorf("error %q does not say how to build a verifier", err)
	}
}

// An sgx statement checked by a node built without the host verifier is
// refused as temporary: it says nothing about the peer.
func TestPolicyVerifierUnavailableIsTemporary(t *testing.T) {
	_, platform, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	m := [32]byte{5}
	keysOnly, err := sim.Open(sim.Config{DataDir: t.TempDir(), PlatformKey: platform, Measurement: &m, Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer keysOnly.Close()
	k := keysOnly.Keys()
	now := time.Now()
	st := &enclave.Statement{
		Backend: enclave.BackendSGX, Measurement: m, PeerID: []byte("peer"), Wallet: k.Address(),
		TransportKey: k.TransportPublicKey(), Network: "net", HomeChainID: 1,
		IssuedAt: now.Add(-time.Minute).Truncate(time.Second), ExpiresAt: now.Add(time.Hour).Truncate(time.Second),
		Report: []byte("an sgx quote"),
	}
	h, err := st.SigningHash()
	if err != nil {
		t.Fatal(err)
	}
	if st.Signature, err = k.SignHash(h[:]); err != nil {
		t.Fatal(err)
	}
	p := &enclave.Policy{
		Registry: registry{rec: chain.NodeRecord{
			EnclaveWallet: k.Address(), Measurement: m, TransportKeyHash: k.TransportKeyHash(), Status: bindings.NodeStatusActive,
		}},
		Network: "net", HomeChainID: 1,
		Verifiers: map[string]enclave.ReportVerifier{enclave.BackendSGX: Verifier{}},
	}
	_, err = p.Verify(context.Background(), st, "peer")
	var pe *enclave.PolicyError
	if !errors.As(err, &pe) || pe.Code != enclave.ReasonVerifierUnavailable || !pe.Temporary() {
		t.Fatalf("error %v, want a temporary verifier_unavailable refusal", err)
	}
}

// registry knows one node and allows every measurement.
type registry struct{ rec chain.NodeRecord }

func (r registry) NodeByPeerID(context.Context, peer.ID) (chain.NodeRecord, error) {
	return r.rec, nil
}
func (r registry) MeasurementAllowed(context.Context, [32]byte) (bool, error) { return true, nil }
func (r registry) SimulatedPolicy(context.Context) (bool, [32]byte, error) {
	return false, [32]byte{}, nil
}
