package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/cifer-network/cifer/testnet"
)

func init() {
	register(&command{
		name:    "testnet up",
		summary: "start a local network (dev chain, contracts, N staked nodes) and run the demo",
		run:     runTestnetUp,
	})
	register(&command{
		name:    "testnet down",
		summary: "stop the local network's processes (and, with --wipe, delete its state)",
		run:     runTestnetDown,
	})
}

func runTestnetUp(ctx context.Context, env *cliEnv, args []string) error {
	fs := newFlagSet(env, "testnet up")
	dir := fs.String("dir", "testnet-data", "directory for the testnet's state, data dirs and logs")
	nodes := fs.Int("nodes", 5, "number of operators and nodes (at least 5)")
	demo := fs.Bool("demo", true, "run the demo once the network is up")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %v", errUsage, fs.Args())
	}
	st, err := testnet.Up(ctx, testnet.Config{Dir: *dir, Nodes: *nodes, Log: env.log})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "testnet up: %d nodes, chain %d at %s\n", len(st.Nodes), st.ChainID, st.RPCURL)
	for i, n := range st.Nodes {
		fmt.Fprintf(env.stdout, "  node %d  %s  api %s  metrics %s  log %s\n", i+1, n.Identity.PeerID, n.APIURL, n.Metrics, n.Log)
	}
	if *demo {
		if err := testnet.Demo(ctx, st, env.stdout); err != nil {
			return fmt.Errorf("demo: %w (the network is still running; stop it with 'cifer testnet down --dir %s')", err, *dir)
		}
	}
	fmt.Fprintf(env.stdout, "\nThe APIs are HTTPS, issued by this testnet's dev CA %s (each certificate also carries\nits node's attestation statement). Trust the CA in the client:\n", st.CAFile)
	fmt.Fprintf(env.stdout, "  export NODE_EXTRA_CA_CERTS=%s   # Node.js / the TypeScript SDK\n", st.CAFile)
	fmt.Fprintf(env.stdout, "  export SSL_CERT_FILE=%s REQUESTS_CA_BUNDLE=%s   # Python (httpx, requests)\n", st.CAFile, st.CAFile)
	if len(st.Nodes) > 0 && st.Nodes[0].APIURL != "" {
		fmt.Fprintf(env.stdout, "  curl --cacert %s %s/healthz\n", st.CAFile, st.Nodes[0].APIURL)
	}
	fmt.Fprintf(env.stdout, "\nPoint the CLI at it:\n")
	fmt.Fprintf(env.stdout, "  export CIFER_DEPLOYMENT=%s\n", st.Deployment)
	fmt.Fprintf(env.stdout, "  export CIFER_BOOTSTRAP=%s\n", strings.Join(st.Bootstrap(), ","))
	fmt.Fprintf(env.stdout, "  export CIFER_CLIENT_KEY=%s   # a DEV ONLY pre-funded account\n", testnet.ClientKeyHex(len(st.Nodes), 0))
	fmt.Fprintf(env.stdout, "  cifer secret create\n")
	fmt.Fprintf(env.stdout, "\nStop it: cifer testnet down --dir %s [--wipe]\n", *dir)
	return nil
}

func runTestnetDown(_ context.Context, env *cliEnv, args []string) error {
	fs := newFlagSet(env, "testnet down")
	dir := fs.String("dir", "testnet-data", "the testnet's directory")
	wipe := fs.Bool("wipe", false, "also delete the directory (chain state is in memory and is gone anyway)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %v", errUsage, fs.Args())
	}
	if err := testnet.Down(*dir, *wipe, env.log); err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "testnet in %s stopped\n", *dir)
	return nil
}
