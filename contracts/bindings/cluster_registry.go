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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minStake_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epochLength_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"requestBlock\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seedBlock\",\"type\":\"uint256\"}],\"name\":\"AdvanceRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"blackBoxCount\",\"type\":\"uint8\"}],\"name\":\"BlackBoxCountChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"ClusterFormed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oldOperator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newOperator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"ClusterMemberReplaced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"clusterSize\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"clusterThreshold\",\"type\":\"uint8\"}],\"name\":\"ClusterShapeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"startBlock\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"blackBoxes\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalStake\",\"type\":\"uint256\"}],\"name\":\"EpochAdvanced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epochLength\",\"type\":\"uint64\"}],\"name\":\"EpochLengthChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousGovernance\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"GovernanceTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"MeasurementAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"MinStakeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"}],\"name\":\"MultiaddrsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"NodeRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"NodeUnbonding\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousGovernance\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"ParametersGovernanceChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"simPlatformKey\",\"type\":\"bytes32\"}],\"name\":\"SimPlatformKeyChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"SimulatedEnclavesAllowedChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newStake\",\"type\":\"uint256\"}],\"name\":\"StakeToppedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"targetClusterCount\",\"type\":\"uint8\"}],\"name\":\"TargetClusterCountChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unbondingDelay\",\"type\":\"uint64\"}],\"name\":\"UnbondingDelayChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"WeightQueued\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BLOCKHASH_HORIZON\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BLACK_BOX_COUNT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CLUSTER_SIZE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MULTIADDRS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MULTIADDR_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PEER_ID_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SEED_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activeNodeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"advanceEpoch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"advancePending\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"advanceRequestBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blackBoxCount\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blackBoxIndexes\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blackBoxes\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clusterCount\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"}],\"name\":\"clusterMemberIndexes\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"}],\"name\":\"clusterMembers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clusterSize\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clusterThreshold\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"drawWeight\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"drawWeights\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"out\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochSeed\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochStartBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"}],\"name\":\"isElectedBlackBox\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"name\":\"isMeasurementAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"nodeAt\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"}],\"name\":\"nodeByEnclaveWallet\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"}],\"name\":\"nodeByPeerId\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nodeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"nodeIndexOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"nodeOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"nodesRange\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"parametersGovernance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queuedWeightCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestAdvance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"}],\"name\":\"setBlackBoxCount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"size\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"setClusterShape\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"v\",\"type\":\"uint64\"}],\"name\":\"setEpochLength\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setMeasurementAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"v\",\"type\":\"uint256\"}],\"name\":\"setMinStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newParametersGovernance\",\"type\":\"address\"}],\"name\":\"setParametersGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"setSimPlatformKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setSimulatedEnclavesAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"}],\"name\":\"setTargetClusterCount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"v\",\"type\":\"uint64\"}],\"name\":\"setUnbondingDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"simPlatformKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"simulatedEnclavesAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakingToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"targetClusterCount\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"topUp\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalActiveStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"transferGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"}],\"name\":\"updateMultiaddrs\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051614ed7380380614ed783398101604081905261002e916101d7565b60015f556001600160a01b03841661007d5760405162461bcd60e51b815260206004820152600d60248201526c546f6b656e206973207a65726f60981b60448201526064015b60405180910390fd5b5f83116100c05760405162461bcd60e51b81526020600482015260116024820152704d696e207374616b65206973207a65726f60781b6044820152606401610074565b5f826001600160401b0316116101185760405162461bcd60e51b815260206004820152601460248201527f45706f6368206c656e677468206973207a65726f0000000000000000000000006044820152606401610074565b6001600160a01b038416608052600180546001600160a01b03191633908117909155600284905560038054630103050360801b63ffffffff60801b196001600160401b0386811668010000000000000000026001600160801b0319909416908816179290921791909116179055436010556040515f907f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80908290a35050505061022f565b80516001600160401b03811681146101d2575f5ffd5b919050565b5f5f5f5f608085870312156101ea575f5ffd5b84516001600160a01b0381168114610200575f5ffd5b60208601519094509250610216604086016101bc565b9150610224606086016101bc565b905092959194509250565b608051614c7b61025c5f395f81816106210152818161123a0152818161186101526127330152614c7b5ff3fe608060405234801561000f575f5ffd5b506004361061039e575f3560e01c80635e6068ec116101ea57806391c05f0911610114578063d38bfff4116100a9578063ee879d3911610079578063ee879d391461040b578063f927727c146107aa578063fb1bcd88146107bd578063ffd01a3f146107df575f5ffd5b8063d38bfff41461074a578063d4978f8e1461075d578063db7dd35a1461077d578063eaeeb0ed14610797575f5ffd5b8063c9cd76d3116100e4578063c9cd76d3146106fe578063d01ac2b614610711578063d086b4ba14610724578063d16c16ef14610737575f5ffd5b806391c05f09146106bc57806397bf0e85146106cf5780639867b9a1146106d7578063bdd18036146106ea575f5ffd5b806374220d861161018a5780638c50d5291161015a5780638c50d529146106865780638c80fd901461068e5780638eb7d14f146106a157806390c84ab6146106b4575f5ffd5b806374220d86146106435780637534081514610656578063766718081461065f5780637689778114610672575f5ffd5b8063682a9141116101c5578063682a9141146105f45780636da49b8314610607578063702f45f31461060f57806372f702f31461061c575f5ffd5b80635e6068ec146105be57806361112425146105c757806365406334146105eb575f5ffd5b806338b2393d116102cb5780634c5770fe1161026b578063570adc3b1161023b578063570adc3b1461055857806357d775f8146105785780635aa6e675146105a35780635df6a6bc146105b6575f5ffd5b80634c5770fe1461050b57806350017f3e1461051f578063517f054a146105325780635702e02c14610545575f5ffd5b80633ccfd60b116102a65780633ccfd60b146104df5780633cf80e6c146104e75780633ed55b7b146104ef578063429e03b2146104f8575f5ffd5b806338b2393d146104a15780633acf641e146104b45780633b781ef81461044f575f5ffd5b806328bef7e3116103415780632ef3dbf5116103115780632ef3dbf51461046a578063375b3c0a1461047257806337bbf30e1461047b5780633857bfb01461048e575f5ffd5b806328bef7e31461042757806328f7314814610447578063293995281461044f5780632af84c5e14610457575f5ffd5b806311d576b31161037c57806311d576b3146103ec5780631bdc7eec146103f657806320cd9ad11461040b578063252b39c814610414575f5ffd5b8063011c96e6146103a25780630cfe406e146103cd578063113b5600146103e4575b5f5ffd5b6003546103b690600160981b900460ff1681565b60405160ff90911681526020015b60405180910390f35b6103d660115481565b6040519081526020016103c4565b6017546103d6565b6103f46107e7565b005b6103fe610950565b6040516103c4919061424c565b6103d661010081565b6103f461042236600461428e565b6109a6565b61043a6104353660046142a5565b610a0c565b6040516103c49190614470565b600d546103d6565b6103b6602081565b6103f46104653660046144e7565b610d30565b6103d6600181565b6103d660025481565b6103f4610489366004614510565b610da7565b6103d661049c366004614557565b610eb0565b6103f46104af366004614570565b610ef9565b6019546104c7906001600160a01b031681565b6040516001600160a01b0390911681526020016103c4565b6103f4610fe0565b6103f46112a5565b6103d660105481565b6103f4610506366004614570565b6116ee565b6003546103b690600160801b900460ff1681565b6103f461052d36600461428e565b611797565b6103f4610540366004614596565b6118dd565b6103f46105533660046145f6565b6119b9565b61056b610566366004614557565b611a43565b6040516103c49190614634565b60035461058b906001600160401b031681565b6040516001600160401b0390911681526020016103c4565b6001546104c7906001600160a01b031681565b6103f4611cf0565b6103d660125481565b6003546105db90600160a01b900460ff1681565b60405190151581526020016103c4565b6103d660045481565b61056b610602366004614557565b611e5d565b6006546103d6565b6015546103b69060ff1681565b6104c77f000000000000000000000000000000000000000000000000000000000000000081565b6103fe6106513660046142a5565b6120cf565b6103d6600a5481565b600f5461058b906001600160401b031681565b6003546103b690600160901b900460ff1681565b6103d6600881565b6103f461069c36600461428e565b61219d565b6103fe6106af366004614596565b61225e565b6103d6608081565b6103d66106ca366004614683565b61231e565b6105db6127c0565b61056b6106e536600461471b565b6127f1565b6003546103b690600160881b900460ff1681565b6103f461070c366004614596565b612ab3565b6103f461071f36600461474d565b612b96565b6103d661073236600461428e565b612c0f565b6105db610745366004614557565b612c1b565b6103f4610758366004614557565b612c91565b61077061076b366004614596565b612d61565b6040516103c491906147b1565b60035461058b90600160401b90046001600160401b031681565b6103f46107a5366004614557565b612e22565b61056b6107b836600461428e565b612ea7565b6105db6107cb36600461428e565b5f9081526005602052604090205460ff1690565b6107706130b1565b600354601054610800916001600160401b0316906147d7565b4310156108455760405162461bcd60e51b815260206004820152600e60248201526d22b837b1b4103737ba1037bb32b960911b60448201526064015b60405180910390fd5b61084d6127c0565b1561089a5760405162461bcd60e51b815260206004820152601960248201527f416476616e636520616c72656164792072657175657374656400000000000000604482015260640161083c565b5f600a54116108dd5760405162461bcd60e51b815260206004820152600f60248201526e4e6f20616374697665206e6f64657360881b604482015260640161083c565b6108e561310d565b43601255600f54610900906001600160401b031660016147ea565b6001600160401b03167f438ae0637f3ebc141d73e9180ae4fb5939a23c512739e0f235504a3ef5643632436109366001826147d7565b6040805192835260208301919091520160405180910390a2565b6060601380548060200260200160405190810160405280929190818152602001828054801561099c57602002820191905f5260205f20905b815481526020019060010190808311610988575b5050505050905090565b6001546001600160a01b031633146109d05760405162461bcd60e51b815260040161083c90614809565b60048190556040518181527ff258c8c19d6a8a651db088429207d3a23f68308909895f4a6a976943c30e6ba9906020015b60405180910390a150565b60605f610a1983856147d7565b600654909150811115610a2b57506006545b80841115610a37578093505b610a418482614831565b6001600160401b03811115610a5857610a58614844565b604051908082528060200260200182016040528015610a9157816020015b610a7e61412b565b815260200190600190039081610a765790505b509150835b81811015610d285760068181548110610ab157610ab1614858565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b031682526001810180549293919291840191610af19061486c565b80601f0160208091040260200160405190810160405280929190818152602001828054610b1d9061486c565b8015610b685780601f10610b3f57610100808354040283529160200191610b68565b820191905f5260205f20905b815481529060010190602001808311610b4b57829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015610c7f578382905f5260205f20018054610bf49061486c565b80601f0160208091040260200160405190810160405280929190818152602001828054610c209061486c565b8015610c6b5780601f10610c4257610100808354040283529160200191610c6b565b820191905f5260205f20905b815481529060010190602001808311610c4e57829003601f168201915b505050505081526020019060010190610bd7565b5050509082525060068201546020820152600782015460409091019060ff166003811115610caf57610caf61434d565b6003811115610cc057610cc061434d565b8152600791909101546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660609091015283610d058784614831565b81518110610d1557610d15614858565b6020908102919091010152600101610a96565b505092915050565b6001546001600160a01b03163314610d5a5760405162461bcd60e51b815260040161083c90614809565b60038054821515600160a01b0260ff60a01b199091161790556040517f2a982c74152d5d61a52d3be4d465baf0c27caa75559115699ed355d90c0a6d3a90610a0190831515815260200190565b6001546001600160a01b03163314610dd15760405162461bcd60e51b815260040161083c90614809565b60028160ff1610158015610deb57508160ff168160ff1611155b8015610dfb5750602060ff831611155b610e3f5760405162461bcd60e51b8152602060048201526015602482015274496e76616c696420636c757374657220736861706560581b604482015260640161083c565b6003805461ffff60881b1916600160881b60ff85811691820260ff60901b191692909217600160901b928516928302179092556040805192835260208301919091527fb943698abfcc36471a94b9d7f8c6b0f16ba349304d56bef93d880f2328572743910160405180910390a15050565b6001600160a01b0381165f90815260076020526040812054808203610ee75760405162461bcd60e51b815260040161083c9061489e565b610ef2600182614831565b9392505050565b6001546001600160a01b0316331480610f2657506019546001600160a01b031633148015610f2657503315155b610f425760405162461bcd60e51b815260040161083c90614809565b5f816001600160401b031611610f915760405162461bcd60e51b815260206004820152601460248201527345706f6368206c656e677468206973207a65726f60601b604482015260640161083c565b6003805467ffffffffffffffff19166001600160401b0383169081179091556040519081527fbd674c39601ab02b1011c8c98746cf751f810f0ccf168f8a214cb0d65f92ae4890602001610a01565b610fe86131c1565b335f90815260076020526040812054908190036110175760405162461bcd60e51b815260040161083c9061489e565b5f611023600183614831565b90505f6006828154811061103957611039614858565b5f918252602090912060089091020190506002600782015460ff1660038111156110655761106561434d565b146110a75760405162461bcd60e51b81526020600482015260126024820152714e6f6465206e6f7420756e626f6e64696e6760701b604482015260640161083c565b60035460078201546110d3916001600160401b03600160401b909104811691600160481b9004166147d7565b4310156111225760405162461bcd60e51b815260206004820152601860248201527f556e626f6e64696e672064656c6179206e6f74206f7665720000000000000000604482015260640161083c565b6007810154600f546001600160401b03600160881b9092048216911611806111705750600f546001600160401b031615801561117057506007810154600160881b90046001600160401b0316155b6111bc5760405162461bcd60e51b815260206004820152601860248201527f5374696c6c2073657276696e6720746869732065706f63680000000000000000604482015260640161083c565b6006810180545f918290556007808401805460ff1916600317905533835260205260408083208390555190916008916111f99060018601906148c6565b604080519182900390912082526020808301939093529081015f90812081905560028501546001600160a01b039081168252600990935290812055611261907f00000000000000000000000000000000000000000000000000000000000000001633836131e9565b60405181815233907f8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc9060200160405180910390a2505050506112a360015f55565b565b6012545f8190036112f05760405162461bcd60e51b815260206004820152601560248201527410591d985b98d9481b9bdd081c995c5d595cdd1959605a1b604482015260640161083c565b5f6112fc6001836147d7565b90508043116113445760405162461bcd60e51b815260206004820152601460248201527314d9595908189b1bd8dac81b9bdd081b5a5b995960621b604482015260640161083c565b611350610100826147d7565b43111561139f5760405162461bcd60e51b815260206004820152601760248201527f416476616e636520726571756573742065787069726564000000000000000000604482015260640161083c565b8040806113ae576113ae614937565b5f6012819055600f546113cb906001600160401b031660016147ea565b6040805160208082018690526001600160401b03841682840181905230606080850191909152845180850390910181526080840180865281519190930120600f805467ffffffffffffffff19169092179091554360105560118190555f80835260a0909301909352600354939450919261145690600b9085908490600160801b900460ff168661324d565b805190915061146c9060139060208401906141a1565b505f81516001600160401b0381111561148757611487614844565b6040519080825280602002602001820160405280156114b0578160200160208202803683370190505b5090505f5b8251811015611588578560145f8584815181106114d4576114d4614858565b602002602001015181526020019081526020015f205f6101000a8154816001600160401b0302191690836001600160401b03160217905550600683828151811061152057611520614858565b60200260200101518154811061153857611538614858565b5f91825260209091206008909102015482516001600160a01b039091169083908390811061156857611568614858565b6001600160a01b03909216602092830291909101909101526001016114b5565b5060015b60155460ff908116908216116115b9576115a78186886133d5565b806115b18161494b565b91505061158c565b505b60035460155460ff600160981b909204821691161015611691576015545f906115e89060ff166001614969565b6015805460ff191660ff8381169182179092556003549293505f9261161d92600b928a929091600160881b909104168961324d565b60ff83165f90815260166020908152604090912082519293506116449290918401906141a1565b508160ff167ff77ceac0465c6af5b63fac9399e2e373460d215e6a210b9951e55cba5a97fa9561167383613776565b89604051611682929190614982565b60405180910390a250506115bb565b600d5461169c61310d565b856001600160401b03167f6c0d77d579c4287f597e07e4df08445b9b219de53189aef0e816dba055061995864385856040516116db94939291906149ac565b60405180910390a2505050505050505050565b6001546001600160a01b031633148061171b57506019546001600160a01b03163314801561171b57503315155b6117375760405162461bcd60e51b815260040161083c90614809565b600380546fffffffffffffffff00000000000000001916600160401b6001600160401b038416908102919091179091556040519081527f5c2121dd9ae1ab0173ffb91cbc1ea3a04fa9b6a87da9e924a13d9fa3e76c845b90602001610a01565b61179f6131c1565b5f81116117df5760405162461bcd60e51b815260206004820152600e60248201526d416d6f756e74206973207a65726f60901b604482015260640161083c565b5f6117e93361384a565b90505f600682815481106117ff576117ff614858565b905f5260205f209060080201905082816006015f82825461182091906147d7565b9091555061182e9050613906565b156118415761183c82613927565b611854565b600681015461185490600b9084906139e2565b6118896001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333086613bba565b600681015460405133917f4fedc3e6c116ab84f1fd1c936a810844ab9ff4be38b3d805cca0cfac9da579df916118c791878252602082015260400190565b60405180910390a250506118da60015f55565b50565b6001546001600160a01b031633146119075760405162461bcd60e51b815260040161083c90614809565b60018160ff161015801561191f5750602060ff821611155b61196b5760405162461bcd60e51b815260206004820152601760248201527f496e76616c696420426c61636b20426f7820636f756e74000000000000000000604482015260640161083c565b6003805460ff60801b1916600160801b60ff8416908102919091179091556040519081527f8a63f6ec305dcc6415cc5e8a1994203cf9acf0feb0c957bfc74a114539df3aa890602001610a01565b5f6119c33361384a565b90506119cf8383613bf9565b6119fb600682815481106119e5576119e5614858565b905f5260205f2090600802016005018484613cbe565b336001600160a01b03167f0e38467bedc6c9efbaa8ac5b1c18c3941a4cd07ced6afd504581db19d4b669eb8484604051611a36929190614a03565b60405180910390a2505050565b611a4b61412b565b6001600160a01b0382165f9081526009602052604081205490819003611a835760405162461bcd60e51b815260040161083c9061489e565b6006611a90600183614831565b81548110611aa057611aa0614858565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b031682526001810180549293919291840191611ae09061486c565b80601f0160208091040260200160405190810160405280929190818152602001828054611b0c9061486c565b8015611b575780601f10611b2e57610100808354040283529160200191611b57565b820191905f5260205f20905b815481529060010190602001808311611b3a57829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015611c6e578382905f5260205f20018054611be39061486c565b80601f0160208091040260200160405190810160405280929190818152602001828054611c0f9061486c565b8015611c5a5780601f10611c3157610100808354040283529160200191611c5a565b820191905f5260205f20905b815481529060010190602001808311611c3d57829003601f168201915b505050505081526020019060010190611bc6565b5050509082525060068201546020820152600782015460409091019060ff166003811115611c9e57611c9e61434d565b6003811115611caf57611caf61434d565b8152600791909101546001600160401b03610100820481166020840152600160481b820481166040840152600160881b909104166060909101529392505050565b5f611cfa3361384a565b90505f60068281548110611d1057611d10614858565b5f91825260208220600760089092020190810180546001600160401b034316600160481b0270ffffffffffffffff0000000000000000ff19909116176002179055600a80549193506001929091611d68908490614831565b90915550611d769050613906565b15611dc857600f54611d92906001600160401b031660016147ea565b8160070160116101000a8154816001600160401b0302191690836001600160401b03160217905550611dc382613927565b611e02565b600f5460078201805467ffffffffffffffff60881b19166001600160401b03909216600160881b02919091179055611e02600b835f6139e2565b6007810154600f5460408051600160481b9093046001600160401b039081168452909116602083015233917facbe3fcfeb0dbc9723b0e163f02d00ebd97c796fcfad93f33ecaa6393c0c9a8191015b60405180910390a25050565b611e6561412b565b6006611e7083610eb0565b81548110611e8057611e80614858565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b031682526001810180549293919291840191611ec09061486c565b80601f0160208091040260200160405190810160405280929190818152602001828054611eec9061486c565b8015611f375780601f10611f0e57610100808354040283529160200191611f37565b820191905f5260205f20905b815481529060010190602001808311611f1a57829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b8282101561204e578382905f5260205f20018054611fc39061486c565b80601f0160208091040260200160405190810160405280929190818152602001828054611fef9061486c565b801561203a5780601f106120115761010080835404028352916020019161203a565b820191905f5260205f20905b81548152906001019060200180831161201d57829003601f168201915b505050505081526020019060010190611fa6565b5050509082525060068201546020820152600782015460409091019060ff16600381111561207e5761207e61434d565b600381111561208f5761208f61434d565b8152600791909101546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660609091015292915050565b6006546060908084106120f1575050604080515f815260208101909152612197565b6120fb8482614831565b83111561210f5761210c8482614831565b92505b826001600160401b0381111561212757612127614844565b604051908082528060200260200182016040528015612150578160200160208202803683370190505b5091505f5b83811015610d285761217261216a82876147d7565b600b90613d4c565b83828151811061218457612184614858565b6020908102919091010152600101612155565b92915050565b6001546001600160a01b03163314806121ca57506019546001600160a01b0316331480156121ca57503315155b6121e65760405162461bcd60e51b815260040161083c90614809565b5f81116122295760405162461bcd60e51b81526020600482015260116024820152704d696e207374616b65206973207a65726f60781b604482015260640161083c565b60028190556040518181527f4d36185d86b6e1aefe7e3c72bbcf2329ea433a9dc2655a34739abe83a7ce74a090602001610a01565b606060018260ff161015801561227d575060155460ff90811690831611155b6122bd5760405162461bcd60e51b815260206004820152601160248201527010db1d5cdd195c881b9bdd08199bdd5b99607a1b604482015260640161083c565b60ff82165f908152601660209081526040918290208054835181840281018401909452808452909183018282801561231257602002820191905f5260205f20905b8154815260200190600101908083116122fe575b50505050509050919050565b5f6123276131c1565b876123645760405162461bcd60e51b815260206004820152600d60248201526c115b5c1d1e481c19595c881251609a1b604482015260640161083c565b60808811156123a85760405162461bcd60e51b815260206004820152601060248201526f5065657220494420746f6f206c6f6e6760801b604482015260640161083c565b6001600160a01b0387166123f75760405162461bcd60e51b8152602060048201526016602482015275456e636c6176652077616c6c6574206973207a65726f60501b604482015260640161083c565b60025482101561243f5760405162461bcd60e51b81526020600482015260136024820152725374616b652062656c6f77206d696e696d756d60681b604482015260640161083c565b335f908152600760205260409020541561249b5760405162461bcd60e51b815260206004820152601b60248201527f4f70657261746f7220616c726561647920726567697374657265640000000000604482015260640161083c565b5f89896040516124ac929190614aa1565b6040518091039020905060085f8281526020019081526020015f20545f146125165760405162461bcd60e51b815260206004820152601a60248201527f5065657220494420616c72656164792072656769737465726564000000000000604482015260640161083c565b6001600160a01b0388165f90815260096020526040902054156125855760405162461bcd60e51b815260206004820152602160248201527f456e636c6176652077616c6c657420616c7265616479207265676973746572656044820152601960fa1b606482015260840161083c565b61258f8585613bf9565b600680546001810182555f91909152600881027ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f810180546001600160a01b031916331781559193507ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d40016126058b8d83614af4565b506002810180546001600160a01b0319166001600160a01b038b16179055600381018890556004810187905561263f600582018787613cbe565b60068101849055600781018054600168ffffffffffffffffff19909116610100436001600160401b03160217811790915561267b9084906147d7565b335f908152600760205260409020556126958360016147d7565b5f838152600860205260409020556126ae8360016147d7565b6001600160a01b038a165f90815260096020526040812091909155600a8054600192906126dc9084906147d7565b909155505f90506126eb613906565b90505f612706826126fc57866126fe565b5f5b600b90613d73565b905084811461271757612717614937565b81156127265761272685613927565b61275b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333089613bba565b84336001600160a01b03167f0dce6d517f3ed33f0a2a226361007647934534667d68f453cc27b8b63fe3708c8f8f8f8f8f8d60405161279f96959493929190614bad565b60405180910390a3505050506127b460015f55565b98975050505050505050565b6012545f9080158015906127eb57506101006127dd6001836147d7565b6127e791906147d7565b4311155b91505090565b6127f961412b565b5f60085f858560405161280d929190614aa1565b604051809103902081526020019081526020015f20549050805f036128445760405162461bcd60e51b815260040161083c9061489e565b6006612851600183614831565b8154811061286157612861614858565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b0316825260018101805492939192918401916128a19061486c565b80601f01602080910402602001604051908101604052809291908181526020018280546128cd9061486c565b80156129185780601f106128ef57610100808354040283529160200191612918565b820191905f5260205f20905b8154815290600101906020018083116128fb57829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015612a2f578382905f5260205f200180546129a49061486c565b80601f01602080910402602001604051908101604052809291908181526020018280546129d09061486c565b8015612a1b5780601f106129f257610100808354040283529160200191612a1b565b820191905f5260205f20905b8154815290600101906020018083116129fe57829003601f168201915b505050505081526020019060010190612987565b5050509082525060068201546020820152600782015460409091019060ff166003811115612a5f57612a5f61434d565b6003811115612a7057612a7061434d565b8152600791909101546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660609091015291505092915050565b6001546001600160a01b0316331480612ae057506019546001600160a01b031633148015612ae057503315155b612afc5760405162461bcd60e51b815260040161083c90614809565b60018160ff161015612b485760405162461bcd60e51b8152602060048201526015602482015274125b9d985b1a590818db1d5cdd195c8818dbdd5b9d605a1b604482015260640161083c565b6003805460ff60981b1916600160981b60ff8416908102919091179091556040519081527f2f5d5ec52597b172ad20103f52a69cd36c9f2d4de25336fd287af0f6e09e540490602001610a01565b6001546001600160a01b03163314612bc05760405162461bcd60e51b815260040161083c90614809565b5f82815260056020908152604091829020805460ff1916841515908117909155915191825283917fafcf6d9e15b52d84b357f8cb8fba57f4244e05127068225561b6cb74507296549101611e51565b5f612197600b83613d4c565b6001600160a01b0381165f90815260096020526040812054801580612c495750600f546001600160401b0316155b15612c5657505f92915050565b600f546001600160401b031660145f612c70600185614831565b815260208101919091526040015f20546001600160401b0316149392505050565b6001546001600160a01b03163314612cbb5760405162461bcd60e51b815260040161083c90614809565b6001600160a01b038116612d065760405162461bcd60e51b8152602060048201526012602482015271476f7665726e616e6365206973207a65726f60701b604482015260640161083c565b6001546040516001600160a01b038084169216907f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80905f90a3600180546001600160a01b0319166001600160a01b0392909216919091179055565b606060018260ff1610158015612d80575060155460ff90811690831611155b612dc05760405162461bcd60e51b815260206004820152601160248201527010db1d5cdd195c881b9bdd08199bdd5b99607a1b604482015260640161083c565b60ff82165f9081526016602090815260409182902080548351818402810184019094528084526121979392830182828015612e1857602002820191905f5260205f20905b815481526020019060010190808311612e04575b5050505050613776565b6001546001600160a01b03163314612e4c5760405162461bcd60e51b815260040161083c90614809565b6019546040516001600160a01b038084169216907f9093d76da4c2e24de93b17a1ea2c05715613908e6bda892e5ca2024f77803e5a905f90a3601980546001600160a01b0319166001600160a01b0392909216919091179055565b612eaf61412b565b6006548210612ed05760405162461bcd60e51b815260040161083c9061489e565b60068281548110612ee357612ee3614858565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b031682526001810180549293919291840191612f239061486c565b80601f0160208091040260200160405190810160405280929190818152602001828054612f4f9061486c565b8015612f9a5780601f10612f7157610100808354040283529160200191612f9a565b820191905f5260205f20905b815481529060010190602001808311612f7d57829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b8282101561204e578382905f5260205f200180546130269061486c565b80601f01602080910402602001604051908101604052809291908181526020018280546130529061486c565b801561309d5780601f106130745761010080835404028352916020019161309d565b820191905f5260205f20905b81548152906001019060200180831161308057829003601f168201915b505050505081526020019060010190613009565b60606131086013805480602002602001604051908101604052809291908181526020018280548015612e1857602002820191905f5260205f2090815481526020019060010190808311612e04575050505050613776565b905090565b6017545f5b818110156131b5575f6017828154811061312e5761312e614858565b905f5260205f20015490505f6006828154811061314d5761314d614858565b5f91825260209091206008909102019050613197826001600784015460ff16600381111561317d5761317d61434d565b14613188575f61318e565b82600601545b600b91906139e2565b505f908152601860205260409020805460ff19169055600101613112565b506118da60175f6141ea565b60025f54036131e357604051633ee5aeb560e01b815260040160405180910390fd5b60025f55565b6040516001600160a01b0383811660248301526044820183905261324891859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050613e59565b505050565b60038501546060905f5b83518110156132fe57600188015484828151811061327757613277614858565b60200260200101511080156132b657505f6132b485838151811061329d5761329d614858565b60200260200101518a613d4c90919063ffffffff16565b115b80156132e357506132e184828684815181106132d4576132d4614858565b6020026020010151613ec5565b155b156132f6576132f3600183614831565b91505b600101613257565b505f81851061330d578161330f565b845b9050806001600160401b0381111561332957613329614844565b604051908082528060200260200182016040528015613352578160200160208202803683370190505b509250805f036133635750506133cc565b5f805b828110156133c7575f5f5f6133808d8d8d888c898f613f0c565b9250925092508094508161339e5761339b8d848a878d613fd4565b92505b828885815181106133b1576133b1614858565b6020908102919091010152505050600101613366565b505050505b95945050505050565b60ff83165f9081526016602052604081208054909180826001600160401b0381111561340357613403614844565b60405190808252806020026020018201604052801561342c578160200160208202803683370190505b5090505f5b838110156134bc5784818154811061344b5761344b614858565b905f5260205f20015482828151811061346657613466614858565b6020026020010181815250505f6134a083838151811061348857613488614858565b6020026020010151600b613d4c90919063ffffffff16565b11156134b457826134b081614bee565b9350505b600101613431565b50600354600160881b900460ff1683831480156134d95750808410155b156134e8575050505050505050565b5f8382116134f6575f613500565b6135008483614831565b90505f613514600b8a8c60ff16858861324d565b90505f805b87811080156135285750825182105b15613688575f86828151811061354057613540614858565b6020026020010151905061355e81600b613d4c90919063ffffffff16565b5f036136755783838151811061357657613576614858565b60200260200101518a838154811061359057613590614858565b905f5260205f2001819055508c60ff167f9af13ce84f430ba1db375709d751907a82ad53e6674113c1f5130fa59740b707600683815481106135d4576135d4614858565b905f5260205f2090600802015f015f9054906101000a90046001600160a01b0316600687878151811061360957613609614858565b60200260200101518154811061362157613621614858565b5f91825260209182902060089091020154604080516001600160a01b03948516815293909116918301919091526001600160401b038f169082015260600160405180910390a28261367181614bee565b9350505b508061368081614bee565b915050613519565b505b815181101561376957878282815181106136a6576136a6614858565b60209081029190910181015182546001810184555f93845291832090910155825160ff8d16917f9af13ce84f430ba1db375709d751907a82ad53e6674113c1f5130fa59740b7079160069086908690811061370357613703614858565b60200260200101518154811061371b5761371b614858565b5f91825260209182902060089091020154604080516001600160a01b03948516815293909116918301919091526001600160401b038d169082015260600160405180910390a260010161368a565b5050505050505050505050565b606081516001600160401b0381111561379157613791614844565b6040519080825280602002602001820160405280156137ba578160200160208202803683370190505b5090505f5b82518110156138445760068382815181106137dc576137dc614858565b6020026020010151815481106137f4576137f4614858565b5f91825260209091206008909102015482516001600160a01b039091169083908390811061382457613824614858565b6001600160a01b03909216602092830291909101909101526001016137bf565b50919050565b6001600160a01b0381165f908152600760205260408120548082036138815760405162461bcd60e51b815260040161083c9061489e565b60016006613890600184614831565b815481106138a0576138a0614858565b5f91825260209091206007600890920201015460ff1660038111156138c7576138c761434d565b14610ee75760405162461bcd60e51b815260206004820152600f60248201526e4e6f6465206e6f742061637469766560881b604482015260640161083c565b5f61390f6127c0565b1561391a5750600190565b61392261310d565b505f90565b5f8181526018602052604090205460ff16613989575f818152601860205260408120805460ff191660019081179091556017805491820181559091527fc624b66cc0138b8fabc209247f72d758e1cf3343756d543badbf24212bed8c15018190555b600f5481907f0c68dfd46f16dd3d4e8b6d5f10285758bbd245e8952e6028e2b007a45b45b504906139c4906001600160401b031660016147ea565b6040516001600160401b03909116815260200160405180910390a250565b5f8360010183815481106139f8576139f8614858565b905f5260205f2001549050818103613a105750505050565b81846001018481548110613a2657613a26614858565b5f91825260209091200155835481831115613ad6575f613a468385614831565b90505f613a548660016147d7565b90505b828111613ab6578187613a6b600184614831565b81548110613a7b57613a7b614858565b905f5260205f20015f828254613a9191906147d7565b90915550613aa39050811960016147d7565b613aaf908216826147d7565b9050613a57565b5080866002015f828254613aca91906147d7565b90915550613b6c915050565b5f613ae18484614831565b90505f613aef8660016147d7565b90505b828111613b51578187613b06600184614831565b81548110613b1657613b16614858565b905f5260205f20015f828254613b2c9190614831565b90915550613b3e9050811960016147d7565b613b4a908216826147d7565b9050613af2565b5080866002015f828254613b659190614831565b9091555050505b815f03613b92576001856003015f828254613b8791906147d7565b90915550613bb39050565b825f03613bb3576001856003015f828254613bad9190614831565b90915550505b5050505050565b6040516001600160a01b038481166024830152838116604483015260648201839052613bf39186918216906323b872dd90608401613216565b50505050565b6008811115613c405760405162461bcd60e51b8152602060048201526013602482015272546f6f206d616e79206d756c7469616464727360681b604482015260640161083c565b5f5b8181101561324857610100838383818110613c5f57613c5f614858565b9050602002810190613c719190614c06565b90501115613cb65760405162461bcd60e51b81526020600482015260126024820152714d756c74696164647220746f6f206c6f6e6760701b604482015260640161083c565b600101613c42565b825415613cf55782805480613cd557613cd5614c48565b600190038181905f5260205f20015f613cee9190614205565b9055613cbe565b5f5b81811015613bf35783838383818110613d1257613d12614858565b9050602002810190613d249190614c06565b82546001810184555f938452602090932090920191613d439183614af4565b50600101613cf7565b5f826001018281548110613d6257613d62614858565b905f5260205f200154905092915050565b600180830154905f90613d879083906147d7565b9050825f613d97831960016147d7565b8316905060015b81811015613deb57866001613db38387614831565b613dbd9190614831565b81548110613dcd57613dcd614858565b905f5260205f20015483613de191906147d7565b925060011b613d9e565b508554600181810188555f888152602080822090930185905581890180549283018155815291822001869055600287018054879290613e2b9084906147d7565b90915550508415613e50576001866003015f828254613e4a91906147d7565b90915550505b50505092915050565b5f5f60205f8451602086015f885af180613e78576040513d5f823e3d81fd5b50505f513d91508115613e8f578060011415613e9c565b6001600160a01b0384163b155b15613bf357604051635274afe760e01b81526001600160a01b038516600482015260240161083c565b5f805b83811015613f025782858281518110613ee357613ee3614858565b602002602001015103613efa576001915050610ef2565b600101613ec8565b505f949350505050565b60028701545f9081908190815b6040811015613fbe5760408051602081018d90529081018b9052606081018a90525f908390608001604051602081830303815290604052805190602001205f1c613f639190614c5c565b905089613f6f81614bee565b9a50613f7d90508d826140a5565b9550613f8a898988613ec5565b158015613fa05750613f9e87885188613ec5565b155b15613fb5575060019350889250613fc7915050565b50600101613f19565b505f9250879150505b9750975097945050505050565b5f5f613fe1876001015490565b905060015b81811161405c575f82613ff9838a6147d7565b6140039190614c5c565b90505f6140108a83613d4c565b1180156140255750614023878783613ec5565b155b801561403a575061403885865183613ec5565b155b156140495792506133cc915050565b508061405481614bee565b915050613fe6565b5060405162461bcd60e51b815260206004820152601b60248201527f456c656374696f6e3a206e6f20656c696769626c6520656e7472790000000000604482015260640161083c565b81545f9060015b600182901c81116140bf5760011b6140ac565b5f5b81156133cc575f6140d283836147d7565b905083811161411e575f876140e8600184614831565b815481106140f8576140f8614858565b905f5260205f200154905086811161411c5781925080876141199190614831565b96505b505b50600182901c91506140c1565b6040518061016001604052805f6001600160a01b03168152602001606081526020015f6001600160a01b031681526020015f81526020015f8152602001606081526020015f81526020015f60038111156141875761418761434d565b81525f602082018190526040820181905260609091015290565b828054828255905f5260205f209081019282156141da579160200282015b828111156141da5782518255916020019190600101906141bf565b506141e6929150614238565b5090565b5080545f8255905f5260205f20908101906118da9190614238565b5080546142119061486c565b5f825580601f10614220575050565b601f0160209004905f5260205f20908101906118da91905b5b808211156141e6575f8155600101614239565b602080825282518282018190525f918401906040840190835b81811015614283578351835260209384019390920191600101614265565b509095945050505050565b5f6020828403121561429e575f5ffd5b5035919050565b5f5f604083850312156142b6575f5ffd5b50508035926020909101359150565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b8381101561434157601f1985840301885261432b8383516142c5565b602098890198909350919091019060010161430f565b50909695505050505050565b634e487b7160e01b5f52602160045260245ffd5b6004811061437d57634e487b7160e01b5f52602160045260245ffd5b9052565b80516001600160a01b031682525f602082015161016060208501526143aa6101608501826142c5565b905060408301516143c660408601826001600160a01b03169052565b50606083015160608501526080830151608085015260a083015184820360a08601526143f282826142f3565b91505060c083015160c085015260e083015161441160e0860182614361565b5061010083015161442e6101008601826001600160401b03169052565b5061012083015161444b6101208601826001600160401b03169052565b506101408301516144686101408601826001600160401b03169052565b509392505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b828110156144c757603f198786030184526144b2858351614381565b94506020938401939190910190600101614496565b50929695505050505050565b803580151581146144e2575f5ffd5b919050565b5f602082840312156144f7575f5ffd5b610ef2826144d3565b803560ff811681146144e2575f5ffd5b5f5f60408385031215614521575f5ffd5b61452a83614500565b915061453860208401614500565b90509250929050565b80356001600160a01b03811681146144e2575f5ffd5b5f60208284031215614567575f5ffd5b610ef282614541565b5f60208284031215614580575f5ffd5b81356001600160401b0381168114610ef2575f5ffd5b5f602082840312156145a6575f5ffd5b610ef282614500565b5f5f83601f8401126145bf575f5ffd5b5081356001600160401b038111156145d5575f5ffd5b6020830191508360208260051b85010111156145ef575f5ffd5b9250929050565b5f5f60208385031215614607575f5ffd5b82356001600160401b0381111561461c575f5ffd5b614628858286016145af565b90969095509350505050565b602081525f610ef26020830184614381565b5f5f83601f840112614656575f5ffd5b5081356001600160401b0381111561466c575f5ffd5b6020830191508360208285010111156145ef575f5ffd5b5f5f5f5f5f5f5f5f60c0898b03121561469a575f5ffd5b88356001600160401b038111156146af575f5ffd5b6146bb8b828c01614646565b90995097506146ce905060208a01614541565b9550604089013594506060890135935060808901356001600160401b038111156146f6575f5ffd5b6147028b828c016145af565b999c989b50969995989497949560a00135949350505050565b5f5f6020838503121561472c575f5ffd5b82356001600160401b03811115614741575f5ffd5b61462885828601614646565b5f5f6040838503121561475e575f5ffd5b82359150614538602084016144d3565b5f8151808452602084019350602083015f5b828110156147a75781516001600160a01b0316865260209586019590910190600101614780565b5093949350505050565b602081525f610ef2602083018461476e565b634e487b7160e01b5f52601160045260245ffd5b80820180821115612197576121976147c3565b6001600160401b038181168382160190811115612197576121976147c3565b6020808252600e908201526d4e6f7420676f7665726e616e636560901b604082015260600190565b81810381811115612197576121976147c3565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b600181811c9082168061488057607f821691505b60208210810361384457634e487b7160e01b5f52602260045260245ffd5b6020808252600e908201526d139bd919481b9bdd08199bdd5b9960921b604082015260600190565b5f5f83546148d38161486c565b6001821680156148ea57600181146148ff5761492c565b60ff198316865281151582028601935061492c565b865f5260205f205f5b8381101561492457815488820152600190910190602001614908565b505081860193505b509195945050505050565b634e487b7160e01b5f52600160045260245ffd5b5f60ff821660ff8103614960576149606147c3565b60010192915050565b60ff8181168382160190811115612197576121976147c3565b604081525f614994604083018561476e565b90506001600160401b03831660208301529392505050565b848152836020820152608060408201525f6149ca608083018561476e565b905082606083015295945050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602080825281018290525f6040600584901b830181019083018583601e1936839003015b87821015614a9457868503603f190184528235818112614a45575f5ffd5b89016020810190356001600160401b03811115614a60575f5ffd5b803603821315614a6e575f5ffd5b614a798782846149db565b96505050602083019250602084019350600182019150614a27565b5092979650505050505050565b818382375f9101908152919050565b601f82111561324857805f5260205f20601f840160051c81016020851015614ad55750805b601f840160051c820191505b81811015613bb3575f8155600101614ae1565b6001600160401b03831115614b0b57614b0b614844565b614b1f83614b19835461486c565b83614ab0565b5f601f841160018114614b50575f8515614b395750838201355b5f19600387901b1c1916600186901b178355613bb3565b5f83815260208120601f198716915b82811015614b7f5786850135825560209485019460019092019101614b5f565b5086821015614b9b575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b60a081525f614bc060a08301888a6149db565b6001600160a01b03969096166020830152506040810193909352606083019190915260809091015292915050565b5f60018201614bff57614bff6147c3565b5060010190565b5f5f8335601e19843603018112614c1b575f5ffd5b8301803591506001600160401b03821115614c34575f5ffd5b6020019150368190038213156145ef575f5ffd5b634e487b7160e01b5f52603160045260245ffd5b5f82614c7657634e487b7160e01b5f52601260045260245ffd5b50069056",
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
