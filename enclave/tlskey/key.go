// Package tlskey owns the TLS side of a node's HTTP API, which is
// terminated inside the enclave: the API's ECDSA P-256 key (made in the
// enclave, on disk only sealed), the certificate modes that put a
// certificate on it (self-issued with the attestation statement in an
// extension, ACME, or an operator-issued chain for a CSR) and the
// *tls.Config the HTTP server uses. It also holds the verifier a client
// runs on a self-issued certificate.
//
// The package sits beside enclave (layer 2): it needs only sealing, the
// enclave wallet's signatures and the statement encoding.
package tlskey

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/internal/atomicfile"
)

// Files, inside the node's enclave directory, that hold keys of this
// package. Both are sealed; neither ever exists as PEM or DER.
const (
	// KeyFile holds the HTTP API's TLS key.
	KeyFile = "api-tls-key.sealed"
	// ACMEAccountFile holds the ACME account key (acme mode only).
	ACMEAccountFile = "acme-account-key.sealed"
)

// Additional data each sealed key is bound to: a TLS key can never be
// unsealed as the ACME account key, the enclave keys or a share, nor the
// reverse.
var (
	keyAAD     = []byte("cifer/api-tls-key/v1")
	accountAAD = []byte("cifer/acme-account-key/v1")
)

const (
	sealedVersion = 1
	scalarSize    = 32 // P-256
)

// LoadOrCreateKey unseals the API's TLS key from dir/KeyFile, or makes a
// new one and writes it there sealed when the file does not exist. A file
// that does not unseal is an error wrapping enclave.ErrUnseal, never a
// reason to make a new key.
func LoadOrCreateKey(dir string, s enclave.Sealer) (*ecdsa.PrivateKey, error) {
	return loadOrCreate(filepath.Join(dir, KeyFile), keyAAD, s)
}

// LoadOrCreateACMEAccountKey is LoadOrCreateKey for the ACME account key.
func LoadOrCreateACMEAccountKey(dir string, s enclave.Sealer) (*ecdsa.PrivateKey, error) {
	return loadOrCreate(filepath.Join(dir, ACMEAccountFile), accountAAD, s)
}

// LoadKey unseals the API's TLS key and fails when there is none (for
// commands such as 'cifer node tls-csr' that must not make one).
func LoadKey(dir string, s enclave.Sealer) (*ecdsa.PrivateKey, error) {
	path := filepath.Join(dir, KeyFile)
	sealed, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read api tls key: %w", err)
	}
	return unsealKey(path, sealed, keyAAD, s)
}

func loadOrCreate(path string, aad []byte, s enclave.Sealer) (*ecdsa.PrivateKey, error) {
	sealed, err := os.ReadFile(path)
	switch {
	case err == nil:
		return unsealKey(path, sealed, aad, s)
	case errors.Is(err, fs.ErrNotExist):
		return createKey(path, aad, s)
	default:
		return nil, fmt.Errorf("read %s: %w", filepath.Base(path), err)
	}
}

func unsealKey(path string, sealed, aad []byte, s enclave.Sealer) (*ecdsa.PrivateKey, error) {
	plain, err := s.Unseal(sealed, aad)
	if err != nil {
		if !errors.Is(err, enclave.ErrUnseal) {
			err = fmt.Errorf("%w: %w", enclave.ErrUnseal, err)
		}
		return nil, fmt.Errorf("%s (sealed by another build or machine?): %w", path, err)
	}
	defer clear(plain)
	if len(plain) != 1+scalarSize || plain[0] != sealedVersion {
		return nil, fmt.Errorf("%s: unknown sealed key format (%d bytes)", path, len(plain))
	}
	k, err := ecdsa.ParseRawPrivateKey(elliptic.P256(), plain[1:])
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return k, nil
}

func createKey(path string, aad []byte, s enclave.Sealer) (*ecdsa.PrivateKey, error) {
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("generate tls key: %w", err)
	}
	raw, err := k.Bytes()
	if err != nil {
		return nil, fmt.Errorf("encode tls key: %w", err)
	}
	plain := append([]byte{sealedVersion}, raw...)
	clear(raw)
	defer clear(plain)
	sealed, err := s.Seal(plain, aad)
	if err != nil {
		return nil, fmt.Errorf("seal tls key: %w", err)
	}
	if err := atomicfile.Write(path, sealed, 0o600); err != nil {
		return nil, fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	return k, nil
}
