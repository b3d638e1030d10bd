// Package p2p is the node's peer-to-peer layer: the libp2p host (TCP and
// QUIC, Noise, resource manager, connection manager and gater), Kademlia
// discovery under the network's own protocol prefix, the gossiped enclave
// attestation statements and their validator, the direct handshake that
// verifies a peer on connect, the verified-peer table, and the one framing
// helper every stream protocol goes through.
//
// The package does not know what a statement looks like: it moves opaque,
// signed bytes and asks a StatementVerifier (wired to the enclave policy and
// the chain registry by the node) whether they hold. That keeps the
// networking testable with small doubles and the trust decisions in one
// place.
package p2p
