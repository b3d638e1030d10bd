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

// RewardsPoolMetaData contains all meta data concerning the RewardsPool contract.
var RewardsPoolMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIRewardsRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"claimDelayEpochs\",\"type\":\"uint64\"}],\"name\":\"ClaimDelayChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"nodeIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"nodeIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"excluder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Excluded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"excluder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"ExcluderSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeeReceived\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousGovernance\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"GovernanceTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"fromEpoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"toEpoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RolledOver\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint64[]\",\"name\":\"epochs\",\"type\":\"uint64[]\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimDelayEpochs\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nodeIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint64[]\",\"name\":\"epochs\",\"type\":\"uint64[]\"}],\"name\":\"claimFor\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"claimable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nodeIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"claimableByNode\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"claimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"claimsOpen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"epochFees\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nodeIndex\",\"type\":\"uint256\"}],\"name\":\"excludeFromEpoch\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"excludedStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"isExcluded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isExcluder\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIRewardsRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"rollOver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"v\",\"type\":\"uint64\"}],\"name\":\"setClaimDelayEpochs\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"excluder\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setExcluder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"settled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"transferGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051611c60380380611c6083398101604081905261002e9161011a565b60015f556001600160a01b03811661007f5760405162461bcd60e51b815260206004820152601060248201526f5265676973747279206973207a65726f60801b604482015260640160405180910390fd5b6001600160a01b038116608052600180546001600160e01b03191633600160a01b600160e01b0319811691909117600160a11b179091556040515f907f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80908290a3604051600281527f32834464b3326cd12bcc463f45a7a984fe91d10928b7df02726b6f62182c8bc59060200160405180910390a150610147565b5f6020828403121561012a575f5ffd5b81516001600160a01b0381168114610140575f5ffd5b9392505050565b608051611aa66101ba5f395f81816102bc015281816104e6015281816105a7015281816106580152818161084f0152818161099401528181610ad401528181610b8d01528181610e0401528181610e8201528181610ffd015281816111d6015281816112a301526114bd0152611aa65ff3fe60806040526004361061011b575f3560e01c8063817282781161009d578063d4272e1d11610062578063d4272e1d1461039b578063da03c0e9146103c6578063daf4e71e146103e5578063e2c5fb9b14610410578063e627a6af1461042f575f5ffd5b806381728278146102de578063c0c8b27514610317578063c2a3959414610355578063d0e30db014610374578063d38bfff41461037c575f5ffd5b80634c332c18116100e35780634c332c18146101fb5780635aa6e675146102345780635d79a6031461026b5780636fed5d0c1461028c5780637b103999146102ab575f5ffd5b806303bb81cb1461011f57806317691a221461015157806317ce56501461018f5780631fb5abef146101bd57806335442c43146101dc575b5f5ffd5b34801561012a575f5ffd5b5061013e6101393660046117e6565b61044e565b6040519081526020015b60405180910390f35b34801561015c575f5ffd5b5061017f61016b366004611814565b60076020525f908152604090205460ff1681565b6040519015158152602001610148565b34801561019a575f5ffd5b5061017f6101a9366004611843565b60026020525f908152604090205460ff1681565b3480156101c8575f5ffd5b5061017f6101d7366004611814565b61057d565b3480156101e7575f5ffd5b5061013e6101f63660046118a5565b610636565b348015610206575f5ffd5b5061017f6102153660046118e3565b600660209081525f928352604080842090915290825290205460ff1681565b34801561023f575f5ffd5b50600154610253906001600160a01b031681565b6040516001600160a01b039091168152602001610148565b348015610276575f5ffd5b5061028a610285366004611814565b6106dc565b005b348015610297575f5ffd5b5061017f6102a63660046118e3565b6107d7565b3480156102b6575f5ffd5b506102537f000000000000000000000000000000000000000000000000000000000000000081565b3480156102e9575f5ffd5b5061017f6102f83660046118e3565b600560209081525f928352604080842090915290825290205460ff1681565b348015610322575f5ffd5b5060015461033d90600160a01b90046001600160401b031681565b6040516001600160401b039091168152602001610148565b348015610360575f5ffd5b5061013e61036f36600461190d565b610aaf565b61028a610b4a565b348015610387575f5ffd5b5061028a610396366004611843565b610c7f565b3480156103a6575f5ffd5b5061013e6103b5366004611814565b60046020525f908152604090205481565b3480156103d1575f5ffd5b5061028a6103e0366004611939565b610d4f565b3480156103f0575f5ffd5b5061013e6103ff366004611814565b60036020525f908152604090205481565b34801561041b575f5ffd5b5061013e61042a366004611969565b610dd7565b34801561043a575f5ffd5b5061028a610449366004611814565b610e7f565b5f6104588261057d565b158061048657506001600160401b0382165f90815260066020908152604080832086845290915290205460ff165b806104b357506001600160401b0382165f90815260056020908152604080832086845290915290205460ff165b156104bf57505f610577565b604051634e60fe1560e11b81526001600160401b0383166004820152602481018490525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639cc1fc2a90604401602060405180830381865afa158015610533573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061055791906119b0565b9050805f03610569575f915050610577565b61057383826111a2565b9150505b92915050565b6001545f9061059c90600160a01b90046001600160401b0316836119db565b6001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663766718086040518163ffffffff1660e01b8152600401602060405180830381865afa158015610601573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061062591906119fa565b6001600160401b0316101592915050565b5f61063f611277565b6040516303857bfb60e41b81523360048201526106d1907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633857bfb090602401602060405180830381865afa1580156106a5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106c991906119b0565b33858561129f565b905061057760015f55565b6001546001600160a01b0316331461070f5760405162461bcd60e51b815260040161070690611a15565b60405180910390fd5b6001816001600160401b03161015801561073457506103e8816001600160401b031611155b6107765760405162461bcd60e51b8152602060048201526013602482015272496e76616c696420636c61696d2064656c617960681b6044820152606401610706565b6001805467ffffffffffffffff60a01b1916600160a01b6001600160401b038416908102919091179091556040519081527f32834464b3326cd12bcc463f45a7a984fe91d10928b7df02726b6f62182c8bc59060200160405180910390a150565b335f9081526002602052604081205460ff166108275760405162461bcd60e51b815260206004820152600f60248201526e2737ba1030b71032bc31b63ab232b960891b6044820152606401610706565b60015461084490600160a01b90046001600160401b0316846119db565b6001600160401b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663766718086040518163ffffffff1660e01b8152600401602060405180830381865afa1580156108a9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108cd91906119fa565b6001600160401b03161080156108fb57506001600160401b0383165f9081526007602052604090205460ff16155b61093b5760405162461bcd60e51b8152602060048201526011602482015270115e18db1d5cda5bdb9cc818db1bdcd959607a1b6044820152606401610706565b6001600160401b0383165f90815260056020908152604080832085845290915290205460ff161561096d57505f610577565b604051634e60fe1560e11b81526001600160401b0384166004820152602481018390525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639cc1fc2a90604401602060405180830381865afa1580156109e1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a0591906119b0565b9050805f03610a17575f915050610577565b6001600160401b0384165f8181526005602090815260408083208784528252808320805460ff19166001179055928252600490529081208054839290610a5e908490611a3d565b9091555050604051818152339084906001600160401b038716907f7f6615a5e232337e248ba9c02ae4af6516612a209bf455cf04f11a127ef56d3c9060200160405180910390a45060019392505050565b6040516303857bfb60e41b81526001600160a01b0383811660048301525f91610b43917f00000000000000000000000000000000000000000000000000000000000000001690633857bfb090602401602060405180830381865afa158015610b19573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b3d91906119b0565b8361044e565b9392505050565b5f3411610b8a5760405162461bcd60e51b815260206004820152600e60248201526d416d6f756e74206973207a65726f60901b6044820152606401610706565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663766718086040518163ffffffff1660e01b8152600401602060405180830381865afa158015610be7573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c0b91906119fa565b6001600160401b0381165f90815260036020526040812080549293503492909190610c37908490611a3d565b909155505060405134815233906001600160401b038316907f271f508361b404546205b30f99b71653e6adf8c5b95b1a1d7b33796a511adb8c9060200160405180910390a350565b6001546001600160a01b03163314610ca95760405162461bcd60e51b815260040161070690611a15565b6001600160a01b038116610cf45760405162461bcd60e51b8152602060048201526012602482015271476f7665726e616e6365206973207a65726f60701b6044820152606401610706565b6001546040516001600160a01b038084169216907f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80905f90a3600180546001600160a01b0319166001600160a01b0392909216919091179055565b6001546001600160a01b03163314610d795760405162461bcd60e51b815260040161070690611a15565b6001600160a01b0382165f81815260026020908152604091829020805460ff191685151590811790915591519182527f6c4b480fee0262cdfc866d2945b8cb581df87e95bdecb6e0f3115a7616d7ceed910160405180910390a25050565b5f610de0611277565b60405163f41875e160e01b815260048101859052610e749085906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063f41875e190602401602060405180830381865afa158015610e49573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e6d9190611a50565b858561129f565b9050610b4360015f55565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663766718086040518163ffffffff1660e01b8152600401602060405180830381865afa158015610edc573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f0091906119fa565b600154909150610f2090600160a01b90046001600160401b0316836119db565b6001600160401b0316816001600160401b03161015610f735760405162461bcd60e51b815260206004820152600f60248201526e21b630b4b6b9903737ba1037b832b760891b6044820152606401610706565b6001600160401b0382165f9081526007602052604090205460ff1615610fcb5760405162461bcd60e51b815260206004820152600d60248201526c115c1bd8da081cd95d1d1b1959609a1b6044820152606401610706565b6001600160401b0382165f8181526004602081905260409182902054915163a07c9b5f60e01b815290810192909252907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a07c9b5f90602401602060405180830381865afa15801561104a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061106e91906119b0565b146110b15760405162461bcd60e51b815260206004820152601360248201527245706f63682068617320636c61696d616e747360681b6044820152606401610706565b6001600160401b0382165f90815260036020526040902054806111005760405162461bcd60e51b81526020600482015260076024820152664e6f206665657360c81b6044820152606401610706565b6001600160401b038084165f908152600760209081526040808320805460ff19166001179055600390915280822082905591841681529081208054839290611149908490611a3d565b92505081905550816001600160401b0316836001600160401b03167f6c471aabdf55d967328390ef9335ca9d37cd75ed43c7b04f857a25cdf98c13698360405161119591815260200190565b60405180910390a3505050565b6001600160401b0382165f81815260046020819052604080832054905163a07c9b5f60e01b815291820193909352909182917f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a07c9b5f90602401602060405180830381865afa158015611223573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061124791906119b0565b6112519190611a6b565b6001600160401b0385165f908152600360205260409020549091506105739084836116f2565b60025f540361129957604051633ee5aeb560e01b815260040160405180910390fd5b60025f55565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663766718086040518163ffffffff1660e01b8152600401602060405180830381865afa1580156112fd573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061132191906119fa565b600154909150600160a01b90046001600160401b03165f5b84811015611647575f86868381811061135457611354611a7e565b90506020020160208101906113699190611814565b905061137583826119db565b6001600160401b0316846001600160401b031610156113c85760405162461bcd60e51b815260206004820152600f60248201526e21b630b4b6b9903737ba1037b832b760891b6044820152606401610706565b6001600160401b0381165f9081526006602090815260408083208c845290915290205460ff161561142d5760405162461bcd60e51b815260206004820152600f60248201526e105b1c9958591e4818db185a5b5959608a1b6044820152606401610706565b6001600160401b0381165f9081526005602090815260408083208c845290915290205460ff16156114965760405162461bcd60e51b815260206004820152601360248201527208af0c6d8eac8cac840cce4deda40cae0dec6d606b1b6044820152606401610706565b604051634e60fe1560e11b81526001600160401b0382166004820152602481018a90525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639cc1fc2a90604401602060405180830381865afa15801561150a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061152e91906119b0565b90505f81116115755760405162461bcd60e51b8152602060048201526013602482015272088d2c840dcdee840e6cae4ecca40cae0dec6d606b1b6044820152606401610706565b6001600160401b0382165f8181526006602090815260408083208e84528252808320805460ff1916600117905592825260079052205460ff166115d5576001600160401b0382165f908152600760205260409020805460ff191660011790555b5f6115e083836111a2565b90506115ec8188611a3d565b9650896001600160a01b03168b846001600160401b03167fd764529a8799bb0d27fe5a52891f3c7f36c5fd2748c1925b30c5a780f80fd3218460405161163491815260200190565b60405180910390a4505050600101611339565b5082156116e8575f866001600160a01b0316846040515f6040518083038185875af1925050503d805f8114611697576040519150601f19603f3d011682016040523d82523d5f602084013e61169c565b606091505b50509050806116e65760405162461bcd60e51b815260206004820152601660248201527514995dd85c99081d1c985b9cd9995c8819985a5b195960521b6044820152606401610706565b505b5050949350505050565b5f5f5f6116ff86866117a2565b91509150815f036117235783818161171957611719611a92565b0492505050610b43565b81841161173a5761173a60038515026011186117be565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160401b03811681146117e3575f5ffd5b50565b5f5f604083850312156117f7575f5ffd5b823591506020830135611809816117cf565b809150509250929050565b5f60208284031215611824575f5ffd5b8135610b43816117cf565b6001600160a01b03811681146117e3575f5ffd5b5f60208284031215611853575f5ffd5b8135610b438161182f565b5f5f83601f84011261186e575f5ffd5b5081356001600160401b03811115611884575f5ffd5b6020830191508360208260051b850101111561189e575f5ffd5b9250929050565b5f5f602083850312156118b6575f5ffd5b82356001600160401b038111156118cb575f5ffd5b6118d78582860161185e565b90969095509350505050565b5f5f604083850312156118f4575f5ffd5b82356118ff816117cf565b946020939093013593505050565b5f5f6040838503121561191e575f5ffd5b82356119298161182f565b91506020830135611809816117cf565b5f5f6040838503121561194a575f5ffd5b82356119558161182f565b915060208301358015158114611809575f5ffd5b5f5f5f6040848603121561197b575f5ffd5b8335925060208401356001600160401b03811115611997575f5ffd5b6119a38682870161185e565b9497909650939450505050565b5f602082840312156119c0575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038181168382160190811115610577576105776119c7565b5f60208284031215611a0a575f5ffd5b8151610b43816117cf565b6020808252600e908201526d4e6f7420676f7665726e616e636560901b604082015260600190565b80820180821115610577576105776119c7565b5f60208284031215611a60575f5ffd5b8151610b438161182f565b81810381811115610577576105776119c7565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601260045260245ffd",
}

