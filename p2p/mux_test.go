package p2p

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"net"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	ma "github.com/multiformats/go-multiaddr"
)

const muxProto = protocol.ID("/cifer/test/echo-mux/1.0.0")

// countingHost wraps a host to count the streams it opens and serves, and
// optionally to take over some served streams (a lying or broken server).
type countingHost struct {
	host.Host
	opened atomic.Int32 // streams opened by NewStream
	served atomic.Int32 // streams handed to a handler
	active atomic.Int32 // handlers running
	// intercept, set before any handler is registered, sees served
	// stream n (from 1) first; true means it handled the stream.
	intercept func(n int32, st network.Stream) bool
}

func (c *countingHost) NewStream(ctx context.Context, p peer.ID, pids ...protocol.ID) (network.Stream, error) {
	st, err := c.Host.NewStream(ctx, p, pids...)
	if err == nil {
		c.opened.Add(1)
	}
	return st, err
}

func (c *countingHost) SetStreamHandler(pid protocol.ID, h network.StreamHandler) {
	c.Host.SetStreamHandler(pid, func(st network.Stream) {
		n := c.served.Add(1)
		c.active.Add(1)
		defer c.active.Add(-1)
		if c.intercept != nil && c.intercept(n, st) {
			return
		}
		h(st)
	})
}

// muxEnv is a server serving muxProto and a connected client.
type muxEnv struct {
	server, client *countingHost
	ss, cs         *Streams // server's and client's stream helpers
	allow          *allowSet
}

type muxSetup struct {
	opts      ServeOptions
	h         Handler[echoReq, echoResp]
	intercept func(n int32, st network.Stream) bool
}

func newMuxEnv(t *testing.T, setup muxSetup) *muxEnv {
	t.Helper()
	if setup.h == nil {
		setup.h = echo
	}
	e := &muxEnv{
		server: &countingHost{Host: newTestHost(t), intercept: setup.intercept},
		client: &countingHost{Host: newTestHost(t)},
		allow:  &allowSet{ok: map[peer.ID]bool{}},
	}
	e.ss = NewStreams(e.server, e.allow, nil, nil)
	e.cs = NewStreams(e.client, nil, nil, nil)
	// Cleanups run last-in first-out: the helpers close before the hosts.
	t.Cleanup(func() { _ = e.cs.Close(); _ = e.ss.Close() })
	ServeMuxed(e.ss, muxProto, setup.opts, setup.h)
	connect(t, e.client, e.server)
	return e
}

func (e *muxEnv) call(ctx context.Context, text string, opts RequestOptions) (echoResp, error) {
	var resp echoResp
	err := e.cs.Call(ctx, e.server.ID(), muxProto, &echoReq{Text: text}, &resp, opts)
	return resp, err
}

// session returns the client's open session to the server, if any.
func (e *muxEnv) session() *clientSession {
	e.cs.mu.Lock()
	defer e.cs.mu.Unlock()
	slot := e.cs.sessions[muxKey{e.server.ID(), muxProto}]
	if slot == nil {
		return nil
	}
	select {
	case <-slot.ready:
		return slot.sess
	default:
		return nil
	}
}

func testCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// eventually polls cond until it holds or the deadline passes.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// recv waits for one value of ch with a deadline.
func recv[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(20 * time.Second):
		t.Fatalf("timed out waiting for %s", what)
		panic("unreachable")
	}
}

// gate is a handler whose "block" requests wait until released (or their
// context ends); everything else is echo.
type gate struct {
	release chan struct{}
	entered chan string // one value per blocked request
	cur     atomic.Int32
	max     atomic.Int32
}

func newGate() *gate {
	return &gate{release: make(chan struct{}), entered: make(chan string, 1024)}
}

