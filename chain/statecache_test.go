package chain

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

var (
	testController = common.HexToAddress("0xC0")
	testRegistry   = common.HexToAddress("0xEE")
)

// fakeChain is a chain whose head, logs and secret states tests set; like
// the real client, a new head is announced before its logs are asked for.
type fakeChain struct {
	mu      sync.Mutex
	head    uint64
	sub     bool
	wake    chan struct{}
	logs    []types.Log
	states  map[uint64]SecretState
	reads   int
	logsErr error
}

func newFakeChain() *fakeChain {
	return &fakeChain{head: 100, sub: true, states: map[uint64]SecretState{}}
}

func (f *fakeChain) Head() uint64 { f.mu.Lock(); defer f.mu.Unlock(); return f.head }
func (f *fakeChain) Subscribed() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.sub
}
func (f *fakeChain) HeadChanged() <-chan struct{} {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.wake == nil {
		f.wake = make(chan struct{})
	}
	return f.wake
}
func (f *fakeChain) BlockNumber(context.Context) (uint64, error) { return f.Head(), nil }
func (f *fakeChain) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.logsErr != nil {
		return nil, f.logsErr
	}
	var out []types.Log
	for _, l := range f.logs {
		if l.BlockNumber >= q.FromBlock.Uint64() && l.BlockNumber <= q.ToBlock.Uint64() {
			out = append(out, l)
		}
	}
	return out, nil
}
func (f *fakeChain) SecretState(_ context.Context, id uint64) (SecretState, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reads++
	st, ok := f.states[id]
	if !ok {
		return SecretState{}, ErrSecretNotFound
	}
	return st, nil
}

// mine applies a state change in a new block with its log, then announces
// the block, as a chain and its head subscription do.
func (f *fakeChain) mine(change func(), logs ...types.Log) {
	f.mu.Lock()
	f.head++
	change()
	for _, l := range logs {
		l.BlockNumber = f.head
		f.logs = append(f.logs, l)
	}
	if f.wake != nil {
		close(f.wake)
		f.wake = nil
	}
	f.mu.Unlock()
}

func (f *fakeChain) readCount() int { f.mu.Lock(); defer f.mu.Unlock(); return f.reads }

func controllerLog(event string, secretID uint64, more ...common.Hash) types.Log {
	topics := append([]common.Hash{controllerABI.Events[event].ID, common.BigToHash(new(big.Int).SetUint64(secretID))}, more...)
	return types.Log{Address: testController, Topics: topics}
}

func startCache(t *testing.T, f *fakeChain, opts CacheOptions) *StateCache {
	t.Helper()
	k := newStateCache(f, 1, testController, testRegistry, opts)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = k.Run(ctx)
	}()
	t.Cleanup(func() {
		cancel()
		<-done
	})
	deadline := time.Now().Add(5 * time.Second)
	for !k.ready.Load() {
		if time.Now().After(deadline) {
			t.Fatal("cache did not start")
		}
		time.Sleep(time.Millisecond)
	}
	return k
}

var (
	owner    = common.HexToAddress("0x01")
	delegate = common.HexToAddress("0x02")
	buyer    = common.HexToAddress("0x03")
)

