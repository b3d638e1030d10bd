package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"syscall"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/client"
)

// Hints that say what to do next, appended to the error they explain.
const (
	hintSecretNotFound     = "check the ID with 'cifer secret list'"
	hintRevertNotOwner     = "only the secret's owner can do this (check with 'cifer secret status ID')"
	hintDelegateUnchanged  = "the secret already has this delegate, or none to clear (check with 'cifer secret status ID')"
	hintNewOwnerZero       = "give the new owner's address with --to (the zero address cannot own a secret)"
	hintAlreadyOwner       = "you already own this secret: --to must be another wallet"
	hintNotReady           = "wait for it with 'cifer secret status ID', then retry"
	hintStaleBlock         = "the request was signed at the chain's head and re-signed once, and the Black Box still disagrees about the head: check that the deployment's rpcUrl is the network's chain and is in sync, then retry"
	hintNotAuthorized      = "only the secret's owner or its delegate can decrypt (check with 'cifer secret status ID' and 'cifer secret list')"
	hintSyncing            = "the secret's key is still being made: wait with 'cifer secret status ID', then retry"
	hintRefused            = "the Black Box refused the request itself, so another Black Box would too"
	hintAttestation        = "no elected Black Box passed attestation: the nodes run an enclave build the registry does not allow, or the deployment file is not this network's (check --deployment)"
	hintNoBlackBox         = "no elected Black Box answered: check that --bootstrap / CIFER_BOOTSTRAP reaches the network's nodes and that an epoch has elected Black Boxes ('cifer stake status --operator ADDRESS' shows the epoch), then retry"
	hintNoDeploymentFile   = "check --deployment / CIFER_DEPLOYMENT: it names the file 'cifer testnet up' or 'cifer contracts deploy' wrote"
	hintUnreachableRPC     = "cannot reach the chain's RPC: is the chain running ('make testnet' starts a local one), and is rpcUrl in the deployment file right?"
	hintStakeBelowMinimum  = "raise --amount to at least the registry's minimum stake"
	hintNodeNotFound       = "this operator has no node; register one with 'cifer stake register'"
	hintNodeNotActive      = "the node is unbonding or withdrawn, so its stake is frozen (check with 'cifer stake status')"
	hintNodeNotUnbonding   = "start unbonding first with 'cifer stake unbond'"
	hintUnbondingNotOver   = "the stake stays locked for the registry's unbonding delay (in blocks) after 'cifer stake unbond'; retry 'cifer stake withdraw' later"
	hintStillServing       = "the node still serves in this epoch's election; retry 'cifer stake withdraw' once the next epoch has started ('cifer stake status' shows the epoch)"
	hintOperatorRegistered = "this operator already has a node: see it with 'cifer stake status'; one operator key registers one node"
)

// revertHints are the hints for the contracts' revert reasons (the exact
// require texts of contracts/src).
var revertHints = map[string]string{
	"Not secret owner":                  hintRevertNotOwner,
	"Delegate unchanged":                hintDelegateUnchanged,
	"New owner is zero":                 hintNewOwnerZero,
	"Already secret owner":              hintAlreadyOwner,
	"Stake below minimum":               hintStakeBelowMinimum,
	"Node not found":                    hintNodeNotFound,
	"Node not active":                   hintNodeNotActive,
	"Node not unbonding":                hintNodeNotUnbonding,
	"Unbonding delay not over":          hintUnbondingNotOver,
	"Still serving this epoch":          hintStillServing,
	"Operator already registered":       hintOperatorRegistered,
	"Peer ID already registered":        "this node's peer ID is registered by another operator: initialise a new data dir with 'cifer node init'",
	"Enclave wallet already registered": "this node's enclave wallet is registered by another operator: initialise a new data dir with 'cifer node init'",
	"Claims not open":                   hintRewardsNotOpen,
	"Already claimed":                   hintRewardsClaimed,
	"Excluded from epoch":               hintRewardsExcluded,
	"Did not serve epoch":               hintRewardsNotServed,
}

// explain turns chain and network errors of client commands into what the
// user should do.
func explain(err error) error {
	var refused *client.RefusedError
	switch {
	case err == nil:
		return nil
	case errors.Is(err, chain.ErrSecretNotFound):
		return hint(err, hintSecretNotFound)
	case errors.Is(err, client.ErrNotReady):
		return hint(err, hintNotReady)
	case client.IsStaleBlock(err):
		return hint(err, hintStaleBlock)
	case errors.As(err, &refused):
		return hint(err, refusalHint(refused))
	case errors.Is(err, client.ErrAttestation):
		// Before ErrNoBlackBox: the usual wrapping has both, and this is
		// the more precise.
		return hint(err, hintAttestation)
	case errors.Is(err, client.ErrNoBlackBox):
		return hint(err, hintNoBlackBox)
	}
	return explainCommon(err)
}

// explainStake explains the errors of the operator commands, whose only
// network is the chain.
func explainStake(err error) error {
	if err == nil {
		return nil
	}
	return explainDial(explainCommon(err))
}

// explainCommon explains what client and operator commands share: the
// contracts' reverts.
func explainCommon(err error) error {
	var rev *chain.RevertError
	if errors.As(err, &rev) {
		if h, ok := revertHints[rev.Reason]; ok {
			return hint(err, h)
		}
	}
	return err
}

// explainDial explains a failure to connect to the chain.
func explainDial(err error) error {
	if unreachable(err) {
		return hint(err, hintUnreachableRPC)
	}
	return err
}

func refusalHint(r *client.RefusedError) string {
	switch {
	case strings.Contains(r.Message, "not the secret owner or delegate"):
		return hintNotAuthorized
	case strings.Contains(r.Message, "still syncing"):
		return hintSyncing
	}
	return hintRefused
}

// unreachable reports a connection that could not be made at all.
func unreachable(err error) bool {
	var op *net.OpError
	var dns *net.DNSError
	return errors.Is(err, syscall.ECONNREFUSED) || errors.As(err, &op) || errors.As(err, &dns)
}

func hint(err error, h string) error { return fmt.Errorf("%w: %s", err, h) }

// loadDeployment reads the deployment file, saying which file is wanted
// when it is missing.
func loadDeployment(path string) (deploy.Deployment, error) {
	d, err := deploy.LoadDeployment(path)
	if errors.Is(err, os.ErrNotExist) {
		return d, fmt.Errorf("%w: %s", err, hintNoDeploymentFile)
	}
	return d, err
}
