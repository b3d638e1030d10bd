// Package verified reads contract state a node's security decisions depend
// on through storage proofs: each value is believed only when an
// eth_getProof answer proves it against the state root of a header the
// node trusts (chain/headers picks that header from several endpoints).
// Slot positions come from solc's storage layouts (contracts/layout,
// generated and checked fresh with the bindings). An endpoint whose
// answer does not verify is counted as lying and the next one is asked;
// when none verifies the read fails with ErrUnverified, so the caller
// refuses instead of acting on an unproven value.
package verified

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/stateproof"
	"github.com/cifer-network/cifer/contracts/layout"
)

// ErrUnverified means no endpoint answered with a proof that verifies
// against the trusted header: the value is unknown and nothing may be
// decided on it.
var ErrUnverified = errors.New("chain state could not be verified")

// ProofSource answers eth_getProof (gethclient.Client implements it).
type ProofSource interface {
	GetProof(ctx context.Context, account common.Address, keys []string, blockNumber *big.Int) (*gethclient.AccountResult, error)
}

// Endpoint is one RPC provider, by the name logs and metrics give it.
type Endpoint struct {
	Name   string
	Proofs ProofSource
}

// Reader reads proven storage from any of its endpoints.
type Reader struct {
	Endpoints []Endpoint
	// CallTimeout bounds each endpoint's answer (default 10 s).
	CallTimeout time.Duration
	// OnLie, if set, is told of each endpoint whose answer did not verify
	// (a metric); every lie is also logged.
	OnLie func(endpoint string, err error)
	Log   *slog.Logger

	// good is the endpoint that answered last with a proof that verified:
	// the next read starts there, so a liar costs a round trip only until
	// it is caught.
	good atomic.Int64
}

func (r *Reader) log() *slog.Logger {
	if r.Log != nil {
		return r.Log
	}
	return slog.Default()
}

// Slots returns the values of slots of contract at header, proven.
func (r *Reader) Slots(ctx context.Context, header *types.Header, contract common.Address, slots []common.Hash) (map[common.Hash]common.Hash, error) {
	if header == nil || header.Number == nil {
		return nil, fmt.Errorf("%w: no trusted header", ErrUnverified)
	}
	keys := make([]string, len(slots))
	for i, s := range slots {
		keys[i] = s.Hex()
	}
	timeout := r.CallTimeout
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	var errs []error
	start := int(r.good.Load())
	for k := range r.Endpoints {
		i := (start + k) % len(r.Endpoints)
		ep := r.Endpoints[i]
		cctx, cancel := context.WithTimeout(ctx, timeout)
		res, err := ep.Proofs.GetProof(cctx, contract, keys, header.Number)
		cancel()
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			errs = append(errs, fmt.Errorf("%s: %w", ep.Name, err))
			continue
		}
		v, err := verifyAnswer(header.Root, contract, slots, res)
		if err != nil {
			r.lie(ep.Name, err)
			errs = append(errs, fmt.Errorf("%s: %w", ep.Name, err))
			continue
		}
		r.good.Store(int64(i))
		return v, nil
	}
	return nil, fmt.Errorf("%w: %s at block %d: %w", ErrUnverified, contract.Hex(), header.Number, errors.Join(errs...))
}

func (r *Reader) lie(endpoint string, err error) {
	r.log().Warn("RPC endpoint answered with state that does not verify against the trusted header", "endpoint", endpoint, "err", err)
	if r.OnLie != nil {
		r.OnLie(endpoint, err)
	}
}

// verifyAnswer checks the answer is about contract, proves every slot
// asked and verifies against root.
func verifyAnswer(root common.Hash, contract common.Address, slots []common.Hash, res *gethclient.AccountResult) (map[common.Hash]common.Hash, error) {
	if res == nil || res.Address != contract {
		return nil, fmt.Errorf("%w: the answer is not about %s", stateproof.ErrProof, contract.Hex())
	}
	v, err := stateproof.VerifyResult(root, res)
	if err != nil {
		return nil, err
	}
	if !v.Account.Exists || v.Account.CodeHash == types.EmptyCodeHash {
		return nil, fmt.Errorf("%w: no contract at %s in the trusted state", stateproof.ErrProof, contract.Hex())
	}
	for _, s := range slots {
		if _, ok := v.Storage[s]; !ok {
			return nil, fmt.Errorf("%w: slot %s not proven", stateproof.ErrProof, s.Hex())
		}
	}
	return v.Storage, nil
}