func (g *gate) handle(ctx context.Context, from peer.ID, req *echoReq) (*echoResp, error) {
	if !strings.HasPrefix(req.Text, "block") {
		return echo(ctx, from, req)
	}
	n := g.cur.Add(1)
	defer g.cur.Add(-1)
	for {
		m := g.max.Load()
		if n <= m || g.max.CompareAndSwap(m, n) {
			break
		}
	}
	g.entered <- req.Text
	select {
	case <-g.release:
		return &echoResp{Text: req.Text, From: from.String()}, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func TestMuxWireFormat(t *testing.T) {
	body, _ := Marshal(echoReq{Text: "hi"})
	tests := []struct {
		name string
		v    any
		want []byte
	}{
		{"request", muxRequest{ID: 1, Body: body}, []byte{0x82, 0x01, 0x44, 0x81, 0x62, 'h', 'i'}},
		{"ok answer", muxResponse{ID: 300, Status: StatusOK, Body: body},
			[]byte{0x84, 0x19, 0x01, 0x2c, 0x00, 0x60, 0x44, 0x81, 0x62, 'h', 'i'}},
		{"refusal", muxResponse{ID: 2, Status: StatusRefused, Message: "x"}, []byte{0x84, 0x02, 0x03, 0x61, 'x', 0xf6}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := Marshal(tc.v)
			if err != nil || !bytes.Equal(b, tc.want) {
				t.Fatalf("got % x (%v), want % x", b, err, tc.want)
			}
			frame, err := encodeFrame(tc.v, 64)
			if err != nil || !bytes.Equal(frame[FrameHeaderLen:], tc.want) ||
				binary.BigEndian.Uint32(frame) != uint32(len(tc.want)) {
				t.Fatalf("frame % x (%v)", frame, err)
			}
		})
	}
}

func TestCallConcurrentShareOneStream(t *testing.T) {
	e := newMuxEnv(t, muxSetup{})
	ctx := testCtx(t)
	const n = 200
	errs := make(chan error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			want := fmt.Sprintf("message %d", i)
			resp, err := e.call(ctx, want, RequestOptions{})
			switch {
			case err != nil:
				errs <- fmt.Errorf("call %d: %w", i, err)
			case resp.Text != want || resp.From != e.client.ID().String():
				errs <- fmt.Errorf("call %d got %+v", i, resp)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if o, s := e.client.opened.Load(), e.server.served.Load(); o != 1 || s != 1 {
		t.Fatalf("%d streams opened, %d served for %d calls; want one of each", o, s, n)
	}
}

func TestCallCancelledMidFlight(t *testing.T) {
	g := newGate()
	e := newMuxEnv(t, muxSetup{h: g.handle})
	ctx := testCtx(t)

	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	blocked := make(chan error, 1)
	go func() {
		_, err := e.call(cctx, "block", RequestOptions{})
		blocked <- err
	}()
	recv(t, g.entered, "blocked request to reach the handler")

	var wg sync.WaitGroup
	for i := range 20 {
		wg.Go(func() {
			want := fmt.Sprint(i)
			if resp, err := e.call(ctx, want, RequestOptions{}); err != nil || resp.Text != want {
				t.Errorf("call %d beside a blocked one: %+v, %v", i, resp, err)
			}
		})
	}
	wg.Wait()

	cancel()
	if err := recv(t, blocked, "cancelled call"); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled call: got %v, want context.Canceled", err)
	}
	// Its answer still comes (the handler is released now) and must be
	// dropped without harming the session.
	sess := e.session()
	close(g.release)
	eventually(t, "late answer to be dropped", func() bool {
		sess.mu.Lock()
		defer sess.mu.Unlock()
		return len(sess.abandoned) == 0
	})
	if resp, err := e.call(ctx, "after", RequestOptions{}); err != nil || resp.Text != "after" {
		t.Fatalf("call after a dropped late answer: %+v, %v", resp, err)
	}
	if o := e.client.opened.Load(); o != 1 {
		t.Fatalf("%d streams opened, want 1", o)
	}
}

func TestCallErrors(t *testing.T) {
	e := newMuxEnv(t, muxSetup{opts: ServeOptions{MaxRequest: 64}})
	ctx := testCtx(t)

	// First, before any stream exists: too large for the client's own
	// limit fails before anything is sent.
	_, err := e.call(ctx, strings.Repeat("x", 100), RequestOptions{MaxRequest: 50})
	if !errors.Is(err, ErrFrameTooLarge) {
		t.Fatalf("request over client limit: got %v, want ErrFrameTooLarge", err)
	}
	if o := e.client.opened.Load(); o != 0 {
		t.Fatalf("oversized request opened %d streams", o)
	}

	tests := []struct {
		name   string
		text   string
		status Status
	}{
		{"refused by handler", "refuse", StatusRefused},
		{"handler failure hides detail", "fail", StatusInternal},
		// Over the server's limit but within the envelope's slack: the
		// frame is read and refused by ID.
		{"request over server limit", strings.Repeat("x", 70), StatusBadRequest},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.call(ctx, tc.text, RequestOptions{MaxRequest: 1024})
			var re *RemoteError
			if !errors.As(err, &re) || re.Status != tc.status {
				t.Fatalf("got %v, want status %v", err, tc.status)
			}
			if tc.status == StatusInternal && re.Message != "internal error" {
				t.Fatalf("internal error leaked %q", re.Message)
			}
			if tc.status == StatusRefused && re.Message != "no thanks" {
				t.Fatalf("refusal message %q", re.Message)
			}
		})
	}
	t.Run("response over client limit", func(t *testing.T) {
		_, err := e.call(ctx, strings.Repeat("y", 40), RequestOptions{MaxResponse: 20})
		if !errors.Is(err, ErrFrameTooLarge) {
			t.Fatalf("got %v, want ErrFrameTooLarge", err)
		}
	})
	// None of these broke the session.
	if resp, err := e.call(ctx, "ok", RequestOptions{}); err != nil || resp.Text != "ok" {
		t.Fatalf("call after refusals: %+v, %v", resp, err)
	}
	if o := e.client.opened.Load(); o != 1 {
		t.Fatalf("%d streams opened, want 1", o)
	}
	// A frame too large for the server resets the stream.
	_, err = e.call(ctx, strings.Repeat("x", 200), RequestOptions{MaxRequest: 1024})
	if !errors.Is(err, ErrSessionLost) {
		t.Fatalf("frame over the server's limit: got %v, want ErrSessionLost", err)
	}
	eventually(t, "session to be dropped", func() bool { return e.session() == nil })
	if resp, err := e.call(ctx, "ok", RequestOptions{}); err != nil || resp.Text != "ok" {
		t.Fatalf("call after a reset: %+v, %v", resp, err)
	}
}

