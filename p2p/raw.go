package p2p

import (
	"context"
	"fmt"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// RawHandler serves one stream whose framing is the protocol's own: a
// request, then an answer longer than one frame (a file download passed
// on between nodes). The stream carries a deadline of the protocol's
// timeout when the handler starts; a handler that streams for longer
// moves it on as bytes flow (st.SetDeadline), so only a stalled stream
// is cut. The stream is closed when the handler returns.
type RawHandler func(ctx context.Context, from peer.ID, st network.Stream)

// ServeRaw registers h for protocol id. With opts.RequireVerified, a peer
// not in the verified table gets its stream reset unread: the raw
// protocols are between attested nodes only.
func ServeRaw(s *Streams, id protocol.ID, opts ServeOptions, h RawHandler) {
	opts = opts.withDefaults()
	s.host.SetStreamHandler(id, func(st network.Stream) {
		from := st.Conn().RemotePeer()
		if opts.RequireVerified && (s.verified == nil || !s.verified.IsVerified(from)) {
			_ = st.Reset()
			s.metrics.streamServed(id, StatusUnverified.String())
			return
		}
		ctx, done, ok := s.trackServer()
		if !ok {
			_ = st.Reset()
			return
		}
		defer done()
		if err := st.SetDeadline(time.Now().Add(opts.Timeout)); err != nil {
			_ = st.Reset()
			return
		}
		h(ctx, from, st)
		if err := st.Close(); err != nil {
			_ = st.Reset()
		}
		s.metrics.streamServed(id, StatusOK.String())
	})
}

// OpenRaw opens a stream to p on protocol id for the caller's own
// framing, with ctx's deadline (or timeout, when ctx has none) on it. The
// caller closes or resets it.
func (s *Streams) OpenRaw(ctx context.Context, p peer.ID, id protocol.ID, timeout time.Duration) (network.Stream, error) {
	st, err := s.host.NewStream(ctx, p, id)
	if err != nil {
		return nil, fmt.Errorf("open %s stream to %s: %w", id, p, err)
	}
	deadline, ok := ctx.Deadline()
	if !ok {
		deadline = time.Now().Add(timeout)
	}
	if err := st.SetDeadline(deadline); err != nil {
		_ = st.Reset()
		return nil, fmt.Errorf("set stream deadline: %w", err)
	}
	return st, nil
}
