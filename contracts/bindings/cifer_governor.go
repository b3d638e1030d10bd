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

// CiferGovernorMetaData contains all meta data concerning the CiferGovernor contract.
var CiferGovernorMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIVotes\",\"name\":\"votes_\",\"type\":\"address\"},{\"internalType\":\"contractTimelockController\",\"name\":\"timelock_\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"votingDelay_\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"votingPeriod_\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"proposalThreshold_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorumPercent_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"GovernorAlreadyCastVote\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorAlreadyQueuedProposal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorDisabledDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"votes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"GovernorInsufficientProposerVotes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"targets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"calldatas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"values\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidProposalLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quorumNumerator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorumDenominator\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidQuorumFraction\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"GovernorInvalidSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorInvalidVoteParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorInvalidVoteType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"votingPeriod\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidVotingPeriod\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorNonexistentProposal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorNotQueuedProposal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"GovernorOnlyExecutor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorQueueNotImplemented\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"}],\"name\":\"GovernorRestrictedProposer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"GovernorUnableToCancel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"enumIGovernor.ProposalState\",\"name\":\"current\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"expectedStates\",\"type\":\"bytes32\"}],\"name\":\"GovernorUnexpectedProposalState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"signatures\",\"type\":\"string[]\"},{\"indexed\":false,\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"voteStart\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"voteEnd\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"ProposalCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"etaSeconds\",\"type\":\"uint256\"}],\"name\":\"ProposalQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldProposalThreshold\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newProposalThreshold\",\"type\":\"uint256\"}],\"name\":\"ProposalThresholdSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldQuorumNumerator\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newQuorumNumerator\",\"type\":\"uint256\"}],\"name\":\"QuorumNumeratorUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oldTimelock\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newTimelock\",\"type\":\"address\"}],\"name\":\"TimelockChange\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"VoteCast\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"VoteCastWithParams\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldVotingDelay\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotingDelay\",\"type\":\"uint256\"}],\"name\":\"VotingDelaySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldVotingPeriod\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotingPeriod\",\"type\":\"uint256\"}],\"name\":\"VotingPeriodSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BALLOT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLOCK_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"COUNTING_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EXTENDED_BALLOT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"}],\"name\":\"castVote\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"castVoteBySig\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"castVoteWithReason\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"castVoteWithReasonAndParams\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"castVoteWithReasonAndParamsBySig\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"execute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"getProposalId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"getVotesWithParams\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasVoted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"hashProposal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalDeadline\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalEta\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalNeedsQueuing\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalProposer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalSnapshot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"againstVotes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"forVotes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"abstainVotes\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"propose\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"queue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"quorum\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumDenominator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"quorumNumerator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumNumerator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"relay\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newProposalThreshold\",\"type\":\"uint256\"}],\"name\":\"setProposalThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newVotingDelay\",\"type\":\"uint48\"}],\"name\":\"setVotingDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"newVotingPeriod\",\"type\":\"uint32\"}],\"name\":\"setVotingPeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"state\",\"outputs\":[{\"internalType\":\"enumIGovernor.ProposalState\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"timelock\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC5805\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newQuorumNumerator\",\"type\":\"uint256\"}],\"name\":\"updateQuorumNumerator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractTimelockController\",\"name\":\"newTimelock\",\"type\":\"address\"}],\"name\":\"updateTimelock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"votingDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"votingPeriod\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x610180604052348015610010575f5ffd5b50604051614d86380380614d8683398101604081905261002f91610735565b8481878686866040518060400160405280600e81526020016d21a4a322a91023b7bb32b93737b960911b8152508061006b61017260201b60201c565b610075825f61018d565b6101205261008481600161018d565b61014052815160208084019190912060e052815190820120610100524660a05261011060e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05260036101258282610840565b506101319050836101bf565b61013a82610225565b610143816102c9565b5050506001600160a01b03166101605261015c8161030a565b506101668161039f565b5050505050505061098a565b6040805180820190915260018152603160f81b602082015290565b5f6020835110156101a8576101a183610408565b90506101b9565b816101b38482610840565b5060ff90505b92915050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b8063ffffffff165f036102525760405163f1cfbf0560e01b81525f60048201526024015b60405180910390fd5b6008546040805163ffffffff66010000000000009093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff90921666010000000000000263ffffffff60301b19909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b6064808211156103375760405163243e544560e01b81526004810183905260248101829052604401610249565b5f610340610445565b905061035f61034d61045e565b610356856104d8565b600a919061050f565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b600b54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600b80546001600160a01b0319166001600160a01b0392909216919091179055565b5f5f829050601f81511115610432578260405163305a27a960e01b815260040161024991906108fa565b805161043d8261092f565b179392505050565b5f610450600a610529565b6001600160d01b0316905090565b5f6104696101605190565b6001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156104c2575060408051601f3d908101601f191682019092526104bf91810190610952565b60015b6104d3576104ce610571565b905090565b919050565b5f6001600160d01b0382111561050b576040516306dfcc6560e41b815260d0600482015260248101839052604401610249565b5090565b5f8061051c85858561057b565b915091505b935093915050565b80545f9080156105685761054f8361054260018461096b565b5f91825260209091200190565b54660100000000000090046001600160d01b031661056a565b5f5b9392505050565b5f6104ce436106d7565b82545f908190801561067a575f6105978761054260018561096b565b805490915065ffffffffffff80821691660100000000000090046001600160d01b03169088168211156105dd57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361061957825465ffffffffffff1666010000000000006001600160d01b0389160217835561066c565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b945085935061052192505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a8152918220955192519093166601000000000000029190931617920191909155905081610521565b5f65ffffffffffff82111561050b576040516306dfcc6560e41b81526030600482015260248101839052604401610249565b6001600160a01b038116811461071d575f5ffd5b50565b805165ffffffffffff811681146104d3575f5ffd5b5f5f5f5f5f5f60c0878903121561074a575f5ffd5b865161075581610709565b602088015190965061076681610709565b945061077460408801610720565b9350606087015163ffffffff8116811461078c575f5ffd5b608088015160a090980151969995985093969395939492505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806107d057607f821691505b6020821081036107ee57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561083b57805f5260205f20601f840160051c810160208510156108195750805b601f840160051c820191505b81811015610838575f8155600101610825565b50505b505050565b81516001600160401b03811115610859576108596107a8565b61086d8161086784546107bc565b846107f4565b6020601f82116001811461089f575f83156108885750848201515b5f19600385901b1c1916600184901b178455610838565b5f84815260208120601f198516915b828110156108ce57878501518255602094850194600190920191016108ae565b50848210156108eb57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156107ee575f1960209190910360031b1b16919050565b5f60208284031215610962575f5ffd5b61056a82610720565b818103818111156101b957634e487b7160e01b5f52601160045260245ffd5b60805160a05160c05160e05161010051610120516101405161016051614385610a015f395f81816109c101528181610e29015281816111f601528181611e28015261208201525f611d6c01525f611d4001525f612ddf01525f612db701525f612d1201525f612d3c01525f612d6601526143855ff3fe6080604052600436106102a8575f3560e01c80637ecebe001161016f578063bc197c81116100d8578063deaaa7cc11610092578063ece40cc11161006d578063ece40cc114610956578063f23a6e6114610975578063f8ce560a14610994578063fc0c546a146109b3575f5ffd5b8063deaaa7cc146108e5578063e540d01d14610918578063eb9019d414610937575f5ffd5b8063bc197c8114610813578063c01f9e3714610832578063c28bc2fa14610851578063c59057e414610864578063d33219b414610883578063dd4e2ba5146108a0575f5ffd5b8063a7713a7011610129578063a7713a7014610758578063a890c9101461076c578063a8f8a6681461078b578063a9a95294146107aa578063ab58fb8e146107c9578063b58131b0146107ff575f5ffd5b80637ecebe001461068157806384b0196e146106b55780638ff262e3146106dc57806391ddadf4146106fb57806397c3d334146107265780639a802a6d14610739575f5ffd5b806343859632116102115780635b8d0e0d116101cb5780635b8d0e0d146105c75780635f398a14146105e657806360c4247f1461060557806379051887146106245780637b3c71d3146106435780637d5e81e214610662575f5ffd5b806343859632146104ca578063452115d6146105125780634bf5d7e914610531578063544ffc9c1461054557806354fd4d501461057f57806356781388146105a8575f5ffd5b8063160cbed711610262578063160cbed7146104065780632656227d146104255780632d63f693146104385780632fe3e261146104575780633932abb11461048a5780633e4f49e61461049e575f5ffd5b806301ffc9a7146102e357806302a251a31461031757806306f3f9e61461034257806306fdde0314610361578063143489d014610382578063150b7a02146103ce575f5ffd5b366102df57306102b66109e5565b6001600160a01b0316146102dd57604051637485328f60e11b815260040160405180910390fd5b005b5f5ffd5b3480156102ee575f5ffd5b506103026102fd3660046133a0565b6109fd565b60405190151581526020015b60405180910390f35b348015610322575f5ffd5b50600854600160301b900463ffffffff165b60405190815260200161030e565b34801561034d575f5ffd5b506102dd61035c3660046133c7565b610a69565b34801561036c575f5ffd5b50610375610a7d565b60405161030e919061340c565b34801561038d575f5ffd5b506103b661039c3660046133c7565b5f908152600460205260409020546001600160a01b031690565b6040516001600160a01b03909116815260200161030e565b3480156103d9575f5ffd5b506103ed6103e83660046134f5565b610b0d565b6040516001600160e01b0319909116815260200161030e565b348015610411575f5ffd5b506103346104203660046136bb565b610b4f565b6103346104333660046136bb565b610c1b565b348015610443575f5ffd5b506103346104523660046133c7565b610d83565b348015610462575f5ffd5b506103347f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a81181565b348015610495575f5ffd5b50610334610da3565b3480156104a9575f5ffd5b506104bd6104b83660046133c7565b610db5565b60405161030e9190613782565b3480156104d5575f5ffd5b506103026104e4366004613790565b5f8281526009602090815260408083206001600160a01b038516845260030190915290205460ff1692915050565b34801561051d575f5ffd5b5061033461052c3660046136bb565b610dbf565b34801561053c575f5ffd5b50610375610e25565b348015610550575f5ffd5b5061056461055f3660046133c7565b610ee5565b6040805193845260208401929092529082015260600161030e565b34801561058a575f5ffd5b506040805180820190915260018152603160f81b6020820152610375565b3480156105b3575f5ffd5b506103346105c23660046137ce565b610f0a565b3480156105d2575f5ffd5b506103346105e136600461383c565b610f31565b3480156105f1575f5ffd5b506103346106003660046138f8565b610fee565b348015610610575f5ffd5b5061033461061f3660046133c7565b611036565b34801561062f575f5ffd5b506102dd61063e36600461398c565b611042565b34801561064e575f5ffd5b5061033461065d3660046139a7565b611053565b34801561066d575f5ffd5b5061033461067c3660046139fc565b6110a3565b34801561068c575f5ffd5b5061033461069b366004613ab8565b6001600160a01b03165f9081526002602052604090205490565b3480156106c0575f5ffd5b506106c9611159565b60405161030e9796959493929190613b0d565b3480156106e7575f5ffd5b506103346106f6366004613b7c565b61119b565b348015610706575f5ffd5b5061070f6111f3565b60405165ffffffffffff909116815260200161030e565b348015610731575f5ffd5b506064610334565b348015610744575f5ffd5b50610334610753366004613bc9565b61127a565b348015610763575f5ffd5b50610334611290565b348015610777575f5ffd5b506102dd610786366004613ab8565b6112a9565b348015610796575f5ffd5b506103346107a53660046136bb565b6112ba565b3480156107b5575f5ffd5b506103026107c43660046133c7565b6112c7565b3480156107d4575f5ffd5b506103346107e33660046133c7565b5f9081526004602052604090206001015465ffffffffffff1690565b34801561080a575f5ffd5b506103346112cf565b34801561081e575f5ffd5b506103ed61082d366004613c1d565b6112d9565b34801561083d575f5ffd5b5061033461084c3660046133c7565b61131c565b6102dd61085f366004613cb4565b61135e565b34801561086f575f5ffd5b5061033461087e3660046136bb565b6113da565b34801561088e575f5ffd5b50600b546001600160a01b03166103b6565b3480156108ab575f5ffd5b506040805180820190915260208082527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e90820152610375565b3480156108f0575f5ffd5b506103347ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d781565b348015610923575f5ffd5b506102dd610932366004613cf3565b611413565b348015610942575f5ffd5b50610334610951366004613d16565b611424565b348015610961575f5ffd5b506102dd6109703660046133c7565b611443565b348015610980575f5ffd5b506103ed61098f366004613d40565b611454565b34801561099f575f5ffd5b506103346109ae3660046133c7565b611497565b3480156109be575f5ffd5b507f00000000000000000000000000000000000000000000000000000000000000006103b6565b5f6109f8600b546001600160a01b031690565b905090565b5f6001600160e01b031982166366defe7760e11b1480610a2d57506001600160e01b031982166332a2ad4360e11b145b80610a4857506001600160e01b03198216630271189760e51b145b80610a6357506301ffc9a760e01b6001600160e01b03198316145b92915050565b610a716114a1565b610a7a8161151a565b50565b606060038054610a8c90613d97565b80601f0160208091040260200160405190810160405280929190818152602001828054610ab890613d97565b8015610b035780601f10610ada57610100808354040283529160200191610b03565b820191905f5260205f20905b815481529060010190602001808311610ae657829003601f168201915b5050505050905090565b5f30610b176109e5565b6001600160a01b031614610b3e57604051637485328f60e11b815260040160405180910390fd5b50630a85bd0160e11b949350505050565b5f5f610b5d868686866112ba565b9050610b7281610b6d60046115af565b6115d1565b505f610b81828888888861160e565b905065ffffffffffff811615610bf8575f82815260046020908152604091829020600101805465ffffffffffff191665ffffffffffff85169081179091558251858152918201527f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892910160405180910390a1610c11565b604051634844252360e11b815260040160405180910390fd5b5095945050505050565b5f5f610c29868686866112ba565b9050610c4981610c3960056115af565b610c4360046115af565b176115d1565b505f818152600460205260409020805460ff60f01b1916600160f01b17905530610c716109e5565b6001600160a01b031614610cfa575f5b8651811015610cf857306001600160a01b0316878281518110610ca657610ca6613dcf565b60200260200101516001600160a01b031603610cf057610cf0858281518110610cd157610cd1613dcf565b602002602001015180519060200120600561161c90919063ffffffff16565b600101610c81565b505b610d07818787878761167d565b30610d106109e5565b6001600160a01b031614158015610d3c57506005546001600160801b03808216600160801b9092041614155b15610d46575f6005555b6040518181527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f906020015b60405180910390a195945050505050565b5f90815260046020526040902054600160a01b900465ffffffffffff1690565b5f6109f860085465ffffffffffff1690565b5f610a6382611691565b5f5f610dcd868686866112ba565b905033610dda82826117ca565b610e0e57604051638fe5d8a960e01b8152600481018390526001600160a01b03821660248201526044015b60405180910390fd5b610e1a8787878761180f565b979650505050505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa925050508015610ea457506040513d5f823e601f3d908101601f19168201604052610ea19190810190613de3565b60015b610ee0575060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b919050565b5f818152600960205260409020805460018201546002909201549091905b9193909250565b5f80339050610f2984828560405180602001604052805f81525061181c565b949350505050565b5f610f7788888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a925089915061183d9050565b610f9f576040516394ab6c0760e01b81526001600160a01b0387166004820152602401610e05565b610fe288878988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a925061190a915050565b98975050505050505050565b5f80339050610e1a87828888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a925061190a915050565b5f610a63600a836119e8565b61104a6114a1565b610a7a81611a35565b5f8033905061109986828787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061181c92505050565b9695505050505050565b5f336110af8184611a9b565b6110d75760405163d9b3955760e01b81526001600160a01b0382166004820152602401610e05565b5f6110e06112cf565b9050801561114c575f61110e8360016110f76111f3565b6111019190613e6b565b65ffffffffffff16611424565b90508181101561114a57604051636121770b60e11b81526001600160a01b03841660048201526024810182905260448101839052606401610e05565b505b610e1a8787878786611b1f565b5f6060805f5f5f606061116a611d39565b611172611d65565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f6111a885858585611d92565b6111d0576040516394ab6c0760e01b81526001600160a01b0384166004820152602401610e05565b6111ea85848660405180602001604052805f81525061181c565b95945050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa92505050801561126e575060408051601f3d908101601f1916820190925261126b91810190613e89565b60015b610ee0576109f8611e1b565b5f611286848484611e25565b90505b9392505050565b5f61129b600a611eb8565b6001600160d01b0316905090565b6112b16114a1565b610a7a81611efc565b5f6111ea858585856113da565b5f6001610a63565b5f6109f860075490565b5f306112e36109e5565b6001600160a01b03161461130a57604051637485328f60e11b815260040160405180910390fd5b5063bc197c8160e01b95945050505050565b5f8181526004602052604081205461135090600160d01b810463ffffffff1690600160a01b900465ffffffffffff16613ea4565b65ffffffffffff1692915050565b6113666114a1565b5f5f856001600160a01b0316858585604051611383929190613ec2565b5f6040518083038185875af1925050503d805f81146113bd576040519150601f19603f3d011682016040523d82523d5f602084013e6113c2565b606091505b50915091506113d18282611f65565b50505050505050565b5f848484846040516020016113f29493929190613f64565b60408051601f19818403018152919052805160209091012095945050505050565b61141b6114a1565b610a7a81611f81565b5f611289838361143e60408051602081019091525f815290565b611e25565b61144b6114a1565b610a7a8161201d565b5f3061145e6109e5565b6001600160a01b03161461148557604051637485328f60e11b815260040160405180910390fd5b5063f23a6e6160e01b95945050505050565b5f610a638261205e565b336114aa6109e5565b6001600160a01b0316146114d3576040516347096e4760e01b8152336004820152602401610e05565b306114dc6109e5565b6001600160a01b031614611518575f80366040516114fb929190613ec2565b604051809103902090505b8061151160056120fb565b0361150657505b565b6064808211156115475760405163243e544560e01b81526004810183905260248101829052604401610e05565b5f611550611290565b905061156f61155d6111f3565b61156685612168565b600a919061219f565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f8160078111156115c2576115c261374e565b600160ff919091161b92915050565b5f5f6115dc84610db5565b90505f836115e9836115af565b1603611289578381846040516331b75e4d60e01b8152600401610e0593929190613fae565b5f61109986868686866121b9565b81546001600160801b03600160801b82048116918116600183019091160361164857611648604161234a565b6001600160801b038082165f90815260018086016020526040909120939093558354919092018216600160801b029116179055565b61168a858585858561235b565b5050505050565b5f5f61169c836123eb565b905060058160078111156116b2576116b261374e565b146116bd5792915050565b5f838152600c60205260409081902054600b549151632c258a9f60e11b81526004810182905290916001600160a01b03169063584b153e90602401602060405180830381865afa158015611713573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117379190613fd0565b15611746575060059392505050565b600b54604051632ab0f52960e01b8152600481018390526001600160a01b0390911690632ab0f52990602401602060405180830381865afa15801561178d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117b19190613fd0565b156117c0575060079392505050565b5060029392505050565b5f806117d584610db5565b60078111156117e6576117e661374e565b1480156112895750505f91825260046020526040909120546001600160a01b0391821691161490565b5f6111ea8585858561251c565b5f6111ea8585858561183860408051602081019091525f815290565b61190a565b5f610e1a856119047f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118a8a8a61188f8c6001600160a01b03165f90815260026020526040902080546001810190915590565b8b516020808e01919091208c518d8301206040516118e998979695949301968752602087019590955260ff9390931660408601526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b604051602081830303815290604052805190602001206125b3565b846125df565b5f61191986610b6d60016115af565b505f61192e8661192889610d83565b85611e25565b90505f61193e888888858861264f565b905083515f0361199457866001600160a01b03167fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda4898884896040516119879493929190613fef565b60405180910390a2610e1a565b866001600160a01b03167fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb871289888489896040516119d5959493929190614016565b60405180910390a2979650505050505050565b5f5f5f6119f48561274b565b9250925050838265ffffffffffff161115611a2157611a1c611a15856127a3565b86906127d5565b611a23565b805b6001600160d01b031695945050505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b80515f906034811015611ab2576001915050610a63565b60131981840101516001600160b01b03198116692370726f706f7365723d60b01b14611ae357600192505050610a63565b5f5f611af386602a860386612877565b91509150811580610e1a5750866001600160a01b0316816001600160a01b031614979650505050505050565b5f611b3386868686805190602001206112ba565b905084518651141580611b4857508351865114155b80611b5257508551155b15611b8757855184518651604051630447b05d60e41b8152600481019390935260248301919091526044820152606401610e05565b5f81815260046020526040902054600160a01b900465ffffffffffff1615611bd05780611bb382610db5565b6040516331b75e4d60e01b8152610e059291905f90600401613fae565b5f611bd9610da3565b611be16111f3565b65ffffffffffff16611bf3919061404f565b90505f611c0d60085463ffffffff600160301b9091041690565b5f84815260046020526040902080546001600160a01b0319166001600160a01b038716178155909150611c3f836127a3565b815465ffffffffffff91909116600160a01b0265ffffffffffff60a01b19909116178155611c6c82612920565b815463ffffffff91909116600160d01b0263ffffffff60d01b1990911617815588517f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e090859087908c908c906001600160401b03811115611ccf57611ccf613432565b604051908082528060200260200182016040528015611d0257816020015b6060815260200190600190039081611ced5790505b508c89611d0f8a8261404f565b8e604051611d2599989796959493929190614062565b60405180910390a150505095945050505050565b60606109f87f00000000000000000000000000000000000000000000000000000000000000005f612950565b60606109f87f00000000000000000000000000000000000000000000000000000000000000006001612950565b5f6111ea836119047ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d7888888611de48a6001600160a01b03165f90815260026020526040902080546001810190915590565b60408051602081019690965285019390935260ff90911660608401526001600160a01b0316608083015260a082015260c0016118e9565b5f6109f8436127a3565b5f7f0000000000000000000000000000000000000000000000000000000000000000604051630748d63560e31b81526001600160a01b038681166004830152602482018690529190911690633a46b1a890604401602060405180830381865afa158015611e94573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611286919061413d565b80545f908015611ef457611ede83611ed1600184614154565b5f91825260209091200190565b54600160301b90046001600160d01b0316611289565b5f9392505050565b600b54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600b80546001600160a01b0319166001600160a01b0392909216919091179055565b606082611f7a57611f75826129f9565b610a63565b5080610a63565b8063ffffffff165f03611fa95760405163f1cfbf0560e01b81525f6004820152602401610e05565b6008546040805163ffffffff600160301b9093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff909216600160301b0269ffffffff00000000000019909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b604051632394e7a360e21b8152600481018290525f90610a63906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638e539e8c90602401602060405180830381865afa1580156120c7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906120eb919061413d565b6120f484611036565b6064612a21565b80545f906001600160801b0380821691600160801b900416810361212357612123603161234a565b6001600160801b038181165f908152600185810160205260408220805492905585546fffffffffffffffffffffffffffffffff19169301909116919091179092555090565b5f6001600160d01b0382111561219b576040516306dfcc6560e41b815260d0600482015260248101839052604401610e05565b5090565b5f806121ac858585612ad1565b915091505b935093915050565b5f5f600b5f9054906101000a90046001600160a01b03166001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa15801561220b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061222f919061413d565b90505f3060601b6bffffffffffffffffffffffff19168418600b5460405163b1c5f42760e01b81529192506001600160a01b03169063b1c5f42790612280908a908a908a905f908890600401614167565b602060405180830381865afa15801561229b573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122bf919061413d565b5f898152600c602052604080822092909255600b5491516308f2a0bb60e41b81526001600160a01b0390921691638f2a0bb091612309918b918b918b919088908a906004016141b4565b5f604051808303815f87803b158015612320575f5ffd5b505af1158015612332573d5f5f3e3d5ffd5b50505050610fe28242612345919061404f565b6127a3565b634e487b715f52806020526024601cfd5b600b546001600160a01b031663e38335e5348686865f3060601b6bffffffffffffffffffffffff191688186040518763ffffffff1660e01b81526004016123a6959493929190614167565b5f604051808303818588803b1580156123bd575f5ffd5b505af11580156123cf573d5f5f3e3d5ffd5b5050505f9687525050600c602052505060408320929092555050565b5f818152600460205260408120805460ff600160f01b8204811691600160f81b900416811561241f57506007949350505050565b801561243057506002949350505050565b5f61243a86610d83565b9050805f0361245f57604051636ad0607560e01b815260048101879052602401610e05565b5f6124686111f3565b65ffffffffffff16905080821061248557505f9695505050505050565b5f61248f8861131c565b90508181106124a657506001979650505050505050565b6124af88612c21565b15806124ce57505f888152600960205260409020805460019091015411155b156124e157506003979650505050505050565b5f8881526004602052604090206001015465ffffffffffff165f0361250e57506004979650505050505050565b506005979650505050505050565b5f5f61252a86868686612c57565b5f818152600c60205260409020549091508015610c1157600b5460405163c4d252f560e01b8152600481018390526001600160a01b039091169063c4d252f5906024015f604051808303815f87803b158015612584575f5ffd5b505af1158015612596573d5f5f3e3d5ffd5b5050505f838152600c602052604081205550509050949350505050565b5f610a636125bf612d06565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f0361263d575f5f6125fd8585612e2f565b5090925090505f8160038111156126165761261661374e565b1480156126345750856001600160a01b0316826001600160a01b0316145b92505050611289565b612648848484612e78565b9050611289565b5f8581526009602090815260408083206001600160a01b03881684526003810190925282205460ff16156126a1576040516371c6af4960e01b81526001600160a01b0387166004820152602401610e05565b6001600160a01b0386165f9081526003820160205260409020805460ff1916600117905560ff85166126ea5783815f015f8282546126df919061404f565b909155506127409050565b5f1960ff8616016127085783816001015f8282546126df919061404f565b60011960ff8616016127275783816002015f8282546126df919061404f565b6040516303599be160e11b815260040160405180910390fd5b509195945050505050565b80545f9081908190808203612769575f5f5f93509350935050610f03565b5f61277986611ed1600185614154565b546001955065ffffffffffff81169450600160301b90046001600160d01b03169250610f03915050565b5f65ffffffffffff82111561219b576040516306dfcc6560e41b81526030600482015260248101839052604401610e05565b81545f9081816005811115612831575f6127ee84612f4e565b6127f89085614154565b5f8881526020902090915081015465ffffffffffff90811690871610156128215780915061282f565b61282c81600161404f565b92505b505b5f61283e878785856130a6565b9050801561286b5761285587611ed1600184614154565b54600160301b90046001600160d01b0316610e1a565b505f9695505050505050565b5f5f845183118061288757508284115b1561289657505f9050806121b1565b5f6128a285600161404f565b841180156128ca575061060f60f31b6128be8787016020015190565b6001600160f01b031916145b90505f6128da821515600261420b565b6128e590602861404f565b9050806128f28787614154565b03612913575f5f612904898989613105565b90965094506121b19350505050565b5f5f9350935050506121b1565b5f63ffffffff82111561219b576040516306dfcc6560e41b81526020600482015260248101839052604401610e05565b606060ff831461296a57612963836131c6565b9050610a63565b81805461297690613d97565b80601f01602080910402602001604051908101604052809291908181526020018280546129a290613d97565b80156129ed5780601f106129c4576101008083540402835291602001916129ed565b820191905f5260205f20905b8154815290600101906020018083116129d057829003601f168201915b50505050509050610a63565b805115612a0857805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f5f5f612a2e8686613203565b91509150815f03612a5257838181612a4857612a48614222565b0492505050611289565b818411612a6957612a69600385150260111861234a565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b82545f9081908015612bc7575f612aed87611ed1600185614154565b805490915065ffffffffffff80821691600160301b90046001600160d01b0316908816821115612b3057604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603612b6957825465ffffffffffff16600160301b6001600160d01b03891602178355612bb9565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b94508593506121b192505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b0291909316179201919091559050816121b1565b5f81815260096020526040812060028101546001820154612c42919061404f565b612c4e6109ae85610d83565b11159392505050565b5f5f612c65868686866112ba565b9050612cb381612c7560076115af565b612c7f60066115af565b612c8960026115af565b6001612c96600782614236565b612ca190600261432a565b612cab9190614154565b1818186115d1565b505f818152600460205260409081902080546001600160f81b0316600160f81b179055517f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c90610d729083815260200190565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015612d5e57507f000000000000000000000000000000000000000000000000000000000000000046145b15612d8857507f000000000000000000000000000000000000000000000000000000000000000090565b6109f8604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f8351604103612e66576020840151604085015160608601515f1a612e588882858561321f565b955095509550505050612e71565b505081515f91506002905b9250925092565b5f5f5f856001600160a01b03168585604051602401612e98929190614338565b60408051601f198184030181529181526020820180516001600160e01b0316630b135d3f60e11b17905251612ecd9190614350565b5f60405180830381855afa9150503d805f8114612f05576040519150601f19603f3d011682016040523d82523d5f602084013e612f0a565b606091505b5091509150818015612f1e57506020815110155b801561109957508051630b135d3f60e11b90612f43908301602090810190840161413d565b149695505050505050565b5f60018211612f5b575090565b816001600160801b8210612f745760809190911c9060401b5b680100000000000000008210612f8f5760409190911c9060201b5b6401000000008210612fa65760209190911c9060101b5b620100008210612fbb5760109190911c9060081b5b6101008210612fcf5760089190911c9060041b5b60108210612fe25760049190911c9060021b5b60048210612fee5760011b5b600302600190811c9081858161300657613006614222565b048201901c9050600181858161301e5761301e614222565b048201901c9050600181858161303657613036614222565b048201901c9050600181858161304e5761304e614222565b048201901c9050600181858161306657613066614222565b048201901c9050600181858161307e5761307e614222565b048201901c905061309d81858161309757613097614222565b04821190565b90039392505050565b5f5b818310156130fd575f6130bb84846132e7565b5f8781526020902090915065ffffffffffff86169082015465ffffffffffff1611156130e9578092506130f7565b6130f481600161404f565b93505b506130a8565b509392505050565b5f80848161311486600161404f565b8511801561313c575061060f60f31b6131308388016020015190565b6001600160f01b031916145b90505f61314c821515600261420b565b90505f8061315a838a61404f565b90505b878110156131b5575f61317b6131768784016020015190565b613301565b9050600f8160ff16111561319a575f5f975097505050505050506121b1565b6131a560108461420b565b60ff90911601915060010161315d565b506001999098509650505050505050565b60605f6131d283613379565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f805f1983850993909202808410938190039390930393915050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561325857505f915060039050826132dd565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156132a9573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166132d457505f9250600191508290506132dd565b92505f91508190505b9450945094915050565b5f6132f56002848418614366565b6112899084841661404f565b5f60f882901c602f8111801561331a5750603a8160ff16105b1561332857602f1901610a63565b60608160ff1611801561333e575060678160ff16105b1561334c5760561901610a63565b60408160ff16118015613362575060478160ff16105b156133705760361901610a63565b5060ff92915050565b5f60ff8216601f811115610a6357604051632cd44ac360e21b815260040160405180910390fd5b5f602082840312156133b0575f5ffd5b81356001600160e01b031981168114611289575f5ffd5b5f602082840312156133d7575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61128960208301846133de565b6001600160a01b0381168114610a7a575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561346e5761346e613432565b604052919050565b5f6001600160401b0382111561348e5761348e613432565b50601f01601f191660200190565b5f6134ae6134a984613476565b613446565b90508281528383830111156134c1575f5ffd5b828260208301375f602084830101529392505050565b5f82601f8301126134e6575f5ffd5b6112898383356020850161349c565b5f5f5f5f60808587031215613508575f5ffd5b84356135138161341e565b935060208501356135238161341e565b92506040850135915060608501356001600160401b03811115613544575f5ffd5b613550878288016134d7565b91505092959194509250565b5f6001600160401b0382111561357457613574613432565b5060051b60200190565b5f82601f83011261358d575f5ffd5b813561359b6134a98261355c565b8082825260208201915060208360051b8601019250858311156135bc575f5ffd5b602085015b83811015610c115780356135d48161341e565b8352602092830192016135c1565b5f82601f8301126135f1575f5ffd5b81356135ff6134a98261355c565b8082825260208201915060208360051b860101925085831115613620575f5ffd5b602085015b83811015610c11578035835260209283019201613625565b5f82601f83011261364c575f5ffd5b813561365a6134a98261355c565b8082825260208201915060208360051b86010192508583111561367b575f5ffd5b602085015b83811015610c115780356001600160401b0381111561369d575f5ffd5b6136ac886020838a01016134d7565b84525060209283019201613680565b5f5f5f5f608085870312156136ce575f5ffd5b84356001600160401b038111156136e3575f5ffd5b6136ef8782880161357e565b94505060208501356001600160401b0381111561370a575f5ffd5b613716878288016135e2565b93505060408501356001600160401b03811115613731575f5ffd5b61373d8782880161363d565b949793965093946060013593505050565b634e487b7160e01b5f52602160045260245ffd5b6008811061377e57634e487b7160e01b5f52602160045260245ffd5b9052565b60208101610a638284613762565b5f5f604083850312156137a1575f5ffd5b8235915060208301356137b38161341e565b809150509250929050565b803560ff81168114610ee0575f5ffd5b5f5f604083850312156137df575f5ffd5b823591506137ef602084016137be565b90509250929050565b5f5f83601f840112613808575f5ffd5b5081356001600160401b0381111561381e575f5ffd5b602083019150836020828501011115613835575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215613852575f5ffd5b87359650613862602089016137be565b955060408801356138728161341e565b945060608801356001600160401b0381111561388c575f5ffd5b6138988a828b016137f8565b90955093505060808801356001600160401b038111156138b6575f5ffd5b6138c28a828b016134d7565b92505060a08801356001600160401b038111156138dd575f5ffd5b6138e98a828b016134d7565b91505092959891949750929550565b5f5f5f5f5f6080868803121561390c575f5ffd5b8535945061391c602087016137be565b935060408601356001600160401b03811115613936575f5ffd5b613942888289016137f8565b90945092505060608601356001600160401b03811115613960575f5ffd5b61396c888289016134d7565b9150509295509295909350565b65ffffffffffff81168114610a7a575f5ffd5b5f6020828403121561399c575f5ffd5b813561128981613979565b5f5f5f5f606085870312156139ba575f5ffd5b843593506139ca602086016137be565b925060408501356001600160401b038111156139e4575f5ffd5b6139f0878288016137f8565b95989497509550505050565b5f5f5f5f60808587031215613a0f575f5ffd5b84356001600160401b03811115613a24575f5ffd5b613a308782880161357e565b94505060208501356001600160401b03811115613a4b575f5ffd5b613a57878288016135e2565b93505060408501356001600160401b03811115613a72575f5ffd5b613a7e8782880161363d565b92505060608501356001600160401b03811115613a99575f5ffd5b8501601f81018713613aa9575f5ffd5b6135508782356020840161349c565b5f60208284031215613ac8575f5ffd5b81356112898161341e565b5f8151808452602084019350602083015f5b82811015613b03578151865260209586019590910190600101613ae5565b5093949350505050565b60ff60f81b8816815260e060208201525f613b2b60e08301896133de565b8281036040840152613b3d81896133de565b606084018890526001600160a01b038716608085015260a0840186905283810360c08501529050613b6e8185613ad3565b9a9950505050505050505050565b5f5f5f5f60808587031215613b8f575f5ffd5b84359350613b9f602086016137be565b92506040850135613baf8161341e565b915060608501356001600160401b03811115613544575f5ffd5b5f5f5f60608486031215613bdb575f5ffd5b8335613be68161341e565b92506020840135915060408401356001600160401b03811115613c07575f5ffd5b613c13868287016134d7565b9150509250925092565b5f5f5f5f5f60a08688031215613c31575f5ffd5b8535613c3c8161341e565b94506020860135613c4c8161341e565b935060408601356001600160401b03811115613c66575f5ffd5b613c72888289016135e2565b93505060608601356001600160401b03811115613c8d575f5ffd5b613c99888289016135e2565b92505060808601356001600160401b03811115613960575f5ffd5b5f5f5f5f60608587031215613cc7575f5ffd5b8435613cd28161341e565b93506020850135925060408501356001600160401b038111156139e4575f5ffd5b5f60208284031215613d03575f5ffd5b813563ffffffff81168114611289575f5ffd5b5f5f60408385031215613d27575f5ffd5b8235613d328161341e565b946020939093013593505050565b5f5f5f5f5f60a08688031215613d54575f5ffd5b8535613d5f8161341e565b94506020860135613d6f8161341e565b9350604086013592506060860135915060808601356001600160401b03811115613960575f5ffd5b600181811c90821680613dab57607f821691505b602082108103613dc957634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215613df3575f5ffd5b81516001600160401b03811115613e08575f5ffd5b8201601f81018413613e18575f5ffd5b8051613e266134a982613476565b818152856020838501011115613e3a575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b634e487b7160e01b5f52601160045260245ffd5b65ffffffffffff8281168282160390811115610a6357610a63613e57565b5f60208284031215613e99575f5ffd5b815161128981613979565b65ffffffffffff8181168382160190811115610a6357610a63613e57565b818382375f9101908152919050565b5f8151808452602084019350602083015f5b82811015613b035781516001600160a01b0316865260209586019590910190600101613ee3565b5f82825180855260208501945060208160051b830101602085015f5b83811015613f5857601f19858403018852613f428383516133de565b6020988901989093509190910190600101613f26565b50909695505050505050565b608081525f613f766080830187613ed1565b8281036020840152613f888187613ad3565b90508281036040840152613f9c8186613f0a565b91505082606083015295945050505050565b83815260608101613fc26020830185613762565b826040830152949350505050565b5f60208284031215613fe0575f5ffd5b81518015158114611289575f5ffd5b84815260ff84166020820152826040820152608060608201525f61109960808301846133de565b85815260ff8516602082015283604082015260a060608201525f61403d60a08301856133de565b8281036080840152610fe281856133de565b80820180821115610a6357610a63613e57565b8981526001600160a01b0389166020820152610120604082018190525f9061408c9083018a613ed1565b828103606084015261409e818a613ad3565b9050828103608084015280885180835260208301915060208160051b84010160208b015f5b838110156140f557601f198684030185526140df8383516133de565b60209586019590935091909101906001016140c3565b505085810360a0870152614109818b613f0a565b93505050508560c08401528460e084015282810361010084015261412d81856133de565b9c9b505050505050505050505050565b5f6020828403121561414d575f5ffd5b5051919050565b81810381811115610a6357610a63613e57565b60a081525f61417960a0830188613ed1565b828103602084015261418b8188613ad3565b9050828103604084015261419f8187613f0a565b60608401959095525050608001529392505050565b60c081525f6141c660c0830189613ed1565b82810360208401526141d88189613ad3565b905082810360408401526141ec8188613f0a565b60608401969096525050608081019290925260a0909101529392505050565b8082028115828204841417610a6357610a63613e57565b634e487b7160e01b5f52601260045260245ffd5b60ff8181168382160190811115610a6357610a63613e57565b6001815b60018411156121b15780850481111561426e5761426e613e57565b600184161561427c57908102905b60019390931c928002614253565b5f8261429857506001610a63565b816142a457505f610a63565b81600181146142ba57600281146142c4576142e0565b6001915050610a63565b60ff8411156142d5576142d5613e57565b50506001821b610a63565b5060208310610133831016604e8410600b8410161715614303575081810a610a63565b61430f5f19848461424f565b805f190482111561432257614322613e57565b029392505050565b5f61128960ff84168361428a565b828152604060208201525f61128660408301846133de565b5f82518060208501845e5f920191825250919050565b5f8261438057634e487b7160e01b5f52601260045260245ffd5b50049056",
}

