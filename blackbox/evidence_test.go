package blackbox_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/blackbox/blackboxtest"
	"github.com/cifer-network/cifer/internal/testenclave"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

// TestEvidenceLogFromARealRebuild corrupts one custodian's share, rebuilds,
// and checks the signed evidence that lands on disk and in the metric.
func TestEvidenceLogFromARealRebuild(t *testing.T) {
	d, cs, m, _ := blackboxtest.DealtCluster(t)
	m.Down[cs[0].PeerID] = true
	m.Corrupt[cs[1].PeerID] = true
	reporter, err := testenclave.New()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "evidence.jsonl")
	reg := prometheus.NewRegistry()
	ev, err := blackbox.NewEvidenceLog(path, reporter, nil, reg)
	if err != nil {
		t.Fatal(err)
	}
	sk, err := (&blackbox.Gatherer{Source: m, Evidence: holdUntilReported(m, cs[4].PeerID, ev)}).Rebuild(context.Background(), d.Record, cs, custodyRequest())
	if err != nil {
		t.Fatal(err)
	}
	sk.Zero()

	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var recs []blackbox.EvidenceRecord
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r blackbox.EvidenceRecord
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
	// The counter, read back through the registry it was registered with.
	if got := badShareCounter(t, reg, cs[1].PeerID); got != 1 {
		t.Fatalf("metric for %s = %v, want 1", cs[1].PeerID, got)
	}
	if n, err := reg.Gather(); err != nil || len(n) != 1 {
		t.Fatalf("registered metrics: %d, %v", len(n), err)
	}
}

// badShareCounter is the evidence log's counter for one custodian, 0 when
// it has no sample.
func badShareCounter(t *testing.T, reg *prometheus.Registry, custodian string) float64 {
	t.Helper()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var mv *dto.Metric
	for _, f := range families {
		for _, m := range f.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetValue() == custodian {
					mv = m
				}
			}
		}
	}
	return mv.GetCounter().GetValue()
}
