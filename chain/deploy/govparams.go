package deploy

import (
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/cifer-network/cifer/contracts/bindings"
)

// Governed parameters by the name `cifer gov propose --set NAME=VALUE`
// takes. Security parameters go through both timelocks (the parameters
// delay, then the security delay); the others through the parameters
// timelock only. The registry and the controller enforce the split
// themselves: a security setter called by the parameters timelock reverts.

// ErrUnknownParam means a --set name is not a governed parameter.
var ErrUnknownParam = errors.New("unknown governed parameter")

// contractKind says which contract a parameter lives on.
type contractKind int

const (
	onRegistry contractKind = iota
	onController
	onMemberReports
	onRewardsPool
	onSlasher
)

// GovParam describes one governed parameter.
type GovParam struct {
	Name     string
	Security bool
	// Value describes the accepted value, for usage text.
	Value  string
	on     contractKind
	method string
	// args turns the value into the setter's arguments.
	args func(v string) ([]any, error)
}

// Contract names the contract the parameter lives on.
func (p GovParam) Contract() string {
	switch p.on {
	case onController:
		return "SecretsController"
	case onMemberReports:
		return "MemberReports"
	case onRewardsPool:
		return "RewardsPool"
	case onSlasher:
		return "Slasher"
	}
	return "ClusterRegistry"
}

// target is the address of the contract the parameter lives on.
func (p GovParam) target(a Addresses) common.Address {
	switch p.on {
	case onController:
		return a.Controller
	case onSlasher:
		return a.Slasher
	case onMemberReports:
		return a.MemberReports
	case onRewardsPool:
		return a.RewardsPool
	}
	return a.Registry
}

// Method is the setter the change calls.
func (p GovParam) Method() string { return p.method }

