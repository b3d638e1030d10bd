package request

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// reencodings returns spellings of one signature that all verify: the
// signature as sent, without 0x, in upper-case hex, with v as 0/1, and the
// high-S twin (s' = N - s, v flipped).
func reencodings(t *testing.T, sig string) map[string]string {
	t.Helper()
	raw := common.FromHex(sig)
	if len(raw) != 65 || raw[64] < 27 {
		t.Fatalf("unexpected signature %s", sig)
	}
	hexOf := func(b []byte) string { return "0x" + common.Bytes2Hex(b) }
	v01 := append([]byte(nil), raw...)
	v01[64] -= 27
	twin := append([]byte(nil), raw...)
	s := new(big.Int).SetBytes(twin[32:64])
	new(big.Int).Sub(crypto.S256().Params().N, s).FillBytes(twin[32:64])
	twin[64] = 55 - twin[64] // 27 <-> 28
	return map[string]string{
		"as sent":        sig,
		"no 0x prefix":   strings.TrimPrefix(sig, "0x"),
		"upper-case hex": "0x" + strings.ToUpper(strings.TrimPrefix(sig, "0x")),
		"v as 0/1":       hexOf(v01),
		"high-S twin":    hexOf(twin),
	}
}

// TestReplayGuardSeesEveryEncodingOfOneSignature is the security finding
// "replay guard bypassed by re-encoding the signature": each spelling
// verifies, so the guard must count them as one request.
func TestReplayGuardSeesEveryEncodingOfOneSignature(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	data := Format(84532, 7, crypto.PubkeyToAddress(key.PublicKey), 100, "0xabcd")
	sig, err := Sign(data, func(h []byte) ([]byte, error) { return crypto.Sign(h, key) })
	if err != nil {
		t.Fatal(err)
	}
	req, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	for name, enc := range reencodings(t, sig) {
		t.Run(name, func(t *testing.T) {
			if err := req.VerifySignature(enc); err != nil {
				t.Fatalf("%s does not verify (%v): the attack needs it to", name, err)
			}
			// Another Black Box presenting it in another spelling is
			// refused as the one request it is.
			g := NewReplayGuard(time.Hour)
			if err := g.UseBy(data, sig, "bb-1"); err != nil {
				t.Fatalf("first use: %v", err)
			}
			if err := g.UseBy(data, enc, "bb-2"); !errors.Is(err, ErrUsedElsewhere) {
				t.Fatalf("the same request spelled %q was accepted from another Black Box: %v", name, err)
			}
			// So is the first Black Box once its uses are spent: the
			// spelling does not buy it more.
			g = NewReplayGuard(time.Hour)
			g.MaxUses = 1
			if err := g.UseBy(data, sig, "bb-1"); err != nil {
				t.Fatalf("first use: %v", err)
			}
			if err := g.UseBy(data, enc, "bb-1"); !errors.Is(err, ErrReplay) {
				t.Fatalf("the same request spelled %q was accepted again: %v", name, err)
			}
		})
	}
}
