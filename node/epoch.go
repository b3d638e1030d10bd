package node

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/enclave"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// advanceEpochGasLimit is a fixed, generous limit for advanceEpoch(): the
// draw's gas depends on the seed, which differs between an estimate and the
// block the transaction lands in.
const advanceEpochGasLimit = 15_000_000

// epochWatcher follows the registry's epochs. At each new epoch it drops
// cached registry answers and re-verifies every peer, so a node that
// unbonded leaves the verified table; when configured it also calls
// advanceEpoch() once an epoch is over.
type epochWatcher struct {
	node  *Node
	keys  *enclave.Keys
	epoch uint64
	// sentFor is the epoch whose advance this node last sent (plus one, so
	// zero means none), so it sends at most one transaction per epoch.
	sentFor uint64
	// dueSince is when this node first saw the current epoch due.
	dueSince time.Time

	// epochs, invalidate and revalidate default to the node's registry,
	// registry view and p2p node; tests replace them.
	epochs     epochSource
	invalidate func()
	revalidate func(context.Context) ([]peer.ID, error)
}

// epochSource reads the registry's current epoch.
type epochSource interface {
	CurrentEpoch(ctx context.Context) (uint64, error)
}

func (w *epochWatcher) source() epochSource {
	if w.epochs != nil {
		return w.epochs
	}
	return w.node.registry
}

func (w *epochWatcher) interval() time.Duration {
	bt := time.Duration(w.node.dep.BlockTimeMs) * time.Millisecond
	return min(max(bt, 250*time.Millisecond), 5*time.Second)
}

func (w *epochWatcher) run(ctx context.Context) error {
	t := time.NewTicker(w.interval())
	defer t.Stop()
	for {
		if err := w.step(ctx); err != nil && ctx.Err() == nil {
			w.node.log.Warn("epoch check failed; retrying", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

func (w *epochWatcher) step(ctx context.Context) error {
	epoch, err := w.source().CurrentEpoch(ctx)
	if err != nil {
		return err
	}
	if epoch != w.epoch {
		w.node.log.Info("new epoch", "epoch", epoch, "previous", w.epoch)
		w.epoch = epoch
		// Cached registry answers first: revalidating against them would
		// keep a peer that unbonded.
		invalidate, revalidate := w.invalidate, w.revalidate
		if invalidate == nil {
			invalidate = w.node.regView.Invalidate
		}
		if revalidate == nil {
			revalidate = w.node.p2p.Revalidate
		}
		invalidate()
		if _, err := revalidate(ctx); err != nil {
			return fmt.Errorf("revalidate peers at epoch %d: %w", epoch, err)
		}
	}
	if w.node.cfg.BlackBox.AdvanceEpochs && w.sentFor != epoch+1 {
		return w.maybeAdvance(ctx, epoch)
	}
	return nil
}

// maybeAdvance sends advanceEpoch() when the epoch is over. Every node may
// race to do it; a simulated call first means the losers, and calls before
// the epoch is over, cost no gas.
func (w *epochWatcher) maybeAdvance(ctx context.Context, epoch uint64) error {
	home, err := w.node.chains.Home()
	if err != nil {
		return err
	}
	eth := home.Eth()
	abi, err := bindings.ClusterRegistryMetaData.GetAbi()
	if err != nil {
		return err
	}
	data, err := abi.Pack("advanceEpoch")
	if err != nil {
		return err
	}
	to := w.node.dep.Addresses.Registry
	from := w.keys.Address()
	callCtx, cancel := context.WithTimeout(ctx, home.CallTimeout())
	defer cancel()
	if _, err := eth.CallContract(callCtx, ethereum.CallMsg{From: from, To: &to, Data: data, Gas: advanceEpochGasLimit}, nil); err != nil {
		// Not over yet, or nothing to elect: nothing to do.
		w.node.log.Debug("advanceEpoch not due", "epoch", epoch, "err", err)
		w.dueSince = time.Time{}
		return nil
	}
	// Every node sees the epoch end at once; each waits its own share of a
	// few polls (from its wallet and the epoch) so usually one sends and
	// the others see the new epoch, instead of all paying for reverts.
	if w.dueSince.IsZero() {
		w.dueSince = time.Now()
	}
	var b [28]byte
	copy(b[:20], from[:])
	binary.BigEndian.PutUint64(b[20:], epoch)
	slot := time.Duration(binary.BigEndian.Uint32(crypto.Keccak256(b[:])[:4])%4) * w.interval()
	if time.Since(w.dueSince) < slot {
		return nil
	}
	reg, err := bindings.NewClusterRegistryTransactor(to, eth)
	if err != nil {
		return err
	}
	opts := &bind.TransactOpts{
		From:     from,
		Context:  callCtx,
		GasLimit: advanceEpochGasLimit,
		Signer: func(addr common.Address, tx *types.Transaction) (*types.Transaction, error) {
			if addr != from {
				return nil, errors.New("not the enclave wallet")
			}
			return w.keys.SignTx(tx, types.LatestSignerForChainID(new(big.Int).SetUint64(w.node.dep.ChainID)))
		},
	}
	tx, err := reg.AdvanceEpoch(opts)
	if err != nil {
		return fmt.Errorf("send advanceEpoch: %w", err)
	}
	w.sentFor = epoch + 1
	w.node.log.Info("sent advanceEpoch", "epoch", epoch, "tx", tx.Hash())
	return nil
}