func TestStateCacheServesRepeatReadsFromMemory(t *testing.T) {
	f := newFakeChain()
	f.states[7] = SecretState{Owner: owner, Delegate: delegate, PublicKeyCID: "cid"}
	k := startCache(t, f, CacheOptions{})
	ctx := context.Background()
	for range 5 {
		st, err := k.SecretState(ctx, 7)
		if err != nil || st.Delegate != delegate {
			t.Fatalf("SecretState = %+v, %v", st, err)
		}
	}
	if got := f.readCount(); got != 1 {
		t.Fatalf("%d chain reads for 5 reads of one secret, want 1", got)
	}
	// A block without events about the secret keeps the entry.
	f.mine(func() {}, controllerLog("DelegateUpdated", 8, common.Hash{}))
	if _, err := k.SecretState(ctx, 7); err != nil {
		t.Fatal(err)
	}
	if got := f.readCount(); got != 1 {
		t.Fatalf("an event about another secret dropped the entry (%d reads)", got)
	}
	// An unknown secret is cached as unknown (finding 10 of the key-safety
	// review: each lookup of one cost an RPC call) ...
	for range 3 {
		if _, err := k.SecretState(ctx, 99); !errors.Is(err, ErrSecretNotFound) {
			t.Fatalf("unknown secret: %v", err)
		}
	}
	if got := f.readCount(); got != 2 {
		t.Fatalf("%d chain reads, want 2 (not-found read once)", got)
	}
	// ... until the block that creates it.
	f.mine(func() { f.states[99] = SecretState{Owner: owner, IsSyncing: true} }, controllerLog("SecretCreated", 99, common.BytesToHash(owner.Bytes())))
	if st, err := k.SecretState(ctx, 99); err != nil || st.Owner != owner {
		t.Fatalf("secret created after a not-found read: %+v, %v", st, err)
	}
}

// TestStateCacheBounded: lookups of many distinct secrets (existing or
// not) and registry keys cannot grow the cache past its bounds.
func TestStateCacheBounded(t *testing.T) {
	f := newFakeChain()
	for id := range uint64(50) {
		f.states[id] = SecretState{Owner: owner}
	}
	k := startCache(t, f, CacheOptions{})
	k.maxSecrets = 20
	ctx := context.Background()
	for id := range uint64(500) {
		if _, err := k.SecretState(ctx, id); err != nil && !errors.Is(err, ErrSecretNotFound) {
			t.Fatal(err)
		}
	}
	k.mu.Lock()
	n := len(k.secrets)
	k.mu.Unlock()
	if n > 20 {
		t.Fatalf("%d cached secrets after 500 distinct lookups, bound 20", n)
	}
	// What is cached still answers right.
	for id := range uint64(60) {
		st, err := k.SecretState(ctx, id)
		if id < 50 && (err != nil || st.Owner != owner) {
			t.Fatalf("secret %d: %+v, %v", id, st, err)
		}
		if id >= 50 && !errors.Is(err, ErrSecretNotFound) {
			t.Fatalf("unknown secret %d: %v", id, err)
		}
	}
}

// The revocation case: once the block with DelegateUpdated (or a transfer)
// is announced, the very next read must not return the old state, even
// though the cache applies the block's logs on its own goroutine.
func TestStateCacheRevocationTakesEffectAtOnce(t *testing.T) {
	for _, tc := range []struct {
		name  string
		event func() types.Log
		apply func(st *SecretState)
		check func(st SecretState) bool
	}{
		{"delegate revoked", func() types.Log { return controllerLog("DelegateUpdated", 7, common.Hash{}) },
			func(st *SecretState) { st.Delegate = common.Address{} },
			func(st SecretState) bool { return st.Delegate == common.Address{} }},
		{"ownership transferred", func() types.Log {
			return controllerLog("SecretOwnershipTransferred", 7, common.BytesToHash(owner.Bytes()), common.BytesToHash(buyer.Bytes()))
		},
			func(st *SecretState) { st.Owner, st.Delegate = buyer, common.Address{} },
			func(st SecretState) bool { return st.Owner == buyer && st.Delegate == common.Address{} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			// Many rounds: the read races the cache's apply every time.
			for round := range 50 {
				f := newFakeChain()
				f.states[7] = SecretState{Owner: owner, Delegate: delegate, PublicKeyCID: "cid"}
				k := startCache(t, f, CacheOptions{})
				if st, err := k.SecretState(ctx, 7); err != nil || st.Delegate != delegate {
					t.Fatalf("warm: %+v, %v", st, err)
				}
				f.mine(func() {
					st := f.states[7]
					tc.apply(&st)
					f.states[7] = st
				}, tc.event())
				st, err := k.SecretState(ctx, 7)
				if err != nil {
					t.Fatal(err)
				}
				if !tc.check(st) {
					t.Fatalf("round %d: stale state after the event's block was announced: %+v", round, st)
				}
			}
		})
	}
}

