package node

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/staking"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/libp2p/go-libp2p/core/peer"
)

// The enclave wallet sends advanceEpoch().
var _ staking.TxSigner = (*enclave.Keys)(nil)

// epochWatcher follows the registry's epochs. At each new epoch it drops
// cached registry answers and re-verifies every peer, so a node that
// unbonded leaves the verified table; when configured it also hands each
// epoch it reads to the advancer, which calls advanceEpoch() once the
// epoch is over.
type epochWatcher struct {
	log      *slog.Logger
	interval time.Duration
	epochs   epochSource
	// invalidate drops the registry view's cached answers; revalidate
	// re-verifies every peer against it (the p2p node's Revalidate).
	invalidate func()
	revalidate func(context.Context) ([]peer.ID, error)
	// advancer is nil unless blackbox.advance-epochs is set.
	advancer epochAdvancer
	// slashes, when set, counts the Slasher's slashes: a new one drops the
	// cached answers and re-verifies every peer at once, as a new epoch
	// does, so a slashed node (no longer Active) leaves the verified table
	// and no cached view still calls it elected.
	slashes slashSource

	epoch      uint64
	slashCount uint64
	slashRead  bool
}

// slashSource reads the Slasher's slash count.
type slashSource interface {
	SlashCount(ctx context.Context) (uint64, error)
}

// epochSource reads the registry's current epoch.
type epochSource interface {
	CurrentEpoch(ctx context.Context) (uint64, error)
}

// epochAdvancer sends advanceEpoch() when the epoch it is handed is over
// (staking.EpochAdvancer).
type epochAdvancer interface {
	Advance(ctx context.Context, epoch uint64) error
}

var _ epochAdvancer = (*staking.EpochAdvancer)(nil)

// epochPollInterval is the chain's block time, within [250 ms, 5 s].
func epochPollInterval(blockTimeMs uint64) time.Duration {
	bt := time.Duration(blockTimeMs) * time.Millisecond
	return min(max(bt, 250*time.Millisecond), 5*time.Second)
}

func (w *epochWatcher) run(ctx context.Context) error {
	t := time.NewTicker(w.interval)
	defer t.Stop()
	for {
		if err := w.step(ctx); err != nil && ctx.Err() == nil {
			w.log.Warn("epoch check failed; retrying", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

func (w *epochWatcher) step(ctx context.Context) error {
	epoch, err := w.epochs.CurrentEpoch(ctx)
	if err != nil {
		return err
	}
	slashed := false
	if w.slashes != nil {
		// A failed read only delays the re-verification to the next
		// tick; it must not hold up the epoch checks below.
		if n, err := w.slashes.SlashCount(ctx); err != nil {
			w.log.Warn("slash count unreadable; retrying", "err", err)
		} else {
			slashed = w.slashRead && n != w.slashCount
			w.slashCount, w.slashRead = n, true
		}
	}
	if epoch != w.epoch || slashed {
		if epoch != w.epoch {
			w.log.Info("new epoch", "epoch", epoch, "previous", w.epoch)
		} else {
			w.log.Info("a node was slashed; re-verifying peers", "slashes", w.slashCount)
		}
		w.epoch = epoch
		// Cached registry answers first: revalidating against them would
		// keep a peer that unbonded.
		w.invalidate()
		if _, err := w.revalidate(ctx); err != nil {
			return fmt.Errorf("revalidate peers at epoch %d: %w", epoch, err)
		}
	}
	if w.advancer != nil {
		return w.advancer.Advance(ctx, epoch)
	}
	return nil
}

// slasherCount reads slashCount from the deployment's Slasher.
type slasherCount struct {
	s       *bindings.SlasherCaller
	timeout time.Duration
}

func (c slasherCount) SlashCount(ctx context.Context) (uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	n, err := c.s.SlashCount(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}
