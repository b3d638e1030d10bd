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

// ElectionHarnessCase is an auto generated low-level Go binding around an user-defined struct.
type ElectionHarnessCase struct {
	Seed    [32]byte
	Domain  *big.Int
	Weights []*big.Int
	K       *big.Int
	Exclude []*big.Int
}

// ElectionHarnessMetaData contains all meta data concerning the ElectionHarness contract.
var ElectionHarnessMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"domain\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"weights\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"exclude\",\"type\":\"uint256[]\"}],\"internalType\":\"structElectionHarness.Case[]\",\"name\":\"cases\",\"type\":\"tuple[]\"}],\"name\":\"drawMany\",\"outputs\":[{\"internalType\":\"uint256[][]\",\"name\":\"out\",\"type\":\"uint256[][]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"weights\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"setIdx\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"setWeight\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"rs\",\"type\":\"uint256[]\"}],\"name\":\"findMany\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"found\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50610e0e8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c80630a53460c146100385780632754341714610062575b5f5ffd5b61004b610046366004610b2c565b610082565b604051610059929190610bfa565b60405180910390f35b610075610070366004610c46565b6101fd565b6040516100599190610c85565b5f195f90815260208190526060907fbbd6e7dddd4326dd7c827841ab9733c6e3fcdf38a516374bd10feec8f674ea8a815b8a8110156100ef576100e68c8c838181106100d0576100d0610d11565b90506020020135836103ff90919063ffffffff16565b506001016100b3565b505f5b888110156101475761013f8a8a8381811061010f5761010f610d11565b9050602002013589898481811061012857610128610d11565b90506020020135846104e59092919063ffffffff16565b6001016100f2565b50600281015491508367ffffffffffffffff81111561016857610168610d25565b604051908082528060200260200182016040528015610191578160200160208202803683370190505b5092505f5b848110156101ee576101c98686838181106101b3576101b3610d11565b90506020020135836106bd90919063ffffffff16565b8482815181106101db576101db610d11565b6020908102919091010152600101610196565b50509850989650505050505050565b60608167ffffffffffffffff81111561021857610218610d25565b60405190808252806020026020018201604052801561024b57816020015b60608152602001906001900390816102365790505b5090505f5b828110156103f8575f818152602081905260408120905b85858481811061027957610279610d11565b905060200281019061028b9190610d39565b610299906040810190610d57565b90508110156102f0576102e78686858181106102b7576102b7610d11565b90506020028101906102c99190610d39565b6102d7906040810190610d57565b838181106100d0576100d0610d11565b50600101610267565b506103d28186868581811061030757610307610d11565b90506020028101906103199190610d39565b3587878681811061032c5761032c610d11565b905060200281019061033e9190610d39565b6020013588888781811061035457610354610d11565b90506020028101906103669190610d39565b6060013589898881811061037c5761037c610d11565b905060200281019061038e9190610d39565b61039c906080810190610d57565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525061074e92505050565b8383815181106103e4576103e4610d11565b602090810291909101015250600101610250565b5092915050565b600180830154905f90610413908390610db1565b9050825f61042383196001610db1565b8316905060015b818110156104775786600161043f8387610dc4565b6104499190610dc4565b8154811061045957610459610d11565b905f5260205f2001548361046d9190610db1565b925060011b61042a565b508554600181810188555f8881526020808220909301859055818901805492830181558152918220018690556002870180548792906104b7908490610db1565b909155505084156104dc576001866003015f8282546104d69190610db1565b90915550505b50505092915050565b5f8360010183815481106104fb576104fb610d11565b905f5260205f20015490508181036105135750505050565b8184600101848154811061052957610529610d11565b5f918252602090912001558354818311156105d9575f6105498385610dc4565b90505f610557866001610db1565b90505b8281116105b957818761056e600184610dc4565b8154811061057e5761057e610d11565b905f5260205f20015f8282546105949190610db1565b909155506105a6905081196001610db1565b6105b290821682610db1565b905061055a565b5080866002015f8282546105cd9190610db1565b9091555061066f915050565b5f6105e48484610dc4565b90505f6105f2866001610db1565b90505b828111610654578187610609600184610dc4565b8154811061061957610619610d11565b905f5260205f20015f82825461062f9190610dc4565b90915550610641905081196001610db1565b61064d90821682610db1565b90506105f5565b5080866002015f8282546106689190610dc4565b9091555050505b815f03610695576001856003015f82825461068a9190610db1565b909155506106b69050565b825f036106b6576001856003015f8282546106b09190610dc4565b90915550505b5050505050565b81545f9060015b600182901c81116106d75760011b6106c4565b5f5b8115610743575f6106ea8383610db1565b9050838111610736575f87610700600184610dc4565b8154811061071057610710610d11565b905f5260205f20015490508681116107345781925080876107319190610dc4565b96505b505b50600182901c91506106d9565b925050505b92915050565b60038501546060905f5b83518110156107ff57600188015484828151811061077857610778610d11565b60200260200101511080156107b757505f6107b585838151811061079e5761079e610d11565b60200260200101518a6108d790919063ffffffff16565b115b80156107e457506107e284828684815181106107d5576107d5610d11565b60200260200101516108fe565b155b156107f7576107f4600183610dc4565b91505b600101610758565b505f81851061080e5781610810565b845b90508067ffffffffffffffff81111561082b5761082b610d25565b604051908082528060200260200182016040528015610854578160200160208202803683370190505b509250805f036108655750506108ce565b5f805b828110156108c9575f5f5f6108828d8d8d888c898f610947565b925092509250809450816108a05761089d8d848a878d610a0f565b92505b828885815181106108b3576108b3610d11565b6020908102919091010152505050600101610868565b505050505b95945050505050565b5f8260010182815481106108ed576108ed610d11565b905f5260205f200154905092915050565b5f805b8381101561093b578285828151811061091c5761091c610d11565b602002602001015103610933576001915050610940565b600101610901565b505f90505b9392505050565b60028701545f9081908190815b60408110156109f95760408051602081018d90529081018b9052606081018a90525f908390608001604051602081830303815290604052805190602001205f1c61099e9190610dd7565b9050896109aa81610df6565b9a506109b890508d826106bd565b95506109c58989886108fe565b1580156109db57506109d9878851886108fe565b155b156109f0575060019350889250610a02915050565b50600101610954565b505f9250879150505b9750975097945050505050565b5f5f610a1c876001015490565b905060015b818111610a97575f82610a34838a610db1565b610a3e9190610dd7565b90505f610a4b8a836108d7565b118015610a605750610a5e8787836108fe565b155b8015610a755750610a73858651836108fe565b155b15610a845792506108ce915050565b5080610a8f81610df6565b915050610a21565b5060405162461bcd60e51b815260206004820152601b60248201527f456c656374696f6e3a206e6f20656c696769626c6520656e7472790000000000604482015260640160405180910390fd5b5f5f83601f840112610af4575f5ffd5b50813567ffffffffffffffff811115610b0b575f5ffd5b6020830191508360208260051b8501011115610b25575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f6080898b031215610b43575f5ffd5b883567ffffffffffffffff811115610b59575f5ffd5b610b658b828c01610ae4565b909950975050602089013567ffffffffffffffff811115610b84575f5ffd5b610b908b828c01610ae4565b909750955050604089013567ffffffffffffffff811115610baf575f5ffd5b610bbb8b828c01610ae4565b909550935050606089013567ffffffffffffffff811115610bda575f5ffd5b610be68b828c01610ae4565b999c989b5096995094979396929594505050565b604080825283519082018190525f9060208501906060840190835b81811015610c33578351835260209384019390920191600101610c15565b5050602093909301939093525092915050565b5f5f60208385031215610c57575f5ffd5b823567ffffffffffffffff811115610c6d575f5ffd5b610c7985828601610ae4565b90969095509350505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015610d0557868503603f19018452815180518087526020918201918701905f5b81811015610cec578351835260209384019390920191600101610cce565b5090965050506020938401939190910190600101610cab565b50929695505050505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b5f8235609e19833603018112610d4d575f5ffd5b9190910192915050565b5f5f8335601e19843603018112610d6c575f5ffd5b83018035915067ffffffffffffffff821115610d86575f5ffd5b6020019150600581901b3603821315610b25575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b8082018082111561074857610748610d9d565b8181038181111561074857610748610d9d565b5f82610df157634e487b7160e01b5f52601260045260245ffd5b500690565b5f60018201610e0757610e07610d9d565b506001019056",
}

