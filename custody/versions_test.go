package custody

import (
	"context"
	"crypto/rand"
	"errors"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/request"
	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
)

// testDeal is one deal of the fixture's secret 9: a fresh seed and public
// key split 3-of-5, its record signed by the fixture's Black Box.
type testDeal struct {
	rec    *CreationRecord
	raw    []byte
	shares []Share
}

func (f *custodianFixture) newDeal(t *testing.T, version uint32) testDeal {
	t.Helper()
	seed := make([]byte, 64)
	_, _ = rand.Read(seed)
	shares, err := Split(seed, 3, 5, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	pk := make([]byte, 1184)
	_, _ = rand.Read(pk)
	cid, _ := envelope.PublicKeyCID(pk)
	rec := &CreationRecord{ChainID: 84532, SecretID: 9, ShareVersion: version, ClusterID: 1, Threshold: 3, PublicKey: pk, PublicKeyCID: cid}
	for _, s := range shares {
		b, _ := s.MarshalBinary()
		rec.ShareHashes = append(rec.ShareHashes, ShareHash(b))
	}
	if err := rec.Sign(f.bbKey); err != nil {
		t.Fatal(err)
	}
	raw, err := rec.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return testDeal{rec: rec, raw: raw, shares: shares}
}

// storeReq wraps the deal's share x to the custodian.
func (d testDeal) storeReq(t *testing.T, f *custodianFixture, x byte) StoreRequest {
	t.Helper()
	b, _ := d.shares[x-1].MarshalBinary()
	wrapped, err := f.bbHPKE.SealTo(f.custHPKE.TransportKey(), b, ShareInfo(84532, 9, d.rec.ShareVersion, x))
	if err != nil {
		t.Fatal(err)
	}
	return StoreRequest{Record: d.raw, X: x, WrappedShare: wrapped}
}

func (f *custodianFixture) setChain(syncing bool, cid string) {
	st := f.chain.states[9]
	st.IsSyncing, st.PublicKeyCID = syncing, cid
	f.chain.states[9] = st
}

// released fetches the custodian's share for the owner and returns its
// version, checked against the deal it must belong to.
func (f *custodianFixture) released(t *testing.T, block uint64, want testDeal) uint32 {
	t.Helper()
	resp, err := f.cust.HandleFetch(context.Background(), f.bbPeer, f.signedFetch(t, f.owner, block))
	if err != nil {
		t.Fatalf("fetch: %v", err)
	}
	share, err := f.bbHPKE.SessionOpen(resp.WrappedShare, ShareInfo(84532, 9, resp.ShareVersion, resp.X))
	if err != nil {
		t.Fatal(err)
	}
	defer clear(share)
	if resp.ShareVersion != want.rec.ShareVersion || want.rec.CheckShare(resp.X, share) != nil {
		t.Fatalf("released version %d, not the share of version %d", resp.ShareVersion, want.rec.ShareVersion)
	}
	return resp.ShareVersion
}

// TestCustodianStoreOneDealPerVersion: a store under an existing version is
// acknowledged again only for the very share stored; another deal under the
// same version is refused and changes nothing (record, share, ack).
func TestCustodianStoreOneDealPerVersion(t *testing.T) {
	ctx := context.Background()
	f := newCustodianFixture(t)
	a, b := f.newDeal(t, 7), f.newDeal(t, 7)
	f.setChain(true, "")

	first, err := f.cust.HandleStore(ctx, f.bbPeer, a.storeReq(t, f, 2))
	if err != nil {
		t.Fatal(err)
	}
	again, err := f.cust.HandleStore(ctx, f.bbPeer, a.storeReq(t, f, 2))
	if err != nil {
		t.Fatalf("retry of the same deal: %v", err)
	}
	if again.ShareHash != first.ShareHash || again.ShareHash != a.rec.ShareHashes[1] {
		t.Fatal("retry acknowledged another share")
	}
	if _, err := f.cust.HandleStore(ctx, f.bbPeer, b.storeReq(t, f, 2)); !errors.Is(err, ErrShareConflict) {
		t.Fatalf("second deal under version 7: %v, want ErrShareConflict", err)
	}
	f.setChain(false, a.rec.PublicKeyCID)
	rec, _, err := f.cust.CurrentRecord(ctx, 84532, 9)
	if err != nil || rec.PublicKeyCID != a.rec.PublicKeyCID {
		t.Fatalf("record after the refused deal: %v (replaced: %v)", err, rec != nil && rec.PublicKeyCID == b.rec.PublicKeyCID)
	}
	f.released(t, 990, a)
}

// TestCustodianReleasesRegisteredKey: with versions of two keys held (two
// Black Boxes raced to create the secret; the loser dealt later), the
// custodian releases and serves the newest version of the key the chain
// registered, never the other key's.
func TestCustodianReleasesRegisteredKey(t *testing.T) {
	ctx := context.Background()
	f := newCustodianFixture(t)
	// Both deals land while the secret is syncing; afterwards the chain
	// names one of the keys.
	winner, loser := f.newDeal(t, 10), f.newDeal(t, 20)
	f.setChain(true, "")
	for _, d := range []testDeal{winner, loser} {
		if _, err := f.cust.HandleStore(ctx, f.bbPeer, d.storeReq(t, f, 1)); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name    string
		syncing bool
		cid     string
		want    *testDeal // nil: no share released
		record  uint32    // version of the record served
		err     error
	}{
		{name: "registered key is the older version", cid: winner.rec.PublicKeyCID, want: &winner, record: 10},
		{name: "registered key is the newer version", cid: loser.rec.PublicKeyCID, want: &loser, record: 20},
		{name: "neither key registered", cid: "bafkreinotthisone", err: ErrNoShareOfKey},
		{name: "still syncing", syncing: true, record: 20, err: request.ErrSyncing},
	}
	block := uint64(990)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f.setChain(tc.syncing, tc.cid)
			block++
			if tc.want != nil {
				f.released(t, block, *tc.want)
			} else if _, err := f.cust.HandleFetch(ctx, f.bbPeer, f.signedFetch(t, f.owner, block)); !errors.Is(err, tc.err) {
				t.Fatalf("fetch: %v, want %v", err, tc.err)
			}
			rec, _, err := f.cust.CurrentRecord(ctx, 84532, 9)
			if tc.record == 0 {
				if !errors.Is(err, ErrNoShareOfKey) {
					t.Fatalf("record: %v, want ErrNoShareOfKey", err)
				}
				return
			}
			if err != nil || rec.ShareVersion != tc.record {
				t.Fatalf("record: version %v (%v), want %d", rec, err, tc.record)
			}
		})
	}

	// Once synced, a deal of another key is refused; a reshare of the
	// registered key, at a version above the loser's, is stored and is the
	// one released.
	f.setChain(false, winner.rec.PublicKeyCID)
	late := f.newDeal(t, 40)
	if _, err := f.cust.HandleStore(ctx, f.bbPeer, late.storeReq(t, f, 1)); !errors.Is(err, ErrOtherKeyRegistered) {
		t.Fatalf("deal of another key after the sync: %v, want ErrOtherKeyRegistered", err)
	}
	reshared := f.newDeal(t, 30)
	reshared.rec.PublicKey, reshared.rec.PublicKeyCID = winner.rec.PublicKey, winner.rec.PublicKeyCID
	if err := reshared.rec.Sign(f.bbKey); err != nil {
		t.Fatal(err)
	}
	reshared.raw, _ = reshared.rec.MarshalBinary()
	if _, err := f.cust.HandleStore(ctx, f.bbPeer, reshared.storeReq(t, f, 1)); err != nil {
		t.Fatal(err)
	}
	f.released(t, 999, reshared)

	// The answer of the last release is cached: deleting that version
	// must not leave it served, the winner's version is released again.
	if err := f.cust.Store.DeleteVersion(ctx, ShareKey{ChainID: 84532, SecretID: 9, Version: 30}); err != nil {
		t.Fatal(err)
	}
	f.released(t, 1000, winner)
}

