package devchain

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

func startChain(t *testing.T, cfg Config) *Chain {
	t.Helper()
	c, err := Start(context.Background(), cfg)
	if err != nil {
		t.Fatalf("start: %v", err)
	}
	t.Cleanup(func() {
		if err := c.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return c
}

func dial(t *testing.T, url string) *ethclient.Client {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cl, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatalf("dial %s: %v", url, err)
	}
	t.Cleanup(cl.Close)
	return cl
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestDevKeyDeterministic(t *testing.T) {
	a, err := DevAccounts(3)
	if err != nil {
		t.Fatal(err)
	}
	b, err := DevAccounts(3)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[common.Address]bool{}
	for i := range a {
		if a[i].Address != b[i].Address {
			t.Fatalf("account %d differs between calls", i)
		}
		seen[a[i].Address] = true
		want := crypto.Keccak256([]byte("cifer-devchain/" + string(rune('0'+i))))
		if got := crypto.FromECDSA(a[i].Key); string(got) != string(want) {
			t.Fatalf("account %d key is not keccak256(\"cifer-devchain/%d\")", i, i)
		}
	}
	if len(seen) != 3 {
		t.Fatalf("accounts are not distinct")
	}
}

func TestDevChainOverHTTPAndWS(t *testing.T) {
	const chainID = 424242
	c := startChain(t, Config{ChainID: chainID, BlockTime: 200 * time.Millisecond, Accounts: 3})
	if !strings.HasPrefix(c.HTTPURL(), "http://127.0.0.1:") || strings.HasSuffix(c.HTTPURL(), ":0") {
		t.Fatalf("HTTP URL %q is not a bound loopback URL", c.HTTPURL())
	}
	if !strings.HasPrefix(c.WSURL(), "ws://127.0.0.1:") || strings.HasSuffix(c.WSURL(), ":0") {
		t.Fatalf("WS URL %q is not a bound loopback URL", c.WSURL())
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	for _, url := range []string{c.HTTPURL(), c.WSURL()} {
		cl := dial(t, url)
		id, err := cl.ChainID(ctx)
		if err != nil {
			t.Fatalf("%s: chain id: %v", url, err)
		}
		if id.Uint64() != chainID {
			t.Fatalf("%s: chain id %v, want %d", url, id, chainID)
		}
		for _, a := range c.Accounts() {
			bal, err := cl.BalanceAt(ctx, a.Address, nil)
			if err != nil {
				t.Fatalf("%s: balance: %v", url, err)
			}
			if bal.Cmp(DefaultBalance) != 0 {
				t.Fatalf("%s: balance of %s is %v, want %v", url, a.Address, bal, DefaultBalance)
			}
		}
	}

	// Auto-mining: the head moves by itself.
	cl := dial(t, c.HTTPURL())
	start, err := cl.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "blocks to advance", func() bool {
		n, err := cl.BlockNumber(ctx)
		return err == nil && n >= start+2
	})

	// A value transfer sent over WS gets mined.
	ws := dial(t, c.WSURL())
	receipt := sendValue(ctx, t, ws, c.Accounts()[0], c.Accounts()[1].Address, big.NewInt(12345), chainID)
	if receipt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transfer failed: status %d", receipt.Status)
	}
}

func TestDevChainMinesOnDemand(t *testing.T) {
	c := startChain(t, Config{Accounts: 2})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cl := dial(t, c.HTTPURL())
	before, err := cl.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000c1fe5")
	receipt := sendValue(ctx, t, cl, c.Accounts()[0], to, big.NewInt(7), DefaultChainID)
	if receipt.BlockNumber.Uint64() <= before {
		t.Fatalf("tx mined in block %v, not after %d", receipt.BlockNumber, before)
	}
	bal, err := cl.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Int64() != 7 {
		t.Fatalf("recipient balance %v, want 7", bal)
	}
}

func sendValue(ctx context.Context, t *testing.T, cl *ethclient.Client, from Account, to common.Address, value *big.Int, chainID uint64) *types.Receipt {
	t.Helper()
	nonce, err := cl.PendingNonceAt(ctx, from.Address)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := cl.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: new(big.Int).SetUint64(chainID), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: 21000, To: &to, Value: value,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(new(big.Int).SetUint64(chainID)), from.Key)
	if err != nil {
		t.Fatal(err)
	}
	if err := cl.SendTransaction(ctx, signed); err != nil {
		t.Fatalf("send: %v", err)
	}
	var receipt *types.Receipt
	waitFor(t, "transaction to be mined", func() bool {
		r, err := cl.TransactionReceipt(ctx, signed.Hash())
		receipt = r
		return err == nil
	})
	return receipt
}
