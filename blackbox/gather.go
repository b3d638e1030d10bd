// Package blackbox is the Black Box role: it checks client requests, deals
// new secrets' shares to custodians, gathers shares to rebuild a key in
// enclave memory, and serves decryption.
package blackbox

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"github.com/cifer-network/cifer/request"
	"log/slog"
	"math/rand/v2"
	"time"

	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/envelope"
	"github.com/ethereum/go-ethereum/common"
)

// Custodian is one member of a secret's cluster and the x coordinate of the
// share it holds.
type Custodian struct {
	PeerID string
	X      byte
}

// ShareSource fetches one custodian's share of a secret. The implementation
// forwards the client's signed request (the custodian checks it itself) and
// unwraps the HPKE-sealed answer inside the enclave; it returns the encoded
// share.
type ShareSource interface {
	FetchShare(ctx context.Context, c Custodian, rec *custody.CreationRecord, signed custody.FetchRequest) ([]byte, error)
}

// SignedShareSource is a ShareSource that also returns the custodian's
// release of the share (custody.Release without its share hash and record
// digest, which the Gatherer fills in when it needs them), so a bad share
// becomes evidence the Slasher contract checks.
type SignedShareSource interface {
	FetchSignedShare(ctx context.Context, c Custodian, rec *custody.CreationRecord, signed custody.FetchRequest) ([]byte, *custody.Release, error)
}

// Evidence is what the Black Box keeps about a custodian that answered with
// a share that does not match the creation record. The log keeps it signed
// by the reporting Black Box's enclave wallet; when the custodian signed its
// release, Release and Record make it evidence a contract checks itself.
type Evidence struct {
	ChainID      uint64
	SecretID     uint64
	ShareVersion uint32
	Custodian    string
	X            byte
	// GotHash is SHA-256 of what the custodian sent; WantHash is the
	// creation record's hash for that x. The share itself is never kept.
	GotHash  [32]byte
	WantHash [32]byte
	At       time.Time
	// Release is the custodian's verified signed release of the bad share
	// under Record (nil: none, e.g. the custodian did not sign, or signed
	// another record): slashing evidence (Slasher.slashBadRelease).
	Release *custody.Release
	Record  *custody.CreationRecord
}

// EvidenceSink records evidence against custodians (log, metric, signed
// record on disk).
type EvidenceSink interface {
	Report(ctx context.Context, ev Evidence)
}

var (
	// ErrNotEnoughShares means fewer than t custodians answered with a share
	// that matches the creation record. Nothing is changed by the attempt.
	ErrNotEnoughShares = request.Refuse(request.CodeNotEnoughShares, "not enough shares: too few custodians answered with a valid share")
	// ErrKeyMismatch means the rebuilt seed does not derive the registered
	// public key (the creation record itself is inconsistent).
	ErrKeyMismatch = errors.New("rebuilt key does not match the registered public key")
	// ErrRecordDealer means a creation record's signer was not an elected
	// Black Box in the epoch the record names (registry history): it is
	// not a dealer's record, whoever serves it.
	ErrRecordDealer = errors.New("creation record is not signed by a Black Box elected in its epoch")
)

// Gatherer rebuilds secrets' keys from their custodians' shares.
type Gatherer struct {
	Source   ShareSource
	Evidence EvidenceSink
	Log      *slog.Logger
	Now      func() time.Time
	// Prefer is the custodian (peer ID) asked first: the Black Box's own,
	// answered in process with no network round trip.
	Prefer string
	// HedgeAfter is how long the asked custodians may take before one more
	// is asked (default 200 ms); a failed answer asks one more at once.
	HedgeAfter time.Duration
}

// DefaultHedgeAfter is the Gatherer's default HedgeAfter.
const DefaultHedgeAfter = 200 * time.Millisecond

// askOrder puts the preferred custodian first and the others in random
// order, so the load of share releases spreads over the cluster.
func (g *Gatherer) askOrder(custodians []Custodian) []Custodian {
	out := make([]Custodian, 0, len(custodians))
	rest := make([]Custodian, 0, len(custodians))
	for _, c := range custodians {
		if g.Prefer != "" && c.PeerID == g.Prefer {
			out = append(out, c)
		} else {
			rest = append(rest, c)
		}
	}
	rand.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
	return append(out, rest...)
}

type fetched struct {
	c     Custodian
	share custody.Share
	raw   []byte
	rel   *custody.Release
	err   error
}

