package contracts_test

import (
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/contracts/evmtest"
)

var testFee = big.NewInt(5_000_000_000_000_000) // 0.005 ether

func defaultParams() evmtest.DeployParams {
	return evmtest.DeployParams{
		MinStake:       evmtest.Ether(100),
		EpochLength:    3,
		UnbondingDelay: 4,
		CreationFee:    new(big.Int).Set(testFee),
	}
}

func payOpts(c *evmtest.Chain, i int, value *big.Int) *bind.TransactOpts {
	o := c.Opts(i)
	o.Value = value
	return o
}

func call(c *evmtest.Chain) *bind.CallOpts { return &bind.CallOpts{Context: c.Ctx()} }

// createSecret sends createSecret() from account i with the exact fee and
// returns the new id from the SecretCreated event.
func createSecret(t *testing.T, c *evmtest.Chain, d *evmtest.Contracts, i int) *big.Int {
	t.Helper()
	rcpt := c.Mine(d.Controller.CreateSecret0(payOpts(c, i, testFee)))
	for _, l := range rcpt.Logs {
		if ev, err := d.Controller.ParseSecretCreated(*l); err == nil {
			return ev.SecretId
		}
	}
	t.Fatal("no SecretCreated event")
	return nil
}

func TestCreateSecret(t *testing.T) {
	c := evmtest.NewChain(t, 3)
	d := c.Deploy(defaultParams())
	sc := d.Controller

	fee, err := sc.SecretCreationFee(call(c))
	if err != nil || fee.Cmp(testFee) != 0 {
		t.Fatalf("secretCreationFee = %v, %v; want %v", fee, err, testFee)
	}
	next, err := sc.NextSecretId(call(c))
	if err != nil || next.Int64() != 1 {
		t.Fatalf("nextSecretId = %v, %v; want 1", next, err)
	}

	one := big.NewInt(1)
	for _, tc := range []struct {
		name  string
		value *big.Int
	}{
		{"fee minus one", new(big.Int).Sub(testFee, one)},
		{"fee plus one", new(big.Int).Add(testFee, one)},
		{"zero", big.NewInt(0)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := sc.CreateSecret0(payOpts(c, 1, tc.value))
			c.ExpectRevert("Incorrect fee", err)
			_, err = sc.CreateSecret(payOpts(c, 1, tc.value), 2)
			c.ExpectRevert("Incorrect fee", err)
		})
	}

	rcpt := c.Mine(sc.CreateSecret0(payOpts(c, 1, testFee)))
	ev := findSecretCreated(t, sc, rcpt)
	if ev.SecretId.Int64() != 1 || ev.Owner != c.Addrs[1] || ev.SecretType != 0 {
		t.Fatalf("SecretCreated = (%v, %v, %v); want (1, %v, 0)", ev.SecretId, ev.Owner, ev.SecretType, c.Addrs[1])
	}
	assertState(t, c, sc, 1, c.Addrs[1], common.Address{}, true, 0, 0, "")

	rcpt = c.Mine(sc.CreateSecret(payOpts(c, 2, testFee), 7))
	ev = findSecretCreated(t, sc, rcpt)
	if ev.SecretId.Int64() != 2 || ev.Owner != c.Addrs[2] || ev.SecretType != 7 {
		t.Fatalf("SecretCreated = (%v, %v, %v); want (2, %v, 7)", ev.SecretId, ev.Owner, ev.SecretType, c.Addrs[2])
	}
	assertState(t, c, sc, 2, c.Addrs[2], common.Address{}, true, 0, 7, "")

	// The default type is governed and used by createSecret().
	c.Mine(sc.SetDefaultSecretType(c.Opts(0), 4))
	if dt, err := sc.DefaultSecretType(call(c)); err != nil || dt != 4 {
		t.Fatalf("defaultSecretType = %v, %v; want 4", dt, err)
	}
	id := createSecret(t, c, d, 1)
	assertState(t, c, sc, id.Int64(), c.Addrs[1], common.Address{}, true, 0, 4, "")
	if next, _ := sc.NextSecretId(call(c)); next.Int64() != 4 {
		t.Fatalf("nextSecretId = %v; want 4", next)
	}

	// The contract holds exactly the fees paid.
	bal, err := c.Client.BalanceAt(c.Ctx(), d.ControllerAddr, nil)
	if err != nil || bal.Cmp(new(big.Int).Mul(testFee, big.NewInt(3))) != 0 {
		t.Fatalf("controller balance = %v, %v; want 3 fees", bal, err)
	}

	// Unknown ids.
	for _, id := range []int64{0, 4, 1000} {
		_, err := sc.GetSecretState(call(c), big.NewInt(id))
		c.ExpectRevert("Secret not found", err)
		_, err = sc.GetSecretOwner(call(c), big.NewInt(id))
		c.ExpectRevert("Secret not found", err)
		_, err = sc.GetDelegate(call(c), big.NewInt(id))
		c.ExpectRevert("Secret not found", err)
		s, err := sc.Secrets(call(c), big.NewInt(id))
		if err != nil || s.Owner != (common.Address{}) {
			t.Fatalf("secrets(%d) = %+v, %v; want zero tuple", id, s, err)
		}
	}
}

