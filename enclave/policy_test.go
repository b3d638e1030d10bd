package enclave_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/enclave/sim"
	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
)

// memRegistry is an in-memory RegistryView.
type memRegistry struct {
	nodes       map[peer.ID]chain.NodeRecord
	allowed     map[[32]byte]bool
	simAllowed  bool
	platformKey [32]byte
	err         error
}

func (r *memRegistry) NodeByPeerID(_ context.Context, id peer.ID) (chain.NodeRecord, error) {
	if r.err != nil {
		return chain.NodeRecord{}, r.err
	}
	rec, ok := r.nodes[id]
	if !ok {
		return chain.NodeRecord{}, fmt.Errorf("peer %x: %w", []byte(id), enclave.ErrNodeNotFound)
	}
	return rec, nil
}

func (r *memRegistry) MeasurementAllowed(_ context.Context, m [32]byte) (bool, error) {
	return r.allowed[m], r.err
}

func (r *memRegistry) SimulatedPolicy(context.Context) (bool, [32]byte, error) {
	return r.simAllowed, r.platformKey, r.err
}

const (
	testNetwork = "cifer-test"
	testChainID = 31337
)

var (
	goodMeasurement  = [32]byte{1, 2, 3}
	rogueMeasurement = [32]byte{6, 6, 6}
)

// newPeerID returns random libp2p peer ID bytes: a sha2-256 multihash
// (0x12 0x20 || 32 bytes), the form of RSA and secp256k1 peer IDs. The
// policy treats peer IDs as opaque bytes.
func newPeerID(t *testing.T) []byte {
	t.Helper()
	id := make([]byte, 34)
	id[0], id[1] = 0x12, 0x20
	if _, err := rand.Read(id[2:]); err != nil {
		t.Fatal(err)
	}
	return id
}

func newPlatform(t *testing.T) ed25519.PrivateKey {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return priv
}

