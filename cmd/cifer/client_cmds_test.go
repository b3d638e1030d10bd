package main

import (
	"bytes"
	"crypto/x509"
	"encoding/pem"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cifer-network/cifer/enclave/sim"
)

// Bad input is refused before anything touches the network, with an error
// that says what to do. The success paths run against a real testnet in
// the testnet package's end-to-end test.
func TestClientAndOperatorCommandErrors(t *testing.T) {
	t.Setenv("CIFER_DEPLOYMENT", "")
	t.Setenv("CIFER_BOOTSTRAP", "")
	t.Setenv("CIFER_CLIENT_KEY", "")
	t.Setenv("CIFER_OPERATOR_KEY", "")
	dep := filepath.Join(t.TempDir(), "missing.json")
	tests := []struct {
		args    []string
		wantErr string
	}{
		{[]string{"secret", "create"}, "set CIFER_DEPLOYMENT"},
		{[]string{"secret", "status"}, "expected 1 argument(s)"},
		{[]string{"secret", "list", "extra"}, "expected 0 argument(s)"},
		{[]string{"encrypt", "--secret", "1", "--deployment", dep}, "missing.json"},
		{[]string{"decrypt", "--bogus"}, "flag provided but not defined"},
		{[]string{"delegate", "--secret", "1"}, "set CIFER_DEPLOYMENT"},
		{[]string{"transfer"}, "set CIFER_DEPLOYMENT"},
		{[]string{"file", "encrypt"}, "set CIFER_DEPLOYMENT"},
		{[]string{"file", "decrypt"}, "set CIFER_DEPLOYMENT"},
		{[]string{"stake", "register"}, "set CIFER_DEPLOYMENT"},
		{[]string{"stake", "top-up"}, "set CIFER_DEPLOYMENT"},
		{[]string{"stake", "unbond"}, "set CIFER_DEPLOYMENT"},
		{[]string{"stake", "withdraw"}, "set CIFER_DEPLOYMENT"},
		{[]string{"stake", "status"}, "set CIFER_DEPLOYMENT"},
		{[]string{"stake", "status", "extra"}, "unexpected arguments"},
		{[]string{"node", "run"}, "give --config FILE or --data-dir DIR"},
		{[]string{"node", "run", "--data-dir", t.TempDir()}, "run 'cifer node init --data-dir DIR'"},
		{[]string{"node", "init"}, "--data-dir is required"},
		{[]string{"testnet", "up", "--nodes", "3", "--dir", t.TempDir()}, "at least 5 nodes"},
		{[]string{"testnet", "down", "--dir", t.TempDir()}, "no testnet in"},
		{[]string{"attest", "verify", "--addr", "/ip4/127.0.0.1/tcp/1"}, "--addr needs --deployment"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, _, errOut := runForTest(t, tc.args...)
			if code == 0 {
				t.Fatalf("succeeded, want an error with %q", tc.wantErr)
			}
			if !strings.Contains(errOut, tc.wantErr) {
				t.Fatalf("error %q lacks %q", errOut, tc.wantErr)
			}
		})
	}
}

// Values a command parses itself.
func TestClientArgumentParsing(t *testing.T) {
	if _, err := parseSecretID("0"); err == nil {
		t.Fatal("secret 0 accepted")
	}
	if id, err := parseSecretID("42"); err != nil || id != 42 {
		t.Fatalf("42: %d %v", id, err)
	}
	if _, err := parseAddress("to", "0x123"); err == nil || !strings.Contains(err.Error(), "is not an address") {
		t.Fatalf("short address: %v", err)
	}
	for _, bad := range []string{"", "0", "-5", "1.5", "lots"} {
		if _, err := parseTokens(bad); err == nil {
			t.Fatalf("amount %q accepted", bad)
		}
	}
	if v, err := parseTokens("2"); err != nil || v.String() != "2000000000000000000" {
		t.Fatalf("2 tokens: %v %v", v, err)
	}
	for _, bad := range []string{"", "0x", "0xabc", "zz"} {
		if _, err := decodeHex(bad); err == nil {
			t.Fatalf("hex %q accepted", bad)
		}
	}
}

// node init creates keys once and refuses to run again over them; the
// identity it prints is what the registry needs.
func TestNodeInit(t *testing.T) {
	dir := t.TempDir()
	key := filepath.Join(dir, "platform.key")
	if _, err := sim.GeneratePlatformKey(key); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(dir, "node")
	code, out, errOut := runForTest(t, "node", "init", "--data-dir", data, "--sim-platform-key", key)
	if code != 0 {
		t.Fatalf("node init: %s", errOut)
	}
	for _, want := range []string{`"peerId": "12D3KooW`, `"enclaveWallet": "0x`, `"transportKeyHash": "0x`, `"backend": "sim"`} {
		if !strings.Contains(out, want) {
			t.Fatalf("output lacks %q:\n%s", want, out)
		}
	}
	for _, f := range []string{"config.toml", "peer.key", "node-identity.json"} {
		if _, err := os.Stat(filepath.Join(data, f)); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	code, _, errOut = runForTest(t, "node", "init", "--data-dir", data, "--sim-platform-key", key)
	if code == 0 || !strings.Contains(errOut, "already initialised") {
		t.Fatalf("second init: %d %s", code, errOut)
	}
	// Without the platform key the sim backend cannot start.
	code, _, errOut = runForTest(t, "node", "init", "--data-dir", filepath.Join(dir, "other"))
	if code == 0 || !strings.Contains(errOut, "sim-platform-key-file is empty") {
		t.Fatalf("init without platform key: %d %s", code, errOut)
	}
}

// node tls-csr writes a PEM request signed by the data dir's enclave TLS
// key, the same key on every run; without names it is a usage error.
func TestNodeTLSCSR(t *testing.T) {
	dir := t.TempDir()
	key := filepath.Join(dir, "platform.key")
	if _, err := sim.GeneratePlatformKey(key); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(dir, "node")
	if code, _, errOut := runForTest(t, "node", "init", "--data-dir", data, "--sim-platform-key", key); code != 0 {
		t.Fatalf("node init: %s", errOut)
	}
	var pubs [][]byte
	for i, out := range []string{filepath.Join(dir, "a.csr"), filepath.Join(dir, "b.csr")} {
		code, stdout, errOut := runForTest(t, "node", "tls-csr", "--data-dir", data, "--names", "api.node.example, 127.0.0.1", "--out", out)
		if code != 0 || !strings.Contains(stdout, "written to") {
			t.Fatalf("tls-csr %d: %d %s %s", i, code, stdout, errOut)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		blk, _ := pem.Decode(b)
		if blk == nil || blk.Type != "CERTIFICATE REQUEST" {
			t.Fatalf("not a PEM request: %s", b)
		}
		csr, err := x509.ParseCertificateRequest(blk.Bytes)
		if err != nil || csr.CheckSignature() != nil {
			t.Fatalf("request: %v", err)
		}
		if len(csr.DNSNames) != 1 || csr.DNSNames[0] != "api.node.example" || len(csr.IPAddresses) != 1 {
			t.Fatalf("names %v %v", csr.DNSNames, csr.IPAddresses)
		}
		pubs = append(pubs, csr.RawSubjectPublicKeyInfo)
	}
	if !bytes.Equal(pubs[0], pubs[1]) {
		t.Fatal("two requests for different keys: the enclave tls key is not kept")
	}
	if code, _, errOut := runForTest(t, "node", "tls-csr", "--data-dir", data); code != 2 || !strings.Contains(errOut, "--names") {
		t.Fatalf("without names: %d %s", code, errOut)
	}
}
