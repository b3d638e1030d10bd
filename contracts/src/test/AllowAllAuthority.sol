// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

import {IBlackBoxAuthority} from "../IBlackBoxAuthority.sol";

/// @notice Test only: an authority that counts every address as an
/// elected Black Box, so a test can mark secrets synced with any CID
/// without running an election (the storage-proof reader's tests).
contract AllowAllAuthority is IBlackBoxAuthority {
    function isElectedBlackBox(address) external pure returns (bool) {
        return true;
    }
}
