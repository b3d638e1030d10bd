package chain

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/cifer-network/cifer/contracts/evmtest"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
)

// TestRegistryElectionReads reads the creator's registry facts from a real
// ClusterRegistry on the simulated EVM, before and after the first epoch
// and after governance changes the cluster shape.
func TestRegistryElectionReads(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c := evmtest.NewChain(t, 7)
	d := c.Deploy(evmtest.DeployParams{MinStake: evmtest.Ether(100), EpochLength: 5, UnbondingDelay: 10, CreationFee: evmtest.Ether(0)})
	for i := 1; i <= 6; i++ {
		c.Register(d, evmtest.NodeSpec{Operator: i, Stake: evmtest.Ether(int64(100 * i))})
	}
	r, err := NewRegistry(d.RegistryAddr, c.Client, time.Second)
	if err != nil {
		t.Fatal(err)
	}

	// Before the first epoch nobody is elected and there is no cluster.
	if epoch, wallets, err := r.ElectedBlackBoxWallets(ctx); err != nil || epoch != 0 || len(wallets) != 0 {
		t.Fatalf("before epoch 1: %d %v %v", epoch, wallets, err)
	}
	if n, err := r.ClusterCount(ctx); err != nil || n != 0 {
		t.Fatalf("cluster count before epoch 1: %d %v", n, err)
	}

	c.AdvanceEpoch(d, 0)
	epoch, wallets, err := r.ElectedBlackBoxWallets(ctx)
	if err != nil || epoch != 1 {
		t.Fatalf("epoch 1: %d %v", epoch, err)
	}
	ops, err := d.Registry.BlackBoxes(&bind.CallOpts{Context: ctx})
	if err != nil {
		t.Fatal(err)
	}
	if len(wallets) != len(ops) || len(wallets) != 3 {
		t.Fatalf("%d wallets for %d elected operators", len(wallets), len(ops))
	}
	for i, op := range ops {
		want := c.FillDefaults(evmtest.NodeSpec{Operator: indexOf(c.Addrs, op)}).EnclaveWallet
		if wallets[i] != want {
			t.Fatalf("black box %d: wallet %s, want %s (draw order)", i, wallets[i].Hex(), want.Hex())
		}
		if ok, err := r.IsElectedBlackBox(ctx, wallets[i]); err != nil || !ok {
			t.Fatalf("wallet %s not elected: %v", wallets[i].Hex(), err)
		}
		n, err := r.NodeByEnclaveWallet(ctx, wallets[i])
		if err != nil || n.Operator != op || n.EnclaveWallet != wallets[i] {
			t.Fatalf("node by wallet: %+v %v", n, err)
		}
	}
	if _, err := r.NodeByEnclaveWallet(ctx, common.Address{0xee}); !errors.Is(err, ErrNodeNotFound) {
		t.Fatalf("unknown wallet: %v", err)
	}
	if n, err := r.ClusterCount(ctx); err != nil || n != 1 {
		t.Fatalf("cluster count: %d %v", n, err)
	}
	if k, err := r.BlackBoxCount(ctx); err != nil || k != 3 {
		t.Fatalf("black box count: %d %v", k, err)
	}

	cases := []struct{ size, threshold uint8 }{{5, 3}, {4, 2}, {7, 7}}
	for _, tc := range cases {
		if tc != cases[0] {
			c.Mine(d.Registry.SetClusterShape(c.Opts(0), tc.size, tc.threshold))
		}
		size, threshold, err := r.ClusterShape(ctx)
		if err != nil || size != tc.size || threshold != tc.threshold {
			t.Fatalf("shape: %d/%d %v, want %d/%d", size, threshold, err, tc.size, tc.threshold)
		}
	}
}

func indexOf(addrs []common.Address, a common.Address) int {
	for i, x := range addrs {
		if x == a {
			return i
		}
	}
	return -1
}
