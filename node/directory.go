package node

import (
	"context"
	"fmt"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/blackbox/api"
	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/p2p"
	"github.com/libp2p/go-libp2p/core/peer"
)

// secretReader reads a secret's state (chain.Set implements it).
type secretReader interface {
	SecretState(ctx context.Context, chainID, secretID uint64) (chain.SecretState, error)
}

// clusterReader reads a cluster's members in member order (chain.Registry).
type clusterReader interface {
	ClusterMembers(ctx context.Context, clusterID uint8) ([]chain.NodeRecord, error)
}

// verifiedPeers looks up an attested peer (p2p.VerifiedTable).
type verifiedPeers interface {
	Get(p peer.ID) (p2p.VerifiedPeer, bool)
}

// Directory is the Black Box's on-chain view of secrets and clusters
// (blackbox.SecretDirectory): the secret's cluster and public-key CID from
// its SecretsController, the cluster's members from the registry (member i
// holds x = i+1), and each member's transport key from its verified
// attestation — the registry holds only the key's hash.
type Directory struct {
	Secrets  secretReader
	Clusters clusterReader
	Peers    verifiedPeers
}

var _ blackbox.SecretDirectory = Directory{}

// SecretKeyInfo returns the secret's cluster and public-key CID (empty while
// the secret is syncing).
func (d Directory) SecretKeyInfo(ctx context.Context, chainID, secretID uint64) (uint8, string, error) {
	st, err := d.Secrets.SecretState(ctx, chainID, secretID)
	if err != nil {
		return 0, "", err
	}
	if st.IsSyncing {
		return st.ClusterID, "", nil
	}
	return st.ClusterID, st.PublicKeyCID, nil
}

// ClusterMembers returns the cluster's custodians. A member that is not
// attested right now keeps its place (its x) with no transport key: shares
// can still be asked of it, and the custody protocol refuses it if it is
// not verified.
func (d Directory) ClusterMembers(ctx context.Context, clusterID uint8) ([]blackbox.ClusterMember, error) {
	nodes, err := d.Clusters.ClusterMembers(ctx, clusterID)
	if err != nil {
		return nil, err
	}
	out := make([]blackbox.ClusterMember, 0, len(nodes))
	for i, n := range nodes {
		id, err := peer.IDFromBytes([]byte(n.PeerID))
		if err != nil {
			return nil, fmt.Errorf("cluster %d member %d (operator %s): invalid peer id: %w", clusterID, i+1, n.Operator.Hex(), err)
		}
		m := blackbox.ClusterMember{Custodian: blackbox.Custodian{PeerID: id.String(), X: byte(i + 1)}}
		if v, ok := d.Peers.Get(id); ok {
			m.TransportKey = v.TransportKey
		}
		out = append(out, m)
	}
	return out, nil
}

// attestedPeers lists the verified peers (p2p.VerifiedTable).
type attestedPeers interface {
	Peers() []p2p.VerifiedPeer
}

// JobHolders finds the node holding a job by the holder tag its ID
// begins with (api.JobHolderTag), among the attested peers: a job call is
// passed to an enclave only.
type JobHolders struct {
	Peers attestedPeers
}

var _ api.JobHolders = JobHolders{}

// HolderOf implements api.JobHolders.
func (h JobHolders) HolderOf(tag string) (peer.ID, bool) {
	for _, p := range h.Peers.Peers() {
		if api.JobHolderTag(p.ID) == tag {
			return p.ID, true
		}
	}
	return "", false
}
