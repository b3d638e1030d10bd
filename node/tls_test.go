package node

import (
	"context"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"io"
	"log"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/enclave/sim"
	"github.com/cifer-network/cifer/enclave/tlskey"
)

func TestValidateTLS(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*HTTPConfig)
		want string // "" means valid
	}{
		{"default is self", func(h *HTTPConfig) {}, ""},
		{"empty mode is self", func(h *HTTPConfig) { h.TLS = "" }, ""},
		{"off on loopback", func(h *HTTPConfig) { h.TLS, h.API, h.Metrics = "off", "127.0.0.1:0", "[::1]:0" }, ""},
		{"off on localhost", func(h *HTTPConfig) { h.TLS, h.API = "off", "localhost:8080" }, ""},
		{"off on 0.0.0.0", func(h *HTTPConfig) { h.TLS, h.API = "off", "0.0.0.0:0" }, "http.tls is off but http.api"},
		{"off on a LAN address", func(h *HTTPConfig) { h.TLS, h.API = "off", "192.0.2.7:443" }, "not a loopback address"},
		{"off, metrics on every interface", func(h *HTTPConfig) { h.TLS, h.Metrics = "off", ":9100" }, "http.metrics"},
		{"self on 0.0.0.0", func(h *HTTPConfig) { h.API, h.Metrics = "0.0.0.0:443", "0.0.0.0:9100" }, ""},
		{"unknown mode", func(h *HTTPConfig) { h.TLS = "on" }, "want self, acme, csr or off"},
		{"ca cert without key", func(h *HTTPConfig) { h.TLSCACertFile = "ca.pem" }, "go together"},
		{"ca for csr mode", func(h *HTTPConfig) {
			h.TLS, h.TLSCertFile, h.TLSCACertFile, h.TLSCAKeyFile = "csr", "c.pem", "ca.pem", "ca.key"
		}, "is for tls = self"},
		{"csr without a chain", func(h *HTTPConfig) { h.TLS = "csr" }, "tls-cert-file"},
		{"acme without a directory", func(h *HTTPConfig) { h.TLS, h.TLSNames = "acme", []string{"n.example"} }, "acme-directory-url"},
		{"acme without names", func(h *HTTPConfig) { h.TLS, h.ACMEDirectoryURL = "acme", "https://127.0.0.1:14000/dir" }, "tls-names"},
		{"acme without an api listener", func(h *HTTPConfig) {
			h.TLS, h.API, h.ACMEDirectoryURL, h.TLSNames = "acme", "", "https://127.0.0.1:14000/dir", []string{"n.example"}
		}, "needs http.api"},
		{"acme", func(h *HTTPConfig) {
			h.TLS, h.ACMEDirectoryURL, h.TLSNames = "acme", "https://127.0.0.1:14000/dir", []string{"n.example"}
		}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultConfig(t.TempDir())
			tc.edit(&cfg.HTTP)
			err := cfg.Validate()
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("valid config refused: %v", err)
			case tc.want != "" && (err == nil || !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("got %v, want an ErrConfig naming %q", err, tc.want)
			}
		})
	}
}

func TestIsLoopbackAddr(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:0": true, "127.3.4.5:80": true, "[::1]:443": true, "localhost:1": true,
		"0.0.0.0:0": false, ":8080": false, "[::]:0": false, "10.0.0.1:80": false, "example.com:443": false, "junk": false,
	} {
		if got := IsLoopbackAddr(addr); got != want {
			t.Errorf("IsLoopbackAddr(%q) = %v, want %v", addr, got, want)
		}
	}
}

// simConfig is a node config whose sim enclave opens in a temp dir.
func simConfig(t *testing.T) Config {
	t.Helper()
	cfg := DefaultConfig(t.TempDir())
	cfg.Enclave.SimPlatformKeyFile = filepath.Join(t.TempDir(), "platform.key")
	if _, err := sim.GeneratePlatformKey(cfg.Enclave.SimPlatformKeyFile); err != nil {
		t.Fatal(err)
	}
	return cfg
}

// serveOnce serves a TLS listener with tc and returns its address.
func serveOnce(t *testing.T, tc *tls.Config) string {
	t.Helper()
	ln, err := tls.Listen("tcp", "127.0.0.1:0", tc)
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, "ok") }), ReadHeaderTimeout: 5 * time.Second,
		ErrorLog: log.New(io.Discard, "", 0)}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

func get(t *testing.T, roots *x509.CertPool, url string) (*http.Response, error) {
	t.Helper()
	hc := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: roots}}}
	resp, err := hc.Get(url)
	if err == nil {
		resp.Body.Close()
	}
	return resp, err
}

