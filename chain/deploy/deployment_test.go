package deploy

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func sampleDeployment() Deployment {
	return Deployment{
		Network: "cifer-dev", ChainID: 31337, RPCURL: "http://127.0.0.1:8545", WSURL: "ws://127.0.0.1:8546",
		BlockTimeMs: 1000, DeployBlock: 7, Testnet: true,
		Governance: common.HexToAddress("0x00000000000000000000000000000000000000aa"),
		Addresses: Addresses{
			Token:      common.HexToAddress("0x0000000000000000000000000000000000000001"),
			Registry:   common.HexToAddress("0x0000000000000000000000000000000000000002"),
			Controller: common.HexToAddress("0x0000000000000000000000000000000000000003"),
		},
	}
}

func TestDeploymentRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deployment.json")
	want := sampleDeployment()
	if err := want.Save(path); err != nil {
		t.Fatal(err)
	}
	got, err := LoadDeployment(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Fatalf("round trip: got %+v, want %+v", got, want)
	}
	raw, _ := os.ReadFile(path)
	for _, key := range []string{`"network"`, `"chainId"`, `"rpcUrl"`, `"wsUrl"`, `"blockTimeMs"`, `"controller"`, `"registry"`, `"token"`, `"deployBlock"`, `"governance"`} {
		if !strings.Contains(string(raw), key) {
			t.Errorf("file lacks %s:\n%s", key, raw)
		}
	}
	cfg := got.ChainConfig(2)
	if cfg.ChainID != 31337 || cfg.RegistryAddress != want.Addresses.Registry || cfg.Confirmations != 2 || cfg.Validate() != nil {
		t.Fatalf("ChainConfig = %+v", cfg)
	}
}

func TestParseDeploymentRejects(t *testing.T) {
	tests := map[string]string{
		"not json":      "{",
		"unknown field": `{"chainId":1,"rpcUrl":"x","blockTimeMs":1,"addresses":{"registry":"0x0000000000000000000000000000000000000002","controller":"0x0000000000000000000000000000000000000003"},"extra":1}`,
		"no controller": `{"chainId":1,"rpcUrl":"x","blockTimeMs":1,"addresses":{"registry":"0x0000000000000000000000000000000000000002"}}`,
		"trailing":      `{"chainId":1,"rpcUrl":"x","blockTimeMs":1,"addresses":{"registry":"0x0000000000000000000000000000000000000002","controller":"0x0000000000000000000000000000000000000003"}} {}`,
		"bad address":   `{"chainId":1,"rpcUrl":"x","blockTimeMs":1,"addresses":{"registry":"0x02","controller":"0x0000000000000000000000000000000000000003"}}`,
	}
	for name, in := range tests {
		if _, err := ParseDeployment([]byte(in)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func FuzzParseDeployment(f *testing.F) {
	f.Add([]byte(`{"network":"n","chainId":1,"rpcUrl":"x","blockTimeMs":1,"addresses":{"registry":"0x0000000000000000000000000000000000000002","controller":"0x0000000000000000000000000000000000000003"}}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ParseDeployment(b)
		if err != nil {
			return
		}
		if d.Validate() != nil {
			t.Fatal("ParseDeployment returned an invalid deployment")
		}
	})
}
