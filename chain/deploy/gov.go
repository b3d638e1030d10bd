package deploy

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/contracts/bindings"
)

// The governance flow (docs/CONTRACTS.md, "Governance"): propose, vote,
// queue on the parameters timelock, execute after its delay; a security
// change's execution only schedules the call on the security timelock, and
// a second execute runs it once that delay is over too.

// Errors of the governance flow; each comes wrapped with the details.
var (
	ErrNoGovernor       = errors.New("the deployment has no governor (deployed before governance)")
	ErrNoRewardsPool    = errors.New("the deployment has no rewards pool (deployed before rewards)")
	ErrProposalNotFound = errors.New("proposal not found")
	ErrVoteNotOpen      = errors.New("voting is not open")
	ErrNotSucceeded     = errors.New("the proposal has not passed")
	ErrNotReady         = errors.New("delay not over")
	ErrNothingToDo      = errors.New("nothing left to execute")
)

// ProposalState is the governor's state of a proposal (IGovernor.ProposalState).
type ProposalState uint8

const (
	StatePending ProposalState = iota
	StateActive
	StateCanceled
	StateDefeated
	StateSucceeded
	StateQueued
	StateExpired
	StateExecuted
)

func (s ProposalState) String() string {
	names := []string{"pending", "active", "canceled", "defeated", "succeeded", "queued", "expired", "executed"}
	if int(s) < len(names) {
		return names[s]
	}
	return fmt.Sprintf("state %d", uint8(s))
}

// Vote support values (GovernorCountingSimple).
const (
	VoteAgainst uint8 = 0
	VoteFor     uint8 = 1
	VoteAbstain uint8 = 2
)

// Proposal is what the governor hashes into a proposal id.
type Proposal struct {
	Targets     []common.Address
	Values      []*big.Int
	Calldatas   [][]byte
	Description string
	// Security is the call the security timelock runs after its delay, when
	// the proposal schedules one (its only call is schedule on the security
	// timelock); nil for a parameters change.
	Security *SecurityOp
}

// DescriptionHash is keccak256 of the description.
func (p Proposal) DescriptionHash() [32]byte { return crypto.Keccak256Hash([]byte(p.Description)) }

// SecurityOp is one operation on the security timelock.
type SecurityOp struct {
	Target common.Address
	Value  *big.Int
	Data   []byte
	Salt   [32]byte
	Delay  *big.Int
}

// Gov talks to a deployment's governor and timelocks.
type Gov struct {
	dep      Deployment
	eth      *ethclient.Client
	governor *bindings.CiferGovernor
	params   *bindings.CiferTimelock
	security *bindings.CiferTimelock
}

// NewGov binds the deployment's governance contracts.
func NewGov(dep Deployment, eth *ethclient.Client) (*Gov, error) {
	a := dep.Addresses
	if a.Governor == (common.Address{}) || a.SecurityTimelock == (common.Address{}) || a.ParametersTimelock == (common.Address{}) {
		return nil, ErrNoGovernor
	}
	g := &Gov{dep: dep, eth: eth}
	var err error
	if g.governor, err = bindings.NewCiferGovernor(a.Governor, eth); err != nil {
		return nil, fmt.Errorf("governor: %w", err)
	}
	if g.params, err = bindings.NewCiferTimelock(a.ParametersTimelock, eth); err != nil {
		return nil, fmt.Errorf("parameters timelock: %w", err)
	}
	if g.security, err = bindings.NewCiferTimelock(a.SecurityTimelock, eth); err != nil {
		return nil, fmt.Errorf("security timelock: %w", err)
	}
	return g, nil
}

