package node

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"path/filepath"
	"strings"
	"time"

	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/enclave/tlskey"
)

// validateTLS checks the [http] TLS keys: a known mode with the fields it
// needs, and plain HTTP only where nothing but this machine can listen in.
func (h HTTPConfig) validateTLS() []error {
	var errs []error
	mode, err := tlskey.ParseMode(h.TLS)
	if err != nil {
		return []error{fmt.Errorf("http.tls: %w", err)}
	}
	if mode == tlskey.ModeOff && h.API != "" && !IsLoopbackAddr(h.API) {
		errs = append(errs, fmt.Errorf("http.tls is off but http.api %q is not a loopback address: plain HTTP would carry plaintexts and signed requests over the network; set http.tls to self, acme or csr, or listen on 127.0.0.1", h.API))
	}
	if mode == tlskey.ModeOff && h.Metrics != "" && !IsLoopbackAddr(h.Metrics) {
		errs = append(errs, fmt.Errorf("http.metrics %q is not a loopback address and http.tls is off: metrics are served plain only on loopback, otherwise with the API's TLS, which off disables", h.Metrics))
	}
	if (h.TLSCACertFile == "") != (h.TLSCAKeyFile == "") {
		errs = append(errs, errors.New("http.tls-ca-cert-file and http.tls-ca-key-file go together"))
	}
	if h.TLSCACertFile != "" && mode != tlskey.ModeSelf {
		errs = append(errs, fmt.Errorf("http.tls-ca-cert-file is for tls = self, not %s", mode))
	}
	switch mode {
	case tlskey.ModeACME:
		if h.API == "" {
			errs = append(errs, errors.New("http.tls = acme needs http.api: the ACME challenge is answered on the API listener"))
		}
		if h.ACMEDirectoryURL == "" || !strings.HasPrefix(h.ACMEDirectoryURL, "https://") {
			errs = append(errs, fmt.Errorf("http.tls = acme needs http.acme-directory-url, an https:// URL (got %q)", h.ACMEDirectoryURL))
		}
		if len(h.TLSNames) == 0 {
			errs = append(errs, errors.New("http.tls = acme needs http.tls-names: the names to obtain a certificate for"))
		}
	case tlskey.ModeCSR:
		if h.TLSCertFile == "" {
			errs = append(errs, errors.New("http.tls = csr needs http.tls-cert-file: the chain issued for 'cifer node tls-csr'"))
		}
	}
	return errs
}

// IsLoopbackAddr reports whether a listen address (host:port) can only be
// reached from this machine: a loopback IP or "localhost". An empty host
// listens on every interface and is not loopback.
func IsLoopbackAddr(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.IsLoopback()
}

// apiTLS is what wireTLS hands to the HTTP servers: the server config (nil
// when tls = off) and, in acme mode, the order that must run.
type apiTLS struct {
	config *tls.Config
	acme   *tlskey.ACME
}

// wireTLS loads the API's TLS key from the enclave (made and sealed on
// first start) and sets up the certificate mode. It runs after the mesh,
// whose statement issuer self mode puts in the certificate.
func (w *wiring) wireTLS() {
	w.life.add(component{
		name: "api tls",
		start: func(ctx context.Context) error {
			h := w.cfg.HTTP
			if h.API == "" && (h.Metrics == "" || IsLoopbackAddr(h.Metrics)) {
				return nil // no listener serves TLS
			}
			t, err := buildAPITLS(ctx, w.cfg, w.encl, w.keys, w.issuer, w.log)
			if err != nil {
				return err
			}
			w.tls = t
			return nil
		},
		run: func(ctx context.Context) error {
			if w.tls.acme == nil {
				return nil
			}
			return w.tls.acme.Run(ctx)
		},
	})
}

