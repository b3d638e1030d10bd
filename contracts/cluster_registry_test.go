package contracts_test

import (
	"bytes"
	"math/big"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/contracts/evmtest"
	"github.com/cifer-network/cifer/selection"
)

func TestRegister(t *testing.T) {
	c := evmtest.NewChain(t, 6)
	d := c.Deploy(defaultParams())
	reg := d.Registry
	min := evmtest.Ether(100)

	first := c.FillDefaults(evmtest.NodeSpec{Operator: 1, Stake: min, Multiaddrs: []string{"/ip4/127.0.0.1/tcp/4001", "/ip4/127.0.0.1/udp/4001/quic-v1"}})
	rcpt := c.Register(d, first)
	ev, err := reg.ParseNodeRegistered(*rcpt.Logs[len(rcpt.Logs)-1])
	if err != nil || ev.Operator != c.Addrs[1] || ev.Index.Sign() != 0 || !bytes.Equal(ev.PeerId, first.PeerID) || ev.EnclaveWallet != first.EnclaveWallet || ev.Stake.Cmp(min) != 0 {
		t.Fatalf("NodeRegistered = %+v, %v", ev, err)
	}
	for name, get := range map[string]func() (bindings.ClusterRegistryNode, error){
		"nodeAt":       func() (bindings.ClusterRegistryNode, error) { return reg.NodeAt(call(c), big.NewInt(0)) },
		"nodeOf":       func() (bindings.ClusterRegistryNode, error) { return reg.NodeOf(call(c), c.Addrs[1]) },
		"nodeByPeerId": func() (bindings.ClusterRegistryNode, error) { return reg.NodeByPeerId(call(c), first.PeerID) },
		"nodeByEnclaveWallet": func() (bindings.ClusterRegistryNode, error) {
			return reg.NodeByEnclaveWallet(call(c), first.EnclaveWallet)
		},
	} {
		n, err := get()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if n.Operator != c.Addrs[1] || !bytes.Equal(n.PeerId, first.PeerID) || n.EnclaveWallet != first.EnclaveWallet ||
			n.Measurement != [32]byte{1} || n.TransportKeyHash != [32]byte{2} || !slices.Equal(n.Multiaddrs, first.Multiaddrs) ||
			n.Stake.Cmp(min) != 0 || n.Status != bindings.NodeStatusActive || n.RegisteredBlock == 0 {
			t.Fatalf("%s = %+v", name, n)
		}
	}
	if bal, err := d.Token.BalanceOf(call(c), d.RegistryAddr); err != nil || bal.Cmp(min) != 0 {
		t.Fatalf("registry token balance = %v, %v; want %v", bal, err, min)
	}
	if n, _ := reg.ActiveNodeCount(call(c)); n.Int64() != 1 {
		t.Fatalf("activeNodeCount = %v; want 1", n)
	}

	tooMany := make([]string, 9)
	for i := range tooMany {
		tooMany[i] = "/ip4/127.0.0.1/tcp/1"
	}
	for _, tc := range []struct {
		name string
		spec evmtest.NodeSpec
		want string
	}{
		{"below min stake", evmtest.NodeSpec{Operator: 2, Stake: new(big.Int).Sub(min, big.NewInt(1))}, "Stake below minimum"},
		{"duplicate operator", evmtest.NodeSpec{Operator: 1, PeerID: []byte("other"), EnclaveWallet: c.Addrs[5], Stake: min}, "Operator already registered"},
		{"duplicate peer id", evmtest.NodeSpec{Operator: 2, PeerID: first.PeerID, Stake: min}, "Peer ID already registered"},
		{"duplicate enclave wallet", evmtest.NodeSpec{Operator: 2, EnclaveWallet: first.EnclaveWallet, Stake: min}, "Enclave wallet already registered"},
		{"empty peer id", evmtest.NodeSpec{Operator: 2, PeerID: []byte{}, Stake: min}, "Empty peer ID"},
		{"peer id too long", evmtest.NodeSpec{Operator: 2, PeerID: bytes.Repeat([]byte{7}, 129), Stake: min}, "Peer ID too long"},
		{"too many multiaddrs", evmtest.NodeSpec{Operator: 2, Stake: min, Multiaddrs: tooMany}, "Too many multiaddrs"},
		{"multiaddr too long", evmtest.NodeSpec{Operator: 2, Stake: min, Multiaddrs: []string{strings.Repeat("a", 257)}}, "Multiaddr too long"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := c.FillDefaults(tc.spec)
			c.Fund(d, s.Operator, s.Stake)
			_, err := reg.Register(c.Opts(s.Operator), s.PeerID, s.EnclaveWallet, [32]byte{}, [32]byte{}, s.Multiaddrs, s.Stake)
			c.ExpectRevert(tc.want, err)
		})
	}
	t.Run("zero enclave wallet", func(t *testing.T) {
		c.Fund(d, 2, min)
		_, err := reg.Register(c.Opts(2), []byte("p2"), common.Address{}, [32]byte{}, [32]byte{}, nil, min)
		c.ExpectRevert("Enclave wallet is zero", err)
	})
	for name, err := range map[string]error{
		"nodeAt":       func() error { _, err := reg.NodeAt(call(c), big.NewInt(1)); return err }(),
		"nodeOf":       func() error { _, err := reg.NodeOf(call(c), c.Addrs[2]); return err }(),
		"nodeByPeerId": func() error { _, err := reg.NodeByPeerId(call(c), []byte("nope")); return err }(),
	} {
		t.Run(name+" unknown", func(t *testing.T) { c.ExpectRevert("Node not found", err) })
	}

	// topUp and updateMultiaddrs.
	_, err = reg.TopUp(c.Opts(2), min)
	c.ExpectRevert("Node not found", err)
	_, err = reg.TopUp(c.Opts(1), big.NewInt(0))
	c.ExpectRevert("Amount is zero", err)
	extra := evmtest.Ether(50)
	c.Fund(d, 1, extra)
	rcpt = c.Mine(reg.TopUp(c.Opts(1), extra))
	up, err := reg.ParseStakeToppedUp(*rcpt.Logs[len(rcpt.Logs)-1])
	want := new(big.Int).Add(min, extra)
	if err != nil || up.Amount.Cmp(extra) != 0 || up.NewStake.Cmp(want) != 0 {
		t.Fatalf("StakeToppedUp = %+v, %v", up, err)
	}
	if tot, _ := reg.TotalActiveStake(call(c)); tot.Cmp(want) != 0 {
		t.Fatalf("totalActiveStake = %v; want %v", tot, want)
	}
	addrs := []string{"/dns4/node.example/tcp/4001"}
	c.Mine(reg.UpdateMultiaddrs(c.Opts(1), addrs))
	if n, _ := reg.NodeOf(call(c), c.Addrs[1]); !slices.Equal(n.Multiaddrs, addrs) || n.Stake.Cmp(want) != 0 {
		t.Fatalf("after update: %+v", n)
	}
	_, err = reg.UpdateMultiaddrs(c.Opts(1), tooMany)
	c.ExpectRevert("Too many multiaddrs", err)
}