// CiferGovernorABI is the input ABI used to generate the binding from.
// Deprecated: Use CiferGovernorMetaData.ABI instead.
var CiferGovernorABI = CiferGovernorMetaData.ABI

// CiferGovernorBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use CiferGovernorMetaData.Bin instead.
var CiferGovernorBin = CiferGovernorMetaData.Bin

// DeployCiferGovernor deploys a new Ethereum contract, binding an instance of CiferGovernor to it.
func DeployCiferGovernor(auth *bind.TransactOpts, backend bind.ContractBackend, votes_ common.Address, timelock_ common.Address, votingDelay_ *big.Int, votingPeriod_ uint32, proposalThreshold_ *big.Int, quorumPercent_ *big.Int) (common.Address, *types.Transaction, *CiferGovernor, error) {
	parsed, err := CiferGovernorMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(CiferGovernorBin), backend, votes_, timelock_, votingDelay_, votingPeriod_, proposalThreshold_, quorumPercent_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &CiferGovernor{CiferGovernorCaller: CiferGovernorCaller{contract: contract}, CiferGovernorTransactor: CiferGovernorTransactor{contract: contract}, CiferGovernorFilterer: CiferGovernorFilterer{contract: contract}}, nil
}

// CiferGovernor is an auto generated Go binding around an Ethereum contract.
type CiferGovernor struct {
	CiferGovernorCaller     // Read-only binding to the contract
	CiferGovernorTransactor // Write-only binding to the contract
	CiferGovernorFilterer   // Log filterer for contract events
}

