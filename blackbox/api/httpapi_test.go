package api

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/blackbox/blackboxtest"
	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/request"
	"github.com/cifer-network/cifer/wire"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// memKeys rebuilds keys from shares held by an in-memory cluster, through
// the real blackbox.Gatherer.
type memKeys struct {
	dealt   *custody.Dealt
	cluster *blackboxtest.MemCluster
	cs      []blackbox.Custodian
}

func (m *memKeys) PublicKey(_ context.Context, _, id uint64) (*envelope.PublicKey, error) {
	if id != 1 {
		return nil, chain.ErrSecretNotFound
	}
	return m.dealt.PublicKey, nil
}

func (m *memKeys) Decrypt(ctx context.Context, signed custody.FetchRequest, b envelope.Binding, c, msg []byte) ([]byte, error) {
	g := &blackbox.Gatherer{Source: m.cluster}
	sk, err := g.Rebuild(ctx, m.dealt.Record, m.cs, signed)
	if err != nil {
		return nil, err
	}
	defer sk.Zero()
	return envelope.Open(sk, b, c, msg)
}

type apiFixture struct {
	srv      *httptest.Server
	chain    *blackboxtest.ChainStub
	keys     *memKeys
	owner    *ecdsa.PrivateKey
	stranger *ecdsa.PrivateKey
}

func newAPIFixture(t *testing.T) *apiFixture {
	t.Helper()
	d, cs, m, _ := blackboxtest.DealtCluster(t)
	f := &apiFixture{keys: &memKeys{dealt: d, cluster: m, cs: cs}}
	f.owner, _ = crypto.GenerateKey()
	f.stranger, _ = crypto.GenerateKey()
	f.chain = &blackboxtest.ChainStub{Head: 10_000, Secrets: map[uint64]chain.SecretState{
		1: {Owner: crypto.PubkeyToAddress(f.owner.PublicKey), SecretType: 1},
		2: {Owner: crypto.PubkeyToAddress(f.owner.PublicKey), SecretType: 1, IsSyncing: true},
		3: {Owner: crypto.PubkeyToAddress(f.owner.PublicKey), SecretType: 2},
	}}
	api := &API{Check: request.NewChecker(f.chain, request.NewReplayGuard(time.Hour), request.NewRateLimiter(1000, 1000)), Keys: f.keys,
		Health: func(context.Context) Health {
			return Health{EnclaveWalletAddress: "0xabc", SupportedChains: []uint64{84532},
				Configurations: HealthConfigurations{Chains: []HealthChain{{ChainID: 84532, RPCURL: "http://127.0.0.1:8545", SecretsControllerAddress: "0x01"}}}}
		}}
	f.srv = httptest.NewServer(api.Handler())
	t.Cleanup(f.srv.Close)
	return f
}

func (f *apiFixture) sign(t *testing.T, k *ecdsa.PrivateKey, secret, block uint64, tail ...string) (string, string) {
	t.Helper()
	return blackboxtest.Sign(t, k, secret, block, tail...)
}

func (f *apiFixture) post(t *testing.T, path string, body any) (int, map[string]any) {
	t.Helper()
	return blackboxtest.PostJSON(t, f.srv.URL+path, body)
}

func TestAPIEncryptDecryptRoundTrip(t *testing.T) {
	f := newAPIFixture(t)
	for _, format := range []string{"hex", "base64"} {
		data, sig := f.sign(t, f.owner, 1, 9_999, "hello_with_underscores ✓")
		code, out := f.post(t, "/encrypt-payload", map[string]any{"data": data, "signature": sig, "outputFormat": format})
		if code != 200 || out["success"] != true {
			t.Fatalf("encrypt: %d %v", code, out)
		}
		c, err := decodeBytes(out["cifer"].(string), format, "cifer")
		if err != nil || len(c) != envelope.CiferSize {
			t.Fatalf("cifer is %d bytes (%v), want 1104", len(c), err)
		}
		if format == "hex" && !strings.HasPrefix(out["cifer"].(string), "0x") {
			t.Fatal("hex output without 0x")
		}
		ddata, dsig := f.sign(t, f.owner, 1, 9_998, out["encryptedMessage"].(string))
		code, out = f.post(t, "/decrypt-payload", map[string]any{"cifer": out["cifer"], "data": ddata, "signature": dsig, "inputFormat": format})
		if code != 200 || out["decryptedMessage"] != "hello_with_underscores ✓" {
			t.Fatalf("decrypt (%s): %d %v", format, code, out)
		}
	}
}

