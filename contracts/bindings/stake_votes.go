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

// CheckpointsCheckpoint208 is an auto generated low-level Go binding around an user-defined struct.
type CheckpointsCheckpoint208 struct {
	Key   *big.Int
	Value *big.Int
}

// StakeVotesMetaData contains all meta data concerning the StakeVotes contract.
var StakeVotesMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"underlying_\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"increasedSupply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"ERC20ExceededSafeSupply\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"ERC20InvalidUnderlying\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"clock\",\"type\":\"uint48\"}],\"name\":\"ERC5805FutureLookup\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC6372InconsistentClock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"VotesExpiredSignature\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"fromDelegate\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"toDelegate\",\"type\":\"address\"}],\"name\":\"DelegateChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegate\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousVotes\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotes\",\"type\":\"uint256\"}],\"name\":\"DelegateVotesChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CLOCK_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"pos\",\"type\":\"uint32\"}],\"name\":\"checkpoints\",\"outputs\":[{\"components\":[{\"internalType\":\"uint48\",\"name\":\"_key\",\"type\":\"uint48\"},{\"internalType\":\"uint208\",\"name\":\"_value\",\"type\":\"uint208\"}],\"internalType\":\"structCheckpoints.Checkpoint208\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"}],\"name\":\"delegate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"delegateBySig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"delegates\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"depositFor\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastTotalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"numCheckpoints\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"underlying\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"withdrawTo\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610180604052348015610010575f5ffd5b5060405161233b38038061233b83398101604081905261002f9161026b565b6040805180820190915260018152603160f81b6020820152829084828460036100588382610371565b5060046100658282610371565b5050306001600160a01b0383160390506100995760405163438d6fe360e01b81523060048201526024015b60405180910390fd5b6001600160a01b03166080526100b082600561015f565b610140526100bf81600661015f565b61016052815160208084019190912061010052815190820120610120524660c05261014d6101005161012051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60a05250503060e05250610483915050565b5f60208351101561017a5761017383610191565b905061018b565b816101858482610371565b5060ff90505b92915050565b5f5f829050601f815111156101bb578260405163305a27a960e01b8152600401610090919061042b565b80516101c682610460565b179392505050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f8301126101f1575f5ffd5b81516001600160401b0381111561020a5761020a6101ce565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610238576102386101ce565b60405281815283820160200185101561024f575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f6060848603121561027d575f5ffd5b83516001600160a01b0381168114610293575f5ffd5b60208501519093506001600160401b038111156102ae575f5ffd5b6102ba868287016101e2565b604086015190935090506001600160401b038111156102d7575f5ffd5b6102e3868287016101e2565b9150509250925092565b600181811c9082168061030157607f821691505b60208210810361031f57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561036c57805f5260205f20601f840160051c8101602085101561034a5750805b601f840160051c820191505b81811015610369575f8155600101610356565b50505b505050565b81516001600160401b0381111561038a5761038a6101ce565b61039e8161039884546102ed565b84610325565b6020601f8211600181146103d0575f83156103b95750848201515b5f19600385901b1c1916600184901b178455610369565b5f84815260208120601f198516915b828110156103ff57878501518255602094850194600190920191016103df565b508482101561041c57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561031f575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051611e486104f35f395f610c8c01525f610c5f01525f61143501525f61140d01525f61136801525f61139201525f6113bc01525f818161027201528181610505015281816105b40152610a370152611e485ff3fe608060405234801561000f575f5ffd5b5060043610610153575f3560e01c80636fcfff45116100bf57806395d89b411161007957806395d89b411461035b5780639ab24eb014610363578063a9059cbb14610376578063c3cda52014610389578063dd62ed3e1461039c578063f1127ed8146103d4575f5ffd5b80636fcfff451461029657806370a08231146102be5780637ecebe00146102e657806384b0196e1461030e5780638e539e8c1461032957806391ddadf41461033c575f5ffd5b8063313ce56711610110578063313ce567146101e35780633a46b1a8146101fd5780634bf5d7e914610210578063587cde1e146102185780635c19a95c1461025b5780636f307dc314610270575f5ffd5b806306fdde0314610157578063095ea7b31461017557806318160ddd14610198578063205c2878146101aa57806323b872dd146101bd5780632f4f21e2146101d0575b5f5ffd5b61015f610413565b60405161016c9190611afd565b60405180910390f35b610188610183366004611b25565b6104a3565b604051901515815260200161016c565b6002545b60405190815260200161016c565b6101886101b8366004611b25565b6104bc565b6101886101cb366004611b4d565b610534565b6101886101de366004611b25565b610557565b6101eb6105e5565b60405160ff909116815260200161016c565b61019c61020b366004611b25565b6105f3565b61015f61062d565b610243610226366004611b87565b6001600160a01b039081165f908152600860205260409020541690565b6040516001600160a01b03909116815260200161016c565b61026e610269366004611b87565b6106a5565b005b7f0000000000000000000000000000000000000000000000000000000000000000610243565b6102a96102a4366004611b87565b6106b4565b60405163ffffffff909116815260200161016c565b61019c6102cc366004611b87565b6001600160a01b03165f9081526020819052604090205490565b61019c6102f4366004611b87565b6001600160a01b03165f9081526007602052604090205490565b6103166106be565b60405161016c9796959493929190611ba0565b61019c610337366004611c36565b610700565b610344610724565b60405165ffffffffffff909116815260200161016c565b61015f61072d565b61019c610371366004611b87565b61073c565b610188610384366004611b25565b61075c565b61026e610397366004611c5e565b610769565b61019c6103aa366004611cb4565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6103e76103e2366004611ce5565b610825565b60408051825165ffffffffffff1681526020928301516001600160d01b0316928101929092520161016c565b60606003805461042290611d22565b80601f016020809104026020016040519081016040528092919081815260200182805461044e90611d22565b80156104995780601f1061047057610100808354040283529160200191610499565b820191905f5260205f20905b81548152906001019060200180831161047c57829003601f168201915b5050505050905090565b5f336104b0818585610849565b60019150505b92915050565b5f306001600160a01b038416036104f65760405163ec442f0560e01b81526001600160a01b03841660048201526024015b60405180910390fd5b610500338361085b565b61052b7f0000000000000000000000000000000000000000000000000000000000000000848461088f565b50600192915050565b5f336105418582856108ee565b61054c85858561096a565b506001949350505050565b5f3330810361057b57604051634b637e8f60e11b81523060048201526024016104ed565b306001600160a01b038516036105af5760405163ec442f0560e01b81526001600160a01b03851660048201526024016104ed565b6105db7f00000000000000000000000000000000000000000000000000000000000000008230866109c7565b6104b08484610a00565b5f6105ee610a34565b905090565b5f61061d61060083610abe565b6001600160a01b0385165f90815260096020526040902090610b0c565b6001600160d01b03169392505050565b6060610637610bbc565b65ffffffffffff16610647610724565b65ffffffffffff161461066d576040516301bfc1c560e61b815260040160405180910390fd5b5060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b336106b08183610bc6565b5050565b5f6104b682610c37565b5f6060805f5f5f60606106cf610c58565b6106d7610c85565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61071561070d83610abe565b600a90610b0c565b6001600160d01b031692915050565b5f6105ee610bbc565b60606004805461042290611d22565b6001600160a01b0381165f90815260096020526040812061071590610cb2565b5f336104b081858561096a565b8342111561078d57604051632341d78760e11b8152600481018590526024016104ed565b604080517fe48329057bfd03d55e49b547132e39cffd9c1820ad7b9d4c5307691425d15adf60208201526001600160a01b0388169181019190915260608101869052608081018590525f90610806906107fe9060a00160405160208183030381529060405280519060200120610ce9565b858585610d15565b90506108128187610d41565b61081c8188610bc6565b50505050505050565b604080518082019091525f80825260208201526108428383610d93565b9392505050565b6108568383836001610dc7565b505050565b6001600160a01b03821661088457604051634b637e8f60e11b81525f60048201526024016104ed565b6106b0825f83610e99565b6040516001600160a01b0383811660248301526044820183905261085691859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050610ea4565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610964578181101561095657604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064016104ed565b61096484848484035f610dc7565b50505050565b6001600160a01b03831661099357604051634b637e8f60e11b81525f60048201526024016104ed565b6001600160a01b0382166109bc5760405163ec442f0560e01b81525f60048201526024016104ed565b610856838383610e99565b6040516001600160a01b0384811660248301528381166044830152606482018390526109649186918216906323b872dd906084016108bc565b6001600160a01b038216610a295760405163ec442f0560e01b81525f60048201526024016104ed565b6106b05f8383610e99565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663313ce5676040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610aaf575060408051601f3d908101601f19168201909252610aac91810190611d5a565b60015b610ab95750601290565b919050565b5f5f610ac8610724565b90508065ffffffffffff168310610b0357604051637669fc0f60e11b81526004810184905265ffffffffffff821660248201526044016104ed565b61084283610f10565b81545f9081816005811115610b68575f610b2584610f46565b610b2f9085611d89565b5f8881526020902090915081015465ffffffffffff9081169087161015610b5857809150610b66565b610b63816001611d9c565b92505b505b5f610b758787858561109e565b90508015610baf57610b9987610b8c600184611d89565b5f91825260209091200190565b54600160301b90046001600160d01b0316610bb1565b5f5b979650505050505050565b5f6105ee43610f10565b6001600160a01b038281165f8181526008602052604080822080548686166001600160a01b0319821681179092559151919094169392849290917f3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f9190a46108568183610c32866110fd565b61111a565b6001600160a01b0381165f908152600960205260408120546104b690611283565b60606105ee7f000000000000000000000000000000000000000000000000000000000000000060056112b3565b60606105ee7f000000000000000000000000000000000000000000000000000000000000000060066112b3565b80545f908015610ce157610ccb83610b8c600184611d89565b54600160301b90046001600160d01b0316610842565b5f9392505050565b5f6104b6610cf561135c565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f610d2588888888611485565b925092509250610d35828261154d565b50909695505050505050565b6001600160a01b0382165f908152600760205260409020805460018101909155818114610856576040516301d4b62360e61b81526001600160a01b0384166004820152602481018290526044016104ed565b604080518082019091525f80825260208201526001600160a01b0383165f9081526009602052604090206108429083611605565b6001600160a01b038416610df05760405163e602df0560e01b81525f60048201526024016104ed565b6001600160a01b038316610e1957604051634a1406b160e11b81525f60048201526024016104ed565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561096457826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610e8b91815260200190565b60405180910390a350505050565b610856838383611672565b5f5f60205f8451602086015f885af180610ec3576040513d5f823e3d81fd5b50505f513d91508115610eda578060011415610ee7565b6001600160a01b0384163b155b1561096457604051635274afe760e01b81526001600160a01b03851660048201526024016104ed565b5f65ffffffffffff821115610f42576040516306dfcc6560e41b815260306004820152602481018390526044016104ed565b5090565b5f60018211610f53575090565b816001600160801b8210610f6c5760809190911c9060401b5b680100000000000000008210610f875760409190911c9060201b5b6401000000008210610f9e5760209190911c9060101b5b620100008210610fb35760109190911c9060081b5b6101008210610fc75760089190911c9060041b5b60108210610fda5760049190911c9060021b5b60048210610fe65760011b5b600302600190811c90818581610ffe57610ffe611daf565b048201901c9050600181858161101657611016611daf565b048201901c9050600181858161102e5761102e611daf565b048201901c9050600181858161104657611046611daf565b048201901c9050600181858161105e5761105e611daf565b048201901c9050600181858161107657611076611daf565b048201901c905061109581858161108f5761108f611daf565b04821190565b90039392505050565b5f5b818310156110f5575f6110b384846116d8565b5f8781526020902090915065ffffffffffff86169082015465ffffffffffff1611156110e1578092506110ef565b6110ec816001611d9c565b93505b506110a0565b509392505050565b6001600160a01b0381165f908152602081905260408120546104b6565b816001600160a01b0316836001600160a01b03161415801561113b57505f81115b15610856576001600160a01b038316156111e2576001600160a01b0383165f908152600960205260408120819061117d906116f2611178866116fd565b611730565b6001600160d01b031691506001600160d01b03169150846001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a72483836040516111d7929190918252602082015260400190565b60405180910390a250505b6001600160a01b03821615610856576001600160a01b0382165f908152600960205260408120819061121a90611768611178866116fd565b6001600160d01b031691506001600160d01b03169150836001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a7248383604051611274929190918252602082015260400190565b60405180910390a25050505050565b5f63ffffffff821115610f42576040516306dfcc6560e41b815260206004820152602481018390526044016104ed565b606060ff83146112cd576112c683611773565b90506104b6565b8180546112d990611d22565b80601f016020809104026020016040519081016040528092919081815260200182805461130590611d22565b80156113505780601f1061132757610100808354040283529160200191611350565b820191905f5260205f20905b81548152906001019060200180831161133357829003601f168201915b505050505090506104b6565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156113b457507f000000000000000000000000000000000000000000000000000000000000000046145b156113de57507f000000000000000000000000000000000000000000000000000000000000000090565b6105ee604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156114be57505f91506003905082611543565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561150f573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661153a57505f925060019150829050611543565b92505f91508190505b9450945094915050565b5f82600381111561156057611560611dc3565b03611569575050565b600182600381111561157d5761157d611dc3565b0361159b5760405163f645eedf60e01b815260040160405180910390fd5b60028260038111156115af576115af611dc3565b036115d05760405163fce698f760e01b8152600481018290526024016104ed565b60038260038111156115e4576115e4611dc3565b036106b0576040516335e2f38360e21b8152600481018290526024016104ed565b604080518082019091525f8082526020820152825f018263ffffffff168154811061163257611632611dd7565b5f9182526020918290206040805180820190915291015465ffffffffffff81168252600160301b90046001600160d01b0316918101919091529392505050565b61167d8383836117b0565b6001600160a01b0383166116cd575f61169560025490565b90506001600160d01b03808211156116ca57604051630e58ae9360e11b815260048101839052602481018290526044016104ed565b50505b6108568383836118d6565b5f6116e66002848418611deb565b61084290848416611d9c565b5f6108428284611e0a565b5f6001600160d01b03821115610f42576040516306dfcc6560e41b815260d06004820152602481018390526044016104ed565b5f5f61175b61173d610724565b61175361174988610cb2565b868863ffffffff16565b87919061194b565b915091505b935093915050565b5f6108428284611e29565b60605f61177f83611958565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b6001600160a01b0383166117da578060025f8282546117cf9190611d9c565b9091555061184a9050565b6001600160a01b0383165f908152602081905260409020548181101561182c5760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016104ed565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661186657600280548290039055611884565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516118c991815260200190565b60405180910390a3505050565b6001600160a01b0383166118f8576118f5600a611768611178846116fd565b50505b6001600160a01b03821661191a57611917600a6116f2611178846116fd565b50505b6001600160a01b038381165f908152600860205260408082205485841683529120546108569291821691168361111a565b5f8061175b85858561197f565b5f60ff8216601f8111156104b657604051632cd44ac360e21b815260040160405180910390fd5b82545f9081908015611a75575f61199b87610b8c600185611d89565b805490915065ffffffffffff80821691600160301b90046001600160d01b03169088168211156119de57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603611a1757825465ffffffffffff16600160301b6001600160d01b03891602178355611a67565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b945085935061176092505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b029190931617920191909155905081611760565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6108426020830184611acf565b80356001600160a01b0381168114610ab9575f5ffd5b5f5f60408385031215611b36575f5ffd5b611b3f83611b0f565b946020939093013593505050565b5f5f5f60608486031215611b5f575f5ffd5b611b6884611b0f565b9250611b7660208501611b0f565b929592945050506040919091013590565b5f60208284031215611b97575f5ffd5b61084282611b0f565b60ff60f81b8816815260e060208201525f611bbe60e0830189611acf565b8281036040840152611bd08189611acf565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611c25578351835260209384019390920191600101611c07565b50909b9a5050505050505050505050565b5f60208284031215611c46575f5ffd5b5035919050565b60ff81168114611c5b575f5ffd5b50565b5f5f5f5f5f5f60c08789031215611c73575f5ffd5b611c7c87611b0f565b955060208701359450604087013593506060870135611c9a81611c4d565b9598949750929560808101359460a0909101359350915050565b5f5f60408385031215611cc5575f5ffd5b611cce83611b0f565b9150611cdc60208401611b0f565b90509250929050565b5f5f60408385031215611cf6575f5ffd5b611cff83611b0f565b9150602083013563ffffffff81168114611d17575f5ffd5b809150509250929050565b600181811c90821680611d3657607f821691505b602082108103611d5457634e487b7160e01b5f52602260045260245ffd5b50919050565b5f60208284031215611d6a575f5ffd5b815161084281611c4d565b634e487b7160e01b5f52601160045260245ffd5b818103818111156104b6576104b6611d75565b808201808211156104b6576104b6611d75565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f82611e0557634e487b7160e01b5f52601260045260245ffd5b500490565b6001600160d01b0382811682821603908111156104b6576104b6611d75565b6001600160d01b0381811683821601908111156104b6576104b6611d7556",
}

