package custody

import (
	"context"
	"crypto/rand"
	"errors"
	"testing"

	"github.com/cifer-network/cifer/request"
	lcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// TestClientSelfAnswersInProcess: a Black Box that is a member of the
// cluster it serves deals, fetches and reads records of its own share
// through its own custodian, with the same checks, and never touches the
// network (the client has no streams at all).
func TestClientSelfAnswersInProcess(t *testing.T) {
	ctx := context.Background()
	f := newCustodianFixture(t)
	_, pub, err := lcrypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	self, err := peer.IDFromPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	me := f.bbPeer
	me.ID = self
	cl := &Client{Network: "selftest", Self: &LocalCustodian{Custodian: f.cust, Peer: me}}

	ack, err := cl.Store(ctx, self, f.storeReq(t, 2, f.shares[1]))
	if err != nil || ack.X != 2 || ack.Verify() != nil {
		t.Fatalf("store on self: %+v, %v", ack, err)
	}
	rec, err := cl.Record(ctx, self, 84532, 9)
	if err != nil || rec.PublicKeyCID != f.rec.PublicKeyCID {
		t.Fatalf("record from self: %v", err)
	}
	if _, cid, err := cl.PublicKey(ctx, self, 84532, 9); err != nil || cid != f.rec.PublicKeyCID {
		t.Fatalf("public key from self: %v", err)
	}

	resp, err := cl.Fetch(ctx, self, f.signedFetch(t, f.owner, 990))
	if err != nil {
		t.Fatalf("fetch from self: %v", err)
	}
	share, err := f.bbHPKE.SessionOpen(resp.WrappedShare, ShareInfo(84532, 9, resp.ShareVersion, resp.X))
	if err != nil || f.rec.CheckShare(2, share) != nil {
		t.Fatalf("own share: %v", err)
	}
	clear(share)

	// The local path keeps the custodian's checks and their typed errors.
	stranger := newKeySigner(t)
	if _, err := cl.Fetch(ctx, self, f.signedFetch(t, stranger, 991)); !errors.Is(err, request.ErrNotAuthorized) {
		t.Fatalf("stranger via self: %v", err)
	}
	f.cust.Check.Replay.MaxUses = 1
	if _, err := cl.Fetch(ctx, self, f.signedFetch(t, f.owner, 990)); !errors.Is(err, request.ErrReplay) {
		t.Fatalf("replay via self: %v", err)
	}
	f.cust.Electors = electorate{}
	if _, err := cl.Fetch(ctx, self, f.signedFetch(t, f.owner, 992)); !errors.Is(err, ErrNotElected) {
		t.Fatalf("unelected self: %v", err)
	}
}
