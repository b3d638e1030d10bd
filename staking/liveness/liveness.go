// Package liveness keeps one unreachable member from stalling its cluster
// for ever (key safety, finding 7). Every node watches the fellow members
// of the clusters it belongs to. When one has been unreachable or
// unattested for the governed time (MemberReports.missingMemberTimeout),
// the node asks the other fellow members to co-sign a report; each signs
// only if its own monitor has not seen the member for that long either.
// With t signatures the report goes on-chain, where MemberReports checks
// them and takes the member out of the registry's draw; the next advance
// puts a newly drawn node in its slot, and resharing deals it the share.
package liveness

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/wire"
)

// Registry is the part of the home chain's ClusterRegistry the monitor
// reads (chain.Registry implements it).
type Registry interface {
	CurrentEpoch(ctx context.Context) (uint64, error)
	ClusterCount(ctx context.Context) (uint8, error)
	ClusterShape(ctx context.Context) (size, threshold uint8, err error)
	ClusterMemberIndexes(ctx context.Context, clusterID uint8) ([]uint64, error)
	NodeAt(ctx context.Context, i uint64) (chain.NodeRecord, error)
	ReportedUntil(ctx context.Context, i uint64) (uint64, error)
}

// Prober says whether a peer is reachable and attested now.
type Prober interface {
	Reachable(ctx context.Context, p peer.ID) bool
}

// Signer signs a 32-byte digest with the node's enclave wallet.
type Signer interface {
	Address() common.Address
	SignHash(digest []byte) ([]byte, error)
}

// CoSigners asks a fellow member for its signature on a report
// (wire.MissingMember).
type CoSigners interface {
	CoSign(ctx context.Context, to peer.ID, req wire.MissingMemberRequest) ([]byte, error)
}

// Submitter sends a report with its signatures (in slot order) on-chain.
type Submitter interface {
	Submit(ctx context.Context, clusterID uint8, nodeIndex uint64, signatures [][]byte) error
}

// TimeoutSource reads the governed missing-member timeout.
type TimeoutSource interface {
	MissingMemberTimeout(ctx context.Context) (time.Duration, error)
}

// ErrNotMissing is the refusal of a co-sign request for a member this
// node has seen within the timeout (or cannot judge).
var ErrNotMissing = errors.New("member not missing here")

// Monitor watches this node's fellow cluster members and reports the
// missing ones. Its methods are safe for concurrent use (the co-sign
// handler runs beside Run).
type Monitor struct {
	Registry  Registry
	Prober    Prober
	Signer    Signer
	CoSigners CoSigners
	// Submitter nil: this node co-signs others' reports but never submits.
	Submitter Submitter
	Timeout   TimeoutSource
	// ChainID and Reports name the MemberReports contract reports are
	// signed for.
	ChainID uint64
	Reports common.Address
	// CallTimeout bounds each round's registry reads and each co-sign ask
	// (default 5 s).
	CallTimeout time.Duration
	Log         *slog.Logger
	// Now defaults to time.Now.
	Now func() time.Time

	mu       sync.Mutex
	started  time.Time
	view     view
	lastSeen map[uint64]time.Time // node index => last time seen reachable and attested
	tried    map[uint64]time.Time // node index => last report attempt
}

// member is one slot of a cluster.
type member struct {
	index  uint64
	peerID peer.ID
	wallet common.Address
	active bool
}

// view is the membership of the clusters this node is in, at one epoch.
type view struct {
	epoch     uint64
	threshold int
	timeout   time.Duration
	clusters  map[uint8][]member // only clusters holding this node
}

func (m *Monitor) now() time.Time {
	if m.Now != nil {
		return m.Now()
	}
	return time.Now()
}

func (m *Monitor) log() *slog.Logger {
	if m.Log != nil {
		return m.Log
	}
	return slog.Default()
}

func (m *Monitor) callTimeout() time.Duration {
	if m.CallTimeout > 0 {
		return m.CallTimeout
	}
	return 5 * time.Second
}

// PollInterval is how often Run looks: a quarter of the timeout, between
// half a second and fifteen seconds.
func PollInterval(timeout time.Duration) time.Duration {
	return min(max(timeout/4, 500*time.Millisecond), 15*time.Second)
}

