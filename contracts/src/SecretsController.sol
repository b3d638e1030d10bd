// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

import {IBlackBoxAuthority} from "./IBlackBoxAuthority.sol";

/// @notice What SecretsController needs from the RewardsPool.
interface IRewardsPool {
    function deposit() external payable;
}

/// @title SecretsController
/// @notice On-chain state of CIFER secrets: owner, delegate, sync state,
/// cluster and public key CID. Function names, types, events and revert
/// strings match the existing CIFER service's controller so its clients work
/// unchanged; markSecretSynced is accepted from the enclave wallet of an
/// elected Black Box (asked of `blackBoxAuthority`) instead of a whitelist.
contract SecretsController {
    struct Secret {
        address owner;
        address delegate;
        bool isSyncing;
        uint8 clusterId;
        uint8 secretType;
        string publicKeyCid;
    }

    /// @notice Secret state by id; a zero owner means "no such secret".
    mapping(uint256 => Secret) public secrets;
    uint256 public nextSecretId = 1;
    uint256 public secretCreationFee;
    uint8 public defaultSecretType;
    address public governance;
    IBlackBoxAuthority public blackBoxAuthority;

    // Per-wallet index sets with O(1) swap-and-pop removal. A secret has one
    // owner and at most one delegate, so one position per secret suffices.
    mapping(address => uint256[]) private _owned;
    mapping(address => uint256[]) private _delegated;
    mapping(uint256 => uint256) private _ownedPos; // index in _owned[owner] + 1
    mapping(uint256 => uint256) private _delegatedPos; // index in _delegated[delegate] + 1

    /// @notice Who may change the creation fee and the default secret type
    /// besides `governance`: the parameters timelock (shorter delay than the
    /// security timelock that holds `governance`). Zero: nobody else.
    /// Declared last so the storage slots of the earlier variables stay.
    address public parametersGovernance;

    event SecretCreated(uint256 indexed secretId, address indexed owner, uint8 secretType);
    event SecretSynced(uint256 indexed secretId, uint8 indexed clusterId, string publicKeyCid);
    event DelegateUpdated(uint256 indexed secretId, address indexed newDelegate);
    event SecretOwnershipTransferred(uint256 indexed secretId, address indexed oldOwner, address indexed newOwner);

    event GovernanceTransferred(address indexed previousGovernance, address indexed newGovernance);
    event SecretCreationFeeChanged(uint256 fee);
    event DefaultSecretTypeChanged(uint8 secretType);
    event BlackBoxAuthorityChanged(address indexed authority);
    event FeesWithdrawn(address indexed to, uint256 amount);
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

    modifier secretExists(uint256 secretId) {
        require(secrets[secretId].owner != address(0), "Secret not found");
        _;
    }

    /// @param authority the ClusterRegistry on the home chain (or, on another
    /// chain, a contract that answers for it); may be changed by governance.
    /// @param creationFee exact value createSecret must carry, in wei.
    constructor(IBlackBoxAuthority authority, uint256 creationFee) {
        governance = msg.sender;
        blackBoxAuthority = authority;
        secretCreationFee = creationFee;
        emit GovernanceTransferred(address(0), msg.sender);
        emit BlackBoxAuthorityChanged(address(authority));
        emit SecretCreationFeeChanged(creationFee);
    }

    // ---------------------------------------------------------------- secrets

    function createSecret() external payable returns (uint256) {
        return _create(defaultSecretType);
    }

    function createSecret(uint8 secretType) external payable returns (uint256) {
        return _create(secretType);
    }

    function _create(uint8 secretType) private returns (uint256 secretId) {
        require(msg.value == secretCreationFee, "Incorrect fee");
        secretId = nextSecretId++;
        Secret storage s = secrets[secretId];
        s.owner = msg.sender;
        s.isSyncing = true;
        s.secretType = secretType;
        _addOwned(msg.sender, secretId);
        emit SecretCreated(secretId, msg.sender, secretType);
        _forwardFee();
    }

    function setDelegate(uint256 secretId, address newDelegate) external secretExists(secretId) {
        Secret storage s = secrets[secretId];
        require(s.owner == msg.sender, "Not secret owner");
        require(s.delegate != newDelegate, "Delegate unchanged");
        if (s.delegate != address(0)) _removeDelegated(s.delegate, secretId);
        s.delegate = newDelegate;
        if (newDelegate != address(0)) _addDelegated(newDelegate, secretId);
        emit DelegateUpdated(secretId, newDelegate);
    }

    function transferSecret(uint256 secretId, address newOwner) external secretExists(secretId) {
        Secret storage s = secrets[secretId];
        require(s.owner == msg.sender, "Not secret owner");
        require(newOwner != address(0), "New owner is zero");
        require(newOwner != msg.sender, "Already secret owner");
        _removeOwned(msg.sender, secretId);
        _addOwned(newOwner, secretId);
        s.owner = newOwner;
        if (s.delegate != address(0)) {
            _removeDelegated(s.delegate, secretId);
            s.delegate = address(0);
            emit DelegateUpdated(secretId, address(0));
        }
        emit SecretOwnershipTransferred(secretId, msg.sender, newOwner);
    }

    /// @notice Records that a secret's shares are stored in `clusterId` and
    /// its public key is `publicKeyCid`. Only an elected Black Box's enclave
    /// wallet may call it, once per secret: a synced secret is refused
    /// ("Secret already synced"), so its key never changes after the first
    /// mark (resharing keeps the key and its CID, so it needs no new mark).
    function markSecretSynced(uint256 secretId, uint8 clusterId, string calldata publicKeyCid) external {
        require(blackBoxAuthority.isElectedBlackBox(msg.sender), "Not an elected Black Box");
        Secret storage s = secrets[secretId];
        require(s.owner != address(0), "Secret not found");
        // One mark per secret: a second one would let any elected Black Box
        // point clients at a key it holds, and custodians would sweep the
        // shares of the key the secret was created under.
        require(s.isSyncing, "Secret already synced");
        require(clusterId != 0, "Invalid cluster");
        require(bytes(publicKeyCid).length > 0, "Empty public key CID");
        s.isSyncing = false;
        s.clusterId = clusterId;
        s.publicKeyCid = publicKeyCid;
        emit SecretSynced(secretId, clusterId, publicKeyCid);
    }

    // ---------------------------------------------------------------- reads

    function getSecretState(uint256 secretId)
        external
        view
        secretExists(secretId)
        returns (
            address owner,
            address delegate,
            bool isSyncing,
            uint8 clusterId,
            uint8 secretType,
            string memory publicKeyCid
        )
    {
        Secret storage s = secrets[secretId];
        return (s.owner, s.delegate, s.isSyncing, s.clusterId, s.secretType, s.publicKeyCid);
    }

    function getSecretOwner(uint256 secretId) external view secretExists(secretId) returns (address) {
        return secrets[secretId].owner;
    }

    function getDelegate(uint256 secretId) external view secretExists(secretId) returns (address) {
        return secrets[secretId].delegate;
    }

    function getSecretsByWallet(address wallet)
        external
        view
        returns (uint256[] memory owned, uint256[] memory delegated)
    {
        return (_owned[wallet], _delegated[wallet]);
    }

    function getSecretsCountByWallet(address wallet) external view returns (uint256, uint256) {
        return (_owned[wallet].length, _delegated[wallet].length);
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

    function setSecretCreationFee(uint256 fee) external onlyParametersGovernance {
        secretCreationFee = fee;
        emit SecretCreationFeeChanged(fee);
    }

    function setDefaultSecretType(uint8 secretType) external onlyParametersGovernance {
        defaultSecretType = secretType;
        emit DefaultSecretTypeChanged(secretType);
    }

    function setBlackBoxAuthority(IBlackBoxAuthority authority) external onlyGovernance {
        blackBoxAuthority = authority;
        emit BlackBoxAuthorityChanged(address(authority));
    }

    function withdrawFees(address payable to) external onlyGovernance {
        require(to != address(0), "Recipient is zero");
        uint256 amount = address(this).balance;
        emit FeesWithdrawn(to, amount);
        (bool ok,) = to.call{value: amount}("");
        require(ok, "Fee transfer failed");
    }

    // ---------------------------------------------------------------- rewards
    // Creation fees go to the operators through the RewardsPool when one is
    // set; with none (zero) they stay here for withdrawFees, as before.
    // Declared after every earlier variable, so their storage slots stay.
    IRewardsPool public rewardsPool;

    event RewardsPoolChanged(address indexed pool);

    function setRewardsPool(IRewardsPool pool) external onlyGovernance {
        rewardsPool = pool;
        emit RewardsPoolChanged(address(pool));
    }

    // _forwardFee runs last in a creation: the pool is set by governance and
    // credits the fee to the registry's current epoch.
    function _forwardFee() private {
        IRewardsPool pool = rewardsPool;
        if (address(pool) != address(0) && msg.value > 0) pool.deposit{value: msg.value}();
    }

    // ---------------------------------------------------------------- index sets

    function _addOwned(address wallet, uint256 secretId) private {
        _owned[wallet].push(secretId);
        _ownedPos[secretId] = _owned[wallet].length;
    }

    function _removeOwned(address wallet, uint256 secretId) private {
        uint256[] storage list = _owned[wallet];
        uint256 i = _ownedPos[secretId] - 1;
        uint256 last = list[list.length - 1];
        list[i] = last;
        _ownedPos[last] = i + 1;
        list.pop();
        delete _ownedPos[secretId];
    }

    function _addDelegated(address wallet, uint256 secretId) private {
        _delegated[wallet].push(secretId);
        _delegatedPos[secretId] = _delegated[wallet].length;
    }

    function _removeDelegated(address wallet, uint256 secretId) private {
        uint256[] storage list = _delegated[wallet];
        uint256 i = _delegatedPos[secretId] - 1;
        uint256 last = list[list.length - 1];
        list[i] = last;
        _delegatedPos[last] = i + 1;
        list.pop();
        delete _delegatedPos[secretId];
    }
}
