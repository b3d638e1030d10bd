package p2ptest

import (
	"context"
	"crypto/ed25519"
	"sync"
	"time"

	"github.com/cifer-network/cifer/p2p"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Reasons the double refuses a statement with; they mirror the real
// policy's reason codes.
const (
	ReasonMalformed       = "malformed"
	ReasonBadSignature    = "bad_signature"
	ReasonBoundToOther    = "bound_to_other_peer"
	ReasonExpired         = "expired"
	ReasonUnregisteredMsr = "unregistered_measurement"
	ReasonSimForbidden    = "sim_forbidden"
	ReasonUnstaked        = "unstaked"
)

// VerifyError is a refusal with a reason code.
type VerifyError struct{ Code string }

func (e *VerifyError) Error() string  { return "statement refused: " + e.Code }
func (e *VerifyError) Reason() string { return e.Code }

// Verifier checks test statements: the platform signature, that the subject
// is the sender, expiry, the measurement allow-list, the sim flag and an
// in-memory "staked" set standing in for the chain registry. Safe for
// concurrent use; one instance can serve a whole test network.
type Verifier struct {
	platform ed25519.PublicKey
	now      func() time.Time

	mu       sync.RWMutex
	allowSim bool
	measure  map[string]bool
	staked   map[peer.ID]bool
	calls    int
}

// NewVerifier trusts platform and allows GoodMeasurement.
func NewVerifier(platform ed25519.PublicKey) *Verifier {
	return &Verifier{
		platform: platform,
		now:      time.Now,
		measure:  map[string]bool{GoodMeasurement: true},
		staked:   make(map[peer.ID]bool),
	}
}

// Stake puts p in the active set; Unstake takes it out (as unbonding does
// at the next epoch).
func (v *Verifier) Stake(p peer.ID) {
	v.mu.Lock()
	v.staked[p] = true
	v.mu.Unlock()
}

// Unstake removes p from the active set.
func (v *Verifier) Unstake(p peer.ID) {
	v.mu.Lock()
	delete(v.staked, p)
	v.mu.Unlock()
}

// Calls counts VerifyStatement calls.
func (v *Verifier) Calls() int {
	v.mu.RLock()
	defer v.mu.RUnlock()
	return v.calls
}

// VerifyStatement implements p2p.StatementVerifier.
func (v *Verifier) VerifyStatement(ctx context.Context, from peer.ID, raw []byte) (p2p.VerifiedPeer, error) {
	if err := ctx.Err(); err != nil {
		return p2p.VerifiedPeer{}, err
	}
	v.mu.Lock()
	v.calls++
	v.mu.Unlock()
	c, signed, sig, err := ParseStatement(raw)
	if err != nil {
		return p2p.VerifiedPeer{}, &VerifyError{ReasonMalformed}
	}
	if !ed25519.Verify(v.platform, signed, sig) {
		return p2p.VerifiedPeer{}, &VerifyError{ReasonBadSignature}
	}
	if c.Subject != from {
		return p2p.VerifiedPeer{}, &VerifyError{ReasonBoundToOther}
	}
	if !c.Expiry.After(v.now()) {
		return p2p.VerifiedPeer{}, &VerifyError{ReasonExpired}
	}
	v.mu.RLock()
	defer v.mu.RUnlock()
	if !v.measure[c.Measurement] {
		return p2p.VerifiedPeer{}, &VerifyError{ReasonUnregisteredMsr}
	}
	if c.Sim && !v.allowSim {
		return p2p.VerifiedPeer{}, &VerifyError{ReasonSimForbidden}
	}
	if !v.staked[c.Subject] {
		return p2p.VerifiedPeer{}, &VerifyError{ReasonUnstaked}
	}
	return p2p.VerifiedPeer{ID: c.Subject, EnclaveWallet: c.Wallet, TransportKey: c.TransportKey, Expiry: c.Expiry}, nil
}

// StaticStatement is a LocalStatement that always returns the same bytes.
type StaticStatement []byte

// Current implements p2p.LocalStatement.
func (s StaticStatement) Current(context.Context) ([]byte, error) { return s, nil }

// Peers is a PeerSource backed by a list that tests can change.
type Peers struct {
	mu    sync.RWMutex
	infos []peer.AddrInfo
}

// Set replaces the list.
func (p *Peers) Set(infos []peer.AddrInfo) {
	p.mu.Lock()
	p.infos = append([]peer.AddrInfo(nil), infos...)
	p.mu.Unlock()
}

// PeerAddrs implements p2p.PeerSource.
func (p *Peers) PeerAddrs(context.Context) ([]peer.AddrInfo, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return append([]peer.AddrInfo(nil), p.infos...), nil
}
