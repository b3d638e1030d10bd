// Package staking is the operator's side of the ClusterRegistry: register
// a node with stake, top up, unbond, withdraw and read a node's status, and
// the epoch advancing a running node does from its enclave wallet.
//
// chain/ keeps the raw EVM access (clients, the wallet, the bindings); this
// package holds the workflows on top of it and declares the few interfaces
// it needs, so its callers (the cifer CLI, the testnet, the node) pass
// chain's types and tests pass fakes.
package staking

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Wallet sends the operator's transactions and waits for their receipts; a
// revert comes back as a *chain.RevertError (chain.Wallet implements it).
type Wallet interface {
	Address() common.Address
	Send(ctx context.Context, what string, send func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Receipt, error)
}

var _ Wallet = (*chain.Wallet)(nil)

// Registration is what an operator records for its node.
type Registration struct {
	PeerID           peer.ID
	EnclaveWallet    common.Address
	Measurement      [32]byte
	TransportKeyHash [32]byte
	Multiaddrs       []string
	Stake            *big.Int
}

// Operator is an operator's side of the ClusterRegistry: the operator key
// (which holds the stake, never the enclave wallet) sends every call.
type Operator struct {
	Wallet Wallet
	// Backend binds the registry and its staking token (the wallet's
	// chain connection).
	Backend  bind.ContractBackend
	Registry common.Address
}

// NewOperator binds a chain wallet to the registry at addr.
func NewOperator(w *chain.Wallet, registry common.Address) *Operator {
	return &Operator{Wallet: w, Backend: w.Eth(), Registry: registry}
}

// Address is the operator's address.
func (o *Operator) Address() common.Address { return o.Wallet.Address() }

func (o *Operator) registry() (*bindings.ClusterRegistry, error) {
	return bindings.NewClusterRegistry(o.Registry, o.Backend)
}

func (o *Operator) token(ctx context.Context) (*bindings.TestToken, common.Address, error) {
	reg, err := o.registry()
	if err != nil {
		return nil, common.Address{}, err
	}
	addr, err := reg.StakingToken(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, common.Address{}, fmt.Errorf("staking token: %w", err)
	}
	// Only ERC-20 calls (approve, balanceOf) are used on it, which every
	// staking token has; mint exists only on the testnet token.
	t, err := bindings.NewTestToken(addr, o.Backend)
	return t, addr, err
}

// approve lets the registry take amount of the staking token.
func (o *Operator) approve(ctx context.Context, amount *big.Int) error {
	tok, _, err := o.token(ctx)
	if err != nil {
		return err
	}
	_, err = o.Wallet.Send(ctx, "approve stake", func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return tok.Approve(opts, o.Registry, amount)
	})
	return err
}

// MintTestTokens mints testnet staking tokens to an address (testnet token
// only: anyone may mint).
func (o *Operator) MintTestTokens(ctx context.Context, to common.Address, amount *big.Int) error {
	tok, _, err := o.token(ctx)
	if err != nil {
		return err
	}
	_, err = o.Wallet.Send(ctx, "mint test stake", func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return tok.Mint(opts, to, amount)
	})
	return err
}

// Register approves the stake and registers the node.
func (o *Operator) Register(ctx context.Context, r Registration) error {
	if r.Stake == nil || r.Stake.Sign() <= 0 {
		return errors.New("register: stake must be positive")
	}
	if err := o.approve(ctx, r.Stake); err != nil {
		return err
	}
	reg, err := o.registry()
	if err != nil {
		return err
	}
	_, err = o.Wallet.Send(ctx, "register", func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return reg.Register(opts, []byte(r.PeerID), r.EnclaveWallet, r.Measurement, r.TransportKeyHash, r.Multiaddrs, r.Stake)
	})
	return err
}

// TopUp adds stake.
func (o *Operator) TopUp(ctx context.Context, amount *big.Int) error {
	if err := o.approve(ctx, amount); err != nil {
		return err
	}
	reg, err := o.registry()
	if err != nil {
		return err
	}
	_, err = o.Wallet.Send(ctx, "top up", func(opts *bind.TransactOpts) (*types.Transaction, error) { return reg.TopUp(opts, amount) })
	return err
}

// Unbond starts leaving: the node leaves the active set at the next epoch.
func (o *Operator) Unbond(ctx context.Context) error {
	reg, err := o.registry()
	if err != nil {
		return err
	}
	_, err = o.Wallet.Send(ctx, "unbond", func(opts *bind.TransactOpts) (*types.Transaction, error) { return reg.Unbond(opts) })
	return err
}

// Withdraw takes the stake back after the unbonding delay.
func (o *Operator) Withdraw(ctx context.Context) error {
	reg, err := o.registry()
	if err != nil {
		return err
	}
	_, err = o.Wallet.Send(ctx, "withdraw", func(opts *bind.TransactOpts) (*types.Transaction, error) { return reg.Withdraw(opts) })
	return err
}
