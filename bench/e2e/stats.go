// Package e2e measures the CIFER network end to end on a local testnet:
// client-side and Black Box encryption, decryption through the light
// client (latency and throughput at several concurrencies), the time from
// creating a secret to its being synced, and the floor of a local decrypt
// with the key in memory. 'cifer bench e2e' runs it.
package e2e

import (
	"math"
	"slices"
	"time"
)

// Latency summarises a set of samples. Durations are in microseconds in
// JSON so the file reads without unit conversions.
type Latency struct {
	N    int     `json:"n"`
	Min  float64 `json:"minUs"`
	Mean float64 `json:"meanUs"`
	P50  float64 `json:"p50Us"`
	P95  float64 `json:"p95Us"`
	P99  float64 `json:"p99Us"`
	Max  float64 `json:"maxUs"`
}

// Summarize computes the summary of samples (which it sorts in place).
// Percentiles use the nearest-rank method: the p-th percentile is the
// smallest sample with at least p% of samples at or below it, so a
// reported p99 is a latency that was actually observed.
func Summarize(samples []time.Duration) Latency {
	if len(samples) == 0 {
		return Latency{}
	}
	slices.Sort(samples)
	var sum time.Duration
	for _, s := range samples {
		sum += s
	}
	return Latency{
		N:    len(samples),
		Min:  us(samples[0]),
		Mean: us(sum / time.Duration(len(samples))),
		P50:  us(Percentile(samples, 50)),
		P95:  us(Percentile(samples, 95)),
		P99:  us(Percentile(samples, 99)),
		Max:  us(samples[len(samples)-1]),
	}
}

// Percentile returns the nearest-rank p-th percentile (0 < p <= 100) of
// sorted samples, or 0 for none.
func Percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(p / 100 * float64(len(sorted))))
	rank = min(max(rank, 1), len(sorted))
	return sorted[rank-1]
}

// Rate is n events over elapsed, per second (0 for an empty window).
func Rate(n int, elapsed time.Duration) float64 {
	if elapsed <= 0 {
		return 0
	}
	return float64(n) / elapsed.Seconds()
}

func us(d time.Duration) float64 {
	return math.Round(float64(d)/float64(time.Microsecond)*10) / 10
}
