// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testbindings

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

// ReentrantClaimerMetaData contains all meta data concerning the ReentrantClaimer contract.
var ReentrantClaimerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIPoolForClaimer\",\"name\":\"pool_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"attacking\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64[]\",\"name\":\"epochs\",\"type\":\"uint64[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"contractIPoolForClaimer\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"received\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentryAttempts\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentrySuccesses\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIRegistryForClaimer\",\"name\":\"registry\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"registerNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610a56380380610a5683398101604081905261002e9161003f565b6001600160a01b031660805261006c565b5f6020828403121561004f575f5ffd5b81516001600160a01b0381168114610065575f5ffd5b9392505050565b6080516109be6100985f395f818160cf0152818161017301528181610215015261033801526109be5ff3fe608060405260043610610071575f3560e01c80636679dca21161004c5780636679dca21461029c57806383a6deb5146102bb5780638f58c0d4146102de578063a8745cd2146102f3575f5ffd5b806316f0115b1461020457806335442c43146102545780633c0bbcd914610273575f5ffd5b36610200573460055f82825461008791906105c9565b909155505060025460ff1661009857005b6002805460ff19168155600380545f906100b39084906105c9565b90915550506040516335442c4360e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906335442c4390610104905f906004016106cc565b6020604051808303815f875af192505050801561013e575060408051601f3d908101601f1916820190925261013b918101906106e5565b60015b15610159575060048054905f610153836106fc565b91905055505b60015460405163e2c5fb9b60e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169163e2c5fb9b916101a991905f90600401610714565b6020604051808303815f875af19250505080156101e3575060408051601f3d908101601f191682019092526101e0918101906106e5565b60015b156101fe575060048054905f6101f8836106fc565b91905055505b005b5f5ffd5b34801561020f575f5ffd5b506102377f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b34801561025f575f5ffd5b506101fe61026e366004610734565b610308565b34801561027e575f5ffd5b5060025461028c9060ff1681565b604051901515815260200161024b565b3480156102a7575f5ffd5b506101fe6102b63660046107ca565b6103be565b3480156102c6575f5ffd5b506102d060055481565b60405190815260200161024b565b3480156102e9575f5ffd5b506102d060045481565b3480156102fe575f5ffd5b506102d060035481565b6103135f83836104e3565b506002805460ff191660011790556040516335442c4360e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906335442c439061036f9085908590600401610875565b6020604051808303815f875af115801561038b573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103af91906106e5565b50506002805460ff1916905550565b60405163095ea7b360e01b81526001600160a01b0387811660048301526024820183905286169063095ea7b3906044016020604051808303815f875af115801561040a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061042e91906108c5565b50604080515f8082526020820190925281610459565b60608152602001906001900390816104445790505b506040516391c05f0960e01b81529091506001600160a01b038816906391c05f09906104979088908890889060019060029089908b906004016108e4565b6020604051808303815f875af11580156104b3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104d791906106e5565b60015550505050505050565b828054828255905f5260205f2090600301600490048101928215610591579160200282015f5b8382111561055c5783356001600160401b031683826101000a8154816001600160401b0302191690836001600160401b031602179055509260200192600801602081600701049283019260010302610509565b801561058f5782816101000a8154906001600160401b03021916905560080160208160070104928301926001030261055c565b505b5061059d9291506105a1565b5090565b5b8082111561059d575f81556001016105a2565b634e487b7160e01b5f52601160045260245ffd5b808201808211156105dc576105dc6105b5565b92915050565b80548083525f8281526020808220940193909190825b826003820110156106475781546001600160401b038082168852604082811c821660208a0152608083811c9092169089015260c09190911c6060880152909501946001909101906004016105f8565b90549082811015610668576001600160401b03821686526020909501946001015b8281101561068a576001600160401b03604083901c1686526020909501946001015b828110156106ac576001600160401b03608083901c1686526020909501946001015b828110156106c25760c082901c86526020860195505b5093949350505050565b602081525f6106de60208301846105e2565b9392505050565b5f602082840312156106f5575f5ffd5b5051919050565b5f6001820161070d5761070d6105b5565b5060010190565b828152604060208201525f61072c60408301846105e2565b949350505050565b5f5f60208385031215610745575f5ffd5b82356001600160401b0381111561075a575f5ffd5b8301601f8101851361076a575f5ffd5b80356001600160401b0381111561077f575f5ffd5b8560208260051b8401011115610793575f5ffd5b6020919091019590945092505050565b6001600160a01b03811681146107b7575f5ffd5b50565b80356107c5816107a3565b919050565b5f5f5f5f5f5f60a087890312156107df575f5ffd5b86356107ea816107a3565b955060208701356107fa816107a3565b945060408701356001600160401b03811115610814575f5ffd5b8701601f81018913610824575f5ffd5b80356001600160401b03811115610839575f5ffd5b89602082840101111561084a575f5ffd5b60209190910194509250610860606088016107ba565b95989497509295919493608090920135925050565b602080825281018290525f8360408301825b858110156108bb5782356001600160401b0381168082146108a6575f5ffd5b83525060209283019290910190600101610887565b5095945050505050565b5f602082840312156108d5575f5ffd5b815180151581146106de575f5ffd5b60c081528660c0820152868860e08301375f60e088830101525f601f19601f890116820160e0810160018060a01b038916602085015287604085015286606085015260e084830301608085015280865180835261010084019150602060e08260051b860101019250602088015f5b828110156109a45760ff19868603018452815180518087528060208084019089015e5f602082890101526020601f19601f83011688010196505050602082019150602084019350600181019050610952565b5050505060a093909301939093525097965050505050505056",
}

