package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/contracts/evmtest"
)

// Governance on the simulated EVM: the governor, its parameters timelock
// (short delay) and the security timelock (long delay) govern the registry
// and the controller; the deployer (account 0) keeps only its votes.

const (
	testParamsDelay   = 2 * 24 * time.Hour // production default for parameters
	testSecurityDelay = 5 * 24 * time.Hour // plus the parameters delay: 7 days in all
	testVotingDelay   = 2                  // blocks
	testVotingPeriod  = 10                 // blocks
	testQuorumPercent = 4
)

// Governor proposal states (IGovernor.ProposalState).
const (
	statePending   uint8 = 0
	stateActive    uint8 = 1
	stateCanceled  uint8 = 2
	stateDefeated  uint8 = 3
	stateSucceeded uint8 = 4
	stateQueued    uint8 = 5
	stateExecuted  uint8 = 7
)

// Vote support values (GovernorCountingSimple).
const (
	voteAgainst uint8 = 0
	voteFor     uint8 = 1
	voteAbstain uint8 = 2
)

func govParams() evmtest.GovParams {
	return evmtest.GovParams{
		VotingDelay:     testVotingDelay,
		VotingPeriod:    testVotingPeriod,
		QuorumPercent:   testQuorumPercent,
		ParametersDelay: uint64(testParamsDelay / time.Second),
		SecurityDelay:   uint64(testSecurityDelay / time.Second),
		Votes:           evmtest.Ether(1_000_000),
	}
}

func deployGoverned(t *testing.T, accounts int) (*evmtest.Chain, *evmtest.Governed) {
	t.Helper()
	c := evmtest.NewChain(t, accounts)
	return c, c.DeployGoverned(defaultParams(), govParams(), nil)
}

