package custody

import (
	"context"
	"errors"
	"fmt"

	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/request"
	"github.com/cifer-network/cifer/wire"
	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
)

// The custody stream protocols are described in package wire (wire.Store,
// wire.Fetch, wire.PublicKey, wire.Reshare): IDs, messages, limits, which
// are multiplexed and which are served only to verified (attested) peers.
// This file is the custodian's side of them and the asking side (Client).

// PeerClaims looks up an attested peer's verified claims (p2p.VerifiedTable).
type PeerClaims interface {
	Get(p peer.ID) (p2p.VerifiedPeer, bool)
}

func toPeer(v p2p.VerifiedPeer) Peer {
	return Peer{ID: v.ID, EnclaveWallet: common.Address(v.EnclaveWallet), TransportKey: v.TransportKey}
}

// refuse turns a validation failure into a refusal whose message the asking
// Black Box sees (the error text names no secret material) and whose code
// request names, so the Black Box matches it with errors.Is
// (custody.ErrShareConflict, request.ErrReplay, ...) once Client has read it
// back (request.FromRemote). The status stays StatusRefused whatever the
// code: the custody protocols have always answered a refusal so, and the
// Black Box branches on the code, not the status.
func refuse(err error) error {
	re := request.Classify(err).ToRemote()
	re.Status = p2p.StatusRefused
	return re
}

// Serve registers the custody protocols of network on streams.
func (c *Custodian) Serve(streams *p2p.Streams, network string, claims PeerClaims) {
	lookup := func(from peer.ID) (Peer, error) {
		v, ok := claims.Get(from)
		if !ok {
			return Peer{}, &p2p.RemoteError{Status: p2p.StatusRefused, Message: "peer is not attested"}
		}
		return toPeer(v), nil
	}
	wire.Store.Serve(streams, network, func(ctx context.Context, from peer.ID, req *wire.StoreRequest) (*wire.StoreAck, error) {
		p, err := lookup(from)
		if err != nil {
			return nil, err
		}
		ack, err := c.HandleStore(ctx, p, StoreRequest{Record: req.Record, X: req.X, WrappedShare: req.WrappedShare})
		if err != nil {
			return nil, refuse(err)
		}
		return &wire.StoreAck{ChainID: ack.ChainID, SecretID: ack.SecretID, ShareVersion: ack.ShareVersion, X: ack.X,
			ShareHash: ack.ShareHash[:], Custodian: ack.Custodian.Bytes(), Signature: ack.Signature}, nil
	})
	wire.Fetch.Serve(streams, network, func(ctx context.Context, from peer.ID, req *wire.FetchRequest) (*wire.FetchResponse, error) {
		p, err := lookup(from)
		if err != nil {
			return nil, err
		}
		resp, err := c.HandleFetch(ctx, p, FetchRequest{Data: req.Data, Signature: req.Signature, EnvelopeHash: req.EnvelopeHash})
		if err != nil {
			return nil, refuse(err)
		}
		return &wire.FetchResponse{ShareVersion: resp.ShareVersion, X: resp.X, WrappedShare: resp.WrappedShare, ReleaseSignature: resp.ReleaseSignature}, nil
	})
	wire.Reshare.Serve(streams, network, func(ctx context.Context, from peer.ID, req *wire.ReshareRequest) (*wire.ReshareResponse, error) {
		p, err := lookup(from)
		if err != nil {
			return nil, err
		}
		resp, err := c.HandleReshareFetch(ctx, p, ReshareRequest{ChainID: req.ChainID, SecretID: req.SecretID})
		if err != nil {
			return nil, refuse(err)
		}
		return &wire.ReshareResponse{ShareVersion: resp.ShareVersion, X: resp.X, WrappedShare: resp.WrappedShare, Record: resp.Record}, nil
	})
	// The public key is public: any peer (or light client) may ask, and
	// checks the answer against the CID on chain.
	wire.PublicKey.Serve(streams, network, func(ctx context.Context, _ peer.ID, req *wire.PublicKeyRequest) (*wire.PublicKeyResponse, error) {
		rec, raw, err := c.CurrentRecord(ctx, req.ChainID, req.SecretID)
		if err != nil {
			return nil, refuse(err)
		}
		return &wire.PublicKeyResponse{PublicKey: rec.PublicKey, CID: rec.PublicKeyCID, Record: raw}, nil
	})
}

