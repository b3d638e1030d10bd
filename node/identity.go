package node

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/cifer-network/cifer/internal/atomicfile"
	"github.com/cifer-network/cifer/p2p"
	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
)

// IdentityFile is where 'cifer node init' records what an operator
// registers on-chain.
const IdentityFile = "node-identity.json"

// Identity is what the registry records about a node: its libp2p peer ID,
// the enclave wallet that signs for it, its enclave measurement, and the
// hash of its HPKE transport key. Nothing in it is secret. In JSON the
// peer ID is its usual base58 string (peer.ID's own text form), so the file
// reads as it always has and a malformed one is refused when read.
type Identity struct {
	PeerID           peer.ID        `json:"peerId"`
	EnclaveWallet    common.Address `json:"enclaveWallet"`
	Measurement      HexBytes32     `json:"measurement"`
	TransportKeyHash HexBytes32     `json:"transportKeyHash"`
	Backend          string         `json:"backend"`
}

// HexBytes32 is 32 bytes written as 0x-prefixed hex in JSON.
type HexBytes32 [32]byte

// MarshalText writes 0x-prefixed hex.
func (h HexBytes32) MarshalText() ([]byte, error) {
	return []byte("0x" + hex.EncodeToString(h[:])), nil
}

// UnmarshalText reads 0x-prefixed hex of exactly 32 bytes.
func (h *HexBytes32) UnmarshalText(b []byte) error {
	s := string(b)
	if len(s) != 66 || s[:2] != "0x" {
		return fmt.Errorf("want 0x and 64 hex digits, got %q", s)
	}
	_, err := hex.Decode(h[:], b[2:])
	return err
}

// Init prepares a node's data dir: the libp2p identity and the enclave's
// sealed keys (created on first use, kept after), and writes the identity
// file. Calling it again returns the same identity.
func Init(cfg Config, log *slog.Logger) (Identity, error) {
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return Identity{}, fmt.Errorf("data dir: %w", err)
	}
	// The enclave first: a backend that cannot run here (sgx outside an
	// enclave) must leave no peer key behind.
	e, err := OpenEnclave(cfg, log)
	if err != nil {
		return Identity{}, err
	}
	defer e.Close()
	key, err := p2p.LoadOrCreateIdentity(filepath.Join(cfg.DataDir, PeerKeyFile))
	if err != nil {
		return Identity{}, err
	}
	pid, err := peer.IDFromPrivateKey(key)
	if err != nil {
		return Identity{}, fmt.Errorf("peer id: %w", err)
	}
	id := Identity{
		PeerID:           pid,
		EnclaveWallet:    e.Keys().Address(),
		Measurement:      e.Measurement(),
		TransportKeyHash: sha256.Sum256(e.Keys().TransportPublicKey()),
		Backend:          e.Backend(),
	}
	if err := atomicfile.WriteJSON(filepath.Join(cfg.DataDir, IdentityFile), id, 0o600); err != nil {
		return Identity{}, err
	}
	return id, nil
}

// ReadIdentity reads the identity file 'cifer node init' wrote.
func ReadIdentity(dataDir string) (Identity, error) {
	b, err := os.ReadFile(filepath.Join(dataDir, IdentityFile))
	if errors.Is(err, os.ErrNotExist) {
		return Identity{}, fmt.Errorf("%w: no %s in %s: run 'cifer node init --data-dir %s' first", ErrConfig, IdentityFile, dataDir, dataDir)
	}
	if err != nil {
		return Identity{}, err
	}
	var id Identity
	if err := json.Unmarshal(b, &id); err != nil {
		return Identity{}, fmt.Errorf("%s: %w", IdentityFile, err)
	}
	return id, nil
}

// ReadRunInfo reads the run.json of a running node.
func ReadRunInfo(dataDir string) (RunInfo, error) {
	b, err := os.ReadFile(filepath.Join(dataDir, RunInfoFile))
	if err != nil {
		return RunInfo{}, err
	}
	var ri RunInfo
	if err := json.Unmarshal(b, &ri); err != nil {
		return RunInfo{}, fmt.Errorf("%s: %w", RunInfoFile, err)
	}
	return ri, nil
}
