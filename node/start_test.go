package node

import (
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"slices"
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
		// Plain HTTP on an address others can reach is refused at start.
		{"tls off on 0.0.0.0", func(c *Config) { c.HTTP.TLS, c.HTTP.API = "off", "0.0.0.0:0" }, "http.tls is off but http.api"},
		{"tls off on every interface", func(c *Config) { c.HTTP.TLS, c.HTTP.API = "off", ":0" }, "not a loopback address"},
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

// The order the node's parts start in, and so stop in reverse: the close
// order a running node relies on.
func TestStartComponentOrder(t *testing.T) {
	components := func(cfg Config) []string {
		n := &Node{cfg: cfg, life: newLifecycle(slog.New(slog.DiscardHandler))}
		(&wiring{Node: n}).wire()
		names := make([]string, len(n.life.comps))
		for i, c := range n.life.comps {
			names[i] = c.name
		}
		return names
	}
	cfg := DefaultConfig(t.TempDir())
	got := components(cfg)
	// Each pair stops in this order: the first started after the second.
	before := func(names []string, a, b string) bool {
		i, j := slices.Index(names, a), slices.Index(names, b)
		return i >= 0 && j >= 0 && i > j
	}
	for _, p := range [][2]string{
		{"http api", "file jobs"},  // no upload reaches closed file jobs
		{"p2p", "share store"},     // no share request reaches a closed store
		{"p2p", "state cache"},     // no request is checked against a cache that stopped following the chain
		{"share store", "enclave"}, // the store seals with the enclave
		{"state cache", "chain"},   // the cache reads the chain
		{"chain", "run info"},      // run.json goes last
		{"epoch watcher", "p2p"},   // it revalidates peers
		{"sweeper", "custodian"},   // it deletes through the custodian
		{"resharer", "black box"},  // it deals through the custody client
		{"http api", "black box"},  // the API serves the key service
		{"http api", "api tls"},    // the API serves with the enclave's tls key
	} {
		if !before(got, p[0], p[1]) {
			t.Errorf("%q does not stop before %q: components %v", p[0], p[1], got)
		}
	}
	// Without listeners there are no HTTP components.
	cfg.HTTP.API, cfg.HTTP.Metrics = "", ""
	for _, name := range components(cfg) {
		if name == "http api" || name == "metrics" {
			t.Errorf("component %q without its listener configured", name)
		}
	}
}