// StakeVotesABI is the input ABI used to generate the binding from.
// Deprecated: Use StakeVotesMetaData.ABI instead.
var StakeVotesABI = StakeVotesMetaData.ABI

// StakeVotesBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use StakeVotesMetaData.Bin instead.
var StakeVotesBin = StakeVotesMetaData.Bin

// DeployStakeVotes deploys a new Ethereum contract, binding an instance of StakeVotes to it.
func DeployStakeVotes(auth *bind.TransactOpts, backend bind.ContractBackend, underlying_ common.Address, name_ string, symbol_ string) (common.Address, *types.Transaction, *StakeVotes, error) {
	parsed, err := StakeVotesMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(StakeVotesBin), backend, underlying_, name_, symbol_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &StakeVotes{StakeVotesCaller: StakeVotesCaller{contract: contract}, StakeVotesTransactor: StakeVotesTransactor{contract: contract}, StakeVotesFilterer: StakeVotesFilterer{contract: contract}}, nil
}

// StakeVotes is an auto generated Go binding around an Ethereum contract.
type StakeVotes struct {
	StakeVotesCaller     // Read-only binding to the contract
	StakeVotesTransactor // Write-only binding to the contract
	StakeVotesFilterer   // Log filterer for contract events
}

// StakeVotesCaller is an auto generated read-only Go binding around an Ethereum contract.
type StakeVotesCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StakeVotesTransactor is an auto generated write-only Go binding around an Ethereum contract.
type StakeVotesTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StakeVotesFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type StakeVotesFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StakeVotesSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type StakeVotesSession struct {
	Contract     *StakeVotes       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// StakeVotesCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type StakeVotesCallerSession struct {
	Contract *StakeVotesCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// StakeVotesTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type StakeVotesTransactorSession struct {
	Contract     *StakeVotesTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// StakeVotesRaw is an auto generated low-level Go binding around an Ethereum contract.
type StakeVotesRaw struct {
	Contract *StakeVotes // Generic contract binding to access the raw methods on
}

// StakeVotesCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type StakeVotesCallerRaw struct {
	Contract *StakeVotesCaller // Generic read-only contract binding to access the raw methods on
}

// StakeVotesTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type StakeVotesTransactorRaw struct {
	Contract *StakeVotesTransactor // Generic write-only contract binding to access the raw methods on
}

// NewStakeVotes creates a new instance of StakeVotes, bound to a specific deployed contract.
func NewStakeVotes(address common.Address, backend bind.ContractBackend) (*StakeVotes, error) {
	contract, err := bindStakeVotes(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &StakeVotes{StakeVotesCaller: StakeVotesCaller{contract: contract}, StakeVotesTransactor: StakeVotesTransactor{contract: contract}, StakeVotesFilterer: StakeVotesFilterer{contract: contract}}, nil
}

// NewStakeVotesCaller creates a new read-only instance of StakeVotes, bound to a specific deployed contract.
func NewStakeVotesCaller(address common.Address, caller bind.ContractCaller) (*StakeVotesCaller, error) {
	contract, err := bindStakeVotes(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &StakeVotesCaller{contract: contract}, nil
}

// NewStakeVotesTransactor creates a new write-only instance of StakeVotes, bound to a specific deployed contract.
func NewStakeVotesTransactor(address common.Address, transactor bind.ContractTransactor) (*StakeVotesTransactor, error) {
	contract, err := bindStakeVotes(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &StakeVotesTransactor{contract: contract}, nil
}

// NewStakeVotesFilterer creates a new log filterer instance of StakeVotes, bound to a specific deployed contract.
func NewStakeVotesFilterer(address common.Address, filterer bind.ContractFilterer) (*StakeVotesFilterer, error) {
	contract, err := bindStakeVotes(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &StakeVotesFilterer{contract: contract}, nil
}

// bindStakeVotes binds a generic wrapper to an already deployed contract.
func bindStakeVotes(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := StakeVotesMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_StakeVotes *StakeVotesRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _StakeVotes.Contract.StakeVotesCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_StakeVotes *StakeVotesRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StakeVotes.Contract.StakeVotesTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_StakeVotes *StakeVotesRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _StakeVotes.Contract.StakeVotesTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_StakeVotes *StakeVotesCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _StakeVotes.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_StakeVotes *StakeVotesTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StakeVotes.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_StakeVotes *StakeVotesTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _StakeVotes.Contract.contract.Transact(opts, method, params...)
}

// CLOCKMODE is a free data retrieval call binding the contract method 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (_StakeVotes *StakeVotesCaller) CLOCKMODE(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _StakeVotes.contract.Call(opts, &out, "CLOCK_MODE")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// CLOCKMODE is a free data retrieval call binding the contract method 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (_StakeVotes *StakeVotesSession) CLOCKMODE() (string, error) {
	return _StakeVotes.Contract.CLOCKMODE(&_StakeVotes.CallOpts)
}

// CLOCKMODE is a free data retrieval call binding the contract method 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (_StakeVotes *StakeVotesCallerSession) CLOCKMODE() (string, error) {
	return _StakeVotes.Contract.CLOCKMODE(&_StakeVotes.CallOpts)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_StakeVotes *StakeVotesCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _StakeVotes.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_StakeVotes *StakeVotesSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _StakeVotes.Contract.Allowance(&_StakeVotes.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_StakeVotes *StakeVotesCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _StakeVotes.Contract.Allowance(&_StakeVotes.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_StakeVotes *StakeVotesCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _StakeVotes.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_StakeVotes *StakeVotesSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _StakeVotes.Contract.BalanceOf(&_StakeVotes.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_StakeVotes *StakeVotesCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _StakeVotes.Contract.BalanceOf(&_StakeVotes.CallOpts, account)
}

// Checkpoints is a free data retrieval call binding the contract method 0xf1127ed8.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (_StakeVotes *StakeVotesCaller) Checkpoints(opts *bind.CallOpts, account common.Address, pos uint32) (CheckpointsCheckpoint208, error) {
	var out []interface{}
	err := _StakeVotes.contract.Call(opts, &out, "checkpoints", account, pos)

	if err != nil {
		return *new(CheckpointsCheckpoint208), err
	}

	out0 := *abi.ConvertType(out[0], new(CheckpointsCheckpoint208)).(*CheckpointsCheckpoint208)

	return out0, err

}

// Checkpoints is a free data retrieval call binding the contract method 0xf1127ed8.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (_StakeVotes *StakeVotesSession) Checkpoints(account common.Address, pos uint32) (CheckpointsCheckpoint208, error) {
	return _StakeVotes.Contract.Checkpoints(&_StakeVotes.CallOpts, account, pos)
}

// Checkpoints is a free data retrieval call binding the contract method 0xf1127ed8.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (_StakeVotes *StakeVotesCallerSession) Checkpoints(account common.Address, pos uint32) (CheckpointsCheckpoint208, error) {
	return _StakeVotes.Contract.Checkpoints(&_StakeVotes.CallOpts, account, pos)
}

// Clock is a free data retrieval call binding the contract method 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (_StakeVotes *StakeVotesCaller) Clock(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StakeVotes.contract.Call(opts, &out, "clock")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Clock is a free data retrieval call binding the contract method 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (_StakeVotes *StakeVotesSession) Clock() (*big.Int, error) {
	return _StakeVotes.Contract.Clock(&_StakeVotes.CallOpts)
}

// Clock is a free data retrieval call binding the contract method 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (_StakeVotes *StakeVotesCallerSession) Clock() (*big.Int, error) {
	return _StakeVotes.Contract.Clock(&_StakeVotes.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_StakeVotes *StakeVotesCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _StakeVotes.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_StakeVotes *StakeVotesSession) Decimals() (uint8, error) {
	return _StakeVotes.Contract.Decimals(&_StakeVotes.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_StakeVotes *StakeVotesCallerSession) Decimals() (uint8, error) {
	return _StakeVotes.Contract.Decimals(&_StakeVotes.CallOpts)
}

// Delegates is a free data retrieval call binding the contract method 0x587cde1e.
//
// Solidity: function delegates(address account) view returns(address)
func (_StakeVotes *StakeVotesCaller) Delegates(opts *bind.CallOpts, account common.Address) (common.Address, error) {
	var out []interface{}
	err := _StakeVotes.contract.Call(opts, &out, "delegates", account)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Delegates is a free data retrieval call binding the contract method 0x587cde1e.
//
// Solidity: function delegates(address account) view returns(address)
func (_StakeVotes *StakeVotesSession) Delegates(account common.Address) (common.Address, error) {
	return _StakeVotes.Contract.Delegates(&_StakeVotes.CallOpts, account)
}

// Delegates is a free data retrieval call binding the contract method 0x587cde1e.
//
// Solidity: function delegates(address account) view returns(address)
func (_StakeVotes *StakeVotesCallerSession) Delegates(account common.Address) (common.Address, error) {
	return _StakeVotes.Contract.Delegates(&_StakeVotes.CallOpts, account)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_StakeVotes *StakeVotesCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _StakeVotes.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_StakeVotes *StakeVotesSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _StakeVotes.Contract.Eip712Domain(&_StakeVotes.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_StakeVotes *StakeVotesCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _StakeVotes.Contract.Eip712Domain(&_StakeVotes.CallOpts)
}

// GetPastTotalSupply is a free data retrieval call binding the contract method 0x8e539e8c.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (_StakeVotes *StakeVotesCaller) GetPastTotalSupply(opts *bind.CallOpts, timepoint *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _StakeVotes.contract.Call(opts, &out, "getPastTotalSupply", timepoint)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetPastTotalSupply is a free data retrieval call binding the contract method 0x8e539e8c.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (_StakeVotes *StakeVotesSession) GetPastTotalSupply(timepoint *big.Int) (*big.Int, error) {
	return _StakeVotes.Contract.GetPastTotalSupply(&_StakeVotes.CallOpts, timepoint)
}

// GetPastTotalSupply is a free data retrieval call binding the contract method 0x8e539e8c.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (_StakeVotes *StakeVotesCallerSession) GetPastTotalSupply(timepoint *big.Int) (*big.Int, error) {
	return _StakeVotes.Contract.GetPastTotalSupply(&_StakeVotes.CallOpts, timepoint)
}

// GetPastVotes is a free data retrieval call binding the contract method 0x3a46b1a8.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (_StakeVotes *StakeVotesCaller) GetPastVotes(opts *bind.CallOpts, account common.Address, timepoint *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _StakeVotes.contract.Call(opts, &out, "getPastVotes", account, timepoint)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetPastVotes is a free data retrieval call binding the contract method 0x3a46b1a8.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (_StakeVotes *StakeVotesSession) GetPastVotes(account common.Address, timepoint *big.Int) (*big.Int, error) {
	return _StakeVotes.Contract.GetPastVotes(&_StakeVotes.CallOpts, account, timepoint)
}

// GetPastVotes is a free data retrieval call binding the contract method 0x3a46b1a8.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (_StakeVotes *StakeVotesCallerSession) GetPastVotes(account common.Address, timepoint *big.Int) (*big.Int, error) {
	return _StakeVotes.Contract.GetPastVotes(&_StakeVotes.CallOpts, account, timepoint)
}

