package contracts_test

import (
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/contracts/evmtest"
	"github.com/cifer-network/cifer/contracts/testbindings"
)

// rewardsSetup is a deployment with a RewardsPool wired to the controller,
// account 9 an excluder, and six nodes (operators 1..6) of different stakes.
type rewardsSetup struct {
	c        *evmtest.Chain
	d        *evmtest.Contracts
	pool     *bindings.RewardsPool
	poolAddr common.Address
	ops      map[int64]int // node index => operator account
}

const excluderAcct = 9

func newRewardsSetup(t *testing.T) *rewardsSetup {
	t.Helper()
	c := evmtest.NewChain(t, 11)
	d := c.Deploy(defaultParams())
	poolAddr, tx, pool, err := bindings.DeployRewardsPool(c.Opts(0), c.Client, d.RegistryAddr)
	c.Mine(tx, err)
	c.Mine(d.Controller.SetRewardsPool(c.Opts(0), poolAddr))
	c.Mine(pool.SetExcluder(c.Opts(0), c.Addrs[excluderAcct], true))
	s := &rewardsSetup{c: c, d: d, pool: pool, poolAddr: poolAddr, ops: map[int64]int{}}
	for op := 1; op <= 6; op++ {
		stake := new(big.Int).Mul(evmtest.Ether(100), big.NewInt(int64(op*op)))
		c.Register(d, evmtest.NodeSpec{Operator: op, Stake: stake})
		s.ops[int64(op-1)] = op
	}
	return s
}

// participants computes, from the registry's election views alone (not its
// snapshot), who serves the current epoch and with what stake: the elected
// Black Boxes and every cluster member, once each, with its node's stake.
// The tests change no stake while an advance is pending, so the node's
// stake is the weight the draw used.
func (s *rewardsSetup) participants(t *testing.T) map[int64]*big.Int {
	t.Helper()
	reg := s.d.Registry
	idx, err := reg.BlackBoxIndexes(call(s.c))
	if err != nil {
		t.Fatal(err)
	}
	count, err := reg.ClusterCount(call(s.c))
	if err != nil {
		t.Fatal(err)
	}
	for cl := uint8(1); cl <= count; cl++ {
		m, err := reg.ClusterMemberIndexes(call(s.c), cl)
		if err != nil {
			t.Fatal(err)
		}
		idx = append(idx, m...)
	}
	out := map[int64]*big.Int{}
	for _, i := range idx {
		n, err := reg.NodeAt(call(s.c), i)
		if err != nil {
			t.Fatal(err)
		}
		if n.Status == bindings.NodeStatusActive {
			out[i.Int64()] = n.Stake
		}
	}
	return out
}

// expectedShares splits fees pro rata to stake among the participants that
// are not excluded, rounding each share down.
func expectedShares(fees *big.Int, parts map[int64]*big.Int, excluded map[int64]bool) map[int64]*big.Int {
	total := new(big.Int)
	for i, st := range parts {
		if !excluded[i] {
			total.Add(total, st)
		}
	}
	out := map[int64]*big.Int{}
	for i, st := range parts {
		if excluded[i] || total.Sign() == 0 {
			out[i] = new(big.Int)
			continue
		}
		out[i] = new(big.Int).Div(new(big.Int).Mul(fees, st), total)
	}
	return out
}

func (s *rewardsSetup) create(t *testing.T, n int) {
	t.Helper()
	for range n {
		createSecret(t, s.c, s.d, 10)
	}
}

