package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// TxSigner signs transactions with a key it never hands out: the enclave
// wallet (enclave.Keys implements it).
type TxSigner interface {
	Address() common.Address
	SignTx(tx *types.Transaction, signer types.Signer) (*types.Transaction, error)
}

// TxBackend is what sending a contract transaction and waiting for it
// needs. *ethclient.Client and the simulated backend's client implement it.
type TxBackend interface {
	bind.ContractBackend
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// TransactOpts builds binding transact options that sign with s for chainID.
// It refuses to sign for any other sender than s.
func TransactOpts(ctx context.Context, s TxSigner, chainID uint64) *bind.TransactOpts {
	from := s.Address()
	txSigner := types.LatestSignerForChainID(new(big.Int).SetUint64(chainID))
	return &bind.TransactOpts{
		From:    from,
		Context: ctx,
		Signer: func(addr common.Address, tx *types.Transaction) (*types.Transaction, error) {
			if addr != from {
				return nil, fmt.Errorf("signer %s asked to sign for %s", from.Hex(), addr.Hex())
			}
			return s.SignTx(tx, txSigner)
		},
	}
}

// SecretsController revert reasons a sender branches on.
var (
	// ErrNotElectedBlackBox: the sending wallet is not an elected Black Box
	// of the current epoch (the epoch may just have changed).
	ErrNotElectedBlackBox = errors.New("Not an elected Black Box") //nolint:staticcheck // the contract's exact text
	// ErrInvalidCluster: cluster id 0.
	ErrInvalidCluster = errors.New("Invalid cluster") //nolint:staticcheck // the contract's exact text
	// ErrEmptyPublicKeyCID: the CID is empty.
	ErrEmptyPublicKeyCID = errors.New("Empty public key CID") //nolint:staticcheck // the contract's exact text
)

var knownReverts = []error{ErrNotElectedBlackBox, ErrSecretNotFound, ErrInvalidCluster, ErrEmptyPublicKeyCID, ErrEvidenceUsed, ErrFaultSlashed}

// RevertError is a transaction the contract refused, with its reason.
// errors.Is matches the sentinel of a known reason.
type RevertError struct {
	Method string
	Reason string      // "" when the node gave none
	TxHash common.Hash // zero when refused before sending (gas estimate or preflight call)
}

func (e *RevertError) Error() string {
	s := e.Method + " reverted"
	if e.Reason != "" {
		s += ": " + e.Reason
	}
	if e.TxHash != (common.Hash{}) {
		s += " (tx " + e.TxHash.Hex() + ")"
	}
	return s
}

// Unwrap returns the sentinel of a known revert reason.
func (e *RevertError) Unwrap() error {
	for _, s := range knownReverts {
		if s.Error() == e.Reason {
			return s
		}
	}
	return nil
}

// revertReason returns the Error(string) reason carried by an RPC error, and
// whether err is an EVM revert at all. Nodes give the ABI-encoded reason as
// error data; some only in the message.
func revertReason(err error) (string, bool) {
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if data, derr := hexutil.Decode(s); derr == nil {
				if reason, uerr := abi.UnpackRevert(data); uerr == nil {
					return reason, true
				}
			}
		}
	}
	const marker = "execution reverted"
	msg := err.Error()
	i := strings.Index(msg, marker)
	if i < 0 {
		return "", false
	}
	return strings.TrimSpace(strings.TrimPrefix(msg[i+len(marker):], ":")), true
}

// sendLocks serialises sends per chain and wallet: the nonce comes from the
// pending state, so two concurrent sends from one wallet would pick the same
// one.
var sendLocks sync.Map // [2]any{chainID, address} -> *sync.Mutex

func sendLock(chainID uint64, from common.Address) *sync.Mutex {
	m, _ := sendLocks.LoadOrStore([2]any{chainID, from}, new(sync.Mutex))
	return m.(*sync.Mutex)
}

// TxWait bounds the wait for a receipt.
type TxWait struct {
	// Timeout bounds the whole send and wait. Default 2 minutes.
	Timeout time.Duration
	// PollInterval is how often the receipt is asked for. Default 1 s.
	PollInterval time.Duration
}

