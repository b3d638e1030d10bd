package tlskey

import (
	"context"
	"crypto/ecdsa"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/crypto/acme"
)

// ALPNProto is the ALPN protocol of the tls-alpn-01 challenge (RFC 8737).
const ALPNProto = "acme-tls/1"

// ErrNoCertificateYet is what a handshake gets in acme mode before the
// first certificate arrived.
var ErrNoCertificateYet = errors.New("the node has no tls certificate yet: the ACME order is still under way")

// ACMEConfig configures acme mode.
type ACMEConfig struct {
	// DirectoryURL is the ACME server's directory.
	DirectoryURL string
	// Email is the account's contact (optional).
	Email string
	// Names are the DNS names or IP addresses to certify.
	Names []string
	// Key is the API's TLS key: the CSR is signed with it and the
	// certificate is for it. AccountKey signs the ACME requests. Both are
	// the enclave's, loaded unsealed.
	Key        *ecdsa.PrivateKey
	AccountKey *ecdsa.PrivateKey
	// HTTPClient talks to the ACME server (its roots: acme-ca-file).
	HTTPClient *http.Client
	// RequestTimeout bounds one order (default 2 minutes).
	RequestTimeout time.Duration
	// Log defaults to slog.Default().
	Log *slog.Logger
	// Now defaults to time.Now.
	Now func() time.Time
}

// ACME obtains and renews the API's certificate from an ACME CA for the
// enclave's key, answering tls-alpn-01 on the API listener itself: a
// ClientHello that offers only acme-tls/1 for a name being validated gets
// the challenge certificate from GetCertificate.
type ACME struct {
	cfg    ACMEConfig
	client *acme.Client

	mu        sync.Mutex
	cur       *tls.Certificate
	challenge map[string]*tls.Certificate // by SNI server name
	ready     chan struct{}
	readyOnce sync.Once
}

// NewACME checks cfg.
func NewACME(cfg ACMEConfig) (*ACME, error) {
	if cfg.Key == nil || cfg.AccountKey == nil {
		return nil, errors.New("acme: the tls key and the account key are required")
	}
	if cfg.DirectoryURL == "" || len(cfg.Names) == 0 {
		return nil, errors.New("acme: a directory URL and at least one name are required")
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	}
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = 2 * time.Minute
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &ACME{
		cfg:       cfg,
		client:    &acme.Client{Key: cfg.AccountKey, DirectoryURL: cfg.DirectoryURL, HTTPClient: cfg.HTTPClient, UserAgent: "cifer-node"},
		challenge: map[string]*tls.Certificate{},
		ready:     make(chan struct{}),
	}, nil
}

// GetCertificate is tls.Config.GetCertificate (with ALPNProto among the
// config's NextProtos).
func (a *ACME) GetCertificate(hello *tls.ClientHelloInfo) (*tls.Certificate, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if slices.Equal(hello.SupportedProtos, []string{ALPNProto}) {
		if c, ok := a.challenge[strings.ToLower(strings.TrimSuffix(hello.ServerName, "."))]; ok {
			return c, nil
		}
		return nil, fmt.Errorf("no tls-alpn-01 challenge pending for %q", hello.ServerName)
	}
	if a.cur == nil {
		return nil, ErrNoCertificateYet
	}
	return a.cur, nil
}

// Ready is closed once the first certificate is served.
func (a *ACME) Ready() <-chan struct{} { return a.ready }

// Current returns the certificate served now, or nil.
func (a *ACME) Current() *tls.Certificate {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.cur
}

// Run obtains a certificate, then renews it when a third of its validity
// is left, until ctx ends. A failed order is retried with a growing delay
// (capped at 10 minutes); the certificate held stays served meanwhile.
func (a *ACME) Run(ctx context.Context) error {
	retry := 5 * time.Second
	for {
		wait := time.Duration(0)
		if c := a.Current(); c != nil {
			wait = renewAt(c.Leaf).Sub(a.cfg.Now())
		}
		if wait > 0 {
			if err := sleepCtx(ctx, wait); err != nil {
				return nil
			}
		}
		err := a.Obtain(ctx)
		switch {
		case ctx.Err() != nil:
			return nil
		case err != nil:
			a.cfg.Log.Error("acme: could not obtain the api certificate; retrying", "names", a.cfg.Names, "retry_in", retry, "err", err)
			if err := sleepCtx(ctx, retry); err != nil {
				return nil
			}
			retry = min(2*retry, 10*time.Minute)
		default:
			retry = 5 * time.Second
		}
	}
}

func renewAt(leaf *x509.Certificate) time.Time {
	return leaf.NotAfter.Add(-leaf.NotAfter.Sub(leaf.NotBefore) / 3)
}

