package testnet

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// sleeperEnv makes the test binary, run again as a child, block instead
// of running tests: the child stands for a process the testnet started.
const sleeperEnv = "CIFER_TESTNET_TEST_SLEEPER"

func TestMain(m *testing.M) {
	if os.Getenv(sleeperEnv) == "1" {
		// Blocks until killed; the parent kills it in its cleanup.
		select {}
	}
	os.Exit(m.Run())
}

// sleeperArgs is the command line (after argv[0]) the sleeper runs with,
// as State records a process's arguments.
var sleeperArgs = []string{"-test.run=^$", "cifer-testnet-sleeper"}

// startSleeper starts a process of our own to stand for one the testnet
// started, and returns once the kernel shows its command line (a forked
// child can be seen before its exec is visible under /proc). It is killed
// and reaped when the test ends.
func startSleeper(t *testing.T) (*exec.Cmd, <-chan struct{}) {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatalf("test binary: %v", err)
	}
	cmd := exec.Command(self, sleeperArgs...)
	cmd.Env = append(os.Environ(), sleeperEnv+"=1")
	if err := cmd.Start(); err != nil {
		t.Fatalf("start sleeper: %v", err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-done
	})
	want := &State{Chain: Process{PID: cmd.Process.Pid, Args: sleeperArgs}}
	deadline := time.Now().Add(30 * time.Second)
	for !want.owns(want.Chain) {
		if time.Now().After(deadline) {
			b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", cmd.Process.Pid))
			t.Fatalf("sleeper's command line never showed: %q", b)
		}
		time.Sleep(10 * time.Millisecond)
	}
	return cmd, done
}

// A pid is only ever signalled while it runs the command line the testnet
// recorded: a recycled pid running something else is left alone.
func TestStopSignalsOnlyOwnedProcesses(t *testing.T) {
	cmd, done := startSleeper(t)
	pid := cmd.Process.Pid
	foreign := &State{Chain: Process{PID: pid, Args: []string{"devchain", "--http-port", "0"}}}
	owned := &State{Chain: Process{PID: pid, Args: sleeperArgs}}

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
	st := &State{Dir: dir, Chain: Process{PID: cmd.Process.Pid, Args: sleeperArgs}}
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
