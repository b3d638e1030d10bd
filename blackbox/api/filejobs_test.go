package api

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"io"
	"math/rand/v2"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/blackbox/blackboxtest"
	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/internal/testenclave"
	"github.com/cifer-network/cifer/request"
	"github.com/ethereum/go-ethereum/crypto"
)

// fjKeys adds file streams to the payload tests' key double: the key is
// rebuilt from the in-memory cluster through the real blackbox.Gatherer.
type fjKeys struct {
	*memKeys
	opens atomic.Int32
}

func (k *fjKeys) OpenFileStreams(ctx context.Context, signed custody.FetchRequest, b envelope.Binding, streams []blackbox.FileStream) ([]*envelope.FileReader, error) {
	k.opens.Add(1)
	g := &blackbox.Gatherer{Source: k.cluster}
	sk, err := g.Rebuild(ctx, k.dealt.Record, k.cs, signed)
	if err != nil {
		return nil, err
	}
	defer sk.Zero()
	return blackbox.OpenStreamsWithKey(sk, b, streams)
}

// fjClock is an injectable clock.
type fjClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fjClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fjClock) advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

type fjFixture struct {
	*apiFixture
	delegate *ecdsa.PrivateKey
	fkeys    *fjKeys
	clock    *fjClock
	cfg      FileJobsConfig
	files    *FileJobs
	api      *API
	block    atomic.Uint64
}

// fjNew starts an API with file jobs in a fresh directory. Secret 1 has an
// owner and a delegate; secret 2 is syncing.
func fjNew(t *testing.T, mut func(*FileJobsConfig)) *fjFixture {
	t.Helper()
	d, cs, m, _ := blackboxtest.DealtCluster(t)
	f := &fjFixture{apiFixture: &apiFixture{keys: &memKeys{dealt: d, cluster: m, cs: cs}}}
	f.fkeys = &fjKeys{memKeys: f.keys}
	f.owner, _ = crypto.GenerateKey()
	f.stranger, _ = crypto.GenerateKey()
	f.delegate, _ = crypto.GenerateKey()
	f.chain = &blackboxtest.ChainStub{Head: 10_000, Secrets: map[uint64]chain.SecretState{
		1: {Owner: crypto.PubkeyToAddress(f.owner.PublicKey), Delegate: crypto.PubkeyToAddress(f.delegate.PublicKey), SecretType: 1},
		2: {Owner: crypto.PubkeyToAddress(f.owner.PublicKey), SecretType: 1, IsSyncing: true},
	}}
	f.block.Store(9_999)
	f.clock = &fjClock{now: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)}
	f.cfg = FileJobsConfig{Dir: t.TempDir(), ZipChunkSize: 256 << 10, StreamChunkSize: 64 << 10, MaxFileSize: 4 << 20,
		CleanupInterval: time.Hour, Now: f.clock.Now}
	if mut != nil {
		mut(&f.cfg)
	}
	f.open(t)
	return f
}

// open (re)opens the job store on the fixture's directory and serves it.
func (f *fjFixture) open(t *testing.T) {
	t.Helper()
	files, err := OpenFileJobs(f.cfg)
	if err != nil {
		t.Fatal(err)
	}
	f.files = files
	t.Cleanup(func() { _ = files.Close() })
	f.api = &API{Check: request.NewChecker(f.chain, request.NewReplayGuard(time.Hour), nil), Keys: f.fkeys, Files: files}
	f.srv = httptest.NewServer(f.api.Handler())
	t.Cleanup(f.srv.Close)
}

// restart closes the store and opens a new one on the same directory.
func (f *fjFixture) restart(t *testing.T) {
	t.Helper()
	f.srv.Close()
	if err := f.files.Close(); err != nil {
		t.Fatal(err)
	}
	f.open(t)
}

// fjSign signs with a fresh block each time, so no two requests collide in
// the replay guard.
func (f *fjFixture) fjSign(t *testing.T, k *ecdsa.PrivateKey, secret uint64, tail ...string) (string, string) {
	t.Helper()
	return f.sign(t, k, secret, f.block.Add(^uint64(0)), tail...)
}

// fjUpload posts a multipart body built on the fly (the file is streamed,
// never held whole). fieldsFirst puts the signed fields before the file.
func (f *fjFixture) fjUpload(t *testing.T, path string, fields map[string]string, name string, file io.Reader, fieldsFirst bool) (int, map[string]any) {
	t.Helper()
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	go func() {
		writeFields := func() error {
			for k, v := range fields {
				if err := mw.WriteField(k, v); err != nil {
					return err
				}
			}
			return nil
		}
		err := func() error {
			if fieldsFirst {
				if err := writeFields(); err != nil {
					return err
				}
			}
			if file != nil {
				fw, err := mw.CreateFormFile("file", name)
				if err != nil {
					return err
				}
				if _, err := io.Copy(fw, file); err != nil {
					return err
				}
			}
			if !fieldsFirst {
				if err := writeFields(); err != nil {
					return err
				}
			}
			return mw.Close()
		}()
		pw.CloseWithError(err)
	}()
	resp, err := http.Post(f.srv.URL+path, mw.FormDataContentType(), pr)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	_ = pr.CloseWithError(io.ErrClosedPipe) // the server may answer before reading it all
	var out map[string]any
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("%s: response is not JSON: %d %q", path, resp.StatusCode, raw)
	}
	return resp.StatusCode, out
}

