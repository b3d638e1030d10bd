package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/staking"
)

// Rewards over several epochs on one chain, with the real deployment
// (chain/deploy) on a dev chain that mines on demand: six operators of
// different stakes, secrets created in epochs 0 to 4, a top-up between
// epochs, one operator excluded from epoch 2 through an excluder that
// governance named (a proposal through both timelocks). Every operator then
// claims with 'cifer stake rewards --claim', and what each was paid (its
// balance change plus gas, and the claim's own report) equals, epoch by
// epoch, what an independent Python script (testdata/rewards_expected.py)
// computes from the chain's events over JSON-RPC without the registry's
// snapshot or the pool's bookkeeping. The excluded operator gets nothing for
// epoch 2.
func TestStakeRewardsOnDevChain(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: the independent computation needs it")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	const (
		operators = 6
		excluder  = 7
		user      = 8
	)
	c, err := devchain.Start(ctx, devchain.Config{Accounts: 9})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	eth := c.Client()
	keys := make([]*ecdsaKey, 9)
	for i := range keys {
		k, err := devchain.DevKey(i)
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = &ecdsaKey{k: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
	}
	fee := big.NewInt(1_000_000_000_000_007) // odd, so shares round
	dep, err := deploy.Deploy(ctx, eth, keys[0].k, deploy.Params{
		Network: "cifer-test", RPCURL: c.HTTPURL(), BlockTimeMs: 1000, Testnet: true, MinStake: big.NewInt(100),
		EpochLength: 3, UnbondingDelay: 1, CreationFee: fee,
	})
	if err != nil {
		t.Fatal(err)
	}
	if dep.Addresses.RewardsPool == (common.Address{}) {
		t.Fatal("deployment has no rewards pool")
	}
	dir := t.TempDir()
	depFile := filepath.Join(dir, "deployment.json")
	if err := dep.Save(depFile); err != nil {
		t.Fatal(err)
	}
	t.Setenv("CIFER_DEPLOYMENT", depFile)
	t.Setenv("CIFER_OPERATOR_KEY", "")
	ok := func(want string, args ...string) string { t.Helper(); return cliOK(t, want, args...) }
	fails := func(code int, want []string, args ...string) { t.Helper(); cliFails(t, code, want, args...) }

	reg, _ := bindings.NewClusterRegistry(dep.Addresses.Registry, eth)
	ctrl, _ := bindings.NewSecretsController(dep.Addresses.Controller, eth)
	pool, _ := bindings.NewRewardsPool(dep.Addresses.RewardsPool, eth)
	copts := &bind.CallOpts{Context: ctx}
	wallet := func(i int) *chain.Wallet {
		t.Helper()
		w, err := chain.NewWallet(ctx, eth, keys[i].k)
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	send := func(i int, what string, gas uint64, f func(*bind.TransactOpts) (*types.Transaction, error)) {
		t.Helper()
		if _, err := wallet(i).Send(ctx, what, func(o *bind.TransactOpts) (*types.Transaction, error) {
			if gas != 0 {
				o.GasLimit = gas
			}
			return f(o)
		}); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	head := func() uint64 {
		t.Helper()
		h, err := eth.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	mineUntil := func(block uint64) {
		t.Helper()
		for head() <= block {
			c.Commit()
		}
	}

	// Governance names the excluder (the Slasher's place): a security
	// change through the gov commands.
	t.Setenv("CIFER_GOV_KEY", hex.EncodeToString(crypto.FromECDSA(keys[0].k)))
	out := ok("next         cifer gov vote", "gov", "propose", "--set", "rewards-excluder="+keys[excluder].addr.Hex())
	id := regexp.MustCompile(`proposal (\d+)`).FindStringSubmatch(out)[1]
	g, err := deploy.NewGov(dep, eth)
	if err != nil {
		t.Fatal(err)
	}
	status := func() deploy.Status {
		t.Helper()
		n, _ := new(big.Int).SetString(id, 10)
		st, err := g.Status(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	mineUntil(status().Snapshot)
	ok("voted for", "gov", "vote", id, "for")
	mineUntil(status().Deadline)
	ok("executable at", "gov", "queue", id)
	c.Commit() // past the testnet's 1 s parameters delay
	ok("scheduled on the security timelock", "gov", "execute", id)
	c.Commit() // past the 1 s security delay
	ok("executed on the security timelock", "gov", "execute", id)
	if yes, err := pool.IsExcluder(copts, keys[excluder].addr); err != nil || !yes {
		t.Fatalf("isExcluder = %v, %v", yes, err)
	}

	// Six operators, stakes 1,000 to 6,000 tokens.
	tokens := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
	for i := 1; i <= operators; i++ {
		op := staking.NewOperator(wallet(i), dep.Addresses.Registry)
		stake := tokens(int64(1000 * i))
		if err := op.MintTestTokens(ctx, op.Address(), stake); err != nil {
			t.Fatal(err)
		}
		id := peer.ID(fmt.Sprintf("peer-%d", i))
		if err := op.Register(ctx, staking.Registration{PeerID: id, EnclaveWallet: common.BytesToAddress(crypto.Keccak256([]byte(id))),
			Multiaddrs: []string{"/ip4/127.0.0.1/tcp/4001"}, Stake: stake}); err != nil {
			t.Fatal(err)
		}
	}
	create := func(n int) {
		t.Helper()
		for range n {
			send(user, "createSecret", 0, func(o *bind.TransactOpts) (*types.Transaction, error) {
				o.Value = fee
				return ctrl.CreateSecret0(o)
			})
		}
	}
	advance := func() {
		t.Helper()
		start, err := reg.EpochStartBlock(copts)
		if err != nil {
			t.Fatal(err)
		}
		length, _ := reg.EpochLength(copts)
		// The request lands in the next block: mine until that one is due.
		for head()+1 < start.Uint64()+length {
			c.Commit()
		}
		send(user, "requestAdvance", 300_000, reg.RequestAdvance)
		c.Commit() // the seed block
		send(user, "advanceEpoch", 15_000_000, reg.AdvanceEpoch)
	}

	create(1) // epoch 0 elects nobody: this fee is nobody's
	advance() // epoch 1
	create(3)
	ok("nothing to claim now", "stake", "rewards", "--operator", keys[1].addr.Hex())
	advance() // epoch 2
	create(2)
	// The largest participant of epoch 2 is excluded (slashed).
	slashedIdx, slashedOp := big.NewInt(-1), common.Address{}
	best := new(big.Int)
	for i := 1; i <= operators; i++ {
		idx, _ := reg.NodeIndexOf(copts, keys[i].addr)
		st, err := reg.EpochStakeOf(copts, 2, idx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Cmp(best) > 0 {
			best, slashedIdx, slashedOp = st, idx, keys[i].addr
		}
	}
	send(excluder, "excludeFromEpoch", 0, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return pool.ExcludeFromEpoch(o, 2, slashedIdx)
	})
	// A top-up between epochs: epoch 3 weighs operator 1 with 11,000.
	op1 := staking.NewOperator(wallet(1), dep.Addresses.Registry)
	if err := op1.MintTestTokens(ctx, op1.Address(), tokens(10_000)); err != nil {
		t.Fatal(err)
	}
	if err := op1.TopUp(ctx, tokens(10_000)); err != nil {
		t.Fatal(err)
	}
	advance() // epoch 3: epoch 1 opens
	create(4)
	advance() // epoch 4: epoch 2 opens
	create(1)
	advance() // epoch 5: epoch 3 opens
	const lastOpen = 3

	// The independent computation.
	script := filepath.Join("testdata", "rewards_expected.py")
	cmd := exec.CommandContext(ctx, python, script, c.HTTPURL(), dep.Addresses.Registry.Hex(), dep.Addresses.Controller.Hex(), dep.Addresses.RewardsPool.Hex())
	raw, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v", script, err)
	}
	var expected struct {
		Epochs map[string]map[string]string `json:"epochs"`
	}
	if err := json.Unmarshal(raw, &expected); err != nil {
		t.Fatalf("script output: %v\n%s", err, raw)
	}
	if len(expected.Epochs) != 5 {
		t.Fatalf("script saw epochs %v; want 1..5", expected.Epochs)
	}
	want := map[common.Address]*big.Int{}
	for e := 1; e <= lastOpen; e++ {
		for op, amount := range expected.Epochs[fmt.Sprint(e)] {
			v, _ := new(big.Int).SetString(amount, 10)
			a := common.HexToAddress(op)
			if want[a] == nil {
				want[a] = new(big.Int)
			}
			want[a].Add(want[a], v)
			if a == slashedOp && e == 2 && v.Sign() != 0 {
				t.Fatalf("script pays the excluded operator %v in epoch 2", v)
			}
		}
	}
	if len(want) == 0 {
		t.Fatal("the script found no participants")
	}

	// Each operator claims through the CLI.
	claimedRe := regexp.MustCompile(`claimed (\d+) wei for epochs ([\d,]+)`)
	for i := 1; i <= operators; i++ {
		a := keys[i].addr
		t.Setenv("CIFER_OPERATOR_KEY", hex.EncodeToString(crypto.FromECDSA(keys[i].k)))
		show := ok("operator     "+a.Hex(), "stake", "rewards")
		if a == slashedOp && !regexp.MustCompile(`(?m)^2 .*excluded$`).MatchString(show) {
			t.Fatalf("the excluded operator's rewards do not show epoch 2 excluded:\n%s", show)
		}
		if want[a] == nil || want[a].Sign() == 0 {
			ok("nothing to claim now", "stake", "rewards", "--claim")
			continue
		}
		before, err := eth.BalanceAt(ctx, a, nil)
		if err != nil {
			t.Fatal(err)
		}
		out := ok("claimed ", "stake", "rewards", "--claim")
		m := claimedRe.FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("no claim report in:\n%s", out)
		}
		reported, _ := new(big.Int).SetString(m[1], 10)
		txHash := common.HexToHash(regexp.MustCompile(`transaction (0x[0-9a-f]+)`).FindStringSubmatch(out)[1])
		rc, err := eth.TransactionReceipt(ctx, txHash)
		if err != nil {
			t.Fatal(err)
		}
		after, err := eth.BalanceAt(ctx, a, nil)
		if err != nil {
			t.Fatal(err)
		}
		paid := new(big.Int).Sub(after, before)
		paid.Add(paid, new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice))
		if paid.Cmp(want[a]) != 0 || reported.Cmp(want[a]) != 0 {
			t.Fatalf("operator %d (%s): paid %v (reported %v) for epochs %s; the script computes %v", i, a.Hex(), paid, reported, m[2], want[a])
		}
		t.Logf("operator %d: paid %v wei for epochs %s, as computed independently (claim gas %d)", i, paid, m[2], rc.GasUsed)
		ok("nothing to claim now", "stake", "rewards", "--claim")
	}
	// Epoch 4 is not open yet: shown as pending, and a claim is refused
	// with the reason.
	t.Setenv("CIFER_OPERATOR_KEY", "")
	fails(2, []string{"--claim sends from the operator key"}, "stake", "rewards", "--claim", "--operator", keys[1].addr.Hex())
	for i := 1; i <= operators; i++ {
		idx, _ := reg.NodeIndexOf(copts, keys[i].addr)
		if st, _ := reg.EpochStakeOf(copts, 4, idx); st.Sign() == 0 {
			continue
		}
		ok("pending: opens in epoch 6", "stake", "rewards", "--operator", keys[i].addr.Hex())
		t.Setenv("CIFER_OPERATOR_KEY", hex.EncodeToString(crypto.FromECDSA(keys[i].k)))
		w := wallet(i)
		_, err := w.Send(ctx, "claim", func(o *bind.TransactOpts) (*types.Transaction, error) { return pool.Claim(o, []uint64{4}) })
		if err == nil || !strings.Contains(err.Error(), "Claims not open") {
			t.Fatalf("claim of epoch 4 in epoch 5: %v; want Claims not open", err)
		}
		break
	}
}

type ecdsaKey struct {
	k    *ecdsa.PrivateKey
	addr common.Address
}
