// Package evmtest runs the CIFER contracts on go-ethereum's in-process
// simulated EVM for tests: funded accounts, one-call deployment of the whole
// contract set, mining helpers and revert-reason decoding. Only tests import it.
package evmtest

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/cifer-network/cifer/contracts/bindings"
)

// AdvanceEpochGasLimit is the gas limit helpers give advanceEpoch.
const AdvanceEpochGasLimit = 15_000_000

// callTimeout bounds every call a helper makes to the in-process chain.
const callTimeout = 30 * time.Second

// Chain is a simulated chain with funded accounts.
type Chain struct {
	T       testing.TB
	Backend *simulated.Backend
	Client  simulated.Client
	ChainID *big.Int
	Keys    []*ecdsa.PrivateKey
	Addrs   []common.Address
}

// OsakaConfig is go-ethereum's all-forks dev chain configuration stopped at
// Osaka, the fork in force on Ethereum mainnet. The simulated backend's own
// default also activates draft forks (Amsterdam, Bogota) whose state-gas
// repricing (EIP-8037/8038) makes storage writes far dearer, so gas measured
// on it would not describe today's chains.
func OsakaConfig() *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.AmsterdamTime = nil
	cfg.BogotaTime = nil
	return &cfg
}

// NewChain starts a simulated chain whose first `accounts` accounts each hold
// 1,000 ether. Account 0 is the usual deployer and governance.
func NewChain(t testing.TB, accounts int) *Chain {
	t.Helper()
	c := &Chain{T: t}
	alloc := types.GenesisAlloc{}
	balance := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	for range accounts {
		key, err := crypto.GenerateKey()
		if err != nil {
			t.Fatalf("generate key: %v", err)
		}
		addr := crypto.PubkeyToAddress(key.PublicKey)
		c.Keys = append(c.Keys, key)
		c.Addrs = append(c.Addrs, addr)
		alloc[addr] = types.Account{Balance: balance}
	}
	c.Backend = simulated.NewBackend(alloc,
		simulated.WithBlockGasLimit(200_000_000),
		func(_ *node.Config, ec *ethconfig.Config) {
			ec.RPCGasCap = 1_000_000_000
			// Batched eth_calls under -race on a busy machine exceed the
			// default 5 s EVM timeout; the caller's context still bounds them.
			ec.RPCEVMTimeout = 2 * time.Minute
			// The miner stops filling a block after Recommit (2 s by
			// default) and leaves the rest of the pool for a later block;
			// under -race a block of a few hundred transactions can take
			// longer, so a Commit would not hold every transaction sent
			// before it.
			ec.Miner.Recommit = 2 * time.Minute
			ec.Genesis.Config = OsakaConfig()
		},
	)
	t.Cleanup(func() { _ = c.Backend.Close() })
	c.Client = c.Backend.Client()
	ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
	defer cancel()
	id, err := c.Client.ChainID(ctx)
	if err != nil {
		t.Fatalf("chain id: %v", err)
	}
	c.ChainID = id
	return c
}

// Opts returns transact options signing as account i.
func (c *Chain) Opts(i int) *bind.TransactOpts {
	c.T.Helper()
	opts, err := bind.NewKeyedTransactorWithChainID(c.Keys[i], c.ChainID)
	if err != nil {
		c.T.Fatalf("transactor: %v", err)
	}
	return opts
}

// Ctx returns a context with the helpers' call deadline.
func (c *Chain) Ctx() context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
	c.T.Cleanup(cancel)
	return ctx
}

// Commit mines one block.
func (c *Chain) Commit() { c.Backend.Commit() }

// CommitBlocks mines n blocks.
func (c *Chain) CommitBlocks(n int) {
	for range n {
		c.Backend.Commit()
	}
}

// BlockNumber returns the head block number.
func (c *Chain) BlockNumber() uint64 {
	c.T.Helper()
	n, err := c.Client.BlockNumber(c.Ctx())
	if err != nil {
		c.T.Fatalf("block number: %v", err)
	}
	return n
}

// Mine commits a block holding tx and returns its receipt; it fails the test
// if sending failed or the transaction reverted.
func (c *Chain) Mine(tx *types.Transaction, err error) *types.Receipt {
	c.T.Helper()
	if err != nil {
		c.T.Fatalf("send: %v (revert reason %q)", err, RevertReason(err))
	}
	c.Backend.Commit()
	return c.Receipt(tx)
}

