package dealer

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/internal/testenclave"
	"github.com/cifer-network/cifer/request"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	lcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Unit tests of the Creator against in-memory doubles of the chain, the
// registry and the custody protocol.

const crChainID = 84532

// crChain is an in-memory SecretsController: events in a list (event i in
// block i+1), states in a map, marks recorded.
type crChain struct {
	mu      sync.Mutex
	events  []chain.SecretEvent
	states  map[uint64]chain.SecretState
	marks   []crMark
	starts  []chain.Cursor // the start of every watch
	changed chan struct{}  // closed and replaced on every change
}

type crMark struct {
	from    common.Address
	secret  uint64
	cluster uint8
	cid     string
}

func newCRChain() *crChain {
	return &crChain{states: map[uint64]chain.SecretState{}, changed: make(chan struct{})}
}

func (f *crChain) notifyLocked() {
	close(f.changed)
	f.changed = make(chan struct{})
}

func (f *crChain) emitLocked(e chain.SecretEvent) {
	e.ChainID = crChainID
	e.Block = uint64(len(f.events) + 1)
	f.events = append(f.events, e)
	f.notifyLocked()
}

// create makes a new syncing secret and emits SecretCreated.
func (f *crChain) create(id uint64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.states[id] = chain.SecretState{Owner: common.Address{1}, IsSyncing: true, SecretType: 1}
	f.emitLocked(chain.SecretEvent{Kind: chain.SecretCreated, SecretID: id, Owner: common.Address{1}, SecretType: 1})
}

// syncBy marks a secret synced as another Black Box would.
func (f *crChain) syncBy(from common.Address, id uint64, cluster uint8, cid string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	st := f.states[id]
	st.IsSyncing, st.ClusterID, st.PublicKeyCID = false, cluster, cid
	f.states[id] = st
	f.marks = append(f.marks, crMark{from, id, cluster, cid})
	f.emitLocked(chain.SecretEvent{Kind: chain.SecretSynced, SecretID: id, ClusterID: cluster, PublicKeyCID: cid})
}

func (f *crChain) ChainID() uint64 { return crChainID }

func (f *crChain) BlockNumber(context.Context) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return uint64(len(f.events)), nil
}

func (f *crChain) WatchSecretEvents(ctx context.Context, start chain.Cursor, handle func(context.Context, chain.SecretEvent) error) error {
	f.mu.Lock()
	f.starts = append(f.starts, start)
	f.mu.Unlock()
	next := start
	for {
		f.mu.Lock()
		var todo []chain.SecretEvent
		for _, e := range f.events {
			if e.Block > next.Block || (e.Block == next.Block && e.LogIndex >= next.NextIndex) {
				todo = append(todo, e)
			}
		}
		changed := f.changed
		f.mu.Unlock()
		for _, e := range todo {
			if err := handle(ctx, e); err != nil {
				return err
			}
			next = e.Cursor()
		}
		select {
		case <-ctx.Done():
			return nil
		case <-changed:
		}
	}
}

func (f *crChain) SecretState(_ context.Context, id uint64) (chain.SecretState, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	st, ok := f.states[id]
	if !ok {
		return chain.SecretState{}, chain.ErrSecretNotFound
	}
	return st, nil
}

func (f *crChain) MarkSecretSynced(_ context.Context, s chain.TxSigner, id uint64, cluster uint8, cid string) (*types.Receipt, error) {
	f.syncBy(s.Address(), id, cluster, cid)
	return &types.Receipt{Status: types.ReceiptStatusSuccessful}, nil
}

func (f *crChain) markCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.marks)
}

type crRegistry struct {
	wallets  []common.Address
	clusters uint8
}

func (r crRegistry) ElectedBlackBoxWallets(context.Context) (uint64, []common.Address, error) {
	return 1, r.wallets, nil
}
func (r crRegistry) ClusterCount(context.Context) (uint8, error) { return r.clusters, nil }
func (r crRegistry) ClusterShape(context.Context) (uint8, uint8, error) {
	return 5, 3, nil
}