func TestAPIErrors(t *testing.T) {
	f := newAPIFixture(t)
	pk := f.keys.dealt.PublicKey
	c, msg, err := envelope.Seal(pk, envelope.Binding{ChainID: 84532, SecretID: 1}, []byte("secret"))
	if err != nil {
		t.Fatal(err)
	}
	cHex, msgHex := "0x"+hex.EncodeToString(c), hex.EncodeToString(msg)
	decrypt := func(k *ecdsa.PrivateKey, secret, block uint64) map[string]any {
		data, sig := f.sign(t, k, secret, block, msgHex)
		return map[string]any{"cifer": cHex, "data": data, "signature": sig}
	}
	wrongSig := decrypt(f.owner, 1, 9_990)
	_, otherSig := f.sign(t, f.stranger, 1, 9_990, msgHex)
	wrongSig["signature"] = otherSig
	unknownChainData := "1_1_" + crypto.PubkeyToAddress(f.owner.PublicKey).Hex() + "_9990_" + msgHex
	unknownChainSig, _ := request.Sign(unknownChainData, func(h []byte) ([]byte, error) { return crypto.Sign(h, f.owner) })
	badHex := decrypt(f.owner, 1, 9_991)
	badHex["cifer"] = "0xzz"
	shortCifer := decrypt(f.owner, 1, 9_992)
	shortCifer["cifer"] = cHex[:100]
	// with signs a decrypt request over tail and sends cifer in format.
	with := func(block uint64, tail, cifer, format string) map[string]any {
		data, sig := f.sign(t, f.owner, 1, block, tail)
		return map[string]any{"cifer": cifer, "data": data, "signature": sig, "inputFormat": format}
	}
	c64, msg64 := base64.StdEncoding.EncodeToString(c), base64.StdEncoding.EncodeToString(msg)
	// A cifer of the right size that is not this message's: the KEM
	// decapsulates to another key (implicit rejection) and AES-GCM refuses.
	tampered := bytes.Clone(c)
	tampered[0] ^= 1
	encrypt := func(block uint64, plain string) map[string]any {
		data, sig := f.sign(t, f.owner, 1, block, plain)
		return map[string]any{"data": data, "signature": sig}
	}
	tests := []struct {
		name string
		path string
		body map[string]any
		code int
		text string
	}{
		{"stale block exact text", "/decrypt-payload", decrypt(f.owner, 1, 9_000), 400, "Block number 9000 is too old (current: 10000, max window: 300)"},
		{"future block exact text", "/decrypt-payload", decrypt(f.owner, 1, 10_006), 400, "Block number 10006 is in the future (current: 10000)"},
		{"unknown chain", "/decrypt-payload", map[string]any{"cifer": cHex, "data": unknownChainData, "signature": unknownChainSig}, 400, "Chain 1 is not supported"},
		{"bad format", "/decrypt-payload", map[string]any{"cifer": cHex, "data": "1_2", "signature": "0x00"}, 400, "invalid data format"},
		{"missing signature", "/decrypt-payload", map[string]any{"cifer": cHex, "data": "x"}, 400, "Missing required field(s): signature"},
		{"missing cifer", "/decrypt-payload", map[string]any{"data": "x", "signature": "y"}, 400, "Missing required field(s): cifer"},
		{"signer mismatch", "/decrypt-payload", wrongSig, 401, "signature does not match signer"},
		{"not owner", "/decrypt-payload", decrypt(f.stranger, 1, 9_993), 403, "not the secret owner or delegate"},
		{"syncing", "/decrypt-payload", decrypt(f.owner, 2, 9_994), 403, "syncing"},
		{"unknown secret", "/decrypt-payload", decrypt(f.owner, 7, 9_995), 404, "Secret not found"},
		{"bad hex", "/decrypt-payload", badHex, 400, "cifer is not valid hex"},
		{"short cifer", "/decrypt-payload", shortCifer, 400, "cifer must be exactly 1104 bytes"},
		{"bad input format", "/decrypt-payload", map[string]any{"cifer": cHex, "data": "x", "signature": "y", "inputFormat": "b58"}, 400, "inputFormat must be"},
		{"bad base64 cifer", "/decrypt-payload", with(9_980, msg64, "!!not base64!!", "base64"), 400, "cifer is not valid base64"},
		{"bad base64 message", "/decrypt-payload", with(9_981, "!!not base64!!", c64, "base64"), 400, "encryptedMessage is not valid base64"},
		{"hex input sent as base64", "/decrypt-payload", with(9_982, msgHex, cHex, "base64"), 400, "cifer is not valid base64"},
		{"secret type not 1", "/decrypt-payload", decrypt(f.owner, 3, 9_983), 403, "secret type does not allow decryption: type 2"},
		{"cifer does not open", "/decrypt-payload", with(9_984, msgHex, "0x"+hex.EncodeToString(tampered), "hex"), 500, "Decryption failed: " + envelope.ErrDecrypt.Error()},
		{"empty encryptedMessage", "/decrypt-payload", with(9_985, "0x", cHex, "hex"), 400, "encryptedMessage must be 1 to 16384 bytes, got 0"},
		{"encryptedMessage over 16 KiB", "/decrypt-payload", with(9_986, "0x"+strings.Repeat("ab", envelope.MaxPayloadSize+1), cHex, "hex"), 400,
			"encryptedMessage must be 1 to 16384 bytes, got 16385"},
		{"plaintext over 16 KiB", "/encrypt-payload", encrypt(9_987, strings.Repeat("p", envelope.MaxPayloadSize+1)), 400, "Plaintext exceeds 16384 bytes"},
		{"plaintext of 16 KiB is fine", "/encrypt-payload", encrypt(9_988, strings.Repeat("p", envelope.MaxPayloadSize)), 200, "<nil>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out := f.post(t, tc.path, tc.body)
			if code != tc.code || !strings.Contains(fmt.Sprint(out["error"]), tc.text) {
				t.Fatalf("got %d %v, want %d %q", code, out, tc.code, tc.text)
			}
		})
	}

	// Not enough shares: 503, and after custodians return, it works again.
	for _, c := range f.keys.cs[:3] {
		f.keys.cluster.SetDown(c.PeerID, true)
	}
	if code, out := f.post(t, "/decrypt-payload", decrypt(f.owner, 1, 9_996)); code != 503 {
		t.Fatalf("three custodians down: %d %v", code, out)
	}
	for _, c := range f.keys.cs[:3] {
		f.keys.cluster.SetDown(c.PeerID, false)
	}
	body := decrypt(f.owner, 1, 9_997)
	if code, out := f.post(t, "/decrypt-payload", body); code != 200 || out["decryptedMessage"] != "secret" {
		t.Fatalf("after restart: %d %v", code, out)
	}
	// Identical retries are served again by this Black Box (COMPAT.md),
	// up to the replay guard's bound; the one after is refused.
	for i := 1; i < request.DefaultMaxUses; i++ {
		if code, out := f.post(t, "/decrypt-payload", body); code != 200 || out["decryptedMessage"] != "secret" {
			t.Fatalf("identical retry %d: %d %v", i, code, out)
		}
	}
	if code, out := f.post(t, "/decrypt-payload", body); code != 400 || !strings.Contains(fmt.Sprint(out["error"]), "already used") {
		t.Fatalf("replay past the bound: %d %v", code, out)
	}
}

