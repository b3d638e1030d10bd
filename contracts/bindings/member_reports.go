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

// MemberReportsMetaData contains all meta data concerning the MemberReports contract.
var MemberReportsMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractClusterRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"timeout\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"nodeIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"MissingMemberReported\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timeout\",\"type\":\"uint64\"}],\"name\":\"MissingMemberTimeoutChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"RewardsPoolChanged\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"missingMemberTimeout\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractClusterRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"nodeIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"reportDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"nodeIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"name\":\"reportMissing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardsPool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"v\",\"type\":\"uint64\"}],\"name\":\"setMissingMemberTimeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"setRewardsPool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610180604052348015610010575f5ffd5b50604051611eff380380611eff83398101604081905261002f91610297565b604080518082018252601381527f4349464552204d656d6265725265706f72747300000000000000000000000000602080830191909152825180840190935260018352603160f81b9083015290610086825f610228565b61012052610095816001610228565b61014052815160208084019190912060e052815190820120610100524660a05261012160e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b0382166101785760405162461bcd60e51b815260206004820152601060248201526f5265676973747279206973207a65726f60801b60448201526064015b60405180910390fd5b5f816001600160401b0316116101c25760405162461bcd60e51b815260206004820152600f60248201526e54696d656f7574206973207a65726f60881b604482015260640161016f565b6001600160a01b03821661016052600280546001600160401b0319166001600160401b0383169081179091556040519081527fe439cfb382903cf01ae307fba399b423165930ffb9bd6e144a13946b2eaaa9669060200160405180910390a1505061048f565b5f6020835110156102435761023c8361025a565b9050610254565b8161024e848261037d565b5060ff90505b92915050565b5f5f829050601f81511115610284578260405163305a27a960e01b815260040161016f9190610437565b805161028f8261046c565b179392505050565b5f5f604083850312156102a8575f5ffd5b82516001600160a01b03811681146102be575f5ffd5b60208401519092506001600160401b03811681146102da575f5ffd5b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061030d57607f821691505b60208210810361032b57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561037857805f5260205f20601f840160051c810160208510156103565750805b601f840160051c820191505b81811015610375575f8155600101610362565b50505b505050565b81516001600160401b03811115610396576103966102e5565b6103aa816103a484546102f9565b84610331565b6020601f8211600181146103dc575f83156103c55750848201515b5f19600385901b1c1916600184901b178455610375565b5f84815260208120601f198516915b8281101561040b57878501518255602094850194600190920191016103eb565b508482101561042857868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561032b575f1960209190910360031b1b16919050565b60805160a05160c05160e051610100516101205161014051610160516119d061052f5f395f818160e6015281816102020152818161038001528181610402015281816105b1015281816106be0152818161077a0152818161089b0152818161095201528181610a5d0152610c9c01525f610e4c01525f610e1b01525f610f7301525f610f4b01525f610ea601525f610ed001525f610efa01526119d05ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c806384b0196e1161005857806384b0196e1461011d5780639850630414610138578063c0f7188d1461014b578063d2a948ae1461015e575f5ffd5b80630359fea914610089578063075f60ef146100c05780637b103999146100e15780637c00029314610108575b5f5ffd5b6002546100a390600160401b90046001600160a01b031681565b6040516001600160a01b0390911681526020015b60405180910390f35b6100d36100ce3660046112c2565b610189565b6040519081526020016100b7565b6100a37f000000000000000000000000000000000000000000000000000000000000000081565b61011b610116366004611315565b610200565b005b61012561033b565b6040516100b79796959493929190611365565b61011b6101463660046113fb565b61037d565b61011b610159366004611416565b610597565b600254610171906001600160401b031681565b6040516001600160401b0390911681526020016100b7565b604080517fbaa46bd3a49a093819cf75ea58d37bcac4602bf5e0f6703c7c5483b5a59b7cde602082015260ff851691810191909152606081018390526001600160401b03821660808201525f906101f89060a00160405160208183030381529060405280519060200120610de2565b949350505050565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635aa6e6756040518163ffffffff1660e01b8152600401602060405180830381865afa15801561025c573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061028091906114ac565b6001600160a01b0316336001600160a01b0316146102d65760405162461bcd60e51b815260206004820152600e60248201526d4e6f7420676f7665726e616e636560901b60448201526064015b60405180910390fd5b6002805468010000000000000000600160e01b031916600160401b6001600160a01b038416908102919091179091556040519081527f657bb19de5473f7be7de9ccbcfa6d9aabcb3cfd199aef85e949a1d8570c290ab9060200160405180910390a150565b5f6060805f5f5f606061034c610e14565b610354610e45565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633acf641e6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156103da573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103fe91906114ac565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635aa6e6756040518163ffffffff1660e01b8152600401602060405180830381865afa15801561045c573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061048091906114ac565b6001600160a01b0316336001600160a01b031614806104ba5750336001600160a01b0382161480156104ba57506001600160a01b03811615155b6104f75760405162461bcd60e51b815260206004820152600e60248201526d4e6f7420676f7665726e616e636560901b60448201526064016102cd565b5f826001600160401b0316116105415760405162461bcd60e51b815260206004820152600f60248201526e54696d656f7574206973207a65726f60881b60448201526064016102cd565b6002805467ffffffffffffffff19166001600160401b0384169081179091556040519081527fe439cfb382903cf01ae307fba399b423165930ffb9bd6e144a13946b2eaaa9669060200160405180910390a15050565b604051638eb7d14f60e01b815260ff851660048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690638eb7d14f906024015f60405180830381865afa1580156105fd573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526106249190810190611556565b80519091505f5b82518110156106605785838281518110610647576106476115eb565b602002602001015103610658578091505b60010161062b565b50815181106106a85760405162461bcd60e51b81526020600482015260146024820152732737ba10309031b63ab9ba32b91036b2b6b132b960611b60448201526064016102cd565b604051631fd92a1b60e01b8152600481018690527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690631fd92a1b90602401602060405180830381865afa15801561070b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061072f919061160a565b6001600160401b0316156107785760405162461bcd60e51b815260206004820152601060248201526f105b1c9958591e481c995c1bdc9d195960821b60448201526064016102cd565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663768977816040518163ffffffff1660e01b8152600401602060405180830381865afa1580156107d4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107f89190611625565b60ff1683101561083f5760405162461bcd60e51b8152602060048201526012602482015271546f6f20666577207369676e61747572657360701b60448201526064016102cd565b5f82516001600160401b03811115610859576108596114c7565b604051908082528060200260200182016040528015610882578160200160208202803683370190505b5090505f5b8351811015610a59578281148061094b57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316631fd92a1b8583815181106108da576108da6115eb565b60200260200101516040518263ffffffff1660e01b815260040161090091815260200190565b602060405180830381865afa15801561091b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061093f919061160a565b6001600160401b031615155b610a51575f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663f927727c868481518110610991576109916115eb565b60200260200101516040518263ffffffff1660e01b81526004016109b791815260200190565b5f60405180830381865afa1580156109d1573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526109f8919081019061175f565b905060018160e001516003811115610a1257610a1261187e565b03610a4f578060400151838381518110610a2e57610a2e6115eb565b60200260200101906001600160a01b031690816001600160a01b0316815250505b505b600101610887565b505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663766718086040518163ffffffff1660e01b8152600401602060405180830381865afa158015610ab7573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610adb919061160a565b90505f610ae9898984610189565b90505f866001600160401b03811115610b0457610b046114c7565b604051908082528060200260200182016040528015610b2d578160200160208202803683370190505b5090505f805b88811015610c85575f610b9d858c8c85818110610b5257610b526115eb565b9050602002810190610b649190611892565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610e7292505050565b9050825b895181108015610bdc5750816001600160a01b0316888281518110610bc857610bc86115eb565b60200260200101516001600160a01b031614155b15610bf35780610beb816118ef565b915050610ba1565b89518110610c435760405162461bcd60e51b815260206004820152601a60248201527f5369676e6572206e6f7420612066656c6c6f77206d656d62657200000000000060448201526064016102cd565b81858481518110610c5657610c566115eb565b6001600160a01b0390921660209283029190910190910152610c79816001611907565b93505050600101610b33565b50604051631b025b6160e31b8152600481018b90527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d812db08906024015f604051808303815f87803b158015610ce5575f5ffd5b505af1158015610cf7573d5f5f3e3d5ffd5b5050600254600160401b90046001600160a01b0316159150610d97905057600254604051631bfb574360e21b81526001600160401b0386166004820152602481018c9052600160401b9091046001600160a01b031690636fed5d0c906044016020604051808303815f875af1925050508015610d90575060408051601f3d908101601f19168201909252610d8d9181019061191a565b60015b15610d9757505b898b60ff167fd81f2ac390a82a67c1a2090ac5a0c399088892e64e7ad8216876cdea4f2f82458685604051610dcd929190611939565b60405180910390a35050505050505050505050565b5f610e0e610dee610e9a565b8360405161190160f01b8152600281019290925260228201526042902090565b92915050565b6060610e407f00000000000000000000000000000000000000000000000000000000000000005f610fc3565b905090565b6060610e407f00000000000000000000000000000000000000000000000000000000000000006001610fc3565b5f5f5f5f610e80868661106c565b925092509250610e9082826110b5565b5090949350505050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610ef257507f000000000000000000000000000000000000000000000000000000000000000046145b15610f1c57507f000000000000000000000000000000000000000000000000000000000000000090565b610e40604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b606060ff8314610fdd57610fd683611171565b9050610e0e565b818054610fe990611998565b80601f016020809104026020016040519081016040528092919081815260200182805461101590611998565b80156110605780601f1061103757610100808354040283529160200191611060565b820191905f5260205f20905b81548152906001019060200180831161104357829003601f168201915b50505050509050610e0e565b5f5f5f83516041036110a3576020840151604085015160608601515f1a611095888285856111ae565b9550955095505050506110ae565b505081515f91506002905b9250925092565b5f8260038111156110c8576110c861187e565b036110d1575050565b60018260038111156110e5576110e561187e565b036111035760405163f645eedf60e01b815260040160405180910390fd5b60028260038111156111175761111761187e565b036111385760405163fce698f760e01b8152600481018290526024016102cd565b600382600381111561114c5761114c61187e565b0361116d576040516335e2f38360e21b8152600481018290526024016102cd565b5050565b60605f61117d83611276565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156111e757505f9150600390508261126c565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611238573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661126357505f92506001915082905061126c565b92505f91508190505b9450945094915050565b5f60ff8216601f811115610e0e57604051632cd44ac360e21b815260040160405180910390fd5b60ff811681146112ab575f5ffd5b50565b6001600160401b03811681146112ab575f5ffd5b5f5f5f606084860312156112d4575f5ffd5b83356112df8161129d565b92506020840135915060408401356112f6816112ae565b809150509250925092565b6001600160a01b03811681146112ab575f5ffd5b5f60208284031215611325575f5ffd5b813561133081611301565b9392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f61138360e0830189611337565b82810360408401526113958189611337565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156113ea5783518352602093840193909201916001016113cc565b50909b9a5050505050505050505050565b5f6020828403121561140b575f5ffd5b8135611330816112ae565b5f5f5f5f60608587031215611429575f5ffd5b84356114348161129d565b93506020850135925060408501356001600160401b03811115611455575f5ffd5b8501601f81018713611465575f5ffd5b80356001600160401b0381111561147a575f5ffd5b8760208260051b840101111561148e575f5ffd5b949793965060200194505050565b80516114a781611301565b919050565b5f602082840312156114bc575f5ffd5b815161133081611301565b634e487b7160e01b5f52604160045260245ffd5b60405161016081016001600160401b03811182821017156114fe576114fe6114c7565b60405290565b604051601f8201601f191681016001600160401b038111828210171561152c5761152c6114c7565b604052919050565b5f6001600160401b0382111561154c5761154c6114c7565b5060051b60200190565b5f60208284031215611566575f5ffd5b81516001600160401b0381111561157b575f5ffd5b8201601f8101841361158b575f5ffd5b805161159e61159982611534565b611504565b8082825260208201915060208360051b8501019250868311156115bf575f5ffd5b6020840193505b828410156115e15783518252602093840193909101906115c6565b9695505050505050565b634e487b7160e01b5f52603260045260245ffd5b80516114a7816112ae565b5f6020828403121561161a575f5ffd5b8151611330816112ae565b5f60208284031215611635575f5ffd5b81516113308161129d565b5f5f6001600160401b03841115611659576116596114c7565b50601f8301601f191660200161166e81611504565b915050828152838383011115611682575f5ffd5b8282602083015e5f602084830101529392505050565b5f82601f8301126116a7575f5ffd5b61133083835160208501611640565b5f82601f8301126116c5575f5ffd5b81516116d361159982611534565b8082825260208201915060208360051b8601019250858311156116f4575f5ffd5b602085015b838110156117475780516001600160401b03811115611716575f5ffd5b8601603f81018813611726575f5ffd5b61173888602083015160408401611640565b845250602092830192016116f9565b5095945050505050565b8051600481106114a7575f5ffd5b5f6020828403121561176f575f5ffd5b81516001600160401b03811115611784575f5ffd5b82016101608185031215611796575f5ffd5b61179e6114db565b6117a78261149c565b815260208201516001600160401b038111156117c1575f5ffd5b6117cd86828501611698565b6020830152506117df6040830161149c565b6040820152606082810151908201526080808301519082015260a08201516001600160401b03811115611810575f5ffd5b61181c868285016116b6565b60a08301525060c0828101519082015261183860e08301611751565b60e082015261184a61010083016115ff565b61010082015261185d61012083016115ff565b61012082015261187061014083016115ff565b610140820152949350505050565b634e487b7160e01b5f52602160045260245ffd5b5f5f8335601e198436030181126118a7575f5ffd5b8301803591506001600160401b038211156118c0575f5ffd5b6020019150368190038213156118d4575f5ffd5b9250929050565b634e487b7160e01b5f52601160045260245ffd5b5f60018201611900576119006118db565b5060010190565b80820180821115610e0e57610e0e6118db565b5f6020828403121561192a575f5ffd5b81518015158114611330575f5ffd5b5f604082016001600160401b0385168352604060208401528084518083526060850191506020860192505f5b8181101561198c5783516001600160a01b0316835260209384019390920191600101611965565b50909695505050505050565b600181811c908216806119ac57607f821691505b6020821081036119ca57634e487b7160e01b5f52602260045260245ffd5b5091905056",
}

