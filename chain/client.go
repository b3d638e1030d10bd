// Package chain is the node's access to EVM chains: one Client per
// configured chain (head tracking, block freshness, secret state reads,
// confirmed event watching), a Set of them looked up by chain ID, and a
// reader of the home chain's ClusterRegistry.
//
// Every RPC call carries a deadline. Clients survive RPC outages: head
// tracking falls back from a WebSocket subscription to polling and
// resubscribes with backoff; event watching polls logs from a cursor and
// resumes exactly where it stopped.
package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Config describes one chain the node serves.
type Config struct {
	Name    string // human name, e.g. "ethereum-sepolia"
	ChainID uint64
	RPCURL  string // JSON-RPC over HTTP(S) (or WS); used for calls
	WSURL   string // optional JSON-RPC over WebSocket; used for new-head subscriptions
	// ControllerAddress is the chain's SecretsController.
	ControllerAddress common.Address
	// RegistryAddress is the ClusterRegistry; set on the home chain only.
	RegistryAddress common.Address
	BlockTimeMs     uint64 // average block time; sets the freshness window
	// Confirmations is how many blocks must be built on top of an event's
	// block before it is delivered (0: deliver at the head).
	Confirmations uint64
}

// Validate reports the first problem in c.
func (c Config) Validate() error {
	switch {
	case c.ChainID == 0:
		return errors.New("chain: chain id is zero")
	case c.RPCURL == "" && c.WSURL == "":
		return fmt.Errorf("chain %d: no rpc url", c.ChainID)
	case c.BlockTimeMs == 0:
		return fmt.Errorf("chain %d: block time is zero", c.ChainID)
	case c.ControllerAddress == (common.Address{}):
		return fmt.Errorf("chain %d: no secrets controller address", c.ChainID)
	}
	return nil
}

// Options tune a Client; zero fields take the defaults below.
type Options struct {
	// CallTimeout bounds every single RPC call. Default 10 s.
	CallTimeout time.Duration
	// PollInterval is how often the head and logs are polled when no
	// subscription is live. Default: the block time, at least 100 ms.
	PollInterval time.Duration
	// MaxBackoff caps the wait between reconnect attempts. Default 10 s.
	MaxBackoff time.Duration
	Log        *slog.Logger
}

func (o Options) withDefaults(blockTimeMs uint64) Options {
	if o.CallTimeout <= 0 {
		o.CallTimeout = 10 * time.Second
	}
	if o.PollInterval <= 0 {
		o.PollInterval = max(time.Duration(blockTimeMs)*time.Millisecond, 100*time.Millisecond)
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = 10 * time.Second
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	return o
}

// ErrChainIDMismatch means an RPC endpoint serves another chain than configured.
var ErrChainIDMismatch = errors.New("rpc serves a different chain id")

// Client is one chain's access. It is safe for concurrent use.
type Client struct {
	cfg  Config
	opts Options
	log  *slog.Logger
	rpc  *rpc.Client
	eth  *ethclient.Client

	head      atomic.Uint64
	headAt    atomic.Int64 // unix nanoseconds of the last head update
	subscribe atomic.Bool  // a new-head subscription is live
	// headWake is closed (and replaced) when the head changes, so caches
	// learn of a new block without polling (headnotify.go).
	headMu   sync.Mutex
	headWake chan struct{}

	// refresh makes at most one on-demand head read at a time, and none
	// within minHeadRefresh of the last (refreshHead).
	refresh     sync.Mutex
	refreshedAt time.Time

	cancel    context.CancelFunc
	wg        sync.WaitGroup
	closeOnce sync.Once
}

// minHeadRefresh bounds on-demand head reads: a stranger naming a block
// ahead of our head costs at most one RPC call per chain this often.
const minHeadRefresh = 100 * time.Millisecond

// Dial connects to cfg's RPC, checks that it serves cfg.ChainID, reads the
// current head and starts head tracking. It fails if the RPC cannot be
// reached now, so a misconfigured node does not start; later outages are
// ridden out. Close the client to stop tracking.
func Dial(ctx context.Context, cfg Config, opts Options) (*Client, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	opts = opts.withDefaults(cfg.BlockTimeMs)
	url := cfg.RPCURL
	if url == "" {
		url = cfg.WSURL
	}
	dialCtx, cancel := context.WithTimeout(ctx, opts.CallTimeout)
	defer cancel()
	rc, err := rpc.DialOptions(dialCtx, url, rpc.WithHTTPClient(&http.Client{Timeout: opts.CallTimeout}))
	if err != nil {
		return nil, fmt.Errorf("chain %d: dial rpc: %w", cfg.ChainID, err)
	}
	c := &Client{
		cfg:  cfg,
		opts: opts,
		log:  opts.Log.With("chain_id", cfg.ChainID, "chain", cfg.Name),
		rpc:  rc,
		eth:  ethclient.NewClient(rc),
	}
	id, err := c.fetchChainID(ctx)
	if err != nil {
		rc.Close()
		return nil, err
	}
	if id != cfg.ChainID {
		rc.Close()
		return nil, fmt.Errorf("chain %d: %w: rpc says %d", cfg.ChainID, ErrChainIDMismatch, id)
	}
	n, err := c.BlockNumber(ctx)
	if err != nil {
		rc.Close()
		return nil, err
	}
	c.setHead(n)

	runCtx, stop := context.WithCancel(context.Background())
	c.cancel = stop
	c.wg.Add(1)
	go c.trackHead(runCtx)
	return c, nil
}

// Close stops head tracking and closes the RPC connection.
func (c *Client) Close() {
	c.closeOnce.Do(func() {
		c.cancel()
		c.wg.Wait()
		c.rpc.Close()
	})
}

// Config returns the chain's configuration.
func (c *Client) Config() Config { return c.cfg }

// ChainID is the configured (and verified) chain ID.
func (c *Client) ChainID() uint64 { return c.cfg.ChainID }

// Eth is the underlying go-ethereum client, e.g. as a contract backend for
// bindings. Callers must put deadlines on their own calls.
func (c *Client) Eth() *ethclient.Client { return c.eth }

// CallTimeout is the deadline this client puts on each RPC call.
func (c *Client) CallTimeout() time.Duration { return c.opts.CallTimeout }

// callCtx derives the per-call deadline.
func (c *Client) callCtx(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, c.opts.CallTimeout)
}

