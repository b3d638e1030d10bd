package wire_test

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestWireImportsNoServer: wire sits just above p2p, so servers and light
// clients can share it; the only project packages it may link are p2p and what p2p links (internal/atomicfile).
func TestWireImportsNoServer(t *testing.T) {
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := exec.LookPath(goTool); err != nil {
		if goTool, err = exec.LookPath("go"); err != nil {
			t.Skip("no go tool to list dependencies with")
		}
	}
	out, err := exec.Command(goTool, "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	const project = "github.com/cifer-network/cifer/"
	// p2p writes its peer key through internal/atomicfile, which imports
	// nothing of the project.
	allowed := map[string]bool{project + "p2p": true, project + "wire": true, project + "internal/atomicfile": true}
	for _, d := range strings.Fields(string(out)) {
		if strings.HasPrefix(d, project) && !allowed[d] {
			t.Errorf("wire links %s", d)
		}
	}
}
