package envelope

import (
	"bytes"
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

func FuzzOpen(f *testing.F) {
	pk, sk := testKeys(f)
	b := Binding{ChainID: 1, SecretID: 1}
	cifer, msg, err := Seal(pk, b, []byte("seed corpus"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(cifer, msg)
	f.Add([]byte{}, []byte{})
	f.Add(cifer[:100], msg)
	f.Fuzz(func(t *testing.T, c, m []byte) {
		pt, err := Open(sk, b, c, m)
		if err == nil && (len(c) != CiferSize || len(pt) != len(m)) {
			t.Fatalf("opened a malformed envelope: cifer %d bytes", len(c))
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
