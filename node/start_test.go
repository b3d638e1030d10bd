package node

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/ethereum/go-ethereum/common"
)

// A node that cannot start says why and leaves nothing running (it used to
// panic closing itself).
func TestStartRefusesBadSetup(t *testing.T) {
	dir := t.TempDir()
	depPath := filepath.Join(dir, "deployment.json")
	dep := deploy.Deployment{Network: "other-net", ChainID: 31337, RPCURL: "http://127.0.0.1:1", BlockTimeMs: 500,
		Addresses: deploy.Addresses{Controller: common.HexToAddress("0x1"), Registry: common.HexToAddress("0x2")}}
	if err := dep.Save(depPath); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		edit func(*Config)
		want string
	}{
		{"missing deployment", func(c *Config) { c.Deployment = filepath.Join(dir, "none.json") }, "deployment"},
		{"deployment of another network", func(c *Config) {}, `deployment is for network "other-net"`},
		{"invalid config", func(c *Config) { c.Enclave.Backend = "tpm" }, "enclave.backend"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultConfig(t.TempDir())
			cfg.Deployment = depPath
			tc.edit(&cfg)
			n, err := Start(context.Background(), cfg, nil)
			if n != nil || err == nil || !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got node %v, err %v; want %q", n, err, tc.want)
			}
		})
	}
}
