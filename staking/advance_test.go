package staking

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// keySigner signs with a plain key, standing in for the enclave wallet.
type keySigner struct{ key *ecdsa.PrivateKey }

func (k keySigner) Address() common.Address { return crypto.PubkeyToAddress(k.key.PublicKey) }

func (k keySigner) SignTx(tx *types.Transaction, s types.Signer) (*types.Transaction, error) {
	return types.SignTx(tx, s, k.key)
}

// fakeEpochChain answers the simulated advanceEpoch() call as due or not
// and records what is sent. Methods the advancer must not use panic
// through the nil embedded interface.
type fakeEpochChain struct {
	bind.ContractTransactor
	due        bool // advanceEpoch() succeeds
	requestDue bool // requestAdvance() succeeds
	sendErr    error
	sent       []*types.Transaction
}

func (f *fakeEpochChain) CallContract(_ context.Context, msg ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	abi, err := bindings.ClusterRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	switch {
	case bytes.Equal(msg.Data, abi.Methods["advanceEpoch"].ID) && f.due:
		return nil, nil
	case bytes.Equal(msg.Data, abi.Methods["requestAdvance"].ID) && f.requestDue:
		return nil, nil
	}
	return nil, errors.New("execution reverted: Epoch not over")
}

func (f *fakeEpochChain) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{Number: big.NewInt(100), BaseFee: big.NewInt(1e9)}, nil
}

func (f *fakeEpochChain) PendingNonceAt(context.Context, common.Address) (uint64, error) {
	return uint64(len(f.sent)), nil
}

func (f *fakeEpochChain) SuggestGasTipCap(context.Context) (*big.Int, error) {
	return big.NewInt(1e9), nil
}

func (f *fakeEpochChain) SendTransaction(_ context.Context, tx *types.Transaction) error {
	if f.sendErr != nil {
		return f.sendErr
	}
	f.sent = append(f.sent, tx)
	return nil
}

// The advancer sends advanceEpoch() only when the simulated call says it
// is due, only once this wallet's slot has passed since it first saw it
// due, and at most once per epoch; a failed send is retried.
func TestEpochAdvancerSendsOncePerEpochInItsSlot(t *testing.T) {
	key, err := devchain.DevKey(2)
	if err != nil {
		t.Fatal(err)
	}
	const interval = time.Second
	fc := &fakeEpochChain{}
	now := time.Unix(1_000_000, 0)
	registry := common.HexToAddress("0x5eed")
	a := &EpochAdvancer{Chain: fc, ChainID: 31337, Registry: registry, Wallet: keySigner{key},
		Interval: interval, Log: slog.New(slog.DiscardHandler), Now: func() time.Time { return now }}
	ctx := context.Background()
	// Two epochs where this wallet waits the longest slot, so every wait
	// below is observable.
	var epochs []uint64
	for e := uint64(1); len(epochs) < 2; e++ {
		if e > 1000 {
			t.Fatal("no epoch with the longest slot for this wallet")
		}
		if s := a.slot(a.Wallet.Address(), e); s == 3*interval {
			epochs = append(epochs, e)
		} else if s < 0 || s > 3*interval {
			t.Fatalf("slot %v outside [0, 3 intervals]", s)
		}
	}
	e1, e2 := epochs[0], epochs[1]
	slot := 3 * interval

	advance := func(epoch uint64, wantSent int) {
		t.Helper()
		if err := a.Advance(ctx, epoch); err != nil {
			t.Fatalf("advance at epoch %d: %v", epoch, err)
		}
		if len(fc.sent) != wantSent {
			t.Fatalf("epoch %d at +%v: %d transactions sent, want %d", epoch, now.Sub(time.Unix(1_000_000, 0)), len(fc.sent), wantSent)
		}
	}

	advance(e1, 0) // not due
	fc.due = true
	advance(e1, 0) // due from now on, slot not reached
	now = now.Add(slot - time.Nanosecond)
	advance(e1, 0)
	// Not due again (another node advanced, or a reorg): the wait starts
	// over when it is due next.
	fc.due = false
	advance(e1, 0)
	fc.due = true
	advance(e1, 0)
	now = now.Add(slot - time.Nanosecond)
	advance(e1, 0)
	fc.sendErr = errors.New("insufficient funds for gas")
	now = now.Add(time.Nanosecond)
	if err := a.Advance(ctx, e1); !errors.Is(err, fc.sendErr) || !bytes.Contains([]byte(err.Error()), []byte("send advanceEpoch")) {
		t.Fatalf("failed send: %v", err)
	}
	fc.sendErr = nil
	advance(e1, 1) // retried at the next poll
	now = now.Add(time.Hour)
	advance(e1, 1) // once per epoch, however long the chain takes

	tx := fc.sent[0]
	abi, err := bindings.ClusterRegistryMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	from, err := types.Sender(types.LatestSignerForChainID(big.NewInt(31337)), tx)
	if err != nil || from != a.Wallet.Address() {
		t.Fatalf("signed by %v (%v), want the wallet %v", from, err, a.Wallet.Address())
	}
	if *tx.To() != registry || tx.Gas() != AdvanceEpochGasLimit || !bytes.Equal(tx.Data(), abi.Methods["advanceEpoch"].ID) {
		t.Fatalf("sent to %v with gas %d and data %x", tx.To(), tx.Gas(), tx.Data())
	}

	// The next epoch, not over yet at first, then due: its own slot.
	fc.due = false
	advance(e2, 1)
	fc.due = true
	advance(e2, 1)
	now = now.Add(slot - time.Nanosecond)
	advance(e2, 1)
	now = now.Add(time.Nanosecond)
	advance(e2, 2)
}