// TestCustodianRateLimit: the custodian limits each signer's share
// releases with a clear error; a request the signer did not sign, or a
// replay, spends none of its budget, and other signers are not affected.
func TestCustodianRateLimit(t *testing.T) {
	ctx := context.Background()
	f := newCustodianFixture(t)
	if _, err := f.cust.HandleStore(ctx, f.bbPeer, f.storeReq(t, 1, f.shares[0])); err != nil {
		t.Fatal(err)
	}
	f.cust.Check.RateLimit = request.NewRateLimiter(0.001, 2)
	f.cust.Check.Replay.MaxUses = 1 // a replay is refused before it costs a token
	delegate := newKeySigner(t)
	st := f.chain.states[9]
	st.Delegate = delegate.Address()
	f.chain.states[9] = st

	good := f.signedFetch(t, f.owner, 990)
	forged := f.signedFetch(t, f.owner, 991)
	forged.Signature = f.signedFetch(t, delegate, 991).Signature
	if _, err := f.cust.HandleFetch(ctx, f.bbPeer, forged); !errors.Is(err, request.ErrSignerMismatch) {
		t.Fatalf("forged: %v", err)
	}
	if _, err := f.cust.HandleFetch(ctx, f.bbPeer, good); err != nil {
		t.Fatalf("first: %v", err)
	}
	if _, err := f.cust.HandleFetch(ctx, f.bbPeer, good); !errors.Is(err, request.ErrReplay) {
		t.Fatalf("replay: %v", err)
	}
	if _, err := f.cust.HandleFetch(ctx, f.bbPeer, f.signedFetch(t, f.owner, 992)); err != nil {
		t.Fatalf("second (burst of 2): %v", err)
	}
	_, err := f.cust.HandleFetch(ctx, f.bbPeer, f.signedFetch(t, f.owner, 993))
	var rl *request.RateLimitError
	if !errors.As(err, &rl) || rl.Signer != f.owner.Address() || !strings.Contains(err.Error(), "rate limit exceeded for "+f.owner.Address().Hex()) {
		t.Fatalf("third: %v, want a rate limit error for the owner", err)
	}
	if _, err := f.cust.HandleFetch(ctx, f.bbPeer, f.signedFetch(t, delegate, 994)); err != nil {
		t.Fatalf("another signer: %v", err)
	}
}

