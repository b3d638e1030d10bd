package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/cifer-network/cifer/bench/e2e"
)

func init() {
	register(&command{
		name:    "bench e2e",
		summary: "measure encrypt, decrypt (latency, throughput), create-to-synced on a local testnet",
		run:     runBenchE2E,
	})
}

func runBenchE2E(ctx context.Context, env *cliEnv, args []string) error {
	fs := newFlagSet(env, "bench e2e")
	dir := fs.String("dir", "", "a running testnet's directory (cifer testnet up --dir); empty: start one and stop it at the end")
	nodes := fs.Int("nodes", 5, "nodes of the testnet the benchmark starts")
	rate := fs.Float64("rate-per-second", 1e6, "per-signer decrypt limit of the nodes of a testnet the benchmark starts (0: node default)")
	burst := fs.Int("rate-burst", 1e6, "per-signer burst of a testnet the benchmark starts (0: node default)")
	verify := fs.Int("verify-endpoints", 0, "verified chain reads in the testnet the benchmark starts, over this many RPC endpoints (0: off)")
	wallets := fs.Int("wallets", 3, "client wallets, each decrypting its own secret")
	iterations := fs.Int("iterations", 300, "samples for encryption, the floor and decrypt latency at concurrency 1")
	duration := fs.Duration("duration", 5*time.Second, "how long each throughput level runs")
	conc := fs.String("concurrency", "1,8,32,128", "comma-separated throughput concurrency levels")
	out := fs.String("out", "", "write the report as JSON to this file")
	profile := fs.String("profile-dir", "", "write CPU profiles (Black Box, another node, the clients) taken during one throughput level here")
	profileAt := fs.Int("profile-at", 32, "the concurrency level to profile")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %v", errUsage, fs.Args())
	}
	levels, err := parseLevels(*conc)
	if err != nil {
		return err
	}
	if *iterations <= 0 || *duration <= 0 || *wallets <= 0 || *nodes < 5 || *rate < 0 || *burst < 0 {
		return fmt.Errorf("%w: --iterations, --duration and --wallets must be positive, --nodes at least 5", errUsage)
	}
	cfg := e2e.Config{Dir: *dir, Nodes: *nodes, Wallets: *wallets, Iterations: *iterations, Duration: *duration,
		Concurrency: levels, RatePerSecond: *rate, RateBurst: *burst, VerifyEndpoints: *verify, ProfileDir: *profile, ProfileAt: *profileAt, Log: env.log}
	if *dir == "" {
		tmp, err := os.MkdirTemp("", "cifer-bench-e2e-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		cfg.StartDir = tmp + "/testnet"
	}
	rep, err := e2e.Run(ctx, cfg)
	if err != nil {
		return fmt.Errorf("bench e2e: %w", err)
	}
	if err := rep.WriteTable(env.stdout); err != nil {
		return err
	}
	if *out != "" {
		if err := rep.WriteJSON(*out); err != nil {
			return fmt.Errorf("write %s: %w", *out, err)
		}
	}
	return nil
}

func parseLevels(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 || n > 4096 {
			return nil, fmt.Errorf("%w: --concurrency wants levels between 1 and 4096, got %q", errUsage, f)
		}
		out = append(out, n)
	}
	return out, nil
}
