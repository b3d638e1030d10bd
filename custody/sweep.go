package custody

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/dgraph-io/badger/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Share deletion after resharing (docs/ARCHITECTURE.md, "Resharing").
//
// A member of the cluster deletes its versions of a secret below w once
// every current member serves a record of the same key at version >= w:
// then the newer version is fully acknowledged (Distribute succeeds only
// with every ack, and a custodian serves a record only for a share it
// stored), and the older shares only widen what an attacker can collect.
//
// A custodian that is no longer a member of the secret's cluster deletes
// the secret outright when its own registration is no longer active
// (unbonding or withdrawn: the only way today's registry replaces a member).
// It cannot wait for proof of the new version: its peers refuse it from the
// moment its statement fails (inactive node) and ban it, so it cannot ask
// them, and for the same reason its share can no longer reach any Black Box:
// keeping it adds risk and no availability. A custodian that is active but
// no longer a member (not possible with today's contract) keeps the rule
// for members: it deletes once every current member serves a newer record.
//
// Versions of another key than the one the chain registered are left by
// Black Boxes racing to create a secret (a slow one dealing after another
// synced it). Once the secret is synced they are never released, and a
// member deletes them after CompetingGrace (kept from when a second mark was
// possible; a sweep of a live store may still see a registration change
// that old).
//
// The key the chain registered first is never swept as competing. The
// SecretsController refuses a second mark, so the CID of a synced secret
// cannot change; if it does anyway (a buggy or hostile controller, an
// elected Black Box exploiting a contract that accepts one), deleting the
// first key's shares would lose every ciphertext made for it. So the first
// CID a sweep sees registered is recorded in the store (firstCIDPrefix),
// versions of that key are kept whatever the chain says later, and a
// change is logged as an error for the operator.

// SweepRegistry is what the sweeper reads from the registry
// (chain.Registry implements it).
type SweepRegistry interface {
	ClusterMembers(ctx context.Context, clusterID uint8) ([]chain.NodeRecord, error)
	NodeByEnclaveWallet(ctx context.Context, wallet common.Address) (chain.NodeRecord, error)
}

// RecordReader asks a custodian for its current creation record of a secret
// (Client implements it).
type RecordReader interface {
	Record(ctx context.Context, custodian peer.ID, chainID, secretID uint64) (*CreationRecord, error)
}

// Sweeper deletes shares that resharing made obsolete. Run it beside the
// custodian.
type Sweeper struct {
	Custodian *Custodian
	Registry  SweepRegistry
	Records   RecordReader
	// Interval between sweeps (default 30 s). A sweep of a settled store
	// costs one registry read per cluster held.
	Interval time.Duration
	// AskTimeout bounds one record request to a member (default 10 s).
	AskTimeout time.Duration
	// CompetingGrace is how long a version of another key than the
	// registered one is kept after a sweep first saw it (default 10
	// minutes, far above the seconds between a Creator's last syncing check
	// and its markSecretSynced).
	CompetingGrace time.Duration
	// Now defaults to time.Now.
	Now func() time.Time
	Log *slog.Logger

	mu sync.Mutex
	// competing remembers when a sweep first saw a version of another key
	// than the registered one (cid), so it goes only after CompetingGrace
	// of the same registration.
	competing map[ShareKey]competingSeen
}

type competingSeen struct {
	cid   string
	since time.Time
}

