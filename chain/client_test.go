package chain

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/ethereum/go-ethereum/common"
)

var someController = common.HexToAddress("0x00000000000000000000000000000000000000c0")

func TestConfigValidate(t *testing.T) {
	ok := Config{ChainID: 1, RPCURL: "http://x", BlockTimeMs: 1000, ControllerAddress: someController}
	tests := []struct {
		name   string
		mutate func(*Config)
		valid  bool
	}{
		{"ok", func(*Config) {}, true},
		{"ws only", func(c *Config) { c.RPCURL, c.WSURL = "", "ws://x" }, true},
		{"no chain id", func(c *Config) { c.ChainID = 0 }, false},
		{"no url", func(c *Config) { c.RPCURL = "" }, false},
		{"no block time", func(c *Config) { c.BlockTimeMs = 0 }, false},
		{"no controller", func(c *Config) { c.ControllerAddress = common.Address{} }, false},
	}
	for _, tc := range tests {
		c := ok
		tc.mutate(&c)
		if err := c.Validate(); (err == nil) != tc.valid {
			t.Errorf("%s: Validate() = %v", tc.name, err)
		}
	}
}

func TestClientTracksHead(t *testing.T) {
	dc := startDevChain(t, devchain.Config{ChainID: 31337, BlockTime: 100 * time.Millisecond, Accounts: 1})
	tests := []struct {
		name string
		cfg  Config
		sub  bool
	}{
		{"http polling", Config{RPCURL: dc.HTTPURL()}, false},
		{"ws subscription", Config{RPCURL: dc.HTTPURL(), WSURL: dc.WSURL()}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := tc.cfg
			cfg.ChainID, cfg.BlockTimeMs, cfg.ControllerAddress = 31337, 100, someController
			c, err := Dial(testCtx(t), cfg, Options{PollInterval: 20 * time.Millisecond})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(c.Close)
			first := c.Head()
			if first == 0 {
				t.Fatal("no head after Dial")
			}
			if tc.sub {
				eventually(t, "subscription", func() bool { return c.Status().Subscription })
			}
			eventually(t, "head to advance", func() bool { return c.Head() >= first+3 })
			if err := c.CheckFreshness(c.Head() + 6); err == nil {
				t.Fatal("head+6 accepted")
			}
		})
	}
}

