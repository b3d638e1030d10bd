package archtest

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

const module = "github.com/cifer-network/cifer/"

// layers is the package graph of docs/ARCHITECTURE.md, lowest first. A
// package may import packages of its own layer or a lower one; Go itself
// refuses cycles inside a layer. Test files are not checked: a test may
// reach up to build a real network around the code it tests.
var layers = [][]string{
	// Formats and helpers that know nothing of nodes, chains or peers.
	{"internal/avxstate", "internal/atomicfile", "internal/archtest", "internal/vectors", "selection", "contracts/bindings", "contracts/testbindings", "contracts/layout", "envelope", "chain/stateproof", "internal/rpclie"},
	// Raw access to the two networks a node lives on: the EVM chains and
	// the libp2p mesh. Neither knows what a secret or an enclave is.
	{"chain", "p2p"},
	// What every role speaks: the TEE and its attestation policy (over the
	// registry's node records), the request pipeline, protocol
	// descriptors, deployment, and the test stand-ins of the layers below.
	{"enclave", "enclave/sim", "enclave/sgx", "enclave/tlskey", "request", "wire", "chain/deploy", "chain/devchain", "chain/verified", "chain/headers",
		"contracts", "contracts/evmtest", "p2p/p2ptest", "internal/testenclave"},
	// Roles that stand on the protocol: custody, staking, the light client.
	{"custody", "staking", "staking/liveness", "client"},
	// The key service.
	{"blackbox"},
	// What uses the key service: its HTTP API and file jobs, creation and
	// resharing, and the doubles their tests share.
	{"blackbox/api", "blackbox/dealer", "blackbox/gateway", "blackbox/slashing", "blackbox/blackboxtest"},
	// One node: configuration and the lifecycle of every part.
	{"node"},
	// Whole networks: the testnet and the benchmarks.
	{"testnet", "bench/e2e", "bench/mesh"},
	// The one binary.
	{"cmd/cifer"},
}

type listedPackage struct {
	ImportPath string
	Imports    []string
}

func listPackages(t *testing.T) []listedPackage {
	t.Helper()
	touchSources(t)
	cmd := exec.Command("go", "list", "-json", module+"...")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	var pkgs []listedPackage
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listedPackage
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("decode go list output: %v", err)
		}
		pkgs = append(pkgs, p)
	}
	if len(pkgs) == 0 {
		t.Fatal("go list found no packages")
	}
	return pkgs
}

func TestEveryPackageHasALayer(t *testing.T) {
	rank := layerRanks(t)
	for _, p := range listPackages(t) {
		name := strings.TrimPrefix(p.ImportPath, module)
		if _, ok := rank[name]; !ok {
			t.Errorf("package %s has no layer: add it to layers in this file and to the package graph in docs/ARCHITECTURE.md", name)
		}
	}
}

func TestNoPackageImportsOneAboveIt(t *testing.T) {
	rank := layerRanks(t)
	for _, p := range listPackages(t) {
		name := strings.TrimPrefix(p.ImportPath, module)
		from, ok := rank[name]
		if !ok {
			continue // reported by TestEveryPackageHasALayer
		}
		var above []string
		for _, imp := range p.Imports {
			if !strings.HasPrefix(imp, module) {
				continue
			}
			dep := strings.TrimPrefix(imp, module)
			if to, ok := rank[dep]; ok && to > from {
				above = append(above, dep)
			}
		}
		sort.Strings(above)
		if len(above) > 0 {
			t.Errorf("%s (layer %d) imports packages above it: %s", name, from, strings.Join(above, ", "))
		}
	}
}

func layerRanks(t *testing.T) map[string]int {
	t.Helper()
	rank := make(map[string]int)
	for i, layer := range layers {
		for _, p := range layer {
			if _, dup := rank[p]; dup {
				t.Fatalf("package %s is on two layers", p)
			}
			rank[p] = i
		}
	}
	return rank
}

// touchSources stats every Go file of the module. go test caches a passing
// result by the files a test reads; the graph comes from a go list
// subprocess, which the cache cannot see, so without this a cached pass
// would hide a new import.
func touchSources(t *testing.T) {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go") {
			_, err = os.Stat(path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}
