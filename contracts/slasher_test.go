package contracts_test

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/contracts/evmtest"
	"github.com/cifer-network/cifer/custody"
)

// keySigner is an enclave wallet in a test: a key it signs digests with.
type keySigner struct{ key *ecdsa.PrivateKey }

func (s keySigner) Address() common.Address { return crypto.PubkeyToAddress(s.key.PublicKey) }
func (s keySigner) SignHash(d []byte) ([]byte, error) {
	return crypto.Sign(d, s.key)
}

func newSigner(t *testing.T) keySigner {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return keySigner{k}
}

var slashStake = evmtest.Ether(200)

// slashEnv is a deployment with a Slasher wired into the registry, four
// nodes whose enclave wallet keys the test holds, and epoch 1 elected.
type slashEnv struct {
	t         *testing.T
	c         *evmtest.Chain
	d         *evmtest.Contracts
	reg       *bindings.ClusterRegistry
	s         *bindings.Slasher
	sAddr     common.Address
	wallets   map[int]keySigner // operator account => enclave wallet
	reporter  int               // account of the reporter (no node)
	dealer    int               // an elected Black Box's operator
	custodian int               // another elected Black Box's operator
	outsider  int               // a registered node not elected
}

func newSlashEnv(t *testing.T) *slashEnv {
	t.Helper()
	c := evmtest.NewChain(t, 7)
	d := c.Deploy(defaultParams())
	e := &slashEnv{t: t, c: c, d: d, reg: d.Registry, wallets: map[int]keySigner{}, reporter: 6}
	addr, dtx, s, err := bindings.DeploySlasher(c.Opts(0), c.Client, d.RegistryAddr)
	c.Mine(dtx, err)
	e.s, e.sAddr = s, addr
	c.Mine(e.reg.SetSlasher(c.Opts(0), addr))
	for op := 1; op <= 5; op++ {
		w := newSigner(t)
		e.wallets[op] = w
		c.Register(d, evmtest.NodeSpec{Operator: op, EnclaveWallet: w.Address(), Stake: slashStake})
	}
	c.AdvanceEpoch(d, 0)
	bbs, err := e.reg.BlackBoxes(call(c))
	if err != nil || len(bbs) != 3 {
		t.Fatalf("blackBoxes = %v, %v", bbs, err)
	}
	elected := map[common.Address]bool{}
	for _, b := range bbs {
		elected[b] = true
	}
	e.dealer, e.custodian = e.opOf(bbs[0]), e.opOf(bbs[1])
	for op := 1; op <= 5; op++ {
		if !elected[c.Addrs[op]] {
			e.outsider = op
		}
	}
	return e
}

func (e *slashEnv) opOf(a common.Address) int {
	for i, x := range e.c.Addrs {
		if x == a {
			return i
		}
	}
	e.t.Fatalf("no account %s", a)
	return 0
}

// record is a creation record of chain 7, secret 42, version 1 with three
// shares, signed by dealer for epoch.
func (e *slashEnv) record(dealer keySigner, epoch uint64, hashes ...[32]byte) *custody.CreationRecord {
	e.t.Helper()
	if hashes == nil {
		hashes = [][32]byte{sha256.Sum256([]byte("s1")), sha256.Sum256([]byte("s2")), sha256.Sum256([]byte("s3"))}
	}
	r := &custody.CreationRecord{ChainID: 7, SecretID: 42, ShareVersion: 1, ClusterID: 1, Threshold: 2,
		PublicKey: make([]byte, 1184), PublicKeyCID: "bafkreiexamplecidofthepublickeyxxxxxxxxxxxxxxxxxxxxxxxxxx",
		ShareHashes: hashes, Epoch: epoch}
	if err := r.Sign(dealer); err != nil {
		e.t.Fatal(err)
	}
	return r
}

// release is custodian's signed release at x of the share with hash h under rec.
func (e *slashEnv) release(custodian keySigner, rec *custody.CreationRecord, x byte, h [32]byte) *custody.Release {
	e.t.Helper()
	dg, err := rec.Digest()
	if err != nil {
		e.t.Fatal(err)
	}
	r := &custody.Release{ChainID: rec.ChainID, SecretID: rec.SecretID, ShareVersion: rec.ShareVersion, X: x,
		ShareHash: h, RecordDigest: dg}
	if err := r.Sign(custodian); err != nil {
		e.t.Fatal(err)
	}
	return r
}

