package liveness

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/wire"
)

// Chain is the home chain as the submitter uses it (ethclient.Client
// implements it).
type Chain interface {
	ethereum.ContractCaller
	bind.ContractTransactor
}

// TxSigner signs transactions with the node's enclave wallet.
type TxSigner interface {
	Address() common.Address
	SignTx(tx *types.Transaction, signer types.Signer) (*types.Transaction, error)
}

// ChainSubmitter sends reportMissing from the node's enclave wallet. The
// gas estimate runs the call first, so a report another fellow member sent
// already costs nothing.
type ChainSubmitter struct {
	Chain   Chain
	ChainID uint64
	Reports common.Address
	Wallet  TxSigner
}

// Submit sends the report; one already on-chain is not an error.
func (s *ChainSubmitter) Submit(ctx context.Context, clusterID uint8, nodeIndex uint64, signatures [][]byte) error {
	c, err := bindings.NewMemberReportsTransactor(s.Reports, s.Chain)
	if err != nil {
		return err
	}
	from := s.Wallet.Address()
	opts := &bind.TransactOpts{
		From:    from,
		Context: ctx,
		Signer: func(addr common.Address, tx *types.Transaction) (*types.Transaction, error) {
			if addr != from {
				return nil, errors.New("not the enclave wallet")
			}
			return s.Wallet.SignTx(tx, types.LatestSignerForChainID(new(big.Int).SetUint64(s.ChainID)))
		},
	}
	if _, err := c.ReportMissing(opts, clusterID, new(big.Int).SetUint64(nodeIndex), signatures); err != nil {
		if strings.Contains(err.Error(), "Already reported") {
			return nil
		}
		return fmt.Errorf("send reportMissing: %w", err)
	}
	return nil
}

// ContractTimeout reads missingMemberTimeout from MemberReports.
type ContractTimeout struct {
	Caller  bind.ContractCaller
	Reports common.Address
}

// MissingMemberTimeout reads the governed timeout.
func (t ContractTimeout) MissingMemberTimeout(ctx context.Context) (time.Duration, error) {
	c, err := bindings.NewMemberReportsCaller(t.Reports, t.Caller)
	if err != nil {
		return 0, err
	}
	secs, err := c.MissingMemberTimeout(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, fmt.Errorf("member reports: timeout: %w", err)
	}
	return time.Duration(secs) * time.Second, nil
}

// WireCoSigners asks fellow members over wire.MissingMember.
type WireCoSigners struct {
	Streams *p2p.Streams
	Network string
}

// CoSign asks to for its signature on req.
func (w WireCoSigners) CoSign(ctx context.Context, to peer.ID, req wire.MissingMemberRequest) ([]byte, error) {
	resp, err := wire.MissingMember.Ask(ctx, w.Streams, w.Network, to, &req)
	if err != nil {
		return nil, err
	}
	return resp.Signature, nil
}

// RefusalNotMissing is the wire code of a co-sign refusal.
const RefusalNotMissing = "not_missing"

// Serve answers fellow members' co-sign requests on streams.
func (m *Monitor) Serve(streams *p2p.Streams, network string) {
	wire.MissingMember.Serve(streams, network, func(ctx context.Context, from peer.ID, req *wire.MissingMemberRequest) (*wire.MissingMemberResponse, error) {
		sig, err := m.CoSign(ctx, from, *req)
		if err != nil {
			return nil, &p2p.RemoteError{Status: p2p.StatusRefused, Message: err.Error(), Code: RefusalNotMissing}
		}
		return &wire.MissingMemberResponse{Signature: sig}, nil
	})
}
