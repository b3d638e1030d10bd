package p2p

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/netip"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	ma "github.com/multiformats/go-multiaddr"
)

// Defaults for stream protocols that do not say otherwise.
const (
	DefaultMaxMessage    = 64 << 10
	DefaultStreamTimeout = 10 * time.Second
)

// ServeOptions are the per-protocol rules the server enforces before the
// handler sees anything.
type ServeOptions struct {
	// RequireVerified answers StatusUnverified, without reading the
	// request, to any peer not in the verified-peer table. Custody and
	// Black Box protocols set it; the handshake cannot.
	RequireVerified bool
	// MaxRequest is the largest request frame accepted (default
	// DefaultMaxMessage, at most MaxFrameLimit).
	MaxRequest int
	// MaxResponse is the largest response frame the handler may produce.
	MaxResponse int
	// Timeout bounds the whole exchange: read, handle, write. On a
	// multiplexed stream (ServeMuxed) it bounds each request's handler
	// and each response's write.
	Timeout time.Duration
	// MaxInFlight is how many requests of one multiplexed stream are
	// handled at once (default DefaultMaxInFlight); past it the stream is
	// not read until one finishes. Serve ignores it.
	MaxInFlight int
	// IdleTimeout closes a multiplexed stream that carried no request for
	// that long (default DefaultServerIdleTimeout). Serve ignores it.
	IdleTimeout time.Duration
}

func (o ServeOptions) withDefaults() ServeOptions {
	if o.MaxRequest <= 0 {
		o.MaxRequest = DefaultMaxMessage
	}
	if o.MaxResponse <= 0 {
		o.MaxResponse = DefaultMaxMessage
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultStreamTimeout
	}
	if o.MaxInFlight <= 0 {
		o.MaxInFlight = DefaultMaxInFlight
	}
	if o.IdleTimeout <= 0 {
		o.IdleTimeout = DefaultServerIdleTimeout
	}
	return o
}

// RequestOptions are the client's limits for one exchange.
type RequestOptions struct {
	MaxRequest  int
	MaxResponse int
	Timeout     time.Duration
	// IdleTimeout closes a multiplexed client stream (Call) that no call
	// used for that long (default DefaultClientIdleTimeout); the call that
	// opens the stream sets it. Request ignores it.
	IdleTimeout time.Duration
}

func (o RequestOptions) withDefaults() RequestOptions {
	if o.MaxRequest <= 0 {
		o.MaxRequest = DefaultMaxMessage
	}
	if o.MaxResponse <= 0 {
		o.MaxResponse = DefaultMaxMessage
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultStreamTimeout
	}
	if o.IdleTimeout <= 0 {
		o.IdleTimeout = DefaultClientIdleTimeout
	}
	return o
}

// VerifiedChecker answers whether a peer is currently verified; the
// verified-peer table implements it.
type VerifiedChecker interface {
	IsVerified(p peer.ID) bool
}

// Streams serves and calls the node's stream protocols, all through the same
// framing. Serve and Request: one request, one response, one stream,
// deadlines on both sides, the stream closed on success and reset on any
// error. ServeMuxed and Call: many requests on one persistent stream per
// (peer, protocol) (mux.go); Close ends those.
type Streams struct {
	host     host.Host
	verified VerifiedChecker
	metrics  *Metrics
	log      *slog.Logger

	ctx       context.Context // cancelled by Close; ends served multiplexed streams and opens
	cancel    context.CancelFunc
	mu        sync.Mutex
	sessions  map[muxKey]*muxSlot // client sessions, by (peer, protocol)
	closed    bool
	wg        sync.WaitGroup // session readers and served multiplexed streams
	closeOnce sync.Once
}

// RemoteIP is the IP address of p's first open connection, if it has one
// over IP (a relayed connection has none of its own).
func (s *Streams) RemoteIP(p peer.ID) (netip.Addr, bool) {
	for _, c := range s.host.Network().ConnsToPeer(p) {
		addr := c.RemoteMultiaddr()
		for _, code := range []int{ma.P_IP4, ma.P_IP6} {
			if v, err := addr.ValueForProtocol(code); err == nil {
				if ip, err := netip.ParseAddr(v); err == nil {
					return ip, true
				}
			}
		}
	}
	return netip.Addr{}, false
}

// NewStreams returns the stream helper of host h. verified gates protocols
// served with RequireVerified; metrics may be nil. Close it before the
// host.
func NewStreams(h host.Host, verified VerifiedChecker, metrics *Metrics, log *slog.Logger) *Streams {
	if log == nil {
		log = slog.Default()
	}
	ctx, cancel := context.WithCancel(context.Background())
	return &Streams{
		host: h, verified: verified, metrics: metrics, log: log,
		ctx: ctx, cancel: cancel, sessions: make(map[muxKey]*muxSlot),
	}
}

// Handler answers one decoded request from an authenticated peer. Return a
// *RemoteError to refuse with a chosen status.
type Handler[Req, Resp any] func(ctx context.Context, from peer.ID, req *Req) (*Resp, error)

// Serve registers h for protocol id on s's host. Req and Resp are encoded
// with the network's deterministic CBOR.
func Serve[Req, Resp any](s *Streams, id protocol.ID, opts ServeOptions, h Handler[Req, Resp]) {
	opts = opts.withDefaults()
	s.host.SetStreamHandler(id, func(st network.Stream) {
		outcome := serveOne(s, st, opts, h)
		s.metrics.streamServed(id, outcome)
	})
}

