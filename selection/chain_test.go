package selection_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cifer-network/cifer/selection"
)

// fakeReader serves one epoch that started at block start; every state read
// must ask for the block before it, where advanceEpoch's inputs are.
type fakeReader struct {
	t           *testing.T
	epoch       uint64
	start       uint64
	requested   uint64      // the pending request's block, before start
	seedHash    common.Hash // hash of block requested + SeedDelay
	weights     []*big.Int
	clusters    [][]int
	params      selection.EpochParams
	loggedSeed  *[32]byte // nil: the right seed
	loggedTotal *big.Int  // nil: the sum of weights
	failWeights error
}

var registry = common.HexToAddress("0x00000000000000000000000000000000c1f3e400")

func (f *fakeReader) RegistryAddress() common.Address { return registry }

func (f *fakeReader) EpochAt(_ context.Context, block uint64) (uint64, uint64, error) {
	if block < f.start {
		f.t.Fatalf("EpochAt(%d) before the epoch's start %d", block, f.start)
	}
	return f.epoch, f.start, nil
}

func (f *fakeReader) AdvanceRequestBlock(_ context.Context, block uint64) (uint64, error) {
	f.state("advance request", block)
	return f.requested, nil
}

func (f *fakeReader) BlockHash(_ context.Context, block uint64) (common.Hash, error) {
	if block != f.requested+selection.SeedDelay {
		f.t.Fatalf("hash of block %d; the seed block is %d", block, f.requested+selection.SeedDelay)
	}
	return f.seedHash, nil
}

func (f *fakeReader) state(what string, block uint64) {
	if block != f.start-1 {
		f.t.Fatalf("%s read at block %d; advanceEpoch saw block %d", what, block, f.start-1)
	}
}

func (f *fakeReader) Weights(_ context.Context, block uint64) ([]*big.Int, error) {
	f.state("weights", block)
	return f.weights, f.failWeights
}

func (f *fakeReader) ElectionParams(_ context.Context, block uint64) (selection.EpochParams, error) {
	f.state("params", block)
	return f.params, nil
}

func (f *fakeReader) Clusters(_ context.Context, block uint64) ([][]int, error) {
	f.state("clusters", block)
	return f.clusters, nil
}

func (f *fakeReader) EpochAdvanced(_ context.Context, epoch, block uint64) ([32]byte, *big.Int, error) {
	if epoch != f.epoch || block != f.start {
		return [32]byte{}, nil, fmt.Errorf("no EpochAdvanced for epoch %d in block %d", epoch, block)
	}
	seed := selection.EpochSeed(f.seedHash, f.epoch, registry)
	if f.loggedSeed != nil {
		seed = *f.loggedSeed
	}
	total := f.loggedTotal
	if total == nil {
		total = new(big.Int)
		for _, w := range f.weights {
			total.Add(total, w)
		}
	}
	return seed, total, nil
}

func TestFromChain(t *testing.T) {
	weights := []*big.Int{big.NewInt(300), big.NewInt(0), big.NewInt(500), big.NewInt(200), big.NewInt(700), big.NewInt(100), big.NewInt(400)}
	params := selection.EpochParams{BlackBoxCount: 3, ClusterSize: 4, TargetClusterCount: 2}
	clusters := [][]int{{0, 1, 2, 3}} // node 1 has left
	seedHash := common.Hash{0xaa}
	seed := selection.EpochSeed(seedHash, 5, registry)
	want := selection.Epoch{Number: 5, StartBlock: 40, Seed: seed, EpochResult: selection.Advance(seed, weights, clusters, params)}
	if len(want.Changes[1]) != 1 || len(want.Clusters) != 2 {
		t.Fatalf("scenario does not replace one member and form one cluster: %+v", want.EpochResult)
	}
	errRPC := errors.New("rpc down")
	otherSeed := [32]byte{1}

	for _, tc := range []struct {
		name    string
		edit    func(*fakeReader)
		at      uint64
		want    selection.Epoch
		wantErr error
	}{
		{"current epoch", func(*fakeReader) {}, 40, want, nil},
		{"later block of the epoch", func(*fakeReader) {}, 42, want, nil},
		{"epoch 0 elects nobody", func(f *fakeReader) { f.epoch, f.start = 0, 0 }, 3,
			selection.Epoch{EpochResult: selection.EpochResult{BlackBoxes: []int{}, Changes: map[uint8][]selection.Replacement{}}}, nil},
		{"logged seed differs", func(f *fakeReader) { f.loggedSeed = &otherSeed }, 40, selection.Epoch{}, selection.ErrMismatch},
		{"no request before the start", func(f *fakeReader) { f.requested = 0 }, 40, selection.Epoch{}, selection.ErrMismatch},
		{"seed block not before the start", func(f *fakeReader) { f.requested = 39 }, 40, selection.Epoch{}, selection.ErrMismatch},
		{"stake changed earlier in the block", func(f *fakeReader) { f.loggedTotal = big.NewInt(2300) }, 40, selection.Epoch{}, selection.ErrMismatch},
		{"read error", func(f *fakeReader) { f.failWeights = errRPC }, 40, selection.Epoch{}, errRPC},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := &fakeReader{t: t, epoch: 5, start: 40, requested: 37, seedHash: seedHash, weights: weights, clusters: clusters, params: params}
			tc.edit(f)
			got, err := selection.FromChain(context.Background(), f, tc.at)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v; want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil || !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("FromChain = %+v, %v; want %+v", got, err, tc.want)
			}
		})
	}
}