// Build makes the proposal setting one parameter. A parameters change
// calls the setter from the parameters timelock; a security change calls
// schedule on the security timelock (its delay read from the chain, the
// salt the description's hash), so the setter runs only after both delays.
func (g *Gov) Build(ctx context.Context, name, value, description string) (Proposal, error) {
	p, err := LookupGovParam(name)
	if err != nil {
		return Proposal{}, err
	}
	data, err := p.Calldata(value)
	if err != nil {
		return Proposal{}, err
	}
	target := p.target(g.dep.Addresses)
	if target == (common.Address{}) {
		if p.on == onRewardsPool {
			return Proposal{}, fmt.Errorf("%s: %w", name, ErrNoRewardsPool)
		}
		return Proposal{}, fmt.Errorf("%s: the deployment has no %s address", name, p.Contract())
	}
	if description == "" {
		description = fmt.Sprintf("set %s=%s", name, value)
	}
	if !p.Security {
		return Proposal{Targets: []common.Address{target}, Values: []*big.Int{new(big.Int)}, Calldatas: [][]byte{data}, Description: description}, nil
	}
	delay, err := g.security.GetMinDelay(&bind.CallOpts{Context: ctx})
	if err != nil {
		return Proposal{}, fmt.Errorf("security timelock delay: %w", err)
	}
	op := &SecurityOp{Target: target, Value: new(big.Int), Data: data, Salt: crypto.Keccak256Hash([]byte(description)), Delay: delay}
	sched, err := scheduleCalldata(op)
	if err != nil {
		return Proposal{}, err
	}
	return Proposal{
		Targets: []common.Address{g.dep.Addresses.SecurityTimelock}, Values: []*big.Int{new(big.Int)},
		Calldatas: [][]byte{sched}, Description: description, Security: op,
	}, nil
}

func scheduleCalldata(op *SecurityOp) ([]byte, error) {
	a, err := metaABI(bindings.CiferTimelockMetaData)
	if err != nil {
		return nil, err
	}
	data, err := a.Pack("schedule", op.Target, op.Value, op.Data, [32]byte{}, op.Salt, op.Delay)
	if err != nil {
		return nil, fmt.Errorf("schedule calldata: %w", err)
	}
	return data, nil
}

// securityOpOf decodes the schedule call of a proposal made by Build.
func (g *Gov) securityOpOf(p Proposal) *SecurityOp {
	if len(p.Targets) != 1 || p.Targets[0] != g.dep.Addresses.SecurityTimelock || len(p.Calldatas[0]) < 4 {
		return nil
	}
	a, err := metaABI(bindings.CiferTimelockMetaData)
	if err != nil {
		return nil
	}
	m := a.Methods["schedule"]
	if !bytes.Equal(p.Calldatas[0][:4], m.ID) {
		return nil
	}
	args, err := m.Inputs.Unpack(p.Calldatas[0][4:])
	if err != nil || len(args) != 6 {
		return nil
	}
	target, _ := args[0].(common.Address)
	value, _ := args[1].(*big.Int)
	data, _ := args[2].([]byte)
	salt, _ := args[4].([32]byte)
	delay, _ := args[5].(*big.Int)
	return &SecurityOp{Target: target, Value: value, Data: data, Salt: salt, Delay: delay}
}

// ProposalID is the governor's id of p.
func (g *Gov) ProposalID(ctx context.Context, p Proposal) (*big.Int, error) {
	id, err := g.governor.HashProposal(&bind.CallOpts{Context: ctx}, p.Targets, p.Values, p.Calldatas, p.DescriptionHash())
	if err != nil {
		return nil, fmt.Errorf("proposal id: %w", err)
	}
	return id, nil
}

// Propose sends p from w and returns its id.
func (g *Gov) Propose(ctx context.Context, w *chain.Wallet, p Proposal) (*big.Int, error) {
	id, err := g.ProposalID(ctx, p)
	if err != nil {
		return nil, err
	}
	if err := g.checkThreshold(ctx, w.Address()); err != nil {
		return nil, err
	}
	rc, err := w.Send(ctx, "propose", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return g.governor.Propose(o, p.Targets, p.Values, p.Calldatas, p.Description)
	})
	if err != nil {
		return nil, err
	}
	// A node answers the receipt as soon as the block is written, and may
	// answer "latest" (state, logs) from the block before for a moment:
	// wait until its head holds the proposal, so a Status or vote right
	// after sees it.
	if err := g.waitHead(ctx, rc.BlockNumber.Uint64()); err != nil {
		return nil, err
	}
	return id, nil
}

