// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

/// @title StakeTree
/// @notice Weights in registration order kept in a Fenwick (binary indexed)
/// tree, so that finding the entry whose cumulative-weight interval holds a
/// number costs O(log n) storage reads instead of a linear scan. The answer
/// is exactly the one a linear cumulative scan over `leaf` would give, which
/// keeps the off-chain reproduction (selection/) a plain loop.
library StakeTree {
    struct Tree {
        // fen[i-1] is Fenwick node i (1-based): the sum of leaf (i - lowbit(i), i].
        uint256[] fen;
        // leaf[i] is the weight of entry i (0-based); zero means "not drawable".
        uint256[] leaf;
        // total is the sum of all leaves.
        uint256 total;
        // positives counts leaves with a weight above zero.
        uint256 positives;
    }

    /// @notice Appends an entry with the given weight and returns its index.
    function push(Tree storage t, uint256 weight) internal returns (uint256 index) {
        index = t.leaf.length;
        uint256 i = index + 1; // 1-based Fenwick position
        uint256 sum = weight;
        uint256 low = i & (~i + 1);
        // Node i covers (i - low, i]: its own leaf plus the Fenwick nodes
        // i-1, i-2, i-4, ... below it, which already hold their sub-ranges.
        for (uint256 k = 1; k < low; k <<= 1) {
            sum += t.fen[i - k - 1];
        }
        t.fen.push(sum);
        t.leaf.push(weight);
        t.total += weight;
        if (weight > 0) t.positives += 1;
    }

    /// @notice Sets the weight of an existing entry.
    function set(Tree storage t, uint256 index, uint256 weight) internal {
        uint256 old = t.leaf[index];
        if (old == weight) return;
        t.leaf[index] = weight;
        uint256 n = t.fen.length;
        if (weight > old) {
            uint256 d = weight - old;
            for (uint256 i = index + 1; i <= n; i += i & (~i + 1)) {
                t.fen[i - 1] += d;
            }
            t.total += d;
        } else {
            uint256 d = old - weight;
            for (uint256 i = index + 1; i <= n; i += i & (~i + 1)) {
                t.fen[i - 1] -= d;
            }
            t.total -= d;
        }
        if (old == 0) t.positives += 1;
        else if (weight == 0) t.positives -= 1;
    }

    /// @notice Returns the smallest index whose inclusive prefix sum exceeds r,
    /// that is the entry whose interval [prefix before it, prefix including it)
    /// contains r. Requires r < total.
    function find(Tree storage t, uint256 r) internal view returns (uint256) {
        uint256 n = t.fen.length;
        uint256 step = 1;
        while (step <= n >> 1) step <<= 1;
        uint256 pos = 0; // largest position whose prefix sum is <= r
        for (; step > 0; step >>= 1) {
            uint256 next = pos + step;
            if (next <= n) {
                uint256 v = t.fen[next - 1];
                if (v <= r) {
                    pos = next;
                    r -= v;
                }
            }
        }
        return pos; // 0-based index of entry pos+1
    }

    function size(Tree storage t) internal view returns (uint256) {
        return t.leaf.length;
    }

    function weightOf(Tree storage t, uint256 index) internal view returns (uint256) {
        return t.leaf[index];
    }
}
