// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

import {StakeTree} from "./StakeTree.sol";

/// @title Election
/// @notice Stake-weighted sampling without replacement over a StakeTree.
/// The algorithm is specified in docs (contracts part) and reproduced in Go by
/// package selection; any change here must change both.
library Election {
    using StakeTree for StakeTree.Tree;

    /// @notice Attempts per pick before the deterministic fallback scan.
    uint256 internal constant MAX_ATTEMPTS_PER_PICK = 64;

    /// @notice Domain of the Black Box draw; cluster c draws in domain c.
    uint256 internal constant DOMAIN_BLACK_BOX = 0;

    /// @notice Draws up to k distinct entries with weight > 0 that are not in
    /// exclude. Draw attempt number `counter` (0, 1, 2, ... across the whole
    /// call) takes r = uint256(keccak256(abi.encode(seed, domain, counter))) %
    /// total and the entry whose cumulative-weight interval holds r; an entry
    /// already picked or excluded is rejected and the next counter is tried,
    /// which is exact weighted sampling without replacement. If one pick
    /// needs more than MAX_ATTEMPTS_PER_PICK attempts, it takes the first
    /// eligible entry after the last rejected one in index order (wrapping).
    /// When fewer than k entries are eligible, all eligible ones are returned.
    function draw(
        StakeTree.Tree storage t,
        bytes32 seed,
        uint256 domain,
        uint256 k,
        uint256[] memory exclude
    ) internal view returns (uint256[] memory picked) {
        uint256 eligible = t.positives;
        for (uint256 e = 0; e < exclude.length; e++) {
            if (exclude[e] < t.size() && t.weightOf(exclude[e]) > 0 && !_contains(exclude, e, exclude[e])) {
                eligible -= 1;
            }
        }
        uint256 n = k < eligible ? k : eligible;
        picked = new uint256[](n);
        if (n == 0) return picked;
        uint256 counter = 0;
        for (uint256 j = 0; j < n; j++) {
            (uint256 idx, bool found, uint256 next) = _attempt(t, seed, domain, counter, picked, j, exclude);
            counter = next;
            if (!found) {
                idx = _scanFrom(t, idx, picked, j, exclude);
            }
            picked[j] = idx;
        }
    }

    // _attempt makes up to MAX_ATTEMPTS_PER_PICK draws from `counter` on and
    // returns the first acceptable entry, or the last rejected one and false.
    function _attempt(
        StakeTree.Tree storage t,
        bytes32 seed,
        uint256 domain,
        uint256 counter,
        uint256[] memory picked,
        uint256 pickedLen,
        uint256[] memory exclude
    ) private view returns (uint256 idx, bool found, uint256 next) {
        uint256 total = t.total;
        for (uint256 a = 0; a < MAX_ATTEMPTS_PER_PICK; a++) {
            uint256 r = uint256(keccak256(abi.encode(seed, domain, counter))) % total;
            counter++;
            idx = t.find(r);
            if (!_contains(picked, pickedLen, idx) && !_contains(exclude, exclude.length, idx)) {
                return (idx, true, counter);
            }
        }
        return (idx, false, counter);
    }

    // _scanFrom returns the first entry after `from` (wrapping) with weight > 0
    // that is neither picked nor excluded. The caller guarantees one exists.
    function _scanFrom(
        StakeTree.Tree storage t,
        uint256 from,
        uint256[] memory picked,
        uint256 pickedLen,
        uint256[] memory exclude
    ) private view returns (uint256) {
        uint256 size = t.size();
        for (uint256 s = 1; s <= size; s++) {
            uint256 i = (from + s) % size;
            if (t.weightOf(i) > 0 && !_contains(picked, pickedLen, i) && !_contains(exclude, exclude.length, i)) {
                return i;
            }
        }
        revert("Election: no eligible entry");
    }

    // _contains reports whether v is among the first len items of list.
    function _contains(uint256[] memory list, uint256 len, uint256 v) private pure returns (bool) {
        for (uint256 i = 0; i < len; i++) {
            if (list[i] == v) return true;
        }
        return false;
    }
}
