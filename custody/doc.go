// Package custody keeps the pieces of secrets: it splits a secret's 64-byte
// ML-KEM seed into t-of-n Shamir shares and combines t of them again
// (shamir.go, over GF(2^8) in gf256.go), and holds a custodian's shares.
//
// The field arithmetic is constant time: share bytes never index a table or
// decide a branch, because Split and Combine run inside the enclave on key
// material and a cache side channel there would undo the split. The share
// encoding and the exact use of randomness are specified, with test vectors,
// in the protocol documentation (shares section) and in
// testdata/shamir_vectors.json.
package custody
