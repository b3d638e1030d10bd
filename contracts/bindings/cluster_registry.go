// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// ClusterRegistryNode is an auto generated low-level Go binding around an user-defined struct.
type ClusterRegistryNode struct {
	Operator         common.Address
	PeerId           []byte
	EnclaveWallet    common.Address
	Measurement      [32]byte
	TransportKeyHash [32]byte
	Multiaddrs       []string
	Stake            *big.Int
	Status           uint8
	RegisteredBlock  uint64
	UnbondBlock      uint64
	UnbondEpoch      uint64
}

// ClusterRegistryMetaData contains all meta data concerning the ClusterRegistry contract.
var ClusterRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minStake_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epochLength_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"requestBlock\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seedBlock\",\"type\":\"uint256\"}],\"name\":\"AdvanceRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"blackBoxCount\",\"type\":\"uint8\"}],\"name\":\"BlackBoxCountChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"ClusterFormed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oldOperator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newOperator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"ClusterMemberReplaced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"clusterSize\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"clusterThreshold\",\"type\":\"uint8\"}],\"name\":\"ClusterShapeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"startBlock\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"blackBoxes\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalStake\",\"type\":\"uint256\"}],\"name\":\"EpochAdvanced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epochLength\",\"type\":\"uint64\"}],\"name\":\"EpochLengthChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousGovernance\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"GovernanceTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"MeasurementAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nodeIndex\",\"type\":\"uint256\"}],\"name\":\"MemberRejoined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nodeIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"MemberReportedMissing\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"memberReports\",\"type\":\"address\"}],\"name\":\"MemberReportsChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"MinStakeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"}],\"name\":\"MultiaddrsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"NodeRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"NodeSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"NodeUnbonding\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousGovernance\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"ParametersGovernanceChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"simPlatformKey\",\"type\":\"bytes32\"}],\"name\":\"SimPlatformKeyChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"SimulatedEnclavesAllowedChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"slasher\",\"type\":\"address\"}],\"name\":\"SlasherChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newStake\",\"type\":\"uint256\"}],\"name\":\"StakeToppedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"targetClusterCount\",\"type\":\"uint8\"}],\"name\":\"TargetClusterCountChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unbondingDelay\",\"type\":\"uint64\"}],\"name\":\"UnbondingDelayChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"WeightQueued\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BLOCKHASH_HORIZON\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BLACK_BOX_COUNT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CLUSTER_SIZE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MULTIADDRS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MULTIADDR_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PEER_ID_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SEED_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activeNodeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"advanceEpoch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"advancePending\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"advanceRequestBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blackBoxCount\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blackBoxIndexes\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blackBoxes\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clusterCount\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"}],\"name\":\"clusterMemberIndexes\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"}],\"name\":\"clusterMembers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clusterSize\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clusterThreshold\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"drawWeight\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"drawWeights\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"out\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochSeed\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"epochStakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochStartBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"epochTotalStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"}],\"name\":\"isElectedBlackBox\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"name\":\"isMeasurementAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nodeIndex\",\"type\":\"uint256\"}],\"name\":\"markMissing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"memberReports\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"nodeAt\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"}],\"name\":\"nodeByEnclaveWallet\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"}],\"name\":\"nodeByPeerId\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nodeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"nodeIndexOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"nodeOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"nodesRange\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"operatorOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"parametersGovernance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queuedWeightCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rejoin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nodeIndex\",\"type\":\"uint256\"}],\"name\":\"reportedUntil\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestAdvance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"}],\"name\":\"setBlackBoxCount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"size\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"setClusterShape\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"v\",\"type\":\"uint64\"}],\"name\":\"setEpochLength\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setMeasurementAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"v\",\"type\":\"address\"}],\"name\":\"setMemberReports\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"v\",\"type\":\"uint256\"}],\"name\":\"setMinStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newParametersGovernance\",\"type\":\"address\"}],\"name\":\"setParametersGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"setSimPlatformKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setSimulatedEnclavesAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newSlasher\",\"type\":\"address\"}],\"name\":\"setSlasher\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"}],\"name\":\"setTargetClusterCount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"v\",\"type\":\"uint64\"}],\"name\":\"setUnbondingDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"simPlatformKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"simulatedEnclavesAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"slashBps\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"slashedSince\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slasher\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakingToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"targetClusterCount\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"topUp\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalActiveStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"transferGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"}],\"name\":\"updateMultiaddrs\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"}],\"name\":\"wasElectedBlackBox\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051615b8d380380615b8d83398101604081905261002e916101d7565b60015f556001600160a01b03841661007d5760405162461bcd60e51b815260206004820152600d60248201526c546f6b656e206973207a65726f60981b60448201526064015b60405180910390fd5b5f83116100c05760405162461bcd60e51b81526020600482015260116024820152704d696e207374616b65206973207a65726f60781b6044820152606401610074565b5f826001600160401b0316116101185760405162461bcd60e51b815260206004820152601460248201527f45706f6368206c656e677468206973207a65726f0000000000000000000000006044820152606401610074565b6001600160a01b038416608052600180546001600160a01b03191633908117909155600284905560038054630103050360801b63ffffffff60801b196001600160401b0386811668010000000000000000026001600160801b0319909416908816179290921791909116179055436010556040515f907f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80908290a35050505061022f565b80516001600160401b03811681146101d2575f5ffd5b919050565b5f5f5f5f608085870312156101ea575f5ffd5b84516001600160a01b0381168114610200575f5ffd5b60208601519094509250610216604086016101bc565b9150610224606086016101bc565b905092959194509250565b60805161592a6102635f395f818161071b015281816115f901528181611ce201528181612ab6015261379e015261592a5ff3fe608060405234801561000f575f5ffd5b506004361061042d575f3560e01c8063682a91411161022c578063aabc249611610135578063d4978f8e116100bf578063f41875e111610084578063f41875e114610957578063f82bf7841461096a578063f927727c14610992578063fb1bcd88146109a5578063ffd01a3f146109c7575f5ffd5b8063d4978f8e146108f7578063d812db0814610917578063db7dd35a1461092a578063eaeeb0ed14610944578063ee879d39146104f5575f5ffd5b8063c9cd76d311610105578063c9cd76d314610898578063d01ac2b6146108ab578063d086b4ba146108be578063d16c16ef146108d1578063d38bfff4146108e4575f5ffd5b8063aabc24961461084b578063b13442711461085e578063bdd1803614610871578063c416ed3714610885575f5ffd5b80638c80fd90116101b657806395e6ab5c1161018657806395e6ab5c146107c957806397bf0e85146107dc5780639867b9a1146107e45780639cc1fc2a146107f7578063a07c9b5f1461082c575f5ffd5b80638c80fd90146107885780638eb7d14f1461079b57806390c84ab6146107ae57806391c05f09146107b6575f5ffd5b806374220d86116101fc57806374220d861461073d57806375340815146107505780637667180814610759578063768977811461076c5780638c50d52914610780575f5ffd5b8063682a9141146106ee5780636da49b8314610701578063702f45f31461070957806372f702f314610716575f5ffd5b806338b2393d11610339578063517f054a116102c35780635df6a6bc116102885780635df6a6bc146106885780635e6068ec146106905780636111242514610699578063645e569a146106bd57806365406334146106e5575f5ffd5b8063517f054a1461061c5780635702e02c1461062f578063570adc3b1461064257806357d775f8146106625780635aa6e67514610675575f5ffd5b80633cf80e6c116103095780633cf80e6c146105d15780633ed55b7b146105d9578063429e03b2146105e25780634c5770fe146105f557806350017f3e14610609575f5ffd5b806338b2393d1461058b5780633acf641e1461059e5780633b781ef8146105395780633ccfd60b146105c9575f5ffd5b8063252b39c8116103ba5780632af84c5e1161038a5780632af84c5e146105415780632ef3dbf514610554578063375b3c0a1461055c57806337bbf30e146105655780633857bfb014610578575f5ffd5b8063252b39c8146104fe57806328bef7e31461051157806328f73148146105315780632939952814610539575f5ffd5b8063135f02b311610400578063135f02b31461048557806319f6c845146104985780631bdc7eec146104a05780631fd92a1b146104b557806320cd9ad1146104f5575f5ffd5b8063011c96e6146104315780630cfe406e1461045c578063113b56001461047357806311d576b31461047b575b5f5ffd5b60035461044590600160981b900460ff1681565b60405160ff90911681526020015b60405180910390f35b61046560115481565b604051908152602001610453565b601954610465565b6104836109cf565b005b610483610493366004614e49565b610b38565b610483610bb7565b6104a8610d16565b6040516104539190614e62565b6104dd6104c3366004614ea4565b5f908152601d60205260409020546001600160401b031690565b6040516001600160401b039091168152602001610453565b61046561010081565b61048361050c366004614ea4565b610d6c565b61052461051f366004614ebb565b610dcb565b6040516104539190615086565b600d54610465565b610445602081565b61048361054f3660046150f8565b6110ef565b610465600181565b61046560025481565b610483610573366004615121565b611166565b610465610586366004614e49565b61126f565b610483610599366004615168565b6112b8565b601b546105b1906001600160a01b031681565b6040516001600160a01b039091168152602001610453565b61048361139f565b610483611664565b61046560105481565b6104836105f0366004615168565b611b6c565b60035461044590600160801b900460ff1681565b610483610617366004614ea4565b611c15565b61048361062a366004615181565b611d5e565b61048361063d3660046151e1565b611e3a565b610655610650366004614e49565b611ec4565b604051610453919061521f565b6003546104dd906001600160401b031681565b6001546105b1906001600160a01b031681565b610483612171565b61046560125481565b6003546106ad90600160a01b900460ff1681565b6040519015158152602001610453565b6104dd6106cb366004614e49565b60216020525f90815260409020546001600160401b031681565b61046560045481565b6106556106fc366004614e49565b6121e0565b600654610465565b6017546104459060ff1681565b6105b17f000000000000000000000000000000000000000000000000000000000000000081565b6104a861074b366004614ebb565b612452565b610465600a5481565b600f546104dd906001600160401b031681565b60035461044590600160901b900460ff1681565b610465600881565b610483610796366004614ea4565b612520565b6104a86107a9366004615181565b6125e1565b610465608081565b6104656107c436600461526e565b6126a1565b601c546105b1906001600160a01b031681565b6106ad612b43565b6106556107f2366004615306565b612b74565b610465610805366004615338565b6001600160401b03919091165f908152601e60209081526040808320938352929052205490565b61046561083a366004615168565b601f6020525f908152604090205481565b610483610859366004614e49565b612e36565b6020546105b1906001600160a01b031681565b60035461044590600160881b900460ff1681565b6106ad610893366004615360565b612ea9565b6104836108a6366004615181565b612f62565b6104836108b9366004615388565b613045565b6104656108cc366004614ea4565b6130be565b6106ad6108df366004614e49565b6130ca565b6104836108f2366004614e49565b613166565b61090a610905366004615181565b613236565b60405161045391906153ec565b610483610925366004614ea4565b6132f7565b6003546104dd90600160401b90046001600160401b031681565b610483610952366004614e49565b613516565b6105b1610965366004614ea4565b61359b565b61097d6109783660046153fe565b6135f0565b60408051928352602083019190915201610453565b6106556109a0366004614ea4565b61381f565b6106ad6109b3366004614ea4565b5f9081526005602052604090205460ff1690565b61090a613a29565b6003546010546109e8916001600160401b031690615454565b431015610a2d5760405162461bcd60e51b815260206004820152600e60248201526d22b837b1b4103737ba1037bb32b960911b60448201526064015b60405180910390fd5b610a35612b43565b15610a825760405162461bcd60e51b815260206004820152601960248201527f416476616e636520616c726561647920726571756573746564000000000000006044820152606401610a24565b5f600a5411610ac55760405162461bcd60e51b815260206004820152600f60248201526e4e6f20616374697665206e6f64657360881b6044820152606401610a24565b610acd613a85565b43601255600f54610ae8906001600160401b03166001615467565b6001600160401b03167f438ae0637f3ebc141d73e9180ae4fb5939a23c512739e0f235504a3ef564363243610b1e600182615454565b6040805192835260208301919091520160405180910390a2565b6001546001600160a01b03163314610b625760405162461bcd60e51b8152600401610a2490615486565b601c80546001600160a01b0319166001600160a01b0383169081179091556040519081527fdce6a91e596bbc6dfd106419f3926a80153bcee67ec36d2315260af5d4d725c4906020015b60405180910390a150565b5f610bc133613ae7565b5f818152601d60205260408120549192506001600160401b0390911690819003610c1c5760405162461bcd60e51b815260206004820152600c60248201526b139bdd081c995c1bdc9d195960a21b6044820152606401610a24565b600f546001600160401b0380831691161015610c6d5760405162461bcd60e51b815260206004820152601060248201526f139bdd081c995c1b1858d959081e595d60821b6044820152606401610a24565b5f828152601d60205260409020805467ffffffffffffffff19169055610c91613ba3565b15610ca457610c9f82613bc4565b610cdc565b610cdc8260068481548110610cbb57610cbb6154ae565b905f5260205f20906008020160060154600b613c799092919063ffffffff16565b60405182815233907f73e8537a35685f75d39fa1b21956e471fc42ce22c63bf016433e46ae19f1a79a906020015b60405180910390a25050565b60606013805480602002602001604051908101604052809291908181526020018280548015610d6257602002820191905f5260205f20905b815481526020019060010190808311610d4e575b5050505050905090565b6001546001600160a01b03163314610d965760405162461bcd60e51b8152600401610a2490615486565b60048190556040518181527ff258c8c19d6a8a651db088429207d3a23f68308909895f4a6a976943c30e6ba990602001610bac565b60605f610dd88385615454565b600654909150811115610dea57506006545b80841115610df6578093505b610e0084826154c2565b6001600160401b03811115610e1757610e176154d5565b604051908082528060200260200182016040528015610e5057816020015b610e3d614d12565b815260200190600190039081610e355790505b509150835b818110156110e75760068181548110610e7057610e706154ae565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b031682526001810180549293919291840191610eb0906154e9565b80601f0160208091040260200160405190810160405280929190818152602001828054610edc906154e9565b8015610f275780601f10610efe57610100808354040283529160200191610f27565b820191905f5260205f20905b815481529060010190602001808311610f0a57829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b8282101561103e578382905f5260205f20018054610fb3906154e9565b80601f0160208091040260200160405190810160405280929190818152602001828054610fdf906154e9565b801561102a5780601f106110015761010080835404028352916020019161102a565b820191905f5260205f20905b81548152906001019060200180831161100d57829003601f168201915b505050505081526020019060010190610f96565b5050509082525060068201546020820152600782015460409091019060ff16600381111561106e5761106e614f63565b600381111561107f5761107f614f63565b8152600791909101546001600160401b03610100820481166020840152600160481b820481166040840152600160881b90910416606090910152836110c487846154c2565b815181106110d4576110d46154ae565b6020908102919091010152600101610e55565b505092915050565b6001546001600160a01b031633146111195760405162461bcd60e51b8152600401610a2490615486565b60038054821515600160a01b0260ff60a01b199091161790556040517f2a982c74152d5d61a52d3be4d465baf0c27caa75559115699ed355d90c0a6d3a90610bac90831515815260200190565b6001546001600160a01b031633146111905760405162461bcd60e51b8152600401610a2490615486565b60028160ff16101580156111aa57508160ff168160ff1611155b80156111ba5750602060ff831611155b6111fe5760405162461bcd60e51b8152602060048201526015602482015274496e76616c696420636c757374657220736861706560581b6044820152606401610a24565b6003805461ffff60881b1916600160881b60ff85811691820260ff60901b191692909217600160901b928516928302179092556040805192835260208301919091527fb943698abfcc36471a94b9d7f8c6b0f16ba349304d56bef93d880f2328572743910160405180910390a15050565b6001600160a01b0381165f908152600760205260408120548082036112a65760405162461bcd60e51b8152600401610a249061551b565b6112b16001826154c2565b9392505050565b6001546001600160a01b03163314806112e55750601b546001600160a01b0316331480156112e557503315155b6113015760405162461bcd60e51b8152600401610a2490615486565b5f816001600160401b0316116113505760405162461bcd60e51b815260206004820152601460248201527345706f6368206c656e677468206973207a65726f60601b6044820152606401610a24565b6003805467ffffffffffffffff19166001600160401b0383169081179091556040519081527fbd674c39601ab02b1011c8c98746cf751f810f0ccf168f8a214cb0d65f92ae4890602001610bac565b6113a7613e51565b335f90815260076020526040812054908190036113d65760405162461bcd60e51b8152600401610a249061551b565b5f6113e26001836154c2565b90505f600682815481106113f8576113f86154ae565b5f918252602090912060089091020190506002600782015460ff16600381111561142457611424614f63565b146114665760405162461bcd60e51b81526020600482015260126024820152714e6f6465206e6f7420756e626f6e64696e6760701b6044820152606401610a24565b6003546007820154611492916001600160401b03600160401b909104811691600160481b900416615454565b4310156114e15760405162461bcd60e51b815260206004820152601860248201527f556e626f6e64696e672064656c6179206e6f74206f76657200000000000000006044820152606401610a24565b6007810154600f546001600160401b03600160881b90920482169116118061152f5750600f546001600160401b031615801561152f57506007810154600160881b90046001600160401b0316155b61157b5760405162461bcd60e51b815260206004820152601860248201527f5374696c6c2073657276696e6720746869732065706f636800000000000000006044820152606401610a24565b6006810180545f918290556007808401805460ff1916600317905533835260205260408083208390555190916008916115b8906001860190615543565b604080519182900390912082526020808301939093529081015f90812081905560028501546001600160a01b039081168252600990935290812055611620907f0000000000000000000000000000000000000000000000000000000000000000163383613e79565b60405181815233907f8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc9060200160405180910390a25050505061166260015f55565b565b6012545f8190036116af5760405162461bcd60e51b815260206004820152601560248201527410591d985b98d9481b9bdd081c995c5d595cdd1959605a1b6044820152606401610a24565b5f6116bb600183615454565b90508043116117035760405162461bcd60e51b815260206004820152601460248201527314d9595908189b1bd8dac81b9bdd081b5a5b995960621b6044820152606401610a24565b61170f61010082615454565b43111561175e5760405162461bcd60e51b815260206004820152601760248201527f416476616e6365207265717565737420657870697265640000000000000000006044820152606401610a24565b80408061176d5761176d6155b4565b5f6012819055600f5461178a906001600160401b03166001615467565b6040805160208082018690526001600160401b03841682840181905230606080850191909152845180850390910181526080840180865281519190930120600f805467ffffffffffffffff19169092179091554360105560118190555f80835260a0909301909352600354939450919261181590600b9085908490600160801b900460ff1686613edd565b805190915061182b906013906020840190614d88565b505f81516001600160401b03811115611846576118466154d5565b60405190808252806020026020018201604052801561186f578160200160208202803683370190505b5090505f5b82518110156119fc578560165f858481518110611893576118936154ae565b602002602001015181526020019081526020015f205f6101000a8154816001600160401b0302191690836001600160401b0316021790555060068382815181106118df576118df6154ae565b6020026020010151815481106118f7576118f76154ae565b5f91825260209091206008909102015482516001600160a01b0390911690839083908110611927576119276154ae565b60200260200101906001600160a01b031690816001600160a01b0316815250505f600684838151811061195c5761195c6154ae565b602002602001015181548110611974576119746154ae565b5f9182526020808320600260089093020191909101546001600160401b038a1683526014825260408084206001600160a01b03909216808552918352808420805460ff19166001179055601590925291205490915060ff166119f3576001600160a01b0381165f908152601560205260409020805460ff191660011790555b50600101611874565b5060015b60175460ff90811690821611611a2d57611a1b818688614065565b80611a25816155c8565b915050611a00565b505b60035460175460ff600160981b909204821691161015611b05576017545f90611a5c9060ff1660016155e6565b6017805460ff191660ff8381169182179092556003549293505f92611a9192600b928a929091600160881b9091041689613edd565b60ff83165f9081526018602090815260409091208251929350611ab8929091840190614d88565b508160ff167ff77ceac0465c6af5b63fac9399e2e373460d215e6a210b9951e55cba5a97fa95611ae783614406565b89604051611af69291906155ff565b60405180910390a25050611a2f565b611b0f85836144da565b600d54611b1a613a85565b856001600160401b03167f6c0d77d579c4287f597e07e4df08445b9b219de53189aef0e816dba05506199586438585604051611b599493929190615629565b60405180910390a2505050505050505050565b6001546001600160a01b0316331480611b995750601b546001600160a01b031633148015611b9957503315155b611bb55760405162461bcd60e51b8152600401610a2490615486565b600380546fffffffffffffffff00000000000000001916600160401b6001600160401b038416908102919091179091556040519081527f5c2121dd9ae1ab0173ffb91cbc1ea3a04fa9b6a87da9e924a13d9fa3e76c845b90602001610bac565b611c1d613e51565b5f8111611c5d5760405162461bcd60e51b815260206004820152600e60248201526d416d6f756e74206973207a65726f60901b6044820152606401610a24565b5f611c6733613ae7565b90505f60068281548110611c7d57611c7d6154ae565b905f5260205f209060080201905082816006015f828254611c9e9190615454565b90915550611cac9050613ba3565b15611cbf57611cba82613bc4565b611cd5565b611cd582611ccc846145ba565b600b9190613c79565b611d0a6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333086614630565b600681015460405133917f4fedc3e6c116ab84f1fd1c936a810844ab9ff4be38b3d805cca0cfac9da579df91611d4891878252602082015260400190565b60405180910390a25050611d5b60015f55565b50565b6001546001600160a01b03163314611d885760405162461bcd60e51b8152600401610a2490615486565b60018160ff1610158015611da05750602060ff821611155b611dec5760405162461bcd60e51b815260206004820152601760248201527f496e76616c696420426c61636b20426f7820636f756e740000000000000000006044820152606401610a24565b6003805460ff60801b1916600160801b60ff8416908102919091179091556040519081527f8a63f6ec305dcc6415cc5e8a1994203cf9acf0feb0c957bfc74a114539df3aa890602001610bac565b5f611e4433613ae7565b9050611e50838361466f565b611e7c60068281548110611e6657611e666154ae565b905f5260205f2090600802016005018484614734565b336001600160a01b03167f0e38467bedc6c9efbaa8ac5b1c18c3941a4cd07ced6afd504581db19d4b669eb8484604051611eb7929190615680565b60405180910390a2505050565b611ecc614d12565b6001600160a01b0382165f9081526009602052604081205490819003611f045760405162461bcd60e51b8152600401610a249061551b565b6006611f116001836154c2565b81548110611f2157611f216154ae565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b031682526001810180549293919291840191611f61906154e9565b80601f0160208091040260200160405190810160405280929190818152602001828054611f8d906154e9565b8015611fd85780601f10611faf57610100808354040283529160200191611fd8565b820191905f5260205f20905b815481529060010190602001808311611fbb57829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b828210156120ef578382905f5260205f20018054612064906154e9565b80601f0160208091040260200160405190810160405280929190818152602001828054612090906154e9565b80156120db5780601f106120b2576101008083540402835291602001916120db565b820191905f5260205f20905b8154815290600101906020018083116120be57829003601f168201915b505050505081526020019060010190612047565b5050509082525060068201546020820152600782015460409091019060ff16600381111561211f5761211f614f63565b600381111561213057612130614f63565b8152600791909101546001600160401b03610100820481166020840152600160481b820481166040840152600160881b909104166060909101529392505050565b5f61218361217e33613ae7565b6147c2565b6007810154600f5460408051600160481b9093046001600160401b039081168452909116602083015291925033917facbe3fcfeb0dbc9723b0e163f02d00ebd97c796fcfad93f33ecaa6393c0c9a8191015b60405180910390a250565b6121e8614d12565b60066121f38361126f565b81548110612203576122036154ae565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b031682526001810180549293919291840191612243906154e9565b80601f016020809104026020016040519081016040528092919081815260200182805461226f906154e9565b80156122ba5780601f10612291576101008083540402835291602001916122ba565b820191905f5260205f20905b81548152906001019060200180831161229d57829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b828210156123d1578382905f5260205f20018054612346906154e9565b80601f0160208091040260200160405190810160405280929190818152602001828054612372906154e9565b80156123bd5780601f10612394576101008083540402835291602001916123bd565b820191905f5260205f20905b8154815290600101906020018083116123a057829003601f168201915b505050505081526020019060010190612329565b5050509082525060068201546020820152600782015460409091019060ff16600381111561240157612401614f63565b600381111561241257612412614f63565b8152600791909101546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660609091015292915050565b600654606090808410612474575050604080515f81526020810190915261251a565b61247e84826154c2565b8311156124925761248f84826154c2565b92505b826001600160401b038111156124aa576124aa6154d5565b6040519080825280602002602001820160405280156124d3578160200160208202803683370190505b5091505f5b838110156110e7576124f56124ed8287615454565b600b906148c8565b838281518110612507576125076154ae565b60209081029190910101526001016124d8565b92915050565b6001546001600160a01b031633148061254d5750601b546001600160a01b03163314801561254d57503315155b6125695760405162461bcd60e51b8152600401610a2490615486565b5f81116125ac5760405162461bcd60e51b81526020600482015260116024820152704d696e207374616b65206973207a65726f60781b6044820152606401610a24565b60028190556040518181527f4d36185d86b6e1aefe7e3c72bbcf2329ea433a9dc2655a34739abe83a7ce74a090602001610bac565b606060018260ff1610158015612600575060175460ff90811690831611155b6126405760405162461bcd60e51b815260206004820152601160248201527010db1d5cdd195c881b9bdd08199bdd5b99607a1b6044820152606401610a24565b60ff82165f908152601860209081526040918290208054835181840281018401909452808452909183018282801561269557602002820191905f5260205f20905b815481526020019060010190808311612681575b50505050509050919050565b5f6126aa613e51565b876126e75760405162461bcd60e51b815260206004820152600d60248201526c115b5c1d1e481c19595c881251609a1b6044820152606401610a24565b608088111561272b5760405162461bcd60e51b815260206004820152601060248201526f5065657220494420746f6f206c6f6e6760801b6044820152606401610a24565b6001600160a01b03871661277a5760405162461bcd60e51b8152602060048201526016602482015275456e636c6176652077616c6c6574206973207a65726f60501b6044820152606401610a24565b6002548210156127c25760405162461bcd60e51b81526020600482015260136024820152725374616b652062656c6f77206d696e696d756d60681b6044820152606401610a24565b335f908152600760205260409020541561281e5760405162461bcd60e51b815260206004820152601b60248201527f4f70657261746f7220616c7265616479207265676973746572656400000000006044820152606401610a24565b5f898960405161282f92919061571e565b6040518091039020905060085f8281526020019081526020015f20545f146128995760405162461bcd60e51b815260206004820152601a60248201527f5065657220494420616c726561647920726567697374657265640000000000006044820152606401610a24565b6001600160a01b0388165f90815260096020526040902054156129085760405162461bcd60e51b815260206004820152602160248201527f456e636c6176652077616c6c657420616c7265616479207265676973746572656044820152601960fa1b6064820152608401610a24565b612912858561466f565b600680546001810182555f91909152600881027ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f810180546001600160a01b031916331781559193507ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d40016129888b8d83615771565b506002810180546001600160a01b0319166001600160a01b038b1617905560038101889055600481018790556129c2600582018787614734565b60068101849055600781018054600168ffffffffffffffffff19909116610100436001600160401b0316021781179091556129fe908490615454565b335f90815260076020526040902055612a18836001615454565b5f83815260086020526040902055612a31836001615454565b6001600160a01b038a165f90815260096020526040812091909155600a805460019290612a5f908490615454565b909155505f9050612a6e613ba3565b90505f612a8982612a7f5786612a81565b5f5b600b906148ef565b9050848114612a9a57612a9a6155b4565b8115612aa957612aa985613bc4565b612ade6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333089614630565b84336001600160a01b03167f0dce6d517f3ed33f0a2a226361007647934534667d68f453cc27b8b63fe3708c8f8f8f8f8f8d604051612b229695949392919061582a565b60405180910390a350505050612b3760015f55565b98975050505050505050565b6012545f908015801590612b6e5750610100612b60600183615454565b612b6a9190615454565b4311155b91505090565b612b7c614d12565b5f60085f8585604051612b9092919061571e565b604051809103902081526020019081526020015f20549050805f03612bc75760405162461bcd60e51b8152600401610a249061551b565b6006612bd46001836154c2565b81548110612be457612be46154ae565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b031682526001810180549293919291840191612c24906154e9565b80601f0160208091040260200160405190810160405280929190818152602001828054612c50906154e9565b8015612c9b5780601f10612c7257610100808354040283529160200191612c9b565b820191905f5260205f20905b815481529060010190602001808311612c7e57829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015612db2578382905f5260205f20018054612d27906154e9565b80601f0160208091040260200160405190810160405280929190818152602001828054612d53906154e9565b8015612d9e5780601f10612d7557610100808354040283529160200191612d9e565b820191905f5260205f20905b815481529060010190602001808311612d8157829003601f168201915b505050505081526020019060010190612d0a565b5050509082525060068201546020820152600782015460409091019060ff166003811115612de257612de2614f63565b6003811115612df357612df3614f63565b8152600791909101546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660609091015291505092915050565b6001546001600160a01b03163314612e605760405162461bcd60e51b8152600401610a2490615486565b602080546001600160a01b0319166001600160a01b0383169081179091556040517ff85ff5ed6f4d61948b4e3c5918be028066c0de26cd5ac7cbd993f81fa9cdec28905f90a250565b5f826001600160401b03165f03612edb57506001600160a01b0381165f9081526015602052604090205460ff1661251a565b6001600160a01b0382165f908152602160205260409020546001600160401b03168015801590612f1d5750806001600160401b0316846001600160401b031610155b15612f2b575f91505061251a565b50506001600160401b0382165f9081526014602090815260408083206001600160a01b038516845290915290205460ff1692915050565b6001546001600160a01b0316331480612f8f5750601b546001600160a01b031633148015612f8f57503315155b612fab5760405162461bcd60e51b8152600401610a2490615486565b60018160ff161015612ff75760405162461bcd60e51b8152602060048201526015602482015274125b9d985b1a590818db1d5cdd195c8818dbdd5b9d605a1b6044820152606401610a24565b6003805460ff60981b1916600160981b60ff8416908102919091179091556040519081527f2f5d5ec52597b172ad20103f52a69cd36c9f2d4de25336fd287af0f6e09e540490602001610bac565b6001546001600160a01b0316331461306f5760405162461bcd60e51b8152600401610a2490615486565b5f82815260056020908152604091829020805460ff1916841515908117909155915191825283917fafcf6d9e15b52d84b357f8cb8fba57f4244e05127068225561b6cb74507296549101610d0a565b5f61251a600b836148c8565b6001600160a01b0381165f908152600960205260408120548015806130f85750600f546001600160401b0316155b1561310557505f92915050565b600f546001600160401b031660165f61311f6001856154c2565b815260208101919091526040015f20546001600160401b03161480156112b1575050506001600160a01b03165f908152602160205260409020546001600160401b03161590565b6001546001600160a01b031633146131905760405162461bcd60e51b8152600401610a2490615486565b6001600160a01b0381166131db5760405162461bcd60e51b8152602060048201526012602482015271476f7665726e616e6365206973207a65726f60701b6044820152606401610a24565b6001546040516001600160a01b038084169216907f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80905f90a3600180546001600160a01b0319166001600160a01b0392909216919091179055565b606060018260ff1610158015613255575060175460ff90811690831611155b6132955760405162461bcd60e51b815260206004820152601160248201527010db1d5cdd195c881b9bdd08199bdd5b99607a1b6044820152606401610a24565b60ff82165f90815260186020908152604091829020805483518184028101840190945280845261251a93928301828280156132ed57602002820191905f5260205f20905b8154815260200190600101908083116132d9575b5050505050614406565b601c546001600160a01b03163314801561331057503315155b6133515760405162461bcd60e51b81526020600482015260126024820152714e6f74206d656d626572207265706f72747360701b6044820152606401610a24565b600160068281548110613366576133666154ae565b5f91825260209091206007600890920201015460ff16600381111561338d5761338d614f63565b146133cc5760405162461bcd60e51b815260206004820152600f60248201526e4e6f6465206e6f742061637469766560881b6044820152606401610a24565b5f818152601d60205260409020546001600160401b0316156134235760405162461bcd60e51b815260206004820152601060248201526f105b1c9958591e481c995c1bdc9d195960821b6044820152606401610a24565b5f61342c613ba3565b90508061343a57600161343d565b60025b600f546134569160ff16906001600160401b0316615467565b5f838152601d60205260409020805467ffffffffffffffff19166001600160401b039290921691909117905580156134965761349182613bc4565b6134a2565b6134a2600b835f613c79565b600682815481106134b5576134b56154ae565b5f91825260209182902060089091020154600f54604080518681526001600160401b03909216938201939093526001600160a01b03909116917fe1af98d27233cfb3dae8d8ba322f4e2127c80f827fa4a861588aab741e3fcd459101610d0a565b6001546001600160a01b031633146135405760405162461bcd60e51b8152600401610a2490615486565b601b546040516001600160a01b038084169216907f9093d76da4c2e24de93b17a1ea2c05715613908e6bda892e5ca2024f77803e5a905f90a3601b80546001600160a01b0319166001600160a01b0392909216919091179055565b6006545f9082106135be5760405162461bcd60e51b8152600401610a249061551b565b600682815481106135d1576135d16154ae565b5f9182526020909120600890910201546001600160a01b031692915050565b5f5f6135fa613e51565b6020546001600160a01b03163314801561361357503315155b61364d5760405162461bcd60e51b815260206004820152600b60248201526a2737ba1039b630b9b432b960a91b6044820152606401610a24565b6001600160a01b0385165f90815260096020526040812054908190036136855760405162461bcd60e51b8152600401610a249061551b565b6136906001826154c2565b92505f600684815481106136a6576136a66154ae565b5f91825260208083206001600160a01b038b1684526021909152604083205460089092020192506001600160401b0316900361372a57600f546136f3906001600160401b03166001615467565b6001600160a01b0388165f908152602160205260409020805467ffffffffffffffff19166001600160401b03929092169190911790555b6001600782015460ff16600381111561374557613745614f63565b0361375557613753846147c2565b505b6127108661ffff16826006015461376c919061586b565b6137769190615896565b925082816006015f82825461378b91906154c2565b909155506137c590506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163385613e79565b8054604080518581526020810188905286926001600160a01b0316917feb5e885a1d62b2aa0b711e7b486727b81f78c34933cdb7fc39a100e3059078e2910160405180910390a3505061381760015f55565b935093915050565b613827614d12565b60065482106138485760405162461bcd60e51b8152600401610a249061551b565b6006828154811061385b5761385b6154ae565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b03168252600181018054929391929184019161389b906154e9565b80601f01602080910402602001604051908101604052809291908181526020018280546138c7906154e9565b80156139125780601f106138e957610100808354040283529160200191613912565b820191905f5260205f20905b8154815290600101906020018083116138f557829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b828210156123d1578382905f5260205f2001805461399e906154e9565b80601f01602080910402602001604051908101604052809291908181526020018280546139ca906154e9565b8015613a155780601f106139ec57610100808354040283529160200191613a15565b820191905f5260205f20905b8154815290600101906020018083116139f857829003601f168201915b505050505081526020019060010190613981565b6060613a8060138054806020026020016040519081016040528092919081815260200182805480156132ed57602002820191905f5260205f20908154815260200190600101908083116132d9575050505050614406565b905090565b6019545f5b81811015613adb575f60198281548110613aa657613aa66154ae565b905f5260205f2001549050613abe81611ccc836145ba565b5f908152601a60205260409020805460ff19169055600101613a8a565b50611d5b60195f614dd1565b6001600160a01b0381165f90815260076020526040812054808203613b1e5760405162461bcd60e51b8152600401610a249061551b565b60016006613b2d6001846154c2565b81548110613b3d57613b3d6154ae565b5f91825260209091206007600890920201015460ff166003811115613b6457613b64614f63565b146112a65760405162461bcd60e51b815260206004820152600f60248201526e4e6f6465206e6f742061637469766560881b6044820152606401610a24565b5f613bac612b43565b15613bb75750600190565b613bbf613a85565b505f90565b5f818152601a602052604090205460ff16613c26575f818152601a60205260408120805460ff191660019081179091556019805491820181559091527f944998273e477b495144fb8794c914197f3ccb46be2900f4698fd0ef743c9695018190555b600f5481907f0c68dfd46f16dd3d4e8b6d5f10285758bbd245e8952e6028e2b007a45b45b50490613c61906001600160401b03166001615467565b6040516001600160401b0390911681526020016121d5565b5f836001018381548110613c8f57613c8f6154ae565b905f5260205f2001549050818103613ca75750505050565b81846001018481548110613cbd57613cbd6154ae565b5f91825260209091200155835481831115613d6d575f613cdd83856154c2565b90505f613ceb866001615454565b90505b828111613d4d578187613d026001846154c2565b81548110613d1257613d126154ae565b905f5260205f20015f828254613d289190615454565b90915550613d3a905081196001615454565b613d4690821682615454565b9050613cee565b5080866002015f828254613d619190615454565b90915550613e03915050565b5f613d7884846154c2565b90505f613d86866001615454565b90505b828111613de8578187613d9d6001846154c2565b81548110613dad57613dad6154ae565b905f5260205f20015f828254613dc391906154c2565b90915550613dd5905081196001615454565b613de190821682615454565b9050613d89565b5080866002015f828254613dfc91906154c2565b9091555050505b815f03613e29576001856003015f828254613e1e9190615454565b90915550613e4a9050565b825f03613e4a576001856003015f828254613e4491906154c2565b90915550505b5050505050565b60025f5403613e7357604051633ee5aeb560e01b815260040160405180910390fd5b60025f55565b6040516001600160a01b03838116602483015260448201839052613ed891859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b0383818316178352505050506149d5565b505050565b60038501546060905f5b8351811015613f8e576001880154848281518110613f0757613f076154ae565b6020026020010151108015613f4657505f613f44858381518110613f2d57613f2d6154ae565b60200260200101518a6148c890919063ffffffff16565b115b8015613f735750613f718482868481518110613f6457613f646154ae565b6020026020010151614a41565b155b15613f8657613f836001836154c2565b91505b600101613ee7565b505f818510613f9d5781613f9f565b845b9050806001600160401b03811115613fb957613fb96154d5565b604051908082528060200260200182016040528015613fe2578160200160208202803683370190505b509250805f03613ff357505061405c565b5f805b82811015614057575f5f5f6140108d8d8d888c898f614a88565b9250925092508094508161402e5761402b8d848a878d614b50565b92505b82888581518110614041576140416154ae565b6020908102919091010152505050600101613ff6565b505050505b95945050505050565b60ff83165f9081526018602052604081208054909180826001600160401b03811115614093576140936154d5565b6040519080825280602002602001820160405280156140bc578160200160208202803683370190505b5090505f5b8381101561414c578481815481106140db576140db6154ae565b905f5260205f2001548282815181106140f6576140f66154ae565b6020026020010181815250505f614130838381518110614118576141186154ae565b6020026020010151600b6148c890919063ffffffff16565b11156141445782614140816158a9565b9350505b6001016140c1565b50600354600160881b900460ff1683831480156141695750808410155b15614178575050505050505050565b5f838211614186575f614190565b61419084836154c2565b90505f6141a4600b8a8c60ff168588613edd565b90505f805b87811080156141b85750825182105b15614318575f8682815181106141d0576141d06154ae565b602002602001015190506141ee81600b6148c890919063ffffffff16565b5f0361430557838381518110614206576142066154ae565b60200260200101518a8381548110614220576142206154ae565b905f5260205f2001819055508c60ff167f9af13ce84f430ba1db375709d751907a82ad53e6674113c1f5130fa59740b70760068381548110614264576142646154ae565b905f5260205f2090600802015f015f9054906101000a90046001600160a01b03166006878781518110614299576142996154ae565b6020026020010151815481106142b1576142b16154ae565b5f91825260209182902060089091020154604080516001600160a01b03948516815293909116918301919091526001600160401b038f169082015260600160405180910390a282614301816158a9565b9350505b5080614310816158a9565b9150506141a9565b505b81518110156143f95787828281518110614336576143366154ae565b60209081029190910181015182546001810184555f93845291832090910155825160ff8d16917f9af13ce84f430ba1db375709d751907a82ad53e6674113c1f5130fa59740b70791600690869086908110614393576143936154ae565b6020026020010151815481106143ab576143ab6154ae565b5f91825260209182902060089091020154604080516001600160a01b03948516815293909116918301919091526001600160401b038d169082015260600160405180910390a260010161431a565b5050505050505050505050565b606081516001600160401b03811115614421576144216154d5565b60405190808252806020026020018201604052801561444a578160200160208202803683370190505b5090505f5b82518110156144d457600683828151811061446c5761446c6154ae565b602002602001015181548110614484576144846154ae565b5f91825260209091206008909102015482516001600160a01b03909116908390839081106144b4576144b46154ae565b6001600160a01b039092166020928302919091019091015260010161444f565b50919050565b5f805b825181101561451d57614509848483815181106144fc576144fc6154ae565b6020026020010151614c21565b6145139083615454565b91506001016144dd565b5060015b60175460ff9081169082161161459a5760ff81165f908152601860205260408120905b81548110156145855761457186838381548110614563576145636154ae565b905f5260205f200154614c21565b61457b9085615454565b9350600101614544565b50508080614592906155c8565b915050614521565b506001600160401b039092165f908152601f602052604090209190915550565b5f5f600683815481106145cf576145cf6154ae565b5f918252602090912060089091020190506001600782015460ff1660038111156145fb576145fb614f63565b14801561461c57505f838152601d60205260409020546001600160401b0316155b614626575f6112b1565b6006015492915050565b6040516001600160a01b0384811660248301528381166044830152606482018390526146699186918216906323b872dd90608401613ea6565b50505050565b60088111156146b65760405162461bcd60e51b8152602060048201526013602482015272546f6f206d616e79206d756c7469616464727360681b6044820152606401610a24565b5f5b81811015613ed8576101008383838181106146d5576146d56154ae565b90506020028101906146e791906158c1565b9050111561472c5760405162461bcd60e51b81526020600482015260126024820152714d756c74696164647220746f6f206c6f6e6760701b6044820152606401610a24565b6001016146b8565b82541561476b578280548061474b5761474b615903565b600190038181905f5260205f20015f6147649190614dec565b9055614734565b5f5b818110156146695783838383818110614788576147886154ae565b905060200281019061479a91906158c1565b82546001810184555f9384526020909320909201916147b99183615771565b5060010161476d565b5f600682815481106147d6576147d66154ae565b5f91825260208220600760089092020190810180546001600160401b034316600160481b0270ffffffffffffffff0000000000000000ff19909116176002179055600a8054919350600192909161482e9084906154c2565b9091555061483c9050613ba3565b1561488e57600f54614858906001600160401b03166001615467565b8160070160116101000a8154816001600160401b0302191690836001600160401b0316021790555061488982613bc4565b919050565b600f5460078201805467ffffffffffffffff60881b19166001600160401b03909216600160881b02919091179055614889600b835f613c79565b5f8260010182815481106148de576148de6154ae565b905f5260205f200154905092915050565b600180830154905f90614903908390615454565b9050825f61491383196001615454565b8316905060015b818110156149675786600161492f83876154c2565b61493991906154c2565b81548110614949576149496154ae565b905f5260205f2001548361495d9190615454565b925060011b61491a565b508554600181810188555f8881526020808220909301859055818901805492830181558152918220018690556002870180548792906149a7908490615454565b909155505084156149cc576001866003015f8282546149c69190615454565b90915550505b50505092915050565b5f5f60205f8451602086015f885af1806149f4576040513d5f823e3d81fd5b50505f513d91508115614a0b578060011415614a18565b6001600160a01b0384163b155b1561466957604051635274afe760e01b81526001600160a01b0385166004820152602401610a24565b5f805b83811015614a7e5782858281518110614a5f57614a5f6154ae565b602002602001015103614a765760019150506112b1565b600101614a44565b505f949350505050565b60028701545f9081908190815b6040811015614b3a5760408051602081018d90529081018b9052606081018a90525f908390608001604051602081830303815290604052805190602001205f1c614adf9190615917565b905089614aeb816158a9565b9a50614af990508d82614c8c565b9550614b06898988614a41565b158015614b1c5750614b1a87885188614a41565b155b15614b31575060019350889250614b43915050565b50600101614a95565b505f9250879150505b9750975097945050505050565b5f5f614b5d876001015490565b905060015b818111614bd8575f82614b75838a615454565b614b7f9190615917565b90505f614b8c8a836148c8565b118015614ba15750614b9f878783614a41565b155b8015614bb65750614bb485865183614a41565b155b15614bc557925061405c915050565b5080614bd0816158a9565b915050614b62565b5060405162461bcd60e51b815260206004820152601b60248201527f456c656374696f6e3a206e6f20656c696769626c6520656e74727900000000006044820152606401610a24565b6001600160401b0382165f908152601e6020908152604080832084845290915281205415614c5057505f61251a565b614c5b600b836148c8565b9050801561251a576001600160401b03929092165f908152601e602090815260408083209383529290522081905590565b81545f9060015b600182901c8111614ca65760011b614c93565b5f5b811561405c575f614cb98383615454565b9050838111614d05575f87614ccf6001846154c2565b81548110614cdf57614cdf6154ae565b905f5260205f2001549050868111614d03578192508087614d0091906154c2565b96505b505b50600182901c9150614ca8565b6040518061016001604052805f6001600160a01b03168152602001606081526020015f6001600160a01b031681526020015f81526020015f8152602001606081526020015f81526020015f6003811115614d6e57614d6e614f63565b81525f602082018190526040820181905260609091015290565b828054828255905f5260205f20908101928215614dc1579160200282015b82811115614dc1578251825591602001919060010190614da6565b50614dcd929150614e1f565b5090565b5080545f8255905f5260205f2090810190611d5b9190614e1f565b508054614df8906154e9565b5f825580601f10614e07575050565b601f0160209004905f5260205f2090810190611d5b91905b5b80821115614dcd575f8155600101614e20565b80356001600160a01b0381168114614889575f5ffd5b5f60208284031215614e59575f5ffd5b6112b182614e33565b602080825282518282018190525f918401906040840190835b81811015614e99578351835260209384019390920191600101614e7b565b509095945050505050565b5f60208284031215614eb4575f5ffd5b5035919050565b5f5f60408385031215614ecc575f5ffd5b50508035926020909101359150565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b83811015614f5757601f19858403018852614f41838351614edb565b6020988901989093509190910190600101614f25565b50909695505050505050565b634e487b7160e01b5f52602160045260245ffd5b60048110614f9357634e487b7160e01b5f52602160045260245ffd5b9052565b80516001600160a01b031682525f60208201516101606020850152614fc0610160850182614edb565b90506040830151614fdc60408601826001600160a01b03169052565b50606083015160608501526080830151608085015260a083015184820360a08601526150088282614f09565b91505060c083015160c085015260e083015161502760e0860182614f77565b506101008301516150446101008601826001600160401b03169052565b506101208301516150616101208601826001600160401b03169052565b5061014083015161507e6101408601826001600160401b03169052565b509392505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b828110156150dd57603f198786030184526150c8858351614f97565b945060209384019391909101906001016150ac565b50929695505050505050565b80358015158114614889575f5ffd5b5f60208284031215615108575f5ffd5b6112b1826150e9565b803560ff81168114614889575f5ffd5b5f5f60408385031215615132575f5ffd5b61513b83615111565b915061514960208401615111565b90509250929050565b80356001600160401b0381168114614889575f5ffd5b5f60208284031215615178575f5ffd5b6112b182615152565b5f60208284031215615191575f5ffd5b6112b182615111565b5f5f83601f8401126151aa575f5ffd5b5081356001600160401b038111156151c0575f5ffd5b6020830191508360208260051b85010111156151da575f5ffd5b9250929050565b5f5f602083850312156151f2575f5ffd5b82356001600160401b03811115615207575f5ffd5b6152138582860161519a565b90969095509350505050565b602081525f6112b16020830184614f97565b5f5f83601f840112615241575f5ffd5b5081356001600160401b03811115615257575f5ffd5b6020830191508360208285010111156151da575f5ffd5b5f5f5f5f5f5f5f5f60c0898b031215615285575f5ffd5b88356001600160401b0381111561529a575f5ffd5b6152a68b828c01615231565b90995097506152b9905060208a01614e33565b9550604089013594506060890135935060808901356001600160401b038111156152e1575f5ffd5b6152ed8b828c0161519a565b999c989b50969995989497949560a00135949350505050565b5f5f60208385031215615317575f5ffd5b82356001600160401b0381111561532c575f5ffd5b61521385828601615231565b5f5f60408385031215615349575f5ffd5b61535283615152565b946020939093013593505050565b5f5f60408385031215615371575f5ffd5b61537a83615152565b915061514960208401614e33565b5f5f60408385031215615399575f5ffd5b82359150615149602084016150e9565b5f8151808452602084019350602083015f5b828110156153e25781516001600160a01b03168652602095860195909101906001016153bb565b5093949350505050565b602081525f6112b160208301846153a9565b5f5f5f60608486031215615410575f5ffd5b61541984614e33565b9250602084013561ffff8116811461542f575f5ffd5b929592945050506040919091013590565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561251a5761251a615440565b6001600160401b03818116838216019081111561251a5761251a615440565b6020808252600e908201526d4e6f7420676f7665726e616e636560901b604082015260600190565b634e487b7160e01b5f52603260045260245ffd5b8181038181111561251a5761251a615440565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806154fd57607f821691505b6020821081036144d457634e487b7160e01b5f52602260045260245ffd5b6020808252600e908201526d139bd919481b9bdd08199bdd5b9960921b604082015260600190565b5f5f8354615550816154e9565b600182168015615567576001811461557c576155a9565b60ff19831686528115158202860193506155a9565b865f5260205f205f5b838110156155a157815488820152600190910190602001615585565b505081860193505b509195945050505050565b634e487b7160e01b5f52600160045260245ffd5b5f60ff821660ff81036155dd576155dd615440565b60010192915050565b60ff818116838216019081111561251a5761251a615440565b604081525f61561160408301856153a9565b90506001600160401b03831660208301529392505050565b848152836020820152608060408201525f61564760808301856153a9565b905082606083015295945050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602080825281018290525f6040600584901b830181019083018583601e1936839003015b8782101561571157868503603f1901845282358181126156c2575f5ffd5b89016020810190356001600160401b038111156156dd575f5ffd5b8036038213156156eb575f5ffd5b6156f6878284615658565b965050506020830192506020840193506001820191506156a4565b5092979650505050505050565b818382375f9101908152919050565b601f821115613ed857805f5260205f20601f840160051c810160208510156157525750805b601f840160051c820191505b81811015613e4a575f815560010161575e565b6001600160401b03831115615788576157886154d5565b61579c8361579683546154e9565b8361572d565b5f601f8411600181146157cd575f85156157b65750838201355b5f19600387901b1c1916600186901b178355613e4a565b5f83815260208120601f198716915b828110156157fc57868501358255602094850194600190920191016157dc565b5086821015615818575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b60a081525f61583d60a08301888a615658565b6001600160a01b03969096166020830152506040810193909352606083019190915260809091015292915050565b808202811582820484141761251a5761251a615440565b634e487b7160e01b5f52601260045260245ffd5b5f826158a4576158a4615882565b500490565b5f600182016158ba576158ba615440565b5060010190565b5f5f8335601e198436030181126158d6575f5ffd5b8301803591506001600160401b038211156158ef575f5ffd5b6020019150368190038213156151da575f5ffd5b634e487b7160e01b5f52603160045260245ffd5b5f8261592557615925615882565b50069056",
}

// ClusterRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use ClusterRegistryMetaData.ABI instead.
var ClusterRegistryABI = ClusterRegistryMetaData.ABI

// ClusterRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ClusterRegistryMetaData.Bin instead.
var ClusterRegistryBin = ClusterRegistryMetaData.Bin

// DeployClusterRegistry deploys a new Ethereum contract, binding an instance of ClusterRegistry to it.
func DeployClusterRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, token_ common.Address, minStake_ *big.Int, epochLength_ uint64, unbondingDelay_ uint64) (common.Address, *types.Transaction, *ClusterRegistry, error) {
	parsed, err := ClusterRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ClusterRegistryBin), backend, token_, minStake_, epochLength_, unbondingDelay_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ClusterRegistry{ClusterRegistryCaller: ClusterRegistryCaller{contract: contract}, ClusterRegistryTransactor: ClusterRegistryTransactor{contract: contract}, ClusterRegistryFilterer: ClusterRegistryFilterer{contract: contract}}, nil
}

// ClusterRegistry is an auto generated Go binding around an Ethereum contract.
type ClusterRegistry struct {
	ClusterRegistryCaller     // Read-only binding to the contract
	ClusterRegistryTransactor // Write-only binding to the contract
	ClusterRegistryFilterer   // Log filterer for contract events
}

// ClusterRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type ClusterRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ClusterRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ClusterRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ClusterRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ClusterRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ClusterRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ClusterRegistrySession struct {
	Contract     *ClusterRegistry  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ClusterRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ClusterRegistryCallerSession struct {
	Contract *ClusterRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// ClusterRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ClusterRegistryTransactorSession struct {
	Contract     *ClusterRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// ClusterRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type ClusterRegistryRaw struct {
	Contract *ClusterRegistry // Generic contract binding to access the raw methods on
}

// ClusterRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ClusterRegistryCallerRaw struct {
	Contract *ClusterRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// ClusterRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ClusterRegistryTransactorRaw struct {
	Contract *ClusterRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewClusterRegistry creates a new instance of ClusterRegistry, bound to a specific deployed contract.
func NewClusterRegistry(address common.Address, backend bind.ContractBackend) (*ClusterRegistry, error) {
	contract, err := bindClusterRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ClusterRegistry{ClusterRegistryCaller: ClusterRegistryCaller{contract: contract}, ClusterRegistryTransactor: ClusterRegistryTransactor{contract: contract}, ClusterRegistryFilterer: ClusterRegistryFilterer{contract: contract}}, nil
}

// NewClusterRegistryCaller creates a new read-only instance of ClusterRegistry, bound to a specific deployed contract.
func NewClusterRegistryCaller(address common.Address, caller bind.ContractCaller) (*ClusterRegistryCaller, error) {
	contract, err := bindClusterRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryCaller{contract: contract}, nil
}

// NewClusterRegistryTransactor creates a new write-only instance of ClusterRegistry, bound to a specific deployed contract.
func NewClusterRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*ClusterRegistryTransactor, error) {
	contract, err := bindClusterRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryTransactor{contract: contract}, nil
}

// NewClusterRegistryFilterer creates a new log filterer instance of ClusterRegistry, bound to a specific deployed contract.
func NewClusterRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*ClusterRegistryFilterer, error) {
	contract, err := bindClusterRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryFilterer{contract: contract}, nil
}

// bindClusterRegistry binds a generic wrapper to an already deployed contract.
func bindClusterRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ClusterRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ClusterRegistry *ClusterRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ClusterRegistry.Contract.ClusterRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ClusterRegistry *ClusterRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.ClusterRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ClusterRegistry *ClusterRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.ClusterRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ClusterRegistry *ClusterRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ClusterRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ClusterRegistry *ClusterRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ClusterRegistry *ClusterRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.contract.Transact(opts, method, params...)
}

// BLOCKHASHHORIZON is a free data retrieval call binding the contract method 0x20cd9ad1.
//
// Solidity: function BLOCKHASH_HORIZON() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCaller) BLOCKHASHHORIZON(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "BLOCKHASH_HORIZON")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BLOCKHASHHORIZON is a free data retrieval call binding the contract method 0x20cd9ad1.
//
// Solidity: function BLOCKHASH_HORIZON() view returns(uint256)
func (_ClusterRegistry *ClusterRegistrySession) BLOCKHASHHORIZON() (*big.Int, error) {
	return _ClusterRegistry.Contract.BLOCKHASHHORIZON(&_ClusterRegistry.CallOpts)
}

// BLOCKHASHHORIZON is a free data retrieval call binding the contract method 0x20cd9ad1.
//
// Solidity: function BLOCKHASH_HORIZON() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCallerSession) BLOCKHASHHORIZON() (*big.Int, error) {
	return _ClusterRegistry.Contract.BLOCKHASHHORIZON(&_ClusterRegistry.CallOpts)
}

// MAXBLACKBOXCOUNT is a free data retrieval call binding the contract method 0x3b781ef8.
//
// Solidity: function MAX_BLACK_BOX_COUNT() view returns(uint8)
func (_ClusterRegistry *ClusterRegistryCaller) MAXBLACKBOXCOUNT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "MAX_BLACK_BOX_COUNT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// MAXBLACKBOXCOUNT is a free data retrieval call binding the contract method 0x3b781ef8.
//
// Solidity: function MAX_BLACK_BOX_COUNT() view returns(uint8)
func (_ClusterRegistry *ClusterRegistrySession) MAXBLACKBOXCOUNT() (uint8, error) {
	return _ClusterRegistry.Contract.MAXBLACKBOXCOUNT(&_ClusterRegistry.CallOpts)
}

// MAXBLACKBOXCOUNT is a free data retrieval call binding the contract method 0x3b781ef8.
//
// Solidity: function MAX_BLACK_BOX_COUNT() view returns(uint8)
func (_ClusterRegistry *ClusterRegistryCallerSession) MAXBLACKBOXCOUNT() (uint8, error) {
	return _ClusterRegistry.Contract.MAXBLACKBOXCOUNT(&_ClusterRegistry.CallOpts)
}

// MAXCLUSTERSIZE is a free data retrieval call binding the contract method 0x29399528.
//
// Solidity: function MAX_CLUSTER_SIZE() view returns(uint8)
func (_ClusterRegistry *ClusterRegistryCaller) MAXCLUSTERSIZE(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "MAX_CLUSTER_SIZE")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// MAXCLUSTERSIZE is a free data retrieval call binding the contract method 0x29399528.
//
// Solidity: function MAX_CLUSTER_SIZE() view returns(uint8)
func (_ClusterRegistry *ClusterRegistrySession) MAXCLUSTERSIZE() (uint8, error) {
	return _ClusterRegistry.Contract.MAXCLUSTERSIZE(&_ClusterRegistry.CallOpts)
}

// MAXCLUSTERSIZE is a free data retrieval call binding the contract method 0x29399528.
//
// Solidity: function MAX_CLUSTER_SIZE() view returns(uint8)
func (_ClusterRegistry *ClusterRegistryCallerSession) MAXCLUSTERSIZE() (uint8, error) {
	return _ClusterRegistry.Contract.MAXCLUSTERSIZE(&_ClusterRegistry.CallOpts)
}

// MAXMULTIADDRS is a free data retrieval call binding the contract method 0x8c50d529.
//
// Solidity: function MAX_MULTIADDRS() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCaller) MAXMULTIADDRS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "MAX_MULTIADDRS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXMULTIADDRS is a free data retrieval call binding the contract method 0x8c50d529.
//
// Solidity: function MAX_MULTIADDRS() view returns(uint256)
func (_ClusterRegistry *ClusterRegistrySession) MAXMULTIADDRS() (*big.Int, error) {
	return _ClusterRegistry.Contract.MAXMULTIADDRS(&_ClusterRegistry.CallOpts)
}

// MAXMULTIADDRS is a free data retrieval call binding the contract method 0x8c50d529.
//
// Solidity: function MAX_MULTIADDRS() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCallerSession) MAXMULTIADDRS() (*big.Int, error) {
	return _ClusterRegistry.Contract.MAXMULTIADDRS(&_ClusterRegistry.CallOpts)
}

// MAXMULTIADDRLENGTH is a free data retrieval call binding the contract method 0xee879d39.
//
// Solidity: function MAX_MULTIADDR_LENGTH() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCaller) MAXMULTIADDRLENGTH(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "MAX_MULTIADDR_LENGTH")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXMULTIADDRLENGTH is a free data retrieval call binding the contract method 0xee879d39.
//
// Solidity: function MAX_MULTIADDR_LENGTH() view returns(uint256)
func (_ClusterRegistry *ClusterRegistrySession) MAXMULTIADDRLENGTH() (*big.Int, error) {
	return _ClusterRegistry.Contract.MAXMULTIADDRLENGTH(&_ClusterRegistry.CallOpts)
}

// MAXMULTIADDRLENGTH is a free data retrieval call binding the contract method 0xee879d39.
//
// Solidity: function MAX_MULTIADDR_LENGTH() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCallerSession) MAXMULTIADDRLENGTH() (*big.Int, error) {
	return _ClusterRegistry.Contract.MAXMULTIADDRLENGTH(&_ClusterRegistry.CallOpts)
}

// MAXPEERIDLENGTH is a free data retrieval call binding the contract method 0x90c84ab6.
//
// Solidity: function MAX_PEER_ID_LENGTH() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCaller) MAXPEERIDLENGTH(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "MAX_PEER_ID_LENGTH")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXPEERIDLENGTH is a free data retrieval call binding the contract method 0x90c84ab6.
//
// Solidity: function MAX_PEER_ID_LENGTH() view returns(uint256)
func (_ClusterRegistry *ClusterRegistrySession) MAXPEERIDLENGTH() (*big.Int, error) {
	return _ClusterRegistry.Contract.MAXPEERIDLENGTH(&_ClusterRegistry.CallOpts)
}

// MAXPEERIDLENGTH is a free data retrieval call binding the contract method 0x90c84ab6.
//
// Solidity: function MAX_PEER_ID_LENGTH() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCallerSession) MAXPEERIDLENGTH() (*big.Int, error) {
	return _ClusterRegistry.Contract.MAXPEERIDLENGTH(&_ClusterRegistry.CallOpts)
}

// SEEDDELAY is a free data retrieval call binding the contract method 0x2ef3dbf5.
//
// Solidity: function SEED_DELAY() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCaller) SEEDDELAY(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "SEED_DELAY")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SEEDDELAY is a free data retrieval call binding the contract method 0x2ef3dbf5.
//
// Solidity: function SEED_DELAY() view returns(uint256)
func (_ClusterRegistry *ClusterRegistrySession) SEEDDELAY() (*big.Int, error) {
	return _ClusterRegistry.Contract.SEEDDELAY(&_ClusterRegistry.CallOpts)
}

// SEEDDELAY is a free data retrieval call binding the contract method 0x2ef3dbf5.
//
// Solidity: function SEED_DELAY() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCallerSession) SEEDDELAY() (*big.Int, error) {
	return _ClusterRegistry.Contract.SEEDDELAY(&_ClusterRegistry.CallOpts)
}

// ActiveNodeCount is a free data retrieval call binding the contract method 0x75340815.
//
// Solidity: function activeNodeCount() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCaller) ActiveNodeCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "activeNodeCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ActiveNodeCount is a free data retrieval call binding the contract method 0x75340815.
//
// Solidity: function activeNodeCount() view returns(uint256)
func (_ClusterRegistry *ClusterRegistrySession) ActiveNodeCount() (*big.Int, error) {
	return _ClusterRegistry.Contract.ActiveNodeCount(&_ClusterRegistry.CallOpts)
}

// ActiveNodeCount is a free data retrieval call binding the contract method 0x75340815.
//
// Solidity: function activeNodeCount() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCallerSession) ActiveNodeCount() (*big.Int, error) {
	return _ClusterRegistry.Contract.ActiveNodeCount(&_ClusterRegistry.CallOpts)
}

// AdvancePending is a free data retrieval call binding the contract method 0x97bf0e85.
//
// Solidity: function advancePending() view returns(bool)
func (_ClusterRegistry *ClusterRegistryCaller) AdvancePending(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "advancePending")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// AdvancePending is a free data retrieval call binding the contract method 0x97bf0e85.
//
// Solidity: function advancePending() view returns(bool)
func (_ClusterRegistry *ClusterRegistrySession) AdvancePending() (bool, error) {
	return _ClusterRegistry.Contract.AdvancePending(&_ClusterRegistry.CallOpts)
}

// AdvancePending is a free data retrieval call binding the contract method 0x97bf0e85.
//
// Solidity: function advancePending() view returns(bool)
func (_ClusterRegistry *ClusterRegistryCallerSession) AdvancePending() (bool, error) {
	return _ClusterRegistry.Contract.AdvancePending(&_ClusterRegistry.CallOpts)
}

// AdvanceRequestBlock is a free data retrieval call binding the contract method 0x5e6068ec.
//
// Solidity: function advanceRequestBlock() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCaller) AdvanceRequestBlock(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "advanceRequestBlock")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// AdvanceRequestBlock is a free data retrieval call binding the contract method 0x5e6068ec.
//
// Solidity: function advanceRequestBlock() view returns(uint256)
func (_ClusterRegistry *ClusterRegistrySession) AdvanceRequestBlock() (*big.Int, error) {
	return _ClusterRegistry.Contract.AdvanceRequestBlock(&_ClusterRegistry.CallOpts)
}

// AdvanceRequestBlock is a free data retrieval call binding the contract method 0x5e6068ec.
//
// Solidity: function advanceRequestBlock() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCallerSession) AdvanceRequestBlock() (*big.Int, error) {
	return _ClusterRegistry.Contract.AdvanceRequestBlock(&_ClusterRegistry.CallOpts)
}

// BlackBoxCount is a free data retrieval call binding the contract method 0x4c5770fe.
//
// Solidity: function blackBoxCount() view returns(uint8)
func (_ClusterRegistry *ClusterRegistryCaller) BlackBoxCount(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "blackBoxCount")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// BlackBoxCount is a free data retrieval call binding the contract method 0x4c5770fe.
//
// Solidity: function blackBoxCount() view returns(uint8)
func (_ClusterRegistry *ClusterRegistrySession) BlackBoxCount() (uint8, error) {
	return _ClusterRegistry.Contract.BlackBoxCount(&_ClusterRegistry.CallOpts)
}

// BlackBoxCount is a free data retrieval call binding the contract method 0x4c5770fe.
//
// Solidity: function blackBoxCount() view returns(uint8)
func (_ClusterRegistry *ClusterRegistryCallerSession) BlackBoxCount() (uint8, error) {
	return _ClusterRegistry.Contract.BlackBoxCount(&_ClusterRegistry.CallOpts)
}

// BlackBoxIndexes is a free data retrieval call binding the contract method 0x1bdc7eec.
//
// Solidity: function blackBoxIndexes() view returns(uint256[])
func (_ClusterRegistry *ClusterRegistryCaller) BlackBoxIndexes(opts *bind.CallOpts) ([]*big.Int, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "blackBoxIndexes")

	if err != nil {
		return *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)

	return out0, err

}

// BlackBoxIndexes is a free data retrieval call binding the contract method 0x1bdc7eec.
//
// Solidity: function blackBoxIndexes() view returns(uint256[])
func (_ClusterRegistry *ClusterRegistrySession) BlackBoxIndexes() ([]*big.Int, error) {
	return _ClusterRegistry.Contract.BlackBoxIndexes(&_ClusterRegistry.CallOpts)
}

// BlackBoxIndexes is a free data retrieval call binding the contract method 0x1bdc7eec.
//
// Solidity: function blackBoxIndexes() view returns(uint256[])
func (_ClusterRegistry *ClusterRegistryCallerSession) BlackBoxIndexes() ([]*big.Int, error) {
	return _ClusterRegistry.Contract.BlackBoxIndexes(&_ClusterRegistry.CallOpts)
}

// BlackBoxes is a free data retrieval call binding the contract method 0xffd01a3f.
//
// Solidity: function blackBoxes() view returns(address[])
func (_ClusterRegistry *ClusterRegistryCaller) BlackBoxes(opts *bind.CallOpts) ([]common.Address, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "blackBoxes")

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// BlackBoxes is a free data retrieval call binding the contract method 0xffd01a3f.
//
// Solidity: function blackBoxes() view returns(address[])
func (_ClusterRegistry *ClusterRegistrySession) BlackBoxes() ([]common.Address, error) {
	return _ClusterRegistry.Contract.BlackBoxes(&_ClusterRegistry.CallOpts)
}

// BlackBoxes is a free data retrieval call binding the contract method 0xffd01a3f.
//
// Solidity: function blackBoxes() view returns(address[])
func (_ClusterRegistry *ClusterRegistryCallerSession) BlackBoxes() ([]common.Address, error) {
	return _ClusterRegistry.Contract.BlackBoxes(&_ClusterRegistry.CallOpts)
}

// ClusterCount is a free data retrieval call binding the contract method 0x702f45f3.
//
// Solidity: function clusterCount() view returns(uint8)
func (_ClusterRegistry *ClusterRegistryCaller) ClusterCount(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "clusterCount")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ClusterCount is a free data retrieval call binding the contract method 0x702f45f3.
//
// Solidity: function clusterCount() view returns(uint8)
func (_ClusterRegistry *ClusterRegistrySession) ClusterCount() (uint8, error) {
	return _ClusterRegistry.Contract.ClusterCount(&_ClusterRegistry.CallOpts)
}

// ClusterCount is a free data retrieval call binding the contract method 0x702f45f3.
//
// Solidity: function clusterCount() view returns(uint8)
func (_ClusterRegistry *ClusterRegistryCallerSession) ClusterCount() (uint8, error) {
	return _ClusterRegistry.Contract.ClusterCount(&_ClusterRegistry.CallOpts)
}

// ClusterMemberIndexes is a free data retrieval call binding the contract method 0x8eb7d14f.
//
// Solidity: function clusterMemberIndexes(uint8 clusterId) view returns(uint256[])
func (_ClusterRegistry *ClusterRegistryCaller) ClusterMemberIndexes(opts *bind.CallOpts, clusterId uint8) ([]*big.Int, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "clusterMemberIndexes", clusterId)

	if err != nil {
		return *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)

	return out0, err

}

// ClusterMemberIndexes is a free data retrieval call binding the contract method 0x8eb7d14f.
//
// Solidity: function clusterMemberIndexes(uint8 clusterId) view returns(uint256[])
func (_ClusterRegistry *ClusterRegistrySession) ClusterMemberIndexes(clusterId uint8) ([]*big.Int, error) {
	return _ClusterRegistry.Contract.ClusterMemberIndexes(&_ClusterRegistry.CallOpts, clusterId)
}

// ClusterMemberIndexes is a free data retrieval call binding the contract method 0x8eb7d14f.
//
// Solidity: function clusterMemberIndexes(uint8 clusterId) view returns(uint256[])
func (_ClusterRegistry *ClusterRegistryCallerSession) ClusterMemberIndexes(clusterId uint8) ([]*big.Int, error) {
	return _ClusterRegistry.Contract.ClusterMemberIndexes(&_ClusterRegistry.CallOpts, clusterId)
}

// ClusterMembers is a free data retrieval call binding the contract method 0xd4978f8e.
//
// Solidity: function clusterMembers(uint8 clusterId) view returns(address[])
func (_ClusterRegistry *ClusterRegistryCaller) ClusterMembers(opts *bind.CallOpts, clusterId uint8) ([]common.Address, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "clusterMembers", clusterId)

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// ClusterMembers is a free data retrieval call binding the contract method 0xd4978f8e.
//
// Solidity: function clusterMembers(uint8 clusterId) view returns(address[])
func (_ClusterRegistry *ClusterRegistrySession) ClusterMembers(clusterId uint8) ([]common.Address, error) {
	return _ClusterRegistry.Contract.ClusterMembers(&_ClusterRegistry.CallOpts, clusterId)
}

// ClusterMembers is a free data retrieval call binding the contract method 0xd4978f8e.
//
// Solidity: function clusterMembers(uint8 clusterId) view returns(address[])
func (_ClusterRegistry *ClusterRegistryCallerSession) ClusterMembers(clusterId uint8) ([]common.Address, error) {
	return _ClusterRegistry.Contract.ClusterMembers(&_ClusterRegistry.CallOpts, clusterId)
}

// ClusterSize is a free data retrieval call binding the contract method 0xbdd18036.
//
// Solidity: function clusterSize() view returns(uint8)
func (_ClusterRegistry *ClusterRegistryCaller) ClusterSize(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "clusterSize")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ClusterSize is a free data retrieval call binding the contract method 0xbdd18036.
//
// Solidity: function clusterSize() view returns(uint8)
func (_ClusterRegistry *ClusterRegistrySession) ClusterSize() (uint8, error) {
	return _ClusterRegistry.Contract.ClusterSize(&_ClusterRegistry.CallOpts)
}

// ClusterSize is a free data retrieval call binding the contract method 0xbdd18036.
//
// Solidity: function clusterSize() view returns(uint8)
func (_ClusterRegistry *ClusterRegistryCallerSession) ClusterSize() (uint8, error) {
	return _ClusterRegistry.Contract.ClusterSize(&_ClusterRegistry.CallOpts)
}

// ClusterThreshold is a free data retrieval call binding the contract method 0x76897781.
//
// Solidity: function clusterThreshold() view returns(uint8)
func (_ClusterRegistry *ClusterRegistryCaller) ClusterThreshold(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "clusterThreshold")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ClusterThreshold is a free data retrieval call binding the contract method 0x76897781.
//
// Solidity: function clusterThreshold() view returns(uint8)
func (_ClusterRegistry *ClusterRegistrySession) ClusterThreshold() (uint8, error) {
	return _ClusterRegistry.Contract.ClusterThreshold(&_ClusterRegistry.CallOpts)
}

// ClusterThreshold is a free data retrieval call binding the contract method 0x76897781.
//
// Solidity: function clusterThreshold() view returns(uint8)
func (_ClusterRegistry *ClusterRegistryCallerSession) ClusterThreshold() (uint8, error) {
	return _ClusterRegistry.Contract.ClusterThreshold(&_ClusterRegistry.CallOpts)
}

// CurrentEpoch is a free data retrieval call binding the contract method 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint64)
func (_ClusterRegistry *ClusterRegistryCaller) CurrentEpoch(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "currentEpoch")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// CurrentEpoch is a free data retrieval call binding the contract method 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint64)
func (_ClusterRegistry *ClusterRegistrySession) CurrentEpoch() (uint64, error) {
	return _ClusterRegistry.Contract.CurrentEpoch(&_ClusterRegistry.CallOpts)
}

// CurrentEpoch is a free data retrieval call binding the contract method 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint64)
func (_ClusterRegistry *ClusterRegistryCallerSession) CurrentEpoch() (uint64, error) {
	return _ClusterRegistry.Contract.CurrentEpoch(&_ClusterRegistry.CallOpts)
}

