package wire

// Handshake is the attestation handshake each node runs on every new
// connection: each side sends its raw attestation statement and gets the
// other's. p2p serves and calls it itself (p2p is below this package and
// the message is its own); its limits and timeout follow the node's
// configuration (maximum statement size, verification timeout), so they
// are zero here: set by p2p. It is listed so the catalogue is complete,
// and a test holds its ID to p2p.HandshakeProtocol.
var Handshake = Info{Name: "handshake", Version: "1.0.0"}