func TestCallUnverifiedPerRequest(t *testing.T) {
	e := newMuxEnv(t, muxSetup{opts: ServeOptions{RequireVerified: true}})
	ctx := testCtx(t)
	steps := []struct {
		verified bool
		wantErr  error
	}{
		{false, ErrUnverified},
		{true, nil},
		{false, ErrUnverified}, // dropped from the table with the stream open
		{true, nil},
	}
	for i, st := range steps {
		e.allow.set(e.client.ID(), st.verified)
		resp, err := e.call(ctx, "hi", RequestOptions{})
		if st.wantErr != nil {
			if !errors.Is(err, st.wantErr) {
				t.Fatalf("step %d: got %v, want %v", i, err, st.wantErr)
			}
			continue
		}
		if err != nil || resp.Text != "hi" {
			t.Fatalf("step %d (verified): %+v, %v", i, resp, err)
		}
	}
	if s := e.server.served.Load(); s != 1 {
		t.Fatalf("%d streams served, want 1", s)
	}
}

func TestCallStreamLoss(t *testing.T) {
	const pending = 3
	tests := []struct {
		name string
		// brk ends the first stream while calls wait on it.
		brk func(t *testing.T, e *muxEnv)
		// resetFirst takes over the first served stream: it reads the
		// pending requests and resets.
		resetFirst bool
		// reserve serves the protocol again on a fresh server helper
		// (brk closed the old one).
		reserve bool
	}{
		{name: "server resets the stream", resetFirst: true},
		{name: "server closes the connection", brk: func(t *testing.T, e *muxEnv) {
			if err := e.server.Network().ClosePeer(e.client.ID()); err != nil {
				t.Fatal(err)
			}
		}},
		{name: "server closes its streams", brk: func(t *testing.T, e *muxEnv) { _ = e.ss.Close() }, reserve: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := newGate()
			setup := muxSetup{h: g.handle}
			if tc.resetFirst {
				setup.intercept = func(n int32, st network.Stream) bool {
					if n != 1 {
						return false
					}
					_ = st.SetDeadline(time.Now().Add(20 * time.Second))
					for range pending {
						_, _ = ReadFrame(st, 1024)
					}
					_ = st.Reset()
					return true
				}
			}
			e := newMuxEnv(t, setup)
			ctx := testCtx(t)

			errs := make(chan error, pending)
			for range pending {
				go func() {
					_, err := e.call(ctx, "block", RequestOptions{})
					errs <- err
				}()
			}
			if tc.brk != nil {
				for range pending {
					recv(t, g.entered, "calls to reach the handler")
				}
				tc.brk(t, e)
			}
			for range pending {
				err := recv(t, errs, "pending call to fail")
				var re *RemoteError
				// A server closing its helper cancels the handlers,
				// which still answer (internal error) before the stream
				// closes; everything else loses the stream.
				if !errors.Is(err, ErrSessionLost) && !(tc.reserve && errors.As(err, &re) && re.Status == StatusInternal) {
					t.Fatalf("pending call: got %v, want ErrSessionLost", err)
				}
			}
			eventually(t, "session to be dropped", func() bool { return e.session() == nil })
			if tc.brk != nil && !tc.reserve {
				// The server closed the connection: the next call must
				// dial a new one, which it does only once the client has
				// seen the old one go (until then a stream opened on it
				// fails with "connection closed", as under load it did).
				eventually(t, "the client to see the connection closed", func() bool {
					return e.client.Network().Connectedness(e.server.ID()) != network.Connected
				})
			}
			if tc.reserve {
				ss := NewStreams(e.server, e.allow, nil, nil)
				t.Cleanup(func() { _ = ss.Close() })
				ServeMuxed(ss, muxProto, ServeOptions{}, echo)
			}
			if resp, err := e.call(ctx, "again", RequestOptions{}); err != nil || resp.Text != "again" {
				t.Fatalf("call after the loss: %+v, %v", resp, err)
			}
			if o := e.client.opened.Load(); o != 2 {
				t.Fatalf("%d streams opened, want 2 (one lost, one fresh)", o)
			}
		})
	}
}