// CiferGovernorCaller is an auto generated read-only Go binding around an Ethereum contract.
type CiferGovernorCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CiferGovernorTransactor is an auto generated write-only Go binding around an Ethereum contract.
type CiferGovernorTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CiferGovernorFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type CiferGovernorFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CiferGovernorSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type CiferGovernorSession struct {
	Contract     *CiferGovernor    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// CiferGovernorCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type CiferGovernorCallerSession struct {
	Contract *CiferGovernorCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// CiferGovernorTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type CiferGovernorTransactorSession struct {
	Contract     *CiferGovernorTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// CiferGovernorRaw is an auto generated low-level Go binding around an Ethereum contract.
type CiferGovernorRaw struct {
	Contract *CiferGovernor // Generic contract binding to access the raw methods on
}

// CiferGovernorCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type CiferGovernorCallerRaw struct {
	Contract *CiferGovernorCaller // Generic read-only contract binding to access the raw methods on
}

// CiferGovernorTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type CiferGovernorTransactorRaw struct {
	Contract *CiferGovernorTransactor // Generic write-only contract binding to access the raw methods on
}

// NewCiferGovernor creates a new instance of CiferGovernor, bound to a specific deployed contract.
func NewCiferGovernor(address common.Address, backend bind.ContractBackend) (*CiferGovernor, error) {
	contract, err := bindCiferGovernor(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &CiferGovernor{CiferGovernorCaller: CiferGovernorCaller{contract: contract}, CiferGovernorTransactor: CiferGovernorTransactor{contract: contract}, CiferGovernorFilterer: CiferGovernorFilterer{contract: contract}}, nil
}

// NewCiferGovernorCaller creates a new read-only instance of CiferGovernor, bound to a specific deployed contract.
func NewCiferGovernorCaller(address common.Address, caller bind.ContractCaller) (*CiferGovernorCaller, error) {
	contract, err := bindCiferGovernor(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &CiferGovernorCaller{contract: contract}, nil
}

// NewCiferGovernorTransactor creates a new write-only instance of CiferGovernor, bound to a specific deployed contract.
func NewCiferGovernorTransactor(address common.Address, transactor bind.ContractTransactor) (*CiferGovernorTransactor, error) {
	contract, err := bindCiferGovernor(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &CiferGovernorTransactor{contract: contract}, nil
}

// NewCiferGovernorFilterer creates a new log filterer instance of CiferGovernor, bound to a specific deployed contract.
func NewCiferGovernorFilterer(address common.Address, filterer bind.ContractFilterer) (*CiferGovernorFilterer, error) {
	contract, err := bindCiferGovernor(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &CiferGovernorFilterer{contract: contract}, nil
}

// bindCiferGovernor binds a generic wrapper to an already deployed contract.
func bindCiferGovernor(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := CiferGovernorMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CiferGovernor *CiferGovernorRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CiferGovernor.Contract.CiferGovernorCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CiferGovernor *CiferGovernorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CiferGovernor.Contract.CiferGovernorTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CiferGovernor *CiferGovernorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CiferGovernor.Contract.CiferGovernorTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CiferGovernor *CiferGovernorCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CiferGovernor.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CiferGovernor *CiferGovernorTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CiferGovernor.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CiferGovernor *CiferGovernorTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CiferGovernor.Contract.contract.Transact(opts, method, params...)
}

// BALLOTTYPEHASH is a free data retrieval call binding the contract method 0xdeaaa7cc.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (_CiferGovernor *CiferGovernorCaller) BALLOTTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "BALLOT_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// BALLOTTYPEHASH is a free data retrieval call binding the contract method 0xdeaaa7cc.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (_CiferGovernor *CiferGovernorSession) BALLOTTYPEHASH() ([32]byte, error) {
	return _CiferGovernor.Contract.BALLOTTYPEHASH(&_CiferGovernor.CallOpts)
}

// BALLOTTYPEHASH is a free data retrieval call binding the contract method 0xdeaaa7cc.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (_CiferGovernor *CiferGovernorCallerSession) BALLOTTYPEHASH() ([32]byte, error) {
	return _CiferGovernor.Contract.BALLOTTYPEHASH(&_CiferGovernor.CallOpts)
}

// CLOCKMODE is a free data retrieval call binding the contract method 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (_CiferGovernor *CiferGovernorCaller) CLOCKMODE(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "CLOCK_MODE")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// CLOCKMODE is a free data retrieval call binding the contract method 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (_CiferGovernor *CiferGovernorSession) CLOCKMODE() (string, error) {
	return _CiferGovernor.Contract.CLOCKMODE(&_CiferGovernor.CallOpts)
}

// CLOCKMODE is a free data retrieval call binding the contract method 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (_CiferGovernor *CiferGovernorCallerSession) CLOCKMODE() (string, error) {
	return _CiferGovernor.Contract.CLOCKMODE(&_CiferGovernor.CallOpts)
}

