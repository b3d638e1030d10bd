package contracts_test

import (
	"slices"
	"testing"

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
