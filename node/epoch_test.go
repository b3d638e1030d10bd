package node

import (
	"context"
	"errors"
	"log/slog"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/cifer-network/cifer/p2p"
	"github.com/libp2p/go-libp2p/core/peer"
)

// fakeEpochChain is the registry's epoch and active set.
type fakeEpochChain struct {
	mu     sync.Mutex
	epoch  uint64
	err    error
	active map[peer.ID]bool
}

func (c *fakeEpochChain) CurrentEpoch(context.Context) (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.epoch, c.err
}

func (c *fakeEpochChain) set(f func()) {
	c.mu.Lock()
	f()
	c.mu.Unlock()
}

// cachedActiveView caches the chain's answer per peer until Invalidate, as
// RegistryView does, so revalidating before invalidating keeps a peer that
// unbonded.
type cachedActiveView struct {
	chain *fakeEpochChain
	mu    sync.Mutex
	cache map[peer.ID]bool
}

func (v *cachedActiveView) active(p peer.ID) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	if a, ok := v.cache[p]; ok {
		return a
	}
	v.chain.mu.Lock()
	a := v.chain.active[p]
	v.chain.mu.Unlock()
	v.cache[p] = a
	return a
}

func (v *cachedActiveView) Invalidate() {
	v.mu.Lock()
	clear(v.cache)
	v.mu.Unlock()
}

type inactiveError struct{}

func (inactiveError) Error() string  { return "node is not active" }
func (inactiveError) Reason() string { return "inactive_node" }

// activeVerifier accepts any statement from a peer the view calls active.
type activeVerifier struct{ view *cachedActiveView }

func (v activeVerifier) VerifyStatement(_ context.Context, from peer.ID, _ []byte) (p2p.VerifiedPeer, error) {
	if !v.view.active(from) {
		return p2p.VerifiedPeer{}, inactiveError{}
	}
	return p2p.VerifiedPeer{ID: from, Expiry: time.Now().Add(time.Hour)}, nil
}

func TestEpochWatcherRevalidatesAtNewEpoch(t *testing.T) {
	const stayer, leaver = peer.ID("stayer"), peer.ID("leaver")
	chain := &fakeEpochChain{epoch: 1, active: map[peer.ID]bool{stayer: true, leaver: true}}
	view := &cachedActiveView{chain: chain, cache: map[peer.ID]bool{}}
	table := p2p.NewVerifiedTable(nil)
	for _, p := range []peer.ID{stayer, leaver} {
		v, err := activeVerifier{view}.VerifyStatement(context.Background(), p, []byte(p))
		if err != nil {
			t.Fatal(err)
		}
		table.Put(v, []byte(p))
	}

	var calls []string
	w := &epochWatcher{
		log:        slog.New(slog.DiscardHandler),
		epochs:     chain,
		invalidate: func() { calls = append(calls, "invalidate"); view.Invalidate() },
		revalidate: func(ctx context.Context) ([]peer.ID, error) {
			calls = append(calls, "revalidate")
			return table.Revalidate(ctx, activeVerifier{view})
		},
	}
	ctx := context.Background()

	steps := []struct {
		name      string
		change    func()
		wantCalls []string
		wantErr   bool
		verified  []peer.ID
	}{
		{
			name:      "first epoch seen",
			wantCalls: []string{"invalidate", "revalidate"},
			verified:  []peer.ID{stayer, leaver},
		},
		{
			// Unbonding takes effect at the next epoch: until then the
			// peer stays verified and nothing is re-checked.
			name:     "unbond within the epoch",
			change:   func() { delete(chain.active, leaver) },
			verified: []peer.ID{stayer, leaver},
		},
		{
			name:     "registry unreachable",
			change:   func() { chain.err = errors.New("rpc down") },
			wantErr:  true,
			verified: []peer.ID{stayer, leaver},
		},
		{
			name:      "new epoch",
			change:    func() { chain.err = nil; chain.epoch = 2 },
			wantCalls: []string{"invalidate", "revalidate"},
			verified:  []peer.ID{stayer},
		},
		{
			name:     "same epoch again",
			verified: []peer.ID{stayer},
		},
	}
	for _, st := range steps {
		calls = nil
		if st.change != nil {
			chain.set(st.change)
		}
		err := w.step(ctx)
		if (err != nil) != st.wantErr {
			t.Fatalf("%s: step error %v, want error %v", st.name, err, st.wantErr)
		}
		if !slices.Equal(calls, st.wantCalls) {
			t.Fatalf("%s: calls %v, want %v", st.name, calls, st.wantCalls)
		}
		for _, p := range []peer.ID{stayer, leaver} {
			// Gossip keeps verifying during the epoch, filling the
			// view's cache, as on a running node.
			view.active(p)
			if want := slices.Contains(st.verified, p); table.IsVerified(p) != want {
				t.Fatalf("%s: %s verified=%v, want %v", st.name, p, table.IsVerified(p), want)
			}
		}
	}
}

func TestEpochWatcherRevalidateError(t *testing.T) {
	chain := &fakeEpochChain{epoch: 7}
	w := &epochWatcher{
		log:        slog.New(slog.DiscardHandler),
		epochs:     chain,
		invalidate: func() {},
		revalidate: func(context.Context) ([]peer.ID, error) { return nil, context.Canceled },
	}
	if err := w.step(context.Background()); !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want the revalidate error", err)
	}
}

