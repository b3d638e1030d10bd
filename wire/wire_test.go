package wire_test

import (
	"context"
	"encoding/hex"
	"errors"
	"testing"
	"time"

	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/wire"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// The protocol IDs are on the wire: these are the strings nodes of earlier
// builds speak.
func TestProtocolIDs(t *testing.T) {
	const n = "testnet"
	tests := []struct {
		got  protocol.ID
		want string
	}{
		{wire.Handshake.ID(n), "/cifer/testnet/handshake/1.0.0"},
		{wire.Statement.ID(n), "/cifer/testnet/blackbox/statement/1.0.0"},
		{wire.Decrypt.ID(n), "/cifer/testnet/blackbox/decrypt/2.0.0"},
		{wire.FileKey.ID(n), "/cifer/testnet/blackbox/file-key/1.0.0"},
		{wire.StreamKeys.ID(n), "/cifer/testnet/blackbox/stream-keys/1.0.0"},
		{wire.JobCall.ID(n), "/cifer/testnet/blackbox/job-call/1.0.0"},
		{wire.Store.ID(n), "/cifer/testnet/custody/store/1.0.0"},
		{wire.Fetch.ID(n), "/cifer/testnet/custody/fetch/2.0.0"},
		{wire.PublicKey.ID(n), "/cifer/testnet/custody/pubkey/1.0.0"},
		{wire.Reshare.ID(n), "/cifer/testnet/custody/reshare/1.0.0"},
		{wire.MissingMember.ID(n), "/cifer/testnet/cluster/missing-member/1.0.0"},
	}
	for _, tc := range tests {
		if string(tc.got) != tc.want {
			t.Errorf("got %s, want %s", tc.got, tc.want)
		}
	}
	if wire.Handshake.ID(n) != p2p.HandshakeProtocol(n) {
		t.Errorf("handshake: wire says %s, p2p serves %s", wire.Handshake.ID(n), p2p.HandshakeProtocol(n))
	}
	seen := map[protocol.ID]bool{}
	for _, i := range wire.All() {
		id := i.ID(n)
		if seen[id] {
			t.Errorf("%s listed twice", id)
		}
		seen[id] = true
	}
	if len(seen) != len(tests) {
		t.Errorf("All lists %d protocols, this test knows %d", len(seen), len(tests))
	}
}

// What each protocol promises about limits, streams and gating.
func TestDescriptors(t *testing.T) {
	tests := []struct {
		info            wire.Info
		muxed, verified bool
	}{
		{wire.Statement.Info, false, false},
		{wire.Decrypt.Info, true, false},
		{wire.FileKey.Info, false, false},
		{wire.StreamKeys.Info, false, true},
		{wire.JobCall.Info, false, true},
		{wire.Store.Info, false, true},
		{wire.Fetch.Info, true, true},
		{wire.PublicKey.Info, false, false},
		{wire.Reshare.Info, false, true},
		{wire.MissingMember.Info, false, true},
	}
	for _, tc := range tests {
		i := tc.info
		if i.Muxed != tc.muxed || i.Verified != tc.verified {
			t.Errorf("%s: muxed %v verified %v, want %v %v", i.Name, i.Muxed, i.Verified, tc.muxed, tc.verified)
		}
		if i.MaxRequest <= 0 || i.MaxRequest > p2p.MaxFrameLimit || i.MaxResponse <= 0 || i.MaxResponse > p2p.MaxFrameLimit || i.Timeout <= 0 {
			t.Errorf("%s: limits %d/%d, timeout %s", i.Name, i.MaxRequest, i.MaxResponse, i.Timeout)
		}
		if so := i.ServeOptions(); so.RequireVerified != i.Verified || so.MaxRequest != i.MaxRequest || so.Timeout != i.Timeout {
			t.Errorf("%s: serve options %+v", i.Name, so)
		}
	}
	if d := wire.Decrypt.WithTimeout(time.Minute); d.Timeout != time.Minute || wire.Decrypt.Timeout == time.Minute {
		t.Error("WithTimeout must change a copy only")
	}
	if d := wire.Decrypt.WithTimeout(0); d.Timeout != wire.Decrypt.Timeout {
		t.Error("WithTimeout(0) must keep the default")
	}
}

// The messages' deterministic CBOR, as the types it replaced encoded it
// (blackbox's client messages and custody's wire* structs): the bytes on
// the wire must not change.
func TestMessageEncodings(t *testing.T) {
	tests := []struct {
		v    any
		want string
	}{
		{&wire.StatementRequest{}, "a0"},
		{&wire.StatementResponse{Statement: []byte{1}}, "a16953746174656d656e744101"},
		{&wire.DecryptRequest{Data: "d", Signature: "s", Cifer: "c", InputFormat: "hex"}, "a4644461746161646543696665726163695369676e617475726561736b496e707574466f726d617463686578"},
		{&wire.DecryptResponse{Plaintext: []byte{1}}, "a169506c61696e746578744101"},
		{&wire.FileKeyRequest{Data: "d", Signature: "s", Header: []byte{1}}, "a364446174616164664865616465724101695369676e61747572656173"},
		{&wire.FileKeyResponse{Key: []byte{2}}, "a1634b65794102"},
		{&wire.StreamKeysRequest{Data: "d", Signature: "s", Headers: [][]byte{{1}}}, "a3644461746161646748656164657273814101695369676e61747572656173"},
		{&wire.StreamKeysResponse{Keys: [][]byte{{2}}}, "a1644b657973814102"},
		{&wire.StoreRequest{Record: []byte{1, 2}, X: 3, WrappedShare: []byte{4}}, "a3615803665265636f72644201026c5772617070656453686172654104"},
		{&wire.StoreAck{ChainID: 84532, SecretID: 42, ShareVersion: 2, X: 3, ShareHash: []byte{5}, Custodian: []byte{6}, Signature: []byte{7}}, "a761580367436861696e49441a00014a34685365637265744944182a69437573746f6469616e4106695368617265486173684105695369676e617475726541076c536861726556657273696f6e02"},
		{&wire.FetchRequest{Data: "d", Signature: "s"}, "a264446174616164695369676e61747572656173"},
		// The action-bound forms' optional fields, present only when set.
		{&wire.FetchRequest{Data: "d", Signature: "s", EnvelopeHash: []byte{1}}, "a364446174616164695369676e617475726561736c456e76656c6f7065486173684101"},
		{&wire.DecryptRequest{Data: "d", Signature: "s", Cifer: "c", InputFormat: "hex", EncryptedMessage: []byte{2}},
			"a5644461746161646543696665726163695369676e617475726561736b496e707574466f726d61746368657870456e637279707465644d6573736167654102"},
		{&wire.FetchResponse{ShareVersion: 2, X: 3, WrappedShare: []byte{4}}, "a36158036c536861726556657273696f6e026c5772617070656453686172654104"},
		{&wire.ReshareRequest{ChainID: 1, SecretID: 2}, "a267436861696e49440168536563726574494402"},
		{&wire.ReshareResponse{ShareVersion: 2, X: 3, WrappedShare: []byte{4}, Record: []byte{5}}, "a4615803665265636f726441056c536861726556657273696f6e026c5772617070656453686172654104"},
		{&wire.PublicKeyRequest{ChainID: 1, SecretID: 2}, "a267436861696e49440168536563726574494402"},
		{&wire.PublicKeyResponse{PublicKey: []byte{1}, CID: "c", Record: []byte{2}}, "a3634349446163665265636f72644102695075626c69634b65794101"},
	}
	for _, tc := range tests {
		b, err := p2p.Marshal(tc.v)
		if err != nil {
			t.Fatal(err)
		}
		if got := hex.EncodeToString(b); got != tc.want {
			t.Errorf("%T: %s, want %s", tc.v, got, tc.want)
		}
	}
}

func newHost(t *testing.T) host.Host {
	t.Helper()
	key, _, err := crypto.GenerateEd25519Key(nil)
	if err != nil {
		t.Fatal(err)
	}
	h, err := p2p.NewHost(p2p.HostConfig{Key: key, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.Close() })
	return h
}

type noneVerified struct{}

func (noneVerified) IsVerified(peer.ID) bool { return false }

// Serve and Ask pick the stream kind and the gate from the descriptor: a
// muxed, public protocol answers; a gated one refuses an unverified asker.
func TestServeAsk(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	srv, cli := newHost(t), newHost(t)
	if err := cli.Connect(ctx, peer.AddrInfo{ID: srv.ID(), Addrs: srv.Addrs()}); err != nil {
		t.Fatal(err)
	}
	ss := p2p.NewStreams(srv, noneVerified{}, nil, nil)
	cs := p2p.NewStreams(cli, nil, nil, nil)
	t.Cleanup(func() { _ = cs.Close(); _ = ss.Close() })
	const n = "wiretest"
	wire.Decrypt.Serve(ss, n, func(_ context.Context, _ peer.ID, req *wire.DecryptRequest) (*wire.DecryptResponse, error) {
		return &wire.DecryptResponse{Plaintext: []byte(req.Data)}, nil
	})
	wire.Fetch.Serve(ss, n, func(context.Context, peer.ID, *wire.FetchRequest) (*wire.FetchResponse, error) {
		t.Error("gated handler ran for an unverified peer")
		return &wire.FetchResponse{}, nil
	})
	for _, data := range []string{"one", "two"} {
		resp, err := wire.Decrypt.Ask(ctx, cs, n, srv.ID(), &wire.DecryptRequest{Data: data})
		if err != nil || string(resp.Plaintext) != data {
			t.Fatalf("decrypt %q: %v %v", data, resp, err)
		}
	}
	if _, err := wire.Fetch.Ask(ctx, cs, n, srv.ID(), &wire.FetchRequest{Data: "x"}); !errors.Is(err, p2p.ErrUnverified) {
		t.Fatalf("gated fetch: got %v, want ErrUnverified", err)
	}
}
