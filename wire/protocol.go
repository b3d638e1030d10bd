package wire

import (
	"context"
	"time"

	"github.com/cifer-network/cifer/p2p"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// Info is what a protocol is, apart from its message types.
type Info struct {
	// Name and Version make the protocol ID on a network:
	// /cifer/<network>/<Name>/<Version> (p2p.ProtocolID). A breaking
	// change to a message bumps Version.
	Name    string
	Version string
	// MaxRequest and MaxResponse are the largest frames either side
	// accepts (at most p2p.MaxFrameLimit).
	MaxRequest  int
	MaxResponse int
	// Timeout bounds one exchange on both sides: the server's read,
	// handler and write, the client's whole call. A caller with its own
	// budget replaces it (WithTimeout).
	Timeout time.Duration
	// Muxed says the protocol runs many requests on one persistent stream
	// per peer (p2p.ServeMuxed and Call) rather than a stream per request:
	// the hot paths, asked on every decrypt.
	Muxed bool
	// Verified says only peers in the verified (attested) table are
	// served; the others get p2p.StatusUnverified without their request
	// being read.
	Verified bool
}

// ID is the protocol's ID on network.
func (i Info) ID(network string) protocol.ID { return p2p.ProtocolID(network, i.Name, i.Version) }

// ServeOptions are the server's limits for the protocol.
func (i Info) ServeOptions() p2p.ServeOptions {
	return p2p.ServeOptions{RequireVerified: i.Verified, MaxRequest: i.MaxRequest, MaxResponse: i.MaxResponse, Timeout: i.Timeout}
}

// RequestOptions are the client's limits for the protocol.
func (i Info) RequestOptions() p2p.RequestOptions {
	return p2p.RequestOptions{MaxRequest: i.MaxRequest, MaxResponse: i.MaxResponse, Timeout: i.Timeout}
}

// Protocol is a request/response protocol whose request is a Req and whose
// answer is a Resp.
type Protocol[Req, Resp any] struct {
	Info
}

// WithTimeout returns p with its exchange timeout replaced by d (d <= 0
// keeps it): a caller with its own per-call budget.
func (p Protocol[Req, Resp]) WithTimeout(d time.Duration) Protocol[Req, Resp] {
	if d > 0 {
		p.Timeout = d
	}
	return p
}

// Serve registers h for the protocol of network on streams, on a
// multiplexed stream or a stream per request as the descriptor says.
func (p Protocol[Req, Resp]) Serve(s *p2p.Streams, network string, h p2p.Handler[Req, Resp]) {
	if p.Muxed {
		p2p.ServeMuxed(s, p.ID(network), p.ServeOptions(), h)
		return
	}
	p2p.Serve(s, p.ID(network), p.ServeOptions(), h)
}

// Ask sends req to peer to on the protocol of network and returns its
// answer. A refusal is a *p2p.RemoteError.
func (p Protocol[Req, Resp]) Ask(ctx context.Context, s *p2p.Streams, network string, to peer.ID, req *Req) (*Resp, error) {
	resp := new(Resp)
	var err error
	if p.Muxed {
		err = s.Call(ctx, to, p.ID(network), req, resp, p.RequestOptions())
	} else {
		err = s.RequestWith(ctx, to, p.ID(network), req, resp, p.RequestOptions())
	}
	if err != nil {
		return nil, err
	}
	return resp, nil
}

// RawProtocol is a protocol with its own framing after the first request
// frame (p2p.ServeRaw, Streams.OpenRaw): an answer longer than one frame.
type RawProtocol struct {
	Info
}

// All lists every stream protocol of the network, the handshake included,
// for documentation and for tests that check IDs are unique.
func All() []Info {
	return []Info{
		Handshake,
		Statement.Info, Decrypt.Info, FileKey.Info, StreamKeys.Info, JobCall.Info,
		Store.Info, Fetch.Info, PublicKey.Info, Reshare.Info,
		MissingMember.Info,
	}
}