// crCustody is five custodians behind an in-memory custody client: each
// unwraps its share with its own transport key and checks it against the
// record, as the real handler does. failFirst[x] makes the first stores
// to x fail (unreachable); conflictFirst[x] refuses them as a custodian
// holding another deal under the same version does, over the wire.
type crCustody struct {
	keys    map[peer.ID]*testenclave.Keys
	members []blackbox.ClusterMember

	mu            sync.Mutex
	failFirst     map[byte]int
	conflictFirst map[byte]int
	stores        int
	records       map[string]bool // distinct encoded records received
	acked         map[byte]int    // acknowledged stores per x
}

func newCRCustody(t *testing.T) *crCustody {
	t.Helper()
	c := &crCustody{keys: map[peer.ID]*testenclave.Keys{}, records: map[string]bool{},
		failFirst: map[byte]int{}, conflictFirst: map[byte]int{}, acked: map[byte]int{}}
	for i := range 5 {
		k, err := testenclave.New()
		if err != nil {
			t.Fatal(err)
		}
		_, pub, err := lcrypto.GenerateEd25519Key(nil)
		if err != nil {
			t.Fatal(err)
		}
		id, err := peer.IDFromPublicKey(pub)
		if err != nil {
			t.Fatal(err)
		}
		c.keys[id] = k
		c.members = append(c.members, blackbox.ClusterMember{Custodian: blackbox.Custodian{PeerID: id.String(), X: byte(i + 1)}, TransportKey: k.TransportKey()})
	}
	return c
}

func (c *crCustody) ClusterMembers(context.Context, uint8) ([]blackbox.ClusterMember, error) {
	return c.members, nil
}

func (c *crCustody) Store(_ context.Context, to peer.ID, req custody.StoreRequest) (*custody.Ack, error) {
	c.mu.Lock()
	c.stores++
	c.records[string(req.Record)] = true
	fail := c.failFirst[req.X] > 0
	if fail {
		c.failFirst[req.X]--
	}
	conflict := c.conflictFirst[req.X] > 0
	if conflict {
		c.conflictFirst[req.X]--
	}
	c.mu.Unlock()
	if fail {
		return nil, errors.New("custodian unreachable")
	}
	if conflict {
		// What custody.Client returns for the custodian's refusal: the
		// code crossed the wire and was read back as a typed refusal.
		wire := request.Classify(fmt.Errorf("store share (chain 84532 secret 1 version 9): %w", custody.ErrShareConflict)).ToRemote()
		return nil, fmt.Errorf("store share on %s: %w", to, request.FromRemote(wire))
	}
	rec, err := custody.ParseCreationRecord(req.Record)
	if err != nil {
		return nil, err
	}
	share, err := c.keys[to].Open(req.WrappedShare, custody.ShareInfo(rec.ChainID, rec.SecretID, rec.ShareVersion, req.X))
	if err != nil {
		return nil, err
	}
	defer clear(share)
	if err := rec.CheckShare(req.X, share); err != nil {
		return nil, err
	}
	c.mu.Lock()
	c.acked[req.X]++
	c.mu.Unlock()
	return &custody.Ack{ChainID: rec.ChainID, SecretID: rec.SecretID, ShareVersion: rec.ShareVersion, X: req.X, ShareHash: custody.ShareHash(share)}, nil
}

func (c *crCustody) Fetch(context.Context, peer.ID, custody.FetchRequest) (*custody.FetchResponse, error) {
	return nil, errors.New("not used")
}

func (c *crCustody) counts() (stores, records int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.stores, len(c.records)
}

// crKeys adds transaction signing to the test enclave keys (the in-memory
// chain does not check it).
type crKeys struct{ *testenclave.Keys }

func (crKeys) SignTx(tx *types.Transaction, _ types.Signer) (*types.Transaction, error) {
	return tx, nil
}

func crNewKeys(t *testing.T) crKeys {
	t.Helper()
	k, err := testenclave.New()
	if err != nil {
		t.Fatal(err)
	}
	return crKeys{k}
}