// Run polls until ctx ends. Errors of one round are logged; the next round
// tries again.
func (m *Monitor) Run(ctx context.Context) error {
	interval := time.Second
	for {
		if err := m.Step(ctx); err != nil && ctx.Err() == nil {
			m.log().Warn("missing-member monitor", "err", err)
		}
		m.mu.Lock()
		if m.view.timeout > 0 {
			interval = PollInterval(m.view.timeout)
		}
		m.mu.Unlock()
		t := time.NewTimer(interval)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// Step is one round: read the membership, probe the fellow members, and
// report any unseen for the timeout.
func (m *Monitor) Step(ctx context.Context) error {
	rctx, cancel := context.WithTimeout(ctx, m.callTimeout())
	v, err := m.read(rctx)
	cancel()
	if err != nil {
		return err
	}
	now := m.now()
	m.mu.Lock()
	if m.started.IsZero() {
		m.started = now
	}
	if m.lastSeen == nil {
		m.lastSeen, m.tried = map[uint64]time.Time{}, map[uint64]time.Time{}
	}
	m.view = v
	m.mu.Unlock()

	self := m.Signer.Address()
	var due []report
	for c, members := range v.clusters {
		for slot, mb := range members {
			if mb.wallet == self || !mb.active {
				continue
			}
			seen := m.Prober.Reachable(ctx, mb.peerID)
			m.mu.Lock()
			if seen {
				m.lastSeen[mb.index] = now
			}
			unseen := m.unseenFor(mb.index, now)
			retry := now.Sub(m.tried[mb.index]) >= 2*PollInterval(v.timeout)
			m.mu.Unlock()
			if unseen >= v.timeout && retry {
				due = append(due, report{cluster: c, slot: slot, member: mb})
			}
		}
	}
	var errs []error
	for _, r := range due {
		if err := m.report(ctx, v, r); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// unseenFor is how long node i has not been seen; a node never seen counts
// from when the monitor started, so a node just started reports nobody
// before a full timeout. The caller holds mu.
func (m *Monitor) unseenFor(i uint64, now time.Time) time.Duration {
	last, ok := m.lastSeen[i]
	if !ok {
		last = m.started
	}
	return now.Sub(last)
}

// read loads the clusters this node is in, with the epoch, t and the
// timeout.
func (m *Monitor) read(ctx context.Context) (view, error) {
	epoch, err := m.Registry.CurrentEpoch(ctx)
	if err != nil {
		return view{}, err
	}
	timeout, err := m.Timeout.MissingMemberTimeout(ctx)
	if err != nil {
		return view{}, err
	}
	_, t, err := m.Registry.ClusterShape(ctx)
	if err != nil {
		return view{}, err
	}
	count, err := m.Registry.ClusterCount(ctx)
	if err != nil {
		return view{}, err
	}
	v := view{epoch: epoch, threshold: int(t), timeout: timeout, clusters: map[uint8][]member{}}
	self := m.Signer.Address()
	for c := uint8(1); c <= count && c != 0; c++ {
		idx, err := m.Registry.ClusterMemberIndexes(ctx, c)
		if err != nil {
			return view{}, err
		}
		members := make([]member, len(idx))
		in := false
		for j, i := range idx {
			n, err := m.Registry.NodeAt(ctx, i)
			if err != nil {
				return view{}, err
			}
			members[j] = member{index: i, peerID: n.PeerID, wallet: n.EnclaveWallet, active: n.Active()}
			in = in || n.EnclaveWallet == self
		}
		if in {
			v.clusters[c] = members
		}
	}
	return v, nil
}

type report struct {
	cluster uint8
	slot    int
	member  member
}

// report collects t signatures on a report of r.member and submits it.
func (m *Monitor) report(ctx context.Context, v view, r report) error {
	m.mu.Lock()
	m.tried[r.member.index] = m.now()
	m.mu.Unlock()
	rctx, cancel := context.WithTimeout(ctx, m.callTimeout())
	reported, err := m.Registry.ReportedUntil(rctx, r.member.index)
	cancel()
	if err != nil {
		return err
	}
	if reported != 0 {
		return nil // reported already; the next advance replaces it
	}
	if m.Submitter == nil {
		return nil
	}
	digest := ReportDigest(m.ChainID, m.Reports, r.cluster, r.member.index, v.epoch)
	req := wire.MissingMemberRequest{ClusterID: r.cluster, NodeIndex: r.member.index, Epoch: v.epoch}
	members := v.clusters[r.cluster]
	sigs := make([][]byte, len(members)) // by slot
	self := m.Signer.Address()
	var wg sync.WaitGroup
	for slot, mb := range members {
		if slot == r.slot || !mb.active {
			continue
		}
		if mb.wallet == self {
			sig, err := m.sign(digest)
			if err != nil {
				return err
			}
			sigs[slot] = sig
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			actx, cancel := context.WithTimeout(ctx, m.callTimeout())
			defer cancel()
			sig, err := m.CoSigners.CoSign(actx, mb.peerID, req)
			if err != nil {
				m.log().Debug("co-sign refused", "member", r.member.index, "asked", mb.index, "err", err)
				return
			}
			if signer, err := RecoverSigner(digest, sig); err != nil || signer != mb.wallet {
				m.log().Warn("co-signature not by the fellow member's enclave wallet", "asked", mb.index)
				return
			}
			sigs[slot] = sig
		}()
	}
	wg.Wait()
	var ordered [][]byte
	for _, s := range sigs {
		if s != nil {
			ordered = append(ordered, s)
		}
	}
	if len(ordered) < v.threshold {
		m.log().Info("member missing, too few fellow members agree yet", "cluster", r.cluster, "node", r.member.index,
			"signatures", len(ordered), "threshold", v.threshold)
		return nil
	}
	sctx, cancel := context.WithTimeout(ctx, 3*m.callTimeout())
	defer cancel()
	if err := m.Submitter.Submit(sctx, r.cluster, r.member.index, ordered); err != nil {
		return fmt.Errorf("report node %d of cluster %d missing: %w", r.member.index, r.cluster, err)
	}
	m.log().Warn("reported cluster member missing", "cluster", r.cluster, "node", r.member.index,
		"peer", r.member.peerID, "signatures", len(ordered), "epoch", v.epoch)
	return nil
}

func (m *Monitor) sign(digest [32]byte) ([]byte, error) {
	sig, err := m.Signer.SignHash(digest[:])
	if err != nil {
		return nil, fmt.Errorf("sign missing-member report: %w", err)
	}
	if len(sig) != 65 {
		return nil, fmt.Errorf("sign missing-member report: signature of %d bytes", len(sig))
	}
	sig = slices.Clone(sig)
	if sig[64] < 27 {
		sig[64] += 27 // the contract's ECDSA.recover wants v = 27 or 28
	}
	return sig, nil
}

// CoSign answers a fellow member's request to co-sign a report: it signs
// only for the current epoch, a cluster both are in, a member other than
// both, and only when this node too has not seen that member for the
// timeout. It probes the member once more first, so an observation gone
// stale (this node's own rounds late) never signs away a member it can
// reach.
func (m *Monitor) CoSign(ctx context.Context, from peer.ID, req wire.MissingMemberRequest) ([]byte, error) {
	m.mu.Lock()
	var targetPeer peer.ID
	for _, mb := range m.view.clusters[req.ClusterID] {
		if mb.index == req.NodeIndex {
			targetPeer = mb.peerID
		}
	}
	m.mu.Unlock()
	if targetPeer != "" && m.Prober.Reachable(ctx, targetPeer) {
		m.mu.Lock()
		if m.lastSeen != nil {
			m.lastSeen[req.NodeIndex] = m.now()
		}
		m.mu.Unlock()
		return nil, fmt.Errorf("%w: node %d is reachable and attested from here", ErrNotMissing, req.NodeIndex)
	}
	m.mu.Lock()
	v := m.view
	var unseen time.Duration
	var known bool
	members, ok := v.clusters[req.ClusterID]
	if ok && m.lastSeen != nil {
		unseen, known = m.unseenFor(req.NodeIndex, m.now()), true
	}
	m.mu.Unlock()
	switch {
	case !ok:
		return nil, fmt.Errorf("%w: this node is not in cluster %d", ErrNotMissing, req.ClusterID)
	case req.Epoch != v.epoch:
		return nil, fmt.Errorf("%w: report for epoch %d, this node is at %d", ErrNotMissing, req.Epoch, v.epoch)
	}
	self := m.Signer.Address()
	fromFellow, target := false, false
	for _, mb := range members {
		if mb.peerID == from && mb.index != req.NodeIndex && mb.wallet != self {
			fromFellow = true
		}
		if mb.index == req.NodeIndex && mb.wallet != self && mb.peerID != from {
			target = true
		}
	}
	switch {
	case !fromFellow:
		return nil, fmt.Errorf("%w: asked by a peer that is not a fellow member", ErrNotMissing)
	case !target:
		return nil, fmt.Errorf("%w: node %d is not another member of cluster %d", ErrNotMissing, req.NodeIndex, req.ClusterID)
	case !known || unseen < v.timeout:
		return nil, fmt.Errorf("%w: node %d seen %s ago (timeout %s)", ErrNotMissing, req.NodeIndex, unseen.Round(time.Millisecond), v.timeout)
	}
	return m.sign(ReportDigest(m.ChainID, m.Reports, req.ClusterID, req.NodeIndex, req.Epoch))
}

var (
	domainTypeHash  = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	missingTypeHash = crypto.Keccak256Hash([]byte("MissingMember(uint8 clusterId,uint256 nodeIndex,uint64 epoch)"))
	domainName      = crypto.Keccak256Hash([]byte("CIFER MemberReports"))
	domainVersion   = crypto.Keccak256Hash([]byte("1"))
)

// ReportDigest is MemberReports.reportDigest: the EIP-712 digest of a
// report of nodeIndex in clusterID at epoch, for the contract at reports
// on chainID.
func ReportDigest(chainID uint64, reports common.Address, clusterID uint8, nodeIndex, epoch uint64) [32]byte {
	word := func(v uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32) }
	domain := crypto.Keccak256(domainTypeHash[:], domainName[:], domainVersion[:], word(chainID), common.LeftPadBytes(reports[:], 32))
	structHash := crypto.Keccak256(missingTypeHash[:], word(uint64(clusterID)), word(nodeIndex), word(epoch))
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domain, structHash)
}

// RecoverSigner returns the address that made sig (v = 27/28 or 0/1) over
// digest.
func RecoverSigner(digest [32]byte, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("signature of %d bytes", len(sig))
	}
	s := slices.Clone(sig)
	if s[64] >= 27 {
		s[64] -= 27
	}
	pub, err := crypto.SigToPub(digest[:], s)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(*pub), nil
}
