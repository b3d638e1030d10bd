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

// SecretsControllerMetaData contains all meta data concerning the SecretsController contract.
var SecretsControllerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIBlackBoxAuthority\",\"name\":\"authority\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"creationFee\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"authority\",\"type\":\"address\"}],\"name\":\"BlackBoxAuthorityChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"secretType\",\"type\":\"uint8\"}],\"name\":\"DefaultSecretTypeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"secretId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newDelegate\",\"type\":\"address\"}],\"name\":\"DelegateUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FeesWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousGovernance\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"GovernanceTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousGovernance\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"ParametersGovernanceChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"RewardsPoolChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"secretId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"secretType\",\"type\":\"uint8\"}],\"name\":\"SecretCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"SecretCreationFeeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"secretId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"SecretOwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"secretId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"publicKeyCid\",\"type\":\"string\"}],\"name\":\"SecretSynced\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"blackBoxAuthority\",\"outputs\":[{\"internalType\":\"contractIBlackBoxAuthority\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"secretType\",\"type\":\"uint8\"}],\"name\":\"createSecret\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"createSecret\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultSecretType\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"secretId\",\"type\":\"uint256\"}],\"name\":\"getDelegate\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"secretId\",\"type\":\"uint256\"}],\"name\":\"getSecretOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"secretId\",\"type\":\"uint256\"}],\"name\":\"getSecretState\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"delegate\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"isSyncing\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"secretType\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"publicKeyCid\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"getSecretsByWallet\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"owned\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"delegated\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"getSecretsCountByWallet\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"secretId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"publicKeyCid\",\"type\":\"string\"}],\"name\":\"markSecretSynced\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextSecretId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"parametersGovernance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardsPool\",\"outputs\":[{\"internalType\":\"contractIRewardsPool\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"secretCreationFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"secrets\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"delegate\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"isSyncing\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"clusterId\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"secretType\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"publicKeyCid\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIBlackBoxAuthority\",\"name\":\"authority\",\"type\":\"address\"}],\"name\":\"setBlackBoxAuthority\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"secretType\",\"type\":\"uint8\"}],\"name\":\"setDefaultSecretType\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"secretId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"newDelegate\",\"type\":\"address\"}],\"name\":\"setDelegate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newParametersGovernance\",\"type\":\"address\"}],\"name\":\"setParametersGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIRewardsPool\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"setRewardsPool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"setSecretCreationFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"transferGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"secretId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferSecret\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawFees\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x608060405260018055348015610013575f5ffd5b50604051611bfd380380611bfd83398101604081905261003291610105565b60038054610100600160a81b03191633610100810291909117909155600480546001600160a01b0319166001600160a01b03851617905560028290556040515f907f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80908290a36040516001600160a01b038316907ff1d4dab6958844e1773e0c62f707e7944bb966153716f3b033216367524330e0905f90a26040518181527f1557c1781d9df22ab1c2289446d30469ef301046b56d622a09f3f8e46c7fc14c9060200160405180910390a1505061013c565b5f5f60408385031215610116575f5ffd5b82516001600160a01b038116811461012c575f5ffd5b6020939093015192949293505050565b611ab4806101495f395ff3fe608060405260043610610161575f3560e01c8063b9387101116100cd578063de9702a411610087578063e380e06611610062578063e380e06614610409578063e55a2c3614610428578063eaeeb0ed1461047e578063fb6189661461049d575f5ffd5b8063de9702a4146103ac578063dfd06df0146103cb578063e1f0eb8d146103ea575f5ffd5b8063b938710114610301578063c8cc12c414610316578063c9354af214610335578063d38bfff41461033d578063d3d63b511461035c578063dcc66cc21461038d575f5ffd5b80635f5f38bf1161011e5780635f5f38bf1461024757806375cec53c146102725780637c000293146102915780637c4e39a4146102b0578063818fc21f146102cf57806394dcf2e6146102e2575f5ffd5b80630359fea9146101655780630a3f4a6e146101a1578063164e68de146101c257806328e32de1146101e15780633acf641e146102045780635aa6e67514610223575b5f5ffd5b348015610170575f5ffd5b50600a54610184906001600160a01b031681565b6040516001600160a01b0390911681526020015b60405180910390f35b3480156101ac575f5ffd5b506101c06101bb366004611662565b6104ca565b005b3480156101cd575f5ffd5b506101c06101dc366004611696565b61056a565b3480156101ec575f5ffd5b506101f660015481565b604051908152602001610198565b34801561020f575f5ffd5b50600954610184906001600160a01b031681565b34801561022e575f5ffd5b506003546101849061010090046001600160a01b031681565b348015610252575f5ffd5b506003546102609060ff1681565b60405160ff9091168152602001610198565b34801561027d575f5ffd5b506101c061028c3660046116b1565b6106bd565b34801561029c575f5ffd5b506101c06102ab366004611696565b6108b4565b3480156102bb575f5ffd5b506101846102ca3660046116df565b61092c565b6101f66102dd366004611662565b610981565b3480156102ed575f5ffd5b506101c06102fc3660046116b1565b610991565b34801561030c575f5ffd5b506101f660025481565b348015610321575f5ffd5b506101c06103303660046116df565b610b38565b6101f6610bbb565b348015610348575f5ffd5b506101c0610357366004611696565b610bd1565b348015610367575f5ffd5b5061037b6103763660046116df565b610cb1565b604051610198969594939291906116f6565b348015610398575f5ffd5b506101846103a73660046116df565b610ddc565b3480156103b7575f5ffd5b5061037b6103c63660046116df565b610e30565b3480156103d6575f5ffd5b506101c06103e5366004611766565b610f06565b3480156103f5575f5ffd5b506101c0610404366004611696565b61113c565b348015610414575f5ffd5b50600454610184906001600160a01b031681565b348015610433575f5ffd5b50610469610442366004611696565b6001600160a01b03165f908152600560209081526040808320546006909252909120549091565b60408051928352602083019190915201610198565b348015610489575f5ffd5b506101c0610498366004611696565b6111b4565b3480156104a8575f5ffd5b506104bc6104b7366004611696565b61123e565b604051610198929190611823565b60035461010090046001600160a01b03163314806104fc57506009546001600160a01b0316331480156104fc57503315155b6105215760405162461bcd60e51b815260040161051890611850565b60405180910390fd5b6003805460ff191660ff83169081179091556040519081527fbed30a8c919ddb9240c1d698557f0583db56ac965555d6e949f5a9fb5cb25e69906020015b60405180910390a150565b60035461010090046001600160a01b031633146105995760405162461bcd60e51b815260040161051890611850565b6001600160a01b0381166105e35760405162461bcd60e51b8152602060048201526011602482015270526563697069656e74206973207a65726f60781b6044820152606401610518565b60405147808252906001600160a01b038316907fc0819c13be868895eb93e40eaceb96de976442fa1d404e5c55f14bb65a8c489a9060200160405180910390a25f826001600160a01b0316826040515f6040518083038185875af1925050503d805f811461066c576040519150601f19603f3d011682016040523d82523d5f602084013e610671565b606091505b50509050806106b85760405162461bcd60e51b8152602060048201526013602482015272119959481d1c985b9cd9995c8819985a5b1959606a1b6044820152606401610518565b505050565b5f8281526020819052604090205482906001600160a01b03166106f25760405162461bcd60e51b815260040161051890611878565b5f83815260208190526040902080546001600160a01b0316331461074b5760405162461bcd60e51b815260206004820152601060248201526f2737ba1039b2b1b932ba1037bbb732b960811b6044820152606401610518565b6001600160a01b0383166107955760405162461bcd60e51b81526020600482015260116024820152704e6577206f776e6572206973207a65726f60781b6044820152606401610518565b336001600160a01b038416036107e45760405162461bcd60e51b815260206004820152601460248201527320b63932b0b23c9039b2b1b932ba1037bbb732b960611b6044820152606401610518565b6107ee3385611308565b6107f883856113e2565b80546001600160a01b0319166001600160a01b0384811691909117825560018201541615610877576001810154610838906001600160a01b03168561141d565b6001810180546001600160a01b03191690556040515f9085907f8682660f5651eae4e317da0c532f4b8612a4aab7fbdda5dcade609634c78419f908390a35b6040516001600160a01b03841690339086907feb69ed772c6ac53a4d25fb83d3efd61497881f29561ce3e09de3a204c301af77905f90a450505050565b60035461010090046001600160a01b031633146108e35760405162461bcd60e51b815260040161051890611850565b600a80546001600160a01b0319166001600160a01b0383169081179091556040517f657bb19de5473f7be7de9ccbcfa6d9aabcb3cfd199aef85e949a1d8570c290ab905f90a250565b5f8181526020819052604081205482906001600160a01b03166109615760405162461bcd60e51b815260040161051890611878565b5f838152602081905260409020546001600160a01b031691505b50919050565b5f61098b826114f7565b92915050565b5f8281526020819052604090205482906001600160a01b03166109c65760405162461bcd60e51b815260040161051890611878565b5f83815260208190526040902080546001600160a01b03163314610a1f5760405162461bcd60e51b815260206004820152601060248201526f2737ba1039b2b1b932ba1037bbb732b960811b6044820152606401610518565b60018101546001600160a01b03808516911603610a735760405162461bcd60e51b815260206004820152601260248201527111195b1959d85d19481d5b98da185b99d95960721b6044820152606401610518565b60018101546001600160a01b031615610a9e576001810154610a9e906001600160a01b03168561141d565b6001810180546001600160a01b0319166001600160a01b03851690811790915515610afd576001600160a01b0383165f908152600660209081526040808320805460018101825581855283852001889055548784526008909252909120555b6040516001600160a01b0384169085907f8682660f5651eae4e317da0c532f4b8612a4aab7fbdda5dcade609634c78419f905f90a350505050565b60035461010090046001600160a01b0316331480610b6a57506009546001600160a01b031633148015610b6a57503315155b610b865760405162461bcd60e51b815260040161051890611850565b60028190556040518181527f1557c1781d9df22ab1c2289446d30469ef301046b56d622a09f3f8e46c7fc14c9060200161055f565b6003545f90610bcc9060ff166114f7565b905090565b60035461010090046001600160a01b03163314610c005760405162461bcd60e51b815260040161051890611850565b6001600160a01b038116610c4b5760405162461bcd60e51b8152602060048201526012602482015271476f7665726e616e6365206973207a65726f60701b6044820152606401610518565b6003546040516001600160a01b0380841692610100900416907f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80905f90a3600380546001600160a01b0390921661010002610100600160a81b0319909216919091179055565b5f81815260208190526040812054819081908190819060609087906001600160a01b0316610cf15760405162461bcd60e51b815260040161051890611878565b5f888152602081905260409020805460018201546002830180546001600160a01b039384169383169260ff600160a01b8204811693600160a81b8304821693600160b01b909304909116918190610d47906118a2565b80601f0160208091040260200160405190810160405280929190818152602001828054610d73906118a2565b8015610dbe5780601f10610d9557610100808354040283529160200191610dbe565b820191905f5260205f20905b815481529060010190602001808311610da157829003601f168201915b50505050509050975097509750975097509750505091939550919395565b5f8181526020819052604081205482906001600160a01b0316610e115760405162461bcd60e51b815260040161051890611878565b50505f908152602081905260409020600101546001600160a01b031690565b5f602081905290815260409020805460018201546002830180546001600160a01b03938416949383169360ff600160a01b8504811694600160a81b8104821694600160b01b90910490911692610e85906118a2565b80601f0160208091040260200160405190810160405280929190818152602001828054610eb1906118a2565b8015610efc5780601f10610ed357610100808354040283529160200191610efc565b820191905f5260205f20905b815481529060010190602001808311610edf57829003601f168201915b5050505050905086565b6004805460405163d16c16ef60e01b815233928101929092526001600160a01b03169063d16c16ef90602401602060405180830381865afa158015610f4d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f7191906118d4565b610fbd5760405162461bcd60e51b815260206004820152601860248201527f4e6f7420616e20656c656374656420426c61636b20426f7800000000000000006044820152606401610518565b5f84815260208190526040902080546001600160a01b0316610ff15760405162461bcd60e51b815260040161051890611878565b6001810154600160a01b900460ff166110445760405162461bcd60e51b815260206004820152601560248201527414d958dc995d08185b1c9958591e481cde5b98d959605a1b6044820152606401610518565b8360ff165f036110885760405162461bcd60e51b815260206004820152600f60248201526e24b73b30b634b21031b63ab9ba32b960891b6044820152606401610518565b816110cc5760405162461bcd60e51b8152602060048201526014602482015273115b5c1d1e481c1d589b1a58c81ad95e4810d25160621b6044820152606401610518565b60018101805461ffff60a01b1916600160a81b60ff871602179055600281016110f6838583611952565b508360ff16857f792957745e170c30a6d1b00d24be4300d460f1345171fec4e7155309f54f8fd1858560405161112d929190611a0c565b60405180910390a35050505050565b60035461010090046001600160a01b0316331461116b5760405162461bcd60e51b815260040161051890611850565b600480546001600160a01b0319166001600160a01b0383169081179091556040517ff1d4dab6958844e1773e0c62f707e7944bb966153716f3b033216367524330e0905f90a250565b60035461010090046001600160a01b031633146111e35760405162461bcd60e51b815260040161051890611850565b6009546040516001600160a01b038084169216907f9093d76da4c2e24de93b17a1ea2c05715613908e6bda892e5ca2024f77803e5a905f90a3600980546001600160a01b0319166001600160a01b0392909216919091179055565b6001600160a01b0381165f90815260056020908152604080832060068352928190208354825181850281018501909352808352606094859490939184918301828280156112a857602002820191905f5260205f20905b815481526020019060010190808311611294575b50505050509150808054806020026020016040519081016040528092919081815260200182805480156112f857602002820191905f5260205f20905b8154815260200190600101908083116112e4575b5050505050905091509150915091565b6001600160a01b0382165f908152600560209081526040808320848452600790925282205490919061133c90600190611a4e565b90505f82600184805490506113519190611a4e565b8154811061136157611361611a61565b905f5260205f20015490508083838154811061137f5761137f611a61565b5f91825260209091200155611395826001611a75565b5f8281526007602052604090205582548390806113b4576113b4611a88565b600190038181905f5260205f20015f9055905560075f8581526020019081526020015f205f90555050505050565b6001600160a01b039091165f908152600560209081526040808320805460018101825581855283852001859055549383526007909152902055565b6001600160a01b0382165f908152600660209081526040808320848452600890925282205490919061145190600190611a4e565b90505f82600184805490506114669190611a4e565b8154811061147657611476611a61565b905f5260205f20015490508083838154811061149457611494611a61565b5f918252602090912001556114aa826001611a75565b5f8281526008602052604090205582548390806114c9576114c9611a88565b600190038181905f5260205f20015f9055905560085f8581526020019081526020015f205f90555050505050565b5f60025434146115395760405162461bcd60e51b815260206004820152600d60248201526c496e636f72726563742066656560981b6044820152606401610518565b60018054905f61154883611a9c565b909155505f81815260208190526040902080546001600160a01b03191633908117825560018201805460ff8716600160b01b0262ff00ff60a01b1990911617600160a01b1790559192509061159d90836113e2565b60405160ff84168152339083907f37b4b901c8ebed314689cc4d38f8c7b2d893bb9c472df1598e30c7f0bef2af819060200160405180910390a361097b600a546001600160a01b031680158015906115f457505f34115b1561164a57806001600160a01b031663d0e30db0346040518263ffffffff1660e01b81526004015f604051808303818588803b158015611632575f5ffd5b505af1158015611644573d5f5f3e3d5ffd5b50505050505b50565b803560ff8116811461165d575f5ffd5b919050565b5f60208284031215611672575f5ffd5b61167b8261164d565b9392505050565b6001600160a01b038116811461164a575f5ffd5b5f602082840312156116a6575f5ffd5b813561167b81611682565b5f5f604083850312156116c2575f5ffd5b8235915060208301356116d481611682565b809150509250929050565b5f602082840312156116ef575f5ffd5b5035919050565b60018060a01b038716815260018060a01b0386166020820152841515604082015260ff8416606082015260ff8316608082015260c060a08201525f82518060c0840152806020850160e085015e5f60e0828501015260e0601f19601f830116840101915050979650505050505050565b5f5f5f5f60608587031215611779575f5ffd5b843593506117896020860161164d565b9250604085013567ffffffffffffffff8111156117a4575f5ffd5b8501601f810187136117b4575f5ffd5b803567ffffffffffffffff8111156117ca575f5ffd5b8760208284010111156117db575f5ffd5b949793965060200194505050565b5f8151808452602084019350602083015f5b828110156118195781518652602095860195909101906001016117fb565b5093949350505050565b604081525f61183560408301856117e9565b828103602084015261184781856117e9565b95945050505050565b6020808252600e908201526d4e6f7420676f7665726e616e636560901b604082015260600190565b60208082526010908201526f14d958dc995d081b9bdd08199bdd5b9960821b604082015260600190565b600181811c908216806118b657607f821691505b60208210810361097b57634e487b7160e01b5f52602260045260245ffd5b5f602082840312156118e4575f5ffd5b8151801515811461167b575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b601f8211156106b857805f5260205f20601f840160051c8101602085101561192c5750805b601f840160051c820191505b8181101561194b575f8155600101611938565b5050505050565b67ffffffffffffffff83111561196a5761196a6118f3565b61197e8361197883546118a2565b83611907565b5f601f8411600181146119af575f85156119985750838201355b5f19600387901b1c1916600186901b17835561194b565b5f83815260208120601f198716915b828110156119de57868501358255602094850194600190920191016119be565b50868210156119fa575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561098b5761098b611a3a565b634e487b7160e01b5f52603260045260245ffd5b8082018082111561098b5761098b611a3a565b634e487b7160e01b5f52603160045260245ffd5b5f60018201611aad57611aad611a3a565b506001019056",
}

