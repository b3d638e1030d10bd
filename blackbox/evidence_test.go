package blackbox

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/cifer-network/cifer/internal/testenclave"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

// TestEvidenceLogFromARealRebuild corrupts one custodian's share, rebuilds,
// and checks the signed evidence that lands on disk and in the metric.
func TestEvidenceLogFromARealRebuild(t *testing.T) {
	d, cs, m, _ := setup(t)
	m.down[cs[0].PeerID] = true
	m.corrupt[cs[1].PeerID] = true
	reporter, err := testenclave.New()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "evidence.jsonl")
	reg := prometheus.NewRegistry()
	ev, err := NewEvidenceLog(path, reporter, nil, reg)
	if err != nil {
		t.Fatal(err)
	}
	sk, err := (&Gatherer{Source: m, Evidence: holdUntilReported(m, cs[4].PeerID, ev)}).Rebuild(context.Background(), d.Record, cs, custodyRequest())
	if err != nil {
		t.Fatal(err)
	}
	sk.Zero()

	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var recs []EvidenceRecord
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r EvidenceRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	if len(recs) != 1 || recs[0].Custodian != cs[1].PeerID || recs[0].X != 2 || recs[0].Reporter != reporter.Address().Hex() {
		t.Fatalf("evidence: %+v", recs)
	}
	if err := recs[0].Verify(); err != nil {
		t.Fatalf("evidence does not verify: %v", err)
	}
	tampered := recs[0]
	tampered.X = 3
	if err := tampered.Verify(); err == nil {
		t.Fatal("tampered evidence verifies")
	}
	var mv dto.Metric
	if err := ev.counter.WithLabelValues(cs[1].PeerID).Write(&mv); err != nil || mv.GetCounter().GetValue() != 1 {
		t.Fatalf("metric = %v (%v)", mv.GetCounter().GetValue(), err)
	}
	if n, err := reg.Gather(); err != nil || len(n) != 1 {
		t.Fatalf("registered metrics: %d, %v", len(n), err)
	}
}
