package blackbox_test

import (
	"context"
	"testing"
	"time"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/blackbox/blackboxtest"
	"github.com/cifer-network/cifer/custody"
)

// With every custodian honest, only t are asked, the preferred one (the
// Black Box's own) among them: each release costs the cluster work.
func TestRebuildAsksOnlyThresholdPreferredFirst(t *testing.T) {
	for range 20 {
		d, cs, m, _ := blackboxtest.DealtCluster(t)
		g := &blackbox.Gatherer{Source: m, Evidence: &evidenceLog{}, Prefer: cs[3].PeerID, HedgeAfter: time.Minute}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		sk, err := g.Rebuild(ctx, d.Record, cs, custody.FetchRequest{})
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		sk.Zero()
		m.Mu.Lock()
		total := 0
		for _, n := range m.Asked {
			total += n
		}
		preferred := m.Asked[cs[3].PeerID]
		m.Mu.Unlock()
		if total != int(d.Record.Threshold) || preferred != 1 {
			t.Fatalf("asked %v (total %d), want %d with the preferred custodian", m.Asked, total, d.Record.Threshold)
		}
	}
}

// A custodian that never answers is passed over once HedgeAfter elapses.
func TestRebuildHedgesPastAHangingCustodian(t *testing.T) {
	d, cs, m, _ := blackboxtest.DealtCluster(t)
	m.Block[cs[0].PeerID] = true
	g := &blackbox.Gatherer{Source: m, Evidence: &evidenceLog{}, Prefer: cs[0].PeerID, HedgeAfter: 10 * time.Millisecond}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	sk, err := g.Rebuild(ctx, d.Record, cs, custody.FetchRequest{})
	if err != nil {
		t.Fatalf("a hanging custodian among the first asked must not block the rebuild: %v", err)
	}
	sk.Zero()
}
