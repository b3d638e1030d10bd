package meshbench

import (
	"context"
	"testing"
	"time"
)

func TestRunSmallMesh(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	res, err := Run(ctx, Config{Nodes: 4, Duration: 2 * time.Second, PublishInterval: 500 * time.Millisecond, Timeout: 60 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if res.Nodes != 4 || res.TimeToVerified <= 0 || res.TimeToVerified < res.StartUp {
		t.Fatalf("implausible result %+v", res)
	}
	// With republishing every 500 ms, three peers' statements must have
	// reached each node during the 2 s window.
	if res.Delivered == 0 || res.PerNodePerMinute <= 0 {
		t.Fatalf("no gossip delivered: %+v", res)
	}
}

// BenchmarkMesh8 reports the time to a fully verified 8-node mesh; the
// 16- and 32-node figures come from `cifer bench mesh`.
func BenchmarkMesh8(b *testing.B) {
	for b.Loop() {
		res, err := Run(context.Background(), Config{Nodes: 8})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(res.TimeToVerified.Seconds(), "s-to-verified")
	}
}
