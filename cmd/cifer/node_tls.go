package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/cifer-network/cifer/internal/atomicfile"
	"github.com/cifer-network/cifer/node"
)

func init() {
	register(&command{
		name:    "node tls-csr",
		summary: "write a certificate request for the node's enclave-made API TLS key (http.tls = csr)",
		run:     runNodeTLSCSR,
	})
}

func runNodeTLSCSR(_ context.Context, env *cliEnv, args []string) error {
	fs := newFlagSet(env, "node tls-csr")
	dataDir := fs.String("data-dir", "", "the node's data directory (required; its config.toml is read)")
	names := fs.String("names", "", "comma-separated DNS names and IP addresses for the certificate (required)")
	out := fs.String("out", "", "file to write the PEM request to (default: standard output)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dataDir == "" || *names == "" || fs.NArg() > 0 {
		return fmt.Errorf("%w: --data-dir and --names are required and no arguments are taken", errUsage)
	}
	cfg, err := node.LoadConfig(filepath.Join(*dataDir, "config.toml"), os.Environ())
	if err != nil {
		return err
	}
	var list []string
	for _, n := range strings.Split(*names, ",") {
		if n = strings.TrimSpace(n); n != "" {
			list = append(list, n)
		}
	}
	pemCSR, err := node.TLSCSR(cfg, list, env.log)
	if err != nil {
		return err
	}
	if *out == "" {
		_, err = env.stdout.Write(pemCSR)
		return err
	}
	if err := atomicfile.Write(*out, pemCSR, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "certificate request for %s written to %s\nhave it issued, put the chain (leaf first) at http.tls-cert-file and set http.tls = \"csr\"\n", strings.Join(list, ", "), *out)
	return nil
}