func openSim(t *testing.T, dir string, platform ed25519.PrivateKey, m [32]byte) *sim.Enclave {
	t.Helper()
	e, err := sim.Open(sim.Config{DataDir: dir, PlatformKey: platform, Measurement: &m, Log: discardLog()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

func record(e enclave.Enclave) chain.NodeRecord {
	return chain.NodeRecord{
		Operator:         common.HexToAddress("0x1000"),
		EnclaveWallet:    e.Keys().Address(),
		Measurement:      e.Measurement(),
		TransportKeyHash: e.Keys().TransportKeyHash(),
		Status:           bindings.NodeStatusActive,
	}
}

// fixture is two registered sim nodes, a and b, on one network.
type fixture struct {
	now          time.Time
	platform     ed25519.PrivateKey
	a, b         *sim.Enclave
	peerA, peerB []byte
	reg          *memRegistry
	policy       *enclave.Policy
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	platform := newPlatform(t)
	f := &fixture{
		now:      time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC),
		platform: platform,
		a:        openSim(t, t.TempDir(), platform, goodMeasurement),
		b:        openSim(t, t.TempDir(), platform, goodMeasurement),
		peerA:    newPeerID(t),
		peerB:    newPeerID(t),
	}
	f.reg = &memRegistry{
		nodes: map[peer.ID]chain.NodeRecord{
			peer.ID(f.peerA): record(f.a),
			peer.ID(f.peerB): record(f.b),
		},
		allowed:     map[[32]byte]bool{goodMeasurement: true},
		simAllowed:  true,
		platformKey: sim.PlatformPublicKey(platform),
	}
	f.policy = &enclave.Policy{
		Registry:     f.reg,
		Network:      testNetwork,
		HomeChainID:  testChainID,
		Now:          func() time.Time { return f.now },
		MaxClockSkew: 30 * time.Second,
		Verifiers:    map[string]enclave.ReportVerifier{enclave.BackendSim: sim.Verifier{}},
	}
	return f
}

func (f *fixture) statement(t *testing.T, e enclave.Enclave, peerID []byte) *enclave.Statement {
	t.Helper()
	st, err := enclave.NewStatement(context.Background(), e, enclave.StatementParams{
		PeerID: peerID, Network: testNetwork, HomeChainID: testChainID,
		IssuedAt: f.now.Add(-time.Minute), Lifetime: time.Hour,
	})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// manifestStatement is node a's statement carrying manifest hash m.
func (f *fixture) manifestStatement(t *testing.T, m [32]byte) *enclave.Statement {
	t.Helper()
	st, err := enclave.NewStatement(context.Background(), f.a, enclave.StatementParams{
		PeerID: f.peerA, Network: testNetwork, HomeChainID: testChainID, ManifestHash: m,
		IssuedAt: f.now.Add(-time.Minute), Lifetime: time.Hour,
	})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// TestManifestStatements: a statement with a manifest hash is version 2,
// round-trips and verifies under the same hash; without one it is version
// 1, byte for byte as before; the hash is signed (changing it breaks the
// signature).
func TestManifestStatements(t *testing.T) {
	f := newFixture(t)
	m := [32]byte{0xaa, 0xbb}
	st := f.manifestStatement(t, m)
	raw, err := st.MarshalBinary()
	if err != nil || raw[0] != enclave.StatementVersion2 {
		t.Fatalf("encoded as version %d (%v), want 2", raw[0], err)
	}
	back, err := enclave.ParseStatement(raw)
	if err != nil || back.ManifestHash != m {
		t.Fatalf("parsed %x (%v)", back.ManifestHash, err)
	}
	again, _ := back.MarshalBinary()
	if !bytes.Equal(again, raw) {
		t.Fatal("a version-2 statement does not re-encode to its bytes")
	}
	f.policy.ManifestHash = m
	if _, err := f.policy.Verify(context.Background(), back, peer.ID(f.peerA)); err != nil {
		t.Fatalf("same manifest refused: %v", err)
	}
	v1, _ := f.statement(t, f.a, f.peerA).MarshalBinary()
	if v1[0] != enclave.StatementVersion {
		t.Fatalf("no manifest: version %d, want 1", v1[0])
	}
	back.ManifestHash = [32]byte{0xcc}
	f.policy.ManifestHash = back.ManifestHash
	if _, err := f.policy.Verify(context.Background(), back, peer.ID(f.peerA)); !errors.Is(err, enclave.ErrBadSignature) && !errors.Is(err, enclave.ErrReportDataMismatch) {
		t.Fatalf("a statement whose manifest hash was changed after signing: %v, want a signature or report refusal", err)
	}
	// A version-2 encoding with a zero hash is not canonical.
	zero := bytes.Clone(raw)
	copy(zero[bytes.Index(zero, m[:]):], make([]byte, 32))
	if _, err := enclave.ParseStatement(zero); !errors.Is(err, enclave.ErrMalformed) {
		t.Fatalf("version 2 with a zero hash: %v, want ErrMalformed", err)
	}
}

// resign signs st again with k, as a node that controls its wallet but not
// its report would.
func resign(t *testing.T, st *enclave.Statement, k *enclave.Keys) {
	t.Helper()
	h, err := st.SigningHash()
	if err != nil {
		t.Fatal(err)
	}
	if st.Signature, err = k.SignHash(h[:]); err != nil {
		t.Fatal(err)
	}
}

func TestPolicyAcceptsValidStatement(t *testing.T) {
	f := newFixture(t)
	st := f.statement(t, f.a, f.peerA)
	v, err := f.policy.Verify(context.Background(), st, peer.ID(f.peerA))
	if err != nil {
		t.Fatalf("valid statement refused: %v", err)
	}
	if v.Claims.Backend != enclave.BackendSim || v.Claims.Measurement != goodMeasurement {
		t.Errorf("claims %+v", v.Claims)
	}
	if v.Record.EnclaveWallet != f.a.Keys().Address() {
		t.Errorf("record wallet %s, want %s", v.Record.EnclaveWallet, f.a.Keys().Address())
	}
	if !v.Expiry().Equal(st.ExpiresAt) {
		t.Errorf("expiry %s, want %s", v.Expiry(), st.ExpiresAt)
	}
	raw, err := st.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.policy.VerifyBytes(context.Background(), raw, peer.ID(f.peerA)); err != nil {
		t.Fatalf("VerifyBytes: %v", err)
	}
}

func TestPolicyRefusals(t *testing.T) {
	tests := []struct {
		name string
		// prepare returns the statement to verify and its sender.
		prepare  func(t *testing.T, f *fixture) (*enclave.Statement, []byte)
		reason   string
		sentinel error
	}{
		{
			name: "tampered report",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				st := f.statement(t, f.a, f.peerA)
				st.Report[len(st.Report)-1] ^= 1
				resign(t, st, f.a.Keys())
				return st, f.peerA
			},
			reason: enclave.ReasonBadReport, sentinel: enclave.ErrBadReport,
		},
		{
			name: "tampered report without re-signing",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				st := f.statement(t, f.a, f.peerA)
				st.Report[20] ^= 1
				return st, f.peerA
			},
			reason: enclave.ReasonBadSignature, sentinel: enclave.ErrBadSignature,
		},
		{
			name: "measurement not on the allow-list",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				rogue := openSim(t, t.TempDir(), f.platform, rogueMeasurement)
				f.reg.nodes[peer.ID(f.peerA)] = record(rogue)
				return f.statement(t, rogue, f.peerA), f.peerA
			},
			reason: enclave.ReasonMeasurementRefused, sentinel: enclave.ErrMeasurementRefused,
		},
		{
			name: "measurement claimed differs from the report",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				// A rogue build claims the good measurement; its (honest)
				// report covers the claimed fields but names its own
				// measurement.
				rogue := openSim(t, t.TempDir(), f.platform, rogueMeasurement)
				st := f.statement(t, rogue, f.peerA)
				st.Measurement = goodMeasurement
				ud, err := st.ReportData()
				if err != nil {
					t.Fatal(err)
				}
				if st.Report, err = rogue.Report(context.Background(), ud); err != nil {
					t.Fatal(err)
				}
				resign(t, st, rogue.Keys())
				f.reg.nodes[peer.ID(f.peerA)] = chain.NodeRecord{
					EnclaveWallet: rogue.Keys().Address(), Measurement: goodMeasurement,
					TransportKeyHash: rogue.Keys().TransportKeyHash(), Status: bindings.NodeStatusActive,
				}
				return st, f.peerA
			},
			reason: enclave.ReasonMeasurementMismatch, sentinel: enclave.ErrMeasurementMismatch,
		},
		{
			name: "report bound to another peer ID",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				// a's report, re-used in a statement that names peer B and
				// is properly signed by a's wallet; B's record points to a.
				st := f.statement(t, f.a, f.peerA)
				st.PeerID = f.peerB
				resign(t, st, f.a.Keys())
				f.reg.nodes[peer.ID(f.peerB)] = record(f.a)
				return st, f.peerB
			},
			reason: enclave.ReasonReportDataMismatch, sentinel: enclave.ErrReportDataMismatch,
		},
		{
			name: "report bound to another wallet",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				// b's wallet and key claim a's enclave report.
				st := f.statement(t, f.a, f.peerA)
				st.Wallet = f.b.Keys().Address()
				st.TransportKey = f.b.Keys().TransportPublicKey()
				resign(t, st, f.b.Keys())
				f.reg.nodes[peer.ID(f.peerA)] = record(f.b)
				return st, f.peerA
			},
			reason: enclave.ReasonReportDataMismatch, sentinel: enclave.ErrReportDataMismatch,
		},
		{
			name: "expired",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				st := f.statement(t, f.a, f.peerA)
				f.now = st.ExpiresAt
				return st, f.peerA
			},
			reason: enclave.ReasonExpired, sentinel: enclave.ErrExpired,
		},
		{
			name: "issued in the future beyond the skew",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				st := f.statement(t, f.a, f.peerA)
				f.now = st.IssuedAt.Add(-time.Minute)
				return st, f.peerA
			},
			reason: enclave.ReasonNotYetValid, sentinel: enclave.ErrNotYetValid,
		},
		{
			name: "sim where the registry forbids it",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				f.reg.simAllowed = false
				return f.statement(t, f.a, f.peerA), f.peerA
			},
			reason: enclave.ReasonSimNotAllowed, sentinel: enclave.ErrSimNotAllowed,
		},
		{
			name: "sim report from another platform key",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				other := openSim(t, t.TempDir(), newPlatform(t), goodMeasurement)
				f.reg.nodes[peer.ID(f.peerA)] = record(other)
				return f.statement(t, other, f.peerA), f.peerA
			},
			reason: enclave.ReasonUntrustedPlatform, sentinel: enclave.ErrUntrustedPlatform,
		},
		{
			name: "replayed by a different peer",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				return f.statement(t, f.a, f.peerA), f.peerB
			},
			reason: enclave.ReasonPeerMismatch, sentinel: enclave.ErrPeerMismatch,
		},
		{
			name: "signed by another wallet",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				st := f.statement(t, f.a, f.peerA)
				resign(t, st, f.b.Keys())
				return st, f.peerA
			},
			reason: enclave.ReasonBadSignature, sentinel: enclave.ErrBadSignature,
		},
		{
			name: "malleable high-S signature",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				st := f.statement(t, f.a, f.peerA)
				for i := 32; i < 64; i++ {
					st.Signature[i] = 0xff
				}
				return st, f.peerA
			},
			reason: enclave.ReasonBadSignature, sentinel: enclave.ErrBadSignature,
		},
		{
			name: "unknown node",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				delete(f.reg.nodes, peer.ID(f.peerA))
				return f.statement(t, f.a, f.peerA), f.peerA
			},
			reason: enclave.ReasonUnknownNode, sentinel: enclave.ErrNodeNotFound,
		},
		{
			name: "inactive node",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				rec := record(f.a)
				rec.Status = bindings.NodeStatusUnbonding
				f.reg.nodes[peer.ID(f.peerA)] = rec
				return f.statement(t, f.a, f.peerA), f.peerA
			},
			reason: enclave.ReasonInactiveNode, sentinel: enclave.ErrInactiveNode,
		},
		{
			name: "wallet differs from the registry",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				f.reg.nodes[peer.ID(f.peerA)] = record(f.b)
				return f.statement(t, f.a, f.peerA), f.peerA
			},
			reason: enclave.ReasonWalletMismatch, sentinel: enclave.ErrWalletMismatch,
		},
		{
			name: "transport key differs from the registry",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				rec := record(f.a)
				rec.TransportKeyHash = f.b.Keys().TransportKeyHash()
				f.reg.nodes[peer.ID(f.peerA)] = rec
				return f.statement(t, f.a, f.peerA), f.peerA
			},
			reason: enclave.ReasonTransportMismatch, sentinel: enclave.ErrTransportMismatch,
		},
		{
			name: "measurement differs from the registry",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				rec := record(f.a)
				rec.Measurement = rogueMeasurement
				f.reg.nodes[peer.ID(f.peerA)] = rec
				return f.statement(t, f.a, f.peerA), f.peerA
			},
			reason: enclave.ReasonMeasurementMismatch, sentinel: enclave.ErrMeasurementMismatch,
		},
		{
			name: "wrong network",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				f.policy.Network = "cifer-main"
				return f.statement(t, f.a, f.peerA), f.peerA
			},
			reason: enclave.ReasonWrongNetwork, sentinel: enclave.ErrWrongNetwork,
		},
		{
			name: "another network manifest",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				f.policy.ManifestHash = [32]byte{1}
				return f.manifestStatement(t, [32]byte{2}), f.peerA
			},
			reason: enclave.ReasonWrongManifest, sentinel: enclave.ErrWrongManifest,
		},
		{
			name: "no manifest where one is required",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				f.policy.ManifestHash = [32]byte{1}
				return f.statement(t, f.a, f.peerA), f.peerA
			},
			reason: enclave.ReasonWrongManifest, sentinel: enclave.ErrWrongManifest,
		},
		{
			name: "wrong home chain",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				f.policy.HomeChainID = 1
				return f.statement(t, f.a, f.peerA), f.peerA
			},
			reason: enclave.ReasonWrongChain, sentinel: enclave.ErrWrongChain,
		},
		{
			name: "sgx report from a debug enclave",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				return sgxStatement(t, f, true), f.peerA
			},
			reason: enclave.ReasonDebugEnclave, sentinel: enclave.ErrDebugEnclave,
		},
		{
			name: "no verifier for the backend",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				f.policy.Verifiers = map[string]enclave.ReportVerifier{}
				return f.statement(t, f.a, f.peerA), f.peerA
			},
			reason: enclave.ReasonUnknownBackend, sentinel: enclave.ErrUnknownBackend,
		},
		{
			name: "registry unreachable",
			prepare: func(t *testing.T, f *fixture) (*enclave.Statement, []byte) {
				f.reg.err = errors.New("rpc down")
				return f.statement(t, f.a, f.peerA), f.peerA
			},
			reason: enclave.ReasonRegistry, sentinel: enclave.ErrRegistry,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t)
			st, from := tc.prepare(t, f)
			v, err := f.policy.Verify(context.Background(), st, peer.ID(from))
			if err == nil {
				t.Fatalf("accepted: %+v", v.Claims)
			}
			var pe *enclave.PolicyError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *PolicyError", err)
			}
			if pe.Code != tc.reason {
				t.Errorf("reason %q, want %q (error: %v)", pe.Code, tc.reason, err)
			}
			if !errors.Is(err, tc.sentinel) {
				t.Errorf("error %v does not wrap %v", err, tc.sentinel)
			}
			// The p2p layer labels metrics through this interface.
			var labelled interface{ Reason() string }
			if !errors.As(err, &labelled) || labelled.Reason() != tc.reason {
				t.Errorf("Reason() does not give %q", tc.reason)
			}
			// Temporary: the registry could not be read, or the statement
			// is from the future (the issuer's clock is ahead; it becomes
			// valid by itself): the peer is retried, not banned.
			if got, want := pe.Temporary(), tc.reason == enclave.ReasonRegistry || tc.reason == enclave.ReasonNotYetValid; got != want {
				t.Errorf("Temporary() = %v, want %v", got, want)
			}
		})
	}
}

