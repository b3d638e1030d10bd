package tlskey

import (
	"bytes"
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"sync"
	"time"

	"github.com/cifer-network/cifer/enclave"
)

// DefaultNames are the names a self-issued certificate carries when the
// config names none.
var DefaultNames = []string{"127.0.0.1", "::1", "localhost"}

// Statements gives the node's current encoded attestation statement,
// renewing it when due (enclave.Issuer.Current).
type Statements interface {
	Current(ctx context.Context) ([]byte, error)
}

// Wallet signs 32-byte digests with the enclave wallet (enclave.Keys).
type Wallet interface {
	SignHash(digest []byte) ([]byte, error)
}

// SelfConfig configures self mode.
type SelfConfig struct {
	// Key is the API's TLS key (LoadOrCreateKey).
	Key *ecdsa.PrivateKey
	// Names are DNS names and IP addresses for the certificate's SANs
	// (DefaultNames when empty).
	Names []string
	// CACert and CAKey, when set, issue the certificate; otherwise it is
	// self-signed.
	CACert *x509.Certificate
	CAKey  crypto.Signer
	// Statements and Wallet give the statement for the extension and sign
	// the binding.
	Statements Statements
	Wallet     Wallet
}

// SelfIssuer issues the node's certificate for its TLS key with the
// current attestation statement in the extension, and issues it again
// whenever the statement is renewed (so the certificate never outlives the
// statement it carries: it expires with it).
type SelfIssuer struct {
	cfg SelfConfig

	mu   sync.Mutex
	raw  []byte // statement in cur
	cur  *tls.Certificate
	spki []byte
}

// NewSelfIssuer checks cfg.
func NewSelfIssuer(cfg SelfConfig) (*SelfIssuer, error) {
	if cfg.Key == nil || cfg.Statements == nil || cfg.Wallet == nil {
		return nil, errors.New("self-issued tls certificate: key, statements and wallet are required")
	}
	if (cfg.CACert == nil) != (cfg.CAKey == nil) {
		return nil, errors.New("self-issued tls certificate: a CA needs both its certificate and its key")
	}
	if len(cfg.Names) == 0 {
		cfg.Names = DefaultNames
	}
	spki, err := x509.MarshalPKIXPublicKey(&cfg.Key.PublicKey)
	if err != nil {
		return nil, fmt.Errorf("tls key: %w", err)
	}
	return &SelfIssuer{cfg: cfg, spki: spki}, nil
}

// GetCertificate is tls.Config.GetCertificate.
func (s *SelfIssuer) GetCertificate(hello *tls.ClientHelloInfo) (*tls.Certificate, error) {
	return s.Certificate(hello.Context())
}

// Certificate returns the certificate for the current statement, issuing
// a new one when the statement changed.
func (s *SelfIssuer) Certificate(ctx context.Context) (*tls.Certificate, error) {
	raw, err := s.cfg.Statements.Current(ctx)
	if err != nil {
		return nil, fmt.Errorf("attestation statement for the tls certificate: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cur != nil && bytes.Equal(raw, s.raw) {
		return s.cur, nil
	}
	c, err := s.issue(raw)
	if err != nil {
		return nil, err
	}
	s.cur, s.raw = c, raw
	return c, nil
}

func (s *SelfIssuer) issue(raw []byte) (*tls.Certificate, error) {
	st, err := enclave.ParseStatement(raw)
	if err != nil {
		return nil, fmt.Errorf("own statement: %w", err)
	}
	d := BindingDigest(s.spki, raw)
	binding, err := s.cfg.Wallet.SignHash(d[:])
	if err != nil {
		return nil, fmt.Errorf("sign tls key binding: %w", err)
	}
	ext, err := MarshalExtension(raw, binding)
	if err != nil {
		return nil, err
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 127))
	if err != nil {
		return nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: "cifer node " + st.Wallet.Hex()},
		// A little slack for clients whose clocks are behind; the end is
		// the statement's own expiry.
		NotBefore:       st.IssuedAt.Add(-5 * time.Minute),
		NotAfter:        st.ExpiresAt,
		KeyUsage:        x509.KeyUsageDigitalSignature,
		ExtKeyUsage:     []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		ExtraExtensions: []pkix.Extension{{Id: ExtensionOID, Value: ext}},
	}
	setNames(tmpl, s.cfg.Names)
	parent, signer := tmpl, crypto.Signer(s.cfg.Key)
	if s.cfg.CACert != nil {
		parent, signer = s.cfg.CACert, s.cfg.CAKey
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, &s.cfg.Key.PublicKey, signer)
	if err != nil {
		return nil, fmt.Errorf("issue tls certificate: %w", err)
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, err
	}
	chain := [][]byte{der}
	if s.cfg.CACert != nil {
		chain = append(chain, s.cfg.CACert.Raw)
	}
	return &tls.Certificate{Certificate: chain, PrivateKey: s.cfg.Key, Leaf: leaf}, nil
}

// setNames puts each name in the SAN list it belongs to.
func setNames(c *x509.Certificate, names []string) {
	for _, n := range names {
		if ip := net.ParseIP(n); ip != nil {
			c.IPAddresses = append(c.IPAddresses, ip)
		} else {
			c.DNSNames = append(c.DNSNames, n)
		}
	}
	if c.Subject.CommonName == "" && len(names) > 0 {
		c.Subject.CommonName = names[0]
	}
}

// LoadCA reads a CA certificate and its private key (PEM: PKCS#8, SEC 1
// or PKCS#1), as the testnet's dev CA writes them.
func LoadCA(certFile, keyFile string) (*x509.Certificate, crypto.Signer, error) {
	pair, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return nil, nil, fmt.Errorf("tls ca: %w", err)
	}
	signer, ok := pair.PrivateKey.(crypto.Signer)
	if !ok {
		return nil, nil, errors.New("tls ca: key cannot sign")
	}
	cert, err := x509.ParseCertificate(pair.Certificate[0])
	if err != nil {
		return nil, nil, fmt.Errorf("tls ca: %w", err)
	}
	if !cert.IsCA {
		return nil, nil, fmt.Errorf("tls ca: %s is not a CA certificate", certFile)
	}
	return cert, signer, nil
}

// CertPool reads PEM certificates from file into a new pool (for
// tls-ca files and clients that trust a testnet CA).
func CertPool(file string) (*x509.CertPool, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	p := x509.NewCertPool()
	if !p.AppendCertsFromPEM(b) {
		return nil, fmt.Errorf("%s holds no PEM certificate", file)
	}
	return p, nil
}

// NewDevCA makes a self-signed ECDSA P-256 CA for a testnet and writes its
// certificate (PEM) to certFile and its key (PKCS#8 PEM, NOT sealed: it
// is a development CA whose key anyone with the directory has) to keyFile.
func NewDevCA(certFile, keyFile, name string, lifetime time.Duration) error {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return err
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 127))
	if err != nil {
		return err
	}
	now := time.Now()
	tmpl := &x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: name},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(lifetime),
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
		BasicConstraintsValid: true,
		IsCA:                  true,
		MaxPathLenZero:        true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return err
	}
	pk, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return err
	}
	if err := os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: pk}), 0o600); err != nil {
		return err
	}
	clear(pk)
	return os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644)
}
