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

// SlasherAck is an auto generated low-level Go binding around an user-defined struct.
type SlasherAck struct {
	ChainId      uint64
	SecretId     uint64
	ShareVersion uint32
	X            uint8
	ShareHash    [32]byte
	Custodian    common.Address
	Signature    []byte
}

// SlasherRelease is an auto generated low-level Go binding around an user-defined struct.
type SlasherRelease struct {
	ChainId      uint64
	SecretId     uint64
	ShareVersion uint32
	X            uint8
	ShareHash    [32]byte
	RecordDigest [32]byte
	Custodian    common.Address
	Signature    []byte
}

// SlasherMetaData contains all meta data concerning the Slasher contract.
var SlasherMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractISlashableRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"slashBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"reporterBps\",\"type\":\"uint16\"}],\"name\":\"FractionsChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousGovernance\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"GovernanceTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"rewards\",\"type\":\"address\"}],\"name\":\"RewardsChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"enclaveWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toReporter\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BURN\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAULT_ACK_EQUIVOCATION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAULT_BAD_RELEASE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"evidenceUsed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"secretId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"}],\"name\":\"faultKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"faultSlashed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractISlashableRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reporterBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewards\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"slashBps_\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reporterBps_\",\"type\":\"uint16\"}],\"name\":\"setFractions\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"rewards_\",\"type\":\"address\"}],\"name\":\"setRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"secretId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"shareVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"x\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"shareHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"custodian\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structSlasher.Ack\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"secretId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"shareVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"x\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"shareHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"custodian\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structSlasher.Ack\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"slashAckEquivocation\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"recordBody\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"recordSignature\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"secretId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"shareVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"x\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"shareHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"recordDigest\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"custodian\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structSlasher.Release\",\"name\":\"rel\",\"type\":\"tuple\"}],\"name\":\"slashBadRelease\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newGovernance\",\"type\":\"address\"}],\"name\":\"transferGovernance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60c060405234801561000f575f5ffd5b506040516120f43803806120f483398101604081905261002e916101a9565b6001600160a01b03811661007b5760405162461bcd60e51b815260206004820152601060248201526f5265676973747279206973207a65726f60801b604482015260640160405180910390fd5b6001600160a01b0381166080819052604080516372f702f360e01b815290516372f702f3916004808201926020929091908290030181865afa1580156100c3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100e791906101a9565b6001600160a01b031660a0525f80546001600160b01b0319163361ffff60a01b1981169190911761027160a31b1761ffff60b01b1916607d60b41b1782556040519091907f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80908290a36040805161138881526107d060208201527faeaa116b9898a3d1356182f5af4a0a2e8de1ce6e9311895ce5843b9f05139aac910160405180910390a1506101cb565b6001600160a01b03811681146101a6575f5ffd5b50565b5f602082840312156101b9575f5ffd5b81516101c481610192565b9392505050565b60805160a051611ee561020f5f395f81816102c90152818161153a015261158301525f81816101ae015281816105a1015281816113d1015261148e0152611ee55ff3fe608060405234801561000f575f5ffd5b506004361061011c575f3560e01c806392c090d3116100a9578063d38bfff41161006e578063d38bfff41461028b578063e05e31f41461029e578063ec38a862146102b1578063fc0c546a146102c4578063fdead503146102eb575f5ffd5b806392c090d3146102065780639ec5a89414610238578063bfc0ef711461024b578063c0a2526c1461026d578063c7e1499a14610276575f5ffd5b80635d9483bb116100ef5780635d9483bb146101965780637b103999146101a957806382927d57146101d057806384c9666b146101ea5780638b69c810146101f2575f5ffd5b80630681e65114610120578063249d39e91461014c5780634d21497f146101555780635aa6e6751461016c575b5f5ffd5b5f5461013490600160a01b900461ffff1681565b60405161ffff90911681526020015b60405180910390f35b61013461271081565b61015e60045481565b604051908152602001610143565b5f5461017e906001600160a01b031681565b6040516001600160a01b039091168152602001610143565b61015e6101a4366004611973565b6102fe565b61017e7f000000000000000000000000000000000000000000000000000000000000000081565b6101d8600281565b60405160ff9091168152602001610143565b6101d8600181565b5f5461013490600160b01b900461ffff1681565b610228610214366004611a10565b60026020525f908152604090205460ff1681565b6040519015158152602001610143565b60015461017e906001600160a01b031681565b610228610259366004611a10565b60036020525f908152604090205460ff1681565b61017e61dead81565b610289610284366004611a3d565b610876565b005b610289610299366004611a84565b61097d565b61015e6102ac366004611ab3565b610a4a565b6102896102bf366004611a84565b610dd9565b61017e7f000000000000000000000000000000000000000000000000000000000000000081565b61015e6102f9366004611b50565b610e4b565b5f80808080808061031f8c8c61031a60808c0160608d01611bb5565b610eb2565b9550955095509550955095505f8c8c5f81811061033e5761033e611bce565b9050013560f81c60f81b6001600160f81b031916600160f81b14610397576040518060400160405280601881526020017f63696665722d6372656174696f6e2d7265636f72642d763200000000000000008152506103ce565b6040518060400160405280601881526020017f63696665722d6372656174696f6e2d7265636f72642d763100000000000000008152505b8d8d6040516020016103e293929190611be2565b6040516020818303038152906040528051906020012090508860a0013581146104525760405162461bcd60e51b815260206004820152601c60248201527f52656c65617365206e616d657320616e6f74686572207265636f72640000000060448201526064015b60405180910390fd5b61045f60208a018a611c06565b6001600160401b0316876001600160401b031614801561049f575061048a60408a0160208b01611c06565b6001600160401b0316866001600160401b0316145b80156104c557506104b660608a0160408b01611c21565b63ffffffff168563ffffffff16145b6105115760405162461bcd60e51b815260206004820152601b60248201527f52656c65617365206973206f6620616e6f7468657220736861726500000000006044820152606401610449565b816001600160a01b0316610526828d8d61120f565b6001600160a01b0316146105735760405162461bcd60e51b8152602060048201526014602482015273426164207265636f7264207369676e617475726560601b6044820152606401610449565b60405163c416ed3760e01b81526001600160401b03851660048201526001600160a01b0383811660248301527f0000000000000000000000000000000000000000000000000000000000000000169063c416ed3790604401602060405180830381865afa1580156105e6573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061060a9190611c3a565b61064b5760405162461bcd60e51b81526020600482015260126024820152711119585b195c881b9bdd08195b1958dd195960721b6044820152606401610449565b5f61065960208b018b611c06565b61066960408c0160208d01611c06565b61067960608d0160408e01611c21565b61068960808e0160608f01611bb5565b8d608001358e60a001358f60c00160208101906106a69190611a84565b6040517563696665722d73686172652d72656c656173652d763160501b602082015260c097881b6001600160c01b031990811660368301529690971b909516603e87015260e09390931b6001600160e01b031916604686015260f89190911b6001600160f81b031916604a850152604b840152606b83015260601b6001600160601b031916608b820152609f0160408051601f198184030181529190528051602090910120905061075d60e08b0160c08c01611a84565b6001600160a01b031661077c8261077760e08e018e611c59565b61120f565b6001600160a01b0316146107ca5760405162461bcd60e51b81526020600482015260156024820152744261642072656c65617365207369676e617475726560581b6044820152606401610449565b838a60800135036108165760405162461bcd60e51b815260206004820152601660248201527514995b19585cd9481b585d18da195cc81c9958dbdc9960521b6044820152606401610449565b610864600161082b60e08d0160c08e01611a84565b61083860208e018e611c06565b8d602001602081019061084b9190611c06565b8e604001602081019061085e9190611c21565b866112c3565b9e9d5050505050505050505050505050565b5f546001600160a01b0316331461089f5760405162461bcd60e51b815260040161044990611c9b565b5f8261ffff161180156108b8575061271061ffff831611155b80156108ca575061271061ffff821611155b6109095760405162461bcd60e51b815260206004820152601060248201526f24b73b30b634b210333930b1ba34b7b760811b6044820152606401610449565b5f805463ffffffff60a01b1916600160a01b61ffff85811691820261ffff60b01b191692909217600160b01b928516928302179092556040805192835260208301919091527faeaa116b9898a3d1356182f5af4a0a2e8de1ce6e9311895ce5843b9f05139aac910160405180910390a15050565b5f546001600160a01b031633146109a65760405162461bcd60e51b815260040161044990611c9b565b6001600160a01b0381166109f15760405162461bcd60e51b8152602060048201526012602482015271476f7665726e616e6365206973207a65726f60701b6044820152606401610449565b5f80546040516001600160a01b03808516939216917f5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce8091a35f80546001600160a01b0319166001600160a01b0392909216919091179055565b5f610a5b60c0830160a08401611a84565b6001600160a01b0316610a7460c0850160a08601611a84565b6001600160a01b031614610aca5760405162461bcd60e51b815260206004820152601c60248201527f41636b73206f6620646966666572656e7420637573746f6469616e73000000006044820152606401610449565b610ad76020830183611c06565b6001600160401b0316610aed6020850185611c06565b6001600160401b0316148015610b325750610b0e6040830160208401611c06565b6001600160401b0316610b276040850160208601611c06565b6001600160401b0316145b8015610b675750610b496060830160408401611c21565b63ffffffff16610b5f6060850160408601611c21565b63ffffffff16145b610bb35760405162461bcd60e51b815260206004820152601860248201527f41636b73206f6620646966666572656e742073686172657300000000000000006044820152606401610449565b610bc36080830160608401611bb5565b60ff16610bd66080850160608601611bb5565b60ff16141580610bee57508160800135836080013514155b610c275760405162461bcd60e51b815260206004820152600a60248201526941636b7320616772656560b01b6044820152606401610449565b5f610c31846116a0565b90505f610c3d846116a0565b9050610c4f60c0860160a08701611a84565b6001600160a01b0316610c698361077760c0890189611c59565b6001600160a01b031614610cb35760405162461bcd60e51b81526020600482015260116024820152704261642061636b207369676e617475726560781b6044820152606401610449565b610cc360c0850160a08601611a84565b6001600160a01b0316610cdd8261077760c0880188611c59565b6001600160a01b031614610d275760405162461bcd60e51b81526020600482015260116024820152704261642061636b207369676e617475726560781b6044820152606401610449565b5f818310610d5e57604080516020810184905290810184905260600160405160208183030381529060405280519060200120610d89565b6040805160208101859052908101839052606001604051602081830303815290604052805190602001205b9050610dcd6002610da060c0890160a08a01611a84565b610dad60208a018a611c06565b610dbd60408b0160208c01611c06565b61085e60608c0160408d01611c21565b93505050505b92915050565b5f546001600160a01b03163314610e025760405162461bcd60e51b815260040161044990611c9b565b600180546001600160a01b0319166001600160a01b0383169081179091556040517f52d273fadafb7a23cd79f203ee03fae9f3a5b6fbb21f82704378c893aee5f537905f90a250565b6040805160ff871660208201526001600160a01b038616918101919091526001600160401b0380851660608301528316608082015263ffffffff821660a08201525f9060c00160405160208183030381529060405280519060200120905095945050505050565b5f80808080806019881015610ed95760405162461bcd60e51b815260040161044990611cc3565b5f89895f818110610eec57610eec611bce565b919091013560f81c9150506001811480610f0957508060ff166002145b610f255760405162461bcd60e51b815260040161044990611cc3565b610f33600960018b8d611ced565b610f3c91611d14565b60c01c9650610f4f601160098b8d611ced565b610f5891611d14565b60c01c9550610f6b601560118b8d611ced565b610f7491611d4c565b60e01c9450601760ff8216600203610fe75760218a1015610fa75760405162461bcd60e51b815260040161044990611cc3565b610fb5601f60178c8e611ced565b610fbe91611d14565b60c01c94505f859003610fe35760405162461bcd60e51b815260040161044990611cc3565b50601f5b8a818b610ff5826002611d96565b9261100293929190611ced565b61100b91611da9565b6110199060f01c6002611d96565b6110239082611d96565b9050808a116110445760405162461bcd60e51b815260040161044990611cc3565b8a8a8281811061105657611056611bce565b61106892013560f81c90506001611d96565b6110729082611d96565b9050808a116110935760405162461bcd60e51b815260040161044990611cc3565b5f8b8b838181106110a6576110a6611bce565b919091013560f81c91506110bd9050600183611d96565b91506110ca816020611ddf565b6110d49083611d96565b6110df906014611d96565b8b146110fd5760405162461bcd60e51b815260040161044990611cc3565b60018a60ff16101580156111145750808a60ff1611155b6111575760405162461bcd60e51b81526020600482015260146024820152731e081bdd5d1cda5919481d1a19481c9958dbdc9960621b6044820152606401610449565b8b8b611167600160ff8e16611df6565b611172906020611ddf565b61117c9085611d96565b9061118b60ff8e166020611ddf565b6111959086611d96565b926111a293929190611ced565b6111ab91611e09565b94508b8b6111ba836020611ddf565b6111c49085611d96565b906111d0846020611ddf565b6111da9086611d96565b6111e5906014611d96565b926111f293929190611ced565b6111fb91611e26565b60601c935050505093975093979195509350565b5f6041821461121f57505f6112bc565b5f8383604081811061123357611233611bce565b919091013560f81c915050601b81101561125557611252601b82611e5c565b90505b5f8061128e87846112696020858a8c611ced565b61127291611e09565b611280604060208b8d611ced565b61128991611e09565b61179e565b5090925090505f8160038111156112a7576112a7611e75565b146112b7575f93505050506112bc565b509150505b9392505050565b5f8181526002602052604081205460ff16156113195760405162461bcd60e51b8152602060048201526015602482015274115d9a59195b98d948185b1c9958591e481d5cd959605a1b6044820152606401610449565b5f6113278888888888610e4b565b5f8181526003602052604090205490915060ff16156113805760405162461bcd60e51b815260206004820152601560248201527411985d5b1d08185b1c9958591e481cdb185cda1959605a1b6044820152606401610449565b5f8381526002602090815260408083208054600160ff19918216811790925585855260039093529083208054909216811790915560048054919290916113c7908490611d96565b925050819055505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663766718086040518163ffffffff1660e01b8152600401602060405180830381865afa15801561142b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061144f9190611e89565b5f8054604051633e0afde160e21b81526001600160a01b038c81166004830152600160a01b90920461ffff1660248201526044810188905292935090917f00000000000000000000000000000000000000000000000000000000000000009091169063f82bf7849060640160408051808303815f875af11580156114d5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114f99190611ea4565b5f80549196509192506127109061151b90600160b01b900461ffff1687611ddf565b6115259190611ec6565b90508015611561576115616001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163383611866565b808511156115aa576115aa61dead6115798388611df6565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169190611866565b6001546001600160a01b03161561162457600154604051631bfb574360e21b81526001600160401b0385166004820152602481018490526001600160a01b0390911690636fed5d0c906044015f604051808303815f87803b15801561160d575f5ffd5b505af115801561161f573d5f5f3e3d5ffd5b505050505b60ff8b166001600160a01b038b167f3c444920a67d7972538a75e70aab05bd2e162c7e74d96efc5e68f1babccc5a018833896116608782611df6565b604080519485526001600160a01b0390931660208501529183015260608201526080810185905260a00160405180910390a3505050509695505050505050565b5f6116ae6020830183611c06565b6116be6040840160208501611c06565b6116ce6060850160408601611c21565b6116de6080860160608701611bb5565b60808601356116f360c0880160a08901611a84565b604051602001611781969594939291907163696665722d73686172652d61636b2d763160701b815260c096871b6001600160c01b031990811660128301529590961b909416601a86015260e09290921b6001600160e01b031916602285015260f81b6001600160f81b0319166026840152602783015260601b6001600160601b0319166047820152605b0190565b604051602081830303815290604052805190602001209050919050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156117d757505f9150600390508261185c565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611828573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661185357505f92506001915082905061185c565b92505f91508190505b9450945094915050565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b031663a9059cbb60e01b1790526118b89084906118bd565b505050565b5f5f60205f8451602086015f885af1806118dc576040513d5f823e3d81fd5b50505f513d915081156118f3578060011415611900565b6001600160a01b0384163b155b1561192957604051635274afe760e01b81526001600160a01b0385166004820152602401610449565b50505050565b5f5f83601f84011261193f575f5ffd5b5081356001600160401b03811115611955575f5ffd5b60208301915083602082850101111561196c575f5ffd5b9250929050565b5f5f5f5f5f60608688031215611987575f5ffd5b85356001600160401b0381111561199c575f5ffd5b6119a88882890161192f565b90965094505060208601356001600160401b038111156119c6575f5ffd5b6119d28882890161192f565b90945092505060408601356001600160401b038111156119f0575f5ffd5b86016101008189031215611a02575f5ffd5b809150509295509295909350565b5f60208284031215611a20575f5ffd5b5035919050565b803561ffff81168114611a38575f5ffd5b919050565b5f5f60408385031215611a4e575f5ffd5b611a5783611a27565b9150611a6560208401611a27565b90509250929050565b80356001600160a01b0381168114611a38575f5ffd5b5f60208284031215611a94575f5ffd5b6112bc82611a6e565b5f60e08284031215611aad575f5ffd5b50919050565b5f5f60408385031215611ac4575f5ffd5b82356001600160401b03811115611ad9575f5ffd5b611ae585828601611a9d565b92505060208301356001600160401b03811115611b00575f5ffd5b611b0c85828601611a9d565b9150509250929050565b803560ff81168114611a38575f5ffd5b6001600160401b0381168114611b3a575f5ffd5b50565b803563ffffffff81168114611a38575f5ffd5b5f5f5f5f5f60a08688031215611b64575f5ffd5b611b6d86611b16565b9450611b7b60208701611a6e565b93506040860135611b8b81611b26565b92506060860135611b9b81611b26565b9150611ba960808701611b3d565b90509295509295909350565b5f60208284031215611bc5575f5ffd5b6112bc82611b16565b634e487b7160e01b5f52603260045260245ffd5b5f84518060208701845e5f908301908152838582375f930192835250909392505050565b5f60208284031215611c16575f5ffd5b81356112bc81611b26565b5f60208284031215611c31575f5ffd5b6112bc82611b3d565b5f60208284031215611c4a575f5ffd5b815180151581146112bc575f5ffd5b5f5f8335601e19843603018112611c6e575f5ffd5b8301803591506001600160401b03821115611c87575f5ffd5b60200191503681900382131561196c575f5ffd5b6020808252600e908201526d4e6f7420676f7665726e616e636560901b604082015260600190565b60208082526010908201526f13585b199bdc9b5959081c9958dbdc9960821b604082015260600190565b5f5f85851115611cfb575f5ffd5b83861115611d07575f5ffd5b5050820193919092039150565b80356001600160c01b03198116906008841015611d45576001600160c01b0319600885900360031b81901b82161691505b5092915050565b80356001600160e01b03198116906004841015611d45576001600160e01b031960049490940360031b84901b1690921692915050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610dd357610dd3611d82565b80356001600160f01b03198116906002841015611d45576001600160f01b031960029490940360031b84901b1690921692915050565b8082028115828204841417610dd357610dd3611d82565b81810381811115610dd357610dd3611d82565b80356020831015610dd3575f19602084900360031b1b1692915050565b80356001600160601b03198116906014841015611d45576001600160601b031960149490940360031b84901b1690921692915050565b60ff8181168382160190811115610dd357610dd3611d82565b634e487b7160e01b5f52602160045260245ffd5b5f60208284031215611e99575f5ffd5b81516112bc81611b26565b5f5f60408385031215611eb5575f5ffd5b505080516020909101519092909150565b5f82611ee057634e487b7160e01b5f52601260045260245ffd5b50049056",
}

