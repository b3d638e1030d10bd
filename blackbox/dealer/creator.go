package dealer

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/internal/atomicfile"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
)

// The secret-creation flow (design section 7, "Create"). Every node runs a
// Creator; it acts only for secrets this node's Black Box is responsible
// for, which needs it to be elected for the current epoch.
//
// Responsibility: for a secret (chainID, secretID) the K elected Black Boxes
// are ranked by keccak256("cifer-creator-rank-v1" || chainID || secretID ||
// wallet) ascending (IDs as 8-byte big-endian, the 20-byte enclave wallet).
// Rank 0 creates the secret at once; rank r takes over r × FailoverTimeout
// after it saw SecretCreated, if the secret is still syncing then. Hashing
// per secret spreads the work over the K evenly and gives each secret its
// own fail-over order.
//
// Cluster: secret s goes to cluster 1 + (s-1) mod clusterCount, so
// consecutive secrets spread over the clusters.

// CreatorChain is one chain's SecretsController as the creator uses it
// (chain.Client implements it).
type CreatorChain interface {
	ChainID() uint64
	// BlockNumber is the chain's head, the start of a first watch.
	BlockNumber(ctx context.Context) (uint64, error)
	// WatchSecretEvents delivers controller events from start, in order and
	// each once, until ctx ends (nil) or handle fails (its error).
	WatchSecretEvents(ctx context.Context, start chain.Cursor, handle func(context.Context, chain.SecretEvent) error) error
	// SecretState reads a secret at the latest block.
	SecretState(ctx context.Context, secretID uint64) (chain.SecretState, error)
	// MarkSecretSynced sends markSecretSynced signed by s and waits for it
	// to be mined; a refusal is a *chain.RevertError.
	MarkSecretSynced(ctx context.Context, s chain.TxSigner, secretID uint64, clusterID uint8, publicKeyCID string) (*types.Receipt, error)
}

// CreatorRegistry is the home chain's registry as the creator reads it
// (chain.Registry implements it).
type CreatorRegistry interface {
	// ElectedBlackBoxWallets returns the current epoch and the enclave
	// wallets of its elected Black Boxes.
	ElectedBlackBoxWallets(ctx context.Context) (uint64, []common.Address, error)
	// ClusterCount is the number of clusters; their ids are 1..count.
	ClusterCount(ctx context.Context) (uint8, error)
	// ClusterShape is the governed cluster size and threshold.
	ClusterShape(ctx context.Context) (size, threshold uint8, err error)
}

// ClusterDirectory lists a cluster's custodians in member order (member i
// holds x = i+1) with their attested transport keys (the node's Directory
// adapter implements it over the registry and the verified-peer table).
type ClusterDirectory interface {
	ClusterMembers(ctx context.Context, clusterID uint8) ([]blackbox.ClusterMember, error)
}

// CreatorKeys are the enclave keys the creator uses: the wallet signs the
// creation record and the markSecretSynced transaction, the transport key
// wraps shares to custodians (enclave.Keys implements it).
type CreatorKeys interface {
	custody.HashSigner
	custody.TransportKeys
	SignTx(tx *types.Transaction, signer types.Signer) (*types.Transaction, error)
}