func TestAPIPublicKeyHealthCORSLimits(t *testing.T) {
	f := newAPIFixture(t)
	data, sig := f.sign(t, f.stranger, 1, 9_999)
	code, out := f.post(t, "/secret-public-key", map[string]any{"data": data, "signature": sig})
	if code != 200 {
		t.Fatalf("public key: %d %v", code, out)
	}
	raw, err := base64.StdEncoding.DecodeString(out["publicKey"].(string))
	if err != nil || !bytes.Equal(raw, f.keys.dealt.PublicKey.Bytes()) || len(raw) != 1184 {
		t.Fatalf("public key bytes: %v", err)
	}
	data, sig = f.sign(t, f.owner, 2, 9_999)
	if code, _ := f.post(t, "/secret-public-key", map[string]any{"data": data, "signature": sig}); code != 403 {
		t.Fatalf("syncing public key: %d", code)
	}
	data, sig = f.sign(t, f.owner, 5, 9_999)
	if code, _ := f.post(t, "/secret-public-key", map[string]any{"data": data, "signature": sig}); code != 404 {
		t.Fatalf("unknown public key: %d", code)
	}

	resp, err := http.Get(f.srv.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	healthRaw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var h Health
	_ = json.Unmarshal(healthRaw, &h)
	if h.Status != "ok" || h.EnclaveWalletAddress != "0xabc" || h.Configurations.Chains[0].RPCURL == "" {
		t.Fatalf("healthz: %+v", h)
	}
	// COMPAT.md: serverTime is a number, Unix milliseconds (clients compare
	// it with their own clock); it was RFC 3339 text.
	var fields map[string]any
	if err := json.Unmarshal(healthRaw, &fields); err != nil {
		t.Fatal(err)
	}
	ms, ok := fields["serverTime"].(float64)
	if !ok || math.Abs(ms-float64(time.Now().UnixMilli())) > 60_000 {
		t.Fatalf("serverTime %v (%T), want Unix milliseconds near now", fields["serverTime"], fields["serverTime"])
	}

	req, _ := http.NewRequest(http.MethodOptions, f.srv.URL+"/decrypt-payload", nil)
	req.Header.Set("Origin", "https://app.example")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 204 || resp.Header.Get("Access-Control-Allow-Origin") != "*" {
		t.Fatalf("CORS preflight: %d %v", resp.StatusCode, resp.Header)
	}
	// A browser app must be able to read a download's file name, its size
	// and a 429's Retry-After from a cross-origin answer.
	req, _ = http.NewRequest(http.MethodPost, f.srv.URL+"/jobs/x/download", nil)
	req.Header.Set("Origin", "https://app.example")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	exposed := map[string]bool{}
	for _, h := range strings.Split(resp.Header.Get("Access-Control-Expose-Headers"), ",") {
		exposed[http.CanonicalHeaderKey(strings.TrimSpace(h))] = true
	}
	for _, h := range []string{"Content-Disposition", "Content-Length", "Retry-After"} {
		if !exposed[h] {
			t.Errorf("Access-Control-Expose-Headers %q lacks %s", resp.Header.Get("Access-Control-Expose-Headers"), h)
		}
	}
	if resp.Header.Get("Access-Control-Allow-Origin") != "*" {
		t.Fatalf("CORS on an answer: %v", resp.Header)
	}

	big := map[string]any{"data": strings.Repeat("a", 300<<10), "signature": "x"}
	if code, out := f.post(t, "/decrypt-payload", big); code != 413 {
		t.Fatalf("oversized body: %d %v", code, out)
	}
}

func TestAPIRateLimit(t *testing.T) {
	f := newAPIFixture(t)
	api := &API{Check: request.NewChecker(f.chain, nil, request.NewRateLimiter(0.001, 2)), Keys: f.keys}
	srv := httptest.NewServer(api.Handler())
	defer srv.Close()
	f.srv = srv
	var last int
	for i := 0; i < 3; i++ {
		data, sig := f.sign(t, f.owner, 1, 9_999-uint64(i))
		last, _ = f.post(t, "/secret-public-key", map[string]any{"data": data, "signature": sig})
	}
	if last != 429 {
		t.Fatalf("third request within the burst of 2: %d, want 429", last)
	}

	// The 429 is a JSON error naming the signer and when to retry, and the
	// wait is in Retry-After too.
	data, sig := f.sign(t, f.owner, 1, 9_990)
	b, _ := json.Marshal(map[string]any{"data": data, "signature": sig})
	resp, err := http.Post(srv.URL+"/secret-public-key", "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]string
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	wantPrefix := "rate limit exceeded for " + crypto.PubkeyToAddress(f.owner.PublicKey).Hex() + ": retry after "
	if resp.StatusCode != 429 || resp.Header.Get("Content-Type") != "application/json" || !strings.HasPrefix(out["error"], wantPrefix) || out["code"] != "rate_limited" || len(out) != 2 {
		t.Fatalf("429 answer: %d %v %v, want error starting %q", resp.StatusCode, resp.Header, out, wantPrefix)
	}
	if ra, err := strconv.Atoi(resp.Header.Get("Retry-After")); err != nil || ra < 1 {
		t.Fatalf("Retry-After %q", resp.Header.Get("Retry-After"))
	}

	// Another signer is not held back by this one.
	data, sig = f.sign(t, f.stranger, 1, 9_990)
	if code, out := f.post(t, "/secret-public-key", map[string]any{"data": data, "signature": sig}); code != 200 {
		t.Fatalf("other signer: %d %v", code, out)
	}
}

// fuzzRoutes are the endpoints FuzzAPIRequests posts to; {id} is filled
// from the fuzzed job ID.
var fuzzRoutes = []struct{ method, path string }{
	{http.MethodPost, "/decrypt-payload"},
	{http.MethodPost, "/encrypt-payload"},
	{http.MethodPost, "/secret-public-key"},
	{http.MethodPost, "/encrypt-file"},
	{http.MethodPost, "/decrypt-file"},
	{http.MethodPost, "/decrypt-existing-file"},
	{http.MethodGet, "/jobs/{id}/status"},
	{http.MethodPost, "/jobs/{id}/download"},
	{http.MethodPost, "/jobs/{id}/delete"},
	{http.MethodPost, "/jobs?includeExpired={id}"},
}

// FuzzAPIRequests sends arbitrary bodies, content types and job IDs to
// every endpoint, the file and jobs ones included: the API must answer a
// JSON error with a status, never panic, hang or accept an unsigned call.
func FuzzAPIRequests(f *testing.F) {
	const form = "multipart/form-data; boundary=B"
	multipartBody := func(fields ...string) []byte {
		var b strings.Builder
		for i := 0; i+1 < len(fields); i += 2 {
			if fields[i] == "file" {
				fmt.Fprintf(&b, "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n\r\n%s\r\n", fields[i+1])
				continue
			}
			fmt.Fprintf(&b, "--B\r\nContent-Disposition: form-data; name=%q\r\n\r\n%s\r\n", fields[i], fields[i+1])
		}
		b.WriteString("--B--\r\n")
		return []byte(b.String())
	}
	signer := "0x0000000000000000000000000000000000000001"
	f.Add(uint8(0), "", "application/json", []byte(`{"cifer":"0x00","data":"84532_1_`+signer+`_9999_00","signature":"0x00"}`))
	f.Add(uint8(1), "", "application/json", []byte(`{"data":"1_1_`+signer+`_1_x","signature":"","outputFormat":"base64"}`))
	f.Add(uint8(2), "", "application/json", []byte(`{`))
	f.Add(uint8(3), "", form, multipartBody("data", "84532_1_"+signer+"_9999", "signature", "0x00", "secretId", "1", "file", "hello"))
	f.Add(uint8(3), "", form, multipartBody("file", "hello", "data", "x"))
	f.Add(uint8(4), "", form, multipartBody("data", "84532_1_"+signer+"_9999", "signature", "0x00", "file", "PK\x03\x04"))
	f.Add(uint8(4), "", "multipart/form-data", []byte("--B--"))
	f.Add(uint8(5), "", "application/json", []byte(`{"encryptJobId":"abc","data":"84532_1_`+signer+`_9999","signature":"0x00"}`))
	f.Add(uint8(6), "0123456789abcdef", "", []byte(nil))
	f.Add(uint8(7), "abc", "application/json", []byte(`{"data":"84532_1_`+signer+`_9999_abc_download","signature":"0x00"}`))
	f.Add(uint8(7), "abc", "", []byte(nil))
	f.Add(uint8(8), "abc", "application/json", []byte(`{"data":"84532_1_`+signer+`_9999_abc_delete","signature":"0x00"}`))
	f.Add(uint8(9), "true", "application/json", []byte(`{"data":"84532_0_`+signer+`_9999","signature":"0x00"}`))
	files, err := OpenFileJobs(FileJobsConfig{Dir: f.TempDir(), MaxFileSize: 1 << 20, CleanupInterval: time.Hour})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { _ = files.Close() })
	chainS := &blackboxtest.ChainStub{Head: 10_000, Secrets: map[uint64]chain.SecretState{}}
	api := &API{Check: request.NewChecker(chainS, nil, nil), Keys: &memKeys{}, Files: files}
	h := api.Handler()
	f.Fuzz(func(t *testing.T, route uint8, id, contentType string, body []byte) {
		rt := fuzzRoutes[int(route)%len(fuzzRoutes)]
		// Job IDs are path segments; keep them to characters the router
		// takes as one (an escaped slash is the router's 404, not ours).
		id = strings.Map(func(r rune) rune {
			if r < 128 && (r == '-' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
				return r
			}
			return -1
		}, id)
		if id == "" || id == "." || id == ".." {
			id = "x"
		}
		req := httptest.NewRequest(rt.method, strings.ReplaceAll(rt.path, "{id}", id), bytes.NewReader(body))
		if contentType != "" {
			req.Header.Set("Content-Type", contentType)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code == 200 {
			t.Fatalf("%s %s: arbitrary body accepted: %q", rt.method, req.URL, body)
		}
		var out map[string]any
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil || out["error"] == nil {
			t.Fatalf("%s %s: status %d without a JSON error: %q", rt.method, req.URL, rec.Code, rec.Body.Bytes())
		}
	})
}

// TestRefusalCodesAcrossDoors: each refusal, as the Black Box's calls
// return it, leaves the HTTP door with its status, code and message, and
// the p2p door (one-shot and multiplexed streams between real hosts) with
// its code, and is matched with errors.Is once read back.
func TestRefusalCodesAcrossDoors(t *testing.T) {
	stale := &chain.FreshnessError{Block: 1, Head: 10_000, Window: 300}
	future := &chain.FreshnessError{Block: 10_100, Head: 10_000, Future: true}
	tests := []struct {
		name   string
		err    error
		code   request.Code
		status int
		msg    string
		target error
	}{
		{"bad request", badRequest("Missing required field(s): cifer"), request.CodeBadRequest, 400, "Missing required field(s): cifer", request.Refuse(request.CodeBadRequest, "")},
		{"format", fmt.Errorf("%w: expected chainId_secretId_signer_blockNumber", request.ErrFormat), request.CodeFormat, 400, "invalid data format: expected chainId_secretId_signer_blockNumber", request.ErrFormat},
		{"chain unsupported", request.Classify(&chain.UnsupportedChainError{ChainID: 7}), request.CodeChainUnsupported, 400, "Chain 7 is not supported", chain.ErrUnsupportedChain},
		{"block too old", request.Classify(stale), request.CodeBlockTooOld, 400, stale.Error(), chain.ErrStaleBlock},
		{"block in future", request.Classify(future), request.CodeBlockInFuture, 400, future.Error(), request.ErrBlockInFuture},
		{"unauthenticated", &apiError{code: request.CodeUnauthenticated, msg: "Authentication required"}, request.CodeUnauthenticated, 401, "Authentication required", request.Refuse(request.CodeUnauthenticated, "")},
		{"signature", fmt.Errorf("%w: expected 65 bytes of hex", request.ErrSignature), request.CodeSignature, 401, "invalid signature: expected 65 bytes of hex", request.ErrSignature},
		{"signer mismatch", fmt.Errorf("%w: recovered 0x1", request.ErrSignerMismatch), request.CodeSignerMismatch, 401, "signature does not match signer: recovered 0x1", request.ErrSignerMismatch},
		{"not authorized", fmt.Errorf("%w: 0x1", request.ErrNotAuthorized), request.CodeNotAuthorized, 403, "signer is not the secret owner or delegate: 0x1", request.ErrNotAuthorized},
		{"syncing", request.ErrSyncing, request.CodeSyncing, 403, "secret is not ready (still syncing)", request.ErrSyncing},
		{"secret type", fmt.Errorf("%w: type 2", request.ErrSecretType), request.CodeSecretType, 403, "secret type does not allow decryption: type 2", request.ErrSecretType},
		{"secret not found", request.Classify(fmt.Errorf("chain 1 secret 9: %w", chain.ErrSecretNotFound)), request.CodeNotFound, 404, "Secret not found", chain.ErrSecretNotFound},
		{"job not found", ErrJobNotFound, request.CodeNotFound, 404, "Job not found", request.Refuse(request.CodeNotFound, "")},
		{"job expired", ErrJobExpired, request.CodeExpired, 410, "Job has expired", request.Refuse(request.CodeExpired, "")},
		{"job not completed", readyResult(jobSnapshot{Status: JobProcessing}), request.CodeConflict, 409, "Job is not completed (status: processing)", request.Refuse(request.CodeConflict, "")},
		{"too large", fileTooLarge(10), request.CodeTooLarge, 413, "File exceeds the maximum size of 10 bytes", request.Refuse(request.CodeTooLarge, "")},
		{"body timeout", errReadTimeout, request.CodeBodyTimeout, 408, "Request body was not received in time", request.Refuse(request.CodeBodyTimeout, "")},
		{"replay", request.ErrReplay, request.CodeReplay, 400, "request already used: sign a new one", request.ErrReplay},
		{"rate limited", request.Classify(&request.RateLimitError{RetryAfter: 2 * time.Second}), request.CodeRateLimited, 429,
			"rate limit exceeded for 0x0000000000000000000000000000000000000000: retry after 2s", request.ErrRateLimited},
		{"stale record", fmt.Errorf("%w: 2 of 3 needed (%w)", blackbox.ErrNotEnoughShares, fmt.Errorf("%w: custodian holds share version 2", blackbox.ErrStaleRecord)), request.CodeStaleRecord, 503,
			"not enough shares: too few custodians answered with a valid share: 2 of 3 needed (creation record is older than the custodians' shares: custodian holds share version 2)", blackbox.ErrStaleRecord},
		{"used with another black box", fmt.Errorf("%w: 2 of 3 needed (%w)", blackbox.ErrNotEnoughShares, request.ErrUsedElsewhere), request.CodeUsedElsewhere, 409,
			"not enough shares: too few custodians answered with a valid share: 2 of 3 needed (request already used with another black box: sign a new one)", request.ErrUsedElsewhere},
		{"not enough shares", fmt.Errorf("%w: 2 of 3 needed (%w)", blackbox.ErrNotEnoughShares, request.ErrReplay), request.CodeNotEnoughShares, 503,
			"not enough shares: too few custodians answered with a valid share: 2 of 3 needed (request already used: sign a new one)", blackbox.ErrNotEnoughShares},
		{"decrypt failed", envelope.ErrDecrypt, request.CodeDecryptFailed, 500, "Decryption failed: " + envelope.ErrDecrypt.Error(), request.Refuse(request.CodeDecryptFailed, "")},
		{"unavailable", ErrJobQueueFull, request.CodeUnavailable, 503, "Too many file jobs in progress, retry later", request.Refuse(request.CodeUnavailable, "")},
		{"timeout", context.DeadlineExceeded, request.CodeTimeout, 504, "Request timed out", request.Refuse(request.CodeTimeout, "")},
		{"internal", fmt.Errorf("open share store: %w", io.ErrUnexpectedEOF), request.CodeInternal, 500, "internal error", request.Refuse(request.CodeInternal, "")},
	}

	// The p2p door: a server whose handlers refuse through the same
	// adapter as the light-client protocols.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	server, client := blackboxtest.StartHost(t, "/ip4/127.0.0.1/tcp/0"), blackboxtest.StartHost(t, "/ip4/127.0.0.1/tcp/0")
	defer server.Close()
	defer client.Close()
	if err := client.Connect(ctx, peer.AddrInfo{ID: server.ID(), Addrs: server.Addrs()}); err != nil {
		t.Fatal(err)
	}
	var current error
	serverStreams := p2p.NewStreams(server, nil, nil, nil)
	handler := func(context.Context, peer.ID, *wire.FileKeyRequest) (*wire.FileKeyResponse, error) {
		return nil, remoteErrorOf(current)
	}
	p2p.Serve(serverStreams, "/test/refusal/1", p2p.ServeOptions{}, handler)
	p2p.ServeMuxed(serverStreams, "/test/refusal-mux/1", p2p.ServeOptions{}, handler)
	clientStreams := p2p.NewStreams(client, nil, nil, nil)

	api := &API{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			api.fail(rec, httptest.NewRequest(http.MethodPost, "/decrypt-payload", nil), tc.err)
			var body map[string]string
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
				t.Fatal(err)
			}
			if rec.Code != tc.status || tc.code.HTTPStatus() != tc.status || body["code"] != string(tc.code) || body["error"] != tc.msg || len(body) != 2 {
				t.Fatalf("HTTP %d %v, want %d {error: %q, code: %q}", rec.Code, body, tc.status, tc.msg, tc.code)
			}

			current = tc.err
			for _, muxed := range []bool{false, true} {
				var resp wire.FileKeyResponse
				var err error
				if muxed {
					err = clientStreams.Call(ctx, server.ID(), "/test/refusal-mux/1", &wire.FileKeyRequest{}, &resp, p2p.RequestOptions{})
				} else {
					err = clientStreams.Request(ctx, server.ID(), "/test/refusal/1", &wire.FileKeyRequest{}, &resp)
				}
				var re *p2p.RemoteError
				if !errors.As(err, &re) || re.Code != string(tc.code) || re.Status != tc.code.P2PStatus() || re.Message != tc.msg {
					t.Fatalf("p2p (muxed %v): %#v, want code %s", muxed, err, tc.code)
				}
				if back := request.FromRemote(err); !errors.Is(back, tc.target) {
					t.Fatalf("p2p (muxed %v): %v read back does not match %v", muxed, back, tc.target)
				}
			}
		})
	}
}

