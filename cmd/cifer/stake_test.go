package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/cifer-network/cifer/enclave/sim"
	"github.com/ethereum/go-ethereum/crypto"
)

// An operator's whole life through the stake commands, on a dev chain that
// mines on demand (so the test decides when blocks pass): node init,
// register, status, top-up, unbond, a withdraw refused before the unbonding
// delay, the delay passing, withdraw, and status finding no node. Each
// refusal carries the contract's reason and what to do.
func TestStakeCommandsOnDevChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := devchain.Start(ctx, devchain.Config{Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	gov, _ := devchain.DevKey(0)
	const delay = 3
	tokens := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
	dep, err := deploy.Deploy(ctx, c.Client(), gov, deploy.Params{
		Network: "cifer-test", RPCURL: c.HTTPURL(), BlockTimeMs: 1000, Testnet: true, MinStake: tokens(1000),
		EpochLength: 1000, UnbondingDelay: delay, CreationFee: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	depFile := filepath.Join(dir, "deployment.json")
	if err := dep.Save(depFile); err != nil {
		t.Fatal(err)
	}
	platformKey := filepath.Join(dir, "platform.key")
	if _, err := sim.GeneratePlatformKey(platformKey); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(dir, "node")
	if code, _, errOut := runForTest(t, "node", "init", "--data-dir", data, "--sim-platform-key", platformKey); code != 0 {
		t.Fatalf("node init: %s", errOut)
	}
	opKey, _ := devchain.DevKey(1)
	operator := crypto.PubkeyToAddress(opKey.PublicKey).Hex()
	t.Setenv("CIFER_DEPLOYMENT", depFile)
	t.Setenv("CIFER_OPERATOR_KEY", "")

	ok := func(want string, args ...string) string { t.Helper(); return cliOK(t, want, args...) }
	fails := func(code int, want []string, args ...string) { t.Helper(); cliFails(t, code, want, args...) }
	status := func() stakeStatus {
		t.Helper()
		var st stakeStatus
		out := ok(`"operator"`, "stake", "status")
		if err := json.Unmarshal([]byte(out), &st); err != nil {
			t.Fatalf("status output: %v\n%s", err, out)
		}
		return st
	}

	// No operator key: every command that sends says how to give one.
	for _, cmd := range [][]string{{"register", "--data-dir", data, "--amount", "2000"}, {"top-up", "--amount", "1"}, {"unbond"}, {"withdraw"}} {
		fails(2, []string{"no operator key", "CIFER_OPERATOR_KEY", "--key-file"}, append([]string{"stake"}, cmd...)...)
	}
	fails(2, []string{"give --operator ADDRESS"}, "stake", "status")
	fails(1, []string{"no such file"}, "stake", "unbond", "--key-file", filepath.Join(dir, "missing.key"))
	t.Setenv("CIFER_OPERATOR_KEY", hex.EncodeToString(crypto.FromECDSA(opKey)))

	fails(1, []string{"has no registered node", "cifer stake register"}, "stake", "status")
	fails(1, []string{"Node not found", hintNodeNotFound}, "stake", "unbond")
	fails(2, []string{"--data-dir is required"}, "stake", "register", "--amount", "2000")
	fails(2, []string{"not a positive whole number"}, "stake", "register", "--data-dir", data, "--amount", "0")
	// Too low: the mint goes through (500 tokens stay with the operator),
	// the registration does not.
	fails(1, []string{"Stake below minimum", hintStakeBelowMinimum}, "stake", "register", "--data-dir", data, "--amount", "500", "--mint")
	ok("registered node 12D3KooW", "stake", "register", "--data-dir", data, "--amount", "2000", "--mint")
	fails(1, []string{"Operator already registered", hintOperatorRegistered}, "stake", "register", "--data-dir", data, "--amount", "2000", "--mint")
	st := status()
	if st.Operator != operator || st.Status != "active" || st.Stake != tokens(2000).String() || !strings.HasPrefix(st.PeerID, "12D3KooW") || st.Elected || st.Epoch != 0 {
		t.Fatalf("status after register: %+v", st)
	}
	ok("added 500 tokens of stake", "stake", "top-up", "--amount", "500")
	if st := status(); st.Stake != tokens(2500).String() {
		t.Fatalf("stake after top-up: %s", st.Stake)
	}
	fails(1, []string{"Node not unbonding", hintNodeNotUnbonding}, "stake", "withdraw")

	ok("unbonding: the node leaves the active set", "stake", "unbond")
	if st := status(); st.Status != "unbonding" {
		t.Fatalf("status after unbond: %+v", st)
	}
	fails(1, []string{"Node not active", hintNodeNotActive}, "stake", "top-up", "--amount", "1")
	fails(1, []string{"Unbonding delay not over", hintUnbondingNotOver}, "stake", "withdraw")
	// A refused transaction mines nothing: only these blocks run the delay
	// down.
	for range delay {
		c.Commit()
	}
	ok("stake withdrawn", "stake", "withdraw")
	fails(1, []string{"has no registered node"}, "stake", "status", "--operator", operator)

	// The chain unreachable: the error says where to look.
	dep.RPCURL = "http://127.0.0.1:1"
	down := filepath.Join(dir, "down.json")
	if err := dep.Save(down); err != nil {
		t.Fatal(err)
	}
	fails(1, []string{"connection refused", hintUnreachableRPC}, "stake", "status", "--deployment", down, "--operator", operator, "--timeout", "10s")
	fails(1, []string{hintUnreachableRPC}, "stake", "unbond", "--deployment", down, "--timeout", "10s")
	fails(1, []string{"no such file", hintNoDeploymentFile}, "stake", "status", "--deployment", filepath.Join(dir, "nope.json"))
}
