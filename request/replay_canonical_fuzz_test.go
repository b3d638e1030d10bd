package request

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func FuzzCanonicalSignature(f *testing.F) {
	f.Add("0x" + strings.Repeat("11", 64) + "1b")
	f.Add(strings.Repeat("ff", 65))
	f.Add("")
	f.Fuzz(func(t *testing.T, sig string) {
		a, okA := canonicalSignature(sig)
		if !okA {
			return
		}
		if len(a) != 64 {
			t.Fatalf("canonical form of %d bytes", len(a))
		}
		// Canonical twice is canonical once.
		b, okB := canonicalSignature("0x" + common.Bytes2Hex(a) + "1b")
		if !okB || string(a) != string(b) {
			t.Fatalf("canonical form is not a fixed point")
		}
		if new(big.Int).SetBytes(a[32:]).Cmp(halfN) > 0 {
			t.Fatal("canonical s is high")
		}
	})
}
