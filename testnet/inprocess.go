package testnet

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/cifer-network/cifer/node"
)

// InProcess is a testnet whose chain and nodes run inside this process:
// the same chain, contracts, registrations and node assembly as Up, for
// tests and benchmarks that need to reach into a node. Its sim measurement
// is this executable's.
type InProcess struct {
	State *State
	Chain *devchain.Chain
	Nodes []*node.Node
}

// StartInProcess starts an in-process testnet and returns once every node
// verified every other and the first epoch elected its Black Boxes. Close
// it in every case.
func StartInProcess(ctx context.Context, cfg Config) (net *InProcess, err error) {
	if cfg.Nodes < 5 {
		return nil, fmt.Errorf("a testnet needs at least 5 nodes (one cluster of 5), got %d", cfg.Nodes)
	}
	if cfg.BlockTime <= 0 {
		cfg.BlockTime = 200 * time.Millisecond
	}
	cfg.epochDefaults()
	if cfg.Timeout <= 0 {
		cfg.Timeout = 3 * time.Minute
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if cfg.Binary, err = os.Executable(); err != nil {
		return nil, err
	}
	if err := resetDir(cfg.Dir); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()

	net = &InProcess{State: &State{Dir: cfg.Dir, Deployment: filepath.Join(cfg.Dir, DeploymentFile)}}
	defer func() {
		if err != nil {
			net.Close()
			net = nil
		}
	}()
	net.Chain, err = devchain.Start(context.Background(), devchain.Config{BlockTime: cfg.BlockTime, Accounts: cfg.Nodes + 4, Log: cfg.Log})
	if err != nil {
		return net, err
	}
	net.State.RPCURL, net.State.WSURL = net.Chain.HTTPURL(), net.Chain.WSURL()
	if err := cfg.useRPCFronts(net.Chain.HTTPURL()); err != nil {
		return net, err
	}
	if err := net.State.deployAndRegister(ctx, cfg, net.Chain.Client()); err != nil {
		return net, err
	}
	for i := range net.State.Nodes {
		ns := &net.State.Nodes[i]
		ncfg, err := node.LoadConfig(filepath.Join(ns.DataDir, "config.toml"), nil)
		if err != nil {
			return net, err
		}
		n, err := node.Start(ctx, ncfg, cfg.Log.With("node", i+1))
		if err != nil {
			return net, fmt.Errorf("node %d: %w", i+1, err)
		}
		net.Nodes = append(net.Nodes, n)
		ns.APIURL, ns.Metrics = n.Info().APIURL, n.Info().MetricsURL
	}
	for i, n := range net.Nodes {
		for n.P2P().Table().Len() < len(net.Nodes)-1 {
			if err := sleep(ctx, 100*time.Millisecond); err != nil {
				return net, fmt.Errorf("node %d verified %d of %d peers: %w", i+1, n.P2P().Table().Len(), len(net.Nodes)-1, err)
			}
		}
	}
	dep, err := deploy.LoadDeployment(net.State.Deployment)
	if err != nil {
		return net, err
	}
	if err := net.State.waitElection(ctx, net.Chain.Client(), dep, cfg.EpochLength); err != nil {
		return net, err
	}
	return net, nil
}

// Close stops the nodes, then the chain.
func (n *InProcess) Close() error {
	var errs []error
	for _, nd := range n.Nodes {
		errs = append(errs, nd.Close())
	}
	if n.Chain != nil {
		errs = append(errs, n.Chain.Close())
	}
	return errors.Join(errs...)
}
