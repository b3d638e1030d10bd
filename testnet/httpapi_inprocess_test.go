package testnet_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/node"
	"github.com/cifer-network/cifer/testnet"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// TestHTTPAPIInProcess runs the HTTP API against five real nodes in this
// process, for the cases the process testnet of TestEndToEnd cannot set
// up: a node with a low per-signer rate burst (429), custodians stopped
// (503, and a new secret that stays syncing: 403), and a chain mined a
// whole freshness window ahead (the stale-block text clients parse). It
// also runs every check TestEndToEnd makes of the payload and job
// endpoints.
func TestHTTPAPIInProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a network")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	const limitedNode = 4 // index of the node with the low rate burst
	net, err := testnet.StartInProcess(ctx, testnet.Config{
		Dir: t.TempDir(), Nodes: 5,
		// One-second blocks make the freshness window 600 blocks, which
		// the test mines in seconds.
		BlockTime: time.Second,
		// No new epoch while the test mines a freshness window of blocks:
		// the elected Black Boxes stay the ones it talks to.
		EpochLength: 1_000_000,
		NodeConfig: func(c *node.Config) {
			if filepath.Base(c.DataDir) == fmt.Sprintf("node-%d", limitedNode+1) {
				c.BlackBox.RatePerSecond, c.BlackBox.RateBurst = 0.001, 2
			}
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = net.Close() })
	st := net.State
	dep, err := deploy.LoadDeployment(st.Deployment)
	if err != nil {
		t.Fatal(err)
	}
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

	// Everything TestEndToEnd checks on its process network.
	checkHTTPAPI(ctx, t, st, secretID)

	eth, err := ethclient.DialContext(ctx, st.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	base := electedAPI(ctx, t, st)
	if base == st.Nodes[limitedNode].APIURL {
		t.Fatal("the rate-limited node is the first elected one; the checks below need another")
	}
	h := &httpEnv{t: t, ctx: ctx, base: base, chainID: st.ChainID, eth: eth, hc: apiClient(t, st)}
	owner := devKey(t, testnet.ClientAccount(len(st.Nodes), 0))

	t.Run("429 on a node with a low rate burst", func(t *testing.T) {
		lim := &httpEnv{t: t, ctx: ctx, base: st.Nodes[limitedNode].APIURL, chainID: st.ChainID, eth: eth, hc: apiClient(t, st)}
		signer := devKey(t, testnet.ClientAccount(len(st.Nodes), 2))
		head := lim.head()
		for i := 0; i < 2; i++ {
			data, sig := lim.signed(signer, st.ChainID, secretID, head)
			if code, out := lim.post("/secret-public-key", map[string]string{"data": data, "signature": sig}); code == 429 {
				t.Fatalf("request %d within the burst of 2: %d %v", i+1, code, out)
			}
		}
		data, sig := lim.signed(signer, st.ChainID, secretID, head)
		code, out := lim.post("/secret-public-key", map[string]string{"data": data, "signature": sig})
		want := "rate limit exceeded for " + crypto.PubkeyToAddress(signer.PublicKey).Hex() + ": retry after "
		if code != 429 || !strings.HasPrefix(fmt.Sprint(out["error"]), want) || out["code"] != "rate_limited" || len(out) != 2 {
			t.Fatalf("third request: %d %v, want 429 {error: %q...}", code, out, want)
		}
	})

	t.Run("the API wire carries TLS records only", func(t *testing.T) {
		checkTLSRecordsOnly(t, h, st, owner, secretID)
	})
	t.Run("the API certificate is attested and chains to the testnet CA", func(t *testing.T) {
		checkAttestedCertificate(t, st, base)
	})

	// An envelope for the checks below, sealed while every node runs.
	data, sig := h.signed(owner, st.ChainID, secretID, h.head(), "needs three shares")
	code, out := h.post("/encrypt-payload", map[string]string{"data": data, "signature": sig})
	if code != 200 {
		t.Fatalf("encrypt-payload: %d %v", code, out)
	}
	ciferHex, emHex := fmt.Sprint(out["cifer"]), fmt.Sprint(out["encryptedMessage"])
	decryptBody := func(secret, block uint64) map[string]string {
		d, s := h.signed(owner, st.ChainID, secret, block, emHex)
		return map[string]string{"data": d, "signature": s, "cifer": ciferHex}
	}

	// Stop three of the five custodians, keeping the Black Box asked: it
	// can gather two shares, one short of the threshold.
	stopped := 0
	for i, ns := range st.Nodes {
		if ns.APIURL != base && stopped < 3 {
			if err := net.Nodes[i].Close(); err != nil {
				t.Logf("closing node %d: %v", i+1, err)
			}
			stopped++
		}
	}

	t.Run("503 when not enough shares can be had", func(t *testing.T) {
		code, out := h.post("/decrypt-payload", decryptBody(secretID, h.head()))
		if code != 503 || !strings.HasPrefix(fmt.Sprint(out["error"]), "not enough shares") {
			t.Fatalf("decrypt with 2 of 5 custodians: %d %v", code, out)
		}
	})

	// A secret created now cannot be dealt (three custodians are down), so
	// it stays syncing for as long as the test needs.
	syncing, err := lc.CreateSecret(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("403 while syncing", func(t *testing.T) {
		// The node may not have seen the creation block yet.
		for {
			data, sig := h.signed(owner, st.ChainID, syncing, h.head())
			code, out := h.post("/secret-public-key", map[string]string{"data": data, "signature": sig})
			if code != 404 {
				if code != 403 || !strings.Contains(fmt.Sprint(out["error"]), "is not ready (still syncing)") {
					t.Fatalf("secret-public-key while syncing: %d %v", code, out)
				}
				break
			}
			select {
			case <-ctx.Done():
				t.Fatal("the node never saw the new secret")
			case <-time.After(100 * time.Millisecond):
			}
		}
		data, sig := h.signed(owner, st.ChainID, syncing, h.head(), "too early")
		if code, out := h.post("/encrypt-payload", map[string]string{"data": data, "signature": sig}); code != 403 || !strings.Contains(fmt.Sprint(out["error"]), "is not ready (still syncing)") {
			t.Fatalf("encrypt-payload while syncing: %d %v", code, out)
		}
		if code, out := h.post("/decrypt-payload", decryptBody(syncing, h.head())); code != 403 || !strings.Contains(fmt.Sprint(out["error"]), "is not ready (still syncing)") {
			t.Fatalf("decrypt-payload while syncing: %d %v", code, out)
		}
	})

	t.Run("stale block with the exact text", func(t *testing.T) {
		old := h.head()
		window := chain.MaxBlockAge(dep.BlockTimeMs)
		pkData, pkSig := h.signed(owner, st.ChainID, secretID, old)
		staleDecrypt := decryptBody(secretID, old)
		start := time.Now()
		for i := uint64(0); i <= window; i++ {
			net.Chain.Commit()
		}
		t.Logf("mined %d blocks in %s", window+1, time.Since(start).Round(time.Millisecond))
		prefix := fmt.Sprintf("Block number %d is too old (current: ", old)
		suffix := fmt.Sprintf(", max window: %d)", window)
		check := func(path string, code int, out map[string]any) {
			t.Helper()
			msg := fmt.Sprint(out["error"])
			cur, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimPrefix(msg, prefix), suffix), 10, 64)
			if code != 400 || !strings.HasPrefix(msg, prefix) || !strings.HasSuffix(msg, suffix) || err != nil || cur <= old+window {
				t.Fatalf("%s: %d %q, want 400 %q<head>%q with head > %d", path, code, msg, prefix, suffix, old+window)
			}
		}
		// The node learns of the new head from its subscription; the
		// public-key call may be repeated until it has.
		for {
			code, out := h.post("/secret-public-key", map[string]string{"data": pkData, "signature": pkSig})
			if code != 200 {
				check("/secret-public-key", code, out)
				break
			}
			select {
			case <-ctx.Done():
				t.Fatal("secret-public-key: never refused as stale")
			case <-time.After(100 * time.Millisecond):
			}
		}
		code, out := h.post("/decrypt-payload", staleDecrypt)
		check("/decrypt-payload", code, out)
	})
}
