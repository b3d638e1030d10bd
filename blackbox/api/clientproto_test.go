package api

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/cifer-network/cifer/blackbox/blackboxtest"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/request"
	"github.com/cifer-network/cifer/wire"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// hashRecorder is memKeys that records the envelope hash the door hands
// the custodians.
type hashRecorder struct {
	*memKeys
	got []byte
}

func (h *hashRecorder) Decrypt(ctx context.Context, signed custody.FetchRequest, b envelope.Binding, c, msg []byte) ([]byte, error) {
	h.got = signed.EnvelopeHash
	return h.memKeys.Decrypt(ctx, signed, b, c, msg)
}

// TestLightClientDecryptActionBound: the light client's decrypt signs the
// envelope's hash under request.ActionDecrypt (finding 4 of the key-safety
// review: custodians can then tell it from any other request). The door
// checks the hash against the cifer and message it was sent, and hands it
// to the custodians; the earlier five-field form is still served.
func TestLightClientDecryptActionBound(t *testing.T) {
	f := newAPIFixture(t)
	c, msg, err := envelope.Seal(f.keys.dealt.PublicKey, envelope.Binding{ChainID: 84532, SecretID: 1}, []byte("secret"))
	if err != nil {
		t.Fatal(err)
	}
	_, otherMsg, err := envelope.Seal(f.keys.dealt.PublicKey, envelope.Binding{ChainID: 84532, SecretID: 1}, []byte("other"))
	if err != nil {
		t.Fatal(err)
	}
	keys := &hashRecorder{memKeys: f.keys}
	ctx, streams, server := serveClientDoor(t, &API{Check: request.NewChecker(f.chain, request.NewReplayGuard(time.Hour), nil), Keys: keys})
	ask := func(req *wire.DecryptRequest) ([]byte, error) {
		resp, err := wire.Decrypt.Ask(ctx, streams, blackboxtest.Network, server, req)
		if err != nil {
			return nil, request.FromRemote(err)
		}
		return resp.Plaintext, nil
	}
	cHex := "0x" + hex.EncodeToString(c)
	hash := request.DecryptHash(c, msg)

	block := uint64(9_990)
	bound := func(h [32]byte, m []byte) *wire.DecryptRequest {
		block++
		data, sig := f.sign(t, f.owner, 1, block, request.ActionTail(request.ActionDecrypt, h))
		return &wire.DecryptRequest{Data: data, Signature: sig, Cifer: cHex, EncryptedMessage: m}
	}
	pt, err := ask(bound(hash, msg))
	if err != nil || string(pt) != "secret" {
		t.Fatalf("action-bound decrypt: %q, %v", pt, err)
	}
	if !bytes.Equal(keys.got, hash[:]) {
		t.Fatalf("custodians were handed envelope hash %x, want %x", keys.got, hash)
	}

	for _, tc := range []struct {
		name string
		req  *wire.DecryptRequest
	}{
		{"hash of another message", bound(request.DecryptHash(c, otherMsg), msg)},
		{"another message than the hash", bound(hash, otherMsg)},
		{"a plain hash, no domain", bound(sha256.Sum256(append(append([]byte{}, c...), msg...)), msg)},
	} {
		if _, err := ask(tc.req); !isCode(err, request.CodeBadRequest) {
			t.Errorf("%s: %v, want bad_request", tc.name, err)
		}
	}

	// The five-field form (COMPAT.md's data string over the p2p door).
	block++
	data, sig := f.sign(t, f.owner, 1, block, hex.EncodeToString(msg))
	if pt, err := ask(&wire.DecryptRequest{Data: data, Signature: sig, Cifer: cHex}); err != nil || string(pt) != "secret" {
		t.Fatalf("five-field decrypt: %q, %v", pt, err)
	}
	if len(keys.got) != 0 {
		t.Fatalf("an envelope hash %x was handed on for the five-field form", keys.got)
	}
}

// serveClientDoor serves a's light-client protocols on a host of their own
// and returns a connected client's streams and the server's peer ID.
func serveClientDoor(t *testing.T, a *API) (context.Context, *p2p.Streams, peer.ID) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	server, client := blackboxtest.StartHost(t, "/ip4/127.0.0.1/tcp/0"), blackboxtest.StartHost(t, "/ip4/127.0.0.1/tcp/0")
	t.Cleanup(func() { server.Close(); client.Close() })
	if err := client.Connect(ctx, peer.AddrInfo{ID: server.ID(), Addrs: server.Addrs()}); err != nil {
		t.Fatal(err)
	}
	a.ServeClients(p2p.NewStreams(server, nil, nil, nil), blackboxtest.Network, nil)
	return ctx, p2p.NewStreams(client, nil, nil, nil), server.ID()
}

func isCode(err error, code request.Code) bool {
	return err != nil && request.Classify(err).Code == code
}

// TestDoorsLimitPerIP is finding 10 of the key-safety review: a fresh
// signing key per request escaped the per-signer limit. The per-IP limit
// in front of both doors refuses the flood with 429 / rate_limited before
// the pipeline runs (no signature recovered, no chain read).
func TestDoorsLimitPerIP(t *testing.T) {
	f := newAPIFixture(t)
	c, msg, err := envelope.Seal(f.keys.dealt.PublicKey, envelope.Binding{ChainID: 84532, SecretID: 1}, []byte("secret"))
	if err != nil {
		t.Fatal(err)
	}
	cHex, msgHex := "0x"+hex.EncodeToString(c), hex.EncodeToString(msg)
	const burst = 4
	newAPI := func() *API {
		// No exemption: the test's clients are on loopback.
		return &API{Check: request.NewChecker(f.chain, request.NewReplayGuard(time.Hour), nil), Keys: f.keys,
			IPLimit: request.NewIPLimiter(0.001, burst, nil)}
	}
	// Each request from a fresh key: a stranger's, refused by the pipeline
	// (not_authorized) while the address has tokens, then by the limit.
	fresh := func(i int) (string, string) {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		return f.sign(t, k, 1, 9_900+uint64(i), msgHex)
	}

	t.Run("http", func(t *testing.T) {
		srv := httptest.NewServer(newAPI().Handler())
		defer srv.Close()
		for i := range burst + 3 {
			data, sig := fresh(i)
			code, out := blackboxtest.PostJSON(t, srv.URL+"/decrypt-payload", map[string]any{"data": data, "signature": sig, "cifer": cHex})
			want, wantCode := http.StatusForbidden, string(request.CodeNotAuthorized)
			if i >= burst {
				want, wantCode = http.StatusTooManyRequests, string(request.CodeRateLimited)
			}
			if code != want || out["code"] != wantCode {
				t.Fatalf("request %d from a fresh key: %d %v, want %d %s", i, code, out, want, wantCode)
			}
		}
		// The health check is not limited.
		resp, err := http.Get(srv.URL + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusTooManyRequests {
			t.Fatal("GET /healthz was limited")
		}
	})

	t.Run("p2p", func(t *testing.T) {
		ctx, streams, server := serveClientDoor(t, newAPI())
		for i := range burst + 3 {
			data, sig := fresh(i)
			_, err := wire.Decrypt.Ask(ctx, streams, blackboxtest.Network, server, &wire.DecryptRequest{Data: data, Signature: sig, Cifer: cHex})
			want := request.CodeNotAuthorized
			if i >= burst {
				want = request.CodeRateLimited
			}
			if !isCode(request.FromRemote(err), want) {
				t.Fatalf("request %d from a fresh key: %v, want %s", i, err, want)
			}
		}
	})
}
