package main

import (
	"context"
	"fmt"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/node"
	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/wire"
	"github.com/ethereum/go-ethereum/ethclient"
	lcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peerstore"
)

// attestVerifyRemote fetches a running node's statement over libp2p (the
// stream is authenticated, so the statement must name the peer answering)
// and applies the nodes' own policy with the registry read from the chain.
func attestVerifyRemote(ctx context.Context, env *cliEnv, addr, depPath string, skew time.Duration) error {
	if depPath == "" {
		return fmt.Errorf("%w: --addr needs --deployment FILE (or CIFER_DEPLOYMENT)", errUsage)
	}
	dep, err := deploy.LoadDeployment(depPath)
	if err != nil {
		return err
	}
	ai, err := p2p.AddrInfoFromString(addr)
	if err != nil {
		return fmt.Errorf("%w: --addr: %v", errUsage, err)
	}
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	eth, err := ethclient.DialContext(ctx, dep.RPCURL)
	if err != nil {
		return fmt.Errorf("chain %s: %w", dep.RPCURL, err)
	}
	defer eth.Close()
	reg, err := chain.NewRegistry(dep.Addresses.Registry, eth, 20*time.Second)
	if err != nil {
		return err
	}
	key, _, err := lcrypto.GenerateEd25519Key(nil)
	if err != nil {
		return err
	}
	h, err := p2p.NewHost(p2p.HostConfig{Key: key, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}})
	if err != nil {
		return err
	}
	defer h.Close()
	h.Peerstore().AddAddrs(ai.ID, ai.Addrs, peerstore.TempAddrTTL)
	resp, err := wire.Statement.Ask(ctx, p2p.NewStreams(h, nil, nil, env.log), dep.Network, ai.ID, &wire.StatementRequest{})
	if err != nil {
		return fmt.Errorf("fetch statement from %s: %w", ai.ID, err)
	}
	st, err := enclave.ParseStatement(resp.Statement)
	if err != nil {
		fmt.Fprintf(env.stdout, "verdict: INVALID: %s\n", enclave.ReasonMalformed)
		return fmt.Errorf("statement invalid: %w", err)
	}
	attestPrint(env.stdout, st)
	fmt.Fprintf(env.stdout, "checked against the registry at %s on chain %d, sender %s\n", dep.Addresses.Registry.Hex(), dep.ChainID, ai.ID)
	manifest, err := dep.ManifestHash()
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "this deployment's manifest hash: %x\n", manifest)
	policy := &enclave.Policy{
		Registry:     &chain.RegistryView{Registry: reg},
		Network:      dep.Network,
		HomeChainID:  dep.ChainID,
		ManifestHash: manifest,
		MaxClockSkew: skew,
		Verifiers:    node.ReportVerifiers(),
	}
	return attestVerdict(ctx, env, policy, st, ai.ID)
}
