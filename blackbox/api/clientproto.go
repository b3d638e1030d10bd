package api

import (
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/request"
	"github.com/cifer-network/cifer/wire"
	"github.com/libp2p/go-libp2p/core/peer"
)

// The light-client protocols (wire.Statement, wire.Decrypt, wire.FileKey).
// Light clients are not attested nodes, so these are served to any peer: the
// statement is public, and a decrypt request carries its own authority (the
// owner's or delegate's signature), checked exactly as /decrypt-payload
// checks it before any custodian is asked.

// LocalStatement is this node's statement source (enclave.Issuer).
type LocalStatement interface {
	Current(ctx context.Context) ([]byte, error)
}

// ServeClients registers the light-client protocols of network on streams.
func (a *API) ServeClients(streams *p2p.Streams, network string, local LocalStatement) {
	wire.Statement.Serve(streams, network, func(ctx context.Context, _ peer.ID, _ *wire.StatementRequest) (*wire.StatementResponse, error) {
		st, err := local.Current(ctx)
		if err != nil {
			return nil, fmt.Errorf("current statement: %w", err)
		}
		return &wire.StatementResponse{Statement: st}, nil
	})
	// Decrypt runs on a multiplexed stream: a client's decrypts share one
	// persistent stream per Black Box.
	wire.Decrypt.Serve(streams, network, func(ctx context.Context, from peer.ID, req *wire.DecryptRequest) (*wire.DecryptResponse, error) {
		if err := a.allowPeer(streams, from); err != nil {
			return nil, remoteErrorOf(err)
		}
		// A light client's decrypt counts against the signer's plan here;
		// one an attested gateway forwards was counted at its door.
		forwarded := a.Attested != nil && a.Attested.IsVerified(from)
		pt, err := a.decrypt(ctx, decryptBody{signedBody: signedBody{Data: req.Data, Signature: req.Signature}, Cifer: req.Cifer, InputFormat: req.InputFormat,
			boundMessage: req.EncryptedMessage, forwarded: forwarded})
		if err != nil {
			return nil, remoteErrorOf(err)
		}
		// The framing encodes the response after we return, so the
		// plaintext cannot be wiped here; it lives as long as one frame.
		return &wire.DecryptResponse{Plaintext: pt}, nil
	})
	wire.FileKey.Serve(streams, network, func(ctx context.Context, from peer.ID, req *wire.FileKeyRequest) (*wire.FileKeyResponse, error) {
		if err := a.allowPeer(streams, from); err != nil {
			return nil, remoteErrorOf(err)
		}
		key, err := a.fileKey(ctx, req, a.Attested != nil && a.Attested.IsVerified(from))
		if err != nil {
			return nil, remoteErrorOf(err)
		}
		return &wire.FileKeyResponse{Key: key}, nil
	})
}

// ServeGateways registers what other nodes serving the API ask of this
// one, attested nodes only (the descriptors gate them): the stream keys of
// a file job a gateway runs (wire.StreamKeys: the keys open whole
// streams), and calls about the jobs this node holds (wire.JobCall).
func (a *API) ServeGateways(streams *p2p.Streams, network string) {
	a.streams, a.network = streams, network
	p2p.ServeRaw(streams, wire.JobCall.ID(network), wire.JobCall.ServeOptions(), a.serveJobCall)
	wire.StreamKeys.Serve(streams, network, func(ctx context.Context, _ peer.ID, req *wire.StreamKeysRequest) (*wire.StreamKeysResponse, error) {
		keys, err := a.streamKeys(ctx, req)
		if err != nil {
			return nil, remoteErrorOf(err)
		}
		// As with plaintexts, the framing encodes the keys after we return.
		return &wire.StreamKeysResponse{Keys: keys}, nil
	})
}