func TestUnbondAndWithdraw(t *testing.T) {
	c := evmtest.NewChain(t, 4)
	p := defaultParams()
	p.UnbondingDelay = 6
	d := c.Deploy(p)
	reg := d.Registry
	stake := evmtest.Ether(150)
	for op := 1; op <= 3; op++ {
		c.Register(d, evmtest.NodeSpec{Operator: op, Stake: stake})
	}
	c.AdvanceEpoch(d, 0)

	_, err := reg.Withdraw(c.Opts(1))
	c.ExpectRevert("Node not unbonding", err)
	rcpt := c.Mine(reg.Unbond(c.Opts(1)))
	ub, err := reg.ParseNodeUnbonding(*rcpt.Logs[0])
	if err != nil || ub.Operator != c.Addrs[1] || ub.Epoch != 1 || ub.UnbondBlock != rcpt.BlockNumber.Uint64() {
		t.Fatalf("NodeUnbonding = %+v, %v", ub, err)
	}
	_, err = reg.Unbond(c.Opts(1))
	c.ExpectRevert("Node not active", err)
	_, err = reg.TopUp(c.Opts(1), stake)
	c.ExpectRevert("Node not active", err)
	if n, _ := reg.ActiveNodeCount(call(c)); n.Int64() != 2 {
		t.Fatalf("activeNodeCount = %v; want 2", n)
	}

	_, err = reg.Withdraw(c.Opts(1))
	c.ExpectRevert("Unbonding delay not over", err)
	// Still in the epoch it unbonded in, even after the delay.
	c.CommitBlocks(int(p.UnbondingDelay))
	_, err = reg.Withdraw(c.Opts(1))
	c.ExpectRevert("Still serving this epoch", err)

	c.AdvanceEpoch(d, 0)
	before, _ := d.Token.BalanceOf(call(c), c.Addrs[1])
	rcpt = c.Mine(reg.Withdraw(c.Opts(1)))
	after, _ := d.Token.BalanceOf(call(c), c.Addrs[1])
	if got := new(big.Int).Sub(after, before); got.Cmp(stake) != 0 {
		t.Fatalf("withdraw paid %v; want %v", got, stake)
	}
	wd, err := reg.ParseStakeWithdrawn(*rcpt.Logs[len(rcpt.Logs)-1])
	if err != nil || wd.Operator != c.Addrs[1] || wd.Amount.Cmp(stake) != 0 {
		t.Fatalf("StakeWithdrawn = %+v, %v", wd, err)
	}
	if n, _ := reg.NodeAt(call(c), big.NewInt(0)); n.Status != bindings.NodeStatusWithdrawn || n.Stake.Sign() != 0 {
		t.Fatalf("withdrawn node = %+v", n)
	}
	_, err = reg.Withdraw(c.Opts(1))
	c.ExpectRevert("Node not found", err)

	// The operator may register again, as a new node index.
	c.Register(d, evmtest.NodeSpec{Operator: 1, Stake: stake})
	if idx, err := reg.NodeIndexOf(call(c), c.Addrs[1]); err != nil || idx.Int64() != 3 {
		t.Fatalf("nodeIndexOf after re-register = %v, %v; want 3", idx, err)
	}
}

