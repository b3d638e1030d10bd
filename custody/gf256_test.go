package custody

import (
	"encoding/binary"
	mrand "math/rand/v2"
	"testing"
)

// refMul is the textbook multiply with branches, the reference the
// constant-time one is checked against.
func refMul(a, b byte) byte {
	var p byte
	for b != 0 {
		if b&1 != 0 {
			p ^= a
		}
		hi := a & 0x80
		a <<= 1
		if hi != 0 {
			a ^= 0x1B
		}
		b >>= 1
	}
	return p
}

// refInv finds the inverse by search: the definition, not a formula.
func refInv(a byte) byte {
	for b := 1; b < 256; b++ {
		if refMul(a, byte(b)) == 1 {
			return byte(b)
		}
	}
	return 0
}

func TestGFMulMatchesReference(t *testing.T) {
	for a := range 256 {
		for b := range 256 {
			if got, want := gfMul(byte(a), byte(b)), refMul(byte(a), byte(b)); got != want {
				t.Fatalf("gfMul(%#x,%#x) = %#x, want %#x", a, b, got, want)
			}
		}
	}
	// Known products from FIPS 197 section 4.2.
	for _, tc := range []struct{ a, b, want byte }{{0x57, 0x83, 0xc1}, {0x57, 0x13, 0xfe}, {0x57, 0x02, 0xae}} {
		if got := gfMul(tc.a, tc.b); got != tc.want {
			t.Fatalf("{%02x}x{%02x} = %#x, want %#x", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestGFFieldLaws(t *testing.T) {
	rng := mrand.New(mrand.NewChaCha8([32]byte{'g', 'f'}))
	for a := range 256 {
		x := byte(a)
		if gfMul(x, 1) != x || gfMul(x, 0) != 0 {
			t.Fatalf("identity or zero law fails at %#x", a)
		}
		for b := range 256 {
			y := byte(b)
			if gfMul(x, y) != gfMul(y, x) {
				t.Fatalf("not commutative at %#x,%#x", a, b)
			}
			z := byte(rng.Uint32())
			if gfMul(gfMul(x, y), z) != gfMul(x, gfMul(y, z)) {
				t.Fatalf("not associative at %#x,%#x,%#x", a, b, z)
			}
			if gfMul(x, y^z) != gfMul(x, y)^gfMul(x, z) {
				t.Fatalf("not distributive at %#x,%#x,%#x", a, b, z)
			}
		}
	}
}

func TestGFInv(t *testing.T) {
	if gfInv(0) != 0 {
		t.Fatal("inv(0) should be 0")
	}
	for a := 1; a < 256; a++ {
		if got, want := gfInv(byte(a)), refInv(byte(a)); got != want {
			t.Fatalf("gfInv(%#x) = %#x, want %#x", a, got, want)
		}
	}
}

// TestGFMulWord checks the eight-lane multiply against gfMul for every
// scalar and every byte value in every lane.
func TestGFMulWord(t *testing.T) {
	var in, out [8]byte
	for c := range 256 {
		for v := range 256 {
			for k := range in {
				in[k] = byte(v + 37*k) // each lane walks all 256 values
			}
			binary.LittleEndian.PutUint64(out[:], gfMulWord(binary.LittleEndian.Uint64(in[:]), byte(c)))
			for k := range in {
				if want := gfMul(in[k], byte(c)); out[k] != want {
					t.Fatalf("lane %d: %#x * %#x = %#x, want %#x", k, in[k], c, out[k], want)
				}
			}
		}
	}
}

var sinkByte byte
var sinkWord uint64

// BenchmarkGFMul is the raw primitive: one dependent multiply per op.
func BenchmarkGFMul(b *testing.B) {
	var acc byte = 1
	var i byte
	for b.Loop() {
		i++
		acc = gfMul(acc, i|1)
	}
	sinkByte = acc
}

// BenchmarkGFMulWord multiplies 8 bytes per op.
func BenchmarkGFMulWord(b *testing.B) {
	acc := uint64(0x0102030405060708)
	var i byte
	b.SetBytes(8)
	for b.Loop() {
		i++
		acc = gfMulWord(acc, i|1)
	}
	sinkWord = acc
}

func BenchmarkGFInv(b *testing.B) {
	var acc byte = 1
	for b.Loop() {
		acc = gfInv(acc + 1)
	}
	sinkByte = acc
}
