package mesh

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/cifer-network/cifer/enclave"
)

func TestRunSmallMesh(t *testing.T) {
	for _, v := range []Verifier{VerifierReal, VerifierDouble} {
		t.Run(string(v), func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
			defer cancel()
			res, err := Run(ctx, Config{Nodes: 4, Verifier: v, Duration: 2 * time.Second,
				PublishInterval: 500 * time.Millisecond, Timeout: 60 * time.Second})
			if err != nil {
				t.Fatal(err)
			}
			if res.Nodes != 4 || res.Verifier != v || res.TimeToVerified <= 0 || res.TimeToVerified < res.StartUp {
				t.Fatalf("implausible result %+v", res)
			}
			if (v == VerifierReal) != (res.Setup > 0) {
				t.Fatalf("setup time %s with the %s verifier", res.Setup, v)
			}
			// With republishing every 500 ms, three peers' statements
			// must have reached each node during the 2 s window.
			if res.Delivered == 0 || res.PerNodePerMinute <= 0 {
				t.Fatalf("no gossip delivered: %+v", res)
			}
		})
	}
}

// TestRealVerifierRefusesUnregistered checks the real mesh verifies for
// real: a statement from a node that is not on-chain is refused by the
// verifier every node runs.
func TestRealVerifierRefusesUnregistered(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	n, err := prepareReal(ctx, Config{Nodes: 2, Verifier: VerifierReal}, func() {})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	if err := n.start(ctx); err != nil {
		t.Fatal(err)
	}
	if err := n.WaitFullyVerified(ctx); err != nil {
		t.Fatalf("2-node mesh: %v", err)
	}
	// A third enclave and identity, never registered.
	stranger := &realNode{}
	if err := n.openNode(2, stranger); err != nil {
		t.Fatal(err)
	}
	defer stranger.enc.Close()
	raw, err := stranger.issuer.Current(ctx)
	if err != nil {
		t.Fatal(err)
	}
	v := n.nodes[0].verifier
	if _, err := v.VerifyStatement(ctx, stranger.id, raw); !errors.Is(err, enclave.ErrNodeNotFound) {
		t.Fatalf("unregistered node's statement: %v, want %v", err, enclave.ErrNodeNotFound)
	}
	own, err := n.nodes[1].issuer.Current(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := v.VerifyStatement(ctx, stranger.id, own); !errors.Is(err, enclave.ErrPeerMismatch) {
		t.Fatalf("node 1's statement sent by a stranger: %v, want %v", err, enclave.ErrPeerMismatch)
	}
	if got, err := v.VerifyStatement(ctx, n.nodes[1].id, own); err != nil || got.EnclaveWallet != n.nodes[1].enc.Keys().Address() {
		t.Fatalf("node 1's own statement: %+v, %v", got, err)
	}
}

func TestParseVerifier(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Verifier
		ok   bool
	}{
		{"real", VerifierReal, true},
		{"double", VerifierDouble, true},
		{"", "", false},
		{"Real", "", false},
		{"sgx", "", false},
	} {
		got, err := ParseVerifier(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseVerifier(%q) = %q, %v", tc.in, got, err)
		}
	}
}

// BenchmarkMesh8 reports the time to a fully verified 8-node mesh with the
// real verifier; the
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
