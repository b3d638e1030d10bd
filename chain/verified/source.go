package verified

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/headers"
)

// Source is one chain as proofs show it, for a chain.StateCache to follow
// (chain.NewStateCacheFrom): its head is the newest trusted header, its logs
// are those of trusted blocks proven by their receipts roots, and its
// secret reads are proven against the head's state root. The cache keeps
// verified values and drops them on verified events, as it does for a
// plain client; revocation takes effect once the block that revokes is
// trusted (the confirmation depth).
type Source struct {
	Headers    *headers.Source
	Proofs     *Reader
	Logs       *LogReader
	Controller common.Address
	// Registry is the home chain's registry (zero address elsewhere).
	Registry common.Address
	// Interval is how often Run asks for a newer trusted header.
	Interval time.Duration
	Log      *slog.Logger

	mu      sync.Mutex
	head    *types.Header
	healthy bool
	changed chan struct{}
}

var _ chain.CacheSource = (*Source)(nil)

func (s *Source) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

// Start reads the first trusted header (so the cache has a head to start
// from) and returns an error if there is none.
func (s *Source) Start(ctx context.Context) error {
	h, err := s.Headers.Latest(ctx)
	if err != nil {
		return fmt.Errorf("verified chain reads: no trusted header: %w", err)
	}
	s.setHead(h, true)
	return nil
}

// Run asks for a newer trusted header every Interval until ctx ends. While
// none can be trusted (endpoints disagree or are too few) the source says
// it is not subscribed, so the cache reads through it afresh, and those
// reads still verify against the last trusted header.
func (s *Source) Run(ctx context.Context) error {
	interval := s.Interval
	if interval <= 0 {
		interval = time.Second
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		h, err := s.Headers.Latest(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			s.log().Warn("verified chain reads: no newer trusted header", "err", err)
			s.setHealthy(false)
			continue
		}
		s.setHead(h, true)
	}
}

func (s *Source) setHead(h *types.Header, healthy bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.healthy = healthy
	if s.head != nil && h.Number.Cmp(s.head.Number) <= 0 {
		return
	}
	s.head = h
	if s.changed != nil {
		close(s.changed)
		s.changed = nil
	}
}

func (s *Source) setHealthy(v bool) {
	s.mu.Lock()
	s.healthy = v
	s.mu.Unlock()
}

// TrustedHead is the newest trusted header (nil before Start).
func (s *Source) TrustedHead() *types.Header {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.head
}

// Head is the trusted head's number.
func (s *Source) Head() uint64 {
	if h := s.TrustedHead(); h != nil {
		return h.Number.Uint64()
	}
	return 0
}

// HeadChanged is closed when a newer header is trusted.
func (s *Source) HeadChanged() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.changed == nil {
		s.changed = make(chan struct{})
	}
	return s.changed
}

// Subscribed is whether the trusted head follows the chain now.
func (s *Source) Subscribed() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.head != nil && s.healthy
}

// BlockNumber is the trusted head's number.
func (s *Source) BlockNumber(context.Context) (uint64, error) {
	if h := s.TrustedHead(); h != nil {
		return h.Number.Uint64(), nil
	}
	return 0, fmt.Errorf("%w: no trusted header yet", ErrUnverified)
}

// ErrNotTrusted means a block asked for is not among the trusted headers.
var ErrNotTrusted = errors.New("block is not a trusted header")

// FilterLogs returns the proven logs of q's contracts in q's block range
// (both bounds given, every block a trusted header).
func (s *Source) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if q.FromBlock == nil || q.ToBlock == nil || q.BlockHash != nil {
		return nil, errors.New("verified logs need a block range")
	}
	from, to := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	var out []types.Log
	for n := from; n <= to; n++ {
		h, ok := s.Headers.At(n)
		if !ok {
			return nil, fmt.Errorf("%w: %d", ErrNotTrusted, n)
		}
		logs, err := s.Logs.BlockLogs(ctx, h)
		if err != nil {
			return nil, err
		}
		for _, l := range logs {
			if len(q.Addresses) == 0 || slices.Contains(q.Addresses, l.Address) {
				out = append(out, *l)
			}
		}
	}
	return out, nil
}

// SecretState reads a secret proven at the trusted head.
func (s *Source) SecretState(ctx context.Context, secretID uint64) (chain.SecretState, error) {
	h := s.TrustedHead()
	if h == nil {
		return chain.SecretState{}, fmt.Errorf("%w: no trusted header yet", ErrUnverified)
	}
	return s.Proofs.SecretState(ctx, h, s.Controller, secretID)
}

// IsElectedBlackBox reads the registry's election proven at the trusted head.
func (s *Source) IsElectedBlackBox(ctx context.Context, wallet common.Address) (bool, error) {
	h := s.TrustedHead()
	if h == nil {
		return false, fmt.Errorf("%w: no trusted header yet", ErrUnverified)
	}
	return Registry{Reader: s.Proofs, Address: s.Registry}.IsElectedBlackBox(ctx, h, wallet)
}

// WasElectedBlackBox reads the registry's election history proven at the
// trusted head.
func (s *Source) WasElectedBlackBox(ctx context.Context, epoch uint64, wallet common.Address) (bool, error) {
	h := s.TrustedHead()
	if h == nil {
		return false, fmt.Errorf("%w: no trusted header yet", ErrUnverified)
	}
	return Registry{Reader: s.Proofs, Address: s.Registry}.WasElectedBlackBox(ctx, h, epoch, wallet)
}

// SimulatedPolicy reads the sim switch and platform key proven at the
// trusted head.
func (s *Source) SimulatedPolicy(ctx context.Context) (bool, [32]byte, error) {
	h := s.TrustedHead()
	if h == nil {
		return false, [32]byte{}, fmt.Errorf("%w: no trusted header yet", ErrUnverified)
	}
	return Registry{Reader: s.Proofs, Address: s.Registry}.SimulatedPolicy(ctx, h)
}

// MeasurementAllowed reads the allow-list proven at the trusted head.
func (s *Source) MeasurementAllowed(ctx context.Context, m [32]byte) (bool, error) {
	h := s.TrustedHead()
	if h == nil {
		return false, fmt.Errorf("%w: no trusted header yet", ErrUnverified)
	}
	return Registry{Reader: s.Proofs, Address: s.Registry}.MeasurementAllowed(ctx, h, m)
}