// Receipt returns the receipt of a mined transaction and fails the test if
// the transaction reverted.
func (c *Chain) Receipt(tx *types.Transaction) *types.Receipt {
	c.T.Helper()
	// A transaction sent before a Commit may still miss that block (the
	// pool had not taken it in yet): commit again, a few times at most, and
	// look once more after the last commit.
	var rcpt *types.Receipt
	var err error
	for extra := 0; ; extra++ {
		rcpt, err = c.Client.TransactionReceipt(c.Ctx(), tx.Hash())
		if !errors.Is(err, ethereum.NotFound) || extra == 5 {
			break
		}
		c.Backend.Commit()
	}
	if err != nil {
		c.T.Fatalf("receipt of %s: %v", tx.Hash(), err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		c.T.Fatalf("transaction %s reverted", tx.Hash())
	}
	return rcpt
}

// ExpectRevert fails the test unless err is a revert with exactly reason.
func (c *Chain) ExpectRevert(want string, err error) {
	c.T.Helper()
	if err == nil {
		c.T.Fatalf("expected revert %q, got success", want)
	}
	if got := RevertReason(err); got != want {
		c.T.Fatalf("revert reason = %q, want %q (error: %v)", got, want, err)
	}
}

// RevertReason decodes the Error(string) reason carried by an RPC error from
// eth_call or eth_estimateGas; it returns "" if there is none.
func RevertReason(err error) string {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return ""
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return ""
	}
	data, derr := hexutil.Decode(s)
	if derr != nil {
		return ""
	}
	reason, uerr := abi.UnpackRevert(data)
	if uerr != nil {
		return ""
	}
	return reason
}

// Ether returns n ether in wei.
func Ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// Contracts is one deployment of the whole contract set.
type Contracts struct {
	TokenAddr      common.Address
	Token          *bindings.TestToken
	RegistryAddr   common.Address
	Registry       *bindings.ClusterRegistry
	ControllerAddr common.Address
	Controller     *bindings.SecretsController
	ReportsAddr    common.Address
	Reports        *bindings.MemberReports
}

// DeployParams are the constructor arguments of a deployment.
type DeployParams struct {
	MinStake       *big.Int
	EpochLength    uint64
	UnbondingDelay uint64
	CreationFee    *big.Int
	// MissingMemberTimeout is MemberReports' timeout in seconds (0: 600).
	MissingMemberTimeout uint64
}

// Deploy deploys TestToken, ClusterRegistry, SecretsController and
// MemberReports (set as the registry's memberReports) from account 0
// (which becomes governance of the registry and the controller).
func (c *Chain) Deploy(p DeployParams) *Contracts {
	c.T.Helper()
	var d Contracts
	var tx *types.Transaction
	var err error
	d.TokenAddr, tx, d.Token, err = bindings.DeployTestToken(c.Opts(0), c.Client, "CIFER Test Stake", "tCIFER")
	c.Mine(tx, err)
	d.RegistryAddr, tx, d.Registry, err = bindings.DeployClusterRegistry(c.Opts(0), c.Client, d.TokenAddr, p.MinStake, p.EpochLength, p.UnbondingDelay)
	c.Mine(tx, err)
	d.ControllerAddr, tx, d.Controller, err = bindings.DeploySecretsController(c.Opts(0), c.Client, d.RegistryAddr, p.CreationFee)
	c.Mine(tx, err)
	timeout := p.MissingMemberTimeout
	if timeout == 0 {
		timeout = 600
	}
	d.ReportsAddr, tx, d.Reports, err = bindings.DeployMemberReports(c.Opts(0), c.Client, d.RegistryAddr, timeout)
	c.Mine(tx, err)
	c.Mine(d.Registry.SetMemberReports(c.Opts(0), d.ReportsAddr))
	return &d
}

// NodeSpec describes a node to register.
type NodeSpec struct {
	Operator      int            // account index of the operator
	EnclaveWallet common.Address // zero: a fresh address derived from the operator
	PeerID        []byte         // nil: derived from the operator
	Stake         *big.Int
	Multiaddrs    []string
}

