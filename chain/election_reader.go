package chain

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/selection"
)

// ElectionBackend is what ElectionReader reads through: contract calls at a
// block, logs and headers (an ethclient.Client, or the simulated client).
type ElectionBackend interface {
	bind.ContractCaller
	bind.ContractFilterer
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// ElectionReader reads, at chosen blocks, the ClusterRegistry data that
// selection.FromChain recomputes an epoch's election from. Every call has
// the reader's call deadline.
type ElectionReader struct {
	addr    common.Address
	caller  *bindings.ClusterRegistryCaller
	logs    *bindings.ClusterRegistryFilterer
	headers ElectionBackend
	timeout time.Duration
	page    int // nodes per nodesRange call
}

var _ selection.Reader = (*ElectionReader)(nil)

// nodesPage bounds one nodesRange call, so a large registry is read in
// replies of a few hundred kilobytes.
const nodesPage = 200

// NewElectionReader binds the registry at addr.
func NewElectionReader(addr common.Address, b ElectionBackend, callTimeout time.Duration) (*ElectionReader, error) {
	caller, err := bindings.NewClusterRegistryCaller(addr, b)
	if err != nil {
		return nil, fmt.Errorf("bind cluster registry: %w", err)
	}
	logs, err := bindings.NewClusterRegistryFilterer(addr, b)
	if err != nil {
		return nil, fmt.Errorf("bind cluster registry: %w", err)
	}
	if callTimeout <= 0 {
		callTimeout = 10 * time.Second
	}
	return &ElectionReader{addr: addr, caller: caller, logs: logs, headers: b, timeout: callTimeout, page: nodesPage}, nil
}

func (r *ElectionReader) at(ctx context.Context, block uint64) (*bind.CallOpts, context.CancelFunc) {
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	return &bind.CallOpts{Context: ctx, BlockNumber: bigFromUint64(block)}, cancel
}

// RegistryAddress is the registry's address.
func (r *ElectionReader) RegistryAddress() common.Address { return r.addr }

// EpochAt returns the current epoch and its start block after block.
func (r *ElectionReader) EpochAt(ctx context.Context, block uint64) (uint64, uint64, error) {
	o, cancel := r.at(ctx, block)
	defer cancel()
	epoch, err := r.caller.CurrentEpoch(o)
	if err != nil {
		return 0, 0, fmt.Errorf("registry: current epoch at %d: %w", block, err)
	}
	start, err := r.caller.EpochStartBlock(o)
	if err != nil {
		return 0, 0, fmt.Errorf("registry: epoch start block at %d: %w", block, err)
	}
	if !start.IsUint64() {
		return 0, 0, fmt.Errorf("registry: epoch start block %s out of range", start)
	}
	return epoch, start.Uint64(), nil
}

// AdvanceRequestBlock returns the registry's pending request block after
// block (0: none).
func (r *ElectionReader) AdvanceRequestBlock(ctx context.Context, block uint64) (uint64, error) {
	o, cancel := r.at(ctx, block)
	defer cancel()
	b, err := r.caller.AdvanceRequestBlock(o)
	if err != nil {
		return 0, fmt.Errorf("registry: advance request block at %d: %w", block, err)
	}
	if !b.IsUint64() {
		return 0, fmt.Errorf("registry: advance request block %s out of range", b)
	}
	return b.Uint64(), nil
}

// BlockHash returns the hash of a block's header.
func (r *ElectionReader) BlockHash(ctx context.Context, block uint64) (common.Hash, error) {
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	h, err := r.headers.HeaderByNumber(ctx, bigFromUint64(block))
	if err != nil {
		return common.Hash{}, fmt.Errorf("header %d: %w", block, err)
	}
	return h.Hash(), nil
}

// Weights returns each node's weight in the draw (drawWeight: its stake
// while Active when the weights were last fixed), in index order.
func (r *ElectionReader) Weights(ctx context.Context, block uint64) ([]*big.Int, error) {
	o, cancel := r.at(ctx, block)
	defer cancel()
	count, err := r.caller.NodeCount(o)
	if err != nil {
		return nil, fmt.Errorf("registry: node count at %d: %w", block, err)
	}
	if !count.IsInt64() {
		return nil, fmt.Errorf("registry: node count %s out of range", count)
	}
	n := int(count.Int64())
	weights := make([]*big.Int, 0, n)
	for len(weights) < n {
		page, err := r.caller.DrawWeights(o, big.NewInt(int64(len(weights))), big.NewInt(int64(r.page)))
		if err != nil {
			return nil, fmt.Errorf("registry: draw weights from %d at %d: %w", len(weights), block, err)
		}
		if len(page) == 0 {
			return nil, fmt.Errorf("registry: drawWeights ended at %d of %d nodes", len(weights), n)
		}
		weights = append(weights, page...)
	}
	return weights[:n], nil
}

// ElectionParams returns K, n and the target cluster count.
func (r *ElectionReader) ElectionParams(ctx context.Context, block uint64) (selection.EpochParams, error) {
	o, cancel := r.at(ctx, block)
	defer cancel()
	k, err := r.caller.BlackBoxCount(o)
	if err != nil {
		return selection.EpochParams{}, fmt.Errorf("registry: black box count at %d: %w", block, err)
	}
	size, err := r.caller.ClusterSize(o)
	if err != nil {
		return selection.EpochParams{}, fmt.Errorf("registry: cluster size at %d: %w", block, err)
	}
	target, err := r.caller.TargetClusterCount(o)
	if err != nil {
		return selection.EpochParams{}, fmt.Errorf("registry: target cluster count at %d: %w", block, err)
	}
	return selection.EpochParams{BlackBoxCount: int(k), ClusterSize: int(size), TargetClusterCount: int(target)}, nil
}

// Clusters returns the member node indexes of clusters 1..clusterCount.
func (r *ElectionReader) Clusters(ctx context.Context, block uint64) ([][]int, error) {
	o, cancel := r.at(ctx, block)
	defer cancel()
	count, err := r.caller.ClusterCount(o)
	if err != nil {
		return nil, fmt.Errorf("registry: cluster count at %d: %w", block, err)
	}
	clusters := make([][]int, 0, count)
	for id := uint8(1); id <= count && id != 0; id++ {
		idx, err := r.caller.ClusterMemberIndexes(o, id)
		if err != nil {
			return nil, fmt.Errorf("registry: cluster %d at %d: %w", id, block, err)
		}
		clusters = append(clusters, indexInts(idx))
	}
	return clusters, nil
}

// EpochAdvanced returns the seed and total stake logged for epoch in block.
func (r *ElectionReader) EpochAdvanced(ctx context.Context, epoch, block uint64) ([32]byte, *big.Int, error) {
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	it, err := r.logs.FilterEpochAdvanced(&bind.FilterOpts{Start: block, End: &block, Context: ctx}, []uint64{epoch})
	if err != nil {
		return [32]byte{}, nil, fmt.Errorf("registry: EpochAdvanced logs of block %d: %w", block, err)
	}
	defer it.Close()
	for it.Next() {
		if !it.Event.Raw.Removed {
			return it.Event.Seed, it.Event.TotalStake, nil
		}
	}
	if err := it.Error(); err != nil {
		return [32]byte{}, nil, fmt.Errorf("registry: EpochAdvanced logs of block %d: %w", block, err)
	}
	return [32]byte{}, nil, fmt.Errorf("registry: no EpochAdvanced for epoch %d in block %d", epoch, block)
}

// indexInts converts node indexes as the registry returns them.
func indexInts(v []*big.Int) []int {
	out := make([]int, len(v))
	for i, x := range v {
		out[i] = int(x.Int64())
	}
	return out
}