func (w TxWait) withDefaults() TxWait {
	if w.Timeout <= 0 {
		w.Timeout = 2 * time.Minute
	}
	if w.PollInterval <= 0 {
		w.PollInterval = time.Second
	}
	return w
}

// MarkSecretSynced sends markSecretSynced(secretID, clusterID, publicKeyCID)
// to the SecretsController at controller, signed by s (the enclave wallet of
// an elected Black Box), and waits for it to be mined. The call is tried with
// eth_call first, so a refusal comes back as a *RevertError with the
// contract's reason without spending gas; a transaction mined but reverted
// is a *RevertError with its hash.
func MarkSecretSynced(ctx context.Context, b TxBackend, chainID uint64, controller common.Address, s TxSigner,
	secretID uint64, clusterID uint8, publicKeyCID string, wait TxWait) (*types.Receipt, error) {
	const method = "markSecretSynced"
	wait = wait.withDefaults()
	ctx, cancel := context.WithTimeout(ctx, wait.Timeout)
	defer cancel()

	parsed, err := bindings.SecretsControllerMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("%s: controller abi: %w", method, err)
	}
	data, err := parsed.Pack(method, bigFromUint64(secretID), clusterID, publicKeyCID)
	if err != nil {
		return nil, fmt.Errorf("%s: pack: %w", method, err)
	}
	from := s.Address()
	msg := ethereum.CallMsg{From: from, To: &controller, Data: data}
	if _, err := b.CallContract(ctx, msg, nil); err != nil {
		if reason, ok := revertReason(err); ok {
			return nil, &RevertError{Method: method, Reason: reason}
		}
		return nil, fmt.Errorf("%s(%d): preflight call: %w", method, secretID, err)
	}

	ctrl, err := bindings.NewSecretsControllerTransactor(controller, b)
	if err != nil {
		return nil, fmt.Errorf("%s: bind controller: %w", method, err)
	}
	lock := sendLock(chainID, from)
	lock.Lock()
	tx, err := ctrl.MarkSecretSynced(TransactOpts(ctx, s, chainID), bigFromUint64(secretID), clusterID, publicKeyCID)
	lock.Unlock()
	if err != nil {
		if reason, ok := revertReason(err); ok {
			return nil, &RevertError{Method: method, Reason: reason}
		}
		return nil, fmt.Errorf("%s(%d): send: %w", method, secretID, err)
	}
	rcpt, err := WaitReceipt(ctx, b, tx.Hash(), wait.PollInterval)
	if err != nil {
		return nil, fmt.Errorf("%s(%d): %w", method, secretID, err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		rerr := &RevertError{Method: method, TxHash: tx.Hash()}
		// Replay on the parent state to learn why; best effort.
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

// WaitReceipt polls for a transaction's receipt every poll until it is
// mined or ctx ends. Errors other than "not found" are retried too: the RPC
// may be briefly down, and the deadline bounds the wait.
func WaitReceipt(ctx context.Context, b interface {
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}, hash common.Hash, poll time.Duration) (*types.Receipt, error) {
	if poll <= 0 {
		poll = time.Second
	}
	t := time.NewTicker(poll)
	defer t.Stop()
	var last error
	for {
		r, err := b.TransactionReceipt(ctx, hash)
		if err == nil && r != nil {
			return r, nil
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			last = err
		}
		select {
		case <-ctx.Done():
			if last != nil {
				return nil, fmt.Errorf("wait for receipt of %s: %w (last rpc error: %v)", hash.Hex(), ctx.Err(), last)
			}
			return nil, fmt.Errorf("wait for receipt of %s: %w", hash.Hex(), ctx.Err())
		case <-t.C:
		}
	}
}

// MarkSecretSynced sends markSecretSynced to this chain's SecretsController
// from s and waits for the receipt, polling at the client's poll interval;
// see the package-level MarkSecretSynced.
func (c *Client) MarkSecretSynced(ctx context.Context, s TxSigner, secretID uint64, clusterID uint8, publicKeyCID string) (*types.Receipt, error) {
	return MarkSecretSynced(ctx, c.eth, c.cfg.ChainID, c.cfg.ControllerAddress, s, secretID, clusterID, publicKeyCID,
		TxWait{PollInterval: c.opts.PollInterval})
}