func mustABI(t *testing.T, md *bind.MetaData) *abi.ABI {
	t.Helper()
	a, err := md.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func pack(t *testing.T, md *bind.MetaData, method string, args ...any) []byte {
	t.Helper()
	data, err := mustABI(t, md).Pack(method, args...)
	if err != nil {
		t.Fatalf("pack %s: %v", method, err)
	}
	return data
}

// govABIs are the ABIs whose custom errors the governance tests decode.
func govABIs(t *testing.T) []*abi.ABI {
	return []*abi.ABI{mustABI(t, bindings.CiferGovernorMetaData), mustABI(t, bindings.CiferTimelockMetaData)}
}

// proposal is what the governor hashes into a proposal id.
type proposal struct {
	targets     []common.Address
	values      []*big.Int
	calldatas   [][]byte
	description string
}

func (p proposal) descHash() [32]byte { return crypto.Keccak256Hash([]byte(p.description)) }

// paramsProposal calls target directly from the parameters timelock.
func paramsProposal(target common.Address, data []byte, description string) proposal {
	return proposal{[]common.Address{target}, []*big.Int{new(big.Int)}, [][]byte{data}, description}
}

// securityOp is one call the security timelock makes after its delay.
type securityOp struct {
	target common.Address
	data   []byte
	salt   [32]byte
}

// securityProposal has the parameters timelock schedule op on the security
// timelock (with the security delay); the call itself runs once that delay
// is over, by anyone's execute on the security timelock.
func securityProposal(t *testing.T, g *evmtest.Governed, target common.Address, data []byte, description string) (proposal, securityOp) {
	t.Helper()
	op := securityOp{target: target, data: data, salt: crypto.Keccak256Hash([]byte(description))}
	schedule := pack(t, bindings.CiferTimelockMetaData, "schedule", target, new(big.Int), data, [32]byte{}, op.salt,
		big.NewInt(int64(testSecurityDelay/time.Second)))
	return paramsProposal(g.SecurityTimelockAddr, schedule, description), op
}

func propose(t *testing.T, c *evmtest.Chain, g *evmtest.Governed, from int, p proposal) *big.Int {
	t.Helper()
	rcpt := c.Mine(g.Governor.Propose(c.Opts(from), p.targets, p.values, p.calldatas, p.description))
	for _, l := range rcpt.Logs {
		if ev, err := g.Governor.ParseProposalCreated(*l); err == nil {
			return ev.ProposalId
		}
	}
	t.Fatal("no ProposalCreated event")
	return nil
}

func proposalState(t *testing.T, c *evmtest.Chain, g *evmtest.Governed, id *big.Int) uint8 {
	t.Helper()
	s, err := g.Governor.State(call(c), id)
	if err != nil {
		t.Fatalf("state: %v", err)
	}
	return s
}

// mineUntilActive mines past the voting delay.
func mineUntilActive(t *testing.T, c *evmtest.Chain, g *evmtest.Governed, id *big.Int) {
	t.Helper()
	snap, err := g.Governor.ProposalSnapshot(call(c), id)
	if err != nil {
		t.Fatal(err)
	}
	for c.BlockNumber() <= snap.Uint64() {
		c.Commit()
	}
}

// mineUntilVoteEnds mines past the voting period.
func mineUntilVoteEnds(t *testing.T, c *evmtest.Chain, g *evmtest.Governed, id *big.Int) {
	t.Helper()
	end, err := g.Governor.ProposalDeadline(call(c), id)
	if err != nil {
		t.Fatal(err)
	}
	for c.BlockNumber() <= end.Uint64() {
		c.Commit()
	}
}

// passVote proposes p from account 0, votes for it with account 0's votes
// and mines to the end of the vote; it returns the proposal id.
func passVote(t *testing.T, c *evmtest.Chain, g *evmtest.Governed, p proposal) *big.Int {
	t.Helper()
	id := propose(t, c, g, 0, p)
	mineUntilActive(t, c, g, id)
	c.Mine(g.Governor.CastVote(c.Opts(0), id, voteFor))
	mineUntilVoteEnds(t, c, g, id)
	if s := proposalState(t, c, g, id); s != stateSucceeded {
		t.Fatalf("state after the vote = %d, want Succeeded", s)
	}
	return id
}

// enact runs p through vote, queue, the parameters delay and execute.
func enact(t *testing.T, c *evmtest.Chain, g *evmtest.Governed, p proposal) *types.Receipt {
	t.Helper()
	passVote(t, c, g, p)
	c.Mine(g.Governor.Queue(c.Opts(0), p.targets, p.values, p.calldatas, p.descHash()))
	c.PassTime(testParamsDelay)
	return c.Mine(g.Governor.Execute(c.Opts(0), p.targets, p.values, p.calldatas, p.descHash()))
}

// enactSecurity runs a security proposal through both timelocks.
func enactSecurity(t *testing.T, c *evmtest.Chain, g *evmtest.Governed, target common.Address, data []byte, description string) {
	t.Helper()
	p, op := securityProposal(t, g, target, data, description)
	enact(t, c, g, p)
	c.PassTime(testSecurityDelay)
	c.Mine(g.SecurityTimelock.Execute(c.Opts(0), op.target, new(big.Int), op.data, [32]byte{}, op.salt))
}

// TestGovernanceEnablesSimulatedEnclavesAfterDelay: a proposal to allow
// simulated enclaves passes the vote; executing it before the parameters
// delay reverts; executed after it, it only schedules the change on the
// security timelock, whose execute reverts until the security delay is
// over too; then the switch is on.
func TestGovernanceEnablesSimulatedEnclavesAfterDelay(t *testing.T) {
	c, g := deployGoverned(t, 3)
	abis := govABIs(t)
	data := pack(t, bindings.ClusterRegistryMetaData, "setSimulatedEnclavesAllowed", true)
	p, op := securityProposal(t, g, g.RegistryAddr, data, "allow simulated enclaves")

	id := passVote(t, c, g, p)
	// Not queued yet: the timelock has no such operation.
	_, err := g.Governor.Execute(c.Opts(1), p.targets, p.values, p.calldatas, p.descHash())
	c.ExpectRevertError("TimelockUnexpectedOperationState", err, abis...)
	rcpt := c.Mine(g.Governor.Queue(c.Opts(1), p.targets, p.values, p.calldatas, p.descHash()))
	if s := proposalState(t, c, g, id); s != stateQueued {
		t.Fatalf("state = %d, want Queued", s)
	}
	eta, err := g.Governor.ProposalEta(call(c), id)
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.Client.HeaderByNumber(c.Ctx(), rcpt.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	if want := head.Time + uint64(testParamsDelay/time.Second); eta.Uint64() != want {
		t.Fatalf("eta = %d, want queue time + parameters delay = %d", eta, want)
	}
	// Before the parameters delay: the timelock refuses.
	c.PassTime(testParamsDelay - time.Hour)
	_, err = g.Governor.Execute(c.Opts(1), p.targets, p.values, p.calldatas, p.descHash())
	c.ExpectRevertError("TimelockUnexpectedOperationState", err, abis...)

	c.PassTime(time.Hour)
	c.Mine(g.Governor.Execute(c.Opts(1), p.targets, p.values, p.calldatas, p.descHash()))
	if s := proposalState(t, c, g, id); s != stateExecuted {
		t.Fatalf("state = %d, want Executed", s)
	}
	// Scheduled on the security timelock, not applied.
	if on, _ := g.Registry.SimulatedEnclavesAllowed(call(c)); on {
		t.Fatal("switch on before the security delay")
	}
	_, err = g.SecurityTimelock.Execute(c.Opts(2), op.target, new(big.Int), op.data, [32]byte{}, op.salt)
	c.ExpectRevertError("TimelockUnexpectedOperationState", err, abis...)
	c.PassTime(testSecurityDelay - time.Hour)
	_, err = g.SecurityTimelock.Execute(c.Opts(2), op.target, new(big.Int), op.data, [32]byte{}, op.salt)
	c.ExpectRevertError("TimelockUnexpectedOperationState", err, abis...)

	c.PassTime(time.Hour)
	// Anyone may execute a ready operation.
	c.Mine(g.SecurityTimelock.Execute(c.Opts(2), op.target, new(big.Int), op.data, [32]byte{}, op.salt))
	if on, err := g.Registry.SimulatedEnclavesAllowed(call(c)); err != nil || !on {
		t.Fatalf("simulatedEnclavesAllowed = %v, %v after both delays; want true", on, err)
	}
}

// TestSecuritySetterRefusesParametersTimelock: a proposal that calls a
// security setter directly from the parameters timelock (skipping the
// security timelock and its delay) passes the vote but its execution
// reverts with the registry's "Not governance".
func TestSecuritySetterRefusesParametersTimelock(t *testing.T) {
	c, g := deployGoverned(t, 2)
	for _, tc := range []struct {
		name   string
		target common.Address
		data   []byte
	}{
		{"setSimulatedEnclavesAllowed", g.RegistryAddr, pack(t, bindings.ClusterRegistryMetaData, "setSimulatedEnclavesAllowed", true)},
		{"setBlackBoxAuthority", g.ControllerAddr, pack(t, bindings.SecretsControllerMetaData, "setBlackBoxAuthority", c.Addrs[1])},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := paramsProposal(tc.target, tc.data, "skip the security delay: "+tc.name)
			passVote(t, c, g, p)
			c.Mine(g.Governor.Queue(c.Opts(0), p.targets, p.values, p.calldatas, p.descHash()))
			c.PassTime(testParamsDelay)
			_, err := g.Governor.Execute(c.Opts(0), p.targets, p.values, p.calldatas, p.descHash())
			c.ExpectRevert("Not governance", err)
		})
	}
}

