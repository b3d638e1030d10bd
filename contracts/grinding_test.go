package contracts_test

import (
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/contracts/evmtest"
)

// Election grinding: whoever advances the epoch must not be able to pick
// the seed, nor change the weights the draw uses once the seed can be known.

// grindingChain registers four nodes (operators 1..4) and mines until the
// epoch is due.
func grindingChain(t *testing.T) (*evmtest.Chain, *evmtest.Contracts) {
	c := evmtest.NewChain(t, 8)
	d := c.Deploy(defaultParams())
	for op := 1; op <= 4; op++ {
		c.Register(d, evmtest.NodeSpec{Operator: op, Stake: evmtest.Ether(100)})
	}
	for due := c.EpochDue(d); c.BlockNumber()+1 < due; {
		c.Commit()
	}
	return c, d
}

func advancedEvent(t *testing.T, reg *bindings.ClusterRegistry, rcpt *types.Receipt) *bindings.ClusterRegistryEpochAdvanced {
	t.Helper()
	for _, l := range rcpt.Logs {
		if e, err := reg.ParseEpochAdvanced(*l); err == nil {
			return e
		}
	}
	t.Fatal("no EpochAdvanced in the receipt")
	return nil
}

// TestStakeChangeInAdvanceBlockHasNoEffect: a newcomer registers a large
// stake in the very block that advances the epoch, sent just before the
// advance. It must not enter that draw: the total the draw used stays the
// stake of the four nodes, and the newcomer is elected nowhere.
func TestStakeChangeInAdvanceBlockHasNoEffect(t *testing.T) {
	c, d := grindingChain(t)
	reg := d.Registry
	const newcomer = 5
	stake := evmtest.Ether(10_000)
	c.Fund(d, newcomer, stake)
	s := c.FillDefaults(evmtest.NodeSpec{Operator: newcomer, Stake: stake})
	rcpt := c.AdvanceEpochAfter(d, 6, func() {
		// Sent into the advance's block; refused or not, it must not count.
		opts := c.Opts(newcomer)
		opts.GasLimit = 2_000_000
		_, _ = reg.Register(opts, s.PeerID, s.EnclaveWallet, [32]byte{1}, [32]byte{2}, s.Multiaddrs, stake)
	})
	ev := advancedEvent(t, reg, rcpt)
	if ev.TotalStake.Cmp(evmtest.Ether(400)) != 0 {
		t.Fatalf("the draw's total stake is %s, want the 400 ether staked before the advance", ev.TotalStake)
	}
	if slices.Contains(ev.BlackBoxes, c.Addrs[newcomer]) {
		t.Fatalf("the newcomer of the advance block was elected Black Box: %v", ev.BlackBoxes)
	}
}

// TestAdvanceSeedNotChosenByCaller: the caller of advanceEpoch tries two
// blocks for its call (the chain forked back to the same parent, the call
// landing one block later the second time). The seed must be the same:
// fixed before the call could be made, not by the block holding it.
func TestAdvanceSeedNotChosenByCaller(t *testing.T) {
	c, d := grindingChain(t)
	reg := d.Registry
	c.PrepareAdvance(d, 6)
	parent, err := c.Client.HeaderByNumber(c.Ctx(), nil)
	if err != nil {
		t.Fatal(err)
	}
	send := func() *types.Receipt {
		opts := c.Opts(6)
		opts.GasLimit = evmtest.AdvanceEpochGasLimit
		return c.Mine(reg.AdvanceEpoch(opts))
	}
	first := advancedEvent(t, reg, send())

	if err := c.Backend.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	c.Commit() // the caller waits one block (a reorged-out call may come back in it)
	if e, _ := reg.CurrentEpoch(call(c)); e != 1 {
		send()
	}
	seed, err := reg.EpochSeed(call(c))
	if err != nil {
		t.Fatal(err)
	}
	if e, _ := reg.CurrentEpoch(call(c)); e != 1 {
		t.Fatalf("epoch %d after the second try", e)
	}
	if seed != first.Seed {
		t.Fatalf("the seed depends on the block of the call: %x, then %x one block later", first.Seed, seed)
	}
}