func findSecretCreated(t *testing.T, sc *bindings.SecretsController, rcpt *types.Receipt) *bindings.SecretsControllerSecretCreated {
	t.Helper()
	for _, l := range rcpt.Logs {
		if ev, err := sc.ParseSecretCreated(*l); err == nil {
			return ev
		}
	}
	t.Fatal("no SecretCreated event")
	return nil
}

// assertState checks getSecretState, the secrets() getter, getSecretOwner and getDelegate agree with want.
func assertState(t *testing.T, c *evmtest.Chain, sc *bindings.SecretsController, id int64, owner, delegate common.Address, syncing bool, cluster, typ uint8, cid string) {
	t.Helper()
	st, err := sc.GetSecretState(call(c), big.NewInt(id))
	if err != nil {
		t.Fatalf("getSecretState(%d): %v", id, err)
	}
	if st.Owner != owner || st.Delegate != delegate || st.IsSyncing != syncing || st.ClusterId != cluster || st.SecretType != typ || st.PublicKeyCid != cid {
		t.Fatalf("getSecretState(%d) = %+v; want owner %v delegate %v syncing %v cluster %d type %d cid %q", id, st, owner, delegate, syncing, cluster, typ, cid)
	}
	s, err := sc.Secrets(call(c), big.NewInt(id))
	if err != nil {
		t.Fatalf("secrets(%d): %v", id, err)
	}
	if s.Owner != st.Owner || s.Delegate != st.Delegate || s.IsSyncing != st.IsSyncing || s.ClusterId != st.ClusterId || s.SecretType != st.SecretType || s.PublicKeyCid != st.PublicKeyCid {
		t.Fatalf("secrets(%d) = %+v differs from getSecretState %+v", id, s, st)
	}
	if o, err := sc.GetSecretOwner(call(c), big.NewInt(id)); err != nil || o != owner {
		t.Fatalf("getSecretOwner(%d) = %v, %v; want %v", id, o, err, owner)
	}
	if dl, err := sc.GetDelegate(call(c), big.NewInt(id)); err != nil || dl != delegate {
		t.Fatalf("getDelegate(%d) = %v, %v; want %v", id, dl, err, delegate)
	}
}