// ElectionHarnessABI is the input ABI used to generate the binding from.
// Deprecated: Use ElectionHarnessMetaData.ABI instead.
var ElectionHarnessABI = ElectionHarnessMetaData.ABI

// ElectionHarnessBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ElectionHarnessMetaData.Bin instead.
var ElectionHarnessBin = ElectionHarnessMetaData.Bin

// DeployElectionHarness deploys a new Ethereum contract, binding an instance of ElectionHarness to it.
func DeployElectionHarness(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *ElectionHarness, error) {
	parsed, err := ElectionHarnessMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ElectionHarnessBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ElectionHarness{ElectionHarnessCaller: ElectionHarnessCaller{contract: contract}, ElectionHarnessTransactor: ElectionHarnessTransactor{contract: contract}, ElectionHarnessFilterer: ElectionHarnessFilterer{contract: contract}}, nil
}

// ElectionHarness is an auto generated Go binding around an Ethereum contract.
type ElectionHarness struct {
	ElectionHarnessCaller     // Read-only binding to the contract
	ElectionHarnessTransactor // Write-only binding to the contract
	ElectionHarnessFilterer   // Log filterer for contract events
}

// ElectionHarnessCaller is an auto generated read-only Go binding around an Ethereum contract.
type ElectionHarnessCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ElectionHarnessTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ElectionHarnessTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ElectionHarnessFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ElectionHarnessFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ElectionHarnessSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ElectionHarnessSession struct {
	Contract     *ElectionHarness  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ElectionHarnessCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ElectionHarnessCallerSession struct {
	Contract *ElectionHarnessCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// ElectionHarnessTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ElectionHarnessTransactorSession struct {
	Contract     *ElectionHarnessTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// ElectionHarnessRaw is an auto generated low-level Go binding around an Ethereum contract.
type ElectionHarnessRaw struct {
	Contract *ElectionHarness // Generic contract binding to access the raw methods on
}

// ElectionHarnessCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ElectionHarnessCallerRaw struct {
	Contract *ElectionHarnessCaller // Generic read-only contract binding to access the raw methods on
}

// ElectionHarnessTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ElectionHarnessTransactorRaw struct {
	Contract *ElectionHarnessTransactor // Generic write-only contract binding to access the raw methods on
}

