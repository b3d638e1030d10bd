// Package p2ptest has the doubles the p2p tests and the mesh benchmark run
// on until the enclave and chain are wired in: attestation statements signed
// with a test "platform" Ed25519 key, a verifier that checks those
// signatures against an in-memory registry, and a helper that starts many
// real nodes on 127.0.0.1. Nothing here is fit for production trust
// decisions.
package p2ptest

import (
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"time"

	"github.com/cifer-network/cifer/p2p"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Measurements the doubles know.
const (
	GoodMeasurement  = "cifer-node-test"
	RogueMeasurement = "rogue-build"
)

// Claims is what a test statement asserts about its subject.
type Claims struct {
	Subject      peer.ID
	Wallet       [20]byte
	TransportKey []byte
	Expiry       time.Time
	Measurement  string
	Sim          bool
}

// wireStatement is a test statement on the wire: the CBOR array
// [subject, wallet, transport key, expiry (unix s), measurement, sim, sig].
type wireStatement struct {
	_            struct{} `cbor:",toarray"`
	Subject      []byte
	Wallet       []byte
	TransportKey []byte
	Expiry       int64
	Measurement  string
	Sim          bool
	Sig          []byte
}

// maxTestStatement bounds what ParseStatement accepts.
const maxTestStatement = 4 << 10

// Platform signs test statements, standing in for the enclave platform.
type Platform struct {
	priv ed25519.PrivateKey
	pub  ed25519.PublicKey
}

// NewPlatform makes a platform with a fresh key.
func NewPlatform() *Platform {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		panic(err) // crypto/rand does not fail
	}
	return &Platform{priv: priv, pub: pub}
}

// PublicKey is what verifiers trust.
func (p *Platform) PublicKey() ed25519.PublicKey { return p.pub }

// Sign issues a statement for c.
func (p *Platform) Sign(c Claims) []byte {
	w := toWire(c)
	msg, err := p2p.Marshal(w)
	if err != nil {
		panic(err)
	}
	w.Sig = ed25519.Sign(p.priv, msg)
	b, err := p2p.Marshal(w)
	if err != nil {
		panic(err)
	}
	return b
}

func toWire(c Claims) wireStatement {
	return wireStatement{
		Subject:      []byte(c.Subject),
		Wallet:       c.Wallet[:],
		TransportKey: c.TransportKey,
		Expiry:       c.Expiry.Unix(),
		Measurement:  c.Measurement,
		Sim:          c.Sim,
	}
}

// ErrBadStatement is a statement that does not parse.
var ErrBadStatement = errors.New("bad test statement")

// ParseStatement decodes a test statement without checking its signature.
// It returns the claims, the signed bytes and the signature.
func ParseStatement(raw []byte) (Claims, []byte, []byte, error) {
	if len(raw) > maxTestStatement {
		return Claims{}, nil, nil, fmt.Errorf("%w: %d bytes", ErrBadStatement, len(raw))
	}
	var w wireStatement
	if err := p2p.Unmarshal(raw, &w); err != nil {
		return Claims{}, nil, nil, fmt.Errorf("%w: %w", ErrBadStatement, err)
	}
	if len(w.Wallet) != 20 || len(w.Sig) != ed25519.SignatureSize {
		return Claims{}, nil, nil, fmt.Errorf("%w: field sizes", ErrBadStatement)
	}
	id, err := peer.IDFromBytes(w.Subject)
	if err != nil {
		return Claims{}, nil, nil, fmt.Errorf("%w: subject: %w", ErrBadStatement, err)
	}
	c := Claims{
		Subject:      id,
		TransportKey: w.TransportKey,
		Expiry:       time.Unix(w.Expiry, 0),
		Measurement:  w.Measurement,
		Sim:          w.Sim,
	}
	copy(c.Wallet[:], w.Wallet)
	sig := w.Sig
	w.Sig = nil
	signed, err := p2p.Marshal(w)
	if err != nil {
		return Claims{}, nil, nil, fmt.Errorf("%w: %w", ErrBadStatement, err)
	}
	return c, signed, sig, nil
}
