// Package sgx is the Intel SGX enclave backend, built on EGo. It runs only
// inside an enclave: the binary built with 'ego-go build', signed with
// 'ego sign' (see enclave.json beside this file) and started with 'ego run'
// on SGX hardware. Anywhere else Open fails with enclave.ErrNoEnclave.
package sgx

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"

	"github.com/cifer-network/cifer/enclave"
	"github.com/edgelesssys/ego/attestation"
	"github.com/edgelesssys/ego/ecrypto"
	egoenclave "github.com/edgelesssys/ego/enclave"
)

// Config opens the sgx enclave.
type Config struct {
	// DataDir holds the sealed enclave keys. Inside the enclave it is the
	// path as mounted by enclave.json (hostfs).
	DataDir string
	// Log defaults to slog.Default().
	Log *slog.Logger
}

// Enclave is the sgx backend.
type Enclave struct {
	measurement [32]byte
	keys        *enclave.Keys
}

var _ enclave.Enclave = (*Enclave)(nil)

// Open checks that this process runs inside an SGX enclave, then loads (or
// creates and seals) the enclave keys. Outside an enclave it fails with
// enclave.ErrNoEnclave before touching the data dir: EGo's sealing outside
// an enclave would silently use an all-zero key.
func Open(cfg Config) (*Enclave, error) {
	log := cfg.Log
	if log == nil {
		log = slog.Default()
	}
	self, err := egoenclave.GetSelfReport()
	if err != nil {
		return nil, fmt.Errorf("sgx enclave: %w (platform answered: %w)", enclave.ErrNoEnclave, err)
	}
	if len(self.UniqueID) != 32 {
		return nil, fmt.Errorf("sgx enclave: self report has a %d-byte measurement, want 32", len(self.UniqueID))
	}
	e := &Enclave{measurement: [32]byte(self.UniqueID)}
	if e.keys, err = enclave.LoadOrCreateKeys(cfg.DataDir, e); err != nil {
		return nil, fmt.Errorf("sgx enclave: %w", err)
	}
	if self.Debug {
		log.Warn("SGX enclave runs in DEBUG mode: its memory is readable by the host and peers refuse its reports; sign with \"debug\": false")
	}
	log.Info("sgx enclave opened", "measurement", fmt.Sprintf("%x", e.measurement),
		"signer", fmt.Sprintf("%x", self.SignerID), "enclave_wallet", e.keys.Address())
	return e, nil
}

// Backend is enclave.BackendSGX.
func (e *Enclave) Backend() string { return enclave.BackendSGX }

// Measurement is the enclave's MRENCLAVE.
func (e *Enclave) Measurement() [32]byte { return e.measurement }

// Keys are the enclave wallet and transport key.
func (e *Enclave) Keys() *enclave.Keys { return e.keys }

// Report is an SGX remote report (DCAP quote, via EGo) over userData.
func (e *Enclave) Report(ctx context.Context, userData [64]byte) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r, err := egoenclave.GetRemoteReport(userData[:])
	if err != nil {
		return nil, fmt.Errorf("sgx remote report: %w", err)
	}
	return r, nil
}

// Seal seals with the enclave's unique (MRENCLAVE-bound) key. Not the
// product key: operators sign their own builds, and a product key would let
// any binary signed with the same key, whatever its measurement, unseal.
// After an upgrade (new measurement) a node gets new keys and fresh shares
// through resharing.
func (e *Enclave) Seal(plaintext, additionalData []byte) ([]byte, error) {
	b, err := ecrypto.SealWithUniqueKey(plaintext, additionalData)
	if err != nil {
		return nil, fmt.Errorf("sgx seal: %w", err)
	}
	return b, nil
}

// Unseal reverses Seal; failures wrap enclave.ErrUnseal.
func (e *Enclave) Unseal(sealed, additionalData []byte) ([]byte, error) {
	b, err := ecrypto.Unseal(sealed, additionalData)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", enclave.ErrUnseal, err)
	}
	return b, nil
}

// Close wipes the keys.
func (e *Enclave) Close() error { return e.keys.Close() }

// Verifier checks SGX remote reports: inside an enclave with EGo's
// enclave.VerifyRemoteReport, outside one with the host verifier that only
// builds with -tags ego_eclient (see verify_host*.go).
type Verifier struct {
	// AllowOutdatedTCB accepts reports whose platform TCB is not up to
	// date (OE_TCB_LEVEL_INVALID). Off by default.
	AllowOutdatedTCB bool
}

var _ enclave.ReportVerifier = Verifier{}

// errUnsupported is EGo's answer outside an enclave.
const errUnsupported = "OE_UNSUPPORTED"

// VerifyReport verifies report's signature chain and returns its claims.
func (v Verifier) VerifyReport(ctx context.Context, report []byte) (enclave.Claims, error) {
	return v.verify(ctx, report, verifyRemoteReport)
}

// verifyRemoteReport checks a report with EGo inside an enclave and with the
// host verifier outside one.
func verifyRemoteReport(report []byte) (attestation.Report, error) {
	r, err := egoenclave.VerifyRemoteReport(report)
	if err != nil && err.Error() == errUnsupported {
		r, err = hostVerifyRemoteReport(report)
	}
	return r, err
}

// verify applies the TCB option to check's verdict (check is
// verifyRemoteReport, or a stand-in in tests).
func (v Verifier) verify(ctx context.Context, report []byte, check func([]byte) (attestation.Report, error)) (enclave.Claims, error) {
	if err := ctx.Err(); err != nil {
		return enclave.Claims{}, err
	}
	r, err := check(report)
	if errors.Is(err, attestation.ErrTCBLevelInvalid) && v.AllowOutdatedTCB {
		err = nil
	}
	if err != nil {
		return enclave.Claims{}, fmt.Errorf("sgx report: %w", err)
	}
	return claimsFrom(r)
}

func claimsFrom(r attestation.Report) (enclave.Claims, error) {
	if len(r.UniqueID) != 32 || len(r.Data) < 64 {
		return enclave.Claims{}, fmt.Errorf("sgx report: measurement of %d bytes, user data of %d", len(r.UniqueID), len(r.Data))
	}
	c := enclave.Claims{
		Backend:         enclave.BackendSGX,
		Measurement:     [32]byte(r.UniqueID),
		Signer:          append([]byte(nil), r.SignerID...),
		Debug:           r.Debug,
		SecurityVersion: uint16(min(r.SecurityVersion, 0xffff)),
	}
	copy(c.UserData[:], r.Data[:64])
	if len(r.ProductID) >= 2 {
		c.ProductID = binary.LittleEndian.Uint16(r.ProductID)
	}
	return c, nil
}
