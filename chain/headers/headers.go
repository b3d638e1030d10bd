// Package headers decides which block header of a chain a node trusts,
// from several RPC endpoints none of which it trusts alone (DESIGN.md
// section 10). A header is trusted when at least Quorum endpoints give the
// same header at the confirmation depth, no endpoint gives a different
// self-consistent header at that height, and it extends the last trusted
// header through parent hashes back to the manifest's checkpoint. The
// state root of a trusted header is what storage proofs are checked
// against (chain/verified).
//
// What an endpoint says is untrusted: a header whose content does not hash
// to the hash the endpoint claims for it, or that is not at the height
// asked, is a provable lie; it is counted and logged, and that answer is
// left out of the vote. Two self-consistent headers at one height are a
// conflict the node cannot settle by itself (on a dev chain or a
// proof-of-authority chain the header carries nothing a node could check
// without a consensus light client): it refuses with ErrConflict until the
// endpoints agree, so a lie costs liveness, never safety.
package headers

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

var (
	// ErrNoQuorum means fewer than Quorum endpoints answered with the same
	// header: nothing is trusted.
	ErrNoQuorum = errors.New("too few RPC endpoints agree on a header")
	// ErrConflict means endpoints gave different self-consistent headers at
	// one height: at least one lies, and the node acts on neither.
	ErrConflict = errors.New("RPC endpoints give conflicting headers")
	// ErrBrokenChain means a header does not extend the last trusted one.
	ErrBrokenChain = errors.New("header does not extend the trusted chain")
	// ErrLie means an endpoint's answer is provably false (kept in the
	// error OnLie is given).
	ErrLie = errors.New("RPC endpoint answer is false")
)

// Caller is one JSON-RPC connection (rpc.Client implements it).
type Caller interface {
	CallContext(ctx context.Context, result any, method string, args ...any) error
}

// Endpoint is one RPC provider, by the name logs and metrics give it.
type Endpoint struct {
	Name string
	RPC  Caller
}

// Checkpoint is a block the manifest names as trusted: where the chain of
// trusted headers starts.
type Checkpoint struct {
	Number uint64
	Hash   common.Hash
}

// Source picks trusted headers. It is safe for concurrent use; calls to
// Latest are serialised.
type Source struct {
	Endpoints     []Endpoint
	Quorum        int    // k of len(Endpoints)
	Confirmations uint64 // blocks below the k-th highest head
	Checkpoint    Checkpoint
	// CallTimeout bounds each endpoint's answer (default 10 s).
	CallTimeout time.Duration
	// MaxGap bounds the headers walked to link a new header to the last
	// trusted one (default 100,000); a larger gap needs a newer checkpoint.
	MaxGap uint64
	// OnLie, if set, is told of each provably false answer (a metric).
	OnLie func(endpoint string, err error)
	Log   *slog.Logger

	mu     sync.Mutex
	last   *types.Header            // nil until the first trusted header
	recent map[uint64]*types.Header // trusted headers by number, the last keepRecent
}

// keepRecent is how many trusted headers At can give (the state cache asks
// for each block's header to check its logs).
const keepRecent = 4096

func (s *Source) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

func (s *Source) timeout() time.Duration {
	if s.CallTimeout > 0 {
		return s.CallTimeout
	}
	return 10 * time.Second
}

func (s *Source) lie(endpoint string, err error) {
	s.log().Warn("RPC endpoint lied about a header", "endpoint", endpoint, "err", err)
	if s.OnLie != nil {
		s.OnLie(endpoint, err)
	}
}