// TestStakeChangesWhilePendingAreQueued: register, top-up and unbond sent
// while an advance is pending are accepted (nothing is refused for being
// early) but do not change the pending draw; they enter the weights right
// after it. A node that unbonded while pending may be drawn for the next
// epoch, so it withdraws only once the epoch after that has started.
func TestStakeChangesWhilePendingAreQueued(t *testing.T) {
	c, d := grindingChain(t) // operators 1..4, 100 each; index = operator-1
	reg := d.Registry
	weight := func(index int64) *big.Int {
		t.Helper()
		w, err := reg.DrawWeight(call(c), big.NewInt(index))
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	ro := c.Opts(6)
	ro.GasLimit = 200_000
	c.Mine(reg.RequestAdvance(ro))

	// While pending: a top-up, an unbond and a newcomer.
	c.Fund(d, 1, evmtest.Ether(900))
	c.Mine(reg.TopUp(c.Opts(1), evmtest.Ether(900)))
	c.Mine(reg.Unbond(c.Opts(2)))
	c.Register(d, evmtest.NodeSpec{Operator: 5, Stake: evmtest.Ether(10_000)})
	if n, _ := reg.QueuedWeightCount(call(c)); n.Int64() != 3 {
		t.Fatalf("%d changes queued, want 3", n)
	}
	for i, want := range []*big.Int{evmtest.Ether(100), evmtest.Ether(100), evmtest.Ether(100), evmtest.Ether(100), big.NewInt(0)} {
		if w := weight(int64(i)); w.Cmp(want) != 0 {
			t.Fatalf("while pending, node %d weighs %s in the draw, want %s", i, w, want)
		}
	}
	if n, _ := reg.NodeOf(call(c), c.Addrs[1]); n.Stake.Cmp(evmtest.Ether(1000)) != 0 {
		t.Fatalf("node 0's stake after the top-up: %s", n.Stake)
	}

	ev := advancedEvent(t, reg, c.AdvanceEpoch(d, 6))
	if ev.TotalStake.Cmp(evmtest.Ether(400)) != 0 || slices.Contains(ev.BlackBoxes, c.Addrs[5]) {
		t.Fatalf("the draw used total %s (want the 400 of the request) and elected %v", ev.TotalStake, ev.BlackBoxes)
	}
	for i, want := range []*big.Int{evmtest.Ether(1000), big.NewInt(0), evmtest.Ether(100), evmtest.Ether(100), evmtest.Ether(10_000)} {
		if w := weight(int64(i)); w.Cmp(want) != 0 {
			t.Fatalf("after the advance, node %d weighs %s, want %s", i, w, want)
		}
	}
	if n, _ := reg.QueuedWeightCount(call(c)); n.Sign() != 0 {
		t.Fatalf("%d changes still queued after the advance", n)
	}
	if total, _ := reg.TotalActiveStake(call(c)); total.Cmp(evmtest.Ether(11_200)) != 0 {
		t.Fatalf("total after the advance: %s", total)
	}

	// The node that unbonded while pending is still in epoch 1's draw.
	c.CommitBlocks(10) // past the unbonding delay
	_, err := reg.Withdraw(c.Opts(2))
	c.ExpectRevert("Still serving this epoch", err)
	c.AdvanceEpoch(d, 6)
	c.Mine(reg.Withdraw(c.Opts(2)))
}

// TestExpiredRequestAppliesItsQueue: a request nobody advanced expires
// (its seed block leaves the blockhash horizon); the changes queued under
// it count from the next request on, not never.
func TestExpiredRequestAppliesItsQueue(t *testing.T) {
	c, d := grindingChain(t)
	reg := d.Registry
	ro := c.Opts(6)
	ro.GasLimit = 200_000
	c.Mine(reg.RequestAdvance(ro))
	c.Fund(d, 1, evmtest.Ether(50))
	c.Mine(reg.TopUp(c.Opts(1), evmtest.Ether(50)))
	c.CommitBlocks(evmtest.SeedDelay + 257)
	if pending, _ := reg.AdvancePending(call(c)); pending {
		t.Fatal("the request is still pending past the blockhash horizon")
	}
	_, err := reg.AdvanceEpoch(c.Opts(6))
	c.ExpectRevert("Advance request expired", err)
	ev := advancedEvent(t, reg, c.AdvanceEpoch(d, 6))
	if ev.TotalStake.Cmp(evmtest.Ether(450)) != 0 {
		t.Fatalf("the draw after a new request used total %s, want 450 (the queued top-up counts)", ev.TotalStake)
	}
}

// TestClusterSlotsNeverShift (key safety, finding 11): a member leaves a
// cluster when nobody is left to draw in its place. Its slot must stay, so
// every later member keeps its x and the share dealt at it; before, the
// list was compacted and each later member's x moved down by one. When a
// node can be drawn again, it takes exactly that slot.
func TestClusterSlotsNeverShift(t *testing.T) {
	c := evmtest.NewChain(t, 8)
	d := c.Deploy(defaultParams()) // clusters of 5, threshold 3
	reg := d.Registry
	for op := 1; op <= 5; op++ {
		c.Register(d, evmtest.NodeSpec{Operator: op, Stake: evmtest.Ether(100)})
	}
	c.AdvanceEpoch(d, 6)
	slots := func() []uint64 {
		t.Helper()
		idx, err := reg.ClusterMemberIndexes(call(c), 1)
		if err != nil {
			t.Fatal(err)
		}
		out := make([]uint64, len(idx))
		for i, v := range idx {
			out[i] = v.Uint64()
		}
		return out
	}
	before := slots()
	if len(before) != 5 {
		t.Fatalf("cluster 1: %v", before)
	}
	// The member in the second slot unbonds; all five were members, so
	// nobody is left to draw.
	leaver := before[1]
	c.Mine(reg.Unbond(c.Opts(int(leaver) + 1)))
	c.AdvanceEpoch(d, 6)
	if after := slots(); !slices.Equal(after, before) {
		t.Fatalf("slots after a departure nobody could fill: %v, before %v (the others' x moved)", after, before)
	}
	// A newcomer: the next epoch puts it in the departed member's slot.
	c.Register(d, evmtest.NodeSpec{Operator: 6, Stake: evmtest.Ether(100)})
	c.AdvanceEpoch(d, 6)
	after := slots()
	want := slices.Clone(before)
	want[1] = 5 // the newcomer's node index
	if !slices.Equal(after, want) {
		t.Fatalf("slots after the newcomer: %v, want %v", after, want)
	}
}

// TestElectionHistory: the registry keeps which enclave wallets were
// elected in each epoch, so a creation record's dealer can be checked long
// after its epoch (key safety, finding 2).
func TestElectionHistory(t *testing.T) {
	c := evmtest.NewChain(t, 8)
	p := defaultParams()
	d := c.Deploy(p)
	reg := d.Registry
	wallets := map[common.Address]common.Address{} // operator -> enclave wallet
	for op := 1; op <= 6; op++ {
		s := c.FillDefaults(evmtest.NodeSpec{Operator: op, Stake: evmtest.Ether(100)})
		c.Register(d, s)
		wallets[c.Addrs[op]] = s.EnclaveWallet
	}
	elected := map[uint64]map[common.Address]bool{}
	ever := map[common.Address]bool{}
	for epoch := uint64(1); epoch <= 3; epoch++ {
		ev := advancedEvent(t, reg, c.AdvanceEpoch(d, 7))
		elected[epoch] = map[common.Address]bool{}
		for _, op := range ev.BlackBoxes {
			elected[epoch][wallets[op]] = true
			ever[wallets[op]] = true
		}
	}
	for epoch := uint64(0); epoch <= 4; epoch++ {
		for _, w := range wallets {
			want := elected[epoch][w]
			if epoch == 0 {
				want = ever[w]
			}
			got, err := reg.WasElectedBlackBox(call(c), epoch, w)
			if err != nil || got != want {
				t.Fatalf("wasElectedBlackBox(%d, %s) = %v, %v; want %v", epoch, w, got, err, want)
			}
		}
	}
	if got, _ := reg.WasElectedBlackBox(call(c), 1, common.HexToAddress("0x01")); got {
		t.Fatal("an unknown wallet was elected")
	}
}
