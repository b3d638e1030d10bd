// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

import {StakeTree} from "../lib/StakeTree.sol";
import {Election} from "../lib/Election.sol";

/// @title ElectionHarness
/// @notice Test-only: runs the registry's Election.draw on given weights so
/// Go tests can compare it with package selection. Meant for eth_call (it
/// writes storage, which eth_call discards); never deployed on a real chain.
contract ElectionHarness {
    using StakeTree for StakeTree.Tree;

    struct Case {
        bytes32 seed;
        uint256 domain;
        uint256[] weights;
        uint256 k;
        uint256[] exclude;
    }

    mapping(uint256 => StakeTree.Tree) private _trees;

    /// @notice Draws each case on a fresh tree and returns the picks per case.
    function drawMany(Case[] calldata cases) external returns (uint256[][] memory out) {
        out = new uint256[][](cases.length);
        for (uint256 c = 0; c < cases.length; c++) {
            StakeTree.Tree storage t = _trees[c];
            for (uint256 i = 0; i < cases[c].weights.length; i++) {
                t.push(cases[c].weights[i]);
            }
            out[c] = Election.draw(t, cases[c].seed, cases[c].domain, cases[c].k, cases[c].exclude);
        }
    }

    /// @notice Builds a tree by pushes, then applies (index, weight) updates,
    /// and returns find(r) for each r: checks StakeTree against a linear scan.
    function findMany(uint256[] calldata weights, uint256[] calldata setIdx, uint256[] calldata setWeight, uint256[] calldata rs)
        external
        returns (uint256[] memory found, uint256 total)
    {
        StakeTree.Tree storage t = _trees[type(uint256).max];
        for (uint256 i = 0; i < weights.length; i++) {
            t.push(weights[i]);
        }
        for (uint256 i = 0; i < setIdx.length; i++) {
            t.set(setIdx[i], setWeight[i]);
        }
        total = t.total;
        found = new uint256[](rs.length);
        for (uint256 i = 0; i < rs.length; i++) {
            found[i] = t.find(rs[i]);
        }
    }
}