func TestVerifyBytesMalformed(t *testing.T) {
	f := newFixture(t)
	_, err := f.policy.VerifyBytes(context.Background(), []byte{1, 2, 3}, peer.ID(f.peerA))
	var pe *enclave.PolicyError
	if !errors.As(err, &pe) || pe.Code != enclave.ReasonMalformed || !errors.Is(err, enclave.ErrMalformed) {
		t.Fatalf("error %v, want a malformed PolicyError", err)
	}
}

func simOpen(dir string, platform ed25519.PrivateKey, m [32]byte) (*sim.Enclave, error) {
	return sim.Open(sim.Config{DataDir: dir, PlatformKey: platform, Measurement: &m, Log: discardLog()})
}

// stubSGXVerifier stands in for the SGX report verifier (no SGX hardware
// here): it accepts any report and returns the claims it was given.
type stubSGXVerifier struct{ claims enclave.Claims }

func (v stubSGXVerifier) VerifyReport(context.Context, []byte) (enclave.Claims, error) {
	return v.claims, nil
}

// sgxStatement turns a sim statement of node A into an sgx one, signed by
// A's enclave wallet, and installs a stub sgx verifier whose claims match
// it, debug or not.
func sgxStatement(t *testing.T, f *fixture, debug bool) *enclave.Statement {
	t.Helper()
	st := f.statement(t, f.a, f.peerA)
	st.Backend = enclave.BackendSGX
	st.Report = []byte("stub sgx quote")
	ud, err := st.ReportData()
	if err != nil {
		t.Fatal(err)
	}
	resign(t, st, f.a.Keys())
	f.policy.Verifiers[enclave.BackendSGX] = stubSGXVerifier{claims: enclave.Claims{
		Backend: enclave.BackendSGX, Measurement: st.Measurement, UserData: ud,
		Signer: make([]byte, 32), Debug: debug,
	}}
	return st
}

// TestPolicySGXNonDebugAccepted is the control of the debug-enclave
// refusal: the same stub sgx statement with Debug false passes.
func TestPolicySGXNonDebugAccepted(t *testing.T) {
	f := newFixture(t)
	st := sgxStatement(t, f, false)
	v, err := f.policy.Verify(context.Background(), st, peer.ID(f.peerA))
	if err != nil {
		t.Fatalf("non-debug sgx statement refused: %v", err)
	}
	if v.Claims.Backend != enclave.BackendSGX || v.Claims.Debug {
		t.Fatalf("claims %+v", v.Claims)
	}
}