// TestOldGovernanceKeyHasNoPower: after the hand-over, every governed
// setter of the registry and the controller reverts "Not governance" for
// the deployer (the old governance key); it holds no role on either
// timelock, cannot schedule on them, and cannot call the governor's own
// governance functions.
func TestOldGovernanceKeyHasNoPower(t *testing.T) {
	c, g := deployGoverned(t, 2)
	reg, ctrl := g.Registry, g.Controller
	o := func() *bind.TransactOpts { return c.Opts(0) }
	other := c.Addrs[1]
	for _, tc := range []struct {
		name string
		send func() (*types.Transaction, error)
	}{
		{"registry.transferGovernance", func() (*types.Transaction, error) { return reg.TransferGovernance(o(), other) }},
		{"registry.setParametersGovernance", func() (*types.Transaction, error) { return reg.SetParametersGovernance(o(), other) }},
		{"registry.setMinStake", func() (*types.Transaction, error) { return reg.SetMinStake(o(), big.NewInt(1)) }},
		{"registry.setEpochLength", func() (*types.Transaction, error) { return reg.SetEpochLength(o(), 1) }},
		{"registry.setUnbondingDelay", func() (*types.Transaction, error) { return reg.SetUnbondingDelay(o(), 0) }},
		{"registry.setBlackBoxCount", func() (*types.Transaction, error) { return reg.SetBlackBoxCount(o(), 1) }},
		{"registry.setClusterShape", func() (*types.Transaction, error) { return reg.SetClusterShape(o(), 2, 2) }},
		{"registry.setTargetClusterCount", func() (*types.Transaction, error) { return reg.SetTargetClusterCount(o(), 2) }},
		{"registry.setMeasurementAllowed", func() (*types.Transaction, error) { return reg.SetMeasurementAllowed(o(), [32]byte{7}, true) }},
		{"registry.setSimulatedEnclavesAllowed", func() (*types.Transaction, error) { return reg.SetSimulatedEnclavesAllowed(o(), true) }},
		{"registry.setSimPlatformKey", func() (*types.Transaction, error) { return reg.SetSimPlatformKey(o(), [32]byte{7}) }},
		{"controller.transferGovernance", func() (*types.Transaction, error) { return ctrl.TransferGovernance(o(), other) }},
		{"controller.setParametersGovernance", func() (*types.Transaction, error) { return ctrl.SetParametersGovernance(o(), other) }},
		{"controller.setSecretCreationFee", func() (*types.Transaction, error) { return ctrl.SetSecretCreationFee(o(), big.NewInt(0)) }},
		{"controller.setDefaultSecretType", func() (*types.Transaction, error) { return ctrl.SetDefaultSecretType(o(), 1) }},
		{"controller.setBlackBoxAuthority", func() (*types.Transaction, error) { return ctrl.SetBlackBoxAuthority(o(), other) }},
		{"controller.withdrawFees", func() (*types.Transaction, error) { return ctrl.WithdrawFees(o(), c.Addrs[0]) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.send()
			c.ExpectRevert("Not governance", err)
		})
	}

	abis := govABIs(t)
	copts := call(c)
	for _, tl := range []struct {
		name string
		addr common.Address
		tl   *bindings.CiferTimelock
	}{{"parameters timelock", g.ParamsTimelockAddr, g.ParamsTimelock}, {"security timelock", g.SecurityTimelockAddr, g.SecurityTimelock}} {
		t.Run(tl.name, func(t *testing.T) {
			for _, role := range []func(*bind.CallOpts) ([32]byte, error){tl.tl.DEFAULTADMINROLE, tl.tl.PROPOSERROLE, tl.tl.CANCELLERROLE} {
				r, err := role(copts)
				if err != nil {
					t.Fatal(err)
				}
				if has, err := tl.tl.HasRole(copts, r, c.Addrs[0]); err != nil || has {
					t.Fatalf("deployer holds role %x: %v, %v", r[:4], has, err)
				}
			}
			// Only the timelock itself administers its roles and delay.
			admin, _ := tl.tl.DEFAULTADMINROLE(copts)
			if has, err := tl.tl.HasRole(copts, admin, tl.addr); err != nil || !has {
				t.Fatalf("timelock is not its own admin: %v, %v", has, err)
			}
			_, err := tl.tl.Schedule(o(), g.RegistryAddr, new(big.Int), pack(t, bindings.ClusterRegistryMetaData, "setSimulatedEnclavesAllowed", true),
				[32]byte{}, [32]byte{}, big.NewInt(int64(testSecurityDelay/time.Second)))
			c.ExpectRevertError("AccessControlUnauthorizedAccount", err, abis...)
			_, err = tl.tl.UpdateDelay(o(), big.NewInt(0))
			c.ExpectRevertError("TimelockUnauthorizedCaller", err, abis...)
			_, err = tl.tl.GrantRole(o(), admin, c.Addrs[0])
			c.ExpectRevertError("AccessControlUnauthorizedAccount", err, abis...)
		})
	}
	t.Run("governor", func(t *testing.T) {
		for name, send := range map[string]func() (*types.Transaction, error){
			"setVotingPeriod":       func() (*types.Transaction, error) { return g.Governor.SetVotingPeriod(o(), 1) },
			"updateQuorumNumerator": func() (*types.Transaction, error) { return g.Governor.UpdateQuorumNumerator(o(), big.NewInt(0)) },
			"updateTimelock":        func() (*types.Transaction, error) { return g.Governor.UpdateTimelock(o(), c.Addrs[0]) },
			"relay":                 func() (*types.Transaction, error) { return g.Governor.Relay(o(), g.RegistryAddr, new(big.Int), nil) },
		} {
			_, err := send()
			if got := evmtest.RevertError(err, abis...); got != "GovernorOnlyExecutor" {
				t.Errorf("%s from the deployer: revert %q (%v), want GovernorOnlyExecutor", name, got, err)
			}
		}
	})
	// Where governance now sits.
	for name, get := range map[string]func(*bind.CallOpts) (common.Address, error){
		"registry.governance": reg.Governance, "controller.governance": ctrl.Governance,
	} {
		if a, err := get(copts); err != nil || a != g.SecurityTimelockAddr {
			t.Errorf("%s = %v, %v; want the security timelock", name, a, err)
		}
	}
	for name, get := range map[string]func(*bind.CallOpts) (common.Address, error){
		"registry.parametersGovernance": reg.ParametersGovernance, "controller.parametersGovernance": ctrl.ParametersGovernance,
	} {
		if a, err := get(copts); err != nil || a != g.ParamsTimelockAddr {
			t.Errorf("%s = %v, %v; want the parameters timelock", name, a, err)
		}
	}
}

