package staking_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/staking"
	"github.com/ethereum/go-ethereum/common"
)

// fakeStatusRegistry answers for one operator's node.
type fakeStatusRegistry struct {
	node                   *chain.NodeRecord
	epoch                  uint64
	epochErr, electedErr   error
	electedWallet, askedBy common.Address
}

func (f *fakeStatusRegistry) NodeOf(_ context.Context, op common.Address) (chain.NodeRecord, error) {
	f.askedBy = op
	if f.node == nil {
		return chain.NodeRecord{}, chain.ErrNodeNotFound
	}
	return *f.node, nil
}

func (f *fakeStatusRegistry) CurrentEpoch(context.Context) (uint64, error) {
	return f.epoch, f.epochErr
}

func (f *fakeStatusRegistry) IsElectedBlackBox(_ context.Context, w common.Address) (bool, error) {
	return w == f.electedWallet, f.electedErr
}

func TestReadStatus(t *testing.T) {
	op, wallet := common.HexToAddress("0x0a"), common.HexToAddress("0xe1")
	rec := &chain.NodeRecord{Operator: op, PeerID: "peer", EnclaveWallet: wallet, Stake: big.NewInt(7), Status: bindings.NodeStatusActive}
	rpcDown := errors.New("rpc down")
	tests := []struct {
		name    string
		reg     fakeStatusRegistry
		wantErr error
		want    staking.Status
	}{
		{"no node", fakeStatusRegistry{}, chain.ErrNodeNotFound, staking.Status{}},
		{"epoch unreadable", fakeStatusRegistry{node: rec, epochErr: rpcDown}, rpcDown, staking.Status{}},
		{"election unreadable", fakeStatusRegistry{node: rec, electedErr: rpcDown}, rpcDown, staking.Status{}},
		{"not elected", fakeStatusRegistry{node: rec, epoch: 3}, nil, staking.Status{Operator: op, Node: *rec, Epoch: 3}},
		{"elected", fakeStatusRegistry{node: rec, epoch: 4, electedWallet: wallet}, nil, staking.Status{Operator: op, Node: *rec, Epoch: 4, ElectedBlackBox: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := staking.ReadStatus(context.Background(), &tc.reg, op)
			if !errors.Is(err, tc.wantErr) || (tc.wantErr == nil) != (err == nil) {
				t.Fatalf("error %v, want %v", err, tc.wantErr)
			}
			if tc.reg.askedBy != op {
				t.Fatalf("asked for the node of %v, want %v", tc.reg.askedBy, op)
			}
			if got.Operator != tc.want.Operator || got.Epoch != tc.want.Epoch || got.ElectedBlackBox != tc.want.ElectedBlackBox ||
				got.Node.EnclaveWallet != tc.want.Node.EnclaveWallet || string(got.Node.PeerID) != string(tc.want.Node.PeerID) {
				t.Fatalf("status %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestStatusName(t *testing.T) {
	for s, want := range map[uint8]string{
		bindings.NodeStatusActive:    "active",
		bindings.NodeStatusUnbonding: "unbonding",
		bindings.NodeStatusWithdrawn: "withdrawn",
		42:                           "unknown(42)",
	} {
		if got := staking.StatusName(s); got != want {
			t.Errorf("StatusName(%d) = %q, want %q", s, got, want)
		}
	}
}