// ReentrantClaimerABI is the input ABI used to generate the binding from.
// Deprecated: Use ReentrantClaimerMetaData.ABI instead.
var ReentrantClaimerABI = ReentrantClaimerMetaData.ABI

// ReentrantClaimerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ReentrantClaimerMetaData.Bin instead.
var ReentrantClaimerBin = ReentrantClaimerMetaData.Bin

// DeployReentrantClaimer deploys a new Ethereum contract, binding an instance of ReentrantClaimer to it.
func DeployReentrantClaimer(auth *bind.TransactOpts, backend bind.ContractBackend, pool_ common.Address) (common.Address, *types.Transaction, *ReentrantClaimer, error) {
	parsed, err := ReentrantClaimerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ReentrantClaimerBin), backend, pool_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ReentrantClaimer{ReentrantClaimerCaller: ReentrantClaimerCaller{contract: contract}, ReentrantClaimerTransactor: ReentrantClaimerTransactor{contract: contract}, ReentrantClaimerFilterer: ReentrantClaimerFilterer{contract: contract}}, nil
}

// ReentrantClaimer is an auto generated Go binding around an Ethereum contract.
type ReentrantClaimer struct {
	ReentrantClaimerCaller     // Read-only binding to the contract
	ReentrantClaimerTransactor // Write-only binding to the contract
	ReentrantClaimerFilterer   // Log filterer for contract events
}

// ReentrantClaimerCaller is an auto generated read-only Go binding around an Ethereum contract.
type ReentrantClaimerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantClaimerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ReentrantClaimerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantClaimerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ReentrantClaimerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantClaimerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ReentrantClaimerSession struct {
	Contract     *ReentrantClaimer // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ReentrantClaimerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ReentrantClaimerCallerSession struct {
	Contract *ReentrantClaimerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// ReentrantClaimerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ReentrantClaimerTransactorSession struct {
	Contract     *ReentrantClaimerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// ReentrantClaimerRaw is an auto generated low-level Go binding around an Ethereum contract.
type ReentrantClaimerRaw struct {
	Contract *ReentrantClaimer // Generic contract binding to access the raw methods on
}

// ReentrantClaimerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ReentrantClaimerCallerRaw struct {
	Contract *ReentrantClaimerCaller // Generic read-only contract binding to access the raw methods on
}

// ReentrantClaimerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ReentrantClaimerTransactorRaw struct {
	Contract *ReentrantClaimerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewReentrantClaimer creates a new instance of ReentrantClaimer, bound to a specific deployed contract.
