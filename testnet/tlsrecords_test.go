package testnet_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/cifer-network/cifer/enclave/tlskey"
	"github.com/cifer-network/cifer/testnet"
)

// recordingProxy forwards TCP connections from a 127.0.0.1 port to target
// and keeps every byte of every connection, each direction apart.
type recordingProxy struct {
	ln     net.Listener
	target string
	wg     sync.WaitGroup

	mu    sync.Mutex
	conns []*recorded
}

type recorded struct {
	mu       sync.Mutex
	toServer bytes.Buffer
	toClient bytes.Buffer
}

type lockedWriter struct {
	mu *sync.Mutex
	b  *bytes.Buffer
}

func (w lockedWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

func startRecordingProxy(t *testing.T, target string) *recordingProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &recordingProxy{ln: ln, target: target}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			p.wg.Add(1)
			go func() {
				defer p.wg.Done()
				p.forward(c)
			}()
		}
	}()
	t.Cleanup(func() { p.ln.Close() })
	return p
}

func (p *recordingProxy) forward(c net.Conn) {
	defer c.Close()
	s, err := net.DialTimeout("tcp", p.target, 10*time.Second)
	if err != nil {
		return
	}
	defer s.Close()
	r := &recorded{}
	p.mu.Lock()
	p.conns = append(p.conns, r)
	p.mu.Unlock()
	done := make(chan struct{}, 2)
	pipe := func(dst, src net.Conn, rec *bytes.Buffer) {
		_, _ = io.Copy(io.MultiWriter(dst, lockedWriter{&r.mu, rec}), src)
		// Half-close so the other side sees EOF, as it would without us.
		if tc, ok := dst.(*net.TCPConn); ok {
			_ = tc.CloseWrite()
		}
		done <- struct{}{}
	}
	go pipe(s, c, &r.toServer)
	go pipe(c, s, &r.toClient)
	<-done
	<-done
}

// close stops accepting and waits, up to the deadline of ctx, for every
// connection to end.
func (p *recordingProxy) close(ctx context.Context) error {
	p.ln.Close()
	ended := make(chan struct{})
	go func() { p.wg.Wait(); close(ended) }()
	select {
	case <-ended:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("proxied connections still open: %w", ctx.Err())
	}
}

// checkTLSRecords parses b as a sequence of TLS records and fails on
// anything else: a content type outside 20..23, a version other than
// 0x0301 or 0x0303, a length over 2^14+256, or bytes left over.
func checkTLSRecords(b []byte) (records int, err error) {
	const maxLen = 1<<14 + 256
	for off := 0; off < len(b); records++ {
		if len(b)-off < 5 {
			return records, fmt.Errorf("%d trailing bytes after record %d", len(b)-off, records)
		}
		typ, ver, n := b[off], binary.BigEndian.Uint16(b[off+1:]), int(binary.BigEndian.Uint16(b[off+3:]))
		switch {
		case typ < 20 || typ > 23:
			return records, fmt.Errorf("record %d at %d: content type %d", records, off, typ)
		case ver != 0x0301 && ver != 0x0303:
			return records, fmt.Errorf("record %d at %d: version %#04x", records, off, ver)
		case n > maxLen:
			return records, fmt.Errorf("record %d at %d: length %d", records, off, n)
		case off+5+n > len(b):
			return records, fmt.Errorf("record %d at %d: truncated (%d of %d bytes)", records, off, len(b)-off-5, n)
		}
		off += 5 + n
	}
	return records, nil
}

