package envelope

import (
	"crypto/rand"
	"errors"
	"fmt"
	"unsafe"

	"github.com/cloudflare/circl/kem/mlkem/mlkem768"

	"github.com/cifer-network/cifer/internal/avxstate"
)

const (
	// SeedSize is the size of the seed a key pair is derived from (FIPS 203
	// d || z). The seed is what Shamir splits.
	SeedSize = mlkem768.KeySeedSize
	// PublicKeySize is the size of an encoded ML-KEM-768 public key.
	PublicKeySize = mlkem768.PublicKeySize
	// KEMCiphertextSize is the size of an ML-KEM-768 encapsulation.
	KEMCiphertextSize = mlkem768.CiphertextSize
	// EncapsulationRandomSize is the randomness one encapsulation consumes.
	EncapsulationRandomSize = mlkem768.EncapsulationSeedSize
)

// ErrSeedSize means a seed is not SeedSize bytes.
var ErrSeedSize = fmt.Errorf("key seed must be %d bytes", SeedSize)

// ErrPublicKey means bytes are not an ML-KEM-768 public key.
var ErrPublicKey = errors.New("not an ML-KEM-768 public key")

// ErrNoPrivateKey means an open was asked of a nil or zeroed private key.
var ErrNoPrivateKey = errors.New("no private key (nil or zeroed)")

// PublicKey is a secret's public key: anyone may encrypt to it.
type PublicKey struct {
	pk  *mlkem768.PublicKey
	enc []byte
}

// PrivateKey is a secret's private key. It lives only in an enclave's memory
// for the time one request needs it.
type PrivateKey struct {
	sk *mlkem768.PrivateKey
}

// GenerateSeed returns a fresh 64-byte key seed from crypto/rand.
func GenerateSeed() ([]byte, error) {
	seed := make([]byte, SeedSize)
	if _, err := rand.Read(seed); err != nil {
		return nil, fmt.Errorf("generate key seed: %w", err)
	}
	return seed, nil
}

// DeriveKeyPair derives the ML-KEM-768 key pair of a seed (FIPS 203
// ML-KEM.KeyGen_internal(d, z) with seed = d || z). The same seed always
// gives the same key pair, so a Black Box that rebuilds the seed from shares
// can check the public key against the registered one.
func DeriveKeyPair(seed []byte) (*PublicKey, *PrivateKey, error) {
	if len(seed) != SeedSize {
		return nil, nil, fmt.Errorf("%w, got %d", ErrSeedSize, len(seed))
	}
	pk, sk := mlkem768.NewKeyFromSeed(seed)
	enc := make([]byte, PublicKeySize)
	pk.Pack(enc)
	avxstate.Clear() // circl leaves the vector registers dirty; see internal/avxstate
	return &PublicKey{pk: pk, enc: enc}, &PrivateKey{sk: sk}, nil
}

// ParsePublicKey decodes a 1184-byte public key, checking it is well formed
// (FIPS 203 modulus check).
func ParsePublicKey(b []byte) (*PublicKey, error) {
	if len(b) != PublicKeySize {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrPublicKey, len(b), PublicKeySize)
	}
	pk := new(mlkem768.PublicKey)
	err := pk.Unpack(b)
	avxstate.Clear()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrPublicKey, err)
	}
	return &PublicKey{pk: pk, enc: append([]byte(nil), b...)}, nil
}

// Bytes returns the 1184-byte encoding. The caller must not modify it.
func (p *PublicKey) Bytes() []byte { return p.enc }

// Equal reports whether two public keys are the same.
func (p *PublicKey) Equal(o *PublicKey) bool { return o != nil && p.pk.Equal(o.pk) }

// Zero overwrites the private key's memory, including the expanded secret
// vector circl keeps behind a pointer (see wipeCirclPrivateKey). Copies made
// on the stack during an operation are outside our reach.
func (k *PrivateKey) Zero() {
	if k == nil || k.sk == nil {
		return
	}
	wipeCirclPrivateKey(k.sk)
	k.sk = nil
}

// circlPrivateKey mirrors the field layout of circl v1.6.5's
// mlkem768.PrivateKey: a pointer to the CPA private key (the NTT-domain
// secret vector, K=3 polynomials of 256 int16), a pointer to the public key,
// H(pk) and the implicit-rejection value z. circl offers no way to wipe a
// key, so we do it through this mirror; TestPrivateKeyZero fails if the
// layout ever stops matching.
type circlPrivateKey struct {
	sk  unsafe.Pointer
	pk  unsafe.Pointer
	hpk [32]byte
	z   [32]byte
}

const circlSecretVectorSize = 3 * 256 * 2

func wipeCirclPrivateKey(sk *mlkem768.PrivateKey) {
	if unsafe.Sizeof(*sk) != unsafe.Sizeof(circlPrivateKey{}) {
		return
	}
	m := (*circlPrivateKey)(unsafe.Pointer(sk))
	if m.sk != nil {
		clear(unsafe.Slice((*byte)(m.sk), circlSecretVectorSize))
	}
	clear(m.z[:])
}
