package p2p

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

// fakeClock is a clock tests move by hand.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{t: time.Unix(1_800_000_000, 0)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func vp(id string, expiry time.Time, key byte) VerifiedPeer {
	return VerifiedPeer{ID: peer.ID(id), TransportKey: []byte{key}, Expiry: expiry}
}

func TestVerifiedTableExpiry(t *testing.T) {
	clk := newFakeClock()
	tab := NewVerifiedTable(clk.Now)
	now := clk.Now()
	if tab.Put(vp("a", now, 1), []byte("a")) {
		t.Fatal("Put accepted a statement expiring now")
	}
	if !tab.Put(vp("a", now.Add(time.Minute), 1), []byte("a")) {
		t.Fatal("Put of a new peer did not report it added")
	}
	if !tab.Put(vp("b", now.Add(2*time.Minute), 1), []byte("b")) {
		t.Fatal("Put of a second peer did not report it added")
	}
	if tab.Put(vp("a", now.Add(time.Minute), 2), []byte("a2")) {
		t.Fatal("refreshing a live peer reported it as added")
	}

	for _, tc := range []struct {
		advance time.Duration
		wantA   bool
		wantB   bool
		wantLen int
	}{
		{0, true, true, 2},
		{59 * time.Second, true, true, 2},
		{time.Second, false, true, 1}, // a's expiry: exactly then it is gone
		{time.Minute, false, false, 0},
	} {
		clk.Advance(tc.advance)
		_, okA := tab.Get("a")
		_, okB := tab.Get("b")
		if okA != tc.wantA || okB != tc.wantB || tab.IsVerified("a") != tc.wantA {
			t.Fatalf("at +%s: a=%v b=%v, want a=%v b=%v", clk.Now().Sub(now), okA, okB, tc.wantA, tc.wantB)
		}
		if got := tab.Len(); got != tc.wantLen {
			t.Fatalf("at +%s: Len %d, want %d", clk.Now().Sub(now), got, tc.wantLen)
		}
		if got := len(tab.Peers()); got != tc.wantLen {
			t.Fatalf("at +%s: %d peers listed, want %d", clk.Now().Sub(now), got, tc.wantLen)
		}
	}
	// An expired entry no longer blocks a fresh statement, which counts as
	// a new peer again.
	if !tab.Put(vp("a", clk.Now().Add(time.Hour), 3), []byte("a3")) {
		t.Fatal("fresh statement after expiry not reported as added")
	}
}

func TestVerifiedTableNoRollback(t *testing.T) {
	clk := newFakeClock()
	tab := NewVerifiedTable(clk.Now)
	now := clk.Now()
	tab.Put(vp("a", now.Add(2*time.Hour), 2), []byte("newer"))
	// A replayed, older but still valid statement is ignored.
	if tab.Put(vp("a", now.Add(time.Hour), 1), []byte("older")) {
		t.Fatal("older statement reported as added")
	}
	got, ok := tab.Get("a")
	if !ok || got.TransportKey[0] != 2 || !got.Expiry.Equal(now.Add(2*time.Hour)) {
		t.Fatalf("older statement replaced the newer one: %+v", got)
	}
	// A later statement replaces it (same expiry too: a re-issue).
	tab.Put(vp("a", now.Add(3*time.Hour), 3), []byte("latest"))
	if got, _ := tab.Get("a"); got.TransportKey[0] != 3 {
		t.Fatalf("newer statement not taken: %+v", got)
	}
	tab.Put(vp("a", now.Add(3*time.Hour), 4), []byte("reissue"))
	if got, _ := tab.Get("a"); got.TransportKey[0] != 4 {
		t.Fatalf("statement with equal expiry not taken: %+v", got)
	}
}

func TestVerifiedTablePruneAndRemove(t *testing.T) {
	clk := newFakeClock()
	tab := NewVerifiedTable(clk.Now)
	now := clk.Now()
	tab.Put(vp("a", now.Add(time.Minute), 1), []byte("a"))
	tab.Put(vp("b", now.Add(time.Hour), 1), []byte("b"))
	tab.Put(vp("c", now.Add(time.Minute), 1), []byte("c"))
	if got := tab.Prune(); len(got) != 0 {
		t.Fatalf("Prune dropped %v before anything expired", got)
	}
	clk.Advance(time.Minute)
	got := tab.Prune()
	slices.Sort(got)
	if !slices.Equal(got, []peer.ID{"a", "c"}) {
		t.Fatalf("Prune dropped %v, want [a c]", got)
	}
	if got := tab.Prune(); len(got) != 0 {
		t.Fatalf("second Prune dropped %v", got)
	}
	tab.Remove("b")
	if tab.IsVerified("b") || tab.Len() != 0 {
		t.Fatal("Remove left the peer in the table")
	}
}