var govParams = []GovParam{
	{Name: "min-stake", Value: "whole tokens (18 decimals), or NUMBERwei", on: onRegistry, method: "setMinStake", args: one(parseAmount)},
	{Name: "epoch-length", Value: "blocks", on: onRegistry, method: "setEpochLength", args: one(parseUint64)},
	{Name: "unbonding-delay", Value: "blocks", on: onRegistry, method: "setUnbondingDelay", args: one(parseUint64)},
	{Name: "missing-member-timeout", Value: "seconds a cluster member is unseen before its fellows report it", on: onMemberReports, method: "setMissingMemberTimeout", args: one(parseUint64)},
	{Name: "member-reports", Security: true, Value: "address (the MemberReports contract)", on: onRegistry, method: "setMemberReports", args: one(parseAddr)},
	{Name: "target-cluster-count", Value: "1..255", on: onRegistry, method: "setTargetClusterCount", args: one(parseUint8)},
	{Name: "creation-fee", Value: "wei", on: onController, method: "setSecretCreationFee", args: one(parseWei)},
	{Name: "default-secret-type", Value: "0..255", on: onController, method: "setDefaultSecretType", args: one(parseUint8)},

	{Name: "black-box-count", Security: true, Value: "K, 1..32", on: onRegistry, method: "setBlackBoxCount", args: one(parseUint8)},
	{Name: "cluster-shape", Security: true, Value: "N/T, e.g. 5/3 (2 <= T <= N <= 32)", on: onRegistry, method: "setClusterShape", args: parseShape},
	{Name: "allow-measurement", Security: true, Value: "32-byte hex measurement", on: onRegistry, method: "setMeasurementAllowed", args: measurement(true)},
	{Name: "disallow-measurement", Security: true, Value: "32-byte hex measurement", on: onRegistry, method: "setMeasurementAllowed", args: measurement(false)},
	{Name: "simulated-enclaves-allowed", Security: true, Value: "true or false", on: onRegistry, method: "setSimulatedEnclavesAllowed", args: one(parseBool)},
	{Name: "sim-platform-key", Security: true, Value: "32-byte hex Ed25519 public key", on: onRegistry, method: "setSimPlatformKey", args: one(parseBytes32)},
	{Name: "registry-governance", Security: true, Value: "address", on: onRegistry, method: "transferGovernance", args: one(parseAddr)},
	{Name: "registry-parameters-governance", Security: true, Value: "address (0x0: none)", on: onRegistry, method: "setParametersGovernance", args: one(parseAddr)},
	{Name: "black-box-authority", Security: true, Value: "address", on: onController, method: "setBlackBoxAuthority", args: one(parseAddr)},
	{Name: "controller-governance", Security: true, Value: "address", on: onController, method: "transferGovernance", args: one(parseAddr)},
	{Name: "controller-parameters-governance", Security: true, Value: "address (0x0: none)", on: onController, method: "setParametersGovernance", args: one(parseAddr)},
	{Name: "rewards-pool", Security: true, Value: "address (0x0: the controller keeps the fees)", on: onController, method: "setRewardsPool", args: one(parseAddr)},
	// Excluders (the Slasher, a missing-member report) take a node's reward
	// for an epoch, so only the security timelock names them.
	{Name: "rewards-excluder", Security: true, Value: "address allowed to exclude nodes from an epoch's rewards", on: onRewardsPool, method: "setExcluder", args: excluder(true)},
	{Name: "rewards-remove-excluder", Security: true, Value: "address", on: onRewardsPool, method: "setExcluder", args: excluder(false)},
	{Name: "rewards-claim-delay", Security: true, Value: "epochs, 1..1000", on: onRewardsPool, method: "setClaimDelayEpochs", args: one(parseUint64)},
	{Name: "rewards-pool-governance", Security: true, Value: "address", on: onRewardsPool, method: "transferGovernance", args: one(parseAddr)},
	// Slashing: what a fault costs and who may slash are security changes.
	{Name: "slasher", Security: true, Value: "address (0x0: nobody slashes)", on: onRegistry, method: "setSlasher", args: one(parseAddr)},
	{Name: "slash-fractions", Security: true, Value: "SLASH/REPORTER basis points: of the stake taken per fault / of that to the reporter, e.g. 5000/2000", on: onSlasher, method: "setFractions", args: parseFractions},
	{Name: "slasher-rewards", Security: true, Value: "address of the rewards pool told of slashes (0x0: none)", on: onSlasher, method: "setRewards", args: one(parseAddr)},
	{Name: "slasher-governance", Security: true, Value: "address", on: onSlasher, method: "transferGovernance", args: one(parseAddr)},
}

// GovParams lists the governed parameters, sorted by name.
func GovParams() []GovParam {
	out := append([]GovParam(nil), govParams...)
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// LookupGovParam finds a parameter by name.
func LookupGovParam(name string) (GovParam, error) {
	for _, p := range govParams {
		if p.Name == name {
			return p, nil
		}
	}
	names := make([]string, 0, len(govParams))
	for _, p := range GovParams() {
		names = append(names, p.Name)
	}
	return GovParam{}, fmt.Errorf("%w %q (known: %s)", ErrUnknownParam, name, strings.Join(names, ", "))
}

// Calldata encodes the setter call for value.
func (p GovParam) Calldata(value string) ([]byte, error) {
	args, err := p.args(strings.TrimSpace(value))
	if err != nil {
		return nil, fmt.Errorf("%s=%s: %w", p.Name, value, err)
	}
	a, err := contractABI(p.on)
	if err != nil {
		return nil, err
	}
	data, err := a.Pack(p.method, args...)
	if err != nil {
		return nil, fmt.Errorf("%s=%s: %w", p.Name, value, err)
	}
	return data, nil
}

func contractABI(k contractKind) (*abi.ABI, error) {
	md := bindings.ClusterRegistryMetaData
	switch k {
	case onController:
		md = bindings.SecretsControllerMetaData
	case onMemberReports:
		md = bindings.MemberReportsMetaData
	case onRewardsPool:
		md = bindings.RewardsPoolMetaData
	case onSlasher:
		md = bindings.SlasherMetaData
	}
	return metaABI(md)
}

// parseFractions reads SLASH/REPORTER in basis points (1..10000 / 0..10000;
// the Slasher refuses others too).
func parseFractions(v string) ([]any, error) {
	a, b, ok := strings.Cut(v, "/")
	if !ok {
		return nil, errors.New("want SLASH/REPORTER basis points, e.g. 5000/2000")
	}
	var out [2]uint16
	for i, s := range []string{a, b} {
		x, err := strconv.ParseUint(strings.TrimSpace(s), 10, 16)
		if err != nil || x > 10000 {
			return nil, fmt.Errorf("basis points 0..10000, got %q", s)
		}
		out[i] = uint16(x)
	}
	if out[0] == 0 {
		return nil, errors.New("a slash of 0 basis points takes nothing")
	}
	return []any{out[0], out[1]}, nil
}

func metaABI(md *bind.MetaData) (*abi.ABI, error) {
	a, err := md.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("contract ABI: %w", err)
	}
	return a, nil
}