// waitHead waits until the RPC's head is at least block.
func (g *Gov) waitHead(ctx context.Context, block uint64) error {
	ctx, cancel := context.WithTimeout(ctx, findLogWait)
	defer cancel()
	for {
		h, err := g.eth.HeaderByNumber(ctx, nil)
		if err == nil && h.Number.Uint64() >= block {
			return nil
		}
		t := time.NewTimer(50 * time.Millisecond)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("the RPC's head did not reach block %d: %w", block, ctx.Err())
		case <-t.C:
		}
	}
}

func (g *Gov) checkThreshold(ctx context.Context, who common.Address) error {
	copts := &bind.CallOpts{Context: ctx}
	threshold, err := g.governor.ProposalThreshold(copts)
	if err != nil || threshold.Sign() == 0 {
		return nil // the send reports anything else
	}
	clock, err := g.governor.Clock(copts)
	if err != nil || clock.Sign() == 0 {
		return nil
	}
	votes, err := g.governor.GetVotes(copts, who, new(big.Int).Sub(clock, big.NewInt(1)))
	if err != nil {
		return nil
	}
	if votes.Cmp(threshold) < 0 {
		return fmt.Errorf("propose: %s has %s votes, the proposal threshold is %s (delegate votes to it first)", who.Hex(), votes, threshold)
	}
	return nil
}

// Find reads a proposal back from its ProposalCreated event. An RPC's log
// search may lag the state it answers calls from (a log index built in the
// background, or a load balancer in front of several nodes), so a proposal
// the governor knows but whose event is not readable yet is read again for
// up to findLogWait; one the governor does not know is
// ErrProposalNotFound at once.
func (g *Gov) Find(ctx context.Context, id *big.Int) (Proposal, error) {
	deadline := time.Now().Add(findLogWait)
	for {
		p, found, err := g.findLog(ctx, id)
		if err != nil || found {
			return p, err
		}
		snap, err := g.governor.ProposalSnapshot(&bind.CallOpts{Context: ctx}, id)
		if err != nil {
			return Proposal{}, fmt.Errorf("proposal %s: %w", id, err)
		}
		if snap.Sign() == 0 {
			return Proposal{}, fmt.Errorf("%w: %s", ErrProposalNotFound, id)
		}
		if time.Now().After(deadline) {
			return Proposal{}, fmt.Errorf("proposal %s exists, but its ProposalCreated event cannot be read from the RPC (its log index lags or prunes)", id)
		}
		t := time.NewTimer(100 * time.Millisecond)
		select {
		case <-ctx.Done():
			t.Stop()
			return Proposal{}, ctx.Err()
		case <-t.C:
		}
	}
}

// findLogWait bounds how long Find waits for a known proposal's event.
const findLogWait = 10 * time.Second

func (g *Gov) findLog(ctx context.Context, id *big.Int) (Proposal, bool, error) {
	it, err := g.governor.FilterProposalCreated(&bind.FilterOpts{Context: ctx, Start: g.dep.DeployBlock})
	if err != nil {
		return Proposal{}, false, fmt.Errorf("proposal %s: %w", id, err)
	}
	defer it.Close()
	for it.Next() {
		ev := it.Event
		if ev.ProposalId.Cmp(id) != 0 {
			continue
		}
		p := Proposal{Targets: ev.Targets, Values: ev.Values, Calldatas: ev.Calldatas, Description: ev.Description}
		p.Security = g.securityOpOf(p)
		return p, true, nil
	}
	if err := it.Error(); err != nil {
		return Proposal{}, false, fmt.Errorf("proposal %s: %w", id, err)
	}
	return Proposal{}, false, nil
}

