package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// controllerABIJSON is the part of the SecretsController interface that
// COMPAT.md fixes (existing clients hard-code these selectors and topics).
// Keeping it here, rather than reading it from the generated bindings,
// makes the compatibility surface explicit; TestCompatSelectors checks it,
// and the bindings, against the signatures listed in COMPAT.md.
const controllerABIJSON = `[
{"type":"function","name":"getSecretState","stateMutability":"view",
 "inputs":[{"name":"secretId","type":"uint256"}],
 "outputs":[{"name":"owner","type":"address"},{"name":"delegate","type":"address"},{"name":"isSyncing","type":"bool"},
            {"name":"clusterId","type":"uint8"},{"name":"secretType","type":"uint8"},{"name":"publicKeyCid","type":"string"}]},
{"type":"event","name":"SecretCreated","anonymous":false,"inputs":[
 {"name":"secretId","type":"uint256","indexed":true},{"name":"owner","type":"address","indexed":true},{"name":"secretType","type":"uint8","indexed":false}]},
{"type":"event","name":"SecretSynced","anonymous":false,"inputs":[
 {"name":"secretId","type":"uint256","indexed":true},{"name":"clusterId","type":"uint8","indexed":true},{"name":"publicKeyCid","type":"string","indexed":false}]},
{"type":"event","name":"DelegateUpdated","anonymous":false,"inputs":[
 {"name":"secretId","type":"uint256","indexed":true},{"name":"newDelegate","type":"address","indexed":true}]},
{"type":"event","name":"SecretOwnershipTransferred","anonymous":false,"inputs":[
 {"name":"secretId","type":"uint256","indexed":true},{"name":"oldOwner","type":"address","indexed":true},{"name":"newOwner","type":"address","indexed":true}]}
]`

var controllerABI = func() abi.ABI {
	a, err := abi.JSON(strings.NewReader(controllerABIJSON))
	if err != nil {
		panic("chain: bad controller ABI: " + err.Error())
	}
	return a
}()

// ErrSecretNotFound means the controller reverted "Secret not found".
var ErrSecretNotFound = errors.New("Secret not found") //nolint:staticcheck // the contract's exact text, which clients see

// SecretState is a secret's on-chain record.
type SecretState struct {
	Owner        common.Address
	Delegate     common.Address // zero when none
	IsSyncing    bool
	ClusterID    uint8
	SecretType   uint8
	PublicKeyCID string
}

// Ready reports what clients treat as usable: not syncing and a CID set.
func (s SecretState) Ready() bool { return !s.IsSyncing && s.PublicKeyCID != "" }

// SecretState reads a secret's current state at the latest block. A secret
// that does not exist gives ErrSecretNotFound.
func (c *Client) SecretState(ctx context.Context, secretID uint64) (SecretState, error) {
	data, err := controllerABI.Pack("getSecretState", bigFromUint64(secretID))
	if err != nil {
		return SecretState{}, fmt.Errorf("pack getSecretState: %w", err)
	}
	ctx, cancel := c.callCtx(ctx)
	defer cancel()
	to := c.cfg.ControllerAddress
	out, err := c.eth.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		if isRevert(err, "Secret not found") {
			return SecretState{}, fmt.Errorf("chain %d secret %d: %w", c.cfg.ChainID, secretID, ErrSecretNotFound)
		}
		return SecretState{}, fmt.Errorf("chain %d: getSecretState(%d): %w", c.cfg.ChainID, secretID, err)
	}
	vals, err := controllerABI.Unpack("getSecretState", out)
	if err != nil {
		return SecretState{}, fmt.Errorf("chain %d: decode getSecretState(%d): %w", c.cfg.ChainID, secretID, err)
	}
	return SecretState{
		Owner:        vals[0].(common.Address),
		Delegate:     vals[1].(common.Address),
		IsSyncing:    vals[2].(bool),
		ClusterID:    vals[3].(uint8),
		SecretType:   vals[4].(uint8),
		PublicKeyCID: vals[5].(string),
	}, nil
}

// SecretState reads a secret on chainID; an unknown chain gives an
// *UnsupportedChainError.
func (s *Set) SecretState(ctx context.Context, chainID, secretID uint64) (SecretState, error) {
	c, err := s.Client(chainID)
	if err != nil {
		return SecretState{}, err
	}
	return c.SecretState(ctx, secretID)
}

// SecretEventKind names a SecretsController event.
type SecretEventKind string

// The SecretsController events, named as in the contract.
const (
	SecretCreated              SecretEventKind = "SecretCreated"
	SecretSynced               SecretEventKind = "SecretSynced"
	DelegateUpdated            SecretEventKind = "DelegateUpdated"
	SecretOwnershipTransferred SecretEventKind = "SecretOwnershipTransferred"
)

