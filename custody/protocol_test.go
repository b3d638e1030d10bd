package custody

import (
	"context"
	"crypto/rand"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/request"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
)

func newTestHost(t *testing.T) host.Host {
	t.Helper()
	key, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	h, err := p2p.NewHost(p2p.HostConfig{Key: key, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

// TestCustodyProtocolsOverLibp2p runs the custodian's protocols between two
// real libp2p hosts on loopback: a Black Box stores a share, reads the
// public key, and fetches the share back with an owner's signed request; an
// unattested peer gets nothing.
func TestCustodyProtocolsOverLibp2p(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	f := newCustodianFixture(t)
	custHost, bb, stranger := serveCustodyPair(ctx, t, f)

	ack, err := bb.Store(ctx, custHost.ID(), f.storeReq(t, 3, f.shares[2]))
	if err != nil {
		t.Fatalf("store: %v", err)
	}
	if ack.X != 3 || ack.Custodian != f.cust.Signer.Address() {
		t.Fatalf("ack %+v", ack)
	}

	pk, cid, err := stranger.PublicKey(ctx, custHost.ID(), 84532, 9)
	if err != nil || cid != f.rec.PublicKeyCID || len(pk) != 1184 {
		t.Fatalf("public key for anyone: %v", err)
	}

	resp, err := bb.Fetch(ctx, custHost.ID(), f.signedFetch(t, f.owner, 999))
	if err != nil {
		t.Fatalf("fetch: %v", err)
	}
	share, err := f.bbHPKE.SessionOpen(resp.WrappedShare, ShareInfo(84532, 9, resp.ShareVersion, resp.X))
	if err != nil || f.rec.CheckShare(3, share) != nil {
		t.Fatalf("fetched share: %v", err)
	}

	// A peer that is not attested is refused before its request is read.
	_, err = stranger.Fetch(ctx, custHost.ID(), f.signedFetch(t, f.owner, 998))
	if !errors.Is(err, p2p.ErrUnverified) {
		t.Fatalf("unattested fetch: %v", err)
	}
	// A forwarded request for a signer who is not owner or delegate gets no
	// share, and the Black Box learns why.
	_, err = bb.Fetch(ctx, custHost.ID(), f.signedFetch(t, newKeySigner(t), 997))
	if err == nil || !strings.Contains(err.Error(), "not the secret owner or delegate") {
		t.Fatalf("non-owner fetch: %v", err)
	}
}

// TestCustodyGatedProtocolsRefuseUnverified: like fetch, the store and
// reshare protocols answer an unverified peer "unverified" without reading
// its request, and a refused store leaves nothing behind. (The public-key
// protocol is open by design: light clients are not registered.)
func TestCustodyGatedProtocolsRefuseUnverified(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	f := newCustodianFixture(t)
	custHost, bb, stranger := serveCustodyPair(ctx, t, f)

	for _, tc := range []struct {
		name string
		call func() error
	}{
		{"store", func() error {
			_, err := stranger.Store(ctx, custHost.ID(), f.storeReq(t, 3, f.shares[2]))
			return err
		}},
		{"reshare", func() error {
			_, _, err := stranger.ReshareFetch(ctx, custHost.ID(), 84532, 9)
			return err
		}},
		{"fetch", func() error {
			_, err := stranger.Fetch(ctx, custHost.ID(), f.signedFetch(t, f.owner, 996))
			return err
		}},
	} {
		if err := tc.call(); !errors.Is(err, p2p.ErrUnverified) {
			t.Errorf("unverified %s: got %v, want ErrUnverified", tc.name, err)
		}
	}
	// The refused store stored nothing: the verified Black Box finds no
	// share to fetch.
	if _, err := bb.Fetch(ctx, custHost.ID(), f.signedFetch(t, f.owner, 995)); err == nil || errors.Is(err, p2p.ErrUnverified) {
		t.Fatalf("fetch after a refused store: %v, want a no-share refusal", err)
	}
	// The verified peer is served by the same protocols.
	if _, err := bb.Store(ctx, custHost.ID(), f.storeReq(t, 3, f.shares[2])); err != nil {
		t.Fatalf("verified store: %v", err)
	}
}

// serveCustodyPair serves f's custodian on a real host whose verified table
// holds the Black Box's attested claims, and connects two clients to it:
// the attested Black Box and a stranger.
func serveCustodyPair(ctx context.Context, t *testing.T, f *custodianFixture) (custHost host.Host, bb, stranger *Client) {
	t.Helper()
	custHost, bbHost, strangerHost := newTestHost(t), newTestHost(t), newTestHost(t)
	table := p2p.NewVerifiedTable(time.Now)
	var wallet [20]byte
	copy(wallet[:], f.bbPeer.EnclaveWallet.Bytes())
	table.Put(p2p.VerifiedPeer{ID: bbHost.ID(), EnclaveWallet: wallet, TransportKey: f.bbPeer.TransportKey, Expiry: time.Now().Add(time.Hour)}, nil)
	f.cust.Serve(p2p.NewStreams(custHost, table, nil, nil), "testnet", table)
	for _, h := range []host.Host{bbHost, strangerHost} {
		if err := h.Connect(ctx, peer.AddrInfo{ID: custHost.ID(), Addrs: custHost.Addrs()}); err != nil {
			t.Fatal(err)
		}
	}
	bb = &Client{Streams: p2p.NewStreams(bbHost, nil, nil, nil), Network: "testnet"}
	stranger = &Client{Streams: p2p.NewStreams(strangerHost, nil, nil, nil), Network: "testnet"}
	return custHost, bb, stranger
}

// TestCustodyRefusalsOverLibp2p: the custodian's refusals cross the wire
// with their codes, so the asking Black Box matches them with errors.Is;
// and, with a burst of 2, a signer's replayed request, requests forged in
// its name and its requests for a secret it may not use spend none of its
// budget at the custodian.
func TestCustodyRefusalsOverLibp2p(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	f := newCustodianFixture(t)
	f.cust.Check.RateLimit = request.NewRateLimiter(0.001, 2)
	stranger := newKeySigner(t)
	f.chain.states[10] = chain.SecretState{Owner: stranger.Address(), SecretType: 1}
	custHost, bb, _ := serveCustodyPair(ctx, t, f)

	a, b := f.newDeal(t, 7), f.newDeal(t, 7)
	f.setChain(true, "")
	if _, err := bb.Store(ctx, custHost.ID(), a.storeReq(t, f, 3)); err != nil {
		t.Fatal(err)
	}
	if _, err := bb.Store(ctx, custHost.ID(), b.storeReq(t, f, 3)); !errors.Is(err, ErrShareConflict) {
		t.Fatalf("second deal under version 7: %v, want a share conflict", err)
	}
	f.setChain(false, a.rec.PublicKeyCID)
	if _, err := bb.Store(ctx, custHost.ID(), f.newDeal(t, 8).storeReq(t, f, 3)); !errors.Is(err, ErrOtherKeyRegistered) {
		t.Fatalf("deal of another key once synced: %v", err)
	}

	fetch := func(req FetchRequest) error {
		resp, err := bb.Fetch(ctx, custHost.ID(), req)
		if err == nil {
			clear(resp.WrappedShare)
		}
		return err
	}
	// Single use, so every replay below is refused as one (identical
	// retries have their own tests).
	f.cust.Check.Replay.MaxUses = 1
	good := f.signedFetch(t, f.owner, 990)
	if err := fetch(good); err != nil {
		t.Fatalf("first: %v", err)
	}
	for i := range 4 {
		if err := fetch(good); !errors.Is(err, request.ErrReplay) {
			t.Fatalf("replay %d: %v", i, err)
		}
		forged := f.signedFetch(t, f.owner, 980-uint64(i))
		forged.Signature = f.signedFetch(t, stranger, 980-uint64(i)).Signature
		if err := fetch(forged); !errors.Is(err, request.ErrSignerMismatch) {
			t.Fatalf("forged %d: %v", i, err)
		}
		data := request.Format(84532, 10, f.owner.Address(), 970-uint64(i), "abcd")
		sig, _ := request.Sign(data, func(h []byte) ([]byte, error) { return ethcrypto.Sign(h, f.owner.key) })
		if err := fetch(FetchRequest{Data: data, Signature: sig}); !errors.Is(err, request.ErrNotAuthorized) {
			t.Fatalf("not authorised %d: %v", i, err)
		}
	}
	if err := fetch(f.signedFetch(t, f.owner, 991)); err != nil {
		t.Fatalf("fresh request after the refusals: %v", err)
	}
	err := fetch(f.signedFetch(t, f.owner, 992))
	var ref *request.Refusal
	if !errors.Is(err, request.ErrRateLimited) || !errors.As(err, &ref) || ref.RetryAfter <= 0 {
		t.Fatalf("third accepted request within a burst of 2: %v", err)
	}

	f.cust.Electors = electorate{}
	if err := fetch(f.signedFetch(t, f.owner, 993)); !errors.Is(err, ErrNotElected) {
		t.Fatalf("unelected asker: %v", err)
	}
}