// TestGovernedParameterTakesEffect: changes passed through the governor take
// effect as specified: min stake (parameters timelock) at the next
// register, K (security timelock) at the next advanceEpoch.
func TestGovernedParameterTakesEffect(t *testing.T) {
	t.Run("min stake", func(t *testing.T) {
		c, g := deployGoverned(t, 3)
		p := paramsProposal(g.RegistryAddr, pack(t, bindings.ClusterRegistryMetaData, "setMinStake", evmtest.Ether(200)), "min stake 200")
		enact(t, c, g, p)
		if v, err := g.Registry.MinStake(call(c)); err != nil || v.Cmp(evmtest.Ether(200)) != 0 {
			t.Fatalf("minStake = %v, %v; want 200 ether", v, err)
		}
		s := c.FillDefaults(evmtest.NodeSpec{Operator: 1, Stake: evmtest.Ether(150)})
		c.Fund(g.Contracts, 1, s.Stake)
		_, err := g.Registry.Register(c.Opts(1), s.PeerID, s.EnclaveWallet, [32]byte{1}, [32]byte{2}, s.Multiaddrs, s.Stake)
		c.ExpectRevert("Stake below minimum", err)
		c.Register(g.Contracts, evmtest.NodeSpec{Operator: 2, Stake: evmtest.Ether(200)})
	})
	t.Run("black box count", func(t *testing.T) {
		c, g := deployGoverned(t, 6)
		for op := 1; op <= 5; op++ {
			c.Register(g.Contracts, evmtest.NodeSpec{Operator: op, Stake: evmtest.Ether(100)})
		}
		c.AdvanceEpoch(g.Contracts, 0)
		if bb, _ := g.Registry.BlackBoxes(call(c)); len(bb) != 3 {
			t.Fatalf("epoch 1: %d Black Boxes, want the default 3", len(bb))
		}
		enactSecurity(t, c, g, g.RegistryAddr, pack(t, bindings.ClusterRegistryMetaData, "setBlackBoxCount", uint8(4)), "K = 4")
		c.AdvanceEpoch(g.Contracts, 0)
		if bb, _ := g.Registry.BlackBoxes(call(c)); len(bb) != 4 {
			t.Fatalf("after K = 4: %d Black Boxes, want 4", len(bb))
		}
	})
}

