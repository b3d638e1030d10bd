package request

import (
	"crypto/sha256"
	"fmt"
	"math/big"
	"net/netip"
	"sync"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/time/rate"
)

// DecryptableSecretType is the only secret type that decrypt-type calls
// serve (COMPAT.md).
const DecryptableSecretType = 1

// AuthorizeDecrypt applies COMPAT.md's rule for decrypt-type calls: the
// signer is the owner, or the delegate when one is set; the secret is synced
// and of type 1. Callers read st fresh for every request, so a revoked
// delegate is refused at once.
func AuthorizeDecrypt(st chain.SecretState, signer common.Address) error {
	if st.IsSyncing {
		return ErrSyncing
	}
	if st.SecretType != DecryptableSecretType {
		return fmt.Errorf("%w: type %d", ErrSecretType, st.SecretType)
	}
	if signer == st.Owner {
		return nil
	}
	if st.Delegate != (common.Address{}) && signer == st.Delegate {
		return nil
	}
	return fmt.Errorf("%w: %s", ErrNotAuthorized, signer.Hex())
}

// ReplayGuard makes signed requests single-use per user while they could
// still pass the freshness check; after that the freshness check refuses
// them anyway, so the memory held is bounded by the request rate times the
// window.
//
// "Single-use" has one exception, which COMPAT.md requires: SDK signers are
// deterministic, so a retry in the same block is byte-identical, and it
// must be served again by whoever served it first. The guard remembers who
// used a request first (the Black Box at a custodian; one user, "", at the
// Black Box's own door): that user may use it again, up to MaxUses times in
// all; anyone else is refused with ErrUsedElsewhere, so a request one Black
// Box was given cannot get shares released to another.
type ReplayGuard struct {
	ttl time.Duration
	now func() time.Time
	// MaxUses bounds the identical uses by the first user (the first and
	// its retries), so a captured request replayed to the same Black Box
	// costs a bounded amount. Set before first use.
	MaxUses int
	mu      sync.Mutex
	seen    map[[32]byte]replayEntry
	// nextPrune spreads the cost of forgetting old entries.
	nextPrune time.Time
}

type replayEntry struct {
	expires time.Time
	user    string
	uses    int
}

// DefaultMaxUses is the first use and three identical retries.
const DefaultMaxUses = 4

// NewReplayGuard remembers requests for ttl (the freshness window plus a
// margin for clock and block-time drift).
func NewReplayGuard(ttl time.Duration) *ReplayGuard {
	return &ReplayGuard{ttl: ttl, now: time.Now, MaxUses: DefaultMaxUses, seen: make(map[[32]byte]replayEntry)}
}

// Use is UseBy with the one user of the Black Box's own door.
func (g *ReplayGuard) Use(data, signature string) error { return g.UseBy(data, signature, "") }

// UseBy records a use of the request (identified by its data and its
// signature's canonical form) by user. The first user may use it again up
// to MaxUses times in all, then gets ErrReplay; any other user gets
// ErrUsedElsewhere.
//
// A signature has many spellings that all verify: with or without 0x, in
// either hex case, v as 27/28 or 0/1, and the high-S twin (r, N−s) with v
// flipped. Keyed by the string, each spelling passed as a new request, so
// anyone holding one signed request could have it served again and again.
// The guard keys on (r, low-s) instead, which every spelling shares.
func (g *ReplayGuard) UseBy(data, signature, user string) error {
	h := sha256.New()
	h.Write([]byte(data))
	h.Write([]byte{0})
	if canon, ok := canonicalSignature(signature); ok {
		h.Write(canon)
	} else {
		// Not a signature at all (the pipeline verifies before it asks the
		// guard, so only a direct caller gets here): keyed as sent.
		h.Write([]byte{0xff})
		h.Write([]byte(signature))
	}
	var id [32]byte
	h.Sum(id[:0])

	now := g.now()
	g.mu.Lock()
	defer g.mu.Unlock()
	if now.After(g.nextPrune) {
		for k, e := range g.seen {
			if now.After(e.expires) {
				delete(g.seen, k)
			}
		}
		g.nextPrune = now.Add(g.ttl / 4)
	}
	if e, ok := g.seen[id]; ok && !now.After(e.expires) {
		if e.user != user {
			return ErrUsedElsewhere
		}
		if e.uses >= max(g.MaxUses, 1) {
			return ErrReplay
		}
		e.uses++
		g.seen[id] = e
		return nil
	}
	g.seen[id] = replayEntry{expires: now.Add(g.ttl), user: user, uses: 1}
	return nil
}

// RateLimitError says a signer, or the address a request came from, sent
// too many requests.
type RateLimitError struct {
	Signer common.Address
	// IP, when valid, is the remote address the limit applied to (the
	// per-IP limit in front of the pipeline); Signer is then zero.
	IP         netip.Addr
	RetryAfter time.Duration
}

// Is makes errors.Is(err, ErrRateLimited) true.
func (e *RateLimitError) Is(target error) bool { return target == ErrRateLimited }

func (e *RateLimitError) Error() string {
	who := e.Signer.Hex()
	if e.IP.IsValid() {
		who = e.IP.String()
	}
	return fmt.Sprintf("rate limit exceeded for %s: retry after %s", who, e.RetryAfter.Round(time.Millisecond))
}