// CreatorConfig configures a Creator. Zero durations take the defaults
// named in each field.
type CreatorConfig struct {
	// Chains are the SecretsControllers watched, one per configured chain.
	Chains []CreatorChain
	// Registry reads elections and cluster facts from the home chain.
	Registry CreatorRegistry
	// Clusters gives a cluster's members with their transport keys.
	Clusters ClusterDirectory
	// Custody sends shares to custodians (a custody.Client).
	Custody custodyClient
	// Keys are this node's enclave keys.
	Keys CreatorKeys
	// SelfPeerID and SelfTransportKey are this node's peer ID and attested
	// transport public key. A node is often a member of the cluster it
	// deals to, and its own verified-peer table does not hold itself, so
	// the directory may list it without a key; the creator fills it in.
	SelfPeerID       string
	SelfTransportKey []byte
	// StatePath is the file where the watch cursors and the secrets still
	// waiting to be synced are kept (written atomically after every
	// SecretCreated/SecretSynced), so a restart neither misses a secret nor
	// repeats finished work. Required; its directory must exist.
	StatePath string
	// StartBlocks gives, per chain ID, the block to start watching from when
	// the state file has no cursor for that chain yet (e.g. the
	// controller's deployment block). A chain not listed starts at its head
	// at first run.
	StartBlocks map[uint64]uint64
	// FailoverTimeout is how long each Black Box in the responsibility order
	// waits for the one before it (default 1 minute). It should be well
	// above a normal creation (one custody round and one block).
	FailoverTimeout time.Duration
	// DistributeTimeout bounds one round of sending shares (default 30 s).
	DistributeTimeout time.Duration
	// AckGrace is how long the last custodians get to acknowledge once
	// enough have (RequiredAcks) before the secret is marked synced
	// without them (default 2 s).
	AckGrace time.Duration
	// RepairWindow is how long the shares of custodians that did not
	// acknowledge are sent again after the secret is synced (default 10
	// minutes). Only wrapped shares are kept for it.
	RepairWindow time.Duration
	// RetryMin and RetryMax bound the backoff between failed attempts on a
	// secret and between restarts of a failed watch (defaults 1 s, 30 s).
	RetryMin, RetryMax time.Duration
	// MaxConcurrent bounds how many secrets are dealt at once (default 4).
	MaxConcurrent int
	// Rand is the randomness of the Shamir split (default crypto/rand);
	// the seed always comes from envelope.GenerateSeed.
	Rand io.Reader
	// Metrics, optional, receives cifer_blackbox_creations_total.
	Metrics prometheus.Registerer
	// Log defaults to slog.Default().
	Log *slog.Logger
	// Now defaults to time.Now.
	Now func() time.Time
}

// ErrCreatorConfig means a required CreatorConfig field is missing.
var ErrCreatorConfig = errors.New("creator config")

// errAlreadySynced ends an attempt whose secret another Black Box synced.
var errAlreadySynced = errors.New("secret already synced")

// Creator runs the secret-creation flow. Build it with NewCreator and start
// it with Run.
type Creator struct {
	cfg     CreatorConfig
	log     *slog.Logger
	chains  map[uint64]CreatorChain
	sem     chan struct{}
	outcome *prometheus.CounterVec

	mu    sync.Mutex
	state creatorState
	jobs  map[creationRef]*creationJob
	// versions hands out the share versions of fresh deals.
	versions versionClock
	runCtx   context.Context
	wg       sync.WaitGroup
}

type creationRef struct{ chainID, secretID uint64 }

// creationJob is one secret this node watches until it is synced.
type creationJob struct {
	ref    creationRef
	seenAt time.Time
	// poke wakes the job early (a SecretSynced event arrived).
	poke chan struct{}
	// dealt is kept between attempts so a retry resends the very same
	// shares and record: a custodian stores a version once, so a fresh deal
	// under the same version would leave it holding a share that does not
	// match its record. Zeroed when the job ends.
	dealt *custody.Dealt
}