func TestAdvanceEpochRules(t *testing.T) {
	c := evmtest.NewChain(t, 4)
	p := defaultParams()
	p.EpochLength = 5
	d := c.Deploy(p)
	reg := d.Registry

	_, err := reg.RequestAdvance(c.Opts(0))
	c.ExpectRevert("Epoch not over", err) // the first epoch is due epochLength blocks after deployment
	_, err = reg.AdvanceEpoch(c.Opts(0))
	c.ExpectRevert("Advance not requested", err)
	c.CommitBlocks(5)
	_, err = reg.RequestAdvance(c.Opts(0))
	c.ExpectRevert("No active nodes", err)

	c.Register(d, evmtest.NodeSpec{Operator: 1, Stake: evmtest.Ether(100)})
	c.Register(d, evmtest.NodeSpec{Operator: 2, Stake: evmtest.Ether(300)})

	seeds := map[[32]byte]bool{}
	for epoch := uint64(1); epoch <= 4; epoch++ {
		if epoch > 1 { // right after the previous advance
			_, err := reg.RequestAdvance(c.Opts(3))
			c.ExpectRevert("Epoch not over", err)
			_, err = reg.AdvanceEpoch(c.Opts(3))
			c.ExpectRevert("Advance not requested", err)
		}
		for due := c.EpochDue(d); c.BlockNumber()+1 < due; {
			c.Commit()
		}
		ro := c.Opts(3)
		ro.GasLimit = 200_000 // an estimate runs on the head, where it is not due yet
		c.Mine(reg.RequestAdvance(ro))
		requested, _ := reg.AdvanceRequestBlock(call(c))
		// Until the seed block is mined the advance is refused, and for as
		// long as the request is pending a second request is (stake changes
		// are queued: TestStakeChangesWhilePendingAreQueued).
		_, err := reg.AdvanceEpoch(c.Opts(3))
		c.ExpectRevert("Seed block not mined", err)
		_, err = reg.RequestAdvance(c.Opts(3))
		c.ExpectRevert("Advance already requested", err)
		rcpt := c.AdvanceEpoch(d, 3)
		var ev *bindings.ClusterRegistryEpochAdvanced
		for _, l := range rcpt.Logs {
			if e, err := reg.ParseEpochAdvanced(*l); err == nil {
				ev = e
			}
		}
		if ev == nil || ev.Epoch != epoch || ev.StartBlock.Cmp(rcpt.BlockNumber) != 0 || ev.TotalStake.Cmp(evmtest.Ether(400)) != 0 {
			t.Fatalf("EpochAdvanced = %+v", ev)
		}
		header, err := c.Client.HeaderByNumber(c.Ctx(), rcpt.BlockNumber)
		if err != nil {
			t.Fatal(err)
		}
		seedHeader, err := c.Client.HeaderByNumber(c.Ctx(), new(big.Int).Add(requested, big.NewInt(selection.SeedDelay)))
		if err != nil {
			t.Fatal(err)
		}
		if header.Number.Cmp(seedHeader.Number) <= 0 {
			t.Fatalf("advanced in block %v, not after the seed block %v", header.Number, seedHeader.Number)
		}
		want := selection.EpochSeed(seedHeader.Hash(), epoch, d.RegistryAddr)
		got, _ := reg.EpochSeed(call(c))
		if got != want || ev.Seed != want {
			t.Fatalf("epoch %d seed = %x (event %x); selection.EpochSeed = %x", epoch, got, ev.Seed, want)
		}
		if seeds[got] {
			t.Fatalf("epoch %d repeats a seed", epoch)
		}
		seeds[got] = true
		if e, _ := reg.CurrentEpoch(call(c)); e != epoch {
			t.Fatalf("currentEpoch = %d; want %d", e, epoch)
		}
		// Fewer active nodes than K = 3 or n = 5: everyone is taken.
		bbs, _ := reg.BlackBoxes(call(c))
		members, _ := reg.ClusterMembers(call(c), 1)
		for _, got := range [][]common.Address{bbs, members, ev.BlackBoxes} {
			if len(got) != 2 || !slices.Contains(got, c.Addrs[1]) || !slices.Contains(got, c.Addrs[2]) {
				t.Fatalf("epoch %d: drawn %v; want both nodes", epoch, got)
			}
		}
	}
	if n, _ := reg.ClusterCount(call(c)); n != 1 {
		t.Fatalf("clusterCount = %d; want 1", n)
	}
	_, err = reg.ClusterMembers(call(c), 0)
	c.ExpectRevert("Cluster not found", err)
	_, err = reg.ClusterMembers(call(c), 2)
	c.ExpectRevert("Cluster not found", err)
}

