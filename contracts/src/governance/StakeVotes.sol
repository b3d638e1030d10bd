// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {ERC20Wrapper} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Wrapper.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

/// @title StakeVotes
/// @notice Voting wrapper for an existing staking token that has no vote
/// checkpoints: deposit the token 1:1 (depositFor), delegate, vote; withdraw
/// (withdrawTo) gives the token back. The governor counts this wrapper's
/// votes. Tokens staked in the registry are not wrapped, so they do not vote.
contract StakeVotes is ERC20, ERC20Wrapper, ERC20Votes {
    constructor(IERC20 underlying_, string memory name_, string memory symbol_)
        ERC20(name_, symbol_)
        ERC20Wrapper(underlying_)
        EIP712(name_, "1")
    {}

    function decimals() public view override(ERC20, ERC20Wrapper) returns (uint8) {
        return super.decimals();
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }
}
