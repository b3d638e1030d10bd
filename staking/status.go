package staking

import (
	"context"
	"fmt"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/ethereum/go-ethereum/common"
)

// StatusRegistry is what ReadStatus reads from the ClusterRegistry
// (chain.Registry implements it).
type StatusRegistry interface {
	NodeOf(ctx context.Context, operator common.Address) (chain.NodeRecord, error)
	CurrentEpoch(ctx context.Context) (uint64, error)
	IsElectedBlackBox(ctx context.Context, enclaveWallet common.Address) (bool, error)
}

var _ StatusRegistry = (*chain.Registry)(nil)

// Status is an operator's node as the registry sees it now.
type Status struct {
	Operator common.Address
	Node     chain.NodeRecord
	// Epoch is the registry's current epoch; ElectedBlackBox whether the
	// node's enclave wallet is an elected Black Box in it.
	Epoch           uint64
	ElectedBlackBox bool
}

// ReadStatus reads the node operator registered. An operator without one
// gets chain.ErrNodeNotFound; other errors are the registry's own, so a
// caller can explain an unreachable chain.
func ReadStatus(ctx context.Context, reg StatusRegistry, operator common.Address) (Status, error) {
	n, err := reg.NodeOf(ctx, operator)
	if err != nil {
		return Status{}, err
	}
	epoch, err := reg.CurrentEpoch(ctx)
	if err != nil {
		return Status{}, err
	}
	elected, err := reg.IsElectedBlackBox(ctx, n.EnclaveWallet)
	if err != nil {
		return Status{}, err
	}
	return Status{Operator: operator, Node: n, Epoch: epoch, ElectedBlackBox: elected}, nil
}

// StatusName names a registry node status as the CLI and the docs write it.
func StatusName(s uint8) string {
	switch s {
	case bindings.NodeStatusActive:
		return "active"
	case bindings.NodeStatusUnbonding:
		return "unbonding"
	case bindings.NodeStatusWithdrawn:
		return "withdrawn"
	default:
		return fmt.Sprintf("unknown(%d)", s)
	}
}
