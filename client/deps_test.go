package client

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// forbiddenDeps are the server packages (and the heavy libraries only servers
// need) a light client must not link; a prefix matches the package and
// everything under it. blackbox/request is the one package under blackbox/
// the client uses: the signed-request data string, a leaf with no server
// code.
var forbiddenDeps = []string{
	"github.com/dgraph-io/badger",
	"github.com/edgelesssys/ego",
	"github.com/cifer-network/cifer/node",
	"github.com/cifer-network/cifer/custody",
	"github.com/cifer-network/cifer/blackbox",
	"github.com/cifer-network/cifer/enclave/sgx",
	"github.com/cifer-network/cifer/testnet",
}

var allowedDeps = []string{
	"github.com/cifer-network/cifer/blackbox/request",
}

// TestClientLinksNoServerCode: the light client is an SDK; an import that
// pulls in a server (the custody store's Badger, the node's EGo, the Black
// Box) fails here, before it ships to every app that embeds the client.
func TestClientLinksNoServerCode(t *testing.T) {
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
	deps := strings.Fields(string(out))
	if len(deps) == 0 {
		t.Fatal("go list -deps listed nothing")
	}
	for _, d := range deps {
		if bad := forbidden(d); bad != "" {
			t.Errorf("client links %s (forbidden: %s)", d, bad)
		}
	}
}

func forbidden(pkg string) string {
	for _, a := range allowedDeps {
		if pkg == a {
			return ""
		}
	}
	for _, f := range forbiddenDeps {
		if pkg == f || strings.HasPrefix(pkg, f+"/") {
			return f
		}
	}
	return ""
}

func TestForbidden(t *testing.T) {
	tests := []struct {
		pkg  string
		want bool
	}{
		{"github.com/dgraph-io/badger/v4", true},
		{"github.com/edgelesssys/ego/enclave", true},
		{"github.com/cifer-network/cifer/node", true},
		{"github.com/cifer-network/cifer/custody", true},
		{"github.com/cifer-network/cifer/blackbox", true},
		{"github.com/cifer-network/cifer/blackbox/request", false},
		{"github.com/cifer-network/cifer/nodeish", false},
		{"github.com/cifer-network/cifer/wire", false},
		{"github.com/cifer-network/cifer/enclave", false},
	}
	for _, tc := range tests {
		if got := forbidden(tc.pkg) != ""; got != tc.want {
			t.Errorf("forbidden(%s) = %v, want %v", tc.pkg, got, tc.want)
		}
	}
}
