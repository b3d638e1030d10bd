package node

import (
	"context"
	"crypto/x509"
	"encoding/pem"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"log/slog"

	"github.com/letsencrypt/pebble/v2/ca"
	"github.com/letsencrypt/pebble/v2/db"
	"github.com/letsencrypt/pebble/v2/va"
	"github.com/letsencrypt/pebble/v2/wfe"

	"github.com/cifer-network/cifer/enclave/tlskey"
)

// pebbleServer is a real ACME server (Let's Encrypt's pebble) run in this
// process on a 127.0.0.1 port. Its validation authority is made once the
// port it must validate on is known (the node's API listener).
type pebbleServer struct {
	srv     *httptest.Server
	handler atomic.Pointer[http.Handler]
	ca      *ca.CAImpl
}

func startPebble(t *testing.T) *pebbleServer {
	t.Helper()
	p := &pebbleServer{}
	p.srv = httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := p.handler.Load()
		if h == nil {
			http.Error(w, "pebble not ready", http.StatusServiceUnavailable)
			return
		}
		(*h).ServeHTTP(w, r)
	}))
	t.Cleanup(p.srv.Close)
	return p
}

// validateOn wires pebble's CA, VA and front end, the VA answering
// tls-alpn-01 on tlsPort (as pebble's own main does from its config).
func (p *pebbleServer) validateOn(t *testing.T, tlsPort int) {
	t.Helper()
	t.Setenv("PEBBLE_VA_NOSLEEP", "1")
	lg := log.New(testLogWriter{t}, "pebble ", 0)
	store := db.NewMemoryStore()
	p.ca = ca.New(lg, store, "", "ecdsa", 0, 1, map[string]ca.Profile{"default": {Description: "default"}})
	v := va.New(lg, 0, tlsPort, false, "", store)
	front := wfe.New(lg, store, v, p.ca, []string{"pebble.letsencrypt.org"}, false, false, 0, 0)
	h := front.Handler()
	p.handler.Store(&h)
}

// The caFile an ACME client needs to trust pebble's own HTTPS.
func (p *pebbleServer) caFile(t *testing.T) string {
	t.Helper()
	f := filepath.Join(t.TempDir(), "pebble-https.pem")
	b := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: p.srv.Certificate().Raw})
	if err := os.WriteFile(f, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return f
}

// acme mode against a real ACME server: the node's enclave key gets a
// certificate through tls-alpn-01 answered on the API listener itself;
// what the listener then serves chains to pebble's issuing root and is
// for the enclave key; the TLS key and the account key exist on disk
// only sealed.
func TestACMEModeWithPebble(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	peb := startPebble(t)
	cfg := simConfig(t)
	cfg.HTTP.TLS = "acme"
	cfg.HTTP.ACMEDirectoryURL = peb.srv.URL + wfe.DirectoryPath
	cfg.HTTP.ACMECAFile = peb.caFile(t)
	cfg.HTTP.ACMEEmail = "ops@example.org"
	cfg.HTTP.TLSNames = []string{"127.0.0.1"}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	lg := slog.New(slog.NewTextHandler(testLogWriter{t}, nil))
	e, err := OpenEnclave(cfg, lg)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	at, err := buildAPITLS(context.Background(), cfg, e, e.Keys(), nil, lg)
	if err != nil {
		t.Fatal(err)
	}
	if at.acme == nil {
		t.Fatal("acme mode without an order to run")
	}
	addr := serveOnce(t, at.config)
	_, portStr, _ := net.SplitHostPort(addr)
	port, _ := strconv.Atoi(portStr)
	peb.validateOn(t, port)

	// Before the order completes, handshakes fail with a clear error.
	if _, err := get(t, x509.NewCertPool(), "https://"+addr+"/"); err == nil {
		t.Fatal("served before any certificate was obtained")
	}
	runCtx, stop := context.WithCancel(ctx)
	runDone := make(chan error, 1)
	go func() { runDone <- at.acme.Run(runCtx) }()
	select {
	case <-at.acme.Ready():
	case <-ctx.Done():
		t.Fatal("no certificate from pebble in time")
	}
	stop()
	if err := <-runDone; err != nil {
		t.Fatal(err)
	}

	roots := x509.NewCertPool()
	if !roots.AppendCertsFromPEM(peb.ca.GetRootCert(0).PEM()) {
		t.Fatal("pebble root")
	}
	resp, err := get(t, roots, "https://"+addr+"/")
	if err != nil {
		t.Fatalf("client trusting pebble's root: %v", err)
	}
	leaf := resp.TLS.PeerCertificates[0]
	key, err := tlskey.LoadKey(filepath.Join(cfg.DataDir, EnclaveDir), e)
	if err != nil {
		t.Fatal(err)
	}
	if !key.PublicKey.Equal(leaf.PublicKey) {
		t.Fatal("the served certificate is not for the enclave's key")
	}
	inter := x509.NewCertPool()
	for _, c := range resp.TLS.PeerCertificates[1:] {
		inter.AddCert(c)
	}
	if _, err := leaf.Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter}); err != nil {
		t.Fatalf("served chain does not reach pebble's root: %v", err)
	}
	for _, f := range []string{tlskey.KeyFile, tlskey.ACMEAccountFile} {
		b, err := os.ReadFile(filepath.Join(cfg.DataDir, EnclaveDir, f))
		if err != nil {
			t.Fatal(err)
		}
		assertNotPlainKey(t, f, b, key)
	}
}

// assertNotPlainKey fails when b parses as a PEM or DER key or holds the
// TLS key's private scalar.
func assertNotPlainKey(t *testing.T, name string, b []byte, k interface{ Bytes() ([]byte, error) }) {
	t.Helper()
	if blk, _ := pem.Decode(b); blk != nil {
		t.Fatalf("%s is PEM (%s)", name, blk.Type)
	}
	if _, err := x509.ParsePKCS8PrivateKey(b); err == nil {
		t.Fatalf("%s parses as PKCS#8", name)
	}
	if _, err := x509.ParseECPrivateKey(b); err == nil {
		t.Fatalf("%s parses as SEC 1", name)
	}
	raw, err := k.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if len(raw) > 0 && containsBytes(b, raw) {
		t.Fatalf("%s holds the private scalar in plain", name)
	}
}

func containsBytes(b, sub []byte) bool {
	for i := 0; i+len(sub) <= len(b); i++ {
		if string(b[i:i+len(sub)]) == string(sub) {
			return true
		}
	}
	return false
}

// testLogWriter sends log lines to t.Log.
type testLogWriter struct{ t *testing.T }

func (w testLogWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}
