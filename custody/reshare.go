package custody

import (
	"context"
	"errors"
	"fmt"
	"github.com/cifer-network/cifer/chain"
	"slices"

	"github.com/ethereum/go-ethereum/common"
)

// The custodian's side of resharing (design section 7, "Churn and
// resharing"; docs/ARCHITECTURE.md, "Resharing"). A Black Box that reshares
// has no client request to forward, so the custodian cannot apply the
// dual-layer decrypt check. Instead it releases a share only when the chain
// itself says the share is stale: the cluster's on-chain membership differs
// from the membership the custodian recorded when the share was dealt.
// Without churn there is no such share, so an elected Black Box cannot use
// this protocol to rebuild a key no client asked for.

// ClusterMembership reads a cluster's operators in member order
// (chain.Registry implements it).
type ClusterMembership interface {
	ClusterOperators(ctx context.Context, clusterID uint8) ([]common.Address, error)
}

// ClusterRoster, when the Membership implements it too (chain.Registry
// does), lets HandleStore check a deal against the registry: the governed
// threshold, and that the slot the deal gives this custodian (x = member
// index + 1) is its own. Without it, a Black Box could deal a secret at a
// threshold of its choosing, or hand a custodian another member's x.
type ClusterRoster interface {
	ClusterShape(ctx context.Context) (size, threshold uint8, err error)
	ClusterMembers(ctx context.Context, clusterID uint8) ([]chain.NodeRecord, error)
}

// checkDealShape checks rec and x against the registry's roster (see
// ClusterRoster).
func (c *Custodian) checkDealShape(ctx context.Context, roster ClusterRoster, rec *CreationRecord, x byte) error {
	_, threshold, err := roster.ClusterShape(ctx)
	if err != nil {
		return fmt.Errorf("read cluster shape: %w", err)
	}
	if rec.Threshold != threshold {
		return fmt.Errorf("%w: deal threshold %d, the registry's is %d", ErrWrongCustodian, rec.Threshold, threshold)
	}
	members, err := roster.ClusterMembers(ctx, rec.ClusterID)
	if err != nil {
		return fmt.Errorf("read cluster %d members: %w", rec.ClusterID, err)
	}
	if x == 0 || int(x) > len(members) {
		return fmt.Errorf("%w: x=%d in a cluster of %d", ErrWrongCustodian, x, len(members))
	}
	if got := members[x-1].EnclaveWallet; got != c.Signer.Address() {
		return fmt.Errorf("%w: cluster %d slot x=%d is enclave wallet %s, not this custodian's %s",
			ErrWrongCustodian, rec.ClusterID, x, got.Hex(), c.Signer.Address().Hex())
	}
	return nil
}

// ReshareRequest asks for a custodian's newest share of a secret that was
// dealt under a membership the cluster no longer has.
type ReshareRequest struct {
	ChainID  uint64
	SecretID uint64
}

// ReshareResponse is the released share, wrapped to the asking Black Box's
// transport key, with the creation record of its version (public), so the
// Black Box can check the share against it.
type ReshareResponse struct {
	ShareVersion uint32
	X            byte
	WrappedShare []byte
	Record       []byte
}

var (
	// ErrMembershipUnchanged refuses a reshare fetch: every share this
	// custodian holds of the secret was dealt to the cluster's current
	// on-chain membership, so there is nothing to reshare.
	ErrMembershipUnchanged = errors.New("cluster membership unchanged since the share was dealt")
	// ErrReshareDisabled means this custodian cannot read cluster
	// membership and so serves no reshare fetch.
	ErrReshareDisabled = errors.New("custodian does not serve resharing")
	// ErrStaleMembership refuses a dealt share whose record does not fit
	// the cluster's current on-chain size: the Black Box dealt to a
	// membership the chain has moved on from, and should deal again.
	ErrStaleMembership = errors.New("deal does not match the cluster's current membership")
)

// membershipAtStore reads the membership a share being stored is dealt
// under (nil when the custodian has no membership reader).
func (c *Custodian) membershipAtStore(ctx context.Context, rec *CreationRecord) ([]common.Address, error) {
	if c.Membership == nil {
		return nil, nil
	}
	ops, err := c.Membership.ClusterOperators(ctx, rec.ClusterID)
	if err != nil {
		return nil, fmt.Errorf("read cluster %d membership: %w", rec.ClusterID, err)
	}
	if len(ops) != len(rec.ShareHashes) {
		return nil, fmt.Errorf("%w: cluster %d has %d members, deal has %d shares", ErrStaleMembership, rec.ClusterID, len(ops), len(rec.ShareHashes))
	}
	return ops, nil
}

// HandleReshareFetch releases, to an elected and attested Black Box, this
// custodian's newest share of the secret's registered key whose recorded
// membership differs from the cluster's membership on chain now. Newer
// versions dealt to the current membership are skipped rather than ending
// the search: a reshare that reached only some members must not strand the
// version the others still need. Shares stored without a membership
// snapshot are never released this way.
func (c *Custodian) HandleReshareFetch(ctx context.Context, from Peer, req ReshareRequest) (*ReshareResponse, error) {
	if c.Membership == nil {
		return nil, ErrReshareDisabled
	}
	if err := c.requireElected(ctx, from); err != nil {
		return nil, err
	}
	if len(from.TransportKey) == 0 {
		return nil, fmt.Errorf("%w: no attested transport key for %s", ErrWrongCustodian, from.ID)
	}
	keys, err := c.Store.Versions(ctx, req.ChainID, req.SecretID)
	if err != nil {
		return nil, err
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("chain %d secret %d: %w", req.ChainID, req.SecretID, ErrShareNotFound)
	}
	// Versions of another key than the registered one (a Black Box that
	// lost the race to create the secret) are never released.
	cid, err := c.registeredCID(ctx, req.ChainID, req.SecretID)
	if err != nil {
		return nil, err
	}
	current := map[uint8][]common.Address{}
	for i := len(keys) - 1; i >= 0; i-- {
		k := keys[i]
		snap, ok, err := c.Store.Members(ctx, k)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		rec, err := c.Store.Record(ctx, k)
		if err != nil {
			return nil, err
		}
		if cid != "" && rec.PublicKeyCID != cid {
			continue
		}
		ops, seen := current[rec.ClusterID]
		if !seen {
			if ops, err = c.Membership.ClusterOperators(ctx, rec.ClusterID); err != nil {
				return nil, fmt.Errorf("read cluster %d membership: %w", rec.ClusterID, err)
			}
			current[rec.ClusterID] = ops
		}
		if slices.Equal(snap, ops) {
			continue
		}
		return c.releaseForReshare(ctx, from, k, rec)
	}
	return nil, fmt.Errorf("%w: chain %d secret %d", ErrMembershipUnchanged, req.ChainID, req.SecretID)
}

func (c *Custodian) releaseForReshare(ctx context.Context, from Peer, k ShareKey, rec *CreationRecord) (*ReshareResponse, error) {
	share, err := c.Store.Get(ctx, k)
	if err != nil {
		return nil, err
	}
	defer clear(share)
	x, wrapped, err := c.wrapShare(share, k, from)
	if err != nil {
		return nil, err
	}
	raw, err := rec.MarshalBinary()
	if err != nil {
		return nil, err
	}
	if c.Log != nil {
		c.Log.Info("released share for resharing", "chain", k.ChainID, "secret", k.SecretID, "version", k.Version, "to", from.ID)
	}
	return &ReshareResponse{ShareVersion: k.Version, X: x, WrappedShare: wrapped, Record: raw}, nil
}