// TestElectionMatchesSelection runs epochs with churn on the contract and
// checks that selection.FromChain, reading the chain through
// chain.ElectionReader, recomputes exactly what the registry stored, and
// that nodes that unbond are never drawn again and are replaced in their
// clusters.
func TestElectionMatchesSelection(t *testing.T) {
	const nodes, newcomers = 12, 2
	c := evmtest.NewChain(t, nodes+newcomers+1)
	d := c.Deploy(defaultParams())
	reg := d.Registry
	gov := 0
	c.Mine(reg.SetTargetClusterCount(c.Opts(gov), 3))
	for op := 1; op <= nodes; op++ {
		c.Register(d, evmtest.NodeSpec{Operator: op, Stake: evmtest.Ether(int64(100 * op))})
	}
	reader, err := chain.NewElectionReader(d.RegistryAddr, c.Client, 30*time.Second)
	if err != nil {
		t.Fatal(err)
	}

	unbonded := map[common.Address]bool{}
	totalReplaced, joined := 0, 0
	past := map[uint64]selection.Epoch{} // by the block FromChain read at
	for epoch := 1; epoch <= 8; epoch++ {
		rcpt := c.AdvanceEpoch(d, gov)
		head := c.BlockNumber()
		want, err := selection.FromChain(c.Ctx(), reader, head)
		if err != nil {
			t.Fatalf("epoch %d: FromChain: %v", epoch, err)
		}
		past[head] = want
		seed, _ := reg.EpochSeed(call(c))
		if want.Number != uint64(epoch) || want.StartBlock != rcpt.BlockNumber.Uint64() || want.Seed != seed {
			t.Fatalf("epoch %d: FromChain epoch %d start %d seed %x; registry start %v seed %x",
				epoch, want.Number, want.StartBlock, want.Seed, rcpt.BlockNumber, seed)
		}

		got, err := reg.BlackBoxIndexes(call(c))
		if err != nil || !slices.Equal(toInts(got), want.BlackBoxes) {
			t.Fatalf("epoch %d: blackBoxIndexes = %v, %v; selection %v", epoch, got, err, want.BlackBoxes)
		}
		bbs, _ := reg.BlackBoxes(call(c))
		for _, a := range bbs {
			if unbonded[a] {
				t.Fatalf("epoch %d: unbonding operator %v elected Black Box", epoch, a)
			}
		}
		if len(want.Clusters) != 3 {
			t.Fatalf("epoch %d: selection has %d clusters; want 3", epoch, len(want.Clusters))
		}
		wantReplaced := 0
		for id := uint8(1); id <= 3; id++ {
			idx, err := reg.ClusterMemberIndexes(call(c), id)
			if err != nil || !slices.Equal(toInts(idx), want.Clusters[id-1]) {
				t.Fatalf("epoch %d cluster %d = %v, %v; selection %v", epoch, id, idx, err, want.Clusters[id-1])
			}
			if len(idx) != 5 {
				t.Fatalf("epoch %d cluster %d has %d members; want 5", epoch, id, len(idx))
			}
			members, _ := reg.ClusterMembers(call(c), id)
			for _, a := range members {
				if unbonded[a] {
					t.Fatalf("epoch %d: unbonding operator %v in cluster %d", epoch, a, id)
				}
			}
			wantReplaced += len(want.Changes[id])
		}
		if n := countReplaced(reg, rcpt); n != wantReplaced {
			t.Fatalf("epoch %d: %d ClusterMemberReplaced events; selection has %d changes", epoch, n, wantReplaced)
		}
		totalReplaced += wantReplaced

		// Churn: unbond a member of cluster 1 (on even epochs the first, so
		// Black Boxes get hit too) and, every third epoch, a newcomer joins.
		members, _ := reg.ClusterMembers(call(c), 1)
		leaver := members[epoch%len(members)]
		if epoch%2 == 0 {
			leaver = bbs[0]
		}
		op := slices.Index(c.Addrs, leaver)
		if len(unbonded) < nodes-6 { // keep enough nodes for full clusters
			c.Mine(reg.Unbond(c.Opts(op)))
			unbonded[leaver] = true
		}
		if epoch%3 == 0 && joined < newcomers {
			joined++
			c.Register(d, evmtest.NodeSpec{Operator: nodes + joined, Stake: evmtest.Ether(int64(250 * joined))})
		}
	}
	if totalReplaced == 0 {
		t.Fatal("no cluster member was ever replaced; the churn did not exercise replacement")
	}
	if n, _ := reg.NodeCount(call(c)); n.Int64() != nodes+newcomers {
		t.Fatalf("nodeCount = %v; want %d", n, nodes+newcomers)
	}

	// Earlier epochs, recomputed now from the state of their own blocks.
	for block, want := range past {
		got, err := selection.FromChain(c.Ctx(), reader, block)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("FromChain at past block %d = %+v, %v; at the time %+v", block, got, err, want)
		}
	}
}

