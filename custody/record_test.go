package custody

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"testing"

	"github.com/cifer-network/cifer/envelope"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

type keySigner struct{ key *ecdsa.PrivateKey }

func (k keySigner) Address() common.Address           { return crypto.PubkeyToAddress(k.key.PublicKey) }
func (k keySigner) SignHash(d []byte) ([]byte, error) { return crypto.Sign(d, k.key) }

func newKeySigner(t testing.TB) keySigner {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return keySigner{k}
}

func testRecord(t testing.TB, s HashSigner) (*CreationRecord, [][]byte) {
	t.Helper()
	pk := bytes.Repeat([]byte{7}, 1184)
	c, err := envelope.PublicKeyCID(pk)
	if err != nil {
		t.Fatal(err)
	}
	shares := [][]byte{[]byte("share-1"), []byte("share-2"), []byte("share-3"), []byte("share-4"), []byte("share-5")}
	r := &CreationRecord{ChainID: 84532, SecretID: 42, ShareVersion: 1, ClusterID: 1, Threshold: 3, PublicKey: pk, PublicKeyCID: c}
	for _, sh := range shares {
		r.ShareHashes = append(r.ShareHashes, ShareHash(sh))
	}
	if err := r.Sign(s); err != nil {
		t.Fatal(err)
	}
	return r, shares
}

func TestCreationRecordRoundTrip(t *testing.T) {
	signer := newKeySigner(t)
	r, shares := testRecord(t, signer)
	b, err := r.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	got, err := ParseCreationRecord(b)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	if got.BlackBox != signer.Address() || got.SecretID != 42 || got.ChainID != 84532 || got.Threshold != 3 || got.PublicKeyCID != r.PublicKeyCID {
		t.Fatalf("round trip changed fields: %+v", got)
	}
	for i, sh := range shares {
		if err := got.CheckShare(byte(i+1), sh); err != nil {
			t.Fatalf("share %d: %v", i+1, err)
		}
	}
	if err := got.CheckShare(2, shares[0]); !errors.Is(err, ErrShareHash) {
		t.Fatalf("wrong share at x=2: got %v", err)
	}
	if err := got.CheckShare(6, shares[0]); !errors.Is(err, ErrShareHash) {
		t.Fatalf("x outside range: got %v", err)
	}
}

func TestCreationRecordRejects(t *testing.T) {
	signer := newKeySigner(t)
	r, _ := testRecord(t, signer)
	good, err := r.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	flip := func(i int) []byte { b := append([]byte(nil), good...); b[i] ^= 1; return b }
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrBadRecord},
		{"truncated", good[:len(good)-1], ErrBadRecord},
		{"trailing byte", append(append([]byte(nil), good...), 0), ErrBadRecord},
		{"bad version", flip(0), ErrBadRecord},
		{"secret id changed", flip(16), ErrRecordSignature},
		{"public key changed", flip(30), envelope.ErrCIDMismatch},
		{"share hash changed", flip(len(good) - 65 - 20 - 1), ErrRecordSignature},
		{"black box changed", flip(len(good) - 65 - 1), ErrRecordSignature},
		{"oversized", make([]byte, MaxRecordSize+1), ErrBadRecord},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseCreationRecord(tc.in)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func FuzzParseCreationRecord(f *testing.F) {
	r, _ := testRecord(f, newKeySigner(f))
	good, err := r.MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:40])
	f.Add([]byte{1})
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := ParseCreationRecord(b)
		if err != nil {
			return
		}
		// Anything that parses must re-encode to the same bytes.
		again, err := r.MarshalBinary()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("parsed record does not re-encode: %v", err)
		}
	})
}
