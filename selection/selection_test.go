package selection

import (
	"encoding/binary"
	"math"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func seedOf(i uint64) [32]byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], i)
	return crypto.Keccak256Hash(b[:])
}

func bigs(v ...int64) []*big.Int {
	out := make([]*big.Int, len(v))
	for i, x := range v {
		out[i] = big.NewInt(x)
	}
	return out
}

func TestDrawInvariants(t *testing.T) {
	for _, tc := range []struct {
		name    string
		weights []*big.Int
		k       int
		exclude []int
		want    int // number of picks
	}{
		{"k below eligible", bigs(5, 1, 9, 3, 7), 3, nil, 3},
		{"k equals eligible", bigs(5, 1, 9), 3, nil, 3},
		{"k above eligible", bigs(5, 1, 9), 5, nil, 3},
		{"zero weights are never picked", bigs(0, 4, 0, 0, 6, 0), 4, nil, 2},
		{"excluded are never picked", bigs(5, 1, 9, 3, 7), 5, []int{0, 2}, 3},
		{"exclude of a zero weight does not shrink the pool", bigs(0, 3, 3), 2, []int{0}, 2},
		{"duplicate excludes", bigs(1, 1, 1), 3, []int{1, 1}, 2},
		{"k zero", bigs(1, 2), 0, nil, 0},
		{"no nodes", nil, 3, nil, 0},
		{"all zero", bigs(0, 0), 1, nil, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for s := range uint64(50) {
				seed := seedOf(s)
				got := Draw(seed, 7, tc.weights, tc.k, tc.exclude)
				if len(got) != tc.want {
					t.Fatalf("seed %d: %d picks %v; want %d", s, len(got), got, tc.want)
				}
				checkPicks(t, got, tc.weights, tc.exclude)
				if again := Draw(seed, 7, tc.weights, tc.k, tc.exclude); !slices.Equal(again, got) {
					t.Fatalf("seed %d: not deterministic: %v then %v", s, got, again)
				}
			}
		})
	}
}

func checkPicks(t *testing.T, got []int, weights []*big.Int, exclude []int) {
	t.Helper()
	seen := map[int]bool{}
	for _, i := range got {
		if i < 0 || i >= len(weights) || weights[i].Sign() <= 0 {
			t.Fatalf("picked %d, which has no weight (picks %v)", i, got)
		}
		if seen[i] || slices.Contains(exclude, i) {
			t.Fatalf("picked %d twice or although excluded (picks %v, exclude %v)", i, got, exclude)
		}
		seen[i] = true
	}
}

func TestDrawDependsOnSeedAndDomain(t *testing.T) {
	w := bigs(1, 1, 1, 1, 1, 1, 1, 1, 1, 1)
	distinct := map[[3]int]bool{}
	for s := range uint64(20) {
		distinct[[3]int(Draw(seedOf(s), 0, w, 3, nil))] = true
	}
	if len(distinct) < 10 {
		t.Fatalf("20 seeds gave only %d distinct draws", len(distinct))
	}
	differ := 0
	for s := range uint64(20) {
		if !slices.Equal(Draw(seedOf(s), 1, w, 3, nil), Draw(seedOf(s), 2, w, 3, nil)) {
			differ++
		}
	}
	if differ < 10 {
		t.Fatalf("domains 1 and 2 agree on %d of 20 seeds", 20-differ)
	}
}

// TestFirstPickFrequency checks, over 4,000 seeds, that the first pick of a
// draw lands on each node with frequency within 5 standard deviations of its
// stake share (binomial: sqrt(p(1-p)/N)). Seeds are fixed, so the test is
// deterministic; the bound only states how close to exact the sampler is.
func TestFirstPickFrequency(t *testing.T) {
	weights := bigs(1, 2, 3, 4, 10, 30, 50)
	const seeds = 4000
	counts := make([]int, len(weights))
	for s := range uint64(seeds) {
		counts[Draw(seedOf(s), DomainBlackBox, weights, 1, nil)[0]]++
	}
	total := 100.0
	for i, w := range weights {
		p := float64(w.Int64()) / total
		f := float64(counts[i]) / seeds
		tol := 5 * math.Sqrt(p*(1-p)/seeds)
		if math.Abs(f-p) > tol {
			t.Errorf("node %d: first-pick frequency %.4f, stake share %.4f, tolerance %.4f", i, f, p, tol)
		}
	}
}

// TestInclusionProbability checks, over 4,000 seeds, that the probability of
// each node being among k = 2 picks matches the exact value for weighted
// sampling without replacement (computed by enumerating ordered pairs),
// within 5 standard deviations.
func TestInclusionProbability(t *testing.T) {
	raw := []float64{1, 2, 5, 12}
	weights := bigs(1, 2, 5, 12)
	total := 20.0
	exact := make([]float64, len(raw))
	for a := range raw {
		for b := range raw {
			if a == b {
				continue
			}
			p := raw[a] / total * raw[b] / (total - raw[a])
			exact[a] += p
			exact[b] += p
		}
	}
	const seeds = 4000
	counts := make([]int, len(raw))
	for s := range uint64(seeds) {
		for _, i := range Draw(seedOf(s), 3, weights, 2, nil) {
			counts[i]++
		}
	}
	for i, p := range exact {
		f := float64(counts[i]) / seeds
		tol := 5 * math.Sqrt(p*(1-p)/seeds)
		if math.Abs(f-p) > tol {
			t.Errorf("node %d: inclusion frequency %.4f, exact %.4f, tolerance %.4f", i, f, p, tol)
		}
	}
}

