package blackbox

import (
	"context"
	"testing"
	"time"

	"github.com/cifer-network/cifer/custody"
)

// With every custodian honest, only t are asked, the preferred one (the
// Black Box's own) among them: each release costs the cluster work.
func TestRebuildAsksOnlyThresholdPreferredFirst(t *testing.T) {
	for range 20 {
		d, cs, m, _ := setup(t)
		g := &Gatherer{Source: m, Evidence: &evidenceLog{}, Prefer: cs[3].PeerID, HedgeAfter: time.Minute}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		sk, err := g.Rebuild(ctx, d.Record, cs, custody.FetchRequest{})
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		sk.Zero()
		m.mu.Lock()
		total := 0
		for _, n := range m.asked {
			total += n
		}
		preferred := m.asked[cs[3].PeerID]
		m.mu.Unlock()
		if total != int(d.Record.Threshold) || preferred != 1 {
			t.Fatalf("asked %v (total %d), want %d with the preferred custodian", m.asked, total, d.Record.Threshold)
		}
	}
}

// A custodian that never answers is passed over once HedgeAfter elapses.
func TestRebuildHedgesPastAHangingCustodian(t *testing.T) {
	d, cs, m, _ := setup(t)
	m.block[cs[0].PeerID] = true
	g := &Gatherer{Source: m, Evidence: &evidenceLog{}, Prefer: cs[0].PeerID, HedgeAfter: 10 * time.Millisecond}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	sk, err := g.Rebuild(ctx, d.Record, cs, custody.FetchRequest{})
	if err != nil {
		t.Fatalf("a hanging custodian among the first asked must not block the rebuild: %v", err)
	}
	sk.Zero()
}
