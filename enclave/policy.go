package enclave

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// RegistryView is what the policy reads from the on-chain registry.
// chain.RegistryView implements it (with a cache, since the policy calls it
// on every statement it checks). Records are the registry's own
// chain.NodeRecord: enclave imports chain (chain imports nothing of the
// enclave), so there is one record type, not a copy per package.
type RegistryView interface {
	// NodeByPeerID returns the registered node with this libp2p peer ID,
	// or an error wrapping ErrNodeNotFound.
	NodeByPeerID(ctx context.Context, id peer.ID) (chain.NodeRecord, error)
	// MeasurementAllowed reports whether m is on the allow-list.
	MeasurementAllowed(ctx context.Context, m [32]byte) (bool, error)
	// SimulatedPolicy reports whether sim enclaves are allowed and the
	// testnet platform's Ed25519 public key (simPlatformKey).
	SimulatedPolicy(ctx context.Context) (allowed bool, platformKey [32]byte, err error)
}

// ErrNodeNotFound is what a RegistryView wraps for an unregistered peer ID:
// the registry's own sentinel, so a chain read's answer needs no
// translation.
var ErrNodeNotFound = chain.ErrNodeNotFound

// Reasons, one per check: short fixed strings for metric labels.
const (
	ReasonMalformed           = "malformed"
	ReasonPeerMismatch        = "peer_mismatch"
	ReasonWrongNetwork        = "wrong_network"
	ReasonWrongChain          = "wrong_chain"
	ReasonWrongManifest       = "wrong_manifest"
	ReasonExpired             = "expired"
	ReasonNotYetValid         = "not_yet_valid"
	ReasonBadSignature        = "bad_signature"
	ReasonUnknownBackend      = "unknown_backend"
	ReasonVerifierUnavailable = "verifier_unavailable"
	ReasonBadReport           = "bad_report"
	ReasonReportDataMismatch  = "report_data_mismatch"
	ReasonDebugEnclave        = "debug_enclave"
	ReasonSimNotAllowed       = "sim_not_allowed"
	ReasonUntrustedPlatform   = "untrusted_platform"
	ReasonMeasurementRefused  = "measurement_not_allowed"
	ReasonMeasurementMismatch = "measurement_mismatch"
	ReasonUnknownNode         = "unknown_node"
	ReasonInactiveNode        = "inactive_node"
	ReasonWalletMismatch      = "wallet_mismatch"
	ReasonTransportMismatch   = "transport_key_mismatch"
	ReasonRegistry            = "registry_unavailable"
)

// Sentinels, one per reason, for errors.Is.
var (
	ErrPeerMismatch        = errors.New("statement is about another peer than its sender")
	ErrWrongNetwork        = errors.New("statement is for another network")
	ErrWrongChain          = errors.New("statement is for another home chain")
	ErrWrongManifest       = errors.New("statement is from a node with another network manifest")
	ErrExpired             = errors.New("statement expired")
	ErrNotYetValid         = errors.New("statement issued in the future")
	ErrBadSignature        = errors.New("statement not signed by its enclave wallet")
	ErrUnknownBackend      = errors.New("no verifier for the statement's backend")
	ErrBadReport           = errors.New("backend report invalid")
	ErrReportDataMismatch  = errors.New("report user data does not match the statement")
	ErrDebugEnclave        = errors.New("report is from a debug enclave")
	ErrSimNotAllowed       = errors.New("simulated enclaves are not allowed on this network")
	ErrUntrustedPlatform   = errors.New("sim report not signed by the registry's platform key")
	ErrMeasurementRefused  = errors.New("measurement not on the allow-list")
	ErrMeasurementMismatch = errors.New("measurement differs from the report or the registry")
	ErrInactiveNode        = errors.New("node is not active")
	ErrWalletMismatch      = errors.New("enclave wallet differs from the registry")
	ErrTransportMismatch   = errors.New("transport key differs from the registry")
	ErrRegistry            = errors.New("registry read failed")
)

// PolicyError is a refused statement: Code is one of the Reason constants,
// a fixed metric label; Err wraps one of the sentinels above with details.
type PolicyError struct {
	Code string
	Err  error
}

// Reason is the metric label (the p2p layer reads it through an
// interface{ Reason() string }).
func (e *PolicyError) Reason() string { return e.Code }

func (e *PolicyError) Error() string {
	return "attestation refused (" + e.Code + "): " + e.Err.Error()
}
func (e *PolicyError) Unwrap() error { return e.Err }

// Temporary is true when the refusal says nothing about the peer (the
// registry could not be read, or this build cannot verify the backend), so
// callers should not punish it.
func (e *PolicyError) Temporary() bool {
	// A statement from the future (beyond the allowed skew) says the
	// issuer's clock is ahead, not that it lies, and it becomes valid by
	// itself: the peer is retried, not banned.
	return e.Code == ReasonRegistry || e.Code == ReasonVerifierUnavailable || e.Code == ReasonNotYetValid
}

