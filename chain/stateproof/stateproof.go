// Package stateproof verifies eth_getProof answers (EIP-1186) against a
// block's state root, so a value read from an RPC endpoint is believed only
// when the Merkle-Patricia proof that comes with it leads from a trusted
// header to it. It is the first building block of verified chain reads
// (DESIGN.md section 10): with it, what an RPC provider can still lie about
// is the header, which the trusted-header source checks separately.
//
// The proof nodes are untrusted input: every function here refuses, with
// ErrProof, a proof that is malformed, incomplete or leads elsewhere, and
// never panics on one (FuzzVerifyStorage, FuzzVerifyAccount).
package stateproof

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/ethdb/memorydb"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
)

// ErrProof means a proof does not verify: its nodes do not lead from the
// root to the key, or the values it claims are not the ones it proves.
var ErrProof = errors.New("state proof does not verify")

// Limits on untrusted proofs. A path in the state trie has at most 64
// nibbles, so a valid proof has at most 65 nodes; no node of a valid proof
// exceeds a branch node (17 items of at most 33 bytes).
const (
	maxProofNodes = 65
	maxNodeBytes  = 1024
)

// Account is an account's state as a proof shows it.
type Account struct {
	Nonce       uint64
	Balance     *big.Int
	StorageRoot common.Hash
	CodeHash    common.Hash
	// Exists is false when the proof shows that no such account exists
	// (its fields are then the empty account's).
	Exists bool
}

// VerifyAccount checks an account proof against stateRoot and returns the
// account it proves (or that there is none).
func VerifyAccount(stateRoot common.Hash, addr common.Address, proof [][]byte) (Account, error) {
	val, err := verify(stateRoot, crypto.Keccak256(addr.Bytes()), proof)
	if err != nil {
		return Account{}, fmt.Errorf("account %s: %w", addr.Hex(), err)
	}
	if val == nil {
		return Account{Balance: new(big.Int), StorageRoot: types.EmptyRootHash, CodeHash: types.EmptyCodeHash}, nil
	}
	var sa types.StateAccount
	if err := rlp.DecodeBytes(val, &sa); err != nil {
		return Account{}, fmt.Errorf("account %s: %w: %v", addr.Hex(), ErrProof, err)
	}
	return Account{Nonce: sa.Nonce, Balance: sa.Balance.ToBig(), StorageRoot: sa.Root, CodeHash: common.BytesToHash(sa.CodeHash), Exists: true}, nil
}

// VerifyStorage checks a storage proof against an account's storage root
// and returns the slot's value (zero when the proof shows it unset).
func VerifyStorage(storageRoot common.Hash, slot common.Hash, proof [][]byte) (common.Hash, error) {
	if storageRoot == types.EmptyRootHash {
		// An account without storage: every slot is zero, and the only
		// honest proof of that is an empty one.
		if len(proof) != 0 {
			return common.Hash{}, fmt.Errorf("slot %s: %w: nodes given for an empty storage trie", slot.Hex(), ErrProof)
		}
		return common.Hash{}, nil
	}
	val, err := verify(storageRoot, crypto.Keccak256(slot.Bytes()), proof)
	if err != nil {
		return common.Hash{}, fmt.Errorf("slot %s: %w", slot.Hex(), err)
	}
	if val == nil {
		return common.Hash{}, nil
	}
	// Slot values are stored as the RLP string of their big-endian bytes
	// without leading zeros.
	var b []byte
	if err := rlp.DecodeBytes(val, &b); err != nil || len(b) > 32 || (len(b) > 0 && b[0] == 0) {
		return common.Hash{}, fmt.Errorf("slot %s: %w: value is not a canonical 32-byte word", slot.Hex(), ErrProof)
	}
	return common.BytesToHash(b), nil
}