// TestProposalWithoutQuorumFails: a proposal whose only votes are below the
// quorum (4% of the supply) is Defeated though every vote was for it, and
// can be neither queued nor executed.
func TestProposalWithoutQuorumFails(t *testing.T) {
	c, g := deployGoverned(t, 3)
	abis := govABIs(t)
	// Account 1: 1% of the supply, delegated to itself before the proposal.
	c.WrapVotes(g, 1, evmtest.Ether(10_100))
	p := paramsProposal(g.RegistryAddr, pack(t, bindings.ClusterRegistryMetaData, "setMinStake", evmtest.Ether(1)), "min stake 1")
	id := propose(t, c, g, 1, p)
	mineUntilActive(t, c, g, id)
	c.Mine(g.Governor.CastVote(c.Opts(1), id, voteFor))
	mineUntilVoteEnds(t, c, g, id)
	if s := proposalState(t, c, g, id); s != stateDefeated {
		t.Fatalf("state = %d, want Defeated", s)
	}
	_, err := g.Governor.Queue(c.Opts(1), p.targets, p.values, p.calldatas, p.descHash())
	c.ExpectRevertError("GovernorUnexpectedProposalState", err, abis...)
	_, err = g.Governor.Execute(c.Opts(1), p.targets, p.values, p.calldatas, p.descHash())
	c.ExpectRevertError("GovernorUnexpectedProposalState", err, abis...)
}

