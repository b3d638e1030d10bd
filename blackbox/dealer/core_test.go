package dealer

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/cifer-network/cifer/blackbox"
)

func TestVersionClock(t *testing.T) {
	at := time.Unix(1_000, 0)
	v := versionClock{now: func() time.Time { return at }}
	tests := []struct {
		name    string
		seen    uint32
		want    uint32
		wantErr error
	}{
		{name: "the time when nothing higher was seen", seen: 0, want: 1_000},
		{name: "strictly above the last one in the same second", seen: 0, want: 1_001},
		{name: "above every version seen", seen: 5_000, want: 5_001},
		{name: "never below a version handed out before", seen: 10, want: 5_002},
		// Finding: a deal above version 0xFFFFFFFF used to wrap to 0.
		{name: "no version above the largest", seen: math.MaxUint32, wantErr: ErrVersionsExhausted},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := v.next(tc.seen)
			if !errors.Is(err, tc.wantErr) || got != tc.want {
				t.Fatalf("next(%d) = %d, %v; want %d, %v", tc.seen, got, err, tc.want, tc.wantErr)
			}
		})
	}
	top := versionClock{now: func() time.Time { return at }, last: math.MaxUint32}
	if _, err := top.next(0); !errors.Is(err, ErrVersionsExhausted) {
		t.Fatalf("after the largest version: %v, want ErrVersionsExhausted", err)
	}
}

func TestWithSelfKey(t *testing.T) {
	members := []blackbox.ClusterMember{
		{Custodian: blackbox.Custodian{PeerID: "self", X: 1}},
		{Custodian: blackbox.Custodian{PeerID: "other", X: 2}},
		{Custodian: blackbox.Custodian{PeerID: "self", X: 3}, TransportKey: []byte("kept")},
	}
	out := withSelfKey(members, "self", []byte("mine"))
	if string(out[0].TransportKey) != "mine" || out[1].TransportKey != nil || string(out[2].TransportKey) != "kept" {
		t.Fatalf("filled keys: %q %q %q", out[0].TransportKey, out[1].TransportKey, out[2].TransportKey)
	}
	if members[0].TransportKey != nil {
		t.Fatal("withSelfKey changed its argument")
	}
	if got := withSelfKey(members, "", []byte("mine")); &got[0] != &members[0] {
		t.Fatal("without a self peer the members are returned as they are")
	}
}

func TestBackoff(t *testing.T) {
	b := backoff{min: time.Second, max: 5 * time.Second}
	var got []time.Duration
	for range 5 {
		got = append(got, b.next())
	}
	want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 5 * time.Second, 5 * time.Second}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("backoff %v, want %v", got, want)
		}
	}
}