// TestClientStoreChecksAck: a Black Box accepts a store acknowledgement
// only from the custodian's attested enclave wallet, and only for the very
// share it sent.
func TestClientStoreChecksAck(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	f := newCustodianFixture(t)
	custHost, bbHost := newTestHost(t), newTestHost(t)
	table := p2p.NewVerifiedTable(time.Now)
	var wallet [20]byte
	copy(wallet[:], f.bbPeer.EnclaveWallet.Bytes())
	table.Put(p2p.VerifiedPeer{ID: bbHost.ID(), EnclaveWallet: wallet, TransportKey: f.bbPeer.TransportKey, Expiry: time.Now().Add(time.Hour)}, nil)
	f.cust.Serve(p2p.NewStreams(custHost, table, nil, nil), "acktest", table)
	if err := bbHost.Connect(ctx, peer.AddrInfo{ID: custHost.ID(), Addrs: custHost.Addrs()}); err != nil {
		t.Fatal(err)
	}
	claims := p2p.NewVerifiedTable(time.Now)
	attest := func(w common.Address) {
		var a [20]byte
		copy(a[:], w.Bytes())
		claims.Put(p2p.VerifiedPeer{ID: custHost.ID(), EnclaveWallet: a, TransportKey: f.custHPKE.TransportKey(), Expiry: time.Now().Add(time.Hour)}, nil)
	}
	bb := &Client{Streams: p2p.NewStreams(bbHost, nil, nil, nil), Network: "acktest", Claims: claims}

	if _, err := bb.Store(ctx, custHost.ID(), f.storeReq(t, 1, f.shares[0])); !errors.Is(err, ErrBadAck) {
		t.Fatalf("custodian not attested: %v, want ErrBadAck", err)
	}
	attest(common.HexToAddress("0x1234"))
	if _, err := bb.Store(ctx, custHost.ID(), f.storeReq(t, 1, f.shares[0])); !errors.Is(err, ErrBadAck) || !strings.Contains(err.Error(), "attested enclave wallet") {
		t.Fatalf("ack from another wallet than attested: %v, want ErrBadAck", err)
	}
	attest(f.cust.Signer.Address())
	ack, err := bb.Store(ctx, custHost.ID(), f.storeReq(t, 1, f.shares[0]))
	if err != nil || ack.Custodian != f.cust.Signer.Address() {
		t.Fatalf("attested custodian: %+v %v", ack, err)
	}

	// The checks on the ack's content, one field at a time.
	good := *ack
	other := newKeySigner(t)
	resign := func(a *Ack, s keySigner) {
		a.Signature, _ = s.SignHash(a.Digest())
	}
	tests := []struct {
		name string
		edit func(a *Ack)
	}{
		{"chain", func(a *Ack) { a.ChainID++ }},
		{"secret", func(a *Ack) { a.SecretID++ }},
		{"version", func(a *Ack) { a.ShareVersion++ }},
		{"x", func(a *Ack) { a.X = 2 }},
		{"share hash", func(a *Ack) { a.ShareHash[0] ^= 1 }},
		{"wallet", func(a *Ack) { a.Custodian = other.Address(); resign(a, other) }},
		{"signature", func(a *Ack) { a.Signature = append([]byte(nil), a.Signature...); a.Signature[5] ^= 1 }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := good
			tc.edit(&a)
			if err := checkAck(&a, f.rec, 1, f.cust.Signer.Address(), true); !errors.Is(err, ErrBadAck) {
				t.Fatalf("got %v, want ErrBadAck", err)
			}
		})
	}
	if err := checkAck(&good, f.rec, 1, f.cust.Signer.Address(), true); err != nil {
		t.Fatalf("good ack: %v", err)
	}
}