func refuse(reason string, sentinel error, format string, args ...any) *PolicyError {
	if format == "" {
		return &PolicyError{Code: reason, Err: sentinel}
	}
	return &PolicyError{Code: reason, Err: fmt.Errorf("%w: "+format, append([]any{sentinel}, args...)...)}
}

// Policy decides whether a peer's attestation statement holds. All trust
// decisions about peers' enclaves are made here and nowhere else.
type Policy struct {
	Registry    RegistryView
	Network     string
	HomeChainID uint64
	// ManifestHash, when set, is this node's network manifest hash: a
	// statement must carry the same (a node the host pointed at another
	// chain, other contracts or other RPC endpoints is refused).
	ManifestHash [32]byte
	// Now defaults to time.Now.
	Now func() time.Time
	// MaxClockSkew is how far in the future a statement may be issued.
	MaxClockSkew time.Duration
	// Verifiers maps a backend name to its report verifier.
	Verifiers map[string]ReportVerifier
}

// Verified is a statement that passed the policy.
type Verified struct {
	Statement *Statement
	Claims    Claims
	Record    chain.NodeRecord
}

// Expiry is when the statement stops holding; callers cache until then.
func (v *Verified) Expiry() time.Time { return v.Statement.ExpiresAt }

// VerifyBytes parses raw and verifies it (see Verify); a parse failure is a
// PolicyError with ReasonMalformed.
func (p *Policy) VerifyBytes(ctx context.Context, raw []byte, fromPeer peer.ID) (*Verified, error) {
	st, err := ParseStatement(raw)
	if err != nil {
		return nil, &PolicyError{Code: ReasonMalformed, Err: err}
	}
	return p.Verify(ctx, st, fromPeer)
}

// Verify checks st, received from the authenticated libp2p peer fromPeer.
// Cheap local checks run first, then the registry, then the
// backend report, so junk costs little. Every refusal is a *PolicyError.
// Verify does no disk I/O.
func (p *Policy) Verify(ctx context.Context, st *Statement, fromPeer peer.ID) (*Verified, error) {
	if err := st.checkFields(); err != nil {
		return nil, &PolicyError{Code: ReasonMalformed, Err: err}
	}
	// A statement replayed by someone else is refused before anything else.
	if string(st.PeerID) != string(fromPeer) {
		return nil, refuse(ReasonPeerMismatch, ErrPeerMismatch, "")
	}
	if st.Network != p.Network {
		return nil, refuse(ReasonWrongNetwork, ErrWrongNetwork, "%q, ours is %q", st.Network, p.Network)
	}
	if st.HomeChainID != p.HomeChainID {
		return nil, refuse(ReasonWrongChain, ErrWrongChain, "%d, ours is %d", st.HomeChainID, p.HomeChainID)
	}
	if p.ManifestHash != ([32]byte{}) && st.ManifestHash != p.ManifestHash {
		return nil, refuse(ReasonWrongManifest, ErrWrongManifest, "%x, ours is %x", st.ManifestHash[:8], p.ManifestHash[:8])
	}
	now := time.Now
	if p.Now != nil {
		now = p.Now
	}
	t := now()
	if !t.Before(st.ExpiresAt) {
		return nil, refuse(ReasonExpired, ErrExpired, "at %s", st.ExpiresAt.Format(time.RFC3339))
	}
	if err := p.checkIssuedAt(st.IssuedAt, t); err != nil {
		return nil, err
	}
	if err := checkSignature(st); err != nil {
		return nil, err
	}
	verifier, ok := p.Verifiers[st.Backend]
	if !ok || verifier == nil {
		return nil, refuse(ReasonUnknownBackend, ErrUnknownBackend, "%q", st.Backend)
	}

	rec, err := p.checkRecord(ctx, st)
	if err != nil {
		return nil, err
	}
	var platformKey [32]byte
	if st.Backend == BackendSim {
		allowed, key, err := p.Registry.SimulatedPolicy(ctx)
		if err != nil {
			return nil, refuse(ReasonRegistry, ErrRegistry, "simulated policy: %w", err)
		}
		if !allowed {
			return nil, refuse(ReasonSimNotAllowed, ErrSimNotAllowed, "")
		}
		platformKey = key
	}
	allowed, err := p.Registry.MeasurementAllowed(ctx, st.Measurement)
	if err != nil {
		return nil, refuse(ReasonRegistry, ErrRegistry, "measurement allow-list: %w", err)
	}
	if !allowed {
		return nil, refuse(ReasonMeasurementRefused, ErrMeasurementRefused, "%x", st.Measurement)
	}

	claims, err := p.checkReport(ctx, verifier, st)
	if err != nil {
		return nil, err
	}
	if st.Backend == BackendSim && subtle.ConstantTimeCompare(claims.Signer, platformKey[:]) != 1 {
		return nil, refuse(ReasonUntrustedPlatform, ErrUntrustedPlatform, "signed by %x", claims.Signer)
	}
	return &Verified{Statement: st, Claims: claims, Record: rec}, nil
}

