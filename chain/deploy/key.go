package deploy

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
)

// DeployerKeyEnv is the environment variable that may hold the deployer's
// hex private key. Keys are never taken as flag values: flags end up in
// shell histories and process listings.
const DeployerKeyEnv = "CIFER_DEPLOYER_KEY"

// ErrNoKey means neither a key file nor the environment gave a key.
var ErrNoKey = errors.New("no deployer key: give a key file or set " + DeployerKeyEnv)

// ParseKey reads a hex secp256k1 private key, with or without 0x, ignoring
// surrounding whitespace. Errors never include the input.
func ParseKey(text string) (*ecdsa.PrivateKey, error) {
	s := strings.TrimSpace(text)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	key, err := crypto.HexToECDSA(s)
	if err != nil {
		return nil, errors.New("invalid private key: want 64 hex digits")
	}
	return key, nil
}

// LoadKey reads the key from path, or from DeployerKeyEnv when path is empty.
func LoadKey(path string) (*ecdsa.PrivateKey, error) {
	if path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read key file: %w", err)
		}
		key, err := ParseKey(string(b))
		if err != nil {
			return nil, fmt.Errorf("key file %s: %w", path, err)
		}
		return key, nil
	}
	if v, ok := os.LookupEnv(DeployerKeyEnv); ok && strings.TrimSpace(v) != "" {
		key, err := ParseKey(v)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", DeployerKeyEnv, err)
		}
		return key, nil
	}
	return nil, ErrNoKey
}
