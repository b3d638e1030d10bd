package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Registry reads the secret creator needs: who is elected this epoch, how
// many clusters there are and their shape, and a node by its wallet.

// ElectedBlackBoxWallets returns the current epoch and the enclave wallets of
// the Black Boxes elected for it, in draw order. The epoch is read before
// and after the list; if it changed in between the read is repeated, so the
// wallets always belong to the epoch returned.
func (r *Registry) ElectedBlackBoxWallets(ctx context.Context) (uint64, []common.Address, error) {
	for attempt := 0; ; attempt++ {
		before, err := r.CurrentEpoch(ctx)
		if err != nil {
			return 0, nil, err
		}
		o, cancel := r.opts(ctx)
		idx, err := r.reg.BlackBoxIndexes(o)
		cancel()
		if err != nil {
			return 0, nil, fmt.Errorf("registry: black box indexes: %w", err)
		}
		wallets := make([]common.Address, 0, len(idx))
		for _, i := range idx {
			n, err := r.nodeAt(ctx, i)
			if err != nil {
				return 0, nil, err
			}
			wallets = append(wallets, n.EnclaveWallet)
		}
		after, err := r.CurrentEpoch(ctx)
		if err != nil {
			return 0, nil, err
		}
		if before == after {
			return after, wallets, nil
		}
		if attempt == 2 {
			return 0, nil, fmt.Errorf("registry: epoch kept changing while reading the black boxes (%d -> %d)", before, after)
		}
	}
}

func (r *Registry) nodeAt(ctx context.Context, index *big.Int) (NodeRecord, error) {
	o, cancel := r.opts(ctx)
	defer cancel()
	n, err := r.reg.NodeAt(o, index)
	if isRevert(err, "Node not found") {
		return NodeRecord{}, ErrNodeNotFound
	}
	if err != nil {
		return NodeRecord{}, fmt.Errorf("registry: node at %s: %w", index, err)
	}
	return fromBinding(n), nil
}

// NodeByEnclaveWallet returns the node registered with an enclave wallet.
func (r *Registry) NodeByEnclaveWallet(ctx context.Context, wallet common.Address) (NodeRecord, error) {
	o, cancel := r.opts(ctx)
	defer cancel()
	n, err := r.reg.NodeByEnclaveWallet(o, wallet)
	if isRevert(err, "Node not found") {
		return NodeRecord{}, ErrNodeNotFound
	}
	if err != nil {
		return NodeRecord{}, fmt.Errorf("registry: node by enclave wallet %s: %w", wallet.Hex(), err)
	}
	return fromBinding(n), nil
}

// ClusterCount returns how many clusters exist; their ids are 1..count
// (0: none formed yet).
func (r *Registry) ClusterCount(ctx context.Context) (uint8, error) {
	o, cancel := r.opts(ctx)
	defer cancel()
	n, err := r.reg.ClusterCount(o)
	if err != nil {
		return 0, fmt.Errorf("registry: cluster count: %w", err)
	}
	return n, nil
}

// ClusterShape returns the governed cluster size n and threshold t. A
// cluster may hold fewer than n members when too few nodes are active.
func (r *Registry) ClusterShape(ctx context.Context) (size, threshold uint8, err error) {
	o, cancel := r.opts(ctx)
	defer cancel()
	if size, err = r.reg.ClusterSize(o); err != nil {
		return 0, 0, fmt.Errorf("registry: cluster size: %w", err)
	}
	if threshold, err = r.reg.ClusterThreshold(o); err != nil {
		return 0, 0, fmt.Errorf("registry: cluster threshold: %w", err)
	}
	return size, threshold, nil
}

// BlackBoxCount returns the governed number K of Black Boxes per epoch.
func (r *Registry) BlackBoxCount(ctx context.Context) (uint8, error) {
	o, cancel := r.opts(ctx)
	defer cancel()
	k, err := r.reg.BlackBoxCount(o)
	if err != nil {
		return 0, fmt.Errorf("registry: black box count: %w", err)
	}
	return k, nil
}