func toInts(v []*big.Int) []int {
	out := make([]int, len(v))
	for i, x := range v {
		out[i] = int(x.Int64())
	}
	return out
}

func countReplaced(reg *bindings.ClusterRegistry, rcpt *types.Receipt) int {
	n := 0
	for _, l := range rcpt.Logs {
		if _, err := reg.ParseClusterMemberReplaced(*l); err == nil {
			n++
		}
	}
	return n
}

func TestRegistryGovernance(t *testing.T) {
	c := evmtest.NewChain(t, 3)
	d := c.Deploy(defaultParams())
	reg := d.Registry
	gov, other := 0, 1
	key := [32]byte{0xed, 0x25, 0x51, 0x9}
	meas := [32]byte{0x5e}

	type setter struct {
		name   string
		send   func(from int) (*types.Transaction, error)
		check  func(rcpt *types.Receipt) bool
		reject string // revert for an invalid value by governance, if any
		bad    func() (*types.Transaction, error)
	}
	setters := []setter{
		{"minStake", func(f int) (*types.Transaction, error) { return reg.SetMinStake(c.Opts(f), big.NewInt(7)) },
			func(r *types.Receipt) bool {
				ev, err := reg.ParseMinStakeChanged(*r.Logs[0])
				v, _ := reg.MinStake(call(c))
				return err == nil && ev.MinStake.Int64() == 7 && v.Int64() == 7
			}, "Min stake is zero", func() (*types.Transaction, error) { return reg.SetMinStake(c.Opts(gov), big.NewInt(0)) }},
		{"epochLength", func(f int) (*types.Transaction, error) { return reg.SetEpochLength(c.Opts(f), 9) },
			func(r *types.Receipt) bool {
				ev, err := reg.ParseEpochLengthChanged(*r.Logs[0])
				v, _ := reg.EpochLength(call(c))
				return err == nil && ev.EpochLength == 9 && v == 9
			}, "Epoch length is zero", func() (*types.Transaction, error) { return reg.SetEpochLength(c.Opts(gov), 0) }},
		{"unbondingDelay", func(f int) (*types.Transaction, error) { return reg.SetUnbondingDelay(c.Opts(f), 11) },
			func(r *types.Receipt) bool {
				ev, err := reg.ParseUnbondingDelayChanged(*r.Logs[0])
				v, _ := reg.UnbondingDelay(call(c))
				return err == nil && ev.UnbondingDelay == 11 && v == 11
			}, "", nil},
		{"blackBoxCount", func(f int) (*types.Transaction, error) { return reg.SetBlackBoxCount(c.Opts(f), 4) },
			func(r *types.Receipt) bool {
				ev, err := reg.ParseBlackBoxCountChanged(*r.Logs[0])
				v, _ := reg.BlackBoxCount(call(c))
				return err == nil && ev.BlackBoxCount == 4 && v == 4
			}, "Invalid Black Box count", func() (*types.Transaction, error) { return reg.SetBlackBoxCount(c.Opts(gov), 0) }},
		{"clusterShape", func(f int) (*types.Transaction, error) { return reg.SetClusterShape(c.Opts(f), 7, 4) },
			func(r *types.Receipt) bool {
				ev, err := reg.ParseClusterShapeChanged(*r.Logs[0])
				n, _ := reg.ClusterSize(call(c))
				th, _ := reg.ClusterThreshold(call(c))
				return err == nil && ev.ClusterSize == 7 && ev.ClusterThreshold == 4 && n == 7 && th == 4
			}, "Invalid cluster shape", func() (*types.Transaction, error) { return reg.SetClusterShape(c.Opts(gov), 3, 4) }},
		{"targetClusterCount", func(f int) (*types.Transaction, error) { return reg.SetTargetClusterCount(c.Opts(f), 2) },
			func(r *types.Receipt) bool {
				ev, err := reg.ParseTargetClusterCountChanged(*r.Logs[0])
				v, _ := reg.TargetClusterCount(call(c))
				return err == nil && ev.TargetClusterCount == 2 && v == 2
			}, "Invalid cluster count", func() (*types.Transaction, error) { return reg.SetTargetClusterCount(c.Opts(gov), 0) }},
		{"measurementAllowed", func(f int) (*types.Transaction, error) { return reg.SetMeasurementAllowed(c.Opts(f), meas, true) },
			func(r *types.Receipt) bool {
				ev, err := reg.ParseMeasurementAllowed(*r.Logs[0])
				v, _ := reg.IsMeasurementAllowed(call(c), meas)
				other, _ := reg.IsMeasurementAllowed(call(c), [32]byte{1})
				return err == nil && ev.Measurement == meas && ev.Allowed && v && !other
			}, "", nil},
		{"simulatedEnclavesAllowed", func(f int) (*types.Transaction, error) { return reg.SetSimulatedEnclavesAllowed(c.Opts(f), true) },
			func(r *types.Receipt) bool {
				ev, err := reg.ParseSimulatedEnclavesAllowedChanged(*r.Logs[0])
				v, _ := reg.SimulatedEnclavesAllowed(call(c))
				return err == nil && ev.Allowed && v
			}, "", nil},
		{"simPlatformKey", func(f int) (*types.Transaction, error) { return reg.SetSimPlatformKey(c.Opts(f), key) },
			func(r *types.Receipt) bool {
				ev, err := reg.ParseSimPlatformKeyChanged(*r.Logs[0])
				v, _ := reg.SimPlatformKey(call(c))
				return err == nil && ev.SimPlatformKey == key && v == key
			}, "", nil},
	}
	for _, s := range setters {
		t.Run(s.name, func(t *testing.T) {
			_, err := s.send(other)
			c.ExpectRevert("Not governance", err)
			if s.bad != nil {
				_, err := s.bad()
				c.ExpectRevert(s.reject, err)
			}
			if rcpt := c.Mine(s.send(gov)); !s.check(rcpt) {
				t.Fatalf("%s: event or getter wrong after change", s.name)
			}
		})
	}

	// Defaults and measurement removal.
	c.Mine(reg.SetMeasurementAllowed(c.Opts(gov), meas, false))
	if v, _ := reg.IsMeasurementAllowed(call(c), meas); v {
		t.Fatal("measurement still allowed after removal")
	}

	_, err := reg.TransferGovernance(c.Opts(other), c.Addrs[other])
	c.ExpectRevert("Not governance", err)
	rcpt := c.Mine(reg.TransferGovernance(c.Opts(gov), c.Addrs[other]))
	if ev, err := reg.ParseGovernanceTransferred(*rcpt.Logs[0]); err != nil || ev.NewGovernance != c.Addrs[other] {
		t.Fatalf("GovernanceTransferred = %+v, %v", ev, err)
	}
	_, err = reg.SetMinStake(c.Opts(gov), big.NewInt(1))
	c.ExpectRevert("Not governance", err)
	c.Mine(reg.SetMinStake(c.Opts(other), big.NewInt(1)))
}

