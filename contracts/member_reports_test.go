package contracts_test

import (
	"crypto/ecdsa"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/contracts/evmtest"
)

// A cluster member nobody can reach must not stall its cluster for ever
// (key safety, finding 7): t fellow members sign a report, the contract
// checks the signatures and takes the member out of the draw, and the next
// advance puts a newly drawn node in its slot.

// reportNet registers six nodes (operators 1..6) whose enclave wallets this
// test holds, and advances to epoch 1: one cluster of five, one spare.
type reportNet struct {
	c    *evmtest.Chain
	d    *evmtest.Contracts
	keys map[uint64]*ecdsa.PrivateKey // node index => enclave wallet key
}

func newReportNet(t *testing.T) *reportNet {
	t.Helper()
	c := evmtest.NewChain(t, 8)
	d := c.Deploy(defaultParams()) // clusters of 5, threshold 3
	n := &reportNet{c: c, d: d, keys: map[uint64]*ecdsa.PrivateKey{}}
	for op := 1; op <= 6; op++ {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		n.keys[uint64(op-1)] = k
		c.Register(d, evmtest.NodeSpec{Operator: op, Stake: evmtest.Ether(100), EnclaveWallet: crypto.PubkeyToAddress(k.PublicKey)})
	}
	c.AdvanceEpoch(d, 7)
	return n
}

func (n *reportNet) members(t *testing.T) []uint64 {
	t.Helper()
	idx, err := n.d.Registry.ClusterMemberIndexes(call(n.c), 1)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]uint64, len(idx))
	for i, v := range idx {
		out[i] = v.Uint64()
	}
	return out
}