// NewCreator checks cfg and loads the state file (a missing file is an
// empty state).
func NewCreator(cfg CreatorConfig) (*Creator, error) {
	switch {
	case len(cfg.Chains) == 0:
		return nil, fmt.Errorf("%w: no chains", ErrCreatorConfig)
	case cfg.Registry == nil || cfg.Clusters == nil || cfg.Custody == nil || cfg.Keys == nil:
		return nil, fmt.Errorf("%w: registry, clusters, custody and keys are required", ErrCreatorConfig)
	case cfg.StatePath == "":
		return nil, fmt.Errorf("%w: no state path", ErrCreatorConfig)
	}
	if cfg.FailoverTimeout <= 0 {
		cfg.FailoverTimeout = time.Minute
	}
	if cfg.DistributeTimeout <= 0 {
		cfg.DistributeTimeout = 30 * time.Second
	}
	if cfg.AckGrace <= 0 {
		cfg.AckGrace = 2 * time.Second
	}
	if cfg.RepairWindow <= 0 {
		cfg.RepairWindow = 10 * time.Minute
	}
	if cfg.RetryMin <= 0 {
		cfg.RetryMin = time.Second
	}
	if cfg.RetryMax < cfg.RetryMin {
		cfg.RetryMax = max(30*time.Second, cfg.RetryMin)
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = 4
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
	c := &Creator{
		cfg:      cfg,
		versions: versionClock{now: cfg.Now},
		log:      cfg.Log.With("component", "creator", "enclave_wallet", cfg.Keys.Address().Hex()),
		chains:   make(map[uint64]CreatorChain, len(cfg.Chains)),
		sem:      make(chan struct{}, cfg.MaxConcurrent),
		jobs:     make(map[creationRef]*creationJob),
		outcome: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "cifer_blackbox_creations_total",
			Help: "Secret-creation outcomes on this node: synced (this node marked it), taken_over (synced as fail-over), already_synced (found synced by another), attempt_failed (will retry).",
		}, []string{"outcome"}),
	}
	for _, ch := range cfg.Chains {
		id := ch.ChainID()
		if _, dup := c.chains[id]; dup {
			return nil, fmt.Errorf("%w: chain %d configured twice", ErrCreatorConfig, id)
		}
		c.chains[id] = ch
	}
	st, err := loadCreatorState(cfg.StatePath)
	if err != nil {
		return nil, err
	}
	c.state = st
	if cfg.Metrics != nil {
		if err := cfg.Metrics.Register(c.outcome); err != nil {
			return nil, fmt.Errorf("register creator metric: %w", err)
		}
	}
	return c, nil
}

// ClusterFor is the cluster a new secret is dealt to: 1 + (secretID-1) mod
// clusterCount (0 when there is no cluster).
func ClusterFor(secretID uint64, clusterCount uint8) uint8 {
	if clusterCount == 0 {
		return 0
	}
	if secretID == 0 {
		return 1
	}
	return uint8(1 + (secretID-1)%uint64(clusterCount))
}

// Run watches every chain and creates the secrets this node is responsible
// for until ctx ends; it then waits for its goroutines and returns nil.
// Secrets still pending stay in the state file for the next Run.
func (c *Creator) Run(ctx context.Context) error {
	c.mu.Lock()
	if c.runCtx != nil {
		c.mu.Unlock()
		return errors.New("creator: Run called twice")
	}
	c.runCtx = ctx
	pending := append([]creatorPending(nil), c.state.Pending...)
	c.mu.Unlock()

	for _, p := range pending {
		if _, ok := c.chains[p.ChainID]; !ok {
			c.log.Warn("pending secret on a chain no longer configured; dropped", "chain", p.ChainID, "secret", p.SecretID)
			continue
		}
		c.startJob(creationRef{p.ChainID, p.SecretID}, time.UnixMilli(p.SeenAtMs))
	}
	for _, ch := range c.chains {
		c.wg.Add(1)
		go c.watch(ctx, ch)
	}
	<-ctx.Done()
	c.wg.Wait()
	c.mu.Lock()
	for _, j := range c.jobs {
		if j.dealt != nil {
			j.dealt.Zero()
			j.dealt = nil
		}
	}
	c.mu.Unlock()
	return nil
}

// watch follows one chain's events, restarting from the saved cursor with
// backoff when the watch fails.
func (c *Creator) watch(ctx context.Context, ch CreatorChain) {
	defer c.wg.Done()
	id := ch.ChainID()
	log := c.log.With("chain", id)
	b := backoff{min: c.cfg.RetryMin, max: c.cfg.RetryMax}
	for ctx.Err() == nil {
		start, err := c.startCursor(ctx, ch)
		if err == nil {
			err = ch.WatchSecretEvents(ctx, start, c.onEvent)
		}
		if ctx.Err() != nil {
			return
		}
		log.Warn("secret event watch failed; restarting from the saved cursor", "err", err)
		if !sleepCtx(ctx, b.next()) {
			return
		}
	}
}

