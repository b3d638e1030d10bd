package selection_test

import (
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/cifer-network/cifer/contracts/evmtest"
	"github.com/cifer-network/cifer/contracts/testbindings"
	"github.com/cifer-network/cifer/selection"
)

// randomCase makes one election input: 1..40 nodes with weights of mixed
// magnitude (some zero, some near 2^200, some one whale), k in 0..8 and a
// random exclude set.
func randomCase(rng *rand.Rand) testbindings.ElectionHarnessCase {
	n := 1 + rng.IntN(40)
	weights := make([]*big.Int, n)
	whale := rng.IntN(6) == 0
	for i := range weights {
		switch r := rng.IntN(10); {
		case r == 0:
			weights[i] = new(big.Int)
		case r < 3:
			weights[i] = new(big.Int).Lsh(big.NewInt(int64(1+rng.IntN(1000))), uint(rng.IntN(200)))
		default:
			weights[i] = new(big.Int).Mul(big.NewInt(int64(1+rng.IntN(10_000))), big.NewInt(1e18))
		}
	}
	if whale {
		weights[rng.IntN(n)] = new(big.Int).Lsh(big.NewInt(1), 230)
	}
	var exclude []*big.Int
	for range rng.IntN(4) {
		exclude = append(exclude, big.NewInt(int64(rng.IntN(n))))
	}
	var seed [32]byte
	for i := range seed {
		seed[i] = byte(rng.UintN(256))
	}
	return testbindings.ElectionHarnessCase{
		Seed:    seed,
		Domain:  big.NewInt(int64(rng.IntN(256))),
		Weights: weights,
		K:       big.NewInt(int64(rng.IntN(9))),
		Exclude: exclude,
	}
}

// TestGoMatchesContract runs Election.draw (the library ClusterRegistry
// uses) through ElectionHarness on 240 random cases, batched 20 per eth_call,
// and requires selection.Draw to return exactly the same picks in order.
func TestGoMatchesContract(t *testing.T) {
	c := evmtest.NewChain(t, 1)
	_, tx, h, err := testbindings.DeployElectionHarness(c.Opts(0), c.Client)
	c.Mine(tx, err)
	raw := &testbindings.ElectionHarnessRaw{Contract: h}
	rng := rand.New(rand.NewPCG(7, 11))

	const batches, perBatch = 12, 20
	fallbacks := 0
	for b := range batches {
		cases := make([]testbindings.ElectionHarnessCase, perBatch)
		for i := range cases {
			cases[i] = randomCase(rng)
		}
		var out []any
		if err := raw.Call(&bind.CallOpts{Context: c.Ctx()}, &out, "drawMany", cases); err != nil {
			t.Fatalf("batch %d: drawMany: %v (revert %q)", b, err, evmtest.RevertReason(err))
		}
		got := out[0].([][]*big.Int)
		for i, cs := range cases {
			exclude := make([]int, len(cs.Exclude))
			for j, e := range cs.Exclude {
				exclude[j] = int(e.Int64())
			}
			want := selection.Draw(cs.Seed, cs.Domain.Uint64(), cs.Weights, int(cs.K.Int64()), exclude)
			have := make([]int, len(got[i]))
			for j, v := range got[i] {
				have[j] = int(v.Int64())
			}
			if !slices.Equal(have, want) {
				t.Fatalf("batch %d case %d: contract %v, Go %v (weights %v, k %v, exclude %v)", b, i, have, want, cs.Weights, cs.K, exclude)
			}
			if usedFallback(cs, want) {
				fallbacks++
			}
		}
	}
	if fallbacks == 0 {
		t.Fatal("no case exercised the fallback scan; adjust the generator")
	}
	t.Logf("%d cases matched; %d used the fallback scan", batches*perBatch, fallbacks)
}

// usedFallback reports whether a draw needed the fallback scan: true when a
// whale took the first pick and more picks followed (other nodes' total
// weight is far below 2^230 / 2^64, so 64 attempts almost never leave it).
func usedFallback(cs testbindings.ElectionHarnessCase, picks []int) bool {
	whale := new(big.Int).Lsh(big.NewInt(1), 230)
	return len(picks) > 1 && cs.Weights[picks[0]].Cmp(whale) == 0
}

// TestStakeTreeFindMatchesLinearScan checks the registry's Fenwick tree,
// after pushes and updates, finds the same node as a linear cumulative scan.
func TestStakeTreeFindMatchesLinearScan(t *testing.T) {
	c := evmtest.NewChain(t, 1)
	_, tx, h, err := testbindings.DeployElectionHarness(c.Opts(0), c.Client)
	c.Mine(tx, err)
	raw := &testbindings.ElectionHarnessRaw{Contract: h}
	rng := rand.New(rand.NewPCG(3, 5))

	for round := range 30 {
		n := 1 + rng.IntN(70)
		weights := make([]*big.Int, n)
		for i := range weights {
			weights[i] = big.NewInt(int64(rng.IntN(4) * rng.IntN(1000)))
		}
		final := slices.Clone(weights)
		var setIdx, setWeight []*big.Int
		for range rng.IntN(10) {
			i := rng.IntN(n)
			w := big.NewInt(int64(rng.IntN(3) * rng.IntN(500)))
			setIdx = append(setIdx, big.NewInt(int64(i)))
			setWeight = append(setWeight, w)
			final[i] = w
		}
		total := new(big.Int)
		for _, w := range final {
			total.Add(total, w)
		}
		if total.Sign() == 0 {
			continue
		}
		var rs []*big.Int
		for range 30 {
			// total < 2^63 here, so a uint64 draw covers it.
			rs = append(rs, new(big.Int).SetUint64(rng.Uint64N(total.Uint64())))
		}
		rs = append(rs, big.NewInt(0), new(big.Int).Sub(total, big.NewInt(1)))
		var out []any
		if err := raw.Call(&bind.CallOpts{Context: c.Ctx()}, &out, "findMany", weights, setIdx, setWeight, rs); err != nil {
			t.Fatalf("round %d: findMany: %v", round, err)
		}
		found, gotTotal := out[0].([]*big.Int), out[1].(*big.Int)
		if gotTotal.Cmp(total) != 0 {
			t.Fatalf("round %d: tree total %v; want %v", round, gotTotal, total)
		}
		for i, r := range rs {
			want := linearFind(final, r)
			if int(found[i].Int64()) != want {
				t.Fatalf("round %d: find(%v) = %v; linear scan %d (weights %v)", round, r, found[i], want, final)
			}
		}
	}
}

func linearFind(weights []*big.Int, r *big.Int) int {
	acc := new(big.Int)
	for i, w := range weights {
		acc.Add(acc, w)
		if acc.Cmp(r) > 0 {
			return i
		}
	}
	return -1
}
