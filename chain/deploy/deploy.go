package deploy

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Params are the deployment's contract parameters.
type Params struct {
	Network     string
	RPCURL      string
	WSURL       string
	BlockTimeMs uint64
	// Testnet deploys a mintable test token as the staking token; otherwise
	// Token must name an existing ERC-20.
	Testnet        bool
	Token          common.Address
	MinStake       *big.Int
	EpochLength    uint64
	UnbondingDelay uint64
	CreationFee    *big.Int
	// MissingMemberTimeout is how long a cluster member may be unseen
	// before its fellows report it (zero: 10 minutes).
	MissingMemberTimeout time.Duration
	AllowSimulated       bool
	// DefaultSecretType is what createSecret() without a type gives; 1 is
	// the type decrypt calls accept (COMPAT.md). Zero keeps the contract's
	// initial value (0).
	DefaultSecretType uint8
	SimPlatformKey    [32]byte
	AllowedMeasures   [][32]byte
	// Governance: the zero value means DefaultGovernance(), or
	// TestnetGovernance() on testnets.
	Governance GovernanceParams
}

// GovernanceParams configure the governor and its two timelocks.
type GovernanceParams struct {
	VotingDelay       uint64   // blocks from propose to the vote's snapshot and start
	VotingPeriod      uint32   // blocks the vote stays open
	ProposalThreshold *big.Int // votes needed to propose (nil: 0)
	QuorumPercent     uint64   // percent of the votes' supply at the snapshot
	// ParametersDelay is the parameters timelock's delay: every change
	// waits it after the vote. SecurityDelay is the security timelock's:
	// security changes wait it after the parameters delay.
	ParametersDelay time.Duration
	SecurityDelay   time.Duration
	// DeployerVotes (testnets only) are minted to the deployer, wrapped and
	// delegated to it, so one key can pass proposals on a testnet.
	DeployerVotes *big.Int
}

// DefaultGovernance is the production default: a vote opens a day after
// the proposal (7,200 blocks of 12 s) and lasts a week (50,400 blocks);
// quorum 4%; parameters wait 2 days, security changes 2 + 5 = 7 days.
func DefaultGovernance() GovernanceParams {
	return GovernanceParams{
		VotingDelay: 7200, VotingPeriod: 50400, QuorumPercent: 4,
		ParametersDelay: 48 * time.Hour, SecurityDelay: 5 * 24 * time.Hour,
	}
}

// TestnetGovernance is the testnet default: a few blocks and seconds, and
// the deployer holds 1,000,000 votes (test tokens anyone may mint: a
// testnet's governance proves nothing).
func TestnetGovernance() GovernanceParams {
	return GovernanceParams{
		VotingDelay: 1, VotingPeriod: 10, QuorumPercent: 4,
		ParametersDelay: time.Second, SecurityDelay: time.Second,
		DeployerVotes: new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18)),
	}
}