// FillDefaults completes a spec with values unique to its operator.
func (c *Chain) FillDefaults(s NodeSpec) NodeSpec {
	op := c.Addrs[s.Operator]
	if s.PeerID == nil {
		s.PeerID = append([]byte("peer-"), op[:]...)
	}
	if s.EnclaveWallet == (common.Address{}) {
		s.EnclaveWallet = common.BytesToAddress(crypto.Keccak256(op[:], []byte("enclave")))
	}
	if s.Multiaddrs == nil {
		s.Multiaddrs = []string{"/ip4/127.0.0.1/tcp/4001"}
	}
	return s
}

// Fund mints stake tokens to the operator, approves the registry and mines
// both, so a registration sent next sees the allowance.
//
// The two transactions get their nonces here, one after the other: asking
// the pending state for the second one races the miner, which may be
// rebuilding its pending block, and a repeated nonce fails as "replacement
// transaction underpriced".
func (c *Chain) Fund(d *Contracts, operator int, amount *big.Int) {
	c.T.Helper()
	nonce, err := c.Client.PendingNonceAt(c.Ctx(), c.Addrs[operator])
	if err != nil {
		c.T.Fatalf("nonce: %v", err)
	}
	mintOpts, approveOpts := c.Opts(operator), c.Opts(operator)
	mintOpts.Nonce, approveOpts.Nonce = new(big.Int).SetUint64(nonce), new(big.Int).SetUint64(nonce+1)
	mint, err := d.Token.Mint(mintOpts, c.Addrs[operator], amount)
	if err != nil {
		c.T.Fatalf("mint: %v", err)
	}
	approve, err := d.Token.Approve(approveOpts, d.RegistryAddr, amount)
	if err != nil {
		c.T.Fatalf("approve: %v", err)
	}
	c.Commit()
	c.Receipt(mint)
	c.Receipt(approve)
}

// Register funds and registers a node and mines it.
func (c *Chain) Register(d *Contracts, s NodeSpec) *types.Receipt {
	c.T.Helper()
	s = c.FillDefaults(s)
	c.Fund(d, s.Operator, s.Stake)
	tx, err := d.Registry.Register(c.Opts(s.Operator), s.PeerID, s.EnclaveWallet, [32]byte{1}, [32]byte{2}, s.Multiaddrs, s.Stake)
	return c.Mine(tx, err)
}

// EpochDue returns the first block in which advanceEpoch may run.
func (c *Chain) EpochDue(d *Contracts) uint64 {
	c.T.Helper()
	copts := &bind.CallOpts{Context: c.Ctx()}
	start, err := d.Registry.EpochStartBlock(copts)
	if err != nil {
		c.T.Fatalf("epochStartBlock: %v", err)
	}
	length, err := d.Registry.EpochLength(copts)
	if err != nil {
		c.T.Fatalf("epochLength: %v", err)
	}
	return start.Uint64() + length
}

// AdvanceEpoch runs both steps of an epoch change: it mines until the epoch
// is due, requests the advance, mines the seed block and advances.
func (c *Chain) AdvanceEpoch(d *Contracts, caller int) *types.Receipt {
	c.T.Helper()
	return c.AdvanceEpochAfter(d, caller, func() {})
}

// PrepareAdvance mines until the epoch is due, requests the advance (unless
// a request is pending) and mines the seed block, so advanceEpoch may be
// sent in the next block.
func (c *Chain) PrepareAdvance(d *Contracts, caller int) {
	c.T.Helper()
	copts := &bind.CallOpts{Context: c.Ctx()}
	pending, err := d.Registry.AdvancePending(copts)
	if err != nil {
		c.T.Fatalf("advancePending: %v", err)
	}
	if !pending {
		// The request lands in the next block, head+1.
		for due := c.EpochDue(d); c.BlockNumber()+1 < due; {
			c.Commit()
		}
		// A fixed limit: a gas estimate runs on the head's state, where the
		// epoch is not due yet.
		opts := c.Opts(caller)
		opts.GasLimit = 200_000
		c.Mine(d.Registry.RequestAdvance(opts))
	}
	requested, err := d.Registry.AdvanceRequestBlock(copts)
	if err != nil {
		c.T.Fatalf("advanceRequestBlock: %v", err)
	}
	for seed := requested.Uint64() + SeedDelay; c.BlockNumber() < seed; {
		c.Commit()
	}
}

