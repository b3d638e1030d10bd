package liveness_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/contracts/evmtest"
	"github.com/cifer-network/cifer/staking/liveness"
	"github.com/cifer-network/cifer/wire"
)

// keyWallet is an enclave wallet whose key the test holds.
type keyWallet struct{ key *ecdsa.PrivateKey }

func (w keyWallet) Address() common.Address { return crypto.PubkeyToAddress(w.key.PublicKey) }
func (w keyWallet) SignHash(d []byte) ([]byte, error) {
	return crypto.Sign(d, w.key)
}
func (w keyWallet) SignTx(tx *types.Transaction, s types.Signer) (*types.Transaction, error) {
	return types.SignTx(tx, s, w.key)
}

// fakeClock is the monitors' shared clock.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// downSet is a prober double: every peer is reachable but those marked down.
type downSet struct {
	mu   sync.Mutex
	down map[peer.ID]bool
}

func (d *downSet) Reachable(_ context.Context, p peer.ID) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return !d.down[p]
}

func (d *downSet) set(p peer.ID, down bool) {
	d.mu.Lock()
	d.down[p] = down
	d.mu.Unlock()
}

// directCoSigners asks the other monitors in process, as peer from.
type directCoSigners struct {
	from     peer.ID
	monitors map[peer.ID]*liveness.Monitor
}

func (d directCoSigners) CoSign(ctx context.Context, to peer.ID, req wire.MissingMemberRequest) ([]byte, error) {
	m, ok := d.monitors[to]
	if !ok {
		return nil, errors.New("unreachable")
	}
	return m.CoSign(ctx, d.from, req)
}

type net struct {
	c        *evmtest.Chain
	d        *evmtest.Contracts
	reg      *chain.Registry
	clock    *fakeClock
	peers    map[uint64]peer.ID // node index => peer ID
	monitors map[peer.ID]*liveness.Monitor
	probers  map[peer.ID]*downSet
}

const timeout = 60 * time.Second

