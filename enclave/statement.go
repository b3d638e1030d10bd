package enclave

import (
	"bytes"
	"context"
	"crypto/sha512"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// StatementVersion is the encoding of a statement without a manifest hash
// (byte for byte as before manifests); StatementVersion2 adds the hash of
// the network manifest the node runs with, so peers with another manifest
// (another chain, other contracts, other RPC endpoints) refuse it.
const (
	StatementVersion  = 1
	StatementVersion2 = 2
)

// Domain-separation strings: the report's user data and the wallet signature
// each hash their own string first, so neither hash can be reused for the
// other or for any other protocol message.
const (
	ReportDataDomain = "cifer/attestation/report-data/v1"
	SignatureDomain  = "cifer/attestation/statement/v1"
)

// Field limits. Fixed-size fields must have exactly their size.
const (
	MaxBackendLen      = 16
	MaxPeerIDLen       = 128
	MaxTransportKeyLen = 4096
	MaxNetworkLen      = 64
	MaxReportLen       = 16 << 10
	SignatureLen       = 65
	// MaxStatementSize bounds a whole encoded statement.
	MaxStatementSize = 24 << 10
)

// ErrMalformed means bytes are not a valid encoded statement.
var ErrMalformed = errors.New("malformed attestation statement")

// Statement is a node's signed attestation statement: what its enclave is
// (backend, measurement, report) and which identities it binds (peer ID,
// enclave wallet, transport key) on which network, for how long. The
// encoding is in docs/PROTOCOL.md (section 8); times have second precision.
type Statement struct {
	Backend      string
	Measurement  [32]byte
	PeerID       []byte // libp2p peer ID bytes
	Wallet       common.Address
	TransportKey []byte
	Network      string
	HomeChainID  uint64
	// ManifestHash is deploy.Deployment.ManifestHash of the node's network
	// manifest (zero: a version-1 statement, made before manifests).
	ManifestHash [32]byte
	IssuedAt     time.Time
	ExpiresAt    time.Time
	// Report is the backend report whose user data is ReportData().
	Report []byte
	// Signature is the enclave wallet's 65-byte secp256k1 signature over
	// SigningHash().
	Signature []byte
}

// StatementParams are what NewStatement needs besides the enclave.
type StatementParams struct {
	PeerID       []byte
	Network      string
	HomeChainID  uint64
	ManifestHash [32]byte
	IssuedAt     time.Time
	Lifetime     time.Duration
}

// NewStatement builds this node's statement from its enclave and signs it
// with the enclave wallet.
func NewStatement(ctx context.Context, e Enclave, p StatementParams) (*Statement, error) {
	if p.Lifetime < time.Second {
		return nil, fmt.Errorf("statement lifetime %s is under a second", p.Lifetime)
	}
	issued := time.Unix(p.IssuedAt.Unix(), 0).UTC()
	keys := e.Keys()
	st := &Statement{
		Backend:      e.Backend(),
		Measurement:  e.Measurement(),
		PeerID:       bytes.Clone(p.PeerID),
		Wallet:       keys.Address(),
		TransportKey: keys.TransportPublicKey(),
		Network:      p.Network,
		HomeChainID:  p.HomeChainID,
		ManifestHash: p.ManifestHash,
		IssuedAt:     issued,
		ExpiresAt:    issued.Add(p.Lifetime.Truncate(time.Second)),
	}
	ud, err := st.ReportData()
	if err != nil {
		return nil, err
	}
	st.Report, err = e.Report(ctx, ud)
	if err != nil {
		return nil, fmt.Errorf("enclave report: %w", err)
	}
	h, err := st.SigningHash()
	if err != nil {
		return nil, err
	}
	st.Signature, err = keys.SignHash(h[:])
	if err != nil {
		return nil, fmt.Errorf("sign statement: %w", err)
	}
	return st, nil
}

// Fields returns the encoded fields (everything before the report): the
// input of both ReportData and SigningHash.
func (s *Statement) Fields() ([]byte, error) {
	if err := s.checkFields(); err != nil {
		return nil, err
	}
	b := make([]byte, 0, 64+len(s.PeerID)+len(s.TransportKey)+len(s.Network))
	b = append(b, s.version())
	b = appendField(b, []byte(s.Backend))
	b = appendField(b, s.Measurement[:])
	b = appendField(b, s.PeerID)
	b = appendField(b, s.Wallet[:])
	b = appendField(b, s.TransportKey)
	b = appendField(b, []byte(s.Network))
	b = binary.BigEndian.AppendUint64(b, s.HomeChainID)
	if s.ManifestHash != ([32]byte{}) {
		b = append(b, s.ManifestHash[:]...)
	}
	b = binary.BigEndian.AppendUint64(b, uint64(s.IssuedAt.Unix()))
	b = binary.BigEndian.AppendUint64(b, uint64(s.ExpiresAt.Unix()))
	return b, nil
}

func (s *Statement) version() byte {
	if s.ManifestHash == ([32]byte{}) {
		return StatementVersion
	}
	return StatementVersion2
}

// ReportData is the 64-byte user data the backend report must carry:
// SHA-512(ReportDataDomain || Fields()).
func (s *Statement) ReportData() ([64]byte, error) {
	f, err := s.Fields()
	if err != nil {
		return [64]byte{}, err
	}
	h := sha512.New()
	h.Write([]byte(ReportDataDomain))
	h.Write(f)
	var out [64]byte
	h.Sum(out[:0])
	return out, nil
}

// SigningHash is keccak256(SignatureDomain || Fields() || u16 len || Report),
// the digest the enclave wallet signs.
func (s *Statement) SigningHash() ([32]byte, error) {
	f, err := s.Fields()
	if err != nil {
		return [32]byte{}, err
	}
	if len(s.Report) == 0 || len(s.Report) > MaxReportLen {
		return [32]byte{}, fmt.Errorf("%w: report of %d bytes (1..%d)", ErrMalformed, len(s.Report), MaxReportLen)
	}
	return crypto.Keccak256Hash([]byte(SignatureDomain), appendField(f, s.Report)), nil
}

// MarshalBinary encodes the statement canonically.
func (s *Statement) MarshalBinary() ([]byte, error) {
	f, err := s.Fields()
	if err != nil {
		return nil, err
	}
	if len(s.Report) == 0 || len(s.Report) > MaxReportLen {
		return nil, fmt.Errorf("%w: report of %d bytes (1..%d)", ErrMalformed, len(s.Report), MaxReportLen)
	}
	if len(s.Signature) != SignatureLen {
		return nil, fmt.Errorf("%w: signature of %d bytes, want %d", ErrMalformed, len(s.Signature), SignatureLen)
	}
	b := appendField(appendField(f, s.Report), s.Signature)
	if len(b) > MaxStatementSize {
		return nil, fmt.Errorf("%w: %d bytes exceeds %d", ErrMalformed, len(b), MaxStatementSize)
	}
	return b, nil
}

// ParseStatement decodes an encoded statement. It checks structure and
// limits only; Policy.Verify decides whether to believe it. Only canonical
// encodings parse, so MarshalBinary gives back exactly b.
func ParseStatement(b []byte) (*Statement, error) {
	if len(b) > MaxStatementSize {
		return nil, fmt.Errorf("%w: %d bytes exceeds %d", ErrMalformed, len(b), MaxStatementSize)
	}
	r := reader{b: b}
	v := r.byte()
	if v != StatementVersion && v != StatementVersion2 {
		if r.err != nil {
			return nil, r.err
		}
		return nil, fmt.Errorf("%w: version %d, want %d or %d", ErrMalformed, v, StatementVersion, StatementVersion2)
	}
	s := &Statement{}
	s.Backend = string(r.field("backend", 1, MaxBackendLen))
	copy(s.Measurement[:], r.field("measurement", 32, 32))
	s.PeerID = bytes.Clone(r.field("peer id", 1, MaxPeerIDLen))
	copy(s.Wallet[:], r.field("wallet", 20, 20))
	s.TransportKey = bytes.Clone(r.field("transport key", 1, MaxTransportKeyLen))
	s.Network = string(r.field("network", 1, MaxNetworkLen))
	s.HomeChainID = r.uint64()
	if v == StatementVersion2 {
		copy(s.ManifestHash[:], r.take(32, "manifest hash"))
		// Version 2 exists to carry a hash: a zero one would re-encode as 1.
		if r.err == nil && s.ManifestHash == ([32]byte{}) {
			return nil, fmt.Errorf("%w: version 2 with a zero manifest hash", ErrMalformed)
		}
	}
	issued, expires := int64(r.uint64()), int64(r.uint64())
	s.Report = bytes.Clone(r.field("report", 1, MaxReportLen))
	s.Signature = bytes.Clone(r.field("signature", SignatureLen, SignatureLen))
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrMalformed, len(r.b))
	}
	s.IssuedAt = time.Unix(issued, 0).UTC()
	s.ExpiresAt = time.Unix(expires, 0).UTC()
	if err := s.checkFields(); err != nil {
		return nil, err
	}
	return s, nil
}