// csr mode: the request 'cifer node tls-csr' writes is for the enclave key;
// a chain a CA issued for it is served, one for another key is refused at
// start with an error that says what to do.
func TestCSRMode(t *testing.T) {
	cfg := simConfig(t)
	log := slog.New(slog.DiscardHandler)
	pemCSR, err := TLSCSR(cfg, []string{"localhost", "127.0.0.1"}, log)
	if err != nil {
		t.Fatal(err)
	}
	blk, _ := pem.Decode(pemCSR)
	if blk == nil || blk.Type != "CERTIFICATE REQUEST" {
		t.Fatalf("not a PEM request:\n%s", pemCSR)
	}
	csr, err := x509.ParseCertificateRequest(blk.Bytes)
	if err != nil || csr.CheckSignature() != nil {
		t.Fatalf("request: %v", err)
	}
	caDir := t.TempDir()
	caFile, caKeyFile := filepath.Join(caDir, "ca.pem"), filepath.Join(caDir, "ca-key.pem")
	if err := tlskey.NewDevCA(caFile, caKeyFile, "operator ca", time.Hour); err != nil {
		t.Fatal(err)
	}
	caCert, caKey, err := tlskey.LoadCA(caFile, caKeyFile)
	if err != nil {
		t.Fatal(err)
	}
	issue := func(pub any) string {
		tmpl := &x509.Certificate{SerialNumber: big.NewInt(2), NotBefore: time.Now().Add(-time.Minute), NotAfter: time.Now().Add(time.Hour),
			DNSNames: csr.DNSNames, IPAddresses: csr.IPAddresses, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, caCert, pub, caKey)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(t.TempDir(), "chain.pem")
		if err := os.WriteFile(p, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	e, err := OpenEnclave(cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()

	cfg.HTTP.TLS = "csr"
	cfg.HTTP.TLSCertFile = issue(caKey.Public())
	if _, err := buildAPITLS(context.Background(), cfg, e, e.Keys(), nil, log); !errors.Is(err, tlskey.ErrKeyMismatch) || !strings.Contains(err.Error(), "cifer node tls-csr") {
		t.Fatalf("chain for another key: %v", err)
	}
	cfg.HTTP.TLSCertFile = issue(csr.PublicKey)
	at, err := buildAPITLS(context.Background(), cfg, e, e.Keys(), nil, log)
	if err != nil {
		t.Fatal(err)
	}
	roots := x509.NewCertPool()
	roots.AddCert(caCert)
	addr := serveOnce(t, at.config)
	if _, err := get(t, roots, "https://"+addr+"/"); err != nil {
		t.Fatalf("client trusting the CA: %v", err)
	}
	if _, err := get(t, x509.NewCertPool(), "https://"+addr+"/"); err == nil {
		t.Fatal("a client trusting nothing connected")
	}
}

// self mode in the node: the certificate carries this node's statement,
// issued by the configured CA, and a client trusting the CA connects over
// TLS 1.3.
func TestSelfModeWithCA(t *testing.T) {
	cfg := simConfig(t)
	log := slog.New(slog.DiscardHandler)
	caDir := t.TempDir()
	cfg.HTTP.TLSCACertFile, cfg.HTTP.TLSCAKeyFile = filepath.Join(caDir, "ca.pem"), filepath.Join(caDir, "ca-key.pem")
	if err := tlskey.NewDevCA(cfg.HTTP.TLSCACertFile, cfg.HTTP.TLSCAKeyFile, "testnet ca", time.Hour); err != nil {
		t.Fatal(err)
	}
	e, err := OpenEnclave(cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	iss := &enclave.Issuer{Enclave: e, PeerID: peer.ID("p"), Network: cfg.Network, HomeChainID: 1, Lifetime: time.Hour}
	at, err := buildAPITLS(context.Background(), cfg, e, e.Keys(), iss, log)
	if err != nil {
		t.Fatal(err)
	}
	roots, err := tlskey.CertPool(cfg.HTTP.TLSCACertFile)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := get(t, roots, "https://"+serveOnce(t, at.config)+"/")
	if err != nil {
		t.Fatal(err)
	}
	if resp.TLS.Version != tls.VersionTLS13 {
		t.Fatalf("negotiated %s, want TLS 1.3", tls.VersionName(resp.TLS.Version))
	}
	st, err := tlskey.VerifyCertificate(resp.TLS.PeerCertificates[0])
	if err != nil {
		t.Fatal(err)
	}
	if st.Wallet != e.Keys().Address() {
		t.Fatalf("certificate attests wallet %s, want %s", st.Wallet, e.Keys().Address())
	}
}
