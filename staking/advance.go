package staking

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// AdvanceEpochGasLimit is a fixed, generous limit for advanceEpoch(): the
// draw's gas depends on the seed, which differs between an estimate and the
// block the transaction lands in.
const AdvanceEpochGasLimit = 15_000_000

// EpochChain is the home chain as the advancer uses it: a simulated call,
// then a transaction (ethclient.Client implements it).
type EpochChain interface {
	ethereum.ContractCaller
	bind.ContractTransactor
}

// TxSigner signs transactions with the node's enclave wallet, whose key
// never leaves the enclave (enclave.Keys implements it).
type TxSigner interface {
	Address() common.Address
	SignTx(tx *types.Transaction, signer types.Signer) (*types.Transaction, error)
}

// EpochAdvancer sends advanceEpoch() from the node's enclave wallet once an
// epoch is over. Every node may race to do it; a simulated call first means
// the losers, and calls before the epoch is over, cost no gas. The caller
// polls the registry's epoch and hands it to Advance; an EpochAdvancer is
// not safe for concurrent use.
type EpochAdvancer struct {
	Chain    EpochChain
	ChainID  uint64
	Registry common.Address
	Wallet   TxSigner
	// Interval is how often the caller polls; nodes spread their sends over
	// a few of them.
	Interval time.Duration
	// CallTimeout bounds the simulated call and the send together
	// (default 10 s).
	CallTimeout time.Duration
	Log         *slog.Logger
	// Now defaults to time.Now.
	Now func() time.Time

	// sentFor is the epoch whose advance this node last sent (plus one, so
	// zero means none), so it sends at most one transaction per epoch.
	sentFor uint64
	// dueSince is when this node first saw the current epoch due.
	dueSince time.Time
}

func (a *EpochAdvancer) now() time.Time {
	if a.Now != nil {
		return a.Now()
	}
	return time.Now()
}

func (a *EpochAdvancer) log() *slog.Logger {
	if a.Log != nil {
		return a.Log
	}
	return slog.Default()
}

// Advance sends advanceEpoch() when epoch, the registry's current one, is
// over and this node's turn has come; otherwise it does nothing. It sends
// at most once per epoch and does not wait for the receipt: the caller
// sees the new epoch at a later poll.
func (a *EpochAdvancer) Advance(ctx context.Context, epoch uint64) error {
	if a.sentFor == epoch+1 {
		return nil
	}
	abi, err := bindings.ClusterRegistryMetaData.GetAbi()
	if err != nil {
		return err
	}
	data, err := abi.Pack("advanceEpoch")
	if err != nil {
		return err
	}
	to := a.Registry
	from := a.Wallet.Address()
	timeout := a.CallTimeout
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	callCtx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if _, err := a.Chain.CallContract(callCtx, ethereum.CallMsg{From: from, To: &to, Data: data, Gas: AdvanceEpochGasLimit}, nil); err != nil {
		// Not over yet, or nothing to elect: nothing to do.
		a.log().Debug("advanceEpoch not due", "epoch", epoch, "err", err)
		a.dueSince = time.Time{}
		return nil
	}
	// Every node sees the epoch end at once; each waits its own share of a
	// few polls (from its wallet and the epoch) so usually one sends and
	// the others see the new epoch, instead of all paying for reverts.
	if a.dueSince.IsZero() {
		a.dueSince = a.now()
	}
	if a.now().Sub(a.dueSince) < a.slot(from, epoch) {
		return nil
	}
	reg, err := bindings.NewClusterRegistryTransactor(to, a.Chain)
	if err != nil {
		return err
	}
	opts := &bind.TransactOpts{
		From:     from,
		Context:  callCtx,
		GasLimit: AdvanceEpochGasLimit,
		Signer: func(addr common.Address, tx *types.Transaction) (*types.Transaction, error) {
			if addr != from {
				return nil, errors.New("not the enclave wallet")
			}
			return a.Wallet.SignTx(tx, types.LatestSignerForChainID(new(big.Int).SetUint64(a.ChainID)))
		},
	}
	tx, err := reg.AdvanceEpoch(opts)
	if err != nil {
		return fmt.Errorf("send advanceEpoch: %w", err)
	}
	a.sentFor = epoch + 1
	a.log().Info("sent advanceEpoch", "epoch", epoch, "tx", tx.Hash())
	return nil
}

// slot is how long this wallet waits after it first saw epoch due: zero to
// three poll intervals, by a hash of the wallet and the epoch, so the node
// that goes first changes from epoch to epoch.
func (a *EpochAdvancer) slot(from common.Address, epoch uint64) time.Duration {
	var b [28]byte
	copy(b[:20], from[:])
	binary.BigEndian.PutUint64(b[20:], epoch)
	return time.Duration(binary.BigEndian.Uint32(crypto.Keccak256(b[:])[:4])%4) * a.Interval
}
