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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minStake_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epochLength_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"requestBlock\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seedBlock\",\"type\":\"uint256\"}],\"name\":\"AdvanceRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"blackBoxCount\",\"type\":\"uint8\"}],\"name\":\"BlackBoxCountChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"ClusterFormed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oldOperator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newOperator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"ClusterMemberReplaced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"clusterSize\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"clusterThreshold\",\"type\":\"uint8\"}],\"name\":\"ClusterShapeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"startBlock\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"blackBoxes\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalStake\",\"type\":\"uint256\"}],\"name\":\"EpochAdvanced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epochLength\",\"type\":\"uint64\"}],\"name\":\"EpochLengthChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousGovernance\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"GovernanceTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"MeasurementAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nodeIndex\",\"type\":\"uint256\"}],\"name\":\"MemberRejoined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nodeIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"MemberReportedMissing\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"memberReports\",\"type\":\"address\"}],\"name\":\"MemberReportsChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"MinStakeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"}],\"name\":\"MultiaddrsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"NodeRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"NodeUnbonding\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousGovernance\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"ParametersGovernanceChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"simPlatformKey\",\"type\":\"bytes32\"}],\"name\":\"SimPlatformKeyChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"SimulatedEnclavesAllowedChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newStake\",\"type\":\"uint256\"}],\"name\":\"StakeToppedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"targetClusterCount\",\"type\":\"uint8\"}],\"name\":\"TargetClusterCountChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unbondingDelay\",\"type\":\"uint64\"}],\"name\":\"UnbondingDelayChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"WeightQueued\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BLOCKHASH_HORIZON\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BLACK_BOX_COUNT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CLUSTER_SIZE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MULTIADDRS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MULTIADDR_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PEER_ID_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SEED_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activeNodeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"advanceEpoch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"advancePending\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"advanceRequestBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blackBoxCount\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blackBoxIndexes\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blackBoxes\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clusterCount\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"}],\"name\":\"clusterMemberIndexes\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"}],\"name\":\"clusterMembers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clusterSize\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clusterThreshold\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"drawWeight\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"drawWeights\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"out\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochSeed\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"epochStakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochStartBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"epochTotalStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"}],\"name\":\"isElectedBlackBox\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"name\":\"isMeasurementAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nodeIndex\",\"type\":\"uint256\"}],\"name\":\"markMissing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"memberReports\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"nodeAt\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"}],\"name\":\"nodeByEnclaveWallet\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"}],\"name\":\"nodeByPeerId\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nodeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"nodeIndexOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"nodeOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"nodesRange\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"operatorOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"parametersGovernance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queuedWeightCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rejoin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nodeIndex\",\"type\":\"uint256\"}],\"name\":\"reportedUntil\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestAdvance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"}],\"name\":\"setBlackBoxCount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"size\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"setClusterShape\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"v\",\"type\":\"uint64\"}],\"name\":\"setEpochLength\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setMeasurementAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"v\",\"type\":\"address\"}],\"name\":\"setMemberReports\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"v\",\"type\":\"uint256\"}],\"name\":\"setMinStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newParametersGovernance\",\"type\":\"address\"}],\"name\":\"setParametersGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"setSimPlatformKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setSimulatedEnclavesAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"}],\"name\":\"setTargetClusterCount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"v\",\"type\":\"uint64\"}],\"name\":\"setUnbondingDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"simPlatformKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"simulatedEnclavesAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakingToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"targetClusterCount\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"topUp\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalActiveStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"transferGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"}],\"name\":\"updateMultiaddrs\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"}],\"name\":\"wasElectedBlackBox\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161575238038061575283398101604081905261002e916101d7565b60015f556001600160a01b03841661007d5760405162461bcd60e51b815260206004820152600d60248201526c546f6b656e206973207a65726f60981b60448201526064015b60405180910390fd5b5f83116100c05760405162461bcd60e51b81526020600482015260116024820152704d696e207374616b65206973207a65726f60781b6044820152606401610074565b5f826001600160401b0316116101185760405162461bcd60e51b815260206004820152601460248201527f45706f6368206c656e677468206973207a65726f0000000000000000000000006044820152606401610074565b6001600160a01b038416608052600180546001600160a01b03191633908117909155600284905560038054630103050360801b63ffffffff60801b196001600160401b0386811668010000000000000000026001600160801b0319909416908816179290921791909116179055436010556040515f907f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80908290a35050505061022f565b80516001600160401b03811681146101d2575f5ffd5b919050565b5f5f5f5f608085870312156101ea575f5ffd5b84516001600160a01b0381168114610200575f5ffd5b60208601519094509250610216604086016101bc565b9150610224606086016101bc565b905092959194509250565b6080516154f661025c5f395f81816106c70152818161155701528181611c400152612b0a01526154f65ff3fe608060405234801561000f575f5ffd5b5060043610610401575f3560e01c806365406334116102165780639cc1fc2a1161012a578063d4978f8e116100b4578063ee879d3911610084578063ee879d39146104c9578063f41875e1146108dd578063f927727c146108f0578063fb1bcd8814610903578063ffd01a3f14610925575f5ffd5b8063d4978f8e1461087d578063d812db081461089d578063db7dd35a146108b0578063eaeeb0ed146108ca575f5ffd5b8063c9cd76d3116100fa578063c9cd76d31461081e578063d01ac2b614610831578063d086b4ba14610844578063d16c16ef14610857578063d38bfff41461086a575f5ffd5b80639cc1fc2a146107a3578063a07c9b5f146107d8578063bdd18036146107f7578063c416ed371461080b575f5ffd5b806376897781116101ab57806390c84ab61161017b57806390c84ab61461075a57806391c05f091461076257806395e6ab5c1461077557806397bf0e85146107885780639867b9a114610790575f5ffd5b806376897781146107185780638c50d5291461072c5780638c80fd90146107345780638eb7d14f14610747575f5ffd5b806372f702f3116101e657806372f702f3146106c257806374220d86146106e957806375340815146106fc5780637667180814610705575f5ffd5b80636540633414610691578063682a91411461069a5780636da49b83146106ad578063702f45f3146106b5575f5ffd5b80633857bfb01161031857806350017f3e116102a257806357d775f81161027257806357d775f8146106365780635aa6e675146106495780635df6a6bc1461065c5780635e6068ec14610664578063611124251461066d575f5ffd5b806350017f3e146105dd578063517f054a146105f05780635702e02c14610603578063570adc3b14610616575f5ffd5b80633ccfd60b116102e85780633ccfd60b1461059d5780633cf80e6c146105a55780633ed55b7b146105ad578063429e03b2146105b65780634c5770fe146105c9575f5ffd5b80633857bfb01461054c57806338b2393d1461055f5780633acf641e146105725780633b781ef81461050d575f5ffd5b806320cd9ad1116103995780632939952811610369578063293995281461050d5780632af84c5e146105155780632ef3dbf514610528578063375b3c0a1461053057806337bbf30e14610539575f5ffd5b806320cd9ad1146104c9578063252b39c8146104d257806328bef7e3146104e557806328f7314814610505575f5ffd5b8063135f02b3116103d4578063135f02b31461045957806319f6c8451461046c5780631bdc7eec146104745780631fd92a1b14610489575f5ffd5b8063011c96e6146104055780630cfe406e14610430578063113b56001461044757806311d576b31461044f575b5f5ffd5b60035461041990600160981b900460ff1681565b60405160ff90911681526020015b60405180910390f35b61043960115481565b604051908152602001610427565b601954610439565b61045761092d565b005b610457610467366004614a89565b610a96565b610457610b15565b61047c610c74565b6040516104279190614aa2565b6104b1610497366004614ae4565b5f908152601d60205260409020546001600160401b031690565b6040516001600160401b039091168152602001610427565b61043961010081565b6104576104e0366004614ae4565b610cca565b6104f86104f3366004614afb565b610d29565b6040516104279190614cc6565b600d54610439565b610419602081565b610457610523366004614d38565b61104d565b610439600181565b61043960025481565b610457610547366004614d61565b6110c4565b61043961055a366004614a89565b6111cd565b61045761056d366004614da8565b611216565b601b54610585906001600160a01b031681565b6040516001600160a01b039091168152602001610427565b6104576112fd565b6104576115c2565b61043960105481565b6104576105c4366004614da8565b611aca565b60035461041990600160801b900460ff1681565b6104576105eb366004614ae4565b611b73565b6104576105fe366004614dc1565b611cbc565b610457610611366004614e21565b611d98565b610629610624366004614a89565b611e22565b6040516104279190614e5f565b6003546104b1906001600160401b031681565b600154610585906001600160a01b031681565b6104576120cf565b61043960125481565b60035461068190600160a01b900460ff1681565b6040519015158152602001610427565b61043960045481565b6106296106a8366004614a89565b612234565b600654610439565b6017546104199060ff1681565b6105857f000000000000000000000000000000000000000000000000000000000000000081565b61047c6106f7366004614afb565b6124a6565b610439600a5481565b600f546104b1906001600160401b031681565b60035461041990600160901b900460ff1681565b610439600881565b610457610742366004614ae4565b612574565b61047c610755366004614dc1565b612635565b610439608081565b610439610770366004614eae565b6126f5565b601c54610585906001600160a01b031681565b610681612b97565b61062961079e366004614f46565b612bc8565b6104396107b1366004614f78565b6001600160401b03919091165f908152601e60209081526040808320938352929052205490565b6104396107e6366004614da8565b601f6020525f908152604090205481565b60035461041990600160881b900460ff1681565b610681610819366004614fa0565b612e8a565b61045761082c366004614dc1565b612ef2565b61045761083f366004614fc8565b612fd5565b610439610852366004614ae4565b61304e565b610681610865366004614a89565b61305a565b610457610878366004614a89565b6130d0565b61089061088b366004614dc1565b6131a0565b604051610427919061502c565b6104576108ab366004614ae4565b613261565b6003546104b190600160401b90046001600160401b031681565b6104576108d8366004614a89565b613480565b6105856108eb366004614ae4565b613505565b6106296108fe366004614ae4565b61355a565b610681610911366004614ae4565b5f9081526005602052604090205460ff1690565b610890613764565b600354601054610946916001600160401b031690615052565b43101561098b5760405162461bcd60e51b815260206004820152600e60248201526d22b837b1b4103737ba1037bb32b960911b60448201526064015b60405180910390fd5b610993612b97565b156109e05760405162461bcd60e51b815260206004820152601960248201527f416476616e636520616c726561647920726571756573746564000000000000006044820152606401610982565b5f600a5411610a235760405162461bcd60e51b815260206004820152600f60248201526e4e6f20616374697665206e6f64657360881b6044820152606401610982565b610a2b6137c0565b43601255600f54610a46906001600160401b03166001615065565b6001600160401b03167f438ae0637f3ebc141d73e9180ae4fb5939a23c512739e0f235504a3ef564363243610a7c600182615052565b6040805192835260208301919091520160405180910390a2565b6001546001600160a01b03163314610ac05760405162461bcd60e51b815260040161098290615084565b601c80546001600160a01b0319166001600160a01b0383169081179091556040519081527fdce6a91e596bbc6dfd106419f3926a80153bcee67ec36d2315260af5d4d725c4906020015b60405180910390a150565b5f610b1f33613822565b5f818152601d60205260408120549192506001600160401b0390911690819003610b7a5760405162461bcd60e51b815260206004820152600c60248201526b139bdd081c995c1bdc9d195960a21b6044820152606401610982565b600f546001600160401b0380831691161015610bcb5760405162461bcd60e51b815260206004820152601060248201526f139bdd081c995c1b1858d959081e595d60821b6044820152606401610982565b5f828152601d60205260409020805467ffffffffffffffff19169055610bef6138de565b15610c0257610bfd826138ff565b610c3a565b610c3a8260068481548110610c1957610c196150ac565b905f5260205f20906008020160060154600b6139ba9092919063ffffffff16565b60405182815233907f73e8537a35685f75d39fa1b21956e471fc42ce22c63bf016433e46ae19f1a79a906020015b60405180910390a25050565b60606013805480602002602001604051908101604052809291908181526020018280548015610cc057602002820191905f5260205f20905b815481526020019060010190808311610cac575b5050505050905090565b6001546001600160a01b03163314610cf45760405162461bcd60e51b815260040161098290615084565b60048190556040518181527ff258c8c19d6a8a651db088429207d3a23f68308909895f4a6a976943c30e6ba990602001610b0a565b60605f610d368385615052565b600654909150811115610d4857506006545b80841115610d54578093505b610d5e84826150c0565b6001600160401b03811115610d7557610d756150d3565b604051908082528060200260200182016040528015610dae57816020015b610d9b61494d565b815260200190600190039081610d935790505b509150835b818110156110455760068181548110610dce57610dce6150ac565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b031682526001810180549293919291840191610e0e906150e7565b80601f0160208091040260200160405190810160405280929190818152602001828054610e3a906150e7565b8015610e855780601f10610e5c57610100808354040283529160200191610e85565b820191905f5260205f20905b815481529060010190602001808311610e6857829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015610f9c578382905f5260205f20018054610f11906150e7565b80601f0160208091040260200160405190810160405280929190818152602001828054610f3d906150e7565b8015610f885780601f10610f5f57610100808354040283529160200191610f88565b820191905f5260205f20905b815481529060010190602001808311610f6b57829003601f168201915b505050505081526020019060010190610ef4565b5050509082525060068201546020820152600782015460409091019060ff166003811115610fcc57610fcc614ba3565b6003811115610fdd57610fdd614ba3565b8152600791909101546001600160401b03610100820481166020840152600160481b820481166040840152600160881b909104166060909101528361102287846150c0565b81518110611032576110326150ac565b6020908102919091010152600101610db3565b505092915050565b6001546001600160a01b031633146110775760405162461bcd60e51b815260040161098290615084565b60038054821515600160a01b0260ff60a01b199091161790556040517f2a982c74152d5d61a52d3be4d465baf0c27caa75559115699ed355d90c0a6d3a90610b0a90831515815260200190565b6001546001600160a01b031633146110ee5760405162461bcd60e51b815260040161098290615084565b60028160ff161015801561110857508160ff168160ff1611155b80156111185750602060ff831611155b61115c5760405162461bcd60e51b8152602060048201526015602482015274496e76616c696420636c757374657220736861706560581b6044820152606401610982565b6003805461ffff60881b1916600160881b60ff85811691820260ff60901b191692909217600160901b928516928302179092556040805192835260208301919091527fb943698abfcc36471a94b9d7f8c6b0f16ba349304d56bef93d880f2328572743910160405180910390a15050565b6001600160a01b0381165f908152600760205260408120548082036112045760405162461bcd60e51b815260040161098290615119565b61120f6001826150c0565b9392505050565b6001546001600160a01b03163314806112435750601b546001600160a01b03163314801561124357503315155b61125f5760405162461bcd60e51b815260040161098290615084565b5f816001600160401b0316116112ae5760405162461bcd60e51b815260206004820152601460248201527345706f6368206c656e677468206973207a65726f60601b6044820152606401610982565b6003805467ffffffffffffffff19166001600160401b0383169081179091556040519081527fbd674c39601ab02b1011c8c98746cf751f810f0ccf168f8a214cb0d65f92ae4890602001610b0a565b611305613b92565b335f90815260076020526040812054908190036113345760405162461bcd60e51b815260040161098290615119565b5f6113406001836150c0565b90505f60068281548110611356576113566150ac565b5f918252602090912060089091020190506002600782015460ff16600381111561138257611382614ba3565b146113c45760405162461bcd60e51b81526020600482015260126024820152714e6f6465206e6f7420756e626f6e64696e6760701b6044820152606401610982565b60035460078201546113f0916001600160401b03600160401b909104811691600160481b900416615052565b43101561143f5760405162461bcd60e51b815260206004820152601860248201527f556e626f6e64696e672064656c6179206e6f74206f76657200000000000000006044820152606401610982565b6007810154600f546001600160401b03600160881b90920482169116118061148d5750600f546001600160401b031615801561148d57506007810154600160881b90046001600160401b0316155b6114d95760405162461bcd60e51b815260206004820152601860248201527f5374696c6c2073657276696e6720746869732065706f636800000000000000006044820152606401610982565b6006810180545f918290556007808401805460ff191660031790553383526020526040808320839055519091600891611516906001860190615141565b604080519182900390912082526020808301939093529081015f90812081905560028501546001600160a01b03908116825260099093529081205561157e907f0000000000000000000000000000000000000000000000000000000000000000163383613bba565b60405181815233907f8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc9060200160405180910390a2505050506115c060015f55565b565b6012545f81900361160d5760405162461bcd60e51b815260206004820152601560248201527410591d985b98d9481b9bdd081c995c5d595cdd1959605a1b6044820152606401610982565b5f611619600183615052565b90508043116116615760405162461bcd60e51b815260206004820152601460248201527314d9595908189b1bd8dac81b9bdd081b5a5b995960621b6044820152606401610982565b61166d61010082615052565b4311156116bc5760405162461bcd60e51b815260206004820152601760248201527f416476616e6365207265717565737420657870697265640000000000000000006044820152606401610982565b8040806116cb576116cb6151b2565b5f6012819055600f546116e8906001600160401b03166001615065565b6040805160208082018690526001600160401b03841682840181905230606080850191909152845180850390910181526080840180865281519190930120600f805467ffffffffffffffff19169092179091554360105560118190555f80835260a0909301909352600354939450919261177390600b9085908490600160801b900460ff1686613c1e565b80519091506117899060139060208401906149c3565b505f81516001600160401b038111156117a4576117a46150d3565b6040519080825280602002602001820160405280156117cd578160200160208202803683370190505b5090505f5b825181101561195a578560165f8584815181106117f1576117f16150ac565b602002602001015181526020019081526020015f205f6101000a8154816001600160401b0302191690836001600160401b03160217905550600683828151811061183d5761183d6150ac565b602002602001015181548110611855576118556150ac565b5f91825260209091206008909102015482516001600160a01b0390911690839083908110611885576118856150ac565b60200260200101906001600160a01b031690816001600160a01b0316815250505f60068483815181106118ba576118ba6150ac565b6020026020010151815481106118d2576118d26150ac565b5f9182526020808320600260089093020191909101546001600160401b038a1683526014825260408084206001600160a01b03909216808552918352808420805460ff19166001179055601590925291205490915060ff16611951576001600160a01b0381165f908152601560205260409020805460ff191660011790555b506001016117d2565b5060015b60175460ff9081169082161161198b57611979818688613da6565b80611983816151c6565b91505061195e565b505b60035460175460ff600160981b909204821691161015611a63576017545f906119ba9060ff1660016151e4565b6017805460ff191660ff8381169182179092556003549293505f926119ef92600b928a929091600160881b9091041689613c1e565b60ff83165f9081526018602090815260409091208251929350611a169290918401906149c3565b508160ff167ff77ceac0465c6af5b63fac9399e2e373460d215e6a210b9951e55cba5a97fa95611a4583614147565b89604051611a549291906151fd565b60405180910390a2505061198d565b611a6d858361421b565b600d54611a786137c0565b856001600160401b03167f6c0d77d579c4287f597e07e4df08445b9b219de53189aef0e816dba05506199586438585604051611ab79493929190615227565b60405180910390a2505050505050505050565b6001546001600160a01b0316331480611af75750601b546001600160a01b031633148015611af757503315155b611b135760405162461bcd60e51b815260040161098290615084565b600380546fffffffffffffffff00000000000000001916600160401b6001600160401b038416908102919091179091556040519081527f5c2121dd9ae1ab0173ffb91cbc1ea3a04fa9b6a87da9e924a13d9fa3e76c845b90602001610b0a565b611b7b613b92565b5f8111611bbb5760405162461bcd60e51b815260206004820152600e60248201526d416d6f756e74206973207a65726f60901b6044820152606401610982565b5f611bc533613822565b90505f60068281548110611bdb57611bdb6150ac565b905f5260205f209060080201905082816006015f828254611bfc9190615052565b90915550611c0a90506138de565b15611c1d57611c18826138ff565b611c33565b611c3382611c2a846142fb565b600b91906139ba565b611c686001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333086614371565b600681015460405133917f4fedc3e6c116ab84f1fd1c936a810844ab9ff4be38b3d805cca0cfac9da579df91611ca691878252602082015260400190565b60405180910390a25050611cb960015f55565b50565b6001546001600160a01b03163314611ce65760405162461bcd60e51b815260040161098290615084565b60018160ff1610158015611cfe5750602060ff821611155b611d4a5760405162461bcd60e51b815260206004820152601760248201527f496e76616c696420426c61636b20426f7820636f756e740000000000000000006044820152606401610982565b6003805460ff60801b1916600160801b60ff8416908102919091179091556040519081527f8a63f6ec305dcc6415cc5e8a1994203cf9acf0feb0c957bfc74a114539df3aa890602001610b0a565b5f611da233613822565b9050611dae83836143b0565b611dda60068281548110611dc457611dc46150ac565b905f5260205f2090600802016005018484614475565b336001600160a01b03167f0e38467bedc6c9efbaa8ac5b1c18c3941a4cd07ced6afd504581db19d4b669eb8484604051611e1592919061527e565b60405180910390a2505050565b611e2a61494d565b6001600160a01b0382165f9081526009602052604081205490819003611e625760405162461bcd60e51b815260040161098290615119565b6006611e6f6001836150c0565b81548110611e7f57611e7f6150ac565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b031682526001810180549293919291840191611ebf906150e7565b80601f0160208091040260200160405190810160405280929190818152602001828054611eeb906150e7565b8015611f365780601f10611f0d57610100808354040283529160200191611f36565b820191905f5260205f20905b815481529060010190602001808311611f1957829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b8282101561204d578382905f5260205f20018054611fc2906150e7565b80601f0160208091040260200160405190810160405280929190818152602001828054611fee906150e7565b80156120395780601f1061201057610100808354040283529160200191612039565b820191905f5260205f20905b81548152906001019060200180831161201c57829003601f168201915b505050505081526020019060010190611fa5565b5050509082525060068201546020820152600782015460409091019060ff16600381111561207d5761207d614ba3565b600381111561208e5761208e614ba3565b8152600791909101546001600160401b03610100820481166020840152600160481b820481166040840152600160881b909104166060909101529392505050565b5f6120d933613822565b90505f600682815481106120ef576120ef6150ac565b5f91825260208220600760089092020190810180546001600160401b034316600160481b0270ffffffffffffffff0000000000000000ff19909116176002179055600a805491935060019290916121479084906150c0565b9091555061215590506138de565b156121a757600f54612171906001600160401b03166001615065565b8160070160116101000a8154816001600160401b0302191690836001600160401b031602179055506121a2826138ff565b6121e1565b600f5460078201805467ffffffffffffffff60881b19166001600160401b03909216600160881b029190911790556121e1600b835f6139ba565b6007810154600f5460408051600160481b9093046001600160401b039081168452909116602083015233917facbe3fcfeb0dbc9723b0e163f02d00ebd97c796fcfad93f33ecaa6393c0c9a819101610c68565b61223c61494d565b6006612247836111cd565b81548110612257576122576150ac565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b031682526001810180549293919291840191612297906150e7565b80601f01602080910402602001604051908101604052809291908181526020018280546122c3906150e7565b801561230e5780601f106122e55761010080835404028352916020019161230e565b820191905f5260205f20905b8154815290600101906020018083116122f157829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015612425578382905f5260205f2001805461239a906150e7565b80601f01602080910402602001604051908101604052809291908181526020018280546123c6906150e7565b80156124115780601f106123e857610100808354040283529160200191612411565b820191905f5260205f20905b8154815290600101906020018083116123f457829003601f168201915b50505050508152602001906001019061237d565b5050509082525060068201546020820152600782015460409091019060ff16600381111561245557612455614ba3565b600381111561246657612466614ba3565b8152600791909101546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660609091015292915050565b6006546060908084106124c8575050604080515f81526020810190915261256e565b6124d284826150c0565b8311156124e6576124e384826150c0565b92505b826001600160401b038111156124fe576124fe6150d3565b604051908082528060200260200182016040528015612527578160200160208202803683370190505b5091505f5b83811015611045576125496125418287615052565b600b90614503565b83828151811061255b5761255b6150ac565b602090810291909101015260010161252c565b92915050565b6001546001600160a01b03163314806125a15750601b546001600160a01b0316331480156125a157503315155b6125bd5760405162461bcd60e51b815260040161098290615084565b5f81116126005760405162461bcd60e51b81526020600482015260116024820152704d696e207374616b65206973207a65726f60781b6044820152606401610982565b60028190556040518181527f4d36185d86b6e1aefe7e3c72bbcf2329ea433a9dc2655a34739abe83a7ce74a090602001610b0a565b606060018260ff1610158015612654575060175460ff90811690831611155b6126945760405162461bcd60e51b815260206004820152601160248201527010db1d5cdd195c881b9bdd08199bdd5b99607a1b6044820152606401610982565b60ff82165f90815260186020908152604091829020805483518184028101840190945280845290918301828280156126e957602002820191905f5260205f20905b8154815260200190600101908083116126d5575b50505050509050919050565b5f6126fe613b92565b8761273b5760405162461bcd60e51b815260206004820152600d60248201526c115b5c1d1e481c19595c881251609a1b6044820152606401610982565b608088111561277f5760405162461bcd60e51b815260206004820152601060248201526f5065657220494420746f6f206c6f6e6760801b6044820152606401610982565b6001600160a01b0387166127ce5760405162461bcd60e51b8152602060048201526016602482015275456e636c6176652077616c6c6574206973207a65726f60501b6044820152606401610982565b6002548210156128165760405162461bcd60e51b81526020600482015260136024820152725374616b652062656c6f77206d696e696d756d60681b6044820152606401610982565b335f90815260076020526040902054156128725760405162461bcd60e51b815260206004820152601b60248201527f4f70657261746f7220616c7265616479207265676973746572656400000000006044820152606401610982565b5f898960405161288392919061531c565b6040518091039020905060085f8281526020019081526020015f20545f146128ed5760405162461bcd60e51b815260206004820152601a60248201527f5065657220494420616c726561647920726567697374657265640000000000006044820152606401610982565b6001600160a01b0388165f908152600960205260409020541561295c5760405162461bcd60e51b815260206004820152602160248201527f456e636c6176652077616c6c657420616c7265616479207265676973746572656044820152601960fa1b6064820152608401610982565b61296685856143b0565b600680546001810182555f91909152600881027ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f810180546001600160a01b031916331781559193507ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d40016129dc8b8d8361536f565b506002810180546001600160a01b0319166001600160a01b038b161790556003810188905560048101879055612a16600582018787614475565b60068101849055600781018054600168ffffffffffffffffff19909116610100436001600160401b031602178117909155612a52908490615052565b335f90815260076020526040902055612a6c836001615052565b5f83815260086020526040902055612a85836001615052565b6001600160a01b038a165f90815260096020526040812091909155600a805460019290612ab3908490615052565b909155505f9050612ac26138de565b90505f612add82612ad35786612ad5565b5f5b600b9061452a565b9050848114612aee57612aee6151b2565b8115612afd57612afd856138ff565b612b326001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333089614371565b84336001600160a01b03167f0dce6d517f3ed33f0a2a226361007647934534667d68f453cc27b8b63fe3708c8f8f8f8f8f8d604051612b7696959493929190615428565b60405180910390a350505050612b8b60015f55565b98975050505050505050565b6012545f908015801590612bc25750610100612bb4600183615052565b612bbe9190615052565b4311155b91505090565b612bd061494d565b5f60085f8585604051612be492919061531c565b604051809103902081526020019081526020015f20549050805f03612c1b5760405162461bcd60e51b815260040161098290615119565b6006612c286001836150c0565b81548110612c3857612c386150ac565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b031682526001810180549293919291840191612c78906150e7565b80601f0160208091040260200160405190810160405280929190818152602001828054612ca4906150e7565b8015612cef5780601f10612cc657610100808354040283529160200191612cef565b820191905f5260205f20905b815481529060010190602001808311612cd257829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015612e06578382905f5260205f20018054612d7b906150e7565b80601f0160208091040260200160405190810160405280929190818152602001828054612da7906150e7565b8015612df25780601f10612dc957610100808354040283529160200191612df2565b820191905f5260205f20905b815481529060010190602001808311612dd557829003601f168201915b505050505081526020019060010190612d5e565b5050509082525060068201546020820152600782015460409091019060ff166003811115612e3657612e36614ba3565b6003811115612e4757612e47614ba3565b8152600791909101546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660609091015291505092915050565b5f826001600160401b03165f03612ebc57506001600160a01b0381165f9081526015602052604090205460ff1661256e565b506001600160401b0382165f9081526014602090815260408083206001600160a01b038516845290915290205460ff1692915050565b6001546001600160a01b0316331480612f1f5750601b546001600160a01b031633148015612f1f57503315155b612f3b5760405162461bcd60e51b815260040161098290615084565b60018160ff161015612f875760405162461bcd60e51b8152602060048201526015602482015274125b9d985b1a590818db1d5cdd195c8818dbdd5b9d605a1b6044820152606401610982565b6003805460ff60981b1916600160981b60ff8416908102919091179091556040519081527f2f5d5ec52597b172ad20103f52a69cd36c9f2d4de25336fd287af0f6e09e540490602001610b0a565b6001546001600160a01b03163314612fff5760405162461bcd60e51b815260040161098290615084565b5f82815260056020908152604091829020805460ff1916841515908117909155915191825283917fafcf6d9e15b52d84b357f8cb8fba57f4244e05127068225561b6cb74507296549101610c68565b5f61256e600b83614503565b6001600160a01b0381165f908152600960205260408120548015806130885750600f546001600160401b0316155b1561309557505f92915050565b600f546001600160401b031660165f6130af6001856150c0565b815260208101919091526040015f20546001600160401b0316149392505050565b6001546001600160a01b031633146130fa5760405162461bcd60e51b815260040161098290615084565b6001600160a01b0381166131455760405162461bcd60e51b8152602060048201526012602482015271476f7665726e616e6365206973207a65726f60701b6044820152606401610982565b6001546040516001600160a01b038084169216907f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80905f90a3600180546001600160a01b0319166001600160a01b0392909216919091179055565b606060018260ff16101580156131bf575060175460ff90811690831611155b6131ff5760405162461bcd60e51b815260206004820152601160248201527010db1d5cdd195c881b9bdd08199bdd5b99607a1b6044820152606401610982565b60ff82165f90815260186020908152604091829020805483518184028101840190945280845261256e939283018282801561325757602002820191905f5260205f20905b815481526020019060010190808311613243575b5050505050614147565b601c546001600160a01b03163314801561327a57503315155b6132bb5760405162461bcd60e51b81526020600482015260126024820152714e6f74206d656d626572207265706f72747360701b6044820152606401610982565b6001600682815481106132d0576132d06150ac565b5f91825260209091206007600890920201015460ff1660038111156132f7576132f7614ba3565b146133365760405162461bcd60e51b815260206004820152600f60248201526e4e6f6465206e6f742061637469766560881b6044820152606401610982565b5f818152601d60205260409020546001600160401b03161561338d5760405162461bcd60e51b815260206004820152601060248201526f105b1c9958591e481c995c1bdc9d195960821b6044820152606401610982565b5f6133966138de565b9050806133a45760016133a7565b60025b600f546133c09160ff16906001600160401b0316615065565b5f838152601d60205260409020805467ffffffffffffffff19166001600160401b03929092169190911790558015613400576133fb826138ff565b61340c565b61340c600b835f6139ba565b6006828154811061341f5761341f6150ac565b5f91825260209182902060089091020154600f54604080518681526001600160401b03909216938201939093526001600160a01b03909116917fe1af98d27233cfb3dae8d8ba322f4e2127c80f827fa4a861588aab741e3fcd459101610c68565b6001546001600160a01b031633146134aa5760405162461bcd60e51b815260040161098290615084565b601b546040516001600160a01b038084169216907f9093d76da4c2e24de93b17a1ea2c05715613908e6bda892e5ca2024f77803e5a905f90a3601b80546001600160a01b0319166001600160a01b0392909216919091179055565b6006545f9082106135285760405162461bcd60e51b815260040161098290615119565b6006828154811061353b5761353b6150ac565b5f9182526020909120600890910201546001600160a01b031692915050565b61356261494d565b60065482106135835760405162461bcd60e51b815260040161098290615119565b60068281548110613596576135966150ac565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b0316825260018101805492939192918401916135d6906150e7565b80601f0160208091040260200160405190810160405280929190818152602001828054613602906150e7565b801561364d5780601f106136245761010080835404028352916020019161364d565b820191905f5260205f20905b81548152906001019060200180831161363057829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015612425578382905f5260205f200180546136d9906150e7565b80601f0160208091040260200160405190810160405280929190818152602001828054613705906150e7565b80156137505780601f1061372757610100808354040283529160200191613750565b820191905f5260205f20905b81548152906001019060200180831161373357829003601f168201915b5050505050815260200190600101906136bc565b60606137bb601380548060200260200160405190810160405280929190818152602001828054801561325757602002820191905f5260205f2090815481526020019060010190808311613243575050505050614147565b905090565b6019545f5b81811015613816575f601982815481106137e1576137e16150ac565b905f5260205f20015490506137f981611c2a836142fb565b5f908152601a60205260409020805460ff191690556001016137c5565b50611cb960195f614a0c565b6001600160a01b0381165f908152600760205260408120548082036138595760405162461bcd60e51b815260040161098290615119565b600160066138686001846150c0565b81548110613878576138786150ac565b5f91825260209091206007600890920201015460ff16600381111561389f5761389f614ba3565b146112045760405162461bcd60e51b815260206004820152600f60248201526e4e6f6465206e6f742061637469766560881b6044820152606401610982565b5f6138e7612b97565b156138f25750600190565b6138fa6137c0565b505f90565b5f818152601a602052604090205460ff16613961575f818152601a60205260408120805460ff191660019081179091556019805491820181559091527f944998273e477b495144fb8794c914197f3ccb46be2900f4698fd0ef743c9695018190555b600f5481907f0c68dfd46f16dd3d4e8b6d5f10285758bbd245e8952e6028e2b007a45b45b5049061399c906001600160401b03166001615065565b6040516001600160401b03909116815260200160405180910390a250565b5f8360010183815481106139d0576139d06150ac565b905f5260205f20015490508181036139e85750505050565b818460010184815481106139fe576139fe6150ac565b5f91825260209091200155835481831115613aae575f613a1e83856150c0565b90505f613a2c866001615052565b90505b828111613a8e578187613a436001846150c0565b81548110613a5357613a536150ac565b905f5260205f20015f828254613a699190615052565b90915550613a7b905081196001615052565b613a8790821682615052565b9050613a2f565b5080866002015f828254613aa29190615052565b90915550613b44915050565b5f613ab984846150c0565b90505f613ac7866001615052565b90505b828111613b29578187613ade6001846150c0565b81548110613aee57613aee6150ac565b905f5260205f20015f828254613b0491906150c0565b90915550613b16905081196001615052565b613b2290821682615052565b9050613aca565b5080866002015f828254613b3d91906150c0565b9091555050505b815f03613b6a576001856003015f828254613b5f9190615052565b90915550613b8b9050565b825f03613b8b576001856003015f828254613b8591906150c0565b90915550505b5050505050565b60025f5403613bb457604051633ee5aeb560e01b815260040160405180910390fd5b60025f55565b6040516001600160a01b03838116602483015260448201839052613c1991859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050614610565b505050565b60038501546060905f5b8351811015613ccf576001880154848281518110613c4857613c486150ac565b6020026020010151108015613c8757505f613c85858381518110613c6e57613c6e6150ac565b60200260200101518a61450390919063ffffffff16565b115b8015613cb45750613cb28482868481518110613ca557613ca56150ac565b602002602001015161467c565b155b15613cc757613cc46001836150c0565b91505b600101613c28565b505f818510613cde5781613ce0565b845b9050806001600160401b03811115613cfa57613cfa6150d3565b604051908082528060200260200182016040528015613d23578160200160208202803683370190505b509250805f03613d34575050613d9d565b5f805b82811015613d98575f5f5f613d518d8d8d888c898f6146c3565b92509250925080945081613d6f57613d6c8d848a878d61478b565b92505b82888581518110613d8257613d826150ac565b6020908102919091010152505050600101613d37565b505050505b95945050505050565b60ff83165f9081526018602052604081208054909180826001600160401b03811115613dd457613dd46150d3565b604051908082528060200260200182016040528015613dfd578160200160208202803683370190505b5090505f5b83811015613e8d57848181548110613e1c57613e1c6150ac565b905f5260205f200154828281518110613e3757613e376150ac565b6020026020010181815250505f613e71838381518110613e5957613e596150ac565b6020026020010151600b61450390919063ffffffff16565b1115613e855782613e8181615469565b9350505b600101613e02565b50600354600160881b900460ff168383148015613eaa5750808410155b15613eb9575050505050505050565b5f838211613ec7575f613ed1565b613ed184836150c0565b90505f613ee5600b8a8c60ff168588613c1e565b90505f805b8781108015613ef95750825182105b15614059575f868281518110613f1157613f116150ac565b60200260200101519050613f2f81600b61450390919063ffffffff16565b5f0361404657838381518110613f4757613f476150ac565b60200260200101518a8381548110613f6157613f616150ac565b905f5260205f2001819055508c60ff167f9af13ce84f430ba1db375709d751907a82ad53e6674113c1f5130fa59740b70760068381548110613fa557613fa56150ac565b905f5260205f2090600802015f015f9054906101000a90046001600160a01b03166006878781518110613fda57613fda6150ac565b602002602001015181548110613ff257613ff26150ac565b5f91825260209182902060089091020154604080516001600160a01b03948516815293909116918301919091526001600160401b038f169082015260600160405180910390a28261404281615469565b9350505b508061405181615469565b915050613eea565b505b815181101561413a5787828281518110614077576140776150ac565b60209081029190910181015182546001810184555f93845291832090910155825160ff8d16917f9af13ce84f430ba1db375709d751907a82ad53e6674113c1f5130fa59740b707916006908690869081106140d4576140d46150ac565b6020026020010151815481106140ec576140ec6150ac565b5f91825260209182902060089091020154604080516001600160a01b03948516815293909116918301919091526001600160401b038d169082015260600160405180910390a260010161405b565b5050505050505050505050565b606081516001600160401b03811115614162576141626150d3565b60405190808252806020026020018201604052801561418b578160200160208202803683370190505b5090505f5b82518110156142155760068382815181106141ad576141ad6150ac565b6020026020010151815481106141c5576141c56150ac565b5f91825260209091206008909102015482516001600160a01b03909116908390839081106141f5576141f56150ac565b6001600160a01b0390921660209283029190910190910152600101614190565b50919050565b5f805b825181101561425e5761424a8484838151811061423d5761423d6150ac565b602002602001015161485c565b6142549083615052565b915060010161421e565b5060015b60175460ff908116908216116142db5760ff81165f908152601860205260408120905b81548110156142c6576142b2868383815481106142a4576142a46150ac565b905f5260205f20015461485c565b6142bc9085615052565b9350600101614285565b505080806142d3906151c6565b915050614262565b506001600160401b039092165f908152601f602052604090209190915550565b5f5f60068381548110614310576143106150ac565b5f918252602090912060089091020190506001600782015460ff16600381111561433c5761433c614ba3565b14801561435d57505f838152601d60205260409020546001600160401b0316155b614367575f61120f565b6006015492915050565b6040516001600160a01b0384811660248301528381166044830152606482018390526143aa9186918216906323b872dd90608401613be7565b50505050565b60088111156143f75760405162461bcd60e51b8152602060048201526013602482015272546f6f206d616e79206d756c7469616464727360681b6044820152606401610982565b5f5b81811015613c1957610100838383818110614416576144166150ac565b90506020028101906144289190615481565b9050111561446d5760405162461bcd60e51b81526020600482015260126024820152714d756c74696164647220746f6f206c6f6e6760701b6044820152606401610982565b6001016143f9565b8254156144ac578280548061448c5761448c6154c3565b600190038181905f5260205f20015f6144a59190614a27565b9055614475565b5f5b818110156143aa57838383838181106144c9576144c96150ac565b90506020028101906144db9190615481565b82546001810184555f9384526020909320909201916144fa918361536f565b506001016144ae565b5f826001018281548110614519576145196150ac565b905f5260205f200154905092915050565b600180830154905f9061453e908390615052565b9050825f61454e83196001615052565b8316905060015b818110156145a25786600161456a83876150c0565b61457491906150c0565b81548110614584576145846150ac565b905f5260205f200154836145989190615052565b925060011b614555565b508554600181810188555f8881526020808220909301859055818901805492830181558152918220018690556002870180548792906145e2908490615052565b90915550508415614607576001866003015f8282546146019190615052565b90915550505b50505092915050565b5f5f60205f8451602086015f885af18061462f576040513d5f823e3d81fd5b50505f513d91508115614646578060011415614653565b6001600160a01b0384163b155b156143aa57604051635274afe760e01b81526001600160a01b0385166004820152602401610982565b5f805b838110156146b9578285828151811061469a5761469a6150ac565b6020026020010151036146b157600191505061120f565b60010161467f565b505f949350505050565b60028701545f9081908190815b60408110156147755760408051602081018d90529081018b9052606081018a90525f908390608001604051602081830303815290604052805190602001205f1c61471a91906154d7565b90508961472681615469565b9a5061473490508d826148c7565b955061474189898861467c565b15801561475757506147558788518861467c565b155b1561476c57506001935088925061477e915050565b506001016146d0565b505f9250879150505b9750975097945050505050565b5f5f614798876001015490565b905060015b818111614813575f826147b0838a615052565b6147ba91906154d7565b90505f6147c78a83614503565b1180156147dc57506147da87878361467c565b155b80156147f157506147ef8586518361467c565b155b15614800579250613d9d915050565b508061480b81615469565b91505061479d565b5060405162461bcd60e51b815260206004820152601b60248201527f456c656374696f6e3a206e6f20656c696769626c6520656e74727900000000006044820152606401610982565b6001600160401b0382165f908152601e602090815260408083208484529091528120541561488b57505f61256e565b614896600b83614503565b9050801561256e576001600160401b03929092165f908152601e602090815260408083209383529290522081905590565b81545f9060015b600182901c81116148e15760011b6148ce565b5f5b8115613d9d575f6148f48383615052565b9050838111614940575f8761490a6001846150c0565b8154811061491a5761491a6150ac565b905f5260205f200154905086811161493e57819250808761493b91906150c0565b96505b505b50600182901c91506148e3565b6040518061016001604052805f6001600160a01b03168152602001606081526020015f6001600160a01b031681526020015f81526020015f8152602001606081526020015f81526020015f60038111156149a9576149a9614ba3565b81525f602082018190526040820181905260609091015290565b828054828255905f5260205f209081019282156149fc579160200282015b828111156149fc5782518255916020019190600101906149e1565b50614a08929150614a5a565b5090565b5080545f8255905f5260205f2090810190611cb99190614a5a565b508054614a33906150e7565b5f825580601f10614a42575050565b601f0160209004905f5260205f2090810190611cb991905b5b80821115614a08575f8155600101614a5b565b80356001600160a01b0381168114614a84575f5ffd5b919050565b5f60208284031215614a99575f5ffd5b61120f82614a6e565b602080825282518282018190525f918401906040840190835b81811015614ad9578351835260209384019390920191600101614abb565b509095945050505050565b5f60208284031215614af4575f5ffd5b5035919050565b5f5f60408385031215614b0c575f5ffd5b50508035926020909101359150565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b83811015614b9757601f19858403018852614b81838351614b1b565b6020988901989093509190910190600101614b65565b50909695505050505050565b634e487b7160e01b5f52602160045260245ffd5b60048110614bd357634e487b7160e01b5f52602160045260245ffd5b9052565b80516001600160a01b031682525f60208201516101606020850152614c00610160850182614b1b565b90506040830151614c1c60408601826001600160a01b03169052565b50606083015160608501526080830151608085015260a083015184820360a0860152614c488282614b49565b91505060c083015160c085015260e0830151614c6760e0860182614bb7565b50610100830151614c846101008601826001600160401b03169052565b50610120830151614ca16101208601826001600160401b03169052565b50610140830151614cbe6101408601826001600160401b03169052565b509392505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015614d1d57603f19878603018452614d08858351614bd7565b94506020938401939190910190600101614cec565b50929695505050505050565b80358015158114614a84575f5ffd5b5f60208284031215614d48575f5ffd5b61120f82614d29565b803560ff81168114614a84575f5ffd5b5f5f60408385031215614d72575f5ffd5b614d7b83614d51565b9150614d8960208401614d51565b90509250929050565b80356001600160401b0381168114614a84575f5ffd5b5f60208284031215614db8575f5ffd5b61120f82614d92565b5f60208284031215614dd1575f5ffd5b61120f82614d51565b5f5f83601f840112614dea575f5ffd5b5081356001600160401b03811115614e00575f5ffd5b6020830191508360208260051b8501011115614e1a575f5ffd5b9250929050565b5f5f60208385031215614e32575f5ffd5b82356001600160401b03811115614e47575f5ffd5b614e5385828601614dda565b90969095509350505050565b602081525f61120f6020830184614bd7565b5f5f83601f840112614e81575f5ffd5b5081356001600160401b03811115614e97575f5ffd5b602083019150836020828501011115614e1a575f5ffd5b5f5f5f5f5f5f5f5f60c0898b031215614ec5575f5ffd5b88356001600160401b03811115614eda575f5ffd5b614ee68b828c01614e71565b9099509750614ef9905060208a01614a6e565b9550604089013594506060890135935060808901356001600160401b03811115614f21575f5ffd5b614f2d8b828c01614dda565b999c989b50969995989497949560a00135949350505050565b5f5f60208385031215614f57575f5ffd5b82356001600160401b03811115614f6c575f5ffd5b614e5385828601614e71565b5f5f60408385031215614f89575f5ffd5b614f9283614d92565b946020939093013593505050565b5f5f60408385031215614fb1575f5ffd5b614fba83614d92565b9150614d8960208401614a6e565b5f5f60408385031215614fd9575f5ffd5b82359150614d8960208401614d29565b5f8151808452602084019350602083015f5b828110156150225781516001600160a01b0316865260209586019590910190600101614ffb565b5093949350505050565b602081525f61120f6020830184614fe9565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561256e5761256e61503e565b6001600160401b03818116838216019081111561256e5761256e61503e565b6020808252600e908201526d4e6f7420676f7665726e616e636560901b604082015260600190565b634e487b7160e01b5f52603260045260245ffd5b8181038181111561256e5761256e61503e565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806150fb57607f821691505b60208210810361421557634e487b7160e01b5f52602260045260245ffd5b6020808252600e908201526d139bd919481b9bdd08199bdd5b9960921b604082015260600190565b5f5f835461514e816150e7565b600182168015615165576001811461517a576151a7565b60ff19831686528115158202860193506151a7565b865f5260205f205f5b8381101561519f57815488820152600190910190602001615183565b505081860193505b509195945050505050565b634e487b7160e01b5f52600160045260245ffd5b5f60ff821660ff81036151db576151db61503e565b60010192915050565b60ff818116838216019081111561256e5761256e61503e565b604081525f61520f6040830185614fe9565b90506001600160401b03831660208301529392505050565b848152836020820152608060408201525f6152456080830185614fe9565b905082606083015295945050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602080825281018290525f6040600584901b830181019083018583601e1936839003015b8782101561530f57868503603f1901845282358181126152c0575f5ffd5b89016020810190356001600160401b038111156152db575f5ffd5b8036038213156152e9575f5ffd5b6152f4878284615256565b965050506020830192506020840193506001820191506152a2565b5092979650505050505050565b818382375f9101908152919050565b601f821115613c1957805f5260205f20601f840160051c810160208510156153505750805b601f840160051c820191505b81811015613b8b575f815560010161535c565b6001600160401b03831115615386576153866150d3565b61539a8361539483546150e7565b8361532b565b5f601f8411600181146153cb575f85156153b45750838201355b5f19600387901b1c1916600186901b178355613b8b565b5f83815260208120601f198716915b828110156153fa57868501358255602094850194600190920191016153da565b5086821015615416575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b60a081525f61543b60a08301888a615256565b6001600160a01b03969096166020830152506040810193909352606083019190915260809091015292915050565b5f6001820161547a5761547a61503e565b5060010190565b5f5f8335601e19843603018112615496575f5ffd5b8301803591506001600160401b038211156154af575f5ffd5b602001915036819003821315614e1a575f5ffd5b634e487b7160e01b5f52603160045260245ffd5b5f826154f157634e487b7160e01b5f52601260045260245ffd5b50069056",
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
