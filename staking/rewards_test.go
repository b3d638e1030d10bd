package staking_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/contracts/evmtest"
	"github.com/cifer-network/cifer/staking"
)

// evmWallet sends as one simulated-chain account and mines each
// transaction.
type evmWallet struct {
	c *evmtest.Chain
	i int
}

func (w evmWallet) Address() common.Address { return w.c.Addrs[w.i] }

func (w evmWallet) Send(_ context.Context, _ string, send func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Receipt, error) {
	tx, err := send(w.c.Opts(w.i))
	if err != nil {
		return nil, err
	}
	return w.c.Mine(tx, nil), nil
}

// TestReadAndClaimRewards: ReadRewards shows each served epoch as pending,
// claimable, claimed or excluded with the pool's amount, Claimable sums the
// open ones, and ClaimRewards reports what the pool paid.
func TestReadAndClaimRewards(t *testing.T) {
	c := evmtest.NewChain(t, 6)
	fee := big.NewInt(1_000_000_007)
	d := c.Deploy(evmtest.DeployParams{MinStake: evmtest.Ether(100), EpochLength: 3, UnbondingDelay: 1, CreationFee: fee})
	poolAddr, tx, pool, err := bindings.DeployRewardsPool(c.Opts(0), c.Client, d.RegistryAddr)
	c.Mine(tx, err)
	c.Mine(d.Controller.SetRewardsPool(c.Opts(0), poolAddr))
	c.Mine(pool.SetExcluder(c.Opts(0), c.Addrs[5], true))
	// Three nodes: all serve (K = 3, clusters of 5 take everyone there is).
	for op := 1; op <= 3; op++ {
		c.Register(d, evmtest.NodeSpec{Operator: op, Stake: evmtest.Ether(int64(100 * op))})
	}
	create := func(n int) {
		for range n {
			o := c.Opts(4)
			o.Value = fee
			c.Mine(d.Controller.CreateSecret0(o))
		}
	}
	c.AdvanceEpoch(d, 0) // epoch 1
	create(2)
	c.Mine(pool.ExcludeFromEpoch(c.Opts(5), 1, big.NewInt(2))) // operator 3's node
	c.AdvanceEpoch(d, 0)                                       // epoch 2
	create(1)
	c.AdvanceEpoch(d, 0) // epoch 3: epoch 1 opens

	ctx := c.Ctx()
	read := func(op int) staking.Rewards {
		t.Helper()
		r, err := staking.ReadRewards(ctx, c.Client, d.RegistryAddr, poolAddr, c.Addrs[op], uint64(op-1), 0)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	r := read(1)
	if r.Epoch != 3 || r.ClaimDelay != 2 || len(r.Epochs) != 3 {
		t.Fatalf("rewards = %+v; want epochs 1..3 at epoch 3", r)
	}
	// Epoch 1: 2 fees shared by operators 1 and 2 (100 and 200 tokens).
	want1 := new(big.Int).Div(new(big.Int).Mul(big.NewInt(2*1_000_000_007), big.NewInt(100)), big.NewInt(300))
	if e := r.Epochs[0]; e.Epoch != 1 || e.State != staking.RewardClaimable || e.Amount.Cmp(want1) != 0 || e.Stake.Cmp(evmtest.Ether(100)) != 0 {
		t.Fatalf("epoch 1 = %+v; want claimable %v", e, want1)
	}
	want2 := new(big.Int).Div(new(big.Int).Mul(big.NewInt(1_000_000_007), big.NewInt(100)), big.NewInt(600))
	if e := r.Epochs[1]; e.State != staking.RewardPending || e.OpensAt != 4 || e.Amount.Cmp(want2) != 0 {
		t.Fatalf("epoch 2 = %+v; want pending %v opening in 4", e, want2)
	}
	if epochs, sum := r.Claimable(); len(epochs) != 1 || epochs[0] != 1 || sum.Cmp(want1) != 0 {
		t.Fatalf("claimable = %v, %v", epochs, sum)
	}
	if e := read(3).Epochs[0]; e.State != staking.RewardExcluded || e.Amount.Sign() != 0 {
		t.Fatalf("operator 3, epoch 1 = %+v; want excluded", e)
	}

	op := &staking.Operator{Wallet: evmWallet{c, 1}, Backend: c.Client, Registry: d.RegistryAddr}
	paid, _, err := op.ClaimRewards(ctx, poolAddr, []uint64{1})
	if err != nil || paid.Cmp(want1) != 0 {
		t.Fatalf("claim = %v, %v; want %v", paid, err, want1)
	}
	if e := read(1).Epochs[0]; e.State != staking.RewardClaimed || e.Amount.Cmp(want1) != 0 {
		t.Fatalf("epoch 1 after the claim = %+v", e)
	}
	if _, err := staking.ReadRewards(ctx, c.Client, d.RegistryAddr, common.Address{}, c.Addrs[1], 0, 0); !errors.Is(err, staking.ErrNoRewardsPool) {
		t.Fatalf("no pool: %v", err)
	}
	if _, _, err := op.ClaimRewards(ctx, common.Address{}, []uint64{1}); !errors.Is(err, staking.ErrNoRewardsPool) {
		t.Fatalf("claim without a pool: %v", err)
	}
}
