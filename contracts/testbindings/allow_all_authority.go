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

// AllowAllAuthorityMetaData contains all meta data concerning the AllowAllAuthority contract.
var AllowAllAuthorityMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isElectedBlackBox\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50607a80601a5f395ff3fe6080604052348015600e575f5ffd5b50600436106026575f3560e01c8063d16c16ef14602a575b5f5ffd5b603b6035366004604f565b50600190565b604051901515815260200160405180910390f35b5f60208284031215605e575f5ffd5b81356001600160a01b03811681146073575f5ffd5b939250505056",
}

// AllowAllAuthorityABI is the input ABI used to generate the binding from.
// Deprecated: Use AllowAllAuthorityMetaData.ABI instead.
var AllowAllAuthorityABI = AllowAllAuthorityMetaData.ABI

// AllowAllAuthorityBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use AllowAllAuthorityMetaData.Bin instead.
var AllowAllAuthorityBin = AllowAllAuthorityMetaData.Bin

// DeployAllowAllAuthority deploys a new Ethereum contract, binding an instance of AllowAllAuthority to it.
func DeployAllowAllAuthority(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *AllowAllAuthority, error) {
	parsed, err := AllowAllAuthorityMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(AllowAllAuthorityBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &AllowAllAuthority{AllowAllAuthorityCaller: AllowAllAuthorityCaller{contract: contract}, AllowAllAuthorityTransactor: AllowAllAuthorityTransactor{contract: contract}, AllowAllAuthorityFilterer: AllowAllAuthorityFilterer{contract: contract}}, nil
}

// AllowAllAuthority is an auto generated Go binding around an Ethereum contract.
type AllowAllAuthority struct {
	AllowAllAuthorityCaller     // Read-only binding to the contract
	AllowAllAuthorityTransactor // Write-only binding to the contract
	AllowAllAuthorityFilterer   // Log filterer for contract events
}

// AllowAllAuthorityCaller is an auto generated read-only Go binding around an Ethereum contract.
type AllowAllAuthorityCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AllowAllAuthorityTransactor is an auto generated write-only Go binding around an Ethereum contract.
type AllowAllAuthorityTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AllowAllAuthorityFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type AllowAllAuthorityFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AllowAllAuthoritySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type AllowAllAuthoritySession struct {
	Contract     *AllowAllAuthority // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// AllowAllAuthorityCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type AllowAllAuthorityCallerSession struct {
	Contract *AllowAllAuthorityCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// AllowAllAuthorityTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type AllowAllAuthorityTransactorSession struct {
	Contract     *AllowAllAuthorityTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// AllowAllAuthorityRaw is an auto generated low-level Go binding around an Ethereum contract.
type AllowAllAuthorityRaw struct {
	Contract *AllowAllAuthority // Generic contract binding to access the raw methods on
}

// AllowAllAuthorityCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type AllowAllAuthorityCallerRaw struct {
	Contract *AllowAllAuthorityCaller // Generic read-only contract binding to access the raw methods on
}

// AllowAllAuthorityTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type AllowAllAuthorityTransactorRaw struct {
	Contract *AllowAllAuthorityTransactor // Generic write-only contract binding to access the raw methods on
}

// NewAllowAllAuthority creates a new instance of AllowAllAuthority, bound to a specific deployed contract.
func NewAllowAllAuthority(address common.Address, backend bind.ContractBackend) (*AllowAllAuthority, error) {
	contract, err := bindAllowAllAuthority(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &AllowAllAuthority{AllowAllAuthorityCaller: AllowAllAuthorityCaller{contract: contract}, AllowAllAuthorityTransactor: AllowAllAuthorityTransactor{contract: contract}, AllowAllAuthorityFilterer: AllowAllAuthorityFilterer{contract: contract}}, nil
}

// NewAllowAllAuthorityCaller creates a new read-only instance of AllowAllAuthority, bound to a specific deployed contract.
func NewAllowAllAuthorityCaller(address common.Address, caller bind.ContractCaller) (*AllowAllAuthorityCaller, error) {
	contract, err := bindAllowAllAuthority(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &AllowAllAuthorityCaller{contract: contract}, nil
}

// NewAllowAllAuthorityTransactor creates a new write-only instance of AllowAllAuthority, bound to a specific deployed contract.
func NewAllowAllAuthorityTransactor(address common.Address, transactor bind.ContractTransactor) (*AllowAllAuthorityTransactor, error) {
	contract, err := bindAllowAllAuthority(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &AllowAllAuthorityTransactor{contract: contract}, nil
}

// NewAllowAllAuthorityFilterer creates a new log filterer instance of AllowAllAuthority, bound to a specific deployed contract.
func NewAllowAllAuthorityFilterer(address common.Address, filterer bind.ContractFilterer) (*AllowAllAuthorityFilterer, error) {
	contract, err := bindAllowAllAuthority(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &AllowAllAuthorityFilterer{contract: contract}, nil
}

// bindAllowAllAuthority binds a generic wrapper to an already deployed contract.
func bindAllowAllAuthority(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := AllowAllAuthorityMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AllowAllAuthority *AllowAllAuthorityRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AllowAllAuthority.Contract.AllowAllAuthorityCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AllowAllAuthority *AllowAllAuthorityRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AllowAllAuthority.Contract.AllowAllAuthorityTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AllowAllAuthority *AllowAllAuthorityRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AllowAllAuthority.Contract.AllowAllAuthorityTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AllowAllAuthority *AllowAllAuthorityCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AllowAllAuthority.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AllowAllAuthority *AllowAllAuthorityTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AllowAllAuthority.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AllowAllAuthority *AllowAllAuthorityTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AllowAllAuthority.Contract.contract.Transact(opts, method, params...)
}

// IsElectedBlackBox is a free data retrieval call binding the contract method 0xd16c16ef.
//
// Solidity: function isElectedBlackBox(address ) pure returns(bool)
func (_AllowAllAuthority *AllowAllAuthorityCaller) IsElectedBlackBox(opts *bind.CallOpts, arg0 common.Address) (bool, error) {
	var out []interface{}
	err := _AllowAllAuthority.contract.Call(opts, &out, "isElectedBlackBox", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsElectedBlackBox is a free data retrieval call binding the contract method 0xd16c16ef.
//
// Solidity: function isElectedBlackBox(address ) pure returns(bool)
func (_AllowAllAuthority *AllowAllAuthoritySession) IsElectedBlackBox(arg0 common.Address) (bool, error) {
	return _AllowAllAuthority.Contract.IsElectedBlackBox(&_AllowAllAuthority.CallOpts, arg0)
}

// IsElectedBlackBox is a free data retrieval call binding the contract method 0xd16c16ef.
//
// Solidity: function isElectedBlackBox(address ) pure returns(bool)
func (_AllowAllAuthority *AllowAllAuthorityCallerSession) IsElectedBlackBox(arg0 common.Address) (bool, error) {
	return _AllowAllAuthority.Contract.IsElectedBlackBox(&_AllowAllAuthority.CallOpts, arg0)
}
