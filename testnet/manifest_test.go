package testnet_test

import (
	"context"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/node"
	"github.com/cifer-network/cifer/testnet"
	"github.com/libp2p/go-libp2p/core/peer"
)

// TestEditedManifestCutsTheNodeOff: the host of one node edits its
// deployment (here the deploy block; another chain, other contracts or
// another RPC endpoint change the hash the same way) and restarts it. Its
// statements now carry another manifest hash: every peer refuses them and
// drops the standing its earlier statement had, and it refuses theirs, so
// it has no verified peer to serve or be served by.
func TestEditedManifestCutsTheNodeOff(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a network")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	net, err := testnet.StartInProcess(ctx, testnet.Config{Dir: t.TempDir(), Nodes: 5, BlockTime: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = net.Close() })
	st := net.State
	victim := len(net.Nodes) - 1
	pid, err := peer.Decode(net.Nodes[victim].Info().PeerID)
	if err != nil {
		t.Fatal(err)
	}
	for i, n := range net.Nodes[:victim] {
		if !n.P2P().Table().IsVerified(pid) {
			t.Fatalf("node %d does not verify the victim before the edit: the test shows nothing", i+1)
		}
	}
	if err := net.Nodes[victim].Close(); err != nil {
		t.Fatal(err)
	}

	dir := st.Nodes[victim].DataDir
	cfg, err := node.LoadConfig(filepath.Join(dir, "config.toml"), nil)
	if err != nil {
		t.Fatal(err)
	}
	dep, err := deploy.LoadDeployment(cfg.Deployment)
	if err != nil {
		t.Fatal(err)
	}
	dep.DeployBlock++
	edited := filepath.Join(dir, "deployment-edited.json")
	if err := dep.Save(edited); err != nil {
		t.Fatal(err)
	}
	cfg.Deployment = edited
	restarted, err := node.Start(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = restarted.Close() })

	waitFor(ctx, t, "every peer to drop the edited node", func() (bool, error) {
		for _, n := range net.Nodes[:victim] {
			if n.P2P().Table().IsVerified(pid) {
				return false, nil
			}
		}
		return true, nil
	})
	if n := restarted.P2P().Table().Len(); n != 0 {
		t.Fatalf("the edited node verifies %d peers, want none (their manifest is not its own)", n)
	}
	// The others still verify each other.
	for i, n := range net.Nodes[:victim] {
		if got := n.P2P().Table().Len(); got != victim-1 {
			t.Fatalf("node %d verifies %d peers, want %d", i+1, got, victim-1)
		}
	}
}
