package chain_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/enclave"
	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
)

var _ enclave.RegistryView = (*chain.RegistryView)(nil)

type countingRegistry struct {
	nodes map[peer.ID]chain.NodeRecord
	calls int
	fail  error
}

func (r *countingRegistry) NodeByPeerID(_ context.Context, id peer.ID) (chain.NodeRecord, error) {
	r.calls++
	if r.fail != nil {
		return chain.NodeRecord{}, r.fail
	}
	n, ok := r.nodes[id]
	if !ok {
		return chain.NodeRecord{}, chain.ErrNodeNotFound
	}
	return n, nil
}

func (r *countingRegistry) MeasurementAllowed(context.Context, [32]byte) (bool, error) {
	r.calls++
	return true, r.fail
}

func (r *countingRegistry) SimulatedPolicy(context.Context) (bool, [32]byte, error) {
	r.calls++
	return true, [32]byte{1}, r.fail
}

func TestRegistryView(t *testing.T) {
	ctx := context.Background()
	wallet := common.HexToAddress("0x1111111111111111111111111111111111111111")
	reg := &countingRegistry{nodes: map[peer.ID]chain.NodeRecord{
		"active":    {EnclaveWallet: wallet, Measurement: [32]byte{7}, Status: 1},
		"unbonding": {EnclaveWallet: wallet, Status: 2},
	}}
	now := time.Unix(1000, 0)
	v := &chain.RegistryView{Registry: reg, TTL: time.Minute, Now: func() time.Time { return now }}

	tests := []struct {
		peer       string
		wantErr    error
		wantActive bool
	}{
		{"active", nil, true},
		{"unbonding", nil, false},
		{"stranger", enclave.ErrNodeNotFound, false},
	}
	for _, tc := range tests {
		t.Run(tc.peer, func(t *testing.T) {
			rec, err := v.NodeByPeerID(ctx, peer.ID(tc.peer))
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if err == nil && (rec.Active() != tc.wantActive || rec.EnclaveWallet != wallet) {
				t.Fatalf("record %+v", rec)
			}
		})
	}

	// Cached: asking again within the TTL does not read the chain, the
	// not-found answer included.
	calls := reg.calls
	for _, p := range []string{"active", "stranger"} {
		if _, err := v.NodeByPeerID(ctx, peer.ID(p)); p == "stranger" && !errors.Is(err, enclave.ErrNodeNotFound) {
			t.Fatalf("cached not-found lost: %v", err)
		}
	}
	if reg.calls != calls {
		t.Fatalf("cache missed: %d chain reads", reg.calls-calls)
	}
	// Expired, or invalidated: read again and see the change.
	reg.nodes["active"] = chain.NodeRecord{Status: 2}
	now = now.Add(2 * time.Minute)
	if rec, _ := v.NodeByPeerID(ctx, "active"); rec.Active() {
		t.Fatal("expired cache entry was served")
	}
	reg.nodes["stranger"] = chain.NodeRecord{Status: 1}
	v.Invalidate()
	if rec, err := v.NodeByPeerID(ctx, "stranger"); err != nil || !rec.Active() {
		t.Fatalf("after Invalidate: %+v %v", rec, err)
	}

	// Chain errors are passed through, never cached as not-found.
	reg.fail = errors.New("rpc down")
	v.Invalidate()
	if _, err := v.NodeByPeerID(ctx, "active"); err == nil || errors.Is(err, enclave.ErrNodeNotFound) {
		t.Fatalf("rpc error became %v", err)
	}
	if _, err := v.MeasurementAllowed(ctx, [32]byte{}); err == nil {
		t.Fatal("measurement error swallowed")
	}
	if _, _, err := v.SimulatedPolicy(ctx); err == nil {
		t.Fatal("sim policy error swallowed")
	}
}
