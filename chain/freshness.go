package chain

import (
	"errors"
	"fmt"
)

// FutureTolerance is how many blocks ahead of our head a signed request may
// name: clients read their head from other RPC nodes, which may be ahead.
const FutureTolerance = 5

// freshnessWindowMs is the age, in milliseconds of chain time, after which a
// signed request's block is too old (COMPAT.md: ceil(600000 / blockTimeMs)).
const freshnessWindowMs = 600_000

// MaxBlockAge is the freshness window in blocks for a chain's block time:
// ceil(600000 / blockTimeMs). A zero block time is treated as 1 ms.
func MaxBlockAge(blockTimeMs uint64) uint64 {
	if blockTimeMs == 0 {
		blockTimeMs = 1
	}
	return (freshnessWindowMs + blockTimeMs - 1) / blockTimeMs
}

// ErrStaleBlock is matched (errors.Is) by every *FreshnessError.
var ErrStaleBlock = errors.New("block outside freshness window")

// FreshnessError rejects a signed request whose block number is outside the
// window around the current head. Its text is exactly the existing service's,
// which clients parse to re-sign and retry; HTTP maps it to 400.
type FreshnessError struct {
	Block  uint64
	Head   uint64
	Window uint64 // max age in blocks; meaningful when !Future
	Future bool   // true: too far ahead; false: too old
}

func (e *FreshnessError) Error() string {
	if e.Future {
		return fmt.Sprintf("Block number %d is in the future (current: %d)", e.Block, e.Head)
	}
	return fmt.Sprintf("Block number %d is too old (current: %d, max window: %d)", e.Block, e.Head, e.Window)
}

// Is makes errors.Is(err, ErrStaleBlock) true.
func (e *FreshnessError) Is(target error) bool { return target == ErrStaleBlock }

// CheckFreshness accepts block when head-window <= block <= head+5, with
// window = MaxBlockAge(blockTimeMs), and returns a *FreshnessError otherwise.
func CheckFreshness(block, head, blockTimeMs uint64) error {
	if block > head+FutureTolerance {
		return &FreshnessError{Block: block, Head: head, Future: true}
	}
	w := MaxBlockAge(blockTimeMs)
	// Near genesis head-w would underflow; nothing is too old then.
	if head > w && block < head-w {
		return &FreshnessError{Block: block, Head: head, Window: w}
	}
	return nil
}

// ErrUnsupportedChain is matched (errors.Is) by every *UnsupportedChainError.
var ErrUnsupportedChain = errors.New("chain not supported")

// UnsupportedChainError names a chain ID that no configured client serves.
// Its text is exactly the existing service's; HTTP maps it to 400.
type UnsupportedChainError struct{ ChainID uint64 }

func (e *UnsupportedChainError) Error() string {
	return fmt.Sprintf("Chain %d is not supported", e.ChainID)
}

// Is makes errors.Is(err, ErrUnsupportedChain) true.
func (e *UnsupportedChainError) Is(target error) bool { return target == ErrUnsupportedChain }