// Deploy deploys the staking token (on testnets), the ClusterRegistry, the
// SecretsController and the RewardsPool (the controller forwards creation
// fees to it) from key, applies the governed settings, deploys the
// governance (votes wrapper, parameters and security timelocks, governor),
// hands the registry's, controller's and pool's governance to it, and
// returns the deployment description nodes and clients read. Afterwards key holds no
// power over any contract (on testnets: only its votes). Every transaction
// is waited for and its receipt checked.
func Deploy(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey, p Params) (Deployment, error) {
	if p.MinStake == nil || p.CreationFee == nil {
		return Deployment{}, errors.New("deploy: min stake and creation fee are required")
	}
	if !p.Testnet && p.Token == (common.Address{}) {
		return Deployment{}, errors.New("deploy: a staking token address is required outside testnets")
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return Deployment{}, fmt.Errorf("deploy: chain id: %w", err)
	}
	auth, err := bind.NewKeyedTransactorWithChainID(key, chainID)
	if err != nil {
		return Deployment{}, fmt.Errorf("deploy: %w", err)
	}
	auth.Context = ctx
	wait := func(what string, tx *types.Transaction) (*types.Receipt, error) {
		rc, err := bind.WaitMined(ctx, client, tx)
		if err != nil {
			return nil, fmt.Errorf("deploy: %s: %w", what, err)
		}
		if rc.Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("deploy: %s: transaction %s reverted", what, tx.Hash().Hex())
		}
		return rc, nil
	}

	token := p.Token
	var first *types.Receipt
	if p.Testnet {
		addr, tx, _, err := bindings.DeployTestToken(auth, client, "CIFER Test Stake", "tCIFER")
		if err != nil {
			return Deployment{}, fmt.Errorf("deploy: test token: %w", err)
		}
		if first, err = wait("test token", tx); err != nil {
			return Deployment{}, err
		}
		token = addr
	}
	// The governance first, so the registry's first epoch, counted from its
	// deployment block, loses only the few blocks of the hand-over.
	gp := p.Governance
	if gp == (GovernanceParams{}) {
		gp = DefaultGovernance()
		if p.Testnet {
			gp = TestnetGovernance()
		}
	}
	addrs := Addresses{Token: token}
	rc, err := deployGovernance(ctx, auth, client, wait, gp, p.Testnet, &addrs)
	if err != nil {
		return Deployment{}, err
	}
	if first == nil {
		first = rc
	}
	regAddr, tx, reg, err := bindings.DeployClusterRegistry(auth, client, token, p.MinStake, p.EpochLength, p.UnbondingDelay)
	if err != nil {
		return Deployment{}, fmt.Errorf("deploy: cluster registry: %w", err)
	}
	if _, err := wait("cluster registry", tx); err != nil {
		return Deployment{}, err
	}
	ctrlAddr, tx, ctrl, err := bindings.DeploySecretsController(auth, client, regAddr, p.CreationFee)
	if err != nil {
		return Deployment{}, fmt.Errorf("deploy: secrets controller: %w", err)
	}
	if _, err := wait("secrets controller", tx); err != nil {
		return Deployment{}, err
	}
	// The rewards pool reads epochs and stake snapshots from the registry;
	// the controller forwards every creation fee to it.
	poolAddr, tx, pool, err := bindings.DeployRewardsPool(auth, client, regAddr)
	if err != nil {
		return Deployment{}, fmt.Errorf("deploy: rewards pool: %w", err)
	}
	if _, err := wait("rewards pool", tx); err != nil {
		return Deployment{}, err
	}

	timeout := p.MissingMemberTimeout
	if timeout <= 0 {
		timeout = 10 * time.Minute
	}
	reportsAddr, tx, reports, err := bindings.DeployMemberReports(auth, client, regAddr, uint64(max(timeout/time.Second, 1)))
	if err != nil {
		return Deployment{}, fmt.Errorf("deploy: member reports: %w", err)
	}
	if _, err := wait("member reports", tx); err != nil {
		return Deployment{}, err
	}

	slasherAddr, tx, slasher, err := bindings.DeploySlasher(auth, client, regAddr)
	if err != nil {
		return Deployment{}, fmt.Errorf("deploy: slasher: %w", err)
	}
	if _, err := wait("slasher", tx); err != nil {
		return Deployment{}, err
	}

	type step struct {
		what string
		send func() (*types.Transaction, error)
	}
	settings := []step{{"registry member reports", func() (*types.Transaction, error) { return reg.SetMemberReports(auth, reportsAddr) }}}
	if p.AllowSimulated {
		settings = append(settings,
			step{"allow simulated enclaves", func() (*types.Transaction, error) { return reg.SetSimulatedEnclavesAllowed(auth, true) }},
			step{"sim platform key", func() (*types.Transaction, error) { return reg.SetSimPlatformKey(auth, p.SimPlatformKey) }})
	}
	if p.DefaultSecretType != 0 {
		settings = append(settings, step{"default secret type", func() (*types.Transaction, error) { return ctrl.SetDefaultSecretType(auth, p.DefaultSecretType) }})
	}
	for _, m := range p.AllowedMeasures {
		settings = append(settings, step{fmt.Sprintf("allow measurement %x", m[:4]), func() (*types.Transaction, error) { return reg.SetMeasurementAllowed(auth, m, true) }})
	}
	settings = append(settings, step{"controller rewards pool", func() (*types.Transaction, error) { return ctrl.SetRewardsPool(auth, poolAddr) }})
	// A member reported missing earns nothing for the epoch it was reported in.
	settings = append(settings,
		step{"member reports tell the rewards pool", func() (*types.Transaction, error) { return reports.SetRewardsPool(auth, poolAddr) }},
		step{"rewards pool excluder: member reports", func() (*types.Transaction, error) { return pool.SetExcluder(auth, reportsAddr, true) }},
		// A slashed node earns nothing for the epoch it was slashed in.
		step{"slasher tells the rewards pool", func() (*types.Transaction, error) { return slasher.SetRewards(auth, poolAddr) }},
		step{"rewards pool excluder: slasher", func() (*types.Transaction, error) { return pool.SetExcluder(auth, slasherAddr, true) }})
	// The hand-over, last: from here on the deployer holds no power.
	paramsAddr, secAddr := addrs.ParametersTimelock, addrs.SecurityTimelock
	settings = append(settings,
		// Set while the deployer is governance; later changes of the
		// slasher or its fractions go through the security timelock.
		step{"registry slasher", func() (*types.Transaction, error) { return reg.SetSlasher(auth, slasherAddr) }},
		step{"slasher governance to the security timelock", func() (*types.Transaction, error) { return slasher.TransferGovernance(auth, secAddr) }},
		step{"registry parameters governance", func() (*types.Transaction, error) { return reg.SetParametersGovernance(auth, paramsAddr) }},
		step{"controller parameters governance", func() (*types.Transaction, error) { return ctrl.SetParametersGovernance(auth, paramsAddr) }},
		step{"registry governance to the security timelock", func() (*types.Transaction, error) { return reg.TransferGovernance(auth, secAddr) }},
		step{"controller governance to the security timelock", func() (*types.Transaction, error) { return ctrl.TransferGovernance(auth, secAddr) }},
		step{"rewards pool governance to the security timelock", func() (*types.Transaction, error) { return pool.TransferGovernance(auth, secAddr) }},
	)
	for _, s := range settings {
		tx, err := s.send()
		if err != nil {
			return Deployment{}, fmt.Errorf("deploy: %s: %w", s.what, err)
		}
		if _, err := wait(s.what, tx); err != nil {
			return Deployment{}, err
		}
	}

	d := Deployment{
		Network:        p.Network,
		ChainID:        chainID.Uint64(),
		RPCURL:         p.RPCURL,
		WSURL:          p.WSURL,
		BlockTimeMs:    p.BlockTimeMs,
		Addresses:      Addresses{Token: token, Registry: regAddr, Controller: ctrlAddr, RewardsPool: poolAddr, Slasher: slasherAddr, Votes: addrs.Votes, Governor: addrs.Governor, ParametersTimelock: paramsAddr, SecurityTimelock: secAddr, MemberReports: reportsAddr},
		DeployBlock:    first.BlockNumber.Uint64(),
		CheckpointHash: first.BlockHash,
		Governance:     secAddr,
		Testnet:        p.Testnet,
	}
	return d, d.Validate()
}

