package enclave

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

// Issuer keeps this node's current encoded statement and issues a new one
// when less than a third of the old one's lifetime remains, so peers never
// hold an expired statement of ours for long. Its Current method fits the
// p2p package's local-statement interface. It starts no goroutines.
type Issuer struct {
	Enclave Enclave
	// PeerID is this node's libp2p peer ID, the sender its statements
	// name.
	PeerID      peer.ID
	Network     string
	HomeChainID uint64
	// ManifestHash goes into every statement (zero: version-1 statements).
	ManifestHash [32]byte
	// Lifetime of each statement (at least a second).
	Lifetime time.Duration
	// Now defaults to time.Now.
	Now func() time.Time

	mu        sync.Mutex
	raw       []byte
	refreshAt time.Time
}

// Current returns the encoded statement, issuing a new one when due.
func (i *Issuer) Current(ctx context.Context) ([]byte, error) {
	if i.Enclave == nil {
		return nil, errors.New("statement issuer without an enclave")
	}
	now := time.Now
	if i.Now != nil {
		now = i.Now
	}
	i.mu.Lock()
	defer i.mu.Unlock()
	t := now()
	if i.raw != nil && t.Before(i.refreshAt) {
		return i.raw, nil
	}
	st, err := NewStatement(ctx, i.Enclave, StatementParams{
		PeerID: []byte(i.PeerID), Network: i.Network, HomeChainID: i.HomeChainID, ManifestHash: i.ManifestHash, IssuedAt: t, Lifetime: i.Lifetime,
	})
	if err != nil {
		return nil, err
	}
	raw, err := st.MarshalBinary()
	if err != nil {
		return nil, err
	}
	i.raw = raw
	i.refreshAt = st.ExpiresAt.Add(-st.ExpiresAt.Sub(st.IssuedAt) / 3)
	return raw, nil
}
