package chain

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/cifer-network/cifer/contracts/evmtest"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/libp2p/go-libp2p/core/peer"
)

// TestRegistryReader reads a real ClusterRegistry on the simulated EVM:
// nodes by peer ID and operator, the allow-list, the sim policy, the elected
// Black Boxes and the cluster of an epoch.
func TestRegistryReader(t *testing.T) {
	ctx := context.Background()
	c := evmtest.NewChain(t, 7)
	d := c.Deploy(evmtest.DeployParams{MinStake: evmtest.Ether(100), EpochLength: 5, UnbondingDelay: 10, CreationFee: evmtest.Ether(0)})
	for i := 1; i <= 6; i++ {
		c.Register(d, evmtest.NodeSpec{Operator: i, Stake: evmtest.Ether(int64(100 * i))})
	}
	c.Mine(d.Registry.SetMeasurementAllowed(c.Opts(0), [32]byte{1}, true))
	c.Mine(d.Registry.SetSimulatedEnclavesAllowed(c.Opts(0), true))
	c.Mine(d.Registry.SetSimPlatformKey(c.Opts(0), [32]byte{9, 9}))
	c.AdvanceEpoch(d, 0)

	r, err := NewRegistry(d.RegistryAddr, c.Client, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	spec := c.FillDefaults(evmtest.NodeSpec{Operator: 3})
	n, err := r.NodeByPeerID(ctx, peer.ID(spec.PeerID))
	if err != nil {
		t.Fatal(err)
	}
	if n.Operator != c.Addrs[3] || n.PeerID != peer.ID(spec.PeerID) || n.EnclaveWallet != spec.EnclaveWallet || n.Measurement != [32]byte{1} || n.TransportKeyHash != [32]byte{2} || !n.Active() || n.Stake.Cmp(evmtest.Ether(300)) != 0 {
		t.Fatalf("node: %+v", n)
	}
	if _, err := r.NodeByPeerID(ctx, "nobody"); !errors.Is(err, ErrNodeNotFound) {
		t.Fatalf("unknown peer: %v", err)
	}
	if ok, err := r.MeasurementAllowed(ctx, [32]byte{1}); err != nil || !ok {
		t.Fatalf("allowed measurement: %v %v", ok, err)
	}
	if ok, err := r.MeasurementAllowed(ctx, [32]byte{7}); err != nil || ok {
		t.Fatalf("other measurement: %v %v", ok, err)
	}
	if allowed, key, err := r.SimulatedPolicy(ctx); err != nil || !allowed || key != [32]byte{9, 9} {
		t.Fatalf("sim policy: %v %x %v", allowed, key, err)
	}
	if e, err := r.CurrentEpoch(ctx); err != nil || e != 1 {
		t.Fatalf("epoch: %d %v", e, err)
	}
	nodes, err := r.Nodes(ctx)
	if err != nil || len(nodes) != 6 {
		t.Fatalf("nodes: %d %v", len(nodes), err)
	}
	bbs, err := d.Registry.BlackBoxes(&bind.CallOpts{Context: ctx})
	if err != nil || len(bbs) != 3 {
		t.Fatalf("black boxes: %v %v", bbs, err)
	}
	elected := map[string]bool{}
	for _, op := range bbs {
		n, err := r.NodeOf(ctx, op)
		if err != nil {
			t.Fatal(err)
		}
		elected[n.EnclaveWallet.Hex()] = true
		if ok, err := r.IsElectedBlackBox(ctx, n.EnclaveWallet); err != nil || !ok {
			t.Fatalf("elected wallet %s: %v %v", n.EnclaveWallet.Hex(), ok, err)
		}
	}
	for _, n := range nodes {
		if elected[n.EnclaveWallet.Hex()] {
			continue
		}
		if ok, err := r.IsElectedBlackBox(ctx, n.EnclaveWallet); err != nil || ok {
			t.Fatalf("non-elected wallet reported elected: %v %v", ok, err)
		}
	}
	members, err := r.ClusterMembers(ctx, 1)
	if err != nil || len(members) != 5 {
		t.Fatalf("cluster 1: %d members, %v", len(members), err)
	}
	seen := map[string]bool{}
	for _, m := range members {
		if seen[m.Operator.Hex()] || !m.Active() {
			t.Fatalf("cluster member repeated or inactive: %+v", m)
		}
		seen[m.Operator.Hex()] = true
	}
}
