package p2p

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// Persistent, multiplexed request/response streams.
//
// A one-shot exchange (Serve, Request) costs a stream open, a multistream
// negotiation and a close on each side: seven or eight small encrypted
// writes for one request. ServeMuxed and Call keep one long-lived stream per
// (peer, protocol) instead and carry many requests on it, each tagged with
// an ID, so an exchange costs one write for the request and one for the
// answer. Answers come back in any order.

// Defaults for multiplexed streams.
const (
	DefaultMaxInFlight       = 64
	DefaultServerIdleTimeout = 2 * time.Minute
	DefaultClientIdleTimeout = time.Minute
)

// muxOverhead is the room a multiplexed envelope takes around a message on
// top of the protocol's own limit: array header, ID, status, the headers of
// the message text and of the body byte string.
const muxOverhead = 32

// maxAbandoned bounds the calls of one client session that gave up waiting
// and whose answers have not come yet; past it the server is not answering
// and the session is torn down.
const maxAbandoned = 4096

// Errors of multiplexed calls.
var (
	// ErrStreamsClosed means Close was called: pending calls are failed
	// and later calls refused.
	ErrStreamsClosed = errors.New("p2p streams closed")
	// ErrSessionLost means the persistent stream a call was sent on
	// failed (reset, closed by the peer, or it broke the protocol) before
	// the answer came. The request may or may not have been handled; the
	// next Call opens a fresh stream.
	ErrSessionLost = errors.New("multiplexed stream lost")
)

// muxRequest is one request on a multiplexed stream: [id, body] as a CBOR
// array; body is the protocol's CBOR-encoded request as a byte string.
type muxRequest struct {
	_    struct{} `cbor:",toarray"`
	ID   uint64
	Body []byte
}

// muxResponse is one answer: [id, status, message, body] as a CBOR array;
// body is the protocol's CBOR-encoded answer as a byte string, null unless
// status is OK.
type muxResponse struct {
	ID      uint64
	Status  Status
	Message string
	Body    []byte
	// Code and Details are a refusal's application code and numbers
	// (RemoteError); with either set the envelope is
	// [id, status, message, body, code, details], else it is as before.
	Code    string
	Details map[string]uint64
}

type muxResponseV1 struct {
	_       struct{} `cbor:",toarray"`
	ID      uint64
	Status  Status
	Message string
	Body    []byte
}

type muxResponseCoded struct {
	_       struct{} `cbor:",toarray"`
	ID      uint64
	Status  Status
	Message string
	Body    []byte
	Code    string
	Details map[string]uint64
}

// MarshalCBOR writes the short form unless the refusal carries a code.
func (r muxResponse) MarshalCBOR() ([]byte, error) {
	if r.Code == "" && len(r.Details) == 0 {
		return encMode.Marshal(muxResponseV1{ID: r.ID, Status: r.Status, Message: r.Message, Body: r.Body})
	}
	return encMode.Marshal(muxResponseCoded{ID: r.ID, Status: r.Status, Message: r.Message, Body: r.Body, Code: r.Code, Details: r.Details})
}

// UnmarshalCBOR reads either form.
func (r *muxResponse) UnmarshalCBOR(b []byte) error {
	n, err := arrayLen(b)
	if err != nil {
		return err
	}
	switch n {
	case 4:
		var v muxResponseV1
		if err := decMode.Unmarshal(b, &v); err != nil {
			return err
		}
		*r = muxResponse{ID: v.ID, Status: v.Status, Message: v.Message, Body: v.Body}
	case 6:
		var v muxResponseCoded
		if err := decMode.Unmarshal(b, &v); err != nil {
			return err
		}
		*r = muxResponse{ID: v.ID, Status: v.Status, Message: v.Message, Body: v.Body, Code: v.Code, Details: v.Details}
	default:
		return fmt.Errorf("answer envelope of %d items, want 4 or 6", n)
	}
	return nil
}

