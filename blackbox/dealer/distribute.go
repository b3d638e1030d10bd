package dealer

import (
	"context"
	"errors"
	"fmt"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/custody"
	"github.com/libp2p/go-libp2p/core/peer"
)

// storeClient is the dealer's side of the custody store protocol
// (custody.Client).
type storeClient interface {
	Store(ctx context.Context, custodian peer.ID, req custody.StoreRequest) (*custody.Ack, error)
}

// ErrIncompleteDeal means not every custodian acknowledged its share; the
// secret must not be marked synced.
var ErrIncompleteDeal = errors.New("not every custodian acknowledged its share")

// Distribute wraps each dealt share to its custodian's attested transport
// key, sends it with the creation record, and returns every custodian's
// verified acknowledgement. It succeeds only when all n acknowledged: the
// chain is told a secret is synced only when every share is held.
func Distribute(ctx context.Context, client storeClient, keys custody.TransportKeys, d *custody.Dealt, members []blackbox.ClusterMember) ([]*custody.Ack, error) {
	if len(members) != len(d.Shares) {
		return nil, fmt.Errorf("deal has %d shares for %d custodians", len(d.Shares), len(members))
	}
	record, err := d.Record.MarshalBinary()
	if err != nil {
		return nil, err
	}
	type result struct {
		ack *custody.Ack
		err error
	}
	results := make(chan result, len(members))
	for _, m := range members {
		go func(m blackbox.ClusterMember) {
			pid, err := peer.Decode(m.PeerID)
			if err != nil {
				results <- result{err: fmt.Errorf("custodian %s: %w", m.PeerID, err)}
				return
			}
			share := d.Shares[m.X-1]
			wrapped, err := keys.SealTo(m.TransportKey, share, custody.ShareInfo(d.Record.ChainID, d.Record.SecretID, d.Record.ShareVersion, m.X))
			if err != nil {
				results <- result{err: fmt.Errorf("wrap share for %s: %w", m.PeerID, err)}
				return
			}
			ack, err := client.Store(ctx, pid, custody.StoreRequest{Record: record, X: m.X, WrappedShare: wrapped})
			// The custody client checks the ack against the custodian's
			// attested wallet; whatever client is used, the ack must name
			// this very share.
			if err == nil && (ack.ChainID != d.Record.ChainID || ack.SecretID != d.Record.SecretID ||
				ack.ShareVersion != d.Record.ShareVersion || ack.X != m.X || ack.ShareHash != d.Record.ShareHashes[m.X-1]) {
				err = fmt.Errorf("custodian %s: %w", m.PeerID, custody.ErrBadAck)
			}
			results <- result{ack: ack, err: err}
		}(m)
	}
	var acks []*custody.Ack
	var errs []error
	for range members {
		r := <-results
		if r.err != nil {
			errs = append(errs, r.err)
			continue
		}
		acks = append(acks, r.ack)
	}
	if len(errs) > 0 {
		return acks, fmt.Errorf("%w: %w", ErrIncompleteDeal, errors.Join(errs...))
	}
	return acks, nil
}

// custodyClient is what creation and resharing ask custodians over the
// custody protocols (custody.Client): store a share, fetch one.
type custodyClient interface {
	storeClient
	Fetch(ctx context.Context, custodian peer.ID, req custody.FetchRequest) (*custody.FetchResponse, error)
}