// checkTLSRecordsOnly sends /encrypt-payload and /decrypt-payload with a
// distinctive plaintext through a proxy that records every byte, and
// checks that the wire carried TLS records and nothing else, with the
// plaintext in none of its forms anywhere.
func checkTLSRecordsOnly(t *testing.T, h *httpEnv, st *testnet.State, owner *ecdsa.PrivateKey, secretID uint64) {
	u, err := url.Parse(h.base)
	if err != nil {
		t.Fatal(err)
	}
	if u.Scheme != "https" {
		t.Fatalf("API URL %s is not https", h.base)
	}
	proxy := startRecordingProxy(t, u.Host)
	tc, err := st.TLSConfig()
	if err != nil {
		t.Fatal(err)
	}
	hc := &http.Client{Timeout: time.Minute, Transport: &http.Transport{TLSClientConfig: tc, DisableKeepAlives: true}}
	via := &httpEnv{t: t, ctx: h.ctx, base: "https://" + proxy.ln.Addr().String(), chainID: h.chainID, eth: h.eth, hc: hc}

	random := make([]byte, 32)
	if _, err := rand.Read(random); err != nil {
		t.Fatal(err)
	}
	plaintext := "cifer-tls-probe:" + hex.EncodeToString(random)

	data, sig := via.signed(owner, st.ChainID, secretID, via.head(), plaintext)
	code, out := via.post("/encrypt-payload", map[string]string{"data": data, "signature": sig})
	if code != 200 {
		t.Fatalf("encrypt-payload through the proxy: %d %v", code, out)
	}
	data, sig = via.signed(owner, st.ChainID, secretID, via.head(), fmt.Sprint(out["encryptedMessage"]))
	code, out = via.post("/decrypt-payload", map[string]string{"data": data, "signature": sig, "cifer": fmt.Sprint(out["cifer"])})
	if code != 200 || out["decryptedMessage"] != plaintext {
		t.Fatalf("decrypt-payload through the proxy: %d %v", code, out)
	}
	hc.CloseIdleConnections()
	ctx, cancel := context.WithTimeout(h.ctx, 30*time.Second)
	defer cancel()
	if err := proxy.close(ctx); err != nil {
		t.Fatal(err)
	}

	forms := map[string][]byte{
		"plaintext":               []byte(plaintext),
		"random bytes":            random,
		"random hex":              []byte(hex.EncodeToString(random)),
		"plaintext hex":           []byte(hex.EncodeToString([]byte(plaintext))),
		"plaintext base64":        []byte(base64.StdEncoding.EncodeToString([]byte(plaintext))),
		"plaintext base64url":     []byte(base64.RawURLEncoding.EncodeToString([]byte(plaintext))),
		"random base64":           []byte(base64.StdEncoding.EncodeToString(random)),
		"plaintext in JSON":       mustJSON(t, plaintext),
		"half of the random hex":  []byte(hex.EncodeToString(random[:16])),
		"other half (random hex)": []byte(hex.EncodeToString(random[16:])),
	}
	proxy.mu.Lock()
	defer proxy.mu.Unlock()
	if len(proxy.conns) < 2 {
		t.Fatalf("the proxy saw %d connections, want one per request", len(proxy.conns))
	}
	total := 0
	for i, c := range proxy.conns {
		for dir, b := range map[string][]byte{"client to node": c.toServer.Bytes(), "node to client": c.toClient.Bytes()} {
			n, err := checkTLSRecords(b)
			if err != nil {
				t.Errorf("connection %d, %s: not only TLS records: %v", i, dir, err)
			}
			if n == 0 {
				t.Errorf("connection %d, %s: no records", i, dir)
			}
			total += len(b)
			for name, f := range forms {
				if bytes.Contains(b, f) {
					t.Errorf("connection %d, %s: the %s appears on the wire", i, dir, name)
				}
			}
		}
	}
	t.Logf("%d connections, %d bytes recorded, all TLS records, plaintext in none of %d forms", len(proxy.conns), total, len(forms))
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestCheckTLSRecords(t *testing.T) {
	rec := func(typ byte, ver uint16, body []byte) []byte {
		return append([]byte{typ, byte(ver >> 8), byte(ver), byte(len(body) >> 8), byte(len(body))}, body...)
	}
	for _, tc := range []struct {
		name string
		b    []byte
		ok   bool
	}{
		{"handshake then data", append(rec(22, 0x0301, []byte("hello")), rec(23, 0x0303, make([]byte, 100))...), true},
		{"plain HTTP", []byte("POST /decrypt-payload HTTP/1.1\r\n"), false},
		{"trailing garbage", append(rec(23, 0x0303, []byte("x")), 'G'), false},
		{"truncated", rec(23, 0x0303, make([]byte, 10))[:12], false},
		{"bad version", rec(23, 0x0302, nil), false},
		{"oversized", rec(23, 0x0303, make([]byte, 1<<14+257)), false},
	} {
		if _, err := checkTLSRecords(tc.b); (err == nil) != tc.ok {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
}

// A client that trusts only the testnet CA refuses a node certificate
// for another CA, and the node's certificate verifies as attested.
func checkAttestedCertificate(t *testing.T, st *testnet.State, apiURL string) {
	tc, err := st.TLSConfig()
	if err != nil {
		t.Fatal(err)
	}
	hc := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{TLSClientConfig: tc}}
	defer hc.CloseIdleConnections()
	resp, err := hc.Get(apiURL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.TLS == nil || len(resp.TLS.PeerCertificates) == 0 {
		t.Fatal("no TLS on the API")
	}
	stmt, err := tlskey.VerifyCertificate(resp.TLS.PeerCertificates[0])
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, n := range st.Nodes {
		if n.APIURL == apiURL && n.Identity.EnclaveWallet == stmt.Wallet {
			found = true
		}
	}
	if !found {
		t.Fatalf("the certificate attests wallet %s, not the enclave wallet of the node at %s", stmt.Wallet, apiURL)
	}
	plain := &http.Client{Timeout: 10 * time.Second}
	if resp, err := plain.Get(apiURL + "/healthz"); err == nil {
		resp.Body.Close()
		t.Fatal("a client without the testnet CA connected")
	}
}