// verify walks proof from root to key; a nil value with a nil error is a
// proof that key is absent.
func verify(root common.Hash, key []byte, proof [][]byte) ([]byte, error) {
	if len(proof) == 0 || len(proof) > maxProofNodes {
		return nil, fmt.Errorf("%w: %d nodes", ErrProof, len(proof))
	}
	db := memorydb.New()
	for _, n := range proof {
		if len(n) == 0 || len(n) > maxNodeBytes {
			return nil, fmt.Errorf("%w: node of %d bytes", ErrProof, len(n))
		}
		if err := db.Put(crypto.Keccak256(n), n); err != nil {
			return nil, err
		}
	}
	val, err := trie.VerifyProof(root, key, db)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrProof, err)
	}
	return val, nil
}

// Verified is an eth_getProof answer whose every value was proven.
type Verified struct {
	Account Account
	// Storage maps each slot asked for to its proven value.
	Storage map[common.Hash]common.Hash
}

// VerifyResult checks a whole eth_getProof answer against stateRoot: the
// account proof, every storage proof against the proven storage root, and
// that each value the answer states is the one its proof shows (an
// endpoint that sends a true proof beside a false value is caught too).
func VerifyResult(stateRoot common.Hash, res *gethclient.AccountResult) (*Verified, error) {
	if res == nil {
		return nil, fmt.Errorf("%w: no answer", ErrProof)
	}
	nodes, err := decodeNodes(res.AccountProof)
	if err != nil {
		return nil, fmt.Errorf("account %s: %w", res.Address.Hex(), err)
	}
	acc, err := VerifyAccount(stateRoot, res.Address, nodes)
	if err != nil {
		return nil, err
	}
	balance := res.Balance
	if balance == nil {
		balance = new(big.Int)
	}
	storageRoot := res.StorageHash
	if !acc.Exists && storageRoot == (common.Hash{}) {
		// geth answers zero hashes for an account that does not exist.
		storageRoot = types.EmptyRootHash
	}
	if acc.Nonce != res.Nonce || acc.Balance.Cmp(balance) != 0 || acc.StorageRoot != storageRoot ||
		(acc.Exists && acc.CodeHash != res.CodeHash) {
		return nil, fmt.Errorf("account %s: %w: the answer's fields differ from what its proof shows", res.Address.Hex(), ErrProof)
	}
	out := &Verified{Account: acc, Storage: make(map[common.Hash]common.Hash, len(res.StorageProof))}
	for _, sp := range res.StorageProof {
		slotBytes, err := hexutil.Decode(sp.Key)
		if err != nil || len(slotBytes) > 32 {
			return nil, fmt.Errorf("%w: storage key %q", ErrProof, sp.Key)
		}
		slot := common.BytesToHash(slotBytes)
		nodes, err := decodeNodes(sp.Proof)
		if err != nil {
			return nil, fmt.Errorf("slot %s: %w", slot.Hex(), err)
		}
		v, err := VerifyStorage(acc.StorageRoot, slot, nodes)
		if err != nil {
			return nil, err
		}
		claimed := sp.Value
		if claimed == nil {
			claimed = new(big.Int)
		}
		if claimed.Sign() < 0 || claimed.BitLen() > 256 || !bytes.Equal(common.BigToHash(claimed).Bytes(), v.Bytes()) {
			return nil, fmt.Errorf("slot %s: %w: the answer says %s, its proof shows %s", slot.Hex(), ErrProof, claimed, v.Big())
		}
		out.Storage[slot] = v
	}
	return out, nil
}

func decodeNodes(hexNodes []string) ([][]byte, error) {
	if len(hexNodes) > maxProofNodes {
		return nil, fmt.Errorf("%w: %d nodes", ErrProof, len(hexNodes))
	}
	out := make([][]byte, len(hexNodes))
	for i, h := range hexNodes {
		b, err := hexutil.Decode(h)
		if err != nil {
			return nil, fmt.Errorf("%w: node %d is not hex: %v", ErrProof, i, err)
		}
		out[i] = b
	}
	return out, nil
}