// COUNTINGMODE is a free data retrieval call binding the contract method 0xdd4e2ba5.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (_CiferGovernor *CiferGovernorCaller) COUNTINGMODE(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "COUNTING_MODE")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// COUNTINGMODE is a free data retrieval call binding the contract method 0xdd4e2ba5.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (_CiferGovernor *CiferGovernorSession) COUNTINGMODE() (string, error) {
	return _CiferGovernor.Contract.COUNTINGMODE(&_CiferGovernor.CallOpts)
}

// COUNTINGMODE is a free data retrieval call binding the contract method 0xdd4e2ba5.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (_CiferGovernor *CiferGovernorCallerSession) COUNTINGMODE() (string, error) {
	return _CiferGovernor.Contract.COUNTINGMODE(&_CiferGovernor.CallOpts)
}

// EXTENDEDBALLOTTYPEHASH is a free data retrieval call binding the contract method 0x2fe3e261.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (_CiferGovernor *CiferGovernorCaller) EXTENDEDBALLOTTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "EXTENDED_BALLOT_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// EXTENDEDBALLOTTYPEHASH is a free data retrieval call binding the contract method 0x2fe3e261.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (_CiferGovernor *CiferGovernorSession) EXTENDEDBALLOTTYPEHASH() ([32]byte, error) {
	return _CiferGovernor.Contract.EXTENDEDBALLOTTYPEHASH(&_CiferGovernor.CallOpts)
}

// EXTENDEDBALLOTTYPEHASH is a free data retrieval call binding the contract method 0x2fe3e261.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (_CiferGovernor *CiferGovernorCallerSession) EXTENDEDBALLOTTYPEHASH() ([32]byte, error) {
	return _CiferGovernor.Contract.EXTENDEDBALLOTTYPEHASH(&_CiferGovernor.CallOpts)
}

// Clock is a free data retrieval call binding the contract method 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (_CiferGovernor *CiferGovernorCaller) Clock(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "clock")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Clock is a free data retrieval call binding the contract method 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (_CiferGovernor *CiferGovernorSession) Clock() (*big.Int, error) {
	return _CiferGovernor.Contract.Clock(&_CiferGovernor.CallOpts)
}

// Clock is a free data retrieval call binding the contract method 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (_CiferGovernor *CiferGovernorCallerSession) Clock() (*big.Int, error) {
	return _CiferGovernor.Contract.Clock(&_CiferGovernor.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_CiferGovernor *CiferGovernorCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "eip712Domain")

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
func (_CiferGovernor *CiferGovernorSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _CiferGovernor.Contract.Eip712Domain(&_CiferGovernor.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_CiferGovernor *CiferGovernorCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _CiferGovernor.Contract.Eip712Domain(&_CiferGovernor.CallOpts)
}

// GetProposalId is a free data retrieval call binding the contract method 0xa8f8a668.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (_CiferGovernor *CiferGovernorCaller) GetProposalId(opts *bind.CallOpts, targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*big.Int, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "getProposalId", targets, values, calldatas, descriptionHash)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetProposalId is a free data retrieval call binding the contract method 0xa8f8a668.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (_CiferGovernor *CiferGovernorSession) GetProposalId(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*big.Int, error) {
	return _CiferGovernor.Contract.GetProposalId(&_CiferGovernor.CallOpts, targets, values, calldatas, descriptionHash)
}

// GetProposalId is a free data retrieval call binding the contract method 0xa8f8a668.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (_CiferGovernor *CiferGovernorCallerSession) GetProposalId(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*big.Int, error) {
	return _CiferGovernor.Contract.GetProposalId(&_CiferGovernor.CallOpts, targets, values, calldatas, descriptionHash)
}

// GetVotes is a free data retrieval call binding the contract method 0xeb9019d4.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (_CiferGovernor *CiferGovernorCaller) GetVotes(opts *bind.CallOpts, account common.Address, timepoint *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "getVotes", account, timepoint)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetVotes is a free data retrieval call binding the contract method 0xeb9019d4.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (_CiferGovernor *CiferGovernorSession) GetVotes(account common.Address, timepoint *big.Int) (*big.Int, error) {
	return _CiferGovernor.Contract.GetVotes(&_CiferGovernor.CallOpts, account, timepoint)
}

// GetVotes is a free data retrieval call binding the contract method 0xeb9019d4.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (_CiferGovernor *CiferGovernorCallerSession) GetVotes(account common.Address, timepoint *big.Int) (*big.Int, error) {
	return _CiferGovernor.Contract.GetVotes(&_CiferGovernor.CallOpts, account, timepoint)
}

// GetVotesWithParams is a free data retrieval call binding the contract method 0x9a802a6d.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (_CiferGovernor *CiferGovernorCaller) GetVotesWithParams(opts *bind.CallOpts, account common.Address, timepoint *big.Int, params []byte) (*big.Int, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "getVotesWithParams", account, timepoint, params)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetVotesWithParams is a free data retrieval call binding the contract method 0x9a802a6d.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (_CiferGovernor *CiferGovernorSession) GetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) (*big.Int, error) {
	return _CiferGovernor.Contract.GetVotesWithParams(&_CiferGovernor.CallOpts, account, timepoint, params)
}

// GetVotesWithParams is a free data retrieval call binding the contract method 0x9a802a6d.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (_CiferGovernor *CiferGovernorCallerSession) GetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) (*big.Int, error) {
	return _CiferGovernor.Contract.GetVotesWithParams(&_CiferGovernor.CallOpts, account, timepoint, params)
}

// HasVoted is a free data retrieval call binding the contract method 0x43859632.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (_CiferGovernor *CiferGovernorCaller) HasVoted(opts *bind.CallOpts, proposalId *big.Int, account common.Address) (bool, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "hasVoted", proposalId, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasVoted is a free data retrieval call binding the contract method 0x43859632.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (_CiferGovernor *CiferGovernorSession) HasVoted(proposalId *big.Int, account common.Address) (bool, error) {
	return _CiferGovernor.Contract.HasVoted(&_CiferGovernor.CallOpts, proposalId, account)
}

// HasVoted is a free data retrieval call binding the contract method 0x43859632.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (_CiferGovernor *CiferGovernorCallerSession) HasVoted(proposalId *big.Int, account common.Address) (bool, error) {
	return _CiferGovernor.Contract.HasVoted(&_CiferGovernor.CallOpts, proposalId, account)
}

// HashProposal is a free data retrieval call binding the contract method 0xc59057e4.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (_CiferGovernor *CiferGovernorCaller) HashProposal(opts *bind.CallOpts, targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*big.Int, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "hashProposal", targets, values, calldatas, descriptionHash)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// HashProposal is a free data retrieval call binding the contract method 0xc59057e4.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (_CiferGovernor *CiferGovernorSession) HashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*big.Int, error) {
	return _CiferGovernor.Contract.HashProposal(&_CiferGovernor.CallOpts, targets, values, calldatas, descriptionHash)
}

// HashProposal is a free data retrieval call binding the contract method 0xc59057e4.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (_CiferGovernor *CiferGovernorCallerSession) HashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*big.Int, error) {
	return _CiferGovernor.Contract.HashProposal(&_CiferGovernor.CallOpts, targets, values, calldatas, descriptionHash)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_CiferGovernor *CiferGovernorCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_CiferGovernor *CiferGovernorSession) Name() (string, error) {
	return _CiferGovernor.Contract.Name(&_CiferGovernor.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_CiferGovernor *CiferGovernorCallerSession) Name() (string, error) {
	return _CiferGovernor.Contract.Name(&_CiferGovernor.CallOpts)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_CiferGovernor *CiferGovernorCaller) Nonces(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "nonces", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_CiferGovernor *CiferGovernorSession) Nonces(owner common.Address) (*big.Int, error) {
	return _CiferGovernor.Contract.Nonces(&_CiferGovernor.CallOpts, owner)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_CiferGovernor *CiferGovernorCallerSession) Nonces(owner common.Address) (*big.Int, error) {
	return _CiferGovernor.Contract.Nonces(&_CiferGovernor.CallOpts, owner)
}

// ProposalDeadline is a free data retrieval call binding the contract method 0xc01f9e37.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (_CiferGovernor *CiferGovernorCaller) ProposalDeadline(opts *bind.CallOpts, proposalId *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "proposalDeadline", proposalId)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ProposalDeadline is a free data retrieval call binding the contract method 0xc01f9e37.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (_CiferGovernor *CiferGovernorSession) ProposalDeadline(proposalId *big.Int) (*big.Int, error) {
	return _CiferGovernor.Contract.ProposalDeadline(&_CiferGovernor.CallOpts, proposalId)
}

// ProposalDeadline is a free data retrieval call binding the contract method 0xc01f9e37.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (_CiferGovernor *CiferGovernorCallerSession) ProposalDeadline(proposalId *big.Int) (*big.Int, error) {
	return _CiferGovernor.Contract.ProposalDeadline(&_CiferGovernor.CallOpts, proposalId)
}

// ProposalEta is a free data retrieval call binding the contract method 0xab58fb8e.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (_CiferGovernor *CiferGovernorCaller) ProposalEta(opts *bind.CallOpts, proposalId *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "proposalEta", proposalId)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ProposalEta is a free data retrieval call binding the contract method 0xab58fb8e.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (_CiferGovernor *CiferGovernorSession) ProposalEta(proposalId *big.Int) (*big.Int, error) {
	return _CiferGovernor.Contract.ProposalEta(&_CiferGovernor.CallOpts, proposalId)
}

// ProposalEta is a free data retrieval call binding the contract method 0xab58fb8e.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (_CiferGovernor *CiferGovernorCallerSession) ProposalEta(proposalId *big.Int) (*big.Int, error) {
	return _CiferGovernor.Contract.ProposalEta(&_CiferGovernor.CallOpts, proposalId)
}

// ProposalNeedsQueuing is a free data retrieval call binding the contract method 0xa9a95294.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (_CiferGovernor *CiferGovernorCaller) ProposalNeedsQueuing(opts *bind.CallOpts, proposalId *big.Int) (bool, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "proposalNeedsQueuing", proposalId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// ProposalNeedsQueuing is a free data retrieval call binding the contract method 0xa9a95294.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (_CiferGovernor *CiferGovernorSession) ProposalNeedsQueuing(proposalId *big.Int) (bool, error) {
	return _CiferGovernor.Contract.ProposalNeedsQueuing(&_CiferGovernor.CallOpts, proposalId)
}

// ProposalNeedsQueuing is a free data retrieval call binding the contract method 0xa9a95294.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (_CiferGovernor *CiferGovernorCallerSession) ProposalNeedsQueuing(proposalId *big.Int) (bool, error) {
	return _CiferGovernor.Contract.ProposalNeedsQueuing(&_CiferGovernor.CallOpts, proposalId)
}

// ProposalProposer is a free data retrieval call binding the contract method 0x143489d0.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (_CiferGovernor *CiferGovernorCaller) ProposalProposer(opts *bind.CallOpts, proposalId *big.Int) (common.Address, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "proposalProposer", proposalId)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ProposalProposer is a free data retrieval call binding the contract method 0x143489d0.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (_CiferGovernor *CiferGovernorSession) ProposalProposer(proposalId *big.Int) (common.Address, error) {
	return _CiferGovernor.Contract.ProposalProposer(&_CiferGovernor.CallOpts, proposalId)
}

// ProposalProposer is a free data retrieval call binding the contract method 0x143489d0.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (_CiferGovernor *CiferGovernorCallerSession) ProposalProposer(proposalId *big.Int) (common.Address, error) {
	return _CiferGovernor.Contract.ProposalProposer(&_CiferGovernor.CallOpts, proposalId)
}

// ProposalSnapshot is a free data retrieval call binding the contract method 0x2d63f693.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (_CiferGovernor *CiferGovernorCaller) ProposalSnapshot(opts *bind.CallOpts, proposalId *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "proposalSnapshot", proposalId)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ProposalSnapshot is a free data retrieval call binding the contract method 0x2d63f693.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (_CiferGovernor *CiferGovernorSession) ProposalSnapshot(proposalId *big.Int) (*big.Int, error) {
	return _CiferGovernor.Contract.ProposalSnapshot(&_CiferGovernor.CallOpts, proposalId)
}

// ProposalSnapshot is a free data retrieval call binding the contract method 0x2d63f693.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (_CiferGovernor *CiferGovernorCallerSession) ProposalSnapshot(proposalId *big.Int) (*big.Int, error) {
	return _CiferGovernor.Contract.ProposalSnapshot(&_CiferGovernor.CallOpts, proposalId)
}

