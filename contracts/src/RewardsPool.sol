// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @notice What the pool reads from the home chain's ClusterRegistry.
interface IRewardsRegistry {
    function currentEpoch() external view returns (uint64);
    function epochStakeOf(uint64 epoch, uint256 index) external view returns (uint256);
    function epochTotalStake(uint64 epoch) external view returns (uint256);
    function nodeIndexOf(address operator) external view returns (uint256);
    function operatorOf(uint256 index) external view returns (address);
}

/// @title RewardsPool
/// @notice Collects a chain's secret creation fees per epoch and splits each
/// epoch's fees among the nodes that served it (its elected Black Boxes and
/// cluster members, as the registry snapshotted them at advanceEpoch), pro
/// rata to the stake they served with, leaving out nodes an excluder (the
/// Slasher, a missing-member report) excluded from that epoch.
///
/// Timeline of epoch e: fees arrive while e is the registry's current
/// epoch; exclusions for e are accepted until claims open, once
/// currentEpoch >= e + claimDelayEpochs (so a slash found a little late
/// still lands before anyone is paid); from then on, and once any claim or
/// roll-over has used e's denominator, exclusions for e are refused. Each
/// node claims each epoch once. Fees of an epoch whose participants were
/// all excluded, or that had none (epoch 0 elects nobody), roll over to the
/// epoch current when rollOver is called, which is never yet claimable.
/// Rounding dust (each share is rounded down) stays in the pool.
contract RewardsPool is ReentrancyGuard {
    IRewardsRegistry public immutable registry;
    address public governance;
    /// @notice Epochs after e before e's claims open (at least 1, so a
    /// roll-over into the current epoch never lands in an open epoch).
    uint64 public claimDelayEpochs;
    mapping(address => bool) public isExcluder;

    /// @notice Fees credited to each epoch.
    mapping(uint64 => uint256) public epochFees;
    /// @notice Stake of the nodes excluded from each epoch (leaves the denominator).
    mapping(uint64 => uint256) public excludedStake;
    mapping(uint64 => mapping(uint256 => bool)) public isExcluded;
    mapping(uint64 => mapping(uint256 => bool)) public claimed;
    /// @notice Whether a claim or roll-over has used the epoch's denominator.
    mapping(uint64 => bool) public settled;

    event GovernanceTransferred(address indexed previousGovernance, address indexed newGovernance);
    event ExcluderSet(address indexed excluder, bool allowed);
    event ClaimDelayChanged(uint64 claimDelayEpochs);
    event FeeReceived(uint64 indexed epoch, address indexed from, uint256 amount);
    event Excluded(uint64 indexed epoch, uint256 indexed nodeIndex, address indexed excluder, uint256 stake);
    event Claimed(uint64 indexed epoch, uint256 indexed nodeIndex, address indexed operator, uint256 amount);
    event RolledOver(uint64 indexed fromEpoch, uint64 indexed toEpoch, uint256 amount);

    modifier onlyGovernance() {
        require(msg.sender == governance, "Not governance");
        _;
    }

    constructor(IRewardsRegistry registry_) {
        require(address(registry_) != address(0), "Registry is zero");
        registry = registry_;
        governance = msg.sender;
        claimDelayEpochs = 2;
        emit GovernanceTransferred(address(0), msg.sender);
        emit ClaimDelayChanged(2);
    }

    // ---------------------------------------------------------------- governance

    function transferGovernance(address newGovernance) external onlyGovernance {
        require(newGovernance != address(0), "Governance is zero");
        emit GovernanceTransferred(governance, newGovernance);
        governance = newGovernance;
    }

    function setExcluder(address excluder, bool allowed) external onlyGovernance {
        isExcluder[excluder] = allowed;
        emit ExcluderSet(excluder, allowed);
    }

    function setClaimDelayEpochs(uint64 v) external onlyGovernance {
        require(v >= 1 && v <= 1000, "Invalid claim delay");
        claimDelayEpochs = v;
        emit ClaimDelayChanged(v);
    }

    // ---------------------------------------------------------------- fees

    /// @notice Credits msg.value to the registry's current epoch. The
    /// SecretsController forwards each creation fee here; anyone else's
    /// deposit is simply more reward.
    function deposit() external payable {
        require(msg.value > 0, "Amount is zero");
        uint64 epoch = registry.currentEpoch();
        epochFees[epoch] += msg.value;
        emit FeeReceived(epoch, msg.sender, msg.value);
    }

    /// @notice Moves the fees of an epoch nobody can claim (no participant
    /// left in its denominator) to the current epoch. Anyone may call, once
    /// its claims are open.
    function rollOver(uint64 epoch) external {
        uint64 current = registry.currentEpoch();
        require(current >= epoch + claimDelayEpochs, "Claims not open");
        require(!settled[epoch], "Epoch settled");
        require(registry.epochTotalStake(epoch) == excludedStake[epoch], "Epoch has claimants");
        uint256 amount = epochFees[epoch];
        require(amount > 0, "No fees");
        settled[epoch] = true;
        epochFees[epoch] = 0;
        epochFees[current] += amount;
        emit RolledOver(epoch, current, amount);
    }

    // ---------------------------------------------------------------- exclusion

    /// @notice Excludes a node from an epoch's rewards: it gets nothing for
    /// it and its stake leaves the denominator, so the others share its
    /// part. Only excluders; refused once the epoch's claims are open or its
    /// denominator was used. Excluding a node that did not serve the epoch,
    /// or again, changes nothing and returns false (so a slash never fails
    /// for it).
    function excludeFromEpoch(uint64 epoch, uint256 nodeIndex) external returns (bool) {
        require(isExcluder[msg.sender], "Not an excluder");
        require(registry.currentEpoch() < epoch + claimDelayEpochs && !settled[epoch], "Exclusions closed");
        if (isExcluded[epoch][nodeIndex]) return false;
        uint256 stake = registry.epochStakeOf(epoch, nodeIndex);
        if (stake == 0) return false;
        isExcluded[epoch][nodeIndex] = true;
        excludedStake[epoch] += stake;
        emit Excluded(epoch, nodeIndex, msg.sender, stake);
        return true;
    }

    // ---------------------------------------------------------------- claims

    /// @notice Whether the claims of `epoch` are open.
    function claimsOpen(uint64 epoch) public view returns (bool) {
        return registry.currentEpoch() >= epoch + claimDelayEpochs;
    }

    /// @notice What the operator's node may claim for `epoch` now (0 before
    /// claims open, after its claim, when excluded or when it did not serve).
    function claimable(address operator, uint64 epoch) external view returns (uint256) {
        return claimableByNode(registry.nodeIndexOf(operator), epoch);
    }

    /// @notice claimable by node index.
    function claimableByNode(uint256 nodeIndex, uint64 epoch) public view returns (uint256) {
        if (!claimsOpen(epoch) || claimed[epoch][nodeIndex] || isExcluded[epoch][nodeIndex]) return 0;
        uint256 stake = registry.epochStakeOf(epoch, nodeIndex);
        if (stake == 0) return 0;
        return _share(epoch, stake);
    }

    /// @notice Claims the sender's node's rewards for each of `epochs` and
    /// pays them to the sender (its operator).
    function claim(uint64[] calldata epochs) external nonReentrant returns (uint256) {
        return _claim(registry.nodeIndexOf(msg.sender), msg.sender, epochs);
    }

    /// @notice Claims for a node by index and pays its operator; anyone may
    /// call, so rewards of a node whose operator has withdrawn (the
    /// registry no longer finds it by operator) stay claimable.
    function claimFor(uint256 nodeIndex, uint64[] calldata epochs) external nonReentrant returns (uint256) {
        return _claim(nodeIndex, registry.operatorOf(nodeIndex), epochs);
    }

    function _claim(uint256 nodeIndex, address operator, uint64[] calldata epochs) private returns (uint256 total) {
        uint64 current = registry.currentEpoch();
        uint64 delay = claimDelayEpochs;
        for (uint256 i = 0; i < epochs.length; i++) {
            uint64 e = epochs[i];
            require(current >= e + delay, "Claims not open");
            require(!claimed[e][nodeIndex], "Already claimed");
            require(!isExcluded[e][nodeIndex], "Excluded from epoch");
            uint256 stake = registry.epochStakeOf(e, nodeIndex);
            require(stake > 0, "Did not serve epoch");
            claimed[e][nodeIndex] = true;
            if (!settled[e]) settled[e] = true;
            uint256 amount = _share(e, stake);
            total += amount;
            emit Claimed(e, nodeIndex, operator, amount);
        }
        // Last: every state change is made before the operator gets control.
        if (total > 0) {
            (bool ok,) = payable(operator).call{value: total}("");
            require(ok, "Reward transfer failed");
        }
    }

    // _share is the node's part of the epoch's fees, rounded down. The
    // denominator is positive: the node itself is in it.
    function _share(uint64 epoch, uint256 stake) private view returns (uint256) {
        uint256 denominator = registry.epochTotalStake(epoch) - excludedStake[epoch];
        return Math.mulDiv(epochFees[epoch], stake, denominator);
    }
}
