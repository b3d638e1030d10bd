// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {IBlackBoxAuthority} from "./IBlackBoxAuthority.sol";
import {StakeTree} from "./lib/StakeTree.sol";
import {Election} from "./lib/Election.sol";

/// @title ClusterRegistry
/// @notice The home chain's single source of truth for CIFER nodes: staking,
/// governed parameters, epochs, the stake-weighted Black Box election and
/// custodian clusters. See the contracts part of docs for the algorithm.
contract ClusterRegistry is IBlackBoxAuthority, ReentrancyGuard {
    using SafeERC20 for IERC20;
    using StakeTree for StakeTree.Tree;

    enum NodeStatus {
        None,
        Active,
        Unbonding,
        Withdrawn
    }

    struct Node {
        address operator;
        bytes peerId;
        address enclaveWallet;
        bytes32 measurement;
        bytes32 transportKeyHash;
        string[] multiaddrs;
        uint256 stake;
        NodeStatus status;
        uint64 registeredBlock;
        uint64 unbondBlock; // 0 while active
        uint64 unbondEpoch; // epoch during which unbond() was called
    }

    uint256 public constant MAX_PEER_ID_LENGTH = 128;
    uint256 public constant MAX_MULTIADDRS = 8;
    uint256 public constant MAX_MULTIADDR_LENGTH = 256;
    uint8 public constant MAX_BLACK_BOX_COUNT = 32;
    uint8 public constant MAX_CLUSTER_SIZE = 32;
    /// @notice The seed of an advance is the hash of the block this many
    /// blocks after its request.
    uint256 public constant SEED_DELAY = 1;
    /// @notice blockhash reaches back this many blocks; a request whose seed
    /// block is older has expired and may be made again.
    uint256 public constant BLOCKHASH_HORIZON = 256;

    IERC20 public immutable stakingToken;
    address public governance;

    // Governed parameters.
    uint256 public minStake;
    uint64 public epochLength; // blocks
    uint64 public unbondingDelay; // blocks
    uint8 public blackBoxCount; // K
    uint8 public clusterSize; // n
    uint8 public clusterThreshold; // t
    uint8 public targetClusterCount;
    bool public simulatedEnclavesAllowed;
    bytes32 public simPlatformKey;
    mapping(bytes32 => bool) private _measurementAllowed;

    // Nodes in registration order; an index is never reused.
    Node[] private _nodes;
    mapping(address => uint256) private _byOperator; // index + 1
    mapping(bytes32 => uint256) private _byPeerId; // keccak256(peerId) => index + 1
    mapping(address => uint256) private _byWallet; // index + 1
    uint256 public activeNodeCount;
    // Drawable weight per node index: its stake while Active, else 0.
    StakeTree.Tree private _stakes;

    // Epochs and election.
    uint64 public currentEpoch;
    uint256 public epochStartBlock;
    bytes32 public epochSeed;
    // Block of the pending requestAdvance (0: none). The seed is the hash of
    // block advanceRequestBlock + SEED_DELAY, unknown when it is requested.
    uint256 public advanceRequestBlock;
    uint256[] private _blackBoxes; // node indexes elected for currentEpoch
    // History: which enclave wallets were elected in each epoch (kept for
    // ever: a creation record names the epoch its dealer was elected in, and
    // custodians and Black Boxes check it here long after), and whether a
    // wallet was ever elected (for records made before they named one).
    mapping(uint64 => mapping(address => bool)) private _electedIn;
    mapping(address => bool) private _everElected;
    mapping(uint256 => uint64) private _electedEpoch; // node index => last epoch elected Black Box

    // Clusters: ids 1..clusterCount; 0 means "no cluster".
    uint8 public clusterCount;
    mapping(uint8 => uint256[]) private _clusters; // node indexes

    event GovernanceTransferred(address indexed previousGovernance, address indexed newGovernance);
    event MinStakeChanged(uint256 minStake);
    event EpochLengthChanged(uint64 epochLength);
    event UnbondingDelayChanged(uint64 unbondingDelay);
    event BlackBoxCountChanged(uint8 blackBoxCount);
    event ClusterShapeChanged(uint8 clusterSize, uint8 clusterThreshold);
    event TargetClusterCountChanged(uint8 targetClusterCount);
    event MeasurementAllowed(bytes32 indexed measurement, bool allowed);
    event SimulatedEnclavesAllowedChanged(bool allowed);
    event SimPlatformKeyChanged(bytes32 simPlatformKey);

    event NodeRegistered(
        address indexed operator,
        uint256 indexed index,
        bytes peerId,
        address enclaveWallet,
        bytes32 measurement,
        bytes32 transportKeyHash,
        uint256 stake
    );
    event StakeToppedUp(address indexed operator, uint256 amount, uint256 newStake);
    event MultiaddrsUpdated(address indexed operator, string[] multiaddrs);
    event NodeUnbonding(address indexed operator, uint64 unbondBlock, uint64 epoch);
    event StakeWithdrawn(address indexed operator, uint256 amount);

    event AdvanceRequested(uint64 indexed epoch, uint256 requestBlock, uint256 seedBlock);
    event EpochAdvanced(uint64 indexed epoch, bytes32 seed, uint256 startBlock, address[] blackBoxes, uint256 totalStake);
    event ClusterFormed(uint8 indexed clusterId, address[] members, uint64 epoch);
    event ClusterMemberReplaced(uint8 indexed clusterId, address oldOperator, address newOperator, uint64 epoch);

    // Stake changes (register, topUp, unbond) made while an advance is
    // pending are accepted but queued: the draw uses the weights of the
    // request, fixed before anyone could know the seed, and the queued
    // changes enter the weights right after the draw. Nothing is refused.
    uint256[] private _queued; // node indexes whose weight changes after the draw
    mapping(uint256 => bool) private _isQueued;

    event WeightQueued(uint256 indexed index, uint64 epoch);

    /// @notice Who may change the non-security parameters (min stake, epoch
    /// length, unbonding delay, target cluster count) besides `governance`:
    /// the parameters timelock, whose delay is shorter than that of the
    /// security timelock that holds `governance`. Zero: nobody else.
    /// Declared last so the storage slots of the earlier variables stay.
    address public parametersGovernance;

    event ParametersGovernanceChanged(address indexed previousGovernance, address indexed newGovernance);

    /// Security-relevant: only `governance` (the security timelock).
    modifier onlyGovernance() {
        require(msg.sender == governance, "Not governance");
        _;
    }

    /// Parameters: `governance` or `parametersGovernance` (when set).
    modifier onlyParametersGovernance() {
        require(
            msg.sender == governance || (msg.sender == parametersGovernance && msg.sender != address(0)),
            "Not governance"
        );
        _;
    }

    /// @param token_ ERC-20 staking token.
    /// @param minStake_ minimum stake to register (must be > 0).
    /// @param epochLength_ blocks per epoch; the first epoch may start this many blocks after deployment.
    /// @param unbondingDelay_ blocks between unbond() and withdraw().
    constructor(IERC20 token_, uint256 minStake_, uint64 epochLength_, uint64 unbondingDelay_) {
        require(address(token_) != address(0), "Token is zero");
        require(minStake_ > 0, "Min stake is zero");
        require(epochLength_ > 0, "Epoch length is zero");
        stakingToken = token_;
        governance = msg.sender;
        minStake = minStake_;
        epochLength = epochLength_;
        unbondingDelay = unbondingDelay_;
        blackBoxCount = 3;
        clusterSize = 5;
        clusterThreshold = 3;
        targetClusterCount = 1;
        epochStartBlock = block.number;
        emit GovernanceTransferred(address(0), msg.sender);
    }

    // ---------------------------------------------------------------- governance

    function transferGovernance(address newGovernance) external onlyGovernance {
        require(newGovernance != address(0), "Governance is zero");
        emit GovernanceTransferred(governance, newGovernance);
        governance = newGovernance;
    }

    /// @notice Sets (or, with zero, removes) the parameters governance.
    function setParametersGovernance(address newParametersGovernance) external onlyGovernance {
        emit ParametersGovernanceChanged(parametersGovernance, newParametersGovernance);
        parametersGovernance = newParametersGovernance;
    }

    function setMinStake(uint256 v) external onlyParametersGovernance {
        require(v > 0, "Min stake is zero");
        minStake = v;
        emit MinStakeChanged(v);
    }

    function setEpochLength(uint64 v) external onlyParametersGovernance {
        require(v > 0, "Epoch length is zero");
        epochLength = v;
        emit EpochLengthChanged(v);
    }

    function setUnbondingDelay(uint64 v) external onlyParametersGovernance {
        unbondingDelay = v;
        emit UnbondingDelayChanged(v);
    }

    function setBlackBoxCount(uint8 v) external onlyGovernance {
        require(v >= 1 && v <= MAX_BLACK_BOX_COUNT, "Invalid Black Box count");
        blackBoxCount = v;
        emit BlackBoxCountChanged(v);
    }

    /// @notice Sets cluster size n and Shamir threshold t: 2 <= t <= n <= MAX_CLUSTER_SIZE.
    /// t = 1 would hand every custodian the whole key, and Shamir needs n >= t.
    function setClusterShape(uint8 size, uint8 threshold) external onlyGovernance {
        require(threshold >= 2 && threshold <= size && size <= MAX_CLUSTER_SIZE, "Invalid cluster shape");
        clusterSize = size;
        clusterThreshold = threshold;
        emit ClusterShapeChanged(size, threshold);
    }

    function setTargetClusterCount(uint8 v) external onlyParametersGovernance {
        require(v >= 1, "Invalid cluster count");
        targetClusterCount = v;
        emit TargetClusterCountChanged(v);
    }

    function setMeasurementAllowed(bytes32 measurement, bool allowed) external onlyGovernance {
        _measurementAllowed[measurement] = allowed;
        emit MeasurementAllowed(measurement, allowed);
    }

    function setSimulatedEnclavesAllowed(bool allowed) external onlyGovernance {
        simulatedEnclavesAllowed = allowed;
        emit SimulatedEnclavesAllowedChanged(allowed);
    }

    function setSimPlatformKey(bytes32 key) external onlyGovernance {
        simPlatformKey = key;
        emit SimPlatformKeyChanged(key);
    }

    function isMeasurementAllowed(bytes32 measurement) external view returns (bool) {
        return _measurementAllowed[measurement];
    }

    // ---------------------------------------------------------------- operators

    /// @notice Registers the sender's node and pulls `amount` of the staking
    /// token (the sender must have approved it). The node is drawable from the
    /// next advanceEpoch on.
    function register(
        bytes calldata peerId,
        address enclaveWallet,
        bytes32 measurement,
        bytes32 transportKeyHash,
        string[] calldata multiaddrs,
        uint256 amount
    ) external nonReentrant returns (uint256 index) {
        require(peerId.length > 0, "Empty peer ID");
        require(peerId.length <= MAX_PEER_ID_LENGTH, "Peer ID too long");
        require(enclaveWallet != address(0), "Enclave wallet is zero");
        require(amount >= minStake, "Stake below minimum");
        require(_byOperator[msg.sender] == 0, "Operator already registered");
        bytes32 peerKey = keccak256(peerId);
        require(_byPeerId[peerKey] == 0, "Peer ID already registered");
        require(_byWallet[enclaveWallet] == 0, "Enclave wallet already registered");
        _checkMultiaddrs(multiaddrs);

        index = _nodes.length;
        Node storage n = _nodes.push();
        n.operator = msg.sender;
        n.peerId = peerId;
        n.enclaveWallet = enclaveWallet;
        n.measurement = measurement;
        n.transportKeyHash = transportKeyHash;
        _storeMultiaddrs(n.multiaddrs, multiaddrs);
        n.stake = amount;
        n.status = NodeStatus.Active;
        n.registeredBlock = uint64(block.number);
        _byOperator[msg.sender] = index + 1;
        _byPeerId[peerKey] = index + 1;
        _byWallet[enclaveWallet] = index + 1;
        activeNodeCount += 1;
        bool pending = _beforeStakeChange();
        uint256 treeIndex = _stakes.push(pending ? 0 : amount);
        assert(treeIndex == index);
        if (pending) _queue(index);

        stakingToken.safeTransferFrom(msg.sender, address(this), amount);
        emit NodeRegistered(msg.sender, index, peerId, enclaveWallet, measurement, transportKeyHash, amount);
    }

    /// @notice Adds stake to the sender's active node.
    function topUp(uint256 amount) external nonReentrant {
        require(amount > 0, "Amount is zero");
        uint256 index = _activeIndexOf(msg.sender);
        Node storage n = _nodes[index];
        n.stake += amount;
        if (_beforeStakeChange()) _queue(index);
        else _stakes.set(index, _drawWeightOf(index));
        stakingToken.safeTransferFrom(msg.sender, address(this), amount);
        emit StakeToppedUp(msg.sender, amount, n.stake);
    }

    function updateMultiaddrs(string[] calldata multiaddrs) external {
        uint256 index = _activeIndexOf(msg.sender);
        _checkMultiaddrs(multiaddrs);
        _storeMultiaddrs(_nodes[index].multiaddrs, multiaddrs);
        emit MultiaddrsUpdated(msg.sender, multiaddrs);
    }

    /// @notice Starts unbonding: the node's weight leaves the draw at once, so
    /// it is never drawn again; elections already made for the current epoch
    /// stand until the next advanceEpoch, which also replaces it in clusters.
    function unbond() external {
        Node storage n = _startUnbonding(_activeIndexOf(msg.sender));
        emit NodeUnbonding(msg.sender, n.unbondBlock, currentEpoch);
    }

    // _startUnbonding moves an Active node to Unbonding (unbond, slash).
    function _startUnbonding(uint256 index) private returns (Node storage n) {
        n = _nodes[index];
        n.status = NodeStatus.Unbonding;
        n.unbondBlock = uint64(block.number);
        activeNodeCount -= 1;
        if (_beforeStakeChange()) {
            // Still in the pending draw: it may serve the next epoch, so it
            // may withdraw only once the one after has started.
            n.unbondEpoch = currentEpoch + 1;
            _queue(index);
        } else {
            n.unbondEpoch = currentEpoch;
            _stakes.set(index, 0);
        }
    }

    /// @notice Pays the stake back once the unbonding delay has passed and a
    /// later epoch has started (so the node no longer serves in any current
    /// election or cluster). The operator, peer ID and enclave wallet become
    /// free to register again (as a new node index).
    function withdraw() external nonReentrant {
        uint256 pos = _byOperator[msg.sender];
        require(pos != 0, "Node not found");
        uint256 index = pos - 1;
        Node storage n = _nodes[index];
        require(n.status == NodeStatus.Unbonding, "Node not unbonding");
        require(block.number >= uint256(n.unbondBlock) + unbondingDelay, "Unbonding delay not over");
        // Epoch 0 elects nobody, so a node that unbonds before the first
        // election serves nowhere and need not wait for an epoch change.
        // (unbondEpoch is 1 for a node that unbonded while the first draw
        // was pending: it is still in that draw.)
        require(currentEpoch > n.unbondEpoch || (currentEpoch == 0 && n.unbondEpoch == 0), "Still serving this epoch");
        uint256 amount = n.stake;
        n.stake = 0;
        n.status = NodeStatus.Withdrawn;
        delete _byOperator[msg.sender];
        delete _byPeerId[keccak256(n.peerId)];
        delete _byWallet[n.enclaveWallet];
        stakingToken.safeTransfer(msg.sender, amount);
        emit StakeWithdrawn(msg.sender, amount);
    }

    // ---------------------------------------------------------------- epochs

    /// @notice First step of an epoch change, once `epochStartBlock +
    /// epochLength` is reached (for the first epoch: counted from
    /// deployment). Anyone may call. Fixes the weights of the draw (stake
    /// changes are refused until the advance) and the seed block, the block
    /// SEED_DELAY after this one, whose hash nobody knows yet. A request
    /// whose seed block has left the blockhash horizon unused has expired and
    /// may be made again.
    function requestAdvance() external {
        require(block.number >= epochStartBlock + epochLength, "Epoch not over");
        require(!advancePending(), "Advance already requested");
        require(activeNodeCount > 0, "No active nodes");
        // Changes queued under a request that expired count from now.
        _applyQueued();
        advanceRequestBlock = block.number;
        emit AdvanceRequested(currentEpoch + 1, block.number, block.number + SEED_DELAY);
    }

    /// @notice A node's weight in the draw: its stake while Active when the
    /// pending request (or the last advance) fixed the weights, else 0.
    function drawWeight(uint256 index) external view returns (uint256) {
        return _stakes.weightOf(index);
    }

    /// @notice drawWeight of the nodes from index start on, at most count.
    function drawWeights(uint256 start, uint256 count) external view returns (uint256[] memory out) {
        uint256 n = _nodes.length;
        if (start >= n) return new uint256[](0);
        if (count > n - start) count = n - start;
        out = new uint256[](count);
        for (uint256 i = 0; i < count; i++) {
            out[i] = _stakes.weightOf(start + i);
        }
    }

    /// @notice How many stake changes wait for the pending draw to finish.
    function queuedWeightCount() external view returns (uint256) {
        return _queued.length;
    }

    // _beforeStakeChange reports whether the change must be queued (an
    // advance is pending); otherwise it first applies what a request that
    // expired left queued, so the weights stay in order.
    function _beforeStakeChange() private returns (bool pending) {
        if (advancePending()) return true;
        _applyQueued();
        return false;
    }

    function _queue(uint256 index) private {
        if (!_isQueued[index]) {
            _isQueued[index] = true;
            _queued.push(index);
        }
        emit WeightQueued(index, currentEpoch + 1);
    }

    // _applyQueued sets each queued node's weight to its stake while Active,
    // else 0, and empties the queue.
    function _applyQueued() private {
        uint256 len = _queued.length;
        for (uint256 i = 0; i < len; i++) {
            uint256 index = _queued[i];
            _stakes.set(index, _drawWeightOf(index));
            delete _isQueued[index];
        }
        delete _queued;
    }

    /// @notice Whether a request is pending: made and not expired.
    function advancePending() public view returns (bool) {
        uint256 b = advanceRequestBlock;
        return b != 0 && block.number <= b + SEED_DELAY + BLOCKHASH_HORIZON;
    }

    /// @notice Second step: starts the next epoch from the pending request,
    /// once its seed block is mined. Anyone may call; the seed is the same
    /// whichever block holds the call. Draws the Black Boxes and maintains
    /// the clusters.
    function advanceEpoch() external {
        uint256 requested = advanceRequestBlock;
        require(requested != 0, "Advance not requested");
        uint256 seedBlock = requested + SEED_DELAY;
        require(block.number > seedBlock, "Seed block not mined");
        require(block.number <= seedBlock + BLOCKHASH_HORIZON, "Advance request expired");
        bytes32 seedHash = blockhash(seedBlock);
        assert(seedHash != bytes32(0));
        advanceRequestBlock = 0;
        uint64 epoch = currentEpoch + 1;
        bytes32 seed = keccak256(abi.encode(seedHash, epoch, address(this)));
        currentEpoch = epoch;
        epochStartBlock = block.number;
        epochSeed = seed;

        uint256[] memory none = new uint256[](0);
        uint256[] memory bb = Election.draw(_stakes, seed, Election.DOMAIN_BLACK_BOX, blackBoxCount, none);
        _blackBoxes = bb;
        address[] memory bbOps = new address[](bb.length);
        for (uint256 i = 0; i < bb.length; i++) {
            _electedEpoch[bb[i]] = epoch;
            bbOps[i] = _nodes[bb[i]].operator;
            address wallet = _nodes[bb[i]].enclaveWallet;
            _electedIn[epoch][wallet] = true;
            if (!_everElected[wallet]) _everElected[wallet] = true;
        }

        for (uint8 c = 1; c <= clusterCount; c++) {
            _maintainCluster(c, seed, epoch);
        }
        while (clusterCount < targetClusterCount) {
            uint8 c = clusterCount + 1;
            clusterCount = c;
            uint256[] memory members = Election.draw(_stakes, seed, c, clusterSize, none);
            _clusters[c] = members;
            emit ClusterFormed(c, _operatorsOf(members), epoch);
        }

        _snapshotParticipants(epoch, bb);
        uint256 drawn = _stakes.total;
        _applyQueued();
        emit EpochAdvanced(epoch, seed, block.number, bbOps, drawn);
    }

    // _maintainCluster replaces members that left the draw (weight 0: no
    // longer Active when the weights were fixed), in slot order, with new
    // draws (excluding all current members), and fills a short cluster up to
    // clusterSize. A departed member nobody is left to replace keeps its
    // slot until a later epoch can: slots never shift, so every other
    // member keeps its x and the share dealt at it.
    function _maintainCluster(uint8 c, bytes32 seed, uint64 epoch) private {
        uint256[] storage members = _clusters[c];
        uint256 len = members.length;
        uint256 kept = 0;
        uint256[] memory current = new uint256[](len);
        for (uint256 i = 0; i < len; i++) {
            current[i] = members[i];
            if (_stakes.weightOf(current[i]) > 0) kept++;
        }
        uint256 size = clusterSize;
        if (kept == len && len >= size) return;
        uint256 need = size > kept ? size - kept : 0;
        uint256[] memory picks = Election.draw(_stakes, seed, c, need, current);

        uint256 used = 0;
        for (uint256 i = 0; i < len && used < picks.length; i++) {
            uint256 m = current[i];
            if (_stakes.weightOf(m) == 0) {
                members[i] = picks[used];
                emit ClusterMemberReplaced(c, _nodes[m].operator, _nodes[picks[used]].operator, epoch);
                used++;
            }
        }
        for (; used < picks.length; used++) {
            members.push(picks[used]);
            emit ClusterMemberReplaced(c, address(0), _nodes[picks[used]].operator, epoch);
        }
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IBlackBoxAuthority
    function isElectedBlackBox(address enclaveWallet) external view returns (bool) {
        uint256 pos = _byWallet[enclaveWallet];
        if (pos == 0 || currentEpoch == 0) return false;
        return _electedEpoch[pos - 1] == currentEpoch && slashedSince[enclaveWallet] == 0;
    }

    /// @notice Whether the enclave wallet was an elected Black Box in
    /// `epoch` (any past or the current one); for epoch 0, whether it ever
    /// was (epoch 0 itself elects nobody).
    function wasElectedBlackBox(uint64 epoch, address enclaveWallet) external view returns (bool) {
        if (epoch == 0) return _everElected[enclaveWallet];
        uint64 since = slashedSince[enclaveWallet];
        if (since != 0 && epoch >= since) return false;
        return _electedIn[epoch][enclaveWallet];
    }

    /// @notice Operators of the Black Boxes elected for the current epoch, in draw order.
    function blackBoxes() external view returns (address[] memory) {
        return _operatorsOf(_blackBoxes);
    }

    /// @notice Node indexes of the Black Boxes elected for the current epoch, in draw order.
    function blackBoxIndexes() external view returns (uint256[] memory) {
        return _blackBoxes;
    }

    function nodeCount() external view returns (uint256) {
        return _nodes.length;
    }

    function nodeAt(uint256 index) external view returns (Node memory) {
        require(index < _nodes.length, "Node not found");
        return _nodes[index];
    }

    /// @notice Nodes [start, start+count) clipped to nodeCount, for bulk reads.
    function nodesRange(uint256 start, uint256 count) external view returns (Node[] memory out) {
        uint256 end = start + count;
        if (end > _nodes.length) end = _nodes.length;
        if (start > end) start = end;
        out = new Node[](end - start);
        for (uint256 i = start; i < end; i++) {
            out[i - start] = _nodes[i];
        }
    }

    function nodeIndexOf(address operator) public view returns (uint256) {
        uint256 pos = _byOperator[operator];
        require(pos != 0, "Node not found");
        return pos - 1;
    }

    function nodeOf(address operator) external view returns (Node memory) {
        return _nodes[nodeIndexOf(operator)];
    }

    function nodeByPeerId(bytes calldata peerId) external view returns (Node memory) {
        uint256 pos = _byPeerId[keccak256(peerId)];
        require(pos != 0, "Node not found");
        return _nodes[pos - 1];
    }

    function nodeByEnclaveWallet(address enclaveWallet) external view returns (Node memory) {
        uint256 pos = _byWallet[enclaveWallet];
        require(pos != 0, "Node not found");
        return _nodes[pos - 1];
    }

    /// @notice Sum of the stakes of active nodes (the election's total weight).
    function totalActiveStake() external view returns (uint256) {
        return _stakes.total;
    }

    function clusterMembers(uint8 clusterId) external view returns (address[] memory) {
        require(clusterId >= 1 && clusterId <= clusterCount, "Cluster not found");
        return _operatorsOf(_clusters[clusterId]);
    }

    function clusterMemberIndexes(uint8 clusterId) external view returns (uint256[] memory) {
        require(clusterId >= 1 && clusterId <= clusterCount, "Cluster not found");
        return _clusters[clusterId];
    }

    // ---------------------------------------------------------------- missing members

    // A cluster member its fellow members have not seen reachable and
    // attested for a governed time is reported missing through
    // `memberReports` (MemberReports.sol checks the report: t fellow
    // members' signatures). The reported node's weight leaves the draw
    // (queued like any stake change while an advance is pending), so an
    // advance replaces it in its slot; its operator may rejoin() once that
    // advance is done. Declared after parametersGovernance so earlier
    // storage slots stay.

    /// @notice The contract whose checked reports mark members missing.
    address public memberReports;
    // Node index => the epoch from whose start it is out of the draw for a
    // report (0: not reported).
    mapping(uint256 => uint64) private _reportedUntil;

    event MemberReportsChanged(address memberReports);
    event MemberReportedMissing(address indexed operator, uint256 nodeIndex, uint64 epoch);
    event MemberRejoined(address indexed operator, uint256 nodeIndex);

    function setMemberReports(address v) external onlyGovernance {
        memberReports = v;
        emit MemberReportsChanged(v);
    }

    /// @notice Takes an active, unreported node out of the draw; only
    /// `memberReports`, which has checked the report.
    function markMissing(uint256 nodeIndex) external {
        require(msg.sender == memberReports && msg.sender != address(0), "Not member reports");
        require(_nodes[nodeIndex].status == NodeStatus.Active, "Node not active");
        require(_reportedUntil[nodeIndex] == 0, "Already reported");
        bool pending = _beforeStakeChange();
        _reportedUntil[nodeIndex] = currentEpoch + (pending ? 2 : 1);
        if (pending) _queue(nodeIndex);
        else _stakes.set(nodeIndex, 0);
        emit MemberReportedMissing(_nodes[nodeIndex].operator, nodeIndex, currentEpoch);
    }

    /// @notice The epoch from whose start a reported node is out of the draw
    /// (0: not reported).
    function reportedUntil(uint256 nodeIndex) external view returns (uint64) {
        return _reportedUntil[nodeIndex];
    }

    /// @notice Puts a reported node's weight back in the draw (from the next
    /// epoch), once the advance that replaced it is done.
    function rejoin() external {
        uint256 index = _activeIndexOf(msg.sender);
        uint64 until = _reportedUntil[index];
        require(until != 0, "Not reported");
        require(currentEpoch >= until, "Not replaced yet");
        _reportedUntil[index] = 0;
        if (_beforeStakeChange()) _queue(index);
        else _stakes.set(index, _nodes[index].stake);
        emit MemberRejoined(msg.sender, index);
    }

    // _drawWeightOf is a node's weight in the draw: its stake while Active
    // and not reported missing.
    function _drawWeightOf(uint256 index) private view returns (uint256) {
        Node storage n = _nodes[index];
        return n.status == NodeStatus.Active && _reportedUntil[index] == 0 ? n.stake : 0;
    }

    // ---------------------------------------------------------------- rewards snapshot
    // For the RewardsPool: each participant of an epoch (its elected Black
    // Boxes and the members of its clusters; a node in both counts once),
    // weighed by the stake the draw used, and their sum. Recorded once by
    // advanceEpoch, so a pool can split an epoch's fees long after stakes
    // moved on. Declared here, after every earlier variable, so their
    // storage slots stay.
    mapping(uint64 => mapping(uint256 => uint256)) private _epochStake;
    /// @notice Sum of epochStakeOf over the participants of `epoch`.
    mapping(uint64 => uint256) public epochTotalStake;

    /// @notice Stake `index` served `epoch` with (0: it did not serve).
    function epochStakeOf(uint64 epoch, uint256 index) external view returns (uint256) {
        return _epochStake[epoch][index];
    }

    /// @notice The operator of node `index` (kept after it withdrew).
    function operatorOf(uint256 index) external view returns (address) {
        require(index < _nodes.length, "Node not found");
        return _nodes[index].operator;
    }

    function _snapshotParticipants(uint64 epoch, uint256[] memory bb) private {
        uint256 total = 0;
        for (uint256 i = 0; i < bb.length; i++) {
            total += _recordStake(epoch, bb[i]);
        }
        for (uint8 c = 1; c <= clusterCount; c++) {
            uint256[] storage members = _clusters[c];
            for (uint256 i = 0; i < members.length; i++) {
                total += _recordStake(epoch, members[i]);
            }
        }
        epochTotalStake[epoch] = total;
    }

    // _recordStake returns the weight it newly recorded: 0 for a node
    // already recorded (it counts once) or with no weight (a departed member
    // nobody could replace serves with nothing at stake).
    function _recordStake(uint64 epoch, uint256 index) private returns (uint256 w) {
        if (_epochStake[epoch][index] != 0) return 0;
        w = _stakes.weightOf(index);
        if (w != 0) _epochStake[epoch][index] = w;
    }

    // ---------------------------------------------------------------- slashing
    // The Slasher (its own contract) checks the evidence and the governed
    // fractions; the registry only takes the stake and takes the node out.

    /// @notice The contract allowed to call slash; zero: nobody.
    address public slasher;
    /// @notice Per enclave wallet: 0 if never slashed, else the first epoch
    /// in which it is no longer elected (the epoch the slash happened in,
    /// plus one: elections drawn after it do not count, even one drawn
    /// from weights fixed before it).
    mapping(address => uint64) public slashedSince;

    event SlasherChanged(address indexed slasher);
    event NodeSlashed(address indexed operator, uint256 indexed index, uint256 amount, bytes32 evidenceHash);

    /// Security-relevant: only `governance` (the security timelock).
    function setSlasher(address newSlasher) external onlyGovernance {
        slasher = newSlasher;
        emit SlasherChanged(newSlasher);
    }

    /// @notice Takes slashBps/10000 of the stake of the node whose enclave
    /// wallet is given (Active or Unbonding: a withdrawn node is no longer
    /// found) and sends it to the slasher, which pays the reporter and burns
    /// the rest. An Active node starts unbonding at once, as unbond() does
    /// (its draw weight change is queued while an advance is pending,
    /// against grinding); isElectedBlackBox is false from now on either way.
    /// slashBps above 10000 reverts on the subtraction (checked arithmetic).
    function slash(address enclaveWallet, uint16 slashBps, bytes32 evidenceHash)
        external
        nonReentrant
        returns (uint256 index, uint256 amount)
    {
        require(msg.sender == slasher && msg.sender != address(0), "Not slasher");
        uint256 pos = _byWallet[enclaveWallet];
        require(pos != 0, "Node not found");
        index = pos - 1;
        Node storage n = _nodes[index];
        if (slashedSince[enclaveWallet] == 0) slashedSince[enclaveWallet] = currentEpoch + 1;
        if (n.status == NodeStatus.Active) _startUnbonding(index);
        amount = (n.stake * slashBps) / 10000;
        n.stake -= amount;
        stakingToken.safeTransfer(msg.sender, amount);
        emit NodeSlashed(n.operator, index, amount, evidenceHash);
    }

    // ---------------------------------------------------------------- internal

    function _activeIndexOf(address operator) private view returns (uint256) {
        uint256 pos = _byOperator[operator];
        require(pos != 0, "Node not found");
        require(_nodes[pos - 1].status == NodeStatus.Active, "Node not active");
        return pos - 1;
    }

    function _operatorsOf(uint256[] memory indexes) private view returns (address[] memory ops) {
        ops = new address[](indexes.length);
        for (uint256 i = 0; i < indexes.length; i++) {
            ops[i] = _nodes[indexes[i]].operator;
        }
    }

    // _storeMultiaddrs replaces dst with src (the legacy code generator cannot
    // copy a calldata string[] to storage in one assignment).
    function _storeMultiaddrs(string[] storage dst, string[] calldata src) private {
        while (dst.length > 0) dst.pop();
        for (uint256 i = 0; i < src.length; i++) {
            dst.push(src[i]);
        }
    }

    function _checkMultiaddrs(string[] calldata multiaddrs) private pure {
        require(multiaddrs.length <= MAX_MULTIADDRS, "Too many multiaddrs");
        for (uint256 i = 0; i < multiaddrs.length; i++) {
            require(bytes(multiaddrs[i]).length <= MAX_MULTIADDR_LENGTH, "Multiaddr too long");
        }
    }
}