func TestDelegateAndTransfer(t *testing.T) {
	c := evmtest.NewChain(t, 4)
	d := c.Deploy(defaultParams())
	sc := d.Controller
	owner, other, dele := 1, 2, 3
	id := createSecret(t, c, d, owner)
	unknown := big.NewInt(99)

	_, err := sc.SetDelegate(c.Opts(owner), unknown, c.Addrs[dele])
	c.ExpectRevert("Secret not found", err)
	_, err = sc.SetDelegate(c.Opts(other), id, c.Addrs[dele])
	c.ExpectRevert("Not secret owner", err)
	_, err = sc.SetDelegate(c.Opts(owner), id, common.Address{})
	c.ExpectRevert("Delegate unchanged", err)

	rcpt := c.Mine(sc.SetDelegate(c.Opts(owner), id, c.Addrs[dele]))
	wantDelegateEvents(t, sc, rcpt, id, c.Addrs[dele])
	assertState(t, c, sc, id.Int64(), c.Addrs[owner], c.Addrs[dele], true, 0, 0, "")
	_, err = sc.SetDelegate(c.Opts(owner), id, c.Addrs[dele])
	c.ExpectRevert("Delegate unchanged", err)

	// Clearing with the zero address.
	rcpt = c.Mine(sc.SetDelegate(c.Opts(owner), id, common.Address{}))
	wantDelegateEvents(t, sc, rcpt, id, common.Address{})
	assertState(t, c, sc, id.Int64(), c.Addrs[owner], common.Address{}, true, 0, 0, "")
	c.Mine(sc.SetDelegate(c.Opts(owner), id, c.Addrs[dele]))

	for _, tc := range []struct {
		name     string
		from     int
		id       *big.Int
		newOwner common.Address
		want     string
	}{
		{"unknown secret", owner, unknown, c.Addrs[other], "Secret not found"},
		{"not owner", other, id, c.Addrs[other], "Not secret owner"},
		{"delegate is not owner", dele, id, c.Addrs[other], "Not secret owner"},
		{"zero new owner", owner, id, common.Address{}, "New owner is zero"},
		{"to self", owner, id, c.Addrs[owner], "Already secret owner"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := sc.TransferSecret(c.Opts(tc.from), tc.id, tc.newOwner)
			c.ExpectRevert(tc.want, err)
		})
	}

	rcpt = c.Mine(sc.TransferSecret(c.Opts(owner), id, c.Addrs[other]))
	wantDelegateEvents(t, sc, rcpt, id, common.Address{})
	var transferred bool
	for _, l := range rcpt.Logs {
		if ev, err := sc.ParseSecretOwnershipTransferred(*l); err == nil {
			transferred = ev.SecretId.Cmp(id) == 0 && ev.OldOwner == c.Addrs[owner] && ev.NewOwner == c.Addrs[other]
		}
	}
	if !transferred {
		t.Fatal("SecretOwnershipTransferred(id, old, new) not emitted")
	}
	assertState(t, c, sc, id.Int64(), c.Addrs[other], common.Address{}, true, 0, 0, "")
	_, err = sc.SetDelegate(c.Opts(owner), id, c.Addrs[dele])
	c.ExpectRevert("Not secret owner", err)

	// Transfer without a delegate emits no DelegateUpdated.
	rcpt = c.Mine(sc.TransferSecret(c.Opts(other), id, c.Addrs[owner]))
	for _, l := range rcpt.Logs {
		if _, err := sc.ParseDelegateUpdated(*l); err == nil {
			t.Fatal("DelegateUpdated emitted though no delegate was set")
		}
	}
}

// wantDelegateEvents checks rcpt holds exactly one DelegateUpdated(id, want).
func wantDelegateEvents(t *testing.T, sc *bindings.SecretsController, rcpt *types.Receipt, id *big.Int, want common.Address) {
	t.Helper()
	n := 0
	for _, l := range rcpt.Logs {
		if ev, err := sc.ParseDelegateUpdated(*l); err == nil {
			n++
			if ev.SecretId.Cmp(id) != 0 || ev.NewDelegate != want {
				t.Fatalf("DelegateUpdated(%v, %v); want (%v, %v)", ev.SecretId, ev.NewDelegate, id, want)
			}
		}
	}
	if n != 1 {
		t.Fatalf("%d DelegateUpdated events; want 1", n)
	}
}

// TestSecretsByWalletIsASet drives random creates, transfers and delegate
// changes and checks getSecretsByWallet and getSecretsCountByWallet against
// a model for every wallet after each step.
func TestSecretsByWalletIsASet(t *testing.T) {
	const wallets = 4
	c := evmtest.NewChain(t, wallets+1)
	d := c.Deploy(defaultParams())
	sc := d.Controller
	rng := rand.New(rand.NewPCG(1, 2))

	type secret struct{ owner, delegate int } // account indexes; delegate -1 = none
	model := map[int64]*secret{}
	var ids []int64

	check := func(step int) {
		t.Helper()
		for w := 1; w <= wallets; w++ {
			var wantOwned, wantDelegated []int64
			for id, s := range model {
				if s.owner == w {
					wantOwned = append(wantOwned, id)
				}
				if s.delegate == w {
					wantDelegated = append(wantDelegated, id)
				}
			}
			got, err := sc.GetSecretsByWallet(call(c), c.Addrs[w])
			if err != nil {
				t.Fatalf("step %d: getSecretsByWallet: %v", step, err)
			}
			if !sameSet(got.Owned, wantOwned) || !sameSet(got.Delegated, wantDelegated) {
				t.Fatalf("step %d wallet %d: owned %v delegated %v; want %v and %v", step, w, got.Owned, got.Delegated, wantOwned, wantDelegated)
			}
			o, dl, err := sc.GetSecretsCountByWallet(call(c), c.Addrs[w])
			if err != nil || o.Int64() != int64(len(wantOwned)) || dl.Int64() != int64(len(wantDelegated)) {
				t.Fatalf("step %d wallet %d: counts %v %v, %v; want %d %d", step, w, o, dl, err, len(wantOwned), len(wantDelegated))
			}
		}
	}
	check(-1) // empty arrays, no revert, before any secret

	for step := range 60 {
		switch op := rng.IntN(4); {
		case op == 0 || len(ids) == 0:
			w := 1 + rng.IntN(wallets)
			id := createSecret(t, c, d, w).Int64()
			model[id] = &secret{owner: w, delegate: -1}
			ids = append(ids, id)
		case op == 1:
			id := ids[rng.IntN(len(ids))]
			s := model[id]
			to := 1 + rng.IntN(wallets)
			if to == s.owner {
				continue
			}
			c.Mine(sc.TransferSecret(c.Opts(s.owner), big.NewInt(id), c.Addrs[to]))
			s.owner, s.delegate = to, -1
		default:
			id := ids[rng.IntN(len(ids))]
			s := model[id]
			nd := rng.IntN(wallets+1) - 1 // -1 clears
			if nd == 0 {
				nd = -1
			}
			if nd == s.delegate {
				continue
			}
			addr := common.Address{}
			if nd > 0 {
				addr = c.Addrs[nd]
			}
			c.Mine(sc.SetDelegate(c.Opts(s.owner), big.NewInt(id), addr))
			s.delegate = nd
		}
		check(step)
	}
}