// DrawWeight is a free data retrieval call binding the contract method 0xd086b4ba.
//
// Solidity: function drawWeight(uint256 index) view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCaller) DrawWeight(opts *bind.CallOpts, index *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "drawWeight", index)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// DrawWeight is a free data retrieval call binding the contract method 0xd086b4ba.
//
// Solidity: function drawWeight(uint256 index) view returns(uint256)
func (_ClusterRegistry *ClusterRegistrySession) DrawWeight(index *big.Int) (*big.Int, error) {
	return _ClusterRegistry.Contract.DrawWeight(&_ClusterRegistry.CallOpts, index)
}

// DrawWeight is a free data retrieval call binding the contract method 0xd086b4ba.
//
// Solidity: function drawWeight(uint256 index) view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCallerSession) DrawWeight(index *big.Int) (*big.Int, error) {
	return _ClusterRegistry.Contract.DrawWeight(&_ClusterRegistry.CallOpts, index)
}

// DrawWeights is a free data retrieval call binding the contract method 0x74220d86.
//
// Solidity: function drawWeights(uint256 start, uint256 count) view returns(uint256[] out)
func (_ClusterRegistry *ClusterRegistryCaller) DrawWeights(opts *bind.CallOpts, start *big.Int, count *big.Int) ([]*big.Int, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "drawWeights", start, count)

	if err != nil {
		return *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)

	return out0, err

}

// DrawWeights is a free data retrieval call binding the contract method 0x74220d86.
//
// Solidity: function drawWeights(uint256 start, uint256 count) view returns(uint256[] out)
func (_ClusterRegistry *ClusterRegistrySession) DrawWeights(start *big.Int, count *big.Int) ([]*big.Int, error) {
	return _ClusterRegistry.Contract.DrawWeights(&_ClusterRegistry.CallOpts, start, count)
}

// DrawWeights is a free data retrieval call binding the contract method 0x74220d86.
//
// Solidity: function drawWeights(uint256 start, uint256 count) view returns(uint256[] out)
func (_ClusterRegistry *ClusterRegistryCallerSession) DrawWeights(start *big.Int, count *big.Int) ([]*big.Int, error) {
	return _ClusterRegistry.Contract.DrawWeights(&_ClusterRegistry.CallOpts, start, count)
}

// EpochLength is a free data retrieval call binding the contract method 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint64)
func (_ClusterRegistry *ClusterRegistryCaller) EpochLength(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "epochLength")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// EpochLength is a free data retrieval call binding the contract method 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint64)
func (_ClusterRegistry *ClusterRegistrySession) EpochLength() (uint64, error) {
	return _ClusterRegistry.Contract.EpochLength(&_ClusterRegistry.CallOpts)
}

// EpochLength is a free data retrieval call binding the contract method 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint64)
func (_ClusterRegistry *ClusterRegistryCallerSession) EpochLength() (uint64, error) {
	return _ClusterRegistry.Contract.EpochLength(&_ClusterRegistry.CallOpts)
}

// EpochSeed is a free data retrieval call binding the contract method 0x0cfe406e.
//
// Solidity: function epochSeed() view returns(bytes32)
func (_ClusterRegistry *ClusterRegistryCaller) EpochSeed(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "epochSeed")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// EpochSeed is a free data retrieval call binding the contract method 0x0cfe406e.
//
// Solidity: function epochSeed() view returns(bytes32)
func (_ClusterRegistry *ClusterRegistrySession) EpochSeed() ([32]byte, error) {
	return _ClusterRegistry.Contract.EpochSeed(&_ClusterRegistry.CallOpts)
}

// EpochSeed is a free data retrieval call binding the contract method 0x0cfe406e.
//
// Solidity: function epochSeed() view returns(bytes32)
func (_ClusterRegistry *ClusterRegistryCallerSession) EpochSeed() ([32]byte, error) {
	return _ClusterRegistry.Contract.EpochSeed(&_ClusterRegistry.CallOpts)
}

// EpochStakeOf is a free data retrieval call binding the contract method 0x9cc1fc2a.
//
// Solidity: function epochStakeOf(uint64 epoch, uint256 index) view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCaller) EpochStakeOf(opts *bind.CallOpts, epoch uint64, index *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "epochStakeOf", epoch, index)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// EpochStakeOf is a free data retrieval call binding the contract method 0x9cc1fc2a.
//
// Solidity: function epochStakeOf(uint64 epoch, uint256 index) view returns(uint256)
func (_ClusterRegistry *ClusterRegistrySession) EpochStakeOf(epoch uint64, index *big.Int) (*big.Int, error) {
	return _ClusterRegistry.Contract.EpochStakeOf(&_ClusterRegistry.CallOpts, epoch, index)
}

// EpochStakeOf is a free data retrieval call binding the contract method 0x9cc1fc2a.
//
// Solidity: function epochStakeOf(uint64 epoch, uint256 index) view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCallerSession) EpochStakeOf(epoch uint64, index *big.Int) (*big.Int, error) {
	return _ClusterRegistry.Contract.EpochStakeOf(&_ClusterRegistry.CallOpts, epoch, index)
}

// EpochStartBlock is a free data retrieval call binding the contract method 0x3ed55b7b.
//
// Solidity: function epochStartBlock() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCaller) EpochStartBlock(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "epochStartBlock")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// EpochStartBlock is a free data retrieval call binding the contract method 0x3ed55b7b.
//
// Solidity: function epochStartBlock() view returns(uint256)
func (_ClusterRegistry *ClusterRegistrySession) EpochStartBlock() (*big.Int, error) {
	return _ClusterRegistry.Contract.EpochStartBlock(&_ClusterRegistry.CallOpts)
}

// EpochStartBlock is a free data retrieval call binding the contract method 0x3ed55b7b.
//
// Solidity: function epochStartBlock() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCallerSession) EpochStartBlock() (*big.Int, error) {
	return _ClusterRegistry.Contract.EpochStartBlock(&_ClusterRegistry.CallOpts)
}

// EpochTotalStake is a free data retrieval call binding the contract method 0xa07c9b5f.
//
// Solidity: function epochTotalStake(uint64 ) view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCaller) EpochTotalStake(opts *bind.CallOpts, arg0 uint64) (*big.Int, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "epochTotalStake", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// EpochTotalStake is a free data retrieval call binding the contract method 0xa07c9b5f.
//
// Solidity: function epochTotalStake(uint64 ) view returns(uint256)
func (_ClusterRegistry *ClusterRegistrySession) EpochTotalStake(arg0 uint64) (*big.Int, error) {
	return _ClusterRegistry.Contract.EpochTotalStake(&_ClusterRegistry.CallOpts, arg0)
}

// EpochTotalStake is a free data retrieval call binding the contract method 0xa07c9b5f.
//
// Solidity: function epochTotalStake(uint64 ) view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCallerSession) EpochTotalStake(arg0 uint64) (*big.Int, error) {
	return _ClusterRegistry.Contract.EpochTotalStake(&_ClusterRegistry.CallOpts, arg0)
}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_ClusterRegistry *ClusterRegistryCaller) Governance(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "governance")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_ClusterRegistry *ClusterRegistrySession) Governance() (common.Address, error) {
	return _ClusterRegistry.Contract.Governance(&_ClusterRegistry.CallOpts)
}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_ClusterRegistry *ClusterRegistryCallerSession) Governance() (common.Address, error) {
	return _ClusterRegistry.Contract.Governance(&_ClusterRegistry.CallOpts)
}

// IsElectedBlackBox is a free data retrieval call binding the contract method 0xd16c16ef.
//
// Solidity: function isElectedBlackBox(address enclaveWallet) view returns(bool)
func (_ClusterRegistry *ClusterRegistryCaller) IsElectedBlackBox(opts *bind.CallOpts, enclaveWallet common.Address) (bool, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "isElectedBlackBox", enclaveWallet)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsElectedBlackBox is a free data retrieval call binding the contract method 0xd16c16ef.
//
// Solidity: function isElectedBlackBox(address enclaveWallet) view returns(bool)
func (_ClusterRegistry *ClusterRegistrySession) IsElectedBlackBox(enclaveWallet common.Address) (bool, error) {
	return _ClusterRegistry.Contract.IsElectedBlackBox(&_ClusterRegistry.CallOpts, enclaveWallet)
}

// IsElectedBlackBox is a free data retrieval call binding the contract method 0xd16c16ef.
//
// Solidity: function isElectedBlackBox(address enclaveWallet) view returns(bool)
func (_ClusterRegistry *ClusterRegistryCallerSession) IsElectedBlackBox(enclaveWallet common.Address) (bool, error) {
	return _ClusterRegistry.Contract.IsElectedBlackBox(&_ClusterRegistry.CallOpts, enclaveWallet)
}

// IsMeasurementAllowed is a free data retrieval call binding the contract method 0xfb1bcd88.
//
// Solidity: function isMeasurementAllowed(bytes32 measurement) view returns(bool)
func (_ClusterRegistry *ClusterRegistryCaller) IsMeasurementAllowed(opts *bind.CallOpts, measurement [32]byte) (bool, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "isMeasurementAllowed", measurement)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsMeasurementAllowed is a free data retrieval call binding the contract method 0xfb1bcd88.
//
// Solidity: function isMeasurementAllowed(bytes32 measurement) view returns(bool)
func (_ClusterRegistry *ClusterRegistrySession) IsMeasurementAllowed(measurement [32]byte) (bool, error) {
	return _ClusterRegistry.Contract.IsMeasurementAllowed(&_ClusterRegistry.CallOpts, measurement)
}

// IsMeasurementAllowed is a free data retrieval call binding the contract method 0xfb1bcd88.
//
// Solidity: function isMeasurementAllowed(bytes32 measurement) view returns(bool)
func (_ClusterRegistry *ClusterRegistryCallerSession) IsMeasurementAllowed(measurement [32]byte) (bool, error) {
	return _ClusterRegistry.Contract.IsMeasurementAllowed(&_ClusterRegistry.CallOpts, measurement)
}

// MemberReports is a free data retrieval call binding the contract method 0x95e6ab5c.
//
// Solidity: function memberReports() view returns(address)
func (_ClusterRegistry *ClusterRegistryCaller) MemberReports(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "memberReports")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// MemberReports is a free data retrieval call binding the contract method 0x95e6ab5c.
//
// Solidity: function memberReports() view returns(address)
func (_ClusterRegistry *ClusterRegistrySession) MemberReports() (common.Address, error) {
	return _ClusterRegistry.Contract.MemberReports(&_ClusterRegistry.CallOpts)
}

// MemberReports is a free data retrieval call binding the contract method 0x95e6ab5c.
//
// Solidity: function memberReports() view returns(address)
func (_ClusterRegistry *ClusterRegistryCallerSession) MemberReports() (common.Address, error) {
	return _ClusterRegistry.Contract.MemberReports(&_ClusterRegistry.CallOpts)
}

// MinStake is a free data retrieval call binding the contract method 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCaller) MinStake(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "minStake")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MinStake is a free data retrieval call binding the contract method 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint256)
func (_ClusterRegistry *ClusterRegistrySession) MinStake() (*big.Int, error) {
	return _ClusterRegistry.Contract.MinStake(&_ClusterRegistry.CallOpts)
}

// MinStake is a free data retrieval call binding the contract method 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCallerSession) MinStake() (*big.Int, error) {
	return _ClusterRegistry.Contract.MinStake(&_ClusterRegistry.CallOpts)
}

// NodeAt is a free data retrieval call binding the contract method 0xf927727c.
//
// Solidity: function nodeAt(uint256 index) view returns((address,bytes,address,bytes32,bytes32,string[],uint256,uint8,uint64,uint64,uint64))
func (_ClusterRegistry *ClusterRegistryCaller) NodeAt(opts *bind.CallOpts, index *big.Int) (ClusterRegistryNode, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "nodeAt", index)

	if err != nil {
		return *new(ClusterRegistryNode), err
	}

	out0 := *abi.ConvertType(out[0], new(ClusterRegistryNode)).(*ClusterRegistryNode)

	return out0, err

}

// NodeAt is a free data retrieval call binding the contract method 0xf927727c.
//
// Solidity: function nodeAt(uint256 index) view returns((address,bytes,address,bytes32,bytes32,string[],uint256,uint8,uint64,uint64,uint64))
func (_ClusterRegistry *ClusterRegistrySession) NodeAt(index *big.Int) (ClusterRegistryNode, error) {
	return _ClusterRegistry.Contract.NodeAt(&_ClusterRegistry.CallOpts, index)
}

// NodeAt is a free data retrieval call binding the contract method 0xf927727c.
//
// Solidity: function nodeAt(uint256 index) view returns((address,bytes,address,bytes32,bytes32,string[],uint256,uint8,uint64,uint64,uint64))
func (_ClusterRegistry *ClusterRegistryCallerSession) NodeAt(index *big.Int) (ClusterRegistryNode, error) {
	return _ClusterRegistry.Contract.NodeAt(&_ClusterRegistry.CallOpts, index)
}

// NodeByEnclaveWallet is a free data retrieval call binding the contract method 0x570adc3b.
//
// Solidity: function nodeByEnclaveWallet(address enclaveWallet) view returns((address,bytes,address,bytes32,bytes32,string[],uint256,uint8,uint64,uint64,uint64))
func (_ClusterRegistry *ClusterRegistryCaller) NodeByEnclaveWallet(opts *bind.CallOpts, enclaveWallet common.Address) (ClusterRegistryNode, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "nodeByEnclaveWallet", enclaveWallet)

	if err != nil {
		return *new(ClusterRegistryNode), err
	}

	out0 := *abi.ConvertType(out[0], new(ClusterRegistryNode)).(*ClusterRegistryNode)

	return out0, err

}

// NodeByEnclaveWallet is a free data retrieval call binding the contract method 0x570adc3b.
//
// Solidity: function nodeByEnclaveWallet(address enclaveWallet) view returns((address,bytes,address,bytes32,bytes32,string[],uint256,uint8,uint64,uint64,uint64))
func (_ClusterRegistry *ClusterRegistrySession) NodeByEnclaveWallet(enclaveWallet common.Address) (ClusterRegistryNode, error) {
	return _ClusterRegistry.Contract.NodeByEnclaveWallet(&_ClusterRegistry.CallOpts, enclaveWallet)
}

// NodeByEnclaveWallet is a free data retrieval call binding the contract method 0x570adc3b.
//
// Solidity: function nodeByEnclaveWallet(address enclaveWallet) view returns((address,bytes,address,bytes32,bytes32,string[],uint256,uint8,uint64,uint64,uint64))
func (_ClusterRegistry *ClusterRegistryCallerSession) NodeByEnclaveWallet(enclaveWallet common.Address) (ClusterRegistryNode, error) {
	return _ClusterRegistry.Contract.NodeByEnclaveWallet(&_ClusterRegistry.CallOpts, enclaveWallet)
}

// NodeByPeerId is a free data retrieval call binding the contract method 0x9867b9a1.
//
// Solidity: function nodeByPeerId(bytes peerId) view returns((address,bytes,address,bytes32,bytes32,string[],uint256,uint8,uint64,uint64,uint64))
func (_ClusterRegistry *ClusterRegistryCaller) NodeByPeerId(opts *bind.CallOpts, peerId []byte) (ClusterRegistryNode, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "nodeByPeerId", peerId)

	if err != nil {
		return *new(ClusterRegistryNode), err
	}

	out0 := *abi.ConvertType(out[0], new(ClusterRegistryNode)).(*ClusterRegistryNode)

	return out0, err

}

// NodeByPeerId is a free data retrieval call binding the contract method 0x9867b9a1.
//
// Solidity: function nodeByPeerId(bytes peerId) view returns((address,bytes,address,bytes32,bytes32,string[],uint256,uint8,uint64,uint64,uint64))
func (_ClusterRegistry *ClusterRegistrySession) NodeByPeerId(peerId []byte) (ClusterRegistryNode, error) {
	return _ClusterRegistry.Contract.NodeByPeerId(&_ClusterRegistry.CallOpts, peerId)
}

// NodeByPeerId is a free data retrieval call binding the contract method 0x9867b9a1.
//
// Solidity: function nodeByPeerId(bytes peerId) view returns((address,bytes,address,bytes32,bytes32,string[],uint256,uint8,uint64,uint64,uint64))
func (_ClusterRegistry *ClusterRegistryCallerSession) NodeByPeerId(peerId []byte) (ClusterRegistryNode, error) {
	return _ClusterRegistry.Contract.NodeByPeerId(&_ClusterRegistry.CallOpts, peerId)
}

// NodeCount is a free data retrieval call binding the contract method 0x6da49b83.
//
// Solidity: function nodeCount() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCaller) NodeCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "nodeCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// NodeCount is a free data retrieval call binding the contract method 0x6da49b83.
//
// Solidity: function nodeCount() view returns(uint256)
func (_ClusterRegistry *ClusterRegistrySession) NodeCount() (*big.Int, error) {
	return _ClusterRegistry.Contract.NodeCount(&_ClusterRegistry.CallOpts)
}

// NodeCount is a free data retrieval call binding the contract method 0x6da49b83.
//
// Solidity: function nodeCount() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCallerSession) NodeCount() (*big.Int, error) {
	return _ClusterRegistry.Contract.NodeCount(&_ClusterRegistry.CallOpts)
}

// NodeIndexOf is a free data retrieval call binding the contract method 0x3857bfb0.
//
// Solidity: function nodeIndexOf(address operator) view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCaller) NodeIndexOf(opts *bind.CallOpts, operator common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "nodeIndexOf", operator)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// NodeIndexOf is a free data retrieval call binding the contract method 0x3857bfb0.
//
// Solidity: function nodeIndexOf(address operator) view returns(uint256)
func (_ClusterRegistry *ClusterRegistrySession) NodeIndexOf(operator common.Address) (*big.Int, error) {
	return _ClusterRegistry.Contract.NodeIndexOf(&_ClusterRegistry.CallOpts, operator)
}

// NodeIndexOf is a free data retrieval call binding the contract method 0x3857bfb0.
//
// Solidity: function nodeIndexOf(address operator) view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCallerSession) NodeIndexOf(operator common.Address) (*big.Int, error) {
	return _ClusterRegistry.Contract.NodeIndexOf(&_ClusterRegistry.CallOpts, operator)
}

// NodeOf is a free data retrieval call binding the contract method 0x682a9141.
//
// Solidity: function nodeOf(address operator) view returns((address,bytes,address,bytes32,bytes32,string[],uint256,uint8,uint64,uint64,uint64))
func (_ClusterRegistry *ClusterRegistryCaller) NodeOf(opts *bind.CallOpts, operator common.Address) (ClusterRegistryNode, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "nodeOf", operator)

	if err != nil {
		return *new(ClusterRegistryNode), err
	}

	out0 := *abi.ConvertType(out[0], new(ClusterRegistryNode)).(*ClusterRegistryNode)

	return out0, err

}

// NodeOf is a free data retrieval call binding the contract method 0x682a9141.
//
// Solidity: function nodeOf(address operator) view returns((address,bytes,address,bytes32,bytes32,string[],uint256,uint8,uint64,uint64,uint64))
func (_ClusterRegistry *ClusterRegistrySession) NodeOf(operator common.Address) (ClusterRegistryNode, error) {
	return _ClusterRegistry.Contract.NodeOf(&_ClusterRegistry.CallOpts, operator)
}

// NodeOf is a free data retrieval call binding the contract method 0x682a9141.
//
// Solidity: function nodeOf(address operator) view returns((address,bytes,address,bytes32,bytes32,string[],uint256,uint8,uint64,uint64,uint64))
func (_ClusterRegistry *ClusterRegistryCallerSession) NodeOf(operator common.Address) (ClusterRegistryNode, error) {
	return _ClusterRegistry.Contract.NodeOf(&_ClusterRegistry.CallOpts, operator)
}

// NodesRange is a free data retrieval call binding the contract method 0x28bef7e3.
//
// Solidity: function nodesRange(uint256 start, uint256 count) view returns((address,bytes,address,bytes32,bytes32,string[],uint256,uint8,uint64,uint64,uint64)[] out)
func (_ClusterRegistry *ClusterRegistryCaller) NodesRange(opts *bind.CallOpts, start *big.Int, count *big.Int) ([]ClusterRegistryNode, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "nodesRange", start, count)

	if err != nil {
		return *new([]ClusterRegistryNode), err
	}

	out0 := *abi.ConvertType(out[0], new([]ClusterRegistryNode)).(*[]ClusterRegistryNode)

	return out0, err

}

// NodesRange is a free data retrieval call binding the contract method 0x28bef7e3.
//
// Solidity: function nodesRange(uint256 start, uint256 count) view returns((address,bytes,address,bytes32,bytes32,string[],uint256,uint8,uint64,uint64,uint64)[] out)
func (_ClusterRegistry *ClusterRegistrySession) NodesRange(start *big.Int, count *big.Int) ([]ClusterRegistryNode, error) {
	return _ClusterRegistry.Contract.NodesRange(&_ClusterRegistry.CallOpts, start, count)
}

// NodesRange is a free data retrieval call binding the contract method 0x28bef7e3.
//
// Solidity: function nodesRange(uint256 start, uint256 count) view returns((address,bytes,address,bytes32,bytes32,string[],uint256,uint8,uint64,uint64,uint64)[] out)
func (_ClusterRegistry *ClusterRegistryCallerSession) NodesRange(start *big.Int, count *big.Int) ([]ClusterRegistryNode, error) {
	return _ClusterRegistry.Contract.NodesRange(&_ClusterRegistry.CallOpts, start, count)
}

// OperatorOf is a free data retrieval call binding the contract method 0xf41875e1.
//
// Solidity: function operatorOf(uint256 index) view returns(address)
func (_ClusterRegistry *ClusterRegistryCaller) OperatorOf(opts *bind.CallOpts, index *big.Int) (common.Address, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "operatorOf", index)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// OperatorOf is a free data retrieval call binding the contract method 0xf41875e1.
//
// Solidity: function operatorOf(uint256 index) view returns(address)
func (_ClusterRegistry *ClusterRegistrySession) OperatorOf(index *big.Int) (common.Address, error) {
	return _ClusterRegistry.Contract.OperatorOf(&_ClusterRegistry.CallOpts, index)
}

// OperatorOf is a free data retrieval call binding the contract method 0xf41875e1.
//
// Solidity: function operatorOf(uint256 index) view returns(address)
func (_ClusterRegistry *ClusterRegistryCallerSession) OperatorOf(index *big.Int) (common.Address, error) {
	return _ClusterRegistry.Contract.OperatorOf(&_ClusterRegistry.CallOpts, index)
}

// ParametersGovernance is a free data retrieval call binding the contract method 0x3acf641e.
//
// Solidity: function parametersGovernance() view returns(address)
func (_ClusterRegistry *ClusterRegistryCaller) ParametersGovernance(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "parametersGovernance")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ParametersGovernance is a free data retrieval call binding the contract method 0x3acf641e.
//
// Solidity: function parametersGovernance() view returns(address)
func (_ClusterRegistry *ClusterRegistrySession) ParametersGovernance() (common.Address, error) {
	return _ClusterRegistry.Contract.ParametersGovernance(&_ClusterRegistry.CallOpts)
}

// ParametersGovernance is a free data retrieval call binding the contract method 0x3acf641e.
//
// Solidity: function parametersGovernance() view returns(address)
func (_ClusterRegistry *ClusterRegistryCallerSession) ParametersGovernance() (common.Address, error) {
	return _ClusterRegistry.Contract.ParametersGovernance(&_ClusterRegistry.CallOpts)
}

// QueuedWeightCount is a free data retrieval call binding the contract method 0x113b5600.
//
// Solidity: function queuedWeightCount() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCaller) QueuedWeightCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "queuedWeightCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// QueuedWeightCount is a free data retrieval call binding the contract method 0x113b5600.
//
// Solidity: function queuedWeightCount() view returns(uint256)
func (_ClusterRegistry *ClusterRegistrySession) QueuedWeightCount() (*big.Int, error) {
	return _ClusterRegistry.Contract.QueuedWeightCount(&_ClusterRegistry.CallOpts)
}

// QueuedWeightCount is a free data retrieval call binding the contract method 0x113b5600.
//
// Solidity: function queuedWeightCount() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCallerSession) QueuedWeightCount() (*big.Int, error) {
	return _ClusterRegistry.Contract.QueuedWeightCount(&_ClusterRegistry.CallOpts)
}

// ReportedUntil is a free data retrieval call binding the contract method 0x1fd92a1b.
//
// Solidity: function reportedUntil(uint256 nodeIndex) view returns(uint64)
func (_ClusterRegistry *ClusterRegistryCaller) ReportedUntil(opts *bind.CallOpts, nodeIndex *big.Int) (uint64, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "reportedUntil", nodeIndex)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// ReportedUntil is a free data retrieval call binding the contract method 0x1fd92a1b.
//
// Solidity: function reportedUntil(uint256 nodeIndex) view returns(uint64)
func (_ClusterRegistry *ClusterRegistrySession) ReportedUntil(nodeIndex *big.Int) (uint64, error) {
	return _ClusterRegistry.Contract.ReportedUntil(&_ClusterRegistry.CallOpts, nodeIndex)
}