// RewardsPoolABI is the input ABI used to generate the binding from.
// Deprecated: Use RewardsPoolMetaData.ABI instead.
var RewardsPoolABI = RewardsPoolMetaData.ABI

// RewardsPoolBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RewardsPoolMetaData.Bin instead.
var RewardsPoolBin = RewardsPoolMetaData.Bin

// DeployRewardsPool deploys a new Ethereum contract, binding an instance of RewardsPool to it.
func DeployRewardsPool(auth *bind.TransactOpts, backend bind.ContractBackend, registry_ common.Address) (common.Address, *types.Transaction, *RewardsPool, error) {
	parsed, err := RewardsPoolMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RewardsPoolBin), backend, registry_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &RewardsPool{RewardsPoolCaller: RewardsPoolCaller{contract: contract}, RewardsPoolTransactor: RewardsPoolTransactor{contract: contract}, RewardsPoolFilterer: RewardsPoolFilterer{contract: contract}}, nil
}

// RewardsPool is an auto generated Go binding around an Ethereum contract.
type RewardsPool struct {
	RewardsPoolCaller     // Read-only binding to the contract
	RewardsPoolTransactor // Write-only binding to the contract
	RewardsPoolFilterer   // Log filterer for contract events
}

// RewardsPoolCaller is an auto generated read-only Go binding around an Ethereum contract.
type RewardsPoolCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RewardsPoolTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RewardsPoolTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RewardsPoolFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RewardsPoolFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RewardsPoolSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RewardsPoolSession struct {
	Contract     *RewardsPool      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RewardsPoolCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RewardsPoolCallerSession struct {
	Contract *RewardsPoolCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// RewardsPoolTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RewardsPoolTransactorSession struct {
	Contract     *RewardsPoolTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// RewardsPoolRaw is an auto generated low-level Go binding around an Ethereum contract.
type RewardsPoolRaw struct {
	Contract *RewardsPool // Generic contract binding to access the raw methods on
}

// RewardsPoolCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RewardsPoolCallerRaw struct {
	Contract *RewardsPoolCaller // Generic read-only contract binding to access the raw methods on
}

// RewardsPoolTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RewardsPoolTransactorRaw struct {
	Contract *RewardsPoolTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRewardsPool creates a new instance of RewardsPool, bound to a specific deployed contract.
func NewRewardsPool(address common.Address, backend bind.ContractBackend) (*RewardsPool, error) {
	contract, err := bindRewardsPool(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &RewardsPool{RewardsPoolCaller: RewardsPoolCaller{contract: contract}, RewardsPoolTransactor: RewardsPoolTransactor{contract: contract}, RewardsPoolFilterer: RewardsPoolFilterer{contract: contract}}, nil
}

// NewRewardsPoolCaller creates a new read-only instance of RewardsPool, bound to a specific deployed contract.
func NewRewardsPoolCaller(address common.Address, caller bind.ContractCaller) (*RewardsPoolCaller, error) {
	contract, err := bindRewardsPool(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RewardsPoolCaller{contract: contract}, nil
}

// NewRewardsPoolTransactor creates a new write-only instance of RewardsPool, bound to a specific deployed contract.
func NewRewardsPoolTransactor(address common.Address, transactor bind.ContractTransactor) (*RewardsPoolTransactor, error) {
	contract, err := bindRewardsPool(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RewardsPoolTransactor{contract: contract}, nil
}

// NewRewardsPoolFilterer creates a new log filterer instance of RewardsPool, bound to a specific deployed contract.
func NewRewardsPoolFilterer(address common.Address, filterer bind.ContractFilterer) (*RewardsPoolFilterer, error) {
	contract, err := bindRewardsPool(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RewardsPoolFilterer{contract: contract}, nil
}

// bindRewardsPool binds a generic wrapper to an already deployed contract.
func bindRewardsPool(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RewardsPoolMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RewardsPool *RewardsPoolRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RewardsPool.Contract.RewardsPoolCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RewardsPool *RewardsPoolRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RewardsPool.Contract.RewardsPoolTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RewardsPool *RewardsPoolRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RewardsPool.Contract.RewardsPoolTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RewardsPool *RewardsPoolCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RewardsPool.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RewardsPool *RewardsPoolTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RewardsPool.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RewardsPool *RewardsPoolTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RewardsPool.Contract.contract.Transact(opts, method, params...)
}

// ClaimDelayEpochs is a free data retrieval call binding the contract method 0xc0c8b275.
//
// Solidity: function claimDelayEpochs() view returns(uint64)
func (_RewardsPool *RewardsPoolCaller) ClaimDelayEpochs(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _RewardsPool.contract.Call(opts, &out, "claimDelayEpochs")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// ClaimDelayEpochs is a free data retrieval call binding the contract method 0xc0c8b275.
//
// Solidity: function claimDelayEpochs() view returns(uint64)
func (_RewardsPool *RewardsPoolSession) ClaimDelayEpochs() (uint64, error) {
	return _RewardsPool.Contract.ClaimDelayEpochs(&_RewardsPool.CallOpts)
}

// ClaimDelayEpochs is a free data retrieval call binding the contract method 0xc0c8b275.
//
// Solidity: function claimDelayEpochs() view returns(uint64)
func (_RewardsPool *RewardsPoolCallerSession) ClaimDelayEpochs() (uint64, error) {
	return _RewardsPool.Contract.ClaimDelayEpochs(&_RewardsPool.CallOpts)
}

// Claimable is a free data retrieval call binding the contract method 0xc2a39594.
//
// Solidity: function claimable(address operator, uint64 epoch) view returns(uint256)
func (_RewardsPool *RewardsPoolCaller) Claimable(opts *bind.CallOpts, operator common.Address, epoch uint64) (*big.Int, error) {
	var out []interface{}
	err := _RewardsPool.contract.Call(opts, &out, "claimable", operator, epoch)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Claimable is a free data retrieval call binding the contract method 0xc2a39594.
//
// Solidity: function claimable(address operator, uint64 epoch) view returns(uint256)
func (_RewardsPool *RewardsPoolSession) Claimable(operator common.Address, epoch uint64) (*big.Int, error) {
	return _RewardsPool.Contract.Claimable(&_RewardsPool.CallOpts, operator, epoch)
}

// Claimable is a free data retrieval call binding the contract method 0xc2a39594.
//
// Solidity: function claimable(address operator, uint64 epoch) view returns(uint256)
func (_RewardsPool *RewardsPoolCallerSession) Claimable(operator common.Address, epoch uint64) (*big.Int, error) {
	return _RewardsPool.Contract.Claimable(&_RewardsPool.CallOpts, operator, epoch)
}

// ClaimableByNode is a free data retrieval call binding the contract method 0x03bb81cb.
//
// Solidity: function claimableByNode(uint256 nodeIndex, uint64 epoch) view returns(uint256)
func (_RewardsPool *RewardsPoolCaller) ClaimableByNode(opts *bind.CallOpts, nodeIndex *big.Int, epoch uint64) (*big.Int, error) {
	var out []interface{}
	err := _RewardsPool.contract.Call(opts, &out, "claimableByNode", nodeIndex, epoch)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ClaimableByNode is a free data retrieval call binding the contract method 0x03bb81cb.
//
// Solidity: function claimableByNode(uint256 nodeIndex, uint64 epoch) view returns(uint256)
func (_RewardsPool *RewardsPoolSession) ClaimableByNode(nodeIndex *big.Int, epoch uint64) (*big.Int, error) {
	return _RewardsPool.Contract.ClaimableByNode(&_RewardsPool.CallOpts, nodeIndex, epoch)
}

// ClaimableByNode is a free data retrieval call binding the contract method 0x03bb81cb.
//
// Solidity: function claimableByNode(uint256 nodeIndex, uint64 epoch) view returns(uint256)
func (_RewardsPool *RewardsPoolCallerSession) ClaimableByNode(nodeIndex *big.Int, epoch uint64) (*big.Int, error) {
	return _RewardsPool.Contract.ClaimableByNode(&_RewardsPool.CallOpts, nodeIndex, epoch)
}

// Claimed is a free data retrieval call binding the contract method 0x4c332c18.
//
// Solidity: function claimed(uint64 , uint256 ) view returns(bool)
func (_RewardsPool *RewardsPoolCaller) Claimed(opts *bind.CallOpts, arg0 uint64, arg1 *big.Int) (bool, error) {
	var out []interface{}
	err := _RewardsPool.contract.Call(opts, &out, "claimed", arg0, arg1)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Claimed is a free data retrieval call binding the contract method 0x4c332c18.
//
// Solidity: function claimed(uint64 , uint256 ) view returns(bool)
func (_RewardsPool *RewardsPoolSession) Claimed(arg0 uint64, arg1 *big.Int) (bool, error) {
	return _RewardsPool.Contract.Claimed(&_RewardsPool.CallOpts, arg0, arg1)
}

// Claimed is a free data retrieval call binding the contract method 0x4c332c18.
//
// Solidity: function claimed(uint64 , uint256 ) view returns(bool)
func (_RewardsPool *RewardsPoolCallerSession) Claimed(arg0 uint64, arg1 *big.Int) (bool, error) {
	return _RewardsPool.Contract.Claimed(&_RewardsPool.CallOpts, arg0, arg1)
}

// ClaimsOpen is a free data retrieval call binding the contract method 0x1fb5abef.
//
// Solidity: function claimsOpen(uint64 epoch) view returns(bool)
func (_RewardsPool *RewardsPoolCaller) ClaimsOpen(opts *bind.CallOpts, epoch uint64) (bool, error) {
	var out []interface{}
	err := _RewardsPool.contract.Call(opts, &out, "claimsOpen", epoch)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// ClaimsOpen is a free data retrieval call binding the contract method 0x1fb5abef.
//
// Solidity: function claimsOpen(uint64 epoch) view returns(bool)
func (_RewardsPool *RewardsPoolSession) ClaimsOpen(epoch uint64) (bool, error) {
	return _RewardsPool.Contract.ClaimsOpen(&_RewardsPool.CallOpts, epoch)
}

// ClaimsOpen is a free data retrieval call binding the contract method 0x1fb5abef.
//
// Solidity: function claimsOpen(uint64 epoch) view returns(bool)
func (_RewardsPool *RewardsPoolCallerSession) ClaimsOpen(epoch uint64) (bool, error) {
	return _RewardsPool.Contract.ClaimsOpen(&_RewardsPool.CallOpts, epoch)
}

// EpochFees is a free data retrieval call binding the contract method 0xdaf4e71e.
//
// Solidity: function epochFees(uint64 ) view returns(uint256)
func (_RewardsPool *RewardsPoolCaller) EpochFees(opts *bind.CallOpts, arg0 uint64) (*big.Int, error) {
	var out []interface{}
	err := _RewardsPool.contract.Call(opts, &out, "epochFees", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// EpochFees is a free data retrieval call binding the contract method 0xdaf4e71e.
//
// Solidity: function epochFees(uint64 ) view returns(uint256)
func (_RewardsPool *RewardsPoolSession) EpochFees(arg0 uint64) (*big.Int, error) {
	return _RewardsPool.Contract.EpochFees(&_RewardsPool.CallOpts, arg0)
}

// EpochFees is a free data retrieval call binding the contract method 0xdaf4e71e.
//
// Solidity: function epochFees(uint64 ) view returns(uint256)
func (_RewardsPool *RewardsPoolCallerSession) EpochFees(arg0 uint64) (*big.Int, error) {
	return _RewardsPool.Contract.EpochFees(&_RewardsPool.CallOpts, arg0)
}

// ExcludedStake is a free data retrieval call binding the contract method 0xd4272e1d.
//
// Solidity: function excludedStake(uint64 ) view returns(uint256)
func (_RewardsPool *RewardsPoolCaller) ExcludedStake(opts *bind.CallOpts, arg0 uint64) (*big.Int, error) {
	var out []interface{}
	err := _RewardsPool.contract.Call(opts, &out, "excludedStake", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ExcludedStake is a free data retrieval call binding the contract method 0xd4272e1d.
//
// Solidity: function excludedStake(uint64 ) view returns(uint256)
func (_RewardsPool *RewardsPoolSession) ExcludedStake(arg0 uint64) (*big.Int, error) {
	return _RewardsPool.Contract.ExcludedStake(&_RewardsPool.CallOpts, arg0)
}

// ExcludedStake is a free data retrieval call binding the contract method 0xd4272e1d.
//
// Solidity: function excludedStake(uint64 ) view returns(uint256)
func (_RewardsPool *RewardsPoolCallerSession) ExcludedStake(arg0 uint64) (*big.Int, error) {
	return _RewardsPool.Contract.ExcludedStake(&_RewardsPool.CallOpts, arg0)
}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_RewardsPool *RewardsPoolCaller) Governance(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RewardsPool.contract.Call(opts, &out, "governance")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_RewardsPool *RewardsPoolSession) Governance() (common.Address, error) {
	return _RewardsPool.Contract.Governance(&_RewardsPool.CallOpts)
}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_RewardsPool *RewardsPoolCallerSession) Governance() (common.Address, error) {
	return _RewardsPool.Contract.Governance(&_RewardsPool.CallOpts)
}

// IsExcluded is a free data retrieval call binding the contract method 0x81728278.
//
// Solidity: function isExcluded(uint64 , uint256 ) view returns(bool)
func (_RewardsPool *RewardsPoolCaller) IsExcluded(opts *bind.CallOpts, arg0 uint64, arg1 *big.Int) (bool, error) {
	var out []interface{}
	err := _RewardsPool.contract.Call(opts, &out, "isExcluded", arg0, arg1)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsExcluded is a free data retrieval call binding the contract method 0x81728278.
//
// Solidity: function isExcluded(uint64 , uint256 ) view returns(bool)
func (_RewardsPool *RewardsPoolSession) IsExcluded(arg0 uint64, arg1 *big.Int) (bool, error) {
	return _RewardsPool.Contract.IsExcluded(&_RewardsPool.CallOpts, arg0, arg1)
}

// IsExcluded is a free data retrieval call binding the contract method 0x81728278.
//
// Solidity: function isExcluded(uint64 , uint256 ) view returns(bool)
func (_RewardsPool *RewardsPoolCallerSession) IsExcluded(arg0 uint64, arg1 *big.Int) (bool, error) {
	return _RewardsPool.Contract.IsExcluded(&_RewardsPool.CallOpts, arg0, arg1)
}

// IsExcluder is a free data retrieval call binding the contract method 0x17ce5650.
//
// Solidity: function isExcluder(address ) view returns(bool)
func (_RewardsPool *RewardsPoolCaller) IsExcluder(opts *bind.CallOpts, arg0 common.Address) (bool, error) {
	var out []interface{}
	err := _RewardsPool.contract.Call(opts, &out, "isExcluder", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsExcluder is a free data retrieval call binding the contract method 0x17ce5650.
//
// Solidity: function isExcluder(address ) view returns(bool)
func (_RewardsPool *RewardsPoolSession) IsExcluder(arg0 common.Address) (bool, error) {
	return _RewardsPool.Contract.IsExcluder(&_RewardsPool.CallOpts, arg0)
}

// IsExcluder is a free data retrieval call binding the contract method 0x17ce5650.
//
// Solidity: function isExcluder(address ) view returns(bool)
func (_RewardsPool *RewardsPoolCallerSession) IsExcluder(arg0 common.Address) (bool, error) {
	return _RewardsPool.Contract.IsExcluder(&_RewardsPool.CallOpts, arg0)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_RewardsPool *RewardsPoolCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RewardsPool.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_RewardsPool *RewardsPoolSession) Registry() (common.Address, error) {
	return _RewardsPool.Contract.Registry(&_RewardsPool.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_RewardsPool *RewardsPoolCallerSession) Registry() (common.Address, error) {
	return _RewardsPool.Contract.Registry(&_RewardsPool.CallOpts)
}

// Settled is a free data retrieval call binding the contract method 0x17691a22.
//
// Solidity: function settled(uint64 ) view returns(bool)
func (_RewardsPool *RewardsPoolCaller) Settled(opts *bind.CallOpts, arg0 uint64) (bool, error) {
	var out []interface{}
	err := _RewardsPool.contract.Call(opts, &out, "settled", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Settled is a free data retrieval call binding the contract method 0x17691a22.
//
// Solidity: function settled(uint64 ) view returns(bool)
func (_RewardsPool *RewardsPoolSession) Settled(arg0 uint64) (bool, error) {
	return _RewardsPool.Contract.Settled(&_RewardsPool.CallOpts, arg0)
}

// Settled is a free data retrieval call binding the contract method 0x17691a22.
//
// Solidity: function settled(uint64 ) view returns(bool)
func (_RewardsPool *RewardsPoolCallerSession) Settled(arg0 uint64) (bool, error) {
	return _RewardsPool.Contract.Settled(&_RewardsPool.CallOpts, arg0)
}

// Claim is a paid mutator transaction binding the contract method 0x35442c43.
//
// Solidity: function claim(uint64[] epochs) returns(uint256)
func (_RewardsPool *RewardsPoolTransactor) Claim(opts *bind.TransactOpts, epochs []uint64) (*types.Transaction, error) {
	return _RewardsPool.contract.Transact(opts, "claim", epochs)
}

// Claim is a paid mutator transaction binding the contract method 0x35442c43.
//
// Solidity: function claim(uint64[] epochs) returns(uint256)
func (_RewardsPool *RewardsPoolSession) Claim(epochs []uint64) (*types.Transaction, error) {
	return _RewardsPool.Contract.Claim(&_RewardsPool.TransactOpts, epochs)
}

// Claim is a paid mutator transaction binding the contract method 0x35442c43.
//
// Solidity: function claim(uint64[] epochs) returns(uint256)
func (_RewardsPool *RewardsPoolTransactorSession) Claim(epochs []uint64) (*types.Transaction, error) {
	return _RewardsPool.Contract.Claim(&_RewardsPool.TransactOpts, epochs)
}

// ClaimFor is a paid mutator transaction binding the contract method 0xe2c5fb9b.
//
// Solidity: function claimFor(uint256 nodeIndex, uint64[] epochs) returns(uint256)
func (_RewardsPool *RewardsPoolTransactor) ClaimFor(opts *bind.TransactOpts, nodeIndex *big.Int, epochs []uint64) (*types.Transaction, error) {
	return _RewardsPool.contract.Transact(opts, "claimFor", nodeIndex, epochs)
}

// ClaimFor is a paid mutator transaction binding the contract method 0xe2c5fb9b.
//
// Solidity: function claimFor(uint256 nodeIndex, uint64[] epochs) returns(uint256)
func (_RewardsPool *RewardsPoolSession) ClaimFor(nodeIndex *big.Int, epochs []uint64) (*types.Transaction, error) {
	return _RewardsPool.Contract.ClaimFor(&_RewardsPool.TransactOpts, nodeIndex, epochs)
}

// ClaimFor is a paid mutator transaction binding the contract method 0xe2c5fb9b.
//
// Solidity: function claimFor(uint256 nodeIndex, uint64[] epochs) returns(uint256)
func (_RewardsPool *RewardsPoolTransactorSession) ClaimFor(nodeIndex *big.Int, epochs []uint64) (*types.Transaction, error) {
	return _RewardsPool.Contract.ClaimFor(&_RewardsPool.TransactOpts, nodeIndex, epochs)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_RewardsPool *RewardsPoolTransactor) Deposit(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RewardsPool.contract.Transact(opts, "deposit")
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_RewardsPool *RewardsPoolSession) Deposit() (*types.Transaction, error) {
	return _RewardsPool.Contract.Deposit(&_RewardsPool.TransactOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_RewardsPool *RewardsPoolTransactorSession) Deposit() (*types.Transaction, error) {
	return _RewardsPool.Contract.Deposit(&_RewardsPool.TransactOpts)
}

// ExcludeFromEpoch is a paid mutator transaction binding the contract method 0x6fed5d0c.
//
// Solidity: function excludeFromEpoch(uint64 epoch, uint256 nodeIndex) returns(bool)
func (_RewardsPool *RewardsPoolTransactor) ExcludeFromEpoch(opts *bind.TransactOpts, epoch uint64, nodeIndex *big.Int) (*types.Transaction, error) {
	return _RewardsPool.contract.Transact(opts, "excludeFromEpoch", epoch, nodeIndex)
}

// ExcludeFromEpoch is a paid mutator transaction binding the contract method 0x6fed5d0c.
//
// Solidity: function excludeFromEpoch(uint64 epoch, uint256 nodeIndex) returns(bool)
func (_RewardsPool *RewardsPoolSession) ExcludeFromEpoch(epoch uint64, nodeIndex *big.Int) (*types.Transaction, error) {
	return _RewardsPool.Contract.ExcludeFromEpoch(&_RewardsPool.TransactOpts, epoch, nodeIndex)
}

// ExcludeFromEpoch is a paid mutator transaction binding the contract method 0x6fed5d0c.
//
// Solidity: function excludeFromEpoch(uint64 epoch, uint256 nodeIndex) returns(bool)
func (_RewardsPool *RewardsPoolTransactorSession) ExcludeFromEpoch(epoch uint64, nodeIndex *big.Int) (*types.Transaction, error) {
	return _RewardsPool.Contract.ExcludeFromEpoch(&_RewardsPool.TransactOpts, epoch, nodeIndex)
}

// RollOver is a paid mutator transaction binding the contract method 0xe627a6af.
//
// Solidity: function rollOver(uint64 epoch) returns()
func (_RewardsPool *RewardsPoolTransactor) RollOver(opts *bind.TransactOpts, epoch uint64) (*types.Transaction, error) {
	return _RewardsPool.contract.Transact(opts, "rollOver", epoch)
}

// RollOver is a paid mutator transaction binding the contract method 0xe627a6af.
//
// Solidity: function rollOver(uint64 epoch) returns()
func (_RewardsPool *RewardsPoolSession) RollOver(epoch uint64) (*types.Transaction, error) {
	return _RewardsPool.Contract.RollOver(&_RewardsPool.TransactOpts, epoch)
}

// RollOver is a paid mutator transaction binding the contract method 0xe627a6af.
//
// Solidity: function rollOver(uint64 epoch) returns()
func (_RewardsPool *RewardsPoolTransactorSession) RollOver(epoch uint64) (*types.Transaction, error) {
	return _RewardsPool.Contract.RollOver(&_RewardsPool.TransactOpts, epoch)
}

// SetClaimDelayEpochs is a paid mutator transaction binding the contract method 0x5d79a603.
//
// Solidity: function setClaimDelayEpochs(uint64 v) returns()
func (_RewardsPool *RewardsPoolTransactor) SetClaimDelayEpochs(opts *bind.TransactOpts, v uint64) (*types.Transaction, error) {
	return _RewardsPool.contract.Transact(opts, "setClaimDelayEpochs", v)
}

// SetClaimDelayEpochs is a paid mutator transaction binding the contract method 0x5d79a603.
//
// Solidity: function setClaimDelayEpochs(uint64 v) returns()
func (_RewardsPool *RewardsPoolSession) SetClaimDelayEpochs(v uint64) (*types.Transaction, error) {
	return _RewardsPool.Contract.SetClaimDelayEpochs(&_RewardsPool.TransactOpts, v)
}

// SetClaimDelayEpochs is a paid mutator transaction binding the contract method 0x5d79a603.
//
// Solidity: function setClaimDelayEpochs(uint64 v) returns()
func (_RewardsPool *RewardsPoolTransactorSession) SetClaimDelayEpochs(v uint64) (*types.Transaction, error) {
	return _RewardsPool.Contract.SetClaimDelayEpochs(&_RewardsPool.TransactOpts, v)
}

// SetExcluder is a paid mutator transaction binding the contract method 0xda03c0e9.
//
// Solidity: function setExcluder(address excluder, bool allowed) returns()
func (_RewardsPool *RewardsPoolTransactor) SetExcluder(opts *bind.TransactOpts, excluder common.Address, allowed bool) (*types.Transaction, error) {
	return _RewardsPool.contract.Transact(opts, "setExcluder", excluder, allowed)
}

// SetExcluder is a paid mutator transaction binding the contract method 0xda03c0e9.
//
// Solidity: function setExcluder(address excluder, bool allowed) returns()
func (_RewardsPool *RewardsPoolSession) SetExcluder(excluder common.Address, allowed bool) (*types.Transaction, error) {
	return _RewardsPool.Contract.SetExcluder(&_RewardsPool.TransactOpts, excluder, allowed)
}

// SetExcluder is a paid mutator transaction binding the contract method 0xda03c0e9.
//
// Solidity: function setExcluder(address excluder, bool allowed) returns()
func (_RewardsPool *RewardsPoolTransactorSession) SetExcluder(excluder common.Address, allowed bool) (*types.Transaction, error) {
	return _RewardsPool.Contract.SetExcluder(&_RewardsPool.TransactOpts, excluder, allowed)
}

// TransferGovernance is a paid mutator transaction binding the contract method 0xd38bfff4.
//
// Solidity: function transferGovernance(address newGovernance) returns()
func (_RewardsPool *RewardsPoolTransactor) TransferGovernance(opts *bind.TransactOpts, newGovernance common.Address) (*types.Transaction, error) {
	return _RewardsPool.contract.Transact(opts, "transferGovernance", newGovernance)
}

// TransferGovernance is a paid mutator transaction binding the contract method 0xd38bfff4.
//
// Solidity: function transferGovernance(address newGovernance) returns()
func (_RewardsPool *RewardsPoolSession) TransferGovernance(newGovernance common.Address) (*types.Transaction, error) {
	return _RewardsPool.Contract.TransferGovernance(&_RewardsPool.TransactOpts, newGovernance)
}

// TransferGovernance is a paid mutator transaction binding the contract method 0xd38bfff4.
//
// Solidity: function transferGovernance(address newGovernance) returns()
func (_RewardsPool *RewardsPoolTransactorSession) TransferGovernance(newGovernance common.Address) (*types.Transaction, error) {
	return _RewardsPool.Contract.TransferGovernance(&_RewardsPool.TransactOpts, newGovernance)
}

// RewardsPoolClaimDelayChangedIterator is returned from FilterClaimDelayChanged and is used to iterate over the raw logs and unpacked data for ClaimDelayChanged events raised by the RewardsPool contract.
type RewardsPoolClaimDelayChangedIterator struct {
	Event *RewardsPoolClaimDelayChanged // Event containing the contract specifics and raw log

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
func (it *RewardsPoolClaimDelayChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardsPoolClaimDelayChanged)
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
		it.Event = new(RewardsPoolClaimDelayChanged)
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
func (it *RewardsPoolClaimDelayChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardsPoolClaimDelayChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardsPoolClaimDelayChanged represents a ClaimDelayChanged event raised by the RewardsPool contract.
type RewardsPoolClaimDelayChanged struct {
	ClaimDelayEpochs uint64
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterClaimDelayChanged is a free log retrieval operation binding the contract event 0x32834464b3326cd12bcc463f45a7a984fe91d10928b7df02726b6f62182c8bc5.
//
// Solidity: event ClaimDelayChanged(uint64 claimDelayEpochs)
func (_RewardsPool *RewardsPoolFilterer) FilterClaimDelayChanged(opts *bind.FilterOpts) (*RewardsPoolClaimDelayChangedIterator, error) {

	logs, sub, err := _RewardsPool.contract.FilterLogs(opts, "ClaimDelayChanged")
	if err != nil {
		return nil, err
	}
	return &RewardsPoolClaimDelayChangedIterator{contract: _RewardsPool.contract, event: "ClaimDelayChanged", logs: logs, sub: sub}, nil
}

// WatchClaimDelayChanged is a free log subscription operation binding the contract event 0x32834464b3326cd12bcc463f45a7a984fe91d10928b7df02726b6f62182c8bc5.
//
// Solidity: event ClaimDelayChanged(uint64 claimDelayEpochs)
func (_RewardsPool *RewardsPoolFilterer) WatchClaimDelayChanged(opts *bind.WatchOpts, sink chan<- *RewardsPoolClaimDelayChanged) (event.Subscription, error) {

	logs, sub, err := _RewardsPool.contract.WatchLogs(opts, "ClaimDelayChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardsPoolClaimDelayChanged)
				if err := _RewardsPool.contract.UnpackLog(event, "ClaimDelayChanged", log); err != nil {
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

// ParseClaimDelayChanged is a log parse operation binding the contract event 0x32834464b3326cd12bcc463f45a7a984fe91d10928b7df02726b6f62182c8bc5.
//
// Solidity: event ClaimDelayChanged(uint64 claimDelayEpochs)
func (_RewardsPool *RewardsPoolFilterer) ParseClaimDelayChanged(log types.Log) (*RewardsPoolClaimDelayChanged, error) {
	event := new(RewardsPoolClaimDelayChanged)
	if err := _RewardsPool.contract.UnpackLog(event, "ClaimDelayChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardsPoolClaimedIterator is returned from FilterClaimed and is used to iterate over the raw logs and unpacked data for Claimed events raised by the RewardsPool contract.
type RewardsPoolClaimedIterator struct {
	Event *RewardsPoolClaimed // Event containing the contract specifics and raw log

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
func (it *RewardsPoolClaimedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardsPoolClaimed)
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
		it.Event = new(RewardsPoolClaimed)
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
func (it *RewardsPoolClaimedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardsPoolClaimedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardsPoolClaimed represents a Claimed event raised by the RewardsPool contract.
type RewardsPoolClaimed struct {
	Epoch     uint64
	NodeIndex *big.Int
	Operator  common.Address
	Amount    *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterClaimed is a free log retrieval operation binding the contract event 0xd764529a8799bb0d27fe5a52891f3c7f36c5fd2748c1925b30c5a780f80fd321.
//
// Solidity: event Claimed(uint64 indexed epoch, uint256 indexed nodeIndex, address indexed operator, uint256 amount)
func (_RewardsPool *RewardsPoolFilterer) FilterClaimed(opts *bind.FilterOpts, epoch []uint64, nodeIndex []*big.Int, operator []common.Address) (*RewardsPoolClaimedIterator, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var nodeIndexRule []interface{}
	for _, nodeIndexItem := range nodeIndex {
		nodeIndexRule = append(nodeIndexRule, nodeIndexItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _RewardsPool.contract.FilterLogs(opts, "Claimed", epochRule, nodeIndexRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return &RewardsPoolClaimedIterator{contract: _RewardsPool.contract, event: "Claimed", logs: logs, sub: sub}, nil
}

// WatchClaimed is a free log subscription operation binding the contract event 0xd764529a8799bb0d27fe5a52891f3c7f36c5fd2748c1925b30c5a780f80fd321.
//
// Solidity: event Claimed(uint64 indexed epoch, uint256 indexed nodeIndex, address indexed operator, uint256 amount)
func (_RewardsPool *RewardsPoolFilterer) WatchClaimed(opts *bind.WatchOpts, sink chan<- *RewardsPoolClaimed, epoch []uint64, nodeIndex []*big.Int, operator []common.Address) (event.Subscription, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var nodeIndexRule []interface{}
	for _, nodeIndexItem := range nodeIndex {
		nodeIndexRule = append(nodeIndexRule, nodeIndexItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _RewardsPool.contract.WatchLogs(opts, "Claimed", epochRule, nodeIndexRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardsPoolClaimed)
				if err := _RewardsPool.contract.UnpackLog(event, "Claimed", log); err != nil {
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

// ParseClaimed is a log parse operation binding the contract event 0xd764529a8799bb0d27fe5a52891f3c7f36c5fd2748c1925b30c5a780f80fd321.
//
// Solidity: event Claimed(uint64 indexed epoch, uint256 indexed nodeIndex, address indexed operator, uint256 amount)
func (_RewardsPool *RewardsPoolFilterer) ParseClaimed(log types.Log) (*RewardsPoolClaimed, error) {
	event := new(RewardsPoolClaimed)
	if err := _RewardsPool.contract.UnpackLog(event, "Claimed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardsPoolExcludedIterator is returned from FilterExcluded and is used to iterate over the raw logs and unpacked data for Excluded events raised by the RewardsPool contract.
type RewardsPoolExcludedIterator struct {
	Event *RewardsPoolExcluded // Event containing the contract specifics and raw log

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
func (it *RewardsPoolExcludedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardsPoolExcluded)
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
		it.Event = new(RewardsPoolExcluded)
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
func (it *RewardsPoolExcludedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardsPoolExcludedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardsPoolExcluded represents a Excluded event raised by the RewardsPool contract.
type RewardsPoolExcluded struct {
	Epoch     uint64
	NodeIndex *big.Int
	Excluder  common.Address
	Stake     *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterExcluded is a free log retrieval operation binding the contract event 0x7f6615a5e232337e248ba9c02ae4af6516612a209bf455cf04f11a127ef56d3c.
//
// Solidity: event Excluded(uint64 indexed epoch, uint256 indexed nodeIndex, address indexed excluder, uint256 stake)
func (_RewardsPool *RewardsPoolFilterer) FilterExcluded(opts *bind.FilterOpts, epoch []uint64, nodeIndex []*big.Int, excluder []common.Address) (*RewardsPoolExcludedIterator, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var nodeIndexRule []interface{}
	for _, nodeIndexItem := range nodeIndex {
		nodeIndexRule = append(nodeIndexRule, nodeIndexItem)
	}
	var excluderRule []interface{}
	for _, excluderItem := range excluder {
		excluderRule = append(excluderRule, excluderItem)
	}

	logs, sub, err := _RewardsPool.contract.FilterLogs(opts, "Excluded", epochRule, nodeIndexRule, excluderRule)
	if err != nil {
		return nil, err
	}
	return &RewardsPoolExcludedIterator{contract: _RewardsPool.contract, event: "Excluded", logs: logs, sub: sub}, nil
}

// WatchExcluded is a free log subscription operation binding the contract event 0x7f6615a5e232337e248ba9c02ae4af6516612a209bf455cf04f11a127ef56d3c.
//
// Solidity: event Excluded(uint64 indexed epoch, uint256 indexed nodeIndex, address indexed excluder, uint256 stake)
func (_RewardsPool *RewardsPoolFilterer) WatchExcluded(opts *bind.WatchOpts, sink chan<- *RewardsPoolExcluded, epoch []uint64, nodeIndex []*big.Int, excluder []common.Address) (event.Subscription, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var nodeIndexRule []interface{}
	for _, nodeIndexItem := range nodeIndex {
		nodeIndexRule = append(nodeIndexRule, nodeIndexItem)
	}
	var excluderRule []interface{}
	for _, excluderItem := range excluder {
		excluderRule = append(excluderRule, excluderItem)
	}

	logs, sub, err := _RewardsPool.contract.WatchLogs(opts, "Excluded", epochRule, nodeIndexRule, excluderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardsPoolExcluded)
				if err := _RewardsPool.contract.UnpackLog(event, "Excluded", log); err != nil {
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

// ParseExcluded is a log parse operation binding the contract event 0x7f6615a5e232337e248ba9c02ae4af6516612a209bf455cf04f11a127ef56d3c.
//
// Solidity: event Excluded(uint64 indexed epoch, uint256 indexed nodeIndex, address indexed excluder, uint256 stake)
func (_RewardsPool *RewardsPoolFilterer) ParseExcluded(log types.Log) (*RewardsPoolExcluded, error) {
	event := new(RewardsPoolExcluded)
	if err := _RewardsPool.contract.UnpackLog(event, "Excluded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardsPoolExcluderSetIterator is returned from FilterExcluderSet and is used to iterate over the raw logs and unpacked data for ExcluderSet events raised by the RewardsPool contract.
type RewardsPoolExcluderSetIterator struct {
	Event *RewardsPoolExcluderSet // Event containing the contract specifics and raw log

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
func (it *RewardsPoolExcluderSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardsPoolExcluderSet)
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
		it.Event = new(RewardsPoolExcluderSet)
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
func (it *RewardsPoolExcluderSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardsPoolExcluderSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardsPoolExcluderSet represents a ExcluderSet event raised by the RewardsPool contract.
type RewardsPoolExcluderSet struct {
	Excluder common.Address
	Allowed  bool
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterExcluderSet is a free log retrieval operation binding the contract event 0x6c4b480fee0262cdfc866d2945b8cb581df87e95bdecb6e0f3115a7616d7ceed.
//
// Solidity: event ExcluderSet(address indexed excluder, bool allowed)
func (_RewardsPool *RewardsPoolFilterer) FilterExcluderSet(opts *bind.FilterOpts, excluder []common.Address) (*RewardsPoolExcluderSetIterator, error) {

	var excluderRule []interface{}
	for _, excluderItem := range excluder {
		excluderRule = append(excluderRule, excluderItem)
	}

	logs, sub, err := _RewardsPool.contract.FilterLogs(opts, "ExcluderSet", excluderRule)
	if err != nil {
		return nil, err
	}
	return &RewardsPoolExcluderSetIterator{contract: _RewardsPool.contract, event: "ExcluderSet", logs: logs, sub: sub}, nil
}

// WatchExcluderSet is a free log subscription operation binding the contract event 0x6c4b480fee0262cdfc866d2945b8cb581df87e95bdecb6e0f3115a7616d7ceed.
//
// Solidity: event ExcluderSet(address indexed excluder, bool allowed)
func (_RewardsPool *RewardsPoolFilterer) WatchExcluderSet(opts *bind.WatchOpts, sink chan<- *RewardsPoolExcluderSet, excluder []common.Address) (event.Subscription, error) {

	var excluderRule []interface{}
	for _, excluderItem := range excluder {
		excluderRule = append(excluderRule, excluderItem)
	}

	logs, sub, err := _RewardsPool.contract.WatchLogs(opts, "ExcluderSet", excluderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardsPoolExcluderSet)
				if err := _RewardsPool.contract.UnpackLog(event, "ExcluderSet", log); err != nil {
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

// ParseExcluderSet is a log parse operation binding the contract event 0x6c4b480fee0262cdfc866d2945b8cb581df87e95bdecb6e0f3115a7616d7ceed.
//
// Solidity: event ExcluderSet(address indexed excluder, bool allowed)
func (_RewardsPool *RewardsPoolFilterer) ParseExcluderSet(log types.Log) (*RewardsPoolExcluderSet, error) {
	event := new(RewardsPoolExcluderSet)
	if err := _RewardsPool.contract.UnpackLog(event, "ExcluderSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardsPoolFeeReceivedIterator is returned from FilterFeeReceived and is used to iterate over the raw logs and unpacked data for FeeReceived events raised by the RewardsPool contract.
type RewardsPoolFeeReceivedIterator struct {
	Event *RewardsPoolFeeReceived // Event containing the contract specifics and raw log

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
func (it *RewardsPoolFeeReceivedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardsPoolFeeReceived)
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
		it.Event = new(RewardsPoolFeeReceived)
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
func (it *RewardsPoolFeeReceivedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardsPoolFeeReceivedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardsPoolFeeReceived represents a FeeReceived event raised by the RewardsPool contract.
type RewardsPoolFeeReceived struct {
	Epoch  uint64
	From   common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterFeeReceived is a free log retrieval operation binding the contract event 0x271f508361b404546205b30f99b71653e6adf8c5b95b1a1d7b33796a511adb8c.
//
// Solidity: event FeeReceived(uint64 indexed epoch, address indexed from, uint256 amount)
func (_RewardsPool *RewardsPoolFilterer) FilterFeeReceived(opts *bind.FilterOpts, epoch []uint64, from []common.Address) (*RewardsPoolFeeReceivedIterator, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _RewardsPool.contract.FilterLogs(opts, "FeeReceived", epochRule, fromRule)
	if err != nil {
		return nil, err
	}
	return &RewardsPoolFeeReceivedIterator{contract: _RewardsPool.contract, event: "FeeReceived", logs: logs, sub: sub}, nil
}

// WatchFeeReceived is a free log subscription operation binding the contract event 0x271f508361b404546205b30f99b71653e6adf8c5b95b1a1d7b33796a511adb8c.
//
// Solidity: event FeeReceived(uint64 indexed epoch, address indexed from, uint256 amount)
func (_RewardsPool *RewardsPoolFilterer) WatchFeeReceived(opts *bind.WatchOpts, sink chan<- *RewardsPoolFeeReceived, epoch []uint64, from []common.Address) (event.Subscription, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _RewardsPool.contract.WatchLogs(opts, "FeeReceived", epochRule, fromRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardsPoolFeeReceived)
				if err := _RewardsPool.contract.UnpackLog(event, "FeeReceived", log); err != nil {
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

// ParseFeeReceived is a log parse operation binding the contract event 0x271f508361b404546205b30f99b71653e6adf8c5b95b1a1d7b33796a511adb8c.
//
// Solidity: event FeeReceived(uint64 indexed epoch, address indexed from, uint256 amount)
func (_RewardsPool *RewardsPoolFilterer) ParseFeeReceived(log types.Log) (*RewardsPoolFeeReceived, error) {
	event := new(RewardsPoolFeeReceived)
	if err := _RewardsPool.contract.UnpackLog(event, "FeeReceived", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardsPoolGovernanceTransferredIterator is returned from FilterGovernanceTransferred and is used to iterate over the raw logs and unpacked data for GovernanceTransferred events raised by the RewardsPool contract.
type RewardsPoolGovernanceTransferredIterator struct {
	Event *RewardsPoolGovernanceTransferred // Event containing the contract specifics and raw log

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
func (it *RewardsPoolGovernanceTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardsPoolGovernanceTransferred)
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
		it.Event = new(RewardsPoolGovernanceTransferred)
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
func (it *RewardsPoolGovernanceTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardsPoolGovernanceTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardsPoolGovernanceTransferred represents a GovernanceTransferred event raised by the RewardsPool contract.
type RewardsPoolGovernanceTransferred struct {
	PreviousGovernance common.Address
	NewGovernance      common.Address
	Raw                types.Log // Blockchain specific contextual infos
}

// FilterGovernanceTransferred is a free log retrieval operation binding the contract event 0x5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80.
//
// Solidity: event GovernanceTransferred(address indexed previousGovernance, address indexed newGovernance)
func (_RewardsPool *RewardsPoolFilterer) FilterGovernanceTransferred(opts *bind.FilterOpts, previousGovernance []common.Address, newGovernance []common.Address) (*RewardsPoolGovernanceTransferredIterator, error) {

	var previousGovernanceRule []interface{}
	for _, previousGovernanceItem := range previousGovernance {
		previousGovernanceRule = append(previousGovernanceRule, previousGovernanceItem)
	}
	var newGovernanceRule []interface{}
	for _, newGovernanceItem := range newGovernance {
		newGovernanceRule = append(newGovernanceRule, newGovernanceItem)
	}

	logs, sub, err := _RewardsPool.contract.FilterLogs(opts, "GovernanceTransferred", previousGovernanceRule, newGovernanceRule)
	if err != nil {
		return nil, err
	}
	return &RewardsPoolGovernanceTransferredIterator{contract: _RewardsPool.contract, event: "GovernanceTransferred", logs: logs, sub: sub}, nil
}

// WatchGovernanceTransferred is a free log subscription operation binding the contract event 0x5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80.
//
// Solidity: event GovernanceTransferred(address indexed previousGovernance, address indexed newGovernance)
func (_RewardsPool *RewardsPoolFilterer) WatchGovernanceTransferred(opts *bind.WatchOpts, sink chan<- *RewardsPoolGovernanceTransferred, previousGovernance []common.Address, newGovernance []common.Address) (event.Subscription, error) {

	var previousGovernanceRule []interface{}
	for _, previousGovernanceItem := range previousGovernance {
		previousGovernanceRule = append(previousGovernanceRule, previousGovernanceItem)
	}
	var newGovernanceRule []interface{}
	for _, newGovernanceItem := range newGovernance {
		newGovernanceRule = append(newGovernanceRule, newGovernanceItem)
	}

	logs, sub, err := _RewardsPool.contract.WatchLogs(opts, "GovernanceTransferred", previousGovernanceRule, newGovernanceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardsPoolGovernanceTransferred)
				if err := _RewardsPool.contract.UnpackLog(event, "GovernanceTransferred", log); err != nil {
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
func (_RewardsPool *RewardsPoolFilterer) ParseGovernanceTransferred(log types.Log) (*RewardsPoolGovernanceTransferred, error) {
	event := new(RewardsPoolGovernanceTransferred)
	if err := _RewardsPool.contract.UnpackLog(event, "GovernanceTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardsPoolRolledOverIterator is returned from FilterRolledOver and is used to iterate over the raw logs and unpacked data for RolledOver events raised by the RewardsPool contract.
type RewardsPoolRolledOverIterator struct {
	Event *RewardsPoolRolledOver // Event containing the contract specifics and raw log

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
func (it *RewardsPoolRolledOverIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardsPoolRolledOver)
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
		it.Event = new(RewardsPoolRolledOver)
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
func (it *RewardsPoolRolledOverIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardsPoolRolledOverIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardsPoolRolledOver represents a RolledOver event raised by the RewardsPool contract.
type RewardsPoolRolledOver struct {
	FromEpoch uint64
	ToEpoch   uint64
	Amount    *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterRolledOver is a free log retrieval operation binding the contract event 0x6c471aabdf55d967328390ef9335ca9d37cd75ed43c7b04f857a25cdf98c1369.
//
// Solidity: event RolledOver(uint64 indexed fromEpoch, uint64 indexed toEpoch, uint256 amount)
func (_RewardsPool *RewardsPoolFilterer) FilterRolledOver(opts *bind.FilterOpts, fromEpoch []uint64, toEpoch []uint64) (*RewardsPoolRolledOverIterator, error) {

	var fromEpochRule []interface{}
	for _, fromEpochItem := range fromEpoch {
		fromEpochRule = append(fromEpochRule, fromEpochItem)
	}
	var toEpochRule []interface{}
	for _, toEpochItem := range toEpoch {
		toEpochRule = append(toEpochRule, toEpochItem)
	}

	logs, sub, err := _RewardsPool.contract.FilterLogs(opts, "RolledOver", fromEpochRule, toEpochRule)
	if err != nil {
		return nil, err
	}
	return &RewardsPoolRolledOverIterator{contract: _RewardsPool.contract, event: "RolledOver", logs: logs, sub: sub}, nil
}

// WatchRolledOver is a free log subscription operation binding the contract event 0x6c471aabdf55d967328390ef9335ca9d37cd75ed43c7b04f857a25cdf98c1369.
//
// Solidity: event RolledOver(uint64 indexed fromEpoch, uint64 indexed toEpoch, uint256 amount)
func (_RewardsPool *RewardsPoolFilterer) WatchRolledOver(opts *bind.WatchOpts, sink chan<- *RewardsPoolRolledOver, fromEpoch []uint64, toEpoch []uint64) (event.Subscription, error) {

	var fromEpochRule []interface{}
	for _, fromEpochItem := range fromEpoch {
		fromEpochRule = append(fromEpochRule, fromEpochItem)
	}
	var toEpochRule []interface{}
	for _, toEpochItem := range toEpoch {
		toEpochRule = append(toEpochRule, toEpochItem)
	}

	logs, sub, err := _RewardsPool.contract.WatchLogs(opts, "RolledOver", fromEpochRule, toEpochRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardsPoolRolledOver)
				if err := _RewardsPool.contract.UnpackLog(event, "RolledOver", log); err != nil {
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

// ParseRolledOver is a log parse operation binding the contract event 0x6c471aabdf55d967328390ef9335ca9d37cd75ed43c7b04f857a25cdf98c1369.
//
// Solidity: event RolledOver(uint64 indexed fromEpoch, uint64 indexed toEpoch, uint256 amount)
func (_RewardsPool *RewardsPoolFilterer) ParseRolledOver(log types.Log) (*RewardsPoolRolledOver, error) {
	event := new(RewardsPoolRolledOver)
	if err := _RewardsPool.contract.UnpackLog(event, "RolledOver", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
