package custody

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"math"
	mrand "math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite test vectors in testdata")

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

func TestGFFieldLaws(t *testing.T) {
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			if got, want := gfMul(byte(a), byte(b)), refMul(byte(a), byte(b)); got != want {
				t.Fatalf("gfMul(%#x,%#x) = %#x, want %#x", a, b, got, want)
			}
			if gfMul(byte(a), byte(b)) != gfMul(byte(b), byte(a)) {
				t.Fatalf("not commutative at %#x,%#x", a, b)
			}
		}
	}
	// Known product from FIPS 197: {57} x {83} = {c1}.
	if gfMul(0x57, 0x83) != 0xc1 {
		t.Fatalf("{57}x{83} = %#x, want 0xc1", gfMul(0x57, 0x83))
	}
	for a := 1; a < 256; a++ {
		if gfMul(byte(a), gfInv(byte(a))) != 1 {
			t.Fatalf("a * inv(a) != 1 for a=%#x", a)
		}
	}
	if gfInv(0) != 0 {
		t.Fatal("inv(0) should be 0")
	}
}

func seed64() []byte {
	s := make([]byte, 64)
	for i := range s {
		s[i] = byte(i*7 + 3)
	}
	return s
}

// subsets calls fn with every k-subset of 0..n-1.
func subsets(n, k int, fn func([]int)) {
	idx := make([]int, k)
	var rec func(start, depth int)
	rec = func(start, depth int) {
		if depth == k {
			fn(idx)
			return
		}
		for i := start; i < n; i++ {
			idx[depth] = i
			rec(i+1, depth+1)
		}
	}
	rec(0, 0)
}