// scriptedVerifier answers VerifyStatement from a map keyed by raw
// statement, and counts calls.
type scriptedVerifier struct {
	mu      sync.Mutex
	answers map[string]error
	calls   map[peer.ID]int
	before  func(raw []byte) // runs inside VerifyStatement, if set
}

func (s *scriptedVerifier) VerifyStatement(_ context.Context, from peer.ID, raw []byte) (VerifiedPeer, error) {
	if s.before != nil {
		s.before(raw)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.calls == nil {
		s.calls = map[peer.ID]int{}
	}
	s.calls[from]++
	if err := s.answers[string(raw)]; err != nil {
		return VerifiedPeer{}, err
	}
	return VerifiedPeer{ID: from}, nil
}

type tempErr struct{}

func (tempErr) Error() string   { return "chain unreachable" }
func (tempErr) Temporary() bool { return true }

func TestVerifiedTableRevalidate(t *testing.T) {
	clk := newFakeClock()
	tab := NewVerifiedTable(clk.Now)
	now := clk.Now()
	tab.Put(vp("ok", now.Add(time.Hour), 1), []byte("ok"))
	tab.Put(vp("unbonded", now.Add(time.Hour), 1), []byte("unbonded"))
	tab.Put(vp("rpc-down", now.Add(time.Hour), 1), []byte("rpc-down"))
	tab.Put(vp("timeout", now.Add(time.Hour), 1), []byte("timeout"))
	tab.Put(vp("expiring", now.Add(time.Minute), 1), []byte("expiring"))
	clk.Advance(time.Minute)

	v := &scriptedVerifier{answers: map[string]error{
		"unbonded": errors.New("inactive_node"),
		"rpc-down": tempErr{},
		"timeout":  context.DeadlineExceeded,
	}}
	dropped, err := tab.Revalidate(context.Background(), v)
	if err != nil {
		t.Fatalf("Revalidate: %v", err)
	}
	slices.Sort(dropped)
	if !slices.Equal(dropped, []peer.ID{"expiring", "unbonded"}) {
		t.Fatalf("dropped %v, want [expiring unbonded]", dropped)
	}
	for _, id := range []peer.ID{"ok", "rpc-down", "timeout"} {
		if !tab.IsVerified(id) {
			t.Errorf("%s dropped; a temporary failure or a pass must keep it", id)
		}
	}
	if v.calls["expiring"] != 0 {
		t.Error("an expired entry was re-verified instead of pruned")
	}
	if tab.Len() != 3 {
		t.Fatalf("Len %d after Revalidate, want 3", tab.Len())
	}
}

func TestVerifiedTableRevalidateKeepsNewerStatement(t *testing.T) {
	clk := newFakeClock()
	tab := NewVerifiedTable(clk.Now)
	now := clk.Now()
	tab.Put(vp("a", now.Add(time.Hour), 1), []byte("old"))
	// While the old statement is being checked (and fails), a newer one
	// arrives, verified against the new chain state: it must stay.
	v := &scriptedVerifier{
		answers: map[string]error{"old": errors.New("measurement_not_allowed")},
		before: func(raw []byte) {
			if string(raw) == "old" {
				tab.Put(vp("a", now.Add(2*time.Hour), 2), []byte("new"))
			}
		},
	}
	dropped, err := tab.Revalidate(context.Background(), v)
	if err != nil || len(dropped) != 0 {
		t.Fatalf("dropped %v, err %v; want nothing", dropped, err)
	}
	if got, ok := tab.Get("a"); !ok || got.TransportKey[0] != 2 {
		t.Fatalf("newer statement lost: %+v %v", got, ok)
	}
}

// TestVerifiedTableStaleVerdictAfterRevalidate is the race a busy node hit
// at an epoch: gossip from an unbonded peer was found in the table (or
// verified against the old chain state) just before Revalidate dropped it,
// and recorded just after, so the peer was verified again. A verdict
// reached before a revalidation began must not be recorded after it.
func TestVerifiedTableStaleVerdictAfterRevalidate(t *testing.T) {
	clk := newFakeClock()
	tab := NewVerifiedTable(clk.Now)
	exp := clk.Now().Add(time.Hour)
	tab.Put(vp("leaver", exp, 1), []byte("leaver"))
	tab.Put(vp("stayer", exp, 1), []byte("stayer"))

	// Gossip from both is being validated: both are held, so both verdicts
	// are taken from the table, before the epoch.
	gen := tab.Generation()
	leaver, ok := tab.Holds("leaver", []byte("leaver"))
	if !ok {
		t.Fatal("leaver's statement not held")
	}

	v := &scriptedVerifier{answers: map[string]error{"leaver": errors.New("inactive_node")}}
	dropped, err := tab.Revalidate(context.Background(), v)
	if err != nil || !slices.Equal(dropped, []peer.ID{"leaver"}) {
		t.Fatalf("Revalidate dropped %v, err %v; want [leaver]", dropped, err)
	}

	// The verdict lands after the drop.
	if tab.PutAt(leaver, []byte("leaver"), gen) || tab.IsVerified("leaver") {
		t.Fatal("a verdict from before the revalidation brought the dropped peer back")
	}
	if !tab.IsVerified("stayer") {
		t.Fatal("the peer that still verifies was dropped")
	}
	// A verdict reached after the revalidation began is recorded.
	if !tab.PutAt(leaver, []byte("leaver"), tab.Generation()) {
		t.Fatal("a current verdict was not recorded")
	}
}

func TestVerifiedTableRevalidateCancelled(t *testing.T) {
	tab := NewVerifiedTable(nil)
	tab.Put(vp("a", time.Now().Add(time.Hour), 1), []byte("a"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	v := &scriptedVerifier{answers: map[string]error{"a": errors.New("inactive_node")}}
	if _, err := tab.Revalidate(ctx, v); !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
	if !tab.IsVerified("a") {
		t.Fatal("a cancelled Revalidate dropped a peer")
	}
}

func TestGaterBanExpiry(t *testing.T) {
	clk := newFakeClock()
	g := NewGater(clk.Now)
	const p = peer.ID("bad")
	allowed := func() bool {
		return g.InterceptPeerDial(p) && g.InterceptAddrDial(p, nil) && g.InterceptSecured(0, p, nil)
	}
	if g.IsBanned(p) || !allowed() {
		t.Fatal("unknown peer refused")
	}
	g.Ban(p, 0) // no-op
	g.Ban(p, -time.Second)
	if g.IsBanned(p) {
		t.Fatal("a non-positive ban took effect")
	}
	g.Ban(p, 10*time.Minute)
	for _, tc := range []struct {
		advance time.Duration
		banned  bool
	}{
		{0, true},
		{10*time.Minute - time.Nanosecond, true},
		{time.Nanosecond, false}, // the ban ends exactly at its deadline
		{time.Hour, false},
	} {
		clk.Advance(tc.advance)
		if g.IsBanned(p) != tc.banned || allowed() == tc.banned {
			t.Fatalf("after +%s: banned=%v allowed=%v, want banned=%v", tc.advance, g.IsBanned(p), allowed(), tc.banned)
		}
	}
	// A later ban replaces the deadline; Unban lifts it early.
	g.Ban(p, time.Minute)
	g.Ban(p, time.Hour)
	clk.Advance(2 * time.Minute)
	if !g.IsBanned(p) {
		t.Fatal("re-ban with a longer duration did not extend the ban")
	}
	g.Unban(p)
	if g.IsBanned(p) || !allowed() {
		t.Fatal("Unban did not lift the ban")
	}
	if ok, _ := g.InterceptUpgraded(nil); !ok {
		t.Fatal("InterceptUpgraded refused")
	}
}

func TestVerifiedTableHolds(t *testing.T) {
	clk := newFakeClock()
	tab := NewVerifiedTable(clk.Now)
	tab.Put(vp("a", clk.Now().Add(time.Minute), 1), []byte("stmt-a"))
	for _, tc := range []struct {
		name string
		p    peer.ID
		raw  string
		want bool
	}{
		{"same peer, same bytes", "a", "stmt-a", true},
		{"same peer, other bytes", "a", "stmt-a2", false},
		{"another sender replaying a's statement", "b", "stmt-a", false},
		{"empty statement", "a", "", false},
	} {
		if _, ok := tab.Holds(tc.p, []byte(tc.raw)); ok != tc.want {
			t.Errorf("%s: Holds=%v, want %v", tc.name, ok, tc.want)
		}
	}
	clk.Advance(time.Minute)
	if _, ok := tab.Holds("a", []byte("stmt-a")); ok {
		t.Error("Holds an expired statement")
	}
	tab.Put(vp("c", clk.Now().Add(time.Hour), 1), []byte("stmt-c"))
	tab.Remove("c")
	if _, ok := tab.Holds("c", []byte("stmt-c")); ok {
		t.Error("Holds a removed (revalidated away) statement")
	}
}