// streamKeys checks the gateway's forwarded /decrypt-file request as
// /decrypt-file checks it (four fields, decrypt rule, single use), checks
// every header is for the secret it names, and answers each stream's key.
func (a *API) streamKeys(ctx context.Context, req *wire.StreamKeysRequest) ([][]byte, error) {
	opener, ok := a.Keys.(blackbox.StreamKeyOpener)
	if !ok {
		return nil, &apiError{code: request.CodeUnavailable, msg: "File decryption is not available on this node"}
	}
	if len(req.Headers) == 0 || len(req.Headers) > wire.MaxStreamKeys {
		return nil, badRequest("A file has 1 to %d streams, got %d", wire.MaxStreamKeys, len(req.Headers))
	}
	headers := make([]*envelope.FileHeader, len(req.Headers))
	for i, raw := range req.Headers {
		h, err := envelope.ParseFileHeader(raw)
		if err != nil {
			return nil, badRequest("Invalid file header %d: %v", i, err)
		}
		headers[i] = h
	}
	checked, err := a.check(ctx, signedBody{Data: req.Data, Signature: req.Signature}, request.Spec{Fields: 4, Rule: request.Decrypt, Replay: true,
		Validate: func(r *request.Checked) error {
			for i, h := range headers {
				if h.Binding.ChainID != r.ChainID || h.Binding.SecretID != r.SecretID {
					return badRequest("Stream %d is for chain %d secret %d, the request names chain %d secret %d",
						i, h.Binding.ChainID, h.Binding.SecretID, r.ChainID, r.SecretID)
				}
			}
			return nil
		}})
	if err != nil {
		return nil, err
	}
	return opener.StreamKeys(ctx, custody.FetchRequest{Data: req.Data, Signature: req.Signature},
		envelope.Binding{ChainID: checked.ChainID, SecretID: checked.SecretID}, headers)
}

// fileKey is the file-key call: the signed data names the secret and the
// file, and passes the pipeline as a single-use decrypt-type call; the
// header's binding and file ID must match it (checked before the request is
// spent, so a client that sent the wrong header can send it again).
// forwarded is as for decrypt: a gateway's file key was counted at its door.
func (a *API) fileKey(ctx context.Context, req *wire.FileKeyRequest, forwarded bool) ([]byte, error) {
	opener, ok := a.Keys.(blackbox.FileKeyOpener)
	if !ok {
		return nil, &apiError{code: request.CodeUnavailable, msg: "File decryption is not available on this node"}
	}
	h, err := envelope.ParseFileHeader(req.Header)
	if err != nil {
		return nil, badRequest("Invalid file header: %v", err)
	}
	// Two forms: the action-bound one (data ends in cifer-filekey-v1_<hash
	// of the header>), which custodians can tell from any other request,
	// and the earlier chainId_secretId_signer_block_<file ID>.
	var envelopeHash []byte
	meter := request.Decryption
	if forwarded {
		meter = request.NotMetered
	}
	_, err = a.check(ctx, signedBody{Data: req.Data, Signature: req.Signature}, request.Spec{Rule: request.Decrypt, Replay: true, Meter: meter,
		Shape: func(r *request.Request) error {
			if _, _, ok := r.Action(); ok {
				return r.ExpectFields(6)
			}
			return r.ExpectFields(5)
		},
		Validate: func(r *request.Checked) error {
			if r.ChainID != h.Binding.ChainID || r.SecretID != h.Binding.SecretID {
				return badRequest("File is for chain %d secret %d, the request names chain %d secret %d",
					h.Binding.ChainID, h.Binding.SecretID, r.ChainID, r.SecretID)
			}
			if action, hash, ok := r.Action(); ok {
				if action != request.ActionFileKey || hash != request.FileKeyHash(req.Header) {
					return badRequest("The request's header hash does not match the file header")
				}
				envelopeHash = hash[:]
				return nil
			}
			if id, err := hex.DecodeString(strings.TrimPrefix(r.Tail, "0x")); err != nil || !bytes.Equal(id, h.FileID[:]) {
				return badRequest("The request's file ID does not match the file header")
			}
			return nil
		}})
	if err != nil {
		return nil, err
	}
	return opener.FileKey(ctx, custody.FetchRequest{Data: req.Data, Signature: req.Signature, EnvelopeHash: envelopeHash}, h)
}

// allowPeer applies the per-IP limit to a light client by the address of
// its connection: peer IDs are free to make, addresses are not.
func (a *API) allowPeer(streams *p2p.Streams, from peer.ID) error {
	if a.IPLimit == nil {
		return nil
	}
	// An attested node forwarding for its clients is one address for
	// many signers (a gateway): the per-signer limit still applies to
	// each request it forwards, and its own door limited its clients' IPs.
	if a.Attested != nil && a.Attested.IsVerified(from) {
		return nil
	}
	ip, _ := streams.RemoteIP(from)
	return a.IPLimit.Allow(ip)
}

// remoteErrorOf is the p2p door's adapter: the refusal the client sees is
// the one /decrypt-payload would give (refusalOf), with its code and the
// table's p2p status (a client mistake is a bad request, a server failure
// internal, so the client tries another Black Box, anything else a
// refusal).
func remoteErrorOf(err error) error {
	return refusalOf(err).ToRemote()
}
