package node

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"github.com/cifer-network/cifer/blackbox/api"
	"github.com/libp2p/go-libp2p/core/peer"
)

// health is the Black Box API's /healthz body (COMPAT.md): the chains this
// network serves, with their controller and registry, and this node's
// enclave wallet.
func (n *Node) health(ctx context.Context) api.Health {
	h := api.Health{
		EnclaveWalletAddress: n.encl.Keys().Address().Hex(),
		ClusterMap:           map[string][]string{},
		ChainStatus:          map[string]api.ChainStatus{},
	}
	for _, c := range n.chains.Clients() {
		cfg := c.Config()
		h.SupportedChains = append(h.SupportedChains, cfg.ChainID)
		h.Configurations.Chains = append(h.Configurations.Chains, api.HealthChain{
			ChainID:                  cfg.ChainID,
			Name:                     cfg.Name,
			RPCURL:                   n.public[cfg.ChainID].RPCURL,
			WSRPCURL:                 n.public[cfg.ChainID].WSRPCURL,
			SecretsControllerAddress: cfg.ControllerAddress.Hex(),
			ClusterRegistryAddress:   cfg.RegistryAddress.Hex(),
			BlockTimeMs:              cfg.BlockTimeMs,
		})
		h.ChainStatus[strconv.FormatUint(cfg.ChainID, 10)] = api.ChainStatus{LastKnownBlockNumber: c.Head()}
	}
	// The clusters and their members' peer IDs, best effort: health must
	// answer even when the registry cannot be read.
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	h.Node = n.role(ctx)
	if count, err := n.registry.ClusterCount(ctx); err == nil {
		for id := uint8(1); id <= count && id != 0; id++ {
			members, err := n.registry.ClusterMembers(ctx, id)
			if err != nil {
				break
			}
			ids := make([]string, 0, len(members))
			for _, m := range members {
				if p, err := peer.IDFromBytes([]byte(m.PeerID)); err == nil {
					ids = append(ids, p.String())
				}
			}
			h.ClusterMap[strconv.Itoa(int(id))] = ids
		}
	}
	return h
}

// NodeHealth is the operator's view of a node (/healthz on the metrics
// listener): what it is, whether it is elected, and how it sees the mesh.
type NodeHealth struct {
	Status        string `json:"status"`
	PeerID        string `json:"peerId"`
	EnclaveWallet string `json:"enclaveWallet"`
	Backend       string `json:"backend"`
	Network       string `json:"network"`
	VerifiedPeers int    `json:"verifiedPeers"`
	ConnectedPeer int    `json:"connectedPeers"`
	Epoch         uint64 `json:"epoch"`
	ElectedBlack  bool   `json:"electedBlackBox"`
	ChainHead     uint64 `json:"chainHead"`
	Error         string `json:"error,omitempty"`
}

// Health reports the node's state, reading the registry.
func (n *Node) Health(ctx context.Context) NodeHealth {
	h := NodeHealth{
		Status:        "ok",
		PeerID:        n.info.PeerID,
		EnclaveWallet: n.info.EnclaveWallet,
		Backend:       n.encl.Backend(),
		Network:       n.cfg.Network,
		VerifiedPeers: n.p2p.Table().Len(),
		ConnectedPeer: len(n.p2p.Host().Network().Peers()),
	}
	if home, err := n.chains.Home(); err == nil {
		h.ChainHead = home.Head()
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	var err error
	if h.Epoch, err = n.registry.CurrentEpoch(ctx); err == nil {
		h.ElectedBlack, err = n.registry.IsElectedBlackBox(ctx, n.encl.Keys().Address())
	}
	if err != nil {
		h.Status, h.Error = "degraded", err.Error()
	}
	return h
}

func (n *Node) nodeHealthz(w http.ResponseWriter, r *http.Request) {
	h := n.Health(r.Context())
	status := http.StatusOK
	if h.Status != "ok" {
		status = http.StatusServiceUnavailable
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(h)
}

// Roles a node plays in the API.
const (
	RoleBlackBox = "blackbox"
	RoleGateway  = "gateway"
)

// role says what this node is now, from the cached registry view the
// gateway routes by, so /healthz agrees with how requests are served.
func (n *Node) role(ctx context.Context) *api.HealthNode {
	hn := &api.HealthNode{Role: RoleGateway, VerifiedPeers: n.p2p.Table().Len(), ChainHeads: map[string]uint64{}}
	for _, c := range n.chains.Clients() {
		hn.ChainHeads[strconv.FormatUint(c.ChainID(), 10)] = c.Head()
	}
	var err error
	if hn.Epoch, err = n.registry.CurrentEpoch(ctx); err != nil {
		hn.Error = err.Error()
		return hn
	}
	elected, err := n.gateway.Elected(ctx)
	if err != nil {
		hn.Error = err.Error()
		return hn
	}
	if elected {
		hn.Role = RoleBlackBox
	}
	if bbs, err := n.cachedReg.BlackBoxes(ctx); err == nil {
		hn.ElectedBlackBoxes = len(bbs)
	}
	return hn
}
