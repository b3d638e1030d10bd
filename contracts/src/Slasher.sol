// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @notice What the Slasher needs of the ClusterRegistry.
interface ISlashableRegistry {
    function wasElectedBlackBox(uint64 epoch, address enclaveWallet) external view returns (bool);
    function currentEpoch() external view returns (uint64);
    function stakingToken() external view returns (IERC20);
    function slash(address enclaveWallet, uint16 slashBps, bytes32 evidenceHash)
        external
        returns (uint256 index, uint256 amount);
}

/// @notice The rewards pool's hook: a slashed node earns nothing for the
/// epoch it was slashed in.
interface IRewardsExclusion {
    function excludeFromEpoch(uint64 epoch, uint256 nodeIndex) external;
}

/// @title Slasher
/// @notice Slashes an enclave wallet on evidence this contract checks
/// itself: statements the wallet signed that contradict each other or the
/// creation record it named. No reporter is trusted (anyone may submit, and
/// is paid a governed share) and no share is revealed (evidence carries
/// share hashes only). See the contracts package doc for the formats.
contract Slasher {
    using SafeERC20 for IERC20;

    uint16 public constant BPS = 10000;
    /// @notice Where burned stake goes (the token may refuse address(0)).
    address public constant BURN = 0x000000000000000000000000000000000000dEaD;

    ISlashableRegistry public immutable registry;
    IERC20 public immutable token;
    address public governance;
    /// @notice Fraction of the stake taken per fault, in basis points.
    uint16 public slashBps;
    /// @notice Fraction of what is taken paid to the reporter; the rest is burned.
    uint16 public reporterBps;
    /// @notice Optional rewards pool told of every slash; zero: none.
    address public rewards;

    /// @notice Evidence already used, by its hash.
    mapping(bytes32 => bool) public evidenceUsed;
    /// @notice Faults already slashed: keccak256(kind, wallet, chain, secret, version).
    mapping(bytes32 => bool) public faultSlashed;
    /// @notice How many slashes there were: nodes poll it to re-verify
    /// their peers at once (a slashed node is no longer Active).
    uint256 public slashCount;

    uint8 public constant FAULT_BAD_RELEASE = 1;
    uint8 public constant FAULT_ACK_EQUIVOCATION = 2;

    /// @notice A custodian's signed share release (wire FetchResponse):
    /// share hash is SHA-256 of the released encoded share, recordDigest the
    /// digest the dealer signed of the creation record the custodian holds
    /// for that version.
    struct Release {
        uint64 chainId;
        uint64 secretId;
        uint32 shareVersion;
        uint8 x;
        bytes32 shareHash;
        bytes32 recordDigest;
        address custodian;
        bytes signature;
    }

    /// @notice A custodian's signed store acknowledgement (custody Ack).
    struct Ack {
        uint64 chainId;
        uint64 secretId;
        uint32 shareVersion;
        uint8 x;
        bytes32 shareHash;
        address custodian;
        bytes signature;
    }

    event GovernanceTransferred(address indexed previousGovernance, address indexed newGovernance);
    event FractionsChanged(uint16 slashBps, uint16 reporterBps);
    event RewardsChanged(address indexed rewards);
    event Slashed(
        address indexed enclaveWallet,
        uint8 indexed kind,
        bytes32 evidenceHash,
        address reporter,
        uint256 amount,
        uint256 burned,
        uint256 toReporter
    );

    modifier onlyGovernance() {
        require(msg.sender == governance, "Not governance");
        _;
    }

    /// Defaults: half the stake per fault, a fifth of that (a tenth of the
    /// stake) to the reporter, the rest burned.
    constructor(ISlashableRegistry registry_) {
        require(address(registry_) != address(0), "Registry is zero");
        registry = registry_;
        token = registry_.stakingToken();
        governance = msg.sender;
        slashBps = 5000;
        reporterBps = 2000;
        emit GovernanceTransferred(address(0), msg.sender);
        emit FractionsChanged(5000, 2000);
    }

    // ---------------------------------------------------------------- governance

    function transferGovernance(address newGovernance) external onlyGovernance {
        require(newGovernance != address(0), "Governance is zero");
        emit GovernanceTransferred(governance, newGovernance);
        governance = newGovernance;
    }

    function setFractions(uint16 slashBps_, uint16 reporterBps_) external onlyGovernance {
        require(slashBps_ > 0 && slashBps_ <= BPS && reporterBps_ <= BPS, "Invalid fraction");
        slashBps = slashBps_;
        reporterBps = reporterBps_;
        emit FractionsChanged(slashBps_, reporterBps_);
    }

    function setRewards(address rewards_) external onlyGovernance {
        rewards = rewards_;
        emit RewardsChanged(rewards_);
    }

    // ---------------------------------------------------------------- evidence

    /// @notice Slashes a custodian that released a share other than the one
    /// the creation record it named says it holds. `recordBody` is the
    /// record's encoding without its signature, `recordSignature` the
    /// dealer's; the dealer must have been elected in the record's epoch.
    /// An honest custodian cannot be framed: it names the record it stored
    /// only after checking its share against it, so its release always
    /// matches the record it names, and a record with another hash at x
    /// would need a keccak256 collision with the named digest.
    function slashBadRelease(bytes calldata recordBody, bytes calldata recordSignature, Release calldata rel)
        external
        returns (uint256 amount)
    {
        (uint64 chainId, uint64 secretId, uint32 version, uint64 epoch, bytes32 hashAtX, address dealer) =
            _parseRecord(recordBody, rel.x);
        bytes32 recordDigest = keccak256(
            abi.encodePacked(
                recordBody[0] == 0x01 ? "cifer-creation-record-v1" : "cifer-creation-record-v2", recordBody
            )
        );
        require(recordDigest == rel.recordDigest, "Release names another record");
        require(
            chainId == rel.chainId && secretId == rel.secretId && version == rel.shareVersion,
            "Release is of another share"
        );
        require(_recover(recordDigest, recordSignature) == dealer, "Bad record signature");
        require(registry.wasElectedBlackBox(epoch, dealer), "Dealer not elected");
        bytes32 releaseDigest = keccak256(
            abi.encodePacked(
                "cifer-share-release-v1",
                rel.chainId,
                rel.secretId,
                rel.shareVersion,
                rel.x,
                rel.shareHash,
                rel.recordDigest,
                rel.custodian
            )
        );
        require(_recover(releaseDigest, rel.signature) == rel.custodian, "Bad release signature");
        require(rel.shareHash != hashAtX, "Release matches record");
        return _slash(FAULT_BAD_RELEASE, rel.custodian, rel.chainId, rel.secretId, rel.shareVersion, releaseDigest);
    }

    /// @notice Slashes a custodian that acknowledged two different shares
    /// (another x or another hash) for one (chain, secret, version): an
    /// honest custodian writes a version once and refuses another deal
    /// under it, so it never signs both.
    function slashAckEquivocation(Ack calldata a, Ack calldata b) external returns (uint256 amount) {
        require(a.custodian == b.custodian, "Acks of different custodians");
        require(
            a.chainId == b.chainId && a.secretId == b.secretId && a.shareVersion == b.shareVersion,
            "Acks of different shares"
        );
        require(a.x != b.x || a.shareHash != b.shareHash, "Acks agree");
        bytes32 da = _ackDigest(a);
        bytes32 db = _ackDigest(b);
        require(_recover(da, a.signature) == a.custodian, "Bad ack signature");
        require(_recover(db, b.signature) == b.custodian, "Bad ack signature");
        // One hash for the pair in either order.
        bytes32 evidence = da < db ? keccak256(abi.encodePacked(da, db)) : keccak256(abi.encodePacked(db, da));
        return _slash(FAULT_ACK_EQUIVOCATION, a.custodian, a.chainId, a.secretId, a.shareVersion, evidence);
    }

    /// @notice The key under which a fault is slashed once.
    function faultKey(uint8 kind, address wallet, uint64 chainId, uint64 secretId, uint32 version)
        public
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(kind, wallet, chainId, secretId, version));
    }

    // ---------------------------------------------------------------- internal

    function _slash(uint8 kind, address wallet, uint64 chainId, uint64 secretId, uint32 version, bytes32 evidence)
        private
        returns (uint256 amount)
    {
        require(!evidenceUsed[evidence], "Evidence already used");
        bytes32 fault = faultKey(kind, wallet, chainId, secretId, version);
        require(!faultSlashed[fault], "Fault already slashed");
        evidenceUsed[evidence] = true;
        faultSlashed[fault] = true;
        slashCount += 1;
        uint64 epoch = registry.currentEpoch();
        uint256 index;
        (index, amount) = registry.slash(wallet, slashBps, evidence);
        uint256 toReporter = (amount * reporterBps) / BPS;
        if (toReporter > 0) token.safeTransfer(msg.sender, toReporter);
        if (amount > toReporter) token.safeTransfer(BURN, amount - toReporter);
        // Governance chose the pool, so a failing pool fails the slash
        // rather than letting the node keep its rewards unnoticed.
        if (rewards != address(0)) IRewardsExclusion(rewards).excludeFromEpoch(epoch, index);
        emit Slashed(wallet, kind, evidence, msg.sender, amount, amount - toReporter, toReporter);
    }

    function _ackDigest(Ack calldata a) private pure returns (bytes32) {
        return keccak256(
            abi.encodePacked(
                "cifer-share-ack-v1", a.chainId, a.secretId, a.shareVersion, a.x, a.shareHash, a.custodian
            )
        );
    }

    // _recover takes a 65-byte r || s || v signature, v 0/1 (as go-ethereum
    // signs) or 27/28; a malformed or high-s signature recovers to zero.
    function _recover(bytes32 digest, bytes calldata sig) private pure returns (address) {
        if (sig.length != 65) return address(0);
        uint8 v = uint8(sig[64]);
        if (v < 27) v += 27;
        (address signer, ECDSA.RecoverError err,) =
            ECDSA.tryRecover(digest, v, bytes32(sig[0:32]), bytes32(sig[32:64]));
        if (err != ECDSA.RecoverError.NoError) return address(0);
        return signer;
    }

    // _parseRecord reads the fields slashing needs from a creation record's
    // body (custody.CreationRecord: version 1 || chain u64 || secret u64 ||
    // share version u32 || cluster u8 || threshold u8 || [epoch u64 if v2]
    // || pk len u16 || pk || cid len u8 || cid || n u8 || n share hashes
    // || dealer 20) and the share hash at x.
    function _parseRecord(bytes calldata b, uint8 x)
        private
        pure
        returns (uint64 chainId, uint64 secretId, uint32 version, uint64 epoch, bytes32 hashAtX, address dealer)
    {
        require(b.length >= 25, "Malformed record");
        uint8 v = uint8(b[0]);
        require(v == 1 || v == 2, "Malformed record");
        chainId = uint64(bytes8(b[1:9]));
        secretId = uint64(bytes8(b[9:17]));
        version = uint32(bytes4(b[17:21]));
        uint256 o = 23;
        if (v == 2) {
            require(b.length >= 33, "Malformed record");
            epoch = uint64(bytes8(b[23:31]));
            require(epoch != 0, "Malformed record");
            o = 31;
        }
        o += 2 + uint256(uint16(bytes2(b[o:o + 2])));
        require(b.length > o, "Malformed record");
        o += 1 + uint256(uint8(b[o]));
        require(b.length > o, "Malformed record");
        uint256 n = uint8(b[o]);
        o += 1;
        require(b.length == o + 32 * n + 20, "Malformed record");
        require(x >= 1 && x <= n, "x outside the record");
        hashAtX = bytes32(b[o + 32 * (uint256(x) - 1):o + 32 * uint256(x)]);
        dealer = address(bytes20(b[o + 32 * n:o + 32 * n + 20]));
    }
}
