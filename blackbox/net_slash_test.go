package blackbox_test

import (
	"bytes"
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/cifer-network/cifer/blackbox/slashing"
	"github.com/cifer-network/cifer/contracts/bindings"
)

// TestNetSlashBadCustodian: on the real network (devchain over JSON-RPC,
// five attested nodes over libp2p, the deployed Slasher), one custodian's
// stored share is tampered with, so it releases, and signs the release of,
// a share its creation record does not hash to. Decrypts go on succeeding;
// the Black Box keeps the signed release with the record and, on its own,
// submits it: the registry shows that custodian slashed (half its stake
// taken, out of the elected set, unbonding), the Black Box's enclave wallet
// paid the reporter's tenth of the stake, and no honest custodian touched.
func TestNetSlashBadCustodian(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and five nodes")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	h := netStart(t, ctx)
	if h.dep.Addresses.Slasher == (common.Address{}) {
		t.Fatal("deployment has no Slasher")
	}
	owner := h.accounts[1+netNodes].Key
	plaintext := []byte("decrypted while a custodian lies")
	cifer, msg := h.seal(plaintext)

	// The node's wiring (node.wireSlashing): the submitter beside the
	// evidence log, sending from the Black Box's enclave wallet.
	outcomes := make(chan error, 8)
	sub := slashing.New(slashing.ChainSender{Client: h.cl, Signer: h.bb.keys(), Slasher: h.dep.Addresses.Slasher}, netQuiet)
	sub.Done = func(_ string, err error) { outcomes <- err }
	g := h.service.Gatherer
	g.Evidence = slashing.Sinks{g.Evidence, sub}
	runCtx, stop := context.WithCancel(ctx)
	ran := make(chan struct{})
	go func() { defer close(ran); _ = sub.Run(runCtx) }()
	t.Cleanup(func() { stop(); <-ran })

	reg, err := bindings.NewClusterRegistry(h.dep.Addresses.Registry, h.cl.Eth())
	if err != nil {
		t.Fatal(err)
	}
	token, err := bindings.NewTestToken(h.dep.Addresses.Token, h.cl.Eth())
	if err != nil {
		t.Fatal(err)
	}
	copts := &bind.CallOpts{Context: ctx}
	stakes := map[common.Address]*big.Int{}
	for _, n := range h.nodes {
		node, err := reg.NodeByEnclaveWallet(copts, n.wallet())
		if err != nil {
			t.Fatal(err)
		}
		stakes[n.wallet()] = node.Stake
	}
	reporterBefore, err := token.BalanceOf(copts, h.bb.wallet())
	if err != nil {
		t.Fatal(err)
	}

	bad := h.remoteCustodian(0)
	restore := h.tamperShare(bad)
	defer restore()
	// The bad share is seen only when it arrives before the third good one
	// (the rest are cancelled); decrypt until it is, each one succeeding.
	for attempt := 1; h.badShareCount(bad) == 0; attempt++ {
		if attempt > 30 {
			t.Fatal("the corrupted share was never reported")
		}
		pt, err := h.service.Decrypt(ctx, h.sign(owner), h.binding(), cifer, msg)
		if err != nil {
			t.Fatalf("decrypt %d with one corrupted share: %v", attempt, err)
		}
		if !bytes.Equal(pt, plaintext) {
			t.Fatalf("decrypt %d: wrong plaintext", attempt)
		}
		clear(pt)
	}
	select {
	case err := <-outcomes:
		if err != nil {
			t.Fatalf("the Black Box's submission failed: %v", err)
		}
	case <-ctx.Done():
		t.Fatal("the Black Box never submitted the evidence")
	}

	node, err := reg.NodeByEnclaveWallet(copts, bad.wallet())
	if err != nil {
		t.Fatal(err)
	}
	want := new(big.Int).Div(stakes[bad.wallet()], big.NewInt(2))
	if node.Stake.Cmp(want) != 0 || node.Status != bindings.NodeStatusUnbonding {
		t.Fatalf("slashed custodian: stake %v status %d; want %v unbonding", node.Stake, node.Status, want)
	}
	if since, err := reg.SlashedSince(copts, bad.wallet()); err != nil || since == 0 {
		t.Fatalf("slashedSince = %d, %v", since, err)
	}
	if ok, err := reg.IsElectedBlackBox(copts, bad.wallet()); err != nil || ok {
		t.Fatalf("slashed custodian elected = %v, %v", ok, err)
	}
	reporterAfter, err := token.BalanceOf(copts, h.bb.wallet())
	if err != nil {
		t.Fatal(err)
	}
	paid := new(big.Int).Sub(reporterAfter, reporterBefore)
	if tenth := new(big.Int).Div(stakes[bad.wallet()], big.NewInt(10)); paid.Cmp(tenth) != 0 {
		t.Fatalf("reporter paid %v; want %v", paid, tenth)
	}
	for _, n := range h.nodes {
		if n == bad {
			continue
		}
		other, err := reg.NodeByEnclaveWallet(copts, n.wallet())
		if err != nil || other.Stake.Cmp(stakes[n.wallet()]) != 0 {
			t.Fatalf("honest node %d: stake %v, %v; want %v", n.index, other.Stake, err, stakes[n.wallet()])
		}
	}

}
