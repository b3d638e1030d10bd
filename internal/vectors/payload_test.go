package vectors

import (
	"bytes"
	"encoding/hex"
	"testing"

	"github.com/cifer-network/cifer/envelope"
)

type payloadVector struct {
	Name     string `json:"name"`
	Seed     string `json:"seed"`
	ChainID  uint64 `json:"chainId"`
	SecretID uint64 `json:"secretId"`
	// EncapsulationRandom and Plaintext are present for vectors an SDK can
	// reproduce by encrypting (success vectors).
	EncapsulationRandom string  `json:"encapsulationRandom,omitempty"`
	Plaintext           *string `json:"plaintext,omitempty"`
	Cifer               string  `json:"cifer"`
	EncryptedMessage    string  `json:"encryptedMessage"`
	Error               string  `json:"error,omitempty"`
}

func makePayloads(t *testing.T) vectorFile[payloadVector] {
	f := vectorFile[payloadVector]{Version: 1, Description: "Payload envelope (docs/PROTOCOL.md section 2): ML-KEM-768 encapsulation to the key of seed " +
		"(see keys.json) with encapsulationRandom (32 bytes, ML-KEM.Encaps_internal's m), then HKDF-SHA256(ikm = shared secret, salt = none, " +
		"info = \"CIFER-payload-v1\" || 0x00 || chainId (8 bytes BE) || secretId (32 bytes BE)) -> 44 bytes: AES-256 key || 12-byte nonce; " +
		"AES-256-GCM without associated data. cifer = KEM ciphertext (1088) || GCM tag (16); encryptedMessage = the GCM body (as long as the plaintext). " +
		"Success vectors (no error) must be reproduced byte for byte by encrypting plaintext and must open to it. " +
		"Vectors with error must fail to open with the seed's key and chainId/secretId given, with that kind: decrypt (wrong key, binding or tampered), " +
		"cifer_size (cifer not 1104 bytes), empty_payload (encryptedMessage empty). Hex without 0x."}
	seed := testSeed()
	pk, _, err := envelope.DeriveKeyPair(seed)
	mustf(t, err, "derive")
	seedHex := hex.EncodeToString(seed)
	r := vectorBytes("encapsulation", envelope.EncapsulationRandomSize)
	seal := func(chain, secret uint64, pt, r []byte) (string, string) {
		c, m, err := envelope.SealDeterministic(pk, envelope.Binding{ChainID: chain, SecretID: secret}, pt, r)
		mustf(t, err, "seal")
		return hex.EncodeToString(c), hex.EncodeToString(m)
	}
	for _, c := range []struct {
		name          string
		chain, secret uint64
		pt, r         []byte
	}{
		{"short text (as envelope/testdata vector 1)", 84532, 1, []byte("hello, cifer"), r},
		{"300 bytes, secret id 2^40 (as envelope/testdata vector 2)", 1, 1 << 40, vectorBytes("plaintext", 300), r},
		{"one byte", 84532, 2, []byte{0x00}, vectorBytes("encapsulation one byte", 32)},
		{"UTF-8 text with underscores", 31337, 3, []byte("snow_☃_ünïcode_𝄞"), vectorBytes("encapsulation utf8", 32)},
		{"largest payload, 16384 bytes", 84532, 4, vectorBytes("largest plaintext", envelope.MaxPayloadSize), vectorBytes("encapsulation largest", 32)},
	} {
		cifer, msg := seal(c.chain, c.secret, c.pt, c.r)
		f.Vectors = append(f.Vectors, payloadVector{Name: c.name, Seed: seedHex, ChainID: c.chain, SecretID: c.secret,
			EncapsulationRandom: hex.EncodeToString(c.r), Plaintext: hexp(c.pt), Cifer: cifer, EncryptedMessage: msg})
	}
	cb, _, err := envelope.SealDeterministic(pk, envelope.Binding{ChainID: 84532, SecretID: 1}, []byte("hello, cifer"), r)
	mustf(t, err, "seal")
	base := f.Vectors[0]
	msg := unhex(t, base.EncryptedMessage)
	otherSeed := hex.EncodeToString(vectorBytes("cifer second seed", envelope.SeedSize))
	neg := func(name, seed string, chain, secret uint64, cifer, m []byte, kind string) payloadVector {
		return payloadVector{Name: name, Seed: seed, ChainID: chain, SecretID: secret, Cifer: hex.EncodeToString(cifer), EncryptedMessage: hex.EncodeToString(m), Error: kind}
	}
	f.Vectors = append(f.Vectors,
		neg("tampered tag", seedHex, 84532, 1, flip(cb, -1), msg, kindDecrypt),
		neg("tampered KEM ciphertext", seedHex, 84532, 1, flip(cb, 0), msg, kindDecrypt),
		neg("tampered body", seedHex, 84532, 1, cb, flip(msg, 0), kindDecrypt),
		neg("wrong secret id binding", seedHex, 84532, 2, cb, msg, kindDecrypt),
		neg("wrong chain id binding", seedHex, 1, 1, cb, msg, kindDecrypt),
		neg("another secret's key", otherSeed, 84532, 1, cb, msg, kindDecrypt),
		neg("cifer one byte short", seedHex, 84532, 1, cb[:len(cb)-1], msg, kindCiferSize),
		neg("empty encryptedMessage", seedHex, 84532, 1, cb, nil, kindEmpty),
	)
	return f
}

var payloadKinds = map[string]error{
	kindDecrypt:   envelope.ErrDecrypt,
	kindCiferSize: envelope.ErrCiferSize,
	kindEmpty:     envelope.ErrEmptyPayload,
}

func checkPayloads(t *testing.T, raw []byte) int {
	vs := decode[payloadVector](t, raw)
	for _, v := range vs {
		pk, sk, err := envelope.DeriveKeyPair(unhex(t, v.Seed))
		mustf(t, err, "%s", v.Name)
		b := envelope.Binding{ChainID: v.ChainID, SecretID: v.SecretID}
		pt, err := envelope.Open(sk, b, unhex(t, v.Cifer), unhex(t, v.EncryptedMessage))
		expect(t, v.Name, v.Error, err, payloadKinds)
		if v.Error != "" {
			continue
		}
		if !bytes.Equal(pt, unhexp(t, v.Plaintext)) {
			t.Errorf("%s: opens to other plaintext", v.Name)
		}
		c, m, err := envelope.SealDeterministic(pk, b, unhexp(t, v.Plaintext), unhex(t, v.EncapsulationRandom))
		mustf(t, err, "%s", v.Name)
		if hex.EncodeToString(c) != v.Cifer || hex.EncodeToString(m) != v.EncryptedMessage {
			t.Errorf("%s: sealing again gives other bytes", v.Name)
		}
	}
	return len(vs)
}
