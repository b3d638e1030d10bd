package sim

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"

	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/internal/atomicfile"
)

// A sim report is fixed-size:
//
//	magic "CIFERSIM" (8) || version 0x01 (1) || measurement (32) ||
//	platform public key (32) || user data (64) || Ed25519 signature (64)
//
// The signature is over reportDomain || every byte before the signature.
const (
	reportMagic   = "CIFERSIM"
	reportVersion = 1
	reportDomain  = "cifer/sim-report/v1"
	bodySize      = len(reportMagic) + 1 + 32 + ed25519.PublicKeySize + 64
	// ReportSize is the length of every sim report.
	ReportSize = bodySize + ed25519.SignatureSize
)

// ErrReport means bytes are not a valid sim report.
var ErrReport = errors.New("invalid sim report")

func signReport(platform ed25519.PrivateKey, m [32]byte, userData [64]byte) []byte {
	b := make([]byte, 0, ReportSize)
	b = append(b, reportMagic...)
	b = append(b, reportVersion)
	b = append(b, m[:]...)
	b = append(b, platform.Public().(ed25519.PublicKey)...)
	b = append(b, userData[:]...)
	return append(b, ed25519.Sign(platform, signedMessage(b))...)
}

func signedMessage(body []byte) []byte {
	return append([]byte(reportDomain), body...)
}

// Verifier checks sim reports. It checks the signature against the key the
// report names and returns that key as Claims.Signer: the Policy must then
// compare it with the registry's simPlatformKey, which it does.
type Verifier struct{}

var _ enclave.ReportVerifier = Verifier{}

// VerifyReport parses and checks a sim report.
func (Verifier) VerifyReport(ctx context.Context, report []byte) (enclave.Claims, error) {
	if err := ctx.Err(); err != nil {
		return enclave.Claims{}, err
	}
	if len(report) != ReportSize {
		return enclave.Claims{}, fmt.Errorf("%w: %d bytes, want %d", ErrReport, len(report), ReportSize)
	}
	if !bytes.Equal(report[:len(reportMagic)], []byte(reportMagic)) || report[len(reportMagic)] != reportVersion {
		return enclave.Claims{}, fmt.Errorf("%w: bad magic or version", ErrReport)
	}
	body, sig := report[:bodySize], report[bodySize:]
	rest := body[len(reportMagic)+1:]
	pub := ed25519.PublicKey(rest[32 : 32+ed25519.PublicKeySize])
	if !ed25519.Verify(pub, signedMessage(body), sig) {
		return enclave.Claims{}, fmt.Errorf("%w: platform signature does not verify", ErrReport)
	}
	c := enclave.Claims{
		Backend: enclave.BackendSim,
		Signer:  bytes.Clone(pub),
		// Like a debug enclave, sim memory is open to the host.
		Debug: true,
	}
	copy(c.Measurement[:], rest[:32])
	copy(c.UserData[:], rest[32+ed25519.PublicKeySize:])
	return c, nil
}

// PlatformPublicKey is the bytes32 the registry stores as simPlatformKey.
func PlatformPublicKey(priv ed25519.PrivateKey) [32]byte {
	var k [32]byte
	copy(k[:], priv.Public().(ed25519.PublicKey))
	return k
}

// GeneratePlatformKey makes a new testnet platform key and writes it to path
// (which must not exist) as the hex Ed25519 seed and a newline, mode 0600.
// It returns the public key for the registry.
func GeneratePlatformKey(path string) ([32]byte, error) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return [32]byte{}, fmt.Errorf("generate platform key: %w", err)
	}
	defer clear(priv)
	text := []byte(hex.EncodeToString(priv.Seed()) + "\n")
	defer clear(text)
	if err := atomicfile.Create(path, text, 0o600); err != nil {
		return [32]byte{}, fmt.Errorf("write platform key: %w", err)
	}
	return [32]byte(pub), nil
}

// LoadPlatformKey reads a platform key file written by GeneratePlatformKey.
func LoadPlatformKey(path string) (ed25519.PrivateKey, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read platform key: %w", err)
	}
	defer clear(b)
	seed := make([]byte, ed25519.SeedSize)
	defer clear(seed)
	t := bytes.TrimSpace(b)
	if hex.DecodedLen(len(t)) != ed25519.SeedSize {
		return nil, fmt.Errorf("platform key %s: want %d hex-encoded bytes", path, ed25519.SeedSize)
	}
	if _, err := hex.Decode(seed, t); err != nil {
		return nil, fmt.Errorf("platform key %s: %w", path, err)
	}
	return ed25519.NewKeyFromSeed(seed), nil
}
