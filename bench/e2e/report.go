package e2e

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"text/tabwriter"
)

// WriteTable prints the report as the table docs/BENCHMARKS.md shows.
func (r *Report) WriteTable(w io.Writer) error {
	started := "running testnet"
	if r.StartedByRun {
		started = "testnet started by the run"
		if r.RatePerSecond > 0 {
			started += fmt.Sprintf(", per-signer limit %.0f/s burst %d", r.RatePerSecond, r.RateBurst)
		}
	}
	fmt.Fprintf(w, "%d nodes (%s), %d client wallets, %d-byte payloads; %d CPUs (%s), %s\n",
		r.Nodes, started, r.Wallets, r.PayloadBytes, r.Machine.CPUs, r.Machine.CPUModel, r.Machine.GoVersion)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "measure\tn\tp50\tp95\tp99\tthroughput\terrors")
	row := func(name string, l Latency, extra string) {
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t\n", name, l.N, fmtUs(l.P50), fmtUs(l.P95), fmtUs(l.P99), extra)
	}
	row("client-side encrypt", r.ClientEncrypt, "-\t-")
	row("encrypt via Black Box (HTTP)", r.BlackBoxEncrypt, "-\t-")
	row("decrypt end to end, c=1", r.Decrypt, "-\t-")
	row("decrypt via HTTP, elected node, c=1", r.HTTPDecrypt, "-\t-")
	row("decrypt via HTTP through a gateway, c=1", r.GatewayDecrypt, "-\t-")
	for _, t := range r.Throughput {
		errs := fmt.Sprintf("%d", t.Errors)
		if t.RateLimited > 0 {
			errs += fmt.Sprintf(" (%d rate-limited)", t.RateLimited)
		}
		row(fmt.Sprintf("decrypt throughput, c=%d", t.Concurrency), t.Latency, fmt.Sprintf("%.0f/s\t%s", t.PerSecond, errs))
	}
	row("local floor: envelope.Open", r.LocalOpen, "-\t-")
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, s := range r.CreateToSynced {
		fmt.Fprintf(w, "create to synced: secret %d in %d blocks, %.0f ms\n", s.SecretID, s.Blocks, s.Ms)
	}
	fmt.Fprintf(w, "end-to-end decrypt p50 / local floor p50: %.0fx\n", r.DecryptOverFloor)
	for _, t := range r.Throughput {
		if t.FirstError != "" {
			fmt.Fprintf(w, "c=%d first error: %s\n", t.Concurrency, t.FirstError)
		}
	}
	return nil
}

// WriteJSON writes the report to path.
func (r *Report) WriteJSON(path string) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// fmtUs prints microseconds in the unit that reads best.
func fmtUs(v float64) string {
	switch {
	case v == 0:
		return "-"
	case v < 1000:
		return fmt.Sprintf("%.1f µs", v)
	default:
		return fmt.Sprintf("%.2f ms", v/1000)
	}
}
