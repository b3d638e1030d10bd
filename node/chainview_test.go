package node

import (
	"context"
	"errors"
	"testing"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/request"
	"github.com/ethereum/go-ethereum/common"
)

var _ custody.ChainView = ChainView{}

type setDouble struct{ st chain.SecretState }

func (s setDouble) CheckFreshness(_ context.Context, chainID, block uint64) error {
	return chain.CheckFreshness(block, 1000, 2000)
}

func (s setDouble) SecretState(_ context.Context, _, id uint64) (chain.SecretState, error) {
	if id != 1 {
		return chain.SecretState{}, chain.ErrSecretNotFound
	}
	return s.st, nil
}

func TestChainViewAdapter(t *testing.T) {
	owner, delegate := common.HexToAddress("0x1"), common.HexToAddress("0x2")
	v := ChainView{Chains: setDouble{st: chain.SecretState{Owner: owner, Delegate: delegate, SecretType: 1, ClusterID: 1, PublicKeyCID: "b"}}}
	st, err := v.SecretState(context.Background(), 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	if st != (request.SecretState{Owner: owner, Delegate: delegate, SecretType: 1, PublicKeyCID: "b"}) {
		t.Fatalf("state %+v", st)
	}
	if err := request.AuthorizeDecrypt(st, delegate); err != nil {
		t.Fatalf("delegate refused: %v", err)
	}
	if _, err := v.SecretState(context.Background(), 1, 2); !errors.Is(err, chain.ErrSecretNotFound) {
		t.Fatalf("unknown secret: %v", err)
	}
	var fe *chain.FreshnessError
	if err := v.CheckFreshness(context.Background(), 1, 2000); !errors.As(err, &fe) || !fe.Future {
		t.Fatalf("future block: %v", err)
	}
}
