package verified_test

import (
	"context"
	"encoding/json"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/cifer-network/cifer/chain/headers"
	"github.com/cifer-network/cifer/chain/verified"
	"github.com/cifer-network/cifer/internal/rpclie"
)

// TestStateCacheOverVerifiedSource: a StateCache following a verified
// source, with one of three endpoints lying (it forges every proven value
// and drops every log): reads give the chain's truth, a new delegate and
// its revocation reach the cache through proven receipts, and the lies are
// counted.
func TestStateCacheOverVerifiedSource(t *testing.T) {
	e := newEnvBlocks(t, 200*time.Millisecond)
	forge := forgeStorage("0xa77ac4e4a77ac4e4a77ac4e4a77ac4e4a77ac4e4")
	lie := func(method string, params, result json.RawMessage) (json.RawMessage, bool) {
		if r, ok := forge(method, params, result); ok {
			return r, true
		}
		return dropLogs(method, params, result)
	}
	var hs []headers.Endpoint
	var proofs []verified.Endpoint
	var logs []verified.LogEndpoint
	var liar *rpclie.Proxy
	for i, name := range []string{"liar", "b", "c"} {
		var rw rpclie.Rewrite
		if i == 0 {
			rw = lie
		}
		p, err := rpclie.Start(e.chain.HTTPURL(), rw)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = p.Close() })
		if i == 0 {
			liar = p
		}
		rc, err := rpc.Dial(p.URL)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(rc.Close)
		hs = append(hs, headers.Endpoint{Name: name, RPC: rc})
		proofs = append(proofs, verified.Endpoint{Name: name, Proofs: gethclient.New(rc)})
		logs = append(logs, verified.LogEndpoint{Name: name, RPC: rc})
	}
	g, err := e.eth.HeaderByNumber(e.ctx, common.Big0)
	if err != nil {
		t.Fatal(err)
	}
	var lies atomic.Int64
	count := func(string, error) { lies.Add(1) }
	src := &verified.Source{
		Headers:    &headers.Source{Endpoints: hs, Quorum: 2, Confirmations: 1, Checkpoint: headers.Checkpoint{Hash: g.Hash()}, OnLie: count},
		Proofs:     &verified.Reader{Endpoints: proofs, OnLie: count},
		Logs:       &verified.LogReader{Endpoints: logs, OnLie: count},
		Controller: e.controller,
		Interval:   100 * time.Millisecond,
	}
	ctx, cancel := context.WithCancel(e.ctx)
	defer cancel()
	if err := src.Start(ctx); err != nil {
		t.Fatal(err)
	}
	go func() { _ = src.Run(ctx) }()
	cache := chain.NewStateCacheFrom(src, devchain.DefaultChainID, e.controller, common.Address{}, chain.CacheOptions{})
	go func() { _ = cache.Run(ctx) }()

	id := e.secrets["cid"]
	owner := func() chain.SecretState {
		t.Helper()
		st, err := cache.SecretState(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	if st := owner(); st.PublicKeyCID != cids["cid"] || st.Owner == common.HexToAddress("0xa77ac4e4a77ac4e4a77ac4e4a77ac4e4a77ac4e4") {
		t.Fatalf("read %+v", st)
	}
	key, _ := devchain.DevKey(0)
	auth, _ := bind.NewKeyedTransactorWithChainID(key, big.NewInt(int64(devchain.DefaultChainID)))
	auth.Context, auth.GasLimit = ctx, 500_000
	for _, d := range []common.Address{common.HexToAddress("0x00000000000000000000000000000000000d1e9b"), {}} {
		tx, err := e.ctrl.SetDelegate(auth, new(big.Int).SetUint64(id), d)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := bind.WaitMined(ctx, e.eth, tx); err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(30 * time.Second)
		for owner().Delegate != d {
			if time.Now().After(deadline) {
				t.Fatalf("the cache never showed delegate %s (lies counted %d)", d.Hex(), lies.Load())
			}
			select {
			case <-ctx.Done():
				t.Fatal(ctx.Err())
			case <-time.After(50 * time.Millisecond):
			}
		}
	}
	if lies.Load() == 0 || liar.Lies() == 0 {
		t.Fatalf("the liar told %d lies, %d counted", liar.Lies(), lies.Load())
	}
}
