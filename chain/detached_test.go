package chain

import (
	"context"
	"errors"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// blockingCaller answers when released and records the deadline it saw.
type blockingCaller struct {
	release  chan struct{}
	inFlight atomic.Int32
	peak     atomic.Int32
	sawDone  atomic.Bool
}

func (b *blockingCaller) CallContract(ctx context.Context, _ ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	n := b.inFlight.Add(1)
	defer b.inFlight.Add(-1)
	for {
		p := b.peak.Load()
		if n <= p || b.peak.CompareAndSwap(p, n) {
			break
		}
	}
	select {
	case <-b.release:
		if ctx.Err() != nil {
			b.sawDone.Store(true)
		}
		return []byte{1}, nil
	case <-ctx.Done():
		b.sawDone.Store(true)
		return nil, ctx.Err()
	}
}

func (b *blockingCaller) CodeAt(context.Context, common.Address, *big.Int) ([]byte, error) {
	return nil, nil
}

func TestDetachedCaller(t *testing.T) {
	next := &blockingCaller{release: make(chan struct{})}
	c := NewDetachedCaller(next, 2, time.Minute)

	// A caller that stops waiting gets its context error at once, while
	// the read itself keeps its own deadline.
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() {
		_, err := c.CallContract(ctx, ethereum.CallMsg{}, nil)
		errc <- err
	}()
	for next.inFlight.Load() != 1 {
		time.Sleep(time.Millisecond)
	}
	cancel()
	if err := <-errc; !errors.Is(err, context.Canceled) {
		t.Fatalf("abandoned read: %v", err)
	}

	// At most two reads run at once; the abandoned one still holds a slot.
	results := make(chan error, 3)
	for range 3 {
		go func() {
			_, err := c.CallContract(context.Background(), ethereum.CallMsg{}, nil)
			results <- err
		}()
	}
	close(next.release)
	for range 3 {
		if err := <-results; err != nil {
			t.Fatal(err)
		}
	}
	if p := next.peak.Load(); p > 2 {
		t.Fatalf("%d reads at once, limit 2", p)
	}
	if next.sawDone.Load() {
		t.Fatal("a read saw its caller's cancellation")
	}
}