// TestCancelledOrDefeatedProposalCannotExecute: a proposal its proposer
// cancels before the vote, and one the majority votes against (quorum
// reached), can be neither queued nor executed; an abstention counts
// toward the quorum but not for the proposal.
func TestCancelledOrDefeatedProposalCannotExecute(t *testing.T) {
	abis := govABIs(t)
	t.Run("cancelled", func(t *testing.T) {
		c, g := deployGoverned(t, 2)
		p := paramsProposal(g.RegistryAddr, pack(t, bindings.ClusterRegistryMetaData, "setMinStake", evmtest.Ether(1)), "cancelled")
		id := propose(t, c, g, 0, p)
		if s := proposalState(t, c, g, id); s != statePending {
			t.Fatalf("state = %d, want Pending", s)
		}
		// Only the proposer may cancel.
		_, err := g.Governor.Cancel(c.Opts(1), p.targets, p.values, p.calldatas, p.descHash())
		c.ExpectRevertError("GovernorUnableToCancel", err, abis...)
		c.Mine(g.Governor.Cancel(c.Opts(0), p.targets, p.values, p.calldatas, p.descHash()))
		mineUntilVoteEnds(t, c, g, id)
		if s := proposalState(t, c, g, id); s != stateCanceled {
			t.Fatalf("state = %d, want Canceled", s)
		}
		_, err = g.Governor.Queue(c.Opts(0), p.targets, p.values, p.calldatas, p.descHash())
		c.ExpectRevertError("GovernorUnexpectedProposalState", err, abis...)
		_, err = g.Governor.Execute(c.Opts(0), p.targets, p.values, p.calldatas, p.descHash())
		c.ExpectRevertError("GovernorUnexpectedProposalState", err, abis...)
	})
	for _, tc := range []struct {
		name    string
		support uint8
	}{{"voted against", voteAgainst}, {"abstained", voteAbstain}} {
		t.Run(tc.name, func(t *testing.T) {
			c, g := deployGoverned(t, 2)
			p := paramsProposal(g.RegistryAddr, pack(t, bindings.ClusterRegistryMetaData, "setMinStake", evmtest.Ether(1)), tc.name)
			id := propose(t, c, g, 0, p)
			mineUntilActive(t, c, g, id)
			if s := proposalState(t, c, g, id); s != stateActive {
				t.Fatalf("state = %d, want Active", s)
			}
			c.Mine(g.Governor.CastVote(c.Opts(0), id, tc.support))
			mineUntilVoteEnds(t, c, g, id)
			if s := proposalState(t, c, g, id); s != stateDefeated {
				t.Fatalf("state = %d, want Defeated", s)
			}
			_, err := g.Governor.Queue(c.Opts(0), p.targets, p.values, p.calldatas, p.descHash())
			c.ExpectRevertError("GovernorUnexpectedProposalState", err, abis...)
			c.PassTime(testParamsDelay)
			_, err = g.Governor.Execute(c.Opts(0), p.targets, p.values, p.calldatas, p.descHash())
			c.ExpectRevertError("GovernorUnexpectedProposalState", err, abis...)
			if v, _ := g.Registry.MinStake(call(c)); v.Cmp(evmtest.Ether(100)) != 0 {
				t.Fatalf("minStake = %v, want unchanged 100 ether", v)
			}
		})
	}
}