func (n *reportNet) epoch(t *testing.T) uint64 {
	t.Helper()
	e, err := n.d.Registry.CurrentEpoch(call(n.c))
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// sign returns the signatures of signers (node indexes, in the order given)
// on a report of node in epoch.
func (n *reportNet) sign(t *testing.T, node, epoch uint64, signers ...uint64) [][]byte {
	t.Helper()
	digest, err := n.d.Reports.ReportDigest(call(n.c), 1, new(big.Int).SetUint64(node), epoch)
	if err != nil {
		t.Fatal(err)
	}
	var sigs [][]byte
	for _, s := range signers {
		sig, err := crypto.Sign(digest[:], n.keys[s])
		if err != nil {
			t.Fatal(err)
		}
		sig[64] += 27
		sigs = append(sigs, sig)
	}
	return sigs
}

func (n *reportNet) weight(t *testing.T, node uint64) *big.Int {
	t.Helper()
	w, err := n.d.Registry.DrawWeight(call(n.c), new(big.Int).SetUint64(node))
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func spareOf(members []uint64) uint64 {
	for i := uint64(0); i < 6; i++ {
		if !slices.Contains(members, i) {
			return i
		}
	}
	panic("no spare")
}

func TestMissingMemberReplacedInItsSlot(t *testing.T) {
	n := newReportNet(t)
	c, reg := n.c, n.d.Registry
	before := n.members(t)
	missing := before[1]
	spare := spareOf(before)
	fellows := []uint64{before[0], before[2], before[3]} // slot order, t = 3
	rcpt := c.Mine(n.d.Reports.ReportMissing(c.Opts(7), 1, new(big.Int).SetUint64(missing), n.sign(t, missing, n.epoch(t), fellows...)))
	t.Logf("reportMissing with 3 signatures: %d gas", rcpt.GasUsed)
	if w := n.weight(t, missing); w.Sign() != 0 {
		t.Fatalf("reported node's draw weight = %v, want 0", w)
	}
	until, err := reg.ReportedUntil(call(c), new(big.Int).SetUint64(missing))
	if err != nil || until != n.epoch(t)+1 {
		t.Fatalf("reportedUntil = %d (%v), want %d", until, err, n.epoch(t)+1)
	}
	// Its operator cannot put it back before the advance replaced it.
	_, err = reg.Rejoin(c.Opts(int(missing) + 1))
	c.ExpectRevert("Not replaced yet", err)

	c.AdvanceEpoch(n.d, 7)
	want := slices.Clone(before)
	want[1] = spare
	if got := n.members(t); !slices.Equal(got, want) {
		t.Fatalf("cluster after the advance: %v, want %v (the spare in the reported member's slot, the others where they were)", got, want)
	}
	// Rejoined, it is drawable again (and may be drawn in later epochs).
	c.Mine(reg.Rejoin(c.Opts(int(missing) + 1)))
	if w := n.weight(t, missing); w.Cmp(evmtest.Ether(100)) != 0 {
		t.Fatalf("rejoined node's draw weight = %v, want its stake", w)
	}
	_, err = reg.Rejoin(c.Opts(int(missing) + 1))
	c.ExpectRevert("Not reported", err)
}

func TestMissingMemberReportRefusals(t *testing.T) {
	n := newReportNet(t)
	c := n.c
	m := n.members(t)
	spare := spareOf(m)
	epoch := n.epoch(t)
	missing := m[4]
	report := func(node uint64, sigs [][]byte) error {
		_, err := n.d.Reports.ReportMissing(c.Opts(7), 1, new(big.Int).SetUint64(node), sigs)
		return err
	}
	cases := []struct {
		name string
		node uint64
		sigs [][]byte
		want string
	}{
		{"two signatures when t is three", missing, n.sign(t, missing, epoch, m[0], m[1]), "Too few signatures"},
		{"a signer outside the cluster", missing, n.sign(t, missing, epoch, m[0], m[1], spare), "Signer not a fellow member"},
		{"the reported node signs for itself", missing, n.sign(t, missing, epoch, m[0], m[1], missing), "Signer not a fellow member"},
		{"one member signs twice", missing, n.sign(t, missing, epoch, m[0], m[1], m[1]), "Signer not a fellow member"},
		{"signers out of slot order", missing, n.sign(t, missing, epoch, m[1], m[0], m[2]), "Signer not a fellow member"},
		{"signed for another epoch (replay)", missing, n.sign(t, missing, epoch-1, m[0], m[1], m[2]), "Signer not a fellow member"},
		{"signed for another node", missing, n.sign(t, m[3], epoch, m[0], m[1], m[2]), "Signer not a fellow member"},
		{"a node outside the cluster", spare, n.sign(t, spare, epoch, m[0], m[1], m[2]), "Not a cluster member"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c.ExpectRevert(tc.want, report(tc.node, tc.sigs))
		})
	}
	// Nothing above took effect.
	if w := n.weight(t, missing); w.Sign() == 0 {
		t.Fatal("a refused report took the node out of the draw")
	}
	c.Mine(n.d.Reports.ReportMissing(c.Opts(7), 1, new(big.Int).SetUint64(missing), n.sign(t, missing, epoch, m[0], m[1], m[2])))
	c.ExpectRevert("Already reported", report(missing, n.sign(t, missing, epoch, m[1], m[2], m[3])))
	// A reported member cannot sign reports itself.
	c.ExpectRevert("Signer not a fellow member", report(m[3], n.sign(t, m[3], epoch, m[0], m[1], missing)))

	// Only MemberReports marks members, only governance names it, and only
	// governance sets the timeout.
	_, err := n.d.Registry.MarkMissing(c.Opts(7), big.NewInt(int64(m[0])))
	c.ExpectRevert("Not member reports", err)
	_, err = n.d.Registry.SetMemberReports(c.Opts(7), c.Addrs[7])
	c.ExpectRevert("Not governance", err)
	_, err = n.d.Reports.SetMissingMemberTimeout(c.Opts(7), 5)
	c.ExpectRevert("Not governance", err)
	c.Mine(n.d.Reports.SetMissingMemberTimeout(c.Opts(0), 5))
	if got, err := n.d.Reports.MissingMemberTimeout(call(c)); err != nil || got != 5 {
		t.Fatalf("timeout = %d (%v), want 5", got, err)
	}
}

// A report while an advance is pending changes no weight the pending draw
// uses (finding 8): the member leaves the draw after it, and the advance
// after that replaces it.
func TestMissingMemberReportWhilePendingIsQueued(t *testing.T) {
	n := newReportNet(t)
	c := n.c
	m := n.members(t)
	missing := m[2]
	n.c.PrepareAdvance(n.d, 7)
	epoch := n.epoch(t)
	c.Mine(n.d.Reports.ReportMissing(c.Opts(7), 1, new(big.Int).SetUint64(missing), n.sign(t, missing, epoch, m[0], m[1], m[3])))
	if w := n.weight(t, missing); w.Sign() == 0 {
		t.Fatal("a report while an advance is pending changed the pending draw's weights")
	}
	until, err := n.d.Registry.ReportedUntil(call(c), new(big.Int).SetUint64(missing))
	if err != nil || until != epoch+2 {
		t.Fatalf("reportedUntil = %d (%v), want %d", until, err, epoch+2)
	}
	opts := c.Opts(7)
	opts.GasLimit = evmtest.AdvanceEpochGasLimit
	c.Mine(n.d.Registry.AdvanceEpoch(opts))
	if w := n.weight(t, missing); w.Sign() != 0 {
		t.Fatalf("after the pending draw the reported node's weight = %v, want 0", w)
	}
	if !slices.Contains(n.members(t), missing) {
		t.Fatal("the pending draw replaced the member although its weight was fixed before the report")
	}
	c.AdvanceEpoch(n.d, 7)
	if slices.Contains(n.members(t), missing) {
		t.Fatal("the advance after the report did not replace the member")
	}
	c.Mine(n.d.Registry.Rejoin(c.Opts(int(missing) + 1)))
}

// A member reported missing earns nothing for the epoch it was reported
// in: MemberReports tells the rewards pool, which lists it as an excluder.
func TestMissingMemberEarnsNothingThatEpoch(t *testing.T) {
	n := newReportNet(t)
	c := n.c
	poolAddr, tx, pool, err := bindings.DeployRewardsPool(c.Opts(0), c.Client, n.d.RegistryAddr)
	c.Mine(tx, err)
	c.Mine(n.d.Controller.SetRewardsPool(c.Opts(0), poolAddr))
	c.Mine(pool.SetExcluder(c.Opts(0), n.d.ReportsAddr, true))
	_, err = n.d.Reports.SetRewardsPool(c.Opts(7), poolAddr)
	c.ExpectRevert("Not governance", err)
	c.Mine(n.d.Reports.SetRewardsPool(c.Opts(0), poolAddr))

	m := n.members(t)
	epoch := n.epoch(t)
	createSecret(t, c, n.d, 7) // a fee in this epoch
	missing, kept := m[1], m[0]
	c.Mine(n.d.Reports.ReportMissing(c.Opts(7), 1, new(big.Int).SetUint64(missing), n.sign(t, missing, epoch, m[0], m[2], m[3])))
	for n.epoch(t) < epoch+2 { // claims of epoch open two epochs later
		c.AdvanceEpoch(n.d, 7)
	}
	owed := func(node uint64) *big.Int {
		t.Helper()
		v, err := pool.ClaimableByNode(call(c), new(big.Int).SetUint64(node), epoch)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if v := owed(missing); v.Sign() != 0 {
		t.Fatalf("the reported member may claim %v for the epoch it was reported in", v)
	}
	if v := owed(kept); v.Sign() == 0 {
		t.Fatal("a member who stayed earns nothing: the test shows nothing")
	}
}
