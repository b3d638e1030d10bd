package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/enclave/sim"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// attestFixture is a sim node's statement written to a file.
type attestFixture struct {
	file        string
	measurement string
	platformKey string
	peerID      peer.ID
	wallet      string
	issued      time.Time
}

func newAttestFixture(t *testing.T) attestFixture {
	t.Helper()
	_, platform, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	m := [32]byte{0xc1, 0xfe}
	e, err := sim.Open(sim.Config{DataDir: t.TempDir(), PlatformKey: platform, Measurement: &m, Log: discardLogger()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	_, pub, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	id, err := peer.IDFromPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	issued := time.Now().Add(-time.Minute)
	st, err := enclave.NewStatement(context.Background(), e, enclave.StatementParams{
		PeerID: []byte(id), Network: "cifer-test", HomeChainID: 31337, IssuedAt: issued, Lifetime: time.Hour,
	})
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "statement.hex")
	if err := enclave.WriteStatementFile(file, st); err != nil {
		t.Fatal(err)
	}
	pk := sim.PlatformPublicKey(platform)
	return attestFixture{
		file:        file,
		measurement: hex.EncodeToString(m[:]),
		platformKey: hex.EncodeToString(pk[:]),
		peerID:      id,
		wallet:      e.Keys().Address().Hex(),
		issued:      st.IssuedAt,
	}
}

func (f attestFixture) args(extra ...string) []string {
	return append([]string{"attest", "verify", "--file", f.file, "--network", "cifer-test", "--chain-id", "31337",
		"--allow-measurement", f.measurement, "--allow-sim", "--sim-platform-key", f.platformKey}, extra...)
}

func TestAttestVerifyValid(t *testing.T) {
	f := newAttestFixture(t)
	code, out, errOut := runForTest(t, f.args("--peer-id", f.peerID.String(), "--wallet", f.wallet)...)
	if code != 0 {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	for _, want := range []string{
		"backend:            sim (SIMULATED", "measurement:        " + f.measurement, "peer id:            " + f.peerID.String(),
		"enclave wallet:     " + f.wallet, "network:            cifer-test", "home chain id:      31337",
		"issued at:          " + f.issued.Format(time.RFC3339), "sender=true wallet=true", "\nverdict: VALID\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestAttestVerifyInvalid(t *testing.T) {
	f := newAttestFixture(t)
	_, otherPub, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	other, err := peer.IDFromPublicKey(otherPub)
	if err != nil {
		t.Fatal(err)
	}
	corrupt := filepath.Join(t.TempDir(), "corrupt.hex")
	if err := os.WriteFile(corrupt, []byte("01ff"), 0o644); err != nil {
		t.Fatal(err)
	}
	base := []string{"attest", "verify", "--network", "cifer-test", "--chain-id", "31337"}
	tests := []struct {
		name   string
		args   []string
		reason string
	}{
		{"measurement not allowed", append(append([]string{}, base...), "--file", f.file, "--allow-sim", "--sim-platform-key", f.platformKey), "measurement_not_allowed"},
		{"sim not allowed", append(append([]string{}, base...), "--file", f.file, "--allow-measurement", f.measurement), "sim_not_allowed"},
		{"other platform key", append(append([]string{}, base...), "--file", f.file, "--allow-measurement", f.measurement, "--allow-sim", "--sim-platform-key", strings.Repeat("ab", 32)), "untrusted_platform"},
		{"sent by another peer", f.args("--peer-id", other.String()), "peer_mismatch"},
		{"other registered wallet", f.args("--wallet", "0x0000000000000000000000000000000000000001"), "wallet_mismatch"},
		{"other transport key", f.args("--transport-key-hash", strings.Repeat("00", 32)), "transport_key_mismatch"},
		{"expired", f.args("--at", f.issued.Add(2*time.Hour).Format(time.RFC3339)), "expired"},
		{"wrong chain", append(f.args(), "--chain-id", strconv.Itoa(1)), "wrong_chain"},
		{"corrupt file", append(append([]string{}, base...), "--file", corrupt), "malformed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runForTest(t, tc.args...)
			if code != 1 {
				t.Fatalf("exit %d, want 1 (stdout %q, stderr %q)", code, out, errOut)
			}
			if want := "verdict: INVALID: " + tc.reason + "\n"; !strings.Contains(out, want) {
				t.Errorf("stdout lacks %q:\n%s", want, out)
			}
			if !strings.Contains(errOut, "statement invalid") {
				t.Errorf("stderr %q", errOut)
			}
		})
	}
}

func TestAttestVerifyUsage(t *testing.T) {
	f := newAttestFixture(t)
	tests := []struct {
		name string
		args []string
	}{
		{"no file", []string{"attest", "verify", "--network", "n", "--chain-id", "1"}},
		{"no network", []string{"attest", "verify", "--file", f.file, "--chain-id", "1"}},
		{"bad measurement", f.args("--allow-measurement", "zz")},
		{"allow sim without key", []string{"attest", "verify", "--file", f.file, "--network", "n", "--chain-id", "1", "--allow-sim"}},
		{"bad peer id", f.args("--peer-id", "nope")},
		{"bad wallet", f.args("--wallet", "0x12")},
		{"bad time", f.args("--at", "yesterday")},
		{"stray argument", f.args("extra")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runForTest(t, tc.args...)
			if code != 2 {
				t.Fatalf("exit %d, want 2 (stdout %q, stderr %q)", code, out, errOut)
			}
		})
	}
	if code, _, errOut := runForTest(t, "attest", "verify", "--file", filepath.Join(t.TempDir(), "missing"), "--network", "n", "--chain-id", "1"); code != 1 || !strings.Contains(errOut, "statement file") {
		t.Errorf("missing file: exit %d, stderr %q", code, errOut)
	}
}
