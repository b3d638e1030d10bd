package client_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/cifer-network/cifer/client"
	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/enclave/sim"
	"github.com/cifer-network/cifer/testnet"
)

// The light client against five real nodes in this process (dev chain,
// contracts, libp2p, Badger, sim enclaves): the whole flow, the refusals a
// user meets, and — once governance withdraws the nodes' measurement — a
// client that will not talk to a Black Box whose attestation fails.
func TestClientOnNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a network")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	net, err := testnet.StartInProcess(ctx, testnet.Config{Dir: t.TempDir(), Nodes: 5})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = net.Close() })
	simOnly := map[string]enclave.ReportVerifier{enclave.BackendSim: sim.Verifier{}}
	dialWith := func(j int, verifiers map[string]enclave.ReportVerifier) *client.Client {
		t.Helper()
		dep, err := deploy.LoadDeployment(net.State.Deployment)
		if err != nil {
			t.Fatal(err)
		}
		key, err := devchain.DevKey(testnet.ClientAccount(len(net.Nodes), j))
		if err != nil {
			t.Fatal(err)
		}
		c, err := client.Dial(ctx, client.Config{Deployment: dep, Bootstrap: net.State.Bootstrap(), Key: key, Timeout: 20 * time.Second, Verifiers: verifiers})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = c.Close() })
		return c
	}
	dial := func(j int) *client.Client { t.Helper(); return dialWith(j, simOnly) }
	owner, stranger := dial(0), dial(1)

	id, err := owner.CreateSecret(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := owner.Encrypt(ctx, id, []byte("early")); !errors.Is(err, client.ErrNotReady) {
		// The key may already be made; then encrypt must have worked.
		if err != nil {
			t.Fatalf("encrypt before ready: %v", err)
		}
	}
	if _, err := owner.WaitReady(ctx, id); err != nil {
		t.Fatal(err)
	}
	msg := []byte("light client")
	cifer, em, err := owner.Encrypt(ctx, id, msg)
	if err != nil {
		t.Fatal(err)
	}
	if pt, err := owner.Decrypt(ctx, id, cifer, em); err != nil || !bytes.Equal(pt, msg) {
		t.Fatalf("owner decrypt: %q %v", pt, err)
	}
	var refused *client.RefusedError
	if _, err := stranger.Decrypt(ctx, id, cifer, em); !errors.As(err, &refused) {
		t.Fatalf("stranger decrypt: %v, want a refusal", err)
	}
	if _, err := owner.SecretState(ctx, 9999); !errors.Is(err, chain.ErrSecretNotFound) {
		t.Fatalf("unknown secret: %v", err)
	}

	// Files: encrypted locally, decrypted locally with a per-file key.
	file := bytes.Repeat([]byte("0123456789abcdef"), 200_000)
	var sealed, opened bytes.Buffer
	if _, err := owner.EncryptFile(ctx, id, &sealed, bytes.NewReader(file)); err != nil {
		t.Fatal(err)
	}
	if _, err := stranger.DecryptFile(ctx, &opened, bytes.NewReader(sealed.Bytes())); !errors.As(err, &refused) {
		t.Fatalf("stranger file decrypt: %v", err)
	}
	if _, err := owner.DecryptFile(ctx, &opened, bytes.NewReader(sealed.Bytes())); err != nil || !bytes.Equal(opened.Bytes(), file) {
		t.Fatalf("owner file decrypt: %v", err)
	}

	// A client given no verifier for the Black Boxes' backend (sim) says
	// so, and sends none of them its request.
	blind := dialWith(0, nil)
	if _, err := blind.Decrypt(ctx, id, cifer, em); !errors.Is(err, client.ErrNoVerifier) || !errors.Is(err, client.ErrNoBlackBox) {
		t.Fatalf("decrypt without a sim verifier: %v", err)
	}

	// Governance withdraws the measurement every node runs: a fresh client
	// finds no Black Box it can verify, and sends none of them its request.
	withdrawMeasurement(ctx, t, net)
	late := dial(0)
	_, err = late.Decrypt(ctx, id, cifer, em)
	if !errors.Is(err, client.ErrNoBlackBox) || !errors.Is(err, client.ErrAttestation) {
		t.Fatalf("decrypt with unverifiable Black Boxes: %v", err)
	}
}

func withdrawMeasurement(ctx context.Context, t *testing.T, net *testnet.InProcess) {
	t.Helper()
	dep, err := deploy.LoadDeployment(net.State.Deployment)
	if err != nil {
		t.Fatal(err)
	}
	m, err := sim.MeasureExecutable()
	if err != nil {
		t.Fatal(err)
	}
	if err := testnet.Govern(ctx, net.Chain.Client(), dep, "disallow-measurement", fmt.Sprintf("0x%x", m)); err != nil {
		t.Fatal(err)
	}
}
