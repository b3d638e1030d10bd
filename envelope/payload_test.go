package envelope

import (
	"bytes"
	"crypto/mlkem"
	"crypto/rand"
	"errors"
	mrand "math/rand/v2"
	"testing"
	"unsafe"

	"github.com/cloudflare/circl/kem/mlkem/mlkem768"
)

func testKeys(t testing.TB) (*PublicKey, *PrivateKey) {
	t.Helper()
	seed, err := GenerateSeed()
	if err != nil {
		t.Fatal(err)
	}
	pk, sk, err := DeriveKeyPair(seed)
	if err != nil {
		t.Fatal(err)
	}
	return pk, sk
}

func TestDeriveKeyPairDeterministic(t *testing.T) {
	seed, err := GenerateSeed()
	if err != nil {
		t.Fatal(err)
	}
	pk1, _, err := DeriveKeyPair(seed)
	if err != nil {
		t.Fatal(err)
	}
	pk2, _, err := DeriveKeyPair(append([]byte(nil), seed...))
	if err != nil {
		t.Fatal(err)
	}
	if !pk1.Equal(pk2) || !bytes.Equal(pk1.Bytes(), pk2.Bytes()) || len(pk1.Bytes()) != 1184 {
		t.Fatal("same seed must derive the same 1184-byte public key")
	}
	seed[0] ^= 1
	pk3, _, _ := DeriveKeyPair(seed)
	if pk3.Equal(pk1) {
		t.Fatal("different seeds derived the same key")
	}
	if _, _, err := DeriveKeyPair(seed[:63]); !errors.Is(err, ErrSeedSize) {
		t.Fatalf("short seed: %v", err)
	}
	parsed, err := ParsePublicKey(pk1.Bytes())
	if err != nil || !parsed.Equal(pk1) {
		t.Fatalf("parse public key: %v", err)
	}
	if _, err := ParsePublicKey(pk1.Bytes()[:100]); !errors.Is(err, ErrPublicKey) {
		t.Fatalf("short public key: %v", err)
	}
	bad := bytes.Repeat([]byte{0xFF}, PublicKeySize) // coefficients >= q
	if _, err := ParsePublicKey(bad); !errors.Is(err, ErrPublicKey) {
		t.Fatalf("non-canonical public key accepted: %v", err)
	}
}

func TestPayloadRoundTripManySizes(t *testing.T) {
	pk, sk := testKeys(t)
	b := Binding{ChainID: 84532, SecretID: 42}
	rng := mrand.New(mrand.NewChaCha8([32]byte{7}))
	sizes := []int{1, 2, 15, 16, 17, 1023, 1024, 4096, MaxPayloadSize - 1, MaxPayloadSize}
	for i := 0; i < 40; i++ {
		sizes = append(sizes, 1+rng.IntN(MaxPayloadSize))
	}
	for _, n := range sizes {
		pt := make([]byte, n)
		_, _ = rand.Read(pt)
		cifer, msg, err := Seal(pk, b, pt)
		if err != nil {
			t.Fatalf("seal %d bytes: %v", n, err)
		}
		if len(cifer) != CiferSize || CiferSize != 1104 || len(msg) != n {
			t.Fatalf("sizes: cifer %d, message %d for %d", len(cifer), len(msg), n)
		}
		got, err := Open(sk, b, cifer, msg)
		if err != nil || !bytes.Equal(got, pt) {
			t.Fatalf("open %d bytes: %v", n, err)
		}
	}
}

