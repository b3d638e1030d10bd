package enclave

import (
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"

	"github.com/cloudflare/circl/hpke"
	"github.com/cloudflare/circl/kem"

	"github.com/cifer-network/cifer/internal/avxstate"
)

// TransportSuite is the HPKE suite of transport keys: KEM X-Wing (X25519 +
// ML-KEM-768, KEM id 0x647a), HKDF-SHA256, AES-256-GCM, base mode.
var TransportSuite = hpke.NewSuite(hpke.KEM_XWING, hpke.KDF_HKDF_SHA256, hpke.AEAD_AES256GCM)

// TransportEncSize is the length of the encapsulation that starts every
// transport message.
var TransportEncSize = hpke.KEM_XWING.Scheme().CiphertextSize()

// ErrDecrypt means an HPKE message did not open: not addressed to this key,
// wrong info or aad, or altered.
var ErrDecrypt = errors.New("cannot open transport message")

// TransportKeyHash is SHA-256 of an encoded transport public key, the value
// the registry stores as transportKeyHash.
func TransportKeyHash(pub []byte) [32]byte { return sha256.Sum256(pub) }

// SealTo seals plaintext to an encoded X-Wing transport public key in HPKE
// base mode (single shot). The message is enc || ciphertext; info and aad
// must be given again to open it. The Black Box wraps shares to custodians
// with it.
func SealTo(recipientKey, plaintext, info, aad []byte) ([]byte, error) {
	pub, err := hpke.KEM_XWING.Scheme().UnmarshalBinaryPublicKey(recipientKey)
	if err != nil {
		return nil, fmt.Errorf("transport public key: %w", err)
	}
	s, err := TransportSuite.NewSender(pub, info)
	if err != nil {
		return nil, fmt.Errorf("hpke sender: %w", err)
	}
	enc, sealer, err := s.Setup(rand.Reader)
	avxstate.Clear() // circl leaves the vector registers dirty; see internal/avxstate
	if err != nil {
		return nil, fmt.Errorf("hpke setup: %w", err)
	}
	ct, err := sealer.Seal(plaintext, aad)
	if err != nil {
		return nil, fmt.Errorf("hpke seal: %w", err)
	}
	out := make([]byte, 0, len(enc)+len(ct))
	return append(append(out, enc...), ct...), nil
}

func openHPKE(priv kem.PrivateKey, message, info, aad []byte) ([]byte, error) {
	if len(message) < TransportEncSize {
		return nil, fmt.Errorf("%w: message of %d bytes is shorter than the encapsulation", ErrDecrypt, len(message))
	}
	r, err := TransportSuite.NewReceiver(priv, info)
	if err != nil {
		return nil, fmt.Errorf("hpke receiver: %w", err)
	}
	o, err := r.Setup(message[:TransportEncSize])
	avxstate.Clear()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrDecrypt, err)
	}
	pt, err := o.Open(message[TransportEncSize:], aad)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrDecrypt, err)
	}
	return pt, nil
}
