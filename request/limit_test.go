package request

import (
	"errors"
	"net/netip"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// TestRateLimiterBounded is finding 10 of the key-safety review: a fresh
// key per request made a new bucket each, kept for at least a minute, so a
// flood grew the limiter without bound. The buckets are bounded.
func TestRateLimiterBounded(t *testing.T) {
	l := NewRateLimiter(1, 1)
	l.b.max = 100
	for i := range 1000 {
		var a common.Address
		a[0], a[1] = byte(i>>8), byte(i)
		if err := l.Allow(a); err != nil {
			t.Fatalf("fresh signer %d: %v", i, err)
		}
	}
	if n := len(l.b.byKey); n > 100 {
		t.Fatalf("%d buckets after 1,000 fresh signers, bound 100", n)
	}
}

// TestIPLimiter: a fresh signing key per request does not escape the limit
// of the address it comes from; IPv6 counts per /64; exempt prefixes and
// other addresses are not limited; the refusal names the address and says
// when to retry.
func TestIPLimiter(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	l := NewIPLimiter(10, 3, LoopbackPrefixes())
	l.b.now = func() time.Time { return now }
	tests := []struct {
		name    string
		ip      string
		allowed int // of 5 requests in the same instant
	}{
		{"an IPv4 address gets its burst", "203.0.113.7", 3},
		{"another IPv4 address has its own", "203.0.113.8", 3},
		{"an IPv4-mapped IPv6 address is the IPv4 one", "::ffff:203.0.113.7", 0},
		{"an IPv6 address gets its burst", "2001:db8:1:2::1", 3},
		{"its /64 neighbour shares it", "2001:db8:1:2::ffff", 0},
		{"the next /64 has its own", "2001:db8:1:3::1", 3},
		{"loopback is exempt", "127.0.0.1", 5},
		{"IPv6 loopback is exempt", "::1", 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ip := netip.MustParseAddr(tc.ip)
			ok := 0
			for range 5 {
				err := l.Allow(ip)
				if err == nil {
					ok++
					continue
				}
				var rl *RateLimitError
				if !errors.As(err, &rl) || !errors.Is(err, ErrRateLimited) || rl.RetryAfter <= 0 || !rl.IP.IsValid() {
					t.Fatalf("refusal %v", err)
				}
				if got := Classify(err).Code; got != CodeRateLimited {
					t.Fatalf("refusal classified %s", got)
				}
			}
			if ok != tc.allowed {
				t.Fatalf("%d of 5 allowed, want %d", ok, tc.allowed)
			}
		})
	}
	now = now.Add(time.Second)
	if err := l.Allow(netip.MustParseAddr("203.0.113.7")); err != nil {
		t.Fatalf("after refill: %v", err)
	}
	var none *IPLimiter
	if err := none.Allow(netip.MustParseAddr("203.0.113.7")); err != nil {
		t.Fatalf("a nil limiter limits: %v", err)
	}
}
