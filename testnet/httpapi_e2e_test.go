package testnet_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cifer-network/cifer/blackbox/api"
	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/request"
	"github.com/cifer-network/cifer/testnet"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// httpEnv drives one elected Black Box's HTTP API with real EIP-191
// signatures over real block numbers.
type httpEnv struct {
	t       *testing.T
	ctx     context.Context
	base    string
	chainID uint64
	eth     *ethclient.Client
	// hc trusts the testnet's CA: the API is HTTPS.
	hc *http.Client
}

func (h *httpEnv) head() uint64 {
	h.t.Helper()
	n, err := h.eth.BlockNumber(h.ctx)
	if err != nil {
		h.t.Fatal(err)
	}
	return n
}

// signed returns data and its signature by key.
func (h *httpEnv) signed(key *ecdsa.PrivateKey, chainID, secretID, block uint64, tail ...string) (string, string) {
	h.t.Helper()
	data := request.Format(chainID, secretID, crypto.PubkeyToAddress(key.PublicKey), block, tail...)
	sig, err := request.Sign(data, func(d []byte) ([]byte, error) { return crypto.Sign(d, key) })
	if err != nil {
		h.t.Fatal(err)
	}
	return data, sig
}

// post sends a JSON body and returns the status and the decoded answer.
func (h *httpEnv) post(path string, body any) (int, map[string]any) {
	h.t.Helper()
	b, err := json.Marshal(body)
	if err != nil {
		h.t.Fatal(err)
	}
	req, err := http.NewRequestWithContext(h.ctx, http.MethodPost, h.base+path, bytes.NewReader(b))
	if err != nil {
		h.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	return h.do(req)
}

func (h *httpEnv) do(req *http.Request) (int, map[string]any) {
	h.t.Helper()
	resp, err := h.hc.Do(req)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err := json.Unmarshal(raw, &out); err != nil {
		h.t.Fatalf("%s: %d, not JSON: %q", req.URL.Path, resp.StatusCode, raw)
	}
	return resp.StatusCode, out
}

// apiClient is an HTTP client that trusts the testnet's CA.
func apiClient(t testing.TB, st *testnet.State) *http.Client {
	t.Helper()
	hc, err := st.HTTPClient()
	if err != nil {
		t.Fatal(err)
	}
	return hc
}

// electedAPI returns the API URL of a node the registry elected.
func electedAPI(ctx context.Context, t *testing.T, st *testnet.State) string {
	t.Helper()
	for _, n := range st.Nodes {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, n.Metrics+"/healthz", nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var h struct {
			Elected bool `json:"electedBlackBox"`
		}
		err = json.NewDecoder(resp.Body).Decode(&h)
		resp.Body.Close()
		if err == nil && h.Elected {
			return n.APIURL
		}
	}
	t.Fatal("no elected node")
	return ""
}

// checkHTTPAPI runs every payload endpoint's success path and the errors
// of COMPAT.md against a running node, and checks one format behind two
// doors: an envelope from /encrypt-payload opens through the light client.
func checkHTTPAPI(ctx context.Context, t *testing.T, st *testnet.State, secretID uint64) {
	dep, err := deploy.LoadDeployment(st.Deployment)
	if err != nil {
		t.Fatal(err)
	}
	eth, err := ethclient.DialContext(ctx, st.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	h := &httpEnv{t: t, ctx: ctx, base: electedAPI(ctx, t, st), chainID: st.ChainID, eth: eth, hc: apiClient(t, st)}
	owner := devKey(t, testnet.ClientAccount(len(st.Nodes), 0))
	stranger := devKey(t, testnet.ClientAccount(len(st.Nodes), 1))

	// Health names this network's chain and contracts, and the wallet of
	// the enclave that answers.
	checkHealth(h, st, dep)

	// Public key.
	data, sig := h.signed(owner, h.chainID, secretID, h.head())
	code, out := h.post("/secret-public-key", map[string]string{"data": data, "signature": sig})
	pk, _ := base64.StdEncoding.DecodeString(fmt.Sprint(out["publicKey"]))
	if code != 200 || len(pk) != envelope.PublicKeySize {
		t.Fatalf("secret-public-key: %d %v", code, out)
	}

	// Encrypt through the API: a cifer of exactly 1104 bytes, which opens
	// through /decrypt-payload and through the light client alike.
	data, sig = h.signed(owner, h.chainID, secretID, h.head(), "two doors, one_format")
	code, out = h.post("/encrypt-payload", map[string]string{"data": data, "signature": sig})
	cifer, em := common.FromHex(fmt.Sprint(out["cifer"])), common.FromHex(fmt.Sprint(out["encryptedMessage"]))
	if code != 200 || len(cifer) != envelope.CiferSize || len(em) != len("two doors, one_format") {
		t.Fatalf("encrypt-payload: %d %v", code, out)
	}
	data, sig = h.signed(owner, h.chainID, secretID, h.head(), "0x"+common.Bytes2Hex(em))
	decryptBody := map[string]string{"data": data, "signature": sig, "cifer": "0x" + common.Bytes2Hex(cifer)}
	code, out = h.post("/decrypt-payload", decryptBody)
	if code != 200 || out["decryptedMessage"] != "two doors, one_format" {
		t.Fatalf("decrypt-payload: %d %v", code, out)
	}
	lc, err := st.DialClient(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer lc.Close()
	if pt, err := lc.Decrypt(ctx, secretID, cifer, em); err != nil || string(pt) != "two doors, one_format" {
		t.Fatalf("light client on an API envelope: %q %v", pt, err)
	}

	// COMPAT.md "Identical retries": the same signed request sent again
	// is served again by this Black Box, up to the replay guard's bound;
	// the one after is the "replayed request" row below.
	for i := 1; i < request.DefaultMaxUses; i++ {
		if code, out := h.post("/decrypt-payload", decryptBody); code != 200 {
			t.Fatalf("identical retry %d: %d %v", i, code, out)
		}
	}

	// The errors of COMPAT.md, with their statuses and texts.
	head := h.head()
	emHex := "0x" + common.Bytes2Hex(em)
	ciferHex := "0x" + common.Bytes2Hex(cifer)
	body := func(key *ecdsa.PrivateKey, chainID, secret, block uint64, tail string) map[string]string {
		d, s := h.signed(key, chainID, secret, block, tail)
		return map[string]string{"data": d, "signature": s, "cifer": ciferHex}
	}
	mismatch := body(owner, h.chainID, secretID, head, emHex)
	mismatch["data"] = strings.Replace(mismatch["data"], crypto.PubkeyToAddress(owner.PublicKey).Hex(), crypto.PubkeyToAddress(stranger.PublicKey).Hex(), 1)
	badSig := body(owner, h.chainID, secretID, head, emHex)
	badSig["signature"] = "0x" + strings.Repeat("11", 64) + "1b"
	badHex := body(owner, h.chainID, secretID, head, emHex)
	badHex["cifer"] = "0xzz"
	tests := []struct {
		name     string
		path     string
		body     map[string]string
		wantCode int
		wantText string
	}{
		{"missing fields", "/decrypt-payload", map[string]string{"cifer": ciferHex}, 400, "Missing required field(s): data, signature"},
		{"bad format", "/decrypt-payload", map[string]string{"data": "1_2", "signature": "0x00", "cifer": ciferHex}, 400, "invalid data format"},
		{"unknown chain", "/decrypt-payload", body(owner, 999, secretID, head, emHex), 400, "Chain 999 is not supported"},
		{"future block", "/decrypt-payload", body(owner, h.chainID, secretID, head+1000, emHex), 400,
			"Block number " + strconv.FormatUint(head+1000, 10) + " is in the future (current: "},
		{"bad signature", "/decrypt-payload", badSig, 401, "invalid signature"},
		{"signer mismatch", "/decrypt-payload", mismatch, 401, "signature does not match signer"},
		{"not owner or delegate", "/decrypt-payload", body(stranger, h.chainID, secretID, head, emHex), 403, "signer is not the secret owner or delegate"},
		{"unknown secret", "/decrypt-payload", body(owner, h.chainID, 999999, head, emHex), 404, "Secret not found"},
		{"bad hex", "/decrypt-payload", badHex, 400, "cifer is not valid hex"},
		{"bad base64", "/decrypt-payload", func() map[string]string {
			b := body(owner, h.chainID, secretID, head, base64.StdEncoding.EncodeToString(em))
			b["cifer"], b["inputFormat"] = "!!not base64!!", "base64"
			return b
		}(), 400, "cifer is not valid base64"},
		{"replayed request", "/decrypt-payload", decryptBody, 400, "request already used"},
		{"public key of an unknown secret", "/secret-public-key", func() map[string]string {
			d, s := h.signed(owner, h.chainID, 999999, head)
			return map[string]string{"data": d, "signature": s}
		}(), 404, "Secret not found"},
		{"encrypt without plaintext", "/encrypt-payload", func() map[string]string {
			d, s := h.signed(owner, h.chainID, secretID, head)
			return map[string]string{"data": d, "signature": s}
		}(), 400, "Missing plainText"},
	}
	for _, tc := range tests {
		t.Run("http "+tc.name, func(t *testing.T) {
			code, out := h.post(tc.path, tc.body)
			if code != tc.wantCode || !strings.Contains(fmt.Sprint(out["error"]), tc.wantText) {
				t.Fatalf("%s: got %d %v, want %d %q", tc.path, code, out, tc.wantCode, tc.wantText)
			}
		})
	}

	checkJobEndpoints(h, owner, secretID, t.TempDir())
}

// checkHealth checks the /healthz fields clients and operators read: the
// chain's RPC URL and both contract addresses, the chain's head, and the
// answering node's enclave wallet.
func checkHealth(h *httpEnv, st *testnet.State, dep deploy.Deployment) {
	h.t.Helper()
	req, _ := http.NewRequestWithContext(h.ctx, http.MethodGet, h.base+"/healthz", nil)
	resp, err := h.hc.Do(req)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	var health api.Health
	if err := json.NewDecoder(resp.Body).Decode(&health); err != nil || resp.StatusCode != 200 || health.Status != "ok" {
		h.t.Fatalf("healthz: %d %+v %v", resp.StatusCode, health, err)
	}
	var wallet string
	for _, n := range st.Nodes {
		if n.APIURL == h.base {
			wallet = n.Identity.EnclaveWallet.Hex()
		}
	}
	if wallet == "" || !strings.EqualFold(health.EnclaveWalletAddress, wallet) {
		h.t.Fatalf("healthz enclaveWalletAddress %q, the node's enclave wallet is %q", health.EnclaveWalletAddress, wallet)
	}
	if len(health.Configurations.Chains) != 1 {
		h.t.Fatalf("healthz chains: %+v", health.Configurations.Chains)
	}
	c := health.Configurations.Chains[0]
	if c.ChainID != h.chainID || c.RPCURL != st.RPCURL || !strings.EqualFold(c.SecretsControllerAddress, dep.Addresses.Controller.Hex()) ||
		!strings.EqualFold(c.ClusterRegistryAddress, dep.Addresses.Registry.Hex()) || c.BlockTimeMs == 0 {
		h.t.Fatalf("healthz chain %+v, want chain %d at %s, controller %s, registry %s", c, h.chainID, st.RPCURL,
			dep.Addresses.Controller.Hex(), dep.Addresses.Registry.Hex())
	}
	if cs, ok := health.ChainStatus[strconv.FormatUint(h.chainID, 10)]; !ok || cs.LastKnownBlockNumber == 0 {
		h.t.Fatalf("healthz chainStatus: %+v", health.ChainStatus)
	}
}

// checkJobEndpoints runs the job endpoints the 200 MiB round trip does
// not, on a small file: status fields, an encrypt result's headers,
// /decrypt-existing-file, a decrypt download refused without auth, list
// and delete, and an unknown job.
func checkJobEndpoints(h *httpEnv, owner *ecdsa.PrivateKey, secretID uint64, dir string) {
	h.t.Helper()
	t := h.t
	src := filepath.Join(dir, "jobs-small.bin")
	want := writeRandomFile(t, src, 1<<20)
	data, sig := h.signed(owner, h.chainID, secretID, h.head())
	ejob := h.upload("/encrypt-file", map[string]string{"data": data, "signature": sig, "secretId": strconv.FormatUint(secretID, 10)}, src)
	h.waitJob(ejob)
	job := h.status(ejob)
	if job["type"] != "encrypt" || job["progress"] != float64(100) || job["resultFileName"] != "payload.bin.cifer" ||
		job["originalSize"] != float64(1<<20) || job["secretId"] != float64(secretID) || job["chainId"] != float64(h.chainID) {
		t.Fatalf("encrypt job status: %v", job)
	}
	hdr := h.download(ejob, nil, filepath.Join(dir, "jobs-small.zip"))
	if hdr.Get("Content-Type") != "application/zip" || attachmentName(hdr) != "payload.bin.cifer" {
		t.Fatalf("encrypt download headers: %v", hdr)
	}

	// Decrypt the stored result without uploading it again.
	data, sig = h.signed(owner, h.chainID, secretID, h.head())
	code, out := h.post("/decrypt-existing-file", map[string]string{"encryptJobId": ejob, "data": data, "signature": sig})
	djob, _ := out["jobId"].(string)
	if code != 200 || out["success"] != true || djob == "" {
		t.Fatalf("decrypt-existing-file: %d %v", code, out)
	}
	h.waitJob(djob)
	if job := h.status(djob); job["type"] != "decrypt" || job["resultFileName"] != "payload.bin" {
		t.Fatalf("decrypt job status: %v", job)
	}
	req, _ := http.NewRequestWithContext(h.ctx, http.MethodPost, h.base+"/jobs/"+djob+"/download", nil)
	if code, out := h.do(req); code != 401 || !strings.HasPrefix(fmt.Sprint(out["error"]), "Authentication required") {
		t.Fatalf("decrypt download without auth: %d %v", code, out)
	}
	data, sig = h.signed(owner, h.chainID, secretID, h.head(), djob, "download")
	outPath := filepath.Join(dir, "jobs-small.out")
	hdr = h.download(djob, map[string]string{"data": data, "signature": sig}, outPath)
	if hdr.Get("Content-Type") != "application/octet-stream" || attachmentName(hdr) != "payload.bin" || hdr.Get("Content-Length") != strconv.Itoa(1<<20) {
		t.Fatalf("decrypt download headers: %v", hdr)
	}
	if hashFile(t, outPath) != want {
		t.Fatal("decrypt-existing-file result differs from the original")
	}

	// List the signer's jobs, delete one, and list again.
	list := func(includeExpired bool) map[string]bool {
		t.Helper()
		data, sig := h.signed(owner, h.chainID, 0, h.head())
		code, out := h.post("/jobs?includeExpired="+strconv.FormatBool(includeExpired), map[string]string{"data": data, "signature": sig})
		jobs, _ := out["jobs"].([]any)
		if code != 200 || out["success"] != true || out["includeExpired"] != includeExpired || out["count"] != float64(len(jobs)) {
			t.Fatalf("jobs list: %d %v", code, out)
		}
		ids := map[string]bool{}
		for _, j := range jobs {
			m, _ := j.(map[string]any)
			ids[fmt.Sprint(m["id"])] = true
			// The owner signed these jobs on its own secret (COMPAT.md's
			// list fields); times are Unix ms.
			ownerHex := crypto.PubkeyToAddress(owner.PublicKey).Hex()
			if m["isSigner"] != true || m["isRecipient"] != true || m["signerWallet"] != ownerHex || m["secretOwnerWallet"] != ownerHex {
				t.Fatalf("listed job: %v", m)
			}
			if _, ok := m["createdAt"].(float64); !ok {
				t.Fatalf("listed job's createdAt is %T, want Unix ms", m["createdAt"])
			}
		}
		return ids
	}
	if ids := list(false); !ids[ejob] || !ids[djob] {
		t.Fatalf("jobs list lacks %s or %s: %v", ejob, djob, ids)
	}
	data, sig = h.signed(owner, h.chainID, secretID, h.head(), djob, "delete")
	if code, out := h.post("/jobs/"+djob+"/delete", map[string]string{"data": data, "signature": sig}); code != 200 || out["success"] != true || out["message"] == nil {
		t.Fatalf("delete: %d %v", code, out)
	}
	if job := h.status(djob); job["status"] != "expired" {
		t.Fatalf("deleted job: %v", job)
	}
	if ids := list(false); ids[djob] || !ids[ejob] {
		t.Fatalf("jobs list after delete: %v", ids)
	}
	if ids := list(true); !ids[djob] {
		t.Fatalf("jobs list with expired lacks the deleted job: %v", ids)
	}

	req, _ = http.NewRequestWithContext(h.ctx, http.MethodGet, h.base+"/jobs/no-such-job/status", nil)
	if code, out := h.do(req); code != 404 || out["error"] != "Job not found" {
		t.Fatalf("status of an unknown job: %d %v", code, out)
	}
	for _, f := range []string{src, filepath.Join(dir, "jobs-small.zip"), outPath} {
		_ = os.Remove(f)
	}
}

// attachmentName is the file name a download's Content-Disposition gives.
func attachmentName(h http.Header) string {
	disp, params, err := mime.ParseMediaType(h.Get("Content-Disposition"))
	if err != nil || disp != "attachment" {
		return ""
	}
	return params["filename"]
}

// checkFileJobs sends a file through /encrypt-file, download,
// /decrypt-file and download, byte-identical, and returns the peak resident
// memory of the node that served it.
func checkFileJobs(ctx context.Context, t *testing.T, st *testnet.State, secretID uint64, path string, want [32]byte) int64 {
	eth, err := ethclient.DialContext(ctx, st.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	h := &httpEnv{t: t, ctx: ctx, base: electedAPI(ctx, t, st), chainID: st.ChainID, eth: eth, hc: apiClient(t, st)}
	pid := 0
	for _, n := range st.Nodes {
		if n.APIURL == h.base {
			pid = n.PID
		}
	}
	owner := devKey(t, testnet.ClientAccount(len(st.Nodes), 0))

	data, sig := h.signed(owner, h.chainID, secretID, h.head())
	job := h.upload("/encrypt-file", map[string]string{"data": data, "signature": sig, "secretId": strconv.FormatUint(secretID, 10)}, path)
	h.waitJob(job)
	zipPath := path + ".zip"
	h.download(job, nil, zipPath)

	data, sig = h.signed(owner, h.chainID, secretID, h.head())
	djob := h.upload("/decrypt-file", map[string]string{"data": data, "signature": sig}, zipPath)
	h.waitJob(djob)
	data, sig = h.signed(owner, h.chainID, secretID, h.head(), djob, "download")
	outPath := path + ".out"
	h.download(djob, map[string]string{"data": data, "signature": sig}, outPath)
	if hashFile(t, outPath) != want {
		t.Fatal("file through the HTTP API differs from the original")
	}
	return vmHWM(t, pid)
}

// upload streams a multipart form with the file last.
func (h *httpEnv) upload(path string, fields map[string]string, file string) string {
	h.t.Helper()
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	go func() {
		for _, k := range []string{"data", "signature", "secretId"} {
			if v, ok := fields[k]; ok {
				_ = mw.WriteField(k, v)
			}
		}
		fw, err := mw.CreateFormFile("file", "payload.bin")
		if err == nil {
			var f *os.File
			if f, err = os.Open(file); err == nil {
				_, err = io.Copy(fw, f)
				f.Close()
			}
		}
		if err == nil {
			err = mw.Close()
		}
		pw.CloseWithError(err)
	}()
	req, err := http.NewRequestWithContext(h.ctx, http.MethodPost, h.base+path, pr)
	if err != nil {
		h.t.Fatal(err)
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	code, out := h.do(req)
	if code != 200 || out["jobId"] == nil {
		h.t.Fatalf("%s: %d %v", path, code, out)
	}
	return fmt.Sprint(out["jobId"])
}

// status returns a job's status object.
func (h *httpEnv) status(id string) map[string]any {
	h.t.Helper()
	req, _ := http.NewRequestWithContext(h.ctx, http.MethodGet, h.base+"/jobs/"+id+"/status", nil)
	code, out := h.do(req)
	job, _ := out["job"].(map[string]any)
	if code != 200 || out["success"] != true || job == nil {
		h.t.Fatalf("status of %s: %d %v", id, code, out)
	}
	return job
}

func (h *httpEnv) waitJob(id string) {
	h.t.Helper()
	for {
		req, _ := http.NewRequestWithContext(h.ctx, http.MethodGet, h.base+"/jobs/"+id+"/status", nil)
		code, out := h.do(req)
		job, _ := out["job"].(map[string]any)
		if code != 200 || job == nil {
			h.t.Fatalf("status of %s: %d %v", id, code, out)
		}
		switch job["status"] {
		case "completed":
			return
		case "failed", "expired":
			h.t.Fatalf("job %s: %v", id, job)
		}
		select {
		case <-h.ctx.Done():
			h.t.Fatalf("job %s did not complete: %v", id, job)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func (h *httpEnv) download(id string, auth map[string]string, to string) http.Header {
	h.t.Helper()
	var body io.Reader
	if auth != nil {
		b, _ := json.Marshal(auth)
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(h.ctx, http.MethodPost, h.base+"/jobs/"+id+"/download", body)
	if err != nil {
		h.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := h.hc.Do(req)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		h.t.Fatalf("download %s: %d %s", id, resp.StatusCode, b)
	}
	f, err := os.Create(to)
	if err != nil {
		h.t.Fatal(err)
	}
	defer f.Close()
	if _, err := io.Copy(f, resp.Body); err != nil {
		h.t.Fatal(err)
	}
	return resp.Header
}

// vmHWM is a process's peak resident set size in bytes.
func vmHWM(t *testing.T, pid int) int64 {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			return kb << 10
		}
	}
	t.Fatal("no VmHWM")
	return 0
}

func devKey(t *testing.T, i int) *ecdsa.PrivateKey {
	t.Helper()
	k, err := devchain.DevKey(i)
	if err != nil {
		t.Fatal(err)
	}
	return k
}
