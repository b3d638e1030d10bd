package envelope

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/cifer-network/cifer/internal/avxstate"
)

const (
	// GCMTagSize is the AES-GCM authentication tag size.
	GCMTagSize = 16
	// CiferSize is the size of `cifer`: KEM ciphertext || GCM tag.
	CiferSize = KEMCiphertextSize + GCMTagSize // 1104
	// MaxPayloadSize is the largest plaintext a payload envelope carries:
	// clients store encryptedMessage on-chain and check 1..16384 bytes.
	MaxPayloadSize = 16384

	payloadInfoLabel = "CIFER-payload-v1"
)

// Binding names the secret an envelope is made for. It is bound into the key
// derivation, so an envelope made for one secret or chain does not open for
// another even under the same key pair.
type Binding struct {
	ChainID  uint64
	SecretID uint64
}

var (
	// ErrEmptyPayload refuses to seal nothing: COMPAT.md's encryptedMessage
	// is 1..16384 bytes, and an empty one would be indistinguishable from a
	// missing field.
	ErrEmptyPayload = errors.New("payload is empty")
	// ErrPayloadTooLarge means the plaintext exceeds MaxPayloadSize; use the
	// streaming file format for larger data.
	ErrPayloadTooLarge = fmt.Errorf("payload exceeds %d bytes (use the file format)", MaxPayloadSize)
	// ErrCiferSize means `cifer` is not exactly CiferSize bytes.
	ErrCiferSize = fmt.Errorf("cifer must be exactly %d bytes", CiferSize)
	// ErrDecrypt means the envelope does not open: wrong secret, wrong
	// chain/secret binding, or tampered bytes. GCM cannot tell these apart.
	ErrDecrypt = errors.New("envelope does not open: wrong secret, wrong chain or secret id, or tampered data")
)

// bindingInfo is the HKDF info: label || 0x00 || chainID (8 bytes BE) ||
// secretID (32 bytes BE, a uint256 as on-chain).
func bindingInfo(label string, b Binding) []byte {
	info := make([]byte, 0, len(label)+1+8+32)
	info = append(info, label...)
	info = append(info, 0)
	info = binary.BigEndian.AppendUint64(info, b.ChainID)
	info = append(info, make([]byte, 24)...)
	info = binary.BigEndian.AppendUint64(info, b.SecretID)
	return info
}

// payloadAEAD derives the AES-256 key and 12-byte nonce from the KEM shared
// secret. Each envelope has a fresh encapsulation, so a fixed nonce per key
// is safe: the key is never reused.
func payloadAEAD(shared []byte, b Binding) (cipher.AEAD, []byte, error) {
	okm, err := hkdf.Key(sha256.New, shared, nil, string(bindingInfo(payloadInfoLabel, b)), 32+12)
	if err != nil {
		return nil, nil, fmt.Errorf("derive envelope key: %w", err)
	}
	defer clear(okm[:32])
	block, err := aes.NewCipher(okm[:32])
	if err != nil {
		return nil, nil, fmt.Errorf("envelope cipher: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, nil, fmt.Errorf("envelope cipher: %w", err)
	}
	return aead, okm[32:], nil
}

// Seal encrypts plaintext (1..MaxPayloadSize bytes) to pk for the secret b.
// It returns `cifer` (KEM ciphertext || tag, CiferSize bytes) and
// `encryptedMessage` (len(plaintext) bytes).
func Seal(pk *PublicKey, b Binding, plaintext []byte) (cifer, encryptedMessage []byte, err error) {
	var seed [EncapsulationRandomSize]byte
	if _, err := rand.Read(seed[:]); err != nil {
		return nil, nil, fmt.Errorf("encapsulation randomness: %w", err)
	}
	defer clear(seed[:])
	return SealDeterministic(pk, b, plaintext, seed[:])
}

// SealDeterministic is Seal with caller-supplied encapsulation randomness
// (32 bytes). It exists for test vectors: reusing randomness reuses the key,
// so production code calls Seal.
func SealDeterministic(pk *PublicKey, b Binding, plaintext, encapsulationRandom []byte) (cifer, encryptedMessage []byte, err error) {
	switch {
	case len(plaintext) == 0:
		return nil, nil, ErrEmptyPayload
	case len(plaintext) > MaxPayloadSize:
		return nil, nil, fmt.Errorf("%w: got %d", ErrPayloadTooLarge, len(plaintext))
	case pk == nil || pk.pk == nil:
		return nil, nil, fmt.Errorf("%w: none given", ErrPublicKey)
	case len(encapsulationRandom) != EncapsulationRandomSize:
		return nil, nil, fmt.Errorf("encapsulation randomness must be %d bytes", EncapsulationRandomSize)
	}
	// One allocation holds cifer and the sealed body: ct || tag || body.
	out := make([]byte, CiferSize+len(plaintext))
	var shared [32]byte
	defer clear(shared[:])
	pk.pk.EncapsulateTo(out[:KEMCiphertextSize], shared[:], encapsulationRandom)
	avxstate.Clear() // circl leaves the vector registers dirty; see internal/avxstate
	aead, nonce, err := payloadAEAD(shared[:], b)
	if err != nil {
		return nil, nil, err
	}
	body := out[CiferSize:]
	sealed := aead.Seal(body[:0], nonce, plaintext, nil)
	// GCM appends the tag after the body; cifer wants it after ct.
	copy(out[KEMCiphertextSize:CiferSize], sealed[len(plaintext):])
	return out[:CiferSize:CiferSize], sealed[:len(plaintext):len(plaintext)], nil
}

// Open decrypts an envelope with the secret's private key.
func Open(sk *PrivateKey, b Binding, cifer, encryptedMessage []byte) ([]byte, error) {
	if len(cifer) != CiferSize {
		return nil, fmt.Errorf("%w, got %d", ErrCiferSize, len(cifer))
	}
	if len(encryptedMessage) == 0 {
		return nil, ErrEmptyPayload
	}
	if len(encryptedMessage) > MaxPayloadSize {
		return nil, fmt.Errorf("%w: got %d", ErrPayloadTooLarge, len(encryptedMessage))
	}
	if sk == nil || sk.sk == nil {
		return nil, fmt.Errorf("open envelope: %w", ErrNoPrivateKey)
	}
	var shared [32]byte
	defer clear(shared[:])
	// ML-KEM decapsulation never fails: a wrong key gives an unrelated
	// shared secret (implicit rejection), and GCM then refuses.
	sk.sk.DecapsulateTo(shared[:], cifer[:KEMCiphertextSize])
	avxstate.Clear()
	aead, nonce, err := payloadAEAD(shared[:], b)
	if err != nil {
		return nil, err
	}
	buf := make([]byte, len(encryptedMessage)+GCMTagSize)
	copy(buf, encryptedMessage)
	copy(buf[len(encryptedMessage):], cifer[KEMCiphertextSize:])
	pt, err := aead.Open(buf[:0], nonce, buf, nil)
	if err != nil {
		return nil, ErrDecrypt
	}
	return pt, nil
}
