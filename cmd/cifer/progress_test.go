package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestProgressBar(t *testing.T) {
	if p := newProgress(io.Discard, false, 100); p != nil {
		t.Fatal("a bar when stderr is not a terminal")
	}
	if p := newProgress(io.Discard, true, 0); p != nil {
		t.Fatal("a bar for an input of unknown size")
	}
	var out bytes.Buffer
	p := newProgress(&out, true, 4<<20)
	// The first write draws at once; the last draws whatever the time.
	p.Write(make([]byte, 1<<20))
	if got, want := out.String(), "\r[######...................]  25%  1.0/4.0 MiB"; got != want {
		t.Fatalf("after a quarter:\n%q\nwant\n%q", got, want)
	}
	p.Write(make([]byte, 3<<20))
	p.finish()
	if want := "\r[#########################] 100%  4.0/4.0 MiB\n"; !strings.HasSuffix(out.String(), want) {
		t.Fatalf("at the end:\n%q\nwant the suffix\n%q", out.String(), want)
	}
	// An input that grew while read stays at 100%.
	out.Reset()
	p = newProgress(&out, true, 10)
	p.Write(make([]byte, 15))
	if !strings.Contains(out.String(), "] 100%") {
		t.Fatalf("grown input: %q", out.String())
	}
}

func TestIsTerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "plain")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) || isTerminal(&bytes.Buffer{}) {
		t.Fatal("a regular file or a buffer taken for a terminal")
	}
}

// streamFile draws the bar on stderr only when it is a terminal, and a
// failed run leaves no partial output.
func TestStreamFileProgress(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.WriteFile(in, bytes.Repeat([]byte("x"), 3<<20), 0o600); err != nil {
		t.Fatal(err)
	}
	copyAll := func(dst io.Writer, src io.Reader) (int64, error) { return io.Copy(dst, src) }
	for _, tty := range []bool{true, false} {
		var stdout, stderr bytes.Buffer
		env := &cliEnv{stdout: &stdout, stderr: &stderr, stderrTTY: tty, log: discardLogger()}
		out := filepath.Join(dir, fmt.Sprintf("out-tty-%v", tty))
		if err := streamFile(env, in, out, copyAll); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(stdout.String(), "(3145728 bytes)") {
			t.Fatalf("stdout %q", stdout.String())
		}
		bar := strings.HasSuffix(stderr.String(), "] 100%  3.0/3.0 MiB\n")
		if bar != tty || (!tty && stderr.Len() != 0) {
			t.Fatalf("terminal %v: stderr %q", tty, stderr.String())
		}
	}
	var stderr bytes.Buffer
	env := &cliEnv{stdout: io.Discard, stderr: &stderr, stderrTTY: true, log: discardLogger()}
	out := filepath.Join(dir, "failed")
	boom := errors.New("boom")
	err := streamFile(env, in, out, func(dst io.Writer, src io.Reader) (int64, error) {
		_, _ = io.CopyN(dst, src, 1<<20)
		return 0, boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("error %v", err)
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("partial output left: %v", err)
	}
	if !strings.HasSuffix(stderr.String(), "\n") {
		t.Fatalf("the bar's line was not ended: %q", stderr.String())
	}
}
