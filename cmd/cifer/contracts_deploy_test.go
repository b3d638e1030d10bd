package main

import (
	"context"
	"encoding/hex"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
)

// TestContractsDeployOnDevChain deploys through the command to a real dev
// chain over JSON-RPC and reads the contracts back through the bindings.
func TestContractsDeployOnDevChain(t *testing.T) {
	ctx := context.Background()
	c, err := devchain.Start(ctx, devchain.Config{ChainID: 31337, Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	out := filepath.Join(t.TempDir(), "deployment.json")
	simKey := strings.Repeat("ab", 32)
	measure := strings.Repeat("01", 32)
	code, stdout, stderr := runForTest(t, "contracts", "deploy", "--rpc", c.HTTPURL(), "--dev-account", "0", "--testnet",
		"--allow-sim", "--sim-platform-key", simKey, "--allow-measurement", measure, "--fee", "12345", "--out", out, "--security-delay", "1h", "--voting-period", "9")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "registry") || !strings.Contains(stdout, out) {
		t.Fatalf("stdout: %s", stdout)
	}
	d, err := deploy.LoadDeployment(out)
	if err != nil {
		t.Fatal(err)
	}
	if d.ChainID != 31337 || !d.Testnet || d.Addresses.Token == d.Addresses.Registry {
		t.Fatalf("deployment: %+v", d)
	}
	// The governance flags reach the contracts; governance is the security timelock.
	sec, err := bindings.NewCiferTimelock(d.Addresses.SecurityTimelock, c.Client())
	if err != nil {
		t.Fatal(err)
	}
	if delay, err := sec.GetMinDelay(&bind.CallOpts{Context: ctx}); err != nil || delay.Int64() != 3600 {
		t.Fatalf("security delay %v, %v; want 3600 s", delay, err)
	}
	governor, err := bindings.NewCiferGovernor(d.Addresses.Governor, c.Client())
	if err != nil {
		t.Fatal(err)
	}
	if period, err := governor.VotingPeriod(&bind.CallOpts{Context: ctx}); err != nil || period.Int64() != 9 {
		t.Fatalf("voting period %v, %v; want 9", period, err)
	}
	if d.Governance != d.Addresses.SecurityTimelock || !strings.Contains(stdout, d.Addresses.Governor.Hex()) {
		t.Fatalf("governance %s, stdout %s", d.Governance.Hex(), stdout)
	}
	ctrl, err := bindings.NewSecretsController(d.Addresses.Controller, c.Client())
	if err != nil {
		t.Fatal(err)
	}
	fee, err := ctrl.SecretCreationFee(&bind.CallOpts{Context: ctx})
	if err != nil || fee.Int64() != 12345 {
		t.Fatalf("fee %v, %v", fee, err)
	}
	reg, err := bindings.NewClusterRegistry(d.Addresses.Registry, c.Client())
	if err != nil {
		t.Fatal(err)
	}
	allowed, err := reg.SimulatedEnclavesAllowed(&bind.CallOpts{Context: ctx})
	if err != nil || !allowed {
		t.Fatalf("sim allowed %v, %v", allowed, err)
	}
	pk, err := reg.SimPlatformKey(&bind.CallOpts{Context: ctx})
	if err != nil || hex.EncodeToString(pk[:]) != simKey {
		t.Fatalf("sim platform key %x, %v", pk, err)
	}
	var m [32]byte
	b, _ := hex.DecodeString(measure)
	copy(m[:], b)
	ok, err := reg.IsMeasurementAllowed(&bind.CallOpts{Context: ctx}, m)
	if err != nil || !ok {
		t.Fatalf("measurement allowed %v, %v", ok, err)
	}
}

func TestContractsDeployErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no token", []string{"--dev-account", "0"}, "give --token ADDRESS, or --testnet"},
		{"bad min stake", []string{"--testnet", "--min-stake", "lots"}, "--min-stake \"lots\" is not a decimal number"},
		{"sim without key", []string{"--testnet", "--allow-sim"}, "--allow-sim needs --sim-platform-key"},
		{"bad measurement", []string{"--testnet", "--allow-measurement", "xyz"}, "want 32 bytes of hex"},
		{"no key", []string{"--testnet", "--rpc", "http://127.0.0.1:1"}, "CIFER_DEPLOYER_KEY"},
		{"chain down", []string{"--testnet", "--dev-account", "0", "--rpc", "http://127.0.0.1:1", "--timeout", "3s"}, "connect to"},
	}
	t.Setenv("CIFER_DEPLOYER_KEY", "")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runForTest(t, append([]string{"contracts", "deploy", "--out", filepath.Join(t.TempDir(), "d.json")}, tc.args...)...)
			if code == 0 || !strings.Contains(stderr, tc.want) {
				t.Fatalf("exit %d, stderr %q, want %q", code, stderr, tc.want)
			}
		})
	}
}