func TestSplitCombineEverySubset(t *testing.T) {
	for _, tc := range []struct{ t, n int }{{2, 2}, {2, 3}, {3, 5}, {4, 7}, {5, 5}} {
		secret := seed64()
		shares, err := Split(secret, tc.t, tc.n, rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		for k := tc.t; k <= tc.n; k++ {
			subsets(tc.n, k, func(idx []int) {
				pick := make([]Share, len(idx))
				for i, j := range idx {
					pick[i] = shares[j]
				}
				got, err := Combine(pick)
				if err != nil || !bytes.Equal(got, secret) {
					t.Fatalf("%d-of-%d, subset %v: %v", tc.t, tc.n, idx, err)
				}
			})
		}
		// t-1 shares: refused, never a wrong secret.
		if _, err := Combine(shares[:tc.t-1]); !errors.Is(err, ErrTooFewShares) {
			t.Fatalf("%d-of-%d with t-1 shares: got %v", tc.t, tc.n, err)
		}
	}
}

func TestSplitCombineLarge(t *testing.T) {
	rng := mrand.New(mrand.NewChaCha8([32]byte{1}))
	for _, tc := range []struct{ t, n int }{{2, 255}, {255, 255}, {128, 255}, {3, 5}} {
		for trial := 0; trial < 5; trial++ {
			secret := make([]byte, 1+rng.IntN(100))
			for i := range secret {
				secret[i] = byte(rng.Uint32())
			}
			shares, err := Split(secret, tc.t, tc.n, rand.Reader)
			if err != nil {
				t.Fatal(err)
			}
			perm := rng.Perm(tc.n)
			pick := make([]Share, tc.t)
			for i := range pick {
				pick[i] = shares[perm[i]]
			}
			got, err := Combine(pick)
			if err != nil || !bytes.Equal(got, secret) {
				t.Fatalf("%d-of-%d random subset: %v", tc.t, tc.n, err)
			}
		}
	}
}

func TestSplitRejects(t *testing.T) {
	for _, tc := range []struct {
		name   string
		secret []byte
		t, n   int
		want   error
	}{
		{"threshold 1", []byte{1}, 1, 3, ErrThreshold},
		{"threshold above n", []byte{1}, 4, 3, ErrThreshold},
		{"n 256", []byte{1}, 3, 256, ErrThreshold},
		{"empty secret", nil, 2, 3, ErrEmptySecret},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Split(tc.secret, tc.t, tc.n, rand.Reader); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func TestCombineRejects(t *testing.T) {
	shares, err := Split(seed64(), 3, 5, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	other, err := Split(seed64()[:32], 3, 5, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	otherT, err := Split(seed64(), 2, 5, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	zero := shares[1]
	zero.X = 0
	for _, tc := range []struct {
		name string
		in   []Share
		want error
	}{
		{"none", nil, ErrTooFewShares},
		{"too few", shares[:2], ErrTooFewShares},
		{"duplicate x", []Share{shares[0], shares[1], shares[0]}, ErrDuplicateX},
		{"zero x", []Share{shares[0], zero, shares[2]}, ErrZeroX},
		{"mixed lengths", []Share{shares[0], shares[1], other[2]}, ErrMixedLengths},
		{"mixed thresholds", []Share{shares[0], shares[1], otherT[2]}, ErrMixedThresholds},
		{"empty y", []Share{{Version: 1, Threshold: 2, X: 1}, {Version: 1, Threshold: 2, X: 2}}, ErrEmptySecret},
		{"bad version", []Share{{Version: 9, Threshold: 2, X: 1, Y: []byte{1}}, {Version: 9, Threshold: 2, X: 2, Y: []byte{1}}}, ErrShareFormat},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Combine(tc.in); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func TestShareEncoding(t *testing.T) {
	shares, err := Split(seed64(), 3, 5, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range shares {
		b, err := s.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if len(b) != 3+64 || b[0] != ShareVersion || b[1] != 3 || b[2] != s.X {
			t.Fatalf("encoding header % x", b[:3])
		}
		got, err := ParseShare(b)
		if err != nil || got.X != s.X || got.Threshold != 3 || !bytes.Equal(got.Y, s.Y) {
			t.Fatalf("round trip: %v", err)
		}
		b[3] ^= 1
		if got.Y[0] == b[3] {
			t.Fatal("parsed share aliases its input")
		}
	}
	for _, tc := range []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"header only", []byte{1, 3, 1}},
		{"unknown version", []byte{2, 3, 1, 5}},
		{"threshold 1", []byte{1, 1, 1, 5}},
		{"zero x", []byte{1, 3, 0, 5}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := ParseShare(tc.in); !errors.Is(err, ErrShareFormat) {
				t.Fatalf("got %v, want ErrShareFormat", err)
			}
		})
	}
	s := shares[0]
	s.Zero()
	if !bytes.Equal(s.Y, make([]byte, 64)) {
		t.Fatal("Zero left bytes")
	}
}

// chiSquare256 is the chi-square statistic of counts against uniform.
func chiSquare256(counts *[256]int, total int) float64 {
	exp := float64(total) / 256
	var x float64
	for _, c := range counts {
		d := float64(c) - exp
		x += d * d / exp
	}
	return x
}

// chiCritical255 is the chi-square critical value for 255 degrees of
// freedom at p = 1e-6 (Wilson-Hilferty: 255*(1-2/(9*255)+4.753*sqrt(2/(9*255)))^3).
var chiCritical255 = func() float64 {
	k, z := 255.0, 4.753
	v := 1 - 2/(9*k) + z*math.Sqrt(2/(9*k))
	return k * v * v * v
}()

// TestThresholdMinusOneSharesAreUniform splits one fixed secret many times
// and checks that every byte of each of t-1 shares is uniform over 0..255:
// with fewer than t shares, what an observer sees does not depend on the
// secret. The RNG has a fixed seed, so the test is deterministic; with a
// fresh seed each of the 128 checks would falsely fail with p = 1e-6.
func TestThresholdMinusOneSharesAreUniform(t *testing.T) {
	const splits = 20000
	const thr, n = 3, 5
	secret := seed64()
	rng := mrand.New(mrand.NewChaCha8([32]byte{'c', 'i', 'f', 'e', 'r'}))
	randBytes := readerFunc(func(p []byte) (int, error) {
		for i := range p {
			p[i] = byte(rng.Uint32())
		}
		return len(p), nil
	})
	var counts [thr - 1][64][256]int
	for s := 0; s < splits; s++ {
		shares, err := Split(secret, thr, n, randBytes)
		if err != nil {
			t.Fatal(err)
		}
		for j := 0; j < thr-1; j++ {
			for i, y := range shares[j].Y {
				counts[j][i][y]++
			}
		}
	}
	worst := 0.0
	for j := range counts {
		for i := range counts[j] {
			x := chiSquare256(&counts[j][i], splits)
			worst = max(worst, x)
			if x > chiCritical255 {
				t.Errorf("share x=%d byte %d: chi-square %.1f > critical %.1f", j+1, i, x, chiCritical255)
			}
		}
	}
	t.Logf("worst chi-square %.1f, critical %.1f (255 dof, p=1e-6)", worst, chiCritical255)

	// Control: the same statistic on a broken split (no randomness, so the
	// share byte is a function of the secret) must fail, or the check above
	// proves nothing.
	var broken [256]int
	zeros := readerFunc(func(p []byte) (int, error) { clear(p); return len(p), nil })
	for s := 0; s < splits; s++ {
		shares, err := Split(secret, thr, n, zeros)
		if err != nil {
			t.Fatal(err)
		}
		broken[shares[0].Y[0]]++
	}
	if x := chiSquare256(&broken, splits); x <= chiCritical255 {
		t.Fatalf("control: broken split passes the uniformity check (chi-square %.1f)", x)
	}
}

type readerFunc func([]byte) (int, error)

func (f readerFunc) Read(p []byte) (int, error) { return f(p) }

type shamirVector struct {
	Secret     string   `json:"secret"`
	Threshold  int      `json:"threshold"`
	N          int      `json:"n"`
	Randomness string   `json:"randomness"`
	Shares     []string `json:"shares"`
}

// TestShamirVectors checks fixed splits against testdata so other
// implementations can interoperate (go test ./custody -run Vectors -update).
func TestShamirVectors(t *testing.T) {
	path := filepath.Join("testdata", "shamir_vectors.json")
	mk := func(secret []byte, thr, n int) shamirVector {
		rnd := make([]byte, (thr-1)*len(secret))
		for i := range rnd {
			rnd[i] = byte(0xA5 ^ i*31)
		}
		shares, err := Split(secret, thr, n, bytes.NewReader(rnd))
		if err != nil {
			t.Fatal(err)
		}
		v := shamirVector{Secret: hex.EncodeToString(secret), Threshold: thr, N: n, Randomness: hex.EncodeToString(rnd)}
		for _, s := range shares {
			b, _ := s.MarshalBinary()
			v.Shares = append(v.Shares, hex.EncodeToString(b))
		}
		return v
	}
	if *update {
		vs := []shamirVector{mk([]byte{0x42}, 2, 3), mk(seed64(), 3, 5)}
		b, _ := json.MarshalIndent(vs, "", "  ")
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read vectors (regenerate with -update): %v", err)
	}
	var vs []shamirVector
	if err := json.Unmarshal(raw, &vs); err != nil {
		t.Fatal(err)
	}
	if len(vs) == 0 {
		t.Fatal("no vectors")
	}
	for _, v := range vs {
		secret, _ := hex.DecodeString(v.Secret)
		rnd, _ := hex.DecodeString(v.Randomness)
		shares, err := Split(secret, v.Threshold, v.N, bytes.NewReader(rnd))
		if err != nil {
			t.Fatal(err)
		}
		if len(shares) != len(v.Shares) {
			t.Fatalf("%d shares, vector has %d", len(shares), len(v.Shares))
		}
		parsed := make([]Share, 0, len(shares))
		for i, s := range shares {
			b, _ := s.MarshalBinary()
			if hex.EncodeToString(b) != v.Shares[i] {
				t.Fatalf("share %d = %x, vector %s", i+1, b, v.Shares[i])
			}
			want, _ := hex.DecodeString(v.Shares[i])
			p, err := ParseShare(want)
			if err != nil {
				t.Fatal(err)
			}
			parsed = append(parsed, p)
		}
		got, err := Combine(parsed[len(parsed)-v.Threshold:])
		if err != nil || !bytes.Equal(got, secret) {
			t.Fatalf("combine vector shares: %v", err)
		}
	}
}

func FuzzParseShare(f *testing.F) {
	f.Add([]byte{1, 3, 1, 0xAA, 0xBB})
	f.Add([]byte{1, 2, 255, 0})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := ParseShare(b)
		if err != nil {
			return
		}
		again, err := s.MarshalBinary()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("round trip: %v", err)
		}
	})
}

// FuzzCombine decodes a set of shares from the fuzz input (length-prefixed)
// and combines them: it may fail, never panic; and a set of t valid shares
// of a split it makes itself must always rebuild that secret.
func FuzzCombine(f *testing.F) {
	f.Add([]byte{5, 1, 3, 1, 9, 9, 5, 1, 3, 2, 8, 8, 5, 1, 3, 3, 7, 7}, uint8(3))
	f.Add([]byte{0}, uint8(2))
	f.Fuzz(func(t *testing.T, b []byte, thr uint8) {
		var shares []Share
		for len(b) > 0 {
			l := int(b[0])
			b = b[1:]
			if l > len(b) {
				break
			}
			if s, err := ParseShare(b[:l]); err == nil {
				shares = append(shares, s)
			}
			b = b[l:]
		}
		_, _ = Combine(shares)

		if len(shares) > 0 && len(shares[0].Y) > 0 {
			secret := shares[0].Y
			k := 2 + int(thr)%6
			split, err := Split(secret, k, k+int(thr)%3, rand.Reader)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Combine(split[len(split)-k:])
			if err != nil || !bytes.Equal(got, secret) {
				t.Fatalf("fresh %d-of-%d split does not combine: %v", k, len(split), err)
			}
		}
	})
}

func BenchmarkGFMul(b *testing.B) {
	var acc byte = 1
	for i := 0; i < b.N; i++ {
		acc = gfMul(acc, byte(i)|1)
	}
	sinkByte = acc
}

var sinkByte byte

func BenchmarkSplit3of5Seed64(b *testing.B) {
	secret := seed64()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Split(secret, 3, 5, rand.Reader); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCombine3of5Seed64(b *testing.B) {
	shares, err := Split(seed64(), 3, 5, rand.Reader)
	if err != nil {
		b.Fatal(err)
	}
	pick := []Share{shares[4], shares[1], shares[2]}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s, err := Combine(pick)
		if err != nil {
			b.Fatal(err)
		}
		clear(s)
	}
}