// decodeMuxRequest decodes a request envelope, refusing trailing bytes.
func decodeMuxRequest(b []byte) (muxRequest, error) {
	var r muxRequest
	if err := Unmarshal(b, &r); err != nil {
		return muxRequest{}, err
	}
	if err := checkMuxID(b, r.ID); err != nil {
		return muxRequest{}, err
	}
	return r, nil
}

// decodeMuxResponse decodes an answer envelope, refusing trailing bytes.
func decodeMuxResponse(b []byte) (muxResponse, error) {
	var r muxResponse
	if err := Unmarshal(b, &r); err != nil {
		return muxResponse{}, err
	}
	if err := checkMuxID(b, r.ID); err != nil {
		return muxResponse{}, err
	}
	return r, nil
}

// checkMuxID refuses an envelope whose ID is not encoded as a CBOR unsigned
// integer: the decoder also turns a simple value (0xf1: 17) into an
// integer, and the ID a server answers a malformed request with
// (peekMuxID) must be the ID a well-formed one would have carried.
func checkMuxID(b []byte, id uint64) error {
	if got, ok := peekMuxID(b); !ok || got != id {
		return fmt.Errorf("%w: envelope id is not an unsigned integer", ErrMalformed)
	}
	return nil
}

// peekMuxID reads the ID of an envelope that does not decode as a whole:
// the head of a definite CBOR array of at least one item whose first item
// is an unsigned integer. It is how a server still answers "bad request"
// to the right caller.
func peekMuxID(b []byte) (uint64, bool) {
	major, n, rest, ok := cborHead(b)
	if !ok || major != 4 || n == 0 {
		return 0, false
	}
	major, id, _, ok := cborHead(rest)
	if !ok || major != 0 {
		return 0, false
	}
	return id, true
}

// cborHead splits the initial byte and argument of a CBOR data item off b.
func cborHead(b []byte) (major byte, arg uint64, rest []byte, ok bool) {
	if len(b) == 0 {
		return 0, 0, nil, false
	}
	major, info := b[0]>>5, b[0]&0x1f
	b = b[1:]
	switch {
	case info < 24:
		return major, uint64(info), b, true
	case info <= 27:
		size := 1 << (info - 24)
		if len(b) < size {
			return 0, 0, nil, false
		}
		for _, c := range b[:size] {
			arg = arg<<8 | uint64(c)
		}
		return major, arg, b[size:], true
	default: // reserved or indefinite length
		return 0, 0, nil, false
	}
}

// encodeFrame encodes v and its frame header into one buffer, ready for a
// single Write.
func encodeFrame(v any, limit int) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(512)
	buf.Write(make([]byte, FrameHeaderLen))
	if err := encMode.NewEncoder(&buf).Encode(v); err != nil {
		return nil, fmt.Errorf("encode %T: %w", v, err)
	}
	b := buf.Bytes()
	n := len(b) - FrameHeaderLen
	if n > limit || limit > MaxFrameLimit {
		return nil, fmt.Errorf("frame of %d bytes (limit %d): %w", n, limit, ErrFrameTooLarge)
	}
	binary.BigEndian.PutUint32(b, uint32(n))
	return b, nil
}

// readMuxFrame is ReadFrame with the limit read once the header is in (a
// client session's limit grows with its callers'), and it reports whether
// any byte of the frame was read, so a deadline that passed between frames
// can be told from one inside a frame.
func readMuxFrame(r io.Reader, limit func() int) (payload []byte, started bool, err error) {
	var hdr [FrameHeaderLen]byte
	n, err := io.ReadFull(r, hdr[:])
	if err != nil {
		return nil, n > 0, fmt.Errorf("read frame header: %w", err)
	}
	size := binary.BigEndian.Uint32(hdr[:])
	if size == 0 {
		return nil, true, ErrEmptyFrame
	}
	if lim := limit(); uint64(size) > uint64(lim) || lim > MaxFrameLimit {
		return nil, true, fmt.Errorf("peer announced %d bytes (limit %d): %w", size, lim, ErrFrameTooLarge)
	}
	buf := make([]byte, size)
	if _, err := io.ReadFull(r, buf); err != nil {
		return nil, true, fmt.Errorf("read frame payload: %w", err)
	}
	return buf, true, nil
}

