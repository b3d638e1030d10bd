package wire

import "github.com/cifer-network/cifer/p2p"

// The custody protocols: one request, one response, one stream (fetch
// excepted, see Fetch). All but the public key are served only to attested
// peers. Addresses travel as 20-byte strings, hashes as 32-byte strings.

var (
	// Store hands a custodian its dealt share with the signed creation
	// record; the answer is the custodian's signed acknowledgement.
	Store = Protocol[StoreRequest, StoreAck]{Info{
		Name: "custody/store", Version: "1.0.0",
		MaxRequest: p2p.DefaultMaxMessage, MaxResponse: p2p.DefaultMaxMessage, Timeout: p2p.DefaultStreamTimeout,
		Verified: true,
	}}
	// Fetch asks a custodian for its share, forwarding the client's signed
	// request. It is the one custody protocol on a multiplexed stream: a
	// Black Box asks each custodian for a share on every decrypt, so its
	// requests share one persistent stream per custodian.
	Fetch = Protocol[FetchRequest, FetchResponse]{Info{
		Name: "custody/fetch", Version: "2.0.0",
		MaxRequest: p2p.DefaultMaxMessage, MaxResponse: p2p.DefaultMaxMessage, Timeout: p2p.DefaultStreamTimeout,
		Muxed: true, Verified: true,
	}}
	// PublicKey asks for a secret's current public key, its CID and the
	// creation record. The key is public: any peer (or light client) may
	// ask, and checks the answer against the CID on chain.
	PublicKey = Protocol[PublicKeyRequest, PublicKeyResponse]{Info{
		Name: "custody/pubkey", Version: "1.0.0",
		MaxRequest: p2p.DefaultMaxMessage, MaxResponse: p2p.DefaultMaxMessage, Timeout: p2p.DefaultStreamTimeout,
	}}
	// Reshare is the share fetch of resharing: a Black Box asks for a share
	// without a client request, and the custodian answers only for a share
	// dealt under a membership the cluster no longer has (a protocol of its
	// own, so Fetch's messages stay as they are).
	Reshare = Protocol[ReshareRequest, ReshareResponse]{Info{
		Name: "custody/reshare", Version: "1.0.0",
		MaxRequest: p2p.DefaultMaxMessage, MaxResponse: p2p.DefaultMaxMessage, Timeout: p2p.DefaultStreamTimeout,
		Verified: true,
	}}
)

// Messages of the custody protocols.
type (
	// StoreRequest is one dealt share.
	StoreRequest struct {
		Record       []byte // encoded, signed creation record
		X            uint8  // the custodian's x coordinate
		WrappedShare []byte // HPKE-sealed to the custodian's transport key
	}
	// StoreAck is the custodian's acknowledgement of a stored share,
	// signed by its enclave wallet.
	StoreAck struct {
		ChainID      uint64
		SecretID     uint64
		ShareVersion uint32
		X            uint8
		ShareHash    []byte // 32 bytes
		Custodian    []byte // 20-byte enclave wallet
		Signature    []byte
	}
	// FetchRequest is the client's signed decrypt request, forwarded.
	FetchRequest struct {
		Data      string
		Signature string
		// EnvelopeHash is left out when empty, so a request in COMPAT.md's
		// forms encodes as before.
		EnvelopeHash []byte `cbor:",omitempty"`
	}
	// FetchResponse is the share, wrapped to the asker's transport key,
	// and the custodian's signature of its release (custody.Release:
	// the share's hash and its record's digest), the evidence slashing
	// needs if the share is bad. Left out when empty, so an answer of a
	// custodian that does not sign encodes as before.
	FetchResponse struct {
		ShareVersion     uint32
		X                uint8
		WrappedShare     []byte
		ReleaseSignature []byte `cbor:",omitempty"`
	}
	// ReshareRequest names the secret whose share is asked for.
	ReshareRequest struct {
		ChainID  uint64
		SecretID uint64
	}
	// ReshareResponse is the share and the creation record it was dealt
	// under.
	ReshareResponse struct {
		ShareVersion uint32
		X            uint8
		WrappedShare []byte
		Record       []byte
	}
	// PublicKeyRequest names the secret whose public key is asked for.
	PublicKeyRequest struct {
		ChainID  uint64
		SecretID uint64
	}
	// PublicKeyResponse is the public key and the CID the custodian holds
	// for it.
	PublicKeyResponse struct {
		PublicKey []byte
		CID       string
		// Record is the current encoded creation record (public: it holds
		// only hashes of shares), so a Black Box can check shares.
		Record []byte
	}
)