// SecretEvent is one decoded SecretsController event. Fields not carried by
// the event's kind are zero.
type SecretEvent struct {
	Kind     SecretEventKind
	ChainID  uint64
	SecretID uint64

	Owner        common.Address // SecretCreated: the creator
	SecretType   uint8          // SecretCreated
	ClusterID    uint8          // SecretSynced
	PublicKeyCID string         // SecretSynced
	Delegate     common.Address // DelegateUpdated: the new delegate (zero: cleared)
	OldOwner     common.Address // SecretOwnershipTransferred
	NewOwner     common.Address // SecretOwnershipTransferred

	Block    uint64
	LogIndex uint
	TxHash   common.Hash
}

// Cursor is the watch position just after this event: persist it and pass
// it as start to resume without loss or repetition.
func (e SecretEvent) Cursor() Cursor { return Cursor{Block: e.Block, NextIndex: e.LogIndex + 1} }

// ErrUnknownEvent means a log is not one of the events a decoder knows.
var ErrUnknownEvent = errors.New("unknown event")

// DecodeSecretEvent decodes a SecretsController log. Logs come from an RPC
// endpoint, so malformed ones are errors, never panics.
func DecodeSecretEvent(chainID uint64, l types.Log) (SecretEvent, error) {
	if len(l.Topics) == 0 {
		return SecretEvent{}, fmt.Errorf("%w: no topics", ErrUnknownEvent)
	}
	ev, err := controllerABI.EventByID(l.Topics[0])
	if err != nil {
		return SecretEvent{}, fmt.Errorf("%w: topic %s", ErrUnknownEvent, l.Topics[0])
	}
	var indexed abi.Arguments
	for _, in := range ev.Inputs {
		if in.Indexed {
			indexed = append(indexed, in)
		}
	}
	fields := map[string]any{}
	if len(l.Topics) != len(indexed)+1 {
		return SecretEvent{}, fmt.Errorf("decode %s: %d topics, want %d", ev.Name, len(l.Topics), len(indexed)+1)
	}
	if err := abi.ParseTopicsIntoMap(fields, indexed, l.Topics[1:]); err != nil {
		return SecretEvent{}, fmt.Errorf("decode %s topics: %w", ev.Name, err)
	}
	if err := ev.Inputs.UnpackIntoMap(fields, l.Data); err != nil {
		return SecretEvent{}, fmt.Errorf("decode %s data: %w", ev.Name, err)
	}
	id, ok := fields["secretId"].(*big.Int)
	if !ok || !id.IsUint64() {
		return SecretEvent{}, fmt.Errorf("decode %s: secret id out of range", ev.Name)
	}
	e := SecretEvent{
		Kind: SecretEventKind(ev.Name), ChainID: chainID, SecretID: id.Uint64(),
		Block: l.BlockNumber, LogIndex: l.Index, TxHash: l.TxHash,
	}
	switch e.Kind {
	case SecretCreated:
		e.Owner, _ = fields["owner"].(common.Address)
		e.SecretType, _ = fields["secretType"].(uint8)
	case SecretSynced:
		e.ClusterID, _ = fields["clusterId"].(uint8)
		e.PublicKeyCID, _ = fields["publicKeyCid"].(string)
	case DelegateUpdated:
		e.Delegate, _ = fields["newDelegate"].(common.Address)
	case SecretOwnershipTransferred:
		e.OldOwner, _ = fields["oldOwner"].(common.Address)
		e.NewOwner, _ = fields["newOwner"].(common.Address)
	}
	return e, nil
}

// secretEventTopics selects the four controller events.
func secretEventTopics() [][]common.Hash {
	ids := make([]common.Hash, 0, 4)
	for _, name := range []SecretEventKind{SecretCreated, SecretSynced, DelegateUpdated, SecretOwnershipTransferred} {
		ids = append(ids, controllerABI.Events[string(name)].ID)
	}
	return [][]common.Hash{ids}
}

// WatchSecretEvents delivers the controller's events from start onwards, in
// chain order and each once, after c's configured confirmations, until ctx
// ends (nil) or handle fails (its error). A log that does not decode is
// logged and skipped: it cannot become decodable by retrying. To resume
// after a restart, pass the last handled event's Cursor().
func (c *Client) WatchSecretEvents(ctx context.Context, start Cursor, handle func(context.Context, SecretEvent) error) error {
	w := NewLogWatcher(c.eth, WatchConfig{
		Addresses:     []common.Address{c.cfg.ControllerAddress},
		Topics:        secretEventTopics(),
		Start:         start,
		Confirmations: c.cfg.Confirmations,
		PollInterval:  c.opts.PollInterval,
		CallTimeout:   c.opts.CallTimeout,
		MaxBackoff:    c.opts.MaxBackoff,
		Log:           c.log,
	})
	return w.Run(ctx, func(ctx context.Context, l types.Log) error {
		e, err := DecodeSecretEvent(c.cfg.ChainID, l)
		if err != nil {
			c.log.Warn("skipping undecodable controller log", "block", l.BlockNumber, "index", l.Index, "err", err)
			return nil
		}
		return handle(ctx, e)
	})
}
