package main

import (
	"bytes"
	"context"
	"testing"
)

// The measuring itself needs a testnet of five node processes (minutes);
// bench/e2e unit-tests the statistics and report, this the command line.
func TestBenchE2EUsage(t *testing.T) {
	for _, args := range [][]string{
		{"--concurrency", "0"},
		{"--concurrency", "8,x"},
		{"--iterations", "0"},
		{"--duration", "-1s"},
		{"--wallets", "0"},
		{"--nodes", "4"},
		{"extra"},
	} {
		var out, errOut bytes.Buffer
		env := &cliEnv{stdout: &out, stderr: &errOut, log: discardLogger()}
		if code := runCLI(context.Background(), env, append([]string{"bench", "e2e"}, args...)); code != 2 {
			t.Errorf("args %v: exit %d, want 2 (%s)", args, code, errOut.String())
		}
	}
}

func TestParseLevels(t *testing.T) {
	got, err := parseLevels("1, 8,32,128")
	if err != nil || len(got) != 4 || got[0] != 1 || got[3] != 128 {
		t.Fatalf("parseLevels = %v, %v", got, err)
	}
}
