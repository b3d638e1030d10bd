package request

import (
	"context"
	"errors"
	"fmt"

	"github.com/cifer-network/cifer/chain"
	"github.com/ethereum/go-ethereum/common"
)

// Chain is what the pipeline reads from the chains (chain.CachedSet, or
// chain.Set, serves it).
type Chain interface {
	// CheckFreshness refuses a chain no client serves (a
	// *chain.UnsupportedChainError) and then a block outside the freshness
	// window (a *chain.FreshnessError), with COMPAT.md's texts.
	CheckFreshness(ctx context.Context, chainID, block uint64) error
	// SecretState reads a secret; an unknown one is chain.ErrSecretNotFound.
	SecretState(ctx context.Context, chainID, secretID uint64) (chain.SecretState, error)
}

// Rule is who may make a request of a secret.
type Rule uint8

const (
	// AnySigner: any signer, and the secret's state is not read (listing
	// the signer's own jobs).
	AnySigner Rule = iota
	// PublicKey: any signer, of a secret that exists and is not syncing
	// (COMPAT.md: 404 unknown, 403 while syncing).
	PublicKey
	// OwnerOrDelegate: the secret's owner, or its delegate when one is set,
	// whatever the secret's state (managing a job).
	OwnerOrDelegate
	// Decrypt: COMPAT.md's decrypt-type rule (AuthorizeDecrypt).
	Decrypt
)

// Spec is one endpoint's use of the pipeline.
type Spec struct {
	// Fields, when not 0, is the exact number of '_'-separated fields.
	Fields int
	// Shape checks the request's own fields further (a tail's shape, the
	// job it names), before the chain is read.
	Shape func(*Request) error
	// Rule is the authorization rule.
	Rule Rule
	// Validate is the endpoint's own check of what came with the request
	// (cifer size, file header), after authorization and before anything
	// is spent, so a refused request can be corrected and sent again.
	Validate func(*Checked) error
	// Replay makes the request single-use (decrypt-type calls): one user
	// only, and identical retries by that user up to the guard's bound.
	Replay bool
	// UsedBy names the user of a Replay request: the asking Black Box at a
	// custodian (so a request one Black Box was given cannot release shares
	// to another), "" at the Black Box's own door.
	UsedBy string
	// Hold leaves the replay guard and the rate limit to the caller's
	// Checked.Spend, for an endpoint that validates more (an uploaded
	// file) after the pipeline ran.
	Hold bool
	// Meter counts the request against the signer's plan (Checker.Usage)
	// as this kind, carrying Bytes (a held request may set Checked.Bytes
	// before Spend, once it knows the size).
	Meter UsageKind
	Bytes uint64
}

// Checked is a request the pipeline accepted.
type Checked struct {
	*Request
	Signature string
	// State is the secret's state as the pipeline read it (zero under
	// AnySigner): callers use it rather than reading the chain again.
	State chain.SecretState
	// Bytes is what a metered request carries (Spec.Bytes, or set by the
	// caller of a held request before Spend).
	Bytes uint64

	checker *Checker
	replay  bool
	usedBy  string
	meter   UsageKind
	spent   bool
}

// Checker runs the signed-request pipeline. Its order is fixed (see the
// package documentation): nothing that costs the signer budget or state
// happens before the signature, authorization and replay checks.
type Checker struct {
	Chain Chain
	// Replay, when set, makes Spec.Replay requests single-use.
	Replay *ReplayGuard
	// RateLimit, when set, spends one token of the signer's budget per
	// accepted request.
	RateLimit *RateLimiter
	// Usage, when set, admits metered requests against the signer's plan
	// for the period, after the rate limit.
	Usage *Meter
}

// NewChecker returns a pipeline over ch; replay and limit may be nil.
func NewChecker(ch Chain, replay *ReplayGuard, limit *RateLimiter) *Checker {
	return &Checker{Chain: ch, Replay: replay, RateLimit: limit}
}

// Check runs the pipeline on a signed request: parse, field shape, chain
// and freshness, signature, secret state, rule, the endpoint's Validate,
// replay, rate limit. Refusals are typed: a *Refusal, or an error wrapping
// one, whose cause (a *chain.FreshnessError, a *RateLimitError, ...) stays
// in its chain; a failure to read the chain is returned as it is.
func (c *Checker) Check(ctx context.Context, data, signature string, spec Spec) (*Checked, error) {
	req, err := Parse(data)
	if err != nil {
		return nil, err
	}
	if spec.Fields != 0 {
		if err := req.ExpectFields(spec.Fields); err != nil {
			return nil, err
		}
	}
	if spec.Shape != nil {
		if err := spec.Shape(req); err != nil {
			return nil, err
		}
	}
	if err := c.Chain.CheckFreshness(ctx, req.ChainID, req.Block); err != nil {
		return nil, Classify(err)
	}
	if err := req.VerifySignature(signature); err != nil {
		return nil, err
	}
	ck := &Checked{Request: req, Signature: signature, Bytes: spec.Bytes, checker: c, replay: spec.Replay, usedBy: spec.UsedBy, meter: spec.Meter}
	if spec.Rule != AnySigner {
		if ck.State, err = c.Chain.SecretState(ctx, req.ChainID, req.SecretID); err != nil {
			if errors.Is(err, chain.ErrSecretNotFound) {
				return nil, Classify(err)
			}
			return nil, err
		}
		if err := Authorize(spec.Rule, ck.State, req.Signer); err != nil {
			if errors.Is(err, ErrSyncing) {
				return nil, Syncing(req.SecretID)
			}
			return nil, err
		}
	}
	if spec.Validate != nil {
		if err := spec.Validate(ck); err != nil {
			return nil, err
		}
	}
	if spec.Hold {
		return ck, nil
	}
	if err := ck.Spend(); err != nil {
		return nil, err
	}
	return ck, nil
}

// Spend runs the pipeline's last steps: the replay guard (when the spec
// asked for it), the signer's rate limit, then its plan's usage limits
// (metered requests). A replay is refused before a token is taken or usage
// counted, so replaying someone's captured request costs them nothing.
// Check calls it unless the spec holds it; it runs once.
func (ck *Checked) Spend() error {
	if ck.spent {
		return nil
	}
	ck.spent = true
	c := ck.checker
	if ck.replay && c.Replay != nil {
		if err := c.Replay.UseBy(ck.Data, ck.Signature, ck.usedBy); err != nil {
			return err
		}
	}
	if c.RateLimit != nil {
		if err := c.RateLimit.Allow(ck.Signer); err != nil {
			return Classify(err)
		}
	}
	if c.Usage != nil && ck.meter != NotMetered {
		if err := c.Usage.Admit(ck.Signer, ck.meter, ck.Bytes); err != nil {
			return Classify(err)
		}
	}
	return nil
}

// Authorize applies rule to a signer of a secret in state st.
func Authorize(rule Rule, st chain.SecretState, signer common.Address) error {
	switch rule {
	case AnySigner:
		return nil
	case PublicKey:
		if st.IsSyncing {
			return ErrSyncing
		}
		return nil
	case OwnerOrDelegate:
		if signer == st.Owner || (st.Delegate != (common.Address{}) && signer == st.Delegate) {
			return nil
		}
		return fmt.Errorf("%w: %s", ErrNotAuthorized, signer.Hex())
	case Decrypt:
		return AuthorizeDecrypt(st, signer)
	default:
		return fmt.Errorf("authorize: unknown rule %d", rule)
	}
}