// SecretsControllerABI is the input ABI used to generate the binding from.
// Deprecated: Use SecretsControllerMetaData.ABI instead.
var SecretsControllerABI = SecretsControllerMetaData.ABI

// SecretsControllerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SecretsControllerMetaData.Bin instead.
var SecretsControllerBin = SecretsControllerMetaData.Bin

// DeploySecretsController deploys a new Ethereum contract, binding an instance of SecretsController to it.
func DeploySecretsController(auth *bind.TransactOpts, backend bind.ContractBackend, authority common.Address, creationFee *big.Int) (common.Address, *types.Transaction, *SecretsController, error) {
	parsed, err := SecretsControllerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SecretsControllerBin), backend, authority, creationFee)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &SecretsController{SecretsControllerCaller: SecretsControllerCaller{contract: contract}, SecretsControllerTransactor: SecretsControllerTransactor{contract: contract}, SecretsControllerFilterer: SecretsControllerFilterer{contract: contract}}, nil
}

// SecretsController is an auto generated Go binding around an Ethereum contract.
type SecretsController struct {
	SecretsControllerCaller     // Read-only binding to the contract
	SecretsControllerTransactor // Write-only binding to the contract
	SecretsControllerFilterer   // Log filterer for contract events
}

// SecretsControllerCaller is an auto generated read-only Go binding around an Ethereum contract.
type SecretsControllerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SecretsControllerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SecretsControllerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SecretsControllerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SecretsControllerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SecretsControllerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SecretsControllerSession struct {
	Contract     *SecretsController // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// SecretsControllerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SecretsControllerCallerSession struct {
	Contract *SecretsControllerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// SecretsControllerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SecretsControllerTransactorSession struct {
	Contract     *SecretsControllerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// SecretsControllerRaw is an auto generated low-level Go binding around an Ethereum contract.
type SecretsControllerRaw struct {
	Contract *SecretsController // Generic contract binding to access the raw methods on
}

// SecretsControllerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SecretsControllerCallerRaw struct {
	Contract *SecretsControllerCaller // Generic read-only contract binding to access the raw methods on
}

// SecretsControllerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SecretsControllerTransactorRaw struct {
	Contract *SecretsControllerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSecretsController creates a new instance of SecretsController, bound to a specific deployed contract.
