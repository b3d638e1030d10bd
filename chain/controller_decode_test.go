package chain

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

func TestDecodeSecretEvent(t *testing.T) {
	owner := common.HexToAddress("0x1111111111111111111111111111111111111111")
	other := common.HexToAddress("0x2222222222222222222222222222222222222222")
	id := common.BigToHash(big.NewInt(42))
	ev := controllerABI.Events
	synced, err := ev["SecretSynced"].Inputs.NonIndexed().Pack("bafkreiabc")
	if err != nil {
		t.Fatal(err)
	}
	created, err := ev["SecretCreated"].Inputs.NonIndexed().Pack(uint8(1))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		log  types.Log
		want SecretEvent
	}{
		{"created", types.Log{Topics: []common.Hash{ev["SecretCreated"].ID, id, common.BytesToHash(owner.Bytes())}, Data: created},
			SecretEvent{Kind: SecretCreated, SecretID: 42, Owner: owner, SecretType: 1}},
		{"synced", types.Log{Topics: []common.Hash{ev["SecretSynced"].ID, id, common.BigToHash(big.NewInt(3))}, Data: synced},
			SecretEvent{Kind: SecretSynced, SecretID: 42, ClusterID: 3, PublicKeyCID: "bafkreiabc"}},
		{"delegate", types.Log{Topics: []common.Hash{ev["DelegateUpdated"].ID, id, common.BytesToHash(other.Bytes())}},
			SecretEvent{Kind: DelegateUpdated, SecretID: 42, Delegate: other}},
		{"transfer", types.Log{Topics: []common.Hash{ev["SecretOwnershipTransferred"].ID, id, common.BytesToHash(owner.Bytes()), common.BytesToHash(other.Bytes())}},
			SecretEvent{Kind: SecretOwnershipTransferred, SecretID: 42, OldOwner: owner, NewOwner: other}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.log.BlockNumber, tc.log.Index = 9, 2
			tc.want.ChainID, tc.want.Block, tc.want.LogIndex = 5, 9, 2
			got, err := DecodeSecretEvent(5, tc.log)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Fatalf("got %+v, want %+v", got, tc.want)
			}
			if got.Cursor() != (Cursor{Block: 9, NextIndex: 3}) {
				t.Fatalf("cursor %+v", got.Cursor())
			}
		})
	}
	if _, err := DecodeSecretEvent(5, types.Log{Topics: []common.Hash{{1}}}); !errors.Is(err, ErrUnknownEvent) {
		t.Fatalf("unknown topic: %v", err)
	}
	if _, err := DecodeSecretEvent(5, types.Log{Topics: []common.Hash{ev["DelegateUpdated"].ID, id}}); err == nil {
		t.Fatal("accepted a log with a missing topic")
	}
	huge := common.HexToHash("0x0100000000000000000000000000000000000000000000000000000000000000")
	if _, err := DecodeSecretEvent(5, types.Log{Topics: []common.Hash{ev["DelegateUpdated"].ID, huge, {}}}); err == nil {
		t.Fatal("accepted a secret id beyond uint64")
	}
}

func FuzzDecodeSecretEvent(f *testing.F) {
	f.Add(uint8(0), uint8(3), []byte{}, []byte{1, 2, 3})
	f.Add(uint8(1), uint8(3), make([]byte, 64), make([]byte, 96))
	names := []string{"SecretCreated", "SecretSynced", "DelegateUpdated", "SecretOwnershipTransferred"}
	f.Fuzz(func(t *testing.T, which, ntopics uint8, topicBytes, data []byte) {
		topics := []common.Hash{controllerABI.Events[names[int(which)%len(names)]].ID}
		for i := 0; i < int(ntopics%5); i++ {
			var h common.Hash
			if len(topicBytes) > 0 {
				copy(h[:], topicBytes[(i*7)%len(topicBytes):])
			}
			topics = append(topics, h)
		}
		e, err := DecodeSecretEvent(1, types.Log{Topics: topics, Data: data})
		if err == nil && e.Kind == "" {
			t.Fatal("decoded an event without a kind")
		}
	})
}