// ProposalThreshold is a free data retrieval call binding the contract method 0xb58131b0.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (_CiferGovernor *CiferGovernorCaller) ProposalThreshold(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "proposalThreshold")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ProposalThreshold is a free data retrieval call binding the contract method 0xb58131b0.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (_CiferGovernor *CiferGovernorSession) ProposalThreshold() (*big.Int, error) {
	return _CiferGovernor.Contract.ProposalThreshold(&_CiferGovernor.CallOpts)
}

// ProposalThreshold is a free data retrieval call binding the contract method 0xb58131b0.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (_CiferGovernor *CiferGovernorCallerSession) ProposalThreshold() (*big.Int, error) {
	return _CiferGovernor.Contract.ProposalThreshold(&_CiferGovernor.CallOpts)
}

// ProposalVotes is a free data retrieval call binding the contract method 0x544ffc9c.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (_CiferGovernor *CiferGovernorCaller) ProposalVotes(opts *bind.CallOpts, proposalId *big.Int) (struct {
	AgainstVotes *big.Int
	ForVotes     *big.Int
	AbstainVotes *big.Int
}, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "proposalVotes", proposalId)

	outstruct := new(struct {
		AgainstVotes *big.Int
		ForVotes     *big.Int
		AbstainVotes *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.AgainstVotes = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.ForVotes = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.AbstainVotes = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// ProposalVotes is a free data retrieval call binding the contract method 0x544ffc9c.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (_CiferGovernor *CiferGovernorSession) ProposalVotes(proposalId *big.Int) (struct {
	AgainstVotes *big.Int
	ForVotes     *big.Int
	AbstainVotes *big.Int
}, error) {
	return _CiferGovernor.Contract.ProposalVotes(&_CiferGovernor.CallOpts, proposalId)
}

// ProposalVotes is a free data retrieval call binding the contract method 0x544ffc9c.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (_CiferGovernor *CiferGovernorCallerSession) ProposalVotes(proposalId *big.Int) (struct {
	AgainstVotes *big.Int
	ForVotes     *big.Int
	AbstainVotes *big.Int
}, error) {
	return _CiferGovernor.Contract.ProposalVotes(&_CiferGovernor.CallOpts, proposalId)
}

// Quorum is a free data retrieval call binding the contract method 0xf8ce560a.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (_CiferGovernor *CiferGovernorCaller) Quorum(opts *bind.CallOpts, timepoint *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "quorum", timepoint)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Quorum is a free data retrieval call binding the contract method 0xf8ce560a.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (_CiferGovernor *CiferGovernorSession) Quorum(timepoint *big.Int) (*big.Int, error) {
	return _CiferGovernor.Contract.Quorum(&_CiferGovernor.CallOpts, timepoint)
}

// Quorum is a free data retrieval call binding the contract method 0xf8ce560a.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (_CiferGovernor *CiferGovernorCallerSession) Quorum(timepoint *big.Int) (*big.Int, error) {
	return _CiferGovernor.Contract.Quorum(&_CiferGovernor.CallOpts, timepoint)
}

// QuorumDenominator is a free data retrieval call binding the contract method 0x97c3d334.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (_CiferGovernor *CiferGovernorCaller) QuorumDenominator(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "quorumDenominator")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// QuorumDenominator is a free data retrieval call binding the contract method 0x97c3d334.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (_CiferGovernor *CiferGovernorSession) QuorumDenominator() (*big.Int, error) {
	return _CiferGovernor.Contract.QuorumDenominator(&_CiferGovernor.CallOpts)
}

// QuorumDenominator is a free data retrieval call binding the contract method 0x97c3d334.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (_CiferGovernor *CiferGovernorCallerSession) QuorumDenominator() (*big.Int, error) {
	return _CiferGovernor.Contract.QuorumDenominator(&_CiferGovernor.CallOpts)
}

// QuorumNumerator is a free data retrieval call binding the contract method 0x60c4247f.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (_CiferGovernor *CiferGovernorCaller) QuorumNumerator(opts *bind.CallOpts, timepoint *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "quorumNumerator", timepoint)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// QuorumNumerator is a free data retrieval call binding the contract method 0x60c4247f.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (_CiferGovernor *CiferGovernorSession) QuorumNumerator(timepoint *big.Int) (*big.Int, error) {
	return _CiferGovernor.Contract.QuorumNumerator(&_CiferGovernor.CallOpts, timepoint)
}

// QuorumNumerator is a free data retrieval call binding the contract method 0x60c4247f.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (_CiferGovernor *CiferGovernorCallerSession) QuorumNumerator(timepoint *big.Int) (*big.Int, error) {
	return _CiferGovernor.Contract.QuorumNumerator(&_CiferGovernor.CallOpts, timepoint)
}

// QuorumNumerator0 is a free data retrieval call binding the contract method 0xa7713a70.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (_CiferGovernor *CiferGovernorCaller) QuorumNumerator0(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "quorumNumerator0")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// QuorumNumerator0 is a free data retrieval call binding the contract method 0xa7713a70.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (_CiferGovernor *CiferGovernorSession) QuorumNumerator0() (*big.Int, error) {
	return _CiferGovernor.Contract.QuorumNumerator0(&_CiferGovernor.CallOpts)
}

// QuorumNumerator0 is a free data retrieval call binding the contract method 0xa7713a70.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (_CiferGovernor *CiferGovernorCallerSession) QuorumNumerator0() (*big.Int, error) {
	return _CiferGovernor.Contract.QuorumNumerator0(&_CiferGovernor.CallOpts)
}

// State is a free data retrieval call binding the contract method 0x3e4f49e6.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (_CiferGovernor *CiferGovernorCaller) State(opts *bind.CallOpts, proposalId *big.Int) (uint8, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "state", proposalId)

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// State is a free data retrieval call binding the contract method 0x3e4f49e6.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (_CiferGovernor *CiferGovernorSession) State(proposalId *big.Int) (uint8, error) {
	return _CiferGovernor.Contract.State(&_CiferGovernor.CallOpts, proposalId)
}

// State is a free data retrieval call binding the contract method 0x3e4f49e6.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (_CiferGovernor *CiferGovernorCallerSession) State(proposalId *big.Int) (uint8, error) {
	return _CiferGovernor.Contract.State(&_CiferGovernor.CallOpts, proposalId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_CiferGovernor *CiferGovernorCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_CiferGovernor *CiferGovernorSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _CiferGovernor.Contract.SupportsInterface(&_CiferGovernor.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_CiferGovernor *CiferGovernorCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _CiferGovernor.Contract.SupportsInterface(&_CiferGovernor.CallOpts, interfaceId)
}

// Timelock is a free data retrieval call binding the contract method 0xd33219b4.
//
// Solidity: function timelock() view returns(address)
func (_CiferGovernor *CiferGovernorCaller) Timelock(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "timelock")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Timelock is a free data retrieval call binding the contract method 0xd33219b4.
//
// Solidity: function timelock() view returns(address)
func (_CiferGovernor *CiferGovernorSession) Timelock() (common.Address, error) {
	return _CiferGovernor.Contract.Timelock(&_CiferGovernor.CallOpts)
}

// Timelock is a free data retrieval call binding the contract method 0xd33219b4.
//
// Solidity: function timelock() view returns(address)
func (_CiferGovernor *CiferGovernorCallerSession) Timelock() (common.Address, error) {
	return _CiferGovernor.Contract.Timelock(&_CiferGovernor.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_CiferGovernor *CiferGovernorCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_CiferGovernor *CiferGovernorSession) Token() (common.Address, error) {
	return _CiferGovernor.Contract.Token(&_CiferGovernor.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_CiferGovernor *CiferGovernorCallerSession) Token() (common.Address, error) {
	return _CiferGovernor.Contract.Token(&_CiferGovernor.CallOpts)
}

// Version is a free data retrieval call binding the contract method 0x54fd4d50.
//
// Solidity: function version() view returns(string)
func (_CiferGovernor *CiferGovernorCaller) Version(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "version")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Version is a free data retrieval call binding the contract method 0x54fd4d50.
//
// Solidity: function version() view returns(string)
func (_CiferGovernor *CiferGovernorSession) Version() (string, error) {
	return _CiferGovernor.Contract.Version(&_CiferGovernor.CallOpts)
}

// Version is a free data retrieval call binding the contract method 0x54fd4d50.
//
// Solidity: function version() view returns(string)
func (_CiferGovernor *CiferGovernorCallerSession) Version() (string, error) {
	return _CiferGovernor.Contract.Version(&_CiferGovernor.CallOpts)
}

// VotingDelay is a free data retrieval call binding the contract method 0x3932abb1.
//
// Solidity: function votingDelay() view returns(uint256)
func (_CiferGovernor *CiferGovernorCaller) VotingDelay(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "votingDelay")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// VotingDelay is a free data retrieval call binding the contract method 0x3932abb1.
//
// Solidity: function votingDelay() view returns(uint256)
func (_CiferGovernor *CiferGovernorSession) VotingDelay() (*big.Int, error) {
	return _CiferGovernor.Contract.VotingDelay(&_CiferGovernor.CallOpts)
}

// VotingDelay is a free data retrieval call binding the contract method 0x3932abb1.
//
// Solidity: function votingDelay() view returns(uint256)
func (_CiferGovernor *CiferGovernorCallerSession) VotingDelay() (*big.Int, error) {
	return _CiferGovernor.Contract.VotingDelay(&_CiferGovernor.CallOpts)
}

// VotingPeriod is a free data retrieval call binding the contract method 0x02a251a3.
//
// Solidity: function votingPeriod() view returns(uint256)
func (_CiferGovernor *CiferGovernorCaller) VotingPeriod(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CiferGovernor.contract.Call(opts, &out, "votingPeriod")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// VotingPeriod is a free data retrieval call binding the contract method 0x02a251a3.
//
// Solidity: function votingPeriod() view returns(uint256)
func (_CiferGovernor *CiferGovernorSession) VotingPeriod() (*big.Int, error) {
	return _CiferGovernor.Contract.VotingPeriod(&_CiferGovernor.CallOpts)
}

// VotingPeriod is a free data retrieval call binding the contract method 0x02a251a3.
//
// Solidity: function votingPeriod() view returns(uint256)
func (_CiferGovernor *CiferGovernorCallerSession) VotingPeriod() (*big.Int, error) {
	return _CiferGovernor.Contract.VotingPeriod(&_CiferGovernor.CallOpts)
}

// Cancel is a paid mutator transaction binding the contract method 0x452115d6.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (_CiferGovernor *CiferGovernorTransactor) Cancel(opts *bind.TransactOpts, targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*types.Transaction, error) {
	return _CiferGovernor.contract.Transact(opts, "cancel", targets, values, calldatas, descriptionHash)
}

// Cancel is a paid mutator transaction binding the contract method 0x452115d6.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (_CiferGovernor *CiferGovernorSession) Cancel(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*types.Transaction, error) {
	return _CiferGovernor.Contract.Cancel(&_CiferGovernor.TransactOpts, targets, values, calldatas, descriptionHash)
}

// Cancel is a paid mutator transaction binding the contract method 0x452115d6.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (_CiferGovernor *CiferGovernorTransactorSession) Cancel(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*types.Transaction, error) {
	return _CiferGovernor.Contract.Cancel(&_CiferGovernor.TransactOpts, targets, values, calldatas, descriptionHash)
}

// CastVote is a paid mutator transaction binding the contract method 0x56781388.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (_CiferGovernor *CiferGovernorTransactor) CastVote(opts *bind.TransactOpts, proposalId *big.Int, support uint8) (*types.Transaction, error) {
	return _CiferGovernor.contract.Transact(opts, "castVote", proposalId, support)
}

// CastVote is a paid mutator transaction binding the contract method 0x56781388.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (_CiferGovernor *CiferGovernorSession) CastVote(proposalId *big.Int, support uint8) (*types.Transaction, error) {
	return _CiferGovernor.Contract.CastVote(&_CiferGovernor.TransactOpts, proposalId, support)
}

// CastVote is a paid mutator transaction binding the contract method 0x56781388.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (_CiferGovernor *CiferGovernorTransactorSession) CastVote(proposalId *big.Int, support uint8) (*types.Transaction, error) {
	return _CiferGovernor.Contract.CastVote(&_CiferGovernor.TransactOpts, proposalId, support)
}

// CastVoteBySig is a paid mutator transaction binding the contract method 0x8ff262e3.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (_CiferGovernor *CiferGovernorTransactor) CastVoteBySig(opts *bind.TransactOpts, proposalId *big.Int, support uint8, voter common.Address, signature []byte) (*types.Transaction, error) {
	return _CiferGovernor.contract.Transact(opts, "castVoteBySig", proposalId, support, voter, signature)
}

// CastVoteBySig is a paid mutator transaction binding the contract method 0x8ff262e3.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (_CiferGovernor *CiferGovernorSession) CastVoteBySig(proposalId *big.Int, support uint8, voter common.Address, signature []byte) (*types.Transaction, error) {
	return _CiferGovernor.Contract.CastVoteBySig(&_CiferGovernor.TransactOpts, proposalId, support, voter, signature)
}

// CastVoteBySig is a paid mutator transaction binding the contract method 0x8ff262e3.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (_CiferGovernor *CiferGovernorTransactorSession) CastVoteBySig(proposalId *big.Int, support uint8, voter common.Address, signature []byte) (*types.Transaction, error) {
	return _CiferGovernor.Contract.CastVoteBySig(&_CiferGovernor.TransactOpts, proposalId, support, voter, signature)
}

// CastVoteWithReason is a paid mutator transaction binding the contract method 0x7b3c71d3.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (_CiferGovernor *CiferGovernorTransactor) CastVoteWithReason(opts *bind.TransactOpts, proposalId *big.Int, support uint8, reason string) (*types.Transaction, error) {
	return _CiferGovernor.contract.Transact(opts, "castVoteWithReason", proposalId, support, reason)
}

// CastVoteWithReason is a paid mutator transaction binding the contract method 0x7b3c71d3.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (_CiferGovernor *CiferGovernorSession) CastVoteWithReason(proposalId *big.Int, support uint8, reason string) (*types.Transaction, error) {
	return _CiferGovernor.Contract.CastVoteWithReason(&_CiferGovernor.TransactOpts, proposalId, support, reason)
}

// CastVoteWithReason is a paid mutator transaction binding the contract method 0x7b3c71d3.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (_CiferGovernor *CiferGovernorTransactorSession) CastVoteWithReason(proposalId *big.Int, support uint8, reason string) (*types.Transaction, error) {
	return _CiferGovernor.Contract.CastVoteWithReason(&_CiferGovernor.TransactOpts, proposalId, support, reason)
}

