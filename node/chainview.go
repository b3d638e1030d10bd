package node

import (
	"context"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/request"
)

// chainReader is what the node reads from its chain set (chain.Set).
type chainReader interface {
	CheckFreshness(ctx context.Context, chainID, block uint64) error
	SecretState(ctx context.Context, chainID, secretID uint64) (chain.SecretState, error)
}

// ChainView adapts the chain set to what custodians and the Black Box need
// to check a request (custody.ChainView). It reads the chain on every call,
// so a revoked delegate is refused at once.
type ChainView struct{ Chains chainReader }

// CheckFreshness applies COMPAT.md's freshness rule on the request's chain.
func (v ChainView) CheckFreshness(ctx context.Context, chainID, block uint64) error {
	return v.Chains.CheckFreshness(ctx, chainID, block)
}

// SecretState returns the fields decrypt authorization needs, and the
// registered public-key CID (which share version a custodian releases).
func (v ChainView) SecretState(ctx context.Context, chainID, secretID uint64) (request.SecretState, error) {
	st, err := v.Chains.SecretState(ctx, chainID, secretID)
	if err != nil {
		return request.SecretState{}, err
	}
	return request.SecretState{Owner: st.Owner, Delegate: st.Delegate, IsSyncing: st.IsSyncing, SecretType: st.SecretType, PublicKeyCID: st.PublicKeyCID}, nil
}
