package testnet_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/cifer-network/cifer/internal/rpclie"
	"github.com/cifer-network/cifer/testnet"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// forgeProofs is a provider that says, in every eth_getProof answer, that
// each asked slot holds the attacker's address (owner, delegate, sim
// switch, elections alike), and drops every receipt's logs.
func forgeProofs(attacker common.Address) rpclie.Rewrite {
	return func(method string, _, result json.RawMessage) (json.RawMessage, bool) {
		switch method {
		case "eth_getProof":
			var res map[string]any
			if json.Unmarshal(result, &res) != nil {
				return result, false
			}
			sps, _ := res["storageProof"].([]any)
			for _, sp := range sps {
				sp.(map[string]any)["value"] = "0x" + common.Bytes2Hex(attacker.Bytes())
			}
			out, _ := json.Marshal(res)
			return out, true
		case "eth_getBlockReceipts":
			var rs []map[string]any
			if json.Unmarshal(result, &rs) != nil {
				return result, false
			}
			for _, r := range rs {
				r["logs"] = []any{}
			}
			out, _ := json.Marshal(rs)
			return out, true
		}
		return result, false
	}
}

// TestVerifiedReadsWithALyingEndpoint: five nodes read the home chain
// through three RPC endpoints with verified reads on, and one endpoint
// forges every proven value (saying the attacker owns and is delegate of
// everything) and drops every log. The owner's decrypts work; the attacker
// is refused; a delegation and its revocation take effect through the
// honest endpoints' proofs and receipts; the lies are counted in the nodes'
// metrics.
func TestVerifiedReadsWithALyingEndpoint(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a network")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var liar *rpclie.Proxy
	attackerAddr := devAddr(t, testnet.ClientAccount(5, 1))
	net, err := testnet.StartInProcess(ctx, testnet.Config{
		Dir: t.TempDir(), Nodes: 5, BlockTime: 200 * time.Millisecond,
		RPCFronts: func(upstream string) ([]string, error) {
			var urls []string
			for i := range 3 {
				var rw rpclie.Rewrite
				if i == 0 {
					rw = forgeProofs(attackerAddr)
				}
				p, err := rpclie.Start(upstream, rw)
				if err != nil {
					return nil, err
				}
				t.Cleanup(func() { _ = p.Close() })
				if i == 0 {
					liar = p
				}
				urls = append(urls, p.URL)
			}
			return urls, nil
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = net.Close() })
	st := net.State
	owner, err := st.DialClient(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer owner.Close()
	attacker, err := st.DialClient(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer attacker.Close()
	if attacker.Address() != attackerAddr {
		t.Fatalf("attacker address %s, forged %s", attacker.Address(), attackerAddr)
	}

	id, err := owner.CreateSecret(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := owner.WaitReady(ctx, id); err != nil {
		t.Fatal(err)
	}
	cifer, em, err := owner.Encrypt(ctx, id, []byte("only for the owner"))
	if err != nil {
		t.Fatal(err)
	}
	// The nodes see the secret synced once the block that marked it is
	// trusted (the confirmation depth), a block or two after the client,
	// which reads the chain directly.
	waitFor(ctx, t, "the owner's decrypt", func() (bool, error) {
		pt, err := owner.Decrypt(ctx, id, cifer, em)
		return err == nil && string(pt) == "only for the owner", nil
	})
	for range 20 {
		if pt, err := owner.Decrypt(ctx, id, cifer, em); err != nil || string(pt) != "only for the owner" {
			t.Fatalf("owner decrypt: %q, %v", pt, err)
		}
	}
	if pt, err := attacker.Decrypt(ctx, id, cifer, em); err == nil {
		t.Fatalf("the attacker decrypted %q on the strength of a lying endpoint", pt)
	}
	// A delegation reaches the nodes through proven receipts and state.
	if err := owner.SetDelegate(ctx, id, attacker.Address()); err != nil {
		t.Fatal(err)
	}
	waitFor(ctx, t, "the delegate's decrypt", func() (bool, error) {
		pt, err := attacker.Decrypt(ctx, id, cifer, em)
		return err == nil && string(pt) == "only for the owner", nil
	})
	if err := owner.SetDelegate(ctx, id, common.Address{}); err != nil {
		t.Fatal(err)
	}
	waitFor(ctx, t, "the revoked delegate's refusal", func() (bool, error) {
		_, err := attacker.Decrypt(ctx, id, cifer, em)
		return err != nil, nil
	})

	if liar.Lies() == 0 {
		t.Fatal("the lying endpoint was never asked: the test shows nothing")
	}
	counted := 0.0
	re := regexp.MustCompile(`(?m)^cifer_chain_rpc_lies_total\{endpoint="rpc1"\} (\S+)$`)
	for _, n := range net.Nodes {
		resp, err := http.Get(n.Info().MetricsURL + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if m := re.FindSubmatch(b); m != nil {
			v, _ := strconv.ParseFloat(string(m[1]), 64)
			counted += v
		}
	}
	if counted == 0 {
		t.Fatalf("the liar told %d lies, the nodes' metrics count none", liar.Lies())
	}
	t.Logf("the liar told %d lies; the nodes counted %.0f", liar.Lies(), counted)
}

func devAddr(t *testing.T, i int) common.Address {
	t.Helper()
	return crypto.PubkeyToAddress(devKey(t, i).PublicKey)
}