// muxLimit is a protocol limit plus the envelope, capped at MaxFrameLimit.
func muxLimit(limit int) int {
	return min(limit+muxOverhead, MaxFrameLimit)
}

func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.Is(err, os.ErrDeadlineExceeded) || (errors.As(err, &t) && t.Timeout())
}

// ---------------------------------------------------------------- server

// ServeMuxed registers h for protocol id on s's host, on streams that carry
// many requests each (see Call). Requests on one stream are handled
// concurrently, at most opts.MaxInFlight at once; beyond that the stream is
// not read, so flow control holds the peer back. Each request gets its own
// context bounded by opts.Timeout, and RequireVerified is checked for every
// request. The stream is closed after opts.IdleTimeout without requests,
// when s is closed, and when the host shuts down. Handlers must honour ctx:
// a stream ends only once its handlers have returned.
func ServeMuxed[Req, Resp any](s *Streams, id protocol.ID, opts ServeOptions, h Handler[Req, Resp]) {
	opts = opts.withDefaults()
	s.host.SetStreamHandler(id, func(st network.Stream) {
		ctx, done, ok := s.trackServer()
		if !ok {
			_ = st.Reset()
			return
		}
		defer done()
		m := &muxServer[Req, Resp]{
			s:     s,
			id:    id,
			st:    st,
			opts:  opts,
			h:     h,
			from:  st.Conn().RemotePeer(),
			inUse: make(map[uint64]struct{}),
		}
		m.log = s.log.With("protocol", id, "peer", m.from)
		m.ctx, m.cancel = context.WithCancel(ctx)
		defer m.cancel()
		m.serve()
	})
}

// trackServer registers a served stream so Close can end it and wait for
// it; ok is false once s is closed.
func (s *Streams) trackServer() (ctx context.Context, done func(), ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, nil, false
	}
	s.wg.Add(1)
	return s.ctx, s.wg.Done, true
}

// muxServer is the state of one served multiplexed stream.
type muxServer[Req, Resp any] struct {
	s    *Streams
	id   protocol.ID
	st   network.Stream
	opts ServeOptions
	h    Handler[Req, Resp]
	from peer.ID
	log  *slog.Logger

	ctx    context.Context // ends the stream's handlers; cancelled on failure or Close
	cancel context.CancelFunc

	inFlight atomic.Int64 // handlers running, for the idle check

	mu    sync.Mutex
	inUse map[uint64]struct{} // IDs being handled

	wmu    sync.Mutex // one response written at a time
	broken bool       // a write failed; the stream is reset
}

// serve reads requests until the stream ends, then waits for its handlers.
func (m *muxServer[Req, Resp]) serve() {
	// Close (through ctx) unblocks a reader waiting for the next frame.
	stop := context.AfterFunc(m.ctx, func() { _ = m.st.CloseRead() })
	defer stop()

	var handlers sync.WaitGroup
	slots := make(chan struct{}, m.opts.MaxInFlight)
	graceful := m.readLoop(slots, &handlers)
	if !graceful {
		m.cancel()
		_ = m.st.Reset()
	}
	handlers.Wait()
	if graceful {
		_ = m.st.Close()
	}
}

