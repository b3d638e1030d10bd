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

// EpochAdvancer moves the registry to the next epoch from the node's
// enclave wallet, in the registry's two steps: requestAdvance() once the
// epoch is over (it fixes the draw's weights and names the next block as
// the seed block), then advanceEpoch() once that block is mined. Every node
// may race to do either; a simulated call first means the losers, and calls
// before a step is possible, cost no gas. The caller polls the registry's
// epoch and hands it to Advance; an EpochAdvancer is not safe for
// concurrent use.
type EpochAdvancer struct {
	Chain    EpochChain
	ChainID  uint64
	Registry common.Address
	Wallet   TxSigner
	// Interval is how often the caller polls; nodes spread their sends over
	// a few of them.
	Interval time.Duration
	// CallTimeout bounds the simulated calls and the send together
	// (default 10 s).
	CallTimeout time.Duration
	Log         *slog.Logger
	// Now defaults to time.Now.
	Now func() time.Time

	// sentFor is the epoch whose advanceEpoch this node last sent (plus
	// one, so zero means none), so it sends at most one per epoch.
	sentFor uint64
	// requested is the epoch (plus one) and time of this node's last
	// requestAdvance. It is sent again only after requestResend: a request
	// that expired unused (the blockhash horizon) or never landed can be
	// made again, and requestAdvance refuses while one is pending.
	requestedFor uint64
	requestedAt  time.Time
	// dueSince is when this node first saw the current step possible.
	dueSince time.Time
	dueStep  string
}

// requestResendPolls is how many poll intervals a node waits before it
// sends requestAdvance again for the same epoch.
const requestResendPolls = 20

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

// Advance takes the next step for epoch, the registry's current one:
// advanceEpoch() when a request's seed block is mined, else
// requestAdvance() when the epoch is over; each only once this node's turn
// has come, otherwise it does nothing. It does not wait for receipts: the
// caller sees the new epoch at a later poll.
func (a *EpochAdvancer) Advance(ctx context.Context, epoch uint64) error {
	if a.sentFor == epoch+1 {
		return nil
	}
	timeout := a.CallTimeout
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	callCtx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	step := "advanceEpoch"
	if !a.possible(callCtx, step, AdvanceEpochGasLimit) {
		step = "requestAdvance"
		if a.requestedFor == epoch+1 && a.now().Sub(a.requestedAt) < requestResendPolls*a.Interval {
			return nil
		}
		if !a.possible(callCtx, step, requestAdvanceGasLimit) {
			// Not over yet, pending, or nothing to elect: nothing to do.
			a.dueSince = time.Time{}
			return nil
		}
	}
	// Every node sees a step become possible at once; each waits its own
	// share of a few polls (from its wallet and the epoch) so usually one
	// sends and the others see the next step, instead of all paying for
	// reverts.
	if a.dueSince.IsZero() || a.dueStep != step {
		a.dueSince, a.dueStep = a.now(), step
	}
	from := a.Wallet.Address()
	if a.now().Sub(a.dueSince) < a.slot(from, epoch) {
		return nil
	}
	reg, err := bindings.NewClusterRegistryTransactor(a.Registry, a.Chain)
	if err != nil {
		return err
	}
	opts := &bind.TransactOpts{
		From:    from,
		Context: callCtx,
		Signer: func(addr common.Address, tx *types.Transaction) (*types.Transaction, error) {
			if addr != from {
				return nil, errors.New("not the enclave wallet")
			}
			return a.Wallet.SignTx(tx, types.LatestSignerForChainID(new(big.Int).SetUint64(a.ChainID)))
		},
	}
	var tx *types.Transaction
	if step == "advanceEpoch" {
		opts.GasLimit = AdvanceEpochGasLimit
		tx, err = reg.AdvanceEpoch(opts)
	} else {
		opts.GasLimit = requestAdvanceGasLimit
		tx, err = reg.RequestAdvance(opts)
	}
	if err != nil {
		return fmt.Errorf("send %s: %w", step, err)
	}
	if step == "advanceEpoch" {
		a.sentFor = epoch + 1
	} else {
		a.requestedFor, a.requestedAt = epoch+1, a.now()
	}
	a.dueSince = time.Time{}
	a.log().Info("sent "+step, "epoch", epoch, "tx", tx.Hash())
	return nil
}

// requestAdvanceGasLimit is a fixed limit for requestAdvance(), which
// writes one slot (an estimate on the head's state may see it not due).
const requestAdvanceGasLimit = 200_000

// possible reports whether a simulated call of method succeeds.
func (a *EpochAdvancer) possible(ctx context.Context, method string, gas uint64) bool {
	abi, err := bindings.ClusterRegistryMetaData.GetAbi()
	if err != nil {
		return false
	}
	data, err := abi.Pack(method)
	if err != nil {
		return false
	}
	to := a.Registry
	if _, err := a.Chain.CallContract(ctx, ethereum.CallMsg{From: a.Wallet.Address(), To: &to, Data: data, Gas: gas}, nil); err != nil {
		a.log().Debug(method+" not possible", "err", err)
		return false
	}
	return true
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
