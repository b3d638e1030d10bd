package request

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// gcmSealer stands in for the enclave's sealing.
type gcmSealer struct{ aead cipher.AEAD }

func newGCMSealer(t testing.TB) *gcmSealer {
	key := make([]byte, 32)
	_, _ = rand.Read(key)
	b, err := aes.NewCipher(key)
	if err != nil {
		t.Fatal(err)
	}
	a, err := cipher.NewGCM(b)
	if err != nil {
		t.Fatal(err)
	}
	return &gcmSealer{aead: a}
}

func (s *gcmSealer) Seal(p, ad []byte) ([]byte, error) {
	n := make([]byte, s.aead.NonceSize())
	_, _ = rand.Read(n)
	return s.aead.Seal(n, n, p, ad), nil
}

func (s *gcmSealer) Unseal(c, ad []byte) ([]byte, error) {
	ns := s.aead.NonceSize()
	if len(c) < ns {
		return nil, errors.New("short")
	}
	return s.aead.Open(nil, c[:ns], c[ns:], ad)
}

type usageClock struct{ t time.Time }

func (c *usageClock) now() time.Time { return c.t }

var (
	alice = common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	bob   = common.HexToAddress("0x0000000000000000000000000000000000000b0b")
)

func testPolicy() UsagePolicy {
	return UsagePolicy{Cycle: Monthly, Default: "free", RatePerSecond: 50,
		Plans: map[string]Plan{
			"free": {ID: "free", Encryption: Limits{Requests: 3}, Decryption: Limits{Bytes: 100}},
			"pro":  {ID: "pro"},
		},
		Signers: map[common.Address]string{bob: "pro"}}
}

func TestMeterLimits(t *testing.T) {
	clock := &usageClock{t: time.Date(2026, 12, 31, 23, 0, 0, 0, time.UTC)}
	m, err := NewMeter(testPolicy(), nil, clock.now)
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name    string
		signer  common.Address
		kind    UsageKind
		bytes   uint64
		refused bool
	}{
		{"enc 1", alice, Encryption, 10, false},
		{"enc 2", alice, Encryption, 10, false},
		{"enc 3", alice, Encryption, 10, false},
		{"enc 4 is over 3 requests", alice, Encryption, 1, true},
		{"dec 60 bytes", alice, Decryption, 60, false},
		{"dec 40 more: exactly the limit", alice, Decryption, 40, false},
		{"dec 1 more byte", alice, Decryption, 1, true},
		{"not metered is never refused", alice, NotMetered, 1 << 40, false},
		{"bob's plan is unlimited", bob, Encryption, 1 << 40, false},
		{"bob again", bob, Encryption, 1 << 40, false},
		{"bob again", bob, Encryption, 1 << 40, false},
		{"bob a fourth time", bob, Encryption, 1 << 40, false},
	}
	for _, s := range steps {
		err := m.Admit(s.signer, s.kind, s.bytes)
		if !s.refused {
			if err != nil {
				t.Fatalf("%s: %v", s.name, err)
			}
			continue
		}
		r := Classify(err)
		var ul *UsageLimitError
		if !errors.Is(err, ErrRateLimited) || !errors.As(err, &ul) || r.Code != CodeRateLimited || r.Code.HTTPStatus() != http.StatusTooManyRequests {
			t.Fatalf("%s: %v (code %s)", s.name, err, r.Code)
		}
		if r.RetryAfter != time.Hour || ul.Plan != "free" {
			t.Fatalf("%s: retry after %s on plan %q, want 1h (the period's end) on free", s.name, r.RetryAfter, ul.Plan)
		}
	}
	rep := m.Report(alice)
	if rep.Plan != "free" || rep.Encryption.Used != (Usage{Count: 3, Bytes: 30}) || rep.Decryption.Used != (Usage{Count: 2, Bytes: 100}) ||
		rep.Encryption.Limits.Requests != 3 || rep.Decryption.Limits.Bytes != 100 || rep.Encryption.RatePerSecond != 50 {
		t.Fatalf("alice's report: %+v", rep)
	}
	if !rep.PeriodStart.Equal(time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)) || !rep.PeriodEnd.Equal(time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("period %s..%s", rep.PeriodStart, rep.PeriodEnd)
	}
	// A new period starts from zero.
	clock.t = clock.t.Add(time.Hour)
	if err := m.Admit(alice, Encryption, 1); err != nil {
		t.Fatalf("first request of the new period: %v", err)
	}
	if rep := m.Report(alice); rep.Encryption.Used != (Usage{Count: 1, Bytes: 1}) || rep.Decryption.Used != (Usage{}) {
		t.Fatalf("report in the new period: %+v", rep)
	}
}