// GetVotes is a free data retrieval call binding the contract method 0x9ab24eb0.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (_StakeVotes *StakeVotesCaller) GetVotes(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _StakeVotes.contract.Call(opts, &out, "getVotes", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetVotes is a free data retrieval call binding the contract method 0x9ab24eb0.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (_StakeVotes *StakeVotesSession) GetVotes(account common.Address) (*big.Int, error) {
	return _StakeVotes.Contract.GetVotes(&_StakeVotes.CallOpts, account)
}

// GetVotes is a free data retrieval call binding the contract method 0x9ab24eb0.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (_StakeVotes *StakeVotesCallerSession) GetVotes(account common.Address) (*big.Int, error) {
	return _StakeVotes.Contract.GetVotes(&_StakeVotes.CallOpts, account)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_StakeVotes *StakeVotesCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _StakeVotes.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_StakeVotes *StakeVotesSession) Name() (string, error) {
	return _StakeVotes.Contract.Name(&_StakeVotes.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_StakeVotes *StakeVotesCallerSession) Name() (string, error) {
	return _StakeVotes.Contract.Name(&_StakeVotes.CallOpts)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_StakeVotes *StakeVotesCaller) Nonces(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _StakeVotes.contract.Call(opts, &out, "nonces", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_StakeVotes *StakeVotesSession) Nonces(owner common.Address) (*big.Int, error) {
	return _StakeVotes.Contract.Nonces(&_StakeVotes.CallOpts, owner)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_StakeVotes *StakeVotesCallerSession) Nonces(owner common.Address) (*big.Int, error) {
	return _StakeVotes.Contract.Nonces(&_StakeVotes.CallOpts, owner)
}

// NumCheckpoints is a free data retrieval call binding the contract method 0x6fcfff45.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (_StakeVotes *StakeVotesCaller) NumCheckpoints(opts *bind.CallOpts, account common.Address) (uint32, error) {
	var out []interface{}
	err := _StakeVotes.contract.Call(opts, &out, "numCheckpoints", account)

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// NumCheckpoints is a free data retrieval call binding the contract method 0x6fcfff45.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (_StakeVotes *StakeVotesSession) NumCheckpoints(account common.Address) (uint32, error) {
	return _StakeVotes.Contract.NumCheckpoints(&_StakeVotes.CallOpts, account)
}

// NumCheckpoints is a free data retrieval call binding the contract method 0x6fcfff45.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (_StakeVotes *StakeVotesCallerSession) NumCheckpoints(account common.Address) (uint32, error) {
	return _StakeVotes.Contract.NumCheckpoints(&_StakeVotes.CallOpts, account)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_StakeVotes *StakeVotesCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _StakeVotes.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_StakeVotes *StakeVotesSession) Symbol() (string, error) {
	return _StakeVotes.Contract.Symbol(&_StakeVotes.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_StakeVotes *StakeVotesCallerSession) Symbol() (string, error) {
	return _StakeVotes.Contract.Symbol(&_StakeVotes.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_StakeVotes *StakeVotesCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StakeVotes.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_StakeVotes *StakeVotesSession) TotalSupply() (*big.Int, error) {
	return _StakeVotes.Contract.TotalSupply(&_StakeVotes.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_StakeVotes *StakeVotesCallerSession) TotalSupply() (*big.Int, error) {
	return _StakeVotes.Contract.TotalSupply(&_StakeVotes.CallOpts)
}

// Underlying is a free data retrieval call binding the contract method 0x6f307dc3.
//
// Solidity: function underlying() view returns(address)
func (_StakeVotes *StakeVotesCaller) Underlying(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _StakeVotes.contract.Call(opts, &out, "underlying")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Underlying is a free data retrieval call binding the contract method 0x6f307dc3.
//
// Solidity: function underlying() view returns(address)
func (_StakeVotes *StakeVotesSession) Underlying() (common.Address, error) {
	return _StakeVotes.Contract.Underlying(&_StakeVotes.CallOpts)
}

// Underlying is a free data retrieval call binding the contract method 0x6f307dc3.
//
// Solidity: function underlying() view returns(address)
func (_StakeVotes *StakeVotesCallerSession) Underlying() (common.Address, error) {
	return _StakeVotes.Contract.Underlying(&_StakeVotes.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_StakeVotes *StakeVotesTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _StakeVotes.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_StakeVotes *StakeVotesSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _StakeVotes.Contract.Approve(&_StakeVotes.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_StakeVotes *StakeVotesTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _StakeVotes.Contract.Approve(&_StakeVotes.TransactOpts, spender, value)
}

// Delegate is a paid mutator transaction binding the contract method 0x5c19a95c.
//
// Solidity: function delegate(address delegatee) returns()
func (_StakeVotes *StakeVotesTransactor) Delegate(opts *bind.TransactOpts, delegatee common.Address) (*types.Transaction, error) {
	return _StakeVotes.contract.Transact(opts, "delegate", delegatee)
}

// Delegate is a paid mutator transaction binding the contract method 0x5c19a95c.
//
// Solidity: function delegate(address delegatee) returns()
func (_StakeVotes *StakeVotesSession) Delegate(delegatee common.Address) (*types.Transaction, error) {
	return _StakeVotes.Contract.Delegate(&_StakeVotes.TransactOpts, delegatee)
}

// Delegate is a paid mutator transaction binding the contract method 0x5c19a95c.
//
// Solidity: function delegate(address delegatee) returns()
func (_StakeVotes *StakeVotesTransactorSession) Delegate(delegatee common.Address) (*types.Transaction, error) {
	return _StakeVotes.Contract.Delegate(&_StakeVotes.TransactOpts, delegatee)
}

// DelegateBySig is a paid mutator transaction binding the contract method 0xc3cda520.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (_StakeVotes *StakeVotesTransactor) DelegateBySig(opts *bind.TransactOpts, delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _StakeVotes.contract.Transact(opts, "delegateBySig", delegatee, nonce, expiry, v, r, s)
}

// DelegateBySig is a paid mutator transaction binding the contract method 0xc3cda520.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (_StakeVotes *StakeVotesSession) DelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _StakeVotes.Contract.DelegateBySig(&_StakeVotes.TransactOpts, delegatee, nonce, expiry, v, r, s)
}

// DelegateBySig is a paid mutator transaction binding the contract method 0xc3cda520.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (_StakeVotes *StakeVotesTransactorSession) DelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _StakeVotes.Contract.DelegateBySig(&_StakeVotes.TransactOpts, delegatee, nonce, expiry, v, r, s)
}

// DepositFor is a paid mutator transaction binding the contract method 0x2f4f21e2.
//
// Solidity: function depositFor(address account, uint256 value) returns(bool)
func (_StakeVotes *StakeVotesTransactor) DepositFor(opts *bind.TransactOpts, account common.Address, value *big.Int) (*types.Transaction, error) {
	return _StakeVotes.contract.Transact(opts, "depositFor", account, value)
}

// DepositFor is a paid mutator transaction binding the contract method 0x2f4f21e2.
//
// Solidity: function depositFor(address account, uint256 value) returns(bool)
func (_StakeVotes *StakeVotesSession) DepositFor(account common.Address, value *big.Int) (*types.Transaction, error) {
	return _StakeVotes.Contract.DepositFor(&_StakeVotes.TransactOpts, account, value)
}

// DepositFor is a paid mutator transaction binding the contract method 0x2f4f21e2.
//
// Solidity: function depositFor(address account, uint256 value) returns(bool)
func (_StakeVotes *StakeVotesTransactorSession) DepositFor(account common.Address, value *big.Int) (*types.Transaction, error) {
	return _StakeVotes.Contract.DepositFor(&_StakeVotes.TransactOpts, account, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_StakeVotes *StakeVotesTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _StakeVotes.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_StakeVotes *StakeVotesSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _StakeVotes.Contract.Transfer(&_StakeVotes.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_StakeVotes *StakeVotesTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _StakeVotes.Contract.Transfer(&_StakeVotes.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_StakeVotes *StakeVotesTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _StakeVotes.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_StakeVotes *StakeVotesSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _StakeVotes.Contract.TransferFrom(&_StakeVotes.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_StakeVotes *StakeVotesTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _StakeVotes.Contract.TransferFrom(&_StakeVotes.TransactOpts, from, to, value)
}

// WithdrawTo is a paid mutator transaction binding the contract method 0x205c2878.
//
// Solidity: function withdrawTo(address account, uint256 value) returns(bool)
func (_StakeVotes *StakeVotesTransactor) WithdrawTo(opts *bind.TransactOpts, account common.Address, value *big.Int) (*types.Transaction, error) {
	return _StakeVotes.contract.Transact(opts, "withdrawTo", account, value)
}

// WithdrawTo is a paid mutator transaction binding the contract method 0x205c2878.
//
// Solidity: function withdrawTo(address account, uint256 value) returns(bool)
func (_StakeVotes *StakeVotesSession) WithdrawTo(account common.Address, value *big.Int) (*types.Transaction, error) {
	return _StakeVotes.Contract.WithdrawTo(&_StakeVotes.TransactOpts, account, value)
}

// WithdrawTo is a paid mutator transaction binding the contract method 0x205c2878.
//
// Solidity: function withdrawTo(address account, uint256 value) returns(bool)
func (_StakeVotes *StakeVotesTransactorSession) WithdrawTo(account common.Address, value *big.Int) (*types.Transaction, error) {
	return _StakeVotes.Contract.WithdrawTo(&_StakeVotes.TransactOpts, account, value)
}

// StakeVotesApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the StakeVotes contract.
type StakeVotesApprovalIterator struct {
	Event *StakeVotesApproval // Event containing the contract specifics and raw log

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
func (it *StakeVotesApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakeVotesApproval)
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
		it.Event = new(StakeVotesApproval)
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
func (it *StakeVotesApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakeVotesApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakeVotesApproval represents a Approval event raised by the StakeVotes contract.
type StakeVotesApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_StakeVotes *StakeVotesFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*StakeVotesApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _StakeVotes.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &StakeVotesApprovalIterator{contract: _StakeVotes.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_StakeVotes *StakeVotesFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *StakeVotesApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _StakeVotes.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakeVotesApproval)
				if err := _StakeVotes.contract.UnpackLog(event, "Approval", log); err != nil {
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

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_StakeVotes *StakeVotesFilterer) ParseApproval(log types.Log) (*StakeVotesApproval, error) {
	event := new(StakeVotesApproval)
	if err := _StakeVotes.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakeVotesDelegateChangedIterator is returned from FilterDelegateChanged and is used to iterate over the raw logs and unpacked data for DelegateChanged events raised by the StakeVotes contract.
type StakeVotesDelegateChangedIterator struct {
	Event *StakeVotesDelegateChanged // Event containing the contract specifics and raw log

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
func (it *StakeVotesDelegateChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakeVotesDelegateChanged)
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
		it.Event = new(StakeVotesDelegateChanged)
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
func (it *StakeVotesDelegateChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakeVotesDelegateChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakeVotesDelegateChanged represents a DelegateChanged event raised by the StakeVotes contract.
type StakeVotesDelegateChanged struct {
	Delegator    common.Address
	FromDelegate common.Address
	ToDelegate   common.Address
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterDelegateChanged is a free log retrieval operation binding the contract event 0x3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f.
//
// Solidity: event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)
func (_StakeVotes *StakeVotesFilterer) FilterDelegateChanged(opts *bind.FilterOpts, delegator []common.Address, fromDelegate []common.Address, toDelegate []common.Address) (*StakeVotesDelegateChangedIterator, error) {

	var delegatorRule []interface{}
	for _, delegatorItem := range delegator {
		delegatorRule = append(delegatorRule, delegatorItem)
	}
	var fromDelegateRule []interface{}
	for _, fromDelegateItem := range fromDelegate {
		fromDelegateRule = append(fromDelegateRule, fromDelegateItem)
	}
	var toDelegateRule []interface{}
	for _, toDelegateItem := range toDelegate {
		toDelegateRule = append(toDelegateRule, toDelegateItem)
	}

	logs, sub, err := _StakeVotes.contract.FilterLogs(opts, "DelegateChanged", delegatorRule, fromDelegateRule, toDelegateRule)
	if err != nil {
		return nil, err
	}
	return &StakeVotesDelegateChangedIterator{contract: _StakeVotes.contract, event: "DelegateChanged", logs: logs, sub: sub}, nil
}

// WatchDelegateChanged is a free log subscription operation binding the contract event 0x3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f.
//
// Solidity: event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)
func (_StakeVotes *StakeVotesFilterer) WatchDelegateChanged(opts *bind.WatchOpts, sink chan<- *StakeVotesDelegateChanged, delegator []common.Address, fromDelegate []common.Address, toDelegate []common.Address) (event.Subscription, error) {

	var delegatorRule []interface{}
	for _, delegatorItem := range delegator {
		delegatorRule = append(delegatorRule, delegatorItem)
	}
	var fromDelegateRule []interface{}
	for _, fromDelegateItem := range fromDelegate {
		fromDelegateRule = append(fromDelegateRule, fromDelegateItem)
	}
	var toDelegateRule []interface{}
	for _, toDelegateItem := range toDelegate {
		toDelegateRule = append(toDelegateRule, toDelegateItem)
	}

	logs, sub, err := _StakeVotes.contract.WatchLogs(opts, "DelegateChanged", delegatorRule, fromDelegateRule, toDelegateRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakeVotesDelegateChanged)
				if err := _StakeVotes.contract.UnpackLog(event, "DelegateChanged", log); err != nil {
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

// ParseDelegateChanged is a log parse operation binding the contract event 0x3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f.
//
// Solidity: event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)
func (_StakeVotes *StakeVotesFilterer) ParseDelegateChanged(log types.Log) (*StakeVotesDelegateChanged, error) {
	event := new(StakeVotesDelegateChanged)
	if err := _StakeVotes.contract.UnpackLog(event, "DelegateChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakeVotesDelegateVotesChangedIterator is returned from FilterDelegateVotesChanged and is used to iterate over the raw logs and unpacked data for DelegateVotesChanged events raised by the StakeVotes contract.
type StakeVotesDelegateVotesChangedIterator struct {
	Event *StakeVotesDelegateVotesChanged // Event containing the contract specifics and raw log

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
func (it *StakeVotesDelegateVotesChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakeVotesDelegateVotesChanged)
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
		it.Event = new(StakeVotesDelegateVotesChanged)
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
func (it *StakeVotesDelegateVotesChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakeVotesDelegateVotesChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakeVotesDelegateVotesChanged represents a DelegateVotesChanged event raised by the StakeVotes contract.
type StakeVotesDelegateVotesChanged struct {
	Delegate      common.Address
	PreviousVotes *big.Int
	NewVotes      *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterDelegateVotesChanged is a free log retrieval operation binding the contract event 0xdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724.
//
// Solidity: event DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes)
func (_StakeVotes *StakeVotesFilterer) FilterDelegateVotesChanged(opts *bind.FilterOpts, delegate []common.Address) (*StakeVotesDelegateVotesChangedIterator, error) {

	var delegateRule []interface{}
	for _, delegateItem := range delegate {
		delegateRule = append(delegateRule, delegateItem)
	}

	logs, sub, err := _StakeVotes.contract.FilterLogs(opts, "DelegateVotesChanged", delegateRule)
	if err != nil {
		return nil, err
	}
	return &StakeVotesDelegateVotesChangedIterator{contract: _StakeVotes.contract, event: "DelegateVotesChanged", logs: logs, sub: sub}, nil
}

// WatchDelegateVotesChanged is a free log subscription operation binding the contract event 0xdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724.
//
// Solidity: event DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes)
func (_StakeVotes *StakeVotesFilterer) WatchDelegateVotesChanged(opts *bind.WatchOpts, sink chan<- *StakeVotesDelegateVotesChanged, delegate []common.Address) (event.Subscription, error) {

	var delegateRule []interface{}
	for _, delegateItem := range delegate {
		delegateRule = append(delegateRule, delegateItem)
	}

	logs, sub, err := _StakeVotes.contract.WatchLogs(opts, "DelegateVotesChanged", delegateRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakeVotesDelegateVotesChanged)
				if err := _StakeVotes.contract.UnpackLog(event, "DelegateVotesChanged", log); err != nil {
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

// ParseDelegateVotesChanged is a log parse operation binding the contract event 0xdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724.
//
// Solidity: event DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes)
func (_StakeVotes *StakeVotesFilterer) ParseDelegateVotesChanged(log types.Log) (*StakeVotesDelegateVotesChanged, error) {
	event := new(StakeVotesDelegateVotesChanged)
	if err := _StakeVotes.contract.UnpackLog(event, "DelegateVotesChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakeVotesEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the StakeVotes contract.
type StakeVotesEIP712DomainChangedIterator struct {
	Event *StakeVotesEIP712DomainChanged // Event containing the contract specifics and raw log

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
func (it *StakeVotesEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakeVotesEIP712DomainChanged)
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
		it.Event = new(StakeVotesEIP712DomainChanged)
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
func (it *StakeVotesEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakeVotesEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakeVotesEIP712DomainChanged represents a EIP712DomainChanged event raised by the StakeVotes contract.
type StakeVotesEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_StakeVotes *StakeVotesFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*StakeVotesEIP712DomainChangedIterator, error) {

	logs, sub, err := _StakeVotes.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &StakeVotesEIP712DomainChangedIterator{contract: _StakeVotes.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_StakeVotes *StakeVotesFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *StakeVotesEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _StakeVotes.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakeVotesEIP712DomainChanged)
				if err := _StakeVotes.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
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

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_StakeVotes *StakeVotesFilterer) ParseEIP712DomainChanged(log types.Log) (*StakeVotesEIP712DomainChanged, error) {
	event := new(StakeVotesEIP712DomainChanged)
	if err := _StakeVotes.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StakeVotesTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the StakeVotes contract.
type StakeVotesTransferIterator struct {
	Event *StakeVotesTransfer // Event containing the contract specifics and raw log

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
func (it *StakeVotesTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StakeVotesTransfer)
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
		it.Event = new(StakeVotesTransfer)
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
func (it *StakeVotesTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StakeVotesTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StakeVotesTransfer represents a Transfer event raised by the StakeVotes contract.
type StakeVotesTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_StakeVotes *StakeVotesFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*StakeVotesTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _StakeVotes.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &StakeVotesTransferIterator{contract: _StakeVotes.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_StakeVotes *StakeVotesFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *StakeVotesTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _StakeVotes.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StakeVotesTransfer)
				if err := _StakeVotes.contract.UnpackLog(event, "Transfer", log); err != nil {
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

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_StakeVotes *StakeVotesFilterer) ParseTransfer(log types.Log) (*StakeVotesTransfer, error) {
	event := new(StakeVotesTransfer)
	if err := _StakeVotes.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