// startCursor is the saved cursor, else the configured start block, else
// the head; a new cursor is saved at once so a restart before the first
// event starts from the same place.
func (c *Creator) startCursor(ctx context.Context, ch CreatorChain) (chain.Cursor, error) {
	id := ch.ChainID()
	c.mu.Lock()
	cur, ok := c.state.Cursors[id]
	c.mu.Unlock()
	if ok {
		return cur, nil
	}
	if b, ok := c.cfg.StartBlocks[id]; ok {
		cur = chain.Cursor{Block: b}
	} else {
		head, err := ch.BlockNumber(ctx)
		if err != nil {
			return chain.Cursor{}, fmt.Errorf("start cursor: %w", err)
		}
		cur = chain.Cursor{Block: head}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.saveLocked(func(s *creatorState) { s.Cursors[id] = cur }); err != nil {
		return chain.Cursor{}, err
	}
	return cur, nil
}

// onEvent handles one controller event on the watch goroutine. The cursor
// moves only with a saved state, so an event whose save failed is delivered
// again after the watch restarts.
func (c *Creator) onEvent(ctx context.Context, e chain.SecretEvent) error {
	ref := creationRef{e.ChainID, e.SecretID}
	c.mu.Lock()
	switch e.Kind {
	case chain.SecretCreated:
		_, known := c.jobs[ref]
		seen := c.cfg.Now()
		err := c.saveLocked(func(s *creatorState) {
			s.Cursors[e.ChainID] = e.Cursor()
			if !known {
				s.Pending = append(s.Pending, creatorPending{ChainID: ref.chainID, SecretID: ref.secretID, SeenAtMs: seen.UnixMilli()})
			}
		})
		c.mu.Unlock()
		if err != nil {
			return err
		}
		if !known {
			c.log.Debug("secret created", "chain", e.ChainID, "secret", e.SecretID, "owner", e.Owner.Hex(), "block", e.Block)
			c.startJob(ref, seen)
		}
		return nil
	case chain.SecretSynced:
		j := c.jobs[ref]
		err := c.saveLocked(func(s *creatorState) { s.Cursors[e.ChainID] = e.Cursor() })
		c.mu.Unlock()
		if j != nil {
			select {
			case j.poke <- struct{}{}:
			default:
			}
		}
		return err
	default:
		// Other events change nothing here; the cursor is saved with the
		// next write (replaying them after a restart is harmless).
		c.state.Cursors[e.ChainID] = e.Cursor()
		c.mu.Unlock()
		return nil
	}
}

// startJob starts watching one secret (its pending entry is saved already).
func (c *Creator) startJob(ref creationRef, seenAt time.Time) {
	c.mu.Lock()
	if _, ok := c.jobs[ref]; ok {
		c.mu.Unlock()
		return
	}
	j := &creationJob{ref: ref, seenAt: seenAt, poke: make(chan struct{}, 1)}
	c.jobs[ref] = j
	ctx := c.runCtx
	c.wg.Add(1)
	c.mu.Unlock()
	go func() {
		defer c.wg.Done()
		if c.runJob(ctx, j) {
			c.finish(j)
		}
	}()
}

// finish forgets a resolved secret.
func (c *Creator) finish(j *creationJob) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if j.dealt != nil {
		j.dealt.Zero()
		j.dealt = nil
	}
	delete(c.jobs, j.ref)
	err := c.saveLocked(func(s *creatorState) {
		out := s.Pending[:0]
		for _, p := range s.Pending {
			if p.ChainID != j.ref.chainID || p.SecretID != j.ref.secretID {
				out = append(out, p)
			}
		}
		s.Pending = out
	})
	if err != nil {
		// The secret stays in the file; the next run finds it synced.
		c.log.Error("save creator state", "err", err)
	}
}

