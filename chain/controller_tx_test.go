package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/cifer-network/cifer/contracts/evmtest"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// keySigner is a TxSigner over a plain key, standing in for enclave keys.
type keySigner struct{ key *ecdsa.PrivateKey }

func (k keySigner) Address() common.Address { return crypto.PubkeyToAddress(k.key.PublicKey) }
func (k keySigner) SignTx(tx *types.Transaction, s types.Signer) (*types.Transaction, error) {
	return types.SignTx(tx, s, k.key)
}

// markFixture is the real contracts on the simulated EVM with
// an elected Black Box whose wallet key the test holds (funded for gas),
// `secrets` secrets, and a miner that commits a block every 20 ms until the test ends.
type markFixture struct {
	c       *evmtest.Chain
	d       *evmtest.Contracts
	elected keySigner
	other   keySigner
}

func newMarkFixture(t *testing.T, secrets int) *markFixture {
	t.Helper()
	c := evmtest.NewChain(t, 3)
	d := c.Deploy(evmtest.DeployParams{MinStake: evmtest.Ether(1), EpochLength: 1, UnbondingDelay: 1, CreationFee: evmtest.Ether(0)})
	f := &markFixture{c: c, d: d}
	for _, k := range []*keySigner{&f.elected, &f.other} {
		key, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		k.key = key
	}
	// One node, so it is the elected Black Box; the other wallet is not registered.
	c.Register(d, evmtest.NodeSpec{Operator: 1, EnclaveWallet: f.elected.Address(), Stake: evmtest.Ether(1)})
	c.AdvanceEpoch(d, 0)
	// Fund the enclave wallets for gas.
	c.Mine(sendValue(t, c, 0, f.elected.Address()))
	c.Mine(sendValue(t, c, 0, f.other.Address()))
	for range secrets {
		c.Mine(d.Controller.CreateSecret0(c.Opts(2)))
	}

	// The simulated beacon is not safe for concurrent commits: from here on
	// only the miner commits.
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				c.Commit()
			}
		}
	}()
	t.Cleanup(func() { cancel(); <-done })
	return f
}

// sendValue transfers 1 ether from account i to `to`.
func sendValue(t *testing.T, c *evmtest.Chain, i int, to common.Address) (*types.Transaction, error) {
	t.Helper()
	ctx := c.Ctx()
	nonce, err := c.Client.PendingNonceAt(ctx, c.Addrs[i])
	if err != nil {
		return nil, err
	}
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	tip := evmtest.Ether(0).SetUint64(1_000_000_000)
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: c.ChainID, Nonce: nonce, GasTipCap: tip,
		GasFeeCap: tip.Add(tip, head.BaseFee.Mul(head.BaseFee, evmtest.Ether(0).SetUint64(2))), Gas: 21_000, To: &to, Value: evmtest.Ether(1)})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(c.ChainID), c.Keys[i])
	if err != nil {
		return nil, err
	}
	return signed, c.Client.SendTransaction(ctx, signed)
}

func TestMarkSecretSynced(t *testing.T) {
	f := newMarkFixture(t, 1)
	const cid = "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"
	cases := []struct {
		name    string
		signer  keySigner
		secret  uint64
		cluster uint8
		cid     string
		want    error
	}{
		{"not elected", f.other, 1, 1, cid, ErrNotElectedBlackBox},
		{"unknown secret", f.elected, 9, 1, cid, ErrSecretNotFound},
		{"cluster zero", f.elected, 1, 0, cid, ErrInvalidCluster},
		{"empty cid", f.elected, 1, 1, "", ErrEmptyPublicKeyCID},
		{"elected black box", f.elected, 1, 1, cid, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			rcpt, err := MarkSecretSynced(ctx, f.c.Client, f.c.ChainID.Uint64(), f.d.ControllerAddr, tc.signer,
				tc.secret, tc.cluster, tc.cid, TxWait{PollInterval: 10 * time.Millisecond})
			if tc.want != nil {
				var re *RevertError
				if !errors.Is(err, tc.want) || !errors.As(err, &re) || re.Reason != tc.want.Error() {
					t.Fatalf("got %v, want revert %q", err, tc.want)
				}
				if re.TxHash != (common.Hash{}) {
					t.Fatalf("refused call was sent anyway: %s", re.TxHash)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if rcpt.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("receipt status %d", rcpt.Status)
			}
			st, err := f.d.Controller.GetSecretState(nil, evmtest.Ether(0).SetUint64(1))
			if err != nil {
				t.Fatal(err)
			}
			if st.IsSyncing || st.ClusterId != 1 || st.PublicKeyCid != cid {
				t.Fatalf("state after mark: %+v", st)
			}
		})
	}
}

// TestMarkSecretSyncedConcurrentSends sends several marks from one wallet at
// once: each must get its own nonce and be mined.
func TestMarkSecretSyncedConcurrentSends(t *testing.T) {
	f := newMarkFixture(t, 4)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	errs := make(chan error, 4)
	for id := uint64(1); id <= 4; id++ {
		go func() {
			_, err := MarkSecretSynced(ctx, f.c.Client, f.c.ChainID.Uint64(), f.d.ControllerAddr, f.elected,
				id, 1, fmt.Sprintf("cid-%d", id), TxWait{PollInterval: 10 * time.Millisecond})
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	for id := uint64(1); id <= 4; id++ {
		st, err := f.d.Controller.GetSecretState(nil, evmtest.Ether(0).SetUint64(id))
		if err != nil || st.IsSyncing || st.PublicKeyCid != fmt.Sprintf("cid-%d", id) {
			t.Fatalf("secret %d: %+v %v", id, st, err)
		}
	}
}

func TestTransactOptsRefusesOtherSender(t *testing.T) {
	k, _ := crypto.GenerateKey()
	opts := TransactOpts(context.Background(), keySigner{k}, 1)
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: evmtest.Ether(0).SetUint64(1)})
	if _, err := opts.Signer(common.Address{1}, tx); err == nil {
		t.Fatal("signed for another sender")
	}
	signed, err := opts.Signer(opts.From, tx)
	if err != nil {
		t.Fatal(err)
	}
	from, err := types.Sender(types.LatestSignerForChainID(evmtest.Ether(0).SetUint64(1)), signed)
	if err != nil || from != opts.From {
		t.Fatalf("sender %s %v, want %s", from, err, opts.From)
	}
}

type neverMined struct{ calls int }

func (n *neverMined) TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error) {
	n.calls++
	if n.calls%2 == 0 {
		return nil, errors.New("connection refused")
	}
	return nil, ethereum.NotFound
}

func TestWaitReceiptDeadline(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	n := &neverMined{}
	_, err := WaitReceipt(ctx, n, common.Hash{1}, 5*time.Millisecond)
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "connection refused") {
		t.Fatalf("got %v, want deadline with the last rpc error", err)
	}
	if n.calls < 2 {
		t.Fatalf("polled %d times", n.calls)
	}
}

func TestRevertReasonFromMessage(t *testing.T) {
	cases := []struct {
		err    error
		reason string
		ok     bool
	}{
		{errors.New("failed to estimate gas needed: execution reverted: Not an elected Black Box"), "Not an elected Black Box", true},
		{errors.New("execution reverted"), "", true},
		{errors.New("dial tcp: connection refused"), "", false},
	}
	for _, tc := range cases {
		r, ok := revertReason(tc.err)
		if r != tc.reason || ok != tc.ok {
			t.Errorf("%v: got %q %v, want %q %v", tc.err, r, ok, tc.reason, tc.ok)
		}
	}
}