func TestPayloadRefusals(t *testing.T) {
	pk, sk := testKeys(t)
	_, otherSK := testKeys(t)
	b := Binding{ChainID: 1, SecretID: 5}
	cifer, msg, err := Seal(pk, b, []byte("attack at dawn"))
	if err != nil {
		t.Fatal(err)
	}
	flip := func(in []byte, i int) []byte { out := append([]byte(nil), in...); out[i] ^= 1; return out }
	tests := []struct {
		name  string
		sk    *PrivateKey
		b     Binding
		cifer []byte
		msg   []byte
		want  error
	}{
		{"other secret id", sk, Binding{ChainID: 1, SecretID: 6}, cifer, msg, ErrDecrypt},
		{"other chain", sk, Binding{ChainID: 2, SecretID: 5}, cifer, msg, ErrDecrypt},
		{"other key", otherSK, b, cifer, msg, ErrDecrypt},
		{"flipped kem ciphertext", sk, b, flip(cifer, 10), msg, ErrDecrypt},
		{"flipped tag", sk, b, flip(cifer, CiferSize-1), msg, ErrDecrypt},
		{"flipped body", sk, b, cifer, flip(msg, 0), ErrDecrypt},
		{"truncated body", sk, b, cifer, msg[:len(msg)-1], ErrDecrypt},
		{"short cifer", sk, b, cifer[:CiferSize-1], msg, ErrCiferSize},
		{"long cifer", sk, b, append(append([]byte(nil), cifer...), 0), msg, ErrCiferSize},
		{"empty message", sk, b, cifer, nil, ErrEmptyPayload},
		{"oversized message", sk, b, cifer, make([]byte, MaxPayloadSize+1), ErrPayloadTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Open(tc.sk, tc.b, tc.cifer, tc.msg); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	if _, _, err := Seal(pk, b, nil); !errors.Is(err, ErrEmptyPayload) {
		t.Fatalf("seal empty: %v", err)
	}
	if _, _, err := Seal(pk, b, make([]byte, MaxPayloadSize+1)); !errors.Is(err, ErrPayloadTooLarge) {
		t.Fatalf("seal oversized: %v", err)
	}
}

func TestPrivateKeyZero(t *testing.T) {
	pk, sk := testKeys(t)
	if unsafe.Sizeof(mlkem768.PrivateKey{}) != unsafe.Sizeof(circlPrivateKey{}) {
		t.Fatal("circl's PrivateKey layout changed: update circlPrivateKey")
	}
	m := (*circlPrivateKey)(unsafe.Pointer(sk.sk))
	vec := unsafe.Slice((*byte)(m.sk), circlSecretVectorSize)
	if bytes.Equal(vec, make([]byte, len(vec))) {
		t.Fatal("secret vector is already zero before wiping: the mirror points at the wrong field")
	}
	cifer, msg, err := Seal(pk, Binding{}, []byte("x"))
	if err != nil {
		t.Fatal(err)
	}
	sk.Zero()
	if !bytes.Equal(vec, make([]byte, len(vec))) {
		t.Fatal("secret vector not wiped")
	}
	if _, err := Open(sk, Binding{}, cifer, msg); err == nil {
		t.Fatal("a zeroed key still opens")
	}
}

// fixedKeys derives the key pair of a fixed seed, so fuzz targets see the
// same genuine inputs on every run and a saved crasher replays.
func fixedKeys(t testing.TB) (*PublicKey, *PrivateKey) {
	t.Helper()
	pk, sk, err := DeriveKeyPair(vectorBytes("cifer fuzz seed", SeedSize))
	if err != nil {
		t.Fatal(err)
	}
	return pk, sk
}

// FuzzOpen opens arbitrary envelopes under arbitrary bindings with the key
// of one genuine envelope: only that exact (binding, cifer, encryptedMessage)
// may open, and only to its plaintext; everything else fails with one of the
// documented errors.
func FuzzOpen(f *testing.F) {
	pk, sk := fixedKeys(f)
	b := Binding{ChainID: 1, SecretID: 1}
	want := []byte("seed corpus")
	cifer, msg, err := SealDeterministic(pk, b, want, vectorBytes("fuzz encapsulation", EncapsulationRandomSize))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b.ChainID, b.SecretID, cifer, msg)
	f.Add(b.ChainID, b.SecretID+1, cifer, msg)
	f.Add(b.ChainID+1, b.SecretID, cifer, msg)
	f.Add(b.ChainID, b.SecretID, flip(cifer, 0), msg)
	f.Add(b.ChainID, b.SecretID, flip(cifer, CiferSize-1), msg)
	f.Add(b.ChainID, b.SecretID, cifer, flip(msg, 3))
	f.Add(b.ChainID, b.SecretID, cifer, msg[:len(msg)-1])
	f.Add(b.ChainID, b.SecretID, []byte{}, []byte{})
	f.Add(b.ChainID, b.SecretID, cifer[:100], msg)
	f.Fuzz(func(t *testing.T, chainID, secretID uint64, c, m []byte) {
		got := Binding{ChainID: chainID, SecretID: secretID}
		pt, err := Open(sk, got, c, m)
		if err != nil {
			if !errors.Is(err, ErrDecrypt) && !errors.Is(err, ErrCiferSize) &&
				!errors.Is(err, ErrEmptyPayload) && !errors.Is(err, ErrPayloadTooLarge) {
				t.Fatalf("undocumented error: %v", err)
			}
			if pt != nil {
				t.Fatalf("plaintext %x returned with error %v", pt, err)
			}
			return
		}
		if got != b || !bytes.Equal(c, cifer) || !bytes.Equal(m, msg) {
			t.Fatalf("a mutated envelope opened (binding %+v, cifer %d bytes, message %d bytes) to %q", got, len(c), len(m), pt)
		}
		if !bytes.Equal(pt, want) {
			t.Fatalf("the genuine envelope opened to %q, sealed %q", pt, want)
		}
	})
}

// FuzzParsePublicKey parses arbitrary bytes as a public key. A key that
// parses must re-encode to exactly its input, and the package must accept
// exactly the keys Go's crypto/mlkem accepts (FIPS 203 modulus check).
func FuzzParsePublicKey(f *testing.F) {
	pk, _ := fixedKeys(f)
	good := pk.Bytes()
	f.Add(good)
	f.Add(good[:PublicKeySize-1])
	f.Add(append(append([]byte(nil), good...), 0))
	f.Add(bytes.Repeat([]byte{0xFF}, PublicKeySize))
	f.Add(make([]byte, PublicKeySize))
	// The first coefficient set to q = 3329 (0xD01), the smallest value out
	// of range: 12-bit little-endian packing puts it in bytes 0 and 1.
	atQ := append([]byte(nil), good...)
	atQ[0], atQ[1] = 0x01, atQ[1]&0xF0|0x0D
	f.Add(atQ)
	belowQ := append([]byte(nil), atQ...)
	belowQ[0] = 0x00 // q-1 = 3328, the largest value in range
	f.Add(belowQ)
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := ParsePublicKey(b)
		_, stdErr := mlkem.NewEncapsulationKey768(b)
		if (err == nil) != (stdErr == nil) {
			t.Fatalf("package says %v, crypto/mlkem says %v", err, stdErr)
		}
		if err != nil {
			if !errors.Is(err, ErrPublicKey) {
				t.Fatalf("error %v does not match ErrPublicKey", err)
			}
			return
		}
		packed := make([]byte, PublicKeySize)
		p.pk.Pack(packed)
		if !bytes.Equal(packed, b) || !bytes.Equal(p.Bytes(), b) {
			t.Fatal("a parsed public key does not re-encode to its input")
		}
		if _, _, err := Seal(p, Binding{ChainID: 1, SecretID: 1}, []byte{1}); err != nil {
			t.Fatalf("a parsed public key does not seal: %v", err)
		}
	})
}

