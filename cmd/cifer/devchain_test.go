package main

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
)

// syncBuffer is a bytes.Buffer safe to read while a command writes to it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startDevchainCommand runs `cifer devchain` in-process until the test ends
// and returns its HTTP RPC URL and full output so far.
func startDevchainCommand(t *testing.T, args ...string) (string, *syncBuffer) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	out := &syncBuffer{}
	errOut := &syncBuffer{}
	env := &cliEnv{stdout: out, stderr: errOut, log: discardLogger()}
	done := make(chan int, 1)
	go func() { done <- runCLI(ctx, env, append([]string{"devchain"}, args...)) }()
	t.Cleanup(func() {
		cancel()
		if code := <-done; code != 0 {
			t.Errorf("devchain exited %d: %s", code, errOut.String())
		}
	})
	re := regexp.MustCompile(`http rpc:\s+(http://127\.0\.0\.1:\d+)`)
	deadline := time.Now().Add(30 * time.Second)
	for {
		if m := re.FindStringSubmatch(out.String()); m != nil && strings.Contains(out.String(), "running;") {
			return m[1], out
		}
		select {
		case code := <-done:
			done <- code
			t.Fatalf("devchain exited early with %d: %s", code, errOut.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("devchain did not print its RPC URL: %q", out.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestDevchainCommand(t *testing.T) {
	url, out := startDevchainCommand(t, "--chain-id", "777", "--http-port", "0", "--ws-port", "0",
		"--block-time", "100ms", "--accounts", "2")
	text := out.String()
	for _, want := range []string{"chain id:   777", "DEV ONLY", "(0) 0x", "(1) 0x", "ws rpc:     ws://127.0.0.1:"} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "(2) 0x") {
		t.Errorf("printed more than 2 accounts:\n%s", text)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cl, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	id, err := cl.ChainID(ctx)
	if err != nil || id.Uint64() != 777 {
		t.Fatalf("chain id %v, %v; want 777", id, err)
	}
}

func TestDevchainCommandBadFlags(t *testing.T) {
	code, _, errOut := runForTest(t, "devchain", "--accounts", "-1")
	if code != 2 {
		t.Fatalf("exit %d, want 2 (stderr %q)", code, errOut)
	}
}
