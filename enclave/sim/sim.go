// Package sim is the software enclave backend for testnets. It gives NO
// protection: the node's host can read every key, share and plaintext. It
// exists so a testnet runs the same code paths as production: reports are
// signed by a testnet "platform" Ed25519 key whose private half every
// testnet node is given (its public half is the registry's simPlatformKey),
// and sealing is AES-256-GCM under a key derived from a per-node secret
// stored in the data dir. Nodes accept sim reports only where the registry
// allows simulated enclaves.
package sim

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/ed25519"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/internal/atomicfile"
)

// RootFile is the per-node sealing root secret in the data dir. Anyone who
// can read it can unseal everything the node sealed.
const RootFile = "sim-sealing-root"

const (
	sealVersion = 1
	rootSize    = 32
	sealInfo    = "cifer/sim-seal/v1"
)

// Config opens a sim enclave.
type Config struct {
	// DataDir holds the sealing root and the sealed enclave keys.
	DataDir string
	// PlatformKey is the testnet platform's private key (LoadPlatformKey).
	PlatformKey ed25519.PrivateKey
	// Measurement, if set, replaces SHA-256 of the running binary (tests).
	Measurement *[32]byte
	// Log defaults to slog.Default().
	Log *slog.Logger
}

// Enclave is the sim backend.
type Enclave struct {
	measurement [32]byte
	platform    ed25519.PrivateKey
	aead        cipher.AEAD
	keys        *enclave.Keys
}

var _ enclave.Enclave = (*Enclave)(nil)

// Open opens (creating on first use) the sim enclave in cfg.DataDir.
func Open(cfg Config) (*Enclave, error) {
	if len(cfg.PlatformKey) != ed25519.PrivateKeySize {
		return nil, fmt.Errorf("sim enclave: platform key of %d bytes, want an Ed25519 private key", len(cfg.PlatformKey))
	}
	log := cfg.Log
	if log == nil {
		log = slog.Default()
	}
	var m [32]byte
	if cfg.Measurement != nil {
		m = *cfg.Measurement
	} else {
		var err error
		if m, err = MeasureExecutable(); err != nil {
			return nil, err
		}
	}
	root, err := loadOrCreateRoot(filepath.Join(cfg.DataDir, RootFile))
	if err != nil {
		return nil, err
	}
	defer clear(root)
	key, err := hkdf.Key(sha256.New, root, m[:], sealInfo, 32)
	if err != nil {
		return nil, fmt.Errorf("sim enclave: derive sealing key: %w", err)
	}
	defer clear(key)
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("sim enclave: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("sim enclave: %w", err)
	}
	e := &Enclave{measurement: m, platform: append(ed25519.PrivateKey(nil), cfg.PlatformKey...), aead: aead}
	if e.keys, err = enclave.LoadOrCreateKeys(cfg.DataDir, e); err != nil {
		return nil, fmt.Errorf("sim enclave: %w", err)
	}
	log.Warn("SIMULATED ENCLAVE: no hardware protection; keys, shares and plaintexts are readable by this host; testnets only",
		"backend", enclave.BackendSim, "measurement", fmt.Sprintf("%x", m), "enclave_wallet", e.keys.Address())
	return e, nil
}

// MeasureExecutable is SHA-256 of the running binary, the sim measurement.
func MeasureExecutable() ([32]byte, error) {
	path, err := os.Executable()
	if err != nil {
		return [32]byte{}, fmt.Errorf("sim enclave: find own binary: %w", err)
	}
	return MeasureFile(path)
}

// MeasureFile is the sim measurement of the binary at path (SHA-256), what
// a registry allows for nodes running that binary.
func MeasureFile(path string) ([32]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return [32]byte{}, fmt.Errorf("sim enclave: measure binary: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return [32]byte{}, fmt.Errorf("sim enclave: measure binary: %w", err)
	}
	var m [32]byte
	h.Sum(m[:0])
	return m, nil
}

func loadOrCreateRoot(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	switch {
	case err == nil:
		if len(b) != rootSize {
			clear(b)
			return nil, fmt.Errorf("sim enclave: sealing root %s has %d bytes, want %d", path, len(b), rootSize)
		}
		return b, nil
	case !errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("sim enclave: read sealing root: %w", err)
	}
	root := make([]byte, rootSize)
	if _, err := rand.Read(root); err != nil {
		return nil, fmt.Errorf("sim enclave: %w", err)
	}
	if err := atomicfile.Create(path, root, 0o600); err != nil {
		return nil, fmt.Errorf("sim enclave: create sealing root: %w", err)
	}
	return root, nil
}

// Backend is enclave.BackendSim.
func (e *Enclave) Backend() string { return enclave.BackendSim }

// Measurement is SHA-256 of the binary (or the configured override).
func (e *Enclave) Measurement() [32]byte { return e.measurement }

// Keys are the enclave wallet and transport key.
func (e *Enclave) Keys() *enclave.Keys { return e.keys }

// Report signs userData and the measurement with the platform key.
func (e *Enclave) Report(ctx context.Context, userData [64]byte) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return signReport(e.platform, e.measurement, userData), nil
}

// Seal encrypts under the node's sim sealing key: version || nonce || GCM.
func (e *Enclave) Seal(plaintext, additionalData []byte) ([]byte, error) {
	out := make([]byte, 1+e.aead.NonceSize(), 1+e.aead.NonceSize()+len(plaintext)+e.aead.Overhead())
	out[0] = sealVersion
	if _, err := rand.Read(out[1:]); err != nil {
		return nil, fmt.Errorf("sim seal: %w", err)
	}
	return e.aead.Seal(out, out[1:], plaintext, additionalData), nil
}

// Unseal reverses Seal; data sealed by another node or measurement fails
// with enclave.ErrUnseal.
func (e *Enclave) Unseal(sealed, additionalData []byte) ([]byte, error) {
	n := e.aead.NonceSize()
	if len(sealed) < 1+n+e.aead.Overhead() || sealed[0] != sealVersion {
		return nil, fmt.Errorf("%w: not a sim-sealed blob", enclave.ErrUnseal)
	}
	pt, err := e.aead.Open(nil, sealed[1:1+n], sealed[1+n:], additionalData)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", enclave.ErrUnseal, err)
	}
	return pt, nil
}

// Close wipes the keys and the platform key copy.
func (e *Enclave) Close() error {
	clear(e.platform)
	if e.keys != nil {
		return e.keys.Close()
	}
	return nil
}
