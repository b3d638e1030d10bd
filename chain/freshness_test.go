package chain

import (
	"errors"
	"testing"
)

func TestMaxBlockAge(t *testing.T) {
	tests := []struct {
		blockTimeMs, want uint64
	}{
		{1000, 600},
		{2000, 300},
		{12000, 50},
		{7000, 86},   // 85.71... rounds up
		{250, 2400},  // divides
		{700, 858},   // 857.14... rounds up
		{600001, 1},  // longer than the window: still one block
		{0, 600_000}, // treated as 1 ms
	}
	for _, tc := range tests {
		if got := MaxBlockAge(tc.blockTimeMs); got != tc.want {
			t.Errorf("MaxBlockAge(%d) = %d, want %d", tc.blockTimeMs, got, tc.want)
		}
	}
}

func TestCheckFreshnessBoundaries(t *testing.T) {
	tests := []struct {
		name               string
		block, head, btime uint64
		wantErr            string
	}{
		{"head", 1000, 1000, 1000, ""},
		{"head+5 ok", 1005, 1000, 1000, ""},
		{"head+6 future", 1006, 1000, 1000, "Block number 1006 is in the future (current: 1000)"},
		{"head-w ok", 400, 1000, 1000, ""},
		{"head-w-1 too old", 399, 1000, 1000, "Block number 399 is too old (current: 1000, max window: 600)"},
		{"ceil window ok", 10000 - 86, 10000, 7000, ""},
		{"ceil window too old", 10000 - 87, 10000, 7000, "Block number 9913 is too old (current: 10000, max window: 86)"},
		{"near genesis nothing too old", 0, 500, 1000, ""},
		{"genesis head", 5, 0, 1000, ""},
		{"genesis head future", 6, 0, 1000, "Block number 6 is in the future (current: 0)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckFreshness(tc.block, tc.head, tc.btime)
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("accepted, want %q", tc.wantErr)
			}
			if err.Error() != tc.wantErr {
				t.Fatalf("error %q, want %q", err.Error(), tc.wantErr)
			}
			var fe *FreshnessError
			if !errors.As(err, &fe) || !errors.Is(err, ErrStaleBlock) {
				t.Fatalf("error %T is not a *FreshnessError matching ErrStaleBlock", err)
			}
		})
	}
}

func TestUnsupportedChainError(t *testing.T) {
	err := error(&UnsupportedChainError{ChainID: 99})
	if err.Error() != "Chain 99 is not supported" {
		t.Fatalf("text %q", err.Error())
	}
	if !errors.Is(err, ErrUnsupportedChain) {
		t.Fatal("not ErrUnsupportedChain")
	}
}
