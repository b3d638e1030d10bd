package p2p

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/libp2p/go-libp2p/core/crypto"
)

// LoadOrCreateIdentity returns the node's Ed25519 peer key stored at path,
// creating it (mode 0600, written atomically) if the file does not exist. The
// peer ID is derived from this key and is registered on-chain, so losing or
// replacing the file changes the node's identity.
func LoadOrCreateIdentity(path string) (crypto.PrivKey, error) {
	b, err := os.ReadFile(path)
	switch {
	case err == nil:
		key, err := crypto.UnmarshalPrivateKey(b)
		if err != nil {
			return nil, fmt.Errorf("decode peer key %s: %w", filepath.Base(path), err)
		}
		if key.Type() != crypto.Ed25519 {
			return nil, fmt.Errorf("peer key %s: type %v, want Ed25519", filepath.Base(path), key.Type())
		}
		return key, nil
	case !errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("read peer key: %w", err)
	}

	key, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("generate peer key: %w", err)
	}
	b, err = crypto.MarshalPrivateKey(key)
	if err != nil {
		return nil, fmt.Errorf("encode peer key: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("create key dir: %w", err)
	}
	// Write to a temporary file and rename, so a crash never leaves a
	// truncated key that would make the node come back as someone else.
	tmp, err := os.CreateTemp(filepath.Dir(path), ".peerkey-*")
	if err != nil {
		return nil, fmt.Errorf("create peer key: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("chmod peer key: %w", err)
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("write peer key: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("sync peer key: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return nil, fmt.Errorf("close peer key: %w", err)
	}
	if err := os.Link(tmp.Name(), path); err != nil {
		// Link fails if another process created the key meanwhile: use theirs.
		if errors.Is(err, fs.ErrExist) {
			return LoadOrCreateIdentity(path)
		}
		return nil, fmt.Errorf("install peer key: %w", err)
	}
	return key, nil
}
