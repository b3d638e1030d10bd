package staking

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// RewardState is where one epoch's reward of a node stands.
type RewardState int

// Reward states, in the order an epoch goes through them.
const (
	// RewardPending: the epoch's claims are not open yet (exclusions may
	// still lower the amount to zero or raise it).
	RewardPending RewardState = iota
	// RewardClaimable: open and not claimed.
	RewardClaimable
	// RewardClaimed: paid.
	RewardClaimed
	// RewardExcluded: an excluder (a slash, a missing-member report) took
	// the node's reward for the epoch.
	RewardExcluded
)

func (s RewardState) String() string {
	switch s {
	case RewardPending:
		return "pending"
	case RewardClaimable:
		return "claimable"
	case RewardClaimed:
		return "claimed"
	case RewardExcluded:
		return "excluded"
	}
	return fmt.Sprintf("state(%d)", int(s))
}

// EpochReward is a node's reward for one epoch it served.
type EpochReward struct {
	Epoch uint64
	// Stake is what the node served the epoch with (the registry's
	// snapshot); Amount its share of the epoch's fees: what it may claim,
	// was paid, or (pending) would get if nothing changes.
	Stake  *big.Int
	Amount *big.Int
	State  RewardState
	// OpensAt is the first epoch in which the claim may be made.
	OpensAt uint64
}

// Rewards are an operator's node's rewards over a range of epochs.
type Rewards struct {
	Operator  common.Address
	NodeIndex uint64
	// Epoch is the registry's current epoch; ClaimDelay the pool's
	// claimDelayEpochs.
	Epoch      uint64
	ClaimDelay uint64
	// Epochs holds the epochs of the range the node served, oldest first.
	Epochs []EpochReward
}

// Claimable lists the epochs that may be claimed now and their sum.
func (r Rewards) Claimable() ([]uint64, *big.Int) {
	var epochs []uint64
	sum := new(big.Int)
	for _, e := range r.Epochs {
		if e.State == RewardClaimable {
			epochs = append(epochs, e.Epoch)
			sum.Add(sum, e.Amount)
		}
	}
	return epochs, sum
}

// ErrNoRewardsPool means the deployment has no RewardsPool.
var ErrNoRewardsPool = errors.New("the deployment has no rewards pool (deployed before rewards)")

// MaxRewardEpochs bounds how many epochs ReadRewards looks at (each costs
// a few calls).
const MaxRewardEpochs = 1024

// RewardsBackend is the chain access ReadRewards needs (an
// ethclient.Client is one).
type RewardsBackend interface {
	bind.ContractCaller
	BlockNumber(ctx context.Context) (uint64, error)
}

// ReadRewards reads the rewards of the node with index nodeIndex for the
// epochs from..current (from 0: the last MaxRewardEpochs), from the pool
// and the registry's stake snapshots.
func ReadRewards(ctx context.Context, backend RewardsBackend, registry, pool common.Address, operator common.Address, nodeIndex, from uint64) (Rewards, error) {
	if pool == (common.Address{}) {
		return Rewards{}, ErrNoRewardsPool
	}
	reg, err := bindings.NewClusterRegistryCaller(registry, backend)
	if err != nil {
		return Rewards{}, err
	}
	p, err := bindings.NewRewardsPoolCaller(pool, backend)
	if err != nil {
		return Rewards{}, err
	}
	// Every read at one block, so the epoch and the pool agree.
	head, err := backend.BlockNumber(ctx)
	if err != nil {
		return Rewards{}, fmt.Errorf("rewards: head block: %w", err)
	}
	o := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(head)}
	current, err := reg.CurrentEpoch(o)
	if err != nil {
		return Rewards{}, fmt.Errorf("rewards: current epoch: %w", err)
	}
	delay, err := p.ClaimDelayEpochs(o)
	if err != nil {
		return Rewards{}, fmt.Errorf("rewards: claim delay: %w", err)
	}
	if from == 0 {
		from = 1 // epoch 0 elects nobody
		if current >= MaxRewardEpochs {
			from = current - MaxRewardEpochs + 1
		}
	}
	if current >= from && current-from >= MaxRewardEpochs {
		return Rewards{}, fmt.Errorf("rewards: at most %d epochs at once (from %d to %d asked)", MaxRewardEpochs, from, current)
	}
	out := Rewards{Operator: operator, NodeIndex: nodeIndex, Epoch: current, ClaimDelay: delay}
	idx := new(big.Int).SetUint64(nodeIndex)
	for e := from; e <= current; e++ {
		stake, err := reg.EpochStakeOf(o, e, idx)
		if err != nil {
			return Rewards{}, fmt.Errorf("rewards: stake in epoch %d: %w", e, err)
		}
		if stake.Sign() == 0 {
			continue
		}
		r, err := epochReward(o, reg, p, e, idx, stake, current, delay)
		if err != nil {
			return Rewards{}, fmt.Errorf("rewards: epoch %d: %w", e, err)
		}
		out.Epochs = append(out.Epochs, r)
	}
	return out, nil
}

func epochReward(o *bind.CallOpts, reg *bindings.ClusterRegistryCaller, p *bindings.RewardsPoolCaller,
	e uint64, idx, stake *big.Int, current, delay uint64) (EpochReward, error) {
	r := EpochReward{Epoch: e, Stake: stake, Amount: new(big.Int), OpensAt: e + delay}
	excluded, err := p.IsExcluded(o, e, idx)
	if err != nil {
		return r, err
	}
	if excluded {
		r.State = RewardExcluded
		return r, nil
	}
	claimed, err := p.Claimed(o, e, idx)
	if err != nil {
		return r, err
	}
	fees, err := p.EpochFees(o, e)
	if err != nil {
		return r, err
	}
	total, err := reg.EpochTotalStake(o, e)
	if err != nil {
		return r, err
	}
	out, err := p.ExcludedStake(o, e)
	if err != nil {
		return r, err
	}
	// The pool's own formula (RewardsPool._share): rounded down.
	if den := new(big.Int).Sub(total, out); den.Sign() > 0 {
		r.Amount.Div(new(big.Int).Mul(fees, stake), den)
	}
	switch {
	case claimed:
		r.State = RewardClaimed
	case current >= e+delay:
		r.State = RewardClaimable
	default:
		r.State = RewardPending
	}
	return r, nil
}

// ClaimRewards claims the operator's node's rewards for epochs from the pool
// and returns what the pool paid (the sum of its Claimed events).
func (o *Operator) ClaimRewards(ctx context.Context, pool common.Address, epochs []uint64) (*big.Int, *types.Receipt, error) {
	if pool == (common.Address{}) {
		return nil, nil, ErrNoRewardsPool
	}
	if len(epochs) == 0 {
		return nil, nil, errors.New("claim rewards: no epochs")
	}
	p, err := bindings.NewRewardsPool(pool, o.Backend)
	if err != nil {
		return nil, nil, err
	}
	rc, err := o.Wallet.Send(ctx, "claim rewards", func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return p.Claim(opts, epochs)
	})
	if err != nil {
		return nil, nil, err
	}
	paid := new(big.Int)
	for _, l := range rc.Logs {
		if l.Address != pool {
			continue
		}
		if ev, err := p.ParseClaimed(*l); err == nil {
			paid.Add(paid, ev.Amount)
		}
	}
	return paid, rc, nil
}