// Client is the asking side of the custody protocols (a Black Box, or a
// light client for public keys).
type Client struct {
	Streams *p2p.Streams
	Network string
	// Claims, when set, gives each peer's attested enclave wallet: a store
	// acknowledgement counts only when that wallet signed it (a Black Box
	// sets it; a light client asking for public keys need not).
	Claims PeerClaims
	// Self, when set, answers requests addressed to this node's own peer
	// in process, through the same handlers and checks: a Black Box is
	// usually a member of the clusters it serves, and a libp2p host cannot
	// open a stream to itself.
	Self *LocalCustodian
}

// LocalCustodian is the asking node's own custodian and the claims its
// peers verify about it (peer ID, enclave wallet, transport key).
type LocalCustodian struct {
	Custodian *Custodian
	Peer      Peer
}

// local returns this node's own custodian if p is this node.
func (cl *Client) local(p peer.ID) *Custodian {
	if cl.Self == nil || cl.Self.Custodian == nil || cl.Self.Peer.ID != p {
		return nil
	}
	return cl.Self.Custodian
}

// publicKey asks custodian (or this node's own custodian) for the current
// public key and creation record of a secret.
func (cl *Client) publicKey(ctx context.Context, custodian peer.ID, chainID, secretID uint64) (*wire.PublicKeyResponse, error) {
	if c := cl.local(custodian); c != nil {
		rec, raw, err := c.CurrentRecord(ctx, chainID, secretID)
		if err != nil {
			return nil, err
		}
		return &wire.PublicKeyResponse{PublicKey: rec.PublicKey, CID: rec.PublicKeyCID, Record: raw}, nil
	}
	w, err := wire.PublicKey.Ask(ctx, cl.Streams, cl.Network, custodian, &wire.PublicKeyRequest{ChainID: chainID, SecretID: secretID})
	if err != nil {
		return nil, request.FromRemote(err)
	}
	return w, nil
}

// ErrBadAck means a store acknowledgement is not for the share sent (its
// chain, secret, version, x or share hash differ), or not signed by the
// custodian's attested enclave wallet.
var ErrBadAck = errors.New("store acknowledgement does not match the share sent")

// Store sends one dealt share and returns the custodian's ack, checked
// against the share sent and, with Claims, against the custodian's
// attested enclave wallet.
func (cl *Client) Store(ctx context.Context, custodian peer.ID, req StoreRequest) (*Ack, error) {
	// The asker made the record; only its fields are needed here.
	rec, err := decodeCreationRecord(req.Record)
	if err != nil {
		return nil, fmt.Errorf("store share on %s: %w", custodian, err)
	}
	if c := cl.local(custodian); c != nil {
		// This node's own custodian signs with this node's enclave wallet:
		// no attestation to check it against.
		ack, err := c.HandleStore(ctx, cl.Self.Peer, req)
		if err == nil {
			err = checkAck(ack, rec, req.X, common.Address{}, false)
		}
		if err != nil {
			return nil, fmt.Errorf("store share on %s (self): %w", custodian, err)
		}
		return ack, nil
	}
	w, err := wire.Store.Ask(ctx, cl.Streams, cl.Network, custodian, &wire.StoreRequest{Record: req.Record, X: req.X, WrappedShare: req.WrappedShare})
	if err != nil {
		return nil, fmt.Errorf("store share on %s: %w", custodian, request.FromRemote(err))
	}
	if len(w.ShareHash) != 32 || len(w.Custodian) != 20 {
		return nil, fmt.Errorf("store share on %s: %w: malformed", custodian, ErrBadAck)
	}
	ack := &Ack{ChainID: w.ChainID, SecretID: w.SecretID, ShareVersion: w.ShareVersion, X: w.X,
		Custodian: common.BytesToAddress(w.Custodian), Signature: w.Signature}
	copy(ack.ShareHash[:], w.ShareHash)
	var wallet common.Address
	attested := false
	if cl.Claims != nil {
		v, ok := cl.Claims.Get(custodian)
		if !ok {
			return nil, fmt.Errorf("store share on %s: %w: custodian is not attested", custodian, ErrBadAck)
		}
		wallet, attested = common.Address(v.EnclaveWallet), true
	}
	if err := checkAck(ack, rec, req.X, wallet, attested); err != nil {
		return nil, fmt.Errorf("store share on %s: %w", custodian, err)
	}
	return ack, nil
}