// Obtain runs one order: account, authorizations (tls-alpn-01), CSR signed
// by the enclave key, certificate. On success the new chain is served.
func (a *ACME) Obtain(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, a.cfg.RequestTimeout)
	defer cancel()
	acct := &acme.Account{}
	if a.cfg.Email != "" {
		acct.Contact = []string{"mailto:" + a.cfg.Email}
	}
	if _, err := a.client.Register(ctx, acct, acme.AcceptTOS); err != nil && !errors.Is(err, acme.ErrAccountAlreadyExists) {
		return fmt.Errorf("acme account: %w", err)
	}
	var ids []acme.AuthzID
	for _, n := range a.cfg.Names {
		if net.ParseIP(n) != nil {
			ids = append(ids, acme.IPIDs(n)...)
		} else {
			ids = append(ids, acme.DomainIDs(n)...)
		}
	}
	order, err := a.client.AuthorizeOrder(ctx, ids)
	if err != nil {
		return fmt.Errorf("acme order: %w", err)
	}
	for _, u := range order.AuthzURLs {
		if err := a.authorize(ctx, u); err != nil {
			return err
		}
	}
	// Keep the order's own URL: answers to later polls carry none.
	orderURL, finalize := order.URI, order.FinalizeURL
	if order, err = a.client.WaitOrder(ctx, orderURL); err != nil {
		return fmt.Errorf("acme order: %w", err)
	}
	if order.FinalizeURL != "" {
		finalize = order.FinalizeURL
	}
	csr, err := CreateCSR(a.cfg.Key, a.cfg.Names)
	if err != nil {
		return err
	}
	der, _, err := a.client.CreateOrderCert(ctx, finalize, csr, true)
	if err != nil {
		// A finalize answer without a Location header (pebble's, when the
		// order is still processing) leaves the client without the order
		// to poll: poll the one we know and fetch the certificate.
		o, werr := a.client.WaitOrder(ctx, orderURL)
		if werr != nil || o.CertURL == "" {
			return fmt.Errorf("acme finalize: %w", errors.Join(err, werr))
		}
		if der, err = a.client.FetchCert(ctx, o.CertURL, true); err != nil {
			return fmt.Errorf("acme certificate: %w", err)
		}
	}
	leaf, err := x509.ParseCertificate(der[0])
	if err != nil {
		return fmt.Errorf("acme certificate: %w", err)
	}
	if pub, ok := leaf.PublicKey.(*ecdsa.PublicKey); !ok || !pub.Equal(&a.cfg.Key.PublicKey) {
		return fmt.Errorf("acme: %w", ErrKeyMismatch)
	}
	a.mu.Lock()
	a.cur = &tls.Certificate{Certificate: der, PrivateKey: a.cfg.Key, Leaf: leaf}
	a.mu.Unlock()
	a.readyOnce.Do(func() { close(a.ready) })
	a.cfg.Log.Info("acme: api certificate obtained", "names", a.cfg.Names, "not_after", leaf.NotAfter, "issuer", leaf.Issuer.String())
	return nil
}

func (a *ACME) authorize(ctx context.Context, url string) error {
	z, err := a.client.GetAuthorization(ctx, url)
	if err != nil {
		return fmt.Errorf("acme authorization: %w", err)
	}
	if z.Status == acme.StatusValid {
		return nil
	}
	var chal *acme.Challenge
	for _, c := range z.Challenges {
		if c.Type == "tls-alpn-01" {
			chal = c
		}
	}
	if chal == nil {
		return fmt.Errorf("acme: the server offers no tls-alpn-01 challenge for %s", z.Identifier.Value)
	}
	cert, err := a.client.TLSALPN01ChallengeCert(chal.Token, z.Identifier.Value, acme.WithKey(a.cfg.Key))
	if err != nil {
		return fmt.Errorf("acme challenge certificate: %w", err)
	}
	sni := strings.ToLower(z.Identifier.Value)
	if z.Identifier.Type == "ip" {
		if sni, err = reverseName(z.Identifier.Value); err != nil {
			return err
		}
	}
	a.mu.Lock()
	a.challenge[sni] = &cert
	a.mu.Unlock()
	defer func() {
		a.mu.Lock()
		delete(a.challenge, sni)
		a.mu.Unlock()
	}()
	if _, err := a.client.Accept(ctx, chal); err != nil {
		return fmt.Errorf("acme accept challenge: %w", err)
	}
	if _, err := a.client.WaitAuthorization(ctx, z.URI); err != nil {
		return fmt.Errorf("acme authorization of %s: %w", z.Identifier.Value, err)
	}
	return nil
}

// reverseName is an IP's reverse-DNS name, the SNI a tls-alpn-01
// validation of an IP identifier uses (RFC 8738).
func reverseName(s string) (string, error) {
	n, err := dnsReverse(s)
	if err != nil {
		return "", fmt.Errorf("acme: ip identifier %q: %w", s, err)
	}
	return strings.TrimSuffix(n, "."), nil
}

func dnsReverse(s string) (string, error) {
	ip := net.ParseIP(s)
	if ip == nil {
		return "", errors.New("not an IP address")
	}
	if v4 := ip.To4(); v4 != nil {
		return fmt.Sprintf("%d.%d.%d.%d.in-addr.arpa.", v4[3], v4[2], v4[1], v4[0]), nil
	}
	const hexd = "0123456789abcdef"
	b := make([]byte, 0, 72)
	for i := len(ip) - 1; i >= 0; i-- {
		b = append(b, hexd[ip[i]&0xf], '.', hexd[ip[i]>>4], '.')
	}
	return string(b) + "ip6.arpa.", nil
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
