package p2p

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

const echoProto = protocol.ID("/cifer/test/echo/1.0.0")

type echoReq struct {
	_    struct{} `cbor:",toarray"`
	Text string
}

type echoResp struct {
	_    struct{} `cbor:",toarray"`
	Text string
	From string
}

// allowSet is a VerifiedChecker double.
type allowSet struct {
	mu sync.Mutex
	ok map[peer.ID]bool
}

func (a *allowSet) IsVerified(p peer.ID) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.ok[p]
}

func (a *allowSet) set(p peer.ID, v bool) {
	a.mu.Lock()
	a.ok[p] = v
	a.mu.Unlock()
}

func newTestHost(t *testing.T) host.Host {
	t.Helper()
	key, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	h, err := NewHost(HostConfig{Key: key, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.Close() })
	return h
}

func connect(t *testing.T, a, b host.Host) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := a.Connect(ctx, peer.AddrInfo{ID: b.ID(), Addrs: b.Addrs()}); err != nil {
		t.Fatalf("connect: %v", err)
	}
}

// pair starts a server host serving echo (gated by allow when gated) and a
// connected client.
func pair(t *testing.T, opts ServeOptions, h Handler[echoReq, echoResp]) (server, client host.Host, allow *allowSet) {
	server, client = newTestHost(t), newTestHost(t)
	allow = &allowSet{ok: map[peer.ID]bool{}}
	Serve(NewStreams(server, allow, nil, nil), echoProto, opts, h)
	connect(t, client, server)
	return server, client, allow
}

func echo(_ context.Context, from peer.ID, req *echoReq) (*echoResp, error) {
	if req.Text == "refuse" {
		return nil, &RemoteError{Status: StatusRefused, Message: "no thanks"}
	}
	if req.Text == "fail" {
		return nil, errors.New("secret internal detail")
	}
	return &echoResp{Text: req.Text, From: from.String()}, nil
}

func TestRequestGating(t *testing.T) {
	server, client, allow := pair(t, ServeOptions{RequireVerified: true}, echo)
	cs := NewStreams(client, nil, nil, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	var resp echoResp
	err := cs.Request(ctx, server.ID(), echoProto, &echoReq{Text: "hi"}, &resp)
	if !errors.Is(err, ErrUnverified) {
		t.Fatalf("unverified client: got %v, want ErrUnverified", err)
	}

	allow.set(client.ID(), true)
	if err := cs.Request(ctx, server.ID(), echoProto, &echoReq{Text: "hi"}, &resp); err != nil {
		t.Fatalf("verified client: %v", err)
	}
	if resp.Text != "hi" || resp.From != client.ID().String() {
		t.Fatalf("response %+v: want echo from the authenticated client", resp)
	}

	allow.set(client.ID(), false)
	if err := cs.Request(ctx, server.ID(), echoProto, &echoReq{Text: "hi"}, &resp); !errors.Is(err, ErrUnverified) {
		t.Fatalf("client dropped from table: got %v, want ErrUnverified", err)
	}
}

func TestRequestErrors(t *testing.T) {
	server, client, _ := pair(t, ServeOptions{MaxRequest: 64}, echo)
	cs := NewStreams(client, nil, nil, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	tests := []struct {
		name   string
		text   string
		status Status
		local  error
	}{
		{"refused by handler", "refuse", StatusRefused, nil},
		{"handler failure hides detail", "fail", StatusInternal, nil},
		{"request over server limit", string(make([]byte, 100)), StatusBadRequest, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var resp echoResp
			err := cs.RequestWith(ctx, server.ID(), echoProto, &echoReq{Text: tc.text}, &resp, RequestOptions{MaxRequest: 1024})
			var re *RemoteError
			if !errors.As(err, &re) || re.Status != tc.status {
				t.Fatalf("got %v, want status %v", err, tc.status)
			}
			if tc.status == StatusInternal && re.Message != "internal error" {
				t.Fatalf("internal error leaked %q", re.Message)
			}
		})
	}
	t.Run("request over client limit", func(t *testing.T) {
		var resp echoResp
		err := cs.RequestWith(ctx, server.ID(), echoProto, &echoReq{Text: string(make([]byte, 100))}, &resp, RequestOptions{MaxRequest: 50})
		if !errors.Is(err, ErrFrameTooLarge) {
			t.Fatalf("got %v, want ErrFrameTooLarge", err)
		}
	})
	t.Run("response over client limit", func(t *testing.T) {
		var resp echoResp
		err := cs.RequestWith(ctx, server.ID(), echoProto, &echoReq{Text: "0123456789012345678901234567890123456789"}, &resp, RequestOptions{MaxResponse: 20})
		if !errors.Is(err, ErrFrameTooLarge) {
			t.Fatalf("got %v, want ErrFrameTooLarge", err)
		}
	})
}

// rawExchange writes raw bytes on a fresh echo stream and reads one frame.
func rawExchange(t *testing.T, client host.Host, server peer.ID, raw []byte) (response, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	st, err := client.NewStream(ctx, server, echoProto)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	_ = st.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := st.Write(raw); err != nil {
		return response{}, err
	}
	_ = st.CloseWrite()
	b, err := ReadFrame(st, 1024)
	if err != nil {
		return response{}, err
	}
	var r response
	return r, Unmarshal(b, &r)
}

func TestServeMalformed(t *testing.T) {
	server, client, _ := pair(t, ServeOptions{MaxRequest: 64}, echo)
	hdr := func(n uint32, rest ...byte) []byte {
		b := binary.BigEndian.AppendUint32(nil, n)
		return append(b, rest...)
	}
	tests := []struct {
		name string
		raw  []byte
	}{
		{"not cbor", hdr(3, 0xff, 0xff, 0xff)},
		{"wrong shape", hdr(1, 0x01)},
		{"announces 1 GiB", hdr(1 << 30)},
		{"empty frame", hdr(0)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := rawExchange(t, client, server.ID(), tc.raw)
			if err != nil {
				t.Fatalf("no answer: %v", err)
			}
			if r.Status != StatusBadRequest {
				t.Fatalf("status %v, want bad_request", r.Status)
			}
		})
	}
	t.Run("truncated payload gets reset", func(t *testing.T) {
		if r, err := rawExchange(t, client, server.ID(), hdr(10, 1, 2)); err == nil {
			t.Fatalf("got answer %+v, want stream error", r)
		}
	})
}

