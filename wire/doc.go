// Package wire describes every stream protocol of the CIFER network in one
// place: its protocol ID on a network, its request and response messages,
// its size limits and default timeout, whether it runs on a multiplexed
// stream, and whether only attested peers are served. Servers (the
// custodian, the Black Box) and their clients (the light client, a Black
// Box asking custodians) register and call the protocols through the same
// descriptor value, so the two sides cannot drift apart.
//
// The package sits just above p2p and imports nothing of the servers: a
// client that speaks these protocols links no custody store, no Black Box
// and no node. Messages are encoded with p2p's deterministic CBOR, a struct
// as a map keyed by its field names: renaming a field, or a type's field
// set, changes the bytes on the wire and needs a new protocol version.
package wire
