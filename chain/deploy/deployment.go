// Package deploy deploys the CIFER contracts (on testnets also a test
// staking token) and reads and writes the deployment file that nodes and
// clients use to find them.
package deploy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/internal/atomicfile"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Addresses of the deployed contracts.
type Addresses struct {
	// Token is the ERC-20 staking token (a TestToken on testnets).
	Token      common.Address `json:"token"`
	Registry   common.Address `json:"registry"`
	Controller common.Address `json:"controller"`
	// RewardsPool receives the controller's creation fees and pays them
	// to the operators (zero in deployments made before rewards).
	RewardsPool common.Address `json:"rewardsPool,omitzero"`
	// Slasher checks slashing evidence and is the registry's slasher
	// (zero in deployments made before slashing).
	Slasher common.Address `json:"slasher,omitzero"`
	// Governance contracts (zero in deployments made before governance).
	// Votes is the StakeVotes wrapper the governor counts; Governor's
	// executor is ParametersTimelock; SecurityTimelock is the registry's and
	// controller's governance, and its only proposer is ParametersTimelock.
	Votes              common.Address `json:"votes,omitzero"`
	Governor           common.Address `json:"governor,omitzero"`
	ParametersTimelock common.Address `json:"parametersTimelock,omitzero"`
	SecurityTimelock   common.Address `json:"securityTimelock,omitzero"`
	// MemberReports takes reported missing cluster members out of the draw
	// (zero in deployments made before it).
	MemberReports common.Address `json:"memberReports,omitzero"`
}

// Deployment is the content of deployment.json.
type Deployment struct {
	Network     string    `json:"network"`
	ChainID     uint64    `json:"chainId"`
	RPCURL      string    `json:"rpcUrl"`
	WSURL       string    `json:"wsUrl,omitempty"`
	BlockTimeMs uint64    `json:"blockTimeMs"`
	Addresses   Addresses `json:"addresses"`
	// DeployBlock is the block of the first deployment transaction: event
	// watchers start there.
	DeployBlock uint64 `json:"deployBlock"`
	// Governance is the registry's and controller's governance address: the
	// security timelock (before governance: the deployer).
	Governance common.Address `json:"governance"`
	Testnet    bool           `json:"testnet"`
	// CheckpointHash is the hash of block DeployBlock: where a node that
	// verifies chain reads starts its chain of trusted headers (zero in
	// deployments made before it).
	CheckpointHash common.Hash `json:"checkpointHash,omitzero"`
}

// Validate reports the first missing field.
func (d Deployment) Validate() error {
	switch {
	case d.ChainID == 0:
		return errors.New("deployment: chainId is zero")
	case d.RPCURL == "":
		return errors.New("deployment: rpcUrl is empty")
	case d.BlockTimeMs == 0:
		return errors.New("deployment: blockTimeMs is zero")
	case d.Addresses.Controller == (common.Address{}):
		return errors.New("deployment: controller address is zero")
	case d.Addresses.Registry == (common.Address{}):
		return errors.New("deployment: registry address is zero")
	}
	return nil
}

// ChainConfig turns the deployment into the home chain's client configuration.
func (d Deployment) ChainConfig(confirmations uint64) chain.Config {
	return chain.Config{
		Name:              d.Network,
		ChainID:           d.ChainID,
		RPCURL:            d.RPCURL,
		WSURL:             d.WSURL,
		ControllerAddress: d.Addresses.Controller,
		RegistryAddress:   d.Addresses.Registry,
		BlockTimeMs:       d.BlockTimeMs,
		Confirmations:     confirmations,
	}
}

// LoadDeployment reads and validates a deployment file.
func LoadDeployment(path string) (Deployment, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Deployment{}, fmt.Errorf("read deployment: %w", err)
	}
	return ParseDeployment(b)
}

// ParseDeployment decodes and validates deployment JSON. Unknown fields are
// rejected so a typo does not silently leave an address zero.
func ParseDeployment(b []byte) (Deployment, error) {
	var d Deployment
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		return Deployment{}, fmt.Errorf("parse deployment: %w", err)
	}
	if dec.More() {
		return Deployment{}, errors.New("parse deployment: trailing data")
	}
	if err := d.Validate(); err != nil {
		return Deployment{}, err
	}
	return d, nil
}

// Save writes the deployment atomically (temporary file, then rename).
func (d Deployment) Save(path string) error {
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return fmt.Errorf("encode deployment: %w", err)
	}
	if err := atomicfile.Write(path, append(b, '\n'), 0o600); err != nil {
		return fmt.Errorf("save deployment: %w", err)
	}
	return nil
}

// manifestDomain separates manifest hashes from every other hash.
const manifestDomain = "cifer-manifest-v1"

// ManifestHash is the hash of the deployment as a network manifest: the
// domain, then the deployment's JSON encoding (fields in declaration
// order, no white space: one encoding per deployment). Every node's
// attestation statement carries it and peers refuse a statement whose
// hash differs from theirs, so a host that edits one node's deployment
// (another chain, other contracts, another RPC endpoint) cuts that node
// off instead of steering it.
func (d Deployment) ManifestHash() ([32]byte, error) {
	b, err := json.Marshal(d)
	if err != nil {
		return [32]byte{}, fmt.Errorf("manifest hash: %w", err)
	}
	return crypto.Keccak256Hash([]byte(manifestDomain), b), nil
}