// SeedDelay is ClusterRegistry.SEED_DELAY: the seed of an advance is the
// hash of the block this many after its request.
const SeedDelay = 1

// AdvanceEpochAfter is AdvanceEpoch with before run just before the
// advanceEpoch call is sent, so what it sends lands in the same block.
func (c *Chain) AdvanceEpochAfter(d *Contracts, caller int, before func()) *types.Receipt {
	c.T.Helper()
	c.PrepareAdvance(d, caller)
	before()
	// The draw's gas depends on the seed, which differs between the gas
	// estimate and the real block, so a fixed generous limit is used.
	opts := c.Opts(caller)
	opts.GasLimit = AdvanceEpochGasLimit
	tx, err := d.Registry.AdvanceEpoch(opts)
	return c.Mine(tx, err)
}

// GovParams are the governance settings of DeployGoverned.
type GovParams struct {
	VotingDelay       uint64   // blocks from propose to the snapshot
	VotingPeriod      uint32   // blocks the vote stays open
	ProposalThreshold *big.Int // nil: 0
	QuorumPercent     int64
	ParametersDelay   uint64 // seconds, the parameters timelock's minDelay
	SecurityDelay     uint64 // seconds, the security timelock's minDelay
	// Votes are minted to account 0 as staking tokens, wrapped into the
	// StakeVotes wrapper and delegated to itself.
	Votes *big.Int
}

// Governed is a deployment whose registry and controller are governed by
// a CiferGovernor through two timelocks: the parameters timelock (the
// governor's executor) and the security timelock (governance of both
// contracts; its only proposer is the parameters timelock).
type Governed struct {
	*Contracts
	VotesAddr            common.Address
	Votes                *bindings.StakeVotes
	GovernorAddr         common.Address
	Governor             *bindings.CiferGovernor
	ParamsTimelockAddr   common.Address
	ParamsTimelock       *bindings.CiferTimelock
	SecurityTimelockAddr common.Address
	SecurityTimelock     *bindings.CiferTimelock
}

// DeployGoverned deploys the contract set as Deploy does, runs setup as the
// deployer (account 0, still governance: the settings a deployment makes
// before the hand-over), then deploys the timelocks and the governor, hands
// the registry's and controller's governance to the security timelock and
// their parameters governance to the parameters timelock, and renounces
// every role account 0 held. Account 0 then keeps only its votes.
func (c *Chain) DeployGoverned(p DeployParams, g GovParams, setup func(d *Contracts)) *Governed {
	c.T.Helper()
	d := c.Deploy(p)
	if setup != nil {
		setup(d)
	}
	out := &Governed{Contracts: d}
	deployer := c.Addrs[0]
	var tx *types.Transaction
	var err error
	out.VotesAddr, tx, out.Votes, err = bindings.DeployStakeVotes(c.Opts(0), c.Client, d.TokenAddr, "CIFER Votes", "vCIFER")
	c.Mine(tx, err)
	if g.Votes != nil && g.Votes.Sign() > 0 {
		c.WrapVotes(out, 0, g.Votes)
	}
	open := []common.Address{{}} // executor role for everyone
	// The deployer is the parameters timelock's admin only until the
	// governor exists and holds the proposer and canceller roles.
	out.ParamsTimelockAddr, tx, out.ParamsTimelock, err = bindings.DeployCiferTimelock(c.Opts(0), c.Client,
		new(big.Int).SetUint64(g.ParametersDelay), nil, open, deployer)
	c.Mine(tx, err)
	threshold := g.ProposalThreshold
	if threshold == nil {
		threshold = new(big.Int)
	}
	out.GovernorAddr, tx, out.Governor, err = bindings.DeployCiferGovernor(c.Opts(0), c.Client, out.VotesAddr, out.ParamsTimelockAddr,
		new(big.Int).SetUint64(g.VotingDelay), g.VotingPeriod, threshold, big.NewInt(g.QuorumPercent))
	c.Mine(tx, err)
	out.SecurityTimelockAddr, tx, out.SecurityTimelock, err = bindings.DeployCiferTimelock(c.Opts(0), c.Client,
		new(big.Int).SetUint64(g.SecurityDelay), []common.Address{out.ParamsTimelockAddr}, open, common.Address{})
	c.Mine(tx, err)

	copts := &bind.CallOpts{Context: c.Ctx()}
	proposer, err := out.ParamsTimelock.PROPOSERROLE(copts)
	if err != nil {
		c.T.Fatalf("PROPOSER_ROLE: %v", err)
	}
	canceller, err := out.ParamsTimelock.CANCELLERROLE(copts)
	if err != nil {
		c.T.Fatalf("CANCELLER_ROLE: %v", err)
	}
	admin, err := out.ParamsTimelock.DEFAULTADMINROLE(copts)
	if err != nil {
		c.T.Fatalf("DEFAULT_ADMIN_ROLE: %v", err)
	}
	c.Mine(out.ParamsTimelock.GrantRole(c.Opts(0), proposer, out.GovernorAddr))
	c.Mine(out.ParamsTimelock.GrantRole(c.Opts(0), canceller, out.GovernorAddr))
	c.Mine(out.ParamsTimelock.RenounceRole(c.Opts(0), admin, deployer))

	c.Mine(d.Registry.SetParametersGovernance(c.Opts(0), out.ParamsTimelockAddr))
	c.Mine(d.Controller.SetParametersGovernance(c.Opts(0), out.ParamsTimelockAddr))
	c.Mine(d.Registry.TransferGovernance(c.Opts(0), out.SecurityTimelockAddr))
	c.Mine(d.Controller.TransferGovernance(c.Opts(0), out.SecurityTimelockAddr))
	return out
}

