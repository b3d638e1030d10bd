// Package avxstate clears the upper halves of the CPU's vector registers
// after code that leaves them dirty.
//
// cloudflare/circl's AVX2 assembly (ML-KEM polynomial arithmetic, the 4-way
// Keccak) returns without VZEROUPPER. Until the upper state is cleared, the
// legacy-SSE instructions that Go's SHA-256 (SHA-NI), AES-GCM (AES-NI) and
// HKDF run on pay a state-transition penalty on every instruction on many
// x86 CPUs: measured here, one ML-KEM-768 encapsulation followed by one
// SHA-256 of 1,184 bytes took 114 µs instead of 25 µs. Every call into
// circl on a hot path is therefore followed by Clear (BenchmarkSHA256AfterMLKEM
// shows the difference).
package avxstate

// Clear clears the upper halves of the vector registers (VZEROUPPER) on
// amd64 CPUs with AVX; elsewhere it does nothing. It changes no state Go
// code relies on: Go's ABI keeps no live values in the upper halves across
// calls.
func Clear() {
	if hasAVX {
		clearUpper()
	}
}