func BenchmarkRawMLKEMEncapsulate(b *testing.B) {
	pk, _ := testKeys(b)
	ct := make([]byte, KEMCiphertextSize)
	ss := make([]byte, 32)
	seed := make([]byte, 32)
	for i := 0; i < b.N; i++ {
		pk.pk.EncapsulateTo(ct, ss, seed)
	}
}

func BenchmarkRawMLKEMDecapsulate(b *testing.B) {
	pk, sk := testKeys(b)
	ct := make([]byte, KEMCiphertextSize)
	ss := make([]byte, 32)
	pk.pk.EncapsulateTo(ct, ss, make([]byte, 32))
	for i := 0; i < b.N; i++ {
		sk.sk.DecapsulateTo(ss, ct)
	}
}

func BenchmarkSeal1KiB(b *testing.B) {
	pk, _ := testKeys(b)
	pt := make([]byte, 1024)
	bind := Binding{ChainID: 1, SecretID: 1}
	b.ReportAllocs()
	b.SetBytes(1024)
	for i := 0; i < b.N; i++ {
		if _, _, err := Seal(pk, bind, pt); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkOpen1KiB(b *testing.B) {
	pk, sk := testKeys(b)
	bind := Binding{ChainID: 1, SecretID: 1}
	cifer, msg, err := Seal(pk, bind, make([]byte, 1024))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(1024)
	for i := 0; i < b.N; i++ {
		if _, err := Open(sk, bind, cifer, msg); err != nil {
			b.Fatal(err)
		}
	}
}
