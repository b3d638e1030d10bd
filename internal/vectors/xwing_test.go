package vectors

import (
	"bytes"
	"encoding/hex"
	"errors"
	"testing"

	"github.com/cloudflare/circl/kem/xwing"

	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/enclave"
)

type xwingVector struct {
	Name               string `json:"name"`
	RecipientSeed      string `json:"recipientSeed"`
	RecipientPublicKey string `json:"recipientPublicKey"`
	Info               string `json:"info"`
	AAD                string `json:"aad"`
	// EncapsulationRandom (64 bytes: ML-KEM-768's 32, then the X25519
	// ephemeral secret's 32) and Plaintext make the message reproducible.
	EncapsulationRandom string  `json:"encapsulationRandom,omitempty"`
	Plaintext           *string `json:"plaintext,omitempty"`
	// SharedSecret is the X-Wing shared secret of the message's first 1120
	// bytes, to test the KEM apart from HPKE.
	SharedSecret string `json:"sharedSecret,omitempty"`
	Message      string `json:"message"`
	Error        string `json:"error,omitempty"`
}

// sealXWing is enclave.SealTo with caller-supplied randomness. SealTo takes
// its randomness from crypto/rand; this uses the same suite
// (enclave.TransportSuite) and the same message layout, and the checker
// shows the two agree by opening a real SealTo message the same way.
func sealXWing(t *testing.T, pub, pt, info, aad, random []byte) []byte {
	t.Helper()
	pk, err := xwing.Scheme().UnmarshalBinaryPublicKey(pub)
	mustf(t, err, "public key")
	s, err := enclave.TransportSuite.NewSender(pk, info)
	mustf(t, err, "sender")
	enc, sealer, err := s.Setup(bytes.NewReader(random))
	mustf(t, err, "setup")
	ct, err := sealer.Seal(pt, aad)
	mustf(t, err, "seal")
	return append(enc, ct...)
}

func openXWing(seed, message, info, aad []byte) ([]byte, error) {
	if len(message) < xwing.CiphertextSize {
		return nil, enclave.ErrDecrypt
	}
	priv, _ := xwing.DeriveKeyPair(seed)
	r, err := enclave.TransportSuite.NewReceiver(priv, info)
	if err != nil {
		return nil, err
	}
	o, err := r.Setup(message[:xwing.CiphertextSize])
	if err != nil {
		return nil, errors.Join(enclave.ErrDecrypt, err)
	}
	pt, err := o.Open(message[xwing.CiphertextSize:], aad)
	if err != nil {
		return nil, errors.Join(enclave.ErrDecrypt, err)
	}
	return pt, nil
}

