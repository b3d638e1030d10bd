package dealer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/custody"
	"github.com/libp2p/go-libp2p/core/peer"
)

// storeClient is the dealer's side of the custody store protocol
// (custody.Client).
type storeClient interface {
	Store(ctx context.Context, custodian peer.ID, req custody.StoreRequest) (*custody.Ack, error)
}

// ErrIncompleteDeal means too few custodians acknowledged their shares;
// the secret must not be marked synced.
var ErrIncompleteDeal = errors.New("too few custodians acknowledged their shares")

// RequiredAcks is how many of a cluster's n custodians must acknowledge a
// deal before the secret is marked synced: n−1, never below t+1 (so the
// key survives one more loss after the missing member), never above n. All
// n would let one offline or dummy member leave every new secret of its
// cluster syncing for ever (finding 7 of the key-safety review); the
// governance issue moves this number on-chain.
func RequiredAcks(n, t int) int {
	return min(n, max(n-1, t+1))
}

// PendingStore is a share not acknowledged yet: the store request already
// wrapped to its custodian's transport key (so it holds no share in the
// clear), kept to be sent again.
type PendingStore struct {
	Member  blackbox.ClusterMember
	Request custody.StoreRequest
	Err     error
}

// Distribute wraps each dealt share to its custodian's attested transport
// key, sends it with the creation record, and returns every custodian's
// verified acknowledgement. It succeeds only when all n acknowledged
// (creation and resharing use DistributeAtLeast with RequiredAcks).
func Distribute(ctx context.Context, client storeClient, keys custody.TransportKeys, d *custody.Dealt, members []blackbox.ClusterMember) ([]*custody.Ack, error) {
	acks, _, err := DistributeAtLeast(ctx, client, keys, d, members, len(members), 0)
	return acks, err
}

// DistributeAtLeast is Distribute that succeeds once need custodians
// acknowledged: after the need-th acknowledgement the rest get grace to
// answer, then their stores are cancelled and returned as pending, to be
// repaired (Repair). It fails with ErrIncompleteDeal when fewer than need
// acknowledged.
func DistributeAtLeast(ctx context.Context, client storeClient, keys custody.TransportKeys, d *custody.Dealt, members []blackbox.ClusterMember, need int, grace time.Duration) ([]*custody.Ack, []PendingStore, error) {
	if len(members) != len(d.Shares) {
		return nil, nil, fmt.Errorf("deal has %d shares for %d custodians", len(d.Shares), len(members))
	}
	need = min(max(need, 1), len(members))
	record, err := d.Record.MarshalBinary()
	if err != nil {
		return nil, nil, err
	}
	type result struct {
		pending PendingStore
		ack     *custody.Ack
	}
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	results := make(chan result, len(members))
	for _, m := range members {
		go func(m blackbox.ClusterMember) {
			res := result{pending: PendingStore{Member: m}}
			defer func() { results <- res }()
			pid, err := peer.Decode(m.PeerID)
			if err != nil {
				res.pending.Err = fmt.Errorf("custodian %s: %w", m.PeerID, err)
				return
			}
			share := d.Shares[m.X-1]
			wrapped, err := keys.SealTo(m.TransportKey, share, custody.ShareInfo(d.Record.ChainID, d.Record.SecretID, d.Record.ShareVersion, m.X))
			if err != nil {
				res.pending.Err = fmt.Errorf("wrap share for %s: %w", m.PeerID, err)
				return
			}
			res.pending.Request = custody.StoreRequest{Record: record, X: m.X, WrappedShare: wrapped}
			ack, err := storeChecked(sctx, client, pid, res.pending.Request, d.Record)
			if err != nil {
				res.pending.Err = err
				return
			}
			res.ack = ack
		}(m)
	}
	var acks []*custody.Ack
	var pending []PendingStore
	var graceC <-chan time.Time
	for range members {
		var r result
		select {
		case r = <-results:
		case <-graceC:
			// The rest had their grace: cancel them and take what they
			// answer (they end at once).
			cancel()
			graceC = nil
			r = <-results
		}
		if r.ack != nil {
			acks = append(acks, r.ack)
			if len(acks) == need && len(acks) < len(members) {
				t := time.NewTimer(grace)
				defer t.Stop()
				graceC = t.C
			}
			continue
		}
		pending = append(pending, r.pending)
	}
	if len(acks) < need {
		errs := make([]error, 0, len(pending))
		for _, p := range pending {
			errs = append(errs, p.Err)
		}
		return acks, pending, fmt.Errorf("%w: %d of %d, %d needed: %w", ErrIncompleteDeal, len(acks), len(members), need, errors.Join(errs...))
	}
	return acks, pending, nil
}

