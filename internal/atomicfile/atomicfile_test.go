package atomicfile

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// onlyFiles lists the names in dir; a temporary left behind shows up here.
func onlyFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func wantFile(t *testing.T, path string, content []byte, perm os.FileMode) {
	t.Helper()
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, content) {
		t.Fatalf("%s holds %q, want %q", filepath.Base(path), got, content)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != perm {
		t.Fatalf("%s has mode %v, want %v", filepath.Base(path), info.Mode().Perm(), perm)
	}
}

func TestWriteContentAndMode(t *testing.T) {
	for _, tc := range []struct {
		name     string
		perm     os.FileMode
		existing bool
	}{
		{"new 0600", 0o600, false},
		{"new 0644", 0o644, false},
		{"replace 0600", 0o600, true},
		{"replace 0640 over 0644", 0o640, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "state.json")
			if tc.existing {
				if err := os.WriteFile(path, []byte("old, longer than the new content"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if err := Write(path, []byte("new"), tc.perm); err != nil {
				t.Fatal(err)
			}
			wantFile(t, path, []byte("new"), tc.perm)
			if names := onlyFiles(t, dir); len(names) != 1 {
				t.Fatalf("dir holds %v, want only state.json", names)
			}
		})
	}
}

func TestWriteJSON(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "info.json")
	if err := WriteJSON(path, map[string]int{"a": 1}, 0o600); err != nil {
		t.Fatal(err)
	}
	wantFile(t, path, []byte("{\n  \"a\": 1\n}\n"), 0o600)
}

func TestFailedWriteKeepsOldFile(t *testing.T) {
	old := []byte("old content\n")
	for _, tc := range []struct {
		name  string
		write func(t *testing.T, path string) error
	}{
		{"encode error", func(t *testing.T, path string) error {
			return WriteJSON(path, math.Inf(1), 0o600)
		}},
		{"aborted stream", func(t *testing.T, path string) error {
			f, err := New(path, 0o600)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.Write([]byte("half of the new")); err != nil {
				t.Fatal(err)
			}
			f.Abort()
			return errors.New("aborted")
		}},
		{"closed without commit", func(t *testing.T, path string) error {
			f, err := New(path, 0o600)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.Write([]byte("half of the new")); err != nil {
				t.Fatal(err)
			}
			f.Close()
			if err := f.Commit(); err == nil {
				t.Fatal("commit after close succeeded")
			}
			return errors.New("closed")
		}},
		{"target is a directory", func(t *testing.T, path string) error {
			sub := filepath.Join(filepath.Dir(path), "sub")
			if err := os.Mkdir(sub, 0o700); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(sub, "x"), nil, 0o600); err != nil {
				t.Fatal(err)
			}
			return Write(sub, []byte("new"), 0o600) // rename over a non-empty dir fails
		}},
		{"directory not writable", func(t *testing.T, path string) error {
			if os.Geteuid() == 0 {
				t.Skip("root writes into read-only directories")
			}
			dir := filepath.Dir(path)
			if err := os.Chmod(dir, 0o500); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.Chmod(dir, 0o700) })
			return Write(path, []byte("new"), 0o600)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "state.json")
			if err := os.WriteFile(path, old, 0o600); err != nil {
				t.Fatal(err)
			}
			if err := tc.write(t, path); err == nil {
				t.Fatal("write succeeded")
			}
			wantFile(t, path, old, 0o600)
			for _, name := range onlyFiles(t, dir) {
				if strings.HasSuffix(name, ".tmp") {
					t.Fatalf("temporary %s left behind", name)
				}
			}
		})
	}
}

func TestCreateRefusesExisting(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "key")
	if err := Create(path, []byte("first"), 0o600); err != nil {
		t.Fatal(err)
	}
	wantFile(t, path, []byte("first"), 0o600)
	if err := Create(path, []byte("second"), 0o644); !errors.Is(err, fs.ErrExist) {
		t.Fatalf("second create: %v, want fs.ErrExist", err)
	}
	wantFile(t, path, []byte("first"), 0o600)
	if names := onlyFiles(t, dir); len(names) != 1 {
		t.Fatalf("dir holds %v, want only key", names)
	}
}

func TestCommitTwice(t *testing.T) {
	f, err := NewExclusive(filepath.Join(t.TempDir(), "key"), 0o600)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := f.Commit(); err == nil {
		t.Fatal("second commit succeeded")
	}
	f.Abort() // a no-op after Commit: the file stays
	if _, err := os.Stat(filepath.Join(filepath.Dir(f.Name()), "key")); err != nil {
		t.Fatalf("abort after commit removed the file: %v", err)
	}
}

// Writers racing on one path: every write either lands whole or not at
// all, so the file always holds exactly one writer's complete content.
func TestConcurrentWriters(t *testing.T) {
	for _, exclusive := range []bool{false, true} {
		t.Run(fmt.Sprintf("exclusive=%v", exclusive), func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "state")
			const writers = 16
			content := func(i int) []byte { return bytes.Repeat([]byte{byte('a' + i)}, 64<<10) }
			var wg sync.WaitGroup
			errs := make([]error, writers)
			for i := range writers {
				wg.Go(func() {
					if exclusive {
						errs[i] = Create(path, content(i), 0o600)
					} else {
						errs[i] = Write(path, content(i), 0o600)
					}
				})
			}
			wg.Wait()
			won := 0
			for i, err := range errs {
				switch {
				case err == nil:
					won++
				case exclusive && errors.Is(err, fs.ErrExist):
				default:
					t.Fatalf("writer %d: %v", i, err)
				}
			}
			if exclusive && won != 1 {
				t.Fatalf("%d exclusive creators succeeded, want 1", won)
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			whole := false
			for i := range writers {
				if bytes.Equal(got, content(i)) && errs[i] == nil {
					whole = true
				}
			}
			if !whole {
				t.Fatalf("file holds %d bytes that are no successful writer's whole content", len(got))
			}
			if names := onlyFiles(t, dir); len(names) != 1 {
				t.Fatalf("dir holds %v, want only state", names)
			}
		})
	}
}
