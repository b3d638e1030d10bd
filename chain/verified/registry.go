package verified

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cifer-network/cifer/contracts/layout"
)

// The registry reads an attacker with a lying RPC endpoint would most like
// to forge: "simulated enclaves are allowed with my platform key", "my
// measurement is allowed", "my peer is an elected Black Box". Each comes
// from proven storage at a trusted header.

// Registry reads the ClusterRegistry at Address through proofs.
type Registry struct {
	Reader  *Reader
	Address common.Address
}

func mustVar(m map[string]layout.Var, label string) layout.Var {
	v, ok := m[label]
	if !ok {
		panic("contracts/layout: ClusterRegistry has no " + label + " (regenerate with contracts/build.sh)")
	}
	return v
}

var (
	regCurrentEpoch = mustVar(layout.ClusterRegistry, "currentEpoch")
	regSimAllowed   = mustVar(layout.ClusterRegistry, "simulatedEnclavesAllowed")
	regSimKey       = mustVar(layout.ClusterRegistry, "simPlatformKey")
	regMeasurements = mustVar(layout.ClusterRegistry, "_measurementAllowed")
	regByWallet     = mustVar(layout.ClusterRegistry, "_byWallet")
	regElectedIn    = mustVar(layout.ClusterRegistry, "_electedIn")
	regEverElected  = mustVar(layout.ClusterRegistry, "_everElected")
	regElectedEpoch = mustVar(layout.ClusterRegistry, "_electedEpoch")
)

func slotOf(v layout.Var) common.Hash { return common.BigToHash(new(big.Int).SetUint64(v.Slot)) }

func u64Key(v uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(v)) }

func addrKey(a common.Address) common.Hash { return common.BytesToHash(a.Bytes()) }

// lowUint64 is a uint64 stored at offset 0 of a word (a mapping value).
func lowUint64(w common.Hash) uint64 { return new(big.Int).SetBytes(w[24:]).Uint64() }

func fieldUint64(w common.Hash, v layout.Var) uint64 {
	return new(big.Int).SetBytes(Field(w, v)).Uint64()
}

// CurrentEpoch is the registry's epoch at header.
func (r Registry) CurrentEpoch(ctx context.Context, header *types.Header) (uint64, error) {
	s := slotOf(regCurrentEpoch)
	vals, err := r.Reader.Slots(ctx, header, r.Address, []common.Hash{s})
	if err != nil {
		return 0, err
	}
	return fieldUint64(vals[s], regCurrentEpoch), nil
}

// SimulatedPolicy is whether simulated enclaves are allowed, and the
// platform key their reports must be signed with.
func (r Registry) SimulatedPolicy(ctx context.Context, header *types.Header) (bool, [32]byte, error) {
	a, k := slotOf(regSimAllowed), slotOf(regSimKey)
	vals, err := r.Reader.Slots(ctx, header, r.Address, []common.Hash{a, k})
	if err != nil {
		return false, [32]byte{}, err
	}
	return Field(vals[a], regSimAllowed)[0] != 0, vals[k], nil
}

// MeasurementAllowed is whether enclave measurement m is allowed.
func (r Registry) MeasurementAllowed(ctx context.Context, header *types.Header, m [32]byte) (bool, error) {
	s := MappingSlot(m, slotOf(regMeasurements))
	vals, err := r.Reader.Slots(ctx, header, r.Address, []common.Hash{s})
	if err != nil {
		return false, err
	}
	return vals[s][31] != 0, nil
}

// IsElectedBlackBox is whether wallet is the enclave wallet of a Black Box
// elected for the epoch current at header (the contract's own rule: a
// registered wallet whose node's last election is the current epoch, never
// in epoch 0).
func (r Registry) IsElectedBlackBox(ctx context.Context, header *types.Header, wallet common.Address) (bool, error) {
	ep, pos := slotOf(regCurrentEpoch), MappingSlot(addrKey(wallet), slotOf(regByWallet))
	vals, err := r.Reader.Slots(ctx, header, r.Address, []common.Hash{ep, pos})
	if err != nil {
		return false, err
	}
	epoch := fieldUint64(vals[ep], regCurrentEpoch)
	p := vals[pos].Big()
	if epoch == 0 || p.Sign() == 0 {
		return false, nil
	}
	index := common.BigToHash(new(big.Int).Sub(p, big.NewInt(1)))
	es := MappingSlot(index, slotOf(regElectedEpoch))
	more, err := r.Reader.Slots(ctx, header, r.Address, []common.Hash{es})
	if err != nil {
		return false, err
	}
	return lowUint64(more[es]) == epoch, nil
}

// WasElectedBlackBox is whether wallet was elected in epoch (epoch 0: ever).
func (r Registry) WasElectedBlackBox(ctx context.Context, header *types.Header, epoch uint64, wallet common.Address) (bool, error) {
	var s common.Hash
	if epoch == 0 {
		s = MappingSlot(addrKey(wallet), slotOf(regEverElected))
	} else {
		s = MappingSlot(addrKey(wallet), MappingSlot(u64Key(epoch), slotOf(regElectedIn)))
	}
	vals, err := r.Reader.Slots(ctx, header, r.Address, []common.Hash{s})
	if err != nil {
		return false, fmt.Errorf("elected in %d: %w", epoch, err)
	}
	return vals[s][31] != 0, nil
}