func TestDeadlines(t *testing.T) {
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	slow := func(ctx context.Context, _ peer.ID, req *echoReq) (*echoResp, error) {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-release:
			return &echoResp{}, nil
		}
	}
	server, client, _ := pair(t, ServeOptions{Timeout: 500 * time.Millisecond}, slow)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	t.Run("client gives up on a slow server", func(t *testing.T) {
		cs := NewStreams(client, nil, nil, nil)
		var resp echoResp
		err := cs.RequestWith(ctx, server.ID(), echoProto, &echoReq{Text: "x"}, &resp, RequestOptions{Timeout: 200 * time.Millisecond})
		if err == nil {
			t.Fatal("request to a stalled handler succeeded")
		}
	})
	t.Run("server drops a silent client", func(t *testing.T) {
		st, err := client.NewStream(ctx, server.ID(), echoProto)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Reset()
		// Send nothing; the server's deadline must end the stream, which
		// we see as a read error well before our own 20 s deadline.
		_ = st.SetReadDeadline(time.Now().Add(20 * time.Second))
		buf := make([]byte, 16)
		_, err = st.Read(buf)
		if err == nil {
			t.Fatal("read on a stream the server should have dropped succeeded")
		}
		var ne interface{ Timeout() bool }
		if errors.As(err, &ne) && ne.Timeout() {
			t.Fatalf("server kept a silent stream open: %v", err)
		}
	})
}

func TestLoadOrCreateIdentity(t *testing.T) {
	path := t.TempDir() + "/keys/peer.key"
	k1, err := LoadOrCreateIdentity(path)
	if err != nil {
		t.Fatal(err)
	}
	k2, err := LoadOrCreateIdentity(path)
	if err != nil {
		t.Fatal(err)
	}
	if !k1.Equals(k2) {
		t.Fatal("reloaded key differs")
	}
	if k1.Type() != crypto.Ed25519 {
		t.Fatalf("key type %v", k1.Type())
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if mode := fi.Mode().Perm(); mode != 0o600 {
		t.Fatalf("key file mode %o, want 600", mode)
	}
	if err := os.WriteFile(path, []byte("garbage"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadOrCreateIdentity(path); err == nil {
		t.Fatal("corrupt key file accepted")
	}
}
