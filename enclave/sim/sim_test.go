package sim

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cifer-network/cifer/enclave"
)

func openForTest(t *testing.T, platform ed25519.PrivateKey, log *slog.Logger) *Enclave {
	t.Helper()
	m := [32]byte{9}
	e, err := Open(Config{DataDir: t.TempDir(), PlatformKey: platform, Measurement: &m, Log: log})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

func testPlatform(t *testing.T) ed25519.PrivateKey {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return priv
}

func TestReportVerifies(t *testing.T) {
	platform := testPlatform(t)
	e := openForTest(t, platform, slog.New(slog.NewTextHandler(io.Discard, nil)))
	var ud [64]byte
	copy(ud[:], "user data")
	r, err := e.Report(context.Background(), ud)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Verifier{}.VerifyReport(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	pk := PlatformPublicKey(platform)
	if c.Backend != enclave.BackendSim || c.Measurement != e.Measurement() || c.UserData != ud ||
		!bytes.Equal(c.Signer, pk[:]) || !c.Debug {
		t.Errorf("claims %+v", c)
	}

	for i := range r {
		bad := bytes.Clone(r)
		bad[i] ^= 0x80
		if _, err := (Verifier{}).VerifyReport(context.Background(), bad); !errors.Is(err, ErrReport) {
			t.Fatalf("byte %d flipped: %v, want ErrReport", i, err)
		}
	}
	if _, err := (Verifier{}).VerifyReport(context.Background(), r[:len(r)-1]); !errors.Is(err, ErrReport) {
		t.Errorf("short report: %v", err)
	}
}

func TestOpenWarnsLoudly(t *testing.T) {
	var logs bytes.Buffer
	openForTest(t, testPlatform(t), slog.New(slog.NewTextHandler(&logs, nil)))
	if !strings.Contains(logs.String(), "level=WARN") || !strings.Contains(logs.String(), "no hardware protection") {
		t.Errorf("no warning logged: %q", logs.String())
	}
}

func TestOpenMeasuresBinary(t *testing.T) {
	e, err := Open(Config{DataDir: t.TempDir(), PlatformKey: testPlatform(t), Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	want, err := MeasureExecutable()
	if err != nil {
		t.Fatal(err)
	}
	if e.Measurement() != want || want == ([32]byte{}) {
		t.Errorf("measurement %x, want the test binary's %x", e.Measurement(), want)
	}
}

func TestOpenRejectsBadConfig(t *testing.T) {
	dir := t.TempDir()
	if _, err := Open(Config{DataDir: dir}); err == nil {
		t.Error("opened without a platform key")
	}
	if err := os.WriteFile(filepath.Join(dir, RootFile), []byte("short"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(Config{DataDir: dir, PlatformKey: testPlatform(t)}); err == nil {
		t.Error("opened with a truncated sealing root")
	}
}

func TestPlatformKeyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "platform.key")
	pub, err := GeneratePlatformKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := GeneratePlatformKey(path); err == nil {
		t.Error("overwrote an existing platform key")
	}
	priv, err := LoadPlatformKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if PlatformPublicKey(priv) != pub {
		t.Error("loaded key does not match the generated public key")
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	bad := filepath.Join(t.TempDir(), "bad.key")
	if err := os.WriteFile(bad, []byte("abcd\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadPlatformKey(bad); err == nil {
		t.Error("loaded a short key")
	}
}

func FuzzVerifyReport(f *testing.F) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		f.Fatal(err)
	}
	good := signReport(priv, [32]byte{1}, [64]byte{2})
	f.Add(good)
	f.Add(good[:ReportSize-1])
	f.Add([]byte(reportMagic))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := Verifier{}.VerifyReport(context.Background(), b)
		if err != nil {
			return
		}
		// Anything accepted is a full report whose signature holds.
		if len(b) != ReportSize || c.Backend != enclave.BackendSim || !ed25519.Verify(c.Signer, signedMessage(b[:bodySize]), b[bodySize:]) {
			t.Fatalf("accepted a bad report: %x", b)
		}
	})
}
