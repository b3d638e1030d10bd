package custody

import (
	"context"
	"crypto/rand"
	"errors"
	"log/slog"
	"slices"
	"sync"
	"testing"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/wire"
	"github.com/ethereum/go-ethereum/common"
	lcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// membershipDouble is a registry whose cluster 1 the test rewrites.
type membershipDouble struct {
	mu  sync.Mutex
	ops []common.Address
}

func (m *membershipDouble) ClusterOperators(_ context.Context, clusterID uint8) ([]common.Address, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if clusterID != 1 {
		return nil, errors.New("no such cluster")
	}
	return slices.Clone(m.ops), nil
}

func (m *membershipDouble) set(ops []common.Address) {
	m.mu.Lock()
	m.ops = ops
	m.mu.Unlock()
}

func reshareOps(n int) []common.Address {
	out := make([]common.Address, n)
	for i := range out {
		out[i] = common.BytesToAddress([]byte{0xa0, byte(i + 1)})
	}
	return out
}

// TestReshareFetchOnlyAfterChurn: a share is released for resharing only
// to an elected Black Box and only once the cluster's on-chain membership
// differs from the one recorded at store time; it comes back wrapped to the
// asker and matches its record.
func TestReshareFetchOnlyAfterChurn(t *testing.T) {
	ctx := context.Background()
	f := newCustodianFixture(t)
	req := ReshareRequest{ChainID: 84532, SecretID: 9}

	if _, err := f.cust.HandleReshareFetch(ctx, f.bbPeer, req); !errors.Is(err, ErrReshareDisabled) {
		t.Fatalf("without a membership reader: %v, want ErrReshareDisabled", err)
	}
	m := &membershipDouble{ops: reshareOps(4)}
	f.cust.Membership = m
	if _, err := f.cust.HandleStore(ctx, f.bbPeer, f.storeReq(t, 2, f.shares[1])); !errors.Is(err, ErrStaleMembership) {
		t.Fatalf("deal of 5 to a cluster of 4: %v, want ErrStaleMembership", err)
	}
	m.set(reshareOps(5))
	if _, err := f.cust.HandleStore(ctx, f.bbPeer, f.storeReq(t, 2, f.shares[1])); err != nil {
		t.Fatal(err)
	}
	if _, err := f.cust.HandleReshareFetch(ctx, f.bbPeer, req); !errors.Is(err, ErrMembershipUnchanged) {
		t.Fatalf("no churn: %v, want ErrMembershipUnchanged", err)
	}

	churned := reshareOps(5)
	churned[4] = common.HexToAddress("0xbeef")
	m.set(churned)
	stranger := f.bbPeer
	stranger.EnclaveWallet = common.HexToAddress("0x1234")
	if _, err := f.cust.HandleReshareFetch(ctx, stranger, req); !errors.Is(err, ErrNotElected) {
		t.Fatalf("not elected: %v, want ErrNotElected", err)
	}
	resp, err := f.cust.HandleReshareFetch(ctx, f.bbPeer, req)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := checkReshareResponse(req, resp)
	if err != nil {
		t.Fatal(err)
	}
	share, err := f.bbHPKE.SessionOpen(resp.WrappedShare, ShareInfo(84532, 9, resp.ShareVersion, resp.X))
	if err != nil {
		t.Fatal(err)
	}
	if resp.X != 2 || rec.CheckShare(resp.X, share) != nil {
		t.Fatalf("released x=%d, share check %v", resp.X, rec.CheckShare(resp.X, share))
	}
	if _, err := f.cust.HandleReshareFetch(ctx, f.bbPeer, ReshareRequest{ChainID: 84532, SecretID: 10}); !errors.Is(err, ErrShareNotFound) {
		t.Fatalf("unknown secret: %v", err)
	}
}

// sweepRegistry serves cluster 1 as node records and this node's status.
type sweepRegistry struct {
	members []chain.NodeRecord
	self    chain.NodeRecord
	found   bool
}

func (r *sweepRegistry) ClusterMembers(context.Context, uint8) ([]chain.NodeRecord, error) {
	return r.members, nil
}

func (r *sweepRegistry) NodeByEnclaveWallet(context.Context, common.Address) (chain.NodeRecord, error) {
	if !r.found {
		return chain.NodeRecord{}, chain.ErrNodeNotFound
	}
	return r.self, nil
}

func reshareTestPeer(t *testing.T) peer.ID {
	t.Helper()
	_, pub, err := lcrypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	id, err := peer.IDFromPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// recordsDouble answers every member with the record at version[peer].
type recordsDouble struct {
	recs map[peer.ID]*CreationRecord
}

func (r recordsDouble) Record(_ context.Context, p peer.ID, _, _ uint64) (*CreationRecord, error) {
	rec, ok := r.recs[p]
	if !ok {
		return nil, ErrShareNotFound
	}
	return rec, nil
}

// TestSweeper: a member drops old versions only once every member serves
// the newer one; a departed, inactive custodian drops the secret.
func TestSweeper(t *testing.T) {
	ctx := context.Background()
	f := newCustodianFixture(t)
	if _, err := f.cust.HandleStore(ctx, f.bbPeer, f.storeReq(t, 1, f.shares[0])); err != nil {
		t.Fatal(err)
	}
	// A second version of the same key (the reshare), stored directly.
	v2 := ShareKey{ChainID: 84532, SecretID: 9, Version: 2}
	rec2 := *f.rec
	rec2.ShareVersion = 2
	if err := rec2.Sign(f.bbKey); err != nil {
		t.Fatal(err)
	}
	raw2, _ := rec2.MarshalBinary()
	b, _ := f.shares[0].MarshalBinary()
	if err := f.cust.Store.PutRecord(ctx, v2, raw2); err != nil {
		t.Fatal(err)
	}
	if err := f.cust.Store.Put(ctx, v2, b); err != nil {
		t.Fatal(err)
	}

	self := f.cust.Signer.Address()
	var pids []peer.ID
	for range 3 {
		pids = append(pids, reshareTestPeer(t))
	}
	reg := &sweepRegistry{found: true, self: chain.NodeRecord{EnclaveWallet: self, Status: 1}}
	for i, p := range pids {
		w := common.BytesToAddress([]byte{byte(i + 1)})
		if i == 0 {
			w = self
		}
		reg.members = append(reg.members, chain.NodeRecord{PeerID: p, EnclaveWallet: w})
	}
	recs := recordsDouble{recs: map[peer.ID]*CreationRecord{pids[0]: &rec2, pids[1]: &rec2, pids[2]: f.rec}}
	sw := &Sweeper{Custodian: f.cust, Registry: reg, Records: recs, Log: slog.New(slog.DiscardHandler)}

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
	if n, err := sw.Sweep(ctx); err != nil || n != 0 || !slices.Equal(versions(), []uint32{1, 2}) {
		t.Fatalf("one member still at version 1: deleted %d (%v), left %v", n, err, versions())
	}
	recs.recs[pids[2]] = &rec2
	if n, err := sw.Sweep(ctx); err != nil || n != 1 || !slices.Equal(versions(), []uint32{2}) {
		t.Fatalf("all at version 2: deleted %d (%v), left %v", n, err, versions())
	}
	if _, err := f.cust.Store.Record(ctx, ShareKey{ChainID: 84532, SecretID: 9, Version: 1}); !errors.Is(err, ErrShareNotFound) {
		t.Fatalf("record of the deleted version: %v", err)
	}

	// A lower version of another key (two Creators racing) is not this
	// key's history: it stays.
	other := *f.rec
	other.PublicKey = append([]byte{1}, other.PublicKey[1:]...)
	other.PublicKeyCID, _ = envelope.PublicKeyCID(other.PublicKey)
	if err := other.Sign(f.bbKey); err != nil {
		t.Fatal(err)
	}
	rawOther, _ := other.MarshalBinary()
	v1 := ShareKey{ChainID: 84532, SecretID: 9, Version: 1}
	if err := f.cust.Store.PutRecord(ctx, v1, rawOther); err != nil {
		t.Fatal(err)
	}
	if err := f.cust.Store.Put(ctx, v1, b); err != nil {
		t.Fatal(err)
	}
	if n, err := sw.Sweep(ctx); err != nil || n != 0 || !slices.Equal(versions(), []uint32{1, 2}) {
		t.Fatalf("lower version of another key: deleted %d (%v), left %v", n, err, versions())
	}

	// Out of the cluster but still active: the member rule still applies,
	// and everyone holds what this node holds, so nothing goes.
	reg.members[0].EnclaveWallet = common.HexToAddress("0x77")
	if n, err := sw.Sweep(ctx); err != nil || n != 0 {
		t.Fatalf("active non-member: deleted %d (%v)", n, err)
	}
	// Withdrawn: the secret goes.
	reg.found = false
	if n, err := sw.Sweep(ctx); err != nil || n != 2 || len(versions()) != 0 {
		t.Fatalf("withdrawn non-member: deleted %d (%v), left %v", n, err, versions())
	}
}

// FuzzReshareMessages feeds arbitrary bytes to the reshare protocol's
// decoders as the p2p layer would (the network's CBOR) and to the answer
// check, which must reject without panicking.
func FuzzReshareMessages(f *testing.F) {
	r, shares := testRecord(f, newKeySigner(f))
	raw, err := r.MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	enc := shares[0]
	for _, v := range []any{
		&wire.ReshareRequest{ChainID: r.ChainID, SecretID: r.SecretID},
		&wire.ReshareResponse{ShareVersion: r.ShareVersion, X: 1, WrappedShare: enc, Record: raw},
	} {
		b, err := p2p.Marshal(v)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var req wire.ReshareRequest
		_ = p2p.Unmarshal(b, &req)
		var w wire.ReshareResponse
		if p2p.Unmarshal(b, &w) != nil {
			return
		}
		want := ReshareRequest{ChainID: r.ChainID, SecretID: r.SecretID}
		rec, err := checkReshareResponse(want, &ReshareResponse{ShareVersion: w.ShareVersion, X: w.X, WrappedShare: w.WrappedShare, Record: w.Record})
		if err != nil {
			return
		}
		if rec.SecretID != want.SecretID || rec.ShareVersion != w.ShareVersion || w.X == 0 || int(w.X) > len(rec.ShareHashes) {
			t.Fatalf("accepted an inconsistent answer: %+v", w)
		}
	})
}

// rosterDouble is a registry that also gives the cluster's node records
// and its governed shape (custody.ClusterRoster).
type rosterDouble struct {
	membershipDouble
	threshold uint8
	wallets   []common.Address // enclave wallet of each member, in order
}

func (r *rosterDouble) ClusterShape(context.Context) (uint8, uint8, error) {
	return uint8(len(r.wallets)), r.threshold, nil
}

func (r *rosterDouble) ClusterMembers(_ context.Context, clusterID uint8) ([]chain.NodeRecord, error) {
	if clusterID != 1 {
		return nil, errors.New("no such cluster")
	}
	out := make([]chain.NodeRecord, len(r.wallets))
	for i, w := range r.wallets {
		out[i] = chain.NodeRecord{Operator: r.ops[i], EnclaveWallet: w}
	}
	return out, nil
}

// TestStoreChecksDealAgainstRegistry is finding 11 of the key-safety
// review (its second item): HandleStore took the record's threshold and
// the x it was handed on trust. A deal at another threshold than the
// registry's, or one that hands this custodian another member's slot, is
// now refused and nothing is stored.
func TestStoreChecksDealAgainstRegistry(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name      string
		threshold uint8
		selfAt    int // this custodian's member index; -1: not a member
		x         byte
		ok        bool
	}{
		{"its own slot at the registry's threshold", 3, 1, 2, true},
		{"another threshold than the registry's", 2, 1, 2, false},
		{"another member's slot", 3, 3, 2, false},
		{"not a member at all", 3, -1, 2, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newCustodianFixture(t)
			r := &rosterDouble{threshold: tc.threshold, wallets: reshareOps(5)}
			r.ops = reshareOps(5)
			if tc.selfAt >= 0 {
				r.wallets[tc.selfAt] = f.cust.Signer.Address()
			}
			f.cust.Membership = r
			_, err := f.cust.HandleStore(ctx, f.bbPeer, f.storeReq(t, tc.x, f.shares[tc.x-1]))
			if tc.ok {
				if err != nil {
					t.Fatalf("refused a right deal: %v", err)
				}
				return
			}
			if !errors.Is(err, ErrWrongCustodian) {
				t.Fatalf("got %v, want wrong_custodian", err)
			}
			if keys, _ := f.cust.Store.Versions(ctx, 84532, 9); len(keys) != 0 {
				t.Fatalf("a refused deal left %d versions", len(keys))
			}
		})
	}
}