// Rebuild asks t custodians in parallel (each share release costs the
// custodian a signature check and a share wrap, and the Black Box an
// unwrap), asks one more for each failed or invalid answer and whenever
// HedgeAfter passes without t good shares, keeps the first t shares that
// match the creation record, cancels the rest, and returns the secret's
// private key. A share that fails its hash is set aside and its custodian
// reported; the others still count. The caller must Zero the key after use.
func (g *Gatherer) Rebuild(ctx context.Context, rec *custody.CreationRecord, custodians []Custodian, signed custody.FetchRequest) (*envelope.PrivateKey, error) {
	t := int(rec.Threshold)
	if len(custodians) < t {
		return nil, fmt.Errorf("%w: cluster has %d custodians, threshold %d", ErrNotEnoughShares, len(custodians), t)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// Buffered for every answer, so no fetch blocks after we return.
	results := make(chan fetched, len(custodians))
	order := g.askOrder(custodians)
	asked := 0
	ask := func() {
		c := order[asked]
		asked++
		go func() {
			if ss, ok := g.Source.(SignedShareSource); ok {
				raw, rel, err := ss.FetchSignedShare(ctx, c, rec, signed)
				results <- fetched{c: c, raw: raw, rel: rel, err: err}
				return
			}
			raw, err := g.Source.FetchShare(ctx, c, rec, signed)
			results <- fetched{c: c, raw: raw, err: err}
		}()
	}
	for range t {
		ask()
	}
	hedgeAfter := g.HedgeAfter
	if hedgeAfter <= 0 {
		hedgeAfter = DefaultHedgeAfter
	}
	hedge := time.NewTimer(hedgeAfter)
	defer hedge.Stop()

	good := make([]custody.Share, 0, t)
	defer func() {
		for i := range good {
			good[i].Zero()
		}
	}()
	var failures []error
	failed := func(err error) {
		failures = append(failures, err)
		if asked < len(order) {
			ask()
		}
	}
	for received := 0; received < asked && len(good) < t; {
		var r fetched
		select {
		case r = <-results:
			received++
		case <-hedge.C:
			if asked < len(order) {
				ask()
				hedge.Reset(hedgeAfter)
			}
			continue
		case <-ctx.Done():
			return nil, fmt.Errorf("gather shares: %w", ctx.Err())
		}
		if r.err != nil {
			failed(fmt.Errorf("custodian %s: %w", r.c.PeerID, r.err))
			continue
		}
		if err := g.check(ctx, rec, r); err != nil {
			clear(r.raw)
			failed(err)
			continue
		}
		share, err := custody.ParseShare(r.raw)
		clear(r.raw)
		if err != nil {
			failed(fmt.Errorf("custodian %s: %w", r.c.PeerID, err))
			continue
		}
		good = append(good, share)
	}
	if len(good) < t {
		return nil, fmt.Errorf("%w: %d of %d needed (%w)", ErrNotEnoughShares, len(good), t, errors.Join(failures...))
	}
	seed, err := custody.Combine(good)
	if err != nil {
		return nil, fmt.Errorf("combine shares: %w", err)
	}
	defer clear(seed)
	pk, sk, err := envelope.DeriveKeyPair(seed)
	if err != nil {
		return nil, err
	}
	if err := envelope.CheckPublicKeyCID(pk.Bytes(), rec.PublicKeyCID); err != nil {
		sk.Zero()
		return nil, fmt.Errorf("%w: %w", ErrKeyMismatch, err)
	}
	return sk, nil
}

// check verifies a fetched share against the creation record and reports
// the custodian when it does not match.
func (g *Gatherer) check(ctx context.Context, rec *custody.CreationRecord, r fetched) error {
	if len(r.raw) < 3 || r.raw[2] != r.c.X {
		err := fmt.Errorf("custodian %s sent a share for another x", r.c.PeerID)
		g.report(ctx, rec, r)
		return err
	}
	if err := rec.CheckShare(r.c.X, r.raw); err != nil {
		g.report(ctx, rec, r)
		return fmt.Errorf("custodian %s: %w", r.c.PeerID, err)
	}
	return nil
}

func (g *Gatherer) report(ctx context.Context, rec *custody.CreationRecord, r fetched) {
	now := time.Now
	if g.Now != nil {
		now = g.Now
	}
	ev := Evidence{
		ChainID:      rec.ChainID,
		SecretID:     rec.SecretID,
		ShareVersion: rec.ShareVersion,
		Custodian:    r.c.PeerID,
		X:            r.c.X,
		GotHash:      sha256.Sum256(r.raw),
		At:           now(),
	}
	if r.c.X >= 1 && int(r.c.X) <= len(rec.ShareHashes) {
		ev.WantHash = rec.ShareHashes[r.c.X-1]
	}
	ev.Release = g.slashable(rec, r, ev.GotHash)
	if ev.Release != nil {
		ev.Record = rec
	}
	if g.Log != nil {
		g.Log.Warn("custodian sent a share that does not match the creation record",
			"custodian", r.c.PeerID, "chain", rec.ChainID, "secret", rec.SecretID, "x", r.c.X)
	}
	if g.Evidence != nil {
		g.Evidence.Report(ctx, ev)
	}
}

// slashable returns the custodian's release of a bad share when it is
// evidence: signed by the custodian's attested wallet over the hash of what
// this Black Box decrypted and the digest of the record it checked. A
// release that does not verify is only a malformed reply, not evidence.
func (g *Gatherer) slashable(rec *custody.CreationRecord, r fetched, got [32]byte) *custody.Release {
	if r.rel == nil || len(r.rel.Signature) == 0 || r.rel.Custodian == (common.Address{}) {
		return nil
	}
	dg, err := rec.Digest()
	if err != nil {
		return nil
	}
	rel := *r.rel
	rel.ShareHash, rel.RecordDigest = got, dg
	if err := rel.Verify(); err != nil {
		if g.Log != nil {
			g.Log.Warn("bad share's release signature does not verify; not slashing evidence", "custodian", r.c.PeerID, "err", err)
		}
		return nil
	}
	return &rel
}
