package tlskey

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/enclave/sim"
)

// testEnclave opens a sim enclave in a temporary dir and an issuer of its
// statements.
func testEnclave(t *testing.T, lifetime time.Duration) (*sim.Enclave, *enclave.Issuer, string) {
	t.Helper()
	_, platform, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	m := [32]byte{7}
	e, err := sim.Open(sim.Config{DataDir: dir, PlatformKey: platform, Measurement: &m, Log: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	iss := &enclave.Issuer{Enclave: e, PeerID: peer.ID("test-peer"), Network: "cifer-test", HomeChainID: 1337, Lifetime: lifetime}
	return e, iss, dir
}

func TestKeyIsSealedAndStable(t *testing.T) {
	e, _, dir := testEnclave(t, time.Hour)
	k1, err := LoadOrCreateKey(dir, e)
	if err != nil {
		t.Fatal(err)
	}
	k2, err := LoadOrCreateKey(dir, e)
	if err != nil {
		t.Fatal(err)
	}
	if !k1.Equal(k2) {
		t.Fatal("the key changed between loads")
	}
	acct, err := LoadOrCreateACMEAccountKey(dir, e)
	if err != nil {
		t.Fatal(err)
	}
	if acct.Equal(k1) {
		t.Fatal("the acme account key is the tls key")
	}
	file, err := os.ReadFile(filepath.Join(dir, KeyFile))
	if err != nil {
		t.Fatal(err)
	}
	assertSealed(t, file, k1)
	// The blob is bound to its label: it does not unseal as anything else.
	if _, err := e.Unseal(file, accountAAD); !errors.Is(err, enclave.ErrUnseal) {
		t.Fatalf("tls key unsealed under the account label: %v", err)
	}
	// Another enclave (another sealing root) cannot open it, and no new
	// key is made in its place.
	other, _, odir := testEnclave(t, time.Hour)
	if err := os.WriteFile(filepath.Join(odir, KeyFile), file, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadOrCreateKey(odir, other); !errors.Is(err, enclave.ErrUnseal) {
		t.Fatalf("another enclave's key file: %v, want ErrUnseal", err)
	}
}

// assertSealed fails when file parses as a PEM or DER key or holds the
// key's scalar in plain.
func assertSealed(t *testing.T, file []byte, k *ecdsa.PrivateKey) {
	t.Helper()
	if blk, _ := pem.Decode(file); blk != nil {
		t.Fatalf("key file is PEM (%s)", blk.Type)
	}
	if _, err := x509.ParsePKCS8PrivateKey(file); err == nil {
		t.Fatal("key file parses as PKCS#8")
	}
	if _, err := x509.ParseECPrivateKey(file); err == nil {
		t.Fatal("key file parses as SEC 1")
	}
	raw, err := k.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(file, raw) {
		t.Fatal("key file holds the private scalar in plain")
	}
}

func testCA(t *testing.T) (*x509.Certificate, *ecdsa.PrivateKey, string, string) {
	t.Helper()
	dir := t.TempDir()
	cf, kf := filepath.Join(dir, "ca.pem"), filepath.Join(dir, "ca-key.pem")
	if err := NewDevCA(cf, kf, "test ca", time.Hour); err != nil {
		t.Fatal(err)
	}
	cert, key, err := LoadCA(cf, kf)
	if err != nil {
		t.Fatal(err)
	}
	return cert, key.(*ecdsa.PrivateKey), cf, kf
}

func TestSelfCertificate(t *testing.T) {
	caCert, caKey, _, _ := testCA(t)
	for _, tc := range []struct {
		name  string
		ca    bool
		names []string
	}{
		{"self-signed, default names", false, nil},
		{"issued by a CA", true, []string{"node.example", "10.1.2.3"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, iss, dir := testEnclave(t, time.Hour)
			key, err := LoadOrCreateKey(dir, e)
			if err != nil {
				t.Fatal(err)
			}
			cfg := SelfConfig{Key: key, Names: tc.names, Statements: iss, Wallet: e.Keys()}
			roots := x509.NewCertPool()
			if tc.ca {
				cfg.CACert, cfg.CAKey = caCert, caKey
				roots.AddCert(caCert)
			}
			si, err := NewSelfIssuer(cfg)
			if err != nil {
				t.Fatal(err)
			}
			c, err := si.Certificate(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if !tc.ca {
				roots.AddCert(c.Leaf)
			}
			names := tc.names
			if names == nil {
				names = DefaultNames
			}
			for _, n := range names {
				if _, err := c.Leaf.Verify(x509.VerifyOptions{DNSName: n, Roots: roots}); err != nil {
					t.Errorf("certificate for %s: %v", n, err)
				}
			}
			st, err := VerifyCertificate(c.Leaf)
			if err != nil {
				t.Fatal(err)
			}
			if st.Wallet != e.Keys().Address() {
				t.Fatalf("statement names wallet %s, want %s", st.Wallet, e.Keys().Address())
			}
			if !c.Leaf.NotAfter.Equal(st.ExpiresAt) {
				t.Fatalf("certificate ends %s, statement %s", c.Leaf.NotAfter, st.ExpiresAt)
			}
			for _, ext := range c.Leaf.Extensions {
				if ext.Id.Equal(ExtensionOID) && ext.Critical {
					t.Fatal("attestation extension is critical")
				}
			}
			// Same statement, same certificate.
			again, err := si.Certificate(context.Background())
			if err != nil || again != c {
				t.Fatalf("certificate re-issued without a new statement (%v)", err)
			}
		})
	}
}

func TestCertificateFollowsStatementRenewal(t *testing.T) {
	e, iss, dir := testEnclave(t, 3*time.Hour)
	now := time.Now()
	iss.Now = func() time.Time { return now }
	key, err := LoadOrCreateKey(dir, e)
	if err != nil {
		t.Fatal(err)
	}
	si, err := NewSelfIssuer(SelfConfig{Key: key, Statements: iss, Wallet: e.Keys()})
	if err != nil {
		t.Fatal(err)
	}
	c1, err := si.Certificate(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	now = now.Add(2*time.Hour + time.Minute) // past the issuer's renewal point
	c2, err := si.Certificate(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if c2 == c1 || !c2.Leaf.NotAfter.After(c1.Leaf.NotAfter) {
		t.Fatalf("certificate not renewed with the statement: %s then %s", c1.Leaf.NotAfter, c2.Leaf.NotAfter)
	}
	if _, err := VerifyCertificate(c2.Leaf); err != nil {
		t.Fatal(err)
	}
}

// TestVerifyRefuses: every way an extension can fail to bind.
func TestVerifyRefuses(t *testing.T) {
	e, iss, dir := testEnclave(t, time.Hour)
	key, err := LoadOrCreateKey(dir, e)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := iss.Current(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	spki, err := x509.MarshalPKIXPublicKey(&key.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	goodBinding := sign(t, e.Keys(), BindingDigest(spki, raw))
	other, _, _ := testEnclave(t, time.Hour)
	otherKey, err := LoadOrCreateKey(t.TempDir(), other)
	if err != nil {
		t.Fatal(err)
	}
	otherSPKI, err := x509.MarshalPKIXPublicKey(&otherKey.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	tampered := bytes.Clone(raw)
	tampered[len(tampered)-80] ^= 1 // inside the report: the statement signature no longer holds
	for _, tc := range []struct {
		name string
		ext  func() []pkix.Extension
		want error
	}{
		{"no extension", func() []pkix.Extension { return nil }, ErrNoAttestation},
		{"binding for another key", func() []pkix.Extension {
			return ext(t, raw, sign(t, e.Keys(), BindingDigest(otherSPKI, raw)))
		}, ErrBadAttestation},
		{"binding by another wallet", func() []pkix.Extension {
			return ext(t, raw, sign(t, other.Keys(), BindingDigest(spki, raw)))
		}, ErrBadAttestation},
		{"statement altered", func() []pkix.Extension { return ext(t, tampered, goodBinding) }, ErrBadAttestation},
		{"garbage value", func() []pkix.Extension { return []pkix.Extension{{Id: ExtensionOID, Value: []byte{0x30, 0x01}}} }, ErrBadAttestation},
		{"good", func() []pkix.Extension { return ext(t, raw, goodBinding) }, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			leaf := certWith(t, key, tc.ext())
			_, err := VerifyCertificate(leaf)
			if !errors.Is(err, tc.want) || (tc.want == nil && err != nil) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func sign(t *testing.T, w Wallet, d [32]byte) []byte {
	t.Helper()
	s, err := w.SignHash(d[:])
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func ext(t *testing.T, statement, binding []byte) []pkix.Extension {
	t.Helper()
	v, err := MarshalExtension(statement, binding)
	if err != nil {
		t.Fatal(err)
	}
	return []pkix.Extension{{Id: ExtensionOID, Value: v}}
}

func certWith(t *testing.T, key *ecdsa.PrivateKey, exts []pkix.Extension) *x509.Certificate {
	t.Helper()
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), NotBefore: time.Now().Add(-time.Minute), NotAfter: time.Now().Add(time.Hour),
		ExtraExtensions: exts, IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestParseExtensionRoundTrip(t *testing.T) {
	st, sig := bytes.Repeat([]byte{1}, 300), bytes.Repeat([]byte{2}, enclave.SignatureLen)
	v, err := MarshalExtension(st, sig)
	if err != nil {
		t.Fatal(err)
	}
	gotSt, gotSig, err := ParseExtension(v)
	if err != nil || !bytes.Equal(gotSt, st) || !bytes.Equal(gotSig, sig) {
		t.Fatalf("round trip: %v", err)
	}
	for _, bad := range [][]byte{nil, append(bytes.Clone(v), 0), v[:len(v)-1]} {
		if _, _, err := ParseExtension(bad); !errors.Is(err, ErrBadAttestation) {
			t.Errorf("ParseExtension(%x...) = %v, want ErrBadAttestation", bad[:min(len(bad), 8)], err)
		}
	}
}

func TestCSRAndCertFile(t *testing.T) {
	caCert, caKey, _, _ := testCA(t)
	e, _, dir := testEnclave(t, time.Hour)
	key, err := LoadOrCreateKey(dir, e)
	if err != nil {
		t.Fatal(err)
	}
	der, err := CreateCSR(key, []string{"api.node.example", "127.0.0.1"})
	if err != nil {
		t.Fatal(err)
	}
	csr, err := x509.ParseCertificateRequest(der)
	if err != nil {
		t.Fatal(err)
	}
	if err := csr.CheckSignature(); err != nil {
		t.Fatal(err)
	}
	issue := func(pub any) string {
		tmpl := &x509.Certificate{SerialNumber: big.NewInt(9), NotBefore: time.Now().Add(-time.Minute), NotAfter: time.Now().Add(time.Hour),
			DNSNames: csr.DNSNames, IPAddresses: csr.IPAddresses, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
		c, err := x509.CreateCertificate(rand.Reader, tmpl, caCert, pub, caKey)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(t.TempDir(), "chain.pem")
		b := append(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c}), pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caCert.Raw})...)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := issue(csr.PublicKey)
	cf, err := NewCertFile(good, key)
	if err != nil {
		t.Fatal(err)
	}
	c, err := cf.GetCertificate(&tls.ClientHelloInfo{})
	if err != nil || len(c.Certificate) != 2 {
		t.Fatalf("chain: %v", err)
	}
	roots := x509.NewCertPool()
	roots.AddCert(caCert)
	if _, err := c.Leaf.Verify(x509.VerifyOptions{DNSName: "api.node.example", Roots: roots}); err != nil {
		t.Fatal(err)
	}
	if _, err := NewCertFile(issue(&caKey.PublicKey), key); !errors.Is(err, ErrKeyMismatch) {
		t.Fatalf("chain for another key: %v, want ErrKeyMismatch", err)
	}
}

func TestParseMode(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Mode
		ok   bool
	}{{"", ModeSelf, true}, {"self", ModeSelf, true}, {"acme", ModeACME, true}, {"csr", ModeCSR, true}, {"off", ModeOff, true}, {"on", "", false}, {"SELF", "", false}} {
		got, err := ParseMode(tc.in)
		if got != tc.want || (err == nil) != tc.ok {
			t.Errorf("ParseMode(%q) = %q, %v", tc.in, got, err)
		}
	}
}

// An attestation-aware client connects to a self-signed node certificate
// with no CA at all, learns the statement, and refuses when accept does,
// or when roots are given that the certificate does not chain to.
func TestAttestedClientConfig(t *testing.T) {
	e, iss, dir := testEnclave(t, time.Hour)
	key, err := LoadOrCreateKey(dir, e)
	if err != nil {
		t.Fatal(err)
	}
	si, err := NewSelfIssuer(SelfConfig{Key: key, Statements: iss, Wallet: e.Keys()})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := tls.Listen("tcp", "127.0.0.1:0", ServerConfig(si.GetCertificate))
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				_ = c.(*tls.Conn).Handshake()
			}()
		}
	}()
	refuse := errors.New("not on my list")
	for _, tc := range []struct {
		name   string
		roots  *x509.CertPool
		accept func(*enclave.Statement) error
		ok     bool
	}{
		{"no CA, accepted", nil, func(*enclave.Statement) error { return nil }, true},
		{"no CA, refused by policy", nil, func(*enclave.Statement) error { return refuse }, false},
		{"roots it does not chain to", x509.NewCertPool(), nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, last := AttestedClientConfig(tc.roots, tc.accept)
			cfg.ServerName = "127.0.0.1"
			d := &net.Dialer{Timeout: 10 * time.Second}
			c, err := tls.DialWithDialer(d, "tcp", ln.Addr().String(), cfg)
			if (err == nil) != tc.ok {
				t.Fatalf("dial: %v, want ok=%v", err, tc.ok)
			}
			if err != nil {
				return
			}
			defer c.Close()
			if st := last(); st == nil || st.Wallet != e.Keys().Address() {
				t.Fatalf("statement %v, want wallet %s", st, e.Keys().Address())
			}
		})
	}
}
