package testnet_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cifer-network/cifer/node"
	"github.com/cifer-network/cifer/testnet"
)

// apiRole is a node's /healthz "node" object as an app or operator reads
// it from the API URL.
type apiRole struct {
	Role              string            `json:"role"`
	Epoch             uint64            `json:"epoch"`
	VerifiedPeers     int               `json:"verifiedPeers"`
	ElectedBlackBoxes int               `json:"electedBlackBoxes"`
	ChainHeads        map[string]uint64 `json:"chainHeads"`
	Error             string            `json:"error"`
}

func roleOf(ctx context.Context, t *testing.T, st *testnet.State, apiURL string) apiRole {
	t.Helper()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, apiURL+"/healthz", nil)
	resp, err := apiClient(t, st).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var h struct {
		Node *apiRole `json:"node"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&h); err != nil || h.Node == nil {
		t.Fatalf("%s/healthz: no node object (%v)", apiURL, err)
	}
	return *h.Node
}

// TestGatewayOneURL: an app that knows one node's URL keeps working while
// epochs move the election, whether that node is elected or not. Five
// nodes advance an epoch every few seconds; a client written to COMPAT.md
// drives one elected node's URL and one gateway's URL through every
// payload case, until the elected set has changed at least twice, with
// zero failed calls; then the file jobs on the gateway (encrypt, download,
// decrypt-file, decrypt-existing-file, list, delete), whose keys come from
// whichever node is elected then.
func TestGatewayOneURL(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a network")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	net, err := testnet.StartInProcess(ctx, testnet.Config{
		Dir: t.TempDir(), Nodes: 5,
		BlockTime: 200 * time.Millisecond,
		// An epoch every 3 s or so: several during the test.
		EpochLength: 15,
		// The test signs as fast as the nodes answer, past the default
		// per-signer limit; limits have tests of their own.
		NodeConfig: func(c *node.Config) { c.BlackBox.RatePerSecond, c.BlackBox.RateBurst = 1e6, 1e6 },
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = net.Close() })
	st := net.State
	_, eth, reg := dialRegistry(ctx, t, st)
	lc, err := st.DialClient(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer lc.Close()
	secretID, err := lc.CreateSecret(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lc.WaitReady(ctx, secretID); err != nil {
		t.Fatal(err)
	}
	owner := devKey(t, testnet.ClientAccount(len(st.Nodes), 0))

	// One URL of each kind, as /healthz names them now. The epoch may move
	// between reads; any two distinct nodes do, since each then changes
	// role as the epochs go by.
	var elected, gateway string
	for elected == "" || gateway == "" {
		for _, n := range st.Nodes {
			r := roleOf(ctx, t, st, n.APIURL)
			if r.Error != "" || r.Epoch == 0 || r.VerifiedPeers != len(st.Nodes)-1 || r.ElectedBlackBoxes == 0 ||
				r.ChainHeads[strconv.FormatUint(st.ChainID, 10)] == 0 {
				t.Fatalf("%s/healthz node: %+v", n.APIURL, r)
			}
			switch r.Role {
			case "blackbox":
				if elected == "" && n.APIURL != gateway {
					elected = n.APIURL
				}
			case "gateway":
				if gateway == "" && n.APIURL != elected {
					gateway = n.APIURL
				}
			default:
				t.Fatalf("%s: role %q", n.APIURL, r.Role)
			}
		}
	}

	envs := []*httpEnv{
		{t: t, ctx: ctx, base: elected, chainID: st.ChainID, eth: eth, hc: apiClient(t, st)},
		{t: t, ctx: ctx, base: gateway, chainID: st.ChainID, eth: eth, hc: apiClient(t, st)},
	}
	texts := []struct {
		name, format, text string
	}{
		{"short hex", "hex", "one URL for the app's lifetime"},
		{"underscores and non-ASCII in base64", "base64", "a_b__c_ Grüße, 東京 ✓ ñ"},
		{"16 KiB in hex", "hex", strings.Repeat("0123456789abcdef", 1024)},
	}
	roundTrip := func(h *httpEnv, format, text string) {
		t.Helper()
		data, sig := h.signed(owner, st.ChainID, secretID, h.head(), text)
		code, out := h.post("/encrypt-payload", map[string]string{"data": data, "signature": sig, "outputFormat": format})
		if code != 200 || out["outputFormat"] != format {
			t.Fatalf("%s encrypt-payload (%s): %d %v", h.base, format, code, out)
		}
		c, em := fmt.Sprint(out["cifer"]), fmt.Sprint(out["encryptedMessage"])
		if format == "base64" {
			if _, err := base64.StdEncoding.DecodeString(c); err != nil {
				t.Fatalf("cifer is not base64: %v", err)
			}
		}
		data, sig = h.signed(owner, st.ChainID, secretID, h.head(), em)
		code, out = h.post("/decrypt-payload", map[string]string{"data": data, "signature": sig, "cifer": c, "inputFormat": format})
		if code != 200 || out["decryptedMessage"] != text {
			t.Fatalf("%s decrypt-payload (%s, %d bytes): %d %.200v", h.base, format, len(text), code, out)
		}
	}

	// Round trips on both URLs until the elected set changed twice.
	sets := map[string]bool{}
	electedSet := func() (uint64, string) {
		e, wallets, err := reg.ElectedBlackBoxWallets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		hex := make([]string, len(wallets))
		for i, w := range wallets {
			hex[i] = w.Hex()
		}
		slices.Sort(hex)
		return e, strings.Join(hex, ",")
	}
	firstEpoch, set := electedSet()
	sets[set] = true
	calls, lastEpoch := 0, firstEpoch
	roles := map[string]map[string]bool{elected: {}, gateway: {}}
	// Also until the gateway URL forwarded a decrypt: the epoch may move
	// between choosing it and the first round trip, and under load it may
	// then stay elected for a few epochs.
	forwarded := func() bool { return gatewayCalls(ctx, t, st, gateway, "decrypt", "forwarded") > 0 }
	for len(sets) < 3 || lastEpoch < firstEpoch+3 || !forwarded() {
		for _, h := range envs {
			roles[h.base][roleOf(ctx, t, st, h.base).Role] = true
			for _, tc := range texts {
				roundTrip(h, tc.format, tc.text)
				calls += 2
			}
		}
		if ctx.Err() != nil {
			t.Fatalf("the election did not move enough: %d sets in epochs %d..%d (gateway URL forwarded: %v)", len(sets), firstEpoch, lastEpoch, forwarded())
		}
		var s string
		lastEpoch, s = electedSet()
		sets[s] = true
	}
	t.Logf("%d payload calls, zero failed, over epochs %d..%d with %d elected sets; roles seen: %v", calls, firstEpoch, lastEpoch, len(sets), roles)

	// The rest of what an app calls at its URL: the secret's public key,
	// the chain's public RPC as /healthz gives it, and the usage the
	// round trips above were counted in at that node's door.
	for _, h := range envs {
		data, sig := h.signed(owner, st.ChainID, secretID, h.head())
		if code, out := h.post("/secret-public-key", map[string]string{"data": data, "signature": sig}); code != 200 || len(fmt.Sprint(out["publicKey"])) < 1000 {
			t.Fatalf("%s secret-public-key: %d %.200v", h.base, code, out)
		}
		checkHealthChains(ctx, t, h.base, st)
		data, sig = h.signed(owner, st.ChainID, 0, h.head())
		code, out := h.post("/jobs/dataConsumption", map[string]string{"data": data, "signature": sig})
		enc, _ := out["encryption"].(map[string]any)
		dec, _ := out["decryption"].(map[string]any)
		if code != 200 || out["plan_id"] != "open" || out["user_type"] != "web3" || enc == nil || dec == nil ||
			enc["count"].(float64) < float64(calls/4) || dec["count"].(float64) < float64(calls/4) || dec["used"].(float64) <= 0 || enc["limit"] != nil {
			t.Fatalf("%s dataConsumption after %d payload calls on two URLs: %d %v", h.base, calls, code, out)
		}
	}

	// Forwarding was exercised (the loop ran until it was).
	if !forwarded() {
		t.Fatal("no decrypt was forwarded by the gateway")
	}

	// File jobs through a node that is a gateway while they run (the
	// epoch may move under one try; then another is made).
	dir := t.TempDir()
	for try := 0; ; try++ {
		var base string
		for _, n := range st.Nodes {
			if roleOf(ctx, t, st, n.APIURL).Role == "gateway" {
				base = n.APIURL
				break
			}
		}
		h := &httpEnv{t: t, ctx: ctx, base: base, chainID: st.ChainID, eth: eth, hc: apiClient(t, st)}
		e0, _ := electedSet()
		before := gatewayCalls(ctx, t, st, base, "stream_keys", "forwarded")
		checkJobEndpoints(h, owner, secretID, dir)
		src := filepath.Join(dir, "gateway.bin")
		want := writeRandomFile(t, src, 1<<20)
		data, sig := h.signed(owner, st.ChainID, secretID, h.head())
		ejob := h.upload("/encrypt-file", map[string]string{"data": data, "signature": sig, "secretId": strconv.FormatUint(secretID, 10)}, src)
		h.waitJob(ejob)
		zipPath := src + ".zip"
		h.download(ejob, nil, zipPath)
		data, sig = h.signed(owner, st.ChainID, secretID, h.head())
		djob := h.upload("/decrypt-file", map[string]string{"data": data, "signature": sig}, zipPath)
		h.waitJob(djob)
		data, sig = h.signed(owner, st.ChainID, secretID, h.head(), djob, "download")
		out := src + ".out"
		h.download(djob, map[string]string{"data": data, "signature": sig}, out)
		if hashFile(t, out) != want {
			t.Fatal("file through the gateway differs from the original")
		}
		after := gatewayCalls(ctx, t, st, base, "stream_keys", "forwarded")
		if e1, _ := electedSet(); e1 == e0 {
			// Both file decryptions (decrypt-existing-file and
			// decrypt-file) took their keys from an elected Black Box.
			if after-before != 2 {
				t.Fatalf("the gateway forwarded %d stream-key calls for 2 file decryptions", after-before)
			}
			break
		}
		if try == 5 {
			t.Fatal("the epoch moved during every try of the file jobs")
		}
	}

	// A job is asked about at another node's URL: the call reaches the
	// node that holds it, download included.
	holderIdx, otherIdx := 0, 1
	holder := &httpEnv{t: t, ctx: ctx, base: st.Nodes[holderIdx].APIURL, chainID: st.ChainID, eth: eth, hc: apiClient(t, st)}
	other := &httpEnv{t: t, ctx: ctx, base: st.Nodes[otherIdx].APIURL, chainID: st.ChainID, eth: eth, hc: apiClient(t, st)}
	src := filepath.Join(dir, "held.bin")
	want := writeRandomFile(t, src, 1<<20)
	data, sig := holder.signed(owner, st.ChainID, secretID, holder.head())
	ejob := holder.upload("/encrypt-file", map[string]string{"data": data, "signature": sig, "secretId": strconv.FormatUint(secretID, 10)}, src)
	other.waitJob(ejob)
	other.download(ejob, nil, src+".zip")
	data, sig = other.signed(owner, st.ChainID, secretID, other.head())
	code, res := other.post("/decrypt-existing-file", map[string]string{"encryptJobId": ejob, "data": data, "signature": sig})
	djob, _ := res["jobId"].(string)
	if code != 200 || djob == "" || djob[:8] != ejob[:8] {
		t.Fatalf("decrypt-existing-file of another node's job: %d %v (it runs where the file is)", code, res)
	}
	other.waitJob(djob)
	data, sig = other.signed(owner, st.ChainID, secretID, other.head(), djob, "download")
	hdr := other.download(djob, map[string]string{"data": data, "signature": sig}, src+".out")
	if hashFile(t, src+".out") != want || hdr.Get("Content-Length") != strconv.Itoa(1<<20) || attachmentName(hdr) != "payload.bin" {
		t.Fatalf("download of another node's job: headers %v", hdr)
	}

	// The node behind an app's URL stops: the app's retry at another URL
	// works, and a job the stopped node held answers at once with a clear
	// error naming it, not a hang.
	if err := net.Nodes[holderIdx].Close(); err != nil {
		t.Logf("closing node %d: %v", holderIdx+1, err)
	}
	roundTrip(other, "hex", "after the app's node stopped")
	start := time.Now()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, other.base+"/jobs/"+ejob+"/status", nil)
	code, res = other.do(req)
	if code != 503 || res["code"] != "unavailable" || !strings.Contains(fmt.Sprint(res["error"]), "is held by node "+net.Nodes[holderIdx].P2P().Host().ID().String()) {
		t.Fatalf("status of a job whose node stopped: %d %v", code, res)
	}
	t.Logf("a job whose node stopped answered 503 in %s", time.Since(start).Round(time.Millisecond))
	// A job ID no node's tag matches is unknown.
	req, _ = http.NewRequestWithContext(ctx, http.MethodGet, other.base+"/jobs/00000000-0000-4000-8000-000000000000/status", nil)
	if code, res := other.do(req); code != 404 {
		t.Fatalf("status of a job no node holds: %d %v", code, res)
	}
}

// checkHealthChains: /healthz names every chain with a public RPC URL an
// app can use (COMPAT.md: never empty) and its head.
func checkHealthChains(ctx context.Context, t *testing.T, apiURL string, st *testnet.State) {
	t.Helper()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, apiURL+"/healthz", nil)
	hc, err := st.HTTPClient()
	if err != nil {
		t.Fatal(err)
	}
	resp, err := hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var h struct {
		ServerTime     float64 `json:"serverTime"`
		Configurations struct {
			Chains []struct {
				ChainID  uint64 `json:"chainId"`
				RPCURL   string `json:"rpcUrl"`
				WSRPCURL string `json:"wsRpcUrl"`
			} `json:"chains"`
		} `json:"configurations"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&h); err != nil {
		t.Fatal(err)
	}
	chains := h.Configurations.Chains
	if len(chains) != 1 || chains[0].ChainID != st.ChainID || chains[0].RPCURL != st.RPCURL || chains[0].WSRPCURL != st.WSURL || st.WSURL == "" {
		t.Fatalf("%s/healthz chains: %+v (the testnet's chain is %d at %s, %s)", apiURL, chains, st.ChainID, st.RPCURL, st.WSURL)
	}
	if d := time.Since(time.UnixMilli(int64(h.ServerTime))); d < -time.Minute || d > time.Minute {
		t.Fatalf("%s/healthz serverTime %v is not Unix ms of now", apiURL, h.ServerTime)
	}
}

// gatewayCalls reads cifer_gateway_calls_total{call, served} from the
// metrics of the node serving apiURL.
func gatewayCalls(ctx context.Context, t *testing.T, st *testnet.State, apiURL, call, served string) int {
	t.Helper()
	var metricsURL string
	for _, n := range st.Nodes {
		if n.APIURL == apiURL {
			metricsURL = n.Metrics
		}
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, metricsURL+"/metrics", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf(`cifer_gateway_calls_total{call=%q,served=%q} `, call, served)
	for _, line := range strings.Split(string(raw), "\n") {
		if v, ok := strings.CutPrefix(line, want); ok {
			n, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatalf("metric line %q: %v", line, err)
			}
			return int(n)
		}
	}
	return 0
}