type Status struct {
	ID       *big.Int
	Proposal Proposal
	State    ProposalState
	Proposer common.Address
	// Snapshot and Deadline are block numbers: votes count as of Snapshot,
	// voting is open after it until Deadline.
	Snapshot, Deadline    uint64
	For, Against, Abstain *big.Int
	Quorum                *big.Int
	Head                  uint64    // head block
	HeadTime              time.Time // head block's time
	ETA                   time.Time // queued: when execute may run (zero otherwise)
	SecurityState         string    // "", "not scheduled", "waiting", "ready", "done"
	SecurityReady         time.Time // when the security operation may run
	SecurityID            [32]byte
}

// Status reads a proposal's state, votes and times.
func (g *Gov) Status(ctx context.Context, id *big.Int) (Status, error) {
	p, err := g.Find(ctx, id)
	if err != nil {
		return Status{}, err
	}
	copts := &bind.CallOpts{Context: ctx}
	st := Status{ID: id, Proposal: p}
	head, err := g.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return Status{}, fmt.Errorf("head: %w", err)
	}
	st.Head, st.HeadTime = head.Number.Uint64(), time.Unix(int64(head.Time), 0).UTC()
	s, err := g.governor.State(copts, id)
	if err != nil {
		return Status{}, fmt.Errorf("state: %w", err)
	}
	st.State = ProposalState(s)
	if st.Proposer, err = g.governor.ProposalProposer(copts, id); err != nil {
		return Status{}, fmt.Errorf("proposer: %w", err)
	}
	snap, err := g.governor.ProposalSnapshot(copts, id)
	if err != nil {
		return Status{}, fmt.Errorf("snapshot: %w", err)
	}
	deadline, err := g.governor.ProposalDeadline(copts, id)
	if err != nil {
		return Status{}, fmt.Errorf("deadline: %w", err)
	}
	st.Snapshot, st.Deadline = snap.Uint64(), deadline.Uint64()
	votes, err := g.governor.ProposalVotes(copts, id)
	if err != nil {
		return Status{}, fmt.Errorf("votes: %w", err)
	}
	st.For, st.Against, st.Abstain = votes.ForVotes, votes.AgainstVotes, votes.AbstainVotes
	// The quorum is defined at the snapshot; before it, at the last block.
	at := snap
	if st.Snapshot >= st.Head {
		at = new(big.Int).SetUint64(st.Head - 1)
	}
	if st.Quorum, err = g.governor.Quorum(copts, at); err != nil {
		return Status{}, fmt.Errorf("quorum: %w", err)
	}
	eta, err := g.governor.ProposalEta(copts, id)
	if err != nil {
		return Status{}, fmt.Errorf("eta: %w", err)
	}
	if eta.Sign() > 0 {
		st.ETA = time.Unix(eta.Int64(), 0).UTC()
	}
	if p.Security != nil {
		opID, err := g.security.HashOperation(copts, p.Security.Target, p.Security.Value, p.Security.Data, [32]byte{}, p.Security.Salt)
		if err != nil {
			return Status{}, fmt.Errorf("security operation: %w", err)
		}
		st.SecurityID = opID
		ts, err := g.security.GetTimestamp(copts, opID)
		if err != nil {
			return Status{}, fmt.Errorf("security operation: %w", err)
		}
		switch {
		case ts.Sign() == 0:
			st.SecurityState = "not scheduled"
		case ts.Cmp(big.NewInt(1)) == 0: // OpenZeppelin's _DONE_TIMESTAMP
			st.SecurityState = "done"
		case ts.Uint64() <= head.Time:
			st.SecurityState, st.SecurityReady = "ready", time.Unix(ts.Int64(), 0).UTC()
		default:
			st.SecurityState, st.SecurityReady = "waiting", time.Unix(ts.Int64(), 0).UTC()
		}
	}
	return st, nil
}

