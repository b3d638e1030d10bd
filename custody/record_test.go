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
	r.Epoch = 7
	if err := r.Sign(newKeySigner(f)); err != nil {
		f.Fatal(err)
	}
	v2, err := r.MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(v2)
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

// TestRecordVersions: a record that names its dealer's epoch is version 2
// and round-trips with it; one without is version 1, byte for byte as
// before; a signature made over one version does not verify as the other.
func TestRecordVersions(t *testing.T) {
	s := newKeySigner(t)
	v1, _ := testRecord(t, s)
	b1, err := v1.MarshalBinary()
	if err != nil || b1[0] != 1 {
		t.Fatalf("epoch 0 encodes as version %d (%v), want 1", b1[0], err)
	}
	v2, _ := testRecord(t, s)
	v2.Epoch = 12
	if err := v2.Sign(s); err != nil {
		t.Fatal(err)
	}
	b2, err := v2.MarshalBinary()
	if err != nil || b2[0] != 2 || len(b2) != len(b1)+8 {
		t.Fatalf("version %d, %d bytes (%v); want 2 and 8 more than version 1", b2[0], len(b2), err)
	}
	got, err := ParseCreationRecord(b2)
	if err != nil || got.Epoch != 12 || got.BlackBox != s.Address() {
		t.Fatalf("parse version 2: %+v, %v", got, err)
	}
	if got, err := ParseCreationRecord(b1); err != nil || got.Epoch != 0 {
		t.Fatalf("parse version 1: %+v, %v", got, err)
	}
	// The epoch is signed: changing it breaks the signature.
	v2.Epoch = 13
	if err := v2.Verify(); !errors.Is(err, ErrRecordSignature) {
		t.Fatalf("record with its epoch changed: %v", err)
	}
	// Version 1's signature over a body re-labelled as version 2 (and the
	// other way) does not verify: each version has its own domain.
	forged := append([]byte{2}, b1[1:]...)
	if _, err := ParseCreationRecord(forged); err == nil {
		t.Fatal("a version 1 record relabelled as 2 parsed")
	}
	// Version 2 with epoch 0 is not canonical.
	zero := append([]byte(nil), b2...)
	copy(zero[1+8+8+4+1+1:], make([]byte, 8))
	if _, err := ParseCreationRecord(zero); !errors.Is(err, ErrBadRecord) {
		t.Fatalf("version 2 with epoch 0: %v", err)
	}
}
