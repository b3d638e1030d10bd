package p2p

import (
	"context"
	"errors"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

// VerifiedPeer is what a verified attestation statement tells us about a
// peer: who it is, the enclave wallet that signs for it on-chain, the HPKE
// transport key shares are wrapped to, and when the statement stops holding.
type VerifiedPeer struct {
	ID            peer.ID
	EnclaveWallet [20]byte
	TransportKey  []byte
	Expiry        time.Time
}

// StatementVerifier checks a raw attestation statement received from peer
// from: the enclave evidence, the measurement allow-list, the chain record
// (registered, active, staked) and that the statement's subject is from.
// Errors should carry a short, fixed reason (interface{ Reason() string }),
// which becomes a metric label; an error with Temporary() true (chain RPC
// down, say) is not held against the peer.
type StatementVerifier interface {
	VerifyStatement(ctx context.Context, from peer.ID, raw []byte) (VerifiedPeer, error)
}

// LocalStatement gives this node's own signed statement, refreshed by its
// owner before it expires.
type LocalStatement interface {
	Current(ctx context.Context) ([]byte, error)
}

// PeerSource lists the multiaddrs nodes registered on-chain.
type PeerSource interface {
	PeerAddrs(ctx context.Context) ([]peer.AddrInfo, error)
}

// Reason returns the metric label for a verification error: the error's
// own Reason() if it has one, else a coarse class. Labels are cut to a safe
// alphabet and length so a buggy verifier cannot explode cardinality.
func Reason(err error) string {
	if err == nil {
		return "ok"
	}
	var r interface{ Reason() string }
	if errors.As(err, &r) {
		return sanitizeLabel(r.Reason())
	}
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return "timeout"
	case errors.Is(err, context.Canceled):
		return "canceled"
	case errors.Is(err, ErrMalformed):
		return "malformed"
	}
	return "other"
}

// IsTemporary reports whether a verification failure says nothing about the
// peer (the verifier could not decide), so the peer must not be punished.
func IsTemporary(err error) bool {
	var t interface{ Temporary() bool }
	if errors.As(err, &t) && t.Temporary() {
		return true
	}
	return errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled)
}

func sanitizeLabel(s string) string {
	const max = 40
	out := make([]byte, 0, min(len(s), max))
	for i := 0; i < len(s) && len(out) < max; i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '_':
			out = append(out, c)
		case c >= 'A' && c <= 'Z':
			out = append(out, c+('a'-'A'))
		case c == ' ' || c == '-' || c == '.':
			out = append(out, '_')
		}
	}
	if len(out) == 0 {
		return "other"
	}
	return string(out)
}
