package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// StateCache keeps contract reads of one chain (secret states from the
// SecretsController, answers from the ClusterRegistry) between the blocks
// that change them, so the decrypt path makes no RPC call.
//
// Why it is safe for authorization state: every state change of both
// contracts emits an event, and the cache applies the logs of each new
// block before any read that starts after the block is known:
//
//   - The head comes from the client's live new-head subscription. While
//     there is none (polling fallback, head possibly a poll interval
//     behind), every read goes to the chain.
//   - A read waits while the tracked head is ahead of the last block whose
//     logs were applied, so a DelegateUpdated or SecretOwnershipTransferred
//     in block n drops the secret's entry before any request that arrives
//     once block n is known can use it. If the logs cannot be fetched in
//     time, the read goes to the chain.
//   - A controller log the cache does not attribute to one secret, and any
//     registry log, drops every entry of that contract.
//   - A read that raced with an invalidation is returned but not stored.
//   - The last few blocks are scanned again with each new head, so an
//     event in a block that replaced another at the same height is seen.
//
// A secret not found is cached too (a negative entry), so lookups of
// unknown secrets cost no RPC call each; the SecretCreated log of that ID
// drops it like any other entry. Other errors are never cached. Both maps
// are bounded (maxCachedSecrets, maxCachedRegistry): a flood of lookups
// cannot grow them past that.
type StateCache struct {
	src        cacheSource
	chainID    uint64
	controller common.Address
	registry   common.Address // zero: this chain has no registry
	log        *slog.Logger
	maxWait    time.Duration

	applied atomic.Uint64 // logs of every block up to here are applied
	ready   atomic.Bool

	mu      sync.Mutex
	gen     uint64 // bumped by every invalidation
	wake    chan struct{}
	secrets map[uint64]cachedSecret
	regs    map[string]any
	// maxSecrets and maxRegs bound the maps (maxCachedSecrets,
	// maxCachedRegistry; tests set them lower).
	maxSecrets, maxRegs int

	hits, misses atomic.Uint64
}

// CacheSource is what a cache follows: the tracked head and the logs and
// reads of the chain (*Client's, or a verified source whose head is the
// trusted header and whose logs and reads are proven).
type CacheSource = cacheSource

