package avxstate_test

import (
	"bytes"
	"crypto/sha256"
	"testing"

	"github.com/cloudflare/circl/kem/mlkem/mlkem768"

	"github.com/cifer-network/cifer/internal/avxstate"
)

// TestClearKeepsResults checks that clearing between circl and Go's crypto
// changes no result: the same encapsulation and digest with and without
// Clear, many times over (a Clear that corrupted a live register would
// show as a differing value).
func TestClearKeepsResults(t *testing.T) {
	seed := bytes.Repeat([]byte{7}, mlkem768.KeySeedSize)
	pk, sk := mlkem768.NewKeyFromSeed(seed)
	avxstate.Clear()
	encRand := bytes.Repeat([]byte{9}, mlkem768.EncapsulationSeedSize)
	msg := bytes.Repeat([]byte{1}, 1184)

	var wantCT [mlkem768.CiphertextSize]byte
	var wantSS [mlkem768.SharedKeySize]byte
	pk.EncapsulateTo(wantCT[:], wantSS[:], encRand)
	wantSum := sha256.Sum256(msg)

	for i := range 200 {
		var ct [mlkem768.CiphertextSize]byte
		var ss, got [mlkem768.SharedKeySize]byte
		pk.EncapsulateTo(ct[:], ss[:], encRand)
		if i%2 == 0 {
			avxstate.Clear()
		}
		sum := sha256.Sum256(msg)
		sk.DecapsulateTo(got[:], ct[:])
		avxstate.Clear()
		if ct != wantCT || ss != wantSS || got != wantSS || sum != wantSum {
			t.Fatalf("iteration %d: results differ after Clear", i)
		}
	}
}

// BenchmarkSHA256AfterMLKEM measures one ML-KEM-768 encapsulation followed
// by one SHA-256 of a public key's size, with and without Clear between
// them, beside each part alone.
func BenchmarkSHA256AfterMLKEM(b *testing.B) {
	seed := bytes.Repeat([]byte{7}, mlkem768.KeySeedSize)
	pk, _ := mlkem768.NewKeyFromSeed(seed)
	avxstate.Clear()
	encRand := bytes.Repeat([]byte{9}, mlkem768.EncapsulationSeedSize)
	msg := make([]byte, 1184)
	var ct [mlkem768.CiphertextSize]byte
	var ss [mlkem768.SharedKeySize]byte
	b.Run("encapsulate", func(b *testing.B) {
		for b.Loop() {
			pk.EncapsulateTo(ct[:], ss[:], encRand)
		}
		avxstate.Clear()
	})
	b.Run("sha256", func(b *testing.B) {
		for b.Loop() {
			sha256.Sum256(msg)
		}
	})
	b.Run("encapsulate+sha256", func(b *testing.B) {
		for b.Loop() {
			pk.EncapsulateTo(ct[:], ss[:], encRand)
			sha256.Sum256(msg)
		}
		avxstate.Clear()
	})
	b.Run("encapsulate+clear+sha256", func(b *testing.B) {
		for b.Loop() {
			pk.EncapsulateTo(ct[:], ss[:], encRand)
			avxstate.Clear()
			sha256.Sum256(msg)
		}
	})
}
