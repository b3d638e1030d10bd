package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
)

// NodeRecord is a node as the ClusterRegistry records it: the one record
// type every package uses (the attestation policy checks statements
// against it, clients and nodes dial it, custodians and Black Boxes read
// clusters of it).
type NodeRecord struct {
	Operator common.Address
	// PeerID is the libp2p peer ID the node registered. It holds the
	// registry's bytes as they are (a peer.ID is its multihash bytes), so
	// the round trip to the contract is exact; anyone can register, so it
	// is not known to be a valid multihash until checked (AddrInfo does).
	PeerID           peer.ID
	EnclaveWallet    common.Address
	Measurement      [32]byte
	TransportKeyHash [32]byte
	Multiaddrs       []string
	Stake            *big.Int
	Status           uint8
}

// Active reports whether the node is registered and not unbonding.
func (n NodeRecord) Active() bool { return n.Status == bindings.NodeStatusActive }

// AddrInfo is where to dial the node: its peer ID and the registered
// multiaddrs that parse and name no other peer (those that do not are
// returned in bad, for the caller to log). A peer ID that is no valid
// multihash is an error: the record cannot be dialled at all.
func (n NodeRecord) AddrInfo() (info peer.AddrInfo, bad []string, err error) {
	id, err := peer.IDFromBytes([]byte(n.PeerID))
	if err != nil {
		return peer.AddrInfo{}, nil, err
	}
	info.ID = id
	for _, s := range n.Multiaddrs {
		full := s
		if !strings.Contains(s, "/p2p/") {
			full += "/p2p/" + id.String()
		}
		a, err := ma.NewMultiaddr(full)
		if err != nil {
			bad = append(bad, s)
			continue
		}
		ai, err := peer.AddrInfoFromP2pAddr(a)
		if err != nil || ai.ID != id {
			bad = append(bad, s)
			continue
		}
		info.Addrs = append(info.Addrs, ai.Addrs...)
	}
	return info, bad, nil
}

// ErrNodeNotFound means the registry has no node under that key.
var ErrNodeNotFound = errors.New("node not registered")

// Registry reads the ClusterRegistry on the home chain. Every call has the
// client's call deadline.
type Registry struct {
	reg     *bindings.ClusterRegistryCaller
	timeout time.Duration
}

// NewRegistry binds the registry at addr through any contract caller (an
// RPC client, or a simulated backend in tests).
func NewRegistry(addr common.Address, caller bind.ContractCaller, callTimeout time.Duration) (*Registry, error) {
	reg, err := bindings.NewClusterRegistryCaller(addr, caller)
	if err != nil {
		return nil, fmt.Errorf("bind cluster registry: %w", err)
	}
	if callTimeout <= 0 {
		callTimeout = 10 * time.Second
	}
	return &Registry{reg: reg, timeout: callTimeout}, nil
}

func (r *Registry) opts(ctx context.Context) (*bind.CallOpts, context.CancelFunc) {
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	return &bind.CallOpts{Context: ctx}, cancel
}

// fromBinding is the chain boundary: the contract's peer ID bytes become a
// peer.ID here, and go back to bytes only in calls to the contract.
func fromBinding(n bindings.ClusterRegistryNode) NodeRecord {
	return NodeRecord{Operator: n.Operator, PeerID: peer.ID(n.PeerId), EnclaveWallet: n.EnclaveWallet, Measurement: n.Measurement,
		TransportKeyHash: n.TransportKeyHash, Multiaddrs: n.Multiaddrs, Stake: n.Stake, Status: n.Status}
}

// NodeByPeerID returns the node registered with a libp2p peer ID.
func (r *Registry) NodeByPeerID(ctx context.Context, id peer.ID) (NodeRecord, error) {
	o, cancel := r.opts(ctx)
	defer cancel()
	n, err := r.reg.NodeByPeerId(o, []byte(id))
	if isRevert(err, "Node not found") {
		return NodeRecord{}, ErrNodeNotFound
	}
	if err != nil {
		return NodeRecord{}, fmt.Errorf("registry: node by peer id: %w", err)
	}
	return fromBinding(n), nil
}

// NodeIndexOf returns the node index of an operator (ErrNodeNotFound if it
// has none).
func (r *Registry) NodeIndexOf(ctx context.Context, operator common.Address) (uint64, error) {
	o, cancel := r.opts(ctx)
	defer cancel()
	i, err := r.reg.NodeIndexOf(o, operator)
	if isRevert(err, "Node not found") {
		return 0, ErrNodeNotFound
	}
	if err != nil {
		return 0, fmt.Errorf("registry: node index of %s: %w", operator.Hex(), err)
	}
	return i.Uint64(), nil
}

