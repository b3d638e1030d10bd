package node

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/enclave/sgx"
	"github.com/cifer-network/cifer/enclave/sim"
	"github.com/cifer-network/cifer/p2p"
	"github.com/libp2p/go-libp2p/core/peer"
)

// StatementVerifier applies the enclave verification policy to statements
// the p2p layer receives (p2p.StatementVerifier). PolicyErrors pass through
// unchanged, so their Reason() labels metrics and Temporary() spares peers
// when the registry cannot be read.
type StatementVerifier struct {
	Policy *enclave.Policy
}

var _ p2p.StatementVerifier = StatementVerifier{}

// VerifyStatement verifies raw as received from the authenticated peer from.
func (v StatementVerifier) VerifyStatement(ctx context.Context, from peer.ID, raw []byte) (p2p.VerifiedPeer, error) {
	ver, err := v.Policy.VerifyBytes(ctx, raw, from)
	if err != nil {
		return p2p.VerifiedPeer{}, err
	}
	return p2p.VerifiedPeer{
		ID:            from,
		EnclaveWallet: ver.Statement.Wallet,
		TransportKey:  append([]byte(nil), ver.Statement.TransportKey...),
		Expiry:        ver.Expiry(),
	}, nil
}

// nodeLister lists the registry's nodes (chain.Registry implements it).
type nodeLister interface {
	Nodes(ctx context.Context) ([]chain.NodeRecord, error)
}

// RegistryPeers lists the multiaddrs active nodes registered on-chain
// (p2p.PeerSource), so a node finds the network from the chain alone
// (chain.NodeRecord.AddrInfo). A record whose peer ID or addresses do not
// parse is skipped and logged:
// anyone can register, so one bad entry must not hide the others.
type RegistryPeers struct {
	Registry nodeLister
	Log      *slog.Logger
}

var _ p2p.PeerSource = RegistryPeers{}

// PeerAddrs returns one AddrInfo per active registered node.
func (r RegistryPeers) PeerAddrs(ctx context.Context) ([]peer.AddrInfo, error) {
	nodes, err := r.Registry.Nodes(ctx)
	if err != nil {
		return nil, fmt.Errorf("registered peers: %w", err)
	}
	out := make([]peer.AddrInfo, 0, len(nodes))
	for _, n := range nodes {
		if !n.Active() {
			continue
		}
		info, bad, err := n.AddrInfo()
		if err != nil {
			r.log().Warn("registered node has an invalid peer id", "operator", n.Operator, "err", err)
			continue
		}
		for _, s := range bad {
			r.log().Warn("registered node has an invalid multiaddr", "operator", n.Operator, "addr", s)
		}
		if len(info.Addrs) > 0 {
			out = append(out, info)
		}
	}
	return out, nil
}

func (r RegistryPeers) log() *slog.Logger {
	if r.Log != nil {
		return r.Log
	}
	return slog.Default()
}

// PeerReportVerifiers are the report verifiers a node applies to its
// peers: every backend's, except that an sgx node refuses sim peers unless
// its operator opted in (EnclaveConfig.AcceptSimulatedPeers), whatever the
// registry's simulated-enclave switch says.
func PeerReportVerifiers(cfg EnclaveConfig) map[string]enclave.ReportVerifier {
	v := ReportVerifiers()
	if cfg.Backend != enclave.BackendSim && !cfg.AcceptSimulatedPeers {
		delete(v, enclave.BackendSim)
	}
	return v
}

// ReportVerifiers are the backend report verifiers every party applies
// (nodes, light clients, the public attestation tool): one place to add a
// backend.
func ReportVerifiers() map[string]enclave.ReportVerifier {
	return map[string]enclave.ReportVerifier{
		enclave.BackendSim: sim.Verifier{},
		enclave.BackendSGX: sgx.Verifier{},
	}
}
