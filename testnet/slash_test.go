package testnet_test

import (
	"bytes"
	"context"
	"log/slog"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/node"
	"github.com/cifer-network/cifer/testnet"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
)

// TestCustodianSlashedOnTheTestnet: the host of one cluster member
// corrupts the share it stores (opening the node's own sealed store while
// the node is stopped) and restarts it. When a Black Box is given that
// share it finds it does not match the creation record, keeps the
// custodian's signed release and submits it to the Slasher on its own: the
// registry shows the custodian slashed (half its stake taken, unbonding, no
// longer elected), and nobody else is.
func TestCustodianSlashedOnTheTestnet(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a network")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	net, err := testnet.StartInProcess(ctx, testnet.Config{Dir: t.TempDir(), Nodes: 5, BlockTime: 200 * time.Millisecond,
		NodeConfig: func(c *node.Config) { c.BlackBox.RatePerSecond, c.BlackBox.RateBurst = 1e6, 1e6 }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = net.Close() })
	st := net.State
	dep, eth, _ := dialRegistry(ctx, t, st)
	reg, err := bindings.NewClusterRegistry(dep.Addresses.Registry, eth)
	if err != nil {
		t.Fatal(err)
	}
	lc, err := st.DialClient(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer lc.Close()
	id, err := lc.CreateSecret(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lc.WaitReady(ctx, id); err != nil {
		t.Fatal(err)
	}
	cifer, em, err := lc.Encrypt(ctx, id, []byte("evidence"))
	if err != nil {
		t.Fatal(err)
	}

	// The victim: the last node, a member of the one cluster of five.
	victim := len(net.Nodes) - 1
	wallet := common.HexToAddress(net.Nodes[victim].Info().EnclaveWallet)
	copts := &bind.CallOpts{Context: ctx}
	before, err := reg.NodeByEnclaveWallet(copts, wallet)
	if err != nil {
		t.Fatal(err)
	}
	if err := net.Nodes[victim].Close(); err != nil {
		t.Fatal(err)
	}
	cfg, err := node.LoadConfig(filepath.Join(st.Nodes[victim].DataDir, "config.toml"), nil)
	if err != nil {
		t.Fatal(err)
	}
	corruptShare(ctx, t, cfg, st.ChainID, id)
	restarted, err := node.Start(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = restarted.Close() })

	// Decrypt until a Black Box has met the bad share (it asks the
	// fastest custodians first, so it may take a few).
	waitFor(ctx, t, "the corrupting custodian slashed", func() (bool, error) {
		_, _ = lc.Decrypt(ctx, id, cifer, em)
		since, err := reg.SlashedSince(copts, wallet)
		return since != 0, err
	})
	after, err := reg.NodeByEnclaveWallet(copts, wallet)
	if err != nil {
		t.Fatal(err)
	}
	half := new(big.Int).Div(before.Stake, big.NewInt(2))
	if after.Stake.Cmp(half) != 0 || after.Status != bindings.NodeStatusUnbonding {
		t.Fatalf("slashed custodian: stake %v status %d, want %v unbonding", after.Stake, after.Status, half)
	}
	if ok, _ := reg.IsElectedBlackBox(copts, wallet); ok {
		t.Fatal("the slashed custodian is still an elected Black Box")
	}
	for i, n := range net.Nodes[:victim] {
		w := common.HexToAddress(n.Info().EnclaveWallet)
		if since, _ := reg.SlashedSince(copts, w); since != 0 {
			t.Fatalf("honest node %d slashed", i+1)
		}
	}
	// The owner still decrypts from the honest custodians.
	waitFor(ctx, t, "the owner's decrypt after the slash", func() (bool, error) {
		pt, err := lc.Decrypt(ctx, id, cifer, em)
		return err == nil && string(pt) == "evidence", nil
	})
}

// corruptShare flips a bit of the newest share of secret id in the
// stopped node's sealed store, as a host holding the node's sealing root
// could (on sim; in SGX the host cannot unseal it).
func corruptShare(ctx context.Context, t *testing.T, cfg node.Config, chainID, id uint64) {
	t.Helper()
	encl, err := node.OpenEnclave(cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer encl.Close()
	store, err := custody.OpenStore(filepath.Join(cfg.DataDir, node.SharesDir), encl, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	key, share, err := store.Latest(ctx, chainID, id)
	if err != nil {
		t.Fatal(err)
	}
	bad := bytes.Clone(share)
	bad[len(bad)-1] ^= 0x01
	if err := store.Delete(ctx, key); err != nil {
		t.Fatal(err)
	}
	if err := store.Put(ctx, key, bad); err != nil {
		t.Fatal(err)
	}
}
