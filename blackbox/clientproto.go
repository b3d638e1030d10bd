package blackbox

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cifer-network/cifer/p2p"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// The light-client protocols. Light clients are not attested nodes, so these
// are served to any peer: the statement is public, and a decrypt request
// carries its own authority (the owner's or delegate's signature), checked
// exactly as /decrypt-payload checks it before any custodian is asked.

// StatementProtocol serves this node's current attestation statement, so a
// light client can verify a Black Box before it sends it anything.
func StatementProtocol(network string) protocol.ID {
	return protocol.ID("/cifer/" + network + "/blackbox/statement/1.0.0")
}

// DecryptProtocol is the light client's decrypt call: the same signed data
// string and cifer as /decrypt-payload.
func DecryptProtocol(network string) protocol.ID {
	return protocol.ID("/cifer/" + network + "/blackbox/decrypt/1.0.0")
}

// Wire messages (deterministic CBOR through the p2p framing helper).
type (
	// StatementRequest asks for the node's statement; it has no fields.
	StatementRequest struct{}
	// StatementResponse is the node's encoded attestation statement.
	StatementResponse struct {
		Statement []byte
	}
	// DecryptRequest is /decrypt-payload's body: data is
	// chainId_secretId_signer_blockNumber_encryptedMessage, signed EIP-191.
	DecryptRequest struct {
		Data        string
		Signature   string
		Cifer       string
		InputFormat string
	}
	// DecryptResponse carries the plaintext.
	DecryptResponse struct {
		Plaintext []byte
	}
)

// decryptFrameLimit fits the largest payload in hex or base64 with the
// cifer and the data string's other fields.
const decryptFrameLimit = 64 << 10

// LocalStatement is this node's statement source (enclave.Issuer).
type LocalStatement interface {
	Current(ctx context.Context) ([]byte, error)
}

// ServeClients registers the light-client protocols of network on streams.
func (a *API) ServeClients(streams *p2p.Streams, network string, local LocalStatement) {
	p2p.Serve(streams, StatementProtocol(network), p2p.ServeOptions{}, func(ctx context.Context, _ peer.ID, _ *StatementRequest) (*StatementResponse, error) {
		st, err := local.Current(ctx)
		if err != nil {
			return nil, fmt.Errorf("current statement: %w", err)
		}
		return &StatementResponse{Statement: st}, nil
	})
	opts := p2p.ServeOptions{MaxRequest: decryptFrameLimit, MaxResponse: decryptFrameLimit}
	p2p.Serve(streams, DecryptProtocol(network), opts, func(ctx context.Context, _ peer.ID, req *DecryptRequest) (*DecryptResponse, error) {
		pt, err := a.decrypt(ctx, decryptBody{signedBody: signedBody{Data: req.Data, Signature: req.Signature}, Cifer: req.Cifer, InputFormat: req.InputFormat})
		if err != nil {
			return nil, remoteErrorOf(err)
		}
		// The framing encodes the response after we return, so the
		// plaintext cannot be wiped here; it lives as long as one frame.
		return &DecryptResponse{Plaintext: pt}, nil
	})
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
