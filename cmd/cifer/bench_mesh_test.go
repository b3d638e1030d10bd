package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
)

func TestBenchMeshCommand(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	var out, errOut bytes.Buffer
	env := &cliEnv{stdout: &out, stderr: &errOut, log: discardLogger()}
	code := runCLI(ctx, env, []string{"bench", "mesh", "--nodes", "3", "--duration", "1s", "--publish-interval", "250ms"})
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 || !strings.Contains(lines[1], "fully verified") || !strings.HasPrefix(strings.TrimSpace(lines[2]), "3 ") {
		t.Fatalf("unexpected table:\n%s", out.String())
	}
}

func TestBenchMeshUsage(t *testing.T) {
	for _, args := range [][]string{
		{"--nodes", "1"},
		{"--nodes", "8,x"},
		{"--duration", "-1s"},
		{"extra"},
	} {
		var out, errOut bytes.Buffer
		env := &cliEnv{stdout: &out, stderr: &errOut, log: discardLogger()}
		if code := runCLI(context.Background(), env, append([]string{"bench", "mesh"}, args...)); code != 2 {
			t.Errorf("args %v: exit %d, want 2", args, code)
		}
	}
}