// crWallets returns three wallets, self among them at the given rank for
// the secret. Each other wallet is picked on its own, before or after self
// as the rank needs: self's key is random per test, and when its rank hash
// is near either end, wallets on one side of it are rare (a search that
// needed both others from one seed out of 255 could loop forever).
func crWallets(self common.Address, secret uint64, rank int) []common.Address {
	var before, after []common.Address
	for i := uint32(1); len(before) < rank || len(after) < 2-rank; i++ {
		if i == 1<<24 {
			panic(fmt.Sprintf("no wallets place %s at rank %d of secret %d", self, rank, secret))
		}
		var w common.Address
		binary.BigEndian.PutUint32(w[:4], i)
		w[19] = 1
		if RankBlackBoxes(crChainID, secret, []common.Address{self, w})[0] == w {
			before = append(before, w)
		} else {
			after = append(after, w)
		}
	}
	ws := append([]common.Address{self}, before[:rank]...)
	return append(ws, after[:2-rank]...)
}

type crFixture struct {
	chain   *crChain
	custody *crCustody
	keys    crKeys
	path    string
}

func newCRFixture(t *testing.T) *crFixture {
	return &crFixture{chain: newCRChain(), custody: newCRCustody(t), keys: crNewKeys(t), path: filepath.Join(t.TempDir(), "creator.json")}
}