// SlasherABI is the input ABI used to generate the binding from.
// Deprecated: Use SlasherMetaData.ABI instead.
var SlasherABI = SlasherMetaData.ABI

// SlasherBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SlasherMetaData.Bin instead.
var SlasherBin = SlasherMetaData.Bin

// DeploySlasher deploys a new Ethereum contract, binding an instance of Slasher to it.
func DeploySlasher(auth *bind.TransactOpts, backend bind.ContractBackend, registry_ common.Address) (common.Address, *types.Transaction, *Slasher, error) {
	parsed, err := SlasherMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SlasherBin), backend, registry_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Slasher{SlasherCaller: SlasherCaller{contract: contract}, SlasherTransactor: SlasherTransactor{contract: contract}, SlasherFilterer: SlasherFilterer{contract: contract}}, nil
}

// Slasher is an auto generated Go binding around an Ethereum contract.
type Slasher struct {
	SlasherCaller     // Read-only binding to the contract
	SlasherTransactor // Write-only binding to the contract
	SlasherFilterer   // Log filterer for contract events
}

// SlasherCaller is an auto generated read-only Go binding around an Ethereum contract.
type SlasherCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SlasherTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SlasherTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SlasherFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SlasherFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SlasherSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SlasherSession struct {
	Contract     *Slasher          // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// SlasherCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SlasherCallerSession struct {
	Contract *SlasherCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts  // Call options to use throughout this session
}

// SlasherTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SlasherTransactorSession struct {
	Contract     *SlasherTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// SlasherRaw is an auto generated low-level Go binding around an Ethereum contract.
type SlasherRaw struct {
	Contract *Slasher // Generic contract binding to access the raw methods on
}

// SlasherCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SlasherCallerRaw struct {
	Contract *SlasherCaller // Generic read-only contract binding to access the raw methods on
}

// SlasherTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SlasherTransactorRaw struct {
	Contract *SlasherTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSlasher creates a new instance of Slasher, bound to a specific deployed contract.
func NewSlasher(address common.Address, backend bind.ContractBackend) (*Slasher, error) {
	contract, err := bindSlasher(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Slasher{SlasherCaller: SlasherCaller{contract: contract}, SlasherTransactor: SlasherTransactor{contract: contract}, SlasherFilterer: SlasherFilterer{contract: contract}}, nil
}

// NewSlasherCaller creates a new read-only instance of Slasher, bound to a specific deployed contract.
func NewSlasherCaller(address common.Address, caller bind.ContractCaller) (*SlasherCaller, error) {
	contract, err := bindSlasher(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SlasherCaller{contract: contract}, nil
}

// NewSlasherTransactor creates a new write-only instance of Slasher, bound to a specific deployed contract.
func NewSlasherTransactor(address common.Address, transactor bind.ContractTransactor) (*SlasherTransactor, error) {
	contract, err := bindSlasher(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SlasherTransactor{contract: contract}, nil
}

// NewSlasherFilterer creates a new log filterer instance of Slasher, bound to a specific deployed contract.
func NewSlasherFilterer(address common.Address, filterer bind.ContractFilterer) (*SlasherFilterer, error) {
	contract, err := bindSlasher(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SlasherFilterer{contract: contract}, nil
}

// bindSlasher binds a generic wrapper to an already deployed contract.
func bindSlasher(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SlasherMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Slasher *SlasherRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Slasher.Contract.SlasherCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Slasher *SlasherRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Slasher.Contract.SlasherTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Slasher *SlasherRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Slasher.Contract.SlasherTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Slasher *SlasherCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Slasher.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Slasher *SlasherTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Slasher.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Slasher *SlasherTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Slasher.Contract.contract.Transact(opts, method, params...)
}

// BPS is a free data retrieval call binding the contract method 0x249d39e9.
//
// Solidity: function BPS() view returns(uint16)
func (_Slasher *SlasherCaller) BPS(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "BPS")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// BPS is a free data retrieval call binding the contract method 0x249d39e9.
//
// Solidity: function BPS() view returns(uint16)
func (_Slasher *SlasherSession) BPS() (uint16, error) {
	return _Slasher.Contract.BPS(&_Slasher.CallOpts)
}

// BPS is a free data retrieval call binding the contract method 0x249d39e9.
//
// Solidity: function BPS() view returns(uint16)
func (_Slasher *SlasherCallerSession) BPS() (uint16, error) {
	return _Slasher.Contract.BPS(&_Slasher.CallOpts)
}

// BURN is a free data retrieval call binding the contract method 0xc0a2526c.
//
// Solidity: function BURN() view returns(address)
func (_Slasher *SlasherCaller) BURN(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "BURN")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// BURN is a free data retrieval call binding the contract method 0xc0a2526c.
//
// Solidity: function BURN() view returns(address)
func (_Slasher *SlasherSession) BURN() (common.Address, error) {
	return _Slasher.Contract.BURN(&_Slasher.CallOpts)
}

// BURN is a free data retrieval call binding the contract method 0xc0a2526c.
//
// Solidity: function BURN() view returns(address)
func (_Slasher *SlasherCallerSession) BURN() (common.Address, error) {
	return _Slasher.Contract.BURN(&_Slasher.CallOpts)
}

// FAULTACKEQUIVOCATION is a free data retrieval call binding the contract method 0x82927d57.
//
// Solidity: function FAULT_ACK_EQUIVOCATION() view returns(uint8)
func (_Slasher *SlasherCaller) FAULTACKEQUIVOCATION(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "FAULT_ACK_EQUIVOCATION")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// FAULTACKEQUIVOCATION is a free data retrieval call binding the contract method 0x82927d57.
//
// Solidity: function FAULT_ACK_EQUIVOCATION() view returns(uint8)
func (_Slasher *SlasherSession) FAULTACKEQUIVOCATION() (uint8, error) {
	return _Slasher.Contract.FAULTACKEQUIVOCATION(&_Slasher.CallOpts)
}

// FAULTACKEQUIVOCATION is a free data retrieval call binding the contract method 0x82927d57.
//
// Solidity: function FAULT_ACK_EQUIVOCATION() view returns(uint8)
func (_Slasher *SlasherCallerSession) FAULTACKEQUIVOCATION() (uint8, error) {
	return _Slasher.Contract.FAULTACKEQUIVOCATION(&_Slasher.CallOpts)
}

// FAULTBADRELEASE is a free data retrieval call binding the contract method 0x84c9666b.
//
// Solidity: function FAULT_BAD_RELEASE() view returns(uint8)
func (_Slasher *SlasherCaller) FAULTBADRELEASE(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "FAULT_BAD_RELEASE")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// FAULTBADRELEASE is a free data retrieval call binding the contract method 0x84c9666b.
//
// Solidity: function FAULT_BAD_RELEASE() view returns(uint8)
func (_Slasher *SlasherSession) FAULTBADRELEASE() (uint8, error) {
	return _Slasher.Contract.FAULTBADRELEASE(&_Slasher.CallOpts)
}

// FAULTBADRELEASE is a free data retrieval call binding the contract method 0x84c9666b.
//
// Solidity: function FAULT_BAD_RELEASE() view returns(uint8)
func (_Slasher *SlasherCallerSession) FAULTBADRELEASE() (uint8, error) {
	return _Slasher.Contract.FAULTBADRELEASE(&_Slasher.CallOpts)
}

// EvidenceUsed is a free data retrieval call binding the contract method 0x92c090d3.
//
// Solidity: function evidenceUsed(bytes32 ) view returns(bool)
func (_Slasher *SlasherCaller) EvidenceUsed(opts *bind.CallOpts, arg0 [32]byte) (bool, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "evidenceUsed", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// EvidenceUsed is a free data retrieval call binding the contract method 0x92c090d3.
//
// Solidity: function evidenceUsed(bytes32 ) view returns(bool)
func (_Slasher *SlasherSession) EvidenceUsed(arg0 [32]byte) (bool, error) {
	return _Slasher.Contract.EvidenceUsed(&_Slasher.CallOpts, arg0)
}

// EvidenceUsed is a free data retrieval call binding the contract method 0x92c090d3.
//
// Solidity: function evidenceUsed(bytes32 ) view returns(bool)
func (_Slasher *SlasherCallerSession) EvidenceUsed(arg0 [32]byte) (bool, error) {
	return _Slasher.Contract.EvidenceUsed(&_Slasher.CallOpts, arg0)
}

// FaultKey is a free data retrieval call binding the contract method 0xfdead503.
//
// Solidity: function faultKey(uint8 kind, address wallet, uint64 chainId, uint64 secretId, uint32 version) pure returns(bytes32)
func (_Slasher *SlasherCaller) FaultKey(opts *bind.CallOpts, kind uint8, wallet common.Address, chainId uint64, secretId uint64, version uint32) ([32]byte, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "faultKey", kind, wallet, chainId, secretId, version)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// FaultKey is a free data retrieval call binding the contract method 0xfdead503.
//
// Solidity: function faultKey(uint8 kind, address wallet, uint64 chainId, uint64 secretId, uint32 version) pure returns(bytes32)
func (_Slasher *SlasherSession) FaultKey(kind uint8, wallet common.Address, chainId uint64, secretId uint64, version uint32) ([32]byte, error) {
	return _Slasher.Contract.FaultKey(&_Slasher.CallOpts, kind, wallet, chainId, secretId, version)
}

// FaultKey is a free data retrieval call binding the contract method 0xfdead503.
//
// Solidity: function faultKey(uint8 kind, address wallet, uint64 chainId, uint64 secretId, uint32 version) pure returns(bytes32)
func (_Slasher *SlasherCallerSession) FaultKey(kind uint8, wallet common.Address, chainId uint64, secretId uint64, version uint32) ([32]byte, error) {
	return _Slasher.Contract.FaultKey(&_Slasher.CallOpts, kind, wallet, chainId, secretId, version)
}

// FaultSlashed is a free data retrieval call binding the contract method 0xbfc0ef71.
//
// Solidity: function faultSlashed(bytes32 ) view returns(bool)
func (_Slasher *SlasherCaller) FaultSlashed(opts *bind.CallOpts, arg0 [32]byte) (bool, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "faultSlashed", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// FaultSlashed is a free data retrieval call binding the contract method 0xbfc0ef71.
//
// Solidity: function faultSlashed(bytes32 ) view returns(bool)
func (_Slasher *SlasherSession) FaultSlashed(arg0 [32]byte) (bool, error) {
	return _Slasher.Contract.FaultSlashed(&_Slasher.CallOpts, arg0)
}

// FaultSlashed is a free data retrieval call binding the contract method 0xbfc0ef71.
//
// Solidity: function faultSlashed(bytes32 ) view returns(bool)
func (_Slasher *SlasherCallerSession) FaultSlashed(arg0 [32]byte) (bool, error) {
	return _Slasher.Contract.FaultSlashed(&_Slasher.CallOpts, arg0)
}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_Slasher *SlasherCaller) Governance(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "governance")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_Slasher *SlasherSession) Governance() (common.Address, error) {
	return _Slasher.Contract.Governance(&_Slasher.CallOpts)
}

// Governance is a free data retrieval call binding the contract method 0x5aa6e675.
//
// Solidity: function governance() view returns(address)
func (_Slasher *SlasherCallerSession) Governance() (common.Address, error) {
	return _Slasher.Contract.Governance(&_Slasher.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Slasher *SlasherCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Slasher *SlasherSession) Registry() (common.Address, error) {
	return _Slasher.Contract.Registry(&_Slasher.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Slasher *SlasherCallerSession) Registry() (common.Address, error) {
	return _Slasher.Contract.Registry(&_Slasher.CallOpts)
}

// ReporterBps is a free data retrieval call binding the contract method 0x8b69c810.
//
// Solidity: function reporterBps() view returns(uint16)
func (_Slasher *SlasherCaller) ReporterBps(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "reporterBps")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// ReporterBps is a free data retrieval call binding the contract method 0x8b69c810.
//
// Solidity: function reporterBps() view returns(uint16)
func (_Slasher *SlasherSession) ReporterBps() (uint16, error) {
	return _Slasher.Contract.ReporterBps(&_Slasher.CallOpts)
}

// ReporterBps is a free data retrieval call binding the contract method 0x8b69c810.
//
// Solidity: function reporterBps() view returns(uint16)
func (_Slasher *SlasherCallerSession) ReporterBps() (uint16, error) {
	return _Slasher.Contract.ReporterBps(&_Slasher.CallOpts)
}

// Rewards is a free data retrieval call binding the contract method 0x9ec5a894.
//
// Solidity: function rewards() view returns(address)
func (_Slasher *SlasherCaller) Rewards(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "rewards")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Rewards is a free data retrieval call binding the contract method 0x9ec5a894.
//
// Solidity: function rewards() view returns(address)
func (_Slasher *SlasherSession) Rewards() (common.Address, error) {
	return _Slasher.Contract.Rewards(&_Slasher.CallOpts)
}

// Rewards is a free data retrieval call binding the contract method 0x9ec5a894.
//
// Solidity: function rewards() view returns(address)
func (_Slasher *SlasherCallerSession) Rewards() (common.Address, error) {
	return _Slasher.Contract.Rewards(&_Slasher.CallOpts)
}

// SlashBps is a free data retrieval call binding the contract method 0x0681e651.
//
// Solidity: function slashBps() view returns(uint16)
func (_Slasher *SlasherCaller) SlashBps(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "slashBps")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// SlashBps is a free data retrieval call binding the contract method 0x0681e651.
//
// Solidity: function slashBps() view returns(uint16)
func (_Slasher *SlasherSession) SlashBps() (uint16, error) {
	return _Slasher.Contract.SlashBps(&_Slasher.CallOpts)
}

// SlashBps is a free data retrieval call binding the contract method 0x0681e651.
//
// Solidity: function slashBps() view returns(uint16)
func (_Slasher *SlasherCallerSession) SlashBps() (uint16, error) {
	return _Slasher.Contract.SlashBps(&_Slasher.CallOpts)
}

// SlashCount is a free data retrieval call binding the contract method 0x4d21497f.
//
// Solidity: function slashCount() view returns(uint256)
func (_Slasher *SlasherCaller) SlashCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "slashCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SlashCount is a free data retrieval call binding the contract method 0x4d21497f.
//
// Solidity: function slashCount() view returns(uint256)
func (_Slasher *SlasherSession) SlashCount() (*big.Int, error) {
	return _Slasher.Contract.SlashCount(&_Slasher.CallOpts)
}

// SlashCount is a free data retrieval call binding the contract method 0x4d21497f.
//
// Solidity: function slashCount() view returns(uint256)
func (_Slasher *SlasherCallerSession) SlashCount() (*big.Int, error) {
	return _Slasher.Contract.SlashCount(&_Slasher.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Slasher *SlasherCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Slasher.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Slasher *SlasherSession) Token() (common.Address, error) {
	return _Slasher.Contract.Token(&_Slasher.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Slasher *SlasherCallerSession) Token() (common.Address, error) {
	return _Slasher.Contract.Token(&_Slasher.CallOpts)
}

// SetFractions is a paid mutator transaction binding the contract method 0xc7e1499a.
//
// Solidity: function setFractions(uint16 slashBps_, uint16 reporterBps_) returns()
func (_Slasher *SlasherTransactor) SetFractions(opts *bind.TransactOpts, slashBps_ uint16, reporterBps_ uint16) (*types.Transaction, error) {
	return _Slasher.contract.Transact(opts, "setFractions", slashBps_, reporterBps_)
}

// SetFractions is a paid mutator transaction binding the contract method 0xc7e1499a.
//
// Solidity: function setFractions(uint16 slashBps_, uint16 reporterBps_) returns()
func (_Slasher *SlasherSession) SetFractions(slashBps_ uint16, reporterBps_ uint16) (*types.Transaction, error) {
	return _Slasher.Contract.SetFractions(&_Slasher.TransactOpts, slashBps_, reporterBps_)
}

// SetFractions is a paid mutator transaction binding the contract method 0xc7e1499a.
//
// Solidity: function setFractions(uint16 slashBps_, uint16 reporterBps_) returns()
func (_Slasher *SlasherTransactorSession) SetFractions(slashBps_ uint16, reporterBps_ uint16) (*types.Transaction, error) {
	return _Slasher.Contract.SetFractions(&_Slasher.TransactOpts, slashBps_, reporterBps_)
}

// SetRewards is a paid mutator transaction binding the contract method 0xec38a862.
//
// Solidity: function setRewards(address rewards_) returns()
func (_Slasher *SlasherTransactor) SetRewards(opts *bind.TransactOpts, rewards_ common.Address) (*types.Transaction, error) {
	return _Slasher.contract.Transact(opts, "setRewards", rewards_)
}

// SetRewards is a paid mutator transaction binding the contract method 0xec38a862.
//
// Solidity: function setRewards(address rewards_) returns()
func (_Slasher *SlasherSession) SetRewards(rewards_ common.Address) (*types.Transaction, error) {
	return _Slasher.Contract.SetRewards(&_Slasher.TransactOpts, rewards_)
}

// SetRewards is a paid mutator transaction binding the contract method 0xec38a862.
//
// Solidity: function setRewards(address rewards_) returns()
func (_Slasher *SlasherTransactorSession) SetRewards(rewards_ common.Address) (*types.Transaction, error) {
	return _Slasher.Contract.SetRewards(&_Slasher.TransactOpts, rewards_)
}

// SlashAckEquivocation is a paid mutator transaction binding the contract method 0xe05e31f4.
//
// Solidity: function slashAckEquivocation((uint64,uint64,uint32,uint8,bytes32,address,bytes) a, (uint64,uint64,uint32,uint8,bytes32,address,bytes) b) returns(uint256 amount)
func (_Slasher *SlasherTransactor) SlashAckEquivocation(opts *bind.TransactOpts, a SlasherAck, b SlasherAck) (*types.Transaction, error) {
	return _Slasher.contract.Transact(opts, "slashAckEquivocation", a, b)
}

// SlashAckEquivocation is a paid mutator transaction binding the contract method 0xe05e31f4.
//
// Solidity: function slashAckEquivocation((uint64,uint64,uint32,uint8,bytes32,address,bytes) a, (uint64,uint64,uint32,uint8,bytes32,address,bytes) b) returns(uint256 amount)
func (_Slasher *SlasherSession) SlashAckEquivocation(a SlasherAck, b SlasherAck) (*types.Transaction, error) {
	return _Slasher.Contract.SlashAckEquivocation(&_Slasher.TransactOpts, a, b)
}

// SlashAckEquivocation is a paid mutator transaction binding the contract method 0xe05e31f4.
//
// Solidity: function slashAckEquivocation((uint64,uint64,uint32,uint8,bytes32,address,bytes) a, (uint64,uint64,uint32,uint8,bytes32,address,bytes) b) returns(uint256 amount)
func (_Slasher *SlasherTransactorSession) SlashAckEquivocation(a SlasherAck, b SlasherAck) (*types.Transaction, error) {
	return _Slasher.Contract.SlashAckEquivocation(&_Slasher.TransactOpts, a, b)
}

// SlashBadRelease is a paid mutator transaction binding the contract method 0x5d9483bb.
//
// Solidity: function slashBadRelease(bytes recordBody, bytes recordSignature, (uint64,uint64,uint32,uint8,bytes32,bytes32,address,bytes) rel) returns(uint256 amount)
func (_Slasher *SlasherTransactor) SlashBadRelease(opts *bind.TransactOpts, recordBody []byte, recordSignature []byte, rel SlasherRelease) (*types.Transaction, error) {
	return _Slasher.contract.Transact(opts, "slashBadRelease", recordBody, recordSignature, rel)
}

// SlashBadRelease is a paid mutator transaction binding the contract method 0x5d9483bb.
//
// Solidity: function slashBadRelease(bytes recordBody, bytes recordSignature, (uint64,uint64,uint32,uint8,bytes32,bytes32,address,bytes) rel) returns(uint256 amount)
func (_Slasher *SlasherSession) SlashBadRelease(recordBody []byte, recordSignature []byte, rel SlasherRelease) (*types.Transaction, error) {
	return _Slasher.Contract.SlashBadRelease(&_Slasher.TransactOpts, recordBody, recordSignature, rel)
}

// SlashBadRelease is a paid mutator transaction binding the contract method 0x5d9483bb.
//
// Solidity: function slashBadRelease(bytes recordBody, bytes recordSignature, (uint64,uint64,uint32,uint8,bytes32,bytes32,address,bytes) rel) returns(uint256 amount)
func (_Slasher *SlasherTransactorSession) SlashBadRelease(recordBody []byte, recordSignature []byte, rel SlasherRelease) (*types.Transaction, error) {
	return _Slasher.Contract.SlashBadRelease(&_Slasher.TransactOpts, recordBody, recordSignature, rel)
}

// TransferGovernance is a paid mutator transaction binding the contract method 0xd38bfff4.
//
// Solidity: function transferGovernance(address newGovernance) returns()
func (_Slasher *SlasherTransactor) TransferGovernance(opts *bind.TransactOpts, newGovernance common.Address) (*types.Transaction, error) {
	return _Slasher.contract.Transact(opts, "transferGovernance", newGovernance)
}

// TransferGovernance is a paid mutator transaction binding the contract method 0xd38bfff4.
//
// Solidity: function transferGovernance(address newGovernance) returns()
func (_Slasher *SlasherSession) TransferGovernance(newGovernance common.Address) (*types.Transaction, error) {
	return _Slasher.Contract.TransferGovernance(&_Slasher.TransactOpts, newGovernance)
}

// TransferGovernance is a paid mutator transaction binding the contract method 0xd38bfff4.
//
// Solidity: function transferGovernance(address newGovernance) returns()
func (_Slasher *SlasherTransactorSession) TransferGovernance(newGovernance common.Address) (*types.Transaction, error) {
	return _Slasher.Contract.TransferGovernance(&_Slasher.TransactOpts, newGovernance)
}

// SlasherFractionsChangedIterator is returned from FilterFractionsChanged and is used to iterate over the raw logs and unpacked data for FractionsChanged events raised by the Slasher contract.
type SlasherFractionsChangedIterator struct {
	Event *SlasherFractionsChanged // Event containing the contract specifics and raw log

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
func (it *SlasherFractionsChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SlasherFractionsChanged)
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
		it.Event = new(SlasherFractionsChanged)
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
func (it *SlasherFractionsChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SlasherFractionsChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SlasherFractionsChanged represents a FractionsChanged event raised by the Slasher contract.
type SlasherFractionsChanged struct {
	SlashBps    uint16
	ReporterBps uint16
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterFractionsChanged is a free log retrieval operation binding the contract event 0xaeaa116b9898a3d1356182f5af4a0a2e8de1ce6e9311895ce5843b9f05139aac.
//
// Solidity: event FractionsChanged(uint16 slashBps, uint16 reporterBps)
func (_Slasher *SlasherFilterer) FilterFractionsChanged(opts *bind.FilterOpts) (*SlasherFractionsChangedIterator, error) {

	logs, sub, err := _Slasher.contract.FilterLogs(opts, "FractionsChanged")
	if err != nil {
		return nil, err
	}
	return &SlasherFractionsChangedIterator{contract: _Slasher.contract, event: "FractionsChanged", logs: logs, sub: sub}, nil
}

// WatchFractionsChanged is a free log subscription operation binding the contract event 0xaeaa116b9898a3d1356182f5af4a0a2e8de1ce6e9311895ce5843b9f05139aac.
//
// Solidity: event FractionsChanged(uint16 slashBps, uint16 reporterBps)
func (_Slasher *SlasherFilterer) WatchFractionsChanged(opts *bind.WatchOpts, sink chan<- *SlasherFractionsChanged) (event.Subscription, error) {

	logs, sub, err := _Slasher.contract.WatchLogs(opts, "FractionsChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SlasherFractionsChanged)
				if err := _Slasher.contract.UnpackLog(event, "FractionsChanged", log); err != nil {
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

// ParseFractionsChanged is a log parse operation binding the contract event 0xaeaa116b9898a3d1356182f5af4a0a2e8de1ce6e9311895ce5843b9f05139aac.
//
// Solidity: event FractionsChanged(uint16 slashBps, uint16 reporterBps)
func (_Slasher *SlasherFilterer) ParseFractionsChanged(log types.Log) (*SlasherFractionsChanged, error) {
	event := new(SlasherFractionsChanged)
	if err := _Slasher.contract.UnpackLog(event, "FractionsChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SlasherGovernanceTransferredIterator is returned from FilterGovernanceTransferred and is used to iterate over the raw logs and unpacked data for GovernanceTransferred events raised by the Slasher contract.
type SlasherGovernanceTransferredIterator struct {
	Event *SlasherGovernanceTransferred // Event containing the contract specifics and raw log

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
func (it *SlasherGovernanceTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SlasherGovernanceTransferred)
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
		it.Event = new(SlasherGovernanceTransferred)
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
func (it *SlasherGovernanceTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SlasherGovernanceTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SlasherGovernanceTransferred represents a GovernanceTransferred event raised by the Slasher contract.
type SlasherGovernanceTransferred struct {
	PreviousGovernance common.Address
	NewGovernance      common.Address
	Raw                types.Log // Blockchain specific contextual infos
}

// FilterGovernanceTransferred is a free log retrieval operation binding the contract event 0x5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80.
//
// Solidity: event GovernanceTransferred(address indexed previousGovernance, address indexed newGovernance)
func (_Slasher *SlasherFilterer) FilterGovernanceTransferred(opts *bind.FilterOpts, previousGovernance []common.Address, newGovernance []common.Address) (*SlasherGovernanceTransferredIterator, error) {

	var previousGovernanceRule []interface{}
	for _, previousGovernanceItem := range previousGovernance {
		previousGovernanceRule = append(previousGovernanceRule, previousGovernanceItem)
	}
	var newGovernanceRule []interface{}
	for _, newGovernanceItem := range newGovernance {
		newGovernanceRule = append(newGovernanceRule, newGovernanceItem)
	}

	logs, sub, err := _Slasher.contract.FilterLogs(opts, "GovernanceTransferred", previousGovernanceRule, newGovernanceRule)
	if err != nil {
		return nil, err
	}
	return &SlasherGovernanceTransferredIterator{contract: _Slasher.contract, event: "GovernanceTransferred", logs: logs, sub: sub}, nil
}

// WatchGovernanceTransferred is a free log subscription operation binding the contract event 0x5f56bee8cffbe9a78652a74a60705edede02af10b0bbb888ca44b79a0d42ce80.
//
// Solidity: event GovernanceTransferred(address indexed previousGovernance, address indexed newGovernance)
func (_Slasher *SlasherFilterer) WatchGovernanceTransferred(opts *bind.WatchOpts, sink chan<- *SlasherGovernanceTransferred, previousGovernance []common.Address, newGovernance []common.Address) (event.Subscription, error) {

	var previousGovernanceRule []interface{}
	for _, previousGovernanceItem := range previousGovernance {
		previousGovernanceRule = append(previousGovernanceRule, previousGovernanceItem)
	}
	var newGovernanceRule []interface{}
	for _, newGovernanceItem := range newGovernance {
		newGovernanceRule = append(newGovernanceRule, newGovernanceItem)
	}

	logs, sub, err := _Slasher.contract.WatchLogs(opts, "GovernanceTransferred", previousGovernanceRule, newGovernanceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SlasherGovernanceTransferred)
				if err := _Slasher.contract.UnpackLog(event, "GovernanceTransferred", log); err != nil {
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
func (_Slasher *SlasherFilterer) ParseGovernanceTransferred(log types.Log) (*SlasherGovernanceTransferred, error) {
	event := new(SlasherGovernanceTransferred)
	if err := _Slasher.contract.UnpackLog(event, "GovernanceTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SlasherRewardsChangedIterator is returned from FilterRewardsChanged and is used to iterate over the raw logs and unpacked data for RewardsChanged events raised by the Slasher contract.
type SlasherRewardsChangedIterator struct {
	Event *SlasherRewardsChanged // Event containing the contract specifics and raw log

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
func (it *SlasherRewardsChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SlasherRewardsChanged)
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
		it.Event = new(SlasherRewardsChanged)
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
func (it *SlasherRewardsChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SlasherRewardsChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SlasherRewardsChanged represents a RewardsChanged event raised by the Slasher contract.
type SlasherRewardsChanged struct {
	Rewards common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRewardsChanged is a free log retrieval operation binding the contract event 0x52d273fadafb7a23cd79f203ee03fae9f3a5b6fbb21f82704378c893aee5f537.
//
// Solidity: event RewardsChanged(address indexed rewards)
func (_Slasher *SlasherFilterer) FilterRewardsChanged(opts *bind.FilterOpts, rewards []common.Address) (*SlasherRewardsChangedIterator, error) {

	var rewardsRule []interface{}
	for _, rewardsItem := range rewards {
		rewardsRule = append(rewardsRule, rewardsItem)
	}

	logs, sub, err := _Slasher.contract.FilterLogs(opts, "RewardsChanged", rewardsRule)
	if err != nil {
		return nil, err
	}
	return &SlasherRewardsChangedIterator{contract: _Slasher.contract, event: "RewardsChanged", logs: logs, sub: sub}, nil
}

// WatchRewardsChanged is a free log subscription operation binding the contract event 0x52d273fadafb7a23cd79f203ee03fae9f3a5b6fbb21f82704378c893aee5f537.
//
// Solidity: event RewardsChanged(address indexed rewards)
func (_Slasher *SlasherFilterer) WatchRewardsChanged(opts *bind.WatchOpts, sink chan<- *SlasherRewardsChanged, rewards []common.Address) (event.Subscription, error) {

	var rewardsRule []interface{}
	for _, rewardsItem := range rewards {
		rewardsRule = append(rewardsRule, rewardsItem)
	}

	logs, sub, err := _Slasher.contract.WatchLogs(opts, "RewardsChanged", rewardsRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SlasherRewardsChanged)
				if err := _Slasher.contract.UnpackLog(event, "RewardsChanged", log); err != nil {
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

// ParseRewardsChanged is a log parse operation binding the contract event 0x52d273fadafb7a23cd79f203ee03fae9f3a5b6fbb21f82704378c893aee5f537.
//
// Solidity: event RewardsChanged(address indexed rewards)
func (_Slasher *SlasherFilterer) ParseRewardsChanged(log types.Log) (*SlasherRewardsChanged, error) {
	event := new(SlasherRewardsChanged)
	if err := _Slasher.contract.UnpackLog(event, "RewardsChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SlasherSlashedIterator is returned from FilterSlashed and is used to iterate over the raw logs and unpacked data for Slashed events raised by the Slasher contract.
type SlasherSlashedIterator struct {
	Event *SlasherSlashed // Event containing the contract specifics and raw log

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
func (it *SlasherSlashedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SlasherSlashed)
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
		it.Event = new(SlasherSlashed)
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
func (it *SlasherSlashedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SlasherSlashedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SlasherSlashed represents a Slashed event raised by the Slasher contract.
type SlasherSlashed struct {
	EnclaveWallet common.Address
	Kind          uint8
	EvidenceHash  [32]byte
	Reporter      common.Address
	Amount        *big.Int
	Burned        *big.Int
	ToReporter    *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterSlashed is a free log retrieval operation binding the contract event 0x3c444920a67d7972538a75e70aab05bd2e162c7e74d96efc5e68f1babccc5a01.
//
// Solidity: event Slashed(address indexed enclaveWallet, uint8 indexed kind, bytes32 evidenceHash, address reporter, uint256 amount, uint256 burned, uint256 toReporter)
func (_Slasher *SlasherFilterer) FilterSlashed(opts *bind.FilterOpts, enclaveWallet []common.Address, kind []uint8) (*SlasherSlashedIterator, error) {

	var enclaveWalletRule []interface{}
	for _, enclaveWalletItem := range enclaveWallet {
		enclaveWalletRule = append(enclaveWalletRule, enclaveWalletItem)
	}
	var kindRule []interface{}
	for _, kindItem := range kind {
		kindRule = append(kindRule, kindItem)
	}

	logs, sub, err := _Slasher.contract.FilterLogs(opts, "Slashed", enclaveWalletRule, kindRule)
	if err != nil {
		return nil, err
	}
	return &SlasherSlashedIterator{contract: _Slasher.contract, event: "Slashed", logs: logs, sub: sub}, nil
}

// WatchSlashed is a free log subscription operation binding the contract event 0x3c444920a67d7972538a75e70aab05bd2e162c7e74d96efc5e68f1babccc5a01.
//
// Solidity: event Slashed(address indexed enclaveWallet, uint8 indexed kind, bytes32 evidenceHash, address reporter, uint256 amount, uint256 burned, uint256 toReporter)
func (_Slasher *SlasherFilterer) WatchSlashed(opts *bind.WatchOpts, sink chan<- *SlasherSlashed, enclaveWallet []common.Address, kind []uint8) (event.Subscription, error) {

	var enclaveWalletRule []interface{}
	for _, enclaveWalletItem := range enclaveWallet {
		enclaveWalletRule = append(enclaveWalletRule, enclaveWalletItem)
	}
	var kindRule []interface{}
	for _, kindItem := range kind {
		kindRule = append(kindRule, kindItem)
	}

	logs, sub, err := _Slasher.contract.WatchLogs(opts, "Slashed", enclaveWalletRule, kindRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SlasherSlashed)
				if err := _Slasher.contract.UnpackLog(event, "Slashed", log); err != nil {
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

// ParseSlashed is a log parse operation binding the contract event 0x3c444920a67d7972538a75e70aab05bd2e162c7e74d96efc5e68f1babccc5a01.
//
// Solidity: event Slashed(address indexed enclaveWallet, uint8 indexed kind, bytes32 evidenceHash, address reporter, uint256 amount, uint256 burned, uint256 toReporter)
func (_Slasher *SlasherFilterer) ParseSlashed(log types.Log) (*SlasherSlashed, error) {
	event := new(SlasherSlashed)
	if err := _Slasher.contract.UnpackLog(event, "Slashed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
