package enclave_test

import (
	"bytes"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/enclave/sim"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

func discardLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func TestSimKeysSurviveRestart(t *testing.T) {
	dir := t.TempDir()
	platform := newPlatform(t)
	first := openSim(t, dir, platform, goodMeasurement)
	addr, tk := first.Keys().Address(), first.Keys().TransportPublicKey()
	sealed, err := first.Seal([]byte("share"), []byte("ad"))
	if err != nil {
		t.Fatal(err)
	}
	wrapped, err := enclave.SealTo(tk, []byte("wrapped share"), []byte("info"), nil)
	if err != nil {
		t.Fatal(err)
	}
	first.Close()

	again := openSim(t, dir, platform, goodMeasurement)
	if got := again.Keys().Address(); got != addr {
		t.Errorf("wallet after restart %s, want %s", got, addr)
	}
	if got := again.Keys().TransportPublicKey(); !bytes.Equal(got, tk) {
		t.Error("transport key changed across restart")
	}
	pt, err := again.Unseal(sealed, []byte("ad"))
	if err != nil || string(pt) != "share" {
		t.Fatalf("unseal after restart: %q, %v", pt, err)
	}
	pt, err = again.Keys().Open(wrapped, []byte("info"))
	if err != nil || string(pt) != "wrapped share" {
		t.Fatalf("open after restart: %q, %v", pt, err)
	}
}

func TestUnsealRefusesOtherEnclaveKeys(t *testing.T) {
	dir := t.TempDir()
	platform := newPlatform(t)
	e := openSim(t, dir, platform, goodMeasurement)
	sealed, err := e.Seal([]byte("share"), nil)
	if err != nil {
		t.Fatal(err)
	}
	// Same node secret, other measurement: a new data dir holding a copy of
	// the sealing root.
	sameRoot := t.TempDir()
	root, err := os.ReadFile(filepath.Join(dir, sim.RootFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(sameRoot, sim.RootFile), root, 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		other  enclave.Sealer
		sealed []byte
		ad     []byte
	}{
		{"another node", openSim(t, t.TempDir(), platform, goodMeasurement), sealed, nil},
		{"another measurement, same node secret", openSim(t, sameRoot, platform, rogueMeasurement), sealed, nil},
		{"other additional data", e, sealed, []byte("x")},
		{"truncated", e, sealed[:10], nil},
		{"empty", e, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pt, err := tc.other.Unseal(tc.sealed, tc.ad)
			if !errors.Is(err, enclave.ErrUnseal) {
				t.Fatalf("unseal: %q, %v; want ErrUnseal", pt, err)
			}
		})
	}
}

func TestKeyFileFromAnotherMeasurementIsRefused(t *testing.T) {
	dir := t.TempDir()
	platform := newPlatform(t)
	openSim(t, dir, platform, goodMeasurement).Close()
	// Without the key file no other build could read it: opening with a
	// new measurement must fail, not silently make new keys.
	_, err := simOpen(dir, platform, rogueMeasurement)
	if !errors.Is(err, enclave.ErrUnseal) {
		t.Fatalf("open with another measurement: %v, want ErrUnseal", err)
	}
	if _, err := os.Stat(filepath.Join(dir, enclave.KeysFile)); err != nil {
		t.Fatalf("key file gone: %v", err)
	}
}

func TestWalletSigns(t *testing.T) {
	e := openSim(t, t.TempDir(), newPlatform(t), goodMeasurement)
	k := e.Keys()
	digest := crypto.Keccak256([]byte("message"))
	sig, err := k.SignHash(digest)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := crypto.SigToPub(digest, sig)
	if err != nil {
		t.Fatal(err)
	}
	if got := crypto.PubkeyToAddress(*pub); got != k.Address() {
		t.Errorf("signature recovers %s, want %s", got, k.Address())
	}
	if _, err := k.SignHash([]byte("short")); err == nil {
		t.Error("signed a non-32-byte digest")
	}

	signer := types.LatestSignerForChainID(big.NewInt(testChainID))
	to := common.HexToAddress("0x2000")
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(testChainID), Nonce: 1, To: &to, Gas: 21000, GasFeeCap: big.NewInt(1), GasTipCap: big.NewInt(1)})
	signed, err := k.SignTx(tx, signer)
	if err != nil {
		t.Fatal(err)
	}
	from, err := types.Sender(signer, signed)
	if err != nil || from != k.Address() {
		t.Errorf("tx sender %s (%v), want %s", from, err, k.Address())
	}

	e.Close()
	if _, err := k.SignHash(digest); !errors.Is(err, enclave.ErrClosed) {
		t.Errorf("sign after close: %v, want ErrClosed", err)
	}
	if _, err := k.Open(make([]byte, 2000), nil); !errors.Is(err, enclave.ErrClosed) {
		t.Errorf("open after close: %v, want ErrClosed", err)
	}
}

func TestHPKE(t *testing.T) {
	platform := newPlatform(t)
	alice := openSim(t, t.TempDir(), platform, goodMeasurement).Keys()
	bob := openSim(t, t.TempDir(), platform, goodMeasurement).Keys()
	msg, err := enclave.SealTo(alice.TransportPublicKey(), []byte("seed share"), []byte("info"), []byte("aad"))
	if err != nil {
		t.Fatal(err)
	}
	pt, err := alice.OpenWithAAD(msg, []byte("info"), []byte("aad"))
	if err != nil || string(pt) != "seed share" {
		t.Fatalf("round trip: %q, %v", pt, err)
	}
	viaMethod, err := bob.SealTo(alice.TransportPublicKey(), []byte("x"), []byte("info"))
	if err != nil {
		t.Fatal(err)
	}
	if pt, err := alice.Open(viaMethod, []byte("info")); err != nil || string(pt) != "x" {
		t.Fatalf("method round trip: %q, %v", pt, err)
	}

	tampered := bytes.Clone(msg)
	tampered[len(tampered)-1] ^= 1
	tests := []struct {
		name      string
		k         *enclave.Keys
		msg       []byte
		info, aad []byte
	}{
		{"wrong recipient", bob, msg, []byte("info"), []byte("aad")},
		{"wrong info", alice, msg, []byte("other"), []byte("aad")},
		{"wrong aad", alice, msg, []byte("info"), nil},
		{"tampered", alice, tampered, []byte("info"), []byte("aad")},
		{"short", alice, msg[:100], []byte("info"), []byte("aad")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pt, err := tc.k.OpenWithAAD(tc.msg, tc.info, tc.aad)
			if !errors.Is(err, enclave.ErrDecrypt) {
				t.Fatalf("opened %q (%v), want ErrDecrypt", pt, err)
			}
		})
	}
	if _, err := enclave.SealTo([]byte("not a key"), []byte("x"), nil, nil); err == nil {
		t.Error("sealed to a malformed public key")
	}
}