func sameSet(got []*big.Int, want []int64) bool {
	g := make([]int64, len(got))
	for i, v := range got {
		g[i] = v.Int64()
	}
	slices.Sort(g)
	w := slices.Clone(want)
	slices.Sort(w)
	return slices.Equal(g, w)
}

func TestSecretsControllerGovernance(t *testing.T) {
	c := evmtest.NewChain(t, 3)
	d := c.Deploy(defaultParams())
	sc := d.Controller
	gov, other := 0, 1
	payee := common.HexToAddress("0x00000000000000000000000000000000000c1fe2")

	_, err := sc.SetSecretCreationFee(c.Opts(other), big.NewInt(1))
	c.ExpectRevert("Not governance", err)
	_, err = sc.SetDefaultSecretType(c.Opts(other), 1)
	c.ExpectRevert("Not governance", err)
	_, err = sc.SetBlackBoxAuthority(c.Opts(other), c.Addrs[other])
	c.ExpectRevert("Not governance", err)
	_, err = sc.WithdrawFees(c.Opts(other), c.Addrs[other])
	c.ExpectRevert("Not governance", err)
	_, err = sc.TransferGovernance(c.Opts(other), c.Addrs[other])
	c.ExpectRevert("Not governance", err)

	createSecret(t, c, d, other)
	createSecret(t, c, d, other)

	newFee := big.NewInt(42)
	rcpt := c.Mine(sc.SetSecretCreationFee(c.Opts(gov), newFee))
	if ev, err := sc.ParseSecretCreationFeeChanged(*rcpt.Logs[0]); err != nil || ev.Fee.Cmp(newFee) != 0 {
		t.Fatalf("SecretCreationFeeChanged = %v, %v", ev, err)
	}
	_, err = sc.CreateSecret0(payOpts(c, other, testFee))
	c.ExpectRevert("Incorrect fee", err)
	c.Mine(sc.CreateSecret0(payOpts(c, other, newFee)))

	rcpt = c.Mine(sc.SetDefaultSecretType(c.Opts(gov), 9))
	if ev, err := sc.ParseDefaultSecretTypeChanged(*rcpt.Logs[0]); err != nil || ev.SecretType != 9 {
		t.Fatalf("DefaultSecretTypeChanged = %v, %v", ev, err)
	}

	want := new(big.Int).Add(new(big.Int).Mul(testFee, big.NewInt(2)), newFee)
	_, err = sc.WithdrawFees(c.Opts(gov), common.Address{})
	c.ExpectRevert("Recipient is zero", err)
	rcpt = c.Mine(sc.WithdrawFees(c.Opts(gov), payee))
	if ev, err := sc.ParseFeesWithdrawn(*rcpt.Logs[0]); err != nil || ev.To != payee || ev.Amount.Cmp(want) != 0 {
		t.Fatalf("FeesWithdrawn = %+v, %v; want (%v, %v)", ev, err, payee, want)
	}
	if bal, err := c.Client.BalanceAt(c.Ctx(), payee, nil); err != nil || bal.Cmp(want) != 0 {
		t.Fatalf("payee balance = %v, %v; want %v", bal, err, want)
	}
	if bal, err := c.Client.BalanceAt(c.Ctx(), d.ControllerAddr, nil); err != nil || bal.Sign() != 0 {
		t.Fatalf("controller balance after withdraw = %v, %v; want 0", bal, err)
	}

	rcpt = c.Mine(sc.SetBlackBoxAuthority(c.Opts(gov), c.Addrs[2]))
	if ev, err := sc.ParseBlackBoxAuthorityChanged(*rcpt.Logs[0]); err != nil || ev.Authority != c.Addrs[2] {
		t.Fatalf("BlackBoxAuthorityChanged = %v, %v", ev, err)
	}
	if a, err := sc.BlackBoxAuthority(call(c)); err != nil || a != c.Addrs[2] {
		t.Fatalf("blackBoxAuthority = %v, %v", a, err)
	}

	rcpt = c.Mine(sc.TransferGovernance(c.Opts(gov), c.Addrs[other]))
	if ev, err := sc.ParseGovernanceTransferred(*rcpt.Logs[0]); err != nil || ev.PreviousGovernance != c.Addrs[gov] || ev.NewGovernance != c.Addrs[other] {
		t.Fatalf("GovernanceTransferred = %v, %v", ev, err)
	}
	_, err = sc.SetSecretCreationFee(c.Opts(gov), big.NewInt(1))
	c.ExpectRevert("Not governance", err)
	c.Mine(sc.SetSecretCreationFee(c.Opts(other), big.NewInt(1)))
}