func releaseArg(r *custody.Release) bindings.SlasherRelease {
	return bindings.SlasherRelease{ChainId: r.ChainID, SecretId: r.SecretID, ShareVersion: r.ShareVersion, X: r.X,
		ShareHash: r.ShareHash, RecordDigest: r.RecordDigest, Custodian: r.Custodian, Signature: r.Signature}
}

func body(t *testing.T, r *custody.CreationRecord) []byte {
	t.Helper()
	b, err := r.Body()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func (e *slashEnv) submitRelease(rec *custody.CreationRecord, recSig []byte, rel *custody.Release) error {
	_, err := e.s.SlashBadRelease(e.c.Opts(e.reporter), body(e.t, rec), recSig, releaseArg(rel))
	return err
}

func (e *slashEnv) balance(a common.Address) *big.Int {
	b, err := e.d.Token.BalanceOf(call(e.c), a)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

var deadAddr = common.HexToAddress("0x000000000000000000000000000000000000dEaD")

var wrongHash = sha256.Sum256([]byte("not the dealt share"))

// TestSlashBadRelease: a custodian's signed release whose hash differs from
// the elected dealer's record at its x slashes it: half its stake is taken,
// a fifth of that paid to the reporter and the rest burned, it leaves the
// draw and the elected set at once, and it withdraws only what is left.
func TestSlashBadRelease(t *testing.T) {
	e := newSlashEnv(t)
	c := e.c
	custAddr := e.wallets[e.custodian].Address()
	if ok, _ := e.reg.IsElectedBlackBox(call(c), custAddr); !ok {
		t.Fatal("custodian not elected before the slash")
	}
	rec := e.record(e.wallets[e.dealer], 1)
	rel := e.release(e.wallets[e.custodian], rec, 2, wrongHash)
	repBefore, deadBefore := e.balance(c.Addrs[e.reporter]), e.balance(deadAddr)
	tx, err := e.s.SlashBadRelease(c.Opts(e.reporter), body(t, rec), rec.Signature, releaseArg(rel))
	rcpt := c.Mine(tx, err)
	t.Logf("slashBadRelease gas: %d (record of %d bytes)", rcpt.GasUsed, len(body(t, rec)))

	half, tenth := new(big.Int).Div(slashStake, big.NewInt(2)), new(big.Int).Div(slashStake, big.NewInt(10))
	if got := new(big.Int).Sub(e.balance(c.Addrs[e.reporter]), repBefore); got.Cmp(tenth) != 0 {
		t.Fatalf("reporter paid %v; want %v", got, tenth)
	}
	if got := new(big.Int).Sub(e.balance(deadAddr), deadBefore); got.Cmp(new(big.Int).Sub(half, tenth)) != 0 {
		t.Fatalf("burned %v; want %v", got, new(big.Int).Sub(half, tenth))
	}
	n, err := e.reg.NodeByEnclaveWallet(call(c), custAddr)
	if err != nil || n.Stake.Cmp(half) != 0 || n.Status != bindings.NodeStatusUnbonding {
		t.Fatalf("slashed node = stake %v status %d, %v; want %v unbonding", n.Stake, n.Status, err, half)
	}
	if ok, _ := e.reg.IsElectedBlackBox(call(c), custAddr); ok {
		t.Fatal("slashed custodian still an elected Black Box")
	}
	idx, _ := e.reg.NodeIndexOf(call(c), c.Addrs[e.custodian])
	if w, _ := e.reg.DrawWeight(call(c), idx); w.Sign() != 0 {
		t.Fatalf("slashed node's draw weight = %v; want 0", w)
	}
	var found bool
	for _, l := range rcpt.Logs {
		if ev, err := e.reg.ParseNodeSlashed(*l); err == nil {
			found = ev.Operator == c.Addrs[e.custodian] && ev.Amount.Cmp(half) == 0
		}
	}
	if !found {
		t.Fatal("no NodeSlashed event for the custodian")
	}
	// It withdraws the half left, after the delay and the next epoch.
	c.CommitBlocks(int(defaultParams().UnbondingDelay))
	c.AdvanceEpoch(e.d, 0)
	before := e.balance(c.Addrs[e.custodian])
	c.Mine(e.reg.Withdraw(c.Opts(e.custodian)))
	if got := new(big.Int).Sub(e.balance(c.Addrs[e.custodian]), before); got.Cmp(half) != 0 {
		t.Fatalf("withdraw paid %v; want %v", got, half)
	}
	// Withdrawn: no longer slashable.
	rel2 := e.release(e.wallets[e.custodian], rec, 2, sha256.Sum256([]byte("another wrong one")))
	rec.ShareVersion = 1
	_, err = e.s.SlashBadRelease(c.Opts(e.reporter), body(t, rec), rec.Signature, releaseArg(rel2))
	c.ExpectRevert("Fault already slashed", err)
	ack := e.ack(e.wallets[e.custodian], 9, 1, wrongHash)
	ack2 := e.ack(e.wallets[e.custodian], 9, 1, sha256.Sum256([]byte("x")))
	_, err = e.s.SlashAckEquivocation(c.Opts(e.reporter), ack, ack2)
	c.ExpectRevert("Node not found", err)
}

// TestSlashRefusals: evidence that is forged, about an honest custodian,
// signed by a wallet that was not elected, or malformed is refused, and
// nobody's stake moves.
func TestSlashRefusals(t *testing.T) {
	e := newSlashEnv(t)
	dealer, cust := e.wallets[e.dealer], e.wallets[e.custodian]
	good := e.record(dealer, 1)
	stranger := newSigner(t)
	cases := []struct {
		name string
		want string
		make func() (*custody.CreationRecord, []byte, *custody.Release)
	}{
		{"honest custodian: release matches the record", "Release matches record", func() (*custody.CreationRecord, []byte, *custody.Release) {
			return good, good.Signature, e.release(cust, good, 2, good.ShareHashes[1])
		}},
		{"release signed by another key", "Bad release signature", func() (*custody.CreationRecord, []byte, *custody.Release) {
			r := e.release(stranger, good, 2, wrongHash)
			r.Custodian = cust.Address()
			return good, good.Signature, r
		}},
		{"release with its hash changed after signing", "Bad release signature", func() (*custody.CreationRecord, []byte, *custody.Release) {
			r := e.release(cust, good, 2, good.ShareHashes[1])
			r.ShareHash = wrongHash
			return good, good.Signature, r
		}},
		{"record signature forged", "Bad record signature", func() (*custody.CreationRecord, []byte, *custody.Release) {
			forged := e.record(stranger, 1)
			forged.BlackBox = dealer.Address()
			return forged, forged.Signature, e.release(cust, forged, 2, wrongHash)
		}},
		{"record by a non-elected node's wallet", "Dealer not elected", func() (*custody.CreationRecord, []byte, *custody.Release) {
			r := e.record(e.wallets[e.outsider], 1)
			return r, r.Signature, e.release(cust, r, 2, wrongHash)
		}},
		{"record by an unregistered wallet", "Dealer not elected", func() (*custody.CreationRecord, []byte, *custody.Release) {
			r := e.record(stranger, 1)
			return r, r.Signature, e.release(cust, r, 2, wrongHash)
		}},
		{"record naming an epoch its dealer was not elected in", "Dealer not elected", func() (*custody.CreationRecord, []byte, *custody.Release) {
			r := e.record(dealer, 2)
			return r, r.Signature, e.release(cust, r, 2, wrongHash)
		}},
		{"honest release of one record against another record", "Release names another record", func() (*custody.CreationRecord, []byte, *custody.Release) {
			// A malicious dealer signs a second record with another hash at
			// x=2; the honest custodian's release names the record it holds.
			other := e.record(dealer, 1, good.ShareHashes[0], wrongHash, good.ShareHashes[2])
			return other, other.Signature, e.release(cust, good, 2, good.ShareHashes[1])
		}},
		{"release of another secret", "Release is of another share", func() (*custody.CreationRecord, []byte, *custody.Release) {
			r := e.release(cust, good, 2, wrongHash)
			r.SecretID = 43
			_ = r.Sign(cust)
			return good, good.Signature, r
		}},
		{"x outside the record", "x outside the record", func() (*custody.CreationRecord, []byte, *custody.Release) {
			return good, good.Signature, e.release(cust, good, 4, wrongHash)
		}},
		{"release by a wallet that is no node", "Node not found", func() (*custody.CreationRecord, []byte, *custody.Release) {
			return good, good.Signature, e.release(stranger, good, 2, wrongHash)
		}},
	}
	stakeBefore := e.balance(e.d.RegistryAddr)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rec, sig, rel := tc.make()
			e.c.ExpectRevert(tc.want, e.submitRelease(rec, sig, rel))
		})
	}
	t.Run("truncated record", func(t *testing.T) {
		b := body(t, good)
		_, err := e.s.SlashBadRelease(e.c.Opts(e.reporter), b[:len(b)-1], good.Signature, releaseArg(e.release(cust, good, 2, wrongHash)))
		e.c.ExpectRevert("Malformed record", err)
	})
	if got := e.balance(e.d.RegistryAddr); got.Cmp(stakeBefore) != 0 {
		t.Fatalf("registry holds %v after refusals; want %v", got, stakeBefore)
	}
}

