package custody

import (
	cryptorand "crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// ShareVersion is the version byte of the share encoding.
const ShareVersion = 1

// shareHeaderLen is version, threshold and x.
const shareHeaderLen = 3

// MaxShares is the largest n: x coordinates are the non-zero bytes.
const MaxShares = 255

// Share is one point of every per-byte polynomial: Y[i] = f_i(X). Y is
// secret; call Zero when done with it.
type Share struct {
	Version   byte // encoding version, ShareVersion
	Threshold byte // t: how many shares rebuild the secret
	X         byte // x coordinate, 1..n
	Y         []byte
}

var (
	// ErrThreshold means t or n is outside 2 <= t <= n <= 255.
	ErrThreshold = errors.New("shamir: need 2 <= threshold <= shares <= 255")
	// ErrEmptySecret means there is nothing to split or combine.
	ErrEmptySecret = errors.New("shamir: empty secret")
	// ErrTooFewShares means fewer shares than the threshold were given.
	ErrTooFewShares = errors.New("shamir: too few shares to rebuild the secret")
	// ErrDuplicateX means two shares have the same x coordinate.
	ErrDuplicateX = errors.New("shamir: two shares have the same x coordinate")
	// ErrZeroX means a share has x = 0, which would be the secret itself.
	ErrZeroX = errors.New("shamir: share has x coordinate 0")
	// ErrMixedLengths means shares of different secrets' lengths were mixed.
	ErrMixedLengths = errors.New("shamir: shares have different lengths")
	// ErrMixedThresholds means shares of different splits were mixed.
	ErrMixedThresholds = errors.New("shamir: shares have different thresholds")
	// ErrInconsistentShares means a share beyond the first threshold does
	// not lie on the polynomials the first threshold define: some share is
	// corrupt or from another split.
	ErrInconsistentShares = errors.New("shamir: shares are not from one split")
	// ErrShareFormat means bytes or fields are not a valid share.
	ErrShareFormat = errors.New("shamir: malformed share")
	// ErrUnknownVersion means a share's version byte is not ShareVersion; it
	// is returned wrapped together with ErrShareFormat.
	ErrUnknownVersion = errors.New("unknown share version")
)

// Split divides secret into n shares, any threshold of which rebuild it and
// fewer of which say nothing about it. Each byte of the secret is the
// constant term of its own random polynomial of degree threshold-1; share x
// holds every polynomial evaluated at x (x = 1..n).
//
// Randomness is read once, (threshold-1)*len(secret) bytes, laid out
// coefficient by coefficient: bytes [j*len(secret), (j+1)*len(secret)) are
// the coefficients of x^(j+1) of bytes 0..len(secret)-1. A nil rand means
// crypto/rand. The shares' Y slices share one backing array; Zero each share
// when done.
func Split(secret []byte, threshold, n int, rand io.Reader) ([]Share, error) {
	if threshold < 2 || threshold > n || n > MaxShares {
		return nil, fmt.Errorf("%w (got threshold %d of %d)", ErrThreshold, threshold, n)
	}
	if len(secret) == 0 {
		return nil, ErrEmptySecret
	}
	if rand == nil {
		rand = cryptorand.Reader
	}
	size := len(secret)
	coeffs := make([]byte, (threshold-1)*size)
	defer clear(coeffs)
	if _, err := io.ReadFull(rand, coeffs); err != nil {
		return nil, fmt.Errorf("shamir: read randomness: %w", err)
	}
	ys := make([]byte, n*size)
	shares := make([]Share, n)
	full := size &^ 7
	for s := range n {
		x := byte(s + 1)
		y := ys[s*size : (s+1)*size : (s+1)*size]
		// Horner's rule from the highest coefficient down, 8 bytes at a time
		// while whole words remain, then byte by byte.
		for off := 0; off < full; off += 8 {
			var acc uint64
			for j := threshold - 2; j >= 0; j-- {
				acc = gfMulWord(acc, x) ^ binary.LittleEndian.Uint64(coeffs[j*size+off:])
			}
			binary.LittleEndian.PutUint64(y[off:], gfMulWord(acc, x)^binary.LittleEndian.Uint64(secret[off:]))
		}
		for i := full; i < size; i++ {
			var acc byte
			for j := threshold - 2; j >= 0; j-- {
				acc = gfMul(acc, x) ^ coeffs[j*size+i]
			}
			y[i] = gfMul(acc, x) ^ secret[i]
		}
		shares[s] = Share{Version: ShareVersion, Threshold: byte(threshold), X: x, Y: y}
	}
	return shares, nil
}

// Combine rebuilds the secret by Lagrange interpolation at x = 0 from the
// first Threshold shares. Shares beyond the first Threshold are not ignored:
// each must lie on the same polynomials, else Combine fails with
// ErrInconsistentShares, so passing extra shares is a check, never a silent
// choice. (A caller that wants to survive a bad share checks each against the
// creation record's hashes and passes exactly Threshold good ones.) The
// caller owns the result and should zero it after use.
func Combine(shares []Share) ([]byte, error) {
	if len(shares) == 0 {
		return nil, fmt.Errorf("%w: got none", ErrTooFewShares)
	}
	t := int(shares[0].Threshold)
	size := len(shares[0].Y)
	var seen [256]bool
	for _, s := range shares {
		if err := s.check(); err != nil {
			return nil, err
		}
		switch {
		case int(s.Threshold) != t:
			return nil, fmt.Errorf("%w: %d and %d", ErrMixedThresholds, t, s.Threshold)
		case len(s.Y) != size:
			return nil, fmt.Errorf("%w: %d and %d bytes", ErrMixedLengths, size, len(s.Y))
		case seen[s.X]:
			return nil, fmt.Errorf("%w: x=%d", ErrDuplicateX, s.X)
		}
		seen[s.X] = true
	}
	if len(shares) < t {
		return nil, fmt.Errorf("%w: have %d, need %d", ErrTooFewShares, len(shares), t)
	}
	use := shares[:t]

	// The basis depends only on the public x coordinates: computed once,
	// t^2 work, then one pass over the bytes.
	var basis [MaxShares]byte
	lagrangeBasis(use, 0, &basis)
	secret := make([]byte, size)
	full := size &^ 7
	for off := 0; off < full; off += 8 {
		binary.LittleEndian.PutUint64(secret[off:], evalWord(use, &basis, off))
	}
	for i := full; i < size; i++ {
		secret[i] = evalByte(use, &basis, i)
	}

	for _, extra := range shares[t:] {
		lagrangeBasis(use, extra.X, &basis)
		// Accumulate every difference and decide once, so the time taken
		// does not say where a mismatch is.
		var diff uint64
		for off := 0; off < full; off += 8 {
			diff |= evalWord(use, &basis, off) ^ binary.LittleEndian.Uint64(extra.Y[off:])
		}
		for i := full; i < size; i++ {
			diff |= uint64(evalByte(use, &basis, i) ^ extra.Y[i])
		}
		if diff != 0 {
			clear(secret)
			return nil, fmt.Errorf("%w: share x=%d disagrees with the first %d", ErrInconsistentShares, extra.X, t)
		}
	}
	return secret, nil
}

// lagrangeBasis sets basis[j] to the Lagrange basis polynomial of use[j]
// evaluated at at: prod over m != j of (at - x_m) / (x_j - x_m). In GF(2^8)
// subtraction is xor. The x coordinates must be distinct and differ from at.
func lagrangeBasis(use []Share, at byte, basis *[MaxShares]byte) {
	for j := range use {
		num, den := byte(1), byte(1)
		for m := range use {
			if m == j {
				continue
			}
			num = gfMul(num, at^use[m].X)
			den = gfMul(den, use[j].X^use[m].X)
		}
		basis[j] = gfMul(num, gfInv(den))
	}
}

// evalWord returns bytes off..off+7 of the polynomials through use, at the
// point basis was computed for.
func evalWord(use []Share, basis *[MaxShares]byte, off int) uint64 {
	var acc uint64
	for j := range use {
		acc ^= gfMulWord(binary.LittleEndian.Uint64(use[j].Y[off:]), basis[j])
	}
	return acc
}

// evalByte is evalWord for the one byte i.
func evalByte(use []Share, basis *[MaxShares]byte, i int) byte {
	var acc byte
	for j := range use {
		acc ^= gfMul(use[j].Y[i], basis[j])
	}
	return acc
}

// check validates one share's own fields.
func (s Share) check() error {
	switch {
	case s.Version != ShareVersion:
		return fmt.Errorf("%w: %w %d", ErrShareFormat, ErrUnknownVersion, s.Version)
	case s.Threshold < 2:
		return fmt.Errorf("%w: threshold %d is below 2", ErrShareFormat, s.Threshold)
	case s.X == 0:
		return ErrZeroX
	case len(s.Y) == 0:
		return ErrEmptySecret
	}
	return nil
}

// MarshalBinary encodes a share: version || threshold || x || y, one byte
// each for the first three, then len(y) bytes.
func (s Share) MarshalBinary() ([]byte, error) {
	if err := s.check(); err != nil {
		return nil, fmt.Errorf("encode share: %w", err)
	}
	b := make([]byte, 0, shareHeaderLen+len(s.Y))
	b = append(b, s.Version, s.Threshold, s.X)
	return append(b, s.Y...), nil
}

// ParseShare decodes a share. Every error matches ErrShareFormat; an unknown
// version also matches ErrUnknownVersion and x = 0 also ErrZeroX. The result
// does not alias b.
func ParseShare(b []byte) (Share, error) {
	if len(b) < shareHeaderLen+1 {
		return Share{}, fmt.Errorf("%w: %d bytes is too short, need at least %d", ErrShareFormat, len(b), shareHeaderLen+1)
	}
	s := Share{Version: b[0], Threshold: b[1], X: b[2], Y: b[shareHeaderLen:]}
	if err := s.check(); err != nil {
		if !errors.Is(err, ErrShareFormat) {
			err = fmt.Errorf("%w: %w", ErrShareFormat, err)
		}
		return Share{}, err
	}
	s.Y = append([]byte(nil), s.Y...)
	return s, nil
}

// Zero wipes the share's y values.
func (s *Share) Zero() { clear(s.Y) }