// RateLimiter is a token bucket per signer.
type RateLimiter struct {
	b *buckets[common.Address]
}

// NewRateLimiter allows perSecond requests per signer with bursts of burst.
func NewRateLimiter(perSecond float64, burst int) *RateLimiter {
	return &RateLimiter{b: newBuckets[common.Address](perSecond, burst, time.Now)}
}

// Allow takes one token for signer or returns a *RateLimitError.
func (l *RateLimiter) Allow(signer common.Address) error {
	d, ok := l.b.take(signer)
	if ok {
		return nil
	}
	return &RateLimitError{Signer: signer, RetryAfter: d}
}

// IPLimiter is a token bucket per remote IP address, in front of the
// pipeline: the per-signer limit alone is defeated by a fresh key per
// request, which costs nothing, while addresses do cost. IPv6 addresses
// count per /64, which one host usually holds whole. Exempt prefixes (by
// default loopback, where a local proxy or gateway speaks for many
// clients) are not limited.
type IPLimiter struct {
	b      *buckets[netip.Addr]
	exempt []netip.Prefix
}

// NewIPLimiter allows perSecond requests per address with bursts of burst,
// except from the exempt prefixes.
func NewIPLimiter(perSecond float64, burst int, exempt []netip.Prefix) *IPLimiter {
	return &IPLimiter{b: newBuckets[netip.Addr](perSecond, burst, time.Now), exempt: exempt}
}

// LoopbackPrefixes are 127.0.0.0/8 and ::1/128.
func LoopbackPrefixes() []netip.Prefix {
	return []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")}
}

// Allow takes one token for ip or returns a *RateLimitError. An invalid
// address (none known) is limited as one address of its own.
func (l *IPLimiter) Allow(ip netip.Addr) error {
	if l == nil {
		return nil
	}
	ip = ip.Unmap()
	for _, p := range l.exempt {
		if p.Contains(ip) {
			return nil
		}
	}
	key := ip
	if ip.Is6() {
		key = netip.PrefixFrom(ip, 64).Masked().Addr()
	}
	d, ok := l.b.take(key)
	if ok {
		return nil
	}
	return &RateLimitError{IP: ip, RetryAfter: d}
}

// maxBuckets bounds a limiter's memory: a flood of fresh keys (or
// addresses) cannot grow it past this many buckets.
const maxBuckets = 1 << 16

// buckets is a bounded set of token buckets by key.
type buckets[K comparable] struct {
	limit rate.Limit
	burst int
	now   func() time.Time
	max   int
	mu    sync.Mutex
	byKey map[K]*bucket
	// idle is how long an untouched bucket is kept (it is full by then).
	idle      time.Duration
	nextPrune time.Time
}

type bucket struct {
	lim  *rate.Limiter
	last time.Time
}

func newBuckets[K comparable](perSecond float64, burst int, now func() time.Time) *buckets[K] {
	idle := time.Minute
	if perSecond > 0 {
		if full := time.Duration(float64(burst) / perSecond * float64(time.Second)); full > idle {
			idle = full
		}
	}
	return &buckets[K]{limit: rate.Limit(perSecond), burst: burst, now: now, max: maxBuckets, byKey: make(map[K]*bucket), idle: idle}
}

// take takes one token of key's bucket, or reports how long to wait.
func (l *buckets[K]) take(key K) (time.Duration, bool) {
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.After(l.nextPrune) {
		l.prune(now)
		l.nextPrune = now.Add(l.idle)
	}
	b, ok := l.byKey[key]
	if !ok {
		if len(l.byKey) >= l.max {
			l.prune(now)
		}
		if len(l.byKey) >= l.max {
			// Full of live buckets: forget one at random (map order). The
			// forgotten key starts again with a full bucket, which only
			// the flood that filled the table can arrange for its own keys.
			for k := range l.byKey {
				delete(l.byKey, k)
				break
			}
		}
		b = &bucket{lim: rate.NewLimiter(l.limit, l.burst)}
		l.byKey[key] = b
	}
	b.last = now
	r := b.lim.ReserveN(now, 1)
	if !r.OK() {
		return time.Second, false
	}
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return d, false
	}
	return 0, true
}

func (l *buckets[K]) prune(now time.Time) {
	for k, b := range l.byKey {
		if now.Sub(b.last) > l.idle {
			delete(l.byKey, k)
		}
	}
}

// halfN is half the secp256k1 group order: a low-S signature has s <= halfN.
var halfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// canonicalSignature returns r ‖ low-s (64 bytes) of a 65-byte hex
// signature in any of the spellings VerifySignature accepts, or false if it
// is not one. v is left out: given r, s and the signed data it is fixed,
// and the twin's v is the other one.
func canonicalSignature(signature string) ([]byte, bool) {
	sig, err := decodeSignature(signature)
	if err != nil {
		return nil, false
	}
	out := sig[:64]
	s := new(big.Int).SetBytes(out[32:])
	if s.Cmp(halfN) > 0 {
		s.Sub(crypto.S256().Params().N, s)
		s.FillBytes(out[32:])
	}
	return out, true
}
