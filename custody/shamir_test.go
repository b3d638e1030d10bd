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

// detRand is a deterministic randomness source for reproducible tests.
func detRand(seed string) *mrand.ChaCha8 {
	var s [32]byte
	copy(s[:], seed)
	return mrand.NewChaCha8(s)
}

func seed64() []byte {
	s := make([]byte, 64)
	for i := range s {
		s[i] = byte(i*7 + 3)
	}
	return s
}

// refPow is a^e by repeated reference multiplication.
func refPow(a byte, e int) byte {
	r := byte(1)
	for range e {
		r = refMul(r, a)
	}
	return r
}

// refSplit is Split written the plain way, byte by byte with the reference
// field ops and the documented randomness layout.
func refSplit(secret []byte, thr, n int, rnd []byte) [][]byte {
	out := make([][]byte, n)
	for s := range n {
		x := byte(s + 1)
		out[s] = make([]byte, len(secret))
		for i, c := range secret {
			y := c
			for j := 1; j < thr; j++ {
				y ^= refMul(rnd[(j-1)*len(secret)+i], refPow(x, j))
			}
			out[s][i] = y
		}
	}
	return out
}

// refInterpolate evaluates at `at` the polynomial through (xs[j], ys[j]).
func refInterpolate(xs, ys []byte, at byte) byte {
	var acc byte
	for j := range xs {
		l := byte(1)
		for m := range xs {
			if m != j {
				l = refMul(l, refMul(at^xs[m], refInv(xs[j]^xs[m])))
			}
		}
		acc ^= refMul(l, ys[j])
	}
	return acc
}