// start runs a Creator until the returned stop is called (or the test ends).
func (f *crFixture) start(t *testing.T, wallets []common.Address, failover time.Duration) (stop func()) {
	t.Helper()
	c, err := NewCreator(CreatorConfig{
		Chains:          []CreatorChain{f.chain},
		Registry:        crRegistry{wallets: wallets, clusters: 2},
		Clusters:        f.custody,
		Custody:         f.custody,
		Keys:            f.keys,
		StatePath:       f.path,
		StartBlocks:     map[uint64]uint64{crChainID: 0},
		FailoverTimeout: failover,
		RetryMin:        5 * time.Millisecond,
		RetryMax:        20 * time.Millisecond,
		Log:             slog.New(slog.DiscardHandler),
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- c.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("run: %v", err)
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// crEventually polls cond until it holds or 10 s pass.
func crEventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (f *crFixture) state(t *testing.T) creatorState {
	t.Helper()
	st, err := loadCreatorState(f.path)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// TestCreatorCreatesSecret: the responsible Black Box deals 3-of-5 to the
// cluster ClusterFor picks, every custodian checks its share against the
// signed record, and the record's CID is marked synced, once.
func TestCreatorCreatesSecret(t *testing.T) {
	f := newCRFixture(t)
	f.start(t, []common.Address{f.keys.Address()}, time.Hour)
	for id := uint64(1); id <= 3; id++ {
		f.chain.create(id)
	}
	crEventually(t, "three secrets synced", func() bool { return f.chain.markCount() == 3 })
	f.chain.mu.Lock()
	marks := append([]crMark(nil), f.chain.marks...)
	f.chain.mu.Unlock()
	for _, m := range marks {
		if m.from != f.keys.Address() || m.cluster != ClusterFor(m.secret, 2) || m.cid == "" {
			t.Fatalf("mark %+v", m)
		}
	}
	stores, records := f.custody.counts()
	if stores != 15 || records != 3 {
		t.Fatalf("%d stores of %d records, want 15 of 3", stores, records)
	}
	crEventually(t, "pending list to empty", func() bool { return len(f.state(t).Pending) == 0 })
}

// TestCreatorFailover: a Black Box ranked second deals only if the first
// has not synced the secret within the fail-over timeout.
func TestCreatorFailover(t *testing.T) {
	cases := []struct {
		name        string
		firstSyncs  bool
		wantStores  int
		wantMarkers int
	}{
		{"first black box syncs in time", true, 0, 1},
		{"first black box is down", false, 5, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := newCRFixture(t)
			wallets := crWallets(f.keys.Address(), 1, 1)
			first := RankBlackBoxes(crChainID, 1, wallets)[0]
			f.start(t, wallets, 300*time.Millisecond)
			f.chain.create(1)
			if tc.firstSyncs {
				f.chain.syncBy(first, 1, 1, "cid-of-first")
			}
			crEventually(t, "secret synced", func() bool {
				st, _ := f.chain.SecretState(context.Background(), 1)
				return !st.IsSyncing
			})
			crEventually(t, "job to end", func() bool { return len(f.state(t).Pending) == 0 })
			stores, _ := f.custody.counts()
			if stores != tc.wantStores || f.chain.markCount() != tc.wantMarkers {
				t.Fatalf("%d stores, %d marks; want %d, %d", stores, f.chain.markCount(), tc.wantStores, tc.wantMarkers)
			}
			if !tc.firstSyncs && f.chain.marks[0].from != f.keys.Address() {
				t.Fatalf("marked by %s, want the fail-over %s", f.chain.marks[0].from, f.keys.Address())
			}
		})
	}
}

// TestCreatorRetriesWithSameDeal: two custodians that fail twice leave
// fewer acknowledgements than RequiredAcks (4 of 5 at t=3), which delays
// the secret, and every retry resends the very same record (one deal).
func TestCreatorRetriesWithSameDeal(t *testing.T) {
	f := newCRFixture(t)
	f.custody.failFirst[1], f.custody.failFirst[2] = 2, 2
	f.start(t, crWallets(f.keys.Address(), 1, 0), time.Hour)
	f.chain.create(1)
	crEventually(t, "secret synced", func() bool { return f.chain.markCount() == 1 })
	stores, records := f.custody.counts()
	if stores != 15 || records != 1 {
		t.Fatalf("%d stores of %d distinct records; want 15 of 1", stores, records)
	}
}

// TestCreatorSyncsWithoutOneCustodian is finding 7 of the key-safety
// review: creation needed all n acknowledgements, so one offline or dummy
// member left every new secret of its cluster syncing for ever. Now n−1
// (never below t+1) is enough: the secret is marked synced after the first
// round, and the missing custodian's share is sent again until it is
// acknowledged.
func TestCreatorSyncsWithoutOneCustodian(t *testing.T) {
	f := newCRFixture(t)
	f.custody.failFirst[3] = 3 // down for the first round and two repairs
	f.start(t, crWallets(f.keys.Address(), 1, 0), time.Hour)
	f.chain.create(1)
	crEventually(t, "secret synced", func() bool { return f.chain.markCount() == 1 })
	crEventually(t, "the missing share delivered", func() bool {
		f.custody.mu.Lock()
		defer f.custody.mu.Unlock()
		return f.custody.acked[3] == 1
	})
	stores, records := f.custody.counts()
	if stores != 5+3 || records != 1 {
		t.Fatalf("%d stores of %d distinct records; want 8 (one round, three repairs) of 1", stores, records)
	}
	f.custody.mu.Lock()
	defer f.custody.mu.Unlock()
	for x := byte(1); x <= 5; x++ {
		if f.custody.acked[x] != 1 {
			t.Fatalf("custodian x=%d acknowledged %d times, want once", x, f.custody.acked[x])
		}
	}
}

// TestCreatorSyncsWithOneCustodianDown: a member that never answers does
// not hold the secret back (on the old code it stayed syncing for ever).
func TestCreatorSyncsWithOneCustodianDown(t *testing.T) {
	f := newCRFixture(t)
	f.custody.failFirst[4] = 1 << 30
	f.start(t, []common.Address{f.keys.Address()}, time.Hour)
	for id := uint64(1); id <= 3; id++ {
		f.chain.create(id)
	}
	crEventually(t, "three secrets synced with one custodian down", func() bool { return f.chain.markCount() == 3 })
	f.custody.mu.Lock()
	defer f.custody.mu.Unlock()
	if f.custody.acked[4] != 0 {
		t.Fatal("the down custodian acknowledged")
	}
	for _, x := range []byte{1, 2, 3, 5} {
		if f.custody.acked[x] != 3 {
			t.Fatalf("custodian x=%d acknowledged %d of 3 secrets", x, f.custody.acked[x])
		}
	}
}

func TestRequiredAcks(t *testing.T) {
	for _, tc := range []struct{ n, t, want int }{
		{5, 3, 4}, {3, 2, 3}, {2, 2, 2}, {7, 3, 6}, {7, 6, 7}, {32, 16, 31},
	} {
		if got := RequiredAcks(tc.n, tc.t); got != tc.want {
			t.Errorf("RequiredAcks(%d, %d) = %d, want %d", tc.n, tc.t, got, tc.want)
		}
	}
}

// TestCreatorDealsAfreshOnVersionConflict: a custodian that holds another
// Black Box's deal under the same version refuses ours for good, so the
// retry is a new deal at a higher version, not the same one again.
func TestCreatorDealsAfreshOnVersionConflict(t *testing.T) {
	f := newCRFixture(t)
	// Two of five refuse: below RequiredAcks, so the round fails.
	f.custody.conflictFirst[1], f.custody.conflictFirst[2] = 1, 1
	f.start(t, crWallets(f.keys.Address(), 1, 0), time.Hour)
	f.chain.create(1)
	crEventually(t, "secret synced", func() bool { return f.chain.markCount() == 1 })
	f.custody.mu.Lock()
	var versions []uint32
	for raw := range f.custody.records {
		rec, err := custody.ParseCreationRecord([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		versions = append(versions, rec.ShareVersion)
	}
	f.custody.mu.Unlock()
	if len(versions) != 2 || versions[0] == versions[1] {
		t.Fatalf("deals at versions %v; want two deals at different versions", versions)
	}
	f.chain.mu.Lock()
	cid := f.chain.marks[0].cid
	f.chain.mu.Unlock()
	for raw := range f.custody.records {
		rec, _ := custody.ParseCreationRecord([]byte(raw))
		if rec.ShareVersion == max(versions[0], versions[1]) && rec.PublicKeyCID != cid {
			t.Fatal("the chain names the key of the refused deal")
		}
	}
}

// TestCreatorSkipsSyncedSecret: a secret already synced when the creator
// gets to it is left alone.
func TestCreatorSkipsSyncedSecret(t *testing.T) {
	f := newCRFixture(t)
	f.chain.create(1)
	f.chain.syncBy(common.Address{9}, 1, 1, "cid")
	f.start(t, crWallets(f.keys.Address(), 1, 0), time.Hour)
	crEventually(t, "both events handled", func() bool { return f.state(t).Cursors[crChainID].Block == 2 })
	crEventually(t, "pending list to empty", func() bool { return len(f.state(t).Pending) == 0 })
	if stores, _ := f.custody.counts(); stores != 0 || f.chain.markCount() != 1 {
		t.Fatalf("%d stores, %d marks for a synced secret", stores, f.chain.markCount())
	}
}

// TestCreatorRestartResumes: a node that is not elected keeps the secrets
// it saw in its state file; after a restart (now elected) it resumes from
// the saved cursor, handles the pending secret and one created while it was
// down, and never sees an event twice.
func TestCreatorRestartResumes(t *testing.T) {
	f := newCRFixture(t)
	stop := f.start(t, []common.Address{{1}, {2}, {3}}, time.Hour)
	f.chain.create(1)
	crEventually(t, "secret 1 pending", func() bool { return len(f.state(t).Pending) == 1 })
	stop()
	saved := f.state(t).Cursors[crChainID]
	if saved != (chain.Cursor{Block: 1, NextIndex: 1}) {
		t.Fatalf("saved cursor %+v", saved)
	}
	f.chain.create(2)

	f.start(t, []common.Address{f.keys.Address()}, time.Hour)
	crEventually(t, "both secrets synced", func() bool { return f.chain.markCount() == 2 })
	f.chain.mu.Lock()
	starts := append([]chain.Cursor(nil), f.chain.starts...)
	f.chain.mu.Unlock()
	if len(starts) != 2 || starts[1] != saved {
		t.Fatalf("watch starts %+v, want the second at %+v", starts, saved)
	}
	crEventually(t, "pending list to empty", func() bool { return len(f.state(t).Pending) == 0 })
}

func TestRankBlackBoxes(t *testing.T) {
	ws := []common.Address{{1}, {2}, {3}}
	first := map[common.Address]int{}
	for id := uint64(1); id <= 300; id++ {
		r := RankBlackBoxes(crChainID, id, ws)
		rev := RankBlackBoxes(crChainID, id, []common.Address{ws[2], ws[1], ws[0]})
		seen := map[common.Address]bool{}
		for i := range r {
			if r[i] != rev[i] {
				t.Fatalf("secret %d: order depends on the input order", id)
			}
			seen[r[i]] = true
		}
		if len(seen) != 3 {
			t.Fatalf("secret %d: not a permutation: %v", id, r)
		}
		first[r[0]]++
	}
	// Each of three is first for about a third of the secrets.
	for _, w := range ws {
		if first[w] < 60 {
			t.Fatalf("wallet %s first for only %d of 300 secrets", w, first[w])
		}
	}
	if RankBlackBoxes(1, 5, ws)[0] == RankBlackBoxes(2, 5, ws)[0] && RankBlackBoxes(1, 6, ws)[0] == RankBlackBoxes(2, 6, ws)[0] &&
		RankBlackBoxes(1, 7, ws)[0] == RankBlackBoxes(2, 7, ws)[0] && RankBlackBoxes(1, 8, ws)[0] == RankBlackBoxes(2, 8, ws)[0] {
		t.Fatal("the chain id does not enter the ranking")
	}
}

func TestClusterFor(t *testing.T) {
	cases := []struct {
		secret uint64
		count  uint8
		want   uint8
	}{
		{1, 0, 0}, {1, 1, 1}, {7, 1, 1}, {1, 3, 1}, {2, 3, 2}, {3, 3, 3}, {4, 3, 1}, {0, 3, 1},
		{^uint64(0), 255, uint8(1 + (^uint64(0)-1)%255)},
	}
	for _, tc := range cases {
		if got := ClusterFor(tc.secret, tc.count); got != tc.want {
			t.Errorf("ClusterFor(%d, %d) = %d, want %d", tc.secret, tc.count, got, tc.want)
		}
	}
}

func TestParseCreatorState(t *testing.T) {
	cases := []struct {
		name string
		in   string
		ok   bool
	}{
		{"empty state", `{"version":1,"cursors":{},"pending":[]}`, true},
		{"full state", `{"version":1,"cursors":{"84532":{"block":7,"nextIndex":2}},"pending":[{"chainId":84532,"secretId":3,"seenAtMs":1700000000000}]}`, true},
		{"other version", `{"version":2,"cursors":{}}`, false},
		{"unknown field", `{"version":1,"cursors":{},"extra":1}`, false},
		{"chain zero", `{"version":1,"cursors":{"0":{"block":1}}}`, false},
		{"secret zero", `{"version":1,"pending":[{"chainId":1,"secretId":0}]}`, false},
		{"repeated secret", `{"version":1,"pending":[{"chainId":1,"secretId":2},{"chainId":1,"secretId":2}]}`, false},
		{"trailing data", `{"version":1}{}`, false},
		{"not json", `garbage`, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseCreatorState([]byte(tc.in))
			if (err == nil) != tc.ok || (err != nil && !errors.Is(err, ErrCreatorState)) {
				t.Fatalf("got %v, want ok=%v", err, tc.ok)
			}
		})
	}
}

func TestCreatorStateMissingFileAndBadFile(t *testing.T) {
	dir := t.TempDir()
	st, err := loadCreatorState(filepath.Join(dir, "none.json"))
	if err != nil || st.Version != creatorStateVersion || len(st.Pending) != 0 {
		t.Fatalf("missing file: %+v %v", st, err)
	}
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := loadCreatorState(bad); !errors.Is(err, ErrCreatorState) {
		t.Fatalf("bad file: %v", err)
	}
}

func FuzzCreatorState(f *testing.F) {
	f.Add([]byte(`{"version":1,"cursors":{"84532":{"block":7,"nextIndex":2}},"pending":[{"chainId":84532,"secretId":3,"seenAtMs":1}]}`))
	f.Add([]byte(`{"version":1}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		st, err := parseCreatorState(b)
		if err != nil {
			return
		}
		// Whatever parses must survive a write and a read unchanged.
		path := filepath.Join(t.TempDir(), "s.json")
		c := &Creator{cfg: CreatorConfig{StatePath: path}, state: st}
		if err := c.saveLocked(func(*creatorState) {}); err != nil {
			t.Fatal(err)
		}
		again, err := loadCreatorState(path)
		if err != nil {
			t.Fatalf("re-read: %v", err)
		}
		if len(again.Pending) != len(st.Pending) || len(again.Cursors) != len(st.Cursors) {
			t.Fatalf("round trip changed the state: %+v vs %+v", again, st)
		}
	})
}