// ReportedUntil is a free data retrieval call binding the contract method 0x1fd92a1b.
//
// Solidity: function reportedUntil(uint256 nodeIndex) view returns(uint64)
func (_ClusterRegistry *ClusterRegistryCallerSession) ReportedUntil(nodeIndex *big.Int) (uint64, error) {
	return _ClusterRegistry.Contract.ReportedUntil(&_ClusterRegistry.CallOpts, nodeIndex)
}

// SimPlatformKey is a free data retrieval call binding the contract method 0x65406334.
//
// Solidity: function simPlatformKey() view returns(bytes32)
func (_ClusterRegistry *ClusterRegistryCaller) SimPlatformKey(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "simPlatformKey")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// SimPlatformKey is a free data retrieval call binding the contract method 0x65406334.
//
// Solidity: function simPlatformKey() view returns(bytes32)
func (_ClusterRegistry *ClusterRegistrySession) SimPlatformKey() ([32]byte, error) {
	return _ClusterRegistry.Contract.SimPlatformKey(&_ClusterRegistry.CallOpts)
}

// SimPlatformKey is a free data retrieval call binding the contract method 0x65406334.
//
// Solidity: function simPlatformKey() view returns(bytes32)
func (_ClusterRegistry *ClusterRegistryCallerSession) SimPlatformKey() ([32]byte, error) {
	return _ClusterRegistry.Contract.SimPlatformKey(&_ClusterRegistry.CallOpts)
}

// SimulatedEnclavesAllowed is a free data retrieval call binding the contract method 0x61112425.
//
// Solidity: function simulatedEnclavesAllowed() view returns(bool)
func (_ClusterRegistry *ClusterRegistryCaller) SimulatedEnclavesAllowed(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "simulatedEnclavesAllowed")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SimulatedEnclavesAllowed is a free data retrieval call binding the contract method 0x61112425.
//
// Solidity: function simulatedEnclavesAllowed() view returns(bool)
func (_ClusterRegistry *ClusterRegistrySession) SimulatedEnclavesAllowed() (bool, error) {
	return _ClusterRegistry.Contract.SimulatedEnclavesAllowed(&_ClusterRegistry.CallOpts)
}

// SimulatedEnclavesAllowed is a free data retrieval call binding the contract method 0x61112425.
//
// Solidity: function simulatedEnclavesAllowed() view returns(bool)
func (_ClusterRegistry *ClusterRegistryCallerSession) SimulatedEnclavesAllowed() (bool, error) {
	return _ClusterRegistry.Contract.SimulatedEnclavesAllowed(&_ClusterRegistry.CallOpts)
}

// SlashedSince is a free data retrieval call binding the contract method 0x645e569a.
//
// Solidity: function slashedSince(address ) view returns(uint64)
func (_ClusterRegistry *ClusterRegistryCaller) SlashedSince(opts *bind.CallOpts, arg0 common.Address) (uint64, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "slashedSince", arg0)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// SlashedSince is a free data retrieval call binding the contract method 0x645e569a.
//
// Solidity: function slashedSince(address ) view returns(uint64)
func (_ClusterRegistry *ClusterRegistrySession) SlashedSince(arg0 common.Address) (uint64, error) {
	return _ClusterRegistry.Contract.SlashedSince(&_ClusterRegistry.CallOpts, arg0)
}

// SlashedSince is a free data retrieval call binding the contract method 0x645e569a.
//
// Solidity: function slashedSince(address ) view returns(uint64)
func (_ClusterRegistry *ClusterRegistryCallerSession) SlashedSince(arg0 common.Address) (uint64, error) {
	return _ClusterRegistry.Contract.SlashedSince(&_ClusterRegistry.CallOpts, arg0)
}

// Slasher is a free data retrieval call binding the contract method 0xb1344271.
//
// Solidity: function slasher() view returns(address)
func (_ClusterRegistry *ClusterRegistryCaller) Slasher(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "slasher")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Slasher is a free data retrieval call binding the contract method 0xb1344271.
//
// Solidity: function slasher() view returns(address)
func (_ClusterRegistry *ClusterRegistrySession) Slasher() (common.Address, error) {
	return _ClusterRegistry.Contract.Slasher(&_ClusterRegistry.CallOpts)
}

// Slasher is a free data retrieval call binding the contract method 0xb1344271.
//
// Solidity: function slasher() view returns(address)
func (_ClusterRegistry *ClusterRegistryCallerSession) Slasher() (common.Address, error) {
	return _ClusterRegistry.Contract.Slasher(&_ClusterRegistry.CallOpts)
}

// StakingToken is a free data retrieval call binding the contract method 0x72f702f3.
//
// Solidity: function stakingToken() view returns(address)
func (_ClusterRegistry *ClusterRegistryCaller) StakingToken(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "stakingToken")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// StakingToken is a free data retrieval call binding the contract method 0x72f702f3.
//
// Solidity: function stakingToken() view returns(address)
func (_ClusterRegistry *ClusterRegistrySession) StakingToken() (common.Address, error) {
	return _ClusterRegistry.Contract.StakingToken(&_ClusterRegistry.CallOpts)
}

// StakingToken is a free data retrieval call binding the contract method 0x72f702f3.
//
// Solidity: function stakingToken() view returns(address)
func (_ClusterRegistry *ClusterRegistryCallerSession) StakingToken() (common.Address, error) {
	return _ClusterRegistry.Contract.StakingToken(&_ClusterRegistry.CallOpts)
}

// TargetClusterCount is a free data retrieval call binding the contract method 0x011c96e6.
//
// Solidity: function targetClusterCount() view returns(uint8)
func (_ClusterRegistry *ClusterRegistryCaller) TargetClusterCount(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "targetClusterCount")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// TargetClusterCount is a free data retrieval call binding the contract method 0x011c96e6.
//
// Solidity: function targetClusterCount() view returns(uint8)
func (_ClusterRegistry *ClusterRegistrySession) TargetClusterCount() (uint8, error) {
	return _ClusterRegistry.Contract.TargetClusterCount(&_ClusterRegistry.CallOpts)
}

// TargetClusterCount is a free data retrieval call binding the contract method 0x011c96e6.
//
// Solidity: function targetClusterCount() view returns(uint8)
func (_ClusterRegistry *ClusterRegistryCallerSession) TargetClusterCount() (uint8, error) {
	return _ClusterRegistry.Contract.TargetClusterCount(&_ClusterRegistry.CallOpts)
}

// TotalActiveStake is a free data retrieval call binding the contract method 0x28f73148.
//
// Solidity: function totalActiveStake() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCaller) TotalActiveStake(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "totalActiveStake")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalActiveStake is a free data retrieval call binding the contract method 0x28f73148.
//
// Solidity: function totalActiveStake() view returns(uint256)
func (_ClusterRegistry *ClusterRegistrySession) TotalActiveStake() (*big.Int, error) {
	return _ClusterRegistry.Contract.TotalActiveStake(&_ClusterRegistry.CallOpts)
}

// TotalActiveStake is a free data retrieval call binding the contract method 0x28f73148.
//
// Solidity: function totalActiveStake() view returns(uint256)
func (_ClusterRegistry *ClusterRegistryCallerSession) TotalActiveStake() (*big.Int, error) {
	return _ClusterRegistry.Contract.TotalActiveStake(&_ClusterRegistry.CallOpts)
}

// UnbondingDelay is a free data retrieval call binding the contract method 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (_ClusterRegistry *ClusterRegistryCaller) UnbondingDelay(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "unbondingDelay")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// UnbondingDelay is a free data retrieval call binding the contract method 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (_ClusterRegistry *ClusterRegistrySession) UnbondingDelay() (uint64, error) {
	return _ClusterRegistry.Contract.UnbondingDelay(&_ClusterRegistry.CallOpts)
}

// UnbondingDelay is a free data retrieval call binding the contract method 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (_ClusterRegistry *ClusterRegistryCallerSession) UnbondingDelay() (uint64, error) {
	return _ClusterRegistry.Contract.UnbondingDelay(&_ClusterRegistry.CallOpts)
}

// WasElectedBlackBox is a free data retrieval call binding the contract method 0xc416ed37.
//
// Solidity: function wasElectedBlackBox(uint64 epoch, address enclaveWallet) view returns(bool)
func (_ClusterRegistry *ClusterRegistryCaller) WasElectedBlackBox(opts *bind.CallOpts, epoch uint64, enclaveWallet common.Address) (bool, error) {
	var out []interface{}
	err := _ClusterRegistry.contract.Call(opts, &out, "wasElectedBlackBox", epoch, enclaveWallet)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// WasElectedBlackBox is a free data retrieval call binding the contract method 0xc416ed37.
//
// Solidity: function wasElectedBlackBox(uint64 epoch, address enclaveWallet) view returns(bool)
func (_ClusterRegistry *ClusterRegistrySession) WasElectedBlackBox(epoch uint64, enclaveWallet common.Address) (bool, error) {
	return _ClusterRegistry.Contract.WasElectedBlackBox(&_ClusterRegistry.CallOpts, epoch, enclaveWallet)
}

// WasElectedBlackBox is a free data retrieval call binding the contract method 0xc416ed37.
//
// Solidity: function wasElectedBlackBox(uint64 epoch, address enclaveWallet) view returns(bool)
func (_ClusterRegistry *ClusterRegistryCallerSession) WasElectedBlackBox(epoch uint64, enclaveWallet common.Address) (bool, error) {
	return _ClusterRegistry.Contract.WasElectedBlackBox(&_ClusterRegistry.CallOpts, epoch, enclaveWallet)
}

// AdvanceEpoch is a paid mutator transaction binding the contract method 0x3cf80e6c.
//
// Solidity: function advanceEpoch() returns()
func (_ClusterRegistry *ClusterRegistryTransactor) AdvanceEpoch(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ClusterRegistry.contract.Transact(opts, "advanceEpoch")
}

// AdvanceEpoch is a paid mutator transaction binding the contract method 0x3cf80e6c.
//
// Solidity: function advanceEpoch() returns()
func (_ClusterRegistry *ClusterRegistrySession) AdvanceEpoch() (*types.Transaction, error) {
	return _ClusterRegistry.Contract.AdvanceEpoch(&_ClusterRegistry.TransactOpts)
}

// AdvanceEpoch is a paid mutator transaction binding the contract method 0x3cf80e6c.
//
// Solidity: function advanceEpoch() returns()
func (_ClusterRegistry *ClusterRegistryTransactorSession) AdvanceEpoch() (*types.Transaction, error) {
	return _ClusterRegistry.Contract.AdvanceEpoch(&_ClusterRegistry.TransactOpts)
}

// MarkMissing is a paid mutator transaction binding the contract method 0xd812db08.
//
// Solidity: function markMissing(uint256 nodeIndex) returns()
func (_ClusterRegistry *ClusterRegistryTransactor) MarkMissing(opts *bind.TransactOpts, nodeIndex *big.Int) (*types.Transaction, error) {
	return _ClusterRegistry.contract.Transact(opts, "markMissing", nodeIndex)
}

// MarkMissing is a paid mutator transaction binding the contract method 0xd812db08.
//
// Solidity: function markMissing(uint256 nodeIndex) returns()
func (_ClusterRegistry *ClusterRegistrySession) MarkMissing(nodeIndex *big.Int) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.MarkMissing(&_ClusterRegistry.TransactOpts, nodeIndex)
}

// MarkMissing is a paid mutator transaction binding the contract method 0xd812db08.
//
// Solidity: function markMissing(uint256 nodeIndex) returns()
func (_ClusterRegistry *ClusterRegistryTransactorSession) MarkMissing(nodeIndex *big.Int) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.MarkMissing(&_ClusterRegistry.TransactOpts, nodeIndex)
}

// Register is a paid mutator transaction binding the contract method 0x91c05f09.
//
// Solidity: function register(bytes peerId, address enclaveWallet, bytes32 measurement, bytes32 transportKeyHash, string[] multiaddrs, uint256 amount) returns(uint256 index)
func (_ClusterRegistry *ClusterRegistryTransactor) Register(opts *bind.TransactOpts, peerId []byte, enclaveWallet common.Address, measurement [32]byte, transportKeyHash [32]byte, multiaddrs []string, amount *big.Int) (*types.Transaction, error) {
	return _ClusterRegistry.contract.Transact(opts, "register", peerId, enclaveWallet, measurement, transportKeyHash, multiaddrs, amount)
}

// Register is a paid mutator transaction binding the contract method 0x91c05f09.
//
// Solidity: function register(bytes peerId, address enclaveWallet, bytes32 measurement, bytes32 transportKeyHash, string[] multiaddrs, uint256 amount) returns(uint256 index)
func (_ClusterRegistry *ClusterRegistrySession) Register(peerId []byte, enclaveWallet common.Address, measurement [32]byte, transportKeyHash [32]byte, multiaddrs []string, amount *big.Int) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.Register(&_ClusterRegistry.TransactOpts, peerId, enclaveWallet, measurement, transportKeyHash, multiaddrs, amount)
}

// Register is a paid mutator transaction binding the contract method 0x91c05f09.
//
// Solidity: function register(bytes peerId, address enclaveWallet, bytes32 measurement, bytes32 transportKeyHash, string[] multiaddrs, uint256 amount) returns(uint256 index)
func (_ClusterRegistry *ClusterRegistryTransactorSession) Register(peerId []byte, enclaveWallet common.Address, measurement [32]byte, transportKeyHash [32]byte, multiaddrs []string, amount *big.Int) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.Register(&_ClusterRegistry.TransactOpts, peerId, enclaveWallet, measurement, transportKeyHash, multiaddrs, amount)
}

// Rejoin is a paid mutator transaction binding the contract method 0x19f6c845.
//
// Solidity: function rejoin() returns()
func (_ClusterRegistry *ClusterRegistryTransactor) Rejoin(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ClusterRegistry.contract.Transact(opts, "rejoin")
}

// Rejoin is a paid mutator transaction binding the contract method 0x19f6c845.
//
// Solidity: function rejoin() returns()
func (_ClusterRegistry *ClusterRegistrySession) Rejoin() (*types.Transaction, error) {
	return _ClusterRegistry.Contract.Rejoin(&_ClusterRegistry.TransactOpts)
}

// Rejoin is a paid mutator transaction binding the contract method 0x19f6c845.
//
// Solidity: function rejoin() returns()
func (_ClusterRegistry *ClusterRegistryTransactorSession) Rejoin() (*types.Transaction, error) {
	return _ClusterRegistry.Contract.Rejoin(&_ClusterRegistry.TransactOpts)
}

// RequestAdvance is a paid mutator transaction binding the contract method 0x11d576b3.
//
// Solidity: function requestAdvance() returns()
func (_ClusterRegistry *ClusterRegistryTransactor) RequestAdvance(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ClusterRegistry.contract.Transact(opts, "requestAdvance")
}

// RequestAdvance is a paid mutator transaction binding the contract method 0x11d576b3.
//
// Solidity: function requestAdvance() returns()
func (_ClusterRegistry *ClusterRegistrySession) RequestAdvance() (*types.Transaction, error) {
	return _ClusterRegistry.Contract.RequestAdvance(&_ClusterRegistry.TransactOpts)
}

// RequestAdvance is a paid mutator transaction binding the contract method 0x11d576b3.
//
// Solidity: function requestAdvance() returns()
func (_ClusterRegistry *ClusterRegistryTransactorSession) RequestAdvance() (*types.Transaction, error) {
	return _ClusterRegistry.Contract.RequestAdvance(&_ClusterRegistry.TransactOpts)
}

// SetBlackBoxCount is a paid mutator transaction binding the contract method 0x517f054a.
//
// Solidity: function setBlackBoxCount(uint8 v) returns()
func (_ClusterRegistry *ClusterRegistryTransactor) SetBlackBoxCount(opts *bind.TransactOpts, v uint8) (*types.Transaction, error) {
	return _ClusterRegistry.contract.Transact(opts, "setBlackBoxCount", v)
}

// SetBlackBoxCount is a paid mutator transaction binding the contract method 0x517f054a.
//
// Solidity: function setBlackBoxCount(uint8 v) returns()
func (_ClusterRegistry *ClusterRegistrySession) SetBlackBoxCount(v uint8) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetBlackBoxCount(&_ClusterRegistry.TransactOpts, v)
}

// SetBlackBoxCount is a paid mutator transaction binding the contract method 0x517f054a.
//
// Solidity: function setBlackBoxCount(uint8 v) returns()
func (_ClusterRegistry *ClusterRegistryTransactorSession) SetBlackBoxCount(v uint8) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetBlackBoxCount(&_ClusterRegistry.TransactOpts, v)
}

// SetClusterShape is a paid mutator transaction binding the contract method 0x37bbf30e.
//
// Solidity: function setClusterShape(uint8 size, uint8 threshold) returns()
func (_ClusterRegistry *ClusterRegistryTransactor) SetClusterShape(opts *bind.TransactOpts, size uint8, threshold uint8) (*types.Transaction, error) {
	return _ClusterRegistry.contract.Transact(opts, "setClusterShape", size, threshold)
}

// SetClusterShape is a paid mutator transaction binding the contract method 0x37bbf30e.
//
// Solidity: function setClusterShape(uint8 size, uint8 threshold) returns()
func (_ClusterRegistry *ClusterRegistrySession) SetClusterShape(size uint8, threshold uint8) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetClusterShape(&_ClusterRegistry.TransactOpts, size, threshold)
}

// SetClusterShape is a paid mutator transaction binding the contract method 0x37bbf30e.
//
// Solidity: function setClusterShape(uint8 size, uint8 threshold) returns()
func (_ClusterRegistry *ClusterRegistryTransactorSession) SetClusterShape(size uint8, threshold uint8) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetClusterShape(&_ClusterRegistry.TransactOpts, size, threshold)
}

// SetEpochLength is a paid mutator transaction binding the contract method 0x38b2393d.
//
// Solidity: function setEpochLength(uint64 v) returns()
func (_ClusterRegistry *ClusterRegistryTransactor) SetEpochLength(opts *bind.TransactOpts, v uint64) (*types.Transaction, error) {
	return _ClusterRegistry.contract.Transact(opts, "setEpochLength", v)
}

// SetEpochLength is a paid mutator transaction binding the contract method 0x38b2393d.
//
// Solidity: function setEpochLength(uint64 v) returns()
func (_ClusterRegistry *ClusterRegistrySession) SetEpochLength(v uint64) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetEpochLength(&_ClusterRegistry.TransactOpts, v)
}

// SetEpochLength is a paid mutator transaction binding the contract method 0x38b2393d.
//
// Solidity: function setEpochLength(uint64 v) returns()
func (_ClusterRegistry *ClusterRegistryTransactorSession) SetEpochLength(v uint64) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetEpochLength(&_ClusterRegistry.TransactOpts, v)
}

// SetMeasurementAllowed is a paid mutator transaction binding the contract method 0xd01ac2b6.
//
// Solidity: function setMeasurementAllowed(bytes32 measurement, bool allowed) returns()
func (_ClusterRegistry *ClusterRegistryTransactor) SetMeasurementAllowed(opts *bind.TransactOpts, measurement [32]byte, allowed bool) (*types.Transaction, error) {
	return _ClusterRegistry.contract.Transact(opts, "setMeasurementAllowed", measurement, allowed)
}

// SetMeasurementAllowed is a paid mutator transaction binding the contract method 0xd01ac2b6.
//
// Solidity: function setMeasurementAllowed(bytes32 measurement, bool allowed) returns()
func (_ClusterRegistry *ClusterRegistrySession) SetMeasurementAllowed(measurement [32]byte, allowed bool) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetMeasurementAllowed(&_ClusterRegistry.TransactOpts, measurement, allowed)
}

// SetMeasurementAllowed is a paid mutator transaction binding the contract method 0xd01ac2b6.
//
// Solidity: function setMeasurementAllowed(bytes32 measurement, bool allowed) returns()
func (_ClusterRegistry *ClusterRegistryTransactorSession) SetMeasurementAllowed(measurement [32]byte, allowed bool) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetMeasurementAllowed(&_ClusterRegistry.TransactOpts, measurement, allowed)
}

// SetMemberReports is a paid mutator transaction binding the contract method 0x135f02b3.
//
// Solidity: function setMemberReports(address v) returns()
func (_ClusterRegistry *ClusterRegistryTransactor) SetMemberReports(opts *bind.TransactOpts, v common.Address) (*types.Transaction, error) {
	return _ClusterRegistry.contract.Transact(opts, "setMemberReports", v)
}

// SetMemberReports is a paid mutator transaction binding the contract method 0x135f02b3.
//
// Solidity: function setMemberReports(address v) returns()
func (_ClusterRegistry *ClusterRegistrySession) SetMemberReports(v common.Address) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetMemberReports(&_ClusterRegistry.TransactOpts, v)
}

// SetMemberReports is a paid mutator transaction binding the contract method 0x135f02b3.
//
// Solidity: function setMemberReports(address v) returns()
func (_ClusterRegistry *ClusterRegistryTransactorSession) SetMemberReports(v common.Address) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetMemberReports(&_ClusterRegistry.TransactOpts, v)
}

// SetMinStake is a paid mutator transaction binding the contract method 0x8c80fd90.
//
// Solidity: function setMinStake(uint256 v) returns()
func (_ClusterRegistry *ClusterRegistryTransactor) SetMinStake(opts *bind.TransactOpts, v *big.Int) (*types.Transaction, error) {
	return _ClusterRegistry.contract.Transact(opts, "setMinStake", v)
}

// SetMinStake is a paid mutator transaction binding the contract method 0x8c80fd90.
//
// Solidity: function setMinStake(uint256 v) returns()
func (_ClusterRegistry *ClusterRegistrySession) SetMinStake(v *big.Int) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetMinStake(&_ClusterRegistry.TransactOpts, v)
}

// SetMinStake is a paid mutator transaction binding the contract method 0x8c80fd90.
//
// Solidity: function setMinStake(uint256 v) returns()
func (_ClusterRegistry *ClusterRegistryTransactorSession) SetMinStake(v *big.Int) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetMinStake(&_ClusterRegistry.TransactOpts, v)
}

// SetParametersGovernance is a paid mutator transaction binding the contract method 0xeaeeb0ed.
//
// Solidity: function setParametersGovernance(address newParametersGovernance) returns()
func (_ClusterRegistry *ClusterRegistryTransactor) SetParametersGovernance(opts *bind.TransactOpts, newParametersGovernance common.Address) (*types.Transaction, error) {
	return _ClusterRegistry.contract.Transact(opts, "setParametersGovernance", newParametersGovernance)
}

// SetParametersGovernance is a paid mutator transaction binding the contract method 0xeaeeb0ed.
//
// Solidity: function setParametersGovernance(address newParametersGovernance) returns()
func (_ClusterRegistry *ClusterRegistrySession) SetParametersGovernance(newParametersGovernance common.Address) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetParametersGovernance(&_ClusterRegistry.TransactOpts, newParametersGovernance)
}

// SetParametersGovernance is a paid mutator transaction binding the contract method 0xeaeeb0ed.
//
// Solidity: function setParametersGovernance(address newParametersGovernance) returns()
func (_ClusterRegistry *ClusterRegistryTransactorSession) SetParametersGovernance(newParametersGovernance common.Address) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetParametersGovernance(&_ClusterRegistry.TransactOpts, newParametersGovernance)
}

// SetSimPlatformKey is a paid mutator transaction binding the contract method 0x252b39c8.
//
// Solidity: function setSimPlatformKey(bytes32 key) returns()
func (_ClusterRegistry *ClusterRegistryTransactor) SetSimPlatformKey(opts *bind.TransactOpts, key [32]byte) (*types.Transaction, error) {
	return _ClusterRegistry.contract.Transact(opts, "setSimPlatformKey", key)
}

// SetSimPlatformKey is a paid mutator transaction binding the contract method 0x252b39c8.
//
// Solidity: function setSimPlatformKey(bytes32 key) returns()
func (_ClusterRegistry *ClusterRegistrySession) SetSimPlatformKey(key [32]byte) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetSimPlatformKey(&_ClusterRegistry.TransactOpts, key)
}

// SetSimPlatformKey is a paid mutator transaction binding the contract method 0x252b39c8.
//
// Solidity: function setSimPlatformKey(bytes32 key) returns()
func (_ClusterRegistry *ClusterRegistryTransactorSession) SetSimPlatformKey(key [32]byte) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetSimPlatformKey(&_ClusterRegistry.TransactOpts, key)
}

// SetSimulatedEnclavesAllowed is a paid mutator transaction binding the contract method 0x2af84c5e.
//
// Solidity: function setSimulatedEnclavesAllowed(bool allowed) returns()
func (_ClusterRegistry *ClusterRegistryTransactor) SetSimulatedEnclavesAllowed(opts *bind.TransactOpts, allowed bool) (*types.Transaction, error) {
	return _ClusterRegistry.contract.Transact(opts, "setSimulatedEnclavesAllowed", allowed)
}

// SetSimulatedEnclavesAllowed is a paid mutator transaction binding the contract method 0x2af84c5e.
//
// Solidity: function setSimulatedEnclavesAllowed(bool allowed) returns()
func (_ClusterRegistry *ClusterRegistrySession) SetSimulatedEnclavesAllowed(allowed bool) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetSimulatedEnclavesAllowed(&_ClusterRegistry.TransactOpts, allowed)
}

