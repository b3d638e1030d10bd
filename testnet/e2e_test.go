package testnet_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	mrand "math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/cifer-network/cifer/node"
	"github.com/cifer-network/cifer/request"
	"github.com/cifer-network/cifer/testnet"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestEndToEnd is the whole network as a user meets it: the testnet script
// starts a dev chain and five node processes and runs its demo; then every
// client command runs against it as a separate process, including a
// streamed 100 MiB file round trip and the errors users hit; then the
// testnet stops, and none of its processes is left.
func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a network of processes")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "cifer")
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, "../cmd/cifer")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	dir := filepath.Join(tmp, "net")

	runCtx := func(ctx context.Context, env []string, args ...string) (string, string, error) {
		cmd := exec.CommandContext(ctx, bin, args...)
		cmd.Env = append(cleanEnv(), env...)
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		return out.String(), errOut.String(), err
	}
	run := func(env []string, args ...string) (string, string, error) { return runCtx(ctx, env, args...) }
	t.Cleanup(func() {
		// Its own deadline: the test's may have passed.
		dctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		st, err := testnet.LoadState(dir)
		_, downErr, derr := runCtx(dctx, nil, "testnet", "down", "--dir", dir)
		if derr != nil && err == nil {
			t.Errorf("testnet down: %v", derr)
		}
		if err == nil {
			// Stopped cleanly: each process ended on SIGTERM (none had to be
			// killed) and each node removed its run file on the way out.
			if strings.Contains(downErr, "did not stop; killing") {
				t.Errorf("testnet down had to kill:\n%s", downErr)
			}
			for _, p := range append([]int{st.Chain.PID}, nodePIDs(st)...) {
				if processAlive(p) {
					t.Errorf("process %d still running after testnet down", p)
				}
			}
			for i, n := range st.Nodes {
				if _, err := os.Stat(filepath.Join(n.DataDir, node.RunInfoFile)); !errors.Is(err, os.ErrNotExist) {
					t.Errorf("node %d: %s left after testnet down (%v)", i+1, node.RunInfoFile, err)
				}
			}
		}
	})

	start := time.Now()
	out, errOut, err := run(nil, "testnet", "up", "--dir", dir)
	if err != nil {
		t.Fatalf("testnet up: %v\nstdout:\n%s\nstderr:\n%s", err, out, errOut)
	}
	t.Logf("testnet up with demo: %s", time.Since(start).Round(time.Millisecond))
	for _, want := range []string{"owner decrypted through a Black Box", "delegate decrypted", "revoked delegate refused", "demo: done", "export CIFER_DEPLOYMENT="} {
		if !strings.Contains(out, want) {
			t.Fatalf("testnet up output lacks %q:\n%s", want, out)
		}
	}
	st, err := testnet.LoadState(dir)
	if err != nil {
		t.Fatal(err)
	}
	netEnv := []string{"CIFER_DEPLOYMENT=" + st.Deployment, "CIFER_BOOTSTRAP=" + strings.Join(st.Bootstrap(), ",")}
	owner := append(netEnv, "CIFER_CLIENT_KEY="+testnet.ClientKeyHex(len(st.Nodes), 0))
	other := append(netEnv, "CIFER_CLIENT_KEY="+testnet.ClientKeyHex(len(st.Nodes), 1))
	mustRun := func(env []string, args ...string) string {
		t.Helper()
		out, errOut, err := run(env, args...)
		if err != nil {
			t.Fatalf("cifer %s: %v\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), err, out, errOut)
		}
		return out
	}
	mustFail := func(env []string, want string, args ...string) {
		t.Helper()
		out, errOut, err := run(env, args...)
		if err == nil {
			t.Fatalf("cifer %s succeeded, want an error with %q\n%s", strings.Join(args, " "), want, out)
		}
		if !strings.Contains(errOut, want) {
			t.Fatalf("cifer %s: error lacks %q:\n%s", strings.Join(args, " "), want, errOut)
		}
	}

	// Secrets: create, status, list.
	id := strings.TrimSpace(mustRun(owner, "secret", "create"))
	if _, err := strconv.ParseUint(id, 10, 64); err != nil {
		t.Fatalf("secret create printed %q", id)
	}
	var status struct {
		Owner        string `json:"owner"`
		Ready        bool   `json:"ready"`
		PublicKeyCID string `json:"publicKeyCid"`
	}
	if err := json.Unmarshal([]byte(mustRun(owner, "secret", "status", id)), &status); err != nil || !status.Ready || status.PublicKeyCID == "" {
		t.Fatalf("secret status: %+v %v", status, err)
	}
	if list := mustRun(owner, "secret", "list"); !strings.Contains(list, id) {
		t.Fatalf("secret list lacks %s:\n%s", id, list)
	}

	// Messages: encrypt locally, decrypt through a Black Box.
	envPath := filepath.Join(tmp, "message.json")
	if err := os.WriteFile(envPath, []byte(mustRun(owner, "encrypt", "--secret", id, "--message", "attack at dawn")), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := mustRun(owner, "decrypt", "--in", envPath); got != "attack at dawn" {
		t.Fatalf("decrypt gave %q", got)
	}
	mustFail(other, "not the secret owner or delegate", "decrypt", "--in", envPath)

	// A 100 MiB file, streamed both ways.
	plain := filepath.Join(tmp, "big.bin")
	want := writeRandomFile(t, plain, 100<<20)
	sealed, opened := filepath.Join(tmp, "big.cifer"), filepath.Join(tmp, "big.out")
	fileStart := time.Now()
	mustRun(owner, "file", "encrypt", "--secret", id, "--in", plain, "--out", sealed)
	mustRun(owner, "file", "decrypt", "--in", sealed, "--out", opened)
	t.Logf("100 MiB file encrypt + decrypt: %s", time.Since(fileStart).Round(time.Millisecond))
	if got := hashFile(t, opened); got != want {
		t.Fatal("decrypted file differs from the original")
	}
	mustFail(other, "not the secret owner or delegate", "file", "decrypt", "--in", sealed, "--out", filepath.Join(tmp, "stolen.out"))
	if _, err := os.Stat(filepath.Join(tmp, "stolen.out")); !os.IsNotExist(err) {
		t.Fatal("a refused file decrypt left a partial output file")
	}

	for _, f := range []string{plain, sealed, opened} {
		os.Remove(f)
	}

	// The HTTP API of the existing service, on a real node: every payload
	// endpoint and its errors, and 200 MiB through the file jobs with the
	// node's resident memory bounded.
	secretID, _ := strconv.ParseUint(id, 10, 64)
	checkHTTPAPI(ctx, t, st, secretID)
	apiFile := filepath.Join(tmp, "api.bin")
	apiWant := writeRandomFile(t, apiFile, 200<<20)
	jobStart := time.Now()
	hwm := checkFileJobs(ctx, t, st, secretID, apiFile, apiWant)
	t.Logf("200 MiB through /encrypt-file, download, /decrypt-file, download: %s; node peak RSS %d MiB",
		time.Since(jobStart).Round(time.Millisecond), hwm>>20)
	if hwm > 256<<20 {
		t.Fatalf("node peak resident memory %d MiB, limit 256 MiB", hwm>>20)
	}

	// Bad input and the errors users see.
	mustFail(owner, "Secret not found", "secret", "status", "999999")
	mustFail(other, "Not secret owner", "delegate", "--secret", id, "--to", "0x0000000000000000000000000000000000000001")
	mustFail(owner, "is not an address", "transfer", "--secret", id, "--to", "0xnothex")
	mustFail(owner, "is not a positive number", "secret", "status", "abc")
	mustFail(nil, "set CIFER_DEPLOYMENT", "secret", "list")
	mustFail(netEnv, "set CIFER_CLIENT_KEY", "secret", "list")
	mustFail(owner, "exists", "file", "encrypt", "--secret", id, "--in", envPath, "--out", envPath)

	// A block from the future: the Black Box's HTTP API gives COMPAT.md's
	// exact text (a stale block is checked in TestHTTPAPIInProcess, on a chain
	// with 1 s blocks that passes the freshness window in seconds).
	checkFutureRefused(ctx, t, st)

	// Transfer: the old owner is refused, the new one decrypts.
	otherAddr := clientAddress(t, len(st.Nodes), 1)
	mustRun(owner, "transfer", "--secret", id, "--to", otherAddr)
	mustFail(owner, "not the secret owner or delegate", "decrypt", "--in", envPath)
	if got := mustRun(other, "decrypt", "--in", envPath); got != "attack at dawn" {
		t.Fatalf("new owner decrypt gave %q", got)
	}

	// Operators: the registry's view of a node.
	var stake struct {
		Status string `json:"status"`
		PeerID string `json:"peerId"`
	}
	if err := json.Unmarshal([]byte(mustRun(netEnv, "stake", "status", "--operator", st.Nodes[0].Operator)), &stake); err != nil ||
		stake.Status != "active" || stake.PeerID != st.Nodes[0].Identity.PeerID.String() {
		t.Fatalf("stake status: %+v %v", stake, err)
	}

	// The public attestation tool, against a running node.
	if out := mustRun(netEnv, "attest", "verify", "--addr", st.Nodes[2].P2PAddr); !strings.Contains(out, "verdict: VALID") ||
		!strings.Contains(out, st.Nodes[2].Identity.PeerID.String()) {
		t.Fatalf("attest verify --addr:\n%s", out)
	}
}

// checkFutureRefused posts a decrypt request signed over a future block to
// a node's HTTP API.
func checkFutureRefused(ctx context.Context, t *testing.T, st *testnet.State) {
	t.Helper()
	key, err := devchain.DevKey(testnet.ClientAccount(len(st.Nodes), 0))
	if err != nil {
		t.Fatal(err)
	}
	data := request.Format(st.ChainID, 1, crypto.PubkeyToAddress(key.PublicKey), 1_000_000_000, "0x00")
	sig, err := request.Sign(data, func(h []byte) ([]byte, error) { return crypto.Sign(h, key) })
	if err != nil {
		t.Fatal(err)
	}
	body, _ := json.Marshal(map[string]string{"data": data, "signature": sig, "cifer": "0x" + strings.Repeat("00", 1104)})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, st.Nodes[0].APIURL+"/decrypt-payload", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	resp, err := apiClient(t, st).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(b), "Block number 1000000000 is in the future (current: ") {
		t.Fatalf("future block: %d %s", resp.StatusCode, b)
	}
}

