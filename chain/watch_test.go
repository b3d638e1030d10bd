package chain

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// countingSource counts failed RPC calls so a test can wait until the
// watcher has really seen an outage.
type countingSource struct {
	LogSource
	failures atomic.Int64
}

func (s *countingSource) BlockNumber(ctx context.Context) (uint64, error) {
	n, err := s.LogSource.BlockNumber(ctx)
	if err != nil {
		s.failures.Add(1)
	}
	return n, err
}

func (s *countingSource) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	l, err := s.LogSource.FilterLogs(ctx, q)
	if err != nil {
		s.failures.Add(1)
	}
	return l, err
}

// collector records delivered logs.
type collector struct {
	mu   sync.Mutex
	logs []types.Log
}

func (c *collector) handle(_ context.Context, l types.Log) error {
	c.mu.Lock()
	c.logs = append(c.logs, l)
	c.mu.Unlock()
	return nil
}

func (c *collector) snapshot() []types.Log {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]types.Log(nil), c.logs...)
}

func runWatcher(t *testing.T, w *LogWatcher, handle func(context.Context, types.Log) error) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx, handle) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("watcher: %v", err)
		}
	})
}

func deployEmitter(ctx context.Context, t *testing.T, dc *devchain.Chain) common.Address {
	r := sendTx(ctx, t, dc.Client(), dc.Accounts()[0].Key, nil, emitterCode)
	return r.ContractAddress
}

func emit(ctx context.Context, t *testing.T, dc *devchain.Chain, emitter common.Address, n int64) *types.Receipt {
	return sendTx(ctx, t, dc.Client(), dc.Accounts()[0].Key, &emitter, common.BigToHash(big.NewInt(n)).Bytes())
}

func topicNumbers(logs []types.Log) []int64 {
	out := make([]int64, len(logs))
	for i, l := range logs {
		out[i] = l.Topics[0].Big().Int64()
	}
	return out
}

func TestLogWatcherWaitsForConfirmations(t *testing.T) {
	ctx := testCtx(t)
	dc := startDevChain(t, devchain.Config{Accounts: 1}) // on-demand mining: we control the head
	emitter := deployEmitter(ctx, t, dc)
	const confirmations = 2

	start, err := dc.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	r := emit(ctx, t, dc, emitter, 1)
	b := r.BlockNumber.Uint64()

	var got collector
	w := NewLogWatcher(dc.Client(), WatchConfig{
		Addresses: []common.Address{emitter}, Start: Cursor{Block: start},
		Confirmations: confirmations, PollInterval: 10 * time.Millisecond,
	})
	runWatcher(t, w, got.handle)

	// Each step: wait until the watcher has scanned all it may, then check.
	for extra := uint64(0); extra < confirmations; extra++ {
		head := b + extra
		eventually(t, "watcher to scan up to head-confirmations", func() bool {
			return w.Cursor().Block == head-confirmations+1
		})
		if n := len(got.snapshot()); n != 0 {
			t.Fatalf("delivered %d logs with %d of %d confirmations", n, extra, confirmations)
		}
		dc.Commit()
	}
	eventually(t, "confirmed log to be delivered", func() bool { return len(got.snapshot()) == 1 })
	if l := got.snapshot()[0]; l.BlockNumber != b || l.TxHash != r.TxHash {
		t.Fatalf("delivered log %d/%s, want block %d tx %s", l.BlockNumber, l.TxHash, b, r.TxHash)
	}
}

func TestLogWatcherSurvivesRPCOutage(t *testing.T) {
	ctx := testCtx(t)
	dc := startDevChain(t, devchain.Config{Accounts: 1})
	emitter := deployEmitter(ctx, t, dc)
	start, err := dc.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}

	proxy := newTCPProxy(t, dc.HTTPURL()[len("http://"):])
	remote, err := ethclient.DialContext(ctx, proxy.URL("http"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(remote.Close)
	src := &countingSource{LogSource: remote}

	var got collector
	w := NewLogWatcher(src, WatchConfig{
		Addresses: []common.Address{emitter}, Start: Cursor{Block: start},
		PollInterval: 10 * time.Millisecond, MaxBackoff: 50 * time.Millisecond, MaxRange: 2,
	})
	runWatcher(t, w, got.handle)

	want := []int64{}
	for i := int64(1); i <= 3; i++ {
		emit(ctx, t, dc, emitter, i)
		want = append(want, i)
	}
	eventually(t, "events before the outage", func() bool { return len(got.snapshot()) == 3 })

	proxy.Close()
	failuresBefore := src.failures.Load()
	eventually(t, "watcher to notice the outage", func() bool { return src.failures.Load() > failuresBefore })
	for i := int64(4); i <= 8; i++ { // several ranges' worth, while the RPC is unreachable
		emit(ctx, t, dc, emitter, i)
		want = append(want, i)
	}
	proxy.Reopen()
	for i := int64(9); i <= 10; i++ {
		emit(ctx, t, dc, emitter, i)
		want = append(want, i)
	}
	eventually(t, "all events after the outage", func() bool { return len(got.snapshot()) >= len(want) })
	// One more block so a duplicate, if any, would have had its chance.
	last := emit(ctx, t, dc, emitter, 11)
	want = append(want, 11)
	eventually(t, "the final event", func() bool { return len(got.snapshot()) >= len(want) })
	eventually(t, "cursor past the final event", func() bool { return w.Cursor().Block > last.BlockNumber.Uint64() })

	gotNums := topicNumbers(got.snapshot())
	if len(gotNums) != len(want) {
		t.Fatalf("delivered %v, want %v", gotNums, want)
	}
	for i := range want {
		if gotNums[i] != want[i] {
			t.Fatalf("delivered %v, want %v (order, loss or duplicates)", gotNums, want)
		}
	}
}

func TestLogWatcherResumesAfterHandlerError(t *testing.T) {
	ctx := testCtx(t)
	dc := startDevChain(t, devchain.Config{Accounts: 1})
	emitter := deployEmitter(ctx, t, dc)
	start, err := dc.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := int64(1); i <= 4; i++ {
		emit(ctx, t, dc, emitter, i)
	}
	w := NewLogWatcher(dc.Client(), WatchConfig{
		Addresses: []common.Address{emitter}, Start: Cursor{Block: start}, PollInterval: 10 * time.Millisecond,
	})
	errBoom := errors.New("boom")
	var seen []int64
	err = w.Run(ctx, func(_ context.Context, l types.Log) error {
		n := l.Topics[0].Big().Int64()
		if n == 3 {
			return errBoom
		}
		seen = append(seen, n)
		return nil
	})
	if !errors.Is(err, errBoom) {
		t.Fatalf("Run returned %v, want the handler's error", err)
	}
	// Resume: 3 is delivered again (it failed), 1 and 2 are not.
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	err = w.Run(runCtx, func(_ context.Context, l types.Log) error {
		seen = append(seen, l.Topics[0].Big().Int64())
		if len(seen) == 4 {
			cancel()
		}
		return nil
	})
	if err != nil {
		t.Fatalf("resumed Run: %v", err)
	}
	if len(seen) != 4 || seen[0] != 1 || seen[1] != 2 || seen[2] != 3 || seen[3] != 4 {
		t.Fatalf("delivered %v, want [1 2 3 4]", seen)
	}
}