// TestSlashReplay: the same evidence is used once, and other evidence of
// the same fault (another wrong hash for the same version) is refused too.
func TestSlashReplay(t *testing.T) {
	e := newSlashEnv(t)
	rec := e.record(e.wallets[e.dealer], 1)
	rel := e.release(e.wallets[e.custodian], rec, 2, wrongHash)
	e.c.Mine(e.s.SlashBadRelease(e.c.Opts(e.reporter), body(t, rec), rec.Signature, releaseArg(rel)))
	e.c.ExpectRevert("Evidence already used", e.submitRelease(rec, rec.Signature, rel))
	other := e.release(e.wallets[e.custodian], rec, 2, sha256.Sum256([]byte("second wrong")))
	e.c.ExpectRevert("Fault already slashed", e.submitRelease(rec, rec.Signature, other))
	if n, err := e.s.SlashCount(call(e.c)); err != nil || n.Int64() != 1 {
		t.Fatalf("slashCount = %v, %v; want 1", n, err)
	}
}

func (e *slashEnv) ack(w keySigner, x byte, version uint32, h [32]byte) bindings.SlasherAck {
	e.t.Helper()
	a := &custody.Ack{ChainID: 7, SecretID: 42, ShareVersion: version, X: x, ShareHash: h, Custodian: w.Address()}
	sig, err := w.SignHash(a.Digest())
	if err != nil {
		e.t.Fatal(err)
	}
	return bindings.SlasherAck{ChainId: a.ChainID, SecretId: a.SecretID, ShareVersion: a.ShareVersion, X: a.X,
		ShareHash: a.ShareHash, Custodian: a.Custodian, Signature: sig}
}