// The first step: once the epoch is over the advancer sends
// requestAdvance() in its slot, then not again while the request may still
// be pending, and again after that (a request that expired or never
// landed); once the seed block is mined it sends advanceEpoch().
func TestEpochAdvancerRequestsFirst(t *testing.T) {
	key, err := devchain.DevKey(2)
	if err != nil {
		t.Fatal(err)
	}
	const interval = time.Second
	fc := &fakeEpochChain{}
	now := time.Unix(1_000_000, 0)
	a := &EpochAdvancer{Chain: fc, ChainID: 31337, Registry: common.HexToAddress("0x5eed"), Wallet: keySigner{key},
		Interval: interval, Log: slog.New(slog.DiscardHandler), Now: func() time.Time { return now }}
	ctx := context.Background()
	// An epoch where this wallet waits the longest slot, so the wait is
	// observable.
	epoch := uint64(1)
	for ; a.slot(a.Wallet.Address(), epoch) != 3*interval; epoch++ {
		if epoch > 1000 {
			t.Fatal("no epoch with the longest slot for this wallet")
		}
	}
	slot := 3 * interval
	abi, err := bindings.ClusterRegistryMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	advance := func(wantSent int, wantLast string) {
		t.Helper()
		if err := a.Advance(ctx, epoch); err != nil {
			t.Fatal(err)
		}
		if len(fc.sent) != wantSent {
			t.Fatalf("at +%v: %d sent, want %d", now.Sub(time.Unix(1_000_000, 0)), len(fc.sent), wantSent)
		}
		if wantSent > 0 && !bytes.Equal(fc.sent[wantSent-1].Data(), abi.Methods[wantLast].ID) {
			t.Fatalf("last sent %x, want %s", fc.sent[wantSent-1].Data(), wantLast)
		}
	}
	fc.requestDue = true
	advance(0, "")
	now = now.Add(slot)
	advance(1, "requestAdvance")
	now = now.Add(interval)
	advance(1, "requestAdvance") // pending: not again
	now = now.Add(requestResendPolls * interval)
	advance(1, "requestAdvance") // its slot starts over
	now = now.Add(slot)
	advance(2, "requestAdvance") // expired or lost: requested again
	fc.requestDue, fc.due = false, true
	advance(2, "requestAdvance")
	now = now.Add(slot)
	advance(3, "advanceEpoch")
	now = now.Add(time.Hour)
	advance(3, "advanceEpoch")
}