// TestDoorsRefusalsSpendNoBudget: at the Black Box, over HTTP and over the
// light-client decrypt protocol, a signer's replayed request, requests
// forged in its name and its requests for a secret it may not use are
// refused as such, never as rate-limited, and spend none of its budget
// (burst 2): its next fresh request still decrypts; the one after is
// limited.
func TestDoorsRefusalsSpendNoBudget(t *testing.T) {
	f := newAPIFixture(t)
	f.chain.Secrets[4] = chain.SecretState{Owner: crypto.PubkeyToAddress(f.stranger.PublicKey), SecretType: 1}
	c, msg, err := envelope.Seal(f.keys.dealt.PublicKey, envelope.Binding{ChainID: 84532, SecretID: 1}, []byte("secret"))
	if err != nil {
		t.Fatal(err)
	}
	cHex, msgHex := "0x"+hex.EncodeToString(c), hex.EncodeToString(msg)
	ownerAddr := crypto.PubkeyToAddress(f.owner.PublicKey)
	forged := func(block uint64) (string, string) {
		data := request.Format(84532, 1, ownerAddr, block, msgHex)
		sig, _ := request.Sign(data, func(h []byte) ([]byte, error) { return crypto.Sign(h, f.stranger) })
		return data, sig
	}

	type door func(data, sig string) (request.Code, error)
	newAPI := func() *API {
		// Single use: every replay below is refused at once, before it
		// could take a token (identical retries have their own tests).
		g := request.NewReplayGuard(time.Hour)
		g.MaxUses = 1
		return &API{Check: request.NewChecker(f.chain, g, request.NewRateLimiter(0.001, 2)), Keys: f.keys}
	}
	httpDoor := func(t *testing.T) door {
		srv := httptest.NewServer(newAPI().Handler())
		t.Cleanup(srv.Close)
		return func(data, sig string) (request.Code, error) {
			b, _ := json.Marshal(map[string]any{"cifer": cHex, "data": data, "signature": sig})
			resp, err := http.Post(srv.URL+"/decrypt-payload", "application/json", bytes.NewReader(b))
			if err != nil {
				return "", err
			}
			defer resp.Body.Close()
			var out map[string]any
			if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
				return "", err
			}
			if resp.StatusCode == 200 {
				return "", nil
			}
			code, _ := out["code"].(string)
			return request.Code(code), nil
		}
	}
	p2pDoor := func(t *testing.T) door {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		t.Cleanup(cancel)
		server, client := blackboxtest.StartHost(t, "/ip4/127.0.0.1/tcp/0"), blackboxtest.StartHost(t, "/ip4/127.0.0.1/tcp/0")
		t.Cleanup(func() { server.Close(); client.Close() })
		if err := client.Connect(ctx, peer.AddrInfo{ID: server.ID(), Addrs: server.Addrs()}); err != nil {
			t.Fatal(err)
		}
		newAPI().ServeClients(p2p.NewStreams(server, nil, nil, nil), blackboxtest.Network, nil)
		streams := p2p.NewStreams(client, nil, nil, nil)
		return func(data, sig string) (request.Code, error) {
			var resp wire.DecryptResponse
			err := streams.Call(ctx, server.ID(), wire.Decrypt.ID(blackboxtest.Network), &wire.DecryptRequest{Data: data, Signature: sig, Cifer: cHex}, &resp, p2p.RequestOptions{})
			if err == nil {
				return "", nil
			}
			var ref *request.Refusal
			if !errors.As(request.FromRemote(err), &ref) {
				return "", err
			}
			return ref.Code, nil
		}
	}
	for name, open := range map[string]func(*testing.T) door{"http": httpDoor, "p2p": p2pDoor} {
		t.Run(name, func(t *testing.T) {
			send := open(t)
			expect := func(what string, data, sig string, want request.Code) {
				t.Helper()
				got, err := send(data, sig)
				if err != nil || got != want {
					t.Fatalf("%s: code %q (%v), want %q", what, got, err, want)
				}
			}
			data, sig := f.sign(t, f.owner, 1, 9_999, msgHex)
			expect("first", data, sig, "")
			for i := range 4 {
				expect("replay", data, sig, request.CodeReplay)
				fd, fs := forged(9_990 - uint64(i))
				expect("forged", fd, fs, request.CodeSignerMismatch)
				od, os := f.sign(t, f.owner, 4, 9_990-uint64(i), msgHex)
				expect("not authorised", od, os, request.CodeNotAuthorized)
			}
			data, sig = f.sign(t, f.owner, 1, 9_998, msgHex)
			expect("fresh after the refusals", data, sig, "")
			data, sig = f.sign(t, f.owner, 1, 9_997, msgHex)
			expect("third accepted", data, sig, request.CodeRateLimited)
		})
	}
}
