package p2p

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/libp2p/go-libp2p/core/crypto"

	"github.com/cifer-network/cifer/internal/atomicfile"
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
	// Written whole or not at all, so a crash never leaves a truncated key
	// that would make the node come back as someone else.
	if err := atomicfile.Create(path, b, 0o600); err != nil {
		// Another process created the key meanwhile: use theirs.
		if errors.Is(err, fs.ErrExist) {
			return LoadOrCreateIdentity(path)
		}
		return nil, fmt.Errorf("install peer key: %w", err)
	}
	return key, nil
}
