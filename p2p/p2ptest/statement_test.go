package p2ptest

import (
	"context"
	"crypto/rand"
	"errors"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

func newID(t testing.TB) peer.ID {
	k, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := peer.IDFromPrivateKey(k)
	return id
}

func TestVerifierReasons(t *testing.T) {
	p := NewPlatform()
	v := NewVerifier(p.PublicKey())
	alice, bob := newID(t), newID(t)
	v.Stake(alice)
	good := Claims{Subject: alice, Expiry: time.Now().Add(time.Hour), Measurement: GoodMeasurement}
	with := func(f func(*Claims)) []byte { c := good; f(&c); return p.Sign(c) }
	tampered := p.Sign(good)
	tampered[len(tampered)-1] ^= 1
	tests := []struct {
		name string
		from peer.ID
		raw  []byte
		want string
	}{
		{"valid", alice, p.Sign(good), ""},
		{"other sender", bob, p.Sign(good), ReasonBoundToOther},
		{"expired", alice, with(func(c *Claims) { c.Expiry = time.Now().Add(-time.Second) }), ReasonExpired},
		{"rogue measurement", alice, with(func(c *Claims) { c.Measurement = RogueMeasurement }), ReasonUnregisteredMsr},
		{"sim", alice, with(func(c *Claims) { c.Sim = true }), ReasonSimForbidden},
		{"unstaked", bob, with(func(c *Claims) { c.Subject = bob }), ReasonUnstaked},
		{"bad signature", alice, tampered, ReasonBadSignature},
		{"other platform", alice, NewPlatform().Sign(good), ReasonBadSignature},
		{"garbage", alice, []byte{1, 2, 3}, ReasonMalformed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := v.VerifyStatement(context.Background(), tc.from, tc.raw)
			if tc.want == "" {
				if err != nil || got.ID != alice {
					t.Fatalf("got %v, %v", got, err)
				}
				return
			}
			var ve *VerifyError
			if !errors.As(err, &ve) || ve.Reason() != tc.want {
				t.Fatalf("got %v, want reason %s", err, tc.want)
			}
		})
	}
}

func FuzzParseStatement(f *testing.F) {
	p := NewPlatform()
	id := newID(f)
	f.Add(p.Sign(Claims{Subject: id, Expiry: time.Unix(1e9, 0), Measurement: GoodMeasurement}))
	f.Add([]byte{0x87})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, raw []byte) {
		c, signed, sig, err := ParseStatement(raw)
		if err != nil {
			return
		}
		if len(sig) != 64 || len(signed) == 0 || c.Subject == "" {
			t.Fatalf("accepted statement with sig %d bytes, signed %d bytes", len(sig), len(signed))
		}
	})
}