// advanceCalls records the epochs the watcher hands the advancer.
type advanceCalls struct {
	epochs []uint64
	err    error
}

func (a *advanceCalls) Advance(_ context.Context, epoch uint64) error {
	a.epochs = append(a.epochs, epoch)
	return a.err
}

// With advancing configured, every poll hands the epoch it read to the
// advancer (which decides whether it is due), but not a poll that could not
// read the epoch or re-verify the peers at a new one.
func TestEpochWatcherHandsEpochToAdvancer(t *testing.T) {
	chain := &fakeEpochChain{epoch: 1}
	var revalidateErr error
	adv := &advanceCalls{}
	w := &epochWatcher{
		log:        slog.New(slog.DiscardHandler),
		epochs:     chain,
		invalidate: func() {},
		revalidate: func(context.Context) ([]peer.ID, error) { return nil, revalidateErr },
		advancer:   adv,
	}
	sendErr := errors.New("insufficient funds")
	steps := []struct {
		name    string
		change  func()
		want    []uint64
		wantErr error
	}{
		{name: "first epoch", want: []uint64{1}},
		{name: "same epoch", want: []uint64{1}},
		{name: "registry unreachable", change: func() { chain.err = errors.New("rpc down") }, wantErr: errors.New("rpc down")},
		{name: "new epoch, peers not re-verified", change: func() { chain.err, chain.epoch, revalidateErr = nil, 2, context.Canceled }, wantErr: context.Canceled},
		{name: "new epoch", change: func() { chain.epoch, revalidateErr = 3, nil }, want: []uint64{3}},
		{name: "send failed", change: func() { adv.err = sendErr }, want: []uint64{3}, wantErr: sendErr},
	}
	for _, st := range steps {
		adv.epochs = nil
		if st.change != nil {
			chain.set(st.change)
		}
		err := w.step(context.Background())
		if (err == nil) != (st.wantErr == nil) || (err != nil && !errors.Is(err, st.wantErr) && err.Error() != st.wantErr.Error()) {
			t.Fatalf("%s: step error %v, want %v", st.name, err, st.wantErr)
		}
		if !slices.Equal(adv.epochs, st.want) {
			t.Fatalf("%s: advancer handed %v, want %v", st.name, adv.epochs, st.want)
		}
	}
}

// fakeSlashes is the Slasher's slash count.
type fakeSlashes struct {
	mu  sync.Mutex
	n   uint64
	err error
}

func (s *fakeSlashes) SlashCount(context.Context) (uint64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.n, s.err
}

// TestEpochWatcherRevalidatesAtSlash: a slash (the Slasher's count moves)
// drops the cached answers and re-verifies every peer within the epoch, so
// the slashed node (no longer Active) leaves the verified table at once; an
// unreadable count delays that to the next tick and holds up nothing else.
func TestEpochWatcherRevalidatesAtSlash(t *testing.T) {
	const honest, slashed = peer.ID("honest"), peer.ID("slashed")
	chain := &fakeEpochChain{epoch: 1, active: map[peer.ID]bool{honest: true, slashed: true}}
	view := &cachedActiveView{chain: chain, cache: map[peer.ID]bool{}}
	table := p2p.NewVerifiedTable(nil)
	for _, p := range []peer.ID{honest, slashed} {
		v, err := activeVerifier{view}.VerifyStatement(context.Background(), p, []byte(p))
		if err != nil {
			t.Fatal(err)
		}
		table.Put(v, []byte(p))
	}
	slashes := &fakeSlashes{n: 4}
	revalidations := 0
	w := &epochWatcher{
		log:        slog.New(slog.DiscardHandler),
		epochs:     chain,
		invalidate: view.Invalidate,
		revalidate: func(ctx context.Context) ([]peer.ID, error) {
			revalidations++
			return table.Revalidate(ctx, activeVerifier{view})
		},
		slashes: slashes,
	}
	ctx := context.Background()
	step := func(what string, wantRevalidations int) {
		t.Helper()
		if err := w.step(ctx); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if revalidations != wantRevalidations {
			t.Fatalf("%s: %d revalidations, want %d", what, revalidations, wantRevalidations)
		}
	}
	step("first epoch seen, count read", 1)
	step("nothing changed", 1)
	chain.set(func() { delete(chain.active, slashed) })
	view.active(slashed) // cached as active until invalidated
	slashes.mu.Lock()
	slashes.err = errors.New("rpc down")
	slashes.n = 5
	slashes.mu.Unlock()
	step("count unreadable", 1)
	if !table.IsVerified(slashed) {
		t.Fatal("dropped without a readable slash")
	}
	slashes.mu.Lock()
	slashes.err = nil
	slashes.mu.Unlock()
	step("slash seen", 2)
	if table.IsVerified(slashed) || !table.IsVerified(honest) {
		t.Fatalf("after the slash: slashed verified=%v, honest verified=%v", table.IsVerified(slashed), table.IsVerified(honest))
	}
	step("same count again", 2)
}