// CastVoteWithReasonAndParams is a paid mutator transaction binding the contract method 0x5f398a14.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (_CiferGovernor *CiferGovernorTransactor) CastVoteWithReasonAndParams(opts *bind.TransactOpts, proposalId *big.Int, support uint8, reason string, params []byte) (*types.Transaction, error) {
	return _CiferGovernor.contract.Transact(opts, "castVoteWithReasonAndParams", proposalId, support, reason, params)
}

// CastVoteWithReasonAndParams is a paid mutator transaction binding the contract method 0x5f398a14.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (_CiferGovernor *CiferGovernorSession) CastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) (*types.Transaction, error) {
	return _CiferGovernor.Contract.CastVoteWithReasonAndParams(&_CiferGovernor.TransactOpts, proposalId, support, reason, params)
}

// CastVoteWithReasonAndParams is a paid mutator transaction binding the contract method 0x5f398a14.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (_CiferGovernor *CiferGovernorTransactorSession) CastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) (*types.Transaction, error) {
	return _CiferGovernor.Contract.CastVoteWithReasonAndParams(&_CiferGovernor.TransactOpts, proposalId, support, reason, params)
}

// CastVoteWithReasonAndParamsBySig is a paid mutator transaction binding the contract method 0x5b8d0e0d.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (_CiferGovernor *CiferGovernorTransactor) CastVoteWithReasonAndParamsBySig(opts *bind.TransactOpts, proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) (*types.Transaction, error) {
	return _CiferGovernor.contract.Transact(opts, "castVoteWithReasonAndParamsBySig", proposalId, support, voter, reason, params, signature)
}

// CastVoteWithReasonAndParamsBySig is a paid mutator transaction binding the contract method 0x5b8d0e0d.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (_CiferGovernor *CiferGovernorSession) CastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) (*types.Transaction, error) {
	return _CiferGovernor.Contract.CastVoteWithReasonAndParamsBySig(&_CiferGovernor.TransactOpts, proposalId, support, voter, reason, params, signature)
}

// CastVoteWithReasonAndParamsBySig is a paid mutator transaction binding the contract method 0x5b8d0e0d.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (_CiferGovernor *CiferGovernorTransactorSession) CastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) (*types.Transaction, error) {
	return _CiferGovernor.Contract.CastVoteWithReasonAndParamsBySig(&_CiferGovernor.TransactOpts, proposalId, support, voter, reason, params, signature)
}

// Execute is a paid mutator transaction binding the contract method 0x2656227d.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (_CiferGovernor *CiferGovernorTransactor) Execute(opts *bind.TransactOpts, targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*types.Transaction, error) {
	return _CiferGovernor.contract.Transact(opts, "execute", targets, values, calldatas, descriptionHash)
}

// Execute is a paid mutator transaction binding the contract method 0x2656227d.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (_CiferGovernor *CiferGovernorSession) Execute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*types.Transaction, error) {
	return _CiferGovernor.Contract.Execute(&_CiferGovernor.TransactOpts, targets, values, calldatas, descriptionHash)
}

// Execute is a paid mutator transaction binding the contract method 0x2656227d.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (_CiferGovernor *CiferGovernorTransactorSession) Execute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*types.Transaction, error) {
	return _CiferGovernor.Contract.Execute(&_CiferGovernor.TransactOpts, targets, values, calldatas, descriptionHash)
}

// OnERC1155BatchReceived is a paid mutator transaction binding the contract method 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (_CiferGovernor *CiferGovernorTransactor) OnERC1155BatchReceived(opts *bind.TransactOpts, arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) (*types.Transaction, error) {
	return _CiferGovernor.contract.Transact(opts, "onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// OnERC1155BatchReceived is a paid mutator transaction binding the contract method 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (_CiferGovernor *CiferGovernorSession) OnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) (*types.Transaction, error) {
	return _CiferGovernor.Contract.OnERC1155BatchReceived(&_CiferGovernor.TransactOpts, arg0, arg1, arg2, arg3, arg4)
}

// OnERC1155BatchReceived is a paid mutator transaction binding the contract method 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (_CiferGovernor *CiferGovernorTransactorSession) OnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) (*types.Transaction, error) {
	return _CiferGovernor.Contract.OnERC1155BatchReceived(&_CiferGovernor.TransactOpts, arg0, arg1, arg2, arg3, arg4)
}

// OnERC1155Received is a paid mutator transaction binding the contract method 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (_CiferGovernor *CiferGovernorTransactor) OnERC1155Received(opts *bind.TransactOpts, arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) (*types.Transaction, error) {
	return _CiferGovernor.contract.Transact(opts, "onERC1155Received", arg0, arg1, arg2, arg3, arg4)
}

// OnERC1155Received is a paid mutator transaction binding the contract method 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (_CiferGovernor *CiferGovernorSession) OnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) (*types.Transaction, error) {
	return _CiferGovernor.Contract.OnERC1155Received(&_CiferGovernor.TransactOpts, arg0, arg1, arg2, arg3, arg4)
}

// OnERC1155Received is a paid mutator transaction binding the contract method 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (_CiferGovernor *CiferGovernorTransactorSession) OnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) (*types.Transaction, error) {
	return _CiferGovernor.Contract.OnERC1155Received(&_CiferGovernor.TransactOpts, arg0, arg1, arg2, arg3, arg4)
}

// OnERC721Received is a paid mutator transaction binding the contract method 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (_CiferGovernor *CiferGovernorTransactor) OnERC721Received(opts *bind.TransactOpts, arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) (*types.Transaction, error) {
	return _CiferGovernor.contract.Transact(opts, "onERC721Received", arg0, arg1, arg2, arg3)
}

// OnERC721Received is a paid mutator transaction binding the contract method 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (_CiferGovernor *CiferGovernorSession) OnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) (*types.Transaction, error) {
	return _CiferGovernor.Contract.OnERC721Received(&_CiferGovernor.TransactOpts, arg0, arg1, arg2, arg3)
}

// OnERC721Received is a paid mutator transaction binding the contract method 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (_CiferGovernor *CiferGovernorTransactorSession) OnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) (*types.Transaction, error) {
	return _CiferGovernor.Contract.OnERC721Received(&_CiferGovernor.TransactOpts, arg0, arg1, arg2, arg3)
}

// Propose is a paid mutator transaction binding the contract method 0x7d5e81e2.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (_CiferGovernor *CiferGovernorTransactor) Propose(opts *bind.TransactOpts, targets []common.Address, values []*big.Int, calldatas [][]byte, description string) (*types.Transaction, error) {
	return _CiferGovernor.contract.Transact(opts, "propose", targets, values, calldatas, description)
}

// Propose is a paid mutator transaction binding the contract method 0x7d5e81e2.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (_CiferGovernor *CiferGovernorSession) Propose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) (*types.Transaction, error) {
	return _CiferGovernor.Contract.Propose(&_CiferGovernor.TransactOpts, targets, values, calldatas, description)
}

// Propose is a paid mutator transaction binding the contract method 0x7d5e81e2.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (_CiferGovernor *CiferGovernorTransactorSession) Propose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) (*types.Transaction, error) {
	return _CiferGovernor.Contract.Propose(&_CiferGovernor.TransactOpts, targets, values, calldatas, description)
}

// Queue is a paid mutator transaction binding the contract method 0x160cbed7.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (_CiferGovernor *CiferGovernorTransactor) Queue(opts *bind.TransactOpts, targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*types.Transaction, error) {
	return _CiferGovernor.contract.Transact(opts, "queue", targets, values, calldatas, descriptionHash)
}

// Queue is a paid mutator transaction binding the contract method 0x160cbed7.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (_CiferGovernor *CiferGovernorSession) Queue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*types.Transaction, error) {
	return _CiferGovernor.Contract.Queue(&_CiferGovernor.TransactOpts, targets, values, calldatas, descriptionHash)
}

// Queue is a paid mutator transaction binding the contract method 0x160cbed7.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (_CiferGovernor *CiferGovernorTransactorSession) Queue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*types.Transaction, error) {
	return _CiferGovernor.Contract.Queue(&_CiferGovernor.TransactOpts, targets, values, calldatas, descriptionHash)
}

// Relay is a paid mutator transaction binding the contract method 0xc28bc2fa.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (_CiferGovernor *CiferGovernorTransactor) Relay(opts *bind.TransactOpts, target common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _CiferGovernor.contract.Transact(opts, "relay", target, value, data)
}

// Relay is a paid mutator transaction binding the contract method 0xc28bc2fa.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (_CiferGovernor *CiferGovernorSession) Relay(target common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _CiferGovernor.Contract.Relay(&_CiferGovernor.TransactOpts, target, value, data)
}

// Relay is a paid mutator transaction binding the contract method 0xc28bc2fa.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (_CiferGovernor *CiferGovernorTransactorSession) Relay(target common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _CiferGovernor.Contract.Relay(&_CiferGovernor.TransactOpts, target, value, data)
}

// SetProposalThreshold is a paid mutator transaction binding the contract method 0xece40cc1.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (_CiferGovernor *CiferGovernorTransactor) SetProposalThreshold(opts *bind.TransactOpts, newProposalThreshold *big.Int) (*types.Transaction, error) {
	return _CiferGovernor.contract.Transact(opts, "setProposalThreshold", newProposalThreshold)
}

// SetProposalThreshold is a paid mutator transaction binding the contract method 0xece40cc1.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (_CiferGovernor *CiferGovernorSession) SetProposalThreshold(newProposalThreshold *big.Int) (*types.Transaction, error) {
	return _CiferGovernor.Contract.SetProposalThreshold(&_CiferGovernor.TransactOpts, newProposalThreshold)
}

// SetProposalThreshold is a paid mutator transaction binding the contract method 0xece40cc1.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (_CiferGovernor *CiferGovernorTransactorSession) SetProposalThreshold(newProposalThreshold *big.Int) (*types.Transaction, error) {
	return _CiferGovernor.Contract.SetProposalThreshold(&_CiferGovernor.TransactOpts, newProposalThreshold)
}

// SetVotingDelay is a paid mutator transaction binding the contract method 0x79051887.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (_CiferGovernor *CiferGovernorTransactor) SetVotingDelay(opts *bind.TransactOpts, newVotingDelay *big.Int) (*types.Transaction, error) {
	return _CiferGovernor.contract.Transact(opts, "setVotingDelay", newVotingDelay)
}

// SetVotingDelay is a paid mutator transaction binding the contract method 0x79051887.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (_CiferGovernor *CiferGovernorSession) SetVotingDelay(newVotingDelay *big.Int) (*types.Transaction, error) {
	return _CiferGovernor.Contract.SetVotingDelay(&_CiferGovernor.TransactOpts, newVotingDelay)
}

// SetVotingDelay is a paid mutator transaction binding the contract method 0x79051887.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (_CiferGovernor *CiferGovernorTransactorSession) SetVotingDelay(newVotingDelay *big.Int) (*types.Transaction, error) {
	return _CiferGovernor.Contract.SetVotingDelay(&_CiferGovernor.TransactOpts, newVotingDelay)
}

// SetVotingPeriod is a paid mutator transaction binding the contract method 0xe540d01d.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (_CiferGovernor *CiferGovernorTransactor) SetVotingPeriod(opts *bind.TransactOpts, newVotingPeriod uint32) (*types.Transaction, error) {
	return _CiferGovernor.contract.Transact(opts, "setVotingPeriod", newVotingPeriod)
}

// SetVotingPeriod is a paid mutator transaction binding the contract method 0xe540d01d.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (_CiferGovernor *CiferGovernorSession) SetVotingPeriod(newVotingPeriod uint32) (*types.Transaction, error) {
	return _CiferGovernor.Contract.SetVotingPeriod(&_CiferGovernor.TransactOpts, newVotingPeriod)
}

// SetVotingPeriod is a paid mutator transaction binding the contract method 0xe540d01d.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (_CiferGovernor *CiferGovernorTransactorSession) SetVotingPeriod(newVotingPeriod uint32) (*types.Transaction, error) {
	return _CiferGovernor.Contract.SetVotingPeriod(&_CiferGovernor.TransactOpts, newVotingPeriod)
}

// UpdateQuorumNumerator is a paid mutator transaction binding the contract method 0x06f3f9e6.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (_CiferGovernor *CiferGovernorTransactor) UpdateQuorumNumerator(opts *bind.TransactOpts, newQuorumNumerator *big.Int) (*types.Transaction, error) {
	return _CiferGovernor.contract.Transact(opts, "updateQuorumNumerator", newQuorumNumerator)
}

// UpdateQuorumNumerator is a paid mutator transaction binding the contract method 0x06f3f9e6.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (_CiferGovernor *CiferGovernorSession) UpdateQuorumNumerator(newQuorumNumerator *big.Int) (*types.Transaction, error) {
	return _CiferGovernor.Contract.UpdateQuorumNumerator(&_CiferGovernor.TransactOpts, newQuorumNumerator)
}

// UpdateQuorumNumerator is a paid mutator transaction binding the contract method 0x06f3f9e6.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (_CiferGovernor *CiferGovernorTransactorSession) UpdateQuorumNumerator(newQuorumNumerator *big.Int) (*types.Transaction, error) {
	return _CiferGovernor.Contract.UpdateQuorumNumerator(&_CiferGovernor.TransactOpts, newQuorumNumerator)
}

// UpdateTimelock is a paid mutator transaction binding the contract method 0xa890c910.
//
// Solidity: function updateTimelock(address newTimelock) returns()
func (_CiferGovernor *CiferGovernorTransactor) UpdateTimelock(opts *bind.TransactOpts, newTimelock common.Address) (*types.Transaction, error) {
	return _CiferGovernor.contract.Transact(opts, "updateTimelock", newTimelock)
}

// UpdateTimelock is a paid mutator transaction binding the contract method 0xa890c910.
//
// Solidity: function updateTimelock(address newTimelock) returns()
func (_CiferGovernor *CiferGovernorSession) UpdateTimelock(newTimelock common.Address) (*types.Transaction, error) {
	return _CiferGovernor.Contract.UpdateTimelock(&_CiferGovernor.TransactOpts, newTimelock)
}

