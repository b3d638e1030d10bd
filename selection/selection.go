// Package selection reproduces, off-chain and exactly, the stake-weighted
// election that ClusterRegistry.advanceEpoch runs on-chain: the Black Box
// draw, the forming of new custodian clusters and the replacement of cluster
// members that left. The election itself is a pure, deterministic function
// of chain data (seed, stakes in registration order, current cluster
// members), so nodes and tests can check the contract's result or predict
// it; FromChain gathers those inputs for an epoch through a Reader.
//
// The algorithm (mirrors contracts/src/lib/Election.sol):
//
//   - weights: one per registered node in registration-index order, the
//     node's stake while it is Active and 0 otherwise; total = sum.
//   - draw attempt number c (0, 1, 2, ... across one draw call) computes
//     r = uint256(keccak256(abi.encode(seed, domain, c))) mod total and picks
//     the node whose cumulative-weight interval [before, before+weight)
//     holds r. A node already picked in this call or excluded is rejected and
//     the next attempt is made (rejection sampling, which is exact weighted
//     sampling without replacement).
//   - after MaxAttemptsPerPick rejected attempts for one pick, the pick is the
//     first eligible node after the last rejected one, in index order,
//     wrapping around (a deterministic fallback for extreme stake skew).
//   - a call asking for more nodes than are eligible returns all eligible ones.
//   - the Black Boxes use domain 0; cluster c (1..255) uses domain c.
package selection

