package custody

import (
	"errors"
	"fmt"
	"io"
)

// ShareVersion is the version byte of the share encoding.
const ShareVersion = 1

// shareHeaderLen is version, threshold and x.
const shareHeaderLen = 3

// Share is one point of every per-byte polynomial: Y[i] = f_i(X).
type Share struct {
	Version   byte
	Threshold byte
	X         byte
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
	// ErrShareFormat means bytes are not an encoded share.
	ErrShareFormat = errors.New("shamir: malformed share")
)

// Split divides secret into n shares, any threshold of which rebuild it and
// fewer of which say nothing about it. Each byte of the secret is the
// constant term of its own random polynomial of degree threshold-1; share x
// holds every polynomial evaluated at x (x = 1..n).
func Split(secret []byte, threshold, n int, rand io.Reader) ([]Share, error) {
	if threshold < 2 || threshold > n || n > 255 {
		return nil, fmt.Errorf("%w (got threshold %d of %d)", ErrThreshold, threshold, n)
	}
	if len(secret) == 0 {
		return nil, ErrEmptySecret
	}
	// coeffs[j*len(secret)+i] is the coefficient of x^(j+1) for byte i.
	coeffs := make([]byte, (threshold-1)*len(secret))
	defer clear(coeffs)
	if _, err := io.ReadFull(rand, coeffs); err != nil {
		return nil, fmt.Errorf("shamir: read randomness: %w", err)
	}
	ys := make([]byte, n*len(secret))
	shares := make([]Share, n)
	for s := 0; s < n; s++ {
		x := byte(s + 1)
		y := ys[s*len(secret) : (s+1)*len(secret) : (s+1)*len(secret)]
		for i := range secret {
			// Horner's rule from the highest coefficient down.
			var acc byte
			for j := threshold - 2; j >= 0; j-- {
				acc = gfMul(acc, x) ^ coeffs[j*len(secret)+i]
			}
			y[i] = gfMul(acc, x) ^ secret[i]
		}
		shares[s] = Share{Version: ShareVersion, Threshold: byte(threshold), X: x, Y: y}
	}
	return shares, nil
}

// Combine rebuilds the secret from at least Threshold shares by Lagrange
// interpolation at x = 0. It uses the first Threshold shares and ignores the
// rest: checking extra shares for consistency is the caller's job (the Black
// Box checks every share against the creation record's hashes first, which
// catches a bad share before it is combined). The caller owns the result and
// should zero it after use.
func Combine(shares []Share) ([]byte, error) {
	if len(shares) == 0 {
		return nil, fmt.Errorf("%w: got none", ErrTooFewShares)
	}
	t := int(shares[0].Threshold)
	size := len(shares[0].Y)
	if t < 2 {
		return nil, fmt.Errorf("%w: threshold %d", ErrShareFormat, t)
	}
	if size == 0 {
		return nil, ErrEmptySecret
	}
	var seen [256]bool
	for _, s := range shares {
		switch {
		case s.Version != ShareVersion:
			return nil, fmt.Errorf("%w: version %d", ErrShareFormat, s.Version)
		case int(s.Threshold) != t:
			return nil, fmt.Errorf("%w: %d and %d", ErrMixedThresholds, t, s.Threshold)
		case len(s.Y) != size:
			return nil, fmt.Errorf("%w: %d and %d bytes", ErrMixedLengths, size, len(s.Y))
		case s.X == 0:
			return nil, ErrZeroX
		case seen[s.X]:
			return nil, fmt.Errorf("%w: x=%d", ErrDuplicateX, s.X)
		}
		seen[s.X] = true
	}
	if len(shares) < t {
		return nil, fmt.Errorf("%w: have %d, need %d", ErrTooFewShares, len(shares), t)
	}
	use := shares[:t]

	// Lagrange basis at 0: l_j = prod_{m != j} x_m / (x_m - x_j); in GF(2^8)
	// subtraction is xor. Computed once, t^2 work, then one pass per byte.
	var basis [255]byte
	for j := range use {
		num, den := byte(1), byte(1)
		for m := range use {
			if m == j {
				continue
			}
			num = gfMul(num, use[m].X)
			den = gfMul(den, use[m].X^use[j].X)
		}
		basis[j] = gfMul(num, gfInv(den))
	}
	secret := make([]byte, size)
	for j := range use {
		l, y := basis[j], use[j].Y
		for i := range secret {
			secret[i] ^= gfMul(l, y[i])
		}
	}
	clear(basis[:])
	return secret, nil
}

// MarshalBinary encodes a share: version || threshold || x || y.
func (s Share) MarshalBinary() ([]byte, error) {
	if s.Version != ShareVersion {
		return nil, fmt.Errorf("%w: version %d", ErrShareFormat, s.Version)
	}
	if s.Threshold < 2 || s.X == 0 || len(s.Y) == 0 {
		return nil, fmt.Errorf("%w: threshold %d, x %d, %d bytes", ErrShareFormat, s.Threshold, s.X, len(s.Y))
	}
	b := make([]byte, 0, shareHeaderLen+len(s.Y))
	b = append(b, s.Version, s.Threshold, s.X)
	return append(b, s.Y...), nil
}

// ParseShare decodes a share. The result does not alias b.
func ParseShare(b []byte) (Share, error) {
	if len(b) < shareHeaderLen+1 {
		return Share{}, fmt.Errorf("%w: %d bytes is too short", ErrShareFormat, len(b))
	}
	if b[0] != ShareVersion {
		return Share{}, fmt.Errorf("%w: unknown version %d", ErrShareFormat, b[0])
	}
	if b[1] < 2 {
		return Share{}, fmt.Errorf("%w: threshold %d", ErrShareFormat, b[1])
	}
	if b[2] == 0 {
		return Share{}, fmt.Errorf("%w: %w", ErrShareFormat, ErrZeroX)
	}
	return Share{Version: b[0], Threshold: b[1], X: b[2], Y: append([]byte(nil), b[shareHeaderLen:]...)}, nil
}

// Zero wipes the share's y values.
func (s *Share) Zero() { clear(s.Y) }
