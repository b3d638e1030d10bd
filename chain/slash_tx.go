package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Slasher revert reasons a reporter branches on: the evidence was already
// used, or the fault already slashed (another reporter was first).
var (
	ErrEvidenceUsed  = errors.New("Evidence already used") //nolint:staticcheck // the contract's exact text
	ErrFaultSlashed  = errors.New("Fault already slashed") //nolint:staticcheck // the contract's exact text
	errNoSlasherAddr = errors.New("no slasher address in the deployment")
)

// SlashBadRelease submits a custodian's signed release and the creation
// record it contradicts to the Slasher at slasher, signed by s (the
// reporter is paid), and waits for it to be mined. Like MarkSecretSynced it
// tries eth_call first, so a refusal costs no gas and comes back as a
// *RevertError with the contract's reason.
func SlashBadRelease(ctx context.Context, b TxBackend, chainID uint64, slasher common.Address, s TxSigner,
	recordBody, recordSignature []byte, rel bindings.SlasherRelease, wait TxWait) (*types.Receipt, error) {
	const method = "slashBadRelease"
	if slasher == (common.Address{}) {
		return nil, fmt.Errorf("%s: %w", method, errNoSlasherAddr)
	}
	wait = wait.withDefaults()
	ctx, cancel := context.WithTimeout(ctx, wait.Timeout)
	defer cancel()
	parsed, err := bindings.SlasherMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("%s: slasher abi: %w", method, err)
	}
	data, err := parsed.Pack(method, recordBody, recordSignature, rel)
	if err != nil {
		return nil, fmt.Errorf("%s: pack: %w", method, err)
	}
	from := s.Address()
	msg := ethereum.CallMsg{From: from, To: &slasher, Data: data}
	if _, err := b.CallContract(ctx, msg, nil); err != nil {
		return nil, slashRevert(method, err, "preflight call")
	}
	contract := bind.NewBoundContract(slasher, *parsed, b, b, b)
	lock := sendLock(chainID, from)
	lock.Lock()
	tx, err := contract.Transact(TransactOpts(ctx, s, chainID), method, recordBody, recordSignature, rel)
	lock.Unlock()
	if err != nil {
		return nil, slashRevert(method, err, "send")
	}
	rcpt, err := WaitReceipt(ctx, b, tx.Hash(), wait.PollInterval)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", method, err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		rerr := &RevertError{Method: method, TxHash: tx.Hash()}
		if rcpt.BlockNumber != nil && rcpt.BlockNumber.Sign() > 0 {
			parent := new(big.Int).Sub(rcpt.BlockNumber, big.NewInt(1))
			if _, cerr := b.CallContract(ctx, msg, parent); cerr != nil {
				rerr.Reason, _ = revertReason(cerr)
			}
		}
		return rcpt, rerr
	}
	return rcpt, nil
}

func slashRevert(method string, err error, step string) error {
	if reason, ok := revertReason(err); ok {
		return &RevertError{Method: method, Reason: reason}
	}
	return fmt.Errorf("%s: %s: %w", method, step, err)
}

// SlashBadRelease submits bad-release evidence to slasher on this chain from
// s; see the package-level SlashBadRelease.
func (c *Client) SlashBadRelease(ctx context.Context, s TxSigner, slasher common.Address, recordBody, recordSignature []byte, rel bindings.SlasherRelease) (*types.Receipt, error) {
	return SlashBadRelease(ctx, c.eth, c.cfg.ChainID, slasher, s, recordBody, recordSignature, rel, TxWait{PollInterval: c.opts.PollInterval})
}