import (
	"encoding/binary"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

const (
	// MaxAttemptsPerPick is the number of draws one pick may reject before
	// the deterministic fallback scan takes over (Election.MAX_ATTEMPTS_PER_PICK).
	MaxAttemptsPerPick = 64
	// DomainBlackBox is the draw domain of the Black Box election; cluster c
	// draws in domain c, which is never 0 because cluster ids start at 1.
	DomainBlackBox = 0
)

// SeedDelay is ClusterRegistry.SEED_DELAY: the seed of an epoch is the
// hash of the block this many blocks after its requestAdvance.
const SeedDelay = 1

// EpochSeed returns the seed ClusterRegistry.advanceEpoch derives for
// epoch: keccak256(abi.encode(blockhash(seedBlock), epoch, registry)),
// where seedBlock is the block SeedDelay after the epoch's requestAdvance.
func EpochSeed(seedBlockHash common.Hash, epoch uint64, registry common.Address) [32]byte {
	var buf [96]byte
	copy(buf[0:32], seedBlockHash[:])
	binary.BigEndian.PutUint64(buf[56:64], epoch)
	copy(buf[76:96], registry[:])
	return crypto.Keccak256Hash(buf[:])
}

// drawPoint returns uint256(keccak256(abi.encode(seed, domain, counter))) mod total.
func drawPoint(seed [32]byte, domain uint64, counter uint64, total *big.Int) *big.Int {
	var buf [96]byte
	copy(buf[0:32], seed[:])
	binary.BigEndian.PutUint64(buf[56:64], domain)
	binary.BigEndian.PutUint64(buf[88:96], counter)
	h := new(big.Int).SetBytes(crypto.Keccak256(buf[:]))
	return h.Mod(h, total)
}

// locate returns the index whose cumulative-weight interval holds r
// (the smallest i with weights[0]+...+weights[i] > r). Requires r < total.
func locate(weights []*big.Int, r *big.Int) int {
	acc := new(big.Int)
	for i, w := range weights {
		if w == nil || w.Sign() <= 0 {
			continue
		}
		acc.Add(acc, w)
		if acc.Cmp(r) > 0 {
			return i
		}
	}
	return len(weights) - 1 // unreachable when r < total
}

func positive(w *big.Int) bool { return w != nil && w.Sign() > 0 }

// Draw picks up to k distinct indexes of weights, each with a positive weight
// and not in exclude, by the algorithm in the package comment. Indexes are
// returned in pick order. Negative or nil weights count as 0.
func Draw(seed [32]byte, domain uint64, weights []*big.Int, k int, exclude []int) []int {
	total := new(big.Int)
	eligible := 0
	excluded := make(map[int]bool, len(exclude))
	for _, e := range exclude {
		excluded[e] = true
	}
	for i, w := range weights {
		if positive(w) {
			total.Add(total, w)
			if !excluded[i] {
				eligible++
			}
		}
	}
	n := min(k, eligible)
	if n <= 0 {
		return []int{}
	}
	picked := make([]int, 0, n)
	taken := func(i int) bool { return excluded[i] || slices.Contains(picked, i) }
	var counter uint64
	for len(picked) < n {
		idx, found := -1, false
		for range MaxAttemptsPerPick {
			idx = locate(weights, drawPoint(seed, domain, counter, total))
			counter++
			if !taken(idx) {
				found = true
				break
			}
		}
		if !found {
			for s := 1; s <= len(weights); s++ {
				i := (idx + s) % len(weights)
				if positive(weights[i]) && !taken(i) {
					idx = i
					break
				}
			}
		}
		picked = append(picked, idx)
	}
	return picked
}

// DrawBlackBoxes returns the node indexes of the k Black Boxes elected with
// seed, in draw order (ClusterRegistry.blackBoxIndexes()).
func DrawBlackBoxes(seed [32]byte, weights []*big.Int, k int) []int {
	return Draw(seed, DomainBlackBox, weights, k, nil)
}

// FormCluster returns the members of a new cluster with the given id (>= 1).
func FormCluster(seed [32]byte, clusterID uint8, weights []*big.Int, size int) []int {
	return Draw(seed, uint64(clusterID), weights, size, nil)
}

// Replacement is one change to a cluster: Old left and New took its slot.
// Old is -1 when a slot was added to fill a short cluster.
type Replacement struct {
	Old, New int
}

// MaintainCluster returns the cluster's members after advanceEpoch with seed:
// members whose weight is 0 (they left the draw) are replaced in slot order
// by new draws that exclude every current member; a departed member nobody
// is left to replace keeps its slot (slots never shift, so the others keep
// their x); a cluster shorter than size is filled up at the end. members is
// not modified.
func MaintainCluster(seed [32]byte, clusterID uint8, weights []*big.Int, members []int, size int) ([]int, []Replacement) {
	active := func(i int) bool { return i >= 0 && i < len(weights) && positive(weights[i]) }
	kept := 0
	for _, m := range members {
		if active(m) {
			kept++
		}
	}
	if kept == len(members) && len(members) >= size {
		return slices.Clone(members), nil
	}
	picks := Draw(seed, uint64(clusterID), weights, max(size-kept, 0), members)
	out := slices.Clone(members)
	var changes []Replacement
	used := 0
	for i, m := range members {
		if used == len(picks) {
			break
		}
		if !active(m) {
			out[i] = picks[used]
			changes = append(changes, Replacement{Old: m, New: picks[used]})
			used++
		}
	}
	for ; used < len(picks); used++ {
		out = append(out, picks[used])
		changes = append(changes, Replacement{Old: -1, New: picks[used]})
	}
	return out, changes
}

// EpochParams are the registry parameters one advanceEpoch uses.
type EpochParams struct {
	BlackBoxCount      int // K
	ClusterSize        int // n
	TargetClusterCount int
}

// EpochResult is what one advanceEpoch decides.
type EpochResult struct {
	BlackBoxes []int   // node indexes in draw order
	Clusters   [][]int // Clusters[c-1] holds the members of cluster c
	Changes    map[uint8][]Replacement
}

// Advance reproduces one advanceEpoch: the Black Box draw, maintenance of
// every existing cluster (clusters[c-1] are the members of cluster c before
// the call), then new clusters until TargetClusterCount exist. Clusters are
// never removed. weights must be those in force when advanceEpoch ran.
func Advance(seed [32]byte, weights []*big.Int, clusters [][]int, p EpochParams) EpochResult {
	res := EpochResult{
		BlackBoxes: DrawBlackBoxes(seed, weights, p.BlackBoxCount),
		Changes:    map[uint8][]Replacement{},
	}
	for i, members := range clusters {
		id := uint8(i + 1)
		next, changes := MaintainCluster(seed, id, weights, members, p.ClusterSize)
		res.Clusters = append(res.Clusters, next)
		if len(changes) > 0 {
			res.Changes[id] = changes
		}
	}
	for len(res.Clusters) < p.TargetClusterCount && len(res.Clusters) < 255 {
		id := uint8(len(res.Clusters) + 1)
		res.Clusters = append(res.Clusters, FormCluster(seed, id, weights, p.ClusterSize))
	}
	return res
}