// checkAck checks that ack acknowledges share x of rec, is signed by its
// custodian and, when attested, that the custodian is wallet.
func checkAck(ack *Ack, rec *CreationRecord, x byte, wallet common.Address, attested bool) error {
	switch {
	case ack.ChainID != rec.ChainID || ack.SecretID != rec.SecretID || ack.ShareVersion != rec.ShareVersion:
		return fmt.Errorf("%w: ack is for chain %d secret %d version %d, share for chain %d secret %d version %d", ErrBadAck,
			ack.ChainID, ack.SecretID, ack.ShareVersion, rec.ChainID, rec.SecretID, rec.ShareVersion)
	case ack.X != x:
		return fmt.Errorf("%w: ack is for x=%d, share for x=%d", ErrBadAck, ack.X, x)
	case x == 0 || int(x) > len(rec.ShareHashes) || ack.ShareHash != rec.ShareHashes[x-1]:
		return fmt.Errorf("%w: ack names another share hash for x=%d", ErrBadAck, x)
	case attested && ack.Custodian != wallet:
		return fmt.Errorf("%w: ack signed for %s, custodian's attested enclave wallet is %s", ErrBadAck, ack.Custodian.Hex(), wallet.Hex())
	}
	if err := ack.Verify(); err != nil {
		return fmt.Errorf("%w: %w", ErrBadAck, err)
	}
	return nil
}

// Fetch asks a custodian for its share, forwarding the client's signed
// request; the share comes back wrapped to the asker's transport key.
func (cl *Client) Fetch(ctx context.Context, custodian peer.ID, req FetchRequest) (*FetchResponse, error) {
	if c := cl.local(custodian); c != nil {
		resp, err := c.HandleFetch(ctx, cl.Self.Peer, req)
		if err != nil {
			return nil, fmt.Errorf("fetch share from %s (self): %w", custodian, err)
		}
		resp.Custodian = c.Signer.Address()
		return resp, nil
	}
	w, err := wire.Fetch.Ask(ctx, cl.Streams, cl.Network, custodian, &wire.FetchRequest{Data: req.Data, Signature: req.Signature, EnvelopeHash: req.EnvelopeHash})
	if err != nil {
		return nil, fmt.Errorf("fetch share from %s: %w", custodian, request.FromRemote(err))
	}
	resp := &FetchResponse{ShareVersion: w.ShareVersion, X: w.X, WrappedShare: w.WrappedShare, ReleaseSignature: w.ReleaseSignature}
	if cl.Claims != nil {
		if v, ok := cl.Claims.Get(custodian); ok {
			resp.Custodian = common.Address(v.EnclaveWallet)
		}
	}
	return resp, nil
}

// PublicKey asks a custodian for a secret's public key and checks it
// against the CID it claims; the caller checks that CID against the chain.
func (cl *Client) PublicKey(ctx context.Context, custodian peer.ID, chainID, secretID uint64) ([]byte, string, error) {
	w, err := cl.publicKey(ctx, custodian, chainID, secretID)
	if err != nil {
		return nil, "", fmt.Errorf("public key from %s: %w", custodian, err)
	}
	if err := envelope.CheckPublicKeyCID(w.PublicKey, w.CID); err != nil {
		return nil, "", fmt.Errorf("public key from %s: %w", custodian, err)
	}
	return w.PublicKey, w.CID, nil
}

