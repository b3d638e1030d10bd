package envelope

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"
)

func TestPublicKeyCID(t *testing.T) {
	pk := bytes.Repeat([]byte{0xAB}, 1184)
	s, err := PublicKeyCID(pk)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(s, "b") {
		t.Fatalf("CIDv1 string should be multibase base32 ('b...'), got %q", s)
	}
	c, err := cid.Decode(s)
	if err != nil {
		t.Fatalf("decode %q: %v", s, err)
	}
	p := c.Prefix()
	if p.Version != 1 || p.Codec != cid.Raw || p.MhType != multihash.SHA2_256 {
		t.Fatalf("prefix %+v, want v1 raw sha2-256", p)
	}
	dec, err := multihash.Decode(c.Hash())
	if err != nil {
		t.Fatal(err)
	}
	want := sha256.Sum256(pk)
	if !bytes.Equal(dec.Digest, want[:]) {
		t.Fatal("CID digest is not the SHA-256 of the key")
	}
	if err := CheckPublicKeyCID(pk, s); err != nil {
		t.Fatalf("check own CID: %v", err)
	}
	other := append([]byte(nil), pk...)
	other[0] ^= 1
	if err := CheckPublicKeyCID(other, s); !errors.Is(err, ErrCIDMismatch) {
		t.Fatalf("other key: got %v, want ErrCIDMismatch", err)
	}
}