// TestSlashAckEquivocation: two acks by one custodian for one version with
// different shares slash it once; agreeing, forged or mixed acks do not.
func TestSlashAckEquivocation(t *testing.T) {
	e := newSlashEnv(t)
	c := e.c
	cust, other := e.wallets[e.custodian], e.wallets[e.outsider]
	a := e.ack(cust, 2, 1, sha256.Sum256([]byte("s2")))
	b := e.ack(cust, 2, 1, wrongHash)
	forged := b
	forged.Signature = e.ack(other, 2, 1, wrongHash).Signature
	cases := []struct {
		name string
		a, b bindings.SlasherAck
		want string
	}{
		{"the same ack twice", a, a, "Acks agree"},
		{"acks of different versions", a, e.ack(cust, 2, 2, wrongHash), "Acks of different shares"},
		{"acks of different custodians", a, e.ack(other, 2, 1, wrongHash), "Acks of different custodians"},
		{"second ack forged", a, forged, "Bad ack signature"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.s.SlashAckEquivocation(c.Opts(e.reporter), tc.a, tc.b)
			c.ExpectRevert(tc.want, err)
		})
	}
	rcpt := c.Mine(e.s.SlashAckEquivocation(c.Opts(e.reporter), a, b))
	t.Logf("slashAckEquivocation gas: %d", rcpt.GasUsed)
	n, _ := e.reg.NodeByEnclaveWallet(call(c), cust.Address())
	if n.Stake.Cmp(new(big.Int).Div(slashStake, big.NewInt(2))) != 0 {
		t.Fatalf("stake after equivocation slash = %v", n.Stake)
	}
	_, err := e.s.SlashAckEquivocation(c.Opts(e.reporter), b, a)
	c.ExpectRevert("Evidence already used", err)
	// Another x for the same version is also a conflict, but the same fault.
	_, err = e.s.SlashAckEquivocation(c.Opts(e.reporter), a, e.ack(cust, 3, 1, sha256.Sum256([]byte("s2"))))
	c.ExpectRevert("Fault already slashed", err)
	// An unbonding node stays slashable: a fault of another version.
	_, err = e.s.SlashAckEquivocation(c.Opts(e.reporter), e.ack(cust, 2, 5, wrongHash), e.ack(cust, 3, 5, wrongHash))
	if err != nil {
		t.Fatalf("second fault of the unbonding node refused: %v", err)
	}
}