// maxUnix keeps times where time.Unix round-trips and Go's time arithmetic
// cannot overflow (year 9999).
const maxUnix = 253402300799

func (s *Statement) checkFields() error {
	switch {
	case !isToken(s.Backend, MaxBackendLen, false):
		return fmt.Errorf("%w: backend %q (1..%d of a-z, 0-9)", ErrMalformed, s.Backend, MaxBackendLen)
	case len(s.PeerID) == 0 || len(s.PeerID) > MaxPeerIDLen:
		return fmt.Errorf("%w: peer id of %d bytes (1..%d)", ErrMalformed, len(s.PeerID), MaxPeerIDLen)
	case len(s.TransportKey) == 0 || len(s.TransportKey) > MaxTransportKeyLen:
		return fmt.Errorf("%w: transport key of %d bytes (1..%d)", ErrMalformed, len(s.TransportKey), MaxTransportKeyLen)
	case !isToken(s.Network, MaxNetworkLen, true):
		return fmt.Errorf("%w: network name (1..%d printable ASCII, no spaces)", ErrMalformed, MaxNetworkLen)
	case s.IssuedAt.Unix() < 0 || s.IssuedAt.Unix() > maxUnix || s.ExpiresAt.Unix() > maxUnix:
		return fmt.Errorf("%w: times out of range", ErrMalformed)
	case s.ExpiresAt.Unix() <= s.IssuedAt.Unix():
		return fmt.Errorf("%w: expires at or before it is issued", ErrMalformed)
	}
	return nil
}

