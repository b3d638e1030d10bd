package tlskey

import (
	"bytes"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/asn1"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cifer-network/cifer/enclave"
)

// ExtensionOID names the X.509 extension that carries a node's attestation
// statement in a self-issued certificate: 2.25.758134406, in the UUID arc.
// docs/HTTP-API.md explains why its number is 31 random bits and not a
// 128-bit UUID: Go's crypto/x509 refuses every certificate with an
// extension OID arc of 2^31 or more ("malformed extension OID field"), so
// a certificate under a real UUID's arc would fail every Go client's
// handshake, this node's own verifier included.
var ExtensionOID = asn1.ObjectIdentifier{2, 25, 758134406}

// BindingDomain is hashed first into the digest the enclave wallet signs to
// bind a TLS key to a statement; nothing else the wallet signs starts so.
const BindingDomain = "cifer/tls-key/v1"

// ExtensionVersion is the only extension version this code writes and
// reads.
const ExtensionVersion = 1

// maxExtensionSize bounds the extension value: a statement, a signature
// and a few bytes of DER.
const maxExtensionSize = enclave.MaxStatementSize + enclave.SignatureLen + 64

// ErrNoAttestation means a certificate carries no attestation extension:
// it was not self-issued by a node (acme or csr mode), so only the name it
// was issued for vouches for it.
var ErrNoAttestation = errors.New("certificate carries no attestation extension")

// ErrBadAttestation means the extension is there but does not hold: it
// does not parse, or its signature does not bind the certificate's key to
// the statement's enclave wallet.
var ErrBadAttestation = errors.New("invalid attestation extension")

// attestationExt is the extension's value:
//
//	CiferAttestation ::= SEQUENCE {
//	    version    INTEGER (1),
//	    statement  OCTET STRING,  -- enclave.Statement, canonical encoding
//	    binding    OCTET STRING   -- 65-byte wallet signature over BindingDigest
//	}
type attestationExt struct {
	Version   int
	Statement []byte
	Binding   []byte
}

// BindingDigest is keccak256(BindingDomain || sha256(spki) ||
// keccak256(statement)): the digest the enclave wallet signs to say "this
// SubjectPublicKeyInfo is the TLS key of the enclave that made this
// statement".
func BindingDigest(spki, statement []byte) [32]byte {
	k := sha256.Sum256(spki)
	return crypto.Keccak256Hash([]byte(BindingDomain), k[:], crypto.Keccak256(statement))
}

// MarshalExtension encodes the extension value.
func MarshalExtension(statement, binding []byte) ([]byte, error) {
	if len(binding) != enclave.SignatureLen {
		return nil, fmt.Errorf("binding signature of %d bytes, want %d", len(binding), enclave.SignatureLen)
	}
	if len(statement) == 0 || len(statement) > enclave.MaxStatementSize {
		return nil, fmt.Errorf("statement of %d bytes (1..%d)", len(statement), enclave.MaxStatementSize)
	}
	return asn1.Marshal(attestationExt{Version: ExtensionVersion, Statement: statement, Binding: binding})
}

// ParseExtension decodes an extension value: its statement bytes (not yet
// parsed) and the binding signature. It checks structure and sizes only,
// and accepts only the exact DER MarshalExtension writes.
func ParseExtension(b []byte) (statement, binding []byte, err error) {
	if len(b) > maxExtensionSize {
		return nil, nil, fmt.Errorf("%w: %d bytes exceeds %d", ErrBadAttestation, len(b), maxExtensionSize)
	}
	var v attestationExt
	rest, err := asn1.Unmarshal(b, &v)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrBadAttestation, err)
	}
	switch {
	case len(rest) != 0:
		return nil, nil, fmt.Errorf("%w: %d trailing bytes", ErrBadAttestation, len(rest))
	case v.Version != ExtensionVersion:
		return nil, nil, fmt.Errorf("%w: version %d, want %d", ErrBadAttestation, v.Version, ExtensionVersion)
	case len(v.Binding) != enclave.SignatureLen:
		return nil, nil, fmt.Errorf("%w: binding signature of %d bytes, want %d", ErrBadAttestation, len(v.Binding), enclave.SignatureLen)
	case len(v.Statement) == 0 || len(v.Statement) > enclave.MaxStatementSize:
		return nil, nil, fmt.Errorf("%w: statement of %d bytes (1..%d)", ErrBadAttestation, len(v.Statement), enclave.MaxStatementSize)
	}
	// DER has one encoding per value: refuse any other (BER lengths,
	// leading zeros), so an extension has exactly one byte form.
	if again, err := asn1.Marshal(v); err != nil || !bytes.Equal(again, b) {
		return nil, nil, fmt.Errorf("%w: not canonical DER", ErrBadAttestation)
	}
	return v.Statement, v.Binding, nil
}

