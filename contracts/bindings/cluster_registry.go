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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minStake_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epochLength_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"requestBlock\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seedBlock\",\"type\":\"uint256\"}],\"name\":\"AdvanceRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"blackBoxCount\",\"type\":\"uint8\"}],\"name\":\"BlackBoxCountChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"ClusterFormed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oldOperator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newOperator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"ClusterMemberReplaced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"clusterSize\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"clusterThreshold\",\"type\":\"uint8\"}],\"name\":\"ClusterShapeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"startBlock\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"blackBoxes\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalStake\",\"type\":\"uint256\"}],\"name\":\"EpochAdvanced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epochLength\",\"type\":\"uint64\"}],\"name\":\"EpochLengthChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousGovernance\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"GovernanceTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"MeasurementAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"MinStakeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"}],\"name\":\"MultiaddrsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"NodeRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"NodeUnbonding\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"simPlatformKey\",\"type\":\"bytes32\"}],\"name\":\"SimPlatformKeyChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"SimulatedEnclavesAllowedChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newStake\",\"type\":\"uint256\"}],\"name\":\"StakeToppedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"targetClusterCount\",\"type\":\"uint8\"}],\"name\":\"TargetClusterCountChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unbondingDelay\",\"type\":\"uint64\"}],\"name\":\"UnbondingDelayChanged\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BLOCKHASH_HORIZON\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BLACK_BOX_COUNT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CLUSTER_SIZE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MULTIADDRS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MULTIADDR_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PEER_ID_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SEED_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activeNodeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"advanceEpoch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"advancePending\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"advanceRequestBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blackBoxCount\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blackBoxIndexes\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blackBoxes\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clusterCount\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"}],\"name\":\"clusterMemberIndexes\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"}],\"name\":\"clusterMembers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clusterSize\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clusterThreshold\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochSeed\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochStartBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"}],\"name\":\"isElectedBlackBox\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"name\":\"isMeasurementAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"nodeAt\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"}],\"name\":\"nodeByEnclaveWallet\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"}],\"name\":\"nodeByPeerId\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nodeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"nodeIndexOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"nodeOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"nodesRange\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestAdvance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"}],\"name\":\"setBlackBoxCount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"size\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"setClusterShape\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"v\",\"type\":\"uint64\"}],\"name\":\"setEpochLength\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setMeasurementAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"v\",\"type\":\"uint256\"}],\"name\":\"setMinStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"setSimPlatformKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setSimulatedEnclavesAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"}],\"name\":\"setTargetClusterCount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"v\",\"type\":\"uint64\"}],\"name\":\"setUnbondingDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"simPlatformKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"simulatedEnclavesAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakingToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"targetClusterCount\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"topUp\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalActiveStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"transferGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"}],\"name\":\"updateMultiaddrs\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051614bef380380614bef83398101604081905261002e916101d7565b60015f556001600160a01b03841661007d5760405162461bcd60e51b815260206004820152600d60248201526c546f6b656e206973207a65726f60981b60448201526064015b60405180910390fd5b5f83116100c05760405162461bcd60e51b81526020600482015260116024820152704d696e207374616b65206973207a65726f60781b6044820152606401610074565b5f826001600160401b0316116101185760405162461bcd60e51b815260206004820152601460248201527f45706f6368206c656e677468206973207a65726f0000000000000000000000006044820152606401610074565b6001600160a01b038416608052600180546001600160a01b03191633908117909155600284905560038054630103050360801b63ffffffff60801b196001600160401b0386811668010000000000000000026001600160801b0319909416908816179290921791909116179055436010556040515f907f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80908290a35050505061022f565b80516001600160401b03811681146101d2575f5ffd5b919050565b5f5f5f5f608085870312156101ea575f5ffd5b84516001600160a01b0381168114610200575f5ffd5b60208601519094509250610216604086016101bc565b9150610224606086016101bc565b905092959194509250565b60805161499361025c5f395f81816105cf0152818161116b01528181611773015261253c01526149935ff3fe608060405234801561000f575f5ffd5b5060043610610367575f3560e01c80635e6068ec116101c957806391c05f09116100fe578063d38bfff41161009e578063ee879d3911610079578063ee879d39146103cc578063f927727c1461071f578063fb1bcd8814610732578063ffd01a3f14610754575f5ffd5b8063d38bfff4146106d2578063d4978f8e146106e5578063db7dd35a14610705575f5ffd5b8063bdd18036116100d9578063bdd1803614610685578063c9cd76d314610699578063d01ac2b6146106ac578063d16c16ef146106bf575f5ffd5b806391c05f091461065757806397bf0e851461066a5780639867b9a114610672575f5ffd5b806375340815116101695780638c50d529116101445780638c50d529146106215780638c80fd90146106295780638eb7d14f1461063c57806390c84ab61461064f575f5ffd5b806375340815146105f157806376671808146105fa578063768977811461060d575f5ffd5b8063682a9141116101a4578063682a9141146105a25780636da49b83146105b5578063702f45f3146105bd57806372f702f3146105ca575f5ffd5b80635e6068ec1461056c57806361112425146105755780636540633414610599575f5ffd5b806338b2393d1161029f57806350017f3e1161023f578063570adc3b1161021a578063570adc3b146104ee57806357d775f81461050e5780635aa6e675146105395780635df6a6bc14610564575f5ffd5b806350017f3e146104b5578063517f054a146104c85780635702e02c146104db575f5ffd5b80633cf80e6c1161027a5780633cf80e6c1461047d5780633ed55b7b14610485578063429e03b21461048e5780634c5770fe146104a1575f5ffd5b806338b2393d146104625780633b781ef8146104105780633ccfd60b14610475575f5ffd5b806328f731481161030a5780632ef3dbf5116102e55780632ef3dbf51461042b578063375b3c0a1461043357806337bbf30e1461043c5780633857bfb01461044f575f5ffd5b806328f731481461040857806329399528146104105780632af84c5e14610418575f5ffd5b80631bdc7eec116103455780631bdc7eec146103b757806320cd9ad1146103cc578063252b39c8146103d557806328bef7e3146103e8575f5ffd5b8063011c96e61461036b5780630cfe406e1461039657806311d576b3146103ad575b5f5ffd5b60035461037f90600160981b900460ff1681565b60405160ff90911681526020015b60405180910390f35b61039f60115481565b60405190815260200161038d565b6103b561075c565b005b6103bf6108bd565b60405161038d9190613f0f565b61039f61010081565b6103b56103e3366004613f51565b610913565b6103fb6103f6366004613f68565b610979565b60405161038d9190614133565b600d5461039f565b61037f602081565b6103b56104263660046141aa565b610c9d565b61039f600181565b61039f60025481565b6103b561044a3660046141d3565b610d14565b61039f61045d36600461421a565b610e1d565b6103b5610470366004614233565b610e66565b6103b5610f2e565b6103b56111d6565b61039f60105481565b6103b561049c366004614233565b611616565b60035461037f90600160801b900460ff1681565b6103b56104c3366004613f51565b6116a0565b6103b56104d6366004614259565b6117ef565b6103b56104e93660046142b9565b6118cb565b6105016104fc36600461421a565b611955565b60405161038d91906142f7565b600354610521906001600160401b031681565b6040516001600160401b03909116815260200161038d565b60015461054c906001600160a01b031681565b6040516001600160a01b03909116815260200161038d565b6103b5611c02565b61039f60125481565b60035461058990600160a01b900460ff1681565b604051901515815260200161038d565b61039f60045481565b6105016105b036600461421a565b611d55565b60065461039f565b60155461037f9060ff1681565b61054c7f000000000000000000000000000000000000000000000000000000000000000081565b61039f600a5481565b600f54610521906001600160401b031681565b60035461037f90600160901b900460ff1681565b61039f600881565b6103b5610637366004613f51565b611fc7565b6103bf61064a366004614259565b612069565b61039f608081565b61039f610665366004614346565b612129565b6105896125c8565b6105016106803660046143de565b6125f9565b60035461037f90600160881b900460ff1681565b6103b56106a7366004614259565b6128bc565b6103b56106ba366004614410565b612980565b6105896106cd36600461421a565b6129f9565b6103b56106e036600461421a565b612a6f565b6106f86106f3366004614259565b612b3f565b60405161038d9190614474565b60035461052190600160401b90046001600160401b031681565b61050161072d366004613f51565b612c00565b610589610740366004613f51565b5f9081526005602052604090205460ff1690565b6106f8612e0a565b600354601054610775916001600160401b03169061449a565b4310156107ba5760405162461bcd60e51b815260206004820152600e60248201526d22b837b1b4103737ba1037bb32b960911b60448201526064015b60405180910390fd5b6107c26125c8565b1561080f5760405162461bcd60e51b815260206004820152601960248201527f416476616e636520616c7265616479207265717565737465640000000000000060448201526064016107b1565b5f600a54116108525760405162461bcd60e51b815260206004820152600f60248201526e4e6f20616374697665206e6f64657360881b60448201526064016107b1565b43601255600f5461086d906001600160401b031660016144ad565b6001600160401b03167f438ae0637f3ebc141d73e9180ae4fb5939a23c512739e0f235504a3ef5643632436108a360018261449a565b6040805192835260208301919091520160405180910390a2565b6060601380548060200260200160405190810160405280929190818152602001828054801561090957602002820191905f5260205f20905b8154815260200190600101908083116108f5575b5050505050905090565b6001546001600160a01b0316331461093d5760405162461bcd60e51b81526004016107b1906144cc565b60048190556040518181527ff258c8c19d6a8a651db088429207d3a23f68308909895f4a6a976943c30e6ba9906020015b60405180910390a150565b60605f610986838561449a565b60065490915081111561099857506006545b808411156109a4578093505b6109ae84826144f4565b6001600160401b038111156109c5576109c5614507565b6040519080825280602002602001820160405280156109fe57816020015b6109eb613e09565b8152602001906001900390816109e35790505b509150835b81811015610c955760068181548110610a1e57610a1e61451b565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b031682526001810180549293919291840191610a5e9061452f565b80601f0160208091040260200160405190810160405280929190818152602001828054610a8a9061452f565b8015610ad55780601f10610aac57610100808354040283529160200191610ad5565b820191905f5260205f20905b815481529060010190602001808311610ab857829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015610bec578382905f5260205f20018054610b619061452f565b80601f0160208091040260200160405190810160405280929190818152602001828054610b8d9061452f565b8015610bd85780601f10610baf57610100808354040283529160200191610bd8565b820191905f5260205f20905b815481529060010190602001808311610bbb57829003601f168201915b505050505081526020019060010190610b44565b5050509082525060068201546020820152600782015460409091019060ff166003811115610c1c57610c1c614010565b6003811115610c2d57610c2d614010565b8152600791909101546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660609091015283610c7287846144f4565b81518110610c8257610c8261451b565b6020908102919091010152600101610a03565b505092915050565b6001546001600160a01b03163314610cc75760405162461bcd60e51b81526004016107b1906144cc565b60038054821515600160a01b0260ff60a01b199091161790556040517f2a982c74152d5d61a52d3be4d465baf0c27caa75559115699ed355d90c0a6d3a9061096e90831515815260200190565b6001546001600160a01b03163314610d3e5760405162461bcd60e51b81526004016107b1906144cc565b60028160ff1610158015610d5857508160ff168160ff1611155b8015610d685750602060ff831611155b610dac5760405162461bcd60e51b8152602060048201526015602482015274496e76616c696420636c757374657220736861706560581b60448201526064016107b1565b6003805461ffff60881b1916600160881b60ff85811691820260ff60901b191692909217600160901b928516928302179092556040805192835260208301919091527fb943698abfcc36471a94b9d7f8c6b0f16ba349304d56bef93d880f2328572743910160405180910390a15050565b6001600160a01b0381165f90815260076020526040812054808203610e545760405162461bcd60e51b81526004016107b190614561565b610e5f6001826144f4565b9392505050565b6001546001600160a01b03163314610e905760405162461bcd60e51b81526004016107b1906144cc565b5f816001600160401b031611610edf5760405162461bcd60e51b815260206004820152601460248201527345706f6368206c656e677468206973207a65726f60601b60448201526064016107b1565b6003805467ffffffffffffffff19166001600160401b0383169081179091556040519081527fbd674c39601ab02b1011c8c98746cf751f810f0ccf168f8a214cb0d65f92ae489060200161096e565b610f36612e66565b335f9081526007602052604081205490819003610f655760405162461bcd60e51b81526004016107b190614561565b5f610f716001836144f4565b90505f60068281548110610f8757610f8761451b565b5f918252602090912060089091020190506002600782015460ff166003811115610fb357610fb3614010565b14610ff55760405162461bcd60e51b81526020600482015260126024820152714e6f6465206e6f7420756e626f6e64696e6760701b60448201526064016107b1565b6003546007820154611021916001600160401b03600160401b909104811691600160481b90041661449a565b4310156110705760405162461bcd60e51b815260206004820152601860248201527f556e626f6e64696e672064656c6179206e6f74206f766572000000000000000060448201526064016107b1565b6007810154600f546001600160401b03600160881b9092048216911611806110a15750600f546001600160401b0316155b6110ed5760405162461bcd60e51b815260206004820152601860248201527f5374696c6c2073657276696e6720746869732065706f6368000000000000000060448201526064016107b1565b6006810180545f918290556007808401805460ff19166003179055338352602052604080832083905551909160089161112a906001860190614589565b604080519182900390912082526020808301939093529081015f90812081905560028501546001600160a01b039081168252600990935290812055611192907f0000000000000000000000000000000000000000000000000000000000000000163383612e8e565b60405181815233907f8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc9060200160405180910390a2505050506111d460015f55565b565b6012545f8190036112215760405162461bcd60e51b815260206004820152601560248201527410591d985b98d9481b9bdd081c995c5d595cdd1959605a1b60448201526064016107b1565b5f61122d60018361449a565b90508043116112755760405162461bcd60e51b815260206004820152601460248201527314d9595908189b1bd8dac81b9bdd081b5a5b995960621b60448201526064016107b1565b6112816101008261449a565b4311156112d05760405162461bcd60e51b815260206004820152601760248201527f416476616e63652072657175657374206578706972656400000000000000000060448201526064016107b1565b8040806112df576112df6145fa565b5f6012819055600f546112fc906001600160401b031660016144ad565b6040805160208082018690526001600160401b03841682840181905230606080850191909152845180850390910181526080840180865281519190930120600f805467ffffffffffffffff19169092179091554360105560118190555f80835260a0909301909352600354939450919261138790600b9085908490600160801b900460ff1686612ef2565b805190915061139d906013906020840190613e7f565b505f81516001600160401b038111156113b8576113b8614507565b6040519080825280602002602001820160405280156113e1578160200160208202803683370190505b5090505f5b82518110156114b9578560145f8584815181106114055761140561451b565b602002602001015181526020019081526020015f205f6101000a8154816001600160401b0302191690836001600160401b0316021790555060068382815181106114515761145161451b565b6020026020010151815481106114695761146961451b565b5f91825260209091206008909102015482516001600160a01b03909116908390839081106114995761149961451b565b6001600160a01b03909216602092830291909101909101526001016113e6565b5060015b60155460ff908116908216116114ea576114d881868861307a565b806114e28161460e565b9150506114bd565b505b60035460155460ff600160981b9092048216911610156115c2576015545f906115199060ff16600161462c565b6015805460ff191660ff8381169182179092556003549293505f9261154e92600b928a929091600160881b9091041689612ef2565b60ff83165f9081526016602090815260409091208251929350611575929091840190613e7f565b508160ff167ff77ceac0465c6af5b63fac9399e2e373460d215e6a210b9951e55cba5a97fa956115a483613530565b896040516115b3929190614645565b60405180910390a250506114ec565b600d546040516001600160401b038716917f6c0d77d579c4287f597e07e4df08445b9b219de53189aef0e816dba055061995916116049188914391879161466f565b60405180910390a25050505050505050565b6001546001600160a01b031633146116405760405162461bcd60e51b81526004016107b1906144cc565b600380546fffffffffffffffff00000000000000001916600160401b6001600160401b038416908102919091179091556040519081527f5c2121dd9ae1ab0173ffb91cbc1ea3a04fa9b6a87da9e924a13d9fa3e76c845b9060200161096e565b6116a8612e66565b6116b06125c8565b156116cd5760405162461bcd60e51b81526004016107b19061469e565b5f811161170d5760405162461bcd60e51b815260206004820152600e60248201526d416d6f756e74206973207a65726f60901b60448201526064016107b1565b5f61171733613604565b90505f6006828154811061172d5761172d61451b565b905f5260205f209060080201905082816006015f82825461174e919061449a565b9091555050600681015461176690600b9084906136c0565b61179b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333086613898565b600681015460405133917f4fedc3e6c116ab84f1fd1c936a810844ab9ff4be38b3d805cca0cfac9da579df916117d991878252602082015260400190565b60405180910390a250506117ec60015f55565b50565b6001546001600160a01b031633146118195760405162461bcd60e51b81526004016107b1906144cc565b60018160ff16101580156118315750602060ff821611155b61187d5760405162461bcd60e51b815260206004820152601760248201527f496e76616c696420426c61636b20426f7820636f756e7400000000000000000060448201526064016107b1565b6003805460ff60801b1916600160801b60ff8416908102919091179091556040519081527f8a63f6ec305dcc6415cc5e8a1994203cf9acf0feb0c957bfc74a114539df3aa89060200161096e565b5f6118d533613604565b90506118e183836138d7565b61190d600682815481106118f7576118f761451b565b905f5260205f209060080201600501848461399c565b336001600160a01b03167f0e38467bedc6c9efbaa8ac5b1c18c3941a4cd07ced6afd504581db19d4b669eb84846040516119489291906146ef565b60405180910390a2505050565b61195d613e09565b6001600160a01b0382165f90815260096020526040812054908190036119955760405162461bcd60e51b81526004016107b190614561565b60066119a26001836144f4565b815481106119b2576119b261451b565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b0316825260018101805492939192918401916119f29061452f565b80601f0160208091040260200160405190810160405280929190818152602001828054611a1e9061452f565b8015611a695780601f10611a4057610100808354040283529160200191611a69565b820191905f5260205f20905b815481529060010190602001808311611a4c57829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015611b80578382905f5260205f20018054611af59061452f565b80601f0160208091040260200160405190810160405280929190818152602001828054611b219061452f565b8015611b6c5780601f10611b4357610100808354040283529160200191611b6c565b820191905f5260205f20905b815481529060010190602001808311611b4f57829003601f168201915b505050505081526020019060010190611ad8565b5050509082525060068201546020820152600782015460409091019060ff166003811115611bb057611bb0614010565b6003811115611bc157611bc1614010565b8152600791909101546001600160401b03610100820481166020840152600160481b820481166040840152600160881b909104166060909101529392505050565b611c0a6125c8565b15611c275760405162461bcd60e51b81526004016107b19061469e565b5f611c3133613604565b90505f60068281548110611c4757611c4761451b565b5f918252602082206008919091020160078101805460026001600160401b03438116600160481b0270ffffffffffffffff0000000000000000ff198416811783178555600f54600160881b92169190910267ffffffffffffffff60881b1990911678ffffffffffffffffffffffffffffffff0000000000000000ff199093169290921791909117179055600a80549193506001929091611ce89084906144f4565b90915550611cfa9050600b835f6136c0565b6007810154600f5460408051600160481b9093046001600160401b039081168452909116602083015233917facbe3fcfeb0dbc9723b0e163f02d00ebd97c796fcfad93f33ecaa6393c0c9a8191015b60405180910390a25050565b611d5d613e09565b6006611d6883610e1d565b81548110611d7857611d7861451b565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b031682526001810180549293919291840191611db89061452f565b80601f0160208091040260200160405190810160405280929190818152602001828054611de49061452f565b8015611e2f5780601f10611e0657610100808354040283529160200191611e2f565b820191905f5260205f20905b815481529060010190602001808311611e1257829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015611f46578382905f5260205f20018054611ebb9061452f565b80601f0160208091040260200160405190810160405280929190818152602001828054611ee79061452f565b8015611f325780601f10611f0957610100808354040283529160200191611f32565b820191905f5260205f20905b815481529060010190602001808311611f1557829003601f168201915b505050505081526020019060010190611e9e565b5050509082525060068201546020820152600782015460409091019060ff166003811115611f7657611f76614010565b6003811115611f8757611f87614010565b8152600791909101546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660609091015292915050565b6001546001600160a01b03163314611ff15760405162461bcd60e51b81526004016107b1906144cc565b5f81116120345760405162461bcd60e51b81526020600482015260116024820152704d696e207374616b65206973207a65726f60781b60448201526064016107b1565b60028190556040518181527f4d36185d86b6e1aefe7e3c72bbcf2329ea433a9dc2655a34739abe83a7ce74a09060200161096e565b606060018260ff1610158015612088575060155460ff90811690831611155b6120c85760405162461bcd60e51b815260206004820152601160248201527010db1d5cdd195c881b9bdd08199bdd5b99607a1b60448201526064016107b1565b60ff82165f908152601660209081526040918290208054835181840281018401909452808452909183018282801561211d57602002820191905f5260205f20905b815481526020019060010190808311612109575b50505050509050919050565b5f612132612e66565b61213a6125c8565b156121575760405162461bcd60e51b81526004016107b19061469e565b876121945760405162461bcd60e51b815260206004820152600d60248201526c115b5c1d1e481c19595c881251609a1b60448201526064016107b1565b60808811156121d85760405162461bcd60e51b815260206004820152601060248201526f5065657220494420746f6f206c6f6e6760801b60448201526064016107b1565b6001600160a01b0387166122275760405162461bcd60e51b8152602060048201526016602482015275456e636c6176652077616c6c6574206973207a65726f60501b60448201526064016107b1565b60025482101561226f5760405162461bcd60e51b81526020600482015260136024820152725374616b652062656c6f77206d696e696d756d60681b60448201526064016107b1565b335f90815260076020526040902054156122cb5760405162461bcd60e51b815260206004820152601b60248201527f4f70657261746f7220616c72656164792072656769737465726564000000000060448201526064016107b1565b5f89896040516122dc92919061478d565b6040518091039020905060085f8281526020019081526020015f20545f146123465760405162461bcd60e51b815260206004820152601a60248201527f5065657220494420616c7265616479207265676973746572656400000000000060448201526064016107b1565b6001600160a01b0388165f90815260096020526040902054156123b55760405162461bcd60e51b815260206004820152602160248201527f456e636c6176652077616c6c657420616c7265616479207265676973746572656044820152601960fa1b60648201526084016107b1565b6123bf85856138d7565b600680546001810182555f91909152600881027ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f810180546001600160a01b031916331781559193507ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d40016124358b8d836147e0565b506002810180546001600160a01b0319166001600160a01b038b16179055600381018890556004810187905561246f60058201878761399c565b60068101849055600781018054600168ffffffffffffffffff19909116610100436001600160401b0316021781179091556124ab90849061449a565b335f908152600760205260409020556124c583600161449a565b5f838152600860205260409020556124de83600161449a565b6001600160a01b038a165f90815260096020526040812091909155600a80546001929061250c90849061449a565b909155505f905061251e600b86613a2a565b905083811461252f5761252f6145fa565b6125646001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333088613898565b83336001600160a01b03167f0dce6d517f3ed33f0a2a226361007647934534667d68f453cc27b8b63fe3708c8e8e8e8e8e8c6040516125a896959493929190614899565b60405180910390a35050506125bc60015f55565b98975050505050505050565b6012545f9080158015906125f357506101006125e560018361449a565b6125ef919061449a565b4311155b91505090565b612601613e09565b5f60085f858560405161261592919061478d565b604051809103902081526020019081526020015f20549050805f0361264c5760405162461bcd60e51b81526004016107b190614561565b60066126596001836144f4565b815481106126695761266961451b565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b0316825260018101805492939192918401916126a99061452f565b80601f01602080910402602001604051908101604052809291908181526020018280546126d59061452f565b80156127205780601f106126f757610100808354040283529160200191612720565b820191905f5260205f20905b81548152906001019060200180831161270357829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015612837578382905f5260205f200180546127ac9061452f565b80601f01602080910402602001604051908101604052809291908181526020018280546127d89061452f565b80156128235780601f106127fa57610100808354040283529160200191612823565b820191905f5260205f20905b81548152906001019060200180831161280657829003601f168201915b50505050508152602001906001019061278f565b5050509082525060068201546020820152600782015460409091019060ff16600381111561286757612867614010565b600381111561287857612878614010565b8152600791909101546001600160401b03610100820481166020840152600160481b820481166040840152600160881b909104166060909101529150505b92915050565b6001546001600160a01b031633146128e65760405162461bcd60e51b81526004016107b1906144cc565b60018160ff1610156129325760405162461bcd60e51b8152602060048201526015602482015274125b9d985b1a590818db1d5cdd195c8818dbdd5b9d605a1b60448201526064016107b1565b6003805460ff60981b1916600160981b60ff8416908102919091179091556040519081527f2f5d5ec52597b172ad20103f52a69cd36c9f2d4de25336fd287af0f6e09e54049060200161096e565b6001546001600160a01b031633146129aa5760405162461bcd60e51b81526004016107b1906144cc565b5f82815260056020908152604091829020805460ff1916841515908117909155915191825283917fafcf6d9e15b52d84b357f8cb8fba57f4244e05127068225561b6cb74507296549101611d49565b6001600160a01b0381165f90815260096020526040812054801580612a275750600f546001600160401b0316155b15612a3457505f92915050565b600f546001600160401b031660145f612a4e6001856144f4565b815260208101919091526040015f20546001600160401b0316149392505050565b6001546001600160a01b03163314612a995760405162461bcd60e51b81526004016107b1906144cc565b6001600160a01b038116612ae45760405162461bcd60e51b8152602060048201526012602482015271476f7665726e616e6365206973207a65726f60701b60448201526064016107b1565b6001546040516001600160a01b038084169216907f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80905f90a3600180546001600160a01b0319166001600160a01b0392909216919091179055565b606060018260ff1610158015612b5e575060155460ff90811690831611155b612b9e5760405162461bcd60e51b815260206004820152601160248201527010db1d5cdd195c881b9bdd08199bdd5b99607a1b60448201526064016107b1565b60ff82165f9081526016602090815260409182902080548351818402810184019094528084526128b69392830182828015612bf657602002820191905f5260205f20905b815481526020019060010190808311612be2575b5050505050613530565b612c08613e09565b6006548210612c295760405162461bcd60e51b81526004016107b190614561565b60068281548110612c3c57612c3c61451b565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b031682526001810180549293919291840191612c7c9061452f565b80601f0160208091040260200160405190810160405280929190818152602001828054612ca89061452f565b8015612cf35780601f10612cca57610100808354040283529160200191612cf3565b820191905f5260205f20905b815481529060010190602001808311612cd657829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015611f46578382905f5260205f20018054612d7f9061452f565b80601f0160208091040260200160405190810160405280929190818152602001828054612dab9061452f565b8015612df65780601f10612dcd57610100808354040283529160200191612df6565b820191905f5260205f20905b815481529060010190602001808311612dd957829003601f168201915b505050505081526020019060010190612d62565b6060612e616013805480602002602001604051908101604052809291908181526020018280548015612bf657602002820191905f5260205f2090815481526020019060010190808311612be2575050505050613530565b905090565b60025f5403612e8857604051633ee5aeb560e01b815260040160405180910390fd5b60025f55565b6040516001600160a01b03838116602483015260448201839052612eed91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050613b10565b505050565b60038501546060905f5b8351811015612fa3576001880154848281518110612f1c57612f1c61451b565b6020026020010151108015612f5b57505f612f59858381518110612f4257612f4261451b565b60200260200101518a613b7c90919063ffffffff16565b115b8015612f885750612f868482868481518110612f7957612f7961451b565b6020026020010151613ba3565b155b15612f9b57612f986001836144f4565b91505b600101612efc565b505f818510612fb25781612fb4565b845b9050806001600160401b03811115612fce57612fce614507565b604051908082528060200260200182016040528015612ff7578160200160208202803683370190505b509250805f03613008575050613071565b5f805b8281101561306c575f5f5f6130258d8d8d888c898f613bea565b92509250925080945081613043576130408d848a878d613cb2565b92505b828885815181106130565761305661451b565b602090810291909101015250505060010161300b565b505050505b95945050505050565b60ff83165f9081526016602052604081208054909180826001600160401b038111156130a8576130a8614507565b6040519080825280602002602001820160405280156130d1578160200160208202803683370190505b5090505f5b83811015613186578481815481106130f0576130f061451b565b905f5260205f20015482828151811061310b5761310b61451b565b60209081029190910101526001600683838151811061312c5761312c61451b565b6020026020010151815481106131445761314461451b565b5f91825260209091206007600890920201015460ff16600381111561316b5761316b614010565b0361317e578261317a816148da565b9350505b6001016130d6565b50600354600160881b900460ff1683831480156131a35750808410155b156131b2575050505050505050565b5f8382116131c0575f6131ca565b6131ca84836144f4565b90505f6131de600b8a8c60ff168588612ef2565b90505f80805b88811015613422575f8782815181106131ff576131ff61451b565b602002602001015190506001600381111561321c5761321c614010565b6006828154811061322f5761322f61451b565b5f91825260209091206007600890920201015460ff16600381111561325657613256614010565b0361328957808b84613267816148da565b9550815481106132795761327961451b565b5f91825260209091200155613419565b84518410156133a6578484815181106132a4576132a461451b565b60200260200101518b84806132b8906148da565b9550815481106132ca576132ca61451b565b905f5260205f2001819055508d60ff167f9af13ce84f430ba1db375709d751907a82ad53e6674113c1f5130fa59740b7076006838154811061330e5761330e61451b565b905f5260205f2090600802015f015f9054906101000a90046001600160a01b031660068888815181106133435761334361451b565b60200260200101518154811061335b5761335b61451b565b905f5260205f2090600802015f015f9054906101000a90046001600160a01b03168f60405161338c939291906148f2565b60405180910390a28361339e816148da565b945050613419565b8d60ff167f9af13ce84f430ba1db375709d751907a82ad53e6674113c1f5130fa59740b707600683815481106133de576133de61451b565b905f5260205f2090600802015f015f9054906101000a90046001600160a01b03165f8f604051613410939291906148f2565b60405180910390a25b506001016131e4565b505b8854811015613455578880548061343d5761343d61491e565b600190038181905f5260205f20015f90559055613424565b825182101561352257888383815181106134715761347161451b565b60209081029190910181015182546001810184555f93845291832090910155835160ff8e16917f9af13ce84f430ba1db375709d751907a82ad53e6674113c1f5130fa59740b707916006908790879081106134ce576134ce61451b565b6020026020010151815481106134e6576134e661451b565b5f91825260209091206008909102015460405161350f92916001600160a01b0316908f906148f2565b60405180910390a2600190910190613455565b505050505050505050505050565b606081516001600160401b0381111561354b5761354b614507565b604051908082528060200260200182016040528015613574578160200160208202803683370190505b5090505f5b82518110156135fe5760068382815181106135965761359661451b565b6020026020010151815481106135ae576135ae61451b565b5f91825260209091206008909102015482516001600160a01b03909116908390839081106135de576135de61451b565b6001600160a01b0390921660209283029190910190910152600101613579565b50919050565b6001600160a01b0381165f9081526007602052604081205480820361363b5760405162461bcd60e51b81526004016107b190614561565b6001600661364a6001846144f4565b8154811061365a5761365a61451b565b5f91825260209091206007600890920201015460ff16600381111561368157613681614010565b14610e545760405162461bcd60e51b815260206004820152600f60248201526e4e6f6465206e6f742061637469766560881b60448201526064016107b1565b5f8360010183815481106136d6576136d661451b565b905f5260205f20015490508181036136ee5750505050565b818460010184815481106137045761370461451b565b5f918252602090912001558354818311156137b4575f61372483856144f4565b90505f61373286600161449a565b90505b8281116137945781876137496001846144f4565b815481106137595761375961451b565b905f5260205f20015f82825461376f919061449a565b9091555061378190508119600161449a565b61378d9082168261449a565b9050613735565b5080866002015f8282546137a8919061449a565b9091555061384a915050565b5f6137bf84846144f4565b90505f6137cd86600161449a565b90505b82811161382f5781876137e46001846144f4565b815481106137f4576137f461451b565b905f5260205f20015f82825461380a91906144f4565b9091555061381c90508119600161449a565b6138289082168261449a565b90506137d0565b5080866002015f82825461384391906144f4565b9091555050505b815f03613870576001856003015f828254613865919061449a565b909155506138919050565b825f03613891576001856003015f82825461388b91906144f4565b90915550505b5050505050565b6040516001600160a01b0384811660248301528381166044830152606482018390526138d19186918216906323b872dd90608401612ebb565b50505050565b600881111561391e5760405162461bcd60e51b8152602060048201526013602482015272546f6f206d616e79206d756c7469616464727360681b60448201526064016107b1565b5f5b81811015612eed5761010083838381811061393d5761393d61451b565b905060200281019061394f9190614932565b905011156139945760405162461bcd60e51b81526020600482015260126024820152714d756c74696164647220746f6f206c6f6e6760701b60448201526064016107b1565b600101613920565b8254156139d357828054806139b3576139b361491e565b600190038181905f5260205f20015f6139cc9190613ec8565b905561399c565b5f5b818110156138d157838383838181106139f0576139f061451b565b9050602002810190613a029190614932565b82546001810184555f938452602090932090920191613a2191836147e0565b506001016139d5565b600180830154905f90613a3e90839061449a565b9050825f613a4e8319600161449a565b8316905060015b81811015613aa257866001613a6a83876144f4565b613a7491906144f4565b81548110613a8457613a8461451b565b905f5260205f20015483613a98919061449a565b925060011b613a55565b508554600181810188555f888152602080822090930185905581890180549283018155815291822001869055600287018054879290613ae290849061449a565b90915550508415613b07576001866003015f828254613b01919061449a565b90915550505b50505092915050565b5f5f60205f8451602086015f885af180613b2f576040513d5f823e3d81fd5b50505f513d91508115613b46578060011415613b53565b6001600160a01b0384163b155b156138d157604051635274afe760e01b81526001600160a01b03851660048201526024016107b1565b5f826001018281548110613b9257613b9261451b565b905f5260205f200154905092915050565b5f805b83811015613be05782858281518110613bc157613bc161451b565b602002602001015103613bd8576001915050610e5f565b600101613ba6565b505f949350505050565b60028701545f9081908190815b6040811015613c9c5760408051602081018d90529081018b9052606081018a90525f908390608001604051602081830303815290604052805190602001205f1c613c419190614974565b905089613c4d816148da565b9a50613c5b90508d82613d83565b9550613c68898988613ba3565b158015613c7e5750613c7c87885188613ba3565b155b15613c93575060019350889250613ca5915050565b50600101613bf7565b505f9250879150505b9750975097945050505050565b5f5f613cbf876001015490565b905060015b818111613d3a575f82613cd7838a61449a565b613ce19190614974565b90505f613cee8a83613b7c565b118015613d035750613d01878783613ba3565b155b8015613d185750613d1685865183613ba3565b155b15613d27579250613071915050565b5080613d32816148da565b915050613cc4565b5060405162461bcd60e51b815260206004820152601b60248201527f456c656374696f6e3a206e6f20656c696769626c6520656e747279000000000060448201526064016107b1565b81545f9060015b600182901c8111613d9d5760011b613d8a565b5f5b8115613071575f613db0838361449a565b9050838111613dfc575f87613dc66001846144f4565b81548110613dd657613dd661451b565b905f5260205f2001549050868111613dfa578192508087613df791906144f4565b96505b505b50600182901c9150613d9f565b6040518061016001604052805f6001600160a01b03168152602001606081526020015f6001600160a01b031681526020015f81526020015f8152602001606081526020015f81526020015f6003811115613e6557613e65614010565b81525f602082018190526040820181905260609091015290565b828054828255905f5260205f20908101928215613eb8579160200282015b82811115613eb8578251825591602001919060010190613e9d565b50613ec4929150613efb565b5090565b508054613ed49061452f565b5f825580601f10613ee3575050565b601f0160209004905f5260205f20908101906117ec91905b5b80821115613ec4575f8155600101613efc565b602080825282518282018190525f918401906040840190835b81811015613f46578351835260209384019390920191600101613f28565b509095945050505050565b5f60208284031215613f61575f5ffd5b5035919050565b5f5f60408385031215613f79575f5ffd5b50508035926020909101359150565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b8381101561400457601f19858403018852613fee838351613f88565b6020988901989093509190910190600101613fd2565b50909695505050505050565b634e487b7160e01b5f52602160045260245ffd5b6004811061404057634e487b7160e01b5f52602160045260245ffd5b9052565b80516001600160a01b031682525f6020820151610160602085015261406d610160850182613f88565b9050604083015161408960408601826001600160a01b03169052565b50606083015160608501526080830151608085015260a083015184820360a08601526140b58282613fb6565b91505060c083015160c085015260e08301516140d460e0860182614024565b506101008301516140f16101008601826001600160401b03169052565b5061012083015161410e6101208601826001600160401b03169052565b5061014083015161412b6101408601826001600160401b03169052565b509392505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b8281101561418a57603f19878603018452614175858351614044565b94506020938401939190910190600101614159565b50929695505050505050565b803580151581146141a5575f5ffd5b919050565b5f602082840312156141ba575f5ffd5b610e5f82614196565b803560ff811681146141a5575f5ffd5b5f5f604083850312156141e4575f5ffd5b6141ed836141c3565b91506141fb602084016141c3565b90509250929050565b80356001600160a01b03811681146141a5575f5ffd5b5f6020828403121561422a575f5ffd5b610e5f82614204565b5f60208284031215614243575f5ffd5b81356001600160401b0381168114610e5f575f5ffd5b5f60208284031215614269575f5ffd5b610e5f826141c3565b5f5f83601f840112614282575f5ffd5b5081356001600160401b03811115614298575f5ffd5b6020830191508360208260051b85010111156142b2575f5ffd5b9250929050565b5f5f602083850312156142ca575f5ffd5b82356001600160401b038111156142df575f5ffd5b6142eb85828601614272565b90969095509350505050565b602081525f610e5f6020830184614044565b5f5f83601f840112614319575f5ffd5b5081356001600160401b0381111561432f575f5ffd5b6020830191508360208285010111156142b2575f5ffd5b5f5f5f5f5f5f5f5f60c0898b03121561435d575f5ffd5b88356001600160401b03811115614372575f5ffd5b61437e8b828c01614309565b9099509750614391905060208a01614204565b9550604089013594506060890135935060808901356001600160401b038111156143b9575f5ffd5b6143c58b828c01614272565b999c989b50969995989497949560a00135949350505050565b5f5f602083850312156143ef575f5ffd5b82356001600160401b03811115614404575f5ffd5b6142eb85828601614309565b5f5f60408385031215614421575f5ffd5b823591506141fb60208401614196565b5f8151808452602084019350602083015f5b8281101561446a5781516001600160a01b0316865260209586019590910190600101614443565b5093949350505050565b602081525f610e5f6020830184614431565b634e487b7160e01b5f52601160045260245ffd5b808201808211156128b6576128b6614486565b6001600160401b0381811683821601908111156128b6576128b6614486565b6020808252600e908201526d4e6f7420676f7665726e616e636560901b604082015260600190565b818103818111156128b6576128b6614486565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b600181811c9082168061454357607f821691505b6020821081036135fe57634e487b7160e01b5f52602260045260245ffd5b6020808252600e908201526d139bd919481b9bdd08199bdd5b9960921b604082015260600190565b5f5f83546145968161452f565b6001821680156145ad57600181146145c2576145ef565b60ff19831686528115158202860193506145ef565b865f5260205f205f5b838110156145e7578154888201526001909101906020016145cb565b505081860193505b509195945050505050565b634e487b7160e01b5f52600160045260245ffd5b5f60ff821660ff810361462357614623614486565b60010192915050565b60ff81811683821601908111156128b6576128b6614486565b604081525f6146576040830185614431565b90506001600160401b03831660208301529392505050565b848152836020820152608060408201525f61468d6080830185614431565b905082606083015295945050505050565b6020808252600f908201526e416476616e63652070656e64696e6760881b604082015260600190565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602080825281018290525f6040600584901b830181019083018583601e1936839003015b8782101561478057868503603f190184528235818112614731575f5ffd5b89016020810190356001600160401b0381111561474c575f5ffd5b80360382131561475a575f5ffd5b6147658782846146c7565b96505050602083019250602084019350600182019150614713565b5092979650505050505050565b818382375f9101908152919050565b601f821115612eed57805f5260205f20601f840160051c810160208510156147c15750805b601f840160051c820191505b81811015613891575f81556001016147cd565b6001600160401b038311156147f7576147f7614507565b61480b83614805835461452f565b8361479c565b5f601f84116001811461483c575f85156148255750838201355b5f19600387901b1c1916600186901b178355613891565b5f83815260208120601f198716915b8281101561486b578685013582556020948501946001909201910161484b565b5086821015614887575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b60a081525f6148ac60a08301888a6146c7565b6001600160a01b03969096166020830152506040810193909352606083019190915260809091015292915050565b5f600182016148eb576148eb614486565b5060010190565b6001600160a01b0393841681529190921660208201526001600160401b03909116604082015260600190565b634e487b7160e01b5f52603160045260245ffd5b5f5f8335601e19843603018112614947575f5ffd5b8301803591506001600160401b03821115614960575f5ffd5b6020019150368190038213156142b2575f5ffd5b5f8261498e57634e487b7160e01b5f52601260045260245ffd5b50069056",
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