// Against the real registry on a dev chain that mines when a transaction
// arrives: a registered node's enclave wallet advances the epoch once it is
// over, and the new epoch is not due.
func TestEpochAdvancerOnDevChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, dep, op := devChainOperator(ctx, t, 4)
	walletKey, err := devchain.DevKey(2)
	if err != nil {
		t.Fatal(err)
	}
	wallet := keySigner{walletKey}
	if err := op.MintTestTokens(ctx, op.Address(), tokens(2000)); err != nil {
		t.Fatal(err)
	}
	if err := op.Register(ctx, Registration{PeerID: "peer-1", EnclaveWallet: wallet.Address(),
		Multiaddrs: []string{"/ip4/127.0.0.1/tcp/4001"}, Stake: tokens(2000)}); err != nil {
		t.Fatal(err)
	}
	reg, err := bindings.NewClusterRegistryCaller(dep.Addresses.Registry, c.Client())
	if err != nil {
		t.Fatal(err)
	}
	epochNow := func() uint64 {
		t.Helper()
		e, err := reg.CurrentEpoch(&bind.CallOpts{Context: ctx})
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	nonce := func() uint64 {
		t.Helper()
		n, err := c.Client().PendingNonceAt(ctx, wallet.Address())
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	const interval = time.Second
	now := time.Unix(1_000_000, 0)
	a := &EpochAdvancer{Chain: c.Client(), ChainID: dep.ChainID, Registry: dep.Addresses.Registry, Wallet: wallet,
		Interval: interval, CallTimeout: 10 * time.Second, Log: slog.New(slog.DiscardHandler), Now: func() time.Time { return now }}
	for range 4 {
		c.Commit()
	}
	// Polls one interval apart: the wallet's slot is at most three, for
	// each of the two steps. The chain mines only when a transaction
	// arrives, so the test mines the seed block after the request.
	for step := uint64(1); step <= 2; step++ {
		for i := 0; nonce() < step; i++ {
			if i == 4 {
				t.Fatalf("step %d not sent within four polls of being possible", step)
			}
			if err := a.Advance(ctx, 0); err != nil {
				t.Fatal(err)
			}
			now = now.Add(interval)
		}
		for {
			n, err := c.Client().NonceAt(ctx, wallet.Address(), nil)
			if err != nil {
				t.Fatal(err)
			}
			if n >= step {
				break
			}
			select {
			case <-ctx.Done():
				t.Fatalf("step %d not mined", step)
			case <-time.After(20 * time.Millisecond):
			}
		}
		// The seed block, and one more: a simulated call runs on the
		// head's state, where advanceEpoch is possible only after it.
		c.Commit()
		c.Commit()
	}
	if epochNow() != 1 {
		t.Fatal("the epoch did not advance")
	}
	if err := a.Advance(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if n := nonce(); n != 2 {
		t.Fatalf("%d transactions from the wallet, want 2: epoch 1 has just begun", n)
	}
}

func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// devChainOperator starts a dev chain with three funded accounts (0
// deploys, 1 is the operator, 2 is free for an enclave wallet) and deploys
// the contracts with epochs of epochLength blocks.
func devChainOperator(ctx context.Context, t *testing.T, epochLength uint64) (*devchain.Chain, deploy.Deployment, *Operator) {
	t.Helper()
	c, err := devchain.Start(ctx, devchain.Config{Accounts: 3})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	gov, _ := devchain.DevKey(0)
	dep, err := deploy.Deploy(ctx, c.Client(), gov, deploy.Params{
		Network: "cifer-test", RPCURL: c.HTTPURL(), BlockTimeMs: 1000, Testnet: true, MinStake: tokens(1000),
		EpochLength: epochLength, UnbondingDelay: 3, CreationFee: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	opKey, _ := devchain.DevKey(1)
	w, err := chain.NewWallet(ctx, c.Client(), opKey)
	if err != nil {
		t.Fatal(err)
	}
	return c, dep, NewOperator(w, dep.Addresses.Registry)
}