// TestFallbackScan uses a stake so skewed that a second pick almost never
// comes from rejection sampling within MaxAttemptsPerPick, so the
// deterministic scan must supply it.
func TestFallbackScan(t *testing.T) {
	whale := new(big.Int).Lsh(big.NewInt(1), 200)
	weights := []*big.Int{big.NewInt(1), whale, big.NewInt(0), big.NewInt(1)}
	got := Draw(seedOf(1), 0, weights, 3, nil)
	if len(got) != 3 || got[0] != 1 {
		t.Fatalf("picks %v; want the whale first and three picks", got)
	}
	// After the whale (index 1), the scan takes the next positive index (3),
	// then wraps to 0.
	if !slices.Equal(got, []int{1, 3, 0}) {
		t.Fatalf("picks %v; want [1 3 0] from the fallback scan", got)
	}
}

func TestMaintainCluster(t *testing.T) {
	seed := seedOf(9)
	weights := bigs(10, 0, 10, 10, 0, 10, 10, 10)
	for _, tc := range []struct {
		name        string
		members     []int
		size        int
		wantLen     int
		wantChanges int
	}{
		{"all active, full", []int{0, 2, 3}, 3, 3, 0},
		{"two departed", []int{0, 1, 3, 4, 5}, 5, 5, 2},
		{"short cluster fills up", []int{0, 2}, 4, 4, 2},
		{"no one left to draw: the departed keep their slots", []int{0, 1, 2, 3, 5, 6, 7}, 7, 7, 0},
		{"one left to draw: the first departed slot gets it", []int{0, 1, 2, 3, 4, 6, 7}, 7, 7, 1},
		{"size shrank: members kept", []int{0, 2, 3, 5}, 2, 4, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, changes := MaintainCluster(seed, 1, weights, tc.members, tc.size)
			if len(got) != tc.wantLen || len(changes) != tc.wantChanges {
				t.Fatalf("members %v changes %v; want %d members, %d changes", got, changes, tc.wantLen, tc.wantChanges)
			}
			var picks []int
			for _, c := range changes {
				picks = append(picks, c.New)
			}
			checkPicks(t, picks, weights, tc.members)
			// Slots never shift: an active member stays where it was, a
			// departed one is replaced in place or keeps its slot; added
			// slots come at the end.
			for i, m := range tc.members {
				switch {
				case weights[m].Sign() > 0 && got[i] != m:
					t.Fatalf("active member %d moved from slot %d: %v", m, i, got)
				case weights[m].Sign() == 0 && got[i] != m && !slices.Contains(picks, got[i]):
					t.Fatalf("slot %d of departed %d holds %d, not a new pick: %v", i, m, got[i], got)
				}
			}
		})
	}
}

func TestAdvanceFormsAndMaintains(t *testing.T) {
	weights := bigs(5, 5, 5, 5, 5, 5, 5, 5)
	p := EpochParams{BlackBoxCount: 3, ClusterSize: 5, TargetClusterCount: 2}
	r1 := Advance(seedOf(1), weights, nil, p)
	if len(r1.BlackBoxes) != 3 || len(r1.Clusters) != 2 || len(r1.Clusters[0]) != 5 || len(r1.Clusters[1]) != 5 {
		t.Fatalf("epoch 1: %+v", r1)
	}
	gone := r1.Clusters[0][2]
	weights[gone] = big.NewInt(0)
	r2 := Advance(seedOf(2), weights, r1.Clusters, p)
	if slices.Contains(r2.Clusters[0], gone) || slices.Contains(r2.BlackBoxes, gone) {
		t.Fatalf("departed node %d still drawn: %+v", gone, r2)
	}
	if ch := r2.Changes[1]; len(ch) != 1 || ch[0].Old != gone {
		t.Fatalf("changes of cluster 1 = %v; want one replacing %d", ch, gone)
	}
}

// FuzzDraw checks Draw's invariants on arbitrary weights, k and excludes.
func FuzzDraw(f *testing.F) {
	f.Add([]byte{1, 2, 3, 0, 200}, uint8(3), []byte{1}, uint64(0))
	f.Add([]byte{0, 0, 255}, uint8(9), []byte{}, uint64(5))
	f.Fuzz(func(t *testing.T, raw []byte, k uint8, excl []byte, seedNo uint64) {
		if len(raw) > 64 {
			raw = raw[:64]
		}
		weights := make([]*big.Int, len(raw))
		eligible := 0
		exclude := make([]int, 0, len(excl))
		for _, e := range excl {
			exclude = append(exclude, int(e)%max(len(raw), 1))
		}
		for i, b := range raw {
			weights[i] = big.NewInt(int64(b))
			if b > 0 && !slices.Contains(exclude, i) {
				eligible++
			}
		}
		got := Draw(seedOf(seedNo), 1, weights, int(k%16), exclude)
		if len(got) != min(int(k%16), eligible) {
			t.Fatalf("%d picks; want min(%d, %d)", len(got), k%16, eligible)
		}
		checkPicks(t, got, weights, exclude)
	})
}