func (s *rewardsSetup) balance(t *testing.T, a common.Address) *big.Int {
	t.Helper()
	b, err := s.c.Client.BalanceAt(s.c.Ctx(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// claimPaid sends claim(epochs) from the operator and returns what it was
// paid: its balance change plus the gas it spent.
func (s *rewardsSetup) claimPaid(t *testing.T, op int, epochs []uint64) (*big.Int, *types.Receipt) {
	t.Helper()
	before := s.balance(t, s.c.Addrs[op])
	rcpt := s.c.Mine(s.pool.Claim(s.c.Opts(op), epochs))
	after := s.balance(t, s.c.Addrs[op])
	gas := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	return new(big.Int).Add(new(big.Int).Sub(after, before), gas), rcpt
}

func sortedKeys(m map[int64]*big.Int) []int64 {
	keys := make([]int64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// TestRewardsSplitOverEpochs: fees of several epochs with different stakes
// (one node tops up between them) are paid, per epoch, pro rata to the
// stake each participant served with; an excluded node gets nothing for
// that epoch and the others share its part; the registry's snapshot agrees
// with the election views; claims before the delay, double claims and
// exclusions after claims opened are refused; epoch 0's fees (nobody
// served) roll over.
func TestRewardsSplitOverEpochs(t *testing.T) {
	s := newRewardsSetup(t)
	c, d, pool := s.c, s.d, s.pool

	s.create(t, 1) // epoch 0: nobody serves
	fees := map[uint64]*big.Int{0: new(big.Int).Set(testFee)}
	parts := map[uint64]map[int64]*big.Int{}
	excluded := map[uint64]map[int64]bool{1: {}, 2: {}}

	c.AdvanceEpoch(d, 0) // epoch 1
	parts[1] = s.participants(t)
	s.create(t, 3)
	fees[1] = new(big.Int).Mul(testFee, big.NewInt(3))

	// A top-up counts from the next draw: epoch 2 weighs node 0 higher.
	c.Fund(d, 1, evmtest.Ether(5000))
	c.Mine(d.Registry.TopUp(c.Opts(1), evmtest.Ether(5000)))
	c.AdvanceEpoch(d, 0) // epoch 2
	parts[2] = s.participants(t)
	s.create(t, 2)
	fees[2] = new(big.Int).Mul(testFee, big.NewInt(2))

	for e := uint64(1); e <= 2; e++ {
		var total big.Int
		for i, st := range parts[e] {
			got, err := d.Registry.EpochStakeOf(call(c), e, big.NewInt(i))
			if err != nil || got.Cmp(st) != 0 {
				t.Fatalf("epochStakeOf(%d, %d) = %v, %v; want %v", e, i, got, err, st)
			}
			total.Add(&total, st)
		}
		if got, _ := d.Registry.EpochTotalStake(call(c), e); got.Cmp(&total) != 0 {
			t.Fatalf("epochTotalStake(%d) = %v; want %v", e, got, &total)
		}
		if got, _ := pool.EpochFees(call(c), e); got.Cmp(fees[e]) != 0 {
			t.Fatalf("epochFees(%d) = %v; want %v", e, got, fees[e])
		}
	}

	// Exclude the largest participant of epoch 2 (the slashed one).
	slashed := int64(-1)
	for _, i := range sortedKeys(parts[2]) {
		if slashed < 0 || parts[2][i].Cmp(parts[2][slashed]) > 0 {
			slashed = i
		}
	}
	_, err := pool.ExcludeFromEpoch(c.Opts(1), 2, big.NewInt(slashed))
	c.ExpectRevert("Not an excluder", err)
	c.Mine(pool.ExcludeFromEpoch(c.Opts(excluderAcct), 2, big.NewInt(slashed)))
	excluded[2][slashed] = true
	if st, _ := pool.ExcludedStake(call(c), 2); st.Cmp(parts[2][slashed]) != 0 {
		t.Fatalf("excludedStake(2) = %v; want %v", st, parts[2][slashed])
	}

	c.AdvanceEpoch(d, 0) // epoch 3: epoch 1 opens
	op0 := s.ops[sortedKeys(parts[1])[0]]
	_, err = pool.Claim(c.Opts(op0), []uint64{2})
	c.ExpectRevert("Claims not open", err)
	c.AdvanceEpoch(d, 0) // epoch 4: epoch 2 opens
	_, err = pool.ExcludeFromEpoch(c.Opts(excluderAcct), 2, big.NewInt(sortedKeys(parts[2])[0]))
	c.ExpectRevert("Exclusions closed", err)

	for _, e := range []uint64{1, 2} {
		want := expectedShares(fees[e], parts[e], excluded[e])
		var paid big.Int
		for _, i := range sortedKeys(parts[e]) {
			view, err := pool.ClaimableByNode(call(c), big.NewInt(i), e)
			if err != nil || view.Cmp(want[i]) != 0 {
				t.Fatalf("epoch %d node %d: claimable = %v, %v; want %v", e, i, view, err, want[i])
			}
			if excluded[e][i] {
				_, err := pool.Claim(c.Opts(s.ops[i]), []uint64{e})
				c.ExpectRevert("Excluded from epoch", err)
				continue
			}
			got, rcpt := s.claimPaid(t, s.ops[i], []uint64{e})
			if got.Cmp(want[i]) != 0 {
				t.Fatalf("epoch %d node %d (stake %v): paid %v; want %v", e, i, parts[e][i], got, want[i])
			}
			t.Logf("epoch %d node %d stake %v: paid %v wei (claim gas %d)", e, i, parts[e][i], got, rcpt.GasUsed)
			paid.Add(&paid, got)
			_, err = pool.Claim(c.Opts(s.ops[i]), []uint64{e})
			c.ExpectRevert("Already claimed", err)
		}
		// Only rounding dust stays, less than one wei per participant.
		dust := new(big.Int).Sub(fees[e], &paid)
		if dust.Sign() < 0 || dust.Cmp(big.NewInt(int64(len(parts[e])))) >= 0 {
			t.Fatalf("epoch %d: paid %v of %v", e, &paid, fees[e])
		}
	}

	// A node that did not serve an epoch has nothing to claim for it
	// (epoch 0 elects nobody).
	_, err = pool.Claim(c.Opts(1), []uint64{0})
	c.ExpectRevert("Did not serve epoch", err)

	// Epoch 0 had no participants: its fee moves to the current epoch.
	_, err = pool.RollOver(c.Opts(2), 1)
	c.ExpectRevert("Epoch settled", err)
	c.Mine(pool.RollOver(c.Opts(2), 0))
	if f, _ := pool.EpochFees(call(c), 4); f.Cmp(testFee) != 0 {
		t.Fatalf("epochFees(4) after roll-over = %v; want %v", f, testFee)
	}
	_, err = pool.RollOver(c.Opts(2), 0)
	c.ExpectRevert("Epoch settled", err)
}

// TestRewardsAllExcludedRollsOver: an epoch whose every participant was
// excluded pays nobody; its fees roll over to the epoch current then and
// are paid with that epoch's.
func TestRewardsAllExcludedRollsOver(t *testing.T) {
	s := newRewardsSetup(t)
	c, d, pool := s.c, s.d, s.pool
	c.AdvanceEpoch(d, 0) // epoch 1
	parts := s.participants(t)
	s.create(t, 2)
	for _, i := range sortedKeys(parts) {
		c.Mine(pool.ExcludeFromEpoch(c.Opts(excluderAcct), 1, big.NewInt(i)))
	}
	// Excluding again changes nothing (a repeated slash does not fail).
	c.Mine(pool.ExcludeFromEpoch(c.Opts(excluderAcct), 1, big.NewInt(sortedKeys(parts)[0])))
	if st, _ := pool.ExcludedStake(call(c), 1); st.Cmp(mustTotal(t, s, 1)) != 0 {
		t.Fatalf("excludedStake = %v", st)
	}
	c.AdvanceEpoch(d, 0) // epoch 2
	_, err := pool.RollOver(c.Opts(2), 1)
	c.ExpectRevert("Claims not open", err)
	c.AdvanceEpoch(d, 0) // epoch 3
	parts3 := s.participants(t)
	c.Mine(pool.RollOver(c.Opts(2), 1))
	s.create(t, 1)
	c.AdvanceEpoch(d, 0)
	c.AdvanceEpoch(d, 0) // epoch 5: epoch 3 opens
	fees3 := new(big.Int).Mul(testFee, big.NewInt(3))
	want := expectedShares(fees3, parts3, nil)
	for n, i := range sortedKeys(parts3) {
		if n == 0 {
			// claimFor: anyone may send it; the node's operator is paid.
			op := c.Addrs[s.ops[i]]
			before := s.balance(t, op)
			c.Mine(pool.ClaimFor(c.Opts(10), big.NewInt(i), []uint64{3}))
			if got := new(big.Int).Sub(s.balance(t, op), before); got.Cmp(want[i]) != 0 {
				t.Fatalf("claimFor node %d: operator got %v; want %v", i, got, want[i])
			}
			continue
		}
		got, _ := s.claimPaid(t, s.ops[i], []uint64{3})
		if got.Cmp(want[i]) != 0 {
			t.Fatalf("node %d: paid %v; want %v", i, got, want[i])
		}
	}
}

func mustTotal(t *testing.T, s *rewardsSetup, e uint64) *big.Int {
	t.Helper()
	v, err := s.d.Registry.EpochTotalStake(call(s.c), e)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestRewardsGovernance: only governance sets the pool's excluders, claim
// delay and governance, and the controller's pool; with no pool set the
// controller keeps the fee as before.
func TestRewardsGovernance(t *testing.T) {
	c := evmtest.NewChain(t, 3)
	d := c.Deploy(defaultParams())
	poolAddr, tx, pool, err := bindings.DeployRewardsPool(c.Opts(0), c.Client, d.RegistryAddr)
	c.Mine(tx, err)

	createSecret(t, c, d, 2)
	if b, _ := c.Client.BalanceAt(c.Ctx(), d.ControllerAddr, nil); b.Cmp(testFee) != 0 {
		t.Fatalf("controller balance without a pool = %v; want %v", b, testFee)
	}
	_, err = d.Controller.SetRewardsPool(c.Opts(1), poolAddr)
	c.ExpectRevert("Not governance", err)
	_, err = pool.SetExcluder(c.Opts(1), c.Addrs[1], true)
	c.ExpectRevert("Not governance", err)
	_, err = pool.SetClaimDelayEpochs(c.Opts(1), 5)
	c.ExpectRevert("Not governance", err)
	_, err = pool.TransferGovernance(c.Opts(1), c.Addrs[1])
	c.ExpectRevert("Not governance", err)
	_, err = pool.SetClaimDelayEpochs(c.Opts(0), 0)
	c.ExpectRevert("Invalid claim delay", err)

	c.Mine(d.Controller.SetRewardsPool(c.Opts(0), poolAddr))
	c.Mine(pool.SetClaimDelayEpochs(c.Opts(0), 3))
	if v, _ := pool.ClaimDelayEpochs(call(c)); v != 3 {
		t.Fatalf("claimDelayEpochs = %d", v)
	}
	createSecret(t, c, d, 2)
	if b, _ := c.Client.BalanceAt(c.Ctx(), poolAddr, nil); b.Cmp(testFee) != 0 {
		t.Fatalf("pool balance = %v; want %v", b, testFee)
	}
	if f, _ := pool.EpochFees(call(c), 0); f.Cmp(testFee) != 0 {
		t.Fatalf("epochFees(0) = %v", f)
	}
	c.Mine(pool.TransferGovernance(c.Opts(0), c.Addrs[1]))
	_, err = pool.SetExcluder(c.Opts(0), c.Addrs[0], true)
	c.ExpectRevert("Not governance", err)
	c.Mine(pool.SetExcluder(c.Opts(1), c.Addrs[2], true))
}

// TestRewardsGas logs the gas of claim (one and three epochs), of a
// creation that forwards its fee, of an exclusion, and the registry's
// runtime size against the EIP-170 limit.
func TestRewardsGas(t *testing.T) {
	s := newRewardsSetup(t)
	c, d, pool := s.c, s.d, s.pool
	var createGas uint64
	for range 4 {
		c.AdvanceEpoch(d, 0)
		rcpt := c.Mine(d.Controller.CreateSecret0(payOpts(c, 10, testFee)))
		createGas = rcpt.GasUsed
	}
	parts := s.participants(t) // epoch 4's
	c.AdvanceEpoch(d, 0)
	c.AdvanceEpoch(d, 0) // epoch 6: epochs up to 4 are open
	var one, three uint64
	for _, i := range sortedKeys(parts) {
		// Every epoch-4 participant: prefer one that served 1..3 too.
		served := 0
		for e := uint64(1); e <= 3; e++ {
			if v, _ := d.Registry.EpochStakeOf(call(c), e, big.NewInt(i)); v.Sign() > 0 {
				served++
			}
		}
		if served == 3 && three == 0 {
			three = c.Mine(pool.Claim(c.Opts(s.ops[i]), []uint64{1, 2, 3})).GasUsed
			continue
		}
		if one == 0 {
			one = c.Mine(pool.Claim(c.Opts(s.ops[i]), []uint64{4})).GasUsed
		}
	}
	// The same creation without a pool, for the forwarding's cost.
	c.Mine(d.Controller.SetRewardsPool(c.Opts(0), common.Address{}))
	plainGas := c.Mine(d.Controller.CreateSecret0(payOpts(c, 10, testFee))).GasUsed
	c.Mine(d.Controller.SetRewardsPool(c.Opts(0), s.poolAddr))
	excl := c.Mine(pool.ExcludeFromEpoch(c.Opts(excluderAcct), 6, big.NewInt(sortedKeys(s.participants(t))[0]))).GasUsed
	code, err := c.Client.CodeAt(c.Ctx(), d.RegistryAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("claim 1 epoch: %d gas; claim 3 epochs: %d gas; createSecret forwarding its fee: %d gas (without a pool: %d); excludeFromEpoch: %d gas",
		one, three, createGas, plainGas, excl)
	t.Logf("ClusterRegistry runtime: %d bytes of 24,576", len(code))
	if one == 0 || three == 0 {
		t.Fatalf("no claim measured (one %d, three %d)", one, three)
	}
}

// TestRewardsClaimReentrancy: an operator contract whose receive() claims
// again (through claim and through claimFor) while the pool pays it gets
// its share once: both re-entries revert and are refused.
func TestRewardsClaimReentrancy(t *testing.T) {
	s := newRewardsSetup(t)
	c, d, pool := s.c, s.d, s.pool
	addr, tx, claimer, err := testbindings.DeployReentrantClaimer(c.Opts(0), c.Client, s.poolAddr)
	c.Mine(tx, err)
	// A stake far above the others', so the draw surely picks it.
	stake := evmtest.Ether(1_000_000)
	c.Mine(d.Token.Mint(c.Opts(0), addr, stake))
	c.Mine(claimer.RegisterNode(c.Opts(0), d.RegistryAddr, d.TokenAddr, []byte("peer-claimer"), common.HexToAddress("0xc1a1"), stake))
	idx, err := d.Registry.NodeIndexOf(call(c), addr)
	if err != nil {
		t.Fatal(err)
	}
	c.AdvanceEpoch(d, 0) // epoch 1
	if st, _ := d.Registry.EpochStakeOf(call(c), 1, idx); st.Cmp(stake) != 0 {
		t.Fatalf("the claimer does not serve epoch 1 (stake %v)", st)
	}
	s.create(t, 5)
	c.AdvanceEpoch(d, 0)
	c.AdvanceEpoch(d, 0) // epoch 3: epoch 1 opens
	want, err := pool.ClaimableByNode(call(c), idx, 1)
	if err != nil || want.Sign() == 0 {
		t.Fatalf("claimable = %v, %v", want, err)
	}
	o := c.Opts(0)
	o.GasLimit = 2_000_000
	c.Mine(claimer.Claim(o, []uint64{1}))
	attempts, _ := claimer.ReentryAttempts(call(c))
	successes, _ := claimer.ReentrySuccesses(call(c))
	received, _ := claimer.Received(call(c))
	if attempts.Int64() != 2 || successes.Sign() != 0 || received.Cmp(want) != 0 {
		t.Fatalf("re-entry attempts %v, successes %v; received %v, want %v once", attempts, successes, received, want)
	}
	_, err = pool.ClaimFor(c.Opts(1), idx, []uint64{1})
	c.ExpectRevert("Already claimed", err)
}
