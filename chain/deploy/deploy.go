package deploy

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
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
	AllowSimulated bool
	// DefaultSecretType is what createSecret() without a type gives; 1 is
	// the type decrypt calls accept (COMPAT.md). Zero keeps the contract's
	// initial value (0).
	DefaultSecretType uint8
	SimPlatformKey    [32]byte
	AllowedMeasures   [][32]byte
}

// Deploy deploys the staking token (on testnets), the ClusterRegistry and the
// SecretsController from key, applies the governed settings, and returns the
// deployment description nodes and clients read. Every transaction is
// waited for and its receipt checked.
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
	regAddr, tx, reg, err := bindings.DeployClusterRegistry(auth, client, token, p.MinStake, p.EpochLength, p.UnbondingDelay)
	if err != nil {
		return Deployment{}, fmt.Errorf("deploy: cluster registry: %w", err)
	}
	rc, err := wait("cluster registry", tx)
	if err != nil {
		return Deployment{}, err
	}
	if first == nil {
		first = rc
	}
	ctrlAddr, tx, ctrl, err := bindings.DeploySecretsController(auth, client, regAddr, p.CreationFee)
	if err != nil {
		return Deployment{}, fmt.Errorf("deploy: secrets controller: %w", err)
	}
	if _, err := wait("secrets controller", tx); err != nil {
		return Deployment{}, err
	}

	type step struct {
		what string
		send func() (*types.Transaction, error)
	}
	var settings []step
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
		Network:     p.Network,
		ChainID:     chainID.Uint64(),
		RPCURL:      p.RPCURL,
		WSURL:       p.WSURL,
		BlockTimeMs: p.BlockTimeMs,
		Addresses:   Addresses{Token: token, Registry: regAddr, Controller: ctrlAddr},
		DeployBlock: first.BlockNumber.Uint64(),
		Governance:  crypto.PubkeyToAddress(key.PublicKey),
		Testnet:     p.Testnet,
	}
	return d, d.Validate()
}