func (f *fjFixture) fjEncrypt(t *testing.T, data []byte, name string) string {
	t.Helper()
	d, s := f.fjSign(t, f.stranger, 1) // anyone may encrypt
	code, out := f.fjUpload(t, "/encrypt-file", map[string]string{"data": d, "signature": s, "secretId": "1"}, name, bytes.NewReader(data), true)
	if code != 200 || out["success"] != true {
		t.Fatalf("encrypt-file: %d %v", code, out)
	}
	return out["jobId"].(string)
}

func (f *fjFixture) fjStatus(t *testing.T, id string) (int, map[string]any) {
	t.Helper()
	resp, err := http.Get(f.srv.URL + "/jobs/" + id + "/status")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	job, _ := out["job"].(map[string]any)
	if resp.StatusCode == 200 {
		return resp.StatusCode, job
	}
	return resp.StatusCode, out
}

// fjWait polls the job's status until it leaves pending/processing.
func (f *fjFixture) fjWait(t *testing.T, id string) map[string]any {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		code, job := f.fjStatus(t, id)
		if code != 200 {
			t.Fatalf("status of %s: %d %v", id, code, job)
		}
		if s := job["status"]; s != "pending" && s != "processing" {
			return job
		}
		if time.Now().After(deadline) {
			t.Fatalf("job %s still %v at the deadline", id, job["status"])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func (f *fjFixture) fjWaitCompleted(t *testing.T, id string) map[string]any {
	t.Helper()
	job := f.fjWait(t, id)
	if job["status"] != "completed" || job["progress"] != float64(100) {
		t.Fatalf("job %s: %v", id, job)
	}
	return job
}

// fjDownload posts to /jobs/id/download and writes the body to dst.
func (f *fjFixture) fjDownload(t *testing.T, id string, body any, dst io.Writer) (int, http.Header, []byte) {
	t.Helper()
	var rd io.Reader = http.NoBody
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	resp, err := http.Post(f.srv.URL+"/jobs/"+id+"/download", "application/json", rd)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 || dst == nil {
		raw, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, resp.Header, raw
	}
	if _, err := io.Copy(dst, resp.Body); err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, nil
}

func (f *fjFixture) fjSigned(t *testing.T, k *ecdsa.PrivateKey, secret uint64, tail ...string) map[string]any {
	d, s := f.fjSign(t, k, secret, tail...)
	return map[string]any{"data": d, "signature": s}
}

func fjData(n int, seed uint64) []byte {
	b := make([]byte, n)
	r := rand.NewChaCha8([32]byte{byte(seed)})
	_, _ = r.Read(b)
	return b
}

func TestFileJobsRoundTrip(t *testing.T) {
	f := fjNew(t, nil)
	tests := []struct {
		name        string
		size        int
		fieldsFirst bool
		wantChunks  int
	}{
		{"empty file", 0, true, 1},
		{"one byte", 1, true, 1},
		{"exact chunk multiple, fields after the file", 512 << 10, false, 2},
		{"several chunks with a short last one", 700<<10 + 3, true, 3},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			plain := fjData(tc.size, uint64(i))
			name := fmt.Sprintf("report %d.pdf", i)
			d, s := f.fjSign(t, f.stranger, 1)
			code, out := f.fjUpload(t, "/encrypt-file", map[string]string{"data": d, "signature": s, "secretId": "1"}, name, bytes.NewReader(plain), tc.fieldsFirst)
			if code != 200 {
				t.Fatalf("encrypt-file: %d %v", code, out)
			}
			encID := out["jobId"].(string)
			job := f.fjWaitCompleted(t, encID)
			if job["type"] != "encrypt" || job["originalSize"] != float64(tc.size) || job["resultFileName"] != name+".cifer" ||
				job["secretId"] != float64(1) || job["chainId"] != float64(84532) || job["ttl"] != float64(48*time.Hour/time.Millisecond) {
				t.Fatalf("encrypt job: %v", job)
			}

			// No auth needed to download an encrypt job; the ZIP has COMPAT.md's layout.
			var zbuf bytes.Buffer
			code, hdr, raw := f.fjDownload(t, encID, nil, &zbuf)
			if code != 200 || hdr.Get("Content-Type") != "application/zip" || !strings.Contains(hdr.Get("Content-Disposition"), name+".cifer") {
				t.Fatalf("download zip: %d %v %s", code, hdr, raw)
			}
			zr, err := zip.NewReader(bytes.NewReader(zbuf.Bytes()), int64(zbuf.Len()))
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			var meta map[string]any
			for _, zf := range zr.File {
				names = append(names, zf.Name)
				if zf.Name == "metadata.json" {
					rc, _ := zf.Open()
					_ = json.NewDecoder(rc).Decode(&meta)
					rc.Close()
				}
			}
			if len(names) != tc.wantChunks+1 || names[0] != "chunk_0.enc" || names[len(names)-1] != "metadata.json" {
				t.Fatalf("zip entries %v, want %d chunks and metadata.json", names, tc.wantChunks)
			}
			sum := sha256.Sum256(plain)
			cifers, _ := meta["cifers"].([]any)
			if len(cifers) != tc.wantChunks || meta["chunkCount"] != float64(tc.wantChunks) || meta["secretId"] != float64(1) ||
				meta["chainId"] != float64(84532) || meta["originalName"] != name || meta["originalHash"] != "0x"+hex.EncodeToString(sum[:]) {
				t.Fatalf("metadata.json: %v", meta)
			}
			for _, c := range cifers {
				if b, err := hex.DecodeString(strings.TrimPrefix(c.(string), "0x")); err != nil || len(b) != envelope.CiferSize {
					t.Fatalf("cifer %q is not 1104 bytes", c)
				}
			}

			// Decrypt the uploaded ZIP (owner) and the stored job (delegate).
			d, s = f.fjSign(t, f.owner, 1)
			code, out = f.fjUpload(t, "/decrypt-file", map[string]string{"data": d, "signature": s}, name+".cifer", bytes.NewReader(zbuf.Bytes()), i%2 == 0)
			if code != 200 {
				t.Fatalf("decrypt-file: %d %v", code, out)
			}
			decID := out["jobId"].(string)
			code, out = f.post(t, "/decrypt-existing-file", map[string]any{"encryptJobId": encID, "data": mustData(f.fjSigned(t, f.delegate, 1)), "signature": ""})
			if code != 400 { // signature missing
				t.Fatalf("decrypt-existing-file without signature: %d %v", code, out)
			}
			body := f.fjSigned(t, f.delegate, 1)
			body["encryptJobId"] = encID
			code, out = f.post(t, "/decrypt-existing-file", body)
			if code != 200 {
				t.Fatalf("decrypt-existing-file: %d %v", code, out)
			}
			existingID := out["jobId"].(string)
			for _, id := range []string{decID, existingID} {
				job := f.fjWaitCompleted(t, id)
				if job["type"] != "decrypt" || job["resultFileName"] != name || job["ttl"] != float64(3*time.Hour/time.Millisecond) {
					t.Fatalf("decrypt job: %v", job)
				}
				var got bytes.Buffer
				code, hdr, raw := f.fjDownload(t, id, f.fjSigned(t, f.owner, 1, id, "download"), &got)
				if code != 200 || hdr.Get("Content-Type") != "application/octet-stream" || !strings.Contains(hdr.Get("Content-Disposition"), name) {
					t.Fatalf("download plaintext: %d %v %s", code, hdr, raw)
				}
				if !bytes.Equal(got.Bytes(), plain) {
					t.Fatalf("decrypted %d bytes differ from the %d encrypted", got.Len(), len(plain))
				}
			}
		})
	}

	// The plaintext never reaches the disk in the clear.
	marker := bytes.Repeat([]byte("PLAINTEXT-MARKER-"), 4096)
	id := f.fjEncrypt(t, marker, "m.txt")
	f.fjWaitCompleted(t, id)
	_ = filepath.Walk(f.cfg.Dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			if b, _ := os.ReadFile(p); bytes.Contains(b, []byte("PLAINTEXT-MARKER-PLAINTEXT")) {
				t.Errorf("%s holds plaintext", filepath.Base(p))
			}
		}
		return nil
	})
}