// SetSimulatedEnclavesAllowed is a paid mutator transaction binding the contract method 0x2af84c5e.
//
// Solidity: function setSimulatedEnclavesAllowed(bool allowed) returns()
func (_ClusterRegistry *ClusterRegistryTransactorSession) SetSimulatedEnclavesAllowed(allowed bool) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetSimulatedEnclavesAllowed(&_ClusterRegistry.TransactOpts, allowed)
}

// SetSlasher is a paid mutator transaction binding the contract method 0xaabc2496.
//
// Solidity: function setSlasher(address newSlasher) returns()
func (_ClusterRegistry *ClusterRegistryTransactor) SetSlasher(opts *bind.TransactOpts, newSlasher common.Address) (*types.Transaction, error) {
	return _ClusterRegistry.contract.Transact(opts, "setSlasher", newSlasher)
}

// SetSlasher is a paid mutator transaction binding the contract method 0xaabc2496.
//
// Solidity: function setSlasher(address newSlasher) returns()
func (_ClusterRegistry *ClusterRegistrySession) SetSlasher(newSlasher common.Address) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetSlasher(&_ClusterRegistry.TransactOpts, newSlasher)
}

// SetSlasher is a paid mutator transaction binding the contract method 0xaabc2496.
//
// Solidity: function setSlasher(address newSlasher) returns()
func (_ClusterRegistry *ClusterRegistryTransactorSession) SetSlasher(newSlasher common.Address) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetSlasher(&_ClusterRegistry.TransactOpts, newSlasher)
}

// SetTargetClusterCount is a paid mutator transaction binding the contract method 0xc9cd76d3.
//
// Solidity: function setTargetClusterCount(uint8 v) returns()
func (_ClusterRegistry *ClusterRegistryTransactor) SetTargetClusterCount(opts *bind.TransactOpts, v uint8) (*types.Transaction, error) {
	return _ClusterRegistry.contract.Transact(opts, "setTargetClusterCount", v)
}

// SetTargetClusterCount is a paid mutator transaction binding the contract method 0xc9cd76d3.
//
// Solidity: function setTargetClusterCount(uint8 v) returns()
func (_ClusterRegistry *ClusterRegistrySession) SetTargetClusterCount(v uint8) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetTargetClusterCount(&_ClusterRegistry.TransactOpts, v)
}

// SetTargetClusterCount is a paid mutator transaction binding the contract method 0xc9cd76d3.
//
// Solidity: function setTargetClusterCount(uint8 v) returns()
func (_ClusterRegistry *ClusterRegistryTransactorSession) SetTargetClusterCount(v uint8) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetTargetClusterCount(&_ClusterRegistry.TransactOpts, v)
}

// SetUnbondingDelay is a paid mutator transaction binding the contract method 0x429e03b2.
//
// Solidity: function setUnbondingDelay(uint64 v) returns()
func (_ClusterRegistry *ClusterRegistryTransactor) SetUnbondingDelay(opts *bind.TransactOpts, v uint64) (*types.Transaction, error) {
	return _ClusterRegistry.contract.Transact(opts, "setUnbondingDelay", v)
}

// SetUnbondingDelay is a paid mutator transaction binding the contract method 0x429e03b2.
//
// Solidity: function setUnbondingDelay(uint64 v) returns()
func (_ClusterRegistry *ClusterRegistrySession) SetUnbondingDelay(v uint64) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetUnbondingDelay(&_ClusterRegistry.TransactOpts, v)
}

// SetUnbondingDelay is a paid mutator transaction binding the contract method 0x429e03b2.
//
// Solidity: function setUnbondingDelay(uint64 v) returns()
func (_ClusterRegistry *ClusterRegistryTransactorSession) SetUnbondingDelay(v uint64) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.SetUnbondingDelay(&_ClusterRegistry.TransactOpts, v)
}

// Slash is a paid mutator transaction binding the contract method 0xf82bf784.
//
// Solidity: function slash(address enclaveWallet, uint16 slashBps, bytes32 evidenceHash) returns(uint256 index, uint256 amount)
func (_ClusterRegistry *ClusterRegistryTransactor) Slash(opts *bind.TransactOpts, enclaveWallet common.Address, slashBps uint16, evidenceHash [32]byte) (*types.Transaction, error) {
	return _ClusterRegistry.contract.Transact(opts, "slash", enclaveWallet, slashBps, evidenceHash)
}

// Slash is a paid mutator transaction binding the contract method 0xf82bf784.
//
// Solidity: function slash(address enclaveWallet, uint16 slashBps, bytes32 evidenceHash) returns(uint256 index, uint256 amount)
func (_ClusterRegistry *ClusterRegistrySession) Slash(enclaveWallet common.Address, slashBps uint16, evidenceHash [32]byte) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.Slash(&_ClusterRegistry.TransactOpts, enclaveWallet, slashBps, evidenceHash)
}

// Slash is a paid mutator transaction binding the contract method 0xf82bf784.
//
// Solidity: function slash(address enclaveWallet, uint16 slashBps, bytes32 evidenceHash) returns(uint256 index, uint256 amount)
func (_ClusterRegistry *ClusterRegistryTransactorSession) Slash(enclaveWallet common.Address, slashBps uint16, evidenceHash [32]byte) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.Slash(&_ClusterRegistry.TransactOpts, enclaveWallet, slashBps, evidenceHash)
}

// TopUp is a paid mutator transaction binding the contract method 0x50017f3e.
//
// Solidity: function topUp(uint256 amount) returns()
func (_ClusterRegistry *ClusterRegistryTransactor) TopUp(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _ClusterRegistry.contract.Transact(opts, "topUp", amount)
}

// TopUp is a paid mutator transaction binding the contract method 0x50017f3e.
//
// Solidity: function topUp(uint256 amount) returns()
func (_ClusterRegistry *ClusterRegistrySession) TopUp(amount *big.Int) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.TopUp(&_ClusterRegistry.TransactOpts, amount)
}

// TopUp is a paid mutator transaction binding the contract method 0x50017f3e.
//
// Solidity: function topUp(uint256 amount) returns()
func (_ClusterRegistry *ClusterRegistryTransactorSession) TopUp(amount *big.Int) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.TopUp(&_ClusterRegistry.TransactOpts, amount)
}

// TransferGovernance is a paid mutator transaction binding the contract method 0xd38bfff4.
//
// Solidity: function transferGovernance(address newGovernance) returns()
func (_ClusterRegistry *ClusterRegistryTransactor) TransferGovernance(opts *bind.TransactOpts, newGovernance common.Address) (*types.Transaction, error) {
	return _ClusterRegistry.contract.Transact(opts, "transferGovernance", newGovernance)
}

// TransferGovernance is a paid mutator transaction binding the contract method 0xd38bfff4.
//
// Solidity: function transferGovernance(address newGovernance) returns()
func (_ClusterRegistry *ClusterRegistrySession) TransferGovernance(newGovernance common.Address) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.TransferGovernance(&_ClusterRegistry.TransactOpts, newGovernance)
}

// TransferGovernance is a paid mutator transaction binding the contract method 0xd38bfff4.
//
// Solidity: function transferGovernance(address newGovernance) returns()
func (_ClusterRegistry *ClusterRegistryTransactorSession) TransferGovernance(newGovernance common.Address) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.TransferGovernance(&_ClusterRegistry.TransactOpts, newGovernance)
}

// Unbond is a paid mutator transaction binding the contract method 0x5df6a6bc.
//
// Solidity: function unbond() returns()
func (_ClusterRegistry *ClusterRegistryTransactor) Unbond(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ClusterRegistry.contract.Transact(opts, "unbond")
}

// Unbond is a paid mutator transaction binding the contract method 0x5df6a6bc.
//
// Solidity: function unbond() returns()
func (_ClusterRegistry *ClusterRegistrySession) Unbond() (*types.Transaction, error) {
	return _ClusterRegistry.Contract.Unbond(&_ClusterRegistry.TransactOpts)
}

// Unbond is a paid mutator transaction binding the contract method 0x5df6a6bc.
//
// Solidity: function unbond() returns()
func (_ClusterRegistry *ClusterRegistryTransactorSession) Unbond() (*types.Transaction, error) {
	return _ClusterRegistry.Contract.Unbond(&_ClusterRegistry.TransactOpts)
}

// UpdateMultiaddrs is a paid mutator transaction binding the contract method 0x5702e02c.
//
// Solidity: function updateMultiaddrs(string[] multiaddrs) returns()
func (_ClusterRegistry *ClusterRegistryTransactor) UpdateMultiaddrs(opts *bind.TransactOpts, multiaddrs []string) (*types.Transaction, error) {
	return _ClusterRegistry.contract.Transact(opts, "updateMultiaddrs", multiaddrs)
}

// UpdateMultiaddrs is a paid mutator transaction binding the contract method 0x5702e02c.
//
// Solidity: function updateMultiaddrs(string[] multiaddrs) returns()
func (_ClusterRegistry *ClusterRegistrySession) UpdateMultiaddrs(multiaddrs []string) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.UpdateMultiaddrs(&_ClusterRegistry.TransactOpts, multiaddrs)
}

// UpdateMultiaddrs is a paid mutator transaction binding the contract method 0x5702e02c.
//
// Solidity: function updateMultiaddrs(string[] multiaddrs) returns()
func (_ClusterRegistry *ClusterRegistryTransactorSession) UpdateMultiaddrs(multiaddrs []string) (*types.Transaction, error) {
	return _ClusterRegistry.Contract.UpdateMultiaddrs(&_ClusterRegistry.TransactOpts, multiaddrs)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_ClusterRegistry *ClusterRegistryTransactor) Withdraw(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ClusterRegistry.contract.Transact(opts, "withdraw")
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_ClusterRegistry *ClusterRegistrySession) Withdraw() (*types.Transaction, error) {
	return _ClusterRegistry.Contract.Withdraw(&_ClusterRegistry.TransactOpts)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_ClusterRegistry *ClusterRegistryTransactorSession) Withdraw() (*types.Transaction, error) {
	return _ClusterRegistry.Contract.Withdraw(&_ClusterRegistry.TransactOpts)
}