func NewReentrantClaimer(address common.Address, backend bind.ContractBackend) (*ReentrantClaimer, error) {
	contract, err := bindReentrantClaimer(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ReentrantClaimer{ReentrantClaimerCaller: ReentrantClaimerCaller{contract: contract}, ReentrantClaimerTransactor: ReentrantClaimerTransactor{contract: contract}, ReentrantClaimerFilterer: ReentrantClaimerFilterer{contract: contract}}, nil
}

// NewReentrantClaimerCaller creates a new read-only instance of ReentrantClaimer, bound to a specific deployed contract.
func NewReentrantClaimerCaller(address common.Address, caller bind.ContractCaller) (*ReentrantClaimerCaller, error) {
	contract, err := bindReentrantClaimer(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ReentrantClaimerCaller{contract: contract}, nil
}

// NewReentrantClaimerTransactor creates a new write-only instance of ReentrantClaimer, bound to a specific deployed contract.
func NewReentrantClaimerTransactor(address common.Address, transactor bind.ContractTransactor) (*ReentrantClaimerTransactor, error) {
	contract, err := bindReentrantClaimer(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ReentrantClaimerTransactor{contract: contract}, nil
}

// NewReentrantClaimerFilterer creates a new log filterer instance of ReentrantClaimer, bound to a specific deployed contract.
func NewReentrantClaimerFilterer(address common.Address, filterer bind.ContractFilterer) (*ReentrantClaimerFilterer, error) {
	contract, err := bindReentrantClaimer(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ReentrantClaimerFilterer{contract: contract}, nil
}

// bindReentrantClaimer binds a generic wrapper to an already deployed contract.
func bindReentrantClaimer(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ReentrantClaimerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ReentrantClaimer *ReentrantClaimerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ReentrantClaimer.Contract.ReentrantClaimerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ReentrantClaimer *ReentrantClaimerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantClaimer.Contract.ReentrantClaimerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ReentrantClaimer *ReentrantClaimerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ReentrantClaimer.Contract.ReentrantClaimerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ReentrantClaimer *ReentrantClaimerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ReentrantClaimer.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ReentrantClaimer *ReentrantClaimerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantClaimer.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ReentrantClaimer *ReentrantClaimerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ReentrantClaimer.Contract.contract.Transact(opts, method, params...)
}

// Attacking is a free data retrieval call binding the contract method 0x3c0bbcd9.
//
// Solidity: function attacking() view returns(bool)
func (_ReentrantClaimer *ReentrantClaimerCaller) Attacking(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _ReentrantClaimer.contract.Call(opts, &out, "attacking")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Attacking is a free data retrieval call binding the contract method 0x3c0bbcd9.
//
// Solidity: function attacking() view returns(bool)
func (_ReentrantClaimer *ReentrantClaimerSession) Attacking() (bool, error) {
	return _ReentrantClaimer.Contract.Attacking(&_ReentrantClaimer.CallOpts)
}

// Attacking is a free data retrieval call binding the contract method 0x3c0bbcd9.
//
// Solidity: function attacking() view returns(bool)
func (_ReentrantClaimer *ReentrantClaimerCallerSession) Attacking() (bool, error) {
	return _ReentrantClaimer.Contract.Attacking(&_ReentrantClaimer.CallOpts)
}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_ReentrantClaimer *ReentrantClaimerCaller) Pool(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ReentrantClaimer.contract.Call(opts, &out, "pool")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_ReentrantClaimer *ReentrantClaimerSession) Pool() (common.Address, error) {
	return _ReentrantClaimer.Contract.Pool(&_ReentrantClaimer.CallOpts)
}

// Pool is a free data retrieval call binding the contract method 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (_ReentrantClaimer *ReentrantClaimerCallerSession) Pool() (common.Address, error) {
	return _ReentrantClaimer.Contract.Pool(&_ReentrantClaimer.CallOpts)
}

// Received is a free data retrieval call binding the contract method 0x83a6deb5.
//
// Solidity: function received() view returns(uint256)
func (_ReentrantClaimer *ReentrantClaimerCaller) Received(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ReentrantClaimer.contract.Call(opts, &out, "received")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Received is a free data retrieval call binding the contract method 0x83a6deb5.
//
// Solidity: function received() view returns(uint256)
func (_ReentrantClaimer *ReentrantClaimerSession) Received() (*big.Int, error) {
	return _ReentrantClaimer.Contract.Received(&_ReentrantClaimer.CallOpts)
}

// Received is a free data retrieval call binding the contract method 0x83a6deb5.
//
// Solidity: function received() view returns(uint256)
func (_ReentrantClaimer *ReentrantClaimerCallerSession) Received() (*big.Int, error) {
	return _ReentrantClaimer.Contract.Received(&_ReentrantClaimer.CallOpts)
}

// ReentryAttempts is a free data retrieval call binding the contract method 0xa8745cd2.
//
// Solidity: function reentryAttempts() view returns(uint256)
func (_ReentrantClaimer *ReentrantClaimerCaller) ReentryAttempts(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ReentrantClaimer.contract.Call(opts, &out, "reentryAttempts")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ReentryAttempts is a free data retrieval call binding the contract method 0xa8745cd2.
//
// Solidity: function reentryAttempts() view returns(uint256)
func (_ReentrantClaimer *ReentrantClaimerSession) ReentryAttempts() (*big.Int, error) {
	return _ReentrantClaimer.Contract.ReentryAttempts(&_ReentrantClaimer.CallOpts)
}

// ReentryAttempts is a free data retrieval call binding the contract method 0xa8745cd2.
//
// Solidity: function reentryAttempts() view returns(uint256)
func (_ReentrantClaimer *ReentrantClaimerCallerSession) ReentryAttempts() (*big.Int, error) {
	return _ReentrantClaimer.Contract.ReentryAttempts(&_ReentrantClaimer.CallOpts)
}

// ReentrySuccesses is a free data retrieval call binding the contract method 0x8f58c0d4.
//
// Solidity: function reentrySuccesses() view returns(uint256)
func (_ReentrantClaimer *ReentrantClaimerCaller) ReentrySuccesses(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ReentrantClaimer.contract.Call(opts, &out, "reentrySuccesses")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ReentrySuccesses is a free data retrieval call binding the contract method 0x8f58c0d4.
//
// Solidity: function reentrySuccesses() view returns(uint256)
func (_ReentrantClaimer *ReentrantClaimerSession) ReentrySuccesses() (*big.Int, error) {
	return _ReentrantClaimer.Contract.ReentrySuccesses(&_ReentrantClaimer.CallOpts)
}

// ReentrySuccesses is a free data retrieval call binding the contract method 0x8f58c0d4.
//
// Solidity: function reentrySuccesses() view returns(uint256)
func (_ReentrantClaimer *ReentrantClaimerCallerSession) ReentrySuccesses() (*big.Int, error) {
	return _ReentrantClaimer.Contract.ReentrySuccesses(&_ReentrantClaimer.CallOpts)
}

// Claim is a paid mutator transaction binding the contract method 0x35442c43.
//
// Solidity: function claim(uint64[] epochs) returns()
func (_ReentrantClaimer *ReentrantClaimerTransactor) Claim(opts *bind.TransactOpts, epochs []uint64) (*types.Transaction, error) {
	return _ReentrantClaimer.contract.Transact(opts, "claim", epochs)
}

// Claim is a paid mutator transaction binding the contract method 0x35442c43.
//
// Solidity: function claim(uint64[] epochs) returns()
func (_ReentrantClaimer *ReentrantClaimerSession) Claim(epochs []uint64) (*types.Transaction, error) {
	return _ReentrantClaimer.Contract.Claim(&_ReentrantClaimer.TransactOpts, epochs)
}

// Claim is a paid mutator transaction binding the contract method 0x35442c43.
//
// Solidity: function claim(uint64[] epochs) returns()
func (_ReentrantClaimer *ReentrantClaimerTransactorSession) Claim(epochs []uint64) (*types.Transaction, error) {
	return _ReentrantClaimer.Contract.Claim(&_ReentrantClaimer.TransactOpts, epochs)
}

// RegisterNode is a paid mutator transaction binding the contract method 0x6679dca2.
//
// Solidity: function registerNode(address registry, address token, bytes peerId, address wallet, uint256 amount) returns()
func (_ReentrantClaimer *ReentrantClaimerTransactor) RegisterNode(opts *bind.TransactOpts, registry common.Address, token common.Address, peerId []byte, wallet common.Address, amount *big.Int) (*types.Transaction, error) {
	return _ReentrantClaimer.contract.Transact(opts, "registerNode", registry, token, peerId, wallet, amount)
}

// RegisterNode is a paid mutator transaction binding the contract method 0x6679dca2.
//
// Solidity: function registerNode(address registry, address token, bytes peerId, address wallet, uint256 amount) returns()
func (_ReentrantClaimer *ReentrantClaimerSession) RegisterNode(registry common.Address, token common.Address, peerId []byte, wallet common.Address, amount *big.Int) (*types.Transaction, error) {
	return _ReentrantClaimer.Contract.RegisterNode(&_ReentrantClaimer.TransactOpts, registry, token, peerId, wallet, amount)
}

// RegisterNode is a paid mutator transaction binding the contract method 0x6679dca2.
//
// Solidity: function registerNode(address registry, address token, bytes peerId, address wallet, uint256 amount) returns()
func (_ReentrantClaimer *ReentrantClaimerTransactorSession) RegisterNode(registry common.Address, token common.Address, peerId []byte, wallet common.Address, amount *big.Int) (*types.Transaction, error) {
	return _ReentrantClaimer.Contract.RegisterNode(&_ReentrantClaimer.TransactOpts, registry, token, peerId, wallet, amount)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_ReentrantClaimer *ReentrantClaimerTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantClaimer.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_ReentrantClaimer *ReentrantClaimerSession) Receive() (*types.Transaction, error) {
	return _ReentrantClaimer.Contract.Receive(&_ReentrantClaimer.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_ReentrantClaimer *ReentrantClaimerTransactorSession) Receive() (*types.Transaction, error) {
	return _ReentrantClaimer.Contract.Receive(&_ReentrantClaimer.TransactOpts)
}