// TestCallLyingServer answers the first stream's first request with
// something a correct server never sends; the session must be torn down
// and the next call must get a fresh stream from the real server.
func TestCallLyingServer(t *testing.T) {
	okBody, _ := Marshal(echoResp{Text: "lie"})
	frame := func(payload []byte) []byte {
		return append(binary.BigEndian.AppendUint32(nil, uint32(len(payload))), payload...)
	}
	answer := func(id uint64) []byte {
		b, _ := Marshal(muxResponse{ID: id, Status: StatusOK, Body: okBody})
		return b
	}
	tests := []struct {
		name string
		lie  func(id uint64) []byte
	}{
		{"unknown id", func(id uint64) []byte { return frame(answer(id + 1000)) }},
		{"id zero", func(uint64) []byte { return frame(answer(0)) }},
		{"not cbor", func(uint64) []byte { return frame([]byte{0xff, 0xff}) }},
		{"trailing bytes", func(id uint64) []byte { return frame(append(answer(id), 0x00)) }},
		{"wrong shape", func(id uint64) []byte { return frame([]byte{0x82, byte(id), 0x00}) }},
		{"empty frame", func(uint64) []byte { return frame(nil) }},
		{"huge frame", func(uint64) []byte { return binary.BigEndian.AppendUint32(nil, 1<<30) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newMuxEnv(t, muxSetup{intercept: func(n int32, st network.Stream) bool {
				if n != 1 {
					return false
				}
				defer st.Reset()
				_ = st.SetDeadline(time.Now().Add(20 * time.Second))
				raw, err := ReadFrame(st, 1024)
				if err != nil {
					return true
				}
				req, err := decodeMuxRequest(raw)
				if err != nil {
					return true
				}
				_, _ = st.Write(tc.lie(req.ID))
				// Hold the stream open: the client must drop it itself.
				_, _ = ReadFrame(st, 1024)
				return true
			}})
			ctx := testCtx(t)
			if _, err := e.call(ctx, "first", RequestOptions{}); !errors.Is(err, ErrSessionLost) {
				t.Fatalf("call answered with a lie: got %v, want ErrSessionLost", err)
			}
			eventually(t, "session to be dropped", func() bool { return e.session() == nil })
			if resp, err := e.call(ctx, "second", RequestOptions{}); err != nil || resp.Text != "second" {
				t.Fatalf("call on a fresh stream: %+v, %v", resp, err)
			}
			if o := e.client.opened.Load(); o != 2 {
				t.Fatalf("%d streams opened, want 2", o)
			}
		})
	}
}

