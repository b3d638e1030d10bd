package chain

import (
	"context"
	"fmt"

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