// Latest returns the newest trusted header: the last one, or a newer one
// the endpoints now agree on.
func (s *Source) Latest(ctx context.Context) (*types.Header, error) {
	if s.Quorum < 1 || s.Quorum > len(s.Endpoints) {
		return nil, fmt.Errorf("headers: quorum %d of %d endpoints", s.Quorum, len(s.Endpoints))
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	heads := s.heads(ctx)
	if len(heads) < s.Quorum {
		return nil, fmt.Errorf("%w: %d of %d endpoints gave their head, %d needed", ErrNoQuorum, len(heads), len(s.Endpoints), s.Quorum)
	}
	sort.Slice(heads, func(i, j int) bool { return heads[i] > heads[j] })
	reached := heads[s.Quorum-1] // at least Quorum endpoints are this far
	if reached < s.Confirmations {
		return nil, fmt.Errorf("%w: chain shorter than the confirmation depth", ErrNoQuorum)
	}
	target := reached - s.Confirmations
	floor := s.Checkpoint.Number
	if s.last != nil {
		floor = s.last.Number.Uint64()
	}
	if target <= floor {
		if s.last != nil {
			return s.last, nil // nothing newer at the confirmation depth yet
		}
		return nil, fmt.Errorf("%w: no header above the checkpoint at the confirmation depth yet", ErrNoQuorum)
	}
	h, agreeing, err := s.vote(ctx, target)
	if err != nil {
		return nil, err
	}
	walked, err := s.link(ctx, h, agreeing)
	if err != nil {
		return nil, err
	}
	if s.recent == nil {
		s.recent = map[uint64]*types.Header{}
	}
	for _, w := range append(walked, h) {
		s.recent[w.Number.Uint64()] = w
	}
	for n := range s.recent {
		if n+keepRecent <= h.Number.Uint64() {
			delete(s.recent, n)
		}
	}
	s.last = h
	return h, nil
}

// At returns the trusted header at height n, if it is among the recent
// ones (every header from the checkpoint or the first trusted one up to
// the last trusted one is, within keepRecent).
func (s *Source) At(n uint64) (*types.Header, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	h, ok := s.recent[n]
	return h, ok
}

// Trusted returns the last trusted header without asking anyone (nil
// before the first).
func (s *Source) Trusted() *types.Header {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.last
}

// heads asks every endpoint for its block number.
func (s *Source) heads(ctx context.Context) []uint64 {
	out := make([]uint64, len(s.Endpoints))
	ok := make([]bool, len(s.Endpoints))
	var wg sync.WaitGroup
	for i, ep := range s.Endpoints {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cctx, cancel := context.WithTimeout(ctx, s.timeout())
			defer cancel()
			var n hexutil.Uint64
			if err := ep.RPC.CallContext(cctx, &n, "eth_blockNumber"); err != nil {
				s.log().Debug("RPC endpoint head", "endpoint", ep.Name, "err", err)
				return
			}
			out[i], ok[i] = uint64(n), true
		}()
	}
	wg.Wait()
	var heads []uint64
	for i := range out {
		if ok[i] {
			heads = append(heads, out[i])
		}
	}
	return heads
}

