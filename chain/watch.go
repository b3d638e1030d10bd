package chain

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// LogSource is what the watcher needs from an RPC: the head and log queries.
// *ethclient.Client implements it.
type LogSource interface {
	BlockNumber(ctx context.Context) (uint64, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Cursor is a watch position that can be persisted: every matching log in
// blocks before Block has been delivered, and in Block those with an index
// below NextIndex.
type Cursor struct {
	Block     uint64 `json:"block"`
	NextIndex uint   `json:"nextIndex"`
}

// after reports whether l is at or past the cursor (not yet delivered).
func (c Cursor) admits(l types.Log) bool {
	return l.BlockNumber > c.Block || (l.BlockNumber == c.Block && l.Index >= c.NextIndex)
}

// WatchConfig selects logs and tunes the watcher.
type WatchConfig struct {
	Addresses []common.Address
	Topics    [][]common.Hash // as in ethereum.FilterQuery
	// Start is where to begin (or resume). Cursor{Block: n} starts at block n.
	Start Cursor
	// Confirmations: a log in block b is delivered once head >= b + Confirmations.
	Confirmations uint64
	PollInterval  time.Duration // default 1 s
	MaxRange      uint64        // blocks per eth_getLogs query; default 1000
	CallTimeout   time.Duration // default 10 s
	MaxBackoff    time.Duration // default 10 s
	Log           *slog.Logger
}

// LogWatcher delivers matching logs in chain order, each exactly once, once
// they have enough confirmations. It polls eth_getLogs over block ranges
// from its cursor, so an RPC outage only delays delivery: on errors it backs
// off and retries from the cursor, and after the handler returns an error
// Run can be called again to resume.
//
// Reorganisations deeper than Confirmations are not handled: choose
// Confirmations so they do not happen on the chain in question.
type LogWatcher struct {
	src LogSource
	cfg WatchConfig

	mu     sync.Mutex
	cursor Cursor
}

// NewLogWatcher prepares a watcher; nothing runs until Run.
func NewLogWatcher(src LogSource, cfg WatchConfig) *LogWatcher {
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.MaxRange == 0 {
		cfg.MaxRange = 1000
	}
	if cfg.CallTimeout <= 0 {
		cfg.CallTimeout = 10 * time.Second
	}
	if cfg.MaxBackoff <= 0 {
		cfg.MaxBackoff = 10 * time.Second
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	return &LogWatcher{src: src, cfg: cfg, cursor: cfg.Start}
}

// Cursor returns the position after the last delivered log (or scanned block).
func (w *LogWatcher) Cursor() Cursor {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.cursor
}

func (w *LogWatcher) setCursor(c Cursor) {
	w.mu.Lock()
	w.cursor = c
	w.mu.Unlock()
}

// Run delivers logs to handle until ctx ends (returning nil) or handle
// returns an error (returning it, wrapped; the failed log is not counted as
// delivered). handle runs on Run's goroutine, one log at a time.
func (w *LogWatcher) Run(ctx context.Context, handle func(context.Context, types.Log) error) error {
	b := backoff{min: w.cfg.PollInterval, max: w.cfg.MaxBackoff}
	failing := false
	for {
		progressed, err := w.step(ctx, handle)
		if ctx.Err() != nil {
			return nil
		}
		var wait time.Duration
		switch {
		case err != nil:
			if he, ok := err.(*handlerError); ok {
				return he.err
			}
			if !failing {
				w.cfg.Log.Warn("log watch: rpc failed, retrying", "err", err, "cursor_block", w.Cursor().Block)
			}
			failing = true
			wait = b.next()
		case progressed:
			if failing {
				w.cfg.Log.Info("log watch: rpc recovered", "cursor_block", w.Cursor().Block)
			}
			failing = false
			b.reset()
			continue // more ranges may be ready; do not sleep
		default:
			if failing {
				w.cfg.Log.Info("log watch: rpc recovered", "cursor_block", w.Cursor().Block)
			}
			failing = false
			b.reset()
			wait = w.cfg.PollInterval
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

type handlerError struct{ err error }

func (e *handlerError) Error() string { return e.err.Error() }

// step scans one range of confirmed blocks. It reports whether the cursor
// moved.
func (w *LogWatcher) step(ctx context.Context, handle func(context.Context, types.Log) error) (bool, error) {
	head, err := w.blockNumber(ctx)
	if err != nil {
		return false, err
	}
	if head < w.cfg.Confirmations {
		return false, nil
	}
	safe := head - w.cfg.Confirmations
	cur := w.Cursor()
	if cur.Block > safe {
		return false, nil
	}
	to := min(safe, cur.Block+w.cfg.MaxRange-1)
	logs, err := w.filterLogs(ctx, cur.Block, to)
	if err != nil {
		return false, err
	}
	sort.Slice(logs, func(i, j int) bool {
		if logs[i].BlockNumber != logs[j].BlockNumber {
			return logs[i].BlockNumber < logs[j].BlockNumber
		}
		return logs[i].Index < logs[j].Index
	})
	for _, l := range logs {
		if l.Removed || !cur.admits(l) || l.BlockNumber > to {
			continue
		}
		if err := handle(ctx, l); err != nil {
			return true, &handlerError{fmt.Errorf("handle log %d/%d (tx %s): %w", l.BlockNumber, l.Index, l.TxHash, err)}
		}
		cur = Cursor{Block: l.BlockNumber, NextIndex: l.Index + 1}
		w.setCursor(cur)
	}
	w.setCursor(Cursor{Block: to + 1})
	return true, nil
}

func (w *LogWatcher) blockNumber(ctx context.Context) (uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, w.cfg.CallTimeout)
	defer cancel()
	n, err := w.src.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("eth_blockNumber: %w", err)
	}
	return n, nil
}

func (w *LogWatcher) filterLogs(ctx context.Context, from, to uint64) ([]types.Log, error) {
	ctx, cancel := context.WithTimeout(ctx, w.cfg.CallTimeout)
	defer cancel()
	logs, err := w.src.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: w.cfg.Addresses,
		Topics:    w.cfg.Topics,
	})
	if err != nil {
		return nil, fmt.Errorf("eth_getLogs %d..%d: %w", from, to, err)
	}
	return logs, nil
}