// MappingSlot is the slot of mapping[key] for a mapping rooted at base
// (solc: keccak256(key . base), both 32-byte words).
func MappingSlot(key common.Hash, base common.Hash) common.Hash {
	return crypto.Keccak256Hash(key[:], base[:])
}

// Add is slot + n (a struct member or the n-th word of dynamic data).
func Add(slot common.Hash, n uint64) common.Hash {
	return common.BigToHash(new(big.Int).Add(slot.Big(), new(big.Int).SetUint64(n)))
}

// Field extracts a packed member from its slot's word.
func Field(word common.Hash, v layout.Var) []byte {
	end := 32 - int(v.Offset)
	return word[end-int(v.Bytes) : end]
}

// secret layout, resolved once: a missing label is a build error caught by
// TestLayoutHasWhatReadersUse.
var (
	secretsVar   = layout.SecretsController["secrets"]
	secretOwner  = layout.SecretsControllerSecret["owner"]
	secretDeleg  = layout.SecretsControllerSecret["delegate"]
	secretSync   = layout.SecretsControllerSecret["isSyncing"]
	secretClust  = layout.SecretsControllerSecret["clusterId"]
	secretType   = layout.SecretsControllerSecret["secretType"]
	secretCIDVar = layout.SecretsControllerSecret["publicKeyCid"]
)

// maxCIDBytes bounds the CID a proof may claim (the contract takes any
// string; a real CID is about 60 bytes).
const maxCIDBytes = 255

// SecretState reads secret id's state from the SecretsController at
// controller, proven against header. A secret that does not exist (zero
// owner) gives chain.ErrSecretNotFound.
func (r *Reader) SecretState(ctx context.Context, header *types.Header, controller common.Address, id uint64) (chain.SecretState, error) {
	base := MappingSlot(common.BigToHash(new(big.Int).SetUint64(id)), common.BigToHash(new(big.Int).SetUint64(secretsVar.Slot)))
	ownerSlot := Add(base, secretOwner.Slot)
	packedSlot := Add(base, secretDeleg.Slot)
	cidSlot := Add(base, secretCIDVar.Slot)
	// A CID of up to 64 bytes is answered in the first round: its length
	// word and two data words (data at keccak256(cidSlot)).
	data := crypto.Keccak256Hash(cidSlot[:])
	slots := []common.Hash{ownerSlot, packedSlot, cidSlot, data, Add(data, 1)}
	vals, err := r.Slots(ctx, header, controller, slots)
	if err != nil {
		return chain.SecretState{}, err
	}
	var st chain.SecretState
	st.Owner = common.BytesToAddress(Field(vals[ownerSlot], secretOwner))
	if st.Owner == (common.Address{}) {
		return chain.SecretState{}, chain.ErrSecretNotFound
	}
	packed := vals[packedSlot]
	st.Delegate = common.BytesToAddress(Field(packed, secretDeleg))
	st.IsSyncing = Field(packed, secretSync)[0] != 0
	st.ClusterID = Field(packed, secretClust)[0]
	st.SecretType = Field(packed, secretType)[0]

	word := vals[cidSlot]
	if word[31]&1 == 0 {
		// Short string: data in the high-order bytes, length*2 in the low byte.
		n := int(word[31]) / 2
		if n > 31 {
			return chain.SecretState{}, fmt.Errorf("%w: CID length byte %d", ErrUnverified, word[31])
		}
		st.PublicKeyCID = string(word[:n])
		return st, nil
	}
	lenBig := new(big.Int).Rsh(word.Big(), 1) // (2*len+1) >> 1
	if !lenBig.IsUint64() || lenBig.Uint64() > maxCIDBytes {
		return chain.SecretState{}, fmt.Errorf("%w: CID of %s bytes", ErrUnverified, lenBig)
	}
	n := int(lenBig.Uint64())
	words := (n + 31) / 32
	got := make([]byte, 0, words*32)
	for i := 0; i < words && i < 2; i++ {
		w := vals[Add(data, uint64(i))]
		got = append(got, w[:]...)
	}
	if words > 2 {
		more := make([]common.Hash, 0, words-2)
		for i := 2; i < words; i++ {
			more = append(more, Add(data, uint64(i)))
		}
		rest, err := r.Slots(ctx, header, controller, more)
		if err != nil {
			return chain.SecretState{}, err
		}
		for _, s := range more {
			w := rest[s]
			got = append(got, w[:]...)
		}
	}
	st.PublicKeyCID = string(got[:n])
	return st, nil
}
