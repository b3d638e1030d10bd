package dealer

// What creation (Creator) and resharing (Resharer) share: who acts for a
// secret and when, which share version a deal gets, how failures back off,
// how this node's own key is filled in. Both deal a secret to a cluster
// under the same rules, so the rules live once, here.

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"math"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// RankBlackBoxes orders the elected Black Boxes' wallets by responsibility
// for a secret: index 0 creates it, index r is the r-th fail-over.
func RankBlackBoxes(chainID, secretID uint64, wallets []common.Address) []common.Address {
	type ranked struct {
		w common.Address
		h []byte
	}
	rs := make([]ranked, len(wallets))
	var buf [16]byte
	binary.BigEndian.PutUint64(buf[:8], chainID)
	binary.BigEndian.PutUint64(buf[8:], secretID)
	for i, w := range wallets {
		rs[i] = ranked{w: w, h: crypto.Keccak256([]byte("cifer-creator-rank-v1"), buf[:], w.Bytes())}
	}
	sort.SliceStable(rs, func(i, j int) bool { return bytes.Compare(rs[i].h, rs[j].h) < 0 })
	out := make([]common.Address, len(rs))
	for i, r := range rs {
		out[i] = r.w
	}
	return out
}

// ErrVersionsExhausted means no share version is left above the ones seen
// (a version is a uint32): a deal at seen+1 would wrap around to a version
// custodians already hold.
var ErrVersionsExhausted = errors.New("share versions exhausted: no version above 4294967295")

// versionClock hands out share versions: the deal time in Unix seconds,
// above every version seen, strictly increasing within this process.
// Another Black Box may pick the same version (a custodian then keeps the
// deal it stored first and refuses the other) or a higher one for a deal
// that loses the race: custodians serve the newest version of the key the
// chain registered.
type versionClock struct {
	now  func() time.Time
	mu   sync.Mutex
	last uint32
}

// next returns a version above seen and above every version it returned
// before.
func (v *versionClock) next(seen uint32) (uint32, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if seen == math.MaxUint32 || v.last == math.MaxUint32 {
		return 0, ErrVersionsExhausted
	}
	unix := min(max(v.now().Unix(), 0), math.MaxUint32)
	out := max(uint32(unix), seen+1, v.last+1)
	v.last = out
	return out, nil
}

// withSelfKey returns members with this node's own transport key filled in
// where the directory had none for it (a node does not hold its own
// statement in its verified table).
func withSelfKey(members []blackbox.ClusterMember, selfPeerID string, selfKey []byte) []blackbox.ClusterMember {
	if selfPeerID == "" || len(selfKey) == 0 {
		return members
	}
	out := slices.Clone(members)
	for i := range out {
		if out[i].PeerID == selfPeerID && len(out[i].TransportKey) == 0 {
			out[i].TransportKey = selfKey
		}
	}
	return out
}

// sleepCtx waits d; false if ctx ended first.
func sleepCtx(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// backoff doubles from min to max.
type backoff struct{ min, max, cur time.Duration }

func (b *backoff) next() time.Duration {
	if b.cur == 0 {
		b.cur = b.min
	} else {
		b.cur = min(2*b.cur, b.max)
	}
	return b.cur
}
