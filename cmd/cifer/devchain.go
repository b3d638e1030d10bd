package main

import (
	"context"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/ethereum/go-ethereum/crypto"
)

func init() {
	register(&command{
		name:    "devchain",
		summary: "run an embedded EVM dev chain with pre-funded accounts (DEV ONLY)",
		run:     runDevchain,
	})
}

func runDevchain(ctx context.Context, env *cliEnv, args []string) error {
	fs := newFlagSet(env, "devchain")
	chainID := fs.Uint64("chain-id", devchain.DefaultChainID, "EIP-155 chain ID")
	blockTime := fs.Duration("block-time", devchain.DefaultBlockTime, "time between blocks; 0 mines as soon as a transaction arrives")
	httpPort := fs.Int("http-port", 8545, "JSON-RPC over HTTP port on 127.0.0.1 (0: any free port)")
	wsPort := fs.Int("ws-port", 8546, "JSON-RPC over WebSocket port on 127.0.0.1 (0: any free port; equal to -http-port: shared)")
	accounts := fs.Int("accounts", devchain.DefaultAccounts, "number of pre-funded dev accounts")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %v", errUsage, fs.Args())
	}
	if *accounts < 0 || *blockTime < 0 || *httpPort < 0 || *wsPort < 0 {
		return fmt.Errorf("%w: negative flag value", errUsage)
	}
	c, err := devchain.Start(ctx, devchain.Config{
		ChainID:   *chainID,
		BlockTime: *blockTime,
		HTTPPort:  *httpPort,
		WSPort:    *wsPort,
		Accounts:  *accounts,
		Log:       env.log,
	})
	if err != nil {
		return err
	}
	defer c.Close()

	w := env.stdout
	fmt.Fprintf(w, "CIFER dev chain\n")
	fmt.Fprintf(w, "chain id:   %d\n", c.ChainID())
	fmt.Fprintf(w, "block time: %s\n", blockTimeText(*blockTime))
	fmt.Fprintf(w, "http rpc:   %s\n", c.HTTPURL())
	fmt.Fprintf(w, "ws rpc:     %s\n", c.WSURL())
	fmt.Fprintf(w, "\nDEV ONLY: these accounts' keys are public (keccak256(\"cifer-devchain/<i>\")).\n")
	fmt.Fprintf(w, "Never send real funds to them or use them on a real network.\n\n")
	for i, a := range c.Accounts() {
		fmt.Fprintf(w, "(%d) %s  key 0x%s\n", i, a.Address.Hex(), hex.EncodeToString(crypto.FromECDSA(a.Key)))
	}
	fmt.Fprintf(w, "\nrunning; interrupt to stop\n")
	<-ctx.Done()
	env.log.Info("dev chain stopping")
	return c.Close()
}

func blockTimeText(d time.Duration) string {
	if d > 0 {
		return d.String()
	}
	return "on demand (a block per transaction batch)"
}