// readLoop reads and dispatches requests. It returns true when the stream
// ends cleanly (the peer closed its side, idle, or Close) and false when
// the stream must be reset.
func (m *muxServer[Req, Resp]) readLoop(slots chan struct{}, handlers *sync.WaitGroup) bool {
	limit := muxLimit(m.opts.MaxRequest)
	for {
		// A slot first: with MaxInFlight requests running, stop reading
		// and let flow control push back on the peer.
		select {
		case slots <- struct{}{}:
		case <-m.ctx.Done():
			return true
		}
		release := func() { <-slots }
		raw, err := m.readRequest(limit)
		if err != nil {
			release()
			switch {
			case errors.Is(err, errIdle):
				m.log.Debug("closing idle multiplexed stream")
				return true
			case m.ctx.Err() != nil:
				return true
			case errors.Is(err, io.EOF):
				return true // peer closed its side; finish what is running
			case errors.Is(err, ErrFrameTooLarge) || errors.Is(err, ErrEmptyFrame):
				m.log.Debug("multiplexed request frame refused", "err", err)
				m.s.metrics.streamServed(m.id, StatusBadRequest.String())
				return false
			default:
				m.log.Debug("read multiplexed request", "err", err)
				return false
			}
		}
		req, err := decodeMuxRequest(raw)
		if err != nil {
			id, ok := peekMuxID(raw)
			if !ok {
				release()
				m.log.Debug("multiplexed request without ID", "err", err)
				m.s.metrics.streamServed(m.id, StatusBadRequest.String())
				return false
			}
			m.answer(muxResponse{ID: id, Status: StatusBadRequest, Message: "request envelope does not decode"})
			release()
			continue
		}
		if !m.claim(req.ID) {
			m.answer(muxResponse{ID: req.ID, Status: StatusBadRequest, Message: "duplicate request id in flight"})
			release()
			continue
		}
		// Checked per request: a peer can drop out of the table while
		// its stream is open.
		if m.opts.RequireVerified && (m.s.verified == nil || !m.s.verified.IsVerified(m.from)) {
			m.finish(req.ID, muxResponse{ID: req.ID, Status: StatusUnverified, Message: "not in verified peer table"})
			release()
			continue
		}
		if len(req.Body) > m.opts.MaxRequest {
			m.finish(req.ID, muxResponse{ID: req.ID, Status: StatusBadRequest,
				Message: fmt.Sprintf("request of %d bytes (limit %d)", len(req.Body), m.opts.MaxRequest)})
			release()
			continue
		}
		m.inFlight.Add(1)
		handlers.Add(1)
		go func() {
			defer handlers.Done()
			defer release()
			defer m.inFlight.Add(-1)
			m.finish(req.ID, m.handle(req))
		}()
	}
}

var errIdle = errors.New("stream idle")

// readRequest reads the next request frame. The read deadline is the idle
// timeout; when it passes before a frame began and handlers are still
// running the stream is busy, not idle, and reading goes on.
func (m *muxServer[Req, Resp]) readRequest(limit int) ([]byte, error) {
	for {
		if err := m.st.SetReadDeadline(time.Now().Add(m.opts.IdleTimeout)); err != nil {
			return nil, fmt.Errorf("set read deadline: %w", err)
		}
		raw, started, err := readMuxFrame(m.st, func() int { return limit })
		if err == nil {
			return raw, nil
		}
		if !started && isTimeout(err) && m.ctx.Err() == nil {
			if m.inFlight.Load() > 0 {
				continue
			}
			return nil, errIdle
		}
		if !started && errors.Is(err, io.EOF) {
			return nil, io.EOF
		}
		return nil, err
	}
}

// claim marks id as in flight; false if it already is.
func (m *muxServer[Req, Resp]) claim(id uint64) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, dup := m.inUse[id]; dup {
		return false
	}
	m.inUse[id] = struct{}{}
	return true
}

// finish releases id and sends its answer. The ID is released first, so a
// client that reuses it after reading the answer is not refused.
func (m *muxServer[Req, Resp]) finish(id uint64, r muxResponse) {
	m.mu.Lock()
	delete(m.inUse, id)
	m.mu.Unlock()
	m.answer(r)
}

// handle decodes and runs one request and maps the outcome as serveOne does.
func (m *muxServer[Req, Resp]) handle(mr muxRequest) muxResponse {
	out := muxResponse{ID: mr.ID}
	req := new(Req)
	if err := Unmarshal(mr.Body, req); err != nil {
		out.Status, out.Message = StatusBadRequest, "request does not decode"
		return out
	}
	ctx, cancel := context.WithTimeout(m.ctx, m.opts.Timeout)
	defer cancel()
	resp, herr := m.h(ctx, m.from, req)
	if herr != nil {
		var re *RemoteError
		if errors.As(herr, &re) {
			out.Status, out.Message, out.Code, out.Details = re.Status, re.Message, re.Code, re.Details
		} else {
			// Cancelled because the stream ended (reset, Close): no
			// handler fault, and nobody will read the answer.
			if m.ctx.Err() != nil {
				m.log.Debug("handler ended with its stream", "err", herr)
			} else {
				m.log.Warn("handler failed", "err", herr)
			}
			out.Status, out.Message = StatusInternal, "internal error"
		}
		return out
	}
	body, err := Marshal(resp)
	if err != nil {
		m.log.Error("encode response", "err", err)
		out.Status, out.Message = StatusInternal, "internal error"
		return out
	}
	out.Status, out.Body = StatusOK, body
	return out
}

