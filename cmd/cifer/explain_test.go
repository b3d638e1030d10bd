package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/client"
	"github.com/ethereum/go-ethereum/common"
)

// Each error a user can meet gets the hint that says what to do next; an
// error without one passes unchanged.
func TestExplainHints(t *testing.T) {
	revert := func(reason string) error { return &chain.RevertError{Method: "m", Reason: reason} }
	refused := func(msg string) error { return &client.RefusedError{Message: msg} }
	connRefused := fmt.Errorf("client: chain: eth_chainId: %w", &os.SyscallError{Syscall: "connect", Err: syscall.ECONNREFUSED})
	other := errors.New("something else")
	tests := []struct {
		name    string
		explain func(error) error
		err     error
		want    string // "" : unchanged
	}{
		{"stale block", explain, refused("Block number 1 is too old (current: 900, max window: 600)"), hintStaleBlock},
		{"future block", explain, fmt.Errorf("decrypt: %w", refused("Block number 99 is in the future (current: 2)")), hintStaleBlock},
		{"not authorised", explain, refused("signer is not the secret owner or delegate: 0xabc"), hintNotAuthorized},
		{"syncing", explain, refused("Secret 7 is not ready (still syncing)"), hintSyncing},
		{"other refusal", explain, refused("secret type does not allow decryption: type 0"), hintRefused},
		{"attestation", explain, fmt.Errorf("%w: %w", client.ErrNoBlackBox, fmt.Errorf("%w: peer: bad", client.ErrAttestation)), hintAttestation},
		{"no black box", explain, fmt.Errorf("%w: none elected yet", client.ErrNoBlackBox), hintNoBlackBox},
		{"not ready", explain, fmt.Errorf("secret 3: %w", client.ErrNotReady), hintNotReady},
		{"secret not found", explain, fmt.Errorf("x: %w", chain.ErrSecretNotFound), hintSecretNotFound},
		{"not owner", explain, revert("Not secret owner"), hintRevertNotOwner},
		{"delegate unchanged", explain, revert("Delegate unchanged"), hintDelegateUnchanged},
		{"new owner zero", explain, revert("New owner is zero"), hintNewOwnerZero},
		{"already owner", explain, revert("Already secret owner"), hintAlreadyOwner},
		{"client: other", explain, other, ""},
		{"client: unreachable only on dial", explain, connRefused, ""},
		{"dial: unreachable", explainDial, connRefused, hintUnreachableRPC},
		{"dial: other", explainDial, other, ""},
		{"below minimum", explainStake, revert("Stake below minimum"), hintStakeBelowMinimum},
		{"node not found", explainStake, revert("Node not found"), hintNodeNotFound},
		{"node not active", explainStake, revert("Node not active"), hintNodeNotActive},
		{"not unbonding", explainStake, revert("Node not unbonding"), hintNodeNotUnbonding},
		{"delay not over", explainStake, revert("Unbonding delay not over"), hintUnbondingNotOver},
		{"still serving", explainStake, revert("Still serving this epoch"), hintStillServing},
		{"stake: unreachable", explainStake, connRefused, hintUnreachableRPC},
		{"stake: unknown revert", explainStake, revert("Something new"), ""},
		{"nil", explain, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.explain(tc.err)
			if tc.err == nil {
				if got != nil {
					t.Fatalf("nil became %v", got)
				}
				return
			}
			if !errors.Is(got, tc.err) {
				t.Fatalf("%v no longer wraps %v", got, tc.err)
			}
			if tc.want == "" {
				if got.Error() != tc.err.Error() {
					t.Fatalf("got a hint: %v", got)
				}
				return
			}
			if !strings.HasSuffix(got.Error(), ": "+tc.want) {
				t.Fatalf("%q lacks the hint %q", got, tc.want)
			}
		})
	}
}

// The revert hints are keyed by the contracts' exact require texts.
func TestRevertHintsMatchContracts(t *testing.T) {
	var src strings.Builder
	files, err := filepath.Glob("../../contracts/src/*.sol")
	if err != nil || len(files) == 0 {
		t.Fatalf("contract sources: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src.Write(b)
	}
	for reason := range revertHints {
		if !strings.Contains(src.String(), `"`+reason+`")`) {
			t.Errorf("no require in contracts/src reverts with %q", reason)
		}
	}
}

func TestLoadDeploymentHint(t *testing.T) {
	_, err := loadDeployment(filepath.Join(t.TempDir(), "none.json"))
	if !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), hintNoDeploymentFile) {
		t.Fatalf("missing file: %v", err)
	}
}

// A client command whose chain is down says so, and where to look.
func TestClientCommandUnreachableChain(t *testing.T) {
	dep := deploy.Deployment{Network: "cifer-test", ChainID: 31337, RPCURL: "http://127.0.0.1:1", BlockTimeMs: 1000,
		Addresses: deploy.Addresses{Registry: common.HexToAddress("0x01"), Controller: common.HexToAddress("0x02")}}
	path := filepath.Join(t.TempDir(), "deployment.json")
	if err := dep.Save(path); err != nil {
		t.Fatal(err)
	}
	t.Setenv("CIFER_CLIENT_KEY", "0x"+strings.Repeat("11", 32))
	t.Setenv("CIFER_BOOTSTRAP", "")
	code, _, errOut := runForTest(t, "secret", "list", "--deployment", path, "--timeout", "10s")
	if code != 1 || !strings.Contains(errOut, "connection refused") || !strings.Contains(errOut, hintUnreachableRPC) {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	code, _, errOut = runForTest(t, "secret", "list", "--deployment", filepath.Join(t.TempDir(), "gone.json"))
	if code != 1 || !strings.Contains(errOut, "gone.json") || !strings.Contains(errOut, hintNoDeploymentFile) {
		t.Fatalf("exit %d: %s", code, errOut)
	}
}