// cacheSource is what the cache follows: the tracked head and the logs and
// reads of the chain (*Client).
type cacheSource interface {
	Head() uint64
	HeadChanged() <-chan struct{}
	Subscribed() bool
	BlockNumber(ctx context.Context) (uint64, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	SecretState(ctx context.Context, secretID uint64) (SecretState, error)
}

// cachedSecret is a secret's state, or the chain's answer that there is no
// such secret.
type cachedSecret struct {
	st      SecretState
	missing bool
}

// The caches' bounds. One entry costs some hundred bytes; the bounds are
// far above the secrets a node serves between two blocks that change them.
const (
	maxCachedSecrets  = 1 << 16
	maxCachedRegistry = 1 << 14
)

// putBounded stores v under key, first forgetting an arbitrary entry (map
// order) when the map is full: the cache is a cache, and a forgotten entry
// is read from the chain again.
func putBounded[K comparable, V any](m map[K]V, key K, v V, limit int) {
	if _, ok := m[key]; !ok && len(m) >= limit {
		for k := range m {
			delete(m, k)
			break
		}
	}
	m[key] = v
}

// reorgRescan is how many already-applied blocks are scanned again with
// each new head.
const reorgRescan = 4

// CacheOptions tune a StateCache.
type CacheOptions struct {
	// MaxWait bounds how long a read waits for a new block's logs before it
	// reads the chain instead (default 2 s).
	MaxWait time.Duration
	Log     *slog.Logger
}

// NewStateCache caches c's controller reads and, on the home chain, its
// registry reads. Run must be running for the cache to serve anything;
// until then every read goes to the chain.
func NewStateCache(c *Client, opts CacheOptions) *StateCache {
	return newStateCache(clientSource{c}, c.cfg.ChainID, c.cfg.ControllerAddress, c.cfg.RegistryAddress, opts)
}

// NewStateCacheFrom caches the reads of src, a chain's controller (and, on
// the home chain, its registry at registry; zero: none).
func NewStateCacheFrom(src CacheSource, chainID uint64, controller, registry common.Address, opts CacheOptions) *StateCache {
	return newStateCache(src, chainID, controller, registry, opts)
}

func newStateCache(src cacheSource, chainID uint64, controller, registry common.Address, opts CacheOptions) *StateCache {
	if opts.MaxWait <= 0 {
		opts.MaxWait = 2 * time.Second
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	return &StateCache{src: src, chainID: chainID, controller: controller, registry: registry, log: opts.Log, maxWait: opts.MaxWait,
		secrets: map[uint64]cachedSecret{}, regs: map[string]any{}, maxSecrets: maxCachedSecrets, maxRegs: maxCachedRegistry}
}

// clientSource adapts *Client: its FilterLogs carries the call deadline.
type clientSource struct{ *Client }

func (s clientSource) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	ctx, cancel := s.callCtx(ctx)
	defer cancel()
	return s.eth.FilterLogs(ctx, q)
}

// Stats returns the hit and miss counts.
func (k *StateCache) Stats() (hits, misses uint64) { return k.hits.Load(), k.misses.Load() }

// Run follows the head and applies each new block's logs until ctx ends.
func (k *StateCache) Run(ctx context.Context) error {
	k.applied.Store(k.src.Head())
	k.ready.Store(true)
	defer k.ready.Store(false)
	b := backoff{min: 50 * time.Millisecond, max: 2 * time.Second}
	for {
		changed := k.src.HeadChanged()
		if k.src.Head() > k.applied.Load() {
			if err := k.catchUp(ctx); err != nil {
				if ctx.Err() != nil {
					return nil
				}
				k.log.Warn("state cache: cannot apply new blocks; reads go to the chain meanwhile", "err", err)
				t := time.NewTimer(b.next())
				select {
				case <-ctx.Done():
					t.Stop()
					return nil
				case <-t.C:
				}
				continue
			}
			b.reset()
			continue
		}
		select {
		case <-ctx.Done():
			return nil
		case <-changed:
		}
	}
}

// catchUp applies the logs up to the tracked head, or as far as the RPC
// has blocks.
func (k *StateCache) catchUp(ctx context.Context) error {
	head := k.src.Head()
	n, err := k.src.BlockNumber(ctx)
	if err != nil {
		return err
	}
	to := min(head, n)
	applied := k.applied.Load()
	if to <= applied {
		return fmt.Errorf("rpc is at block %d, behind the announced head %d", n, head)
	}
	from := applied + 1
	if applied > reorgRescan {
		from = applied + 1 - reorgRescan
	}
	addrs := []common.Address{k.controller}
	if k.registry != (common.Address{}) {
		addrs = append(addrs, k.registry)
	}
	logs, err := k.src.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: addrs,
	})
	if err != nil {
		return fmt.Errorf("eth_getLogs %d..%d: %w", from, to, err)
	}
	k.apply(logs, to)
	return nil
}

// apply invalidates what logs touch and marks blocks up to to as applied.
func (k *StateCache) apply(logs []types.Log, to uint64) {
	k.mu.Lock()
	defer k.mu.Unlock()
	for _, l := range logs {
		switch l.Address {
		case k.registry:
			if len(k.regs) > 0 {
				k.regs = map[string]any{}
			}
			k.gen++
		case k.controller:
			if id, ok := secretOfLog(l); ok {
				delete(k.secrets, id)
			} else if len(k.secrets) > 0 {
				k.secrets = map[uint64]cachedSecret{}
			}
			k.gen++
		}
	}
	k.applied.Store(to)
	if k.wake != nil {
		close(k.wake)
		k.wake = nil
	}
}