func TestServeMuxedMaxInFlight(t *testing.T) {
	const limit, calls = 4, 24
	g := newGate()
	e := newMuxEnv(t, muxSetup{h: g.handle, opts: ServeOptions{MaxInFlight: limit}})
	ctx := testCtx(t)
	errs := make(chan error, calls)
	for i := range calls {
		go func() {
			_, err := e.call(ctx, fmt.Sprint("block ", i), RequestOptions{})
			errs <- err
		}()
	}
	for range limit {
		recv(t, g.entered, "handler to fill up")
	}
	close(g.release)
	for range calls {
		if err := recv(t, errs, "call"); err != nil {
			t.Fatal(err)
		}
	}
	if m := g.max.Load(); m != limit {
		t.Fatalf("handler saw %d requests at once, want at most (and here exactly) %d", m, limit)
	}
}

// rawMux is a hand-driven client stream on muxProto.
type rawMux struct {
	t  *testing.T
	st network.Stream
}

func openRaw(t *testing.T, e *muxEnv) *rawMux {
	t.Helper()
	st, err := e.client.Host.NewStream(testCtx(t), e.server.ID(), muxProto)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Reset() })
	_ = st.SetDeadline(time.Now().Add(20 * time.Second))
	return &rawMux{t: t, st: st}
}

func (r *rawMux) send(payload []byte) {
	r.t.Helper()
	if _, err := r.st.Write(append(binary.BigEndian.AppendUint32(nil, uint32(len(payload))), payload...)); err != nil {
		r.t.Fatal(err)
	}
}

func (r *rawMux) request(id uint64, text string) {
	body, _ := Marshal(echoReq{Text: text})
	b, _ := Marshal(muxRequest{ID: id, Body: body})
	r.send(b)
}

func (r *rawMux) answer() (muxResponse, error) {
	raw, err := ReadFrame(r.st, 4096)
	if err != nil {
		return muxResponse{}, err
	}
	return decodeMuxResponse(raw)
}