// NewElectionHarness creates a new instance of ElectionHarness, bound to a specific deployed contract.
func NewElectionHarness(address common.Address, backend bind.ContractBackend) (*ElectionHarness, error) {
	contract, err := bindElectionHarness(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ElectionHarness{ElectionHarnessCaller: ElectionHarnessCaller{contract: contract}, ElectionHarnessTransactor: ElectionHarnessTransactor{contract: contract}, ElectionHarnessFilterer: ElectionHarnessFilterer{contract: contract}}, nil
}

// NewElectionHarnessCaller creates a new read-only instance of ElectionHarness, bound to a specific deployed contract.
func NewElectionHarnessCaller(address common.Address, caller bind.ContractCaller) (*ElectionHarnessCaller, error) {
	contract, err := bindElectionHarness(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ElectionHarnessCaller{contract: contract}, nil
}

// NewElectionHarnessTransactor creates a new write-only instance of ElectionHarness, bound to a specific deployed contract.
func NewElectionHarnessTransactor(address common.Address, transactor bind.ContractTransactor) (*ElectionHarnessTransactor, error) {
	contract, err := bindElectionHarness(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ElectionHarnessTransactor{contract: contract}, nil
}

// NewElectionHarnessFilterer creates a new log filterer instance of ElectionHarness, bound to a specific deployed contract.
func NewElectionHarnessFilterer(address common.Address, filterer bind.ContractFilterer) (*ElectionHarnessFilterer, error) {
	contract, err := bindElectionHarness(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ElectionHarnessFilterer{contract: contract}, nil
}

// bindElectionHarness binds a generic wrapper to an already deployed contract.
func bindElectionHarness(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ElectionHarnessMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ElectionHarness *ElectionHarnessRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ElectionHarness.Contract.ElectionHarnessCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ElectionHarness *ElectionHarnessRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ElectionHarness.Contract.ElectionHarnessTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ElectionHarness *ElectionHarnessRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ElectionHarness.Contract.ElectionHarnessTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ElectionHarness *ElectionHarnessCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ElectionHarness.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ElectionHarness *ElectionHarnessTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ElectionHarness.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ElectionHarness *ElectionHarnessTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ElectionHarness.Contract.contract.Transact(opts, method, params...)
}

// DrawMany is a paid mutator transaction binding the contract method 0x27543417.
//
// Solidity: function drawMany((bytes32,uint256,uint256[],uint256,uint256[])[] cases) returns(uint256[][] out)
func (_ElectionHarness *ElectionHarnessTransactor) DrawMany(opts *bind.TransactOpts, cases []ElectionHarnessCase) (*types.Transaction, error) {
	return _ElectionHarness.contract.Transact(opts, "drawMany", cases)
}

// DrawMany is a paid mutator transaction binding the contract method 0x27543417.
//
// Solidity: function drawMany((bytes32,uint256,uint256[],uint256,uint256[])[] cases) returns(uint256[][] out)
func (_ElectionHarness *ElectionHarnessSession) DrawMany(cases []ElectionHarnessCase) (*types.Transaction, error) {
	return _ElectionHarness.Contract.DrawMany(&_ElectionHarness.TransactOpts, cases)
}

// DrawMany is a paid mutator transaction binding the contract method 0x27543417.
//
// Solidity: function drawMany((bytes32,uint256,uint256[],uint256,uint256[])[] cases) returns(uint256[][] out)
func (_ElectionHarness *ElectionHarnessTransactorSession) DrawMany(cases []ElectionHarnessCase) (*types.Transaction, error) {
	return _ElectionHarness.Contract.DrawMany(&_ElectionHarness.TransactOpts, cases)
}

// FindMany is a paid mutator transaction binding the contract method 0x0a53460c.
//
// Solidity: function findMany(uint256[] weights, uint256[] setIdx, uint256[] setWeight, uint256[] rs) returns(uint256[] found, uint256 total)
func (_ElectionHarness *ElectionHarnessTransactor) FindMany(opts *bind.TransactOpts, weights []*big.Int, setIdx []*big.Int, setWeight []*big.Int, rs []*big.Int) (*types.Transaction, error) {
	return _ElectionHarness.contract.Transact(opts, "findMany", weights, setIdx, setWeight, rs)
}

// FindMany is a paid mutator transaction binding the contract method 0x0a53460c.
//
// Solidity: function findMany(uint256[] weights, uint256[] setIdx, uint256[] setWeight, uint256[] rs) returns(uint256[] found, uint256 total)
func (_ElectionHarness *ElectionHarnessSession) FindMany(weights []*big.Int, setIdx []*big.Int, setWeight []*big.Int, rs []*big.Int) (*types.Transaction, error) {
	return _ElectionHarness.Contract.FindMany(&_ElectionHarness.TransactOpts, weights, setIdx, setWeight, rs)
}

// FindMany is a paid mutator transaction binding the contract method 0x0a53460c.
//
// Solidity: function findMany(uint256[] weights, uint256[] setIdx, uint256[] setWeight, uint256[] rs) returns(uint256[] found, uint256 total)
func (_ElectionHarness *ElectionHarnessTransactorSession) FindMany(weights []*big.Int, setIdx []*big.Int, setWeight []*big.Int, rs []*big.Int) (*types.Transaction, error) {
	return _ElectionHarness.Contract.FindMany(&_ElectionHarness.TransactOpts, weights, setIdx, setWeight, rs)
}
