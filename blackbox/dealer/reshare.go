package dealer

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/custody"
	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Resharing on churn (design section 7, "Churn and resharing";
// docs/ARCHITECTURE.md, "Resharing"). Every node runs a Resharer; it acts
// only for secrets its Black Box is responsible for while elected.
//
// Trigger: the cluster's operator list is read at every new epoch (the
// registry changes membership only in advanceEpoch, with
// ClusterMemberReplaced); a list that differs from the last one read, and
// every cluster at start, starts a job for each secret of that cluster.
// Index: the secrets of a cluster come from the controllers' SecretSynced
// events, replayed from the configured start block at every start and kept
// in memory. Responsibility: the Creator's ranking (RankBlackBoxes); rank r
// acts r × FailoverTimeout after it saw the change. A job first asks every
// current member for its current record and does nothing when all hold the
// same newest version of the on-chain key and the cluster size matches.

// ReshareChain is one chain's SecretsController as resharing reads it
// (chain.Client implements it).
type ReshareChain interface {
	ChainID() uint64
	WatchSecretEvents(ctx context.Context, start chain.Cursor, handle func(context.Context, chain.SecretEvent) error) error
	SecretState(ctx context.Context, secretID uint64) (chain.SecretState, error)
}

// ReshareRegistry is the home registry as resharing reads it
// (chain.Registry implements it).
type ReshareRegistry interface {
	CurrentEpoch(ctx context.Context) (uint64, error)
	ElectedBlackBoxWallets(ctx context.Context) (uint64, []common.Address, error)
	ClusterCount(ctx context.Context) (uint8, error)
	ClusterShape(ctx context.Context) (size, threshold uint8, err error)
	ClusterOperators(ctx context.Context, clusterID uint8) ([]common.Address, error)
	// WasElectedBlackBox is the registry's history: whether a record's
	// dealer was elected in the epoch the record names (0: ever).
	WasElectedBlackBox(ctx context.Context, epoch uint64, wallet common.Address) (bool, error)
}

// reshareCustody is the Black Box's side of the custody protocols that
// resharing uses (custody.Client).
type reshareCustody interface {
	custodyClient
	Record(ctx context.Context, custodian peer.ID, chainID, secretID uint64) (*custody.CreationRecord, error)
	ReshareFetch(ctx context.Context, custodian peer.ID, chainID, secretID uint64) (*custody.ReshareResponse, *custody.CreationRecord, error)
}

// ReshareKeys are the enclave keys resharing uses: the wallet signs the new
// creation record, the transport key opens released shares and wraps the
// new ones.
type ReshareKeys interface {
	custody.HashSigner
	custody.TransportKeys
}

// ResharerConfig configures a Resharer. Zero durations take the defaults
// named in each field.
type ResharerConfig struct {
	Chains   []ReshareChain
	Registry ReshareRegistry
	Clusters ClusterDirectory
	Custody  reshareCustody
	Keys     ReshareKeys
	// SelfPeerID and SelfTransportKey fill in this node's own transport key
	// where the directory lists it without one (as for the Creator).
	SelfPeerID       string
	SelfTransportKey []byte
	// StartBlocks gives, per chain ID, where the secret index is replayed
	// from (the controller's deployment block); 0 when absent.
	StartBlocks map[uint64]uint64
	// FailoverTimeout is how long each Black Box in the ranking waits for
	// the one before it (default 1 minute).
	FailoverTimeout time.Duration
	// RoundTimeout bounds one round of fetching or dealing shares
	// (default 30 s).
	RoundTimeout time.Duration
	// AckGrace is how long the last members get to acknowledge a new
	// version once RequiredAcks have (default 2 s); RepairWindow is how
	// long the shares of those that did not are sent again (default 10
	// minutes). A reshare finishes without every member, as creation does.
	AckGrace, RepairWindow time.Duration
	// PollInterval is how often the epoch is read (default 5 s).
	PollInterval time.Duration
	// RetryMin and RetryMax bound the backoff of a failed reshare
	// (defaults 1 s, 30 s).
	RetryMin, RetryMax time.Duration
	Rand               io.Reader
	Log                *slog.Logger
	Now                func() time.Time
}

// Resharer reshares secrets when their cluster's membership changes.
type Resharer struct {
	cfg    ResharerConfig
	log    *slog.Logger
	chains map[uint64]ReshareChain

	mu    sync.Mutex
	index map[uint8]map[creationRef]bool
	jobs  map[uint8]*reshareJob
	// versions hands out the share versions of new deals.
	versions versionClock
	wg       sync.WaitGroup
}

// reshareJob is the secrets of one cluster still to be checked after a
// membership change this node saw at changedAt.
type reshareJob struct {
	changedAt time.Time
	pending   map[creationRef]bool
	poke      chan struct{}
}

var (
	// ErrResharerConfig means a required ResharerConfig field is missing.
	ErrResharerConfig = errors.New("resharer config")
	// ErrReshareShares means fewer than t current members released a share
	// of one version that matches its record and the on-chain key.
	ErrReshareShares = errors.New("not enough shares released for resharing")
)

// NewResharer checks cfg.
func NewResharer(cfg ResharerConfig) (*Resharer, error) {
	switch {
	case len(cfg.Chains) == 0:
		return nil, fmt.Errorf("%w: no chains", ErrResharerConfig)
	case cfg.Registry == nil || cfg.Clusters == nil || cfg.Custody == nil || cfg.Keys == nil:
		return nil, fmt.Errorf("%w: registry, clusters, custody and keys are required", ErrResharerConfig)
	}
	if cfg.FailoverTimeout <= 0 {
		cfg.FailoverTimeout = time.Minute
	}
	if cfg.AckGrace <= 0 {
		cfg.AckGrace = 2 * time.Second
	}
	if cfg.RepairWindow <= 0 {
		cfg.RepairWindow = 10 * time.Minute
	}
	if cfg.RoundTimeout <= 0 {
		cfg.RoundTimeout = 30 * time.Second
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 5 * time.Second
	}
	if cfg.RetryMin <= 0 {
		cfg.RetryMin = time.Second
	}
	if cfg.RetryMax < cfg.RetryMin {
		cfg.RetryMax = max(30*time.Second, cfg.RetryMin)
	}
	if cfg.Rand == nil {
		cfg.Rand = rand.Reader
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	r := &Resharer{
		cfg:      cfg,
		versions: versionClock{now: cfg.Now},
		log:      cfg.Log.With("component", "resharer", "enclave_wallet", cfg.Keys.Address().Hex()),
		chains:   make(map[uint64]ReshareChain, len(cfg.Chains)),
		index:    map[uint8]map[creationRef]bool{},
		jobs:     map[uint8]*reshareJob{},
	}
	for _, ch := range cfg.Chains {
		if _, dup := r.chains[ch.ChainID()]; dup {
			return nil, fmt.Errorf("%w: chain %d configured twice", ErrResharerConfig, ch.ChainID())
		}
		r.chains[ch.ChainID()] = ch
	}
	return r, nil
}

// Run indexes secrets, follows epochs and reshares until ctx ends, then
// waits for its goroutines and returns nil.
func (r *Resharer) Run(ctx context.Context) error {
	for _, ch := range r.chains {
		r.wg.Add(1)
		go r.watchIndex(ctx, ch)
	}
	r.followEpochs(ctx)
	r.wg.Wait()
	return nil
}

// watchIndex keeps the cluster → secrets index from SecretSynced events,
// resuming after the last handled event when the watch fails.
func (r *Resharer) watchIndex(ctx context.Context, ch ReshareChain) {
	defer r.wg.Done()
	cur := chain.Cursor{Block: r.cfg.StartBlocks[ch.ChainID()]}
	b := backoff{min: r.cfg.RetryMin, max: r.cfg.RetryMax}
	for ctx.Err() == nil {
		err := ch.WatchSecretEvents(ctx, cur, func(_ context.Context, e chain.SecretEvent) error {
			cur = e.Cursor()
			if e.Kind == chain.SecretSynced {
				r.indexSecret(creationRef{e.ChainID, e.SecretID}, e.ClusterID)
			}
			return nil
		})
		if ctx.Err() != nil {
			return
		}
		r.log.Warn("secret index watch failed; resuming", "chain", ch.ChainID(), "err", err)
		if !sleepCtx(ctx, b.next()) {
			return
		}
	}
}

// indexSecret records a secret's cluster; a secret synced while its
// cluster's job runs joins the job (it may have been dealt to the old
// membership just before the change).
func (r *Resharer) indexSecret(ref creationRef, cluster uint8) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for c, set := range r.index {
		if c != cluster {
			delete(set, ref)
		}
	}
	if r.index[cluster] == nil {
		r.index[cluster] = map[creationRef]bool{}
	}
	r.index[cluster][ref] = true
	if j := r.jobs[cluster]; j != nil {
		j.pending[ref] = true
	}
}

// followEpochs reads every cluster's membership at each new epoch and
// starts a job for each cluster whose membership changed.
func (r *Resharer) followEpochs(ctx context.Context) {
	known := map[uint8][]common.Address{}
	var epoch uint64
	first := true
	t := time.NewTicker(r.cfg.PollInterval)
	defer t.Stop()
	for {
		e, err := r.cfg.Registry.CurrentEpoch(ctx)
		if err == nil && (first || e != epoch) {
			if err = r.checkClusters(ctx, known); err == nil {
				epoch, first = e, false
			}
		}
		if err != nil && ctx.Err() == nil {
			r.log.Warn("cluster membership check failed; retrying", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (r *Resharer) checkClusters(ctx context.Context, known map[uint8][]common.Address) error {
	count, err := r.cfg.Registry.ClusterCount(ctx)
	if err != nil {
		return err
	}
	for c := uint8(1); c <= count && c != 0; c++ {
		ops, err := r.cfg.Registry.ClusterOperators(ctx, c)
		if err != nil {
			return err
		}
		if prev, ok := known[c]; ok && slices.Equal(prev, ops) {
			continue
		}
		known[c] = ops
		r.clusterChanged(ctx, c)
	}
	return nil
}

// clusterChanged starts (or restarts the clock of) the cluster's job.
func (r *Resharer) clusterChanged(ctx context.Context, c uint8) {
	r.mu.Lock()
	defer r.mu.Unlock()
	j := r.jobs[c]
	fresh := j == nil
	if fresh {
		j = &reshareJob{pending: map[creationRef]bool{}, poke: make(chan struct{}, 1)}
		r.jobs[c] = j
	}
	j.changedAt = r.cfg.Now()
	for ref := range r.index[c] {
		j.pending[ref] = true
	}
	if !fresh {
		select {
		case j.poke <- struct{}{}:
		default:
		}
		return
	}
	r.log.Debug("cluster membership read", "cluster", c, "secrets", len(j.pending))
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		r.runJob(ctx, c, j)
	}()
}

// runJob works through a cluster's pending secrets until none is left or
// ctx ends.
func (r *Resharer) runJob(ctx context.Context, c uint8, j *reshareJob) {
	b := backoff{min: r.cfg.RetryMin, max: r.cfg.RetryMax}
	for {
		r.mu.Lock()
		refs := make([]creationRef, 0, len(j.pending))
		for ref := range j.pending {
			refs = append(refs, ref)
		}
		changedAt := j.changedAt
		if len(refs) == 0 {
			delete(r.jobs, c)
			r.mu.Unlock()
			return
		}
		r.mu.Unlock()

		wait := r.cfg.FailoverTimeout
		_, wallets, err := r.cfg.Registry.ElectedBlackBoxWallets(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			r.log.Warn("read elected black boxes", "err", err)
			wait = b.next()
			refs = nil
		}
		failed := false
		for _, ref := range refs {
			rank := slices.Index(RankBlackBoxes(ref.chainID, ref.secretID, wallets), r.cfg.Keys.Address())
			// A node not elected looks once every Black Box had its turn,
			// only to drop secrets that no longer need resharing.
			turn := rank
			if rank < 0 {
				turn = len(wallets) + 1
			}
			due := changedAt.Add(time.Duration(turn) * r.cfg.FailoverTimeout)
			if d := due.Sub(r.cfg.Now()); d > 0 {
				wait = min(wait, d)
				continue
			}
			done, err := r.reshareIfNeeded(ctx, c, ref, rank >= 0)
			if ctx.Err() != nil {
				return
			}
			if err != nil {
				failed = true
				r.log.Warn("reshare failed; retrying", "chain", ref.chainID, "secret", ref.secretID, "cluster", c, "rank", rank, "err", err)
			}
			if done {
				r.mu.Lock()
				delete(j.pending, ref)
				r.mu.Unlock()
			}
		}
		if failed {
			wait = min(wait, b.next())
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-j.poke:
		case <-t.C:
		}
		t.Stop()
	}
}

// reshareIfNeeded checks a secret and, when act is set, reshares it. done
// means nothing is left to do for it.
func (r *Resharer) reshareIfNeeded(ctx context.Context, c uint8, ref creationRef, act bool) (done bool, err error) {
	ch, ok := r.chains[ref.chainID]
	if !ok {
		return true, nil
	}
	st, err := ch.SecretState(ctx, ref.secretID)
	if err != nil {
		return false, fmt.Errorf("secret state: %w", err)
	}
	if !st.Ready() || st.ClusterID != c {
		return true, nil // the Creator deals it, to the current membership
	}
	members, err := r.cfg.Clusters.ClusterMembers(ctx, c)
	if err != nil {
		return false, fmt.Errorf("cluster %d members: %w", c, err)
	}
	members = withSelfKey(members, r.cfg.SelfPeerID, r.cfg.SelfTransportKey)
	need, newest, err := r.needsReshare(ctx, ref, c, st.PublicKeyCID, members)
	if err != nil {
		return false, err
	}
	if !need {
		return true, nil
	}
	if !act {
		return false, nil
	}
	if err := r.reshare(ctx, ref, c, st.PublicKeyCID, members, newest); err != nil {
		return false, err
	}
	return true, nil
}

// needsReshare asks every member for its current record: resharing is due
// unless all serve the same newest version of the on-chain key, dealt to a
// cluster of this size. It returns the newest version seen.
func (r *Resharer) needsReshare(ctx context.Context, ref creationRef, c uint8, cid string, members []blackbox.ClusterMember) (bool, uint32, error) {
	ctx, cancel := context.WithTimeout(ctx, r.cfg.RoundTimeout)
	defer cancel()
	recs := make([]*custody.CreationRecord, len(members))
	var wg sync.WaitGroup
	for i, m := range members {
		pid, err := peer.Decode(m.PeerID)
		if err != nil {
			return false, 0, fmt.Errorf("member %s: %w", m.PeerID, err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if rec, err := r.cfg.Custody.Record(ctx, pid, ref.chainID, ref.secretID); err == nil && rec.PublicKeyCID == cid {
				recs[i] = rec
			}
		}()
	}
	wg.Wait()
	var newest *custody.CreationRecord
	for _, rec := range recs {
		if rec != nil && (newest == nil || rec.ShareVersion > newest.ShareVersion) {
			newest = rec
		}
	}
	if newest == nil {
		return true, 0, nil
	}
	if len(newest.ShareHashes) != len(members) || newest.ClusterID != c {
		return true, newest.ShareVersion, nil
	}
	for _, rec := range recs {
		if rec == nil || rec.ShareVersion != newest.ShareVersion {
			return true, newest.ShareVersion, nil
		}
	}
	return false, newest.ShareVersion, nil
}

// reshare rebuilds the secret's seed from shares the current members
// release, checks it derives the on-chain key, and deals a new version to
// every member. The seed and shares exist only inside this call.
func (r *Resharer) reshare(ctx context.Context, ref creationRef, c uint8, cid string, members []blackbox.ClusterMember, newest uint32) error {
	_, threshold, err := r.cfg.Registry.ClusterShape(ctx)
	if err != nil {
		return err
	}
	if err := checkCreationMembers(members, int(threshold)); err != nil {
		return fmt.Errorf("cluster %d: %w", c, err)
	}
	for _, m := range members {
		if len(m.TransportKey) == 0 {
			return fmt.Errorf("cluster %d member %s is not attested yet", c, m.PeerID)
		}
	}
	seed, from, err := r.gatherSeed(ctx, ref, cid, members)
	if err != nil {
		return err
	}
	version, err := r.versions.next(max(newest, from))
	if err != nil {
		clear(seed)
		return err
	}
	epoch, err := r.cfg.Registry.CurrentEpoch(ctx)
	if err != nil {
		clear(seed)
		return err
	}
	d, err := custody.Deal(seed, custody.DealParams{ChainID: ref.chainID, SecretID: ref.secretID, ShareVersion: version,
		ClusterID: c, Threshold: int(threshold), Custodians: len(members), Epoch: epoch}, r.cfg.Keys, r.cfg.Rand)
	clear(seed)
	if err != nil {
		return fmt.Errorf("deal: %w", err)
	}
	defer d.Zero()
	if d.Record.PublicKeyCID != cid {
		return fmt.Errorf("%w: rebuilt %s, chain has %s", blackbox.ErrKeyMismatch, d.Record.PublicKeyCID, cid)
	}
	// Done once RequiredAcks members hold the new version (n−1, never
	// below t+1): one member that is offline, or a dummy that never
	// answers, must not stall the cluster's resharing (finding 7). The
	// rest are sent their share again in the background; a member that
	// missed the version keeps its old share until then, and the others
	// sweep theirs only once they hold the new one.
	need := RequiredAcks(len(members), int(threshold))
	dctx, cancel := context.WithTimeout(ctx, r.cfg.RoundTimeout)
	acks, pending, err := DistributeAtLeast(dctx, r.cfg.Custody, r.cfg.Keys, d, members, need, r.cfg.AckGrace)
	cancel()
	if err != nil {
		return fmt.Errorf("distribute version %d to cluster %d (%d of %d acknowledged): %w", version, c, len(acks), len(members), err)
	}
	r.log.Info("secret reshared", "chain", ref.chainID, "secret", ref.secretID, "cluster", c,
		"from_version", from, "share_version", version, "custodians", len(members), "acknowledged", len(acks), "threshold", threshold)
	if len(pending) > 0 {
		r.startRepair(ctx, d.Record, pending)
	}
	return nil
}

// startRepair sends the new version's shares of the members that did not
// acknowledge again, for RepairWindow (they are wrapped to those members'
// keys already, so nothing in the clear is kept); what is still missing at
// the end is logged, and the cluster's next reshare deals it again.
func (r *Resharer) startRepair(ctx context.Context, rec *custody.CreationRecord, pending []PendingStore) {
	repairInBackground(ctx, &r.wg, r.cfg.Custody, rec, pending, r.cfg.RepairWindow, r.cfg.RetryMin, r.cfg.RetryMax,
		r.log.With("chain", rec.ChainID, "secret", rec.SecretID),
		"reshared without every member's share; sending the missing ones again",
		"members still lack their share of the new version; the next reshare deals them one")
}

// gatherSeed asks every member for its stale share and combines the first
// version that has t shares matching its record and the on-chain key.
func (r *Resharer) gatherSeed(ctx context.Context, ref creationRef, cid string, members []blackbox.ClusterMember) ([]byte, uint32, error) {
	ctx, cancel := context.WithTimeout(ctx, r.cfg.RoundTimeout)
	defer cancel()
	type released struct {
		rec   *custody.CreationRecord
		share custody.Share
		err   error
	}
	results := make(chan released, len(members))
	for _, m := range members {
		go func(m blackbox.ClusterMember) {
			res := released{}
			defer func() { results <- res }()
			pid, err := peer.Decode(m.PeerID)
			if err != nil {
				res.err = err
				return
			}
			resp, rec, err := r.cfg.Custody.ReshareFetch(ctx, pid, ref.chainID, ref.secretID)
			if err != nil {
				res.err = err
				return
			}
			if rec.PublicKeyCID != cid {
				res.err = fmt.Errorf("custodian %s released a share of another key", m.PeerID)
				return
			}
			// The record's dealer must have been elected in the epoch it
			// names (finding 2): a member's own record is not a dealer's.
			if err := blackbox.CheckDealer(ctx, r.cfg.Registry, rec); err != nil {
				res.err = fmt.Errorf("custodian %s: %w", m.PeerID, err)
				return
			}
			raw, err := r.cfg.Keys.SessionOpen(resp.WrappedShare, custody.ShareInfo(ref.chainID, ref.secretID, resp.ShareVersion, resp.X))
			if err != nil {
				res.err = fmt.Errorf("unwrap share from %s: %w", m.PeerID, err)
				return
			}
			defer clear(raw)
			if len(raw) < 3 || raw[2] != resp.X {
				res.err = fmt.Errorf("custodian %s sent a share for another x", m.PeerID)
				return
			}
			if err := rec.CheckShare(resp.X, raw); err != nil {
				res.err = fmt.Errorf("custodian %s: %w", m.PeerID, err)
				return
			}
			if res.share, err = custody.ParseShare(raw); err != nil {
				res.err = err
				return
			}
			res.rec = rec
		}(m)
	}
	// Shares are combined only with shares that came with the very same
	// record (the same signed bytes): each member checks its share against
	// the record it sends, so a member that serves a record of its own
	// making (the right CID, share hashes of its choosing) and a share to
	// match could otherwise slip a bad share in among good ones of that
	// version and spoil the rebuilt seed. Its record now forms a group of
	// its own, which reaches the threshold only if t members collude.
	type group struct {
		version uint32
		record  [32]byte
	}
	byRecord := map[group][]custody.Share{}
	defer func() {
		for _, ss := range byRecord {
			for i := range ss {
				ss[i].Zero()
			}
		}
	}()
	var errs []error
	for received := 1; received <= len(members); received++ {
		res := <-results
		if res.err != nil {
			errs = append(errs, res.err)
			continue
		}
		raw, err := res.rec.MarshalBinary()
		if err != nil {
			res.share.Zero()
			errs = append(errs, err)
			continue
		}
		v := res.rec.ShareVersion
		g := group{version: v, record: sha256.Sum256(raw)}
		byRecord[g] = append(byRecord[g], res.share)
		if len(byRecord[g]) == int(res.rec.Threshold) {
			// The answers still on their way are wiped as they land.
			go func(left int) {
				for range left {
					res := <-results
					res.share.Zero()
				}
			}(len(members) - received)
			seed, err := custody.Combine(byRecord[g])
			if err != nil {
				return nil, 0, fmt.Errorf("combine version %d: %w", v, err)
			}
			return seed, v, nil
		}
	}
	return nil, 0, fmt.Errorf("%w: %w", ErrReshareShares, errors.Join(errs...))
}