func TestServeMuxedMalformed(t *testing.T) {
	good, _ := Marshal(echoReq{Text: "x"})
	enc := func(v any) []byte { b, _ := Marshal(v); return b }
	tests := []struct {
		name    string
		payload []byte
		wantID  uint64 // answered bad_request for this ID; 0: stream reset
	}{
		{"body does not decode", enc(muxRequest{ID: 7, Body: []byte{0xff}}), 7},
		{"body of another shape", enc(muxRequest{ID: 8, Body: []byte{0x01}}), 8},
		{"envelope too short", []byte{0x81, 0x09}, 9},
		{"trailing bytes", append(enc(muxRequest{ID: 10, Body: good}), 0x00), 10},
		{"body is not bytes", []byte{0x82, 0x0b, 0x01}, 11},
		{"body over server limit", enc(muxRequest{ID: 12, Body: enc(echoReq{Text: strings.Repeat("z", 80)})}), 12},
		{"no readable id", []byte{0xff, 0x00}, 0},
		{"id not a uint", []byte{0x82, 0x20, 0x40}, 0},
	}
	e := newMuxEnv(t, muxSetup{opts: ServeOptions{MaxRequest: 64}})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := openRaw(t, e)
			r.send(tc.payload)
			a, err := r.answer()
			if tc.wantID == 0 {
				if err == nil {
					t.Fatalf("got answer %+v, want the stream reset", a)
				}
				return
			}
			if err != nil || a.ID != tc.wantID || a.Status != StatusBadRequest {
				t.Fatalf("got %+v, %v; want bad_request for %d", a, err, tc.wantID)
			}
			// The stream stays usable.
			r.request(100, "still here")
			if a, err := r.answer(); err != nil || a.ID != 100 || a.Status != StatusOK {
				t.Fatalf("next request: %+v, %v", a, err)
			}
		})
	}
	for _, tc := range []struct {
		name string
		hdr  uint32
	}{{"frame over limit", 64 + muxOverhead + 1}, {"empty frame", 0}} {
		t.Run(tc.name, func(t *testing.T) {
			r := openRaw(t, e)
			if _, err := r.st.Write(binary.BigEndian.AppendUint32(nil, tc.hdr)); err != nil {
				t.Fatal(err)
			}
			if a, err := r.answer(); err == nil {
				t.Fatalf("got answer %+v, want the stream reset", a)
			}
		})
	}
}

func TestServeMuxedDuplicateID(t *testing.T) {
	g := newGate()
	e := newMuxEnv(t, muxSetup{h: g.handle})
	r := openRaw(t, e)
	r.request(5, "block")
	recv(t, g.entered, "first request in the handler")
	r.request(5, "again")
	if a, err := r.answer(); err != nil || a.ID != 5 || a.Status != StatusBadRequest {
		t.Fatalf("duplicate id: %+v, %v; want bad_request for 5", a, err)
	}
	close(g.release)
	if a, err := r.answer(); err != nil || a.ID != 5 || a.Status != StatusOK {
		t.Fatalf("first request: %+v, %v", a, err)
	}
	// Answered, the ID is free again.
	r.request(5, "reuse")
	if a, err := r.answer(); err != nil || a.ID != 5 || a.Status != StatusOK {
		t.Fatalf("reused id: %+v, %v", a, err)
	}
}

