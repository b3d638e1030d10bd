package enclave

import (
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"sync"

	"github.com/cloudflare/circl/kem"
	"github.com/cloudflare/circl/kem/xwing"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cifer-network/cifer/internal/atomicfile"
	"github.com/cifer-network/cifer/internal/avxstate"
)

// KeysFile is the name, inside the node's data dir, of the sealed enclave
// keys. It is the only place the keys exist outside enclave memory.
const KeysFile = "enclave-keys.sealed"

// keysAAD binds the sealed blob to its purpose and format version, so a
// sealed share can never be mistaken for the key file or the reverse.
var keysAAD = []byte("cifer/enclave-keys/v1")

const (
	keysVersion   = 1
	walletKeySize = 32
	keysPlainSize = 1 + walletKeySize + xwing.SeedSize
)

// ErrClosed is returned by Keys methods after Close.
var ErrClosed = errors.New("enclave keys closed")

// Keys are the enclave's own keys: the enclave wallet (secp256k1) and the
// HPKE transport key pair (X-Wing). The private halves never leave this
// value; callers get an address, a public key, signatures and decryptions.
type Keys struct {
	mu           sync.RWMutex
	wallet       *ecdsa.PrivateKey
	address      common.Address
	transport    *xwing.PrivateKey
	transportPub []byte
	sessions     TransportSessions
}

// LoadOrCreateKeys unseals the keys from dir/KeysFile, or, when the file does
// not exist, generates fresh keys and writes them there sealed. A file that
// does not unseal is an error (wrapping ErrUnseal), never a reason to make
// new keys: that would silently change the node's on-chain identity.
func LoadOrCreateKeys(dir string, s Sealer) (*Keys, error) {
	path := filepath.Join(dir, KeysFile)
	sealed, err := os.ReadFile(path)
	switch {
	case err == nil:
		plain, err := s.Unseal(sealed, keysAAD)
		if err != nil {
			if !errors.Is(err, ErrUnseal) {
				err = fmt.Errorf("%w: %w", ErrUnseal, err)
			}
			return nil, fmt.Errorf("enclave keys %s (sealed by another build or machine? run the binary that created them, or start as a new node with a new data dir and register again): %w", path, err)
		}
		defer clear(plain)
		k, err := decodeKeys(plain)
		if err != nil {
			return nil, fmt.Errorf("enclave keys %s: %w", path, err)
		}
		return k, nil
	case errors.Is(err, fs.ErrNotExist):
		return createKeys(path, s)
	default:
		return nil, fmt.Errorf("read enclave keys: %w", err)
	}
}

func createKeys(path string, s Sealer) (*Keys, error) {
	plain := make([]byte, keysPlainSize)
	defer clear(plain)
	plain[0] = keysVersion
	w, err := crypto.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("generate enclave wallet: %w", err)
	}
	w.D.FillBytes(plain[1 : 1+walletKeySize])
	zeroECDSA(w)
	if _, err := rand.Read(plain[1+walletKeySize:]); err != nil {
		return nil, fmt.Errorf("generate transport key seed: %w", err)
	}
	sealed, err := s.Seal(plain, keysAAD)
	if err != nil {
		return nil, fmt.Errorf("seal enclave keys: %w", err)
	}
	if err := atomicfile.Write(path, sealed, 0o600); err != nil {
		return nil, fmt.Errorf("write enclave keys: %w", err)
	}
	return decodeKeys(plain)
}

func decodeKeys(plain []byte) (*Keys, error) {
	if len(plain) != keysPlainSize || plain[0] != keysVersion {
		return nil, fmt.Errorf("unknown key file format (%d bytes)", len(plain))
	}
	w, err := crypto.ToECDSA(plain[1 : 1+walletKeySize])
	if err != nil {
		return nil, fmt.Errorf("enclave wallet key: %w", err)
	}
	priv, pub := xwing.DeriveKeyPair(plain[1+walletKeySize:])
	avxstate.Clear() // circl leaves the vector registers dirty; see internal/avxstate
	pubBytes, err := pub.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("transport public key: %w", err)
	}
	return &Keys{
		wallet:       w,
		address:      crypto.PubkeyToAddress(w.PublicKey),
		transport:    priv,
		transportPub: pubBytes,
	}, nil
}

