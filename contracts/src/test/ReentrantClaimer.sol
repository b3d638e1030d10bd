// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

interface IRegistryForClaimer {
    function register(
        bytes calldata peerId,
        address enclaveWallet,
        bytes32 measurement,
        bytes32 transportKeyHash,
        string[] calldata multiaddrs,
        uint256 amount
    ) external returns (uint256);
}

interface IPoolForClaimer {
    function claim(uint64[] calldata epochs) external returns (uint256);
    function claimFor(uint256 nodeIndex, uint64[] calldata epochs) external returns (uint256);
}

/// @title ReentrantClaimer
/// @notice Test-only: an operator contract whose receive() tries to claim
/// again (through claim and claimFor) while the pool pays it, to show the
/// pool pays each epoch once. Never deployed on a real chain.
contract ReentrantClaimer {
    IPoolForClaimer public immutable pool;
    uint64[] private _epochs;
    uint256 private _index;
    bool public attacking;
    uint256 public reentryAttempts;
    uint256 public reentrySuccesses;
    uint256 public received;

    constructor(IPoolForClaimer pool_) {
        pool = pool_;
    }

    function registerNode(IRegistryForClaimer registry, IERC20 token, bytes calldata peerId, address wallet, uint256 amount)
        external
    {
        token.approve(address(registry), amount);
        string[] memory addrs = new string[](0);
        _index = registry.register(peerId, wallet, bytes32(uint256(1)), bytes32(uint256(2)), addrs, amount);
    }

    function claim(uint64[] calldata epochs) external {
        _epochs = epochs;
        attacking = true;
        pool.claim(epochs);
        attacking = false;
    }

    receive() external payable {
        received += msg.value;
        if (!attacking) return;
        attacking = false;
        reentryAttempts += 2;
        try pool.claim(_epochs) {
            reentrySuccesses++;
        } catch {}
        try pool.claimFor(_index, _epochs) {
            reentrySuccesses++;
        } catch {}
    }
}
