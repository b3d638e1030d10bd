package blackbox

import (
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"net/http"
	"strings"

	"github.com/cifer-network/cifer/blackbox/request"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/p2p"
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
	wire.Decrypt.Serve(streams, network, func(ctx context.Context, _ peer.ID, req *wire.DecryptRequest) (*wire.DecryptResponse, error) {
		pt, err := a.decrypt(ctx, decryptBody{signedBody: signedBody{Data: req.Data, Signature: req.Signature}, Cifer: req.Cifer, InputFormat: req.InputFormat})
		if err != nil {
			return nil, remoteErrorOf(err)
		}
		// The framing encodes the response after we return, so the
		// plaintext cannot be wiped here; it lives as long as one frame.
		return &wire.DecryptResponse{Plaintext: pt}, nil
	})
	wire.FileKey.Serve(streams, network, func(ctx context.Context, _ peer.ID, req *wire.FileKeyRequest) (*wire.FileKeyResponse, error) {
		key, err := a.fileKey(ctx, req)
		if err != nil {
			return nil, remoteErrorOf(err)
		}
		return &wire.FileKeyResponse{Key: key}, nil
	})
}

// fileKey applies the decrypt checks to a file-key request: the data string
// names the secret and the file, the signer must be its owner or delegate,
// and each signed request is used once.
func (a *API) fileKey(ctx context.Context, req *wire.FileKeyRequest) ([]byte, error) {
	opener, ok := a.Keys.(FileKeyOpener)
	if !ok {
		return nil, &apiError{status: http.StatusServiceUnavailable, msg: "File decryption is not available on this node"}
	}
	h, err := envelope.ParseFileHeader(req.Header)
	if err != nil {
		return nil, badRequest("Invalid file header: %v", err)
	}
	r, err := a.authenticate(ctx, signedBody{Data: req.Data, Signature: req.Signature})
	if err != nil {
		return nil, err
	}
	if err := r.ExpectFields(5); err != nil {
		return nil, err
	}
	if r.ChainID != h.Binding.ChainID || r.SecretID != h.Binding.SecretID {
		return nil, badRequest("File is for chain %d secret %d, the request names chain %d secret %d",
			h.Binding.ChainID, h.Binding.SecretID, r.ChainID, r.SecretID)
	}
	if id, err := hex.DecodeString(strings.TrimPrefix(r.Tail, "0x")); err != nil || !bytes.Equal(id, h.FileID[:]) {
		return nil, badRequest("The request's file ID does not match the file header")
	}
	st, err := a.Chain.SecretState(ctx, r.ChainID, r.SecretID)
	if err != nil {
		return nil, err
	}
	if err := request.AuthorizeDecrypt(st, r.Signer); err != nil {
		return nil, err
	}
	if a.Replay != nil {
		if err := a.Replay.Use(req.Data, req.Signature); err != nil {
			return nil, err
		}
	}
	return opener.FileKey(ctx, custody.FetchRequest{Data: req.Data, Signature: req.Signature}, h)
}

// remoteErrorOf turns an API error into the refusal the client sees: the
// same message /decrypt-payload would give; a client mistake is a bad
// request, a server failure internal (so the client tries another Black
// Box), anything else a refusal.
func remoteErrorOf(err error) error {
	status, msg := statusOf(err)
	switch {
	case status >= http.StatusInternalServerError:
		return &p2p.RemoteError{Status: p2p.StatusInternal, Message: msg}
	case status == http.StatusBadRequest || status == http.StatusRequestEntityTooLarge:
		return &p2p.RemoteError{Status: p2p.StatusBadRequest, Message: msg}
	default:
		return &p2p.RemoteError{Status: p2p.StatusRefused, Message: msg}
	}
}