// MemberReportsABI is the input ABI used to generate the binding from.
// Deprecated: Use MemberReportsMetaData.ABI instead.
var MemberReportsABI = MemberReportsMetaData.ABI

// MemberReportsBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use MemberReportsMetaData.Bin instead.
var MemberReportsBin = MemberReportsMetaData.Bin

// DeployMemberReports deploys a new Ethereum contract, binding an instance of MemberReports to it.
func DeployMemberReports(auth *bind.TransactOpts, backend bind.ContractBackend, registry_ common.Address, timeout uint64) (common.Address, *types.Transaction, *MemberReports, error) {
	parsed, err := MemberReportsMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(MemberReportsBin), backend, registry_, timeout)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &MemberReports{MemberReportsCaller: MemberReportsCaller{contract: contract}, MemberReportsTransactor: MemberReportsTransactor{contract: contract}, MemberReportsFilterer: MemberReportsFilterer{contract: contract}}, nil
}

// MemberReports is an auto generated Go binding around an Ethereum contract.
type MemberReports struct {
	MemberReportsCaller     // Read-only binding to the contract
	MemberReportsTransactor // Write-only binding to the contract
	MemberReportsFilterer   // Log filterer for contract events
}

// MemberReportsCaller is an auto generated read-only Go binding around an Ethereum contract.
type MemberReportsCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MemberReportsTransactor is an auto generated write-only Go binding around an Ethereum contract.
type MemberReportsTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MemberReportsFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type MemberReportsFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MemberReportsSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type MemberReportsSession struct {
	Contract     *MemberReports    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// MemberReportsCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type MemberReportsCallerSession struct {
	Contract *MemberReportsCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// MemberReportsTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type MemberReportsTransactorSession struct {
	Contract     *MemberReportsTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// MemberReportsRaw is an auto generated low-level Go binding around an Ethereum contract.
type MemberReportsRaw struct {
	Contract *MemberReports // Generic contract binding to access the raw methods on
}

// MemberReportsCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type MemberReportsCallerRaw struct {
	Contract *MemberReportsCaller // Generic read-only contract binding to access the raw methods on
}

// MemberReportsTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type MemberReportsTransactorRaw struct {
	Contract *MemberReportsTransactor // Generic write-only contract binding to access the raw methods on
}

// NewMemberReports creates a new instance of MemberReports, bound to a specific deployed contract.
func NewMemberReports(address common.Address, backend bind.ContractBackend) (*MemberReports, error) {
	contract, err := bindMemberReports(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &MemberReports{MemberReportsCaller: MemberReportsCaller{contract: contract}, MemberReportsTransactor: MemberReportsTransactor{contract: contract}, MemberReportsFilterer: MemberReportsFilterer{contract: contract}}, nil
}

// NewMemberReportsCaller creates a new read-only instance of MemberReports, bound to a specific deployed contract.
func NewMemberReportsCaller(address common.Address, caller bind.ContractCaller) (*MemberReportsCaller, error) {
	contract, err := bindMemberReports(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &MemberReportsCaller{contract: contract}, nil
}

// NewMemberReportsTransactor creates a new write-only instance of MemberReports, bound to a specific deployed contract.
func NewMemberReportsTransactor(address common.Address, transactor bind.ContractTransactor) (*MemberReportsTransactor, error) {
	contract, err := bindMemberReports(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &MemberReportsTransactor{contract: contract}, nil
}

// NewMemberReportsFilterer creates a new log filterer instance of MemberReports, bound to a specific deployed contract.
func NewMemberReportsFilterer(address common.Address, filterer bind.ContractFilterer) (*MemberReportsFilterer, error) {
	contract, err := bindMemberReports(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &MemberReportsFilterer{contract: contract}, nil
}

// bindMemberReports binds a generic wrapper to an already deployed contract.
func bindMemberReports(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := MemberReportsMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MemberReports *MemberReportsRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MemberReports.Contract.MemberReportsCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MemberReports *MemberReportsRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MemberReports.Contract.MemberReportsTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MemberReports *MemberReportsRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MemberReports.Contract.MemberReportsTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MemberReports *MemberReportsCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MemberReports.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MemberReports *MemberReportsTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MemberReports.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MemberReports *MemberReportsTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MemberReports.Contract.contract.Transact(opts, method, params...)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_MemberReports *MemberReportsCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _MemberReports.contract.Call(opts, &out, "eip712Domain")

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
func (_MemberReports *MemberReportsSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _MemberReports.Contract.Eip712Domain(&_MemberReports.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_MemberReports *MemberReportsCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _MemberReports.Contract.Eip712Domain(&_MemberReports.CallOpts)
}

// MissingMemberTimeout is a free data retrieval call binding the contract method 0xd2a948ae.
//
// Solidity: function missingMemberTimeout() view returns(uint64)
func (_MemberReports *MemberReportsCaller) MissingMemberTimeout(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _MemberReports.contract.Call(opts, &out, "missingMemberTimeout")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MissingMemberTimeout is a free data retrieval call binding the contract method 0xd2a948ae.
//
// Solidity: function missingMemberTimeout() view returns(uint64)
func (_MemberReports *MemberReportsSession) MissingMemberTimeout() (uint64, error) {
	return _MemberReports.Contract.MissingMemberTimeout(&_MemberReports.CallOpts)
}

// MissingMemberTimeout is a free data retrieval call binding the contract method 0xd2a948ae.
//
// Solidity: function missingMemberTimeout() view returns(uint64)
func (_MemberReports *MemberReportsCallerSession) MissingMemberTimeout() (uint64, error) {
	return _MemberReports.Contract.MissingMemberTimeout(&_MemberReports.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_MemberReports *MemberReportsCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MemberReports.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_MemberReports *MemberReportsSession) Registry() (common.Address, error) {
	return _MemberReports.Contract.Registry(&_MemberReports.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_MemberReports *MemberReportsCallerSession) Registry() (common.Address, error) {
	return _MemberReports.Contract.Registry(&_MemberReports.CallOpts)
}

// ReportDigest is a free data retrieval call binding the contract method 0x075f60ef.
//
// Solidity: function reportDigest(uint8 clusterId, uint256 nodeIndex, uint64 epoch) view returns(bytes32)
func (_MemberReports *MemberReportsCaller) ReportDigest(opts *bind.CallOpts, clusterId uint8, nodeIndex *big.Int, epoch uint64) ([32]byte, error) {
	var out []interface{}
	err := _MemberReports.contract.Call(opts, &out, "reportDigest", clusterId, nodeIndex, epoch)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ReportDigest is a free data retrieval call binding the contract method 0x075f60ef.
//
// Solidity: function reportDigest(uint8 clusterId, uint256 nodeIndex, uint64 epoch) view returns(bytes32)
func (_MemberReports *MemberReportsSession) ReportDigest(clusterId uint8, nodeIndex *big.Int, epoch uint64) ([32]byte, error) {
	return _MemberReports.Contract.ReportDigest(&_MemberReports.CallOpts, clusterId, nodeIndex, epoch)
}

// ReportDigest is a free data retrieval call binding the contract method 0x075f60ef.
//
// Solidity: function reportDigest(uint8 clusterId, uint256 nodeIndex, uint64 epoch) view returns(bytes32)
func (_MemberReports *MemberReportsCallerSession) ReportDigest(clusterId uint8, nodeIndex *big.Int, epoch uint64) ([32]byte, error) {
	return _MemberReports.Contract.ReportDigest(&_MemberReports.CallOpts, clusterId, nodeIndex, epoch)
}

// RewardsPool is a free data retrieval call binding the contract method 0x0359fea9.
//
// Solidity: function rewardsPool() view returns(address)
func (_MemberReports *MemberReportsCaller) RewardsPool(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MemberReports.contract.Call(opts, &out, "rewardsPool")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// RewardsPool is a free data retrieval call binding the contract method 0x0359fea9.
//
// Solidity: function rewardsPool() view returns(address)
func (_MemberReports *MemberReportsSession) RewardsPool() (common.Address, error) {
	return _MemberReports.Contract.RewardsPool(&_MemberReports.CallOpts)
}

// RewardsPool is a free data retrieval call binding the contract method 0x0359fea9.
//
// Solidity: function rewardsPool() view returns(address)
func (_MemberReports *MemberReportsCallerSession) RewardsPool() (common.Address, error) {
	return _MemberReports.Contract.RewardsPool(&_MemberReports.CallOpts)
}

// ReportMissing is a paid mutator transaction binding the contract method 0xc0f7188d.
//
// Solidity: function reportMissing(uint8 clusterId, uint256 nodeIndex, bytes[] signatures) returns()
func (_MemberReports *MemberReportsTransactor) ReportMissing(opts *bind.TransactOpts, clusterId uint8, nodeIndex *big.Int, signatures [][]byte) (*types.Transaction, error) {
	return _MemberReports.contract.Transact(opts, "reportMissing", clusterId, nodeIndex, signatures)
}

// ReportMissing is a paid mutator transaction binding the contract method 0xc0f7188d.
//
// Solidity: function reportMissing(uint8 clusterId, uint256 nodeIndex, bytes[] signatures) returns()
func (_MemberReports *MemberReportsSession) ReportMissing(clusterId uint8, nodeIndex *big.Int, signatures [][]byte) (*types.Transaction, error) {
	return _MemberReports.Contract.ReportMissing(&_MemberReports.TransactOpts, clusterId, nodeIndex, signatures)
}

// ReportMissing is a paid mutator transaction binding the contract method 0xc0f7188d.
//
// Solidity: function reportMissing(uint8 clusterId, uint256 nodeIndex, bytes[] signatures) returns()
func (_MemberReports *MemberReportsTransactorSession) ReportMissing(clusterId uint8, nodeIndex *big.Int, signatures [][]byte) (*types.Transaction, error) {
	return _MemberReports.Contract.ReportMissing(&_MemberReports.TransactOpts, clusterId, nodeIndex, signatures)
}

// SetMissingMemberTimeout is a paid mutator transaction binding the contract method 0x98506304.
//
// Solidity: function setMissingMemberTimeout(uint64 v) returns()
func (_MemberReports *MemberReportsTransactor) SetMissingMemberTimeout(opts *bind.TransactOpts, v uint64) (*types.Transaction, error) {
	return _MemberReports.contract.Transact(opts, "setMissingMemberTimeout", v)
}

// SetMissingMemberTimeout is a paid mutator transaction binding the contract method 0x98506304.
//
// Solidity: function setMissingMemberTimeout(uint64 v) returns()
func (_MemberReports *MemberReportsSession) SetMissingMemberTimeout(v uint64) (*types.Transaction, error) {
	return _MemberReports.Contract.SetMissingMemberTimeout(&_MemberReports.TransactOpts, v)
}

// SetMissingMemberTimeout is a paid mutator transaction binding the contract method 0x98506304.
//
// Solidity: function setMissingMemberTimeout(uint64 v) returns()
func (_MemberReports *MemberReportsTransactorSession) SetMissingMemberTimeout(v uint64) (*types.Transaction, error) {
	return _MemberReports.Contract.SetMissingMemberTimeout(&_MemberReports.TransactOpts, v)
}

// SetRewardsPool is a paid mutator transaction binding the contract method 0x7c000293.
//
// Solidity: function setRewardsPool(address pool) returns()
func (_MemberReports *MemberReportsTransactor) SetRewardsPool(opts *bind.TransactOpts, pool common.Address) (*types.Transaction, error) {
	return _MemberReports.contract.Transact(opts, "setRewardsPool", pool)
}

// SetRewardsPool is a paid mutator transaction binding the contract method 0x7c000293.
//
// Solidity: function setRewardsPool(address pool) returns()
func (_MemberReports *MemberReportsSession) SetRewardsPool(pool common.Address) (*types.Transaction, error) {
	return _MemberReports.Contract.SetRewardsPool(&_MemberReports.TransactOpts, pool)
}

// SetRewardsPool is a paid mutator transaction binding the contract method 0x7c000293.
//
// Solidity: function setRewardsPool(address pool) returns()
func (_MemberReports *MemberReportsTransactorSession) SetRewardsPool(pool common.Address) (*types.Transaction, error) {
	return _MemberReports.Contract.SetRewardsPool(&_MemberReports.TransactOpts, pool)
}

// MemberReportsEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the MemberReports contract.
type MemberReportsEIP712DomainChangedIterator struct {
	Event *MemberReportsEIP712DomainChanged // Event containing the contract specifics and raw log

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
func (it *MemberReportsEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MemberReportsEIP712DomainChanged)
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
		it.Event = new(MemberReportsEIP712DomainChanged)
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
func (it *MemberReportsEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MemberReportsEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MemberReportsEIP712DomainChanged represents a EIP712DomainChanged event raised by the MemberReports contract.
type MemberReportsEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_MemberReports *MemberReportsFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*MemberReportsEIP712DomainChangedIterator, error) {

	logs, sub, err := _MemberReports.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &MemberReportsEIP712DomainChangedIterator{contract: _MemberReports.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_MemberReports *MemberReportsFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *MemberReportsEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _MemberReports.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MemberReportsEIP712DomainChanged)
				if err := _MemberReports.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
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
func (_MemberReports *MemberReportsFilterer) ParseEIP712DomainChanged(log types.Log) (*MemberReportsEIP712DomainChanged, error) {
	event := new(MemberReportsEIP712DomainChanged)
	if err := _MemberReports.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MemberReportsMissingMemberReportedIterator is returned from FilterMissingMemberReported and is used to iterate over the raw logs and unpacked data for MissingMemberReported events raised by the MemberReports contract.
type MemberReportsMissingMemberReportedIterator struct {
	Event *MemberReportsMissingMemberReported // Event containing the contract specifics and raw log

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
func (it *MemberReportsMissingMemberReportedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MemberReportsMissingMemberReported)
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
		it.Event = new(MemberReportsMissingMemberReported)
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
func (it *MemberReportsMissingMemberReportedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MemberReportsMissingMemberReportedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MemberReportsMissingMemberReported represents a MissingMemberReported event raised by the MemberReports contract.
type MemberReportsMissingMemberReported struct {
	ClusterId uint8
	NodeIndex *big.Int
	Epoch     uint64
	Signers   []common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterMissingMemberReported is a free log retrieval operation binding the contract event 0xd81f2ac390a82a67c1a2090ac5a0c399088892e64e7ad8216876cdea4f2f8245.
//
// Solidity: event MissingMemberReported(uint8 indexed clusterId, uint256 indexed nodeIndex, uint64 epoch, address[] signers)
func (_MemberReports *MemberReportsFilterer) FilterMissingMemberReported(opts *bind.FilterOpts, clusterId []uint8, nodeIndex []*big.Int) (*MemberReportsMissingMemberReportedIterator, error) {

	var clusterIdRule []interface{}
	for _, clusterIdItem := range clusterId {
		clusterIdRule = append(clusterIdRule, clusterIdItem)
	}
	var nodeIndexRule []interface{}
	for _, nodeIndexItem := range nodeIndex {
		nodeIndexRule = append(nodeIndexRule, nodeIndexItem)
	}

	logs, sub, err := _MemberReports.contract.FilterLogs(opts, "MissingMemberReported", clusterIdRule, nodeIndexRule)
	if err != nil {
		return nil, err
	}
	return &MemberReportsMissingMemberReportedIterator{contract: _MemberReports.contract, event: "MissingMemberReported", logs: logs, sub: sub}, nil
}

// WatchMissingMemberReported is a free log subscription operation binding the contract event 0xd81f2ac390a82a67c1a2090ac5a0c399088892e64e7ad8216876cdea4f2f8245.
//
// Solidity: event MissingMemberReported(uint8 indexed clusterId, uint256 indexed nodeIndex, uint64 epoch, address[] signers)
func (_MemberReports *MemberReportsFilterer) WatchMissingMemberReported(opts *bind.WatchOpts, sink chan<- *MemberReportsMissingMemberReported, clusterId []uint8, nodeIndex []*big.Int) (event.Subscription, error) {

	var clusterIdRule []interface{}
	for _, clusterIdItem := range clusterId {
		clusterIdRule = append(clusterIdRule, clusterIdItem)
	}
	var nodeIndexRule []interface{}
	for _, nodeIndexItem := range nodeIndex {
		nodeIndexRule = append(nodeIndexRule, nodeIndexItem)
	}

	logs, sub, err := _MemberReports.contract.WatchLogs(opts, "MissingMemberReported", clusterIdRule, nodeIndexRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MemberReportsMissingMemberReported)
				if err := _MemberReports.contract.UnpackLog(event, "MissingMemberReported", log); err != nil {
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

// ParseMissingMemberReported is a log parse operation binding the contract event 0xd81f2ac390a82a67c1a2090ac5a0c399088892e64e7ad8216876cdea4f2f8245.
//
// Solidity: event MissingMemberReported(uint8 indexed clusterId, uint256 indexed nodeIndex, uint64 epoch, address[] signers)
func (_MemberReports *MemberReportsFilterer) ParseMissingMemberReported(log types.Log) (*MemberReportsMissingMemberReported, error) {
	event := new(MemberReportsMissingMemberReported)
	if err := _MemberReports.contract.UnpackLog(event, "MissingMemberReported", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MemberReportsMissingMemberTimeoutChangedIterator is returned from FilterMissingMemberTimeoutChanged and is used to iterate over the raw logs and unpacked data for MissingMemberTimeoutChanged events raised by the MemberReports contract.
type MemberReportsMissingMemberTimeoutChangedIterator struct {
	Event *MemberReportsMissingMemberTimeoutChanged // Event containing the contract specifics and raw log

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
func (it *MemberReportsMissingMemberTimeoutChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MemberReportsMissingMemberTimeoutChanged)
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
		it.Event = new(MemberReportsMissingMemberTimeoutChanged)
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
func (it *MemberReportsMissingMemberTimeoutChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MemberReportsMissingMemberTimeoutChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MemberReportsMissingMemberTimeoutChanged represents a MissingMemberTimeoutChanged event raised by the MemberReports contract.
type MemberReportsMissingMemberTimeoutChanged struct {
	Timeout uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterMissingMemberTimeoutChanged is a free log retrieval operation binding the contract event 0xe439cfb382903cf01ae307fba399b423165930ffb9bd6e144a13946b2eaaa966.
//
// Solidity: event MissingMemberTimeoutChanged(uint64 timeout)
func (_MemberReports *MemberReportsFilterer) FilterMissingMemberTimeoutChanged(opts *bind.FilterOpts) (*MemberReportsMissingMemberTimeoutChangedIterator, error) {

	logs, sub, err := _MemberReports.contract.FilterLogs(opts, "MissingMemberTimeoutChanged")
	if err != nil {
		return nil, err
	}
	return &MemberReportsMissingMemberTimeoutChangedIterator{contract: _MemberReports.contract, event: "MissingMemberTimeoutChanged", logs: logs, sub: sub}, nil
}

// WatchMissingMemberTimeoutChanged is a free log subscription operation binding the contract event 0xe439cfb382903cf01ae307fba399b423165930ffb9bd6e144a13946b2eaaa966.
//
// Solidity: event MissingMemberTimeoutChanged(uint64 timeout)
func (_MemberReports *MemberReportsFilterer) WatchMissingMemberTimeoutChanged(opts *bind.WatchOpts, sink chan<- *MemberReportsMissingMemberTimeoutChanged) (event.Subscription, error) {

	logs, sub, err := _MemberReports.contract.WatchLogs(opts, "MissingMemberTimeoutChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MemberReportsMissingMemberTimeoutChanged)
				if err := _MemberReports.contract.UnpackLog(event, "MissingMemberTimeoutChanged", log); err != nil {
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

// ParseMissingMemberTimeoutChanged is a log parse operation binding the contract event 0xe439cfb382903cf01ae307fba399b423165930ffb9bd6e144a13946b2eaaa966.
//
// Solidity: event MissingMemberTimeoutChanged(uint64 timeout)
func (_MemberReports *MemberReportsFilterer) ParseMissingMemberTimeoutChanged(log types.Log) (*MemberReportsMissingMemberTimeoutChanged, error) {
	event := new(MemberReportsMissingMemberTimeoutChanged)
	if err := _MemberReports.contract.UnpackLog(event, "MissingMemberTimeoutChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MemberReportsRewardsPoolChangedIterator is returned from FilterRewardsPoolChanged and is used to iterate over the raw logs and unpacked data for RewardsPoolChanged events raised by the MemberReports contract.
type MemberReportsRewardsPoolChangedIterator struct {
	Event *MemberReportsRewardsPoolChanged // Event containing the contract specifics and raw log

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
func (it *MemberReportsRewardsPoolChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MemberReportsRewardsPoolChanged)
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
		it.Event = new(MemberReportsRewardsPoolChanged)
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
func (it *MemberReportsRewardsPoolChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MemberReportsRewardsPoolChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MemberReportsRewardsPoolChanged represents a RewardsPoolChanged event raised by the MemberReports contract.
type MemberReportsRewardsPoolChanged struct {
	Pool common.Address
	Raw  types.Log // Blockchain specific contextual infos
}

// FilterRewardsPoolChanged is a free log retrieval operation binding the contract event 0x657bb19de5473f7be7de9ccbcfa6d9aabcb3cfd199aef85e949a1d8570c290ab.
//
// Solidity: event RewardsPoolChanged(address pool)
func (_MemberReports *MemberReportsFilterer) FilterRewardsPoolChanged(opts *bind.FilterOpts) (*MemberReportsRewardsPoolChangedIterator, error) {

	logs, sub, err := _MemberReports.contract.FilterLogs(opts, "RewardsPoolChanged")
	if err != nil {
		return nil, err
	}
	return &MemberReportsRewardsPoolChangedIterator{contract: _MemberReports.contract, event: "RewardsPoolChanged", logs: logs, sub: sub}, nil
}

// WatchRewardsPoolChanged is a free log subscription operation binding the contract event 0x657bb19de5473f7be7de9ccbcfa6d9aabcb3cfd199aef85e949a1d8570c290ab.
//
// Solidity: event RewardsPoolChanged(address pool)
func (_MemberReports *MemberReportsFilterer) WatchRewardsPoolChanged(opts *bind.WatchOpts, sink chan<- *MemberReportsRewardsPoolChanged) (event.Subscription, error) {

	logs, sub, err := _MemberReports.contract.WatchLogs(opts, "RewardsPoolChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MemberReportsRewardsPoolChanged)
				if err := _MemberReports.contract.UnpackLog(event, "RewardsPoolChanged", log); err != nil {
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

// ParseRewardsPoolChanged is a log parse operation binding the contract event 0x657bb19de5473f7be7de9ccbcfa6d9aabcb3cfd199aef85e949a1d8570c290ab.
//
// Solidity: event RewardsPoolChanged(address pool)
func (_MemberReports *MemberReportsFilterer) ParseRewardsPoolChanged(log types.Log) (*MemberReportsRewardsPoolChanged, error) {
	event := new(MemberReportsRewardsPoolChanged)
	if err := _MemberReports.contract.UnpackLog(event, "RewardsPoolChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