func makeXWing(t *testing.T) vectorFile[xwingVector] {
	f := vectorFile[xwingVector]{Version: 1, Description: "HPKE (RFC 9180) base mode, single shot, as enclave.SealTo: KEM X-Wing (KEM id 0x647a; X25519 + ML-KEM-768, " +
		"private key = 32-byte recipientSeed expanded with SHAKE256 as the X-Wing draft and circl v1.6.5 do), KDF HKDF-SHA256 (0x0001), AEAD AES-256-GCM (0x0002). " +
		"message = enc (the 1120-byte X-Wing ciphertext) || AEAD ciphertext with tag; open with info and aad (sequence number 0). " +
		"encapsulationRandom is the 64-byte seed of the deterministic encapsulation (ML-KEM-768 m (32) || X25519 ephemeral secret (32)); sharedSecret is X-Wing's. " +
		"Success vectors open to plaintext; vectors with error must not open, with kind decrypt (altered, wrong key, info or aad) or message_too_short. Hex without 0x."}
	seed := vectorBytes("cifer xwing recipient", xwing.SeedSize)
	_, pub := xwing.DeriveKeyPair(seed)
	pubBytes, err := pub.MarshalBinary()
	mustf(t, err, "public key")
	add := func(name string, pt, info, aad []byte, label string) xwingVector {
		random := vectorBytes(label, xwing.EncapsulationSeedSize)
		msg := sealXWing(t, pubBytes, pt, info, aad, random)
		priv, _ := xwing.DeriveKeyPair(seed)
		ss, err := xwing.Scheme().Decapsulate(priv, msg[:xwing.CiphertextSize])
		mustf(t, err, "decapsulate")
		v := xwingVector{Name: name, RecipientSeed: hex.EncodeToString(seed), RecipientPublicKey: hex.EncodeToString(pubBytes),
			Info: hex.EncodeToString(info), AAD: hex.EncodeToString(aad), EncapsulationRandom: hex.EncodeToString(random),
			Plaintext: hexp(pt), SharedSecret: hex.EncodeToString(ss), Message: hex.EncodeToString(msg)}
		f.Vectors = append(f.Vectors, v)
		return v
	}
	first := add("64-byte key seed wrapped as a share (info as custody.ShareInfo)", vectorBytes("wrapped share", 64),
		custody.ShareInfo(84532, 1, 1, 3), nil, "xwing encapsulation 1")
	add("data key wrapped to a client's ephemeral key, with aad", vectorBytes("data key", 32),
		[]byte("cifer-data-key-v1"), []byte("84532_1"), "xwing encapsulation 2")
	add("empty plaintext, empty info", nil, nil, nil, "xwing encapsulation 3")
	add("1000-byte answer", vectorBytes("xwing answer", 1000), []byte("cifer-answer"), []byte{0, 1, 2}, "xwing encapsulation 4")

	msg := unhex(t, first.Message)
	neg := func(name string, seedB, m, info, aad []byte, kind string) {
		_, p := xwing.DeriveKeyPair(seedB)
		pb, err := p.MarshalBinary()
		mustf(t, err, "public key")
		f.Vectors = append(f.Vectors, xwingVector{Name: name, RecipientSeed: hex.EncodeToString(seedB), RecipientPublicKey: hex.EncodeToString(pb),
			Info: hex.EncodeToString(info), AAD: hex.EncodeToString(aad), Message: hex.EncodeToString(m), Error: kind})
	}
	info := unhex(t, first.Info)
	neg("tampered tag", seed, flip(msg, -1), info, nil, kindDecrypt)
	neg("tampered ML-KEM ciphertext", seed, flip(msg, 0), info, nil, kindDecrypt)
	neg("tampered X25519 ephemeral key", seed, flip(msg, xwing.CiphertextSize-1), info, nil, kindDecrypt)
	neg("wrong info", seed, msg, custody.ShareInfo(84532, 1, 1, 4), nil, kindDecrypt)
	neg("unexpected aad", seed, msg, info, []byte{0}, kindDecrypt)
	neg("another recipient", vectorBytes("cifer xwing other recipient", xwing.SeedSize), msg, info, nil, kindDecrypt)
	neg("shorter than the encapsulation", seed, msg[:xwing.CiphertextSize-1], info, nil, kindShortMessage)
	return f
}

func checkXWing(t *testing.T, raw []byte) int {
	vs := decode[xwingVector](t, raw)
	for _, v := range vs {
		seed := unhex(t, v.RecipientSeed)
		_, pub := xwing.DeriveKeyPair(seed)
		pb, err := pub.MarshalBinary()
		mustf(t, err, "%s", v.Name)
		if hex.EncodeToString(pb) != v.RecipientPublicKey {
			t.Errorf("%s: public key differs", v.Name)
		}
		info, aad, msg := unhex(t, v.Info), unhex(t, v.AAD), unhex(t, v.Message)
		pt, err := openXWing(seed, msg, info, aad)
		expect(t, v.Name, v.Error, err, map[string]error{kindDecrypt: enclave.ErrDecrypt, kindShortMessage: enclave.ErrDecrypt})
		if v.Error == kindShortMessage && len(msg) >= xwing.CiphertextSize {
			t.Errorf("%s: not short", v.Name)
		}
		if v.Error != "" {
			continue
		}
		if !bytes.Equal(pt, unhexp(t, v.Plaintext)) {
			t.Errorf("%s: opens to other plaintext", v.Name)
		}
		if !bytes.Equal(sealXWing(t, pb, pt, info, aad, unhex(t, v.EncapsulationRandom)), msg) {
			t.Errorf("%s: sealing again gives other bytes", v.Name)
		}
		// A real SealTo message for the same key opens the same way.
		real, err := enclave.SealTo(pb, pt, info, aad)
		mustf(t, err, "%s: SealTo", v.Name)
		if got, err := openXWing(seed, real, info, aad); err != nil || !bytes.Equal(got, pt) {
			t.Errorf("%s: enclave.SealTo message does not open here: %v", v.Name, err)
		}
	}
	return len(vs)
}
