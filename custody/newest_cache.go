package custody

import "sync"

// newestCache remembers NewestOfKey answers: a custodian answers it on
// every share release, and finding it means listing the secret's versions
// and decoding their records in Badger. Every write or delete of the store
// bumps the generation and empties the cache, and an answer computed
// across a bump is not kept, so a cached answer is never older than the
// store. Writes are rare (a creation, a reshare, a sweep) next to
// releases.
type newestCache struct {
	mu  sync.Mutex
	gen uint64
	m   map[newestKey]newestEntry
}

type newestKey struct {
	chainID, secretID uint64
	cid               string
}

type newestEntry struct {
	key ShareKey
	rec *CreationRecord
}

// newestCacheLimit bounds the entries; past it the cache starts over.
const newestCacheLimit = 4096

// get returns a cached answer, or the generation to pass to put.
func (c *newestCache) get(k newestKey) (newestEntry, bool, uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[k]
	return e, ok, c.gen
}

// put keeps an answer computed while the store was at generation gen.
func (c *newestCache) put(gen uint64, k newestKey, e newestEntry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return // the store changed while it was computed
	}
	if c.m == nil || len(c.m) >= newestCacheLimit {
		c.m = make(map[newestKey]newestEntry)
	}
	c.m[k] = e
}

// invalidate forgets every answer; called after each write or delete.
func (c *newestCache) invalidate() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.m = nil
}
