// Package testenclave gives tests the keys an enclave holds — an X-Wing
// HPKE transport key and a secp256k1 wallet — as plain in-memory values.
// It has no sealing and no attestation: tests of custody and the Black Box
// use it where the enclave package's real backends are not the subject.
package testenclave

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"

	"github.com/cloudflare/circl/hpke"
	"github.com/cloudflare/circl/kem"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cifer-network/cifer/enclave"
)

var suite = hpke.NewSuite(hpke.KEM_XWING, hpke.KDF_HKDF_SHA256, hpke.AEAD_AES256GCM)

// Keys is one test enclave's transport key pair and wallet.
type Keys struct {
	pub      kem.PublicKey
	priv     kem.PrivateKey
	wallet   *ecdsa.PrivateKey
	sessions enclave.TransportSessions
}

// New makes fresh keys.
func New() (*Keys, error) {
	pub, priv, err := hpke.KEM_XWING.Scheme().GenerateKeyPair()
	if err != nil {
		return nil, err
	}
	w, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	return &Keys{pub: pub, priv: priv, wallet: w}, nil
}

// TransportKey returns the encoded HPKE public key.
func (k *Keys) TransportKey() []byte {
	b, _ := k.pub.MarshalBinary()
	return b
}

// Address is the wallet address.
func (k *Keys) Address() common.Address { return crypto.PubkeyToAddress(k.wallet.PublicKey) }

// SignHash signs a 32-byte digest with the wallet.
func (k *Keys) SignHash(d []byte) ([]byte, error) { return crypto.Sign(d, k.wallet) }

// Open opens enc || ciphertext sealed to this key with info.
func (k *Keys) Open(ct, info []byte) ([]byte, error) {
	n := hpke.KEM_XWING.Scheme().CiphertextSize()
	if len(ct) < n {
		return nil, errors.New("hpke message too short")
	}
	r, err := suite.NewReceiver(k.priv, info)
	if err != nil {
		return nil, err
	}
	o, err := r.Setup(ct[:n])
	if err != nil {
		return nil, err
	}
	return o.Open(ct[n:], nil)
}

// SealTo seals pt to an encoded recipient key: enc || ciphertext.
func (k *Keys) SealTo(recipient, pt, info []byte) ([]byte, error) {
	pub, err := hpke.KEM_XWING.Scheme().UnmarshalBinaryPublicKey(recipient)
	if err != nil {
		return nil, err
	}
	s, err := suite.NewSender(pub, info)
	if err != nil {
		return nil, err
	}
	enc, sealer, err := s.Setup(rand.Reader)
	if err != nil {
		return nil, err
	}
	ct, err := sealer.Seal(pt, nil)
	if err != nil {
		return nil, err
	}
	return append(enc, ct...), nil
}

// SessionSealTo seals pt to an encoded recipient key as a session message
// (enclave.TransportSessions).
func (k *Keys) SessionSealTo(recipient, pt, info []byte) ([]byte, error) {
	return k.sessions.Seal(recipient, pt, info)
}

// SessionOpen opens a session message addressed to this key.
func (k *Keys) SessionOpen(msg, info []byte) ([]byte, error) {
	return k.sessions.Open(k.priv, msg, info)
}

// Sealer is AES-256-GCM under a random key of its own, standing in for an
// enclave's sealing: data sealed by one Sealer does not open with another.
type Sealer struct{ aead cipher.AEAD }

// NewSealer makes a sealer with a fresh key.
func NewSealer() (*Sealer, error) {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &Sealer{aead: aead}, nil
}

// Seal encrypts pt bound to ad: nonce || ciphertext.
func (s *Sealer) Seal(pt, ad []byte) ([]byte, error) {
	nonce := make([]byte, s.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return s.aead.Seal(nonce, nonce, pt, ad), nil
}

// Unseal opens what Seal made with the same ad.
func (s *Sealer) Unseal(ct, ad []byte) ([]byte, error) {
	n := s.aead.NonceSize()
	if len(ct) < n {
		return nil, errors.New("sealed data too short")
	}
	return s.aead.Open(nil, ct[:n], ct[n:], ad)
}