// answer writes one response frame in one Write, under the write lock and
// a write deadline. A failed write resets the stream and ends it.
func (m *muxServer[Req, Resp]) answer(r muxResponse) {
	frame, err := encodeFrame(r, muxLimit(m.opts.MaxResponse))
	if err != nil {
		m.log.Error("multiplexed response refused", "err", err, "status", r.Status)
		r = muxResponse{ID: r.ID, Status: StatusInternal, Message: "internal error"}
		if frame, err = encodeFrame(r, muxLimit(m.opts.MaxResponse)); err != nil {
			m.log.Error("encode multiplexed response", "err", err)
			m.s.metrics.streamServed(m.id, "error")
			return
		}
	}
	m.wmu.Lock()
	defer m.wmu.Unlock()
	if m.broken {
		m.s.metrics.streamServed(m.id, "error")
		return
	}
	err = m.st.SetWriteDeadline(time.Now().Add(m.opts.Timeout))
	if err == nil {
		_, err = m.st.Write(frame)
	}
	if err != nil {
		m.log.Debug("write multiplexed response", "err", err)
		m.broken = true
		m.cancel()
		_ = m.st.Reset()
		m.s.metrics.streamServed(m.id, "error")
		return
	}
	m.s.metrics.streamServed(m.id, r.Status.String())
}

// ---------------------------------------------------------------- client

// Call sends req to p on protocol id and decodes the answer into resp (a
// pointer), like RequestWith, over one persistent stream per (peer,
// protocol) shared by all concurrent calls; the server must serve id with
// ServeMuxed. A refusal comes back as a *RemoteError (errors.Is(err,
// ErrUnverified) tells the unverified case); a request over opts.MaxRequest
// fails with ErrFrameTooLarge before anything is sent. If the stream fails
// while the call waits, the call fails with ErrSessionLost and the next
// call opens a new stream; after Close, ErrStreamsClosed.
//
// opts.Timeout bounds the whole call, including opening the stream. The
// session's IdleTimeout and its response frame limit are set by the calls
// that use it (the first call's IdleTimeout, the largest MaxResponse).
func (s *Streams) Call(ctx context.Context, p peer.ID, id protocol.ID, req, resp any, opts RequestOptions) (err error) {
	opts = opts.withDefaults()
	defer func() { s.metrics.streamRequested(id, err) }()

	payload, err := encodeRequest(req, opts.MaxRequest)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()

	var r muxResult
	for {
		cs, err := s.session(ctx, muxKey{p, id}, opts)
		if err != nil {
			return err
		}
		r, err = cs.roundTrip(ctx, payload, opts)
		if errors.Is(err, errSessionGone) {
			continue // closed before our request went out; take a fresh one
		}
		if err != nil {
			return fmt.Errorf("call %s on %s: %w", id, p, err)
		}
		break
	}
	if r.frameLen > muxLimit(opts.MaxResponse) {
		return fmt.Errorf("response on %s of %d bytes (limit %d): %w", id, r.frameLen, opts.MaxResponse, ErrFrameTooLarge)
	}
	return decodeAnswer(id, r.resp, resp)
}

// errSessionGone means a session closed before a call registered on it;
// the call goes to a fresh session.
var errSessionGone = errors.New("session closed")

type muxKey struct {
	peer  peer.ID
	proto protocol.ID
}