// runJob drives one secret until it is synced (true) or ctx ends (false).
func (c *Creator) runJob(ctx context.Context, j *creationJob) bool {
	ch := c.chains[j.ref.chainID]
	log := c.log.With("chain", j.ref.chainID, "secret", j.ref.secretID)
	b := backoff{min: c.cfg.RetryMin, max: c.cfg.RetryMax}
	wasElected := true
	for {
		st, err := ch.SecretState(ctx, j.ref.secretID)
		switch {
		case ctx.Err() != nil:
			return false
		case err != nil:
			log.Warn("read secret state", "err", err)
			if !c.sleepJob(ctx, j, b.next()) {
				return false
			}
			continue
		case !st.IsSyncing:
			log.Debug("secret is synced", "cluster", st.ClusterID, "cid", st.PublicKeyCID)
			return true
		}
		epoch, wallets, err := c.cfg.Registry.ElectedBlackBoxWallets(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return false
			}
			log.Warn("read elected black boxes", "err", err)
			if !c.sleepJob(ctx, j, b.next()) {
				return false
			}
			continue
		}
		rank := -1
		for i, w := range RankBlackBoxes(j.ref.chainID, j.ref.secretID, wallets) {
			if w == c.cfg.Keys.Address() {
				rank = i
			}
		}
		if rank < 0 {
			// Not elected now; an epoch change may elect this node, so the
			// secret is watched until someone syncs it.
			if wasElected {
				log.Debug("not an elected black box this epoch; watching only", "epoch", epoch)
			}
			wasElected = false
			if !c.sleepJob(ctx, j, c.cfg.FailoverTimeout) {
				return false
			}
			continue
		}
		wasElected = true
		if wait := j.seenAt.Add(time.Duration(rank) * c.cfg.FailoverTimeout).Sub(c.cfg.Now()); wait > 0 {
			log.Debug("waiting for the black boxes ranked before this one", "rank", rank, "epoch", epoch, "wait", wait)
			if !c.sleepJob(ctx, j, wait) {
				return false
			}
			continue
		}
		if rank > 0 {
			log.Info("taking over secret creation", "rank", rank, "epoch", epoch)
		}
		select {
		case c.sem <- struct{}{}:
		case <-ctx.Done():
			return false
		}
		err = c.create(ctx, ch, j, epoch, log)
		<-c.sem
		switch {
		case err == nil:
			if rank > 0 {
				c.outcome.WithLabelValues("taken_over").Inc()
			} else {
				c.outcome.WithLabelValues("synced").Inc()
			}
			return true
		case errors.Is(err, errAlreadySynced):
			c.outcome.WithLabelValues("already_synced").Inc()
			log.Info("another black box synced the secret first")
			return true
		case ctx.Err() != nil:
			return false
		}
		c.outcome.WithLabelValues("attempt_failed").Inc()
		wait := b.next()
		log.Warn("secret creation attempt failed; retrying", "err", err, "retry_in", wait)
		if !c.sleepJob(ctx, j, wait) {
			return false
		}
	}
}

