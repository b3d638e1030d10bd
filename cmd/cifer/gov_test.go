package main

import (
	"context"
	"encoding/hex"
	"math/big"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/cifer-network/cifer/contracts/bindings"
)

// The gov commands on a dev chain that mines on demand (the test decides
// when blocks and time pass): a parameters change and a security change
// through propose, vote, queue and execute, each step refused too early
// with what is wrong; wrap gives an account votes; a proposal whose votes
// are below the quorum is refused at queue.
func TestGovCommandsOnDevChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := devchain.Start(ctx, devchain.Config{Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	key0, _ := devchain.DevKey(0)
	key1, _ := devchain.DevKey(1)
	dep, err := deploy.Deploy(ctx, c.Client(), key0, deploy.Params{
		Network: "cifer-test", RPCURL: c.HTTPURL(), BlockTimeMs: 1000, Testnet: true, MinStake: big.NewInt(100),
		EpochLength: 1000, UnbondingDelay: 1, CreationFee: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	depFile := filepath.Join(t.TempDir(), "deployment.json")
	if err := dep.Save(depFile); err != nil {
		t.Fatal(err)
	}
	g, err := deploy.NewGov(dep, c.Client())
	if err != nil {
		t.Fatal(err)
	}
	reg, _ := bindings.NewClusterRegistry(dep.Addresses.Registry, c.Client())
	copts := &bind.CallOpts{Context: ctx}
	t.Setenv("CIFER_DEPLOYMENT", depFile)
	t.Setenv("CIFER_GOV_KEY", "")

	ok := func(want string, args ...string) string { t.Helper(); return cliOK(t, want, args...) }
	fails := func(code int, want []string, args ...string) { t.Helper(); cliFails(t, code, want, args...) }
	idRe := regexp.MustCompile(`proposal (\d+)`)
	propose := func(set string) string {
		t.Helper()
		out := ok("next         cifer gov vote", "gov", "propose", "--set", set)
		m := idRe.FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("no proposal id in:\n%s", out)
		}
		return m[1]
	}
	// mineUntil commits blocks until the head is past block.
	mineUntil := func(block uint64) {
		t.Helper()
		for {
			h, err := c.Client().BlockNumber(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if h > block {
				return
			}
			c.Commit()
		}
	}
	status := func(id string) deploy.Status {
		t.Helper()
		n, _ := new(big.Int).SetString(id, 10)
		st, err := g.Status(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}

	ok("simulated-enclaves-allowed         parameters + security delay", "gov", "params")
	fails(2, []string{"no voter key", "CIFER_GOV_KEY"}, "gov", "propose", "--set", "min-stake=200")
	t.Setenv("CIFER_GOV_KEY", hex.EncodeToString(crypto.FromECDSA(key0)))
	fails(2, []string{"unknown governed parameter", "min-stake"}, "gov", "propose", "--set", "bogus=1")
	fails(2, []string{"give --set NAME=VALUE"}, "gov", "propose")
	fails(2, []string{"true or false"}, "gov", "propose", "--set", "simulated-enclaves-allowed=yes")

	// A parameters change.
	id := propose("min-stake=200")
	fails(1, []string{"voting is not open", "opens after block"}, "gov", "vote", id, "for")
	fails(2, []string{"want for, against or abstain"}, "gov", "vote", id, "yes")
	mineUntil(status(id).Snapshot)
	ok("voted for on proposal "+id, "gov", "vote", id, "for")
	fails(1, []string{"has not passed", "voting is still open until block"}, "gov", "queue", id)
	mineUntil(status(id).Deadline)
	ok("executable at", "gov", "queue", id)
	fails(1, []string{"delay not over", "executable at"}, "gov", "execute", id)
	c.Commit() // its time is past the testnet's 1 s delay
	ok("proposal "+id+": executed", "gov", "execute", id)
	ok("state        executed", "gov", "status", id)
	if v, err := reg.MinStake(copts); err != nil || v.Cmp(new(big.Int).Mul(big.NewInt(200), big.NewInt(1e18))) != 0 {
		t.Fatalf("minStake = %v, %v", v, err)
	}

	// A security change: the second execute runs it on the security timelock.
	id = propose("simulated-enclaves-allowed=true")
	ok("security     not scheduled", "gov", "status", id)
	mineUntil(status(id).Snapshot)
	ok("voted for", "gov", "vote", id, "for")
	mineUntil(status(id).Deadline)
	ok("executable at", "gov", "queue", id)
	c.Commit()
	ok("scheduled on the security timelock", "gov", "execute", id)
	fails(1, []string{"delay not over", "the security timelock runs it at"}, "gov", "execute", id)
	if on, _ := reg.SimulatedEnclavesAllowed(copts); on {
		t.Fatal("switch on before the security delay")
	}
	c.Commit()
	ok("executed on the security timelock", "gov", "execute", id)
	ok("security     done", "gov", "status", id)
	if on, err := reg.SimulatedEnclavesAllowed(copts); err != nil || !on {
		t.Fatalf("simulatedEnclavesAllowed = %v, %v", on, err)
	}
	fails(1, []string{"nothing left to execute"}, "gov", "execute", id)

	// Without quorum: proposed by an account with 10 wrapped votes
	// (0.001% of the supply), which votes for it.
	t.Setenv("CIFER_GOV_KEY", hex.EncodeToString(crypto.FromECDSA(key1)))
	tok, _ := bindings.NewTestToken(dep.Addresses.Token, c.Client())
	w1, err := chain.NewWallet(ctx, c.Client(), key1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w1.Send(ctx, "mint", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return tok.Mint(o, w1.Address(), new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)))
	}); err != nil {
		t.Fatal(err)
	}
	ok("wrapped 10 tokens into votes delegated to "+w1.Address().Hex(), "gov", "wrap", "--amount", "10")
	votes, _ := bindings.NewStakeVotes(dep.Addresses.Votes, c.Client())
	if v, err := votes.GetVotes(copts, w1.Address()); err != nil || v.Cmp(new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))) != 0 {
		t.Fatalf("votes after wrap = %v, %v", v, err)
	}
	id = propose("epoch-length=7")
	mineUntil(status(id).Snapshot)
	ok("voted for", "gov", "vote", id, "for")
	mineUntil(status(id).Deadline)
	fails(1, []string{"not enough votes", "quorum"}, "gov", "queue", id)
	ok("state        defeated", "gov", "status", id)
	fails(1, []string{"proposal not found"}, "gov", "status", "12345")
}