func buildAPITLS(ctx context.Context, cfg Config, encl enclave.Sealer, keys *enclave.Keys, statements tlskey.Statements, log *slog.Logger) (apiTLS, error) {
	h := cfg.HTTP
	mode, err := tlskey.ParseMode(h.TLS)
	if err != nil {
		return apiTLS{}, fmt.Errorf("%w: http.tls: %w", ErrConfig, err)
	}
	if mode == tlskey.ModeOff {
		log.Warn("http api serves plain HTTP (http.tls = off): loopback only, never for a node others use")
		return apiTLS{}, nil
	}
	dir := filepath.Join(cfg.DataDir, EnclaveDir)
	key, err := tlskey.LoadOrCreateKey(dir, encl)
	if err != nil {
		return apiTLS{}, fmt.Errorf("api tls key: %w", err)
	}
	switch mode {
	case tlskey.ModeSelf:
		sc := tlskey.SelfConfig{Key: key, Names: h.TLSNames, Statements: statements, Wallet: keys}
		if h.TLSCACertFile != "" {
			if sc.CACert, sc.CAKey, err = tlskey.LoadCA(h.TLSCACertFile, h.TLSCAKeyFile); err != nil {
				return apiTLS{}, fmt.Errorf("%w: http.tls-ca-cert-file: %w", ErrConfig, err)
			}
		}
		si, err := tlskey.NewSelfIssuer(sc)
		if err != nil {
			return apiTLS{}, err
		}
		// Issue once now: a node that cannot make its certificate should
		// fail at start, not at its first client.
		if _, err := si.Certificate(ctx); err != nil {
			return apiTLS{}, err
		}
		return apiTLS{config: tlskey.ServerConfig(si.GetCertificate)}, nil
	case tlskey.ModeCSR:
		cf, err := tlskey.NewCertFile(h.TLSCertFile, key)
		if err != nil {
			return apiTLS{}, fmt.Errorf("%w: http.tls = csr: %w", ErrConfig, err)
		}
		return apiTLS{config: tlskey.ServerConfig(cf.GetCertificate)}, nil
	case tlskey.ModeACME:
		acct, err := tlskey.LoadOrCreateACMEAccountKey(dir, encl)
		if err != nil {
			return apiTLS{}, fmt.Errorf("acme account key: %w", err)
		}
		hc := &http.Client{Timeout: 30 * time.Second}
		if h.ACMECAFile != "" {
			pool, err := tlskey.CertPool(h.ACMECAFile)
			if err != nil {
				return apiTLS{}, fmt.Errorf("%w: http.acme-ca-file: %w", ErrConfig, err)
			}
			hc.Transport = &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}}
		}
		a, err := tlskey.NewACME(tlskey.ACMEConfig{DirectoryURL: h.ACMEDirectoryURL, Email: h.ACMEEmail, Names: h.TLSNames,
			Key: key, AccountKey: acct, HTTPClient: hc, Log: log})
		if err != nil {
			return apiTLS{}, err
		}
		return apiTLS{config: tlskey.ServerConfig(a.GetCertificate, tlskey.ALPNProto), acme: a}, nil
	}
	return apiTLS{}, fmt.Errorf("%w: http.tls %q", ErrConfig, mode)
}

// TLSCSR returns a PEM certificate request for the node's API TLS key
// with names as SANs (csr mode). The key is made and sealed in the data
// dir if the node has none yet; the request is signed inside the enclave
// and the key never leaves it.
func TLSCSR(cfg Config, names []string, log *slog.Logger) ([]byte, error) {
	if len(names) == 0 {
		return nil, fmt.Errorf("%w: no names for the certificate request", ErrConfig)
	}
	e, err := OpenEnclave(cfg, log)
	if err != nil {
		return nil, err
	}
	defer e.Close()
	key, err := tlskey.LoadOrCreateKey(filepath.Join(cfg.DataDir, EnclaveDir), e)
	if err != nil {
		return nil, fmt.Errorf("api tls key: %w", err)
	}
	der, err := tlskey.CreateCSR(key, names)
	if err != nil {
		return nil, err
	}
	return tlskey.EncodeCSR(der), nil
}
