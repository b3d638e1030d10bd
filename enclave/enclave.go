// Package enclave is what a node needs from its trusted execution
// environment, behind one interface: reports over 64 bytes of user data,
// sealing, and the enclave's own keys (the enclave wallet and the HPKE
// transport key), plus the attestation statement nodes exchange and the one
// policy that decides whether a peer's statement holds.
//
// The backends live in subpackages: enclave/sgx (EGo, SGX hardware) and
// enclave/sim (software, testnets only, no protection).
package enclave

import (
	"context"
	"errors"
)

// Backend names. They are part of the statement encoding and of the claims a
// verifier returns, so a sim report can never pass for hardware.
const (
	BackendSGX = "sgx"
	BackendSim = "sim"
)

// Enclave is a node's TEE: its identity (measurement), reports, sealing and
// the keys generated inside it.
type Enclave interface {
	// Backend is BackendSGX or BackendSim.
	Backend() string
	// Measurement identifies the running code (MRENCLAVE for sgx, SHA-256
	// of the binary for sim).
	Measurement() [32]byte
	// Report returns a backend report over userData that a ReportVerifier
	// of the same backend turns back into Claims.
	Report(ctx context.Context, userData [64]byte) ([]byte, error)
	// Seal encrypts plaintext so that only this enclave (same measurement,
	// same machine or node) can Unseal it; additionalData is authenticated.
	Seal(plaintext, additionalData []byte) ([]byte, error)
	// Unseal reverses Seal. Failure wraps ErrUnseal.
	Unseal(sealed, additionalData []byte) ([]byte, error)
	// Keys are the enclave wallet and transport key, loaded from (or
	// created and sealed into) the node's data dir at open.
	Keys() *Keys
	// Close wipes the keys it can.
	Close() error
}

// Sealer is the sealing half of an Enclave; LoadOrCreateKeys needs only it.
type Sealer interface {
	Seal(plaintext, additionalData []byte) ([]byte, error)
	Unseal(sealed, additionalData []byte) ([]byte, error)
}

// Claims is what a verified backend report says about the enclave that
// produced it.
type Claims struct {
	Backend     string
	Measurement [32]byte
	// Signer is MRSIGNER for sgx, and for sim the platform Ed25519 public
	// key that signed the report: the policy must compare it with the key
	// it trusts (the registry's simPlatformKey).
	Signer   []byte
	UserData [64]byte
	// Debug is true for a debuggable SGX enclave and always true for sim:
	// the host can read either's memory.
	Debug bool
	// ProductID and SecurityVersion are SGX's ISVPRODID and ISVSVN (zero
	// for sim).
	ProductID       uint16
	SecurityVersion uint16
}

// ReportVerifier checks a report of one backend and returns its claims. It
// checks the report's own integrity only; what to trust is the Policy's job.
type ReportVerifier interface {
	VerifyReport(ctx context.Context, report []byte) (Claims, error)
}

var (
	// ErrNoEnclave means the sgx backend was opened outside an SGX enclave.
	ErrNoEnclave = errors.New("not running inside an SGX enclave: build with 'ego-go build', sign with 'ego sign enclave.json', and start with 'ego run cifer ...' on SGX hardware; on a testnet use the sim backend instead")
	// ErrUnseal means sealed data could not be opened: it was sealed by
	// another enclave (other node, other measurement) or was altered.
	ErrUnseal = errors.New("cannot unseal: sealed by another enclave key or corrupted")
	// ErrVerifierUnavailable means this build cannot verify reports of a
	// backend (say SGX outside an enclave without Open Enclave). It says
	// nothing about the peer.
	ErrVerifierUnavailable = errors.New("report verifier unavailable in this build")
)
