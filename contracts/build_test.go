package contracts_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestCommittedBuildIsFresh rebuilds the artifacts and bindings from the
// Solidity sources into a temporary directory and fails if they differ from
// what is committed, so sources, artifacts and bindings never drift apart.
func TestCommittedBuildIsFresh(t *testing.T) {
	if _, err := exec.LookPath("node"); err != nil {
		t.Fatal("node is not installed: run `make deps` (installs nodejs/npm and the pinned solc and OpenZeppelin)")
	}
	for _, dir := range []string{"node_modules/solc", "node_modules/@openzeppelin/contracts"} {
		if _, err := os.Stat(dir); err != nil {
			t.Fatalf("contracts/%s is missing: run `make deps`", dir)
		}
	}
	out := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "bash", "build.sh", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build.sh failed: %v\n%s", err, b)
	}

	for _, dir := range []string{"artifacts", "bindings", "testbindings", "layout"} {
		fresh, err := filepath.Glob(filepath.Join(out, dir, "*"))
		if err != nil || len(fresh) == 0 {
			t.Fatalf("build produced nothing in %s (%v)", dir, err)
		}
		produced := map[string]bool{}
		for _, f := range fresh {
			name := filepath.Base(f)
			produced[name] = true
			want, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Errorf("contracts/%s/%s is not committed: run `make contracts` and commit it", dir, name)
				continue
			}
			if !bytes.Equal(got, want) {
				t.Errorf("contracts/%s/%s differs from a fresh build: run `make contracts` and commit it", dir, name)
			}
		}
		committed, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, f := range committed {
			name := filepath.Base(f)
			if !produced[name] && name != "doc.go" {
				t.Errorf("contracts/%s/%s is not produced by build.sh any more: remove it", dir, name)
			}
		}
	}
}
