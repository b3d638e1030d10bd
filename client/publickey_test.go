package client

import (
	"context"
	"errors"
	"testing"

	"github.com/cifer-network/cifer/envelope"
	"github.com/libp2p/go-libp2p/core/peer"
)

func newPublicKey(t *testing.T) ([]byte, string) {
	t.Helper()
	seed, err := envelope.GenerateSeed()
	if err != nil {
		t.Fatal(err)
	}
	pk, sk, err := envelope.DeriveKeyPair(seed)
	if err != nil {
		t.Fatal(err)
	}
	sk.Zero()
	raw := pk.Bytes()
	cid, err := envelope.PublicKeyCID(raw)
	if err != nil {
		t.Fatal(err)
	}
	return raw, cid
}

// The client takes only a key whose own CID is the one on chain, whatever
// custodians claim.
func TestFirstMatchingKey(t *testing.T) {
	good, goodCID := newPublicKey(t)
	other, otherCID := newPublicKey(t)
	type answer struct {
		raw []byte
		cid string
		err error
	}
	tests := []struct {
		name    string
		answers []answer
		wantErr bool
	}{
		{"honest custodian", []answer{{good, goodCID, nil}}, false},
		{"other key under its own CID, then honest", []answer{{other, otherCID, nil}, {good, goodCID, nil}}, false},
		{"other key claiming the chain's CID", []answer{{other, goodCID, nil}}, true},
		{"only wrong keys and failures", []answer{{other, otherCID, nil}, {nil, "", errors.New("unreachable")}}, true},
		{"no custodians", nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ids := make([]peer.ID, len(tc.answers))
			byID := map[peer.ID]answer{}
			for i, a := range tc.answers {
				ids[i] = peer.ID(rune('a' + i))
				byID[ids[i]] = a
			}
			pk, err := firstMatchingKey(context.Background(), ids, goodCID, func(_ context.Context, id peer.ID) ([]byte, string, error) {
				a := byID[id]
				return a.raw, a.cid, a.err
			})
			if tc.wantErr {
				if !errors.Is(err, ErrPublicKeyMismatch) {
					t.Fatalf("got %v, want ErrPublicKeyMismatch", err)
				}
				return
			}
			if err != nil || string(pk.Bytes()) != string(good) {
				t.Fatalf("got %v", err)
			}
		})
	}
}