// secp256k1N2 is half the curve order: signatures with a larger S are the
// malleable twin and are refused, so one statement has one encoding.
var secp256k1N2 = new(big.Int).Rsh(crypto.S256().Params().N, 1)

func checkSignature(st *Statement) error {
	h, err := st.SigningHash()
	if err != nil {
		return &PolicyError{Code: ReasonMalformed, Err: err}
	}
	sig := st.Signature
	if len(sig) != SignatureLen || sig[64] > 1 || new(big.Int).SetBytes(sig[32:64]).Cmp(secp256k1N2) > 0 {
		return refuse(ReasonBadSignature, ErrBadSignature, "not a canonical 65-byte signature")
	}
	pub, err := crypto.SigToPub(h[:], sig)
	if err != nil {
		return refuse(ReasonBadSignature, ErrBadSignature, "%w", err)
	}
	if got := crypto.PubkeyToAddress(*pub); got != st.Wallet {
		return refuse(ReasonBadSignature, ErrBadSignature, "signed by %s, statement names %s", got, st.Wallet)
	}
	return nil
}

func (p *Policy) checkRecord(ctx context.Context, st *Statement) (chain.NodeRecord, error) {
	rec, err := p.Registry.NodeByPeerID(ctx, peer.ID(st.PeerID))
	if errors.Is(err, ErrNodeNotFound) {
		return chain.NodeRecord{}, &PolicyError{Code: ReasonUnknownNode, Err: err}
	}
	if err != nil {
		return chain.NodeRecord{}, refuse(ReasonRegistry, ErrRegistry, "node record: %w", err)
	}
	switch {
	case !rec.Active():
		return chain.NodeRecord{}, refuse(ReasonInactiveNode, ErrInactiveNode, "")
	case rec.EnclaveWallet != st.Wallet:
		return chain.NodeRecord{}, refuse(ReasonWalletMismatch, ErrWalletMismatch, "statement %s, registry %s", st.Wallet, rec.EnclaveWallet)
	case rec.Measurement != st.Measurement:
		return chain.NodeRecord{}, refuse(ReasonMeasurementMismatch, ErrMeasurementMismatch, "statement %x, registry %x", st.Measurement, rec.Measurement)
	case rec.TransportKeyHash != TransportKeyHash(st.TransportKey):
		return chain.NodeRecord{}, refuse(ReasonTransportMismatch, ErrTransportMismatch, "")
	}
	return rec, nil
}

func (p *Policy) checkReport(ctx context.Context, v ReportVerifier, st *Statement) (Claims, error) {
	claims, err := v.VerifyReport(ctx, st.Report)
	if errors.Is(err, ErrVerifierUnavailable) {
		return Claims{}, &PolicyError{Code: ReasonVerifierUnavailable, Err: err}
	}
	if err != nil {
		return Claims{}, refuse(ReasonBadReport, ErrBadReport, "%w", err)
	}
	want, err := st.ReportData()
	if err != nil {
		return Claims{}, &PolicyError{Code: ReasonMalformed, Err: err}
	}
	switch {
	case claims.Backend != st.Backend:
		return Claims{}, refuse(ReasonBadReport, ErrBadReport, "verifier says backend %q, statement %q", claims.Backend, st.Backend)
	case subtle.ConstantTimeCompare(claims.UserData[:], want[:]) != 1:
		return Claims{}, refuse(ReasonReportDataMismatch, ErrReportDataMismatch, "")
	case claims.Measurement != st.Measurement:
		return Claims{}, refuse(ReasonMeasurementMismatch, ErrMeasurementMismatch, "report %x, statement %x", claims.Measurement, st.Measurement)
	case claims.Debug && st.Backend != BackendSim:
		// Sim is always "debug"; whether sim is acceptable is decided by the
		// registry's simulated-enclave switch above.
		return Claims{}, refuse(ReasonDebugEnclave, ErrDebugEnclave, "")
	}
	return claims, nil
}

// DefaultMaxClockSkew is how far ahead of the verifier's clock a statement
// may be issued: hosts' clocks drift by seconds, and a statement refused
// for that would cut an honest node off the mesh.
const DefaultMaxClockSkew = 30 * time.Second

// checkIssuedAt refuses a statement issued more than MaxClockSkew after now.
func (p *Policy) checkIssuedAt(issued, now time.Time) error {
	if issued.After(now.Add(p.MaxClockSkew)) {
		return refuse(ReasonNotYetValid, ErrNotYetValid, "at %s", issued.Format(time.RFC3339))
	}
	return nil
}