// Record asks a custodian for a secret's current creation record (of its
// newest version of the key on chain) and checks its signature and CID; the
// caller checks the CID against the chain and that the signer was an
// elected Black Box.
func (cl *Client) Record(ctx context.Context, custodian peer.ID, chainID, secretID uint64) (*CreationRecord, error) {
	w, err := cl.publicKey(ctx, custodian, chainID, secretID)
	if err != nil {
		return nil, fmt.Errorf("creation record from %s: %w", custodian, err)
	}
	rec, err := ParseCreationRecord(w.Record)
	if err != nil {
		return nil, fmt.Errorf("creation record from %s: %w", custodian, err)
	}
	if rec.ChainID != chainID || rec.SecretID != secretID {
		return nil, fmt.Errorf("creation record from %s is for chain %d secret %d", custodian, rec.ChainID, rec.SecretID)
	}
	return rec, nil
}

// ReshareFetch asks a custodian for its share of a secret whose cluster
// membership changed since the share was dealt. The answer's record is
// parsed (its signature checked) and must name the asked secret; the caller
// checks its CID against the chain and the share against the record.
func (cl *Client) ReshareFetch(ctx context.Context, custodian peer.ID, chainID, secretID uint64) (*ReshareResponse, *CreationRecord, error) {
	req := ReshareRequest{ChainID: chainID, SecretID: secretID}
	var resp *ReshareResponse
	if c := cl.local(custodian); c != nil {
		r, err := c.HandleReshareFetch(ctx, cl.Self.Peer, req)
		if err != nil {
			return nil, nil, fmt.Errorf("reshare fetch from %s (self): %w", custodian, err)
		}
		resp = r
	} else {
		w, err := wire.Reshare.Ask(ctx, cl.Streams, cl.Network, custodian, &wire.ReshareRequest{ChainID: chainID, SecretID: secretID})
		if err != nil {
			return nil, nil, fmt.Errorf("reshare fetch from %s: %w", custodian, request.FromRemote(err))
		}
		resp = &ReshareResponse{ShareVersion: w.ShareVersion, X: w.X, WrappedShare: w.WrappedShare, Record: w.Record}
	}
	rec, err := checkReshareResponse(req, resp)
	if err != nil {
		return nil, nil, fmt.Errorf("reshare fetch from %s: %w", custodian, err)
	}
	return resp, rec, nil
}

// ErrBadReshareResponse means a custodian's reshare answer is inconsistent.
var ErrBadReshareResponse = errors.New("malformed reshare response")

// checkReshareResponse parses the answer's record and checks it describes
// the share that came with it.
func checkReshareResponse(req ReshareRequest, resp *ReshareResponse) (*CreationRecord, error) {
	if len(resp.WrappedShare) == 0 {
		return nil, fmt.Errorf("%w: no share", ErrBadReshareResponse)
	}
	rec, err := ParseCreationRecord(resp.Record)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadReshareResponse, err)
	}
	switch {
	case rec.ChainID != req.ChainID || rec.SecretID != req.SecretID:
		return nil, fmt.Errorf("%w: record is for chain %d secret %d", ErrBadReshareResponse, rec.ChainID, rec.SecretID)
	case rec.ShareVersion != resp.ShareVersion:
		return nil, fmt.Errorf("%w: share version %d, record version %d", ErrBadReshareResponse, resp.ShareVersion, rec.ShareVersion)
	case resp.X == 0 || int(resp.X) > len(rec.ShareHashes):
		return nil, fmt.Errorf("%w: x=%d outside 1..%d", ErrBadReshareResponse, resp.X, len(rec.ShareHashes))
	}
	return rec, nil
}