// Vote casts w's vote on id; support is VoteAgainst, VoteFor or VoteAbstain.
func (g *Gov) Vote(ctx context.Context, w *chain.Wallet, id *big.Int, support uint8) error {
	st, err := g.Status(ctx, id)
	if err != nil {
		return err
	}
	if st.State != StateActive {
		if st.State == StatePending {
			return fmt.Errorf("vote on %s: %w: it opens after block %d (head %d)", id, ErrVoteNotOpen, st.Snapshot, st.Head)
		}
		return fmt.Errorf("vote on %s: %w: the proposal is %s", id, ErrVoteNotOpen, st.State)
	}
	copts := &bind.CallOpts{Context: ctx}
	if voted, err := g.governor.HasVoted(copts, id, w.Address()); err == nil && voted {
		return fmt.Errorf("vote on %s: %s has already voted", id, w.Address().Hex())
	}
	if weight, err := g.governor.GetVotes(copts, w.Address(), new(big.Int).SetUint64(st.Snapshot)); err == nil && weight.Sign() == 0 {
		return fmt.Errorf("vote on %s: %s had no votes at the snapshot (block %d): wrap tokens into the votes wrapper and delegate before a proposal", id, w.Address().Hex(), st.Snapshot)
	}
	_, err = w.Send(ctx, "castVote", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return g.governor.CastVote(o, id, support)
	})
	return err
}

// Queue queues a passed proposal on the parameters timelock.
func (g *Gov) Queue(ctx context.Context, w *chain.Wallet, id *big.Int) error {
	st, err := g.Status(ctx, id)
	if err != nil {
		return err
	}
	if err := notPassed(st); err != nil {
		return fmt.Errorf("queue %s: %w", id, err)
	}
	if st.State != StateSucceeded {
		return fmt.Errorf("queue %s: the proposal is %s", id, st.State)
	}
	p := st.Proposal
	_, err = w.Send(ctx, "queue", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return g.governor.Queue(o, p.Targets, p.Values, p.Calldatas, p.DescriptionHash())
	})
	return err
}

// notPassed explains why a proposal cannot be queued or executed.
func notPassed(st Status) error {
	switch st.State {
	case StatePending, StateActive:
		return fmt.Errorf("%w: voting is still open until block %d (head %d)", ErrNotSucceeded, st.Deadline, st.Head)
	case StateDefeated:
		quorate := new(big.Int).Add(st.For, st.Abstain)
		if quorate.Cmp(st.Quorum) < 0 {
			return fmt.Errorf("%w: not enough votes: %s for and abstain, the quorum is %s", ErrNotSucceeded, quorate, st.Quorum)
		}
		return fmt.Errorf("%w: defeated: %s for, %s against", ErrNotSucceeded, st.For, st.Against)
	case StateCanceled, StateExpired:
		return fmt.Errorf("%w: the proposal is %s", ErrNotSucceeded, st.State)
	}
	return nil
}