func mustData(m map[string]any) string { return m["data"].(string) }

func TestFileJobsErrors(t *testing.T) {
	f := fjNew(t, nil)
	plain := fjData(300<<10, 7)
	encID := f.fjEncrypt(t, plain, "a.bin")
	f.fjWaitCompleted(t, encID)
	var zbuf bytes.Buffer
	if code, _, raw := f.fjDownload(t, encID, nil, &zbuf); code != 200 {
		t.Fatalf("download: %d %s", code, raw)
	}
	d, s := f.fjSign(t, f.owner, 1)
	code, out := f.fjUpload(t, "/decrypt-file", map[string]string{"data": d, "signature": s}, "a.bin.cifer", bytes.NewReader(zbuf.Bytes()), true)
	if code != 200 {
		t.Fatalf("decrypt-file: %d %v", code, out)
	}
	decID := out["jobId"].(string)
	f.fjWaitCompleted(t, decID)

	badSig := func(fields map[string]string) map[string]string {
		fields["signature"] = "0x" + strings.Repeat("11", 64) + "1b"
		return fields
	}
	signerMismatch := func(secret uint64) map[string]string {
		d, _ := f.fjSign(t, f.owner, secret)
		_, s := f.fjSign(t, f.stranger, secret)
		return map[string]string{"data": d, "signature": s, "secretId": strconv.FormatUint(secret, 10)}
	}
	signed := func(k *ecdsa.PrivateKey, secret uint64) map[string]string {
		d, s := f.fjSign(t, k, secret)
		return map[string]string{"data": d, "signature": s, "secretId": strconv.FormatUint(secret, 10)}
	}
	withSecretID := func(m map[string]string, id string) map[string]string { m["secretId"] = id; return m }
	without := func(m map[string]string, k string) map[string]string { delete(m, k); return m }
	small := []byte("hello")
	uploads := []struct {
		name   string
		path   string
		fields map[string]string
		file   []byte
		noFile bool
		code   int
		text   string
	}{
		{"encrypt: missing file", "/encrypt-file", signed(f.owner, 1), nil, true, 400, "Missing required field(s): file"},
		{"encrypt: missing signature and secretId", "/encrypt-file", without(without(signed(f.owner, 1), "signature"), "secretId"), small, false, 400, "Missing required field(s): signature, secretId"},
		{"encrypt: secretId differs from data", "/encrypt-file", withSecretID(signed(f.owner, 1), "2"), small, false, 400, "does not match the secret in data"},
		{"encrypt: bad signature", "/encrypt-file", badSig(signed(f.owner, 1)), small, false, 401, "invalid signature"},
		{"encrypt: signer mismatch", "/encrypt-file", signerMismatch(1), small, false, 401, "signature does not match signer"},
		{"encrypt: syncing secret", "/encrypt-file", signed(f.owner, 2), small, false, 403, "syncing"},
		{"encrypt: unknown secret", "/encrypt-file", signed(f.owner, 9), small, false, 404, "Secret not found"},
		{"encrypt: oversized upload", "/encrypt-file", signed(f.owner, 1), make([]byte, f.cfg.MaxFileSize+1), false, 413, "File exceeds the maximum size of 4194304 bytes"},
		{"decrypt: missing data", "/decrypt-file", without(signed(f.owner, 1), "data"), zbuf.Bytes(), false, 400, "Missing required field(s): data"},
		{"decrypt: not owner or delegate", "/decrypt-file", signed(f.stranger, 1), zbuf.Bytes(), false, 403, "not the secret owner or delegate"},
		{"decrypt: signer mismatch", "/decrypt-file", signerMismatch(1), zbuf.Bytes(), false, 401, "signature does not match signer"},
		{"decrypt: not a result zip", "/decrypt-file", signed(f.owner, 1), []byte("PK\x03\x04 nonsense"), false, 400, "Invalid encrypted file"},
		{"decrypt: oversized upload", "/decrypt-file", signed(f.owner, 1), make([]byte, f.cfg.MaxFileSize*17/16+1), false, 413, "File exceeds the maximum size"},
	}
	for _, tc := range uploads {
		t.Run(tc.name, func(t *testing.T) {
			var file io.Reader
			if !tc.noFile {
				file = bytes.NewReader(tc.file)
			}
			code, out := f.fjUpload(t, tc.path, tc.fields, "x.bin", file, true)
			if code != tc.code || !strings.Contains(fmt.Sprint(out["error"]), tc.text) {
				t.Fatalf("got %d %v, want %d %q", code, out, tc.code, tc.text)
			}
		})
	}

	existing := func(k *ecdsa.PrivateKey, secret uint64, id string) map[string]any {
		b := f.fjSigned(t, k, secret)
		b["encryptJobId"] = id
		return b
	}
	const unknownID = "00000000-0000-4000-8000-000000000000"
	posts := []struct {
		name string
		path string
		body map[string]any
		code int
		text string
	}{
		{"existing: missing encryptJobId", "/decrypt-existing-file", f.fjSigned(t, f.owner, 1), 400, "Missing required field(s): encryptJobId"},
		{"existing: unknown job", "/decrypt-existing-file", existing(f.owner, 1, unknownID), 404, "Job not found"},
		{"existing: malformed job id", "/decrypt-existing-file", existing(f.owner, 1, "../../etc/passwd"), 404, "Job not found"},
		{"existing: not owner or delegate", "/decrypt-existing-file", existing(f.stranger, 1, encID), 403, "not the secret owner or delegate"},
		{"existing: a decrypt job", "/decrypt-existing-file", existing(f.owner, 1, decID), 400, "is not an encrypt job"},
		{"download: decrypt job without auth", "/jobs/" + decID + "/download", map[string]any{}, 401, "Authentication required"},
		{"download: stranger", "/jobs/" + decID + "/download", f.fjSigned(t, f.stranger, 1, decID, "download"), 403, "not the secret owner or delegate"},
		{"download: signed for another job", "/jobs/" + decID + "/download", f.fjSigned(t, f.owner, 1, encID, "download"), 400, "invalid data format"},
		{"download: signed for delete", "/jobs/" + decID + "/download", f.fjSigned(t, f.owner, 1, decID, "delete"), 400, "invalid data format"},
		{"download: unknown job", "/jobs/" + unknownID + "/download", nil, 404, "Job not found"},
		{"delete: stranger", "/jobs/" + encID + "/delete", f.fjSigned(t, f.stranger, 1, encID, "delete"), 403, "not the secret owner or delegate"},
		{"delete: missing signature", "/jobs/" + encID + "/delete", map[string]any{"data": "x"}, 400, "Missing required field(s): signature"},
		{"delete: unknown job", "/jobs/" + unknownID + "/delete", f.fjSigned(t, f.owner, 1, unknownID, "delete"), 404, "Job not found"},
		{"list: secret id not 0", "/jobs", f.fjSigned(t, f.owner, 1), 400, "chainId_0_signer_blockNumber"},
	}
	for _, tc := range posts {
		t.Run(tc.name, func(t *testing.T) {
			code, out := f.post(t, tc.path, tc.body)
			if code != tc.code || !strings.Contains(fmt.Sprint(out["error"]), tc.text) {
				t.Fatalf("got %d %v, want %d %q", code, out, tc.code, tc.text)
			}
		})
	}
	if code, out := f.fjStatus(t, unknownID); code != 404 || out["error"] != "Job not found" {
		t.Fatalf("status of unknown job: %d %v", code, out)
	}

	// List: the jobs the wallet signed and those on secrets it owns or is
	// the delegate of (COMPAT.md), expired ones on request. The stranger
	// made encID on secret 1; the owner made decID.
	addr := func(k *ecdsa.PrivateKey) string { return crypto.PubkeyToAddress(k.PublicKey).Hex() }
	type listed struct{ signer, recipient bool }
	lists := []struct {
		name   string
		wallet *ecdsa.PrivateKey
		want   map[string]listed
	}{
		{"owner", f.owner, map[string]listed{encID: {false, true}, decID: {true, true}}},
		{"delegate", f.delegate, map[string]listed{encID: {false, true}, decID: {false, true}}},
		{"stranger", f.stranger, map[string]listed{encID: {true, false}}},
	}
	for _, tc := range lists {
		code, out = f.post(t, "/jobs", f.fjSigned(t, tc.wallet, 0))
		jobs, _ := out["jobs"].([]any)
		if code != 200 || out["includeExpired"] != false || len(jobs) != len(tc.want) || out["count"] != float64(len(tc.want)) {
			t.Fatalf("list (%s): %d %v", tc.name, code, out)
		}
		for _, j := range jobs {
			j := j.(map[string]any)
			w, ok := tc.want[j["id"].(string)]
			wantSigner := addr(f.stranger)
			if j["id"] == decID {
				wantSigner = addr(f.owner)
			}
			if !ok || j["isSigner"] != w.signer || j["isRecipient"] != w.recipient || j["signerWallet"] != wantSigner ||
				j["secretOwnerWallet"] != addr(f.owner) || j["expiredAt"] != nil {
				t.Fatalf("list (%s): job %v, want %+v signed by %s", tc.name, j, w, wantSigner)
			}
			if _, ok := j["createdAt"].(float64); !ok {
				t.Fatalf("list (%s): createdAt %T, want Unix ms", tc.name, j["createdAt"])
			}
		}
	}

	// Delete (owner) expires the job: status says so, downloads get 410.
	if code, out := f.post(t, "/jobs/"+decID+"/delete", f.fjSigned(t, f.owner, 1, decID, "delete")); code != 200 || out["success"] != true {
		t.Fatalf("delete: %d %v", code, out)
	}
	if _, job := f.fjStatus(t, decID); job["status"] != "expired" {
		t.Fatalf("deleted job: %v", job)
	}
	if code, _, raw := f.fjDownload(t, decID, f.fjSigned(t, f.owner, 1, decID, "download"), nil); code != 410 || !strings.Contains(string(raw), "Job has expired") {
		t.Fatalf("download of an expired job: %d %s", code, raw)
	}
	if code, out := f.post(t, "/jobs/"+decID+"/delete", f.fjSigned(t, f.delegate, 1, decID, "delete")); code != 410 {
		t.Fatalf("second delete: %d %v", code, out)
	}
	if _, err := os.Stat(filepath.Join(f.cfg.Dir, "data", decID+".out")); !os.IsNotExist(err) {
		t.Fatalf("deleted job's result still on disk: %v", err)
	}
	code, out = f.post(t, "/jobs?includeExpired=true", f.fjSigned(t, f.owner, 0))
	if code != 200 || out["count"] != float64(2) || out["includeExpired"] != true {
		t.Fatalf("list with expired: %d %v", code, out)
	}
	for _, j := range out["jobs"].([]any) {
		j := j.(map[string]any)
		// expiredAt is null until the job has expired, then when it did.
		if exp := j["expiredAt"]; (j["id"] == decID) != (exp != nil) || (exp != nil && exp != float64(f.clock.Now().UnixMilli())) {
			t.Fatalf("expiredAt of %v (deleted %s)", j, decID)
		}
	}
	code, out = f.post(t, "/jobs", f.fjSigned(t, f.owner, 0))
	if code != 200 || out["count"] != float64(1) || out["jobs"].([]any)[0].(map[string]any)["id"] != encID {
		t.Fatalf("list without expired: %d %v", code, out)
	}
	// Not enough custodians: the decrypt is refused with 503 before a job exists.
	for _, c := range f.keys.cs[:3] {
		f.keys.cluster.SetDown(c.PeerID, true)
	}
	body := existing(f.owner, 1, encID)
	if code, out := f.post(t, "/decrypt-existing-file", body); code != 503 {
		t.Fatalf("three custodians down: %d %v", code, out)
	}
	for _, c := range f.keys.cs[:3] {
		f.keys.cluster.SetDown(c.PeerID, false)
	}
	// The same signed request, sent again once the custodians are back,
	// is an identical retry: this Black Box serves it (COMPAT.md).
	if code, out := f.post(t, "/decrypt-existing-file", body); code != 200 {
		t.Fatalf("identical retry of the refused decrypt request: %d %v", code, out)
	}
}

