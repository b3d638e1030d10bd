package chain

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
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Wallet sends transactions from one key and waits for them: operators'
// staking calls, clients' secret calls, and testnet funding. Every call has
// a deadline; a revert comes back as a *RevertError with the contract's
// reason.
type Wallet struct {
	eth     *ethclient.Client
	chainID *big.Int
	key     *ecdsa.PrivateKey
	// Timeout bounds one transaction from send to receipt (default 2 min).
	Timeout time.Duration
}

// NewWallet binds key to a chain.
func NewWallet(ctx context.Context, eth *ethclient.Client, key *ecdsa.PrivateKey) (*Wallet, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	id, err := eth.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	return &Wallet{eth: eth, chainID: id, key: key, Timeout: 2 * time.Minute}, nil
}

// Address is the wallet's address.
func (w *Wallet) Address() common.Address { return crypto.PubkeyToAddress(w.key.PublicKey) }

// Eth is the wallet's chain connection.
func (w *Wallet) Eth() *ethclient.Client { return w.eth }

// Opts returns transact options bound to ctx.
func (w *Wallet) Opts(ctx context.Context) (*bind.TransactOpts, error) {
	o, err := bind.NewKeyedTransactorWithChainID(w.key, w.chainID)
	if err != nil {
		return nil, err
	}
	o.Context = ctx
	return o, nil
}

// Send runs one transaction: send builds it with the options (a binding
// call), then Send waits for its receipt and checks it succeeded.
func (w *Wallet) Send(ctx context.Context, what string, send func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, w.Timeout)
	defer cancel()
	opts, err := w.Opts(ctx)
	if err != nil {
		return nil, err
	}
	lock := sendLock(w.chainID.Uint64(), w.Address())
	lock.Lock()
	tx, err := send(opts)
	lock.Unlock()
	if err != nil {
		if reason, ok := revertReason(err); ok {
			return nil, &RevertError{Method: what, Reason: reason}
		}
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	rc, err := bind.WaitMined(ctx, w.eth, tx)
	if err != nil {
		return nil, fmt.Errorf("%s: waiting for %s: %w", what, tx.Hash().Hex(), err)
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return rc, &RevertError{Method: what, TxHash: tx.Hash()}
	}
	return rc, nil
}

// SendValue transfers wei to an address.
func (w *Wallet) SendValue(ctx context.Context, to common.Address, wei *big.Int) error {
	_, err := w.Send(ctx, "transfer to "+to.Hex(), func(o *bind.TransactOpts) (*types.Transaction, error) {
		nonce, err := w.eth.PendingNonceAt(o.Context, o.From)
		if err != nil {
			return nil, err
		}
		tip, err := w.eth.SuggestGasTipCap(o.Context)
		if err != nil {
			return nil, err
		}
		head, err := w.eth.HeaderByNumber(o.Context, nil)
		if err != nil {
			return nil, err
		}
		feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
		tx := types.NewTx(&types.DynamicFeeTx{ChainID: w.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000, To: &to, Value: wei})
		signed, err := o.Signer(o.From, tx)
		if err != nil {
			return nil, err
		}
		return signed, w.eth.SendTransaction(o.Context, signed)
	})
	return err
}

// Registration is what an operator records for its node.
type Registration struct {
	PeerID           peer.ID
	EnclaveWallet    common.Address
	Measurement      [32]byte
	TransportKeyHash [32]byte
	Multiaddrs       []string
	Stake            *big.Int
}

// Staking is an operator's side of the ClusterRegistry.
type Staking struct {
	W        *Wallet
	Registry common.Address
}

func (s Staking) registry() (*bindings.ClusterRegistry, error) {
	return bindings.NewClusterRegistry(s.Registry, s.W.eth)
}

func (s Staking) token(ctx context.Context) (*bindings.TestToken, common.Address, error) {
	reg, err := s.registry()
	if err != nil {
		return nil, common.Address{}, err
	}
	addr, err := reg.StakingToken(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, common.Address{}, fmt.Errorf("staking token: %w", err)
	}
	// Only ERC-20 calls (approve, balanceOf) are used on it, which every
	// staking token has; mint exists only on the testnet token.
	t, err := bindings.NewTestToken(addr, s.W.eth)
	return t, addr, err
}

// approve lets the registry take amount of the staking token.
func (s Staking) approve(ctx context.Context, amount *big.Int) error {
	tok, _, err := s.token(ctx)
	if err != nil {
		return err
	}
	_, err = s.W.Send(ctx, "approve stake", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return tok.Approve(o, s.Registry, amount)
	})
	return err
}

// MintTestTokens mints testnet staking tokens to an address (testnet token
// only: anyone may mint).
func (s Staking) MintTestTokens(ctx context.Context, to common.Address, amount *big.Int) error {
	tok, _, err := s.token(ctx)
	if err != nil {
		return err
	}
	_, err = s.W.Send(ctx, "mint test stake", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return tok.Mint(o, to, amount)
	})
	return err
}

// Register approves the stake and registers the node.
func (s Staking) Register(ctx context.Context, r Registration) error {
	if r.Stake == nil || r.Stake.Sign() <= 0 {
		return errors.New("register: stake must be positive")
	}
	if err := s.approve(ctx, r.Stake); err != nil {
		return err
	}
	reg, err := s.registry()
	if err != nil {
		return err
	}
	_, err = s.W.Send(ctx, "register", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return reg.Register(o, []byte(r.PeerID), r.EnclaveWallet, r.Measurement, r.TransportKeyHash, r.Multiaddrs, r.Stake)
	})
	return err
}

// TopUp adds stake.
func (s Staking) TopUp(ctx context.Context, amount *big.Int) error {
	if err := s.approve(ctx, amount); err != nil {
		return err
	}
	reg, err := s.registry()
	if err != nil {
		return err
	}
	_, err = s.W.Send(ctx, "top up", func(o *bind.TransactOpts) (*types.Transaction, error) { return reg.TopUp(o, amount) })
	return err
}

// Unbond starts leaving: the node leaves the active set at the next epoch.
func (s Staking) Unbond(ctx context.Context) error {
	reg, err := s.registry()
	if err != nil {
		return err
	}
	_, err = s.W.Send(ctx, "unbond", func(o *bind.TransactOpts) (*types.Transaction, error) { return reg.Unbond(o) })
	return err
}

// Withdraw takes the stake back after the unbonding delay.
func (s Staking) Withdraw(ctx context.Context) error {
	reg, err := s.registry()
	if err != nil {
		return err
	}
	_, err = s.W.Send(ctx, "withdraw", func(o *bind.TransactOpts) (*types.Transaction, error) { return reg.Withdraw(o) })
	return err
}
