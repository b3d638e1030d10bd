package enclave

import (
	"errors"
	"testing"
	"time"
)

// TestNotYetValidIsTemporary is the security finding "clock skew": a
// statement issued a little in the future came from a peer whose clock is
// ahead, not from a liar, and it becomes valid by itself. Refusing it as
// permanent got the peer banned for the ban duration, so a few seconds of
// skew cut an honest node off the mesh.
func TestNotYetValidIsTemporary(t *testing.T) {
	p := &Policy{MaxClockSkew: DefaultMaxClockSkew}
	tests := []struct {
		name      string
		issuedIn  time.Duration
		refused   bool
		temporary bool
	}{
		{name: "5 s ahead is within the default skew", issuedIn: 5 * time.Second},
		{name: "an hour ahead is refused, but only for now", issuedIn: time.Hour, refused: true, temporary: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			now := time.Unix(1_800_000_000, 0)
			err := p.checkIssuedAt(now.Add(tc.issuedIn), now)
			if (err != nil) != tc.refused {
				t.Fatalf("refused = %v (%v), want %v", err != nil, err, tc.refused)
			}
			if err == nil {
				return
			}
			var pe *PolicyError
			if !errors.As(err, &pe) || pe.Code != ReasonNotYetValid || pe.Temporary() != tc.temporary {
				t.Fatalf("refusal %v: temporary = %v, want %v", err, pe != nil && pe.Temporary(), tc.temporary)
			}
		})
	}
	if DefaultMaxClockSkew < 30*time.Second {
		t.Fatalf("default skew %s, want at least 30s", DefaultMaxClockSkew)
	}
}
