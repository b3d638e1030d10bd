package headers_test

import (
	"context"
	"encoding/json"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/cifer-network/cifer/chain/headers"
	"github.com/cifer-network/cifer/internal/rpclie"
)

type env struct {
	ctx     context.Context
	eth     *ethclient.Client
	genesis common.Hash
	proxies []*rpclie.Proxy
	eps     []headers.Endpoint
}

// newEnv starts a dev chain making a block every 100 ms with three proxies
// in front of it (honest until a test makes one lie).
func newEnv(t *testing.T) *env {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	c, err := devchain.Start(ctx, devchain.Config{Accounts: 1, BlockTime: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	eth, err := ethclient.DialContext(ctx, c.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(eth.Close)
	g, err := eth.HeaderByNumber(ctx, common.Big0)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{ctx: ctx, eth: eth, genesis: g.Hash()}
	for _, name := range []string{"a", "b", "c"} {
		p, err := rpclie.Start(c.HTTPURL(), nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = p.Close() })
		rc, err := rpc.DialContext(ctx, p.URL)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(rc.Close)
		e.proxies = append(e.proxies, p)
		e.eps = append(e.eps, headers.Endpoint{Name: name, RPC: rc})
	}
	// Some blocks above the confirmation depth.
	for {
		n, err := eth.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n >= 8 {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal(ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
	return e
}

type lieCount struct {
	mu sync.Mutex
	by map[string]int
}

func (l *lieCount) add(ep string, _ error) {
	l.mu.Lock()
	if l.by == nil {
		l.by = map[string]int{}
	}
	l.by[ep]++
	l.mu.Unlock()
}

func (l *lieCount) of(ep string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.by[ep]
}

func (e *env) source(lies *lieCount) *headers.Source {
	return &headers.Source{Endpoints: e.eps, Quorum: 2, Confirmations: 2,
		Checkpoint: headers.Checkpoint{Number: 0, Hash: e.genesis}, OnLie: lies.add}
}

// rewriteHeader rewrites block answers: the state root replaced, and the
// stated hash either kept (a naive lie, self-inconsistent) or recomputed
// (a self-consistent forged header).
func rewriteHeader(recompute bool) rpclie.Rewrite {
	return func(method string, _, result json.RawMessage) (json.RawMessage, bool) {
		if method != "eth_getBlockByNumber" && method != "eth_getBlockByHash" {
			return result, false
		}
		var h types.Header
		if err := json.Unmarshal(result, &h); err != nil {
			return result, false
		}
		var m map[string]any
		if err := json.Unmarshal(result, &m); err != nil {
			return result, false
		}
		h.Root = common.HexToHash("0xbad0000000000000000000000000000000000000000000000000000000000bad")
		m["stateRoot"] = h.Root.Hex()
		if recompute {
			m["hash"] = h.Hash().Hex()
		}
		out, _ := json.Marshal(m)
		return out, true
	}
}

func TestTrustedHeaderFromHonestEndpoints(t *testing.T) {
	e := newEnv(t)
	s := e.source(&lieCount{})
	h1, err := s.Latest(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	want, err := e.eth.HeaderByNumber(e.ctx, h1.Number)
	if err != nil || want.Hash() != h1.Hash() {
		t.Fatalf("trusted %s at %d, the chain has %s (%v)", h1.Hash(), h1.Number, want.Hash(), err)
	}
	head, _ := e.eth.BlockNumber(e.ctx)
	if h1.Number.Uint64()+2 > head {
		t.Fatalf("trusted block %d is within the confirmation depth of head %d", h1.Number, head)
	}
	// Later calls extend the trusted chain.
	for {
		h2, err := s.Latest(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		if h2.Number.Cmp(h1.Number) > 0 {
			break
		}
		select {
		case <-e.ctx.Done():
			t.Fatal("the trusted header never moved on")
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// One endpoint of three lies: a header that does not hash to its stated
// hash is a provable lie, counted and left out, and the other two are
// trusted. A self-consistent forged header conflicts with the honest ones:
// nothing is trusted until they agree (liveness lost, not safety).
func TestOneLyingEndpoint(t *testing.T) {
	e := newEnv(t)
	t.Run("self-inconsistent header", func(t *testing.T) {
		lies := &lieCount{}
		s := e.source(lies)
		e.proxies[2].SetRewrite(rewriteHeader(false))
		defer e.proxies[2].SetRewrite(nil)
		h, err := s.Latest(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := e.eth.HeaderByNumber(e.ctx, h.Number)
		if h.Root != want.Root || lies.of("c") == 0 || lies.of("a")+lies.of("b") != 0 {
			t.Fatalf("trusted root %s (chain %s), lies %v", h.Root, want.Root, lies.by)
		}
	})
	t.Run("self-consistent forged header", func(t *testing.T) {
		s := e.source(&lieCount{})
		e.proxies[2].SetRewrite(rewriteHeader(true))
		defer e.proxies[2].SetRewrite(nil)
		if h, err := s.Latest(e.ctx); !errors.Is(err, headers.ErrConflict) {
			t.Fatalf("got %v, %v; want ErrConflict", h, err)
		}
	})
}

// Two of three lie consistently: the honest one disagrees, so the source
// refuses; nothing forged is ever trusted.
func TestTwoLyingEndpointsRefused(t *testing.T) {
	e := newEnv(t)
	s := e.source(&lieCount{})
	for _, p := range e.proxies[1:] {
		p.SetRewrite(rewriteHeader(true))
	}
	h, err := s.Latest(e.ctx)
	if !errors.Is(err, headers.ErrConflict) || h != nil {
		t.Fatalf("got %v, %v; want ErrConflict and no header", h, err)
	}
	if s.Trusted() != nil {
		t.Fatal("a header was trusted")
	}
}

func TestNoQuorumAndBrokenChain(t *testing.T) {
	e := newEnv(t)
	t.Run("one endpoint answers", func(t *testing.T) {
		s := &headers.Source{Endpoints: e.eps[:1], Quorum: 2, Checkpoint: headers.Checkpoint{Hash: e.genesis}}
		if _, err := s.Latest(e.ctx); err == nil {
			t.Fatal("a quorum of 2 with one endpoint")
		}
		dead, err := rpc.DialContext(e.ctx, "http://127.0.0.1:1")
		if err != nil {
			t.Fatal(err)
		}
		defer dead.Close()
		s = &headers.Source{Endpoints: []headers.Endpoint{e.eps[0], {Name: "dead", RPC: dead}}, Quorum: 2, CallTimeout: 2 * time.Second,
			Checkpoint: headers.Checkpoint{Hash: e.genesis}}
		if _, err := s.Latest(e.ctx); !errors.Is(err, headers.ErrNoQuorum) {
			t.Fatalf("got %v, want ErrNoQuorum", err)
		}
	})
	t.Run("wrong checkpoint", func(t *testing.T) {
		s := &headers.Source{Endpoints: e.eps, Quorum: 2, Checkpoint: headers.Checkpoint{Hash: common.HexToHash("0x1")}}
		if _, err := s.Latest(e.ctx); !errors.Is(err, headers.ErrBrokenChain) {
			t.Fatalf("got %v, want ErrBrokenChain", err)
		}
	})
}

// FuzzDecodeHeader: an endpoint's block answer never panics the decoder,
// and whatever decodes hashes to the hash it states.
func FuzzDecodeHeader(f *testing.F) {
	f.Add([]byte(`null`))
	f.Add([]byte(`{"hash":"0x01","number":"0x1"}`))
	f.Add([]byte(`{"parentHash":"0x0000000000000000000000000000000000000000000000000000000000000000","sha3Uncles":"0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347","miner":"0x0000000000000000000000000000000000000000","stateRoot":"0x5d6cded585e73c4e322c30c2f782a336316f17dd85a4863b9d838d2d4b8b3008","transactionsRoot":"0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421","receiptsRoot":"0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421","logsBloom":"0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000","difficulty":"0x1","number":"0x0","gasLimit":"0x1","gasUsed":"0x0","timestamp":"0x0","extraData":"0x","mixHash":"0x0000000000000000000000000000000000000000000000000000000000000000","nonce":"0x0000000000000000","hash":"0x00"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		h, err := headers.DecodeHeader(b)
		if err != nil || h == nil {
			return
		}
		var claimed struct {
			Hash common.Hash `json:"hash"`
		}
		if json.Unmarshal(b, &claimed) != nil || claimed.Hash != h.Hash() {
			t.Fatalf("decoded a header that does not hash to its stated hash")
		}
	})
}