// TestSweeperDropsCompetingKey: once the secret is synced, a version of
// another key than the registered one goes after the grace period; while
// syncing nothing goes. (A change of the registered key after that keeps
// the first key: TestSweeperKeepsFirstRegisteredKey.)
func TestSweeperDropsCompetingKey(t *testing.T) {
	ctx := context.Background()
	f := newCustodianFixture(t)
	winner, loser := f.newDeal(t, 10), f.newDeal(t, 20)
	f.setChain(true, "")
	for _, d := range []testDeal{winner, loser} {
		if _, err := f.cust.HandleStore(ctx, f.bbPeer, d.storeReq(t, f, 1)); err != nil {
			t.Fatal(err)
		}
	}
	self := f.cust.Signer.Address()
	pid := reshareTestPeer(t)
	reg := &sweepRegistry{found: true, self: chain.NodeRecord{EnclaveWallet: self, Status: 1},
		members: []chain.NodeRecord{{PeerID: pid, EnclaveWallet: self}}}
	recs := recordsDouble{recs: map[peer.ID]*CreationRecord{pid: winner.rec}}
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	const grace = 10 * time.Minute
	sw := &Sweeper{Custodian: f.cust, Registry: reg, Records: recs, CompetingGrace: grace,
		Now: func() time.Time { return now }, Log: slog.New(slog.DiscardHandler)}
	versions := func() []uint32 {
		ks, err := f.cust.Store.Versions(ctx, 84532, 9)
		if err != nil {
			t.Fatal(err)
		}
		var out []uint32
		for _, k := range ks {
			out = append(out, k.Version)
		}
		return out
	}
	steps := []struct {
		name    string
		advance time.Duration
		syncing bool
		cid     string
		want    []uint32
	}{
		{name: "syncing", syncing: true, want: []uint32{10, 20}},
		{name: "syncing, later", advance: 2 * grace, syncing: true, want: []uint32{10, 20}},
		{name: "synced: loser first seen", cid: winner.rec.PublicKeyCID, want: []uint32{10, 20}},
		{name: "within the grace", advance: grace - time.Second, cid: winner.rec.PublicKeyCID, want: []uint32{10, 20}},
		{name: "after the grace", advance: 2 * time.Second, cid: winner.rec.PublicKeyCID, want: []uint32{10}},
	}
	for _, s := range steps {
		now = now.Add(s.advance)
		f.setChain(s.syncing, s.cid)
		if _, err := sw.Sweep(ctx); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if got := versions(); !slices.Equal(got, s.want) {
			t.Fatalf("%s: versions %v, want %v", s.name, got, s.want)
		}
	}
	if _, err := f.cust.Store.Record(ctx, ShareKey{ChainID: 84532, SecretID: 9, Version: 20}); !errors.Is(err, ErrShareNotFound) {
		t.Fatalf("record of the dropped version: %v", err)
	}
	f.released(t, 995, winner)
}

