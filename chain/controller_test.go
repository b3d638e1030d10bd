package chain

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/ethereum/go-ethereum/common"
)

// controllerFixture is a dev chain with the fake controller and a client.
type controllerFixture struct {
	dc         *devchain.Chain
	controller common.Address
	client     *Client
	start      uint64 // block of the deployment
}

func newControllerFixture(t *testing.T, confirmations uint64) *controllerFixture {
	ctx := testCtx(t)
	dc := startDevChain(t, devchain.Config{Accounts: 3})
	r := sendTx(ctx, t, dc.Client(), dc.Accounts()[0].Key, nil, fakeControllerCode)
	c, err := Dial(ctx, Config{
		Name: "dev", ChainID: devchain.DefaultChainID, RPCURL: dc.HTTPURL(), WSURL: dc.WSURL(),
		ControllerAddress: r.ContractAddress, BlockTimeMs: 1000, Confirmations: confirmations,
	}, Options{PollInterval: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return &controllerFixture{dc: dc, controller: r.ContractAddress, client: c, start: r.BlockNumber.Uint64()}
}

// call sends a controller transaction from dev account `from`.
func (f *controllerFixture) call(t *testing.T, from int, method string, args ...any) uint64 {
	t.Helper()
	data, err := fakeControllerABI.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	r := sendTx(testCtx(t), t, f.dc.Client(), f.dc.Accounts()[from].Key, &f.controller, data)
	return r.BlockNumber.Uint64()
}

func TestSecretState(t *testing.T) {
	f := newControllerFixture(t, 0)
	ctx := testCtx(t)
	owner, delegate := f.dc.Accounts()[1].Address, f.dc.Accounts()[2].Address

	if _, err := f.client.SecretState(ctx, 1); !errors.Is(err, ErrSecretNotFound) {
		t.Fatalf("SecretState before creation = %v, want ErrSecretNotFound", err)
	}
	f.call(t, 1, "createSecret")
	st, err := f.client.SecretState(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	want := SecretState{Owner: owner, IsSyncing: true, SecretType: 1}
	if st != want || st.Ready() {
		t.Fatalf("new secret state %+v (ready %v), want %+v, not ready", st, st.Ready(), want)
	}
	f.call(t, 0, "markSecretSynced", big.NewInt(1), uint8(4), "bafkreitest")
	f.call(t, 1, "setDelegate", big.NewInt(1), delegate)
	st, err = f.client.SecretState(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	want = SecretState{Owner: owner, Delegate: delegate, ClusterID: 4, SecretType: 1, PublicKeyCID: "bafkreitest"}
	if st != want || !st.Ready() {
		t.Fatalf("synced state %+v, want %+v", st, want)
	}
	if _, err := f.client.SecretState(ctx, 2); !errors.Is(err, ErrSecretNotFound) {
		t.Fatalf("SecretState(2) = %v, want ErrSecretNotFound", err)
	}

	set, err := NewSet(f.client)
	if err != nil {
		t.Fatal(err)
	}
	if st2, err := set.SecretState(ctx, devchain.DefaultChainID, 1); err != nil || st2 != want {
		t.Fatalf("Set.SecretState = %+v, %v", st2, err)
	}
	if _, err := set.SecretState(ctx, 77, 1); err == nil || err.Error() != "Chain 77 is not supported" {
		t.Fatalf("Set.SecretState on unknown chain = %v", err)
	}
}

func TestWatchSecretEvents(t *testing.T) {
	const confirmations = 1
	f := newControllerFixture(t, confirmations)
	owner, other, delegate := f.dc.Accounts()[1].Address, f.dc.Accounts()[2].Address, f.dc.Accounts()[0].Address

	var got []SecretEvent
	events := make(chan SecretEvent, 16)
	ctx, cancel := context.WithCancel(testCtx(t))
	done := make(chan error, 1)
	go func() {
		done <- f.client.WatchSecretEvents(ctx, Cursor{Block: f.start}, func(_ context.Context, e SecretEvent) error {
			events <- e
			return nil
		})
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("watch: %v", err)
		}
	})

	f.call(t, 1, "createSecret")
	f.call(t, 0, "markSecretSynced", big.NewInt(1), uint8(2), "bafkreix")
	f.call(t, 1, "setDelegate", big.NewInt(1), delegate)
	last := f.call(t, 1, "transferSecret", big.NewInt(1), other)
	// The transfer's events need one block on top of theirs.
	eventually(t, "all but the last block's events", func() bool {
		for {
			select {
			case e := <-events:
				got = append(got, e)
				if e.Block >= last {
					t.Fatalf("event in block %d delivered with 0 confirmations", e.Block)
				}
			default:
				return len(got) == 3
			}
		}
	})
	f.dc.Commit()
	eventually(t, "the confirmed transfer", func() bool {
		for {
			select {
			case e := <-events:
				got = append(got, e)
			default:
				return len(got) >= 5
			}
		}
	})
	want := []SecretEvent{
		{Kind: SecretCreated, SecretID: 1, Owner: owner, SecretType: 1},
		{Kind: SecretSynced, SecretID: 1, ClusterID: 2, PublicKeyCID: "bafkreix"},
		{Kind: DelegateUpdated, SecretID: 1, Delegate: delegate},
		{Kind: DelegateUpdated, SecretID: 1}, // cleared by the transfer
		{Kind: SecretOwnershipTransferred, SecretID: 1, OldOwner: owner, NewOwner: other},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d events, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		g := got[i]
		g.Block, g.LogIndex, g.TxHash, g.ChainID = 0, 0, common.Hash{}, 0
		if g != want[i] {
			t.Errorf("event %d = %+v, want %+v", i, g, want[i])
		}
		if got[i].ChainID != devchain.DefaultChainID {
			t.Errorf("event %d chain id %d", i, got[i].ChainID)
		}
	}
}
