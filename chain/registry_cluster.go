package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Cluster membership as resharing reads it. A cluster's membership changes
// only in advanceEpoch (ClusterMemberReplaced), so reading the operator list
// once per epoch sees every change that matters: a member replaced and then
// replaced back within one epoch cannot happen.

// ClusterOperators returns the operators of a cluster in member order
// (member i holds x = i+1), in one call: custodians compare it with the
// membership a share was dealt to, on every store and reshare request.
func (r *Registry) ClusterOperators(ctx context.Context, clusterID uint8) ([]common.Address, error) {
	o, cancel := r.opts(ctx)
	defer cancel()
	ops, err := r.reg.ClusterMembers(o, clusterID)
	if err != nil {
		return nil, fmt.Errorf("registry: cluster %d operators: %w", clusterID, err)
	}
	return ops, nil
}

// Missing-member reports (MemberReports.sol) read a cluster by node index:
// the report names the reported node's index, and its fellows' signatures
// are checked in slot order.

// ClusterMemberIndexes returns the node indexes of a cluster in slot order.
func (r *Registry) ClusterMemberIndexes(ctx context.Context, clusterID uint8) ([]uint64, error) {
	o, cancel := r.opts(ctx)
	defer cancel()
	idx, err := r.reg.ClusterMemberIndexes(o, clusterID)
	if err != nil {
		return nil, fmt.Errorf("registry: cluster %d member indexes: %w", clusterID, err)
	}
	out := make([]uint64, len(idx))
	for i, v := range idx {
		if !v.IsUint64() {
			return nil, fmt.Errorf("registry: cluster %d: node index %s out of range", clusterID, v)
		}
		out[i] = v.Uint64()
	}
	return out, nil
}

// NodeAt returns the node with registry index i.
func (r *Registry) NodeAt(ctx context.Context, i uint64) (NodeRecord, error) {
	o, cancel := r.opts(ctx)
	defer cancel()
	n, err := r.reg.NodeAt(o, new(big.Int).SetUint64(i))
	if err != nil {
		return NodeRecord{}, fmt.Errorf("registry: node %d: %w", i, err)
	}
	return fromBinding(n), nil
}

// ReportedUntil is the epoch from whose start node i is out of the draw
// for a missing-member report (0: not reported).
func (r *Registry) ReportedUntil(ctx context.Context, i uint64) (uint64, error) {
	o, cancel := r.opts(ctx)
	defer cancel()
	e, err := r.reg.ReportedUntil(o, new(big.Int).SetUint64(i))
	if err != nil {
		return 0, fmt.Errorf("registry: node %d reported: %w", i, err)
	}
	return e, nil
}
