package tlskey

import (
	"crypto/tls"
	"fmt"
)

// Mode is how the API's certificate is made (node config http.tls).
type Mode string

// The certificate modes.
const (
	// ModeSelf: a certificate for the enclave key, self-signed or issued
	// by a configured CA, carrying the attestation statement.
	ModeSelf Mode = "self"
	// ModeACME: a certificate from an ACME CA for configured names.
	ModeACME Mode = "acme"
	// ModeCSR: an operator-issued chain for the CSR 'cifer node tls-csr'
	// writes.
	ModeCSR Mode = "csr"
	// ModeOff: plain HTTP, on a loopback address only.
	ModeOff Mode = "off"
)

// ParseMode reads a mode; empty is ModeSelf, the default.
func ParseMode(s string) (Mode, error) {
	switch m := Mode(s); m {
	case "":
		return ModeSelf, nil
	case ModeSelf, ModeACME, ModeCSR, ModeOff:
		return m, nil
	default:
		return "", fmt.Errorf("tls mode %q: want self, acme, csr or off", s)
	}
}

// ServerConfig is the *tls.Config the API serves with: TLS 1.2 at least
// (Go negotiates 1.3 with every client that has it), for 1.2 only ECDHE
// with AEAD ciphers, the certificate from get on every handshake (so a
// renewed certificate is served at once). It offers HTTP/1.1 only, as the
// plain server did: the API's per-request read and write deadlines and
// its streaming were written and tested for it. extraProtos are ALPN
// protocols to offer besides (acme-tls/1 in acme mode).
func ServerConfig(get func(*tls.ClientHelloInfo) (*tls.Certificate, error), extraProtos ...string) *tls.Config {
	return &tls.Config{
		MinVersion:     tls.VersionTLS12,
		GetCertificate: get,
		NextProtos:     append(append([]string{}, extraProtos...), "http/1.1"),
		CipherSuites: []uint16{
			tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
			tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
			tls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
		},
	}
}
