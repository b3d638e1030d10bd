package p2p

import (
	"context"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

// VerifiedTable holds the peers whose attestation statement verified, each
// until its statement's expiry. Custody and Black Box protocols are served
// only to peers in it. It keeps the raw statement so the whole table can be
// re-verified when the chain state changes (a new epoch).
type VerifiedTable struct {
	now func() time.Time

	mu      sync.RWMutex
	entries map[peer.ID]tableEntry
	// gen counts revalidations. A verdict reached before the latest one
	// began judged the peer against the chain as it was then, so PutAt
	// refuses it: an unbonded peer's statement, checked or found in the
	// table just before the epoch and recorded just after, must not undo
	// the drop.
	gen uint64
}

type tableEntry struct {
	peer VerifiedPeer
	raw  []byte
}

// NewVerifiedTable returns an empty table; now is the clock (nil for
// time.Now).
func NewVerifiedTable(now func() time.Time) *VerifiedTable {
	if now == nil {
		now = time.Now
	}
	return &VerifiedTable{now: now, entries: make(map[peer.ID]tableEntry)}
}

// Generation is the table's revalidation count. Take it before looking a
// statement up (Holds) or verifying it, and record the verdict with PutAt.
func (t *VerifiedTable) Generation() uint64 {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.gen
}

// Put records a verified peer whose verdict is current (no revalidation can
// have begun since it was reached); see PutAt.
func (t *VerifiedTable) Put(v VerifiedPeer, raw []byte) (added bool) {
	return t.PutAt(v, raw, t.Generation())
}

// PutAt records a verified peer, whose verdict was reached at generation
// gen, and reports whether it was not in the table before. A verdict from
// before the latest revalidation began is ignored (the peer is judged
// again on its next statement). A statement that expires earlier than the
// one already held is ignored, so replaying an old (still valid) statement
// cannot roll a peer back to an older transport key.
func (t *VerifiedTable) PutAt(v VerifiedPeer, raw []byte, gen uint64) (added bool) {
	if !v.Expiry.After(t.now()) {
		return false
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if gen != t.gen {
		return false
	}
	old, ok := t.entries[v.ID]
	live := ok && old.peer.Expiry.After(t.now())
	if live && v.Expiry.Before(old.peer.Expiry) {
		return false
	}
	t.entries[v.ID] = tableEntry{peer: v, raw: raw}
	return !live
}

// Get returns the peer's verified claims if it is in the table and its
// statement has not expired.
func (t *VerifiedTable) Get(p peer.ID) (VerifiedPeer, bool) {
	t.mu.RLock()
	e, ok := t.entries[p]
	t.mu.RUnlock()
	if !ok || !e.peer.Expiry.After(t.now()) {
		return VerifiedPeer{}, false
	}
	return e.peer, true
}

// Holds returns p's verified claims if the table holds exactly the
// statement raw for p, unexpired: that statement was verified already, and
// chain changes since are Revalidate's job, so it need not be verified again.
func (t *VerifiedTable) Holds(p peer.ID, raw []byte) (VerifiedPeer, bool) {
	t.mu.RLock()
	e, ok := t.entries[p]
	t.mu.RUnlock()
	if !ok || !e.peer.Expiry.After(t.now()) || len(raw) == 0 || string(e.raw) != string(raw) {
		return VerifiedPeer{}, false
	}
	return e.peer, true
}

// IsVerified reports whether p is in the table and not expired.
func (t *VerifiedTable) IsVerified(p peer.ID) bool {
	_, ok := t.Get(p)
	return ok
}

// Len counts the unexpired entries.
func (t *VerifiedTable) Len() int {
	now := t.now()
	t.mu.RLock()
	defer t.mu.RUnlock()
	n := 0
	for _, e := range t.entries {
		if e.peer.Expiry.After(now) {
			n++
		}
	}
	return n
}

// Peers returns the unexpired entries.
func (t *VerifiedTable) Peers() []VerifiedPeer {
	now := t.now()
	t.mu.RLock()
	defer t.mu.RUnlock()
	out := make([]VerifiedPeer, 0, len(t.entries))
	for _, e := range t.entries {
		if e.peer.Expiry.After(now) {
			out = append(out, e.peer)
		}
	}
	return out
}

// Remove drops p.
func (t *VerifiedTable) Remove(p peer.ID) {
	t.mu.Lock()
	delete(t.entries, p)
	t.mu.Unlock()
}

// Prune drops expired entries and returns them.
func (t *VerifiedTable) Prune() []peer.ID {
	now := t.now()
	t.mu.Lock()
	defer t.mu.Unlock()
	var dropped []peer.ID
	for id, e := range t.entries {
		if !e.peer.Expiry.After(now) {
			delete(t.entries, id)
			dropped = append(dropped, id)
		}
	}
	return dropped
}

// Revalidate re-verifies every held statement against v and drops the peers
// that no longer verify (unbonded, measurement removed from the allow-list,
// expired). A temporary failure keeps the entry: not being able to ask the
// chain is no evidence against the peer. The node calls it when a new epoch
// starts.
//
// Verdicts reached before it began are not recorded after it (PutAt), so a
// statement in flight at the epoch cannot bring a dropped peer back.
func (t *VerifiedTable) Revalidate(ctx context.Context, v StatementVerifier) (dropped []peer.ID, err error) {
	dropped = t.Prune()
	t.mu.Lock()
	t.gen++
	snapshot := make(map[peer.ID]tableEntry, len(t.entries))
	for id, e := range t.entries {
		snapshot[id] = e
	}
	t.mu.Unlock()
	for id, e := range snapshot {
		if err := ctx.Err(); err != nil {
			return dropped, err
		}
		_, verr := v.VerifyStatement(ctx, id, e.raw)
		if verr == nil || IsTemporary(verr) {
			continue
		}
		t.mu.Lock()
		// Drop only the statement we checked; a newer one that arrived
		// meanwhile was verified after this revalidation began (PutAt),
		// against the new state.
		if cur, ok := t.entries[id]; ok && string(cur.raw) == string(e.raw) {
			delete(t.entries, id)
			dropped = append(dropped, id)
		}
		t.mu.Unlock()
	}
	return dropped, nil
}