func TestRegistryDefaults(t *testing.T) {
	c := evmtest.NewChain(t, 1)
	d := c.Deploy(defaultParams())
	reg := d.Registry
	k, _ := reg.BlackBoxCount(call(c))
	n, _ := reg.ClusterSize(call(c))
	th, _ := reg.ClusterThreshold(call(c))
	target, _ := reg.TargetClusterCount(call(c))
	gov, _ := reg.Governance(call(c))
	tok, _ := reg.StakingToken(call(c))
	epoch, _ := reg.CurrentEpoch(call(c))
	sim, _ := reg.SimulatedEnclavesAllowed(call(c))
	if k != 3 || n != 5 || th != 3 || target != 1 || gov != c.Addrs[0] || tok != d.TokenAddr || epoch != 0 || sim {
		t.Fatalf("defaults: K=%d n=%d t=%d target=%d gov=%v token=%v epoch=%d sim=%v", k, n, th, target, gov, tok, epoch, sim)
	}
	if bbs, err := reg.BlackBoxes(call(c)); err != nil || len(bbs) != 0 {
		t.Fatalf("blackBoxes before any epoch = %v, %v", bbs, err)
	}
}

// TestClusterShapeBounds checks setClusterShape accepts exactly the shapes
// Shamir sharing can serve, 2 <= t <= n <= MAX_CLUSTER_SIZE, and leaves the
// shape unchanged when it refuses one.
func TestClusterShapeBounds(t *testing.T) {
	c := evmtest.NewChain(t, 1)
	reg := c.Deploy(defaultParams()).Registry
	for _, tc := range []struct {
		size, threshold uint8
		ok              bool
	}{
		{2, 2, true},
		{3, 2, true},
		{32, 32, true},
		{32, 2, true},
		{1, 1, false}, // one custodian holds the whole key
		{5, 1, false}, // any one share rebuilds the key
		{2, 1, false},
		{1, 0, false},
		{0, 0, false},
		{3, 4, false}, // threshold above size
		{33, 3, false},
		{255, 255, false},
	} {
		tx, err := reg.SetClusterShape(c.Opts(0), tc.size, tc.threshold)
		if !tc.ok {
			c.ExpectRevert("Invalid cluster shape", err)
			continue
		}
		c.Mine(tx, err)
		n, _ := reg.ClusterSize(call(c))
		th, _ := reg.ClusterThreshold(call(c))
		if n != tc.size || th != tc.threshold {
			t.Fatalf("shape %d/%d accepted but stored as %d/%d", tc.size, tc.threshold, n, th)
		}
	}
	n, _ := reg.ClusterSize(call(c))
	th, _ := reg.ClusterThreshold(call(c))
	if n != 32 || th != 2 { // the last accepted shape
		t.Fatalf("shape after refusals = %d/%d; want 32/2", n, th)
	}
}