// Run sweeps every Interval until ctx ends.
func (s *Sweeper) Run(ctx context.Context) error {
	interval := s.Interval
	if interval <= 0 {
		interval = 30 * time.Second
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if _, err := s.Sweep(ctx); err != nil && ctx.Err() == nil {
			s.log().Warn("share sweep failed; retrying at the next", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

func (s *Sweeper) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

type secretRef struct{ chainID, secretID uint64 }

// Sweep runs one pass over the store and returns how many share versions
// it deleted. A secret it cannot decide about (a member that does not
// answer) is left for the next pass.
func (s *Sweeper) Sweep(ctx context.Context) (int, error) {
	st := s.Custodian.Store
	all, err := st.All(ctx)
	if err != nil {
		return 0, err
	}
	s.forgetCompeting(all)
	bySecret := map[secretRef][]ShareKey{}
	var order []secretRef
	for _, k := range all {
		ref := secretRef{k.ChainID, k.SecretID}
		if _, ok := bySecret[ref]; !ok {
			order = append(order, ref)
		}
		bySecret[ref] = append(bySecret[ref], k)
	}
	self := s.Custodian.Signer.Address()
	members := map[uint8][]chain.NodeRecord{}
	var selfActive *bool
	deleted := 0
	var errs []error
	for _, ref := range order {
		keys := bySecret[ref]
		newest := keys[len(keys)-1]
		first, err := s.firstRegistered(ctx, ref)
		if err != nil {
			errs = append(errs, err)
			if len(keys) > 1 {
				continue // without the first key, no version is dropped as competing
			}
		}
		if len(keys) > 1 {
			var n int
			keys, newest, n, err = s.dropCompeting(ctx, ref, keys, first)
			deleted += n
			if err != nil {
				errs = append(errs, err)
				continue
			}
			if len(keys) == 0 {
				continue
			}
		}
		rec, err := st.Record(ctx, newest)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ms, ok := members[rec.ClusterID]
		if !ok {
			if ms, err = s.Registry.ClusterMembers(ctx, rec.ClusterID); err != nil {
				errs = append(errs, err)
				continue
			}
			members[rec.ClusterID] = ms
		}
		isMember := false
		for _, m := range ms {
			isMember = isMember || m.EnclaveWallet == self
		}
		if isMember && len(keys) == 1 {
			continue // settled: the usual case costs no request
		}
		if !isMember {
			if selfActive == nil {
				active, err := s.selfActive(ctx, self)
				if err != nil {
					errs = append(errs, err)
					continue
				}
				selfActive = &active
			}
			if !*selfActive {
				if err := st.DeleteSecret(ctx, ref.chainID, ref.secretID); err != nil {
					errs = append(errs, err)
					continue
				}
				deleted += len(keys)
				s.log().Info("deleted the shares of a secret whose cluster this node left",
					"chain", ref.chainID, "secret", ref.secretID, "cluster", rec.ClusterID, "versions", len(keys))
				continue
			}
		}
		w, err := s.heldByAll(ctx, ms, rec)
		if err != nil {
			s.log().Debug("newer share version not yet held by every member", "chain", ref.chainID, "secret", ref.secretID, "err", err)
			continue
		}
		n, err := s.dropBelow(ctx, ref, keys, w, rec.PublicKeyCID, isMember)
		deleted += n
		if err != nil {
			errs = append(errs, err)
		}
	}
	return deleted, errors.Join(errs...)
}

// dropCompeting deletes the versions of another key than the one the chain
// registered that a sweep saw CompetingGrace ago under the same
// registration, except versions of first, the key the chain registered
// first ("" if not known yet). It returns the versions left and the newest
// of them of the registered key (the newest version while the secret is
// syncing).
func (s *Sweeper) dropCompeting(ctx context.Context, ref secretRef, keys []ShareKey, first string) (kept []ShareKey, newest ShareKey, deleted int, err error) {
	newest = keys[len(keys)-1]
	cid, err := s.Custodian.registeredCID(ctx, ref.chainID, ref.secretID)
	if err != nil || cid == "" {
		return keys, newest, 0, err
	}
	if first != "" && first != cid {
		s.log().Error("the public-key CID registered for a secret changed since this custodian first saw it; keeping the shares of the first key",
			"chain", ref.chainID, "secret", ref.secretID, "first_cid", first, "registered_cid", cid)
	}
	grace := s.CompetingGrace
	if grace <= 0 {
		grace = 10 * time.Minute
	}
	now := time.Now
	if s.Now != nil {
		now = s.Now
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.competing == nil {
		s.competing = map[ShareKey]competingSeen{}
	}
	haveKey := false
	for _, k := range keys {
		rec, err := s.Custodian.Store.Record(ctx, k)
		if err != nil {
			return keys, newest, deleted, err
		}
		if rec.PublicKeyCID == cid {
			kept, newest, haveKey = append(kept, k), k, true
			delete(s.competing, k)
			continue
		}
		if first != "" && rec.PublicKeyCID == first {
			kept = append(kept, k)
			delete(s.competing, k)
			continue
		}
		seen, ok := s.competing[k]
		if !ok || seen.cid != cid {
			s.competing[k] = competingSeen{cid: cid, since: now()}
			kept = append(kept, k)
			continue
		}
		if now().Sub(seen.since) < grace {
			kept = append(kept, k)
			continue
		}
		if err := s.Custodian.Store.DeleteVersion(ctx, k); err != nil {
			return append(kept, k), newest, deleted, err
		}
		delete(s.competing, k)
		deleted++
		s.log().Info("deleted a share version of a key the chain did not register (a Black Box lost the race to create the secret)",
			"chain", ref.chainID, "secret", ref.secretID, "version", k.Version, "dealer", rec.BlackBox.Hex())
	}
	if !haveKey && len(kept) > 0 {
		newest = kept[len(kept)-1]
	}
	return kept, newest, deleted, nil
}

// firstCIDPrefix keys the first public-key CID a sweep saw registered for a
// secret: firstCIDPrefix, chain and secret big-endian, to the CID's bytes.
// A store without it (older, or not swept since the secret synced) simply
// records it at the next sweep; older binaries never read it, so it needs
// no schema migration.
const firstCIDPrefix = "firstcid/"

func firstCIDKey(chainID, secretID uint64) []byte {
	b := make([]byte, 0, len(firstCIDPrefix)+16)
	b = append(b, firstCIDPrefix...)
	b = binary.BigEndian.AppendUint64(b, chainID)
	return binary.BigEndian.AppendUint64(b, secretID)
}

// firstRegistered returns the first CID recorded for the secret, recording
// the chain's current one when none is and the secret is synced; "" while
// it is syncing (or the custodian has no chain to ask). Only a secret not
// yet recorded costs a chain read.
func (s *Sweeper) firstRegistered(ctx context.Context, ref secretRef) (string, error) {
	db := s.Custodian.Store.db
	key := firstCIDKey(ref.chainID, ref.secretID)
	var first string
	err := db.View(func(txn *badger.Txn) error {
		item, err := txn.Get(key)
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		v, err := item.ValueCopy(nil)
		first = string(v)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("read first registered cid: %w", err)
	}
	if first != "" {
		return first, nil
	}
	cid, err := s.Custodian.registeredCID(ctx, ref.chainID, ref.secretID)
	if err != nil || cid == "" {
		return "", err
	}
	err = db.Update(func(txn *badger.Txn) error {
		// Another sweep may have recorded it meanwhile: the earlier stands.
		item, err := txn.Get(key)
		if err == nil {
			v, err := item.ValueCopy(nil)
			first = string(v)
			return err
		}
		if !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}
		first = cid
		return txn.Set(key, []byte(cid))
	})
	if err != nil {
		return "", fmt.Errorf("record first registered cid: %w", err)
	}
	return first, nil
}

// forgetCompeting drops what it remembers of versions no longer stored.
func (s *Sweeper) forgetCompeting(all []ShareKey) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.competing) == 0 {
		return
	}
	held := make(map[ShareKey]bool, len(all))
	for _, k := range all {
		held[k] = true
	}
	for k := range s.competing {
		if !held[k] {
			delete(s.competing, k)
		}
	}
}

func (s *Sweeper) selfActive(ctx context.Context, self common.Address) (bool, error) {
	n, err := s.Registry.NodeByEnclaveWallet(ctx, self)
	if errors.Is(err, chain.ErrNodeNotFound) {
		return false, nil // withdrawn
	}
	if err != nil {
		return false, err
	}
	return n.Active(), nil
}

// heldByAll returns the highest version every current member serves a
// record of with the same public key as rec.
func (s *Sweeper) heldByAll(ctx context.Context, ms []chain.NodeRecord, rec *CreationRecord) (uint32, error) {
	if len(ms) == 0 {
		return 0, errors.New("cluster has no members")
	}
	timeout := s.AskTimeout
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	var w uint32
	for i, m := range ms {
		pid, err := peer.IDFromBytes([]byte(m.PeerID))
		if err != nil {
			return 0, fmt.Errorf("member %s: %w", m.Operator.Hex(), err)
		}
		actx, cancel := context.WithTimeout(ctx, timeout)
		r, err := s.Records.Record(actx, pid, rec.ChainID, rec.SecretID)
		cancel()
		if err != nil {
			return 0, err
		}
		if r.PublicKeyCID != rec.PublicKeyCID {
			return 0, fmt.Errorf("member %s serves a record of another key", pid)
		}
		if i == 0 || r.ShareVersion < w {
			w = r.ShareVersion
		}
	}
	return w, nil
}

// dropBelow deletes the versions of key cid below w; a non-member deletes
// the whole secret once w is above everything it holds.
func (s *Sweeper) dropBelow(ctx context.Context, ref secretRef, keys []ShareKey, w uint32, cid string, isMember bool) (int, error) {
	if !isMember {
		if keys[len(keys)-1].Version >= w {
			return 0, nil
		}
		if err := s.Custodian.Store.DeleteSecret(ctx, ref.chainID, ref.secretID); err != nil {
			return 0, err
		}
		s.log().Info("deleted the shares of a secret reshared without this node", "chain", ref.chainID, "secret", ref.secretID, "versions", len(keys))
		return len(keys), nil
	}
	// Only versions of the same key go: a lower version of another key is
	// left by two Creators racing, and may be the one the chain names.
	n := 0
	for _, k := range keys {
		if k.Version >= w {
			continue
		}
		old, err := s.Custodian.Store.Record(ctx, k)
		if err != nil {
			return n, err
		}
		if old.PublicKeyCID != cid {
			continue
		}
		if err := s.Custodian.Store.DeleteVersion(ctx, k); err != nil {
			return n, err
		}
		n++
	}
	if n > 0 {
		s.log().Info("deleted share versions replaced by a reshare", "chain", ref.chainID, "secret", ref.secretID, "kept_from", w, "deleted", n)
	}
	return n, nil
}