// TestSlashWhileAdvancePending: a slash between requestAdvance and
// advanceEpoch queues the weight change (the pending draw keeps its
// weights, against grinding) but the wallet is refused as an elected Black
// Box at once, and for the epoch being drawn even if the draw picks it.
func TestSlashWhileAdvancePending(t *testing.T) {
	e := newSlashEnv(t)
	c := e.c
	c.PrepareAdvance(e.d, 0)
	rec := e.record(e.wallets[e.dealer], 1)
	c.Mine(e.s.SlashBadRelease(c.Opts(e.reporter), body(t, rec), rec.Signature, releaseArg(e.release(e.wallets[e.custodian], rec, 2, wrongHash))))
	if q, _ := e.reg.QueuedWeightCount(call(c)); q.Int64() != 1 {
		t.Fatalf("queued weight changes = %v; want 1", q)
	}
	w := e.wallets[e.custodian].Address()
	if ok, _ := e.reg.IsElectedBlackBox(call(c), w); ok {
		t.Fatal("slashed wallet still elected while the advance is pending")
	}
	opts := c.Opts(0)
	opts.GasLimit = evmtest.AdvanceEpochGasLimit
	c.Mine(e.reg.AdvanceEpoch(opts))
	if ok, _ := e.reg.WasElectedBlackBox(call(c), 2, w); ok {
		t.Fatal("slashed wallet counts as elected in the epoch drawn after the slash")
	}
	if ok, _ := e.reg.WasElectedBlackBox(call(c), 1, w); !ok {
		t.Fatal("history of the epoch before the slash changed")
	}
	idx, _ := e.reg.NodeIndexOf(call(c), c.Addrs[e.custodian])
	if wt, _ := e.reg.DrawWeight(call(c), idx); wt.Sign() != 0 {
		t.Fatalf("draw weight after the advance = %v; want 0", wt)
	}
}

// TestSlashAuthority: only the Slasher calls registry.slash; only
// governance sets the slasher, the fractions, the rewards hook and hands on
// the Slasher's governance.
func TestSlashAuthority(t *testing.T) {
	e := newSlashEnv(t)
	c := e.c
	w := e.wallets[e.custodian].Address()
	_, err := e.reg.Slash(c.Opts(e.reporter), w, 5000, [32]byte{1})
	c.ExpectRevert("Not slasher", err)
	_, err = e.reg.Slash(c.Opts(0), w, 5000, [32]byte{1})
	c.ExpectRevert("Not slasher", err)
	_, err = e.reg.SetSlasher(c.Opts(e.reporter), c.Addrs[e.reporter])
	c.ExpectRevert("Not governance", err)
	_, err = e.s.SetFractions(c.Opts(e.reporter), 10000, 10000)
	c.ExpectRevert("Not governance", err)
	_, err = e.s.SetRewards(c.Opts(e.reporter), c.Addrs[e.reporter])
	c.ExpectRevert("Not governance", err)
	_, err = e.s.TransferGovernance(c.Opts(e.reporter), c.Addrs[e.reporter])
	c.ExpectRevert("Not governance", err)
	_, err = e.s.SetFractions(c.Opts(0), 10001, 0)
	c.ExpectRevert("Invalid fraction", err)

	// Governance changes the fractions: all of the stake, all to the reporter.
	c.Mine(e.s.SetFractions(c.Opts(0), 10000, 10000))
	rec := e.record(e.wallets[e.dealer], 1)
	before := e.balance(c.Addrs[e.reporter])
	c.Mine(e.s.SlashBadRelease(c.Opts(e.reporter), body(t, rec), rec.Signature, releaseArg(e.release(e.wallets[e.custodian], rec, 2, wrongHash))))
	if got := new(big.Int).Sub(e.balance(c.Addrs[e.reporter]), before); got.Cmp(slashStake) != 0 {
		t.Fatalf("reporter paid %v; want the whole stake %v", got, slashStake)
	}
	// With the slasher removed, nothing slashes.
	c.Mine(e.reg.SetSlasher(c.Opts(0), common.Address{}))
	_, err = e.s.SlashAckEquivocation(c.Opts(e.reporter), e.ack(e.wallets[e.dealer], 1, 1, wrongHash), e.ack(e.wallets[e.dealer], 2, 1, wrongHash))
	c.ExpectRevert("Not slasher", err)
}