// TestMarkSecretSynced checks that only the enclave wallet of a Black Box
// elected for the current epoch may mark a secret synced.
func TestMarkSecretSynced(t *testing.T) {
	// Accounts 1..4 operate nodes; 5..8 are their enclave wallets; 9 is a client.
	c := evmtest.NewChain(t, 10)
	d := c.Deploy(defaultParams())
	sc, reg := d.Controller, d.Registry
	client := 9
	id := createSecret(t, c, d, client)
	cid := "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"

	_, err := sc.MarkSecretSynced(c.Opts(5), id, 1, cid)
	c.ExpectRevert("Not an elected Black Box", err) // nobody registered yet

	for op := 1; op <= 4; op++ {
		c.Register(d, evmtest.NodeSpec{Operator: op, EnclaveWallet: c.Addrs[op+4], Stake: evmtest.Ether(100 * int64(op))})
	}
	_, err = sc.MarkSecretSynced(c.Opts(5), id, 1, cid)
	c.ExpectRevert("Not an elected Black Box", err) // registered, but epoch 0 elects nobody

	c.AdvanceEpoch(d, client)
	bbs, err := reg.BlackBoxes(call(c))
	if err != nil || len(bbs) != 3 {
		t.Fatalf("blackBoxes = %v, %v; want 3", bbs, err)
	}
	var elected, notElected int
	for op := 1; op <= 4; op++ {
		is, err := reg.IsElectedBlackBox(call(c), c.Addrs[op+4])
		if err != nil {
			t.Fatal(err)
		}
		if is != slices.Contains(bbs, c.Addrs[op]) {
			t.Fatalf("isElectedBlackBox(wallet of %d) = %v, blackBoxes %v", op, is, bbs)
		}
		if is {
			elected = op + 4
		} else {
			notElected = op + 4
		}
		// The operator's own account is not its enclave wallet.
		if is, _ := reg.IsElectedBlackBox(call(c), c.Addrs[op]); is {
			t.Fatalf("operator address %d counted as an enclave wallet", op)
		}
	}

	for _, tc := range []struct {
		name    string
		from    int
		id      *big.Int
		cluster uint8
		cid     string
		want    string
	}{
		{"client", client, id, 1, cid, "Not an elected Black Box"},
		{"governance", 0, id, 1, cid, "Not an elected Black Box"},
		{"operator of an elected node", elected - 4, id, 1, cid, "Not an elected Black Box"},
		{"wallet of a node not elected", notElected, id, 1, cid, "Not an elected Black Box"},
		{"unknown secret", elected, big.NewInt(77), 1, cid, "Secret not found"},
		{"cluster zero", elected, id, 0, cid, "Invalid cluster"},
		{"empty cid", elected, id, 1, "", "Empty public key CID"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := sc.MarkSecretSynced(c.Opts(tc.from), tc.id, tc.cluster, tc.cid)
			c.ExpectRevert(tc.want, err)
		})
	}

	rcpt := c.Mine(sc.MarkSecretSynced(c.Opts(elected), id, 1, cid))
	ev, err := sc.ParseSecretSynced(*rcpt.Logs[0])
	if err != nil || ev.SecretId.Cmp(id) != 0 || ev.ClusterId != 1 || ev.PublicKeyCid != cid {
		t.Fatalf("SecretSynced = %+v, %v", ev, err)
	}
	assertState(t, c, sc, id.Int64(), c.Addrs[client], common.Address{}, false, 1, 0, cid)

	// A second mark is refused (TestMarkSecretSyncedRefusesRekey); the rest
	// of this test marks a second secret, still syncing.
	id2 := createSecret(t, c, d, client)

	// Election is per epoch: with K = 1, advance until the wallet elected in
	// epoch 1 (still registered and active) is not elected for the current
	// epoch; it is then refused, while the current Black Box is accepted. It
	// stays elected with probability at most 0.4 per epoch (its stake share).
	c.Mine(reg.SetBlackBoxCount(c.Opts(0), 1))
	current := -1
	for epoch := 2; current < 0; epoch++ {
		if epoch > 40 {
			t.Fatalf("wallet %d still elected after %d epochs", elected, epoch-1)
		}
		c.AdvanceEpoch(d, client)
		bbs, err := reg.BlackBoxes(call(c))
		if err != nil || len(bbs) != 1 {
			t.Fatalf("epoch %d: blackBoxes = %v, %v; want 1", epoch, bbs, err)
		}
		if bbs[0] != c.Addrs[elected-4] {
			current = slices.Index(c.Addrs, bbs[0]) + 4
		}
	}
	if is, err := reg.IsElectedBlackBox(call(c), c.Addrs[elected]); err != nil || is {
		t.Fatalf("isElectedBlackBox(wallet elected in an earlier epoch) = %v, %v", is, err)
	}
	_, err = sc.MarkSecretSynced(c.Opts(elected), id2, 1, cid)
	c.ExpectRevert("Not an elected Black Box", err)
	assertState(t, c, sc, id2.Int64(), c.Addrs[client], common.Address{}, true, 0, 0, "")
	c.Mine(sc.MarkSecretSynced(c.Opts(current), id2, 3, cid))
	assertState(t, c, sc, id2.Int64(), c.Addrs[client], common.Address{}, false, 3, 0, cid)
}