// A ZIP whose chunks were swapped authenticates chunk by chunk but fails
// the originalHash check: the job fails and leaves no result.
func TestFileJobsTamperedZip(t *testing.T) {
	f := fjNew(t, nil)
	encID := f.fjEncrypt(t, fjData(600<<10, 3), "t.bin")
	f.fjWaitCompleted(t, encID)
	var zbuf bytes.Buffer
	f.fjDownload(t, encID, nil, &zbuf)
	zr, err := zip.NewReader(bytes.NewReader(zbuf.Bytes()), int64(zbuf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	entries := map[string][]byte{}
	for _, zf := range zr.File {
		rc, _ := zf.Open()
		entries[zf.Name], _ = io.ReadAll(rc)
		rc.Close()
	}
	var meta map[string]any
	_ = json.Unmarshal(entries["metadata.json"], &meta)
	cifers := meta["cifers"].([]any)
	cifers[0], cifers[1] = cifers[1], cifers[0]
	entries["metadata.json"], _ = json.Marshal(meta)
	entries["chunk_0.enc"], entries["chunk_1.enc"] = entries["chunk_1.enc"], entries["chunk_0.enc"]
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, n := range []string{"chunk_0.enc", "chunk_1.enc", "chunk_2.enc", "metadata.json"} {
		w, _ := zw.Create(n) // deflated, unlike ours: readers must accept both
		_, _ = w.Write(entries[n])
	}
	_ = zw.Close()

	d, s := f.fjSign(t, f.owner, 1)
	code, res := f.fjUpload(t, "/decrypt-file", map[string]string{"data": d, "signature": s}, "t.cifer", &out, true)
	if code != 200 {
		t.Fatalf("decrypt-file: %d %v", code, res)
	}
	job := f.fjWait(t, res["jobId"].(string))
	if job["status"] != "failed" || !strings.Contains(fmt.Sprint(job["error"]), "originalHash") || job["ttl"] != float64(5*time.Minute/time.Millisecond) {
		t.Fatalf("tampered zip: %v", job)
	}
	if _, err := os.Stat(filepath.Join(f.cfg.Dir, "data", res["jobId"].(string)+".out")); !os.IsNotExist(err) {
		t.Fatal("failed job left a result")
	}
}

func TestFileJobsSurviveRestart(t *testing.T) {
	for _, sealed := range []bool{true, false} {
		t.Run(fmt.Sprintf("sealer=%v", sealed), func(t *testing.T) {
			var sealer Sealer
			if sealed {
				s, err := testenclave.NewSealer()
				if err != nil {
					t.Fatal(err)
				}
				sealer = s
			}
			f := fjNew(t, func(c *FileJobsConfig) { c.Sealer = sealer })
			plain := fjData(400<<10, 11)
			encID := f.fjEncrypt(t, plain, "r.bin")
			f.fjWaitCompleted(t, encID)
			body := f.fjSigned(t, f.owner, 1)
			body["encryptJobId"] = encID
			code, out := f.post(t, "/decrypt-existing-file", body)
			if code != 200 {
				t.Fatalf("decrypt-existing-file: %d %v", code, out)
			}
			decID := out["jobId"].(string)
			f.fjWaitCompleted(t, decID)
			var before bytes.Buffer
			f.fjDownload(t, encID, nil, &before)

			// A job a crash left in flight.
			inflight, err := f.files.newJob(JobEncrypt, 84532, 1, crypto.PubkeyToAddress(f.owner.PublicKey).Hex(), "x", 10)
			if err != nil {
				t.Fatal(err)
			}
			inflight.Status = JobProcessing
			if err := f.files.persist(inflight); err != nil {
				t.Fatal(err)
			}

			f.restart(t)

			var after bytes.Buffer
			if code, _, raw := f.fjDownload(t, encID, nil, &after); code != 200 || !bytes.Equal(before.Bytes(), after.Bytes()) {
				t.Fatalf("encrypt result after restart: %d %s", code, raw)
			}
			if _, job := f.fjStatus(t, inflight.ID); job["status"] != "failed" || !strings.Contains(fmt.Sprint(job["error"]), "restart") {
				t.Fatalf("in-flight job after restart: %v", job)
			}
			var got bytes.Buffer
			code, _, raw := f.fjDownload(t, decID, f.fjSigned(t, f.owner, 1, decID, "download"), &got)
			if sealed {
				if code != 200 || !bytes.Equal(got.Bytes(), plain) {
					t.Fatalf("sealed decrypt result after restart: %d %s", code, raw)
				}
			} else if code != 410 {
				t.Fatalf("unsealed decrypt result after restart: %d %s, want 410", code, raw)
			}
			// TTLs survive too: the encrypt job still expires 2 days after it completed.
			f.clock.advance(48*time.Hour + time.Second)
			f.files.Sweep()
			if _, job := f.fjStatus(t, encID); job["status"] != "expired" {
				t.Fatalf("encrypt job 2 days after a restart: %v", job)
			}
		})
	}
}

func TestFileJobsTTLCleanup(t *testing.T) {
	f := fjNew(t, nil)
	encID := f.fjEncrypt(t, []byte("ttl"), "ttl.txt")
	f.fjWaitCompleted(t, encID)
	body := f.fjSigned(t, f.owner, 1)
	body["encryptJobId"] = encID
	_, out := f.post(t, "/decrypt-existing-file", body)
	decID := out["jobId"].(string)
	f.fjWaitCompleted(t, decID)
	// A failed job: a ZIP from which a chunk was removed.
	var zbuf bytes.Buffer
	f.fjDownload(t, encID, nil, &zbuf)
	d, s := f.fjSign(t, f.owner, 1)
	_, out = f.fjUpload(t, "/decrypt-file", map[string]string{"data": d, "signature": s}, "z", fjTruncateChunk(t, zbuf.Bytes()), true)
	failID, _ := out["jobId"].(string)
	if failID == "" {
		t.Fatalf("decrypt-file of a truncated chunk: %v", out)
	}
	if job := f.fjWait(t, failID); job["status"] != "failed" {
		t.Fatalf("truncated chunk: %v", job)
	}

	dataOf := func(id, ext string) bool {
		_, err := os.Stat(filepath.Join(f.cfg.Dir, "data", id+ext))
		return err == nil
	}
	steps := []struct {
		advance time.Duration
		want    map[string]string // job -> status (or "gone")
	}{
		{4*time.Minute + 59*time.Second, map[string]string{failID: "failed", decID: "completed", encID: "completed"}},
		{2 * time.Second, map[string]string{failID: "expired", decID: "completed", encID: "completed"}},
		{3 * time.Hour, map[string]string{failID: "expired", decID: "expired", encID: "completed"}},
		// Expired jobs answer "expired" for a day from the sweep that expired them.
		{23 * time.Hour, map[string]string{failID: "gone", decID: "expired", encID: "completed"}},
		{22 * time.Hour, map[string]string{failID: "gone", decID: "gone", encID: "expired"}},
		{24 * time.Hour, map[string]string{encID: "gone"}},
	}
	for i, st := range steps {
		f.clock.advance(st.advance)
		f.files.Sweep()
		for id, want := range st.want {
			code, job := f.fjStatus(t, id)
			got := fmt.Sprint(job["status"])
			if code == 404 {
				got = "gone"
			}
			if got != want {
				t.Fatalf("step %d: job %s is %s, want %s", i, id, got, want)
			}
		}
	}
	if dataOf(encID, ".zip") || dataOf(decID, ".out") {
		t.Fatal("expired jobs left data on disk")
	}
	entries, _ := os.ReadDir(filepath.Join(f.cfg.Dir, "jobs"))
	if len(entries) != 0 {
		t.Fatalf("forgotten jobs left %d job files", len(entries))
	}
}

// fjTruncateChunk rewrites a result ZIP with chunk_0.enc cut short.
func fjTruncateChunk(t *testing.T, z []byte) io.Reader {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(z), int64(len(z)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, zf := range zr.File {
		rc, _ := zf.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		if zf.Name == "chunk_0.enc" {
			b = b[:len(b)-5]
		}
		w, _ := zw.Create(zf.Name)
		_, _ = w.Write(b)
	}
	_ = zw.Close()
	return &out
}

func TestFileJobsDisabled(t *testing.T) {
	f := newAPIFixture(t)
	for _, p := range []string{"/encrypt-file", "/decrypt-file", "/decrypt-existing-file", "/jobs", "/jobs/00000000-0000-4000-8000-000000000000/download", "/jobs/00000000-0000-4000-8000-000000000000/delete"} {
		code, out := f.post(t, p, map[string]any{})
		if code != 503 || out["error"] != "File jobs are not enabled on this node" {
			t.Fatalf("%s without file jobs: %d %v", p, code, out)
		}
	}
}

// fjStreamSource is size bytes of a deterministic stream, hashed as read.
type fjStreamSource struct {
	r    *rand.ChaCha8
	left int64
	sum  hash.Hash
}

func (s *fjStreamSource) Read(p []byte) (int, error) {
	if s.left == 0 {
		return 0, io.EOF
	}
	p = p[:min(int64(len(p)), s.left)]
	_, _ = s.r.Read(p)
	s.sum.Write(p)
	s.left -= int64(len(p))
	return len(p), nil
}

// fjLargeRoundTrip streams size bytes through encrypt-file, download,
// decrypt-file and download with the default chunk sizes, and compares
// hashes.
func fjLargeRoundTrip(t *testing.T, size int64) {
	f := fjNew(t, func(c *FileJobsConfig) {
		c.ZipChunkSize, c.StreamChunkSize, c.MaxFileSize = 0, 0, 0 // defaults
	})
	src := &fjStreamSource{r: rand.NewChaCha8([32]byte{42}), left: size, sum: sha256.New()}
	d, s := f.fjSign(t, f.owner, 1)
	code, out := f.fjUpload(t, "/encrypt-file", map[string]string{"data": d, "signature": s, "secretId": "1"}, "big.bin", src, true)
	if code != 200 {
		t.Fatalf("encrypt-file: %d %v", code, out)
	}
	encID := out["jobId"].(string)
	f.fjWaitCompleted(t, encID)
	zipPath := filepath.Join(t.TempDir(), "big.cifer")
	zf, err := os.Create(zipPath)
	if err != nil {
		t.Fatal(err)
	}
	f.fjDownload(t, encID, nil, zf)
	zf.Close()
	zf, _ = os.Open(zipPath)
	defer zf.Close()
	d, s = f.fjSign(t, f.owner, 1)
	code, out = f.fjUpload(t, "/decrypt-file", map[string]string{"data": d, "signature": s}, "big.cifer", zf, true)
	if code != 200 {
		t.Fatalf("decrypt-file: %d %v", code, out)
	}
	decID := out["jobId"].(string)
	f.fjWaitCompleted(t, decID)
	got := sha256.New()
	n := &fjCount{w: got}
	if code, _, raw := f.fjDownload(t, decID, f.fjSigned(t, f.owner, 1, decID, "download"), n); code != 200 {
		t.Fatalf("download: %d %s", code, raw)
	}
	if n.n != size || !bytes.Equal(got.Sum(nil), src.sum.Sum(nil)) {
		t.Fatalf("round trip of %d bytes gave %d bytes with another hash", size, n.n)
	}
}

type fjCount struct {
	w io.Writer
	n int64
}

func (c *fjCount) Write(p []byte) (int, error) { c.n += int64(len(p)); return c.w.Write(p) }

func TestFileJobsLargeRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("large file in -short mode")
	}
	fjLargeRoundTrip(t, 40<<20)
}

// TestFileJobsMemory200MiB measures memory during a 200 MiB round trip
// (client and server in one process, so the figure covers both). Opt in:
// CIFER_FILEJOB_MEM=1 go test ./blackbox/ -run TestFileJobsMemory200MiB -v
func TestFileJobsMemory200MiB(t *testing.T) {
	if os.Getenv("CIFER_FILEJOB_MEM") == "" {
		t.Skip("set CIFER_FILEJOB_MEM=1 to run the 200 MiB memory measurement")
	}
	runtime.GC()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var peakHeap, peakTotal uint64
	wg.Add(1)
	go func() {
		defer wg.Done()
		samples := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/memory/classes/total:bytes"}}
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(samples)
			peakHeap = max(peakHeap, samples[0].Value.Uint64())
			peakTotal = max(peakTotal, samples[1].Value.Uint64())
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	start := time.Now()
	fjLargeRoundTrip(t, 200<<20)
	close(stop)
	wg.Wait()
	t.Logf("200 MiB round trip in %s: peak heap objects %.1f MiB, peak Go-mapped memory %.1f MiB, VmHWM %s",
		time.Since(start).Round(time.Millisecond), float64(peakHeap)/(1<<20), float64(peakTotal)/(1<<20), fjVmHWM())
}

func fjVmHWM() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "n/a"
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "n/a"
}

func FuzzFileJobMetadata(f *testing.F) {
	c := "0x" + strings.Repeat("ab", envelope.CiferSize)
	h := "0x" + strings.Repeat("cd", 32)
	f.Add([]byte(`{"format":"cifer-stream-v1","cifers":["` + c + `"],"secretId":1,"chainId":"84532","originalHash":"` + h + `","originalName":"../a\u0000b"}`))
	f.Add([]byte(`{"format":"cifer-stream-v1","cifers":[],"secretId":"x"}`))
	f.Add([]byte(`{"cifers":null}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := parseFileMetadata(raw)
		if err != nil {
			return
		}
		if len(m.cifers) == 0 || len(m.cifers) > maxZipChunks || !m.SecretID.Set {
			t.Fatalf("accepted metadata breaks the rules: %d cifers", len(m.cifers))
		}
		for _, c := range m.cifers {
			if len(c) != envelope.CiferSize {
				t.Fatalf("accepted a %d-byte cifer", len(c))
			}
		}
		if strings.ContainsAny(m.OriginalName, "/\\\"\x00\n") || len(m.OriginalName) > 255 {
			t.Fatalf("unsafe original name %q", m.OriginalName)
		}
	})
}

func FuzzFileJobZip(f *testing.F) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("metadata.json")
	_, _ = w.Write([]byte(`{"format":"cifer-stream-v1","cifers":["0x` + strings.Repeat("00", envelope.CiferSize) + `"],"secretId":1,"originalHash":"0x` + strings.Repeat("00", 32) + `"}`))
	w, _ = zw.Create("chunk_0.enc")
	_, _ = w.Write(append([]byte("CIFERSTR\x01\x00"), make([]byte, envelope.FileHeaderSize)...))
	_ = zw.Close()
	f.Add(buf.Bytes())
	f.Add([]byte("PK\x05\x06" + strings.Repeat("\x00", 18)))
	f.Fuzz(func(t *testing.T, raw []byte) {
		cz, err := readCiferZip(bytes.NewReader(raw), int64(len(raw)))
		if err != nil {
			return
		}
		streams, err := cz.streams(envelope.Binding{ChainID: 84532, SecretID: 1}, 1<<20, nil)
		if err != nil {
			return
		}
		for _, s := range streams {
			_, _ = io.Copy(io.Discard, io.LimitReader(s.Body, 1<<20))
			_ = s.Body.(*lazyEntry).Close()
		}
	})
}

func FuzzFileJobID(f *testing.F) {
	id, _ := newJobID()
	f.Add(id)
	f.Add("../../jobs/x.json")
	f.Add("00000000-0000-4000-8000-00000000000G")
	f.Fuzz(func(t *testing.T, s string) {
		if parseJobID(s) != nil {
			return
		}
		if len(s) != 36 || strings.ContainsAny(s, "./\\") || strings.ToLower(s) != s {
			t.Fatalf("accepted job id %q", s)
		}
	})
}

// A full queue refuses jobs; Close cancels the running job, releases the
// queued one, and the next open fails both.
func TestFileJobsQueueAndShutdown(t *testing.T) {
	cfg := FileJobsConfig{Dir: t.TempDir(), Workers: 1, QueueSize: 1}
	s, err := OpenFileJobs(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	started := make(chan struct{})
	var released atomic.Int32
	release := func() { released.Add(1) }
	blocking := func(ctx context.Context, _ *fileJob) error {
		close(started)
		<-ctx.Done()
		return ctx.Err()
	}
	var ids []string
	for i, run := range []jobRun{blocking, func(context.Context, *fileJob) error { return nil }} {
		j, err := s.newJob(JobEncrypt, 84532, 1, "0x01", "f", 1)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.submit(j, run, release); err != nil {
			t.Fatalf("job %d: %v", i, err)
		}
		ids = append(ids, j.ID)
		if i == 0 {
			select {
			case <-started:
			case <-time.After(20 * time.Second):
				t.Fatal("first job did not start")
			}
		}
	}
	j, _ := s.newJob(JobEncrypt, 84532, 1, "0x01", "f", 1)
	if err := s.submit(j, blocking, release); err != ErrJobQueueFull {
		t.Fatalf("third job with one worker busy and one queued: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if n := released.Load(); n != 3 {
		t.Fatalf("released %d jobs' resources, want 3 (refused, cancelled, queued)", n)
	}
	s2, err := OpenFileJobs(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s2.Close() })
	for _, id := range ids {
		v, err := s2.Job(id)
		if err != nil || v.Status != JobFailed || v.Error == nil || !strings.Contains(*v.Error, "restart") {
			t.Fatalf("job %s after restart: %+v %v", id, v, err)
		}
	}
	if _, err := s2.Job(j.ID); err != ErrJobNotFound {
		t.Fatalf("refused job after restart: %v", err)
	}
}