func TestStateCacheUnknownControllerEventDropsAll(t *testing.T) {
	f := newFakeChain()
	f.states[1] = SecretState{Owner: owner}
	f.states[2] = SecretState{Owner: owner}
	k := startCache(t, f, CacheOptions{})
	ctx := context.Background()
	for _, id := range []uint64{1, 2} {
		if _, err := k.SecretState(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	// An event the cache does not know (a future reshare, say) may change
	// any secret.
	f.mine(func() { f.states[2] = SecretState{Owner: buyer} },
		types.Log{Address: testController, Topics: []common.Hash{common.HexToHash("0xabc"), common.BigToHash(big.NewInt(2))}})
	st, err := k.SecretState(ctx, 2)
	if err != nil || st.Owner != buyer {
		t.Fatalf("after unknown event: %+v, %v", st, err)
	}
	if _, err := k.SecretState(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if got := f.readCount(); got != 4 {
		t.Fatalf("%d reads, want 4 (both entries dropped)", got)
	}
}

func TestStateCacheRegistryEventDropsRegistryAnswers(t *testing.T) {
	f := newFakeChain()
	k := startCache(t, f, CacheOptions{})
	ctx := context.Background()
	elected := true
	loads := 0
	load := func(context.Context) (bool, error) { loads++; return elected, nil }
	for range 3 {
		if v, err := registryRead(ctx, k, "elected/x", load); err != nil || !v {
			t.Fatalf("%v, %v", v, err)
		}
	}
	if loads != 1 {
		t.Fatalf("%d loads, want 1", loads)
	}
	// An epoch advance un-elects the Black Box.
	f.mine(func() { elected = false }, types.Log{Address: testRegistry, Topics: []common.Hash{common.HexToHash("0x1")}})
	if v, err := registryRead(ctx, k, "elected/x", load); err != nil || v {
		t.Fatalf("after the registry event: elected=%v, %v", v, err)
	}
}

func TestStateCacheReadsThroughWithoutSubscription(t *testing.T) {
	f := newFakeChain()
	f.states[7] = SecretState{Owner: owner}
	f.sub = false
	k := startCache(t, f, CacheOptions{})
	for range 3 {
		if _, err := k.SecretState(context.Background(), 7); err != nil {
			t.Fatal(err)
		}
	}
	if got := f.readCount(); got != 3 {
		t.Fatalf("%d reads, want 3: a polled head may lag, so nothing is cached", got)
	}
}

func TestStateCacheReadsThroughWhenLogsFail(t *testing.T) {
	f := newFakeChain()
	f.states[7] = SecretState{Owner: owner, Delegate: delegate}
	k := startCache(t, f, CacheOptions{MaxWait: 20 * time.Millisecond})
	ctx := context.Background()
	if _, err := k.SecretState(ctx, 7); err != nil {
		t.Fatal(err)
	}
	f.mu.Lock()
	f.logsErr = errors.New("rpc down")
	f.mu.Unlock()
	f.mine(func() { f.states[7] = SecretState{Owner: owner} }, controllerLog("DelegateUpdated", 7, common.Hash{}))
	st, err := k.SecretState(ctx, 7)
	if err != nil || st.Delegate != (common.Address{}) {
		t.Fatalf("with the new block's logs unknown: %+v, %v (want the chain's answer)", st, err)
	}
}

func TestSecretOfLog(t *testing.T) {
	if id, ok := secretOfLog(controllerLog("SecretSynced", 42)); !ok || id != 42 {
		t.Fatalf("SecretSynced: %d %v", id, ok)
	}
	if _, ok := secretOfLog(types.Log{Topics: []common.Hash{controllerABI.Events["DelegateUpdated"].ID}}); ok {
		t.Fatal("log without a secret id attributed")
	}
	huge := controllerLog("DelegateUpdated", 0)
	huge.Topics[1] = common.Hash{0: 1}
	if _, ok := secretOfLog(huge); ok {
		t.Fatal("secret id beyond uint64 attributed")
	}
}