// create deals the secret to its cluster and marks it synced. The shares of
// a deal are kept for retries until the secret is synced; its record names
// epoch, in which this Black Box is elected (a retry in a later epoch keeps
// the record: it was elected when it dealt, which is what custodians check).
func (c *Creator) create(ctx context.Context, ch CreatorChain, j *creationJob, epoch uint64, log *slog.Logger) error {
	count, err := c.cfg.Registry.ClusterCount(ctx)
	if err != nil {
		return err
	}
	if count == 0 {
		return errors.New("no cluster has been formed yet")
	}
	clusterID := ClusterFor(j.ref.secretID, count)
	_, threshold, err := c.cfg.Registry.ClusterShape(ctx)
	if err != nil {
		return err
	}
	members, err := c.cfg.Clusters.ClusterMembers(ctx, clusterID)
	if err != nil {
		return fmt.Errorf("cluster %d members: %w", clusterID, err)
	}
	members = withSelfKey(members, c.cfg.SelfPeerID, c.cfg.SelfTransportKey)
	if err := checkCreationMembers(members, int(threshold)); err != nil {
		return fmt.Errorf("cluster %d: %w", clusterID, err)
	}
	if d := j.dealt; d != nil && (d.Record.ClusterID != clusterID || d.Record.Threshold != threshold || len(d.Shares) != len(members)) {
		d.Zero()
		j.dealt = nil
	}
	if j.dealt == nil {
		version, err := c.versions.next(0)
		if err != nil {
			return err
		}
		seed, err := envelope.GenerateSeed()
		if err != nil {
			return err
		}
		d, err := custody.Deal(seed, custody.DealParams{
			ChainID: j.ref.chainID, SecretID: j.ref.secretID, ShareVersion: version,
			ClusterID: clusterID, Threshold: int(threshold), Custodians: len(members), Epoch: epoch,
		}, c.cfg.Keys, c.cfg.Rand)
		clear(seed)
		if err != nil {
			return fmt.Errorf("deal: %w", err)
		}
		j.dealt = d
	}
	rec := j.dealt.Record
	dctx, cancel := context.WithTimeout(ctx, c.cfg.DistributeTimeout)
	need := RequiredAcks(len(members), int(threshold))
	acks, pending, err := DistributeAtLeast(dctx, c.cfg.Custody, c.cfg.Keys, j.dealt, members, need, c.cfg.AckGrace)
	cancel()
	if err != nil {
		if isShareConflict(err) {
			// Another Black Box dealt this secret under the very same
			// version (Unix seconds): resending this deal would be refused
			// for ever, so the next attempt deals afresh, at a new version.
			j.dealt.Zero()
			j.dealt = nil
		}
		return fmt.Errorf("distribute to cluster %d (%d of %d acknowledged): %w", clusterID, len(acks), len(members), err)
	}
	// Another Black Box may have finished while the shares travelled: do
	// not replace its CID with ours.
	st, err := ch.SecretState(ctx, j.ref.secretID)
	if err != nil {
		return err
	}
	if !st.IsSyncing {
		return errAlreadySynced
	}
	rcpt, err := ch.MarkSecretSynced(ctx, c.cfg.Keys, j.ref.secretID, clusterID, rec.PublicKeyCID)
	if err != nil {
		return fmt.Errorf("mark synced: %w", err)
	}
	log.Info("secret created and marked synced", "cluster", clusterID, "cid", rec.PublicKeyCID,
		"share_version", rec.ShareVersion, "custodians", len(members), "acknowledged", len(acks), "threshold", threshold, "tx", rcpt.TxHash.Hex())
	j.dealt.Zero()
	j.dealt = nil
	if len(pending) > 0 {
		c.startRepair(rec, pending, log)
	}
	return nil
}

// startRepair sends the shares of the custodians that did not acknowledge
// again, in the background, for RepairWindow: the secret is synced with
// RequiredAcks shares held, and each repaired share restores the margin.
// What is still missing at the end is logged with the custodians' IDs (the
// cluster's next reshare deals them a share again).
func (c *Creator) startRepair(rec *custody.CreationRecord, pending []PendingStore, log *slog.Logger) {
	c.mu.Lock()
	ctx := c.runCtx
	c.mu.Unlock()
	if ctx == nil {
		log.Warn("secret synced without every custodian's share; not running, so not sending them again",
			"share_version", rec.ShareVersion, "missing", describePending(pending))
		return
	}
	repairInBackground(ctx, &c.wg, c.cfg.Custody, rec, pending, c.cfg.RepairWindow, c.cfg.RetryMin, c.cfg.RetryMax, log,
		"secret synced without every custodian's share; sending the missing ones again",
		"custodians still lack their share of a synced secret; the next reshare deals them one")
}

// isShareConflict reports whether a custodian refused a deal because it
// holds another share under its version; the refusal's code survives the
// wire (custody.Client reads it back as a typed refusal).
func isShareConflict(err error) bool {
	return errors.Is(err, custody.ErrShareConflict)
}

// checkCreationMembers refuses a cluster Distribute cannot deal to: x must run
// 1..n in order, and n must reach the threshold.
func checkCreationMembers(members []blackbox.ClusterMember, threshold int) error {
	if threshold < 2 || len(members) < threshold {
		return fmt.Errorf("%d members for threshold %d", len(members), threshold)
	}
	for i, m := range members {
		if int(m.X) != i+1 {
			return fmt.Errorf("member %d has x=%d", i, m.X)
		}
	}
	return nil
}