// muxSlot is a session being opened, then the open session.
type muxSlot struct {
	ready chan struct{} // closed when the open finished
	sess  *clientSession
	err   error // why the open failed
	// opener is true when the open failed because the opening call's
	// own context ended; callers that waited for it open again.
	opener bool
}

// session returns the open session for key, opening it if there is none.
// Concurrent first callers share one open; each waits only as long as its
// own ctx allows.
func (s *Streams) session(ctx context.Context, key muxKey, opts RequestOptions) (*clientSession, error) {
	for {
		s.mu.Lock()
		if s.closed {
			s.mu.Unlock()
			return nil, ErrStreamsClosed
		}
		slot := s.sessions[key]
		if slot != nil {
			select {
			case <-slot.ready:
				if slot.sess != nil && !slot.sess.closed.Load() {
					s.mu.Unlock()
					return slot.sess, nil
				}
				delete(s.sessions, key) // stale
				slot = nil
			default:
			}
		}
		if slot == nil {
			slot = &muxSlot{ready: make(chan struct{})}
			s.sessions[key] = slot
			s.mu.Unlock()
			return s.open(ctx, key, slot, opts)
		}
		s.mu.Unlock()
		select {
		case <-slot.ready:
			if slot.err != nil && !(slot.opener && ctx.Err() == nil) {
				return nil, slot.err
			}
			// The open worked, or failed only for the opener's context:
			// look again.
		case <-ctx.Done():
			return nil, fmt.Errorf("open %s stream to %s: %w", key.proto, key.peer, ctx.Err())
		}
	}
}

// open opens the stream of slot, bounded by ctx and by Close.
func (s *Streams) open(ctx context.Context, key muxKey, slot *muxSlot, opts RequestOptions) (*clientSession, error) {
	octx, cancel := context.WithCancel(ctx)
	stopOnClose := context.AfterFunc(s.ctx, cancel)
	st, err := s.host.NewStream(octx, key.peer, key.proto)
	stopOnClose()
	cancel()

	s.mu.Lock()
	defer s.mu.Unlock()
	if err == nil && s.closed {
		_ = st.Reset()
		err = ErrStreamsClosed
	}
	if err != nil {
		if s.closed {
			err = ErrStreamsClosed
		} else {
			err = fmt.Errorf("open %s stream to %s: %w", key.proto, key.peer, err)
		}
		slot.err, slot.opener = err, ctx.Err() != nil
		if s.sessions[key] == slot {
			delete(s.sessions, key)
		}
		close(slot.ready)
		return nil, err
	}
	cs := &clientSession{
		s:         s,
		key:       key,
		st:        st,
		idle:      opts.IdleTimeout,
		wmu:       make(chan struct{}, 1),
		pending:   make(map[uint64]chan muxResult),
		abandoned: make(map[uint64]struct{}),
	}
	cs.respLimit.Store(int64(muxLimit(opts.MaxResponse)))
	cs.mu.Lock() // the timer's callback reads idleTimer under mu
	cs.idleSince = time.Now()
	cs.idleTimer = time.AfterFunc(cs.idle, cs.idleCheck)
	cs.mu.Unlock()
	slot.sess = cs
	close(slot.ready)
	s.wg.Add(1)
	go cs.readLoop()
	return cs, nil
}

// muxResult is what a pending call receives: the answer and its frame's
// size, or why the session failed.
type muxResult struct {
	resp     muxResponse
	frameLen int
	err      error
}

// clientSession is one persistent stream to a (peer, protocol) and the
// calls waiting on it.
type clientSession struct {
	s    *Streams
	key  muxKey
	st   network.Stream
	idle time.Duration

	wmu       chan struct{} // write lock a call can stop waiting for
	respLimit atomic.Int64  // largest answer frame any caller accepts
	closed    atomic.Bool   // set under mu; read without it

	mu        sync.Mutex
	nextID    uint64
	pending   map[uint64]chan muxResult
	abandoned map[uint64]struct{} // gave up waiting; their answers are dropped
	active    int                 // calls in roundTrip
	idleSince time.Time
	idleTimer *time.Timer
}