// vote asks every endpoint for the header at n and returns the one at
// least Quorum agree on, with the endpoints that agree.
func (s *Source) vote(ctx context.Context, n uint64) (*types.Header, []Endpoint, error) {
	got := make([]*types.Header, len(s.Endpoints))
	var wg sync.WaitGroup
	for i, ep := range s.Endpoints {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cctx, cancel := context.WithTimeout(ctx, s.timeout())
			defer cancel()
			h, err := fetch(cctx, ep.RPC, "eth_getBlockByNumber", hexutil.EncodeUint64(n))
			switch {
			case errors.Is(err, ErrLie):
				s.lie(ep.Name, err)
			case err != nil:
				s.log().Debug("RPC endpoint header", "endpoint", ep.Name, "block", n, "err", err)
			case h == nil:
			case h.Number.Uint64() != n:
				s.lie(ep.Name, fmt.Errorf("%w: asked for block %d, answered block %d", ErrLie, n, h.Number))
			default:
				got[i] = h
			}
		}()
	}
	wg.Wait()
	groups := map[common.Hash][]int{}
	var order []common.Hash
	for i, h := range got {
		if h == nil {
			continue
		}
		k := h.Hash()
		if _, seen := groups[k]; !seen {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	if len(groups) > 1 {
		var parts []string
		for _, k := range order {
			var names []string
			for _, i := range groups[k] {
				names = append(names, s.Endpoints[i].Name)
			}
			parts = append(parts, fmt.Sprintf("%s says %s", names, k.Hex()))
		}
		err := fmt.Errorf("%w at block %d: %v", ErrConflict, n, parts)
		s.log().Error("RPC endpoints disagree on a header; acting on none until they agree", "block", n, "err", err)
		return nil, nil, err
	}
	if len(order) == 0 || len(groups[order[0]]) < s.Quorum {
		agree := 0
		if len(order) > 0 {
			agree = len(groups[order[0]])
		}
		return nil, nil, fmt.Errorf("%w at block %d: %d agree, %d needed", ErrNoQuorum, n, agree, s.Quorum)
	}
	var agreeing []Endpoint
	for _, i := range groups[order[0]] {
		agreeing = append(agreeing, s.Endpoints[i])
	}
	return got[groups[order[0]][0]], agreeing, nil
}

// link checks h extends the last trusted header (or the checkpoint):
// walking parent hashes from h down to that height must arrive at it.
// Headers are fetched by hash, which each answer must hash to, so any one
// endpoint will do.
func (s *Source) link(ctx context.Context, h *types.Header, from []Endpoint) ([]*types.Header, error) {
	floorN, floorHash := s.Checkpoint.Number, s.Checkpoint.Hash
	if s.last != nil {
		floorN, floorHash = s.last.Number.Uint64(), s.last.Hash()
	}
	maxGap := s.MaxGap
	if maxGap == 0 {
		maxGap = 100_000
	}
	if gap := h.Number.Uint64() - floorN; gap > maxGap {
		return nil, fmt.Errorf("%w: %d blocks since the last trusted header (at most %d are walked): a newer checkpoint is needed", ErrBrokenChain, gap, maxGap)
	}
	cur := h
	var walked []*types.Header
	for cur.Number.Uint64() > floorN+1 {
		want := cur.ParentHash
		var parent *types.Header
		var errs []error
		for _, ep := range from {
			cctx, cancel := context.WithTimeout(ctx, s.timeout())
			p, err := fetch(cctx, ep.RPC, "eth_getBlockByHash", want)
			cancel()
			switch {
			case err != nil:
				if errors.Is(err, ErrLie) {
					s.lie(ep.Name, err)
				}
				errs = append(errs, fmt.Errorf("%s: %w", ep.Name, err))
				continue
			case p == nil || p.Hash() != want || p.Number.Uint64()+1 != cur.Number.Uint64():
				err := fmt.Errorf("%w: block %s is not the parent of block %d", ErrLie, want.Hex(), cur.Number)
				s.lie(ep.Name, err)
				errs = append(errs, err)
				continue
			}
			parent = p
			break
		}
		if parent == nil {
			return nil, fmt.Errorf("%w: parent %s of block %d: %w", ErrBrokenChain, want.Hex(), cur.Number, errors.Join(errs...))
		}
		cur = parent
		walked = append(walked, parent)
	}
	if cur.ParentHash != floorHash {
		return nil, fmt.Errorf("%w: block %d's parent is %s, the trusted block %d is %s", ErrBrokenChain, cur.Number, cur.ParentHash.Hex(), floorN, floorHash.Hex())
	}
	return walked, nil
}

// fetch reads one header. The answer must be self-consistent: its content
// must hash to the hash the endpoint states for it (else ErrLie). A nil
// header with a nil error means the endpoint has no such block.
func fetch(ctx context.Context, c Caller, method string, arg any) (*types.Header, error) {
	var raw json.RawMessage
	if err := c.CallContext(ctx, &raw, method, arg, false); err != nil {
		return nil, err
	}
	return DecodeHeader(raw)
}

// DecodeHeader decodes an eth_getBlockBy* answer (untrusted bytes) and
// checks that its content hashes to the hash it states (else ErrLie). A
// null answer gives a nil header and a nil error.
func DecodeHeader(raw json.RawMessage) (*types.Header, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var h types.Header
	if err := json.Unmarshal(raw, &h); err != nil {
		return nil, fmt.Errorf("%w: malformed header: %v", ErrLie, err)
	}
	var claimed struct {
		Hash *common.Hash `json:"hash"`
	}
	if err := json.Unmarshal(raw, &claimed); err != nil || claimed.Hash == nil {
		return nil, fmt.Errorf("%w: header without its hash", ErrLie)
	}
	if got := h.Hash(); got != *claimed.Hash {
		return nil, fmt.Errorf("%w: block %d's content hashes to %s, the endpoint says %s", ErrLie, h.Number, got.Hex(), claimed.Hash.Hex())
	}
	if h.Number == nil {
		return nil, fmt.Errorf("%w: header without a number", ErrLie)
	}
	return &h, nil
}
