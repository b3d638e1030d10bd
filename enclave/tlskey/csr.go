package tlskey

import (
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"
)

// ErrKeyMismatch means a certificate was not issued for the enclave's TLS
// key, so the node cannot serve it.
var ErrKeyMismatch = errors.New("certificate is not for this node's enclave tls key")

// CreateCSR makes a PKCS#10 request for key with names as SANs, signed by
// key (inside the enclave): DER.
func CreateCSR(key *ecdsa.PrivateKey, names []string) ([]byte, error) {
	if len(names) == 0 {
		return nil, errors.New("csr: no names")
	}
	var c x509.Certificate
	setNames(&c, names)
	return x509.CreateCertificateRequest(rand.Reader, &x509.CertificateRequest{
		Subject:     pkix.Name{CommonName: names[0]},
		DNSNames:    c.DNSNames,
		IPAddresses: c.IPAddresses,
	}, key)
}

// EncodeCSR is the PEM form of a DER CSR.
func EncodeCSR(der []byte) []byte {
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE REQUEST", Bytes: der})
}

// CertFile serves an operator-issued chain (csr mode) read from a PEM
// file: leaf first, then intermediates. The file is read again when its
// modification time changes, so a renewed chain dropped in place is served
// without a restart; a chain for another key is refused.
type CertFile struct {
	path string
	key  *ecdsa.PrivateKey

	mu  sync.Mutex
	mod time.Time
	cur *tls.Certificate
}

// NewCertFile reads path now and fails when its leaf is not for key.
func NewCertFile(path string, key *ecdsa.PrivateKey) (*CertFile, error) {
	f := &CertFile{path: path, key: key}
	if _, err := f.Certificate(); err != nil {
		return nil, err
	}
	return f, nil
}

// GetCertificate is tls.Config.GetCertificate.
func (f *CertFile) GetCertificate(*tls.ClientHelloInfo) (*tls.Certificate, error) {
	return f.Certificate()
}

// Certificate returns the chain, read again if the file changed. A file
// that changed into something unusable leaves the previous chain served.
func (f *CertFile) Certificate() (*tls.Certificate, error) {
	fi, err := os.Stat(f.path)
	f.mu.Lock()
	defer f.mu.Unlock()
	if err != nil {
		if f.cur != nil {
			return f.cur, nil
		}
		return nil, fmt.Errorf("tls-cert-file: %w", err)
	}
	if f.cur != nil && fi.ModTime().Equal(f.mod) {
		return f.cur, nil
	}
	c, err := LoadChain(f.path, f.key)
	if err != nil {
		if f.cur != nil {
			return f.cur, nil
		}
		return nil, err
	}
	f.cur, f.mod = c, fi.ModTime()
	return c, nil
}

// LoadChain reads a PEM chain and pairs it with key, refusing (with
// ErrKeyMismatch) a leaf for another public key.
func LoadChain(path string, key *ecdsa.PrivateKey) (*tls.Certificate, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("tls-cert-file: %w", err)
	}
	var chain [][]byte
	for {
		var blk *pem.Block
		blk, b = pem.Decode(b)
		if blk == nil {
			break
		}
		if blk.Type == "CERTIFICATE" {
			chain = append(chain, blk.Bytes)
		}
	}
	if len(chain) == 0 {
		return nil, fmt.Errorf("tls-cert-file %s holds no PEM certificate", path)
	}
	leaf, err := x509.ParseCertificate(chain[0])
	if err != nil {
		return nil, fmt.Errorf("tls-cert-file %s: %w", path, err)
	}
	if pub, ok := leaf.PublicKey.(*ecdsa.PublicKey); !ok || !pub.Equal(&key.PublicKey) {
		return nil, fmt.Errorf("%w: tls-cert-file %s was issued for another key (make a request for this node's key with 'cifer node tls-csr' and have it issued)", ErrKeyMismatch, path)
	}
	return &tls.Certificate{Certificate: chain, PrivateKey: key, Leaf: leaf}, nil
}