// roundTrip sends one request and waits for its answer, ctx or the end of
// the session.
func (cs *clientSession) roundTrip(ctx context.Context, payload []byte, opts RequestOptions) (muxResult, error) {
	ch := make(chan muxResult, 1)
	cs.mu.Lock()
	if cs.closed.Load() {
		cs.mu.Unlock()
		return muxResult{}, errSessionGone
	}
	cs.nextID++
	id := cs.nextID
	cs.pending[id] = ch
	cs.active++
	cs.mu.Unlock()
	defer cs.done()

	// Grow the answer limit before the request goes out, so it holds by
	// the time the answer's header is read.
	lim := int64(muxLimit(opts.MaxResponse))
	for {
		cur := cs.respLimit.Load()
		if cur >= lim || cs.respLimit.CompareAndSwap(cur, lim) {
			break
		}
	}
	frame, err := encodeFrame(muxRequest{ID: id, Body: payload}, muxLimit(opts.MaxRequest))
	if err == nil {
		err = cs.write(ctx, frame)
	}
	if err != nil {
		cs.forget(id)
		return muxResult{}, err
	}
	select {
	case r := <-ch:
		return r, r.err
	case <-ctx.Done():
		if cs.abandon(id) {
			return muxResult{}, fmt.Errorf("wait for answer: %w", ctx.Err())
		}
		r := <-ch // answered or failed meanwhile; the result is there
		return r, r.err
	}
}

// write sends one request frame in one Write, under the write lock. The
// write is bounded by ctx: its deadline is set before writing and moved to
// now if ctx ends early. A write that sent nothing fails only its call; a
// partial or broken one tears the session down.
func (cs *clientSession) write(ctx context.Context, frame []byte) error {
	select {
	case cs.wmu <- struct{}{}:
	case <-ctx.Done():
		return fmt.Errorf("wait to send: %w", ctx.Err())
	}
	defer func() { <-cs.wmu }()
	if cs.closed.Load() {
		return errSessionGone
	}
	deadline, _ := ctx.Deadline() // Call always sets one
	if err := cs.st.SetWriteDeadline(deadline); err != nil {
		err = fmt.Errorf("%w: set write deadline: %w", ErrSessionLost, err)
		cs.fail(err)
		return err
	}
	// Interrupt a write held back by flow control when ctx ends before
	// its deadline; wait for that to finish before the next writer sets
	// its own deadline.
	fired := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		defer close(fired)
		_ = cs.st.SetWriteDeadline(time.Now())
	})
	n, err := cs.st.Write(frame)
	if !stop() {
		<-fired
	}
	if err == nil {
		return nil
	}
	if n == 0 && isTimeout(err) {
		// Nothing went out (held back by flow control until the call's
		// deadline): the stream is intact, only this call gives up.
		if cerr := ctx.Err(); cerr != nil {
			err = cerr
		}
		return fmt.Errorf("send request: %w", err)
	}
	err = fmt.Errorf("%w: send request: %w", ErrSessionLost, err)
	cs.fail(err)
	return err
}

// forget drops a call whose request was not sent.
func (cs *clientSession) forget(id uint64) {
	cs.mu.Lock()
	delete(cs.pending, id)
	cs.mu.Unlock()
}

// abandon drops a waiting call whose ctx ended; its answer, if it comes, is
// dropped. It returns false if the answer (or the session's failure) has
// already been delivered.
func (cs *clientSession) abandon(id uint64) bool {
	cs.mu.Lock()
	if _, ok := cs.pending[id]; !ok {
		cs.mu.Unlock()
		return false
	}
	delete(cs.pending, id)
	cs.abandoned[id] = struct{}{}
	over := len(cs.abandoned) > maxAbandoned
	cs.mu.Unlock()
	if over {
		cs.fail(fmt.Errorf("%w: %d calls without an answer", ErrSessionLost, maxAbandoned))
	}
	return true
}

// done ends a call's use of the session and notes when it went idle.
func (cs *clientSession) done() {
	cs.mu.Lock()
	cs.active--
	if cs.active == 0 {
		cs.idleSince = time.Now()
	}
	cs.mu.Unlock()
}

