package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/cifer-network/cifer/enclave/sim"
	"github.com/cifer-network/cifer/testnet"
	"github.com/ethereum/go-ethereum/crypto"
)

// The client commands against five real nodes in this process: delegate
// and revoke, transfer, and the refusals users meet on a live network, each
// with the hint it prints. (The testnet package's end-to-end test runs the
// rest as separate processes.)
func TestClientCommandsOnNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a network")
	}
	// Generous: under the race detector on a loaded machine, starting five
	// nodes alone can take minutes.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	net, err := testnet.StartInProcess(ctx, testnet.Config{Dir: t.TempDir(), Nodes: 5})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = net.Close() })
	nodes := len(net.Nodes)
	t.Setenv("CIFER_DEPLOYMENT", net.State.Deployment)
	t.Setenv("CIFER_BOOTSTRAP", strings.Join(net.State.Bootstrap(), ","))
	ownerKey, otherKey := testnet.ClientKeyHex(nodes, 0), testnet.ClientKeyHex(nodes, 1)
	k, _ := devchain.DevKey(testnet.ClientAccount(nodes, 1))
	other := crypto.PubkeyToAddress(k.PublicKey).Hex()
	as := func(key string) { t.Setenv("CIFER_CLIENT_KEY", key) }

	ok := func(want string, args ...string) string { t.Helper(); return cliOK(t, want, args...) }
	fails := func(code int, want []string, args ...string) { t.Helper(); cliFails(t, code, want, args...) }
	delegateOf := func(id string) string {
		t.Helper()
		var st secretStatus
		if err := json.Unmarshal([]byte(ok(`"secretId"`, "secret", "status", id)), &st); err != nil {
			t.Fatal(err)
		}
		return st.Delegate
	}

	// A node's HTTPS API certificate carries its attested statement: the
	// attestation-aware check passes with and without the testnet CA.
	ok("verdict: VALID", "attest", "verify", "--https", net.State.Nodes[0].APIURL)
	ok("verdict: VALID", "attest", "verify", "--https", net.State.Nodes[1].APIURL, "--cacert", net.State.CAFile)

	as(ownerKey)
	id := strings.TrimSpace(ok("", "secret", "create"))
	envFile := filepath.Join(t.TempDir(), "msg.json")
	if err := os.WriteFile(envFile, []byte(ok(`"cifer"`, "encrypt", "--secret", id, "--message", "for the delegate")), 0o600); err != nil {
		t.Fatal(err)
	}

	// Bad input to delegate, refused before any transaction.
	fails(2, []string{`--to "0x123" is not an address`}, "delegate", "--secret", id, "--to", "0x123")
	fails(2, []string{"exactly one of --to ADDRESS or --clear"}, "delegate", "--secret", id, "--to", other, "--clear")
	fails(2, []string{"exactly one of --to ADDRESS or --clear"}, "delegate", "--secret", id)

	// A stranger is refused by the Black Box, and told who may decrypt.
	as(otherKey)
	fails(1, []string{"not the secret owner or delegate", hintNotAuthorized}, "decrypt", "--in", envFile)
	fails(1, []string{"Not secret owner", hintRevertNotOwner}, "delegate", "--secret", id, "--to", other)

	as(ownerKey)
	ok("delegate is now "+other, "delegate", "--secret", id, "--to", other)
	if got := delegateOf(id); got != other {
		t.Fatalf("delegate %q after delegate --to, want %s", got, other)
	}
	fails(1, []string{"Delegate unchanged", hintDelegateUnchanged}, "delegate", "--secret", id, "--to", other)
	as(otherKey)
	if out := ok("for the delegate", "decrypt", "--in", envFile); out != "for the delegate" {
		t.Fatalf("delegate decrypted %q", out)
	}
	as(ownerKey)
	ok("delegate revoked", "delegate", "--secret", id, "--clear")
	if got := delegateOf(id); got != "" {
		t.Fatalf("delegate %q after --clear", got)
	}
	fails(1, []string{"Delegate unchanged", hintDelegateUnchanged}, "delegate", "--secret", id, "--clear")
	as(otherKey)
	fails(1, []string{"not the secret owner or delegate", hintNotAuthorized}, "decrypt", "--in", envFile)

	// Transfer: to nobody, to oneself, then to the other wallet.
	as(ownerKey)
	fails(1, []string{"New owner is zero", hintNewOwnerZero}, "transfer", "--secret", id, "--to", "0x0000000000000000000000000000000000000000")
	owner := crypto.PubkeyToAddress(mustKey(t, testnet.ClientAccount(nodes, 0)).PublicKey).Hex()
	fails(1, []string{"Already secret owner", hintAlreadyOwner}, "transfer", "--secret", id, "--to", owner)
	fails(1, []string{"Secret not found", "cifer secret list"}, "delegate", "--secret", "9999", "--to", other)
	ok("now belongs to "+other, "transfer", "--secret", id, "--to", other)
	as(otherKey)
	ok("for the delegate", "decrypt", "--in", envFile)

	// Governance withdraws the nodes' measurement: no Black Box passes
	// attestation, and the user is told what that means.
	withdrawMeasurement(ctx, t, net)
	fails(1, []string{"attestation refused", hintAttestation}, "decrypt", "--in", envFile)
}

func mustKey(t *testing.T, i int) *ecdsa.PrivateKey {
	t.Helper()
	k, err := devchain.DevKey(i)
	if err != nil {
		t.Fatal(err)
	}
	return k
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
