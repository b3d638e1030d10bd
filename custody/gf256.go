package custody

// Arithmetic in GF(2^8) with the AES reduction polynomial
// x^8 + x^4 + x^3 + x + 1 (0x11B).
//
// Every operation here runs in constant time with respect to its operands:
// no table indexed by a secret, no branch on a secret. Log/exp tables would
// be faster but leak share bytes through the cache.

// gfMul multiplies a and b: shift-and-add over the 8 bits of b, reducing a
// after each shift, with masks instead of branches.
func gfMul(a, b byte) byte {
	var p byte
	for range 8 {
		// mask is 0xFF when the low bit of b is set, else 0.
		mask := -(b & 1)
		p ^= a & mask
		// carry is 0xFF when the high bit of a is set: reduce by 0x1B.
		carry := -(a >> 7)
		a = (a << 1) ^ (0x1B & carry)
		b >>= 1
	}
	return p
}

// gfInv returns the multiplicative inverse of a (a^254, since a^255 = 1 for
// a != 0) by a fixed square-and-multiply chain; gfInv(0) = 0.
func gfInv(a byte) byte {
	// 254 = 0b11111110: a^2 * a^4 * ... * a^128.
	a2 := gfMul(a, a)
	a4 := gfMul(a2, a2)
	a8 := gfMul(a4, a4)
	a16 := gfMul(a8, a8)
	a32 := gfMul(a16, a16)
	a64 := gfMul(a32, a32)
	a128 := gfMul(a64, a64)
	r := gfMul(a2, a4)
	r = gfMul(r, a8)
	r = gfMul(r, a16)
	r = gfMul(r, a32)
	r = gfMul(r, a64)
	return gfMul(r, a128)
}

const (
	laneLow7 = 0x7f7f7f7f7f7f7f7f // every lane without its high bit
	laneOne  = 0x0101010101010101 // 1 in every lane
)

// gfMulWord multiplies each of the 8 bytes packed in v by c. It is gfMul on
// eight lanes at once (the hot loops of Split and Combine multiply many share
// bytes by one scalar), with the same constant-time shape: a fixed 8 rounds,
// masks instead of branches, no tables.
func gfMulWord(v uint64, c byte) uint64 {
	var p uint64
	for range 8 {
		mask := -uint64(c & 1)
		p ^= v & mask
		// Double every lane: shift within the lane, then add 0x1B to the
		// lanes whose high bit fell off (0 or 1 per lane times 0x1B never
		// carries into the next lane).
		hi := (v >> 7) & laneOne
		v = ((v & laneLow7) << 1) ^ (hi * 0x1B)
		c >>= 1
	}
	return p
}