// storeChecked sends one store and checks its acknowledgement. The custody
// client checks the ack against the custodian's attested wallet; whatever
// client is used, the ack must name this very share.
func storeChecked(ctx context.Context, client storeClient, pid peer.ID, req custody.StoreRequest, rec *custody.CreationRecord) (*custody.Ack, error) {
	ack, err := client.Store(ctx, pid, req)
	if err != nil {
		return nil, err
	}
	if ack.ChainID != rec.ChainID || ack.SecretID != rec.SecretID || ack.ShareVersion != rec.ShareVersion ||
		ack.X != req.X || ack.ShareHash != rec.ShareHashes[req.X-1] {
		return nil, fmt.Errorf("custodian %s: %w", pid, custody.ErrBadAck)
	}
	return ack, nil
}

// Repair sends the pending stores again, each with backoff from retryMin to
// retryMax, until it is acknowledged, refused for good, or ctx ends (the
// caller's repair window). It reports the stores still missing at the end.
func Repair(ctx context.Context, client storeClient, rec *custody.CreationRecord, pending []PendingStore, retryMin, retryMax time.Duration, log *slog.Logger) []PendingStore {
	type outcome struct {
		p  PendingStore
		ok bool
	}
	out := make(chan outcome, len(pending))
	for _, p := range pending {
		go func(p PendingStore) {
			pid, err := peer.Decode(p.Member.PeerID)
			if err != nil || len(p.Request.WrappedShare) == 0 {
				// Nothing to send (the share was never wrapped).
				out <- outcome{p: p}
				return
			}
			b := backoff{min: retryMin, max: retryMax}
			for {
				t := time.NewTimer(b.next())
				select {
				case <-ctx.Done():
					t.Stop()
					out <- outcome{p: p}
					return
				case <-t.C:
				}
				_, err := storeChecked(ctx, client, pid, p.Request, rec)
				if err == nil {
					log.Info("missing share delivered", "custodian", p.Member.PeerID, "x", p.Member.X)
					out <- outcome{p: p, ok: true}
					return
				}
				p.Err = err
				if errors.Is(err, custody.ErrShareConflict) || errors.Is(err, custody.ErrOtherKeyRegistered) || errors.Is(err, custody.ErrNotElected) {
					// Refused for good: the custodian holds another share
					// under this version, the chain names another key, or
					// this node is no longer elected.
					out <- outcome{p: p}
					return
				}
			}
		}(p)
	}
	var missing []PendingStore
	for range pending {
		if o := <-out; !o.ok {
			missing = append(missing, o.p)
		}
	}
	return missing
}

// custodyClient is what creation and resharing ask custodians over the
// custody protocols (custody.Client): store a share, fetch one.
type custodyClient interface {
	storeClient
	Fetch(ctx context.Context, custodian peer.ID, req custody.FetchRequest) (*custody.FetchResponse, error)
}

// describePending names each store still missing and why.
func describePending(pending []PendingStore) []string {
	out := make([]string, 0, len(pending))
	for _, p := range pending {
		out = append(out, fmt.Sprintf("%s (x=%d): %v", p.Member.PeerID, p.Member.X, p.Err))
	}
	return out
}

// repairInBackground runs Repair for window on a goroutine counted in wg,
// after logging what is missing (warn, then still missing at the end:
// error). Creation and resharing both finish with RequiredAcks and repair
// the rest so.
func repairInBackground(ctx context.Context, wg *sync.WaitGroup, client storeClient, rec *custody.CreationRecord, pending []PendingStore,
	window, retryMin, retryMax time.Duration, log *slog.Logger, missingMsg, stillMsg string) {
	log.Warn(missingMsg, "share_version", rec.ShareVersion, "missing", describePending(pending))
	wg.Add(1)
	go func() {
		defer wg.Done()
		rctx, cancel := context.WithTimeout(ctx, window)
		defer cancel()
		if left := Repair(rctx, client, rec, pending, retryMin, retryMax, log); len(left) > 0 {
			log.Error(stillMsg, "share_version", rec.ShareVersion, "missing", describePending(left))
		}
	}()
}