func NewSecretsController(address common.Address, backend bind.ContractBackend) (*SecretsController, error) {
	contract, err := bindSecretsController(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &SecretsController{SecretsControllerCaller: SecretsControllerCaller{contract: contract}, SecretsControllerTransactor: SecretsControllerTransactor{contract: contract}, SecretsControllerFilterer: SecretsControllerFilterer{contract: contract}}, nil
}

// NewSecretsControllerCaller creates a new read-only instance of SecretsController, bound to a specific deployed contract.
func NewSecretsControllerCaller(address common.Address, caller bind.ContractCaller) (*SecretsControllerCaller, error) {
	contract, err := bindSecretsController(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SecretsControllerCaller{contract: contract}, nil
}

// NewSecretsControllerTransactor creates a new write-only instance of SecretsController, bound to a specific deployed contract.
func NewSecretsControllerTransactor(address common.Address, transactor bind.ContractTransactor) (*SecretsControllerTransactor, error) {
	contract, err := bindSecretsController(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SecretsControllerTransactor{contract: contract}, nil
}

// NewSecretsControllerFilterer creates a new log filterer instance of SecretsController, bound to a specific deployed contract.
func NewSecretsControllerFilterer(address common.Address, filterer bind.ContractFilterer) (*SecretsControllerFilterer, error) {
	contract, err := bindSecretsController(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SecretsControllerFilterer{contract: contract}, nil
}

// bindSecretsController binds a generic wrapper to an already deployed contract.
func bindSecretsController(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SecretsControllerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SecretsController *SecretsControllerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SecretsController.Contract.SecretsControllerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SecretsController *SecretsControllerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SecretsController.Contract.SecretsControllerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SecretsController *SecretsControllerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SecretsController.Contract.SecretsControllerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SecretsController *SecretsControllerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SecretsController.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SecretsController *SecretsControllerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SecretsController.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SecretsController *SecretsControllerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SecretsController.Contract.contract.Transact(opts, method, params...)
}

// BlackBoxAuthority is a free data retrieval call binding the contract method 0xe380e066.
//
// Solidity: function blackBoxAuthority() view returns(address)
func (_SecretsController *SecretsControllerCaller) BlackBoxAuthority(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SecretsController.contract.Call(opts, &out, "blackBoxAuthority")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// BlackBoxAuthority is a free data retrieval call binding the contract method 0xe380e066.
//
// Solidity: function blackBoxAuthority() view returns(address)
func (_SecretsController *SecretsControllerSession) BlackBoxAuthority() (common.Address, error) {
	return _SecretsController.Contract.BlackBoxAuthority(&_SecretsController.CallOpts)
}

// BlackBoxAuthority is a free data retrieval call binding the contract method 0xe380e066.
//
// Solidity: function blackBoxAuthority() view returns(address)
func (_SecretsController *SecretsControllerCallerSession) BlackBoxAuthority() (common.Address, error) {
	return _SecretsController.Contract.BlackBoxAuthority(&_SecretsController.CallOpts)
}

// DefaultSecretType is a free data retrieval call binding the contract method 0x5f5f38bf.
//
// Solidity: function defaultSecretType() view returns(uint8)
func (_SecretsController *SecretsControllerCaller) DefaultSecretType(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _SecretsController.contract.Call(opts, &out, "defaultSecretType")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// DefaultSecretType is a free data retrieval call binding the contract method 0x5f5f38bf.
//
// Solidity: function defaultSecretType() view returns(uint8)
func (_SecretsController *SecretsControllerSession) DefaultSecretType() (uint8, error) {
	return _SecretsController.Contract.DefaultSecretType(&_SecretsController.CallOpts)
}

// DefaultSecretType is a free data retrieval call binding the contract method 0x5f5f38bf.
//
// Solidity: function defaultSecretType() view returns(uint8)
func (_SecretsController *SecretsControllerCallerSession) DefaultSecretType() (uint8, error) {
	return _SecretsController.Contract.DefaultSecretType(&_SecretsController.CallOpts)
}

// GetDelegate is a free data retrieval call binding the contract method 0xdcc66cc2.
//
// Solidity: function getDelegate(uint256 secretId) view returns(address)
func (_SecretsController *SecretsControllerCaller) GetDelegate(opts *bind.CallOpts, secretId *big.Int) (common.Address, error) {
	var out []interface{}
	err := _SecretsController.contract.Call(opts, &out, "getDelegate", secretId)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// GetDelegate is a free data retrieval call binding the contract method 0xdcc66cc2.
//
// Solidity: function getDelegate(uint256 secretId) view returns(address)
func (_SecretsController *SecretsControllerSession) GetDelegate(secretId *big.Int) (common.Address, error) {
	return _SecretsController.Contract.GetDelegate(&_SecretsController.CallOpts, secretId)
}

// GetDelegate is a free data retrieval call binding the contract method 0xdcc66cc2.
//
// Solidity: function getDelegate(uint256 secretId) view returns(address)
func (_SecretsController *SecretsControllerCallerSession) GetDelegate(secretId *big.Int) (common.Address, error) {
	return _SecretsController.Contract.GetDelegate(&_SecretsController.CallOpts, secretId)
}

// GetSecretOwner is a free data retrieval call binding the contract method 0x7c4e39a4.
//
// Solidity: function getSecretOwner(uint256 secretId) view returns(address)
func (_SecretsController *SecretsControllerCaller) GetSecretOwner(opts *bind.CallOpts, secretId *big.Int) (common.Address, error) {
	var out []interface{}
	err := _SecretsController.contract.Call(opts, &out, "getSecretOwner", secretId)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// GetSecretOwner is a free data retrieval call binding the contract method 0x7c4e39a4.
//
// Solidity: function getSecretOwner(uint256 secretId) view returns(address)
func (_SecretsController *SecretsControllerSession) GetSecretOwner(secretId *big.Int) (common.Address, error) {
	return _SecretsController.Contract.GetSecretOwner(&_SecretsController.CallOpts, secretId)
}

// GetSecretOwner is a free data retrieval call binding the contract method 0x7c4e39a4.
//
// Solidity: function getSecretOwner(uint256 secretId) view returns(address)
func (_SecretsController *SecretsControllerCallerSession) GetSecretOwner(secretId *big.Int) (common.Address, error) {
	return _SecretsController.Contract.GetSecretOwner(&_SecretsController.CallOpts, secretId)
}

// GetSecretState is a free data retrieval call binding the contract method 0xd3d63b51.
//
// Solidity: function getSecretState(uint256 secretId) view returns(address owner, address delegate, bool isSyncing, uint8 clusterId, uint8 secretType, string publicKeyCid)
func (_SecretsController *SecretsControllerCaller) GetSecretState(opts *bind.CallOpts, secretId *big.Int) (struct {
	Owner        common.Address
	Delegate     common.Address
	IsSyncing    bool
	ClusterId    uint8
	SecretType   uint8
	PublicKeyCid string
}, error) {
	var out []interface{}
	err := _SecretsController.contract.Call(opts, &out, "getSecretState", secretId)

	outstruct := new(struct {
		Owner        common.Address
		Delegate     common.Address
		IsSyncing    bool
		ClusterId    uint8
		SecretType   uint8
		PublicKeyCid string
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Delegate = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.IsSyncing = *abi.ConvertType(out[2], new(bool)).(*bool)
	outstruct.ClusterId = *abi.ConvertType(out[3], new(uint8)).(*uint8)
	outstruct.SecretType = *abi.ConvertType(out[4], new(uint8)).(*uint8)
	outstruct.PublicKeyCid = *abi.ConvertType(out[5], new(string)).(*string)

	return *outstruct, err

}

// GetSecretState is a free data retrieval call binding the contract method 0xd3d63b51.
//
// Solidity: function getSecretState(uint256 secretId) view returns(address owner, address delegate, bool isSyncing, uint8 clusterId, uint8 secretType, string publicKeyCid)
func (_SecretsController *SecretsControllerSession) GetSecretState(secretId *big.Int) (struct {
	Owner        common.Address
	Delegate     common.Address
	IsSyncing    bool
	ClusterId    uint8
	SecretType   uint8
	PublicKeyCid string
}, error) {
	return _SecretsController.Contract.GetSecretState(&_SecretsController.CallOpts, secretId)
}

// GetSecretState is a free data retrieval call binding the contract method 0xd3d63b51.
//
// Solidity: function getSecretState(uint256 secretId) view returns(address owner, address delegate, bool isSyncing, uint8 clusterId, uint8 secretType, string publicKeyCid)
func (_SecretsController *SecretsControllerCallerSession) GetSecretState(secretId *big.Int) (struct {
	Owner        common.Address
	Delegate     common.Address
	IsSyncing    bool
	ClusterId    uint8
	SecretType   uint8
	PublicKeyCid string
}, error) {
	return _SecretsController.Contract.GetSecretState(&_SecretsController.CallOpts, secretId)
}

// GetSecretsByWallet is a free data retrieval call binding the contract method 0xfb618966.
//
// Solidity: function getSecretsByWallet(address wallet) view returns(uint256[] owned, uint256[] delegated)
func (_SecretsController *SecretsControllerCaller) GetSecretsByWallet(opts *bind.CallOpts, wallet common.Address) (struct {
	Owned     []*big.Int
	Delegated []*big.Int
}, error) {
	var out []interface{}
	err := _SecretsController.contract.Call(opts, &out, "getSecretsByWallet", wallet)

	outstruct := new(struct {
		Owned     []*big.Int
		Delegated []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Owned = *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	outstruct.Delegated = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// GetSecretsByWallet is a free data retrieval call binding the contract method 0xfb618966.
//
// Solidity: function getSecretsByWallet(address wallet) view returns(uint256[] owned, uint256[] delegated)
func (_SecretsController *SecretsControllerSession) GetSecretsByWallet(wallet common.Address) (struct {
	Owned     []*big.Int
	Delegated []*big.Int
}, error) {
	return _SecretsController.Contract.GetSecretsByWallet(&_SecretsController.CallOpts, wallet)
}

// GetSecretsByWallet is a free data retrieval call binding the contract method 0xfb618966.
//
// Solidity: function getSecretsByWallet(address wallet) view returns(uint256[] owned, uint256[] delegated)
func (_SecretsController *SecretsControllerCallerSession) GetSecretsByWallet(wallet common.Address) (struct {
	Owned     []*big.Int
	Delegated []*big.Int
}, error) {
	return _SecretsController.Contract.GetSecretsByWallet(&_SecretsController.CallOpts, wallet)
}

// GetSecretsCountByWallet is a free data retrieval call binding the contract method 0xe55a2c36.
//
// Solidity: function getSecretsCountByWallet(address wallet) view returns(uint256, uint256)
func (_SecretsController *SecretsControllerCaller) GetSecretsCountByWallet(opts *bind.CallOpts, wallet common.Address) (*big.Int, *big.Int, error) {
	var out []interface{}
	err := _SecretsController.contract.Call(opts, &out, "getSecretsCountByWallet", wallet)

	if err != nil {
		return *new(*big.Int), *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	out1 := *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return out0, out1, err

}

// GetSecretsCountByWallet is a free data retrieval call binding the contract method 0xe55a2c36.
//
// Solidity: function getSecretsCountByWallet(address wallet) view returns(uint256, uint256)
func (_SecretsController *SecretsControllerSession) GetSecretsCountByWallet(wallet common.Address) (*big.Int, *big.Int, error) {
	return _SecretsController.Contract.GetSecretsCountByWallet(&_SecretsController.CallOpts, wallet)
}

// GetSecretsCountByWallet is a free data retrieval call binding the contract method 0xe55a2c36.
//
// Solidity: function getSecretsCountByWallet(address wallet) view returns(uint256, uint256)
func (_SecretsController *SecretsControllerCallerSession) GetSecretsCountByWallet(wallet common.Address) (*big.Int, *big.Int, error) {
	return _SecretsController.Contract.GetSecretsCountByWallet(&_SecretsController.CallOpts, wallet)
}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_SecretsController *SecretsControllerCaller) Governance(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SecretsController.contract.Call(opts, &out, "governance")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_SecretsController *SecretsControllerSession) Governance() (common.Address, error) {
	return _SecretsController.Contract.Governance(&_SecretsController.CallOpts)
}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_SecretsController *SecretsControllerCallerSession) Governance() (common.Address, error) {
	return _SecretsController.Contract.Governance(&_SecretsController.CallOpts)
}

// NextSecretId is a free data retrieval call binding the contract method 0x28e32de1.
//
// Solidity: function nextSecretId() view returns(uint256)
func (_SecretsController *SecretsControllerCaller) NextSecretId(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SecretsController.contract.Call(opts, &out, "nextSecretId")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// NextSecretId is a free data retrieval call binding the contract method 0x28e32de1.
//
// Solidity: function nextSecretId() view returns(uint256)
func (_SecretsController *SecretsControllerSession) NextSecretId() (*big.Int, error) {
	return _SecretsController.Contract.NextSecretId(&_SecretsController.CallOpts)
}

// NextSecretId is a free data retrieval call binding the contract method 0x28e32de1.
//
// Solidity: function nextSecretId() view returns(uint256)
func (_SecretsController *SecretsControllerCallerSession) NextSecretId() (*big.Int, error) {
	return _SecretsController.Contract.NextSecretId(&_SecretsController.CallOpts)
}

// ParametersGovernance is a free data retrieval call binding the contract method 0x3acf641e.
//
// Solidity: function parametersGovernance() view returns(address)
func (_SecretsController *SecretsControllerCaller) ParametersGovernance(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SecretsController.contract.Call(opts, &out, "parametersGovernance")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ParametersGovernance is a free data retrieval call binding the contract method 0x3acf641e.
//
// Solidity: function parametersGovernance() view returns(address)
func (_SecretsController *SecretsControllerSession) ParametersGovernance() (common.Address, error) {
	return _SecretsController.Contract.ParametersGovernance(&_SecretsController.CallOpts)
}

// ParametersGovernance is a free data retrieval call binding the contract method 0x3acf641e.
//
// Solidity: function parametersGovernance() view returns(address)
func (_SecretsController *SecretsControllerCallerSession) ParametersGovernance() (common.Address, error) {
	return _SecretsController.Contract.ParametersGovernance(&_SecretsController.CallOpts)
}

// RewardsPool is a free data retrieval call binding the contract method 0x0359fea9.
//
// Solidity: function rewardsPool() view returns(address)
func (_SecretsController *SecretsControllerCaller) RewardsPool(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SecretsController.contract.Call(opts, &out, "rewardsPool")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// RewardsPool is a free data retrieval call binding the contract method 0x0359fea9.
//
// Solidity: function rewardsPool() view returns(address)
func (_SecretsController *SecretsControllerSession) RewardsPool() (common.Address, error) {
	return _SecretsController.Contract.RewardsPool(&_SecretsController.CallOpts)
}

// RewardsPool is a free data retrieval call binding the contract method 0x0359fea9.
//
// Solidity: function rewardsPool() view returns(address)
func (_SecretsController *SecretsControllerCallerSession) RewardsPool() (common.Address, error) {
	return _SecretsController.Contract.RewardsPool(&_SecretsController.CallOpts)
}

// SecretCreationFee is a free data retrieval call binding the contract method 0xb9387101.
//
// Solidity: function secretCreationFee() view returns(uint256)
func (_SecretsController *SecretsControllerCaller) SecretCreationFee(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SecretsController.contract.Call(opts, &out, "secretCreationFee")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SecretCreationFee is a free data retrieval call binding the contract method 0xb9387101.
//
// Solidity: function secretCreationFee() view returns(uint256)
func (_SecretsController *SecretsControllerSession) SecretCreationFee() (*big.Int, error) {
	return _SecretsController.Contract.SecretCreationFee(&_SecretsController.CallOpts)
}

// SecretCreationFee is a free data retrieval call binding the contract method 0xb9387101.
//
// Solidity: function secretCreationFee() view returns(uint256)
func (_SecretsController *SecretsControllerCallerSession) SecretCreationFee() (*big.Int, error) {
	return _SecretsController.Contract.SecretCreationFee(&_SecretsController.CallOpts)
}

// Secrets is a free data retrieval call binding the contract method 0xde9702a4.
//
// Solidity: function secrets(uint256 ) view returns(address owner, address delegate, bool isSyncing, uint8 clusterId, uint8 secretType, string publicKeyCid)
func (_SecretsController *SecretsControllerCaller) Secrets(opts *bind.CallOpts, arg0 *big.Int) (struct {
	Owner        common.Address
	Delegate     common.Address
	IsSyncing    bool
	ClusterId    uint8
	SecretType   uint8
	PublicKeyCid string
}, error) {
	var out []interface{}
	err := _SecretsController.contract.Call(opts, &out, "secrets", arg0)

	outstruct := new(struct {
		Owner        common.Address
		Delegate     common.Address
		IsSyncing    bool
		ClusterId    uint8
		SecretType   uint8
		PublicKeyCid string
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Delegate = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.IsSyncing = *abi.ConvertType(out[2], new(bool)).(*bool)
	outstruct.ClusterId = *abi.ConvertType(out[3], new(uint8)).(*uint8)
	outstruct.SecretType = *abi.ConvertType(out[4], new(uint8)).(*uint8)
	outstruct.PublicKeyCid = *abi.ConvertType(out[5], new(string)).(*string)

	return *outstruct, err

}

// Secrets is a free data retrieval call binding the contract method 0xde9702a4.
//
// Solidity: function secrets(uint256 ) view returns(address owner, address delegate, bool isSyncing, uint8 clusterId, uint8 secretType, string publicKeyCid)
func (_SecretsController *SecretsControllerSession) Secrets(arg0 *big.Int) (struct {
	Owner        common.Address
	Delegate     common.Address
	IsSyncing    bool
	ClusterId    uint8
	SecretType   uint8
	PublicKeyCid string
}, error) {
	return _SecretsController.Contract.Secrets(&_SecretsController.CallOpts, arg0)
}

// Secrets is a free data retrieval call binding the contract method 0xde9702a4.
//
// Solidity: function secrets(uint256 ) view returns(address owner, address delegate, bool isSyncing, uint8 clusterId, uint8 secretType, string publicKeyCid)
func (_SecretsController *SecretsControllerCallerSession) Secrets(arg0 *big.Int) (struct {
	Owner        common.Address
	Delegate     common.Address
	IsSyncing    bool
	ClusterId    uint8
	SecretType   uint8
	PublicKeyCid string
}, error) {
	return _SecretsController.Contract.Secrets(&_SecretsController.CallOpts, arg0)
}

// CreateSecret is a paid mutator transaction binding the contract method 0x818fc21f.
//
// Solidity: function createSecret(uint8 secretType) payable returns(uint256)
func (_SecretsController *SecretsControllerTransactor) CreateSecret(opts *bind.TransactOpts, secretType uint8) (*types.Transaction, error) {
	return _SecretsController.contract.Transact(opts, "createSecret", secretType)
}

// CreateSecret is a paid mutator transaction binding the contract method 0x818fc21f.
//
// Solidity: function createSecret(uint8 secretType) payable returns(uint256)
func (_SecretsController *SecretsControllerSession) CreateSecret(secretType uint8) (*types.Transaction, error) {
	return _SecretsController.Contract.CreateSecret(&_SecretsController.TransactOpts, secretType)
}

// CreateSecret is a paid mutator transaction binding the contract method 0x818fc21f.
//
// Solidity: function createSecret(uint8 secretType) payable returns(uint256)
func (_SecretsController *SecretsControllerTransactorSession) CreateSecret(secretType uint8) (*types.Transaction, error) {
	return _SecretsController.Contract.CreateSecret(&_SecretsController.TransactOpts, secretType)
}

// CreateSecret0 is a paid mutator transaction binding the contract method 0xc9354af2.
//
// Solidity: function createSecret() payable returns(uint256)
func (_SecretsController *SecretsControllerTransactor) CreateSecret0(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SecretsController.contract.Transact(opts, "createSecret0")
}

// CreateSecret0 is a paid mutator transaction binding the contract method 0xc9354af2.
//
// Solidity: function createSecret() payable returns(uint256)
func (_SecretsController *SecretsControllerSession) CreateSecret0() (*types.Transaction, error) {
	return _SecretsController.Contract.CreateSecret0(&_SecretsController.TransactOpts)
}

// CreateSecret0 is a paid mutator transaction binding the contract method 0xc9354af2.
//
// Solidity: function createSecret() payable returns(uint256)
func (_SecretsController *SecretsControllerTransactorSession) CreateSecret0() (*types.Transaction, error) {
	return _SecretsController.Contract.CreateSecret0(&_SecretsController.TransactOpts)
}

// MarkSecretSynced is a paid mutator transaction binding the contract method 0xdfd06df0.
//
// Solidity: function markSecretSynced(uint256 secretId, uint8 clusterId, string publicKeyCid) returns()
func (_SecretsController *SecretsControllerTransactor) MarkSecretSynced(opts *bind.TransactOpts, secretId *big.Int, clusterId uint8, publicKeyCid string) (*types.Transaction, error) {
	return _SecretsController.contract.Transact(opts, "markSecretSynced", secretId, clusterId, publicKeyCid)
}

// MarkSecretSynced is a paid mutator transaction binding the contract method 0xdfd06df0.
//
// Solidity: function markSecretSynced(uint256 secretId, uint8 clusterId, string publicKeyCid) returns()
func (_SecretsController *SecretsControllerSession) MarkSecretSynced(secretId *big.Int, clusterId uint8, publicKeyCid string) (*types.Transaction, error) {
	return _SecretsController.Contract.MarkSecretSynced(&_SecretsController.TransactOpts, secretId, clusterId, publicKeyCid)
}

// MarkSecretSynced is a paid mutator transaction binding the contract method 0xdfd06df0.
//
// Solidity: function markSecretSynced(uint256 secretId, uint8 clusterId, string publicKeyCid) returns()
func (_SecretsController *SecretsControllerTransactorSession) MarkSecretSynced(secretId *big.Int, clusterId uint8, publicKeyCid string) (*types.Transaction, error) {
	return _SecretsController.Contract.MarkSecretSynced(&_SecretsController.TransactOpts, secretId, clusterId, publicKeyCid)
}

// SetBlackBoxAuthority is a paid mutator transaction binding the contract method 0xe1f0eb8d.
//
// Solidity: function setBlackBoxAuthority(address authority) returns()
func (_SecretsController *SecretsControllerTransactor) SetBlackBoxAuthority(opts *bind.TransactOpts, authority common.Address) (*types.Transaction, error) {
	return _SecretsController.contract.Transact(opts, "setBlackBoxAuthority", authority)
}

// SetBlackBoxAuthority is a paid mutator transaction binding the contract method 0xe1f0eb8d.
//
// Solidity: function setBlackBoxAuthority(address authority) returns()
func (_SecretsController *SecretsControllerSession) SetBlackBoxAuthority(authority common.Address) (*types.Transaction, error) {
	return _SecretsController.Contract.SetBlackBoxAuthority(&_SecretsController.TransactOpts, authority)
}

// SetBlackBoxAuthority is a paid mutator transaction binding the contract method 0xe1f0eb8d.
//
// Solidity: function setBlackBoxAuthority(address authority) returns()
func (_SecretsController *SecretsControllerTransactorSession) SetBlackBoxAuthority(authority common.Address) (*types.Transaction, error) {
	return _SecretsController.Contract.SetBlackBoxAuthority(&_SecretsController.TransactOpts, authority)
}

// SetDefaultSecretType is a paid mutator transaction binding the contract method 0x0a3f4a6e.
//
// Solidity: function setDefaultSecretType(uint8 secretType) returns()
func (_SecretsController *SecretsControllerTransactor) SetDefaultSecretType(opts *bind.TransactOpts, secretType uint8) (*types.Transaction, error) {
	return _SecretsController.contract.Transact(opts, "setDefaultSecretType", secretType)
}

// SetDefaultSecretType is a paid mutator transaction binding the contract method 0x0a3f4a6e.
//
// Solidity: function setDefaultSecretType(uint8 secretType) returns()
func (_SecretsController *SecretsControllerSession) SetDefaultSecretType(secretType uint8) (*types.Transaction, error) {
	return _SecretsController.Contract.SetDefaultSecretType(&_SecretsController.TransactOpts, secretType)
}

// SetDefaultSecretType is a paid mutator transaction binding the contract method 0x0a3f4a6e.
//
// Solidity: function setDefaultSecretType(uint8 secretType) returns()
func (_SecretsController *SecretsControllerTransactorSession) SetDefaultSecretType(secretType uint8) (*types.Transaction, error) {
	return _SecretsController.Contract.SetDefaultSecretType(&_SecretsController.TransactOpts, secretType)
}

// SetDelegate is a paid mutator transaction binding the contract method 0x94dcf2e6.
//
// Solidity: function setDelegate(uint256 secretId, address newDelegate) returns()
func (_SecretsController *SecretsControllerTransactor) SetDelegate(opts *bind.TransactOpts, secretId *big.Int, newDelegate common.Address) (*types.Transaction, error) {
	return _SecretsController.contract.Transact(opts, "setDelegate", secretId, newDelegate)
}

// SetDelegate is a paid mutator transaction binding the contract method 0x94dcf2e6.
//
// Solidity: function setDelegate(uint256 secretId, address newDelegate) returns()
func (_SecretsController *SecretsControllerSession) SetDelegate(secretId *big.Int, newDelegate common.Address) (*types.Transaction, error) {
	return _SecretsController.Contract.SetDelegate(&_SecretsController.TransactOpts, secretId, newDelegate)
}

// SetDelegate is a paid mutator transaction binding the contract method 0x94dcf2e6.
//
// Solidity: function setDelegate(uint256 secretId, address newDelegate) returns()
func (_SecretsController *SecretsControllerTransactorSession) SetDelegate(secretId *big.Int, newDelegate common.Address) (*types.Transaction, error) {
	return _SecretsController.Contract.SetDelegate(&_SecretsController.TransactOpts, secretId, newDelegate)
}

// SetParametersGovernance is a paid mutator transaction binding the contract method 0xeaeeb0ed.
//
// Solidity: function setParametersGovernance(address newParametersGovernance) returns()
func (_SecretsController *SecretsControllerTransactor) SetParametersGovernance(opts *bind.TransactOpts, newParametersGovernance common.Address) (*types.Transaction, error) {
	return _SecretsController.contract.Transact(opts, "setParametersGovernance", newParametersGovernance)
}

// SetParametersGovernance is a paid mutator transaction binding the contract method 0xeaeeb0ed.
//
// Solidity: function setParametersGovernance(address newParametersGovernance) returns()
func (_SecretsController *SecretsControllerSession) SetParametersGovernance(newParametersGovernance common.Address) (*types.Transaction, error) {
	return _SecretsController.Contract.SetParametersGovernance(&_SecretsController.TransactOpts, newParametersGovernance)
}

// SetParametersGovernance is a paid mutator transaction binding the contract method 0xeaeeb0ed.
//
// Solidity: function setParametersGovernance(address newParametersGovernance) returns()
func (_SecretsController *SecretsControllerTransactorSession) SetParametersGovernance(newParametersGovernance common.Address) (*types.Transaction, error) {
	return _SecretsController.Contract.SetParametersGovernance(&_SecretsController.TransactOpts, newParametersGovernance)
}

// SetRewardsPool is a paid mutator transaction binding the contract method 0x7c000293.
//
// Solidity: function setRewardsPool(address pool) returns()
func (_SecretsController *SecretsControllerTransactor) SetRewardsPool(opts *bind.TransactOpts, pool common.Address) (*types.Transaction, error) {
	return _SecretsController.contract.Transact(opts, "setRewardsPool", pool)
}

// SetRewardsPool is a paid mutator transaction binding the contract method 0x7c000293.
//
// Solidity: function setRewardsPool(address pool) returns()
func (_SecretsController *SecretsControllerSession) SetRewardsPool(pool common.Address) (*types.Transaction, error) {
	return _SecretsController.Contract.SetRewardsPool(&_SecretsController.TransactOpts, pool)
}

// SetRewardsPool is a paid mutator transaction binding the contract method 0x7c000293.
//
// Solidity: function setRewardsPool(address pool) returns()
func (_SecretsController *SecretsControllerTransactorSession) SetRewardsPool(pool common.Address) (*types.Transaction, error) {
	return _SecretsController.Contract.SetRewardsPool(&_SecretsController.TransactOpts, pool)
}

// SetSecretCreationFee is a paid mutator transaction binding the contract method 0xc8cc12c4.
//
// Solidity: function setSecretCreationFee(uint256 fee) returns()
func (_SecretsController *SecretsControllerTransactor) SetSecretCreationFee(opts *bind.TransactOpts, fee *big.Int) (*types.Transaction, error) {
	return _SecretsController.contract.Transact(opts, "setSecretCreationFee", fee)
}

// SetSecretCreationFee is a paid mutator transaction binding the contract method 0xc8cc12c4.
//
// Solidity: function setSecretCreationFee(uint256 fee) returns()
func (_SecretsController *SecretsControllerSession) SetSecretCreationFee(fee *big.Int) (*types.Transaction, error) {
	return _SecretsController.Contract.SetSecretCreationFee(&_SecretsController.TransactOpts, fee)
}

// SetSecretCreationFee is a paid mutator transaction binding the contract method 0xc8cc12c4.
//
// Solidity: function setSecretCreationFee(uint256 fee) returns()
func (_SecretsController *SecretsControllerTransactorSession) SetSecretCreationFee(fee *big.Int) (*types.Transaction, error) {
	return _SecretsController.Contract.SetSecretCreationFee(&_SecretsController.TransactOpts, fee)
}

// TransferGovernance is a paid mutator transaction binding the contract method 0xd38bfff4.
//
// Solidity: function transferGovernance(address newGovernance) returns()
func (_SecretsController *SecretsControllerTransactor) TransferGovernance(opts *bind.TransactOpts, newGovernance common.Address) (*types.Transaction, error) {
	return _SecretsController.contract.Transact(opts, "transferGovernance", newGovernance)
}

// TransferGovernance is a paid mutator transaction binding the contract method 0xd38bfff4.
//
// Solidity: function transferGovernance(address newGovernance) returns()
func (_SecretsController *SecretsControllerSession) TransferGovernance(newGovernance common.Address) (*types.Transaction, error) {
	return _SecretsController.Contract.TransferGovernance(&_SecretsController.TransactOpts, newGovernance)
}

// TransferGovernance is a paid mutator transaction binding the contract method 0xd38bfff4.
//
// Solidity: function transferGovernance(address newGovernance) returns()
func (_SecretsController *SecretsControllerTransactorSession) TransferGovernance(newGovernance common.Address) (*types.Transaction, error) {
	return _SecretsController.Contract.TransferGovernance(&_SecretsController.TransactOpts, newGovernance)
}

// TransferSecret is a paid mutator transaction binding the contract method 0x75cec53c.
//
// Solidity: function transferSecret(uint256 secretId, address newOwner) returns()
func (_SecretsController *SecretsControllerTransactor) TransferSecret(opts *bind.TransactOpts, secretId *big.Int, newOwner common.Address) (*types.Transaction, error) {
	return _SecretsController.contract.Transact(opts, "transferSecret", secretId, newOwner)
}

// TransferSecret is a paid mutator transaction binding the contract method 0x75cec53c.
//
// Solidity: function transferSecret(uint256 secretId, address newOwner) returns()
func (_SecretsController *SecretsControllerSession) TransferSecret(secretId *big.Int, newOwner common.Address) (*types.Transaction, error) {
	return _SecretsController.Contract.TransferSecret(&_SecretsController.TransactOpts, secretId, newOwner)
}

// TransferSecret is a paid mutator transaction binding the contract method 0x75cec53c.
//
// Solidity: function transferSecret(uint256 secretId, address newOwner) returns()
func (_SecretsController *SecretsControllerTransactorSession) TransferSecret(secretId *big.Int, newOwner common.Address) (*types.Transaction, error) {
	return _SecretsController.Contract.TransferSecret(&_SecretsController.TransactOpts, secretId, newOwner)
}

// WithdrawFees is a paid mutator transaction binding the contract method 0x164e68de.
//
// Solidity: function withdrawFees(address to) returns()
func (_SecretsController *SecretsControllerTransactor) WithdrawFees(opts *bind.TransactOpts, to common.Address) (*types.Transaction, error) {
	return _SecretsController.contract.Transact(opts, "withdrawFees", to)
}

// WithdrawFees is a paid mutator transaction binding the contract method 0x164e68de.
//
// Solidity: function withdrawFees(address to) returns()
func (_SecretsController *SecretsControllerSession) WithdrawFees(to common.Address) (*types.Transaction, error) {
	return _SecretsController.Contract.WithdrawFees(&_SecretsController.TransactOpts, to)
}

// WithdrawFees is a paid mutator transaction binding the contract method 0x164e68de.
//
// Solidity: function withdrawFees(address to) returns()
func (_SecretsController *SecretsControllerTransactorSession) WithdrawFees(to common.Address) (*types.Transaction, error) {
	return _SecretsController.Contract.WithdrawFees(&_SecretsController.TransactOpts, to)
}

// SecretsControllerBlackBoxAuthorityChangedIterator is returned from FilterBlackBoxAuthorityChanged and is used to iterate over the raw logs and unpacked data for BlackBoxAuthorityChanged events raised by the SecretsController contract.
type SecretsControllerBlackBoxAuthorityChangedIterator struct {
	Event *SecretsControllerBlackBoxAuthorityChanged // Event containing the contract specifics and raw log

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
func (it *SecretsControllerBlackBoxAuthorityChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SecretsControllerBlackBoxAuthorityChanged)
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
		it.Event = new(SecretsControllerBlackBoxAuthorityChanged)
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
func (it *SecretsControllerBlackBoxAuthorityChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SecretsControllerBlackBoxAuthorityChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SecretsControllerBlackBoxAuthorityChanged represents a BlackBoxAuthorityChanged event raised by the SecretsController contract.
type SecretsControllerBlackBoxAuthorityChanged struct {
	Authority common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterBlackBoxAuthorityChanged is a free log retrieval operation binding the contract event 0xf1d4dab6958844e1773e0c62f707e7944bb966153716f3b033216367524330e0.
//
// Solidity: event BlackBoxAuthorityChanged(address indexed authority)
func (_SecretsController *SecretsControllerFilterer) FilterBlackBoxAuthorityChanged(opts *bind.FilterOpts, authority []common.Address) (*SecretsControllerBlackBoxAuthorityChangedIterator, error) {

	var authorityRule []interface{}
	for _, authorityItem := range authority {
		authorityRule = append(authorityRule, authorityItem)
	}

	logs, sub, err := _SecretsController.contract.FilterLogs(opts, "BlackBoxAuthorityChanged", authorityRule)
	if err != nil {
		return nil, err
	}
	return &SecretsControllerBlackBoxAuthorityChangedIterator{contract: _SecretsController.contract, event: "BlackBoxAuthorityChanged", logs: logs, sub: sub}, nil
}

// WatchBlackBoxAuthorityChanged is a free log subscription operation binding the contract event 0xf1d4dab6958844e1773e0c62f707e7944bb966153716f3b033216367524330e0.
//
// Solidity: event BlackBoxAuthorityChanged(address indexed authority)
func (_SecretsController *SecretsControllerFilterer) WatchBlackBoxAuthorityChanged(opts *bind.WatchOpts, sink chan<- *SecretsControllerBlackBoxAuthorityChanged, authority []common.Address) (event.Subscription, error) {

	var authorityRule []interface{}
	for _, authorityItem := range authority {
		authorityRule = append(authorityRule, authorityItem)
	}

	logs, sub, err := _SecretsController.contract.WatchLogs(opts, "BlackBoxAuthorityChanged", authorityRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SecretsControllerBlackBoxAuthorityChanged)
				if err := _SecretsController.contract.UnpackLog(event, "BlackBoxAuthorityChanged", log); err != nil {
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

// ParseBlackBoxAuthorityChanged is a log parse operation binding the contract event 0xf1d4dab6958844e1773e0c62f707e7944bb966153716f3b033216367524330e0.
//
// Solidity: event BlackBoxAuthorityChanged(address indexed authority)
func (_SecretsController *SecretsControllerFilterer) ParseBlackBoxAuthorityChanged(log types.Log) (*SecretsControllerBlackBoxAuthorityChanged, error) {
	event := new(SecretsControllerBlackBoxAuthorityChanged)
	if err := _SecretsController.contract.UnpackLog(event, "BlackBoxAuthorityChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SecretsControllerDefaultSecretTypeChangedIterator is returned from FilterDefaultSecretTypeChanged and is used to iterate over the raw logs and unpacked data for DefaultSecretTypeChanged events raised by the SecretsController contract.
type SecretsControllerDefaultSecretTypeChangedIterator struct {
	Event *SecretsControllerDefaultSecretTypeChanged // Event containing the contract specifics and raw log

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
func (it *SecretsControllerDefaultSecretTypeChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SecretsControllerDefaultSecretTypeChanged)
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
		it.Event = new(SecretsControllerDefaultSecretTypeChanged)
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
func (it *SecretsControllerDefaultSecretTypeChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SecretsControllerDefaultSecretTypeChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SecretsControllerDefaultSecretTypeChanged represents a DefaultSecretTypeChanged event raised by the SecretsController contract.
type SecretsControllerDefaultSecretTypeChanged struct {
	SecretType uint8
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterDefaultSecretTypeChanged is a free log retrieval operation binding the contract event 0xbed30a8c919ddb9240c1d698557f0583db56ac965555d6e949f5a9fb5cb25e69.
//
// Solidity: event DefaultSecretTypeChanged(uint8 secretType)
func (_SecretsController *SecretsControllerFilterer) FilterDefaultSecretTypeChanged(opts *bind.FilterOpts) (*SecretsControllerDefaultSecretTypeChangedIterator, error) {

	logs, sub, err := _SecretsController.contract.FilterLogs(opts, "DefaultSecretTypeChanged")
	if err != nil {
		return nil, err
	}
	return &SecretsControllerDefaultSecretTypeChangedIterator{contract: _SecretsController.contract, event: "DefaultSecretTypeChanged", logs: logs, sub: sub}, nil
}

// WatchDefaultSecretTypeChanged is a free log subscription operation binding the contract event 0xbed30a8c919ddb9240c1d698557f0583db56ac965555d6e949f5a9fb5cb25e69.
//
// Solidity: event DefaultSecretTypeChanged(uint8 secretType)
func (_SecretsController *SecretsControllerFilterer) WatchDefaultSecretTypeChanged(opts *bind.WatchOpts, sink chan<- *SecretsControllerDefaultSecretTypeChanged) (event.Subscription, error) {

	logs, sub, err := _SecretsController.contract.WatchLogs(opts, "DefaultSecretTypeChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SecretsControllerDefaultSecretTypeChanged)
				if err := _SecretsController.contract.UnpackLog(event, "DefaultSecretTypeChanged", log); err != nil {
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

// ParseDefaultSecretTypeChanged is a log parse operation binding the contract event 0xbed30a8c919ddb9240c1d698557f0583db56ac965555d6e949f5a9fb5cb25e69.
//
// Solidity: event DefaultSecretTypeChanged(uint8 secretType)
func (_SecretsController *SecretsControllerFilterer) ParseDefaultSecretTypeChanged(log types.Log) (*SecretsControllerDefaultSecretTypeChanged, error) {
	event := new(SecretsControllerDefaultSecretTypeChanged)
	if err := _SecretsController.contract.UnpackLog(event, "DefaultSecretTypeChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SecretsControllerDelegateUpdatedIterator is returned from FilterDelegateUpdated and is used to iterate over the raw logs and unpacked data for DelegateUpdated events raised by the SecretsController contract.
type SecretsControllerDelegateUpdatedIterator struct {
	Event *SecretsControllerDelegateUpdated // Event containing the contract specifics and raw log

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
func (it *SecretsControllerDelegateUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SecretsControllerDelegateUpdated)
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
		it.Event = new(SecretsControllerDelegateUpdated)
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
func (it *SecretsControllerDelegateUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SecretsControllerDelegateUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SecretsControllerDelegateUpdated represents a DelegateUpdated event raised by the SecretsController contract.
type SecretsControllerDelegateUpdated struct {
	SecretId    *big.Int
	NewDelegate common.Address
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterDelegateUpdated is a free log retrieval operation binding the contract event 0x8682660f5651eae4e317da0c532f4b8612a4aab7fbdda5dcade609634c78419f.
//
// Solidity: event DelegateUpdated(uint256 indexed secretId, address indexed newDelegate)
func (_SecretsController *SecretsControllerFilterer) FilterDelegateUpdated(opts *bind.FilterOpts, secretId []*big.Int, newDelegate []common.Address) (*SecretsControllerDelegateUpdatedIterator, error) {

	var secretIdRule []interface{}
	for _, secretIdItem := range secretId {
		secretIdRule = append(secretIdRule, secretIdItem)
	}
	var newDelegateRule []interface{}
	for _, newDelegateItem := range newDelegate {
		newDelegateRule = append(newDelegateRule, newDelegateItem)
	}

	logs, sub, err := _SecretsController.contract.FilterLogs(opts, "DelegateUpdated", secretIdRule, newDelegateRule)
	if err != nil {
		return nil, err
	}
	return &SecretsControllerDelegateUpdatedIterator{contract: _SecretsController.contract, event: "DelegateUpdated", logs: logs, sub: sub}, nil
}

// WatchDelegateUpdated is a free log subscription operation binding the contract event 0x8682660f5651eae4e317da0c532f4b8612a4aab7fbdda5dcade609634c78419f.
//
// Solidity: event DelegateUpdated(uint256 indexed secretId, address indexed newDelegate)
func (_SecretsController *SecretsControllerFilterer) WatchDelegateUpdated(opts *bind.WatchOpts, sink chan<- *SecretsControllerDelegateUpdated, secretId []*big.Int, newDelegate []common.Address) (event.Subscription, error) {

	var secretIdRule []interface{}
	for _, secretIdItem := range secretId {
		secretIdRule = append(secretIdRule, secretIdItem)
	}
	var newDelegateRule []interface{}
	for _, newDelegateItem := range newDelegate {
		newDelegateRule = append(newDelegateRule, newDelegateItem)
	}

	logs, sub, err := _SecretsController.contract.WatchLogs(opts, "DelegateUpdated", secretIdRule, newDelegateRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SecretsControllerDelegateUpdated)
				if err := _SecretsController.contract.UnpackLog(event, "DelegateUpdated", log); err != nil {
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

// ParseDelegateUpdated is a log parse operation binding the contract event 0x8682660f5651eae4e317da0c532f4b8612a4aab7fbdda5dcade609634c78419f.
//
// Solidity: event DelegateUpdated(uint256 indexed secretId, address indexed newDelegate)
func (_SecretsController *SecretsControllerFilterer) ParseDelegateUpdated(log types.Log) (*SecretsControllerDelegateUpdated, error) {
	event := new(SecretsControllerDelegateUpdated)
	if err := _SecretsController.contract.UnpackLog(event, "DelegateUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SecretsControllerFeesWithdrawnIterator is returned from FilterFeesWithdrawn and is used to iterate over the raw logs and unpacked data for FeesWithdrawn events raised by the SecretsController contract.
type SecretsControllerFeesWithdrawnIterator struct {
	Event *SecretsControllerFeesWithdrawn // Event containing the contract specifics and raw log

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
func (it *SecretsControllerFeesWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SecretsControllerFeesWithdrawn)
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
		it.Event = new(SecretsControllerFeesWithdrawn)
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
func (it *SecretsControllerFeesWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SecretsControllerFeesWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SecretsControllerFeesWithdrawn represents a FeesWithdrawn event raised by the SecretsController contract.
type SecretsControllerFeesWithdrawn struct {
	To     common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterFeesWithdrawn is a free log retrieval operation binding the contract event 0xc0819c13be868895eb93e40eaceb96de976442fa1d404e5c55f14bb65a8c489a.
//
// Solidity: event FeesWithdrawn(address indexed to, uint256 amount)
func (_SecretsController *SecretsControllerFilterer) FilterFeesWithdrawn(opts *bind.FilterOpts, to []common.Address) (*SecretsControllerFeesWithdrawnIterator, error) {

	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SecretsController.contract.FilterLogs(opts, "FeesWithdrawn", toRule)
	if err != nil {
		return nil, err
	}
	return &SecretsControllerFeesWithdrawnIterator{contract: _SecretsController.contract, event: "FeesWithdrawn", logs: logs, sub: sub}, nil
}

// WatchFeesWithdrawn is a free log subscription operation binding the contract event 0xc0819c13be868895eb93e40eaceb96de976442fa1d404e5c55f14bb65a8c489a.
//
// Solidity: event FeesWithdrawn(address indexed to, uint256 amount)
func (_SecretsController *SecretsControllerFilterer) WatchFeesWithdrawn(opts *bind.WatchOpts, sink chan<- *SecretsControllerFeesWithdrawn, to []common.Address) (event.Subscription, error) {

	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SecretsController.contract.WatchLogs(opts, "FeesWithdrawn", toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SecretsControllerFeesWithdrawn)
				if err := _SecretsController.contract.UnpackLog(event, "FeesWithdrawn", log); err != nil {
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

// ParseFeesWithdrawn is a log parse operation binding the contract event 0xc0819c13be868895eb93e40eaceb96de976442fa1d404e5c55f14bb65a8c489a.
//
// Solidity: event FeesWithdrawn(address indexed to, uint256 amount)
func (_SecretsController *SecretsControllerFilterer) ParseFeesWithdrawn(log types.Log) (*SecretsControllerFeesWithdrawn, error) {
	event := new(SecretsControllerFeesWithdrawn)
	if err := _SecretsController.contract.UnpackLog(event, "FeesWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SecretsControllerGovernanceTransferredIterator is returned from FilterGovernanceTransferred and is used to iterate over the raw logs and unpacked data for GovernanceTransferred events raised by the SecretsController contract.
type SecretsControllerGovernanceTransferredIterator struct {
	Event *SecretsControllerGovernanceTransferred // Event containing the contract specifics and raw log

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
func (it *SecretsControllerGovernanceTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SecretsControllerGovernanceTransferred)
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
		it.Event = new(SecretsControllerGovernanceTransferred)
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
func (it *SecretsControllerGovernanceTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SecretsControllerGovernanceTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SecretsControllerGovernanceTransferred represents a GovernanceTransferred event raised by the SecretsController contract.
type SecretsControllerGovernanceTransferred struct {
	PreviousGovernance common.Address
	NewGovernance      common.Address
	Raw                types.Log // Blockchain specific contextual infos
}

// FilterGovernanceTransferred is a free log retrieval operation binding the contract event 0x5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80.
//
// Solidity: event GovernanceTransferred(address indexed previousGovernance, address indexed newGovernance)
func (_SecretsController *SecretsControllerFilterer) FilterGovernanceTransferred(opts *bind.FilterOpts, previousGovernance []common.Address, newGovernance []common.Address) (*SecretsControllerGovernanceTransferredIterator, error) {

	var previousGovernanceRule []interface{}
	for _, previousGovernanceItem := range previousGovernance {
		previousGovernanceRule = append(previousGovernanceRule, previousGovernanceItem)
	}
	var newGovernanceRule []interface{}
	for _, newGovernanceItem := range newGovernance {
		newGovernanceRule = append(newGovernanceRule, newGovernanceItem)
	}

	logs, sub, err := _SecretsController.contract.FilterLogs(opts, "GovernanceTransferred", previousGovernanceRule, newGovernanceRule)
	if err != nil {
		return nil, err
	}
	return &SecretsControllerGovernanceTransferredIterator{contract: _SecretsController.contract, event: "GovernanceTransferred", logs: logs, sub: sub}, nil
}

// WatchGovernanceTransferred is a free log subscription operation binding the contract event 0x5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80.
//
// Solidity: event GovernanceTransferred(address indexed previousGovernance, address indexed newGovernance)
func (_SecretsController *SecretsControllerFilterer) WatchGovernanceTransferred(opts *bind.WatchOpts, sink chan<- *SecretsControllerGovernanceTransferred, previousGovernance []common.Address, newGovernance []common.Address) (event.Subscription, error) {

	var previousGovernanceRule []interface{}
	for _, previousGovernanceItem := range previousGovernance {
		previousGovernanceRule = append(previousGovernanceRule, previousGovernanceItem)
	}
	var newGovernanceRule []interface{}
	for _, newGovernanceItem := range newGovernance {
		newGovernanceRule = append(newGovernanceRule, newGovernanceItem)
	}

	logs, sub, err := _SecretsController.contract.WatchLogs(opts, "GovernanceTransferred", previousGovernanceRule, newGovernanceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SecretsControllerGovernanceTransferred)
				if err := _SecretsController.contract.UnpackLog(event, "GovernanceTransferred", log); err != nil {
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
func (_SecretsController *SecretsControllerFilterer) ParseGovernanceTransferred(log types.Log) (*SecretsControllerGovernanceTransferred, error) {
	event := new(SecretsControllerGovernanceTransferred)
	if err := _SecretsController.contract.UnpackLog(event, "GovernanceTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SecretsControllerParametersGovernanceChangedIterator is returned from FilterParametersGovernanceChanged and is used to iterate over the raw logs and unpacked data for ParametersGovernanceChanged events raised by the SecretsController contract.
type SecretsControllerParametersGovernanceChangedIterator struct {
	Event *SecretsControllerParametersGovernanceChanged // Event containing the contract specifics and raw log

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
func (it *SecretsControllerParametersGovernanceChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SecretsControllerParametersGovernanceChanged)
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
		it.Event = new(SecretsControllerParametersGovernanceChanged)
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
func (it *SecretsControllerParametersGovernanceChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SecretsControllerParametersGovernanceChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SecretsControllerParametersGovernanceChanged represents a ParametersGovernanceChanged event raised by the SecretsController contract.
type SecretsControllerParametersGovernanceChanged struct {
	PreviousGovernance common.Address
	NewGovernance      common.Address
	Raw                types.Log // Blockchain specific contextual infos
}

// FilterParametersGovernanceChanged is a free log retrieval operation binding the contract event 0x9093d76da4c2e24de93b17a1ea2c05715613908e6bda892e5ca2024f77803e5a.
//
// Solidity: event ParametersGovernanceChanged(address indexed previousGovernance, address indexed newGovernance)
func (_SecretsController *SecretsControllerFilterer) FilterParametersGovernanceChanged(opts *bind.FilterOpts, previousGovernance []common.Address, newGovernance []common.Address) (*SecretsControllerParametersGovernanceChangedIterator, error) {

	var previousGovernanceRule []interface{}
	for _, previousGovernanceItem := range previousGovernance {
		previousGovernanceRule = append(previousGovernanceRule, previousGovernanceItem)
	}
	var newGovernanceRule []interface{}
	for _, newGovernanceItem := range newGovernance {
		newGovernanceRule = append(newGovernanceRule, newGovernanceItem)
	}

	logs, sub, err := _SecretsController.contract.FilterLogs(opts, "ParametersGovernanceChanged", previousGovernanceRule, newGovernanceRule)
	if err != nil {
		return nil, err
	}
	return &SecretsControllerParametersGovernanceChangedIterator{contract: _SecretsController.contract, event: "ParametersGovernanceChanged", logs: logs, sub: sub}, nil
}

// WatchParametersGovernanceChanged is a free log subscription operation binding the contract event 0x9093d76da4c2e24de93b17a1ea2c05715613908e6bda892e5ca2024f77803e5a.
//
// Solidity: event ParametersGovernanceChanged(address indexed previousGovernance, address indexed newGovernance)
func (_SecretsController *SecretsControllerFilterer) WatchParametersGovernanceChanged(opts *bind.WatchOpts, sink chan<- *SecretsControllerParametersGovernanceChanged, previousGovernance []common.Address, newGovernance []common.Address) (event.Subscription, error) {

	var previousGovernanceRule []interface{}
	for _, previousGovernanceItem := range previousGovernance {
		previousGovernanceRule = append(previousGovernanceRule, previousGovernanceItem)
	}
	var newGovernanceRule []interface{}
	for _, newGovernanceItem := range newGovernance {
		newGovernanceRule = append(newGovernanceRule, newGovernanceItem)
	}

	logs, sub, err := _SecretsController.contract.WatchLogs(opts, "ParametersGovernanceChanged", previousGovernanceRule, newGovernanceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SecretsControllerParametersGovernanceChanged)
				if err := _SecretsController.contract.UnpackLog(event, "ParametersGovernanceChanged", log); err != nil {
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
func (_SecretsController *SecretsControllerFilterer) ParseParametersGovernanceChanged(log types.Log) (*SecretsControllerParametersGovernanceChanged, error) {
	event := new(SecretsControllerParametersGovernanceChanged)
	if err := _SecretsController.contract.UnpackLog(event, "ParametersGovernanceChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SecretsControllerRewardsPoolChangedIterator is returned from FilterRewardsPoolChanged and is used to iterate over the raw logs and unpacked data for RewardsPoolChanged events raised by the SecretsController contract.
type SecretsControllerRewardsPoolChangedIterator struct {
	Event *SecretsControllerRewardsPoolChanged // Event containing the contract specifics and raw log

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
func (it *SecretsControllerRewardsPoolChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SecretsControllerRewardsPoolChanged)
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
		it.Event = new(SecretsControllerRewardsPoolChanged)
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
func (it *SecretsControllerRewardsPoolChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SecretsControllerRewardsPoolChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SecretsControllerRewardsPoolChanged represents a RewardsPoolChanged event raised by the SecretsController contract.
type SecretsControllerRewardsPoolChanged struct {
	Pool common.Address
	Raw  types.Log // Blockchain specific contextual infos
}

// FilterRewardsPoolChanged is a free log retrieval operation binding the contract event 0x657bb19de5473f7be7de9ccbcfa6d9aabcb3cfd199aef85e949a1d8570c290ab.
//
// Solidity: event RewardsPoolChanged(address indexed pool)
func (_SecretsController *SecretsControllerFilterer) FilterRewardsPoolChanged(opts *bind.FilterOpts, pool []common.Address) (*SecretsControllerRewardsPoolChangedIterator, error) {

	var poolRule []interface{}
	for _, poolItem := range pool {
		poolRule = append(poolRule, poolItem)
	}

	logs, sub, err := _SecretsController.contract.FilterLogs(opts, "RewardsPoolChanged", poolRule)
	if err != nil {
		return nil, err
	}
	return &SecretsControllerRewardsPoolChangedIterator{contract: _SecretsController.contract, event: "RewardsPoolChanged", logs: logs, sub: sub}, nil
}

// WatchRewardsPoolChanged is a free log subscription operation binding the contract event 0x657bb19de5473f7be7de9ccbcfa6d9aabcb3cfd199aef85e949a1d8570c290ab.
//
// Solidity: event RewardsPoolChanged(address indexed pool)
func (_SecretsController *SecretsControllerFilterer) WatchRewardsPoolChanged(opts *bind.WatchOpts, sink chan<- *SecretsControllerRewardsPoolChanged, pool []common.Address) (event.Subscription, error) {

	var poolRule []interface{}
	for _, poolItem := range pool {
		poolRule = append(poolRule, poolItem)
	}

	logs, sub, err := _SecretsController.contract.WatchLogs(opts, "RewardsPoolChanged", poolRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SecretsControllerRewardsPoolChanged)
				if err := _SecretsController.contract.UnpackLog(event, "RewardsPoolChanged", log); err != nil {
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
// Solidity: event RewardsPoolChanged(address indexed pool)
func (_SecretsController *SecretsControllerFilterer) ParseRewardsPoolChanged(log types.Log) (*SecretsControllerRewardsPoolChanged, error) {
	event := new(SecretsControllerRewardsPoolChanged)
	if err := _SecretsController.contract.UnpackLog(event, "RewardsPoolChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SecretsControllerSecretCreatedIterator is returned from FilterSecretCreated and is used to iterate over the raw logs and unpacked data for SecretCreated events raised by the SecretsController contract.
type SecretsControllerSecretCreatedIterator struct {
	Event *SecretsControllerSecretCreated // Event containing the contract specifics and raw log

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
func (it *SecretsControllerSecretCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SecretsControllerSecretCreated)
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
		it.Event = new(SecretsControllerSecretCreated)
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
func (it *SecretsControllerSecretCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SecretsControllerSecretCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SecretsControllerSecretCreated represents a SecretCreated event raised by the SecretsController contract.
type SecretsControllerSecretCreated struct {
	SecretId   *big.Int
	Owner      common.Address
	SecretType uint8
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterSecretCreated is a free log retrieval operation binding the contract event 0x37b4b901c8ebed314689cc4d38f8c7b2d893bb9c472df1598e30c7f0bef2af81.
//
// Solidity: event SecretCreated(uint256 indexed secretId, address indexed owner, uint8 secretType)
func (_SecretsController *SecretsControllerFilterer) FilterSecretCreated(opts *bind.FilterOpts, secretId []*big.Int, owner []common.Address) (*SecretsControllerSecretCreatedIterator, error) {

	var secretIdRule []interface{}
	for _, secretIdItem := range secretId {
		secretIdRule = append(secretIdRule, secretIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _SecretsController.contract.FilterLogs(opts, "SecretCreated", secretIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &SecretsControllerSecretCreatedIterator{contract: _SecretsController.contract, event: "SecretCreated", logs: logs, sub: sub}, nil
}

// WatchSecretCreated is a free log subscription operation binding the contract event 0x37b4b901c8ebed314689cc4d38f8c7b2d893bb9c472df1598e30c7f0bef2af81.
//
// Solidity: event SecretCreated(uint256 indexed secretId, address indexed owner, uint8 secretType)
func (_SecretsController *SecretsControllerFilterer) WatchSecretCreated(opts *bind.WatchOpts, sink chan<- *SecretsControllerSecretCreated, secretId []*big.Int, owner []common.Address) (event.Subscription, error) {

	var secretIdRule []interface{}
	for _, secretIdItem := range secretId {
		secretIdRule = append(secretIdRule, secretIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _SecretsController.contract.WatchLogs(opts, "SecretCreated", secretIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SecretsControllerSecretCreated)
				if err := _SecretsController.contract.UnpackLog(event, "SecretCreated", log); err != nil {
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

// ParseSecretCreated is a log parse operation binding the contract event 0x37b4b901c8ebed314689cc4d38f8c7b2d893bb9c472df1598e30c7f0bef2af81.
//
// Solidity: event SecretCreated(uint256 indexed secretId, address indexed owner, uint8 secretType)
func (_SecretsController *SecretsControllerFilterer) ParseSecretCreated(log types.Log) (*SecretsControllerSecretCreated, error) {
	event := new(SecretsControllerSecretCreated)
	if err := _SecretsController.contract.UnpackLog(event, "SecretCreated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SecretsControllerSecretCreationFeeChangedIterator is returned from FilterSecretCreationFeeChanged and is used to iterate over the raw logs and unpacked data for SecretCreationFeeChanged events raised by the SecretsController contract.
type SecretsControllerSecretCreationFeeChangedIterator struct {
	Event *SecretsControllerSecretCreationFeeChanged // Event containing the contract specifics and raw log

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
func (it *SecretsControllerSecretCreationFeeChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SecretsControllerSecretCreationFeeChanged)
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
		it.Event = new(SecretsControllerSecretCreationFeeChanged)
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
func (it *SecretsControllerSecretCreationFeeChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SecretsControllerSecretCreationFeeChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SecretsControllerSecretCreationFeeChanged represents a SecretCreationFeeChanged event raised by the SecretsController contract.
type SecretsControllerSecretCreationFeeChanged struct {
	Fee *big.Int
	Raw types.Log // Blockchain specific contextual infos
}

// FilterSecretCreationFeeChanged is a free log retrieval operation binding the contract event 0x1557c1781d9df22ab1c2289446d30469ef301046b56d622a09f3f8e46c7fc14c.
//
// Solidity: event SecretCreationFeeChanged(uint256 fee)
func (_SecretsController *SecretsControllerFilterer) FilterSecretCreationFeeChanged(opts *bind.FilterOpts) (*SecretsControllerSecretCreationFeeChangedIterator, error) {

	logs, sub, err := _SecretsController.contract.FilterLogs(opts, "SecretCreationFeeChanged")
	if err != nil {
		return nil, err
	}
	return &SecretsControllerSecretCreationFeeChangedIterator{contract: _SecretsController.contract, event: "SecretCreationFeeChanged", logs: logs, sub: sub}, nil
}

// WatchSecretCreationFeeChanged is a free log subscription operation binding the contract event 0x1557c1781d9df22ab1c2289446d30469ef301046b56d622a09f3f8e46c7fc14c.
//
// Solidity: event SecretCreationFeeChanged(uint256 fee)
func (_SecretsController *SecretsControllerFilterer) WatchSecretCreationFeeChanged(opts *bind.WatchOpts, sink chan<- *SecretsControllerSecretCreationFeeChanged) (event.Subscription, error) {

	logs, sub, err := _SecretsController.contract.WatchLogs(opts, "SecretCreationFeeChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SecretsControllerSecretCreationFeeChanged)
				if err := _SecretsController.contract.UnpackLog(event, "SecretCreationFeeChanged", log); err != nil {
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

// ParseSecretCreationFeeChanged is a log parse operation binding the contract event 0x1557c1781d9df22ab1c2289446d30469ef301046b56d622a09f3f8e46c7fc14c.
//
// Solidity: event SecretCreationFeeChanged(uint256 fee)
func (_SecretsController *SecretsControllerFilterer) ParseSecretCreationFeeChanged(log types.Log) (*SecretsControllerSecretCreationFeeChanged, error) {
	event := new(SecretsControllerSecretCreationFeeChanged)
	if err := _SecretsController.contract.UnpackLog(event, "SecretCreationFeeChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SecretsControllerSecretOwnershipTransferredIterator is returned from FilterSecretOwnershipTransferred and is used to iterate over the raw logs and unpacked data for SecretOwnershipTransferred events raised by the SecretsController contract.
type SecretsControllerSecretOwnershipTransferredIterator struct {
	Event *SecretsControllerSecretOwnershipTransferred // Event containing the contract specifics and raw log

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
func (it *SecretsControllerSecretOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SecretsControllerSecretOwnershipTransferred)
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
		it.Event = new(SecretsControllerSecretOwnershipTransferred)
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
func (it *SecretsControllerSecretOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SecretsControllerSecretOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SecretsControllerSecretOwnershipTransferred represents a SecretOwnershipTransferred event raised by the SecretsController contract.
type SecretsControllerSecretOwnershipTransferred struct {
	SecretId *big.Int
	OldOwner common.Address
	NewOwner common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterSecretOwnershipTransferred is a free log retrieval operation binding the contract event 0xeb69ed772c6ac53a4d25fb83d3efd61497881f29561ce3e09de3a204c301af77.
//
// Solidity: event SecretOwnershipTransferred(uint256 indexed secretId, address indexed oldOwner, address indexed newOwner)
func (_SecretsController *SecretsControllerFilterer) FilterSecretOwnershipTransferred(opts *bind.FilterOpts, secretId []*big.Int, oldOwner []common.Address, newOwner []common.Address) (*SecretsControllerSecretOwnershipTransferredIterator, error) {

	var secretIdRule []interface{}
	for _, secretIdItem := range secretId {
		secretIdRule = append(secretIdRule, secretIdItem)
	}
	var oldOwnerRule []interface{}
	for _, oldOwnerItem := range oldOwner {
		oldOwnerRule = append(oldOwnerRule, oldOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _SecretsController.contract.FilterLogs(opts, "SecretOwnershipTransferred", secretIdRule, oldOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &SecretsControllerSecretOwnershipTransferredIterator{contract: _SecretsController.contract, event: "SecretOwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchSecretOwnershipTransferred is a free log subscription operation binding the contract event 0xeb69ed772c6ac53a4d25fb83d3efd61497881f29561ce3e09de3a204c301af77.
//
// Solidity: event SecretOwnershipTransferred(uint256 indexed secretId, address indexed oldOwner, address indexed newOwner)
func (_SecretsController *SecretsControllerFilterer) WatchSecretOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *SecretsControllerSecretOwnershipTransferred, secretId []*big.Int, oldOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var secretIdRule []interface{}
	for _, secretIdItem := range secretId {
		secretIdRule = append(secretIdRule, secretIdItem)
	}
	var oldOwnerRule []interface{}
	for _, oldOwnerItem := range oldOwner {
		oldOwnerRule = append(oldOwnerRule, oldOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _SecretsController.contract.WatchLogs(opts, "SecretOwnershipTransferred", secretIdRule, oldOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SecretsControllerSecretOwnershipTransferred)
				if err := _SecretsController.contract.UnpackLog(event, "SecretOwnershipTransferred", log); err != nil {
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

// ParseSecretOwnershipTransferred is a log parse operation binding the contract event 0xeb69ed772c6ac53a4d25fb83d3efd61497881f29561ce3e09de3a204c301af77.
//
// Solidity: event SecretOwnershipTransferred(uint256 indexed secretId, address indexed oldOwner, address indexed newOwner)
func (_SecretsController *SecretsControllerFilterer) ParseSecretOwnershipTransferred(log types.Log) (*SecretsControllerSecretOwnershipTransferred, error) {
	event := new(SecretsControllerSecretOwnershipTransferred)
	if err := _SecretsController.contract.UnpackLog(event, "SecretOwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SecretsControllerSecretSyncedIterator is returned from FilterSecretSynced and is used to iterate over the raw logs and unpacked data for SecretSynced events raised by the SecretsController contract.
type SecretsControllerSecretSyncedIterator struct {
	Event *SecretsControllerSecretSynced // Event containing the contract specifics and raw log

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
func (it *SecretsControllerSecretSyncedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SecretsControllerSecretSynced)
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
		it.Event = new(SecretsControllerSecretSynced)
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
func (it *SecretsControllerSecretSyncedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SecretsControllerSecretSyncedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SecretsControllerSecretSynced represents a SecretSynced event raised by the SecretsController contract.
type SecretsControllerSecretSynced struct {
	SecretId     *big.Int
	ClusterId    uint8
	PublicKeyCid string
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterSecretSynced is a free log retrieval operation binding the contract event 0x792957745e170c30a6d1b00d24be4300d460f1345171fec4e7155309f54f8fd1.
//
// Solidity: event SecretSynced(uint256 indexed secretId, uint8 indexed clusterId, string publicKeyCid)
func (_SecretsController *SecretsControllerFilterer) FilterSecretSynced(opts *bind.FilterOpts, secretId []*big.Int, clusterId []uint8) (*SecretsControllerSecretSyncedIterator, error) {

	var secretIdRule []interface{}
	for _, secretIdItem := range secretId {
		secretIdRule = append(secretIdRule, secretIdItem)
	}
	var clusterIdRule []interface{}
	for _, clusterIdItem := range clusterId {
		clusterIdRule = append(clusterIdRule, clusterIdItem)
	}

	logs, sub, err := _SecretsController.contract.FilterLogs(opts, "SecretSynced", secretIdRule, clusterIdRule)
	if err != nil {
		return nil, err
	}
	return &SecretsControllerSecretSyncedIterator{contract: _SecretsController.contract, event: "SecretSynced", logs: logs, sub: sub}, nil
}

// WatchSecretSynced is a free log subscription operation binding the contract event 0x792957745e170c30a6d1b00d24be4300d460f1345171fec4e7155309f54f8fd1.
//
// Solidity: event SecretSynced(uint256 indexed secretId, uint8 indexed clusterId, string publicKeyCid)
func (_SecretsController *SecretsControllerFilterer) WatchSecretSynced(opts *bind.WatchOpts, sink chan<- *SecretsControllerSecretSynced, secretId []*big.Int, clusterId []uint8) (event.Subscription, error) {

	var secretIdRule []interface{}
	for _, secretIdItem := range secretId {
		secretIdRule = append(secretIdRule, secretIdItem)
	}
	var clusterIdRule []interface{}
	for _, clusterIdItem := range clusterId {
		clusterIdRule = append(clusterIdRule, clusterIdItem)
	}

	logs, sub, err := _SecretsController.contract.WatchLogs(opts, "SecretSynced", secretIdRule, clusterIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SecretsControllerSecretSynced)
				if err := _SecretsController.contract.UnpackLog(event, "SecretSynced", log); err != nil {
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

// ParseSecretSynced is a log parse operation binding the contract event 0x792957745e170c30a6d1b00d24be4300d460f1345171fec4e7155309f54f8fd1.
//
// Solidity: event SecretSynced(uint256 indexed secretId, uint8 indexed clusterId, string publicKeyCid)
func (_SecretsController *SecretsControllerFilterer) ParseSecretSynced(log types.Log) (*SecretsControllerSecretSynced, error) {
	event := new(SecretsControllerSecretSynced)
	if err := _SecretsController.contract.UnpackLog(event, "SecretSynced", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
