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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minStake_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epochLength_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"blackBoxCount\",\"type\":\"uint8\"}],\"name\":\"BlackBoxCountChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"ClusterFormed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oldOperator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newOperator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"ClusterMemberReplaced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"clusterSize\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"clusterThreshold\",\"type\":\"uint8\"}],\"name\":\"ClusterShapeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"startBlock\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"blackBoxes\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalStake\",\"type\":\"uint256\"}],\"name\":\"EpochAdvanced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epochLength\",\"type\":\"uint64\"}],\"name\":\"EpochLengthChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousGovernance\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"GovernanceTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"MeasurementAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"MinStakeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"}],\"name\":\"MultiaddrsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"NodeRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"NodeUnbonding\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"simPlatformKey\",\"type\":\"bytes32\"}],\"name\":\"SimPlatformKeyChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"SimulatedEnclavesAllowedChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newStake\",\"type\":\"uint256\"}],\"name\":\"StakeToppedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"targetClusterCount\",\"type\":\"uint8\"}],\"name\":\"TargetClusterCountChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unbondingDelay\",\"type\":\"uint64\"}],\"name\":\"UnbondingDelayChanged\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_BLACK_BOX_COUNT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CLUSTER_SIZE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MULTIADDRS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MULTIADDR_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PEER_ID_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activeNodeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"advanceEpoch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blackBoxCount\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blackBoxIndexes\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blackBoxes\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clusterCount\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"}],\"name\":\"clusterMemberIndexes\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"}],\"name\":\"clusterMembers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clusterSize\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clusterThreshold\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochLength\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochSeed\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochStartBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"}],\"name\":\"isElectedBlackBox\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"}],\"name\":\"isMeasurementAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"nodeAt\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"}],\"name\":\"nodeByEnclaveWallet\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"}],\"name\":\"nodeByPeerId\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nodeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"nodeIndexOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"nodeOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"nodesRange\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"enumClusterRegistry.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structClusterRegistry.Node[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"transportKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"}],\"name\":\"setBlackBoxCount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"size\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"setClusterShape\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"v\",\"type\":\"uint64\"}],\"name\":\"setEpochLength\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurement\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setMeasurementAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"v\",\"type\":\"uint256\"}],\"name\":\"setMinStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"setSimPlatformKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setSimulatedEnclavesAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"}],\"name\":\"setTargetClusterCount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"v\",\"type\":\"uint64\"}],\"name\":\"setUnbondingDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"simPlatformKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"simulatedEnclavesAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakingToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"targetClusterCount\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"topUp\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalActiveStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"transferGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string[]\",\"name\":\"multiaddrs\",\"type\":\"string[]\"}],\"name\":\"updateMultiaddrs\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60a060405234801561000f575f5ffd5b506040516148d33803806148d383398101604081905261002e916101d7565b60015f556001600160a01b03841661007d5760405162461bcd60e51b815260206004820152600d60248201526c546f6b656e206973207a65726f60981b60448201526064015b60405180910390fd5b5f83116100c05760405162461bcd60e51b81526020600482015260116024820152704d696e207374616b65206973207a65726f60781b6044820152606401610074565b5f826001600160401b0316116101185760405162461bcd60e51b815260206004820152601460248201527f45706f6368206c656e677468206973207a65726f0000000000000000000000006044820152606401610074565b6001600160a01b038416608052600180546001600160a01b03191633908117909155600284905560038054630103050360801b63ffffffff60801b196001600160401b0386811668010000000000000000026001600160801b0319909416908816179290921791909116179055436010556040515f907f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80908290a35050505061022f565b80516001600160401b03811681146101d2575f5ffd5b919050565b5f5f5f5f608085870312156101ea575f5ffd5b84516001600160a01b0381168114610200575f5ffd5b60208601519094509250610216604086016101bc565b9150610224606086016101bc565b905092959194509250565b60805161467761025c5f395f818161052b01528181610f70015281816114fb015261227a01526146775ff3fe608060405234801561000f575f5ffd5b50600436106102e5575f3560e01c8063611124251161019557806391c05f09116100e4578063d38bfff41161009e578063ee879d3911610079578063ee879d3914610673578063f927727c1461067c578063fb1bcd881461068f578063ffd01a3f146106b1575f5ffd5b8063d38bfff414610626578063d4978f8e14610639578063db7dd35a14610659575f5ffd5b806391c05f09146105b35780639867b9a1146105c6578063bdd18036146105d9578063c9cd76d3146105ed578063d01ac2b614610600578063d16c16ef14610613575f5ffd5b8063753408151161014f5780638c50d5291161012a5780638c50d5291461057d5780638c80fd90146105855780638eb7d14f1461059857806390c84ab6146105ab575f5ffd5b8063753408151461054d57806376671808146105565780637689778114610569575f5ffd5b806361112425146104d157806365406334146104f5578063682a9141146104fe5780636da49b8314610511578063702f45f31461051957806372f702f314610526575f5ffd5b80633b781ef81161025157806350017f3e1161020b578063570adc3b116101e6578063570adc3b1461045357806357d775f8146104735780635aa6e6751461049e5780635df6a6bc146104c9575f5ffd5b806350017f3e1461041a578063517f054a1461042d5780635702e02c14610440575f5ffd5b80633b781ef81461037d5780633ccfd60b146103da5780633cf80e6c146103e25780633ed55b7b146103ea578063429e03b2146103f35780634c5770fe14610406575f5ffd5b806329399528116102a2578063293995281461037d5780632af84c5e14610385578063375b3c0a1461039857806337bbf30e146103a15780633857bfb0146103b457806338b2393d146103c7575f5ffd5b8063011c96e6146102e95780630cfe406e146103145780631bdc7eec1461032b578063252b39c81461034057806328bef7e31461035557806328f7314814610375575b5f5ffd5b6003546102fd90600160981b900460ff1681565b60405160ff90911681526020015b60405180910390f35b61031d60115481565b60405190815260200161030b565b6103336106b9565b60405161030b9190613c1c565b61035361034e366004613c5e565b61070f565b005b610368610363366004613c75565b61077e565b60405161030b9190613e40565b600d5461031d565b6102fd602081565b610353610393366004613eb7565b610aa2565b61031d60025481565b6103536103af366004613ee0565b610b19565b61031d6103c2366004613f27565b610c22565b6103536103d5366004613f40565b610c6b565b610353610d33565b610353610fdb565b61031d60105481565b610353610401366004613f40565b6113c3565b6003546102fd90600160801b900460ff1681565b610353610428366004613c5e565b61144d565b61035361043b366004613f66565b611577565b61035361044e366004613fc6565b611653565b610466610461366004613f27565b6116dd565b60405161030b9190614004565b600354610486906001600160401b031681565b6040516001600160401b03909116815260200161030b565b6001546104b1906001600160a01b031681565b6040516001600160a01b03909116815260200161030b565b61035361198a565b6003546104e590600160a01b900460ff1681565b604051901515815260200161030b565b61031d60045481565b61046661050c366004613f27565b611ab8565b60065461031d565b6014546102fd9060ff1681565b6104b17f000000000000000000000000000000000000000000000000000000000000000081565b61031d600a5481565b600f54610486906001600160401b031681565b6003546102fd90600160901b900460ff1681565b61031d600881565b610353610593366004613c5e565b611d2a565b6103336105a6366004613f66565b611dcc565b61031d608081565b61031d6105c1366004614053565b611e8c565b6104666105d43660046140eb565b612306565b6003546102fd90600160881b900460ff1681565b6103536105fb366004613f66565b6125c9565b61035361060e36600461411d565b61268d565b6104e5610621366004613f27565b612706565b610353610634366004613f27565b61277c565b61064c610647366004613f66565b61284c565b60405161030b9190614181565b60035461048690600160401b90046001600160401b031681565b61031d61010081565b61046661068a366004613c5e565b61290d565b6104e561069d366004613c5e565b5f9081526005602052604090205460ff1690565b61064c612b17565b6060601280548060200260200160405190810160405280929190818152602001828054801561070557602002820191905f5260205f20905b8154815260200190600101908083116106f1575b5050505050905090565b6001546001600160a01b031633146107425760405162461bcd60e51b815260040161073990614193565b60405180910390fd5b60048190556040518181527ff258c8c19d6a8a651db088429207d3a23f68308909895f4a6a976943c30e6ba9906020015b60405180910390a150565b60605f61078b83856141cf565b60065490915081111561079d57506006545b808411156107a9578093505b6107b384826141e2565b6001600160401b038111156107ca576107ca6141f5565b60405190808252806020026020018201604052801561080357816020015b6107f0613b16565b8152602001906001900390816107e85790505b509150835b81811015610a9a576006818154811061082357610823614209565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b0316825260018101805492939192918401916108639061421d565b80601f016020809104026020016040519081016040528092919081815260200182805461088f9061421d565b80156108da5780601f106108b1576101008083540402835291602001916108da565b820191905f5260205f20905b8154815290600101906020018083116108bd57829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b828210156109f1578382905f5260205f200180546109669061421d565b80601f01602080910402602001604051908101604052809291908181526020018280546109929061421d565b80156109dd5780601f106109b4576101008083540402835291602001916109dd565b820191905f5260205f20905b8154815290600101906020018083116109c057829003601f168201915b505050505081526020019060010190610949565b5050509082525060068201546020820152600782015460409091019060ff166003811115610a2157610a21613d1d565b6003811115610a3257610a32613d1d565b8152600791909101546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660609091015283610a7787846141e2565b81518110610a8757610a87614209565b6020908102919091010152600101610808565b505092915050565b6001546001600160a01b03163314610acc5760405162461bcd60e51b815260040161073990614193565b60038054821515600160a01b0260ff60a01b199091161790556040517f2a982c74152d5d61a52d3be4d465baf0c27caa75559115699ed355d90c0a6d3a9061077390831515815260200190565b6001546001600160a01b03163314610b435760405162461bcd60e51b815260040161073990614193565b60028160ff1610158015610b5d57508160ff168160ff1611155b8015610b6d5750602060ff831611155b610bb15760405162461bcd60e51b8152602060048201526015602482015274496e76616c696420636c757374657220736861706560581b6044820152606401610739565b6003805461ffff60881b1916600160881b60ff85811691820260ff60901b191692909217600160901b928516928302179092556040805192835260208301919091527fb943698abfcc36471a94b9d7f8c6b0f16ba349304d56bef93d880f2328572743910160405180910390a15050565b6001600160a01b0381165f90815260076020526040812054808203610c595760405162461bcd60e51b81526004016107399061424f565b610c646001826141e2565b9392505050565b6001546001600160a01b03163314610c955760405162461bcd60e51b815260040161073990614193565b5f816001600160401b031611610ce45760405162461bcd60e51b815260206004820152601460248201527345706f6368206c656e677468206973207a65726f60601b6044820152606401610739565b6003805467ffffffffffffffff19166001600160401b0383169081179091556040519081527fbd674c39601ab02b1011c8c98746cf751f810f0ccf168f8a214cb0d65f92ae4890602001610773565b610d3b612b73565b335f9081526007602052604081205490819003610d6a5760405162461bcd60e51b81526004016107399061424f565b5f610d766001836141e2565b90505f60068281548110610d8c57610d8c614209565b5f918252602090912060089091020190506002600782015460ff166003811115610db857610db8613d1d565b14610dfa5760405162461bcd60e51b81526020600482015260126024820152714e6f6465206e6f7420756e626f6e64696e6760701b6044820152606401610739565b6003546007820154610e26916001600160401b03600160401b909104811691600160481b9004166141cf565b431015610e755760405162461bcd60e51b815260206004820152601860248201527f556e626f6e64696e672064656c6179206e6f74206f76657200000000000000006044820152606401610739565b6007810154600f546001600160401b03600160881b909204821691161180610ea65750600f546001600160401b0316155b610ef25760405162461bcd60e51b815260206004820152601860248201527f5374696c6c2073657276696e6720746869732065706f636800000000000000006044820152606401610739565b6006810180545f918290556007808401805460ff191660031790553383526020526040808320839055519091600891610f2f906001860190614277565b604080519182900390912082526020808301939093529081015f90812081905560028501546001600160a01b039081168252600990935290812055610f97907f0000000000000000000000000000000000000000000000000000000000000000163383612b9b565b60405181815233907f8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc9060200160405180910390a250505050610fd960015f55565b565b600354601054610ff4916001600160401b0316906141cf565b4310156110345760405162461bcd60e51b815260206004820152600e60248201526d22b837b1b4103737ba1037bb32b960911b6044820152606401610739565b5f600a54116110775760405162461bcd60e51b815260206004820152600f60248201526e4e6f20616374697665206e6f64657360881b6044820152606401610739565b600f545f90611090906001600160401b031660016142e8565b90505f4461109f6001436141e2565b6040805160208101939093529040908201526001600160401b038316606082015230608082015260a00160408051601f198184030181528282528051602091820120600f80546001600160401b03881667ffffffffffffffff199091161790554360105560118190555f808552918401909252909250505f611137600b845f600360109054906101000a900460ff1660ff1686612bff565b805190915061114d906012906020840190613b8c565b505f81516001600160401b03811115611168576111686141f5565b604051908082528060200260200182016040528015611191578160200160208202803683370190505b5090505f5b8251811015611269578560135f8584815181106111b5576111b5614209565b602002602001015181526020019081526020015f205f6101000a8154816001600160401b0302191690836001600160401b03160217905550600683828151811061120157611201614209565b60200260200101518154811061121957611219614209565b5f91825260209091206008909102015482516001600160a01b039091169083908390811061124957611249614209565b6001600160a01b0390921660209283029190910190910152600101611196565b5060015b60145460ff9081169082161161129a57611288818688612d87565b8061129281614307565b91505061126d565b505b60035460145460ff600160981b909204821691161015611372576014545f906112c99060ff166001614325565b6014805460ff191660ff8381169182179092556003549293505f926112fe92600b928a929091600160881b9091041689612bff565b60ff83165f9081526015602090815260409091208251929350611325929091840190613b8c565b508160ff167ff77ceac0465c6af5b63fac9399e2e373460d215e6a210b9951e55cba5a97fa956113548361323d565b8960405161136392919061433e565b60405180910390a2505061129c565b600d546040516001600160401b038716917f6c0d77d579c4287f597e07e4df08445b9b219de53189aef0e816dba055061995916113b491889143918791614368565b60405180910390a25050505050565b6001546001600160a01b031633146113ed5760405162461bcd60e51b815260040161073990614193565b600380546fffffffffffffffff00000000000000001916600160401b6001600160401b038416908102919091179091556040519081527f5c2121dd9ae1ab0173ffb91cbc1ea3a04fa9b6a87da9e924a13d9fa3e76c845b90602001610773565b611455612b73565b5f81116114955760405162461bcd60e51b815260206004820152600e60248201526d416d6f756e74206973207a65726f60901b6044820152606401610739565b5f61149f33613311565b90505f600682815481106114b5576114b5614209565b905f5260205f209060080201905082816006015f8282546114d691906141cf565b909155505060068101546114ee90600b9084906133cd565b6115236001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330866135a5565b600681015460405133917f4fedc3e6c116ab84f1fd1c936a810844ab9ff4be38b3d805cca0cfac9da579df9161156191878252602082015260400190565b60405180910390a2505061157460015f55565b50565b6001546001600160a01b031633146115a15760405162461bcd60e51b815260040161073990614193565b60018160ff16101580156115b95750602060ff821611155b6116055760405162461bcd60e51b815260206004820152601760248201527f496e76616c696420426c61636b20426f7820636f756e740000000000000000006044820152606401610739565b6003805460ff60801b1916600160801b60ff8416908102919091179091556040519081527f8a63f6ec305dcc6415cc5e8a1994203cf9acf0feb0c957bfc74a114539df3aa890602001610773565b5f61165d33613311565b905061166983836135e4565b6116956006828154811061167f5761167f614209565b905f5260205f20906008020160050184846136a9565b336001600160a01b03167f0e38467bedc6c9efbaa8ac5b1c18c3941a4cd07ced6afd504581db19d4b669eb84846040516116d09291906143bf565b60405180910390a2505050565b6116e5613b16565b6001600160a01b0382165f908152600960205260408120549081900361171d5760405162461bcd60e51b81526004016107399061424f565b600661172a6001836141e2565b8154811061173a5761173a614209565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b03168252600181018054929391929184019161177a9061421d565b80601f01602080910402602001604051908101604052809291908181526020018280546117a69061421d565b80156117f15780601f106117c8576101008083540402835291602001916117f1565b820191905f5260205f20905b8154815290600101906020018083116117d457829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015611908578382905f5260205f2001805461187d9061421d565b80601f01602080910402602001604051908101604052809291908181526020018280546118a99061421d565b80156118f45780601f106118cb576101008083540402835291602001916118f4565b820191905f5260205f20905b8154815290600101906020018083116118d757829003601f168201915b505050505081526020019060010190611860565b5050509082525060068201546020820152600782015460409091019060ff16600381111561193857611938613d1d565b600381111561194957611949613d1d565b8152600791909101546001600160401b03610100820481166020840152600160481b820481166040840152600160881b909104166060909101529392505050565b5f61199433613311565b90505f600682815481106119aa576119aa614209565b5f918252602082206008919091020160078101805460026001600160401b03438116600160481b0270ffffffffffffffff0000000000000000ff198416811783178555600f54600160881b92169190910267ffffffffffffffff60881b1990911678ffffffffffffffffffffffffffffffff0000000000000000ff199093169290921791909117179055600a80549193506001929091611a4b9084906141e2565b90915550611a5d9050600b835f6133cd565b6007810154600f5460408051600160481b9093046001600160401b039081168452909116602083015233917facbe3fcfeb0dbc9723b0e163f02d00ebd97c796fcfad93f33ecaa6393c0c9a8191015b60405180910390a25050565b611ac0613b16565b6006611acb83610c22565b81548110611adb57611adb614209565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b031682526001810180549293919291840191611b1b9061421d565b80601f0160208091040260200160405190810160405280929190818152602001828054611b479061421d565b8015611b925780601f10611b6957610100808354040283529160200191611b92565b820191905f5260205f20905b815481529060010190602001808311611b7557829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015611ca9578382905f5260205f20018054611c1e9061421d565b80601f0160208091040260200160405190810160405280929190818152602001828054611c4a9061421d565b8015611c955780601f10611c6c57610100808354040283529160200191611c95565b820191905f5260205f20905b815481529060010190602001808311611c7857829003601f168201915b505050505081526020019060010190611c01565b5050509082525060068201546020820152600782015460409091019060ff166003811115611cd957611cd9613d1d565b6003811115611cea57611cea613d1d565b8152600791909101546001600160401b03610100820481166020840152600160481b820481166040840152600160881b9091041660609091015292915050565b6001546001600160a01b03163314611d545760405162461bcd60e51b815260040161073990614193565b5f8111611d975760405162461bcd60e51b81526020600482015260116024820152704d696e207374616b65206973207a65726f60781b6044820152606401610739565b60028190556040518181527f4d36185d86b6e1aefe7e3c72bbcf2329ea433a9dc2655a34739abe83a7ce74a090602001610773565b606060018260ff1610158015611deb575060145460ff90811690831611155b611e2b5760405162461bcd60e51b815260206004820152601160248201527010db1d5cdd195c881b9bdd08199bdd5b99607a1b6044820152606401610739565b60ff82165f9081526015602090815260409182902080548351818402810184019094528084529091830182828015611e8057602002820191905f5260205f20905b815481526020019060010190808311611e6c575b50505050509050919050565b5f611e95612b73565b87611ed25760405162461bcd60e51b815260206004820152600d60248201526c115b5c1d1e481c19595c881251609a1b6044820152606401610739565b6080881115611f165760405162461bcd60e51b815260206004820152601060248201526f5065657220494420746f6f206c6f6e6760801b6044820152606401610739565b6001600160a01b038716611f655760405162461bcd60e51b8152602060048201526016602482015275456e636c6176652077616c6c6574206973207a65726f60501b6044820152606401610739565b600254821015611fad5760405162461bcd60e51b81526020600482015260136024820152725374616b652062656c6f77206d696e696d756d60681b6044820152606401610739565b335f90815260076020526040902054156120095760405162461bcd60e51b815260206004820152601b60248201527f4f70657261746f7220616c7265616479207265676973746572656400000000006044820152606401610739565b5f898960405161201a92919061445d565b6040518091039020905060085f8281526020019081526020015f20545f146120845760405162461bcd60e51b815260206004820152601a60248201527f5065657220494420616c726561647920726567697374657265640000000000006044820152606401610739565b6001600160a01b0388165f90815260096020526040902054156120f35760405162461bcd60e51b815260206004820152602160248201527f456e636c6176652077616c6c657420616c7265616479207265676973746572656044820152601960fa1b6064820152608401610739565b6120fd85856135e4565b600680546001810182555f91909152600881027ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f810180546001600160a01b031916331781559193507ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d40016121738b8d836144b0565b506002810180546001600160a01b0319166001600160a01b038b1617905560038101889055600481018790556121ad6005820187876136a9565b60068101849055600781018054600168ffffffffffffffffff19909116610100436001600160401b0316021781179091556121e99084906141cf565b335f908152600760205260409020556122038360016141cf565b5f8381526008602052604090205561221c8360016141cf565b6001600160a01b038a165f90815260096020526040812091909155600a80546001929061224a9084906141cf565b909155505f905061225c600b86613737565b905083811461226d5761226d614569565b6122a26001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330886135a5565b83336001600160a01b03167f0dce6d517f3ed33f0a2a226361007647934534667d68f453cc27b8b63fe3708c8e8e8e8e8e8c6040516122e69695949392919061457d565b60405180910390a35050506122fa60015f55565b98975050505050505050565b61230e613b16565b5f60085f858560405161232292919061445d565b604051809103902081526020019081526020015f20549050805f036123595760405162461bcd60e51b81526004016107399061424f565b60066123666001836141e2565b8154811061237657612376614209565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b0316825260018101805492939192918401916123b69061421d565b80601f01602080910402602001604051908101604052809291908181526020018280546123e29061421d565b801561242d5780601f106124045761010080835404028352916020019161242d565b820191905f5260205f20905b81548152906001019060200180831161241057829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015612544578382905f5260205f200180546124b99061421d565b80601f01602080910402602001604051908101604052809291908181526020018280546124e59061421d565b80156125305780601f1061250757610100808354040283529160200191612530565b820191905f5260205f20905b81548152906001019060200180831161251357829003601f168201915b50505050508152602001906001019061249c565b5050509082525060068201546020820152600782015460409091019060ff16600381111561257457612574613d1d565b600381111561258557612585613d1d565b8152600791909101546001600160401b03610100820481166020840152600160481b820481166040840152600160881b909104166060909101529150505b92915050565b6001546001600160a01b031633146125f35760405162461bcd60e51b815260040161073990614193565b60018160ff16101561263f5760405162461bcd60e51b8152602060048201526015602482015274125b9d985b1a590818db1d5cdd195c8818dbdd5b9d605a1b6044820152606401610739565b6003805460ff60981b1916600160981b60ff8416908102919091179091556040519081527f2f5d5ec52597b172ad20103f52a69cd36c9f2d4de25336fd287af0f6e09e540490602001610773565b6001546001600160a01b031633146126b75760405162461bcd60e51b815260040161073990614193565b5f82815260056020908152604091829020805460ff1916841515908117909155915191825283917fafcf6d9e15b52d84b357f8cb8fba57f4244e05127068225561b6cb74507296549101611aac565b6001600160a01b0381165f908152600960205260408120548015806127345750600f546001600160401b0316155b1561274157505f92915050565b600f546001600160401b031660135f61275b6001856141e2565b815260208101919091526040015f20546001600160401b0316149392505050565b6001546001600160a01b031633146127a65760405162461bcd60e51b815260040161073990614193565b6001600160a01b0381166127f15760405162461bcd60e51b8152602060048201526012602482015271476f7665726e616e6365206973207a65726f60701b6044820152606401610739565b6001546040516001600160a01b038084169216907f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80905f90a3600180546001600160a01b0319166001600160a01b0392909216919091179055565b606060018260ff161015801561286b575060145460ff90811690831611155b6128ab5760405162461bcd60e51b815260206004820152601160248201527010db1d5cdd195c881b9bdd08199bdd5b99607a1b6044820152606401610739565b60ff82165f9081526015602090815260409182902080548351818402810184019094528084526125c3939283018282801561290357602002820191905f5260205f20905b8154815260200190600101908083116128ef575b505050505061323d565b612915613b16565b60065482106129365760405162461bcd60e51b81526004016107399061424f565b6006828154811061294957612949614209565b5f91825260209182902060408051610160810190915260089092020180546001600160a01b0316825260018101805492939192918401916129899061421d565b80601f01602080910402602001604051908101604052809291908181526020018280546129b59061421d565b8015612a005780601f106129d757610100808354040283529160200191612a00565b820191905f5260205f20905b8154815290600101906020018083116129e357829003601f168201915b50505050508152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b03168152602001600382015481526020016004820154815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015611ca9578382905f5260205f20018054612a8c9061421d565b80601f0160208091040260200160405190810160405280929190818152602001828054612ab89061421d565b8015612b035780601f10612ada57610100808354040283529160200191612b03565b820191905f5260205f20905b815481529060010190602001808311612ae657829003601f168201915b505050505081526020019060010190612a6f565b6060612b6e601280548060200260200160405190810160405280929190818152602001828054801561290357602002820191905f5260205f20908154815260200190600101908083116128ef57505050505061323d565b905090565b60025f5403612b9557604051633ee5aeb560e01b815260040160405180910390fd5b60025f55565b6040516001600160a01b03838116602483015260448201839052612bfa91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b03838183161783525050505061381d565b505050565b60038501546060905f5b8351811015612cb0576001880154848281518110612c2957612c29614209565b6020026020010151108015612c6857505f612c66858381518110612c4f57612c4f614209565b60200260200101518a61388990919063ffffffff16565b115b8015612c955750612c938482868481518110612c8657612c86614209565b60200260200101516138b0565b155b15612ca857612ca56001836141e2565b91505b600101612c09565b505f818510612cbf5781612cc1565b845b9050806001600160401b03811115612cdb57612cdb6141f5565b604051908082528060200260200182016040528015612d04578160200160208202803683370190505b509250805f03612d15575050612d7e565b5f805b82811015612d79575f5f5f612d328d8d8d888c898f6138f7565b92509250925080945081612d5057612d4d8d848a878d6139bf565b92505b82888581518110612d6357612d63614209565b6020908102919091010152505050600101612d18565b505050505b95945050505050565b60ff83165f9081526015602052604081208054909180826001600160401b03811115612db557612db56141f5565b604051908082528060200260200182016040528015612dde578160200160208202803683370190505b5090505f5b83811015612e9357848181548110612dfd57612dfd614209565b905f5260205f200154828281518110612e1857612e18614209565b602090810291909101015260016006838381518110612e3957612e39614209565b602002602001015181548110612e5157612e51614209565b5f91825260209091206007600890920201015460ff166003811115612e7857612e78613d1d565b03612e8b5782612e87816145be565b9350505b600101612de3565b50600354600160881b900460ff168383148015612eb05750808410155b15612ebf575050505050505050565b5f838211612ecd575f612ed7565b612ed784836141e2565b90505f612eeb600b8a8c60ff168588612bff565b90505f80805b8881101561312f575f878281518110612f0c57612f0c614209565b6020026020010151905060016003811115612f2957612f29613d1d565b60068281548110612f3c57612f3c614209565b5f91825260209091206007600890920201015460ff166003811115612f6357612f63613d1d565b03612f9657808b84612f74816145be565b955081548110612f8657612f86614209565b5f91825260209091200155613126565b84518410156130b357848481518110612fb157612fb1614209565b60200260200101518b8480612fc5906145be565b955081548110612fd757612fd7614209565b905f5260205f2001819055508d60ff167f9af13ce84f430ba1db375709d751907a82ad53e6674113c1f5130fa59740b7076006838154811061301b5761301b614209565b905f5260205f2090600802015f015f9054906101000a90046001600160a01b0316600688888151811061305057613050614209565b60200260200101518154811061306857613068614209565b905f5260205f2090600802015f015f9054906101000a90046001600160a01b03168f604051613099939291906145d6565b60405180910390a2836130ab816145be565b945050613126565b8d60ff167f9af13ce84f430ba1db375709d751907a82ad53e6674113c1f5130fa59740b707600683815481106130eb576130eb614209565b905f5260205f2090600802015f015f9054906101000a90046001600160a01b03165f8f60405161311d939291906145d6565b60405180910390a25b50600101612ef1565b505b8854811015613162578880548061314a5761314a614602565b600190038181905f5260205f20015f90559055613131565b825182101561322f578883838151811061317e5761317e614209565b60209081029190910181015182546001810184555f93845291832090910155835160ff8e16917f9af13ce84f430ba1db375709d751907a82ad53e6674113c1f5130fa59740b707916006908790879081106131db576131db614209565b6020026020010151815481106131f3576131f3614209565b5f91825260209091206008909102015460405161321c92916001600160a01b0316908f906145d6565b60405180910390a2600190910190613162565b505050505050505050505050565b606081516001600160401b03811115613258576132586141f5565b604051908082528060200260200182016040528015613281578160200160208202803683370190505b5090505f5b825181101561330b5760068382815181106132a3576132a3614209565b6020026020010151815481106132bb576132bb614209565b5f91825260209091206008909102015482516001600160a01b03909116908390839081106132eb576132eb614209565b6001600160a01b0390921660209283029190910190910152600101613286565b50919050565b6001600160a01b0381165f908152600760205260408120548082036133485760405162461bcd60e51b81526004016107399061424f565b600160066133576001846141e2565b8154811061336757613367614209565b5f91825260209091206007600890920201015460ff16600381111561338e5761338e613d1d565b14610c595760405162461bcd60e51b815260206004820152600f60248201526e4e6f6465206e6f742061637469766560881b6044820152606401610739565b5f8360010183815481106133e3576133e3614209565b905f5260205f20015490508181036133fb5750505050565b8184600101848154811061341157613411614209565b5f918252602090912001558354818311156134c1575f61343183856141e2565b90505f61343f8660016141cf565b90505b8281116134a15781876134566001846141e2565b8154811061346657613466614209565b905f5260205f20015f82825461347c91906141cf565b9091555061348e9050811960016141cf565b61349a908216826141cf565b9050613442565b5080866002015f8282546134b591906141cf565b90915550613557915050565b5f6134cc84846141e2565b90505f6134da8660016141cf565b90505b82811161353c5781876134f16001846141e2565b8154811061350157613501614209565b905f5260205f20015f82825461351791906141e2565b909155506135299050811960016141cf565b613535908216826141cf565b90506134dd565b5080866002015f82825461355091906141e2565b9091555050505b815f0361357d576001856003015f82825461357291906141cf565b9091555061359e9050565b825f0361359e576001856003015f82825461359891906141e2565b90915550505b5050505050565b6040516001600160a01b0384811660248301528381166044830152606482018390526135de9186918216906323b872dd90608401612bc8565b50505050565b600881111561362b5760405162461bcd60e51b8152602060048201526013602482015272546f6f206d616e79206d756c7469616464727360681b6044820152606401610739565b5f5b81811015612bfa5761010083838381811061364a5761364a614209565b905060200281019061365c9190614616565b905011156136a15760405162461bcd60e51b81526020600482015260126024820152714d756c74696164647220746f6f206c6f6e6760701b6044820152606401610739565b60010161362d565b8254156136e057828054806136c0576136c0614602565b600190038181905f5260205f20015f6136d99190613bd5565b90556136a9565b5f5b818110156135de57838383838181106136fd576136fd614209565b905060200281019061370f9190614616565b82546001810184555f93845260209093209092019161372e91836144b0565b506001016136e2565b600180830154905f9061374b9083906141cf565b9050825f61375b831960016141cf565b8316905060015b818110156137af5786600161377783876141e2565b61378191906141e2565b8154811061379157613791614209565b905f5260205f200154836137a591906141cf565b925060011b613762565b508554600181810188555f8881526020808220909301859055818901805492830181558152918220018690556002870180548792906137ef9084906141cf565b90915550508415613814576001866003015f82825461380e91906141cf565b90915550505b50505092915050565b5f5f60205f8451602086015f885af18061383c576040513d5f823e3d81fd5b50505f513d91508115613853578060011415613860565b6001600160a01b0384163b155b156135de57604051635274afe760e01b81526001600160a01b0385166004820152602401610739565b5f82600101828154811061389f5761389f614209565b905f5260205f200154905092915050565b5f805b838110156138ed57828582815181106138ce576138ce614209565b6020026020010151036138e5576001915050610c64565b6001016138b3565b505f949350505050565b60028701545f9081908190815b60408110156139a95760408051602081018d90529081018b9052606081018a90525f908390608001604051602081830303815290604052805190602001205f1c61394e9190614658565b90508961395a816145be565b9a5061396890508d82613a90565b95506139758989886138b0565b15801561398b5750613989878851886138b0565b155b156139a05750600193508892506139b2915050565b50600101613904565b505f9250879150505b9750975097945050505050565b5f5f6139cc876001015490565b905060015b818111613a47575f826139e4838a6141cf565b6139ee9190614658565b90505f6139fb8a83613889565b118015613a105750613a0e8787836138b0565b155b8015613a255750613a23858651836138b0565b155b15613a34579250612d7e915050565b5080613a3f816145be565b9150506139d1565b5060405162461bcd60e51b815260206004820152601b60248201527f456c656374696f6e3a206e6f20656c696769626c6520656e74727900000000006044820152606401610739565b81545f9060015b600182901c8111613aaa5760011b613a97565b5f5b8115612d7e575f613abd83836141cf565b9050838111613b09575f87613ad36001846141e2565b81548110613ae357613ae3614209565b905f5260205f2001549050868111613b07578192508087613b0491906141e2565b96505b505b50600182901c9150613aac565b6040518061016001604052805f6001600160a01b03168152602001606081526020015f6001600160a01b031681526020015f81526020015f8152602001606081526020015f81526020015f6003811115613b7257613b72613d1d565b81525f602082018190526040820181905260609091015290565b828054828255905f5260205f20908101928215613bc5579160200282015b82811115613bc5578251825591602001919060010190613baa565b50613bd1929150613c08565b5090565b508054613be19061421d565b5f825580601f10613bf0575050565b601f0160209004905f5260205f209081019061157491905b5b80821115613bd1575f8155600101613c09565b602080825282518282018190525f918401906040840190835b81811015613c53578351835260209384019390920191600101613c35565b509095945050505050565b5f60208284031215613c6e575f5ffd5b5035919050565b5f5f60408385031215613c86575f5ffd5b50508035926020909101359150565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b83811015613d1157601f19858403018852613cfb838351613c95565b6020988901989093509190910190600101613cdf565b50909695505050505050565b634e487b7160e01b5f52602160045260245ffd5b60048110613d4d57634e487b7160e01b5f52602160045260245ffd5b9052565b80516001600160a01b031682525f60208201516101606020850152613d7a610160850182613c95565b90506040830151613d9660408601826001600160a01b03169052565b50606083015160608501526080830151608085015260a083015184820360a0860152613dc28282613cc3565b91505060c083015160c085015260e0830151613de160e0860182613d31565b50610100830151613dfe6101008601826001600160401b03169052565b50610120830151613e1b6101208601826001600160401b03169052565b50610140830151613e386101408601826001600160401b03169052565b509392505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015613e9757603f19878603018452613e82858351613d51565b94506020938401939190910190600101613e66565b50929695505050505050565b80358015158114613eb2575f5ffd5b919050565b5f60208284031215613ec7575f5ffd5b610c6482613ea3565b803560ff81168114613eb2575f5ffd5b5f5f60408385031215613ef1575f5ffd5b613efa83613ed0565b9150613f0860208401613ed0565b90509250929050565b80356001600160a01b0381168114613eb2575f5ffd5b5f60208284031215613f37575f5ffd5b610c6482613f11565b5f60208284031215613f50575f5ffd5b81356001600160401b0381168114610c64575f5ffd5b5f60208284031215613f76575f5ffd5b610c6482613ed0565b5f5f83601f840112613f8f575f5ffd5b5081356001600160401b03811115613fa5575f5ffd5b6020830191508360208260051b8501011115613fbf575f5ffd5b9250929050565b5f5f60208385031215613fd7575f5ffd5b82356001600160401b03811115613fec575f5ffd5b613ff885828601613f7f565b90969095509350505050565b602081525f610c646020830184613d51565b5f5f83601f840112614026575f5ffd5b5081356001600160401b0381111561403c575f5ffd5b602083019150836020828501011115613fbf575f5ffd5b5f5f5f5f5f5f5f5f60c0898b03121561406a575f5ffd5b88356001600160401b0381111561407f575f5ffd5b61408b8b828c01614016565b909950975061409e905060208a01613f11565b9550604089013594506060890135935060808901356001600160401b038111156140c6575f5ffd5b6140d28b828c01613f7f565b999c989b50969995989497949560a00135949350505050565b5f5f602083850312156140fc575f5ffd5b82356001600160401b03811115614111575f5ffd5b613ff885828601614016565b5f5f6040838503121561412e575f5ffd5b82359150613f0860208401613ea3565b5f8151808452602084019350602083015f5b828110156141775781516001600160a01b0316865260209586019590910190600101614150565b5093949350505050565b602081525f610c64602083018461413e565b6020808252600e908201526d4e6f7420676f7665726e616e636560901b604082015260600190565b634e487b7160e01b5f52601160045260245ffd5b808201808211156125c3576125c36141bb565b818103818111156125c3576125c36141bb565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b600181811c9082168061423157607f821691505b60208210810361330b57634e487b7160e01b5f52602260045260245ffd5b6020808252600e908201526d139bd919481b9bdd08199bdd5b9960921b604082015260600190565b5f5f83546142848161421d565b60018216801561429b57600181146142b0576142dd565b60ff19831686528115158202860193506142dd565b865f5260205f205f5b838110156142d5578154888201526001909101906020016142b9565b505081860193505b509195945050505050565b6001600160401b0381811683821601908111156125c3576125c36141bb565b5f60ff821660ff810361431c5761431c6141bb565b60010192915050565b60ff81811683821601908111156125c3576125c36141bb565b604081525f614350604083018561413e565b90506001600160401b03831660208301529392505050565b848152836020820152608060408201525f614386608083018561413e565b905082606083015295945050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602080825281018290525f6040600584901b830181019083018583601e1936839003015b8782101561445057868503603f190184528235818112614401575f5ffd5b89016020810190356001600160401b0381111561441c575f5ffd5b80360382131561442a575f5ffd5b614435878284614397565b965050506020830192506020840193506001820191506143e3565b5092979650505050505050565b818382375f9101908152919050565b601f821115612bfa57805f5260205f20601f840160051c810160208510156144915750805b601f840160051c820191505b8181101561359e575f815560010161449d565b6001600160401b038311156144c7576144c76141f5565b6144db836144d5835461421d565b8361446c565b5f601f84116001811461450c575f85156144f55750838201355b5f19600387901b1c1916600186901b17835561359e565b5f83815260208120601f198716915b8281101561453b578685013582556020948501946001909201910161451b565b5086821015614557575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b634e487b7160e01b5f52600160045260245ffd5b60a081525f61459060a08301888a614397565b6001600160a01b03969096166020830152506040810193909352606083019190915260809091015292915050565b5f600182016145cf576145cf6141bb565b5060010190565b6001600160a01b0393841681529190921660208201526001600160401b03909116604082015260600190565b634e487b7160e01b5f52603160045260245ffd5b5f5f8335601e1984360301811261462b575f5ffd5b8301803591506001600160401b03821115614644575f5ffd5b602001915036819003821315613fbf575f5ffd5b5f8261467257634e487b7160e01b5f52601260045260245ffd5b50069056",
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
