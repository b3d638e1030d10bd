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
	for i := 0; i < 8; i++ {
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