func one[T any](parse func(string) (T, error)) func(string) ([]any, error) {
	return func(v string) ([]any, error) {
		x, err := parse(v)
		if err != nil {
			return nil, err
		}
		return []any{x}, nil
	}
}

func excluder(allowed bool) func(string) ([]any, error) {
	return func(v string) ([]any, error) {
		a, err := parseAddr(v)
		if err != nil {
			return nil, err
		}
		return []any{a, allowed}, nil
	}
}

func measurement(allowed bool) func(string) ([]any, error) {
	return func(v string) ([]any, error) {
		m, err := parseBytes32(v)
		if err != nil {
			return nil, err
		}
		return []any{m, allowed}, nil
	}
}

func parseShape(v string) ([]any, error) {
	n, t, ok := strings.Cut(v, "/")
	if !ok {
		return nil, errors.New("want N/T, e.g. 5/3")
	}
	size, err := parseUint8(n)
	if err != nil {
		return nil, fmt.Errorf("cluster size: %w", err)
	}
	threshold, err := parseUint8(t)
	if err != nil {
		return nil, fmt.Errorf("threshold: %w", err)
	}
	if threshold < 2 || threshold > size || size > 32 {
		return nil, errors.New("need 2 <= T <= N <= 32")
	}
	return []any{size, threshold}, nil
}

func parseUint64(v string) (uint64, error) {
	x, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("want a whole number: %w", err)
	}
	return x, nil
}

func parseUint8(v string) (uint8, error) {
	x, err := strconv.ParseUint(v, 10, 8)
	if err != nil {
		return 0, fmt.Errorf("want a whole number 0..255: %w", err)
	}
	return uint8(x), nil
}

func parseBool(v string) (bool, error) {
	switch v {
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	return false, errors.New("want true or false")
}

func parseWei(v string) (*big.Int, error) {
	x, ok := new(big.Int).SetString(strings.TrimSuffix(v, "wei"), 10)
	if !ok || x.Sign() < 0 {
		return nil, errors.New("want a whole number of wei")
	}
	return x, nil
}

// parseAmount reads whole tokens ("200", "0.5") or base units ("5wei").
func parseAmount(v string) (*big.Int, error) {
	if strings.HasSuffix(v, "wei") {
		return parseWei(v)
	}
	r, ok := new(big.Rat).SetString(v)
	if !ok || r.Sign() < 0 {
		return nil, errors.New("want a token amount such as 200 or 0.5")
	}
	r.Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)))
	if !r.IsInt() {
		return nil, errors.New("more than 18 decimals")
	}
	return r.Num(), nil
}

func parseBytes32(v string) ([32]byte, error) {
	var out [32]byte
	if !strings.HasPrefix(v, "0x") {
		v = "0x" + v
	}
	b, err := hexutil.Decode(v)
	if err != nil || len(b) != 32 {
		return out, fmt.Errorf("want 0x and 32 bytes of hex, got %q", v)
	}
	copy(out[:], b)
	return out, nil
}

func parseAddr(v string) (common.Address, error) {
	if !common.IsHexAddress(v) {
		return common.Address{}, fmt.Errorf("want an address, got %q", v)
	}
	return common.HexToAddress(v), nil
}
