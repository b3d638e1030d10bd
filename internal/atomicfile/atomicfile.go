// Package atomicfile writes files so that a crash, a full disk or a failed
// encode leaves either the old file or the new one, never a torn one.
//
// Every write goes to a temporary file in the target's directory (so the
// final step is a rename within one file system), is synced, and is then
// renamed over the target (Write) or hard-linked to it only if the target
// does not exist yet (Create); the directory is synced last so the new name
// itself survives a crash.
//
// Temporary files are named "." + base + "." + random + ".tmp": hidden, next
// to their target, and recognisable by the ".tmp" suffix, so a directory
// sweep after a crash can remove what a killed writer left behind.
package atomicfile

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// File is a pending write: write the content to it, then Commit to put it in
// place, or Abort to drop it. Until Commit returns nil the target is
// untouched. File is not safe for concurrent use.
type File struct {
	*os.File
	path    string
	replace bool
	done    bool
}

// New starts a write that replaces path on Commit. perm is the mode the
// file gets, exactly (the umask does not apply).
func New(path string, perm os.FileMode) (*File, error) { return open(path, perm, true) }

// NewExclusive starts a write that creates path on Commit and fails there,
// with an error matching fs.ErrExist, if path already exists: for files
// that must be written once, such as keys.
func NewExclusive(path string, perm os.FileMode) (*File, error) { return open(path, perm, false) }

func open(path string, perm os.FileMode, replace bool) (*File, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("write %s: %w", base, err)
	}
	if err := tmp.Chmod(perm); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return nil, fmt.Errorf("write %s: %w", base, err)
	}
	return &File{File: tmp, path: path, replace: replace}, nil
}

// Commit syncs the content and puts it in place under the target name. On
// an error before the file is in place the temporary file is removed and the
// target left as it was; an error from the final directory sync means the
// new file is in place but its name may not survive a crash.
func (f *File) Commit() error {
	if f.done {
		return errors.New("atomicfile: commit after commit or abort")
	}
	f.done = true
	tmp, base := f.Name(), filepath.Base(f.path)
	fail := func(err error) error {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", base, err)
	}
	if err := f.Sync(); err != nil {
		f.File.Close()
		return fail(err)
	}
	if err := f.File.Close(); err != nil {
		return fail(err)
	}
	if f.replace {
		if err := os.Rename(tmp, f.path); err != nil {
			return fail(err)
		}
	} else {
		// A link, unlike a rename, refuses an existing name, and it does
		// so atomically: two creators racing get one winner.
		err := os.Link(tmp, f.path)
		os.Remove(tmp)
		if err != nil {
			return fmt.Errorf("write %s: %w", base, err)
		}
	}
	if err := syncDir(filepath.Dir(f.path)); err != nil {
		return fmt.Errorf("write %s: sync directory: %w", base, err)
	}
	return nil
}

// Abort drops the pending write; the target is untouched. It is a no-op
// after Commit or Abort, so it can be deferred.
func (f *File) Abort() {
	if f.done {
		return
	}
	f.done = true
	f.File.Close()
	os.Remove(f.Name())
}

// Close is Abort: a File is only ever put in place by Commit, so closing
// one any other way (an io.WriteCloser's user, a deferred Close) drops it.
func (f *File) Close() error {
	f.Abort()
	return nil
}

// Write replaces path with data, mode perm.
func Write(path string, data []byte, perm os.FileMode) error {
	return write(path, data, perm, true)
}

// Create writes data to path, mode perm, only if path does not exist;
// otherwise it fails with an error matching fs.ErrExist and path is left
// as it was.
func Create(path string, data []byte, perm os.FileMode) error {
	return write(path, data, perm, false)
}

func write(path string, data []byte, perm os.FileMode, replace bool) error {
	f, err := open(path, perm, replace)
	if err != nil {
		return err
	}
	if _, err := f.File.Write(data); err != nil {
		f.Abort()
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	return f.Commit()
}

// WriteJSON replaces path with v as indented JSON and a newline, mode perm.
// An encoding error leaves path untouched.
func WriteJSON(path string, v any, perm os.FileMode) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("encode %s: %w", filepath.Base(path), err)
	}
	return Write(path, append(b, '\n'), perm)
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
