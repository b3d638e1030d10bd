// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

/// @notice What SecretsController needs from the registry: whether an
/// address is the enclave wallet of a Black Box elected for the current epoch.
interface IBlackBoxAuthority {
    function isElectedBlackBox(address enclaveWallet) external view returns (bool);
}