func (c *Client) fetchChainID(ctx context.Context) (uint64, error) {
	ctx, cancel := c.callCtx(ctx)
	defer cancel()
	id, err := c.eth.ChainID(ctx)
	if err != nil {
		return 0, fmt.Errorf("chain %d: eth_chainId: %w", c.cfg.ChainID, err)
	}
	return id.Uint64(), nil
}

// BlockNumber asks the RPC for the latest block number (and caches it as the head).
func (c *Client) BlockNumber(ctx context.Context) (uint64, error) {
	ctx, cancel := c.callCtx(ctx)
	defer cancel()
	n, err := c.eth.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("chain %d: eth_blockNumber: %w", c.cfg.ChainID, err)
	}
	return n, nil
}

// Head returns the latest known head block number without any RPC call.
func (c *Client) Head() uint64 { return c.head.Load() }

// Status is a snapshot for health pages and metrics.
type Status struct {
	Head         uint64
	UpdatedAt    time.Time // when Head last changed or was confirmed
	Subscription bool      // heads arrive over a live WebSocket subscription
}

// Status returns the head tracker's state.
func (c *Client) Status() Status {
	return Status{
		Head:         c.head.Load(),
		UpdatedAt:    time.Unix(0, c.headAt.Load()),
		Subscription: c.subscribe.Load(),
	}
}

func (c *Client) setHead(n uint64) {
	old := c.head.Swap(n)
	c.headAt.Store(time.Now().UnixNano())
	if old != n {
		c.wakeHead()
	}
}

// CheckFreshness checks a signed request's block number against the cached
// head; the error is a *FreshnessError with the compatible text.
func (c *Client) CheckFreshness(block uint64) error {
	return CheckFreshness(block, c.Head(), c.cfg.BlockTimeMs)
}

// CheckFreshnessNow is CheckFreshness that, before refusing a block as in
// the future, reads the head from the RPC once: the client signed against
// its own RPC, which may have seen a block our cached head (polled, or a
// subscription a little behind) has not yet, and the current SDK does not
// retry "is in the future" (COMPAT.md). A block still ahead after that is
// refused; a failed read keeps the cached verdict.
func (c *Client) CheckFreshnessNow(ctx context.Context, block uint64) error {
	err := c.CheckFreshness(block)
	var fe *FreshnessError
	if err == nil || !errors.As(err, &fe) || !fe.Future {
		return err
	}
	c.refreshHead(ctx)
	return c.CheckFreshness(block)
}

