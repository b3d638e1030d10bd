// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ClusterRegistry} from "./ClusterRegistry.sol";

/// @notice What a report tells the rewards pool: the reported member
/// earns nothing for the epoch it was reported in.
interface IRewardsExclusion {
    function excludeFromEpoch(uint64 epoch, uint256 nodeIndex) external returns (bool);
}

/// @title MemberReports
/// @notice Replaces a cluster member that its fellow members have not seen
/// reachable and attested for `missingMemberTimeout` seconds. The contract
/// cannot see reachability; what it checks is that at least t (the
/// registry's cluster threshold) other active members of the cluster signed
/// the report with their enclave wallets, as EIP-712 typed data naming the
/// cluster, the node and the registry's current epoch. Fewer than t members
/// can never push a member out, and t members already hold the cluster's
/// keys, so a report gives them nothing they did not have; the replacement
/// is drawn by the registry's next advance, not chosen by the reporters.
/// A report of an old epoch is refused (the digest names the epoch), and a
/// node is reported once until its operator rejoins.
contract MemberReports is EIP712 {
    bytes32 private constant _MISSING_TYPEHASH = keccak256("MissingMember(uint8 clusterId,uint256 nodeIndex,uint64 epoch)");

    ClusterRegistry public immutable registry;
    /// @notice Seconds a member must be unseen before its fellows report it
    /// (the nodes' monitors count it; governed with the registry's
    /// parameters).
    uint64 public missingMemberTimeout;
    /// @notice The rewards pool told of each report (zero: none). The pool
    /// must list this contract as an excluder.
    address public rewardsPool;

    event MissingMemberTimeoutChanged(uint64 timeout);
    event RewardsPoolChanged(address pool);
    event MissingMemberReported(uint8 indexed clusterId, uint256 indexed nodeIndex, uint64 epoch, address[] signers);

    constructor(ClusterRegistry registry_, uint64 timeout) EIP712("CIFER MemberReports", "1") {
        require(address(registry_) != address(0), "Registry is zero");
        require(timeout > 0, "Timeout is zero");
        registry = registry_;
        missingMemberTimeout = timeout;
        emit MissingMemberTimeoutChanged(timeout);
    }

    /// @notice A parameter: the registry's governance or its parameters
    /// governance may change it.
    function setMissingMemberTimeout(uint64 v) external {
        address pg = registry.parametersGovernance();
        require(msg.sender == registry.governance() || (msg.sender == pg && pg != address(0)), "Not governance");
        require(v > 0, "Timeout is zero");
        missingMemberTimeout = v;
        emit MissingMemberTimeoutChanged(v);
    }

    /// @notice Security: only the registry's governance names the pool.
    function setRewardsPool(address pool) external {
        require(msg.sender == registry.governance(), "Not governance");
        rewardsPool = pool;
        emit RewardsPoolChanged(pool);
    }

    /// @notice What a member's enclave wallet signs to report nodeIndex of
    /// clusterId missing in epoch.
    function reportDigest(uint8 clusterId, uint256 nodeIndex, uint64 epoch) public view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(_MISSING_TYPEHASH, clusterId, nodeIndex, epoch)));
    }

    /// @notice Reports nodeIndex, a member of clusterId, missing, and takes
    /// it out of the registry's draw. Anyone may submit. Signatures are by
    /// the enclave wallets of at least t other active, unreported members,
    /// in the order of their slots in the cluster, over reportDigest for the
    /// registry's current epoch.
    function reportMissing(uint8 clusterId, uint256 nodeIndex, bytes[] calldata signatures) external {
        uint256[] memory members = registry.clusterMemberIndexes(clusterId);
        uint256 reported = members.length;
        for (uint256 j = 0; j < members.length; j++) {
            if (members[j] == nodeIndex) reported = j;
        }
        require(reported < members.length, "Not a cluster member");
        require(registry.reportedUntil(nodeIndex) == 0, "Already reported");
        require(signatures.length >= registry.clusterThreshold(), "Too few signatures");

        // The fellow members who may sign: active, not reported, not the
        // reported node (zero address for those who may not).
        address[] memory wallets = new address[](members.length);
        for (uint256 j = 0; j < members.length; j++) {
            if (j == reported || registry.reportedUntil(members[j]) != 0) continue;
            ClusterRegistry.Node memory n = registry.nodeAt(members[j]);
            if (n.status == ClusterRegistry.NodeStatus.Active) wallets[j] = n.enclaveWallet;
        }

        uint64 epoch = registry.currentEpoch();
        bytes32 digest = reportDigest(clusterId, nodeIndex, epoch);
        address[] memory signers = new address[](signatures.length);
        uint256 next = 0; // the first slot the next signer may hold
        for (uint256 i = 0; i < signatures.length; i++) {
            address w = ECDSA.recover(digest, signatures[i]);
            uint256 j = next;
            while (j < members.length && wallets[j] != w) j++;
            require(j < members.length, "Signer not a fellow member");
            signers[i] = w;
            next = j + 1;
        }
        registry.markMissing(nodeIndex);
        // Unreachable or unattested members earn nothing for the epoch. A
        // pool that refuses (its claims for the epoch already open) does
        // not stop the replacement.
        if (rewardsPool != address(0)) {
            try IRewardsExclusion(rewardsPool).excludeFromEpoch(epoch, nodeIndex) {} catch {}
        }
        emit MissingMemberReported(clusterId, nodeIndex, epoch, signers);
    }
}
