package testnet

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// startSleeper starts a process of our own to stand for one the testnet
// started; it is killed and reaped when the test ends.
func startSleeper(t *testing.T) (*exec.Cmd, <-chan struct{}) {
	t.Helper()
	cmd := exec.Command("sleep", "300")
	if err := cmd.Start(); err != nil {
		t.Skipf("no sleep binary: %v", err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-done
	})
	return cmd, done
}

// A pid is only ever signalled while it runs the command line the testnet
// recorded: a recycled pid running something else is left alone.
func TestStopSignalsOnlyOwnedProcesses(t *testing.T) {
	cmd, done := startSleeper(t)
	pid := cmd.Process.Pid
	foreign := &State{Chain: Process{PID: pid, Args: []string{"devchain", "--http-port", "0"}}}
	owned := &State{Chain: Process{PID: pid, Args: []string{"300"}}}

	if foreign.owns(foreign.Chain) || foreign.anyRunning() {
		t.Fatal("a process with another command line counted as the testnet's")
	}
	if !owned.owns(owned.Chain) || !owned.anyRunning() {
		t.Fatal("the recorded process not recognised")
	}
	if (&State{Chain: Process{PID: 0}}).anyRunning() {
		t.Fatal("pid 0 counted as running")
	}
	foreign.Stop(nil)
	if !alive(pid) {
		t.Fatal("Stop signalled a process the testnet does not own")
	}
	owned.Stop(nil)
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("Stop did not stop the process it owns")
	}
}

// resetDir clears what a stopped testnet left and nothing else, and
// refuses a directory whose testnet still runs.
func TestResetDir(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{StateFile, DeploymentFile, PlatformKeyFile, chainLogFile, "node-1/peer.key", "node-12/run.json", "node-x/keep", "notes.txt"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("{}"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := resetDir(dir); err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{StateFile, DeploymentFile, PlatformKeyFile, chainLogFile, "node-1", "node-12"} {
		if _, err := os.Stat(filepath.Join(dir, gone)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s survived: %v", gone, err)
		}
	}
	for _, kept := range []string{"node-x/keep", "notes.txt"} {
		if _, err := os.Stat(filepath.Join(dir, kept)); err != nil {
			t.Errorf("%s removed: %v", kept, err)
		}
	}

	cmd, _ := startSleeper(t)
	st := &State{Dir: dir, Chain: Process{PID: cmd.Process.Pid, Args: []string{"300"}}}
	if err := st.save(); err != nil {
		t.Fatal(err)
	}
	if err := resetDir(dir); !errors.Is(err, ErrRunning) {
		t.Fatalf("running testnet: %v, want ErrRunning", err)
	}
	if _, err := os.Stat(filepath.Join(dir, StateFile)); err != nil {
		t.Fatalf("a running testnet's state removed: %v", err)
	}
}