// sleepJob waits d, or until the job is poked (true), or ctx ends (false).
func (c *Creator) sleepJob(ctx context.Context, j *creationJob, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-j.poke:
		return true
	case <-t.C:
		return true
	}
}

// creatorState is what survives a restart: per chain the position after the
// last handled event, and the secrets seen created but not yet synced.
type creatorState struct {
	Version int                     `json:"version"`
	Cursors map[uint64]chain.Cursor `json:"cursors"`
	Pending []creatorPending        `json:"pending"`
}

type creatorPending struct {
	ChainID  uint64 `json:"chainId"`
	SecretID uint64 `json:"secretId"`
	// SeenAtMs is when this node first saw SecretCreated (Unix ms); the
	// fail-over waits count from it, also across restarts.
	SeenAtMs int64 `json:"seenAtMs"`
}

const (
	creatorStateVersion = 1
	maxCreatorStateSize = 64 << 20
)

// ErrCreatorState means the state file is not one this code wrote.
var ErrCreatorState = errors.New("creator state file is malformed")

func loadCreatorState(path string) (creatorState, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return creatorState{Version: creatorStateVersion, Cursors: map[uint64]chain.Cursor{}}, nil
	}
	if err != nil {
		return creatorState{}, fmt.Errorf("read creator state: %w", err)
	}
	st, err := parseCreatorState(b)
	if err != nil {
		return creatorState{}, fmt.Errorf("%s: %w", path, err)
	}
	return st, nil
}

// parseCreatorState decodes a state file strictly: unknown fields, another
// version, a zero chain or secret ID or a repeated secret are errors.
func parseCreatorState(b []byte) (creatorState, error) {
	if len(b) > maxCreatorStateSize {
		return creatorState{}, fmt.Errorf("%w: %d bytes", ErrCreatorState, len(b))
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var st creatorState
	if err := dec.Decode(&st); err != nil {
		return creatorState{}, fmt.Errorf("%w: %w", ErrCreatorState, err)
	}
	if dec.More() {
		return creatorState{}, fmt.Errorf("%w: trailing data", ErrCreatorState)
	}
	if st.Version != creatorStateVersion {
		return creatorState{}, fmt.Errorf("%w: version %d", ErrCreatorState, st.Version)
	}
	if st.Cursors == nil {
		st.Cursors = map[uint64]chain.Cursor{}
	}
	for id := range st.Cursors {
		if id == 0 {
			return creatorState{}, fmt.Errorf("%w: cursor for chain 0", ErrCreatorState)
		}
	}
	seen := make(map[creationRef]bool, len(st.Pending))
	for _, p := range st.Pending {
		ref := creationRef{p.ChainID, p.SecretID}
		if p.ChainID == 0 || p.SecretID == 0 || seen[ref] {
			return creatorState{}, fmt.Errorf("%w: pending entry chain %d secret %d", ErrCreatorState, p.ChainID, p.SecretID)
		}
		seen[ref] = true
	}
	return st, nil
}

// saveLocked applies change to a copy of the state, writes it atomically,
// and only then makes it current. The caller holds c.mu.
func (c *Creator) saveLocked(change func(*creatorState)) error {
	next := creatorState{
		Version: creatorStateVersion,
		Cursors: make(map[uint64]chain.Cursor, len(c.state.Cursors)+1),
		Pending: append([]creatorPending(nil), c.state.Pending...),
	}
	for k, v := range c.state.Cursors {
		next.Cursors[k] = v
	}
	change(&next)
	b, err := json.Marshal(next)
	if err != nil {
		return fmt.Errorf("encode creator state: %w", err)
	}
	if err := atomicfile.Write(c.cfg.StatePath, b, 0o600); err != nil {
		return fmt.Errorf("save creator state: %w", err)
	}
	c.state = next
	return nil
}