// TestSplitMatchesReference covers the word and tail paths of Split (secret
// lengths 1..40) against the byte-wise reference, and Combine for each.
func TestSplitMatchesReference(t *testing.T) {
	rng := detRand("split-ref")
	for size := 1; size <= 40; size++ {
		for _, tc := range []struct{ t, n int }{{2, 3}, {3, 5}, {7, 9}} {
			secret := make([]byte, size)
			rng.Read(secret)
			rnd := make([]byte, (tc.t-1)*size)
			rng.Read(rnd)
			shares, err := Split(secret, tc.t, tc.n, bytes.NewReader(rnd))
			if err != nil {
				t.Fatal(err)
			}
			want := refSplit(secret, tc.t, tc.n, rnd)
			for s := range shares {
				if !bytes.Equal(shares[s].Y, want[s]) {
					t.Fatalf("size %d, %d-of-%d, share %d: %x, want %x", size, tc.t, tc.n, s+1, shares[s].Y, want[s])
				}
			}
			got, err := Combine(shares[tc.n-tc.t:])
			if err != nil || !bytes.Equal(got, secret) {
				t.Fatalf("size %d, %d-of-%d: combine %x, %v", size, tc.t, tc.n, got, err)
			}
		}
	}
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

// TestSplitCombineEverySubset rebuilds a 64-byte seed from every subset of
// at least t shares (more than t exercises the consistency check), in both
// orders.
func TestSplitCombineEverySubset(t *testing.T) {
	for _, tc := range []struct{ t, n int }{{2, 2}, {2, 3}, {3, 5}, {4, 7}, {5, 5}} {
		secret := seed64()
		shares, err := Split(secret, tc.t, tc.n, rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		count := 0
		for k := tc.t; k <= tc.n; k++ {
			subsets(tc.n, k, func(idx []int) {
				pick := make([]Share, len(idx))
				for i, j := range idx {
					pick[len(idx)-1-i] = shares[j]
				}
				got, err := Combine(pick)
				if err != nil || !bytes.Equal(got, secret) {
					t.Fatalf("%d-of-%d, subset %v: %v", tc.t, tc.n, idx, err)
				}
				count++
			})
		}
		if want := 1<<tc.n - subsetsBelow(tc.n, tc.t); count != want {
			t.Fatalf("%d-of-%d: tried %d subsets, want %d", tc.t, tc.n, count, want)
		}
		// t-1 shares: refused, never a wrong secret.
		if got, err := Combine(shares[:tc.t-1]); !errors.Is(err, ErrTooFewShares) || got != nil {
			t.Fatalf("%d-of-%d with t-1 shares: got %x, %v", tc.t, tc.n, got, err)
		}
	}
}

// subsetsBelow counts the subsets of n items with fewer than k.
func subsetsBelow(n, k int) int {
	total, c := 0, 1 // c = C(n, i)
	for i := range k {
		total += c
		c = c * (n - i) / (i + 1)
	}
	return total
}

func TestSplitCombineLarge(t *testing.T) {
	src := detRand("large")
	rng := mrand.New(src)
	for _, tc := range []struct{ t, n int }{{2, 255}, {255, 255}, {128, 255}, {3, 5}} {
		for range 5 {
			secret := make([]byte, 64)
			src.Read(secret)
			shares, err := Split(secret, tc.t, tc.n, src)
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
		{"threshold 0", []byte{1}, 0, 3, ErrThreshold},
		{"negative", []byte{1}, -1, -1, ErrThreshold},
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
	short := bytes.NewReader(make([]byte, 10))
	if _, err := Split(seed64(), 3, 5, short); err == nil {
		t.Fatal("split with too little randomness succeeded")
	}
	// nil means crypto/rand.
	shares, err := Split(seed64(), 3, 5, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := Combine(shares[2:]); err != nil || !bytes.Equal(got, seed64()) {
		t.Fatalf("split with nil rand: %v", err)
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
	again, err := Split(seed64(), 3, 5, rand.Reader) // same secret, new polynomials
	if err != nil {
		t.Fatal(err)
	}
	zero := shares[1]
	zero.X = 0
	flipped := Share{Version: 1, Threshold: 3, X: shares[3].X, Y: bytes.Clone(shares[3].Y)}
	flipped.Y[63] ^= 0x80 // last byte of the last word
	flippedFirst := Share{Version: 1, Threshold: 3, X: shares[0].X, Y: bytes.Clone(shares[0].Y)}
	flippedFirst.Y[0] ^= 1
	tail := func(s Share) Share { return Share{Version: 1, Threshold: s.Threshold, X: s.X, Y: bytes.Clone(s.Y[:3])} }
	flippedTail := tail(shares[3])
	flippedTail.Y[2] ^= 1
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
		{"bad version", []Share{{Version: 9, Threshold: 2, X: 1, Y: []byte{1}}, {Version: 9, Threshold: 2, X: 2, Y: []byte{1}}}, ErrUnknownVersion},
		{"threshold 1", []Share{{Version: 1, Threshold: 1, X: 1, Y: []byte{1}}}, ErrShareFormat},
		{"extra share corrupt", []Share{shares[0], shares[1], shares[2], flipped}, ErrInconsistentShares},
		{"first shares corrupt", []Share{flippedFirst, shares[1], shares[2], shares[3], shares[4]}, ErrInconsistentShares},
		{"extra share of another split", []Share{shares[0], shares[1], shares[2], again[3]}, ErrInconsistentShares},
		{"extra share corrupt in tail", []Share{tail(shares[0]), tail(shares[1]), tail(shares[2]), flippedTail}, ErrInconsistentShares},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Combine(tc.in)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if got != nil {
				t.Fatalf("returned %x with an error", got)
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
		if len(b) != 3+64 || b[0] != ShareVersion || b[1] != 3 || b[2] != s.X || !bytes.Equal(b[3:], s.Y) {
			t.Fatalf("encoding % x", b)
		}
		got, err := ParseShare(b)
		if err != nil || got.X != s.X || got.Threshold != 3 || got.Version != ShareVersion || !bytes.Equal(got.Y, s.Y) {
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
		also error // a second sentinel the error must match, if any
	}{
		{"empty", nil, nil},
		{"header only", []byte{1, 3, 1}, nil},
		{"unknown version", []byte{2, 3, 1, 5}, ErrUnknownVersion},
		{"version 0", []byte{0, 3, 1, 5}, ErrUnknownVersion},
		{"threshold 1", []byte{1, 1, 1, 5}, nil},
		{"threshold 0", []byte{1, 0, 1, 5}, nil},
		{"zero x", []byte{1, 3, 0, 5}, ErrZeroX},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseShare(tc.in)
			if !errors.Is(err, ErrShareFormat) {
				t.Fatalf("got %v, want ErrShareFormat", err)
			}
			if tc.also != nil && !errors.Is(err, tc.also) {
				t.Fatalf("got %v, want it to match %v too", err, tc.also)
			}
		})
	}
	for _, bad := range []Share{{}, {Version: 1, Threshold: 3, X: 0, Y: []byte{1}}, {Version: 1, Threshold: 3, X: 1}} {
		if _, err := bad.MarshalBinary(); err == nil {
			t.Fatalf("MarshalBinary(%+v) succeeded", bad)
		}
	}
	for i := range shares {
		shares[i].Zero()
		if !bytes.Equal(shares[i].Y, make([]byte, 64)) {
			t.Fatalf("share %d: Zero left bytes", i+1)
		}
	}
}

// chiSquare is the chi-square statistic of counts against uniform.
func chiSquare(counts []int, total int) float64 {
	exp := float64(total) / float64(len(counts))
	var x float64
	for _, c := range counts {
		d := float64(c) - exp
		x += d * d / exp
	}
	return x
}

// chiCritical is the chi-square critical value for k degrees of freedom at
// upper tail p = 1e-6 (z = 4.753), by the Wilson-Hilferty approximation:
// k * (1 - 2/(9k) + z*sqrt(2/(9k)))^3. For k = 255 that is about 377.
func chiCritical(k float64) float64 {
	const z = 4.753
	v := 1 - 2/(9*k) + z*math.Sqrt(2/(9*k))
	return k * v * v * v
}

// TestThresholdMinusOneSharesAreUniform splits one fixed secret 20,000
// times (3-of-5) and checks that what t-1 = 2 shares show does not depend on
// the secret:
//   - each byte position of each of the two shares is uniform over 256
//     values (128 chi-square tests, 255 degrees of freedom);
//   - the pair (y1[i], y2[i]) is uniform over 65,536 values, pooled over
//     the 64 positions (1.28M samples, 65,535 degrees of freedom), so the
//     two shares are also jointly uninformative. One byte alone cannot show
//     this: a split whose coefficients are never 0 has uniform single bytes
//     and still leaks (the second control below).
//
// Each test's critical value has a false-failure probability of 1e-6 for a
// correct split, so 129 tests falsely fail together with probability below
// 1.3e-4 for a random seed. The RNG has a fixed seed, so the test is
// deterministic and never flaky. A control run with a broken split (no
// randomness) must fail the same test, or the test proves nothing.
func TestThresholdMinusOneSharesAreUniform(t *testing.T) {
	const splits = 20000
	const thr, n = 3, 5
	// Every byte of the secret is the same, so pooling the pair counts over
	// positions cannot average away a pattern that depends on the secret.
	secret := bytes.Repeat([]byte{0xA7}, 64)
	rng := detRand("cifer")
	var single [thr - 1][64][256]int
	pairs := make([]int, 1<<16)
	for range splits {
		shares, err := Split(secret, thr, n, rng)
		if err != nil {
			t.Fatal(err)
		}
		for j := range thr - 1 {
			for i, y := range shares[j].Y {
				single[j][i][y]++
			}
		}
		for i := range secret {
			pairs[int(shares[0].Y[i])<<8|int(shares[1].Y[i])]++
		}
	}
	crit255 := chiCritical(255)
	worst := 0.0
	for j := range single {
		for i := range single[j] {
			x := chiSquare(single[j][i][:], splits)
			worst = max(worst, x)
			if x > crit255 {
				t.Errorf("share x=%d byte %d: chi-square %.1f > critical %.1f", j+1, i, x, crit255)
			}
		}
	}
	t.Logf("single bytes: worst chi-square %.1f, critical %.1f (255 dof, p=1e-6)", worst, crit255)
	crit65535 := chiCritical(65535)
	x := chiSquare(pairs, splits*len(secret))
	if x > crit65535 {
		t.Errorf("byte pairs of shares 1 and 2: chi-square %.1f > critical %.1f", x, crit65535)
	}
	t.Logf("byte pairs: chi-square %.1f, critical %.1f (65535 dof, p=1e-6)", x, crit65535)

	// Control: no randomness makes the share a function of the secret.
	zeros := readerFunc(func(p []byte) (int, error) { clear(p); return len(p), nil })
	broken := make([]int, 256)
	for range splits {
		shares, err := Split(secret, thr, n, zeros)
		if err != nil {
			t.Fatal(err)
		}
		broken[shares[0].Y[0]]++
	}
	if x := chiSquare(broken, splits); x <= crit255 {
		t.Fatalf("control: broken split passes the uniformity check (chi-square %.1f)", x)
	}

	// Control for the joint test: a subtle, realistic bug (coefficients
	// drawn from 1..255, never 0) keeps each single byte uniform but leaves
	// 256 of the 65,536 pairs impossible; the pair test must see it.
	nonZero := readerFunc(func(p []byte) (int, error) {
		rng.Read(p)
		for i := range p {
			if p[i] == 0 {
				p[i] = 1
			}
		}
		return len(p), nil
	})
	clear(pairs)
	for range splits {
		shares, err := Split(secret, thr, n, nonZero)
		if err != nil {
			t.Fatal(err)
		}
		for i := range secret {
			pairs[int(shares[0].Y[i])<<8|int(shares[1].Y[i])]++
		}
	}
	x = chiSquare(pairs, splits*len(secret))
	if x <= crit65535 {
		t.Fatalf("control: non-zero coefficients pass the pair check (chi-square %.1f)", x)
	}
	t.Logf("control, coefficients never 0: pair chi-square %.1f", x)
}

// TestThresholdMinusOneSharesFitEverySecret shows the same thing exactly:
// given t-1 shares, every value of a secret byte is possible, completed by
// exactly one t-th share, so the t-1 shares rule out nothing.
func TestThresholdMinusOneSharesFitEverySecret(t *testing.T) {
	for _, tc := range []struct{ t, n int }{{2, 3}, {3, 5}, {5, 8}} {
		shares, err := Split([]byte{0x5c}, tc.t, tc.n, detRand("fit"))
		if err != nil {
			t.Fatal(err)
		}
		known := shares[:tc.t-1]
		lastX := byte(tc.n) // not among the known shares
		xs := []byte{0}
		ys := []byte{0}
		for _, s := range known {
			xs = append(xs, s.X)
			ys = append(ys, s.Y[0])
		}
		var completions [256]bool
		for candidate := range 256 {
			ys[0] = byte(candidate)
			y := refInterpolate(xs, ys, lastX)
			if completions[y] {
				t.Fatalf("%d-of-%d: two secrets share the completion %#x", tc.t, tc.n, y)
			}
			completions[y] = true
			pick := append(append([]Share(nil), known...), Share{Version: 1, Threshold: byte(tc.t), X: lastX, Y: []byte{y}})
			got, err := Combine(pick)
			if err != nil || got[0] != byte(candidate) {
				t.Fatalf("%d-of-%d: candidate %#x rebuilt as %x, %v", tc.t, tc.n, candidate, got, err)
			}
		}
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

// vectorRandomness is the fixed "randomness" the vectors are made with.
func vectorRandomness(n int) []byte {
	r := make([]byte, n)
	for i := range r {
		r[i] = byte(0xA5 ^ i*31)
	}
	return r
}

// TestShamirVectors checks fixed splits against testdata so other
// implementations can interoperate (regenerate with
// go test ./custody/ -run TestShamirVectors -args -update).
func TestShamirVectors(t *testing.T) {
	path := filepath.Join("testdata", "shamir_vectors.json")
	if *update {
		var vs []shamirVector
		for _, c := range []struct {
			secret []byte
			t, n   int
		}{{[]byte{0x42}, 2, 3}, {seed64(), 3, 5}, {[]byte("cifer shamir"), 4, 6}} {
			rnd := vectorRandomness((c.t - 1) * len(c.secret))
			shares, err := Split(c.secret, c.t, c.n, bytes.NewReader(rnd))
			if err != nil {
				t.Fatal(err)
			}
			v := shamirVector{Secret: hex.EncodeToString(c.secret), Threshold: c.t, N: c.n, Randomness: hex.EncodeToString(rnd)}
			for _, s := range shares {
				b, err := s.MarshalBinary()
				if err != nil {
					t.Fatal(err)
				}
				v.Shares = append(v.Shares, hex.EncodeToString(b))
			}
			vs = append(vs, v)
		}
		b, err := json.MarshalIndent(vs, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
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
		secret, err := hex.DecodeString(v.Secret)
		if err != nil {
			t.Fatal(err)
		}
		rnd, err := hex.DecodeString(v.Randomness)
		if err != nil {
			t.Fatal(err)
		}
		shares, err := Split(secret, v.Threshold, v.N, bytes.NewReader(rnd))
		if err != nil {
			t.Fatal(err)
		}
		if len(shares) != len(v.Shares) {
			t.Fatalf("%d shares, vector has %d", len(shares), len(v.Shares))
		}
		parsed := make([]Share, 0, len(shares))
		for i, s := range shares {
			b, err := s.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			if hex.EncodeToString(b) != v.Shares[i] {
				t.Fatalf("share %d = %x, vector %s", i+1, b, v.Shares[i])
			}
			want, err := hex.DecodeString(v.Shares[i])
			if err != nil {
				t.Fatal(err)
			}
			p, err := ParseShare(want)
			if err != nil {
				t.Fatal(err)
			}
			parsed = append(parsed, p)
		}
		for _, pick := range [][]Share{parsed[len(parsed)-v.Threshold:], parsed} {
			got, err := Combine(pick)
			if err != nil || !bytes.Equal(got, secret) {
				t.Fatalf("combine %d vector shares: %v", len(pick), err)
			}
		}
	}
}

func FuzzParseShare(f *testing.F) {
	f.Add([]byte{1, 3, 1, 0xAA, 0xBB})
	f.Add([]byte{1, 2, 255, 0})
	f.Add([]byte{2, 3, 1, 5})
	f.Add([]byte{1, 3, 0, 5})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := ParseShare(b)
		if err != nil {
			if !errors.Is(err, ErrShareFormat) {
				t.Fatalf("error %v does not match ErrShareFormat", err)
			}
			return
		}
		again, err := s.MarshalBinary()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("round trip: %v", err)
		}
	})
}

// FuzzCombine decodes share structs straight from the fuzz input, with no
// validation (each: version, threshold, x, length, then that many y bytes),
// so Combine sees every malformed field. It may fail, never panic; when it
// succeeds the result has the shares' length, and with more than t shares
// any other t of them give the same secret (the consistency check).
func FuzzCombine(f *testing.F) {
	f.Add([]byte{1, 3, 1, 2, 9, 9, 1, 3, 2, 2, 8, 8, 1, 3, 3, 2, 7, 7})
	f.Add([]byte{1, 2, 1, 1, 0x42, 1, 2, 2, 1, 0x13, 1, 2, 3, 1, 0xb6})
	f.Add([]byte{0})
	f.Add([]byte{1, 2, 0, 0, 1, 2, 1, 0})
	// A valid 3-of-5 split of a 12-byte secret, all five shares.
	shares, err := Split([]byte("fuzz seed 12"), 3, 5, detRand("fuzz"))
	if err != nil {
		f.Fatal(err)
	}
	var valid []byte
	for _, s := range shares {
		valid = append(valid, s.Version, s.Threshold, s.X, byte(len(s.Y)))
		valid = append(valid, s.Y...)
	}
	f.Add(valid)
	f.Fuzz(func(t *testing.T, b []byte) {
		var shares []Share
		for len(b) >= 4 {
			l := int(b[3])
			if l > len(b)-4 {
				break
			}
			shares = append(shares, Share{Version: b[0], Threshold: b[1], X: b[2], Y: b[4 : 4+l]})
			b = b[4+l:]
		}
		got, err := Combine(shares)
		if err != nil {
			if got != nil {
				t.Fatalf("result %x with error %v", got, err)
			}
			return
		}
		if len(got) != len(shares[0].Y) {
			t.Fatalf("result is %d bytes, shares %d", len(got), len(shares[0].Y))
		}
		if thr := int(shares[0].Threshold); len(shares) > thr {
			other, err := Combine(shares[len(shares)-thr:])
			if err != nil || !bytes.Equal(other, got) {
				t.Fatalf("last %d shares give %x (%v), first give %x", thr, other, err, got)
			}
		}
	})
}

func BenchmarkSplit3of5Seed64(b *testing.B) {
	secret := seed64()
	b.ReportAllocs()
	for b.Loop() {
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
	for b.Loop() {
		s, err := Combine(pick)
		if err != nil {
			b.Fatal(err)
		}
		clear(s)
	}
}

// BenchmarkCombine5of5Seed64 is Combine given all five shares: three to
// rebuild, two checked for consistency.
func BenchmarkCombine5of5Seed64(b *testing.B) {
	shares, err := Split(seed64(), 3, 5, rand.Reader)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		s, err := Combine(shares)
		if err != nil {
			b.Fatal(err)
		}
		clear(s)
	}
}