// secretOfLog returns the secret a controller log is about, if it is one
// of the per-secret events, whose first indexed field is the secret ID.
func secretOfLog(l types.Log) (uint64, bool) {
	if len(l.Topics) < 2 {
		return 0, false
	}
	ev, err := controllerABI.EventByID(l.Topics[0])
	if err != nil {
		return 0, false
	}
	switch SecretEventKind(ev.Name) {
	case SecretCreated, SecretSynced, DelegateUpdated, SecretOwnershipTransferred:
	default:
		return 0, false
	}
	id := new(big.Int).SetBytes(l.Topics[1].Bytes())
	if !id.IsUint64() {
		return 0, false
	}
	return id.Uint64(), true
}

// current reports whether cached entries may be used now, waiting (up to
// MaxWait) for the logs of a newly announced block to be applied.
func (k *StateCache) current(ctx context.Context) bool {
	if !k.ready.Load() || !k.src.Subscribed() {
		return false
	}
	var timer *time.Timer
	defer func() {
		if timer != nil {
			timer.Stop()
		}
	}()
	for {
		k.mu.Lock()
		if k.wake == nil {
			k.wake = make(chan struct{})
		}
		wake := k.wake
		k.mu.Unlock()
		if k.src.Head() <= k.applied.Load() {
			return true
		}
		if timer == nil {
			timer = time.NewTimer(k.maxWait)
		}
		select {
		case <-wake:
		case <-timer.C:
			return false
		case <-ctx.Done():
			return false
		}
	}
}

// SecretState returns the secret's state as of the latest applied block.
func (k *StateCache) SecretState(ctx context.Context, secretID uint64) (SecretState, error) {
	if !k.current(ctx) {
		k.misses.Add(1)
		return k.src.SecretState(ctx, secretID)
	}
	k.mu.Lock()
	e, ok := k.secrets[secretID]
	gen := k.gen
	k.mu.Unlock()
	if ok {
		k.hits.Add(1)
		if e.missing {
			return SecretState{}, fmt.Errorf("chain %d secret %d: %w", k.chainID, secretID, ErrSecretNotFound)
		}
		return e.st, nil
	}
	k.misses.Add(1)
	st, err := k.src.SecretState(ctx, secretID)
	missing := errors.Is(err, ErrSecretNotFound)
	if err != nil && !missing {
		return st, err
	}
	k.mu.Lock()
	if k.gen == gen {
		putBounded(k.secrets, secretID, cachedSecret{st: st, missing: missing}, k.maxSecrets)
	}
	k.mu.Unlock()
	return st, err
}

// ErrNoRegistry means the cache's chain is not the home chain.
var ErrNoRegistry = errors.New("state cache: this chain has no registry")

// registryRead returns the cached answer under key or loads and caches it.
func registryRead[T any](ctx context.Context, k *StateCache, key string, load func(context.Context) (T, error)) (T, error) {
	var zero T
	if k.registry == (common.Address{}) {
		return zero, ErrNoRegistry
	}
	if !k.current(ctx) {
		k.misses.Add(1)
		return load(ctx)
	}
	k.mu.Lock()
	v, ok := k.regs[key]
	gen := k.gen
	k.mu.Unlock()
	if ok {
		k.hits.Add(1)
		return v.(T), nil
	}
	k.misses.Add(1)
	out, err := load(ctx)
	if err != nil {
		return zero, err
	}
	k.mu.Lock()
	if k.gen == gen {
		putBounded(k.regs, key, any(out), k.maxRegs)
	}
	k.mu.Unlock()
	return out, nil
}

// CachedRegistry is a Registry whose answers on the hot paths come from a
// StateCache of the home chain.
type CachedRegistry struct {
	*Registry
	Cache *StateCache
	// Elections, when set, answers the election reads instead of Registry
	// (a proof-backed reader at the trusted header).
	Elections Elections
}