// TestMarkSecretSyncedRefusesRekey is the attack of a second elected Black
// Box on a synced secret: it re-marks the secret with its own public-key CID,
// so clients would encrypt to a key it holds and custodians would sweep the
// original shares after the grace period. The mark must be refused and the
// state must keep the first cluster and CID.
func TestMarkSecretSyncedRefusesRekey(t *testing.T) {
	c := evmtest.NewChain(t, 10)
	d := c.Deploy(defaultParams())
	sc, reg := d.Controller, d.Registry
	client := 9
	id := createSecret(t, c, d, client)
	for op := 1; op <= 4; op++ {
		c.Register(d, evmtest.NodeSpec{Operator: op, EnclaveWallet: c.Addrs[op+4], Stake: evmtest.Ether(100)})
	}
	c.AdvanceEpoch(d, client)
	var elected []int
	for op := 1; op <= 4; op++ {
		if is, err := reg.IsElectedBlackBox(call(c), c.Addrs[op+4]); err != nil {
			t.Fatal(err)
		} else if is {
			elected = append(elected, op+4)
		}
	}
	if len(elected) < 2 {
		t.Fatalf("want two elected Black Boxes, got wallets %v", elected)
	}
	const honest = "bafkreihonest"
	c.Mine(sc.MarkSecretSynced(c.Opts(elected[0]), id, 1, honest))

	_, err := sc.MarkSecretSynced(c.Opts(elected[1]), id, 2, "bafkreiattacker")
	c.ExpectRevert("Secret already synced", err)
	// The same Black Box marking twice is refused as well.
	_, err = sc.MarkSecretSynced(c.Opts(elected[0]), id, 1, honest+"2")
	c.ExpectRevert("Secret already synced", err)
	assertState(t, c, sc, id.Int64(), c.Addrs[client], common.Address{}, false, 1, 0, honest)
}
