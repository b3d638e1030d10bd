package staking_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/staking"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
)

func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// An operator's whole life on the registry through staking.Operator, on a
// dev chain that mines on demand, so the test decides when blocks pass:
// register, top up, unbond, a withdraw refused before the unbonding delay,
// then the stake back and the operator gone.
func TestStakingLifecycle(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := devchain.Start(ctx, devchain.Config{Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	gov, _ := devchain.DevKey(0)
	const delay = 3
	dep, err := deploy.Deploy(ctx, c.Client(), gov, deploy.Params{
		Network: "cifer-test", RPCURL: c.HTTPURL(), BlockTimeMs: 1000, Testnet: true, MinStake: tokens(1000),
		EpochLength: 1000, UnbondingDelay: delay, CreationFee: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	opKey, _ := devchain.DevKey(1)
	w, err := chain.NewWallet(ctx, c.Client(), opKey)
	if err != nil {
		t.Fatal(err)
	}
	s := staking.NewOperator(w, dep.Addresses.Registry)
	reg, err := chain.NewRegistry(dep.Addresses.Registry, c.Client(), 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	tok, err := bindings.NewTestToken(dep.Addresses.Token, c.Client())
	if err != nil {
		t.Fatal(err)
	}
	balance := func() *big.Int {
		t.Helper()
		b, err := tok.BalanceOf(&bind.CallOpts{Context: ctx}, w.Address())
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	wantRevert := func(err error, reason string) {
		t.Helper()
		var rev *chain.RevertError
		if !errors.As(err, &rev) || rev.Reason != reason {
			t.Fatalf("got %v, want the revert %q", err, reason)
		}
	}
	stakeOf := func(wantStatus uint8) *big.Int {
		t.Helper()
		n, err := reg.NodeOf(ctx, w.Address())
		if err != nil {
			t.Fatal(err)
		}
		if n.Status != wantStatus {
			t.Fatalf("status %d, want %d", n.Status, wantStatus)
		}
		return n.Stake
	}

	if err := s.MintTestTokens(ctx, w.Address(), tokens(3000)); err != nil {
		t.Fatal(err)
	}
	// Nothing registered yet: the calls that need a node say so.
	wantRevert(s.TopUp(ctx, tokens(1)), "Node not found")
	wantRevert(s.Unbond(ctx), "Node not found")
	wantRevert(s.Withdraw(ctx), "Node not found")

	r := staking.Registration{PeerID: "peer-1", EnclaveWallet: common.HexToAddress("0xe1"),
		Multiaddrs: []string{"/ip4/127.0.0.1/tcp/4001"}, Stake: tokens(999)}
	wantRevert(s.Register(ctx, r), "Stake below minimum")
	r.Stake = tokens(2000)
	if err := s.Register(ctx, r); err != nil {
		t.Fatal(err)
	}
	if got := stakeOf(bindings.NodeStatusActive); got.Cmp(tokens(2000)) != 0 {
		t.Fatalf("stake %v after register", got)
	}
	if err := s.TopUp(ctx, tokens(500)); err != nil {
		t.Fatal(err)
	}
	if got := stakeOf(bindings.NodeStatusActive); got.Cmp(tokens(2500)) != 0 {
		t.Fatalf("stake %v after top-up", got)
	}
	if got := balance(); got.Cmp(tokens(500)) != 0 {
		t.Fatalf("balance %v after staking 2500 of 3000", got)
	}

	wantRevert(s.Withdraw(ctx), "Node not unbonding")
	if err := s.Unbond(ctx); err != nil {
		t.Fatal(err)
	}
	stakeOf(bindings.NodeStatusUnbonding)
	wantRevert(s.TopUp(ctx, tokens(1)), "Node not active")
	wantRevert(s.Unbond(ctx), "Node not active")
	// The refused withdraws mined no block (a reverting call is refused at
	// gas estimation), so the delay has not started running down.
	wantRevert(s.Withdraw(ctx), "Unbonding delay not over")
	for range delay {
		c.Commit()
	}
	if err := s.Withdraw(ctx); err != nil {
		t.Fatal(err)
	}
	if got := balance(); got.Cmp(tokens(3000)) != 0 {
		t.Fatalf("balance %v after withdraw, want all 3000 back", got)
	}
	if _, err := reg.NodeOf(ctx, w.Address()); !errors.Is(err, chain.ErrNodeNotFound) {
		t.Fatalf("node after withdraw: %v", err)
	}
	// The operator may register again, as a new node.
	if err := s.Register(ctx, r); err != nil {
		t.Fatalf("register again: %v", err)
	}
}
