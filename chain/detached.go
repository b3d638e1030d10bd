package chain

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
)

// DetachedCaller runs contract reads under their own deadline, detached
// from the caller's, with at most a few at once. Go-ethereum's RPC client
// shares one connection (in process, or over WebSocket) between all
// callers, and a request written after its caller's deadline passed makes
// the client reconnect, failing every other call in flight. With this, a
// caller may stop waiting, but its read finishes on its own deadline, and
// reads given up on cannot pile up. (Over HTTP each call is its own
// request and a late one fails alone, so nodes do not need it.)
type DetachedCaller struct {
	next    bind.ContractCaller
	slots   chan struct{}
	timeout time.Duration
}

// NewDetachedCaller wraps next: parallel reads at most, each bounded by
// timeout.
func NewDetachedCaller(next bind.ContractCaller, parallel int, timeout time.Duration) *DetachedCaller {
	return &DetachedCaller{next: next, slots: make(chan struct{}, max(parallel, 1)), timeout: timeout}
}

// CallContract implements bind.ContractCaller.
func (c *DetachedCaller) CallContract(ctx context.Context, call ethereum.CallMsg, block *big.Int) ([]byte, error) {
	return c.do(ctx, func(ctx context.Context) ([]byte, error) { return c.next.CallContract(ctx, call, block) })
}

// CodeAt implements bind.ContractCaller.
func (c *DetachedCaller) CodeAt(ctx context.Context, contract common.Address, block *big.Int) ([]byte, error) {
	return c.do(ctx, func(ctx context.Context) ([]byte, error) { return c.next.CodeAt(ctx, contract, block) })
}

func (c *DetachedCaller) do(ctx context.Context, call func(context.Context) ([]byte, error)) ([]byte, error) {
	select {
	case c.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if err := ctx.Err(); err != nil {
		<-c.slots
		return nil, err
	}
	type result struct {
		out []byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() { <-c.slots }()
		cctx, cancel := context.WithTimeout(context.Background(), c.timeout)
		defer cancel()
		out, err := call(cctx)
		done <- result{out, err}
	}()
	select {
	case r := <-done:
		return r.out, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