// RevertError names the custom error (e.g. "GovernorUnexpectedProposalState")
// that err carries as revert data, decoded with the errors of the given
// ABIs; it returns "" when err carries none of them.
func RevertError(err error, abis ...*abi.ABI) string {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return ""
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return ""
	}
	data, derr := hexutil.Decode(s)
	if derr != nil || len(data) < 4 {
		return ""
	}
	for _, a := range abis {
		for name, e := range a.Errors {
			if string(e.ID[:4]) == string(data[:4]) {
				return name
			}
		}
	}
	return ""
}

// ExpectRevertError fails the test unless err is a revert with the custom
// error name, decoded with abis.
func (c *Chain) ExpectRevertError(want string, err error, abis ...*abi.ABI) {
	c.T.Helper()
	if err == nil {
		c.T.Fatalf("expected revert %s, got success", want)
	}
	if got := RevertError(err, abis...); got != want {
		c.T.Fatalf("revert error = %q, want %q (error: %v, reason %q)", got, want, err, RevertReason(err))
	}
}

// PassTime mines one block whose timestamp is d after the head's, so
// timelock delays pass without waiting. The pool must be empty.
func (c *Chain) PassTime(d time.Duration) {
	c.T.Helper()
	// The simulated backend moves time only on an empty pending block. A
	// transaction the pool admitted after the last commit (its promotion
	// runs in the background) would be in it: it was sent before the time
	// is to pass, so it is mined first.
	for try := 0; ; try++ {
		err := c.Backend.AdjustTime(d)
		if err == nil {
			return
		}
		if try == 3 {
			c.T.Fatalf("adjust time: %v", err)
		}
		c.Backend.Commit()
	}
}

// HeadTime returns the head block's timestamp.
func (c *Chain) HeadTime() uint64 {
	c.T.Helper()
	h, err := c.Client.HeaderByNumber(c.Ctx(), nil)
	if err != nil {
		c.T.Fatalf("head: %v", err)
	}
	return h.Time
}

// WrapVotes mints amount staking tokens to account i, wraps them into the
// votes wrapper and delegates i's votes to itself, each mined in turn.
// Deposits get a fixed gas limit: a deposit mints votes, and the vote
// checkpoint it writes costs more in a later block than in the head block a
// gas estimate runs on.
func (c *Chain) WrapVotes(g *Governed, i int, amount *big.Int) {
	c.T.Helper()
	c.Mine(g.Token.Mint(c.Opts(i), c.Addrs[i], amount))
	c.Mine(g.Token.Approve(c.Opts(i), g.VotesAddr, amount))
	o := c.Opts(i)
	o.GasLimit = 300_000
	c.Mine(g.Votes.DepositFor(o, c.Addrs[i], amount))
	o = c.Opts(i)
	o.GasLimit = 300_000
	c.Mine(g.Votes.Delegate(o, c.Addrs[i]))
}