// Elections are the registry's election reads.
type Elections interface {
	IsElectedBlackBox(ctx context.Context, wallet common.Address) (bool, error)
	WasElectedBlackBox(ctx context.Context, epoch uint64, wallet common.Address) (bool, error)
}

func (r CachedRegistry) elections() Elections {
	if r.Elections != nil {
		return r.Elections
	}
	return r.Registry
}

// IsElectedBlackBox answers from the cache.
func (r CachedRegistry) IsElectedBlackBox(ctx context.Context, wallet common.Address) (bool, error) {
	return registryRead(ctx, r.Cache, "elected/"+wallet.Hex(), func(ctx context.Context) (bool, error) {
		return r.elections().IsElectedBlackBox(ctx, wallet)
	})
}

// WasElectedBlackBox answers from the cache (the history of a past epoch
// does not change, but the cache is dropped at epoch changes like the rest
// of the registry's reads).
func (r CachedRegistry) WasElectedBlackBox(ctx context.Context, epoch uint64, wallet common.Address) (bool, error) {
	return registryRead(ctx, r.Cache, fmt.Sprintf("elected-in/%d/%s", epoch, wallet.Hex()), func(ctx context.Context) (bool, error) {
		return r.elections().WasElectedBlackBox(ctx, epoch, wallet)
	})
}

// ClusterMembers answers from the cache. The slice is shared: callers
// must not modify it.
func (r CachedRegistry) ClusterMembers(ctx context.Context, clusterID uint8) ([]NodeRecord, error) {
	return registryRead(ctx, r.Cache, fmt.Sprintf("members/%d", clusterID), func(ctx context.Context) ([]NodeRecord, error) {
		return r.Registry.ClusterMembers(ctx, clusterID)
	})
}

// NodeOf answers from the cache.
func (r CachedRegistry) NodeOf(ctx context.Context, operator common.Address) (NodeRecord, error) {
	return registryRead(ctx, r.Cache, "node/"+operator.Hex(), func(ctx context.Context) (NodeRecord, error) {
		return r.Registry.NodeOf(ctx, operator)
	})
}

// BlackBoxes returns the operators of the elected Black Boxes, from the
// cache.
func (r CachedRegistry) BlackBoxes(ctx context.Context) ([]common.Address, error) {
	return registryRead(ctx, r.Cache, "blackboxes", func(ctx context.Context) ([]common.Address, error) {
		o, cancel := r.opts(ctx)
		defer cancel()
		ops, err := r.reg.BlackBoxes(o)
		if err != nil {
			return nil, fmt.Errorf("registry: black boxes: %w", err)
		}
		return ops, nil
	})
}

// CachedSet reads secret states through each chain's StateCache; it
// offers what chain.Set offers to request checks.
type CachedSet struct {
	Set    *Set
	Caches map[uint64]*StateCache
}

// NewCachedSet makes one cache per chain of s.
func NewCachedSet(s *Set, opts CacheOptions) *CachedSet {
	cs := &CachedSet{Set: s, Caches: map[uint64]*StateCache{}}
	for _, c := range s.Clients() {
		cs.Caches[c.ChainID()] = NewStateCache(c, opts)
	}
	return cs
}

// Run runs every cache until ctx ends.
func (cs *CachedSet) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	for _, k := range cs.Caches {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = k.Run(ctx)
		}()
	}
	wg.Wait()
	return nil
}

// CheckFreshness is the set's (the head is already cached).
func (cs *CachedSet) CheckFreshness(ctx context.Context, chainID, block uint64) error {
	return cs.Set.CheckFreshness(ctx, chainID, block)
}

// SecretState reads through chainID's cache.
func (cs *CachedSet) SecretState(ctx context.Context, chainID, secretID uint64) (SecretState, error) {
	k, ok := cs.Caches[chainID]
	if !ok {
		return SecretState{}, &UnsupportedChainError{ChainID: chainID}
	}
	return k.SecretState(ctx, secretID)
}
