package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
)

func TestBenchMeshCommand(t *testing.T) {
	for _, tc := range []struct {
		verifier string // "" for the default
		header   string
		setup    bool
	}{
		{"", "real verifier", true},
		{"real", "real verifier", true},
		{"double", "double verifier", false},
	} {
		t.Run("verifier "+tc.verifier, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
			defer cancel()
			var out, errOut bytes.Buffer
			env := &cliEnv{stdout: &out, stderr: &errOut, log: discardLogger()}
			args := []string{"bench", "mesh", "--nodes", "3", "--duration", "1s", "--publish-interval", "250ms"}
			if tc.verifier != "" {
				args = append(args, "--verifier", tc.verifier)
			}
			if code := runCLI(ctx, env, args); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			lines := strings.Split(strings.TrimSpace(out.String()), "\n")
			if len(lines) != 3 || !strings.Contains(lines[0], tc.header) || !strings.Contains(lines[1], "fully verified") {
				t.Fatalf("unexpected table:\n%s", out.String())
			}
			cols := strings.Fields(lines[2])
			if len(cols) != 6 || cols[0] != "3" || (cols[1] != "-") != tc.setup {
				t.Fatalf("unexpected row %q in:\n%s", lines[2], out.String())
			}
		})
	}
}

func TestBenchMeshUsage(t *testing.T) {
	for _, args := range [][]string{
		{"--nodes", "1"},
		{"--nodes", "8,x"},
		{"--duration", "-1s"},
		{"--verifier", "sgx"},
		{"--verifier", ""},
		{"extra"},
	} {
		var out, errOut bytes.Buffer
		env := &cliEnv{stdout: &out, stderr: &errOut, log: discardLogger()}
		if code := runCLI(context.Background(), env, append([]string{"bench", "mesh"}, args...)); code != 2 {
			t.Errorf("args %v: exit %d, want 2", args, code)
		}
	}
}