// idleCheck runs on the session's timer, which stays armed for the
// session's life (so calls never touch it): it closes the session once no
// call has used it for its idle timeout, and otherwise looks again when
// that could first be the case.
func (cs *clientSession) idleCheck() {
	cs.mu.Lock()
	if cs.closed.Load() {
		cs.mu.Unlock()
		return
	}
	left := cs.idle
	if cs.active == 0 {
		left = cs.idle - time.Since(cs.idleSince)
	}
	if left > 0 {
		cs.idleTimer.Reset(left)
		cs.mu.Unlock()
		return
	}
	cs.mu.Unlock()
	cs.fail(errSessionIdle)
}

var errSessionIdle = fmt.Errorf("%w: idle", ErrSessionLost)

// readLoop reads answers and hands each to its call until the stream
// fails; then it tears the session down.
func (cs *clientSession) readLoop() {
	defer cs.s.wg.Done()
	limit := func() int { return int(cs.respLimit.Load()) }
	for {
		raw, _, err := readMuxFrame(cs.st, limit)
		if err != nil {
			cs.fail(fmt.Errorf("%w: read answer: %w", ErrSessionLost, err))
			return
		}
		r, err := decodeMuxResponse(raw)
		if err != nil {
			cs.fail(fmt.Errorf("%w: answer: %w", ErrSessionLost, err))
			return
		}
		if !cs.deliver(muxResult{resp: r, frameLen: len(raw)}) {
			cs.fail(fmt.Errorf("%w: answer for unknown request %d: %w", ErrSessionLost, r.ID, ErrMalformed))
			return
		}
	}
}

// deliver hands an answer to its call, or drops it if the call gave up;
// false means no request has that ID.
func (cs *clientSession) deliver(r muxResult) bool {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if ch, ok := cs.pending[r.resp.ID]; ok {
		delete(cs.pending, r.resp.ID)
		ch <- r // buffered, one value per call
		return true
	}
	if _, ok := cs.abandoned[r.resp.ID]; ok {
		delete(cs.abandoned, r.resp.ID)
		return true
	}
	return false
}

// fail tears the session down once: every pending call gets err, the
// stream is reset (which ends the reader) and the session leaves the map.
func (cs *clientSession) fail(err error) {
	cs.mu.Lock()
	if cs.closed.Load() {
		cs.mu.Unlock()
		return
	}
	cs.closed.Store(true)
	cs.idleTimer.Stop()
	for id, ch := range cs.pending {
		ch <- muxResult{err: err}
		delete(cs.pending, id)
	}
	cs.abandoned = nil
	cs.mu.Unlock()
	_ = cs.st.Reset()
	if !errors.Is(err, errSessionIdle) && !errors.Is(err, ErrStreamsClosed) {
		cs.s.log.Debug("multiplexed stream closed", "protocol", cs.key.proto, "peer", cs.key.peer, "err", err)
	}
	cs.s.mu.Lock()
	if slot := cs.s.sessions[cs.key]; slot != nil && slot.sess == cs {
		delete(cs.s.sessions, cs.key)
	}
	cs.s.mu.Unlock()
}

// Close closes every multiplexed stream, client and server side: pending
// calls fail with ErrStreamsClosed, served streams' handlers are cancelled,
// and Close waits for all of the streams' goroutines. Later Calls fail with
// ErrStreamsClosed and new multiplexed streams are refused; one-shot
// Request and Serve are not affected. Close is idempotent and a nil
// *Streams is closed already.
func (s *Streams) Close() error {
	if s == nil {
		return nil
	}
	s.closeOnce.Do(func() {
		s.mu.Lock()
		s.closed = true
		var open []*clientSession
		for _, slot := range s.sessions {
			select {
			case <-slot.ready:
				if slot.sess != nil {
					open = append(open, slot.sess)
				}
			default: // its opener sees closed and gives up
			}
		}
		s.sessions = nil
		s.mu.Unlock()
		s.cancel()
		for _, cs := range open {
			cs.fail(ErrStreamsClosed)
		}
		s.wg.Wait()
	})
	return nil
}
