// SPDX-License-Identifier: MIT
// Test double with the COMPAT.md surface of the SecretsController (reads,
// events, revert strings) and no access control, for chain/ tests on a real
// EVM while the real contract lives in contracts/. Rebuild the hex in
// fake_controller_test.go with solcjs 0.8.30: solcjs --bin --optimize.
pragma solidity 0.8.30;

contract FakeSecretsController {
    struct Secret { address owner; address delegate; bool isSyncing; uint8 clusterId; uint8 secretType; string publicKeyCid; }
    mapping(uint256 => Secret) private secrets;
    uint256 public nextSecretId = 1;

    event SecretCreated(uint256 indexed secretId, address indexed owner, uint8 secretType);
    event SecretSynced(uint256 indexed secretId, uint8 indexed clusterId, string publicKeyCid);
    event DelegateUpdated(uint256 indexed secretId, address indexed newDelegate);
    event SecretOwnershipTransferred(uint256 indexed secretId, address indexed oldOwner, address indexed newOwner);

    function createSecret() external returns (uint256 id) {
        id = nextSecretId++;
        secrets[id] = Secret(msg.sender, address(0), true, 0, 1, "");
        emit SecretCreated(id, msg.sender, 1);
    }

    function getSecretState(uint256 id) external view returns (address, address, bool, uint8, uint8, string memory) {
        Secret storage s = secrets[id];
        require(s.owner != address(0), "Secret not found");
        return (s.owner, s.delegate, s.isSyncing, s.clusterId, s.secretType, s.publicKeyCid);
    }

    function markSecretSynced(uint256 id, uint8 clusterId, string calldata cid) external {
        Secret storage s = secrets[id];
        require(s.owner != address(0), "Secret not found");
        s.isSyncing = false;
        s.clusterId = clusterId;
        s.publicKeyCid = cid;
        emit SecretSynced(id, clusterId, cid);
    }

    function setDelegate(uint256 id, address d) external {
        Secret storage s = secrets[id];
        require(s.owner != address(0), "Secret not found");
        s.delegate = d;
        emit DelegateUpdated(id, d);
    }

    function transferSecret(uint256 id, address newOwner) external {
        Secret storage s = secrets[id];
        require(s.owner != address(0), "Secret not found");
        address old = s.owner;
        s.owner = newOwner;
        if (s.delegate != address(0)) {
            s.delegate = address(0);
            emit DelegateUpdated(id, address(0));
        }
        emit SecretOwnershipTransferred(id, old, newOwner);
    }
}