func TestMeterPolicyErrors(t *testing.T) {
	for name, mut := range map[string]func(*UsagePolicy){
		"cycle":         func(p *UsagePolicy) { p.Cycle = "weekly" },
		"default":       func(p *UsagePolicy) { p.Default = "gold" },
		"signer's plan": func(p *UsagePolicy) { p.Signers[alice] = "gold" },
	} {
		p := testPolicy()
		mut(&p)
		if _, err := NewMeter(p, nil, nil); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestMeterDurable: counts survive a restart, the file the host sees names
// no signer, a frame torn by a crash is dropped and anything else that was
// not written by us is an error.
func TestMeterDurable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "usage")
	sealer := newGCMSealer(t)
	clock := &usageClock{t: time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)}
	open := func() *Meter {
		t.Helper()
		f, err := OpenUsageFile(path, sealer)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = f.Close() })
		m, err := NewMeter(testPolicy(), f, clock.now)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	m := open()
	for range 2 {
		if err := m.Admit(alice, Encryption, 7); err != nil {
			t.Fatal(err)
		}
	}
	if err := m.Admit(alice, Decryption, 5); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(path)
	if bytes.Contains(raw, alice[:]) {
		t.Fatal("the usage file names the signer in the clear")
	}
	// A crash mid-write: half a frame at the end.
	if err := os.WriteFile(path, append(raw, 0, 0, 0, 40, 1, 2, 3), 0o600); err != nil {
		t.Fatal(err)
	}
	m = open()
	want := UsageReport{Encryption: KindReport{Used: Usage{Count: 2, Bytes: 14}}, Decryption: KindReport{Used: Usage{Count: 1, Bytes: 5}}}
	if rep := m.Report(alice); rep.Encryption.Used != want.Encryption.Used || rep.Decryption.Used != want.Decryption.Used {
		t.Fatalf("after restart: %+v", rep)
	}
	// The limit holds across the restart: one more encryption, then 429.
	if err := m.Admit(alice, Encryption, 1); err != nil {
		t.Fatal(err)
	}
	if err := m.Admit(alice, Encryption, 1); !errors.Is(err, ErrRateLimited) {
		t.Fatalf("fourth encryption after restart: %v", err)
	}
	m = open()
	if rep := m.Report(alice); rep.Encryption.Used.Count != 3 {
		t.Fatalf("after a second restart: %+v", rep)
	}
	// A changed byte in a frame that is not the last is refused.
	if err := m.Admit(alice, Decryption, 1); err != nil {
		t.Fatal(err)
	}
	raw2, _ := os.ReadFile(path)
	raw2[len(usageMagic)+10] ^= 1
	if err := os.WriteFile(path, raw2, 0o600); err != nil {
		t.Fatal(err)
	}
	f, _ := OpenUsageFile(path, sealer)
	if _, err := NewMeter(testPolicy(), f, clock.now); !errors.Is(err, ErrUsageFile) {
		t.Fatalf("tampered file: %v", err)
	}
}

func FuzzUsageFile(f *testing.F) {
	u := &UsageFile{}
	good, _ := u.frame([]byte(usageMagic), UsageRecord{Kind: Decryption, PeriodStart: time.Unix(1700000000, 0), Signer: alice, Count: 3, Bytes: 9})
	f.Add(good)
	f.Add([]byte(usageMagic))
	f.Add(append([]byte(usageMagic), 0, 0, 0, 45))
	f.Fuzz(func(t *testing.T, b []byte) {
		recs, n, err := u.decode(b)
		if err != nil {
			return
		}
		if n > len(b) {
			t.Fatalf("good length %d of %d bytes", n, len(b))
		}
		// What decodes re-encodes to exactly the good prefix.
		out := []byte(usageMagic)
		for _, r := range recs {
			out, _ = u.frame(out, r)
		}
		if !bytes.Equal(out, b[:n]) {
			t.Fatalf("re-encoding differs:\n%x\n%x", out, b[:n])
		}
	})
}