// serveOne runs one exchange and returns its outcome label for metrics.
func serveOne[Req, Resp any](s *Streams, st network.Stream, opts ServeOptions, h Handler[Req, Resp]) string {
	from := st.Conn().RemotePeer()
	log := s.log.With("protocol", st.Protocol(), "peer", from)
	ctx, cancel := context.WithTimeout(context.Background(), opts.Timeout)
	defer cancel()
	if err := st.SetDeadline(time.Now().Add(opts.Timeout)); err != nil {
		_ = st.Reset()
		return "error"
	}

	if opts.RequireVerified && (s.verified == nil || !s.verified.IsVerified(from)) {
		// Answer without reading the request: an unverified peer gets
		// nothing processed, but a clear reason instead of a bare reset.
		_ = st.CloseRead()
		if err := writeResponse(st, response{Status: StatusUnverified, Message: "not in verified peer table"}, opts.MaxResponse); err != nil {
			_ = st.Reset()
			return "error"
		}
		_ = st.Close()
		return StatusUnverified.String()
	}

	raw, err := ReadFrame(st, opts.MaxRequest)
	if err != nil {
		log.Debug("read request", "err", err)
		// Tell a too-large or empty request why; a broken stream just resets.
		if errors.Is(err, ErrFrameTooLarge) || errors.Is(err, ErrEmptyFrame) {
			if werr := writeResponse(st, response{Status: StatusBadRequest, Message: err.Error()}, opts.MaxResponse); werr == nil {
				_ = st.Close()
				return StatusBadRequest.String()
			}
		}
		_ = st.Reset()
		return StatusBadRequest.String()
	}
	_ = st.CloseRead()
	req := new(Req)
	if err := Unmarshal(raw, req); err != nil {
		_ = writeResponse(st, response{Status: StatusBadRequest, Message: "request does not decode"}, opts.MaxResponse)
		_ = st.Close()
		return StatusBadRequest.String()
	}

	resp, herr := h(ctx, from, req)
	var out response
	if herr != nil {
		var re *RemoteError
		if errors.As(herr, &re) {
			out = response{Status: re.Status, Message: re.Message, Code: re.Code, Details: re.Details}
		} else {
			log.Warn("handler failed", "err", herr)
			out = response{Status: StatusInternal, Message: "internal error"}
		}
	} else {
		body, err := Marshal(resp)
		if err != nil {
			log.Error("encode response", "err", err)
			out = response{Status: StatusInternal, Message: "internal error"}
		} else {
			out = response{Status: StatusOK, Body: body}
		}
	}
	if err := writeResponse(st, out, opts.MaxResponse); err != nil {
		log.Debug("write response", "err", err)
		_ = st.Reset()
		return "error"
	}
	if err := st.Close(); err != nil {
		return "error"
	}
	return out.Status.String()
}

func writeResponse(st network.Stream, r response, limit int) error {
	b, err := Marshal(r)
	if err != nil {
		return err
	}
	return WriteFrame(st, b, limit)
}

// Request opens a stream to p on protocol id, sends req, and decodes the
// answer into resp (a pointer). A refusal comes back as a *RemoteError;
// errors.Is(err, ErrUnverified) tells the unverified case.
func (s *Streams) Request(ctx context.Context, p peer.ID, id protocol.ID, req, resp any) error {
	return s.RequestWith(ctx, p, id, req, resp, RequestOptions{})
}

// RequestWith is Request with explicit limits.
func (s *Streams) RequestWith(ctx context.Context, p peer.ID, id protocol.ID, req, resp any, opts RequestOptions) (err error) {
	opts = opts.withDefaults()
	defer func() { s.metrics.streamRequested(id, err) }()

	payload, err := encodeRequest(req, opts.MaxRequest)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	st, err := s.host.NewStream(ctx, p, id)
	if err != nil {
		return fmt.Errorf("open %s stream to %s: %w", id, p, err)
	}
	ok := false
	defer func() {
		if !ok {
			_ = st.Reset()
		}
	}()
	deadline, _ := ctx.Deadline()
	if err := st.SetDeadline(deadline); err != nil {
		return fmt.Errorf("set stream deadline: %w", err)
	}
	// A server that refuses before reading may already have closed its
	// read side; its answer is still worth reading, so a write error is
	// kept and reported only if no answer comes.
	werr := WriteFrame(st, payload, opts.MaxRequest)
	if werr == nil {
		werr = st.CloseWrite()
	}
	raw, err := ReadFrame(st, opts.MaxResponse)
	if err != nil {
		if werr != nil {
			return fmt.Errorf("send request on %s: %w", id, werr)
		}
		return fmt.Errorf("read response on %s: %w", id, err)
	}
	r, err := decodeResponse(raw)
	if err != nil {
		return fmt.Errorf("response on %s: %w", id, err)
	}
	ok = true
	_ = st.Close()
	return decodeAnswer(id, muxResponse{Status: r.Status, Message: r.Message, Body: r.Body, Code: r.Code, Details: r.Details}, resp)
}

// encodeRequest encodes a request body and checks it against the caller's
// limit before anything is sent.
func encodeRequest(req any, limit int) ([]byte, error) {
	payload, err := Marshal(req)
	if err != nil {
		return nil, err
	}
	if len(payload) > limit {
		return nil, fmt.Errorf("request of %d bytes (limit %d): %w", len(payload), limit, ErrFrameTooLarge)
	}
	return payload, nil
}

// decodeAnswer turns a decoded answer into the caller's result: a refusal
// as a *RemoteError, an OK answer decoded into resp.
func decodeAnswer(id protocol.ID, r muxResponse, resp any) error {
	if r.Status != StatusOK {
		return &RemoteError{Status: r.Status, Message: r.Message, Code: r.Code, Details: r.Details}
	}
	body := r.Body
	if len(body) == 0 {
		return fmt.Errorf("response on %s: %w: ok without body", id, ErrMalformed)
	}
	if err := Unmarshal(body, resp); err != nil {
		return fmt.Errorf("response body on %s: %w", id, err)
	}
	return nil
}
