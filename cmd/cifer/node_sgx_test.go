package main

import (
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cifer-network/cifer/enclave"
)

// TestNodeInitSGXOutsideEnclave: 'cifer node init --backend sgx' on a
// machine that is not an SGX enclave (every CI machine) fails with
// enclave.ErrNoEnclave, which tells the operator what to do, and leaves no
// key and no config behind.
func TestNodeInitSGXOutsideEnclave(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "node")
	code, out, errOut := runForTest(t, "node", "init", "--data-dir", dir, "--backend", "sgx")
	if code == 0 {
		t.Fatalf("node init succeeded outside an enclave: %s", out)
	}
	if !strings.Contains(errOut, enclave.ErrNoEnclave.Error()) {
		t.Fatalf("stderr %q does not carry ErrNoEnclave", errOut)
	}
	for _, want := range []string{"ego-go build", "ego sign", "ego run", "sim backend"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr %q does not say %q", errOut, want)
		}
	}
	var left []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			left = append(left, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(left) != 0 {
		t.Fatalf("node init left files behind: %v", left)
	}
}