func clientAddress(t *testing.T, nodes, j int) string {
	t.Helper()
	k, err := devchain.DevKey(testnet.ClientAccount(nodes, j))
	if err != nil {
		t.Fatal(err)
	}
	return crypto.PubkeyToAddress(k.PublicKey).Hex()
}

// cleanEnv is the test's environment without CIFER_ variables.
func cleanEnv() []string {
	var out []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "CIFER_") {
			out = append(out, kv)
		}
	}
	return out
}

func writeRandomFile(t *testing.T, path string, size int) [32]byte {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rng := mrand.NewChaCha8([32]byte{7})
	h := sha256.New()
	buf := make([]byte, 1<<20)
	for written := 0; written < size; written += len(buf) {
		_, _ = rng.Read(buf)
		h.Write(buf)
		if _, err := f.Write(buf); err != nil {
			t.Fatal(err)
		}
	}
	var sum [32]byte
	h.Sum(sum[:0])
	return sum
}

func hashFile(t *testing.T, path string) [32]byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		t.Fatal(err)
	}
	var sum [32]byte
	h.Sum(sum[:0])
	return sum
}

func nodePIDs(st *testnet.State) []int {
	var out []int
	for _, n := range st.Nodes {
		out = append(out, n.PID)
	}
	return out
}

func processAlive(pid int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	f := strings.Fields(string(b))
	return len(f) > 2 && f[2] != "Z"
}