// withMargin sends with half again the estimated gas. Calls that write a
// vote checkpoint (deposits, delegation) cost more in a later block than in
// the head block a gas estimate runs on: a new checkpoint instead of an
// update of the head block's.
func withMargin(auth *bind.TransactOpts, send func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Transaction, error) {
	o := *auth
	o.NoSend = true
	tx, err := send(&o)
	if err != nil {
		return nil, err
	}
	o = *auth
	o.GasLimit = tx.Gas() + tx.Gas()/2
	return send(&o)
}

// deployGovernance deploys the votes wrapper over a.Token, the parameters
// timelock, the governor and the security timelock, gives the governor its
// roles and renounces the deployer's, and fills in their addresses. It
// returns the first receipt.
func deployGovernance(ctx context.Context, auth *bind.TransactOpts, client *ethclient.Client,
	wait func(string, *types.Transaction) (*types.Receipt, error), gp GovernanceParams, testnet bool, a *Addresses) (*types.Receipt, error) {
	if gp.QuorumPercent == 0 || gp.QuorumPercent > 100 || gp.VotingPeriod == 0 {
		return nil, fmt.Errorf("deploy: governance: quorum %d%% and voting period %d blocks must be positive (quorum at most 100)", gp.QuorumPercent, gp.VotingPeriod)
	}
	deployer := auth.From
	votesAddr, tx, votes, err := bindings.DeployStakeVotes(auth, client, a.Token, "CIFER Votes", "vCIFER")
	if err != nil {
		return nil, fmt.Errorf("deploy: votes wrapper: %w", err)
	}
	first, err := wait("votes wrapper", tx)
	if err != nil {
		return nil, err
	}
	a.Votes = votesAddr
	open := []common.Address{{}} // anyone may execute a ready operation
	// The deployer administers the parameters timelock only until the
	// governor exists and holds its proposer and canceller roles.
	paramsAddr, tx, params, err := bindings.DeployCiferTimelock(auth, client, big.NewInt(int64(gp.ParametersDelay/time.Second)), nil, open, deployer)
	if err != nil {
		return nil, fmt.Errorf("deploy: parameters timelock: %w", err)
	}
	if _, err := wait("parameters timelock", tx); err != nil {
		return nil, err
	}
	threshold := gp.ProposalThreshold
	if threshold == nil {
		threshold = new(big.Int)
	}
	govAddr, tx, _, err := bindings.DeployCiferGovernor(auth, client, votesAddr, paramsAddr,
		new(big.Int).SetUint64(gp.VotingDelay), gp.VotingPeriod, threshold, new(big.Int).SetUint64(gp.QuorumPercent))
	if err != nil {
		return nil, fmt.Errorf("deploy: governor: %w", err)
	}
	if _, err := wait("governor", tx); err != nil {
		return nil, err
	}
	secAddr, tx, _, err := bindings.DeployCiferTimelock(auth, client, big.NewInt(int64(gp.SecurityDelay/time.Second)),
		[]common.Address{paramsAddr}, open, common.Address{})
	if err != nil {
		return nil, fmt.Errorf("deploy: security timelock: %w", err)
	}
	if _, err := wait("security timelock", tx); err != nil {
		return nil, err
	}
	a.Governor, a.ParametersTimelock, a.SecurityTimelock = govAddr, paramsAddr, secAddr

	copts := &bind.CallOpts{Context: ctx}
	proposer, err := params.PROPOSERROLE(copts)
	if err != nil {
		return nil, fmt.Errorf("deploy: timelock roles: %w", err)
	}
	canceller, err := params.CANCELLERROLE(copts)
	if err != nil {
		return nil, fmt.Errorf("deploy: timelock roles: %w", err)
	}
	admin, err := params.DEFAULTADMINROLE(copts)
	if err != nil {
		return nil, fmt.Errorf("deploy: timelock roles: %w", err)
	}
	type step struct {
		what string
		send func() (*types.Transaction, error)
	}
	var steps []step
	if testnet && gp.DeployerVotes != nil && gp.DeployerVotes.Sign() > 0 {
		tok, err := bindings.NewTestToken(a.Token, client)
		if err != nil {
			return nil, fmt.Errorf("deploy: test token: %w", err)
		}
		amount := gp.DeployerVotes
		steps = append(steps,
			step{"mint deployer votes", func() (*types.Transaction, error) { return tok.Mint(auth, deployer, amount) }},
			step{"approve votes wrapper", func() (*types.Transaction, error) { return tok.Approve(auth, votesAddr, amount) }},
			step{"wrap deployer votes", func() (*types.Transaction, error) {
				return withMargin(auth, func(o *bind.TransactOpts) (*types.Transaction, error) { return votes.DepositFor(o, deployer, amount) })
			}},
			step{"delegate deployer votes", func() (*types.Transaction, error) {
				return withMargin(auth, func(o *bind.TransactOpts) (*types.Transaction, error) { return votes.Delegate(o, deployer) })
			}})
	}
	steps = append(steps,
		step{"governor proposes on the parameters timelock", func() (*types.Transaction, error) { return params.GrantRole(auth, proposer, govAddr) }},
		step{"governor cancels on the parameters timelock", func() (*types.Transaction, error) { return params.GrantRole(auth, canceller, govAddr) }},
		step{"deployer renounces the parameters timelock", func() (*types.Transaction, error) { return params.RenounceRole(auth, admin, deployer) }},
	)
	for _, s := range steps {
		tx, err := s.send()
		if err != nil {
			return nil, fmt.Errorf("deploy: %s: %w", s.what, err)
		}
		if _, err := wait(s.what, tx); err != nil {
			return nil, err
		}
	}
	return first, nil
}
