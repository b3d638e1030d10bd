package main

import (
	"context"
	"crypto/x509"
	"fmt"
	"net/http"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/enclave/tlskey"
	"github.com/cifer-network/cifer/node"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/libp2p/go-libp2p/core/peer"
)

// attestVerifyHTTPS connects to a node's HTTPS API, takes the attestation
// statement from its certificate (checking that the enclave wallet binds
// the certificate's key to it), and applies the nodes' own policy with the
// registry read from the chain. With caFile, the certificate must also
// chain to that CA for the URL's host.
func attestVerifyHTTPS(ctx context.Context, env *cliEnv, url, caFile, depPath string, skew time.Duration) error {
	if depPath == "" {
		return fmt.Errorf("%w: --https needs --deployment FILE (or CIFER_DEPLOYMENT)", errUsage)
	}
	dep, err := deploy.LoadDeployment(depPath)
	if err != nil {
		return err
	}
	var roots *x509.CertPool
	if caFile != "" {
		if roots, err = tlskey.CertPool(caFile); err != nil {
			return fmt.Errorf("--cacert: %w", err)
		}
	}
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	tc, statement := tlskey.AttestedClientConfig(roots, nil)
	hc := &http.Client{Timeout: 20 * time.Second, Transport: &http.Transport{TLSClientConfig: tc}}
	defer hc.CloseIdleConnections()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url+"/healthz", nil)
	if err != nil {
		return fmt.Errorf("%w: --https: %v", errUsage, err)
	}
	resp, err := hc.Do(req)
	if err != nil {
		fmt.Fprintf(env.stdout, "verdict: INVALID: %s\n", enclave.ReasonMalformed)
		return fmt.Errorf("tls to %s: %w", url, err)
	}
	resp.Body.Close()
	st := statement()
	attestPrint(env.stdout, st)
	eth, err := ethclient.DialContext(ctx, dep.RPCURL)
	if err != nil {
		return fmt.Errorf("chain %s: %w", dep.RPCURL, err)
	}
	defer eth.Close()
	reg, err := chain.NewRegistry(dep.Addresses.Registry, eth, 20*time.Second)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "tls key bound to the statement's enclave wallet: yes (certificate of %s)\n", url)
	fmt.Fprintf(env.stdout, "checked against the registry at %s on chain %d\n", dep.Addresses.Registry.Hex(), dep.ChainID)
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
	// The sender is the statement's own peer ID: over TLS the peer is
	// authenticated by the key the wallet bound, and the policy still
	// requires the registry to record that peer ID with that wallet.
	return attestVerdict(ctx, env, policy, st, peer.ID(st.PeerID))
}