// TestSlashGas logs the gas of each slashing call (a record of 1,184-byte
// public key and three shares, as the tests deal) and the runtime sizes of
// the registry and the Slasher, which must stay under EIP-170's 24,576.
func TestSlashGas(t *testing.T) {
	e := newSlashEnv(t)
	c := e.c
	rec := e.record(e.wallets[e.dealer], 1)
	rel := e.release(e.wallets[e.custodian], rec, 2, wrongHash)
	r1 := c.Mine(e.s.SlashBadRelease(c.Opts(e.reporter), body(t, rec), rec.Signature, releaseArg(rel)))
	cust := e.wallets[e.outsider]
	r2 := c.Mine(e.s.SlashAckEquivocation(c.Opts(e.reporter), e.ack(cust, 2, 1, sha256.Sum256([]byte("s2"))), e.ack(cust, 2, 1, wrongHash)))
	t.Logf("| call | gas |")
	t.Logf("| --- | ---: |")
	t.Logf("| `slashBadRelease` (record body %d bytes; Active node, no advance pending) | %d |", len(body(t, rec)), r1.GasUsed)
	t.Logf("| `slashAckEquivocation` (Active node, no advance pending) | %d |", r2.GasUsed)
	for name, addr := range map[string]common.Address{"ClusterRegistry": e.d.RegistryAddr, "Slasher": e.sAddr} {
		code, err := c.Client.CodeAt(c.Ctx(), addr, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s runtime bytecode: %d bytes (EIP-170 limit 24,576)", name, len(code))
		if len(code) > 24576 {
			t.Errorf("%s runtime bytecode %d bytes exceeds EIP-170", name, len(code))
		}
	}
}

// TestSlashedEarnsNothingThatEpoch: the Slasher tells the rewards pool, so
// a custodian slashed in an epoch gets nothing of that epoch's fees, and
// the others share its part.
func TestSlashedEarnsNothingThatEpoch(t *testing.T) {
	e := newSlashEnv(t)
	c := e.c
	poolAddr, tx, pool, err := bindings.DeployRewardsPool(c.Opts(0), c.Client, e.d.RegistryAddr)
	c.Mine(tx, err)
	c.Mine(e.d.Controller.SetRewardsPool(c.Opts(0), poolAddr))
	c.Mine(pool.SetExcluder(c.Opts(0), e.sAddr, true))
	_, err = e.s.SetRewards(c.Opts(e.reporter), poolAddr)
	c.ExpectRevert("Not governance", err)
	c.Mine(e.s.SetRewards(c.Opts(0), poolAddr))

	epoch, _ := e.reg.CurrentEpoch(call(c))
	createSecret(t, c, e.d, e.reporter) // a fee in this epoch
	rec := e.record(e.wallets[e.dealer], epoch)
	rel := e.release(e.wallets[e.custodian], rec, 2, wrongHash)
	c.Mine(e.s.SlashBadRelease(c.Opts(e.reporter), body(t, rec), rec.Signature, releaseArg(rel)))
	for now, _ := e.reg.CurrentEpoch(call(c)); now < epoch+2; now, _ = e.reg.CurrentEpoch(call(c)) {
		c.AdvanceEpoch(e.d, 0)
	}
	owed := func(op int) *big.Int {
		t.Helper()
		v, err := pool.Claimable(call(c), c.Addrs[op], epoch)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if v := owed(e.custodian); v.Sign() != 0 {
		t.Fatalf("the slashed custodian may claim %v for the epoch it was slashed in", v)
	}
	if v := owed(e.dealer); v.Sign() == 0 {
		t.Fatal("an honest participant earns nothing: the test shows nothing")
	}
}
