package request

import (
	"crypto/ecdsa"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func newKey(t testing.TB) (*ecdsa.PrivateKey, common.Address) {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k, crypto.PubkeyToAddress(k.PublicKey)
}

func signWith(t testing.TB, k *ecdsa.PrivateKey, data string) string {
	t.Helper()
	sig, err := Sign(data, func(h []byte) ([]byte, error) { return crypto.Sign(h, k) })
	if err != nil {
		t.Fatal(err)
	}
	return sig
}

func TestParse(t *testing.T) {
	addr := "0x1111111111111111111111111111111111111111"
	tests := []struct {
		name    string
		data    string
		wantErr bool
		chain   uint64
		secret  uint64
		block   uint64
		tail    string
		hasTail bool
		nFields int
	}{
		{"four fields", "84532_7_" + addr + "_100", false, 84532, 7, 100, "", false, 4},
		{"plaintext with underscores", "1_2_" + addr + "_3_hello_world_", false, 1, 2, 3, "hello_world_", true, 7},
		{"empty tail", "1_2_" + addr + "_3_", false, 1, 2, 3, "", true, 5},
		{"lowercase hex signer", "1_2_" + strings.ToLower(addr) + "_3", false, 1, 2, 3, "", false, 4},
		{"too few fields", "1_2_" + addr, true, 0, 0, 0, "", false, 0},
		{"chain not decimal", "0x1_2_" + addr + "_3", true, 0, 0, 0, "", false, 0},
		{"negative block", "1_2_" + addr + "_-3", true, 0, 0, 0, "", false, 0},
		{"leading zero", "01_2_" + addr + "_3", true, 0, 0, 0, "", false, 0},
		{"signer without 0x", "1_2_1111111111111111111111111111111111111111_3", true, 0, 0, 0, "", false, 0},
		{"signer short", "1_2_0x1111_3", true, 0, 0, 0, "", false, 0},
		{"chain overflows uint64", "18446744073709551616_2_" + addr + "_3", true, 0, 0, 0, "", false, 0},
		{"empty", "", true, 0, 0, 0, "", false, 0},
		{"oversized", "1_2_" + addr + "_3_" + strings.Repeat("a", MaxDataLen), true, 0, 0, 0, "", false, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Parse(tc.data)
			if tc.wantErr {
				if !errors.Is(err, ErrFormat) {
					t.Fatalf("got %v, want ErrFormat", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if r.ChainID != tc.chain || r.SecretID != tc.secret || r.Block != tc.block || r.Tail != tc.tail || r.HasTail != tc.hasTail {
				t.Fatalf("parsed %+v", r)
			}
			if r.Signer != common.HexToAddress(addr) {
				t.Fatalf("signer %s", r.Signer.Hex())
			}
			if err := r.ExpectFields(tc.nFields); err != nil {
				t.Fatalf("ExpectFields(%d): %v", tc.nFields, err)
			}
			if err := r.ExpectFields(tc.nFields + 1); !errors.Is(err, ErrFormat) {
				t.Fatalf("ExpectFields(%d) should fail", tc.nFields+1)
			}
		})
	}
}

func TestVerifySignature(t *testing.T) {
	k, addr := newKey(t)
	other, _ := newKey(t)
	data := Format(84532, 7, addr, 100, "deadbeef")
	good := signWith(t, k, data)

	// The standard EIP-191 hash must be go-ethereum's accounts.TextHash.
	raw := common.FromHex(good)
	raw[64] -= 27
	pub, err := crypto.SigToPub(accounts.TextHash([]byte(data)), raw)
	if err != nil || crypto.PubkeyToAddress(*pub) != addr {
		t.Fatalf("Sign does not produce a standard personal_sign signature: %v", err)
	}

	r, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	// Flip a bit of s, not r: a changed r is often not the x coordinate of
	// any curve point (recovery fails, ErrSignature), while any s below the
	// group order still recovers — to another key, which is the case named.
	flippedRaw := common.FromHex(good)
	flippedRaw[40] ^= 0x01
	flipped := "0x" + common.Bytes2Hex(flippedRaw)
	tests := []struct {
		name string
		sig  string
		want error
	}{
		{"valid", good, nil},
		{"valid without 0x", strings.TrimPrefix(good, "0x"), nil},
		{"valid with v=0/1", "0x" + common.Bytes2Hex(raw), nil},
		{"other signer", signWith(t, other, data), ErrSignerMismatch},
		{"signature over other data", signWith(t, k, data+"x"), ErrSignerMismatch},
		{"flipped bit in s", flipped, ErrSignerMismatch},
		{"short", good[:100], ErrSignature},
		{"not hex", "0x" + strings.Repeat("zz", 65), ErrSignature},
		{"bad v", good[:130] + "1f", ErrSignature},
		{"empty", "", ErrSignature},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := r.VerifySignature(tc.sig)
			if tc.want == nil && err != nil {
				t.Fatalf("got %v", err)
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func TestVerifySignatureUTF16Variant(t *testing.T) {
	k, addr := newKey(t)
	data := Format(1, 2, addr, 3, "héllo 😀")
	if utf16Len(data) == len(data) {
		t.Fatal("test data must differ in UTF-8 and UTF-16 length")
	}
	sig, err := crypto.Sign(eip191Hash(data, utf16Len(data)), k)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	r, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.VerifySignature("0x" + common.Bytes2Hex(sig)); err != nil {
		t.Fatalf("UTF-16-length variant refused: %v", err)
	}
	if err := r.VerifySignature(signWith(t, k, data)); err != nil {
		t.Fatalf("standard signature refused: %v", err)
	}
}

func TestAuthorizeDecrypt(t *testing.T) {
	owner := common.HexToAddress("0x1")
	delegate := common.HexToAddress("0x2")
	stranger := common.HexToAddress("0x3")
	ready := chain.SecretState{Owner: owner, SecretType: 1}
	withDelegate := chain.SecretState{Owner: owner, Delegate: delegate, SecretType: 1}
	tests := []struct {
		name   string
		st     chain.SecretState
		signer common.Address
		want   error
	}{
		{"owner", ready, owner, nil},
		{"owner while delegate set", withDelegate, owner, nil},
		{"delegate", withDelegate, delegate, nil},
		{"delegate cleared", ready, delegate, ErrNotAuthorized},
		{"stranger", withDelegate, stranger, ErrNotAuthorized},
		{"zero address when no delegate", ready, common.Address{}, ErrNotAuthorized},
		{"syncing", chain.SecretState{Owner: owner, IsSyncing: true, SecretType: 1}, owner, ErrSyncing},
		{"wrong type", chain.SecretState{Owner: owner, SecretType: 2}, owner, ErrSecretType},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := AuthorizeDecrypt(tc.st, tc.signer)
			if (tc.want == nil) != (err == nil) || (tc.want != nil && !errors.Is(err, tc.want)) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func TestReplayGuard(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	g := NewReplayGuard(10 * time.Minute)
	g.now = func() time.Time { return now }
	if err := g.Use("a", "sig1"); err != nil {
		t.Fatal(err)
	}
	for i := 1; i < DefaultMaxUses; i++ {
		if err := g.Use("a", "sig1"); err != nil {
			t.Fatalf("identical retry %d: %v", i, err)
		}
	}
	if err := g.Use("a", "sig1"); !errors.Is(err, ErrReplay) {
		t.Fatalf("replay past the bound: got %v", err)
	}
	if err := g.UseBy("a", "sig1", "other black box"); !errors.Is(err, ErrUsedElsewhere) {
		t.Fatalf("another user: got %v", err)
	}
	if err := g.Use("a", "sig2"); err != nil {
		t.Fatalf("same data, other signature: %v", err)
	}
	if err := g.Use("a_", "sig1"); err != nil {
		t.Fatalf("other data: %v", err)
	}
	now = now.Add(11 * time.Minute)
	if err := g.Use("a", "sig1"); err != nil {
		t.Fatalf("after the window the guard forgets (freshness refuses it instead): %v", err)
	}
	if len(g.seen) != 1 {
		t.Fatalf("expired entries not pruned: %d left", len(g.seen))
	}
}

func TestRateLimiter(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	l := NewRateLimiter(2, 3)
	l.b.now = func() time.Time { return now }
	a, b := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	for i := 0; i < 3; i++ {
		if err := l.Allow(a); err != nil {
			t.Fatalf("burst request %d: %v", i, err)
		}
	}
	err := l.Allow(a)
	var rl *RateLimitError
	if !errors.As(err, &rl) || rl.RetryAfter <= 0 || rl.Signer != a {
		t.Fatalf("4th request: got %v", err)
	}
	if err := l.Allow(b); err != nil {
		t.Fatalf("another signer is not limited: %v", err)
	}
	now = now.Add(500 * time.Millisecond)
	if err := l.Allow(a); err != nil {
		t.Fatalf("after refill: %v", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("84532_7_0x1111111111111111111111111111111111111111_100_abc")
	f.Add("1_2_3")
	f.Add("_____")
	f.Fuzz(func(t *testing.T, data string) {
		r, err := Parse(data)
		if err != nil {
			return
		}
		// A parsed request re-formats to the same string, up to the
		// checksum case of the signer.
		again := Format(r.ChainID, r.SecretID, r.Signer, r.Block)
		if r.HasTail {
			again += "_" + r.Tail
		}
		if !strings.EqualFold(again, data) {
			t.Fatalf("Parse/Format mismatch: %q vs %q", again, data)
		}
		_ = r.VerifySignature("0x" + strings.Repeat("11", 65))
	})
}

// TestRecoveryCache checks that a remembered recovery answers only for its
// own hash and signature, and that the cache stays bounded.
func TestRecoveryCache(t *testing.T) {
	k, addr := newKey(t)
	other, _ := newKey(t)
	data := "1_2_" + addr.Hex() + "_3"
	sig := signWith(t, k, data)
	r, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 2 { // the second check is answered from the cache
		if err := r.VerifySignature(sig); err != nil {
			t.Fatalf("check %d: %v", i, err)
		}
	}
	// The same data signed by another key, and the same signature over
	// other data, must not be taken for the cached answer.
	if err := r.VerifySignature(signWith(t, other, data)); !errors.Is(err, ErrSignerMismatch) {
		t.Fatalf("other signer: %v", err)
	}
	r2, err := Parse("1_2_" + addr.Hex() + "_4")
	if err != nil {
		t.Fatal(err)
	}
	if err := r2.VerifySignature(sig); err == nil {
		t.Fatal("a signature over other data verified")
	}
	for i := range recoveryCacheSize + 10 {
		h := crypto.Keccak256([]byte{byte(i), byte(i >> 8)})
		s, err := crypto.Sign(h, k)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := recoverAddress(h, s); err != nil || got != addr {
			t.Fatalf("recover %d: %s, %v", i, got.Hex(), err)
		}
	}
	recovered.mu.Lock()
	n := len(recovered.m)
	recovered.mu.Unlock()
	if n > recoveryCacheSize {
		t.Fatalf("cache holds %d entries; bound %d", n, recoveryCacheSize)
	}
}

// BenchmarkVerifySignature measures a repeated check (answered by the
// cache) against the raw recovery it saves, in the same run.
func BenchmarkVerifySignature(b *testing.B) {
	k, addr := newKey(b)
	data := "84532_7_" + addr.Hex() + "_100"
	sig := signWith(b, k, data)
	r, err := Parse(data)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("repeated", func(b *testing.B) {
		for b.Loop() {
			if err := r.VerifySignature(sig); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("raw-recovery", func(b *testing.B) {
		raw, err := decodeSignature(sig)
		if err != nil {
			b.Fatal(err)
		}
		h := eip191Hash(data, len(data))
		for b.Loop() {
			if _, err := crypto.SigToPub(h, raw); err != nil {
				b.Fatal(err)
			}
		}
	})
}