// NodeOf returns the node of an operator.
func (r *Registry) NodeOf(ctx context.Context, operator common.Address) (NodeRecord, error) {
	o, cancel := r.opts(ctx)
	defer cancel()
	n, err := r.reg.NodeOf(o, operator)
	if isRevert(err, "Node not found") {
		return NodeRecord{}, ErrNodeNotFound
	}
	if err != nil {
		return NodeRecord{}, fmt.Errorf("registry: node of %s: %w", operator.Hex(), err)
	}
	return fromBinding(n), nil
}

// Nodes returns every registered node, a page at a time.
func (r *Registry) Nodes(ctx context.Context) ([]NodeRecord, error) {
	o, cancel := r.opts(ctx)
	defer cancel()
	count, err := r.reg.NodeCount(o)
	if err != nil {
		return nil, fmt.Errorf("registry: node count: %w", err)
	}
	const page = 100
	var out []NodeRecord
	for start := int64(0); start < count.Int64(); start += page {
		ns, err := r.reg.NodesRange(o, big.NewInt(start), big.NewInt(page))
		if err != nil {
			return nil, fmt.Errorf("registry: nodes from %d: %w", start, err)
		}
		for _, n := range ns {
			out = append(out, fromBinding(n))
		}
	}
	return out, nil
}

// MeasurementAllowed reports whether an enclave measurement is on the
// allow-list.
func (r *Registry) MeasurementAllowed(ctx context.Context, m [32]byte) (bool, error) {
	o, cancel := r.opts(ctx)
	defer cancel()
	ok, err := r.reg.IsMeasurementAllowed(o, m)
	if err != nil {
		return false, fmt.Errorf("registry: measurement allowed: %w", err)
	}
	return ok, nil
}

// SimulatedPolicy says whether simulated enclaves are allowed and which
// platform key signs their reports.
func (r *Registry) SimulatedPolicy(ctx context.Context) (bool, [32]byte, error) {
	o, cancel := r.opts(ctx)
	defer cancel()
	allowed, err := r.reg.SimulatedEnclavesAllowed(o)
	if err != nil {
		return false, [32]byte{}, fmt.Errorf("registry: simulated enclaves allowed: %w", err)
	}
	key, err := r.reg.SimPlatformKey(o)
	if err != nil {
		return false, [32]byte{}, fmt.Errorf("registry: sim platform key: %w", err)
	}
	return allowed, key, nil
}

// IsElectedBlackBox reports whether an enclave wallet belongs to a Black Box
// elected for the current epoch.
func (r *Registry) IsElectedBlackBox(ctx context.Context, enclaveWallet common.Address) (bool, error) {
	o, cancel := r.opts(ctx)
	defer cancel()
	ok, err := r.reg.IsElectedBlackBox(o, enclaveWallet)
	if err != nil {
		return false, fmt.Errorf("registry: is elected black box: %w", err)
	}
	return ok, nil
}

// WasElectedBlackBox reports whether the enclave wallet was an elected
// Black Box in epoch (past or current); for epoch 0, whether it ever was.
// A creation record names the epoch its dealer was elected in; this is the
// check of that claim against the registry's history.
func (r *Registry) WasElectedBlackBox(ctx context.Context, epoch uint64, enclaveWallet common.Address) (bool, error) {
	o, cancel := r.opts(ctx)
	defer cancel()
	ok, err := r.reg.WasElectedBlackBox(o, epoch, enclaveWallet)
	if err != nil {
		return false, fmt.Errorf("registry: was elected black box in epoch %d: %w", epoch, err)
	}
	return ok, nil
}

// CurrentEpoch returns the registry's epoch number.
func (r *Registry) CurrentEpoch(ctx context.Context) (uint64, error) {
	o, cancel := r.opts(ctx)
	defer cancel()
	e, err := r.reg.CurrentEpoch(o)
	if err != nil {
		return 0, fmt.Errorf("registry: current epoch: %w", err)
	}
	return e, nil
}

// ClusterMembers returns the nodes of a cluster in member order (member i
// holds the share with x = i+1).
func (r *Registry) ClusterMembers(ctx context.Context, clusterID uint8) ([]NodeRecord, error) {
	o, cancel := r.opts(ctx)
	ops, err := r.reg.ClusterMembers(o, clusterID)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("registry: cluster %d members: %w", clusterID, err)
	}
	out := make([]NodeRecord, 0, len(ops))
	for _, op := range ops {
		n, err := r.NodeOf(ctx, op)
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, nil
}