// newNet registers six nodes (one spare), advances to epoch 1 and gives
// every node a monitor with its own prober.
func newNet(t *testing.T) *net {
	t.Helper()
	c := evmtest.NewChain(t, 14)
	d := c.Deploy(evmtest.DeployParams{MinStake: evmtest.Ether(100), EpochLength: 3, UnbondingDelay: 4,
		CreationFee: big.NewInt(1), MissingMemberTimeout: uint64(timeout / time.Second)})
	reg, err := chain.NewRegistry(d.RegistryAddr, c.Client, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	n := &net{c: c, d: d, reg: reg, clock: &fakeClock{t: time.Unix(1_700_000_000, 0)},
		peers: map[uint64]peer.ID{}, monitors: map[peer.ID]*liveness.Monitor{}, probers: map[peer.ID]*downSet{}}
	wallets := map[peer.ID]keyWallet{}
	for op := 1; op <= 6; op++ {
		w := keyWallet{c.Keys[6+op]} // funded: it pays for the report
		spec := c.FillDefaults(evmtest.NodeSpec{Operator: op, Stake: evmtest.Ether(100), EnclaveWallet: w.Address()})
		c.Register(d, spec)
		pid := peer.ID(spec.PeerID)
		n.peers[uint64(op-1)] = pid
		wallets[pid] = w
	}
	c.AdvanceEpoch(d, 13)
	for pid, w := range wallets {
		prober := &downSet{down: map[peer.ID]bool{}}
		n.probers[pid] = prober
		n.monitors[pid] = &liveness.Monitor{
			Registry:  reg,
			Prober:    prober,
			Signer:    w,
			CoSigners: directCoSigners{from: pid, monitors: n.monitors},
			Submitter: &liveness.ChainSubmitter{Chain: c.Client, ChainID: c.ChainID.Uint64(), Reports: d.ReportsAddr, Wallet: w},
			Timeout:   liveness.ContractTimeout{Caller: c.Client, Reports: d.ReportsAddr},
			ChainID:   c.ChainID.Uint64(),
			Reports:   d.ReportsAddr,
			Now:       n.clock.Now,
		}
	}
	return n
}

func (n *net) members(t *testing.T) []uint64 {
	t.Helper()
	idx, err := n.reg.ClusterMemberIndexes(n.c.Ctx(), 1)
	if err != nil {
		t.Fatal(err)
	}
	return idx
}

// stepAll runs one round of every monitor, then mines what they sent.
func (n *net) stepAll(t *testing.T) {
	t.Helper()
	for _, m := range n.monitors {
		if err := m.Step(n.c.Ctx()); err != nil {
			t.Fatalf("step: %v", err)
		}
	}
	n.c.Commit()
}

func (n *net) reportedUntil(t *testing.T, i uint64) uint64 {
	t.Helper()
	r, err := n.reg.ReportedUntil(n.c.Ctx(), i)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestReportDigestMatchesContract(t *testing.T) {
	n := newNet(t)
	for _, tc := range []struct {
		cluster     uint8
		node, epoch uint64
	}{{1, 0, 1}, {1, 4, 7}, {255, 1 << 40, 1 << 60}} {
		want, err := n.d.Reports.ReportDigest(&bind.CallOpts{Context: n.c.Ctx()}, tc.cluster, new(big.Int).SetUint64(tc.node), tc.epoch)
		if err != nil {
			t.Fatal(err)
		}
		if got := liveness.ReportDigest(n.c.ChainID.Uint64(), n.d.ReportsAddr, tc.cluster, tc.node, tc.epoch); got != want {
			t.Errorf("digest(%d, %d, %d) = %x, contract says %x", tc.cluster, tc.node, tc.epoch, got, want)
		}
	}
}

// A member every fellow member has not seen for the timeout is reported,
// taken out of the draw, and replaced in its slot by the next advance.
func TestMonitorsReportAMemberNobodySees(t *testing.T) {
	n := newNet(t)
	before := n.members(t)
	missing := before[1]
	n.stepAll(t) // the monitors start watching
	for _, p := range n.probers {
		p.set(n.peers[missing], true)
	}
	n.clock.Add(timeout - time.Second)
	n.stepAll(t)
	if r := n.reportedUntil(t, missing); r != 0 {
		t.Fatalf("reported before the timeout (reportedUntil %d)", r)
	}
	n.clock.Add(2 * time.Second)
	n.stepAll(t)
	if r := n.reportedUntil(t, missing); r != 2 {
		t.Fatalf("after the timeout reportedUntil = %d, want 2 (out of the draw from epoch 2)", r)
	}
	n.c.AdvanceEpoch(n.d, 13)
	after := n.members(t)
	if slices.Contains(after, missing) || len(after) != len(before) {
		t.Fatalf("cluster after the advance %v still holds the missing node %d (before %v)", after, missing, before)
	}
	for i := range before {
		if i != 1 && after[i] != before[i] {
			t.Fatalf("slot %d changed from %d to %d: only the missing member's slot may change", i, before[i], after[i])
		}
	}
}

// One node that cannot reach a member (its own network, or a lie) cannot
// get it reported: the others have seen it and refuse to co-sign. Nor can
// anyone report a member seen within the timeout.
func TestOneNodeAloneCannotReportAMember(t *testing.T) {
	n := newNet(t)
	m := n.members(t)
	target, accuser := m[2], m[0]
	n.stepAll(t)
	n.probers[n.peers[accuser]].set(n.peers[target], true)
	n.clock.Add(2 * timeout)
	n.stepAll(t)
	if r := n.reportedUntil(t, target); r != 0 {
		t.Fatalf("a member only one node could not reach was reported (reportedUntil %d)", r)
	}
	// The refusal names why.
	mon := n.monitors[n.peers[m[3]]]
	_, err := mon.CoSign(n.c.Ctx(), n.peers[accuser], wire.MissingMemberRequest{ClusterID: 1, NodeIndex: target, Epoch: 1})
	if !errors.Is(err, liveness.ErrNotMissing) {
		t.Fatalf("co-sign for a member seen just now: %v, want ErrNotMissing", err)
	}
	for _, tc := range []struct {
		name string
		from peer.ID
		req  wire.MissingMemberRequest
	}{
		{"wrong epoch", n.peers[accuser], wire.MissingMemberRequest{ClusterID: 1, NodeIndex: target, Epoch: 0}},
		{"not a fellow member asks", peer.ID("stranger"), wire.MissingMemberRequest{ClusterID: 1, NodeIndex: target, Epoch: 1}},
		{"cluster this node is not in", n.peers[accuser], wire.MissingMemberRequest{ClusterID: 2, NodeIndex: target, Epoch: 1}},
		{"asked to report itself", n.peers[accuser], wire.MissingMemberRequest{ClusterID: 1, NodeIndex: m[3], Epoch: 1}},
		{"the asker reports itself", n.peers[accuser], wire.MissingMemberRequest{ClusterID: 1, NodeIndex: accuser, Epoch: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := mon.CoSign(n.c.Ctx(), tc.from, tc.req); !errors.Is(err, liveness.ErrNotMissing) {
				t.Fatalf("got %v, want ErrNotMissing", err)
			}
		})
	}
}
