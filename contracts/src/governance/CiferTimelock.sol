// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title CiferTimelock
/// @notice OpenZeppelin's TimelockController, unchanged. CIFER deploys two:
/// the parameters timelock (the governor's own, short delay) and the
/// security timelock (long delay), whose only proposer and canceller is the
/// parameters timelock. Both are deployed with no admin, so only their own
/// scheduled operations can change their roles or delays.
contract CiferTimelock is TimelockController {
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}
}