// ClusterRegistryAdvanceRequestedIterator is returned from FilterAdvanceRequested and is used to iterate over the raw logs and unpacked data for AdvanceRequested events raised by the ClusterRegistry contract.
type ClusterRegistryAdvanceRequestedIterator struct {
	Event *ClusterRegistryAdvanceRequested // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistryAdvanceRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistryAdvanceRequested)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistryAdvanceRequested)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistryAdvanceRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistryAdvanceRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistryAdvanceRequested represents a AdvanceRequested event raised by the ClusterRegistry contract.
type ClusterRegistryAdvanceRequested struct {
	Epoch        uint64
	RequestBlock *big.Int
	SeedBlock    *big.Int
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterAdvanceRequested is a free log retrieval operation binding the contract event 0x438ae0637f3ebc141d73e9180ae4fb5939a23c512739e0f235504a3ef5643632.
//
// Solidity: event AdvanceRequested(uint64 indexed epoch, uint256 requestBlock, uint256 seedBlock)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterAdvanceRequested(opts *bind.FilterOpts, epoch []uint64) (*ClusterRegistryAdvanceRequestedIterator, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "AdvanceRequested", epochRule)
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryAdvanceRequestedIterator{contract: _ClusterRegistry.contract, event: "AdvanceRequested", logs: logs, sub: sub}, nil
}

// WatchAdvanceRequested is a free log subscription operation binding the contract event 0x438ae0637f3ebc141d73e9180ae4fb5939a23c512739e0f235504a3ef5643632.
//
// Solidity: event AdvanceRequested(uint64 indexed epoch, uint256 requestBlock, uint256 seedBlock)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchAdvanceRequested(opts *bind.WatchOpts, sink chan<- *ClusterRegistryAdvanceRequested, epoch []uint64) (event.Subscription, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "AdvanceRequested", epochRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistryAdvanceRequested)
				if err := _ClusterRegistry.contract.UnpackLog(event, "AdvanceRequested", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAdvanceRequested is a log parse operation binding the contract event 0x438ae0637f3ebc141d73e9180ae4fb5939a23c512739e0f235504a3ef5643632.
//
// Solidity: event AdvanceRequested(uint64 indexed epoch, uint256 requestBlock, uint256 seedBlock)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseAdvanceRequested(log types.Log) (*ClusterRegistryAdvanceRequested, error) {
	event := new(ClusterRegistryAdvanceRequested)
	if err := _ClusterRegistry.contract.UnpackLog(event, "AdvanceRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistryBlackBoxCountChangedIterator is returned from FilterBlackBoxCountChanged and is used to iterate over the raw logs and unpacked data for BlackBoxCountChanged events raised by the ClusterRegistry contract.
type ClusterRegistryBlackBoxCountChangedIterator struct {
	Event *ClusterRegistryBlackBoxCountChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistryBlackBoxCountChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistryBlackBoxCountChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistryBlackBoxCountChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistryBlackBoxCountChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistryBlackBoxCountChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistryBlackBoxCountChanged represents a BlackBoxCountChanged event raised by the ClusterRegistry contract.
type ClusterRegistryBlackBoxCountChanged struct {
	BlackBoxCount uint8
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterBlackBoxCountChanged is a free log retrieval operation binding the contract event 0x8a63f6ec305dcc6415cc5e8a1994203cf9acf0feb0c957bfc74a114539df3aa8.
//
// Solidity: event BlackBoxCountChanged(uint8 blackBoxCount)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterBlackBoxCountChanged(opts *bind.FilterOpts) (*ClusterRegistryBlackBoxCountChangedIterator, error) {

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "BlackBoxCountChanged")
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryBlackBoxCountChangedIterator{contract: _ClusterRegistry.contract, event: "BlackBoxCountChanged", logs: logs, sub: sub}, nil
}

// WatchBlackBoxCountChanged is a free log subscription operation binding the contract event 0x8a63f6ec305dcc6415cc5e8a1994203cf9acf0feb0c957bfc74a114539df3aa8.
//
// Solidity: event BlackBoxCountChanged(uint8 blackBoxCount)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchBlackBoxCountChanged(opts *bind.WatchOpts, sink chan<- *ClusterRegistryBlackBoxCountChanged) (event.Subscription, error) {

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "BlackBoxCountChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistryBlackBoxCountChanged)
				if err := _ClusterRegistry.contract.UnpackLog(event, "BlackBoxCountChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBlackBoxCountChanged is a log parse operation binding the contract event 0x8a63f6ec305dcc6415cc5e8a1994203cf9acf0feb0c957bfc74a114539df3aa8.
//
// Solidity: event BlackBoxCountChanged(uint8 blackBoxCount)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseBlackBoxCountChanged(log types.Log) (*ClusterRegistryBlackBoxCountChanged, error) {
	event := new(ClusterRegistryBlackBoxCountChanged)
	if err := _ClusterRegistry.contract.UnpackLog(event, "BlackBoxCountChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistryClusterFormedIterator is returned from FilterClusterFormed and is used to iterate over the raw logs and unpacked data for ClusterFormed events raised by the ClusterRegistry contract.
type ClusterRegistryClusterFormedIterator struct {
	Event *ClusterRegistryClusterFormed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistryClusterFormedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistryClusterFormed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistryClusterFormed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistryClusterFormedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistryClusterFormedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistryClusterFormed represents a ClusterFormed event raised by the ClusterRegistry contract.
type ClusterRegistryClusterFormed struct {
	ClusterId uint8
	Members   []common.Address
	Epoch     uint64
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterClusterFormed is a free log retrieval operation binding the contract event 0xf77ceac0465c6af5b63fac9399e2e373460d215e6a210b9951e55cba5a97fa95.
//
// Solidity: event ClusterFormed(uint8 indexed clusterId, address[] members, uint64 epoch)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterClusterFormed(opts *bind.FilterOpts, clusterId []uint8) (*ClusterRegistryClusterFormedIterator, error) {

	var clusterIdRule []interface{}
	for _, clusterIdItem := range clusterId {
		clusterIdRule = append(clusterIdRule, clusterIdItem)
	}

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "ClusterFormed", clusterIdRule)
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryClusterFormedIterator{contract: _ClusterRegistry.contract, event: "ClusterFormed", logs: logs, sub: sub}, nil
}

// WatchClusterFormed is a free log subscription operation binding the contract event 0xf77ceac0465c6af5b63fac9399e2e373460d215e6a210b9951e55cba5a97fa95.
//
// Solidity: event ClusterFormed(uint8 indexed clusterId, address[] members, uint64 epoch)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchClusterFormed(opts *bind.WatchOpts, sink chan<- *ClusterRegistryClusterFormed, clusterId []uint8) (event.Subscription, error) {

	var clusterIdRule []interface{}
	for _, clusterIdItem := range clusterId {
		clusterIdRule = append(clusterIdRule, clusterIdItem)
	}

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "ClusterFormed", clusterIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistryClusterFormed)
				if err := _ClusterRegistry.contract.UnpackLog(event, "ClusterFormed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseClusterFormed is a log parse operation binding the contract event 0xf77ceac0465c6af5b63fac9399e2e373460d215e6a210b9951e55cba5a97fa95.
//
// Solidity: event ClusterFormed(uint8 indexed clusterId, address[] members, uint64 epoch)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseClusterFormed(log types.Log) (*ClusterRegistryClusterFormed, error) {
	event := new(ClusterRegistryClusterFormed)
	if err := _ClusterRegistry.contract.UnpackLog(event, "ClusterFormed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistryClusterMemberReplacedIterator is returned from FilterClusterMemberReplaced and is used to iterate over the raw logs and unpacked data for ClusterMemberReplaced events raised by the ClusterRegistry contract.
type ClusterRegistryClusterMemberReplacedIterator struct {
	Event *ClusterRegistryClusterMemberReplaced // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistryClusterMemberReplacedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistryClusterMemberReplaced)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistryClusterMemberReplaced)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistryClusterMemberReplacedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistryClusterMemberReplacedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistryClusterMemberReplaced represents a ClusterMemberReplaced event raised by the ClusterRegistry contract.
type ClusterRegistryClusterMemberReplaced struct {
	ClusterId   uint8
	OldOperator common.Address
	NewOperator common.Address
	Epoch       uint64
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterClusterMemberReplaced is a free log retrieval operation binding the contract event 0x9af13ce84f430ba1db375709d751907a82ad53e6674113c1f5130fa59740b707.
//
// Solidity: event ClusterMemberReplaced(uint8 indexed clusterId, address oldOperator, address newOperator, uint64 epoch)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterClusterMemberReplaced(opts *bind.FilterOpts, clusterId []uint8) (*ClusterRegistryClusterMemberReplacedIterator, error) {

	var clusterIdRule []interface{}
	for _, clusterIdItem := range clusterId {
		clusterIdRule = append(clusterIdRule, clusterIdItem)
	}

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "ClusterMemberReplaced", clusterIdRule)
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryClusterMemberReplacedIterator{contract: _ClusterRegistry.contract, event: "ClusterMemberReplaced", logs: logs, sub: sub}, nil
}

// WatchClusterMemberReplaced is a free log subscription operation binding the contract event 0x9af13ce84f430ba1db375709d751907a82ad53e6674113c1f5130fa59740b707.
//
// Solidity: event ClusterMemberReplaced(uint8 indexed clusterId, address oldOperator, address newOperator, uint64 epoch)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchClusterMemberReplaced(opts *bind.WatchOpts, sink chan<- *ClusterRegistryClusterMemberReplaced, clusterId []uint8) (event.Subscription, error) {

	var clusterIdRule []interface{}
	for _, clusterIdItem := range clusterId {
		clusterIdRule = append(clusterIdRule, clusterIdItem)
	}

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "ClusterMemberReplaced", clusterIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistryClusterMemberReplaced)
				if err := _ClusterRegistry.contract.UnpackLog(event, "ClusterMemberReplaced", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseClusterMemberReplaced is a log parse operation binding the contract event 0x9af13ce84f430ba1db375709d751907a82ad53e6674113c1f5130fa59740b707.
//
// Solidity: event ClusterMemberReplaced(uint8 indexed clusterId, address oldOperator, address newOperator, uint64 epoch)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseClusterMemberReplaced(log types.Log) (*ClusterRegistryClusterMemberReplaced, error) {
	event := new(ClusterRegistryClusterMemberReplaced)
	if err := _ClusterRegistry.contract.UnpackLog(event, "ClusterMemberReplaced", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistryClusterShapeChangedIterator is returned from FilterClusterShapeChanged and is used to iterate over the raw logs and unpacked data for ClusterShapeChanged events raised by the ClusterRegistry contract.
type ClusterRegistryClusterShapeChangedIterator struct {
	Event *ClusterRegistryClusterShapeChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistryClusterShapeChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistryClusterShapeChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistryClusterShapeChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistryClusterShapeChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistryClusterShapeChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistryClusterShapeChanged represents a ClusterShapeChanged event raised by the ClusterRegistry contract.
type ClusterRegistryClusterShapeChanged struct {
	ClusterSize      uint8
	ClusterThreshold uint8
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterClusterShapeChanged is a free log retrieval operation binding the contract event 0xb943698abfcc36471a94b9d7f8c6b0f16ba349304d56bef93d880f2328572743.
//
// Solidity: event ClusterShapeChanged(uint8 clusterSize, uint8 clusterThreshold)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterClusterShapeChanged(opts *bind.FilterOpts) (*ClusterRegistryClusterShapeChangedIterator, error) {

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "ClusterShapeChanged")
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryClusterShapeChangedIterator{contract: _ClusterRegistry.contract, event: "ClusterShapeChanged", logs: logs, sub: sub}, nil
}

// WatchClusterShapeChanged is a free log subscription operation binding the contract event 0xb943698abfcc36471a94b9d7f8c6b0f16ba349304d56bef93d880f2328572743.
//
// Solidity: event ClusterShapeChanged(uint8 clusterSize, uint8 clusterThreshold)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchClusterShapeChanged(opts *bind.WatchOpts, sink chan<- *ClusterRegistryClusterShapeChanged) (event.Subscription, error) {

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "ClusterShapeChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistryClusterShapeChanged)
				if err := _ClusterRegistry.contract.UnpackLog(event, "ClusterShapeChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseClusterShapeChanged is a log parse operation binding the contract event 0xb943698abfcc36471a94b9d7f8c6b0f16ba349304d56bef93d880f2328572743.
//
// Solidity: event ClusterShapeChanged(uint8 clusterSize, uint8 clusterThreshold)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseClusterShapeChanged(log types.Log) (*ClusterRegistryClusterShapeChanged, error) {
	event := new(ClusterRegistryClusterShapeChanged)
	if err := _ClusterRegistry.contract.UnpackLog(event, "ClusterShapeChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistryEpochAdvancedIterator is returned from FilterEpochAdvanced and is used to iterate over the raw logs and unpacked data for EpochAdvanced events raised by the ClusterRegistry contract.
type ClusterRegistryEpochAdvancedIterator struct {
	Event *ClusterRegistryEpochAdvanced // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistryEpochAdvancedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistryEpochAdvanced)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistryEpochAdvanced)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistryEpochAdvancedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistryEpochAdvancedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistryEpochAdvanced represents a EpochAdvanced event raised by the ClusterRegistry contract.
type ClusterRegistryEpochAdvanced struct {
	Epoch      uint64
	Seed       [32]byte
	StartBlock *big.Int
	BlackBoxes []common.Address
	TotalStake *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterEpochAdvanced is a free log retrieval operation binding the contract event 0x6c0d77d579c4287f597e07e4df08445b9b219de53189aef0e816dba055061995.
//
// Solidity: event EpochAdvanced(uint64 indexed epoch, bytes32 seed, uint256 startBlock, address[] blackBoxes, uint256 totalStake)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterEpochAdvanced(opts *bind.FilterOpts, epoch []uint64) (*ClusterRegistryEpochAdvancedIterator, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "EpochAdvanced", epochRule)
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryEpochAdvancedIterator{contract: _ClusterRegistry.contract, event: "EpochAdvanced", logs: logs, sub: sub}, nil
}

// WatchEpochAdvanced is a free log subscription operation binding the contract event 0x6c0d77d579c4287f597e07e4df08445b9b219de53189aef0e816dba055061995.
//
// Solidity: event EpochAdvanced(uint64 indexed epoch, bytes32 seed, uint256 startBlock, address[] blackBoxes, uint256 totalStake)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchEpochAdvanced(opts *bind.WatchOpts, sink chan<- *ClusterRegistryEpochAdvanced, epoch []uint64) (event.Subscription, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "EpochAdvanced", epochRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistryEpochAdvanced)
				if err := _ClusterRegistry.contract.UnpackLog(event, "EpochAdvanced", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEpochAdvanced is a log parse operation binding the contract event 0x6c0d77d579c4287f597e07e4df08445b9b219de53189aef0e816dba055061995.
//
// Solidity: event EpochAdvanced(uint64 indexed epoch, bytes32 seed, uint256 startBlock, address[] blackBoxes, uint256 totalStake)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseEpochAdvanced(log types.Log) (*ClusterRegistryEpochAdvanced, error) {
	event := new(ClusterRegistryEpochAdvanced)
	if err := _ClusterRegistry.contract.UnpackLog(event, "EpochAdvanced", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistryEpochLengthChangedIterator is returned from FilterEpochLengthChanged and is used to iterate over the raw logs and unpacked data for EpochLengthChanged events raised by the ClusterRegistry contract.
type ClusterRegistryEpochLengthChangedIterator struct {
	Event *ClusterRegistryEpochLengthChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistryEpochLengthChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistryEpochLengthChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistryEpochLengthChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistryEpochLengthChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistryEpochLengthChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistryEpochLengthChanged represents a EpochLengthChanged event raised by the ClusterRegistry contract.
type ClusterRegistryEpochLengthChanged struct {
	EpochLength uint64
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterEpochLengthChanged is a free log retrieval operation binding the contract event 0xbd674c39601ab02b1011c8c98746cf751f810f0ccf168f8a214cb0d65f92ae48.
//
// Solidity: event EpochLengthChanged(uint64 epochLength)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterEpochLengthChanged(opts *bind.FilterOpts) (*ClusterRegistryEpochLengthChangedIterator, error) {

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "EpochLengthChanged")
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryEpochLengthChangedIterator{contract: _ClusterRegistry.contract, event: "EpochLengthChanged", logs: logs, sub: sub}, nil
}

// WatchEpochLengthChanged is a free log subscription operation binding the contract event 0xbd674c39601ab02b1011c8c98746cf751f810f0ccf168f8a214cb0d65f92ae48.
//
// Solidity: event EpochLengthChanged(uint64 epochLength)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchEpochLengthChanged(opts *bind.WatchOpts, sink chan<- *ClusterRegistryEpochLengthChanged) (event.Subscription, error) {

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "EpochLengthChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistryEpochLengthChanged)
				if err := _ClusterRegistry.contract.UnpackLog(event, "EpochLengthChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEpochLengthChanged is a log parse operation binding the contract event 0xbd674c39601ab02b1011c8c98746cf751f810f0ccf168f8a214cb0d65f92ae48.
//
// Solidity: event EpochLengthChanged(uint64 epochLength)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseEpochLengthChanged(log types.Log) (*ClusterRegistryEpochLengthChanged, error) {
	event := new(ClusterRegistryEpochLengthChanged)
	if err := _ClusterRegistry.contract.UnpackLog(event, "EpochLengthChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistryGovernanceTransferredIterator is returned from FilterGovernanceTransferred and is used to iterate over the raw logs and unpacked data for GovernanceTransferred events raised by the ClusterRegistry contract.
type ClusterRegistryGovernanceTransferredIterator struct {
	Event *ClusterRegistryGovernanceTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistryGovernanceTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistryGovernanceTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistryGovernanceTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistryGovernanceTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistryGovernanceTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistryGovernanceTransferred represents a GovernanceTransferred event raised by the ClusterRegistry contract.
type ClusterRegistryGovernanceTransferred struct {
	PreviousGovernance common.Address
	NewGovernance      common.Address
	Raw                types.Log // Blockchain specific contextual infos
}

// FilterGovernanceTransferred is a free log retrieval operation binding the contract event 0x5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80.
//
// Solidity: event GovernanceTransferred(address indexed previousGovernance, address indexed newGovernance)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterGovernanceTransferred(opts *bind.FilterOpts, previousGovernance []common.Address, newGovernance []common.Address) (*ClusterRegistryGovernanceTransferredIterator, error) {

	var previousGovernanceRule []interface{}
	for _, previousGovernanceItem := range previousGovernance {
		previousGovernanceRule = append(previousGovernanceRule, previousGovernanceItem)
	}
	var newGovernanceRule []interface{}
	for _, newGovernanceItem := range newGovernance {
		newGovernanceRule = append(newGovernanceRule, newGovernanceItem)
	}

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "GovernanceTransferred", previousGovernanceRule, newGovernanceRule)
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryGovernanceTransferredIterator{contract: _ClusterRegistry.contract, event: "GovernanceTransferred", logs: logs, sub: sub}, nil
}

// WatchGovernanceTransferred is a free log subscription operation binding the contract event 0x5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80.
//
// Solidity: event GovernanceTransferred(address indexed previousGovernance, address indexed newGovernance)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchGovernanceTransferred(opts *bind.WatchOpts, sink chan<- *ClusterRegistryGovernanceTransferred, previousGovernance []common.Address, newGovernance []common.Address) (event.Subscription, error) {

	var previousGovernanceRule []interface{}
	for _, previousGovernanceItem := range previousGovernance {
		previousGovernanceRule = append(previousGovernanceRule, previousGovernanceItem)
	}
	var newGovernanceRule []interface{}
	for _, newGovernanceItem := range newGovernance {
		newGovernanceRule = append(newGovernanceRule, newGovernanceItem)
	}

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "GovernanceTransferred", previousGovernanceRule, newGovernanceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistryGovernanceTransferred)
				if err := _ClusterRegistry.contract.UnpackLog(event, "GovernanceTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseGovernanceTransferred is a log parse operation binding the contract event 0x5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80.
//
// Solidity: event GovernanceTransferred(address indexed previousGovernance, address indexed newGovernance)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseGovernanceTransferred(log types.Log) (*ClusterRegistryGovernanceTransferred, error) {
	event := new(ClusterRegistryGovernanceTransferred)
	if err := _ClusterRegistry.contract.UnpackLog(event, "GovernanceTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistryMeasurementAllowedIterator is returned from FilterMeasurementAllowed and is used to iterate over the raw logs and unpacked data for MeasurementAllowed events raised by the ClusterRegistry contract.
type ClusterRegistryMeasurementAllowedIterator struct {
	Event *ClusterRegistryMeasurementAllowed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistryMeasurementAllowedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistryMeasurementAllowed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistryMeasurementAllowed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistryMeasurementAllowedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistryMeasurementAllowedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistryMeasurementAllowed represents a MeasurementAllowed event raised by the ClusterRegistry contract.
type ClusterRegistryMeasurementAllowed struct {
	Measurement [32]byte
	Allowed     bool
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterMeasurementAllowed is a free log retrieval operation binding the contract event 0xafcf6d9e15b52d84b357f8cb8fba57f4244e05127068225561b6cb7450729654.
//
// Solidity: event MeasurementAllowed(bytes32 indexed measurement, bool allowed)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterMeasurementAllowed(opts *bind.FilterOpts, measurement [][32]byte) (*ClusterRegistryMeasurementAllowedIterator, error) {

	var measurementRule []interface{}
	for _, measurementItem := range measurement {
		measurementRule = append(measurementRule, measurementItem)
	}

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "MeasurementAllowed", measurementRule)
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryMeasurementAllowedIterator{contract: _ClusterRegistry.contract, event: "MeasurementAllowed", logs: logs, sub: sub}, nil
}

// WatchMeasurementAllowed is a free log subscription operation binding the contract event 0xafcf6d9e15b52d84b357f8cb8fba57f4244e05127068225561b6cb7450729654.
//
// Solidity: event MeasurementAllowed(bytes32 indexed measurement, bool allowed)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchMeasurementAllowed(opts *bind.WatchOpts, sink chan<- *ClusterRegistryMeasurementAllowed, measurement [][32]byte) (event.Subscription, error) {

	var measurementRule []interface{}
	for _, measurementItem := range measurement {
		measurementRule = append(measurementRule, measurementItem)
	}

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "MeasurementAllowed", measurementRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistryMeasurementAllowed)
				if err := _ClusterRegistry.contract.UnpackLog(event, "MeasurementAllowed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMeasurementAllowed is a log parse operation binding the contract event 0xafcf6d9e15b52d84b357f8cb8fba57f4244e05127068225561b6cb7450729654.
//
// Solidity: event MeasurementAllowed(bytes32 indexed measurement, bool allowed)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseMeasurementAllowed(log types.Log) (*ClusterRegistryMeasurementAllowed, error) {
	event := new(ClusterRegistryMeasurementAllowed)
	if err := _ClusterRegistry.contract.UnpackLog(event, "MeasurementAllowed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistryMemberRejoinedIterator is returned from FilterMemberRejoined and is used to iterate over the raw logs and unpacked data for MemberRejoined events raised by the ClusterRegistry contract.
type ClusterRegistryMemberRejoinedIterator struct {
	Event *ClusterRegistryMemberRejoined // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistryMemberRejoinedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistryMemberRejoined)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistryMemberRejoined)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistryMemberRejoinedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistryMemberRejoinedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistryMemberRejoined represents a MemberRejoined event raised by the ClusterRegistry contract.
type ClusterRegistryMemberRejoined struct {
	Operator  common.Address
	NodeIndex *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterMemberRejoined is a free log retrieval operation binding the contract event 0x73e8537a35685f75d39fa1b21956e471fc42ce22c63bf016433e46ae19f1a79a.
//
// Solidity: event MemberRejoined(address indexed operator, uint256 nodeIndex)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterMemberRejoined(opts *bind.FilterOpts, operator []common.Address) (*ClusterRegistryMemberRejoinedIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "MemberRejoined", operatorRule)
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryMemberRejoinedIterator{contract: _ClusterRegistry.contract, event: "MemberRejoined", logs: logs, sub: sub}, nil
}

// WatchMemberRejoined is a free log subscription operation binding the contract event 0x73e8537a35685f75d39fa1b21956e471fc42ce22c63bf016433e46ae19f1a79a.
//
// Solidity: event MemberRejoined(address indexed operator, uint256 nodeIndex)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchMemberRejoined(opts *bind.WatchOpts, sink chan<- *ClusterRegistryMemberRejoined, operator []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "MemberRejoined", operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistryMemberRejoined)
				if err := _ClusterRegistry.contract.UnpackLog(event, "MemberRejoined", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMemberRejoined is a log parse operation binding the contract event 0x73e8537a35685f75d39fa1b21956e471fc42ce22c63bf016433e46ae19f1a79a.
//
// Solidity: event MemberRejoined(address indexed operator, uint256 nodeIndex)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseMemberRejoined(log types.Log) (*ClusterRegistryMemberRejoined, error) {
	event := new(ClusterRegistryMemberRejoined)
	if err := _ClusterRegistry.contract.UnpackLog(event, "MemberRejoined", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistryMemberReportedMissingIterator is returned from FilterMemberReportedMissing and is used to iterate over the raw logs and unpacked data for MemberReportedMissing events raised by the ClusterRegistry contract.
type ClusterRegistryMemberReportedMissingIterator struct {
	Event *ClusterRegistryMemberReportedMissing // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistryMemberReportedMissingIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistryMemberReportedMissing)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistryMemberReportedMissing)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistryMemberReportedMissingIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistryMemberReportedMissingIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistryMemberReportedMissing represents a MemberReportedMissing event raised by the ClusterRegistry contract.
type ClusterRegistryMemberReportedMissing struct {
	Operator  common.Address
	NodeIndex *big.Int
	Epoch     uint64
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterMemberReportedMissing is a free log retrieval operation binding the contract event 0xe1af98d27233cfb3dae8d8ba322f4e2127c80f827fa4a861588aab741e3fcd45.
//
// Solidity: event MemberReportedMissing(address indexed operator, uint256 nodeIndex, uint64 epoch)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterMemberReportedMissing(opts *bind.FilterOpts, operator []common.Address) (*ClusterRegistryMemberReportedMissingIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "MemberReportedMissing", operatorRule)
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryMemberReportedMissingIterator{contract: _ClusterRegistry.contract, event: "MemberReportedMissing", logs: logs, sub: sub}, nil
}

// WatchMemberReportedMissing is a free log subscription operation binding the contract event 0xe1af98d27233cfb3dae8d8ba322f4e2127c80f827fa4a861588aab741e3fcd45.
//
// Solidity: event MemberReportedMissing(address indexed operator, uint256 nodeIndex, uint64 epoch)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchMemberReportedMissing(opts *bind.WatchOpts, sink chan<- *ClusterRegistryMemberReportedMissing, operator []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "MemberReportedMissing", operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistryMemberReportedMissing)
				if err := _ClusterRegistry.contract.UnpackLog(event, "MemberReportedMissing", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMemberReportedMissing is a log parse operation binding the contract event 0xe1af98d27233cfb3dae8d8ba322f4e2127c80f827fa4a861588aab741e3fcd45.
//
// Solidity: event MemberReportedMissing(address indexed operator, uint256 nodeIndex, uint64 epoch)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseMemberReportedMissing(log types.Log) (*ClusterRegistryMemberReportedMissing, error) {
	event := new(ClusterRegistryMemberReportedMissing)
	if err := _ClusterRegistry.contract.UnpackLog(event, "MemberReportedMissing", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistryMemberReportsChangedIterator is returned from FilterMemberReportsChanged and is used to iterate over the raw logs and unpacked data for MemberReportsChanged events raised by the ClusterRegistry contract.
type ClusterRegistryMemberReportsChangedIterator struct {
	Event *ClusterRegistryMemberReportsChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistryMemberReportsChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistryMemberReportsChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistryMemberReportsChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistryMemberReportsChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistryMemberReportsChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistryMemberReportsChanged represents a MemberReportsChanged event raised by the ClusterRegistry contract.
type ClusterRegistryMemberReportsChanged struct {
	MemberReports common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterMemberReportsChanged is a free log retrieval operation binding the contract event 0xdce6a91e596bbc6dfd106419f3926a80153bcee67ec36d2315260af5d4d725c4.
//
// Solidity: event MemberReportsChanged(address memberReports)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterMemberReportsChanged(opts *bind.FilterOpts) (*ClusterRegistryMemberReportsChangedIterator, error) {

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "MemberReportsChanged")
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryMemberReportsChangedIterator{contract: _ClusterRegistry.contract, event: "MemberReportsChanged", logs: logs, sub: sub}, nil
}

// WatchMemberReportsChanged is a free log subscription operation binding the contract event 0xdce6a91e596bbc6dfd106419f3926a80153bcee67ec36d2315260af5d4d725c4.
//
// Solidity: event MemberReportsChanged(address memberReports)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchMemberReportsChanged(opts *bind.WatchOpts, sink chan<- *ClusterRegistryMemberReportsChanged) (event.Subscription, error) {

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "MemberReportsChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistryMemberReportsChanged)
				if err := _ClusterRegistry.contract.UnpackLog(event, "MemberReportsChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMemberReportsChanged is a log parse operation binding the contract event 0xdce6a91e596bbc6dfd106419f3926a80153bcee67ec36d2315260af5d4d725c4.
//
// Solidity: event MemberReportsChanged(address memberReports)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseMemberReportsChanged(log types.Log) (*ClusterRegistryMemberReportsChanged, error) {
	event := new(ClusterRegistryMemberReportsChanged)
	if err := _ClusterRegistry.contract.UnpackLog(event, "MemberReportsChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistryMinStakeChangedIterator is returned from FilterMinStakeChanged and is used to iterate over the raw logs and unpacked data for MinStakeChanged events raised by the ClusterRegistry contract.
type ClusterRegistryMinStakeChangedIterator struct {
	Event *ClusterRegistryMinStakeChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistryMinStakeChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistryMinStakeChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistryMinStakeChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistryMinStakeChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistryMinStakeChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistryMinStakeChanged represents a MinStakeChanged event raised by the ClusterRegistry contract.
type ClusterRegistryMinStakeChanged struct {
	MinStake *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterMinStakeChanged is a free log retrieval operation binding the contract event 0x4d36185d86b6e1aefe7e3c72bbcf2329ea433a9dc2655a34739abe83a7ce74a0.
//
// Solidity: event MinStakeChanged(uint256 minStake)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterMinStakeChanged(opts *bind.FilterOpts) (*ClusterRegistryMinStakeChangedIterator, error) {

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "MinStakeChanged")
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryMinStakeChangedIterator{contract: _ClusterRegistry.contract, event: "MinStakeChanged", logs: logs, sub: sub}, nil
}

// WatchMinStakeChanged is a free log subscription operation binding the contract event 0x4d36185d86b6e1aefe7e3c72bbcf2329ea433a9dc2655a34739abe83a7ce74a0.
//
// Solidity: event MinStakeChanged(uint256 minStake)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchMinStakeChanged(opts *bind.WatchOpts, sink chan<- *ClusterRegistryMinStakeChanged) (event.Subscription, error) {

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "MinStakeChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistryMinStakeChanged)
				if err := _ClusterRegistry.contract.UnpackLog(event, "MinStakeChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMinStakeChanged is a log parse operation binding the contract event 0x4d36185d86b6e1aefe7e3c72bbcf2329ea433a9dc2655a34739abe83a7ce74a0.
//
// Solidity: event MinStakeChanged(uint256 minStake)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseMinStakeChanged(log types.Log) (*ClusterRegistryMinStakeChanged, error) {
	event := new(ClusterRegistryMinStakeChanged)
	if err := _ClusterRegistry.contract.UnpackLog(event, "MinStakeChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistryMultiaddrsUpdatedIterator is returned from FilterMultiaddrsUpdated and is used to iterate over the raw logs and unpacked data for MultiaddrsUpdated events raised by the ClusterRegistry contract.
type ClusterRegistryMultiaddrsUpdatedIterator struct {
	Event *ClusterRegistryMultiaddrsUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistryMultiaddrsUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistryMultiaddrsUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistryMultiaddrsUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistryMultiaddrsUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistryMultiaddrsUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistryMultiaddrsUpdated represents a MultiaddrsUpdated event raised by the ClusterRegistry contract.
type ClusterRegistryMultiaddrsUpdated struct {
	Operator   common.Address
	Multiaddrs []string
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterMultiaddrsUpdated is a free log retrieval operation binding the contract event 0x0e38467bedc6c9efbaa8ac5b1c18c3941a4cd07ced6afd504581db19d4b669eb.
//
// Solidity: event MultiaddrsUpdated(address indexed operator, string[] multiaddrs)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterMultiaddrsUpdated(opts *bind.FilterOpts, operator []common.Address) (*ClusterRegistryMultiaddrsUpdatedIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "MultiaddrsUpdated", operatorRule)
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryMultiaddrsUpdatedIterator{contract: _ClusterRegistry.contract, event: "MultiaddrsUpdated", logs: logs, sub: sub}, nil
}

// WatchMultiaddrsUpdated is a free log subscription operation binding the contract event 0x0e38467bedc6c9efbaa8ac5b1c18c3941a4cd07ced6afd504581db19d4b669eb.
//
// Solidity: event MultiaddrsUpdated(address indexed operator, string[] multiaddrs)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchMultiaddrsUpdated(opts *bind.WatchOpts, sink chan<- *ClusterRegistryMultiaddrsUpdated, operator []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "MultiaddrsUpdated", operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistryMultiaddrsUpdated)
				if err := _ClusterRegistry.contract.UnpackLog(event, "MultiaddrsUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMultiaddrsUpdated is a log parse operation binding the contract event 0x0e38467bedc6c9efbaa8ac5b1c18c3941a4cd07ced6afd504581db19d4b669eb.
//
// Solidity: event MultiaddrsUpdated(address indexed operator, string[] multiaddrs)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseMultiaddrsUpdated(log types.Log) (*ClusterRegistryMultiaddrsUpdated, error) {
	event := new(ClusterRegistryMultiaddrsUpdated)
	if err := _ClusterRegistry.contract.UnpackLog(event, "MultiaddrsUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistryNodeRegisteredIterator is returned from FilterNodeRegistered and is used to iterate over the raw logs and unpacked data for NodeRegistered events raised by the ClusterRegistry contract.
type ClusterRegistryNodeRegisteredIterator struct {
	Event *ClusterRegistryNodeRegistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistryNodeRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistryNodeRegistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistryNodeRegistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistryNodeRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistryNodeRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistryNodeRegistered represents a NodeRegistered event raised by the ClusterRegistry contract.
type ClusterRegistryNodeRegistered struct {
	Operator         common.Address
	Index            *big.Int
	PeerId           []byte
	EnclaveWallet    common.Address
	Measurement      [32]byte
	TransportKeyHash [32]byte
	Stake            *big.Int
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterNodeRegistered is a free log retrieval operation binding the contract event 0x0dce6d517f3ed33f0a2a226361007647934534667d68f453cc27b8b63fe3708c.
//
// Solidity: event NodeRegistered(address indexed operator, uint256 indexed index, bytes peerId, address enclaveWallet, bytes32 measurement, bytes32 transportKeyHash, uint256 stake)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterNodeRegistered(opts *bind.FilterOpts, operator []common.Address, index []*big.Int) (*ClusterRegistryNodeRegisteredIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "NodeRegistered", operatorRule, indexRule)
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryNodeRegisteredIterator{contract: _ClusterRegistry.contract, event: "NodeRegistered", logs: logs, sub: sub}, nil
}

// WatchNodeRegistered is a free log subscription operation binding the contract event 0x0dce6d517f3ed33f0a2a226361007647934534667d68f453cc27b8b63fe3708c.
//
// Solidity: event NodeRegistered(address indexed operator, uint256 indexed index, bytes peerId, address enclaveWallet, bytes32 measurement, bytes32 transportKeyHash, uint256 stake)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchNodeRegistered(opts *bind.WatchOpts, sink chan<- *ClusterRegistryNodeRegistered, operator []common.Address, index []*big.Int) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "NodeRegistered", operatorRule, indexRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistryNodeRegistered)
				if err := _ClusterRegistry.contract.UnpackLog(event, "NodeRegistered", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseNodeRegistered is a log parse operation binding the contract event 0x0dce6d517f3ed33f0a2a226361007647934534667d68f453cc27b8b63fe3708c.
//
// Solidity: event NodeRegistered(address indexed operator, uint256 indexed index, bytes peerId, address enclaveWallet, bytes32 measurement, bytes32 transportKeyHash, uint256 stake)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseNodeRegistered(log types.Log) (*ClusterRegistryNodeRegistered, error) {
	event := new(ClusterRegistryNodeRegistered)
	if err := _ClusterRegistry.contract.UnpackLog(event, "NodeRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistryNodeSlashedIterator is returned from FilterNodeSlashed and is used to iterate over the raw logs and unpacked data for NodeSlashed events raised by the ClusterRegistry contract.
type ClusterRegistryNodeSlashedIterator struct {
	Event *ClusterRegistryNodeSlashed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistryNodeSlashedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistryNodeSlashed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistryNodeSlashed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistryNodeSlashedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistryNodeSlashedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistryNodeSlashed represents a NodeSlashed event raised by the ClusterRegistry contract.
type ClusterRegistryNodeSlashed struct {
	Operator     common.Address
	Index        *big.Int
	Amount       *big.Int
	EvidenceHash [32]byte
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterNodeSlashed is a free log retrieval operation binding the contract event 0xeb5e885a1d62b2aa0b711e7b486727b81f78c34933cdb7fc39a100e3059078e2.
//
// Solidity: event NodeSlashed(address indexed operator, uint256 indexed index, uint256 amount, bytes32 evidenceHash)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterNodeSlashed(opts *bind.FilterOpts, operator []common.Address, index []*big.Int) (*ClusterRegistryNodeSlashedIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "NodeSlashed", operatorRule, indexRule)
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryNodeSlashedIterator{contract: _ClusterRegistry.contract, event: "NodeSlashed", logs: logs, sub: sub}, nil
}

// WatchNodeSlashed is a free log subscription operation binding the contract event 0xeb5e885a1d62b2aa0b711e7b486727b81f78c34933cdb7fc39a100e3059078e2.
//
// Solidity: event NodeSlashed(address indexed operator, uint256 indexed index, uint256 amount, bytes32 evidenceHash)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchNodeSlashed(opts *bind.WatchOpts, sink chan<- *ClusterRegistryNodeSlashed, operator []common.Address, index []*big.Int) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "NodeSlashed", operatorRule, indexRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistryNodeSlashed)
				if err := _ClusterRegistry.contract.UnpackLog(event, "NodeSlashed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseNodeSlashed is a log parse operation binding the contract event 0xeb5e885a1d62b2aa0b711e7b486727b81f78c34933cdb7fc39a100e3059078e2.
//
// Solidity: event NodeSlashed(address indexed operator, uint256 indexed index, uint256 amount, bytes32 evidenceHash)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseNodeSlashed(log types.Log) (*ClusterRegistryNodeSlashed, error) {
	event := new(ClusterRegistryNodeSlashed)
	if err := _ClusterRegistry.contract.UnpackLog(event, "NodeSlashed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistryNodeUnbondingIterator is returned from FilterNodeUnbonding and is used to iterate over the raw logs and unpacked data for NodeUnbonding events raised by the ClusterRegistry contract.
type ClusterRegistryNodeUnbondingIterator struct {
	Event *ClusterRegistryNodeUnbonding // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistryNodeUnbondingIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistryNodeUnbonding)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistryNodeUnbonding)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistryNodeUnbondingIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistryNodeUnbondingIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistryNodeUnbonding represents a NodeUnbonding event raised by the ClusterRegistry contract.
type ClusterRegistryNodeUnbonding struct {
	Operator    common.Address
	UnbondBlock uint64
	Epoch       uint64
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterNodeUnbonding is a free log retrieval operation binding the contract event 0xacbe3fcfeb0dbc9723b0e163f02d00ebd97c796fcfad93f33ecaa6393c0c9a81.
//
// Solidity: event NodeUnbonding(address indexed operator, uint64 unbondBlock, uint64 epoch)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterNodeUnbonding(opts *bind.FilterOpts, operator []common.Address) (*ClusterRegistryNodeUnbondingIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "NodeUnbonding", operatorRule)
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryNodeUnbondingIterator{contract: _ClusterRegistry.contract, event: "NodeUnbonding", logs: logs, sub: sub}, nil
}

// WatchNodeUnbonding is a free log subscription operation binding the contract event 0xacbe3fcfeb0dbc9723b0e163f02d00ebd97c796fcfad93f33ecaa6393c0c9a81.
//
// Solidity: event NodeUnbonding(address indexed operator, uint64 unbondBlock, uint64 epoch)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchNodeUnbonding(opts *bind.WatchOpts, sink chan<- *ClusterRegistryNodeUnbonding, operator []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "NodeUnbonding", operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistryNodeUnbonding)
				if err := _ClusterRegistry.contract.UnpackLog(event, "NodeUnbonding", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseNodeUnbonding is a log parse operation binding the contract event 0xacbe3fcfeb0dbc9723b0e163f02d00ebd97c796fcfad93f33ecaa6393c0c9a81.
//
// Solidity: event NodeUnbonding(address indexed operator, uint64 unbondBlock, uint64 epoch)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseNodeUnbonding(log types.Log) (*ClusterRegistryNodeUnbonding, error) {
	event := new(ClusterRegistryNodeUnbonding)
	if err := _ClusterRegistry.contract.UnpackLog(event, "NodeUnbonding", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistryParametersGovernanceChangedIterator is returned from FilterParametersGovernanceChanged and is used to iterate over the raw logs and unpacked data for ParametersGovernanceChanged events raised by the ClusterRegistry contract.
type ClusterRegistryParametersGovernanceChangedIterator struct {
	Event *ClusterRegistryParametersGovernanceChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistryParametersGovernanceChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistryParametersGovernanceChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistryParametersGovernanceChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistryParametersGovernanceChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistryParametersGovernanceChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistryParametersGovernanceChanged represents a ParametersGovernanceChanged event raised by the ClusterRegistry contract.
type ClusterRegistryParametersGovernanceChanged struct {
	PreviousGovernance common.Address
	NewGovernance      common.Address
	Raw                types.Log // Blockchain specific contextual infos
}

// FilterParametersGovernanceChanged is a free log retrieval operation binding the contract event 0x9093d76da4c2e24de93b17a1ea2c05715613908e6bda892e5ca2024f77803e5a.
//
// Solidity: event ParametersGovernanceChanged(address indexed previousGovernance, address indexed newGovernance)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterParametersGovernanceChanged(opts *bind.FilterOpts, previousGovernance []common.Address, newGovernance []common.Address) (*ClusterRegistryParametersGovernanceChangedIterator, error) {

	var previousGovernanceRule []interface{}
	for _, previousGovernanceItem := range previousGovernance {
		previousGovernanceRule = append(previousGovernanceRule, previousGovernanceItem)
	}
	var newGovernanceRule []interface{}
	for _, newGovernanceItem := range newGovernance {
		newGovernanceRule = append(newGovernanceRule, newGovernanceItem)
	}

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "ParametersGovernanceChanged", previousGovernanceRule, newGovernanceRule)
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryParametersGovernanceChangedIterator{contract: _ClusterRegistry.contract, event: "ParametersGovernanceChanged", logs: logs, sub: sub}, nil
}

// WatchParametersGovernanceChanged is a free log subscription operation binding the contract event 0x9093d76da4c2e24de93b17a1ea2c05715613908e6bda892e5ca2024f77803e5a.
//
// Solidity: event ParametersGovernanceChanged(address indexed previousGovernance, address indexed newGovernance)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchParametersGovernanceChanged(opts *bind.WatchOpts, sink chan<- *ClusterRegistryParametersGovernanceChanged, previousGovernance []common.Address, newGovernance []common.Address) (event.Subscription, error) {

	var previousGovernanceRule []interface{}
	for _, previousGovernanceItem := range previousGovernance {
		previousGovernanceRule = append(previousGovernanceRule, previousGovernanceItem)
	}
	var newGovernanceRule []interface{}
	for _, newGovernanceItem := range newGovernance {
		newGovernanceRule = append(newGovernanceRule, newGovernanceItem)
	}

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "ParametersGovernanceChanged", previousGovernanceRule, newGovernanceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistryParametersGovernanceChanged)
				if err := _ClusterRegistry.contract.UnpackLog(event, "ParametersGovernanceChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseParametersGovernanceChanged is a log parse operation binding the contract event 0x9093d76da4c2e24de93b17a1ea2c05715613908e6bda892e5ca2024f77803e5a.
//
// Solidity: event ParametersGovernanceChanged(address indexed previousGovernance, address indexed newGovernance)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseParametersGovernanceChanged(log types.Log) (*ClusterRegistryParametersGovernanceChanged, error) {
	event := new(ClusterRegistryParametersGovernanceChanged)
	if err := _ClusterRegistry.contract.UnpackLog(event, "ParametersGovernanceChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistrySimPlatformKeyChangedIterator is returned from FilterSimPlatformKeyChanged and is used to iterate over the raw logs and unpacked data for SimPlatformKeyChanged events raised by the ClusterRegistry contract.
type ClusterRegistrySimPlatformKeyChangedIterator struct {
	Event *ClusterRegistrySimPlatformKeyChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistrySimPlatformKeyChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistrySimPlatformKeyChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistrySimPlatformKeyChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistrySimPlatformKeyChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistrySimPlatformKeyChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistrySimPlatformKeyChanged represents a SimPlatformKeyChanged event raised by the ClusterRegistry contract.
type ClusterRegistrySimPlatformKeyChanged struct {
	SimPlatformKey [32]byte
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterSimPlatformKeyChanged is a free log retrieval operation binding the contract event 0xf258c8c19d6a8a651db088429207d3a23f68308909895f4a6a976943c30e6ba9.
//
// Solidity: event SimPlatformKeyChanged(bytes32 simPlatformKey)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterSimPlatformKeyChanged(opts *bind.FilterOpts) (*ClusterRegistrySimPlatformKeyChangedIterator, error) {

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "SimPlatformKeyChanged")
	if err != nil {
		return nil, err
	}
	return &ClusterRegistrySimPlatformKeyChangedIterator{contract: _ClusterRegistry.contract, event: "SimPlatformKeyChanged", logs: logs, sub: sub}, nil
}

// WatchSimPlatformKeyChanged is a free log subscription operation binding the contract event 0xf258c8c19d6a8a651db088429207d3a23f68308909895f4a6a976943c30e6ba9.
//
// Solidity: event SimPlatformKeyChanged(bytes32 simPlatformKey)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchSimPlatformKeyChanged(opts *bind.WatchOpts, sink chan<- *ClusterRegistrySimPlatformKeyChanged) (event.Subscription, error) {

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "SimPlatformKeyChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistrySimPlatformKeyChanged)
				if err := _ClusterRegistry.contract.UnpackLog(event, "SimPlatformKeyChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSimPlatformKeyChanged is a log parse operation binding the contract event 0xf258c8c19d6a8a651db088429207d3a23f68308909895f4a6a976943c30e6ba9.
//
// Solidity: event SimPlatformKeyChanged(bytes32 simPlatformKey)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseSimPlatformKeyChanged(log types.Log) (*ClusterRegistrySimPlatformKeyChanged, error) {
	event := new(ClusterRegistrySimPlatformKeyChanged)
	if err := _ClusterRegistry.contract.UnpackLog(event, "SimPlatformKeyChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistrySimulatedEnclavesAllowedChangedIterator is returned from FilterSimulatedEnclavesAllowedChanged and is used to iterate over the raw logs and unpacked data for SimulatedEnclavesAllowedChanged events raised by the ClusterRegistry contract.
type ClusterRegistrySimulatedEnclavesAllowedChangedIterator struct {
	Event *ClusterRegistrySimulatedEnclavesAllowedChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistrySimulatedEnclavesAllowedChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistrySimulatedEnclavesAllowedChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistrySimulatedEnclavesAllowedChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistrySimulatedEnclavesAllowedChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistrySimulatedEnclavesAllowedChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistrySimulatedEnclavesAllowedChanged represents a SimulatedEnclavesAllowedChanged event raised by the ClusterRegistry contract.
type ClusterRegistrySimulatedEnclavesAllowedChanged struct {
	Allowed bool
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterSimulatedEnclavesAllowedChanged is a free log retrieval operation binding the contract event 0x2a982c74152d5d61a52d3be4d465baf0c27caa75559115699ed355d90c0a6d3a.
//
// Solidity: event SimulatedEnclavesAllowedChanged(bool allowed)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterSimulatedEnclavesAllowedChanged(opts *bind.FilterOpts) (*ClusterRegistrySimulatedEnclavesAllowedChangedIterator, error) {

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "SimulatedEnclavesAllowedChanged")
	if err != nil {
		return nil, err
	}
	return &ClusterRegistrySimulatedEnclavesAllowedChangedIterator{contract: _ClusterRegistry.contract, event: "SimulatedEnclavesAllowedChanged", logs: logs, sub: sub}, nil
}

// WatchSimulatedEnclavesAllowedChanged is a free log subscription operation binding the contract event 0x2a982c74152d5d61a52d3be4d465baf0c27caa75559115699ed355d90c0a6d3a.
//
// Solidity: event SimulatedEnclavesAllowedChanged(bool allowed)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchSimulatedEnclavesAllowedChanged(opts *bind.WatchOpts, sink chan<- *ClusterRegistrySimulatedEnclavesAllowedChanged) (event.Subscription, error) {

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "SimulatedEnclavesAllowedChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistrySimulatedEnclavesAllowedChanged)
				if err := _ClusterRegistry.contract.UnpackLog(event, "SimulatedEnclavesAllowedChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSimulatedEnclavesAllowedChanged is a log parse operation binding the contract event 0x2a982c74152d5d61a52d3be4d465baf0c27caa75559115699ed355d90c0a6d3a.
//
// Solidity: event SimulatedEnclavesAllowedChanged(bool allowed)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseSimulatedEnclavesAllowedChanged(log types.Log) (*ClusterRegistrySimulatedEnclavesAllowedChanged, error) {
	event := new(ClusterRegistrySimulatedEnclavesAllowedChanged)
	if err := _ClusterRegistry.contract.UnpackLog(event, "SimulatedEnclavesAllowedChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistrySlasherChangedIterator is returned from FilterSlasherChanged and is used to iterate over the raw logs and unpacked data for SlasherChanged events raised by the ClusterRegistry contract.
type ClusterRegistrySlasherChangedIterator struct {
	Event *ClusterRegistrySlasherChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistrySlasherChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistrySlasherChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistrySlasherChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistrySlasherChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistrySlasherChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistrySlasherChanged represents a SlasherChanged event raised by the ClusterRegistry contract.
type ClusterRegistrySlasherChanged struct {
	Slasher common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterSlasherChanged is a free log retrieval operation binding the contract event 0xf85ff5ed6f4d61948b4e3c5918be028066c0de26cd5ac7cbd993f81fa9cdec28.
//
// Solidity: event SlasherChanged(address indexed slasher)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterSlasherChanged(opts *bind.FilterOpts, slasher []common.Address) (*ClusterRegistrySlasherChangedIterator, error) {

	var slasherRule []interface{}
	for _, slasherItem := range slasher {
		slasherRule = append(slasherRule, slasherItem)
	}

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "SlasherChanged", slasherRule)
	if err != nil {
		return nil, err
	}
	return &ClusterRegistrySlasherChangedIterator{contract: _ClusterRegistry.contract, event: "SlasherChanged", logs: logs, sub: sub}, nil
}

// WatchSlasherChanged is a free log subscription operation binding the contract event 0xf85ff5ed6f4d61948b4e3c5918be028066c0de26cd5ac7cbd993f81fa9cdec28.
//
// Solidity: event SlasherChanged(address indexed slasher)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchSlasherChanged(opts *bind.WatchOpts, sink chan<- *ClusterRegistrySlasherChanged, slasher []common.Address) (event.Subscription, error) {

	var slasherRule []interface{}
	for _, slasherItem := range slasher {
		slasherRule = append(slasherRule, slasherItem)
	}

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "SlasherChanged", slasherRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistrySlasherChanged)
				if err := _ClusterRegistry.contract.UnpackLog(event, "SlasherChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSlasherChanged is a log parse operation binding the contract event 0xf85ff5ed6f4d61948b4e3c5918be028066c0de26cd5ac7cbd993f81fa9cdec28.
//
// Solidity: event SlasherChanged(address indexed slasher)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseSlasherChanged(log types.Log) (*ClusterRegistrySlasherChanged, error) {
	event := new(ClusterRegistrySlasherChanged)
	if err := _ClusterRegistry.contract.UnpackLog(event, "SlasherChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistryStakeToppedUpIterator is returned from FilterStakeToppedUp and is used to iterate over the raw logs and unpacked data for StakeToppedUp events raised by the ClusterRegistry contract.
type ClusterRegistryStakeToppedUpIterator struct {
	Event *ClusterRegistryStakeToppedUp // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistryStakeToppedUpIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistryStakeToppedUp)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistryStakeToppedUp)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistryStakeToppedUpIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistryStakeToppedUpIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistryStakeToppedUp represents a StakeToppedUp event raised by the ClusterRegistry contract.
type ClusterRegistryStakeToppedUp struct {
	Operator common.Address
	Amount   *big.Int
	NewStake *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterStakeToppedUp is a free log retrieval operation binding the contract event 0x4fedc3e6c116ab84f1fd1c936a810844ab9ff4be38b3d805cca0cfac9da579df.
//
// Solidity: event StakeToppedUp(address indexed operator, uint256 amount, uint256 newStake)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterStakeToppedUp(opts *bind.FilterOpts, operator []common.Address) (*ClusterRegistryStakeToppedUpIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "StakeToppedUp", operatorRule)
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryStakeToppedUpIterator{contract: _ClusterRegistry.contract, event: "StakeToppedUp", logs: logs, sub: sub}, nil
}

// WatchStakeToppedUp is a free log subscription operation binding the contract event 0x4fedc3e6c116ab84f1fd1c936a810844ab9ff4be38b3d805cca0cfac9da579df.
//
// Solidity: event StakeToppedUp(address indexed operator, uint256 amount, uint256 newStake)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchStakeToppedUp(opts *bind.WatchOpts, sink chan<- *ClusterRegistryStakeToppedUp, operator []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "StakeToppedUp", operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistryStakeToppedUp)
				if err := _ClusterRegistry.contract.UnpackLog(event, "StakeToppedUp", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStakeToppedUp is a log parse operation binding the contract event 0x4fedc3e6c116ab84f1fd1c936a810844ab9ff4be38b3d805cca0cfac9da579df.
//
// Solidity: event StakeToppedUp(address indexed operator, uint256 amount, uint256 newStake)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseStakeToppedUp(log types.Log) (*ClusterRegistryStakeToppedUp, error) {
	event := new(ClusterRegistryStakeToppedUp)
	if err := _ClusterRegistry.contract.UnpackLog(event, "StakeToppedUp", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistryStakeWithdrawnIterator is returned from FilterStakeWithdrawn and is used to iterate over the raw logs and unpacked data for StakeWithdrawn events raised by the ClusterRegistry contract.
type ClusterRegistryStakeWithdrawnIterator struct {
	Event *ClusterRegistryStakeWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistryStakeWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistryStakeWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistryStakeWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistryStakeWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistryStakeWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistryStakeWithdrawn represents a StakeWithdrawn event raised by the ClusterRegistry contract.
type ClusterRegistryStakeWithdrawn struct {
	Operator common.Address
	Amount   *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterStakeWithdrawn is a free log retrieval operation binding the contract event 0x8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc.
//
// Solidity: event StakeWithdrawn(address indexed operator, uint256 amount)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterStakeWithdrawn(opts *bind.FilterOpts, operator []common.Address) (*ClusterRegistryStakeWithdrawnIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "StakeWithdrawn", operatorRule)
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryStakeWithdrawnIterator{contract: _ClusterRegistry.contract, event: "StakeWithdrawn", logs: logs, sub: sub}, nil
}

// WatchStakeWithdrawn is a free log subscription operation binding the contract event 0x8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc.
//
// Solidity: event StakeWithdrawn(address indexed operator, uint256 amount)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchStakeWithdrawn(opts *bind.WatchOpts, sink chan<- *ClusterRegistryStakeWithdrawn, operator []common.Address) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "StakeWithdrawn", operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistryStakeWithdrawn)
				if err := _ClusterRegistry.contract.UnpackLog(event, "StakeWithdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStakeWithdrawn is a log parse operation binding the contract event 0x8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc.
//
// Solidity: event StakeWithdrawn(address indexed operator, uint256 amount)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseStakeWithdrawn(log types.Log) (*ClusterRegistryStakeWithdrawn, error) {
	event := new(ClusterRegistryStakeWithdrawn)
	if err := _ClusterRegistry.contract.UnpackLog(event, "StakeWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistryTargetClusterCountChangedIterator is returned from FilterTargetClusterCountChanged and is used to iterate over the raw logs and unpacked data for TargetClusterCountChanged events raised by the ClusterRegistry contract.
type ClusterRegistryTargetClusterCountChangedIterator struct {
	Event *ClusterRegistryTargetClusterCountChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistryTargetClusterCountChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistryTargetClusterCountChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistryTargetClusterCountChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistryTargetClusterCountChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistryTargetClusterCountChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistryTargetClusterCountChanged represents a TargetClusterCountChanged event raised by the ClusterRegistry contract.
type ClusterRegistryTargetClusterCountChanged struct {
	TargetClusterCount uint8
	Raw                types.Log // Blockchain specific contextual infos
}

// FilterTargetClusterCountChanged is a free log retrieval operation binding the contract event 0x2f5d5ec52597b172ad20103f52a69cd36c9f2d4de25336fd287af0f6e09e5404.
//
// Solidity: event TargetClusterCountChanged(uint8 targetClusterCount)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterTargetClusterCountChanged(opts *bind.FilterOpts) (*ClusterRegistryTargetClusterCountChangedIterator, error) {

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "TargetClusterCountChanged")
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryTargetClusterCountChangedIterator{contract: _ClusterRegistry.contract, event: "TargetClusterCountChanged", logs: logs, sub: sub}, nil
}

// WatchTargetClusterCountChanged is a free log subscription operation binding the contract event 0x2f5d5ec52597b172ad20103f52a69cd36c9f2d4de25336fd287af0f6e09e5404.
//
// Solidity: event TargetClusterCountChanged(uint8 targetClusterCount)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchTargetClusterCountChanged(opts *bind.WatchOpts, sink chan<- *ClusterRegistryTargetClusterCountChanged) (event.Subscription, error) {

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "TargetClusterCountChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistryTargetClusterCountChanged)
				if err := _ClusterRegistry.contract.UnpackLog(event, "TargetClusterCountChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTargetClusterCountChanged is a log parse operation binding the contract event 0x2f5d5ec52597b172ad20103f52a69cd36c9f2d4de25336fd287af0f6e09e5404.
//
// Solidity: event TargetClusterCountChanged(uint8 targetClusterCount)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseTargetClusterCountChanged(log types.Log) (*ClusterRegistryTargetClusterCountChanged, error) {
	event := new(ClusterRegistryTargetClusterCountChanged)
	if err := _ClusterRegistry.contract.UnpackLog(event, "TargetClusterCountChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistryUnbondingDelayChangedIterator is returned from FilterUnbondingDelayChanged and is used to iterate over the raw logs and unpacked data for UnbondingDelayChanged events raised by the ClusterRegistry contract.
type ClusterRegistryUnbondingDelayChangedIterator struct {
	Event *ClusterRegistryUnbondingDelayChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistryUnbondingDelayChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistryUnbondingDelayChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistryUnbondingDelayChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistryUnbondingDelayChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistryUnbondingDelayChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistryUnbondingDelayChanged represents a UnbondingDelayChanged event raised by the ClusterRegistry contract.
type ClusterRegistryUnbondingDelayChanged struct {
	UnbondingDelay uint64
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterUnbondingDelayChanged is a free log retrieval operation binding the contract event 0x5c2121dd9ae1ab0173ffb91cbc1ea3a04fa9b6a87da9e924a13d9fa3e76c845b.
//
// Solidity: event UnbondingDelayChanged(uint64 unbondingDelay)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterUnbondingDelayChanged(opts *bind.FilterOpts) (*ClusterRegistryUnbondingDelayChangedIterator, error) {

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "UnbondingDelayChanged")
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryUnbondingDelayChangedIterator{contract: _ClusterRegistry.contract, event: "UnbondingDelayChanged", logs: logs, sub: sub}, nil
}

// WatchUnbondingDelayChanged is a free log subscription operation binding the contract event 0x5c2121dd9ae1ab0173ffb91cbc1ea3a04fa9b6a87da9e924a13d9fa3e76c845b.
//
// Solidity: event UnbondingDelayChanged(uint64 unbondingDelay)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchUnbondingDelayChanged(opts *bind.WatchOpts, sink chan<- *ClusterRegistryUnbondingDelayChanged) (event.Subscription, error) {

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "UnbondingDelayChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistryUnbondingDelayChanged)
				if err := _ClusterRegistry.contract.UnpackLog(event, "UnbondingDelayChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUnbondingDelayChanged is a log parse operation binding the contract event 0x5c2121dd9ae1ab0173ffb91cbc1ea3a04fa9b6a87da9e924a13d9fa3e76c845b.
//
// Solidity: event UnbondingDelayChanged(uint64 unbondingDelay)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseUnbondingDelayChanged(log types.Log) (*ClusterRegistryUnbondingDelayChanged, error) {
	event := new(ClusterRegistryUnbondingDelayChanged)
	if err := _ClusterRegistry.contract.UnpackLog(event, "UnbondingDelayChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClusterRegistryWeightQueuedIterator is returned from FilterWeightQueued and is used to iterate over the raw logs and unpacked data for WeightQueued events raised by the ClusterRegistry contract.
type ClusterRegistryWeightQueuedIterator struct {
	Event *ClusterRegistryWeightQueued // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ClusterRegistryWeightQueuedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClusterRegistryWeightQueued)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ClusterRegistryWeightQueued)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ClusterRegistryWeightQueuedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClusterRegistryWeightQueuedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClusterRegistryWeightQueued represents a WeightQueued event raised by the ClusterRegistry contract.
type ClusterRegistryWeightQueued struct {
	Index *big.Int
	Epoch uint64
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterWeightQueued is a free log retrieval operation binding the contract event 0x0c68dfd46f16dd3d4e8b6d5f10285758bbd245e8952e6028e2b007a45b45b504.
//
// Solidity: event WeightQueued(uint256 indexed index, uint64 epoch)
func (_ClusterRegistry *ClusterRegistryFilterer) FilterWeightQueued(opts *bind.FilterOpts, index []*big.Int) (*ClusterRegistryWeightQueuedIterator, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	logs, sub, err := _ClusterRegistry.contract.FilterLogs(opts, "WeightQueued", indexRule)
	if err != nil {
		return nil, err
	}
	return &ClusterRegistryWeightQueuedIterator{contract: _ClusterRegistry.contract, event: "WeightQueued", logs: logs, sub: sub}, nil
}

// WatchWeightQueued is a free log subscription operation binding the contract event 0x0c68dfd46f16dd3d4e8b6d5f10285758bbd245e8952e6028e2b007a45b45b504.
//
// Solidity: event WeightQueued(uint256 indexed index, uint64 epoch)
func (_ClusterRegistry *ClusterRegistryFilterer) WatchWeightQueued(opts *bind.WatchOpts, sink chan<- *ClusterRegistryWeightQueued, index []*big.Int) (event.Subscription, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	logs, sub, err := _ClusterRegistry.contract.WatchLogs(opts, "WeightQueued", indexRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClusterRegistryWeightQueued)
				if err := _ClusterRegistry.contract.UnpackLog(event, "WeightQueued", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWeightQueued is a log parse operation binding the contract event 0x0c68dfd46f16dd3d4e8b6d5f10285758bbd245e8952e6028e2b007a45b45b504.
//
// Solidity: event WeightQueued(uint256 indexed index, uint64 epoch)
func (_ClusterRegistry *ClusterRegistryFilterer) ParseWeightQueued(log types.Log) (*ClusterRegistryWeightQueued, error) {
	event := new(ClusterRegistryWeightQueued)
	if err := _ClusterRegistry.contract.UnpackLog(event, "WeightQueued", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