// refreshHead reads the head now unless another caller is doing so (it
// then waits for that read) or one finished within minHeadRefresh.
func (c *Client) refreshHead(ctx context.Context) {
	c.refresh.Lock()
	defer c.refresh.Unlock()
	if time.Since(c.refreshedAt) < minHeadRefresh {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, min(c.opts.CallTimeout, time.Second))
	defer cancel()
	n, err := c.BlockNumber(ctx)
	c.refreshedAt = time.Now()
	if err != nil {
		c.log.Debug("head refresh failed", "err", err)
		return
	}
	// Never move the head back: a lagging RPC node must not undo what the
	// subscription delivered.
	if n > c.Head() {
		c.setHead(n)
	}
}

// trackHead keeps the cached head current until ctx ends: over a WebSocket
// subscription when a WS URL is configured, polling meanwhile and whenever
// the subscription is down.
func (c *Client) trackHead(ctx context.Context) {
	defer c.wg.Done()
	b := backoff{min: c.opts.PollInterval, max: c.opts.MaxBackoff}
	for ctx.Err() == nil {
		if c.cfg.WSURL != "" {
			if err := c.followHeads(ctx, &b); err != nil && ctx.Err() == nil {
				c.log.Warn("head subscription down, polling", "err", err)
			}
			c.pollHeads(ctx, time.Now().Add(b.next()))
			continue
		}
		c.pollHeads(ctx, time.Time{})
	}
}

// pollHeads polls the head until ctx ends or, if until is not zero, until then.
func (c *Client) pollHeads(ctx context.Context, until time.Time) {
	t := time.NewTicker(c.opts.PollInterval)
	defer t.Stop()
	failing := false
	for {
		if n, err := c.BlockNumber(ctx); err != nil {
			if ctx.Err() != nil {
				return
			}
			if !failing {
				c.log.Warn("head poll failed", "err", err)
			}
			failing = true
		} else {
			if failing {
				c.log.Info("head poll recovered", "head", n)
			}
			failing = false
			c.setHead(n)
		}
		if !until.IsZero() && time.Now().After(until) {
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// followHeads subscribes to new heads over WS and follows them until the
// subscription fails or ctx ends.
func (c *Client) followHeads(ctx context.Context, b *backoff) error {
	dialCtx, cancel := c.callCtx(ctx)
	wsc, err := rpc.DialContext(dialCtx, c.cfg.WSURL)
	cancel()
	if err != nil {
		return fmt.Errorf("dial ws: %w", err)
	}
	defer wsc.Close()
	ws := ethclient.NewClient(wsc)
	heads := make(chan *types.Header, 16)
	subCtx, cancel := c.callCtx(ctx)
	sub, err := ws.SubscribeNewHead(subCtx, heads)
	cancel()
	if err != nil {
		return fmt.Errorf("subscribe new heads: %w", err)
	}
	defer sub.Unsubscribe()
	c.subscribe.Store(true)
	defer c.subscribe.Store(false)
	b.reset()
	// Heads missed while we were down: read the current one once.
	if n, err := c.BlockNumber(ctx); err == nil {
		c.setHead(n)
	}
	// A silent subscription (no heads for many block times) is treated as
	// dead; polling confirms the head meanwhile.
	stall := time.NewTimer(c.stallTimeout())
	defer stall.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-sub.Err():
			if err == nil {
				err = errors.New("subscription closed")
			}
			return err
		case h := <-heads:
			if h != nil && h.Number != nil {
				c.setHead(h.Number.Uint64())
			}
			stall.Reset(c.stallTimeout())
		case <-stall.C:
			return errors.New("no new head for too long")
		}
	}
}

func (c *Client) stallTimeout() time.Duration {
	return max(20*time.Duration(c.cfg.BlockTimeMs)*time.Millisecond, 30*time.Second)
}

// backoff doubles from min to max; reset returns to min.
type backoff struct {
	min, max, cur time.Duration
}

func (b *backoff) next() time.Duration {
	if b.cur == 0 {
		b.cur = b.min
	} else {
		b.cur = min(b.cur*2, b.max)
	}
	return b.cur
}

func (b *backoff) reset() { b.cur = 0 }

// isRevert reports whether err is an EVM revert whose reason contains reason.
// Nodes return the reason both in the message and as ABI-encoded error data.
func isRevert(err error, reason string) bool {
	if err == nil {
		return false
	}
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if msg, uerr := abi.UnpackRevert(common.FromHex(s)); uerr == nil && msg == reason {
				return true
			}
		}
	}
	return strings.Contains(err.Error(), reason)
}

// bigFromUint64 is a helper for binding arguments.
func bigFromUint64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