func TestMuxIdleTimeouts(t *testing.T) {
	const idle = 100 * time.Millisecond
	slow := func(ctx context.Context, from peer.ID, req *echoReq) (*echoResp, error) {
		if req.Text == "slow" {
			// Busy for longer than the idle timeout.
			select {
			case <-time.After(3 * idle):
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
		return echo(ctx, from, req)
	}
	tests := []struct {
		name   string
		server ServeOptions
		client RequestOptions
	}{
		{"client closes an idle session", ServeOptions{}, RequestOptions{IdleTimeout: idle}},
		{"server closes an idle stream", ServeOptions{IdleTimeout: idle}, RequestOptions{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newMuxEnv(t, muxSetup{opts: tc.server, h: slow})
			ctx := testCtx(t)
			// A call outlasting the idle timeout does not count as idle.
			if resp, err := e.call(ctx, "slow", tc.client); err != nil || resp.Text != "slow" {
				t.Fatalf("slow call: %+v, %v", resp, err)
			}
			eventually(t, "idle stream to close on both sides", func() bool {
				return e.session() == nil && e.server.active.Load() == 0
			})
			if resp, err := e.call(ctx, "again", tc.client); err != nil || resp.Text != "again" {
				t.Fatalf("call after idle close: %+v, %v", resp, err)
			}
			if o := e.client.opened.Load(); o != 2 {
				t.Fatalf("%d streams opened, want 2", o)
			}
		})
	}
}

// muxGoroutines lists the goroutines running multiplexed stream code (or
// only those whose stacks mention one of match).
func muxGoroutines(match ...string) []string {
	if len(match) == 0 {
		match = []string{"p2p.(*clientSession)", "p2p.(*muxServer[", "p2p.ServeMuxed["}
	}
	buf := make([]byte, 4<<20)
	buf = buf[:runtime.Stack(buf, true)]
	var out []string
	for g := range strings.SplitSeq(string(buf), "\n\n") {
		for _, m := range match {
			if strings.Contains(g, m) {
				out = append(out, g)
				break
			}
		}
	}
	return out
}

func TestStreamsClose(t *testing.T) {
	g := newGate()
	// Handlers outlast every wait below: only Close can end the calls.
	e := newMuxEnv(t, muxSetup{h: g.handle, opts: ServeOptions{Timeout: 5 * time.Minute}})
	ctx := testCtx(t)
	// Settle the connection (identify, the one-shot path) before counting.
	if _, err := e.call(ctx, "warm up", RequestOptions{}); err != nil {
		t.Fatal(err)
	}
	before := runtime.NumGoroutine()

	const pending = 5
	errs := make(chan error, pending)
	for range pending {
		go func() {
			_, err := e.call(ctx, "block", RequestOptions{})
			errs <- err
		}()
	}
	for range pending {
		recv(t, g.entered, "calls to reach the handler")
	}
	closed := make(chan error, 1)
	go func() { closed <- e.cs.Close() }()
	if err := recv(t, closed, "Close to return"); err != nil {
		t.Fatal(err)
	}
	// Close waited for the client's goroutines, with the server still up.
	if gs := muxGoroutines("p2p.(*clientSession)"); len(gs) != 0 {
		t.Fatalf("client goroutines left after Close:\n%s", strings.Join(gs, "\n\n"))
	}
	for range pending {
		if err := recv(t, errs, "pending call"); !errors.Is(err, ErrStreamsClosed) {
			t.Fatalf("pending call: got %v, want ErrStreamsClosed", err)
		}
	}
	if err := e.cs.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if _, err := e.call(ctx, "later", RequestOptions{}); !errors.Is(err, ErrStreamsClosed) {
		t.Fatalf("call after Close: got %v, want ErrStreamsClosed", err)
	}
	// The server's streams end once it is closed too; nothing of ours
	// may be left running.
	if err := e.ss.Close(); err != nil {
		t.Fatal(err)
	}
	eventually(t, "goroutines to settle", func() bool {
		return len(muxGoroutines()) == 0 && runtime.NumGoroutine() <= before
	})
	var nilStreams *Streams
	if err := nilStreams.Close(); err != nil {
		t.Fatalf("nil Close: %v", err)
	}
}

// TestStreamsCloseDuringOpen closes the helper while first callers wait
// for the stream to open: they fail with ErrStreamsClosed, nothing leaks.
func TestStreamsCloseDuringOpen(t *testing.T) {
	e := newMuxEnv(t, muxSetup{})
	ctx := testCtx(t)
	// A peer whose address accepts TCP and then says nothing keeps the
	// open waiting (in the dial's handshake) until Close cancels it.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var held sync.WaitGroup
	t.Cleanup(func() { _ = ln.Close(); held.Wait() })
	held.Go(func() {
		var conns []net.Conn
		defer func() {
			for _, c := range conns {
				_ = c.Close()
			}
		}()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			conns = append(conns, c)
		}
	})
	key, _, _ := crypto.GenerateEd25519Key(rand.Reader)
	ghost, _ := peer.IDFromPrivateKey(key)
	addr, err := ma.NewMultiaddr(fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", ln.Addr().(*net.TCPAddr).Port))
	if err != nil {
		t.Fatal(err)
	}
	e.client.Peerstore().AddAddrs(ghost, []ma.Multiaddr{addr}, time.Hour)
	errs := make(chan error, 3)
	for range 3 {
		go func() {
			var resp echoResp
			errs <- e.cs.Call(ctx, ghost, muxProto, &echoReq{Text: "x"}, &resp, RequestOptions{Timeout: 20 * time.Second})
		}()
	}
	eventually(t, "open to start", func() bool {
		e.cs.mu.Lock()
		defer e.cs.mu.Unlock()
		return len(e.cs.sessions) == 1
	})
	_ = e.cs.Close()
	for range 3 {
		if err := recv(t, errs, "call"); !errors.Is(err, ErrStreamsClosed) {
			t.Fatalf("call waiting for the open: got %v, want ErrStreamsClosed", err)
		}
	}
	eventually(t, "goroutines to settle", func() bool { return len(muxGoroutines()) == 0 })
}

// ------------------------------------------------------------ benchmarks

type benchReq struct {
	_    struct{} `cbor:",toarray"`
	Key  []byte
	Data []byte
}

type benchResp struct {
	_     struct{} `cbor:",toarray"`
	Share []byte
	Proof []byte
}

const (
	benchOneShot = protocol.ID("/cifer/bench/oneshot/1.0.0")
	benchMuxed   = protocol.ID("/cifer/bench/muxed/1.0.0")
)

func newBenchHost(tb testing.TB, listen string) host.Host {
	tb.Helper()
	key, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		tb.Fatal(err)
	}
	h, err := NewHost(HostConfig{Key: key, ListenAddrs: []string{listen}})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = h.Close() })
	return h
}

