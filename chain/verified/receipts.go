package verified

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/trie"
)

// Events that change what a node believes (a delegate revoked, a secret
// transferred) must not be lost to an endpoint that drops a log: a block's
// logs are believed only from receipts that derive the trusted header's
// receipts root, which commits to every log of the block.

// ErrReceipts means receipts do not derive the header's receipts root.
var ErrReceipts = errors.New("receipts do not match the header's receipts root")

// Caller is one JSON-RPC connection (rpc.Client implements it).
type Caller interface {
	CallContext(ctx context.Context, result any, method string, args ...any) error
}

// LogEndpoint is one RPC provider asked for a block's receipts.
type LogEndpoint struct {
	Name string
	RPC  Caller
}

// LogReader reads a trusted block's logs, proven by its receipts root.
type LogReader struct {
	Endpoints   []LogEndpoint
	CallTimeout time.Duration // each endpoint's answer (default 10 s)
	OnLie       func(endpoint string, err error)
	Log         interface {
		Warn(msg string, args ...any)
	}

	good atomic.Int64 // as Reader's
}

// BlockLogs returns every log of the block header names. The receipts come
// from the first endpoint whose answer derives header.ReceiptHash; answers
// that do not are lies (counted); none: ErrUnverified.
func (r *LogReader) BlockLogs(ctx context.Context, header *types.Header) ([]*types.Log, error) {
	if header == nil || header.Number == nil {
		return nil, fmt.Errorf("%w: no trusted header", ErrUnverified)
	}
	timeout := r.CallTimeout
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	var errs []error
	start := int(r.good.Load())
	for k := range r.Endpoints {
		i := (start + k) % len(r.Endpoints)
		ep := r.Endpoints[i]
		cctx, cancel := context.WithTimeout(ctx, timeout)
		var raw json.RawMessage
		err := ep.RPC.CallContext(cctx, &raw, "eth_getBlockReceipts", hexutil.EncodeBig(header.Number))
		cancel()
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			errs = append(errs, fmt.Errorf("%s: %w", ep.Name, err))
			continue
		}
		logs, err := VerifyReceipts(header, raw)
		if err != nil {
			if r.Log != nil {
				r.Log.Warn("RPC endpoint answered with receipts that do not match the trusted header", "endpoint", ep.Name, "err", err)
			}
			if r.OnLie != nil {
				r.OnLie(ep.Name, err)
			}
			errs = append(errs, fmt.Errorf("%s: %w", ep.Name, err))
			continue
		}
		r.good.Store(int64(i))
		return logs, nil
	}
	return nil, fmt.Errorf("%w: logs of block %d: %w", ErrUnverified, header.Number, errors.Join(errs...))
}

// maxReceipts bounds an untrusted receipts answer (a block holds at most a
// few thousand transactions).
const maxReceipts = 1 << 16

// VerifyReceipts decodes an eth_getBlockReceipts answer (untrusted bytes)
// and returns its logs if the receipts derive header.ReceiptHash and are
// about that block.
func VerifyReceipts(header *types.Header, raw json.RawMessage) ([]*types.Log, error) {
	var receipts []*types.Receipt
	if err := json.Unmarshal(raw, &receipts); err != nil {
		return nil, fmt.Errorf("%w: malformed: %v", ErrReceipts, err)
	}
	if len(receipts) > maxReceipts {
		return nil, fmt.Errorf("%w: %d receipts", ErrReceipts, len(receipts))
	}
	for i, rc := range receipts {
		if rc == nil {
			return nil, fmt.Errorf("%w: receipt %d is null", ErrReceipts, i)
		}
	}
	if got := types.DeriveSha(types.Receipts(receipts), trie.NewStackTrie(nil)); got != header.ReceiptHash {
		return nil, fmt.Errorf("%w: block %d: receipts derive %s, the header says %s", ErrReceipts, header.Number, got.Hex(), header.ReceiptHash.Hex())
	}
	var logs []*types.Log
	for i, rc := range receipts {
		for _, l := range rc.Logs {
			if l == nil {
				return nil, fmt.Errorf("%w: null log", ErrReceipts)
			}
			// Where a log sits comes from the proven receipts' order, not
			// from what the answer says; the transaction hash is not
			// committed to by the receipts root, so it is left out.
			l.BlockNumber, l.BlockHash, l.TxIndex, l.TxHash = header.Number.Uint64(), header.Hash(), uint(i), common.Hash{}
			logs = append(logs, l)
		}
	}
	return logs, nil
}
