package sgx

import (
	"errors"
	"io"
	"log/slog"
	"os"
	"strings"
	"testing"

	"github.com/cifer-network/cifer/enclave"
)

// These tests run outside an enclave (there is no SGX hardware in CI): they
// check that the backend refuses clearly and leaves no key behind.
func TestOpenOutsideEnclave(t *testing.T) {
	dir := t.TempDir()
	e, err := Open(Config{DataDir: dir, Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err == nil {
		e.Close()
		t.Fatal("sgx backend opened: tests must run outside an enclave")
	}
	if !errors.Is(err, enclave.ErrNoEnclave) {
		t.Fatalf("error %v, want ErrNoEnclave", err)
	}
	for _, want := range []string{"ego-go build", "ego sign", "ego run", "sim backend", "OE_UNSUPPORTED"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 0 {
		t.Errorf("data dir has %d entries after a refused open", len(entries))
	}
}