// benchPair is two hosts on loopback over one transport, the server
// serving the same handler one-shot and multiplexed.
func benchPair(b *testing.B, listen string) (client *Streams, server peer.ID) {
	sh, ch := newBenchHost(b, listen), newBenchHost(b, listen)
	ss := NewStreams(sh, nil, nil, nil)
	cs := NewStreams(ch, nil, nil, nil)
	b.Cleanup(func() { _ = cs.Close(); _ = ss.Close() })
	answer := &benchResp{Share: bytes.Repeat([]byte{1}, 1024), Proof: bytes.Repeat([]byte{2}, 160)}
	h := func(_ context.Context, _ peer.ID, _ *benchReq) (*benchResp, error) { return answer, nil }
	Serve(ss, benchOneShot, ServeOptions{}, h)
	ServeMuxed(ss, benchMuxed, ServeOptions{}, h)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := ch.Connect(ctx, peer.AddrInfo{ID: sh.ID(), Addrs: sh.Addrs()}); err != nil {
		b.Fatal(err)
	}
	return cs, sh.ID()
}

func benchExchange(b *testing.B, muxed bool) {
	req := &benchReq{Key: bytes.Repeat([]byte{3}, 32), Data: bytes.Repeat([]byte{4}, 260)}
	if p, _ := Marshal(req); len(p) < 290 || len(p) > 310 {
		b.Fatalf("request of %d bytes", len(p))
	}
	for _, tr := range []struct{ name, listen string }{
		{"tcp", "/ip4/127.0.0.1/tcp/0"},
		{"quic", "/ip4/127.0.0.1/udp/0/quic-v1"},
	} {
		b.Run(tr.name, func(b *testing.B) {
			cs, server := benchPair(b, tr.listen)
			ctx := context.Background()
			do := func() error {
				var resp benchResp
				if muxed {
					return cs.Call(ctx, server, benchMuxed, req, &resp, RequestOptions{})
				}
				return cs.RequestWith(ctx, server, benchOneShot, req, &resp, RequestOptions{})
			}
			if err := do(); err != nil { // open the session, finish identify
				b.Fatal(err)
			}
			b.Run("seq", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if err := do(); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run("parallel", func(b *testing.B) {
				b.ReportAllocs()
				b.SetParallelism(8) // 8 callers per CPU, like a busy node
				b.RunParallel(func(pb *testing.PB) {
					for pb.Next() {
						if err := do(); err != nil {
							b.Error(err)
							return
						}
					}
				})
			})
		})
	}
}

// BenchmarkRequestOneShot is one stream per exchange (RequestWith).
func BenchmarkRequestOneShot(b *testing.B) { benchExchange(b, false) }

// BenchmarkCallMuxed is the same exchange over one persistent stream (Call).
func BenchmarkCallMuxed(b *testing.B) { benchExchange(b, true) }