// TestSweeperKeepsFirstRegisteredKey: the chain's CID of a synced secret
// changes (a Black Box re-marked it with a key of its own). The custodian
// must keep the last version of the key the chain registered first, however
// long after the change, and still drop a competing version of neither.
func TestSweeperKeepsFirstRegisteredKey(t *testing.T) {
	ctx := context.Background()
	f := newCustodianFixture(t)
	first, rekey, stray := f.newDeal(t, 10), f.newDeal(t, 20), f.newDeal(t, 30)
	f.setChain(true, "")
	for _, d := range []testDeal{first, rekey, stray} {
		if _, err := f.cust.HandleStore(ctx, f.bbPeer, d.storeReq(t, f, 1)); err != nil {
			t.Fatal(err)
		}
	}
	self := f.cust.Signer.Address()
	pid := reshareTestPeer(t)
	reg := &sweepRegistry{found: true, self: chain.NodeRecord{EnclaveWallet: self, Status: 1},
		members: []chain.NodeRecord{{PeerID: pid, EnclaveWallet: self}}}
	recs := recordsDouble{recs: map[peer.ID]*CreationRecord{pid: first.rec}}
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	const grace = 10 * time.Minute
	sw := &Sweeper{Custodian: f.cust, Registry: reg, Records: recs, CompetingGrace: grace,
		Now: func() time.Time { return now }, Log: slog.New(slog.DiscardHandler)}
	sweep := func(step string) {
		t.Helper()
		if _, err := sw.Sweep(ctx); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
	}
	f.setChain(false, first.rec.PublicKeyCID)
	sweep("first registration")
	// The CID on chain changes and stays changed for many graces.
	f.setChain(false, rekey.rec.PublicKeyCID)
	recs.recs[pid] = rekey.rec
	for range 4 {
		now = now.Add(grace)
		sweep("after the change")
	}
	ks, err := f.cust.Store.Versions(ctx, 84532, 9)
	if err != nil {
		t.Fatal(err)
	}
	var got []uint32
	for _, k := range ks {
		got = append(got, k.Version)
	}
	if !slices.Equal(got, []uint32{10, 20}) {
		t.Fatalf("versions %v, want [10 20]: the first registered key's version 10 kept, the stray 30 dropped", got)
	}
	if _, err := f.cust.Store.Record(ctx, ShareKey{ChainID: 84532, SecretID: 9, Version: 10}); err != nil {
		t.Fatalf("record of the first registered key: %v", err)
	}
}
