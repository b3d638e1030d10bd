package testnet_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/node"
	"github.com/cifer-network/cifer/testnet"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
)

// TestMissingMemberReplaced: a cluster member that stops for good does not
// leave its cluster one short for ever (key safety, finding 7). Six nodes,
// one cluster of five; a member stops. Its fellow members' monitors see it
// unreachable for the governed time, co-sign a report, and one submits it;
// MemberReports takes it out of the draw, the next advance puts the spare
// node in its slot, resharing deals the newcomer a share of the secret made
// before, and a secret made after is held by all five members again. Before
// the report existed the stopped member stayed in the cluster for ever.
func TestMissingMemberReplaced(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a network")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	net, err := testnet.StartInProcess(ctx, testnet.Config{
		Dir: t.TempDir(), Nodes: 6,
		BlockTime:            200 * time.Millisecond,
		EpochLength:          15, // about 3 s
		MissingMemberTimeout: 3 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = net.Close() })
	st := net.State
	_, _, reg := dialRegistry(ctx, t, st)
	// Registry node index => in-process node.
	byIndex := map[uint64]*node.Node{}
	for i := range net.Nodes {
		rec, err := reg.NodeAt(ctx, uint64(i))
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range net.Nodes {
			if common.HexToAddress(n.Info().EnclaveWallet) == rec.EnclaveWallet {
				byIndex[uint64(i)] = n
			}
		}
	}
	if len(byIndex) != len(net.Nodes) {
		t.Fatalf("matched %d of %d nodes to registry indexes", len(byIndex), len(net.Nodes))
	}

	lc, err := st.DialClient(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer lc.Close()
	before, err := lc.CreateSecret(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lc.WaitReady(ctx, before); err != nil {
		t.Fatal(err)
	}

	members, err := reg.ClusterMemberIndexes(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(members) != 5 {
		t.Fatalf("cluster 1 has %d members, want 5", len(members))
	}
	var spare uint64
	for i := range byIndex {
		if !slices.Contains(members, i) {
			spare = i
		}
	}
	slot := 2
	missing := members[slot]
	if err := byIndex[missing].Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("stopped node %d (slot %d of cluster 1); spare is node %d", missing, slot, spare)

	waitFor(ctx, t, "the report on-chain", func() (bool, error) {
		r, err := reg.ReportedUntil(ctx, missing)
		return r != 0, err
	})
	waitFor(ctx, t, "the spare in the missing member's slot", func() (bool, error) {
		now, err := reg.ClusterMemberIndexes(ctx, 1)
		if err != nil {
			return false, err
		}
		for i := range now {
			if i != slot && now[i] != members[i] {
				t.Fatalf("slot %d moved from node %d to %d: only the missing member's slot may change", i, members[i], now[i])
			}
		}
		return now[slot] == spare, nil
	})
	// Resharing deals the newcomer a share of the secret made before.
	waitFor(ctx, t, "the newcomer holding a share of the earlier secret", func() (bool, error) {
		v, err := byIndex[spare].ShareVersions(ctx, st.ChainID, before)
		return len(v) > 0, err
	})
	// A secret made now is held by all five members of the cluster.
	after, err := lc.CreateSecret(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lc.WaitReady(ctx, after); err != nil {
		t.Fatal(err)
	}
	now, err := reg.ClusterMemberIndexes(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, i := range now {
		waitFor(ctx, t, "every member holding the new secret's share", func() (bool, error) {
			v, err := byIndex[i].ShareVersions(ctx, st.ChainID, after)
			return len(v) > 0, err
		})
	}
	// The data of the earlier secret still opens.
	cifer, em, err := lc.Encrypt(ctx, before, []byte("still here"))
	if err != nil {
		t.Fatal(err)
	}
	pt, err := lc.Decrypt(ctx, before, cifer, em)
	if err != nil || string(pt) != "still here" {
		t.Fatalf("decrypt the earlier secret: %q, %v", pt, err)
	}
}

// waitFor polls cond until it holds or ctx ends.
func waitFor(ctx context.Context, t *testing.T, what string, cond func() (bool, error)) {
	t.Helper()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	var last error
	for {
		ok, err := cond()
		if ok {
			return
		}
		if err != nil {
			last = err
		}
		select {
		case <-ctx.Done():
			t.Fatalf("waiting for %s: %v (last error: %v)", what, ctx.Err(), last)
		case <-tick.C:
		}
	}
}

// dialRegistry loads the testnet's deployment and dials its chain (closed
// when the test ends) and registry.
func dialRegistry(ctx context.Context, t *testing.T, st *testnet.State) (deploy.Deployment, *ethclient.Client, *chain.Registry) {
	t.Helper()
	dep, err := deploy.LoadDeployment(st.Deployment)
	if err != nil {
		t.Fatal(err)
	}
	eth, err := ethclient.DialContext(ctx, st.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(eth.Close)
	reg, err := chain.NewRegistry(dep.Addresses.Registry, eth, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	return dep, eth, reg
}