// UpdateTimelock is a paid mutator transaction binding the contract method 0xa890c910.
//
// Solidity: function updateTimelock(address newTimelock) returns()
func (_CiferGovernor *CiferGovernorTransactorSession) UpdateTimelock(newTimelock common.Address) (*types.Transaction, error) {
	return _CiferGovernor.Contract.UpdateTimelock(&_CiferGovernor.TransactOpts, newTimelock)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_CiferGovernor *CiferGovernorTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CiferGovernor.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_CiferGovernor *CiferGovernorSession) Receive() (*types.Transaction, error) {
	return _CiferGovernor.Contract.Receive(&_CiferGovernor.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_CiferGovernor *CiferGovernorTransactorSession) Receive() (*types.Transaction, error) {
	return _CiferGovernor.Contract.Receive(&_CiferGovernor.TransactOpts)
}

// CiferGovernorEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the CiferGovernor contract.
type CiferGovernorEIP712DomainChangedIterator struct {
	Event *CiferGovernorEIP712DomainChanged // Event containing the contract specifics and raw log

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
func (it *CiferGovernorEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CiferGovernorEIP712DomainChanged)
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
		it.Event = new(CiferGovernorEIP712DomainChanged)
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
func (it *CiferGovernorEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CiferGovernorEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CiferGovernorEIP712DomainChanged represents a EIP712DomainChanged event raised by the CiferGovernor contract.
type CiferGovernorEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_CiferGovernor *CiferGovernorFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*CiferGovernorEIP712DomainChangedIterator, error) {

	logs, sub, err := _CiferGovernor.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &CiferGovernorEIP712DomainChangedIterator{contract: _CiferGovernor.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_CiferGovernor *CiferGovernorFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *CiferGovernorEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _CiferGovernor.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CiferGovernorEIP712DomainChanged)
				if err := _CiferGovernor.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
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
func (_CiferGovernor *CiferGovernorFilterer) ParseEIP712DomainChanged(log types.Log) (*CiferGovernorEIP712DomainChanged, error) {
	event := new(CiferGovernorEIP712DomainChanged)
	if err := _CiferGovernor.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CiferGovernorProposalCanceledIterator is returned from FilterProposalCanceled and is used to iterate over the raw logs and unpacked data for ProposalCanceled events raised by the CiferGovernor contract.
type CiferGovernorProposalCanceledIterator struct {
	Event *CiferGovernorProposalCanceled // Event containing the contract specifics and raw log

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
func (it *CiferGovernorProposalCanceledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CiferGovernorProposalCanceled)
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
		it.Event = new(CiferGovernorProposalCanceled)
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
func (it *CiferGovernorProposalCanceledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CiferGovernorProposalCanceledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CiferGovernorProposalCanceled represents a ProposalCanceled event raised by the CiferGovernor contract.
type CiferGovernorProposalCanceled struct {
	ProposalId *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterProposalCanceled is a free log retrieval operation binding the contract event 0x789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c.
//
// Solidity: event ProposalCanceled(uint256 proposalId)
func (_CiferGovernor *CiferGovernorFilterer) FilterProposalCanceled(opts *bind.FilterOpts) (*CiferGovernorProposalCanceledIterator, error) {

	logs, sub, err := _CiferGovernor.contract.FilterLogs(opts, "ProposalCanceled")
	if err != nil {
		return nil, err
	}
	return &CiferGovernorProposalCanceledIterator{contract: _CiferGovernor.contract, event: "ProposalCanceled", logs: logs, sub: sub}, nil
}

// WatchProposalCanceled is a free log subscription operation binding the contract event 0x789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c.
//
// Solidity: event ProposalCanceled(uint256 proposalId)
func (_CiferGovernor *CiferGovernorFilterer) WatchProposalCanceled(opts *bind.WatchOpts, sink chan<- *CiferGovernorProposalCanceled) (event.Subscription, error) {

	logs, sub, err := _CiferGovernor.contract.WatchLogs(opts, "ProposalCanceled")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CiferGovernorProposalCanceled)
				if err := _CiferGovernor.contract.UnpackLog(event, "ProposalCanceled", log); err != nil {
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

// ParseProposalCanceled is a log parse operation binding the contract event 0x789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c.
//
// Solidity: event ProposalCanceled(uint256 proposalId)
func (_CiferGovernor *CiferGovernorFilterer) ParseProposalCanceled(log types.Log) (*CiferGovernorProposalCanceled, error) {
	event := new(CiferGovernorProposalCanceled)
	if err := _CiferGovernor.contract.UnpackLog(event, "ProposalCanceled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CiferGovernorProposalCreatedIterator is returned from FilterProposalCreated and is used to iterate over the raw logs and unpacked data for ProposalCreated events raised by the CiferGovernor contract.
type CiferGovernorProposalCreatedIterator struct {
	Event *CiferGovernorProposalCreated // Event containing the contract specifics and raw log

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
func (it *CiferGovernorProposalCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CiferGovernorProposalCreated)
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
		it.Event = new(CiferGovernorProposalCreated)
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
func (it *CiferGovernorProposalCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CiferGovernorProposalCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CiferGovernorProposalCreated represents a ProposalCreated event raised by the CiferGovernor contract.
type CiferGovernorProposalCreated struct {
	ProposalId  *big.Int
	Proposer    common.Address
	Targets     []common.Address
	Values      []*big.Int
	Signatures  []string
	Calldatas   [][]byte
	VoteStart   *big.Int
	VoteEnd     *big.Int
	Description string
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterProposalCreated is a free log retrieval operation binding the contract event 0x7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e0.
//
// Solidity: event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description)
func (_CiferGovernor *CiferGovernorFilterer) FilterProposalCreated(opts *bind.FilterOpts) (*CiferGovernorProposalCreatedIterator, error) {

	logs, sub, err := _CiferGovernor.contract.FilterLogs(opts, "ProposalCreated")
	if err != nil {
		return nil, err
	}
	return &CiferGovernorProposalCreatedIterator{contract: _CiferGovernor.contract, event: "ProposalCreated", logs: logs, sub: sub}, nil
}

// WatchProposalCreated is a free log subscription operation binding the contract event 0x7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e0.
//
// Solidity: event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description)
func (_CiferGovernor *CiferGovernorFilterer) WatchProposalCreated(opts *bind.WatchOpts, sink chan<- *CiferGovernorProposalCreated) (event.Subscription, error) {

	logs, sub, err := _CiferGovernor.contract.WatchLogs(opts, "ProposalCreated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CiferGovernorProposalCreated)
				if err := _CiferGovernor.contract.UnpackLog(event, "ProposalCreated", log); err != nil {
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

// ParseProposalCreated is a log parse operation binding the contract event 0x7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e0.
//
// Solidity: event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description)
func (_CiferGovernor *CiferGovernorFilterer) ParseProposalCreated(log types.Log) (*CiferGovernorProposalCreated, error) {
	event := new(CiferGovernorProposalCreated)
	if err := _CiferGovernor.contract.UnpackLog(event, "ProposalCreated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CiferGovernorProposalExecutedIterator is returned from FilterProposalExecuted and is used to iterate over the raw logs and unpacked data for ProposalExecuted events raised by the CiferGovernor contract.
type CiferGovernorProposalExecutedIterator struct {
	Event *CiferGovernorProposalExecuted // Event containing the contract specifics and raw log

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
func (it *CiferGovernorProposalExecutedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CiferGovernorProposalExecuted)
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
		it.Event = new(CiferGovernorProposalExecuted)
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
func (it *CiferGovernorProposalExecutedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CiferGovernorProposalExecutedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CiferGovernorProposalExecuted represents a ProposalExecuted event raised by the CiferGovernor contract.
type CiferGovernorProposalExecuted struct {
	ProposalId *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterProposalExecuted is a free log retrieval operation binding the contract event 0x712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f.
//
// Solidity: event ProposalExecuted(uint256 proposalId)
func (_CiferGovernor *CiferGovernorFilterer) FilterProposalExecuted(opts *bind.FilterOpts) (*CiferGovernorProposalExecutedIterator, error) {

	logs, sub, err := _CiferGovernor.contract.FilterLogs(opts, "ProposalExecuted")
	if err != nil {
		return nil, err
	}
	return &CiferGovernorProposalExecutedIterator{contract: _CiferGovernor.contract, event: "ProposalExecuted", logs: logs, sub: sub}, nil
}

// WatchProposalExecuted is a free log subscription operation binding the contract event 0x712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f.
//
// Solidity: event ProposalExecuted(uint256 proposalId)
func (_CiferGovernor *CiferGovernorFilterer) WatchProposalExecuted(opts *bind.WatchOpts, sink chan<- *CiferGovernorProposalExecuted) (event.Subscription, error) {

	logs, sub, err := _CiferGovernor.contract.WatchLogs(opts, "ProposalExecuted")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CiferGovernorProposalExecuted)
				if err := _CiferGovernor.contract.UnpackLog(event, "ProposalExecuted", log); err != nil {
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

// ParseProposalExecuted is a log parse operation binding the contract event 0x712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f.
//
// Solidity: event ProposalExecuted(uint256 proposalId)
func (_CiferGovernor *CiferGovernorFilterer) ParseProposalExecuted(log types.Log) (*CiferGovernorProposalExecuted, error) {
	event := new(CiferGovernorProposalExecuted)
	if err := _CiferGovernor.contract.UnpackLog(event, "ProposalExecuted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CiferGovernorProposalQueuedIterator is returned from FilterProposalQueued and is used to iterate over the raw logs and unpacked data for ProposalQueued events raised by the CiferGovernor contract.
type CiferGovernorProposalQueuedIterator struct {
	Event *CiferGovernorProposalQueued // Event containing the contract specifics and raw log

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
func (it *CiferGovernorProposalQueuedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CiferGovernorProposalQueued)
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
		it.Event = new(CiferGovernorProposalQueued)
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
func (it *CiferGovernorProposalQueuedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CiferGovernorProposalQueuedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CiferGovernorProposalQueued represents a ProposalQueued event raised by the CiferGovernor contract.
type CiferGovernorProposalQueued struct {
	ProposalId *big.Int
	EtaSeconds *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterProposalQueued is a free log retrieval operation binding the contract event 0x9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892.
//
// Solidity: event ProposalQueued(uint256 proposalId, uint256 etaSeconds)
func (_CiferGovernor *CiferGovernorFilterer) FilterProposalQueued(opts *bind.FilterOpts) (*CiferGovernorProposalQueuedIterator, error) {

	logs, sub, err := _CiferGovernor.contract.FilterLogs(opts, "ProposalQueued")
	if err != nil {
		return nil, err
	}
	return &CiferGovernorProposalQueuedIterator{contract: _CiferGovernor.contract, event: "ProposalQueued", logs: logs, sub: sub}, nil
}

// WatchProposalQueued is a free log subscription operation binding the contract event 0x9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892.
//
// Solidity: event ProposalQueued(uint256 proposalId, uint256 etaSeconds)
func (_CiferGovernor *CiferGovernorFilterer) WatchProposalQueued(opts *bind.WatchOpts, sink chan<- *CiferGovernorProposalQueued) (event.Subscription, error) {

	logs, sub, err := _CiferGovernor.contract.WatchLogs(opts, "ProposalQueued")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CiferGovernorProposalQueued)
				if err := _CiferGovernor.contract.UnpackLog(event, "ProposalQueued", log); err != nil {
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

// ParseProposalQueued is a log parse operation binding the contract event 0x9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892.
//
// Solidity: event ProposalQueued(uint256 proposalId, uint256 etaSeconds)
func (_CiferGovernor *CiferGovernorFilterer) ParseProposalQueued(log types.Log) (*CiferGovernorProposalQueued, error) {
	event := new(CiferGovernorProposalQueued)
	if err := _CiferGovernor.contract.UnpackLog(event, "ProposalQueued", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CiferGovernorProposalThresholdSetIterator is returned from FilterProposalThresholdSet and is used to iterate over the raw logs and unpacked data for ProposalThresholdSet events raised by the CiferGovernor contract.
type CiferGovernorProposalThresholdSetIterator struct {
	Event *CiferGovernorProposalThresholdSet // Event containing the contract specifics and raw log

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
func (it *CiferGovernorProposalThresholdSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CiferGovernorProposalThresholdSet)
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
		it.Event = new(CiferGovernorProposalThresholdSet)
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
func (it *CiferGovernorProposalThresholdSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CiferGovernorProposalThresholdSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CiferGovernorProposalThresholdSet represents a ProposalThresholdSet event raised by the CiferGovernor contract.
type CiferGovernorProposalThresholdSet struct {
	OldProposalThreshold *big.Int
	NewProposalThreshold *big.Int
	Raw                  types.Log // Blockchain specific contextual infos
}

// FilterProposalThresholdSet is a free log retrieval operation binding the contract event 0xccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461.
//
// Solidity: event ProposalThresholdSet(uint256 oldProposalThreshold, uint256 newProposalThreshold)
func (_CiferGovernor *CiferGovernorFilterer) FilterProposalThresholdSet(opts *bind.FilterOpts) (*CiferGovernorProposalThresholdSetIterator, error) {

	logs, sub, err := _CiferGovernor.contract.FilterLogs(opts, "ProposalThresholdSet")
	if err != nil {
		return nil, err
	}
	return &CiferGovernorProposalThresholdSetIterator{contract: _CiferGovernor.contract, event: "ProposalThresholdSet", logs: logs, sub: sub}, nil
}

// WatchProposalThresholdSet is a free log subscription operation binding the contract event 0xccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461.
//
// Solidity: event ProposalThresholdSet(uint256 oldProposalThreshold, uint256 newProposalThreshold)
func (_CiferGovernor *CiferGovernorFilterer) WatchProposalThresholdSet(opts *bind.WatchOpts, sink chan<- *CiferGovernorProposalThresholdSet) (event.Subscription, error) {

	logs, sub, err := _CiferGovernor.contract.WatchLogs(opts, "ProposalThresholdSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CiferGovernorProposalThresholdSet)
				if err := _CiferGovernor.contract.UnpackLog(event, "ProposalThresholdSet", log); err != nil {
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

// ParseProposalThresholdSet is a log parse operation binding the contract event 0xccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461.
//
// Solidity: event ProposalThresholdSet(uint256 oldProposalThreshold, uint256 newProposalThreshold)
func (_CiferGovernor *CiferGovernorFilterer) ParseProposalThresholdSet(log types.Log) (*CiferGovernorProposalThresholdSet, error) {
	event := new(CiferGovernorProposalThresholdSet)
	if err := _CiferGovernor.contract.UnpackLog(event, "ProposalThresholdSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CiferGovernorQuorumNumeratorUpdatedIterator is returned from FilterQuorumNumeratorUpdated and is used to iterate over the raw logs and unpacked data for QuorumNumeratorUpdated events raised by the CiferGovernor contract.
type CiferGovernorQuorumNumeratorUpdatedIterator struct {
	Event *CiferGovernorQuorumNumeratorUpdated // Event containing the contract specifics and raw log

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
func (it *CiferGovernorQuorumNumeratorUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CiferGovernorQuorumNumeratorUpdated)
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
		it.Event = new(CiferGovernorQuorumNumeratorUpdated)
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
func (it *CiferGovernorQuorumNumeratorUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CiferGovernorQuorumNumeratorUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CiferGovernorQuorumNumeratorUpdated represents a QuorumNumeratorUpdated event raised by the CiferGovernor contract.
type CiferGovernorQuorumNumeratorUpdated struct {
	OldQuorumNumerator *big.Int
	NewQuorumNumerator *big.Int
	Raw                types.Log // Blockchain specific contextual infos
}

// FilterQuorumNumeratorUpdated is a free log retrieval operation binding the contract event 0x0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997.
//
// Solidity: event QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator)
func (_CiferGovernor *CiferGovernorFilterer) FilterQuorumNumeratorUpdated(opts *bind.FilterOpts) (*CiferGovernorQuorumNumeratorUpdatedIterator, error) {

	logs, sub, err := _CiferGovernor.contract.FilterLogs(opts, "QuorumNumeratorUpdated")
	if err != nil {
		return nil, err
	}
	return &CiferGovernorQuorumNumeratorUpdatedIterator{contract: _CiferGovernor.contract, event: "QuorumNumeratorUpdated", logs: logs, sub: sub}, nil
}

// WatchQuorumNumeratorUpdated is a free log subscription operation binding the contract event 0x0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997.
//
// Solidity: event QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator)
func (_CiferGovernor *CiferGovernorFilterer) WatchQuorumNumeratorUpdated(opts *bind.WatchOpts, sink chan<- *CiferGovernorQuorumNumeratorUpdated) (event.Subscription, error) {

	logs, sub, err := _CiferGovernor.contract.WatchLogs(opts, "QuorumNumeratorUpdated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CiferGovernorQuorumNumeratorUpdated)
				if err := _CiferGovernor.contract.UnpackLog(event, "QuorumNumeratorUpdated", log); err != nil {
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

// ParseQuorumNumeratorUpdated is a log parse operation binding the contract event 0x0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997.
//
// Solidity: event QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator)
func (_CiferGovernor *CiferGovernorFilterer) ParseQuorumNumeratorUpdated(log types.Log) (*CiferGovernorQuorumNumeratorUpdated, error) {
	event := new(CiferGovernorQuorumNumeratorUpdated)
	if err := _CiferGovernor.contract.UnpackLog(event, "QuorumNumeratorUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CiferGovernorTimelockChangeIterator is returned from FilterTimelockChange and is used to iterate over the raw logs and unpacked data for TimelockChange events raised by the CiferGovernor contract.
type CiferGovernorTimelockChangeIterator struct {
	Event *CiferGovernorTimelockChange // Event containing the contract specifics and raw log

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
func (it *CiferGovernorTimelockChangeIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CiferGovernorTimelockChange)
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
		it.Event = new(CiferGovernorTimelockChange)
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
func (it *CiferGovernorTimelockChangeIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CiferGovernorTimelockChangeIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CiferGovernorTimelockChange represents a TimelockChange event raised by the CiferGovernor contract.
type CiferGovernorTimelockChange struct {
	OldTimelock common.Address
	NewTimelock common.Address
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterTimelockChange is a free log retrieval operation binding the contract event 0x08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401.
//
// Solidity: event TimelockChange(address oldTimelock, address newTimelock)
func (_CiferGovernor *CiferGovernorFilterer) FilterTimelockChange(opts *bind.FilterOpts) (*CiferGovernorTimelockChangeIterator, error) {

	logs, sub, err := _CiferGovernor.contract.FilterLogs(opts, "TimelockChange")
	if err != nil {
		return nil, err
	}
	return &CiferGovernorTimelockChangeIterator{contract: _CiferGovernor.contract, event: "TimelockChange", logs: logs, sub: sub}, nil
}

// WatchTimelockChange is a free log subscription operation binding the contract event 0x08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401.
//
// Solidity: event TimelockChange(address oldTimelock, address newTimelock)
func (_CiferGovernor *CiferGovernorFilterer) WatchTimelockChange(opts *bind.WatchOpts, sink chan<- *CiferGovernorTimelockChange) (event.Subscription, error) {

	logs, sub, err := _CiferGovernor.contract.WatchLogs(opts, "TimelockChange")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CiferGovernorTimelockChange)
				if err := _CiferGovernor.contract.UnpackLog(event, "TimelockChange", log); err != nil {
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

// ParseTimelockChange is a log parse operation binding the contract event 0x08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401.
//
// Solidity: event TimelockChange(address oldTimelock, address newTimelock)
func (_CiferGovernor *CiferGovernorFilterer) ParseTimelockChange(log types.Log) (*CiferGovernorTimelockChange, error) {
	event := new(CiferGovernorTimelockChange)
	if err := _CiferGovernor.contract.UnpackLog(event, "TimelockChange", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CiferGovernorVoteCastIterator is returned from FilterVoteCast and is used to iterate over the raw logs and unpacked data for VoteCast events raised by the CiferGovernor contract.
type CiferGovernorVoteCastIterator struct {
	Event *CiferGovernorVoteCast // Event containing the contract specifics and raw log

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
func (it *CiferGovernorVoteCastIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CiferGovernorVoteCast)
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
		it.Event = new(CiferGovernorVoteCast)
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
func (it *CiferGovernorVoteCastIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CiferGovernorVoteCastIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CiferGovernorVoteCast represents a VoteCast event raised by the CiferGovernor contract.
type CiferGovernorVoteCast struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterVoteCast is a free log retrieval operation binding the contract event 0xb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda4.
//
// Solidity: event VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason)
func (_CiferGovernor *CiferGovernorFilterer) FilterVoteCast(opts *bind.FilterOpts, voter []common.Address) (*CiferGovernorVoteCastIterator, error) {

	var voterRule []interface{}
	for _, voterItem := range voter {
		voterRule = append(voterRule, voterItem)
	}

	logs, sub, err := _CiferGovernor.contract.FilterLogs(opts, "VoteCast", voterRule)
	if err != nil {
		return nil, err
	}
	return &CiferGovernorVoteCastIterator{contract: _CiferGovernor.contract, event: "VoteCast", logs: logs, sub: sub}, nil
}

// WatchVoteCast is a free log subscription operation binding the contract event 0xb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda4.
//
// Solidity: event VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason)
func (_CiferGovernor *CiferGovernorFilterer) WatchVoteCast(opts *bind.WatchOpts, sink chan<- *CiferGovernorVoteCast, voter []common.Address) (event.Subscription, error) {

	var voterRule []interface{}
	for _, voterItem := range voter {
		voterRule = append(voterRule, voterItem)
	}

	logs, sub, err := _CiferGovernor.contract.WatchLogs(opts, "VoteCast", voterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CiferGovernorVoteCast)
				if err := _CiferGovernor.contract.UnpackLog(event, "VoteCast", log); err != nil {
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

// ParseVoteCast is a log parse operation binding the contract event 0xb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda4.
//
// Solidity: event VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason)
func (_CiferGovernor *CiferGovernorFilterer) ParseVoteCast(log types.Log) (*CiferGovernorVoteCast, error) {
	event := new(CiferGovernorVoteCast)
	if err := _CiferGovernor.contract.UnpackLog(event, "VoteCast", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CiferGovernorVoteCastWithParamsIterator is returned from FilterVoteCastWithParams and is used to iterate over the raw logs and unpacked data for VoteCastWithParams events raised by the CiferGovernor contract.
type CiferGovernorVoteCastWithParamsIterator struct {
	Event *CiferGovernorVoteCastWithParams // Event containing the contract specifics and raw log

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
func (it *CiferGovernorVoteCastWithParamsIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CiferGovernorVoteCastWithParams)
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
		it.Event = new(CiferGovernorVoteCastWithParams)
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
func (it *CiferGovernorVoteCastWithParamsIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CiferGovernorVoteCastWithParamsIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CiferGovernorVoteCastWithParams represents a VoteCastWithParams event raised by the CiferGovernor contract.
type CiferGovernorVoteCastWithParams struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Params     []byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterVoteCastWithParams is a free log retrieval operation binding the contract event 0xe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb8712.
//
// Solidity: event VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params)
func (_CiferGovernor *CiferGovernorFilterer) FilterVoteCastWithParams(opts *bind.FilterOpts, voter []common.Address) (*CiferGovernorVoteCastWithParamsIterator, error) {

	var voterRule []interface{}
	for _, voterItem := range voter {
		voterRule = append(voterRule, voterItem)
	}

	logs, sub, err := _CiferGovernor.contract.FilterLogs(opts, "VoteCastWithParams", voterRule)
	if err != nil {
		return nil, err
	}
	return &CiferGovernorVoteCastWithParamsIterator{contract: _CiferGovernor.contract, event: "VoteCastWithParams", logs: logs, sub: sub}, nil
}

// WatchVoteCastWithParams is a free log subscription operation binding the contract event 0xe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb8712.
//
// Solidity: event VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params)
func (_CiferGovernor *CiferGovernorFilterer) WatchVoteCastWithParams(opts *bind.WatchOpts, sink chan<- *CiferGovernorVoteCastWithParams, voter []common.Address) (event.Subscription, error) {

	var voterRule []interface{}
	for _, voterItem := range voter {
		voterRule = append(voterRule, voterItem)
	}

	logs, sub, err := _CiferGovernor.contract.WatchLogs(opts, "VoteCastWithParams", voterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CiferGovernorVoteCastWithParams)
				if err := _CiferGovernor.contract.UnpackLog(event, "VoteCastWithParams", log); err != nil {
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

// ParseVoteCastWithParams is a log parse operation binding the contract event 0xe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb8712.
//
// Solidity: event VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params)
func (_CiferGovernor *CiferGovernorFilterer) ParseVoteCastWithParams(log types.Log) (*CiferGovernorVoteCastWithParams, error) {
	event := new(CiferGovernorVoteCastWithParams)
	if err := _CiferGovernor.contract.UnpackLog(event, "VoteCastWithParams", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CiferGovernorVotingDelaySetIterator is returned from FilterVotingDelaySet and is used to iterate over the raw logs and unpacked data for VotingDelaySet events raised by the CiferGovernor contract.
type CiferGovernorVotingDelaySetIterator struct {
	Event *CiferGovernorVotingDelaySet // Event containing the contract specifics and raw log

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
func (it *CiferGovernorVotingDelaySetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CiferGovernorVotingDelaySet)
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
		it.Event = new(CiferGovernorVotingDelaySet)
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
func (it *CiferGovernorVotingDelaySetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CiferGovernorVotingDelaySetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CiferGovernorVotingDelaySet represents a VotingDelaySet event raised by the CiferGovernor contract.
type CiferGovernorVotingDelaySet struct {
	OldVotingDelay *big.Int
	NewVotingDelay *big.Int
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterVotingDelaySet is a free log retrieval operation binding the contract event 0xc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93.
//
// Solidity: event VotingDelaySet(uint256 oldVotingDelay, uint256 newVotingDelay)
func (_CiferGovernor *CiferGovernorFilterer) FilterVotingDelaySet(opts *bind.FilterOpts) (*CiferGovernorVotingDelaySetIterator, error) {

	logs, sub, err := _CiferGovernor.contract.FilterLogs(opts, "VotingDelaySet")
	if err != nil {
		return nil, err
	}
	return &CiferGovernorVotingDelaySetIterator{contract: _CiferGovernor.contract, event: "VotingDelaySet", logs: logs, sub: sub}, nil
}

// WatchVotingDelaySet is a free log subscription operation binding the contract event 0xc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93.
//
// Solidity: event VotingDelaySet(uint256 oldVotingDelay, uint256 newVotingDelay)
func (_CiferGovernor *CiferGovernorFilterer) WatchVotingDelaySet(opts *bind.WatchOpts, sink chan<- *CiferGovernorVotingDelaySet) (event.Subscription, error) {

	logs, sub, err := _CiferGovernor.contract.WatchLogs(opts, "VotingDelaySet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CiferGovernorVotingDelaySet)
				if err := _CiferGovernor.contract.UnpackLog(event, "VotingDelaySet", log); err != nil {
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

// ParseVotingDelaySet is a log parse operation binding the contract event 0xc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93.
//
// Solidity: event VotingDelaySet(uint256 oldVotingDelay, uint256 newVotingDelay)
func (_CiferGovernor *CiferGovernorFilterer) ParseVotingDelaySet(log types.Log) (*CiferGovernorVotingDelaySet, error) {
	event := new(CiferGovernorVotingDelaySet)
	if err := _CiferGovernor.contract.UnpackLog(event, "VotingDelaySet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CiferGovernorVotingPeriodSetIterator is returned from FilterVotingPeriodSet and is used to iterate over the raw logs and unpacked data for VotingPeriodSet events raised by the CiferGovernor contract.
type CiferGovernorVotingPeriodSetIterator struct {
	Event *CiferGovernorVotingPeriodSet // Event containing the contract specifics and raw log

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
func (it *CiferGovernorVotingPeriodSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CiferGovernorVotingPeriodSet)
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
		it.Event = new(CiferGovernorVotingPeriodSet)
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
func (it *CiferGovernorVotingPeriodSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CiferGovernorVotingPeriodSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CiferGovernorVotingPeriodSet represents a VotingPeriodSet event raised by the CiferGovernor contract.
type CiferGovernorVotingPeriodSet struct {
	OldVotingPeriod *big.Int
	NewVotingPeriod *big.Int
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterVotingPeriodSet is a free log retrieval operation binding the contract event 0x7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828.
//
// Solidity: event VotingPeriodSet(uint256 oldVotingPeriod, uint256 newVotingPeriod)
func (_CiferGovernor *CiferGovernorFilterer) FilterVotingPeriodSet(opts *bind.FilterOpts) (*CiferGovernorVotingPeriodSetIterator, error) {

	logs, sub, err := _CiferGovernor.contract.FilterLogs(opts, "VotingPeriodSet")
	if err != nil {
		return nil, err
	}
	return &CiferGovernorVotingPeriodSetIterator{contract: _CiferGovernor.contract, event: "VotingPeriodSet", logs: logs, sub: sub}, nil
}

// WatchVotingPeriodSet is a free log subscription operation binding the contract event 0x7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828.
//
// Solidity: event VotingPeriodSet(uint256 oldVotingPeriod, uint256 newVotingPeriod)
func (_CiferGovernor *CiferGovernorFilterer) WatchVotingPeriodSet(opts *bind.WatchOpts, sink chan<- *CiferGovernorVotingPeriodSet) (event.Subscription, error) {

	logs, sub, err := _CiferGovernor.contract.WatchLogs(opts, "VotingPeriodSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CiferGovernorVotingPeriodSet)
				if err := _CiferGovernor.contract.UnpackLog(event, "VotingPeriodSet", log); err != nil {
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

// ParseVotingPeriodSet is a log parse operation binding the contract event 0x7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828.
//
// Solidity: event VotingPeriodSet(uint256 oldVotingPeriod, uint256 newVotingPeriod)
func (_CiferGovernor *CiferGovernorFilterer) ParseVotingPeriodSet(log types.Log) (*CiferGovernorVotingPeriodSet, error) {
	event := new(CiferGovernorVotingPeriodSet)
	if err := _CiferGovernor.contract.UnpackLog(event, "VotingPeriodSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
