package enclave_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/cifer-network/cifer/enclave"
	"github.com/libp2p/go-libp2p/core/peer"
)

func TestIssuerRefreshesBeforeExpiry(t *testing.T) {
	f := newFixture(t)
	is := &enclave.Issuer{
		Enclave: f.a, PeerID: peer.ID(f.peerA), Network: testNetwork, HomeChainID: testChainID,
		Lifetime: 30 * time.Minute, Now: func() time.Time { return f.now },
	}
	ctx := context.Background()
	first, err := is.Current(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.policy.VerifyBytes(ctx, first, peer.ID(f.peerA)); err != nil {
		t.Fatalf("issued statement refused: %v", err)
	}

	f.now = f.now.Add(19 * time.Minute) // two thirds of the lifetime left
	again, err := is.Current(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, again) {
		t.Error("re-issued while most of the lifetime was left")
	}

	f.now = f.now.Add(2 * time.Minute) // under a third left
	fresh, err := is.Current(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(first, fresh) {
		t.Fatal("not re-issued with under a third of the lifetime left")
	}
	st, err := enclave.ParseStatement(fresh)
	if err != nil {
		t.Fatal(err)
	}
	if !st.IssuedAt.Equal(f.now.Truncate(time.Second)) {
		t.Errorf("new statement issued at %s, want %s", st.IssuedAt, f.now)
	}
	if _, err := f.policy.VerifyBytes(ctx, fresh, peer.ID(f.peerA)); err != nil {
		t.Fatalf("re-issued statement refused: %v", err)
	}
}
