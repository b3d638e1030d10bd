package blackbox

import (
	"context"
	"fmt"

	"github.com/cifer-network/cifer/custody"
	"github.com/libp2p/go-libp2p/core/peer"
)

// ClusterMember is a custodian as the Black Box deals to it: its peer, its
// x coordinate, and its attested transport key.
type ClusterMember struct {
	Custodian
	TransportKey []byte
}

// custodyClient is the key service's side of the custody protocols
// (custody.Client): it only fetches shares.
type custodyClient interface {
	Fetch(ctx context.Context, custodian peer.ID, req custody.FetchRequest) (*custody.FetchResponse, error)
}

// NetworkShareSource fetches shares over the custody protocols and unwraps
// them with the enclave's transport key.
type NetworkShareSource struct {
	Client custodyClient
	Keys   custody.TransportKeys
}

// FetchShare implements ShareSource.
func (s *NetworkShareSource) FetchShare(ctx context.Context, c Custodian, rec *custody.CreationRecord, signed custody.FetchRequest) ([]byte, error) {
	share, _, err := s.FetchSignedShare(ctx, c, rec, signed)
	return share, err
}

// FetchSignedShare implements SignedShareSource: the share and the
// custodian's release, whose signature nobody checks unless the share is
// bad (so a good share costs the Black Box nothing more).
func (s *NetworkShareSource) FetchSignedShare(ctx context.Context, c Custodian, rec *custody.CreationRecord, signed custody.FetchRequest) ([]byte, *custody.Release, error) {
	pid, err := peer.Decode(c.PeerID)
	if err != nil {
		return nil, nil, fmt.Errorf("custodian peer id: %w", err)
	}
	resp, err := s.Client.Fetch(ctx, pid, signed)
	if err != nil {
		return nil, nil, err
	}
	if resp.ShareVersion > rec.ShareVersion {
		return nil, nil, fmt.Errorf("%w: custodian holds share version %d, record is version %d", ErrStaleRecord, resp.ShareVersion, rec.ShareVersion)
	}
	if resp.ShareVersion != rec.ShareVersion {
		return nil, nil, fmt.Errorf("custodian holds share version %d, record is version %d", resp.ShareVersion, rec.ShareVersion)
	}
	share, err := s.Keys.SessionOpen(resp.WrappedShare, custody.ShareInfo(rec.ChainID, rec.SecretID, resp.ShareVersion, resp.X))
	if err != nil {
		return nil, nil, fmt.Errorf("unwrap share from %s: %w", c.PeerID, err)
	}
	rel := &custody.Release{ChainID: rec.ChainID, SecretID: rec.SecretID, ShareVersion: resp.ShareVersion, X: resp.X,
		Custodian: resp.Custodian, Signature: resp.ReleaseSignature}
	return share, rel, nil
}
