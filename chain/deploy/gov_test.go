package deploy

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/cifer-network/cifer/contracts/bindings"
)

// govNet is a testnet deployment on a dev chain that mines on demand, so
// the test decides when blocks (and with them time) pass.
type govNet struct {
	t     *testing.T
	ctx   context.Context
	c     *devchain.Chain
	dep   Deployment
	g     *Gov
	owner *chain.Wallet // the deployer: the testnet's votes
	other *chain.Wallet // no votes
}

func newGovNet(t *testing.T) *govNet {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	c, err := devchain.Start(ctx, devchain.Config{Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	key0, _ := devchain.DevKey(0)
	key1, _ := devchain.DevKey(1)
	dep, err := Deploy(ctx, c.Client(), key0, Params{
		Network: "cifer-test", RPCURL: c.HTTPURL(), BlockTimeMs: 1000, Testnet: true,
		MinStake: big.NewInt(100), EpochLength: 1000, UnbondingDelay: 1, CreationFee: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	n := &govNet{t: t, ctx: ctx, c: c, dep: dep}
	if n.g, err = NewGov(dep, c.Client()); err != nil {
		t.Fatal(err)
	}
	if n.owner, err = chain.NewWallet(ctx, c.Client(), key0); err != nil {
		t.Fatal(err)
	}
	if n.other, err = chain.NewWallet(ctx, c.Client(), key1); err != nil {
		t.Fatal(err)
	}
	return n
}

// mineUntil commits blocks until the head passes block.
func (n *govNet) mineUntil(block uint64) {
	n.t.Helper()
	for {
		h, err := n.c.Client().BlockNumber(n.ctx)
		if err != nil {
			n.t.Fatal(err)
		}
		if h > block {
			return
		}
		n.c.Commit()
	}
}

func (n *govNet) status(id *big.Int) Status {
	n.t.Helper()
	st, err := n.g.Status(n.ctx, id)
	if err != nil {
		n.t.Fatal(err)
	}
	return st
}

// TestDeployHandsOverGovernance: after Deploy the registry's, controller's
// and rewards pool's governance is the security timelock, the registry's
// and controller's parameters governance the parameters timelock, the
// controller forwards fees to the pool, every address is in the
// deployment, and the deployer's governance calls revert.
func TestDeployHandsOverGovernance(t *testing.T) {
	n := newGovNet(t)
	a := n.dep.Addresses
	for name, addr := range map[string]common.Address{"rewardsPool": a.RewardsPool, "votes": a.Votes, "governor": a.Governor, "parametersTimelock": a.ParametersTimelock, "securityTimelock": a.SecurityTimelock, "slasher": a.Slasher, "memberReports": a.MemberReports} {
		if addr == (common.Address{}) {
			t.Errorf("deployment lacks %s", name)
		}
	}
	if n.dep.Governance != a.SecurityTimelock {
		t.Errorf("governance = %s, want the security timelock %s", n.dep.Governance, a.SecurityTimelock)
	}
	reg, _ := bindings.NewClusterRegistry(a.Registry, n.c.Client())
	ctrl, _ := bindings.NewSecretsController(a.Controller, n.c.Client())
	pool, _ := bindings.NewRewardsPool(a.RewardsPool, n.c.Client())
	slasher, _ := bindings.NewSlasher(a.Slasher, n.c.Client())
	copts := &bind.CallOpts{Context: n.ctx}
	if got, err := ctrl.RewardsPool(copts); err != nil || got != a.RewardsPool {
		t.Errorf("controller.rewardsPool = %s, %v; want %s", got, err, a.RewardsPool)
	}
	if got, err := pool.Registry(copts); err != nil || got != a.Registry {
		t.Errorf("pool.registry = %s, %v; want %s", got, err, a.Registry)
	}
	if got, err := reg.Slasher(copts); err != nil || got != a.Slasher {
		t.Errorf("registry.slasher = %s, %v; want %s", got, err, a.Slasher)
	}
	for name, get := range map[string]func(*bind.CallOpts) (common.Address, error){
		"registry.governance": reg.Governance, "controller.governance": ctrl.Governance, "rewardsPool.governance": pool.Governance, "slasher.governance": slasher.Governance,
	} {
		if got, err := get(copts); err != nil || got != a.SecurityTimelock {
			t.Errorf("%s = %s, %v", name, got, err)
		}
	}
	for name, get := range map[string]func(*bind.CallOpts) (common.Address, error){
		"registry.parametersGovernance": reg.ParametersGovernance, "controller.parametersGovernance": ctrl.ParametersGovernance,
	} {
		if got, err := get(copts); err != nil || got != a.ParametersTimelock {
			t.Errorf("%s = %s, %v", name, got, err)
		}
	}
	for name, send := range map[string]func(*bind.TransactOpts) (*types.Transaction, error){
		"setMinStake": func(o *bind.TransactOpts) (*types.Transaction, error) { return reg.SetMinStake(o, big.NewInt(1)) },
		"setSimulatedEnclavesAllowed": func(o *bind.TransactOpts) (*types.Transaction, error) {
			return reg.SetSimulatedEnclavesAllowed(o, true)
		},
		"setBlackBoxAuthority": func(o *bind.TransactOpts) (*types.Transaction, error) { return ctrl.SetBlackBoxAuthority(o, a.Token) },
		"setRewardsPool":       func(o *bind.TransactOpts) (*types.Transaction, error) { return ctrl.SetRewardsPool(o, a.Token) },
		"setExcluder": func(o *bind.TransactOpts) (*types.Transaction, error) {
			return pool.SetExcluder(o, n.owner.Address(), true)
		},
		"setSlasher":   func(o *bind.TransactOpts) (*types.Transaction, error) { return reg.SetSlasher(o, a.Token) },
		"setFractions": func(o *bind.TransactOpts) (*types.Transaction, error) { return slasher.SetFractions(o, 10000, 10000) },
	} {
		_, err := n.owner.Send(n.ctx, name, send)
		var re *chain.RevertError
		if !errors.As(err, &re) || re.Reason != "Not governance" {
			t.Errorf("%s from the deployer: %v, want revert Not governance", name, err)
		}
	}
}

// TestGovFlow runs a parameters change and a security change through
// propose, vote, queue and execute, and checks that each step refused too
// early names what is wrong.
func TestGovFlow(t *testing.T) {
	n := newGovNet(t)
	reg, _ := bindings.NewClusterRegistry(n.dep.Addresses.Registry, n.c.Client())
	copts := &bind.CallOpts{Context: n.ctx}

	t.Run("parameters change", func(t *testing.T) {
		p, err := n.g.Build(n.ctx, "min-stake", "200", "")
		if err != nil {
			t.Fatal(err)
		}
		if p.Security != nil || p.Targets[0] != n.dep.Addresses.Registry {
			t.Fatalf("min-stake: want a direct registry call, got %+v", p)
		}
		id, err := n.g.Propose(n.ctx, n.owner, p)
		if err != nil {
			t.Fatal(err)
		}
		if err := n.g.Vote(n.ctx, n.owner, id, VoteFor); !errors.Is(err, ErrVoteNotOpen) || !strings.Contains(err.Error(), "opens after block") {
			t.Fatalf("vote while pending: %v", err)
		}
		st := n.status(id)
		n.mineUntil(st.Snapshot)
		if err := n.g.Vote(n.ctx, n.other, id, VoteFor); err == nil || !strings.Contains(err.Error(), "no votes at the snapshot") {
			t.Fatalf("vote without votes: %v", err)
		}
		if err := n.g.Vote(n.ctx, n.owner, id, VoteFor); err != nil {
			t.Fatal(err)
		}
		if err := n.g.Queue(n.ctx, n.owner, id); !errors.Is(err, ErrNotSucceeded) || !strings.Contains(err.Error(), "still open") {
			t.Fatalf("queue while voting: %v", err)
		}
		n.mineUntil(st.Deadline)
		if err := n.g.Queue(n.ctx, n.owner, id); err != nil {
			t.Fatal(err)
		}
		if _, err := n.g.Execute(n.ctx, n.owner, id); !errors.Is(err, ErrNotReady) || !strings.Contains(err.Error(), "executable at") {
			t.Fatalf("execute before the delay: %v", err)
		}
		n.c.Commit() // one more block: its time is past the 1 s delay
		if what, err := n.g.Execute(n.ctx, n.owner, id); err != nil || what != "executed" {
			t.Fatalf("execute: %q, %v", what, err)
		}
		if v, err := reg.MinStake(copts); err != nil || v.Cmp(new(big.Int).Mul(big.NewInt(200), big.NewInt(1e18))) != 0 {
			t.Fatalf("minStake = %v, %v; want 200 tokens", v, err)
		}
		if st := n.status(id); st.State != StateExecuted {
			t.Fatalf("state = %s", st.State)
		}
	})

	t.Run("security change", func(t *testing.T) {
		p, err := n.g.Build(n.ctx, "simulated-enclaves-allowed", "true", "")
		if err != nil {
			t.Fatal(err)
		}
		if p.Security == nil || p.Targets[0] != n.dep.Addresses.SecurityTimelock {
			t.Fatalf("want a schedule on the security timelock, got %+v", p)
		}
		id, err := n.g.Propose(n.ctx, n.owner, p)
		if err != nil {
			t.Fatal(err)
		}
		st := n.status(id)
		if st.Proposal.Security == nil || st.SecurityState != "not scheduled" {
			t.Fatalf("status before the vote: security %+v, %q", st.Proposal.Security, st.SecurityState)
		}
		n.mineUntil(st.Snapshot)
		if err := n.g.Vote(n.ctx, n.owner, id, VoteFor); err != nil {
			t.Fatal(err)
		}
		n.mineUntil(st.Deadline)
		if err := n.g.Queue(n.ctx, n.owner, id); err != nil {
			t.Fatal(err)
		}
		n.c.Commit()
		what, err := n.g.Execute(n.ctx, n.owner, id)
		if err != nil || !strings.Contains(what, "security timelock") {
			t.Fatalf("execute: %q, %v", what, err)
		}
		if on, _ := reg.SimulatedEnclavesAllowed(copts); on {
			t.Fatal("switch on before the security delay")
		}
		if st := n.status(id); st.SecurityState != "waiting" {
			t.Fatalf("security state = %q, want waiting", st.SecurityState)
		}
		if _, err := n.g.Execute(n.ctx, n.owner, id); !errors.Is(err, ErrNotReady) || !strings.Contains(err.Error(), "security timelock runs it at") {
			t.Fatalf("security execute before its delay: %v", err)
		}
		n.c.Commit()
		if _, err := n.g.Execute(n.ctx, n.owner, id); err != nil {
			t.Fatal(err)
		}
		if on, err := reg.SimulatedEnclavesAllowed(copts); err != nil || !on {
			t.Fatalf("simulatedEnclavesAllowed = %v, %v", on, err)
		}
		if _, err := n.g.Execute(n.ctx, n.owner, id); !errors.Is(err, ErrNothingToDo) {
			t.Fatalf("execute again: %v", err)
		}
	})

	t.Run("no quorum", func(t *testing.T) {
		p, err := n.g.Build(n.ctx, "epoch-length", "7", "nobody votes")
		if err != nil {
			t.Fatal(err)
		}
		id, err := n.g.Propose(n.ctx, n.other, p)
		if err != nil {
			t.Fatal(err)
		}
		n.mineUntil(n.status(id).Deadline)
		err = n.g.Queue(n.ctx, n.owner, id)
		if !errors.Is(err, ErrNotSucceeded) || !strings.Contains(err.Error(), "not enough votes") {
			t.Fatalf("queue without quorum: %v", err)
		}
	})
}

// TestBuildRefusesBadValues: names and values are checked before anything
// is sent, and each error names the parameter.
func TestBuildRefusesBadValues(t *testing.T) {
	for _, tc := range []struct{ name, value, want string }{
		{"no-such-param", "1", "unknown governed parameter"},
		{"min-stake", "lots", "min-stake=lots"},
		{"cluster-shape", "3/1", "2 <= T <= N"},
		{"simulated-enclaves-allowed", "yes", "true or false"},
		{"sim-platform-key", "0x1234", "32 bytes"},
		{"black-box-authority", "nope", "address"},
		{"slash-fractions", "5000", "SLASH/REPORTER"},
		{"slash-fractions", "10001/0", "basis points 0..10000"},
		{"slash-fractions", "0/2000", "takes nothing"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := LookupGovParam(tc.name)
			if err == nil {
				_, err = p.Calldata(tc.value)
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("%s=%s: %v, want an error containing %q", tc.name, tc.value, err, tc.want)
			}
		})
	}
}

// TestRewardsParamsNeedAPool: a rewards pool parameter of a deployment
// made before rewards is refused before anything is sent, and every
// rewards parameter is a security change.
func TestRewardsParamsNeedAPool(t *testing.T) {
	dep := sampleDeployment()
	dep.Addresses.Governor = common.HexToAddress("0x00000000000000000000000000000000000000b1")
	dep.Addresses.ParametersTimelock = common.HexToAddress("0x00000000000000000000000000000000000000b2")
	dep.Addresses.SecurityTimelock = common.HexToAddress("0x00000000000000000000000000000000000000b3")
	g, err := NewGov(dep, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range [][2]string{{"rewards-excluder", "0x00000000000000000000000000000000000000c1"}, {"rewards-claim-delay", "3"}} {
		if _, err := g.Build(t.Context(), set[0], set[1], ""); !errors.Is(err, ErrNoRewardsPool) {
			t.Errorf("%s without a pool: %v, want ErrNoRewardsPool", set[0], err)
		}
	}
	for _, name := range []string{"rewards-pool", "rewards-excluder", "rewards-remove-excluder", "rewards-claim-delay", "rewards-pool-governance"} {
		p, err := LookupGovParam(name)
		if err != nil || !p.Security {
			t.Errorf("%s: %+v, %v; want a security parameter", name, p, err)
		}
	}
}

// TestSlasherParams: the slashing parameters are security changes on the
// Slasher (fractions, rewards hook, its governance) and the registry (the
// slasher), and encode the setter's call.
func TestSlasherParams(t *testing.T) {
	a := Addresses{Registry: common.HexToAddress("0x01"), Controller: common.HexToAddress("0x02"), Slasher: common.HexToAddress("0x03")}
	for _, tc := range []struct {
		name, value string
		target      common.Address
		method      string
	}{
		{"slash-fractions", "5000/2000", a.Slasher, "setFractions"},
		{"slasher-rewards", "0x0000000000000000000000000000000000000004", a.Slasher, "setRewards"},
		{"slasher-governance", "0x0000000000000000000000000000000000000005", a.Slasher, "transferGovernance"},
		{"slasher", "0x0000000000000000000000000000000000000006", a.Registry, "setSlasher"},
	} {
		p, err := LookupGovParam(tc.name)
		if err != nil {
			t.Fatal(err)
		}
		if !p.Security || p.target(a) != tc.target || p.Method() != tc.method {
			t.Fatalf("%s: security %v target %s method %s", tc.name, p.Security, p.target(a), p.Method())
		}
		data, err := p.Calldata(tc.value)
		if err != nil {
			t.Fatal(err)
		}
		ab, _ := contractABI(p.on)
		if m, err := ab.MethodById(data[:4]); err != nil || m.Name != tc.method {
			t.Fatalf("%s encodes %v, %v", tc.name, m, err)
		}
	}
}
