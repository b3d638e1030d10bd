package stateproof_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/cifer-network/cifer/chain/stateproof"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
)

// proofEnv is a dev chain with the contracts deployed, and the block the
// proofs are read at.
type proofEnv struct {
	ctx    context.Context
	chain  *devchain.Chain
	geth   *gethclient.Client
	dep    deploy.Deployment
	block  *big.Int
	root   common.Hash
	others common.Address
}

func newProofEnv(t *testing.T) *proofEnv {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	c, err := devchain.Start(ctx, devchain.Config{Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	gov, _ := devchain.DevKey(0)
	dep, err := deploy.Deploy(ctx, c.Client(), gov, deploy.Params{
		Network: "cifer-test", RPCURL: c.HTTPURL(), BlockTimeMs: 1000, Testnet: true, MinStake: big.NewInt(1000),
		EpochLength: 1000, UnbondingDelay: 3, CreationFee: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	h, err := c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	return &proofEnv{ctx: ctx, chain: c, geth: gethclient.New(c.Client().Client()), dep: dep, block: h.Number, root: h.Root,
		others: c.Accounts()[1].Address}
}

func slotKeys(n int) []string {
	keys := make([]string, n)
	for i := range keys {
		keys[i] = common.BigToHash(big.NewInt(int64(i))).Hex()
	}
	return keys
}

// TestVerifyResultAgainstARealChain: eth_getProof answers of a real dev
// chain verify against the header's state root, and every value they prove
// is the one eth_getStorageAt and eth_getBalance give at that block. The
// registry's first slots hold its set parameters, so some are non-zero.
func TestVerifyResultAgainstARealChain(t *testing.T) {
	e := newProofEnv(t)
	for _, addr := range []common.Address{e.dep.Addresses.Registry, e.dep.Addresses.Controller} {
		res, err := e.geth.GetProof(e.ctx, addr, slotKeys(16), e.block)
		if err != nil {
			t.Fatal(err)
		}
		v, err := stateproof.VerifyResult(e.root, res)
		if err != nil {
			t.Fatalf("%s: %v", addr.Hex(), err)
		}
		if !v.Account.Exists || v.Account.CodeHash == (common.Hash{}) {
			t.Fatalf("%s: contract account not shown: %+v", addr.Hex(), v.Account)
		}
		nonZero := 0
		for i, k := range slotKeys(16) {
			slot := common.HexToHash(k)
			want, err := e.chain.Client().StorageAt(e.ctx, addr, slot, e.block)
			if err != nil {
				t.Fatal(err)
			}
			if got := v.Storage[slot]; got != common.BytesToHash(want) {
				t.Fatalf("%s slot %d: proven %s, eth_getStorageAt %x", addr.Hex(), i, got.Hex(), want)
			}
			if v.Storage[slot] != (common.Hash{}) {
				nonZero++
			}
		}
		if nonZero == 0 {
			t.Fatalf("%s: no non-zero slot among the first 16; the test proves nothing", addr.Hex())
		}
	}
	// An externally owned account with a balance, and one that does not
	// exist (its absence is proven).
	for _, addr := range []common.Address{e.others, common.HexToAddress("0x00000000000000000000000000000000c1f3e000")} {
		res, err := e.geth.GetProof(e.ctx, addr, nil, e.block)
		if err != nil {
			t.Fatal(err)
		}
		v, err := stateproof.VerifyResult(e.root, res)
		if err != nil {
			t.Fatalf("%s: %v", addr.Hex(), err)
		}
		bal, err := e.chain.Client().BalanceAt(e.ctx, addr, e.block)
		if err != nil {
			t.Fatal(err)
		}
		if v.Account.Balance.Cmp(bal) != 0 || v.Account.Exists != (bal.Sign() > 0) {
			t.Fatalf("%s: proven %+v, balance %s", addr.Hex(), v.Account, bal)
		}
	}
}

// TestVerifyResultRefusesLies: what a lying endpoint can send — a value
// other than the proven one, a tampered or truncated proof, a proof for
// another account, a proof against another block's root — is refused with
// ErrProof.
func TestVerifyResultRefusesLies(t *testing.T) {
	e := newProofEnv(t)
	get := func() *gethclient.AccountResult {
		t.Helper()
		res, err := e.geth.GetProof(e.ctx, e.dep.Addresses.Registry, slotKeys(8), e.block)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	// A slot with a value, for the lies about values.
	base, err := stateproof.VerifyResult(e.root, get())
	if err != nil {
		t.Fatal(err)
	}
	set := -1
	for i, k := range slotKeys(8) {
		if base.Storage[common.HexToHash(k)] != (common.Hash{}) {
			set = i
			break
		}
	}
	if set < 0 {
		t.Fatal("no set slot among the first 8")
	}
	other := common.Hash{0x01}
	tests := []struct {
		name  string
		lie   func(r *gethclient.AccountResult)
		root  *common.Hash
		wantE error
	}{
		{"a slot value other than the proven one", func(r *gethclient.AccountResult) {
			r.StorageProof[set].Value = new(big.Int).Add(r.StorageProof[set].Value, big.NewInt(1))
		}, nil, stateproof.ErrProof},
		{"an unset slot claimed set", func(r *gethclient.AccountResult) {
			for i := range r.StorageProof {
				if r.StorageProof[i].Value.Sign() == 0 {
					r.StorageProof[i].Value = big.NewInt(1)
					return
				}
			}
		}, nil, stateproof.ErrProof},
		{"a balance other than the proven one", func(r *gethclient.AccountResult) { r.Balance = big.NewInt(7) }, nil, stateproof.ErrProof},
		{"another storage root", func(r *gethclient.AccountResult) { r.StorageHash = other }, nil, stateproof.ErrProof},
		{"a tampered account proof node", func(r *gethclient.AccountResult) {
			b, _ := hexutil.Decode(r.AccountProof[len(r.AccountProof)-1])
			b[len(b)-1] ^= 1
			r.AccountProof[len(r.AccountProof)-1] = hexutil.Encode(b)
		}, nil, stateproof.ErrProof},
		{"a truncated storage proof", func(r *gethclient.AccountResult) {
			r.StorageProof[set].Proof = r.StorageProof[set].Proof[:len(r.StorageProof[set].Proof)-1]
		}, nil, stateproof.ErrProof},
		{"another account's proof", func(r *gethclient.AccountResult) { r.Address = e.dep.Addresses.Controller }, nil, stateproof.ErrProof},
		{"an empty account proof", func(r *gethclient.AccountResult) { r.AccountProof = nil }, nil, stateproof.ErrProof},
		{"a node that is not hex", func(r *gethclient.AccountResult) { r.AccountProof[0] = "0xzz" }, nil, stateproof.ErrProof},
		{"another block's root", func(*gethclient.AccountResult) {}, &other, stateproof.ErrProof},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := get()
			tc.lie(r)
			root := e.root
			if tc.root != nil {
				root = *tc.root
			}
			if _, err := stateproof.VerifyResult(root, r); !errors.Is(err, tc.wantE) {
				t.Fatalf("got %v, want %v", err, tc.wantE)
			}
		})
	}
}

// FuzzVerifyStorage: proofs of any bytes verify or are refused with
// ErrProof, never panic; a proof that verifies for a root stays valid only
// for that root.
func FuzzVerifyStorage(f *testing.F) {
	f.Add([]byte{0xc0}, []byte{0x80}, []byte{1})
	f.Add([]byte{0xf8, 0x51, 0x80}, []byte{}, []byte{0})
	f.Fuzz(func(t *testing.T, a, b, slot []byte) {
		var root, s common.Hash
		copy(s[:], slot)
		for _, r := range []common.Hash{{}, common.BytesToHash(a)} {
			root = r
			_, err := stateproof.VerifyStorage(root, s, [][]byte{a, b})
			if err != nil && !errors.Is(err, stateproof.ErrProof) {
				t.Fatalf("refused with %v, not ErrProof", err)
			}
		}
	})
}

// FuzzVerifyAccount: the same for account proofs.
func FuzzVerifyAccount(f *testing.F) {
	f.Add([]byte{0xc0}, []byte{0x80}, []byte{1})
	f.Fuzz(func(t *testing.T, a, b, addr []byte) {
		_, err := stateproof.VerifyAccount(common.BytesToHash(a), common.BytesToAddress(addr), [][]byte{a, b})
		if err != nil && !errors.Is(err, stateproof.ErrProof) {
			t.Fatalf("refused with %v, not ErrProof", err)
		}
	})
}