// VerifyCertificate checks the attestation extension of a node's
// certificate and returns the statement it carries. It checks that the
// statement parses and is signed by its enclave wallet, and that the
// binding signature, made by that same wallet, names this certificate's
// SubjectPublicKeyInfo. It does not decide whether to trust the statement:
// run the statement through enclave.Policy (report, measurement, registry,
// expiry) for that, as 'cifer attest' does. A certificate without the
// extension fails with ErrNoAttestation.
func VerifyCertificate(cert *x509.Certificate) (*enclave.Statement, error) {
	var (
		value []byte
		found int
	)
	for _, e := range cert.Extensions {
		if e.Id.Equal(ExtensionOID) {
			value = e.Value
			found++
		}
	}
	switch found {
	case 0:
		return nil, ErrNoAttestation
	case 1:
	default:
		return nil, fmt.Errorf("%w: %d attestation extensions", ErrBadAttestation, found)
	}
	raw, binding, err := ParseExtension(value)
	if err != nil {
		return nil, err
	}
	st, err := enclave.ParseStatement(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadAttestation, err)
	}
	h, err := st.SigningHash()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadAttestation, err)
	}
	if signer, err := recoverAddress(h[:], st.Signature); err != nil || signer != st.Wallet {
		return nil, fmt.Errorf("%w: the statement is not signed by its enclave wallet %s", ErrBadAttestation, st.Wallet)
	}
	d := BindingDigest(cert.RawSubjectPublicKeyInfo, raw)
	if signer, err := recoverAddress(d[:], binding); err != nil || signer != st.Wallet {
		return nil, fmt.Errorf("%w: the binding signature does not tie this certificate's key to enclave wallet %s", ErrBadAttestation, st.Wallet)
	}
	return st, nil
}

func recoverAddress(digest, sig []byte) ([20]byte, error) {
	pub, err := crypto.SigToPub(digest, sig)
	if err != nil {
		return [20]byte{}, err
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// AttestedClientConfig is a client TLS config that trusts a server by its
// attestation instead of a CA: the handshake proves the server holds the
// certificate's key, VerifyCertificate proves that key is bound to the
// statement's enclave, and accept decides whether to trust that statement
// (run enclave.Policy in it). With roots set, the chain must also verify
// against them for the dialled name. The statement accepted last is
// available from the returned function.
func AttestedClientConfig(roots *x509.CertPool, accept func(*enclave.Statement) error) (*tls.Config, func() *enclave.Statement) {
	var (
		mu   sync.Mutex
		last *enclave.Statement
	)
	tc := &tls.Config{
		MinVersion: tls.VersionTLS12,
		// The default chain check is replaced by VerifyConnection below,
		// which always runs the attestation check and, with roots, the
		// chain check too.
		InsecureSkipVerify: true, //nolint:gosec // verified in VerifyConnection
		VerifyConnection: func(cs tls.ConnectionState) error {
			if len(cs.PeerCertificates) == 0 {
				return errors.New("server sent no certificate")
			}
			leaf := cs.PeerCertificates[0]
			if roots != nil {
				inter := x509.NewCertPool()
				for _, c := range cs.PeerCertificates[1:] {
					inter.AddCert(c)
				}
				if _, err := leaf.Verify(x509.VerifyOptions{DNSName: cs.ServerName, Roots: roots, Intermediates: inter}); err != nil {
					return err
				}
			}
			st, err := VerifyCertificate(leaf)
			if err != nil {
				return err
			}
			if accept != nil {
				if err := accept(st); err != nil {
					return err
				}
			}
			mu.Lock()
			last = st
			mu.Unlock()
			return nil
		},
	}
	return tc, func() *enclave.Statement {
		mu.Lock()
		defer mu.Unlock()
		return last
	}
}
