package chain

import (
	"context"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cifer-network/cifer/contracts/evmtest"
	"github.com/cifer-network/cifer/selection"
)

// TestElectionReaderFromChain recomputes elections through ElectionReader on
// the simulated EVM: nothing before the first epoch, the stored result after
// it (stakes read over several nodesRange pages), and ErrMismatch when a
// registration lands in the advancing block just before advanceEpoch, so
// the parent block's stakes are not the ones drawn from.
func TestElectionReaderFromChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c := evmtest.NewChain(t, 8)
	d := c.Deploy(evmtest.DeployParams{MinStake: evmtest.Ether(100), EpochLength: 4, UnbondingDelay: 10, CreationFee: evmtest.Ether(0)})
	for i := 1; i <= 5; i++ {
		c.Register(d, evmtest.NodeSpec{Operator: i, Stake: evmtest.Ether(int64(100 * i))})
	}
	r, err := NewElectionReader(d.RegistryAddr, c.Client, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	r.page = 2 // five nodes take three pages

	e, err := selection.FromChain(ctx, r, c.BlockNumber())
	if err != nil || e.Number != 0 || len(e.BlackBoxes) != 0 || len(e.Clusters) != 0 {
		t.Fatalf("before epoch 1: %+v, %v", e, err)
	}
	weights, err := r.Weights(ctx, c.BlockNumber())
	if err != nil || len(weights) != 5 || weights[4].Cmp(evmtest.Ether(500)) != 0 {
		t.Fatalf("weights = %v, %v", weights, err)
	}

	c.AdvanceEpoch(d, 0)
	e, err = selection.FromChain(ctx, r, c.BlockNumber())
	if err != nil || e.Number != 1 {
		t.Fatalf("epoch 1: %+v, %v", e, err)
	}
	stored, err := d.Registry.BlackBoxIndexes(&bind.CallOpts{Context: ctx})
	if err != nil || !slices.Equal(indexInts(stored), e.BlackBoxes) {
		t.Fatalf("black boxes: registry %v, %v; FromChain %v", stored, err, e.BlackBoxes)
	}
	members, err := d.Registry.ClusterMemberIndexes(&bind.CallOpts{Context: ctx}, 1)
	if err != nil || len(e.Clusters) != 1 || !slices.Equal(indexInts(members), e.Clusters[0]) {
		t.Fatalf("cluster 1: registry %v, %v; FromChain %v", members, err, e.Clusters)
	}

	// A registration sent into the block of advanceEpoch, the registration
	// first (higher tip): the registry queues stake changes while an
	// advance is pending, so the draw's weights are the request's and
	// FromChain, reading the draw weights of the block before, reproduces
	// the epoch.
	const op = 6
	spec := c.FillDefaults(evmtest.NodeSpec{Operator: op, Stake: evmtest.Ether(150)})
	c.Fund(d, op, spec.Stake)
	c.PrepareAdvance(d, 0)
	ro := c.Opts(op)
	ro.GasLimit, ro.GasTipCap, ro.GasFeeCap = 2_000_000, big.NewInt(20e9), big.NewInt(50e9)
	register, err := d.Registry.Register(ro, spec.PeerID, spec.EnclaveWallet, [32]byte{1}, [32]byte{2}, spec.Multiaddrs, spec.Stake)
	if err != nil {
		t.Fatal(err)
	}
	ao := c.Opts(0)
	ao.GasLimit = evmtest.AdvanceEpochGasLimit
	ar := c.Mine(d.Registry.AdvanceEpoch(ao))
	rr, err := c.Client.TransactionReceipt(ctx, register.Hash())
	if err != nil || rr.Status != types.ReceiptStatusSuccessful || rr.BlockNumber.Cmp(ar.BlockNumber) != 0 || rr.TransactionIndex >= ar.TransactionIndex {
		t.Fatalf("register while an advance is pending: receipt %+v, %v; want it accepted just before the advance", rr, err)
	}
	e, err = selection.FromChain(ctx, r, ar.BlockNumber.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	stored, err = d.Registry.BlackBoxIndexes(&bind.CallOpts{Context: ctx})
	if err != nil || !slices.Equal(indexInts(stored), e.BlackBoxes) {
		t.Fatalf("Black Boxes: registry %v, %v; FromChain %v", stored, err, e.BlackBoxes)
	}
	// The newcomer's weight counts from the draw after.
	if weights, err := r.Weights(ctx, ar.BlockNumber.Uint64()); err != nil || len(weights) != 6 || weights[5].Cmp(evmtest.Ether(150)) != 0 {
		t.Fatalf("weights after the advance: %v, %v", weights, err)
	}

	// A cluster member unbonds while an advance is pending: it is still in
	// that draw's weights, so it keeps its cluster slot for one more epoch,
	// in the registry and in FromChain alike (both go by draw weight).
	members, err = d.Registry.ClusterMemberIndexes(&bind.CallOpts{Context: ctx}, 1)
	if err != nil {
		t.Fatal(err)
	}
	leaver := int(members[0].Int64())
	c.PrepareAdvance(d, 0)
	c.Mine(d.Registry.Unbond(c.Opts(leaver + 1)))
	ar = c.AdvanceEpoch(d, 0)
	e, err = selection.FromChain(ctx, r, ar.BlockNumber.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	members, err = d.Registry.ClusterMemberIndexes(&bind.CallOpts{Context: ctx}, 1)
	if err != nil || !slices.Equal(indexInts(members), e.Clusters[0]) || !slices.Contains(e.Clusters[0], leaver) {
		t.Fatalf("cluster 1 after a member unbonded while pending: registry %v, %v; FromChain %v (member %d stays one epoch)", members, err, e.Clusters, leaver)
	}
	ar = c.AdvanceEpoch(d, 0)
	e, err = selection.FromChain(ctx, r, ar.BlockNumber.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	members, err = d.Registry.ClusterMemberIndexes(&bind.CallOpts{Context: ctx}, 1)
	if err != nil || !slices.Equal(indexInts(members), e.Clusters[0]) || slices.Contains(e.Clusters[0], leaver) {
		t.Fatalf("cluster 1 an epoch later: registry %v, %v; FromChain %v (member %d replaced)", members, err, e.Clusters, leaver)
	}
}