func TestClientHeadSurvivesOutage(t *testing.T) {
	dc := startDevChain(t, devchain.Config{BlockTime: 50 * time.Millisecond, Accounts: 1})
	proxy := newTCPProxy(t, dc.HTTPURL()[len("http://"):])
	c, err := Dial(testCtx(t), Config{ChainID: devchain.DefaultChainID, RPCURL: proxy.URL("http"), BlockTimeMs: 50,
		ControllerAddress: someController}, Options{PollInterval: 10 * time.Millisecond, CallTimeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	proxy.Close()
	stalled := c.Head()
	proxy.Reopen()
	eventually(t, "head to move after the outage", func() bool { return c.Head() > stalled+2 })
}

func TestDialRejectsWrongChain(t *testing.T) {
	dc := startDevChain(t, devchain.Config{ChainID: 5151, Accounts: 1})
	_, err := Dial(testCtx(t), Config{ChainID: 1, RPCURL: dc.HTTPURL(), BlockTimeMs: 1000, ControllerAddress: someController}, Options{})
	if !errors.Is(err, ErrChainIDMismatch) {
		t.Fatalf("Dial = %v, want ErrChainIDMismatch", err)
	}
}

func TestSetLookup(t *testing.T) {
	a := startDevChain(t, devchain.Config{ChainID: 1001, Accounts: 1})
	b := startDevChain(t, devchain.Config{ChainID: 1002, Accounts: 1})
	set, err := DialSet(testCtx(t), []Config{
		{ChainID: 1002, RPCURL: b.HTTPURL(), BlockTimeMs: 1000, ControllerAddress: someController},
		{ChainID: 1001, RPCURL: a.HTTPURL(), BlockTimeMs: 1000, ControllerAddress: someController,
			RegistryAddress: common.HexToAddress("0x0000000000000000000000000000000000000fee")},
	}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(set.Close)
	if ids := set.ChainIDs(); len(ids) != 2 || ids[0] != 1001 || ids[1] != 1002 {
		t.Fatalf("ChainIDs = %v", ids)
	}
	if c, err := set.Client(1002); err != nil || c.ChainID() != 1002 {
		t.Fatalf("Client(1002) = %v, %v", c, err)
	}
	home, err := set.Home()
	if err != nil || home.ChainID() != 1001 {
		t.Fatalf("Home = %v, %v", home, err)
	}
	_, err = set.Client(56)
	if err == nil || err.Error() != "Chain 56 is not supported" || !errors.Is(err, ErrUnsupportedChain) {
		t.Fatalf("Client(56) error = %v", err)
	}
	ctx := testCtx(t)
	if err := set.CheckFreshness(ctx, 56, 1); err == nil || err.Error() != "Chain 56 is not supported" {
		t.Fatalf("CheckFreshness on unknown chain = %v", err)
	}
	c, _ := set.Client(1001)
	head := c.Head()
	if err := set.CheckFreshness(ctx, 1001, head+5); err != nil {
		t.Fatalf("head+5: %v", err)
	}
	var fe *FreshnessError
	if err := set.CheckFreshness(ctx, 1001, head+6); !errors.As(err, &fe) || !fe.Future {
		t.Fatalf("head+6: %v", err)
	}
	if _, err := NewSet(c, c); err == nil {
		t.Fatal("NewSet accepted a chain twice")
	}
}

// TestCheckFreshnessNowCatchesUp: a client signs against its own RPC, which
// may be ahead of our cached head; the current SDK does not retry "is in the
// future" (COMPAT.md), so before refusing one the head is read again.
func TestCheckFreshnessNowCatchesUp(t *testing.T) {
	dc := startDevChain(t, devchain.Config{ChainID: 31337, Accounts: 1})
	c, err := Dial(testCtx(t), Config{ChainID: 31337, RPCURL: dc.HTTPURL(), BlockTimeMs: 1000, ControllerAddress: someController},
		Options{PollInterval: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	// Stop the tracker (it reads the head once as it starts, racing the
	// blocks below): the cached head then stays where it is unless a
	// check reads it again.
	c.cancel()
	c.wg.Wait()
	cached := c.Head()
	for range FutureTolerance + 3 {
		dc.Commit()
	}
	clientHead := cached + FutureTolerance + 3
	if n, err := dc.Client().BlockNumber(testCtx(t)); err != nil || n != clientHead {
		t.Fatalf("chain head %d (%v), want %d", n, err, clientHead)
	}
	var fe *FreshnessError
	if err := c.CheckFreshness(clientHead); !errors.As(err, &fe) || !fe.Future {
		t.Fatalf("cached check of block %d at head %d: %v, want in the future", clientHead, cached, err)
	}
	if err := c.CheckFreshnessNow(testCtx(t), clientHead); err != nil {
		t.Fatalf("block %d the chain has: %v", clientHead, err)
	}
	if c.Head() != clientHead {
		t.Fatalf("head %d after the refresh, want %d", c.Head(), clientHead)
	}
	// Still ahead of what the RPC has: refused, with the compatible text.
	ahead := clientHead + FutureTolerance + 1
	err = c.CheckFreshnessNow(testCtx(t), ahead)
	if !errors.As(err, &fe) || !fe.Future || err.Error() != fmt.Sprintf("Block number %d is in the future (current: %d)", ahead, clientHead) {
		t.Fatalf("block %d: %v", ahead, err)
	}
	// Old blocks are not a reason to read the chain, and stay refused.
	if err := c.CheckFreshnessNow(testCtx(t), 0); err != nil && (!errors.As(err, &fe) || fe.Future) {
		t.Fatalf("block 0: %v", err)
	}
}