// Address is the enclave wallet's Ethereum address.
func (k *Keys) Address() common.Address { return k.address }

// TransportPublicKey returns a copy of the encoded X-Wing public key that
// peers wrap shares to.
func (k *Keys) TransportPublicKey() []byte { return append([]byte(nil), k.transportPub...) }

// TransportKeyHash is SHA-256 of the transport public key, as the registry
// stores it.
func (k *Keys) TransportKeyHash() [32]byte { return sha256.Sum256(k.transportPub) }

// SignHash signs a 32-byte digest with the enclave wallet: 65 bytes
// [R || S || V], V in {0, 1} (go-ethereum's convention).
func (k *Keys) SignHash(digest []byte) ([]byte, error) {
	if len(digest) != 32 {
		return nil, fmt.Errorf("sign: digest is %d bytes, want 32", len(digest))
	}
	k.mu.RLock()
	defer k.mu.RUnlock()
	if k.wallet == nil {
		return nil, ErrClosed
	}
	return crypto.Sign(digest, k.wallet)
}

// SignTx signs a transaction with the enclave wallet.
func (k *Keys) SignTx(tx *types.Transaction, signer types.Signer) (*types.Transaction, error) {
	k.mu.RLock()
	defer k.mu.RUnlock()
	if k.wallet == nil {
		return nil, ErrClosed
	}
	return types.SignTx(tx, signer, k.wallet)
}

// Open decrypts an HPKE base-mode message (enc || ciphertext, see SealTo)
// addressed to the transport key, with no additional data. It satisfies the
// custody package's transport-key interface.
func (k *Keys) Open(message, info []byte) ([]byte, error) {
	return k.OpenWithAAD(message, info, nil)
}

// OpenWithAAD is Open with additional authenticated data.
func (k *Keys) OpenWithAAD(message, info, aad []byte) ([]byte, error) {
	k.mu.RLock()
	defer k.mu.RUnlock()
	if k.transport == nil {
		return nil, ErrClosed
	}
	return openHPKE(k.transport, message, info, aad)
}

// SealTo seals plaintext to another node's transport key with no additional
// data (the package function SealTo takes aad too).
func (k *Keys) SealTo(recipientKey, plaintext, info []byte) ([]byte, error) {
	return SealTo(recipientKey, plaintext, info, nil)
}

// SessionSealTo seals plaintext to another node's transport key as a
// session message (see TransportSessions): the encapsulation to that key is
// reused for SessionLifetime, so repeated messages cost no KEM.
func (k *Keys) SessionSealTo(recipientKey, plaintext, info []byte) ([]byte, error) {
	k.mu.RLock()
	defer k.mu.RUnlock()
	if k.transport == nil {
		return nil, ErrClosed
	}
	return k.sessions.Seal(recipientKey, plaintext, info)
}

// SessionOpen opens a session message addressed to the transport key.
func (k *Keys) SessionOpen(message, info []byte) ([]byte, error) {
	k.mu.RLock()
	defer k.mu.RUnlock()
	if k.transport == nil {
		return nil, ErrClosed
	}
	return k.sessions.Open(k.transport, message, info)
}

// Close wipes the private keys as far as Go allows (big.Int words and the
// X-Wing key arrays); later calls fail with ErrClosed.
func (k *Keys) Close() error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.wallet != nil {
		zeroECDSA(k.wallet)
		k.wallet = nil
	}
	if k.transport != nil {
		*k.transport = xwing.PrivateKey{}
		k.transport = nil
	}
	k.sessions.Clear()
	return nil
}

func zeroECDSA(k *ecdsa.PrivateKey) {
	if k == nil || k.D == nil {
		return
	}
	clear(k.D.Bits())
	k.D.Set(new(big.Int))
}

// compile-time check that X-Wing keys are what circl's hpke expects.
var _ kem.PrivateKey = (*xwing.PrivateKey)(nil)