// TestGovernanceGas logs the gas of each step of a parameters change and of
// a security change (docs/BENCHMARKS.md, "Governance").
func TestGovernanceGas(t *testing.T) {
	c, g := deployGoverned(t, 2)
	p := paramsProposal(g.RegistryAddr, pack(t, bindings.ClusterRegistryMetaData, "setMinStake", evmtest.Ether(200)), "min stake 200")
	id := propose(t, c, g, 0, p)
	proposeGas := lastGas(t, c, g, id)
	mineUntilActive(t, c, g, id)
	voteGas := c.Mine(g.Governor.CastVote(c.Opts(0), id, voteFor)).GasUsed
	mineUntilVoteEnds(t, c, g, id)
	queueGas := c.Mine(g.Governor.Queue(c.Opts(0), p.targets, p.values, p.calldatas, p.descHash())).GasUsed
	c.PassTime(testParamsDelay)
	execGas := c.Mine(g.Governor.Execute(c.Opts(0), p.targets, p.values, p.calldatas, p.descHash())).GasUsed

	data := pack(t, bindings.ClusterRegistryMetaData, "setSimulatedEnclavesAllowed", true)
	sp, op := securityProposal(t, g, g.RegistryAddr, data, "allow simulated enclaves")
	passVote(t, c, g, sp)
	c.Mine(g.Governor.Queue(c.Opts(0), sp.targets, sp.values, sp.calldatas, sp.descHash()))
	c.PassTime(testParamsDelay)
	schedGas := c.Mine(g.Governor.Execute(c.Opts(0), sp.targets, sp.values, sp.calldatas, sp.descHash())).GasUsed
	c.PassTime(testSecurityDelay)
	secExecGas := c.Mine(g.SecurityTimelock.Execute(c.Opts(1), op.target, new(big.Int), op.data, [32]byte{}, op.salt)).GasUsed

	t.Logf("| step | gas |")
	t.Logf("| --- | ---: |")
	t.Logf("| propose (one call, setMinStake) | %d |", proposeGas)
	t.Logf("| castVote | %d |", voteGas)
	t.Logf("| queue (parameters timelock) | %d |", queueGas)
	t.Logf("| execute (parameters change, setMinStake) | %d |", execGas)
	t.Logf("| execute (security change: schedules on the security timelock) | %d |", schedGas)
	t.Logf("| security timelock execute (setSimulatedEnclavesAllowed) | %d |", secExecGas)
}

// lastGas returns the gas of the propose transaction of id, found through
// its ProposalCreated event in the head block.
func lastGas(t *testing.T, c *evmtest.Chain, g *evmtest.Governed, id *big.Int) uint64 {
	t.Helper()
	block, err := c.Client.BlockByNumber(c.Ctx(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tx := range block.Transactions() {
		rcpt, err := c.Client.TransactionReceipt(c.Ctx(), tx.Hash())
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range rcpt.Logs {
			if ev, err := g.Governor.ParseProposalCreated(*l); err == nil && ev.ProposalId.Cmp(id) == 0 {
				return rcpt.GasUsed
			}
		}
	}
	t.Fatal("propose transaction not in the head block")
	return 0
}
