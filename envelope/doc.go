// Package envelope holds the data formats every side of the CIFER network
// shares: the secret's key pair (ML-KEM-768 derived from a 64-byte seed),
// the payload envelope (`cifer` || `encryptedMessage`, COMPAT.md sizes) and
// the streaming file format. The byte layouts are specified, with test
// vectors, in docs/PROTOCOL.md.
package envelope