// isToken accepts 1..max bytes of a-z, 0-9 or, with printable, any ASCII
// from '!' to '~'.
func isToken(s string, max int, printable bool) bool {
	if len(s) == 0 || len(s) > max {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		ok := c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
		if printable {
			ok = c >= '!' && c <= '~'
		}
		if !ok {
			return false
		}
	}
	return true
}

func appendField(b, f []byte) []byte {
	b = binary.BigEndian.AppendUint16(b, uint16(len(f)))
	return append(b, f...)
}

// reader consumes b and remembers the first error.
type reader struct {
	b   []byte
	err error
}

func (r *reader) take(n int, what string) []byte {
	if r.err != nil {
		return nil
	}
	if len(r.b) < n {
		r.err = fmt.Errorf("%w: truncated %s", ErrMalformed, what)
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) byte() byte {
	if b := r.take(1, "version"); b != nil {
		return b[0]
	}
	return 0
}

func (r *reader) uint64() uint64 {
	if b := r.take(8, "integer"); b != nil {
		return binary.BigEndian.Uint64(b)
	}
	return 0
}

func (r *reader) field(what string, min, max int) []byte {
	lb := r.take(2, what+" length")
	if lb == nil {
		return nil
	}
	n := int(binary.BigEndian.Uint16(lb))
	if n < min || n > max {
		r.err = fmt.Errorf("%w: %s of %d bytes (%d..%d)", ErrMalformed, what, n, min, max)
		return nil
	}
	return r.take(n, what)
}

// WriteStatementFile writes st to path as lowercase hex and a newline, the
// format 'cifer attest verify --file' reads.
func WriteStatementFile(path string, st *Statement) error {
	b, err := st.MarshalBinary()
	if err != nil {
		return err
	}
	return os.WriteFile(path, []byte(hex.EncodeToString(b)+"\n"), 0o644)
}

// DecodeStatementFile accepts a statement file's contents: hex (optionally
// 0x-prefixed, surrounding white space ignored) or the raw encoding. Raw
// statements start with the version byte 0x01 or 0x02, which hex text
// never does.
func DecodeStatementFile(b []byte) (*Statement, error) {
	if len(b) > 0 && (b[0] == StatementVersion || b[0] == StatementVersion2) {
		return ParseStatement(b)
	}
	t := bytes.TrimSpace(b)
	t = bytes.TrimPrefix(bytes.TrimPrefix(t, []byte("0x")), []byte("0X"))
	if len(t) > 2*MaxStatementSize {
		return nil, fmt.Errorf("%w: file of %d bytes is too large", ErrMalformed, len(b))
	}
	raw := make([]byte, hex.DecodedLen(len(t)))
	if _, err := hex.Decode(raw, t); err != nil {
		return nil, fmt.Errorf("%w: neither raw nor hex: %w", ErrMalformed, err)
	}
	return ParseStatement(raw)
}
