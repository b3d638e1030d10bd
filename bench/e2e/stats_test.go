package e2e

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestPercentileNearestRank(t *testing.T) {
	var s []time.Duration
	for i := 1; i <= 100; i++ {
		s = append(s, time.Duration(i)*time.Millisecond)
	}
	for _, tc := range []struct {
		p    float64
		want time.Duration
	}{{50, 50 * time.Millisecond}, {95, 95 * time.Millisecond}, {99, 99 * time.Millisecond}, {100, 100 * time.Millisecond}, {0.1, time.Millisecond}} {
		if got := Percentile(s, tc.p); got != tc.want {
			t.Errorf("p%v = %v, want %v", tc.p, got, tc.want)
		}
	}
	// Few samples: p99 of three is the largest, never an interpolated value.
	three := []time.Duration{1, 2, 30}
	if got := Percentile(three, 99); got != 30 {
		t.Errorf("p99 of 3 samples = %v, want 30", got)
	}
	if got := Percentile(three, 50); got != 2 {
		t.Errorf("p50 of 3 samples = %v, want 2", got)
	}
	if got := Percentile(nil, 50); got != 0 {
		t.Errorf("p50 of none = %v", got)
	}
}

func TestSummarizeSortsAndConverts(t *testing.T) {
	l := Summarize([]time.Duration{3 * time.Millisecond, 1500 * time.Nanosecond, 2 * time.Millisecond, time.Millisecond})
	want := Latency{N: 4, Min: 1.5, Mean: 1500.4, P50: 1000, P95: 3000, P99: 3000, Max: 3000}
	if l != want {
		t.Fatalf("got %+v, want %+v", l, want)
	}
	if (Summarize(nil) != Latency{}) {
		t.Fatal("empty summary not zero")
	}
}

func TestRate(t *testing.T) {
	if got := Rate(500, 250*time.Millisecond); got != 2000 {
		t.Errorf("Rate = %v, want 2000", got)
	}
	if got := Rate(5, 0); got != 0 {
		t.Errorf("Rate over nothing = %v", got)
	}
}

func TestCPUModel(t *testing.T) {
	info := "processor\t: 0\nvendor_id\t: X\nmodel name\t: Some CPU 9000\nflags\t: a b\n\nprocessor\t: 1\nmodel name\t: Some CPU 9000\n"
	if got := CPUModel(info); got != "Some CPU 9000" {
		t.Errorf("CPUModel = %q", got)
	}
	if got := CPUModel("processor : 0\n"); got != "" {
		t.Errorf("CPUModel without model = %q", got)
	}
}

func TestReportTableAndJSON(t *testing.T) {
	r := &Report{
		Machine: Machine{CPUs: 2, CPUModel: "Some CPU"}, Nodes: 5, Wallets: 3, PayloadBytes: PayloadSize,
		ClientEncrypt:    Latency{N: 10, P50: 12.5, P95: 20, P99: 30},
		Decrypt:          Latency{N: 10, P50: 2500, P95: 4000, P99: 9000},
		Throughput:       []Throughput{{Concurrency: 32, Decrypts: 100, Errors: 2, RateLimited: 1, PerSecond: 1234, FirstError: "boom"}},
		CreateToSynced:   []Sync{{SecretID: 7, Blocks: 2, Ms: 900}},
		LocalOpen:        Latency{N: 10, P50: 20},
		DecryptOverFloor: 125,
	}
	var b bytes.Buffer
	if err := r.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"12.5 µs", "2.50 ms", "9.00 ms", "1234/s", "2 (1 rate-limited)", "secret 7 in 2 blocks, 900 ms", "125x", "c=32 first error: boom"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	path := filepath.Join(t.TempDir(), "r.json")
	if err := r.WriteJSON(path); err != nil {
		t.Fatal(err)
	}
	var back Report
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	if back.Decrypt.P99 != 9000 || back.Throughput[0].PerSecond != 1234 || back.CreateToSynced[0].Blocks != 2 {
		t.Fatalf("round trip lost fields: %+v", back)
	}
}