// Execute runs the next step of a queued proposal: the governor's execute
// once the parameters delay is over, then (a security change) the security
// timelock's execute once its delay is over. It returns what it did.
func (g *Gov) Execute(ctx context.Context, w *chain.Wallet, id *big.Int) (string, error) {
	st, err := g.Status(ctx, id)
	if err != nil {
		return "", err
	}
	if err := notPassed(st); err != nil {
		return "", fmt.Errorf("execute %s: %w", id, err)
	}
	p := st.Proposal
	switch st.State {
	case StateSucceeded:
		return "", fmt.Errorf("execute %s: queue it first ('cifer gov queue %s')", id, id)
	case StateQueued:
		if st.HeadTime.Before(st.ETA) {
			return "", fmt.Errorf("execute %s: %w: executable at %s (head block %d is at %s)", id, ErrNotReady,
				st.ETA.Format(time.RFC3339), st.Head, st.HeadTime.Format(time.RFC3339))
		}
		if _, err := w.Send(ctx, "execute", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return g.governor.Execute(o, p.Targets, p.Values, p.Calldatas, p.DescriptionHash())
		}); err != nil {
			return "", err
		}
		if p.Security != nil {
			return "executed: scheduled on the security timelock; run execute again after its delay", nil
		}
		return "executed", nil
	case StateExecuted:
		if p.Security == nil || st.SecurityState == "done" {
			return "", fmt.Errorf("execute %s: %w: already executed", id, ErrNothingToDo)
		}
		if st.SecurityState != "ready" {
			return "", fmt.Errorf("execute %s: %w: the security timelock runs it at %s (head block %d is at %s)", id, ErrNotReady,
				st.SecurityReady.Format(time.RFC3339), st.Head, st.HeadTime.Format(time.RFC3339))
		}
		op := p.Security
		if _, err := w.Send(ctx, "security timelock execute", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return g.security.Execute(o, op.Target, op.Value, op.Data, [32]byte{}, op.Salt)
		}); err != nil {
			return "", err
		}
		return "executed on the security timelock", nil
	}
	return "", fmt.Errorf("execute %s: the proposal is %s", id, st.State)
}

// enactVoteGas is the gas limit of Enact's vote (about 85,000 on Osaka;
// draft forks' storage repricing raises it).
const enactVoteGas = 2_000_000

// Enact runs p through every step with w as the only voter: for testnets,
// whose deployer holds the votes and whose delays are a few seconds. It
// polls the chain (every poll) until each step may run.
func (g *Gov) Enact(ctx context.Context, w *chain.Wallet, p Proposal, poll time.Duration) error {
	id, err := g.Propose(ctx, w, p)
	if err != nil {
		return err
	}
	wait := func(what string, ready func(Status) bool) error {
		for {
			st, err := g.Status(ctx, id)
			if err != nil {
				return err
			}
			if ready(st) {
				return nil
			}
			if st.State == StateDefeated || st.State == StateCanceled || st.State == StateExpired {
				return fmt.Errorf("enact %q: %w", p.Description, notPassed(st))
			}
			t := time.NewTimer(poll)
			select {
			case <-ctx.Done():
				t.Stop()
				return fmt.Errorf("enact %q: waiting for %s: %w", p.Description, what, ctx.Err())
			case <-t.C:
			}
		}
	}
	// Vote as soon as the snapshot block is the head: the vote lands in a
	// later block, inside the voting period. A gas estimate would run on
	// the head, where voting is not open yet, so the limit is fixed.
	st, err := g.Status(ctx, id)
	if err != nil {
		return err
	}
	for {
		head, err := g.eth.BlockNumber(ctx)
		if err != nil {
			return fmt.Errorf("enact %q: %w", p.Description, err)
		}
		if head >= st.Snapshot {
			break
		}
		t := time.NewTimer(poll)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("enact %q: waiting for the vote to open: %w", p.Description, ctx.Err())
		case <-t.C:
		}
	}
	if _, err := w.Send(ctx, "castVote", func(o *bind.TransactOpts) (*types.Transaction, error) {
		o.GasLimit = enactVoteGas
		return g.governor.CastVote(o, id, VoteFor)
	}); err != nil {
		return fmt.Errorf("enact %q: %w", p.Description, err)
	}
	if err := wait("the vote to end", func(st Status) bool { return st.State == StateSucceeded }); err != nil {
		return err
	}
	if err := g.Queue(ctx, w, id); err != nil {
		return err
	}
	if err := wait("the parameters delay", func(st Status) bool { return !st.HeadTime.Before(st.ETA) }); err != nil {
		return err
	}
	if _, err := g.Execute(ctx, w, id); err != nil {
		return err
	}
	if p.Security == nil {
		return nil
	}
	if err := wait("the security delay", func(st Status) bool { return st.SecurityState == "ready" }); err != nil {
		return err
	}
	_, err = g.Execute(ctx, w, id)
	return err
}
