package selection

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Reader is the chain data FromChain reads from the home chain. A block
// argument selects the registry state after that block; reading the state
// of an old block needs a node that still keeps it (an archive node for
// epochs older than its pruning window).
type Reader interface {
	// RegistryAddress is the ClusterRegistry's address, part of the seed.
	RegistryAddress() common.Address
	// EpochAt returns the registry's current epoch and the block of the
	// advanceEpoch that started it, in the state after block.
	EpochAt(ctx context.Context, block uint64) (epoch, startBlock uint64, err error)
	// AdvanceRequestBlock returns the block of the pending requestAdvance
	// in the state after block (0: none).
	AdvanceRequestBlock(ctx context.Context, block uint64) (uint64, error)
	// BlockHash returns the hash of a block.
	BlockHash(ctx context.Context, block uint64) (common.Hash, error)
	// Weights returns one weight per registered node in index order: its
	// stake while Active, 0 otherwise.
	Weights(ctx context.Context, block uint64) ([]*big.Int, error)
	// ElectionParams returns the governed K, n and target cluster count.
	ElectionParams(ctx context.Context, block uint64) (EpochParams, error)
	// Clusters returns the member node indexes of every cluster, in member
	// order; element c-1 holds cluster c.
	Clusters(ctx context.Context, block uint64) ([][]int, error)
	// EpochAdvanced returns the seed and total stake that the EpochAdvanced
	// event of epoch, emitted in block, carries.
	EpochAdvanced(ctx context.Context, epoch, block uint64) (seed [32]byte, totalStake *big.Int, err error)
}

// ErrMismatch means the chain data FromChain read cannot be what
// advanceEpoch drew from: no advance was pending before the epoch's start
// block, the seed differs from the one the registry logged, or the stakes
// read at the parent block do not add up to the total it logged (the
// registry refuses stake changes while an advance is pending, so this
// means a registry other than the one this package reproduces).
var ErrMismatch = errors.New("selection: chain data do not reproduce the epoch")

// Epoch is one epoch's election, recomputed from chain data.
type Epoch struct {
	Number     uint64 // 0: no epoch has started, nothing is elected
	StartBlock uint64 // block of the advanceEpoch that started it
	Seed       [32]byte
	EpochResult
}

// FromChain recomputes the election of the epoch in force after block: it
// reads the registry state just before the epoch's start block (the
// pending request, stakes, parameters and clusters as advanceEpoch saw
// them) and the hash of the request's seed block, and runs Advance. The result equals what the registry stored for that epoch
// (blackBoxIndexes, clusterMemberIndexes); ErrMismatch reports inputs that
// cannot reproduce it.
func FromChain(ctx context.Context, r Reader, block uint64) (Epoch, error) {
	number, start, err := r.EpochAt(ctx, block)
	if err != nil {
		return Epoch{}, fmt.Errorf("selection: epoch at block %d: %w", block, err)
	}
	if number == 0 {
		return Epoch{EpochResult: EpochResult{BlackBoxes: []int{}, Changes: map[uint8][]Replacement{}}}, nil
	}
	if start == 0 {
		return Epoch{}, fmt.Errorf("%w: epoch %d starts at block 0", ErrMismatch, number)
	}
	e := Epoch{Number: number, StartBlock: start}
	before := start - 1
	requested, err := r.AdvanceRequestBlock(ctx, before)
	if err != nil {
		return Epoch{}, fmt.Errorf("selection: advance request at block %d: %w", before, err)
	}
	seedBlock := requested + SeedDelay
	if requested == 0 || seedBlock >= start {
		return Epoch{}, fmt.Errorf("%w: epoch %d started at block %d with request block %d", ErrMismatch, number, start, requested)
	}
	hash, err := r.BlockHash(ctx, seedBlock)
	if err != nil {
		return Epoch{}, fmt.Errorf("selection: hash of seed block %d: %w", seedBlock, err)
	}
	e.Seed = EpochSeed(hash, number, r.RegistryAddress())
	loggedSeed, loggedTotal, err := r.EpochAdvanced(ctx, number, start)
	if err != nil {
		return Epoch{}, fmt.Errorf("selection: EpochAdvanced of epoch %d: %w", number, err)
	}
	if loggedSeed != e.Seed {
		return Epoch{}, fmt.Errorf("%w: epoch %d seed %x, registry logged %x", ErrMismatch, number, e.Seed, loggedSeed)
	}

	weights, err := r.Weights(ctx, before)
	if err != nil {
		return Epoch{}, fmt.Errorf("selection: weights at block %d: %w", before, err)
	}
	total := new(big.Int)
	for _, w := range weights {
		if positive(w) {
			total.Add(total, w)
		}
	}
	if loggedTotal == nil || total.Cmp(loggedTotal) != 0 {
		return Epoch{}, fmt.Errorf("%w: epoch %d stakes at block %d total %s, registry logged %s", ErrMismatch, number, before, total, loggedTotal)
	}
	params, err := r.ElectionParams(ctx, before)
	if err != nil {
		return Epoch{}, fmt.Errorf("selection: parameters at block %d: %w", before, err)
	}
	clusters, err := r.Clusters(ctx, before)
	if err != nil {
		return Epoch{}, fmt.Errorf("selection: clusters at block %d: %w", before, err)
	}
	e.EpochResult = Advance(e.Seed, weights, clusters, params)
	return e, nil
}
