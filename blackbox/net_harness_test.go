package blackbox_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/blackbox/dealer"
	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/enclave/sim"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/node"
	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/request"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"
)

// The harness of the network integration tests: a real EVM chain served
// over JSON-RPC on loopback (chain/devchain: chain.Client dials a URL, which
// the in-process simulated backend does not offer), the real contracts,
// five staked nodes registered with their real peer IDs, enclave wallets,
// transport keys and multiaddrs, each with a sim enclave, a sealed Badger
// share store, a libp2p host verifying peers against the registry, and a
// custodian; the elected Black Box among them also runs the key service.

const (
	netNetwork     = "netitest"
	netChainID     = 31337
	netBlockTimeMs = 100
	netEpochLength = 4
	netNodes       = 5
	netThreshold   = 3
	netClusterID   = 1
	// netAdvanceGas is a fixed gas limit for advanceEpoch: the draw's gas
	// depends on the seed, which differs between estimate and block.
	netAdvanceGas = 15_000_000
	// netSecretType is the only type decrypt serves (COMPAT.md).
	netSecretType = 1
)

var netQuiet = slog.New(slog.DiscardHandler)

// netNode is one node: its data dir survives a stop, so a restart keeps the
// enclave keys, the peer identity and the shares.
type netNode struct {
	index    int
	dir      string
	listen   string // multiaddr, fixed after the first start so a restart keeps it
	operator *ecdsa.PrivateKey

	encl      *sim.Enclave
	p2p       *p2p.Mesh
	store     *custody.Store
	custodian *custody.Custodian
	running   bool
}

func (n *netNode) id() peer.ID             { return n.p2p.ID() }
func (n *netNode) wallet() common.Address  { return n.encl.Keys().Address() }
func (n *netNode) keys() *enclave.Keys     { return n.encl.Keys() }
func (n *netNode) addrInfo() peer.AddrInfo { return n.p2p.AddrInfo() }

// client is the node's side of the custody protocols; its own custodian
// answers in process.
func (n *netNode) client() *custody.Client {
	return &custody.Client{Streams: n.p2p.Streams(), Network: netNetwork, Claims: n.p2p.Table(), Self: &custody.LocalCustodian{
		Custodian: n.custodian,
		Peer:      custody.Peer{ID: n.id(), EnclaveWallet: n.wallet(), TransportKey: n.keys().TransportPublicKey()},
	}}
}

func (n *netNode) table() *p2p.VerifiedTable { return n.p2p.Table() }

type netHarness struct {
	t        *testing.T
	ctx      context.Context
	devchain *devchain.Chain
	dep      deploy.Deployment
	accounts []devchain.Account
	set      *chain.Set
	cl       *chain.Client
	registry *chain.Registry
	ctrl     *bindings.SecretsController
	platform ed25519.PrivateKey
	measure  [32]byte
	nodes    []*netNode

	bb         *netNode // the elected Black Box that runs the service
	notElected *netNode
	members    []blackbox.ClusterMember // cluster order: member i holds x = i+1
	byPeer     map[peer.ID]*netNode

	service      *blackbox.Service
	evidencePath string
	metrics      *prometheus.Registry

	secretID uint64
	record   *custody.CreationRecord
	pk       *envelope.PublicKey

	mu         sync.Mutex
	usedBlocks map[common.Address]map[uint64]bool
}

// netStart brings the whole network up and creates one synced secret owned
// by dev account 1.
func netStart(t *testing.T, ctx context.Context) *netHarness {
	t.Helper()
	h := &netHarness{t: t, ctx: ctx}
	var err error
	h.devchain, err = devchain.Start(ctx, devchain.Config{ChainID: netChainID, BlockTime: netBlockTimeMs * time.Millisecond, Accounts: 6 + netNodes})
	if err != nil {
		t.Fatalf("devchain: %v", err)
	}
	t.Cleanup(func() { _ = h.devchain.Close() })
	h.accounts = h.devchain.Accounts()
	began := time.Now()

	_, h.platform, err = ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rand.Read(h.measure[:]); err != nil {
		t.Fatal(err)
	}
	h.dep, err = deploy.Deploy(ctx, h.devchain.Client(), h.accounts[0].Key, deploy.Params{
		Network: netNetwork, RPCURL: h.devchain.HTTPURL(), BlockTimeMs: netBlockTimeMs, Testnet: true,
		MinStake: big.NewInt(1e18), EpochLength: netEpochLength, UnbondingDelay: 10, CreationFee: big.NewInt(1e15),
		AllowSimulated: true, SimPlatformKey: sim.PlatformPublicKey(h.platform), AllowedMeasures: [][32]byte{h.measure},
	})
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	t.Logf("contracts deployed after %s", time.Since(began).Round(time.Millisecond))
	h.cl, err = chain.Dial(ctx, chain.Config{Name: "devchain", ChainID: netChainID, RPCURL: h.devchain.HTTPURL(),
		ControllerAddress: h.dep.Addresses.Controller, RegistryAddress: h.dep.Addresses.Registry, BlockTimeMs: netBlockTimeMs},
		chain.Options{Log: netQuiet})
	if err != nil {
		t.Fatalf("dial chain: %v", err)
	}
	t.Cleanup(h.cl.Close)
	if h.set, err = chain.NewSet(h.cl); err != nil {
		t.Fatal(err)
	}
	if h.registry, err = chain.NewRegistry(h.dep.Addresses.Registry, h.cl.Eth(), 10*time.Second); err != nil {
		t.Fatal(err)
	}
	if h.ctrl, err = bindings.NewSecretsController(h.dep.Addresses.Controller, h.cl.Eth()); err != nil {
		t.Fatal(err)
	}

	// Nodes first (their peer IDs, keys and ports are what is registered),
	// but no connections until the registry knows them: a peer that fails
	// attestation is banned.
	for i := range netNodes {
		n := &netNode{index: i, dir: t.TempDir(), listen: "/ip4/127.0.0.1/tcp/0", operator: h.accounts[1+i].Key}
		h.nodes = append(h.nodes, n)
		h.startNode(n, nil)
		t.Cleanup(func() { h.stopNode(n) })
		if i == netNodes-1 {
			t.Logf("nodes started after %s", time.Since(began).Round(time.Millisecond))
		}
		// A restart must come back where the registry says the node is.
		n.listen = n.addrInfo().Addrs[0].String()
	}
	for _, step := range []struct {
		name string
		run  func()
	}{
		{"register nodes", h.registerNodes},
		{"advance epoch", h.advanceEpoch},
		{"read election", h.assignRoles},
		{"attest mesh", h.connectAll},
		{"create secret", h.createSecret},
	} {
		step.run()
		t.Logf("%s done after %s", step.name, time.Since(began).Round(time.Millisecond))
	}
	return h
}

// startNode opens the node's enclave, store and host from its data dir and
// serves the custody protocols. bootstrap peers are dialled at once.
func (h *netHarness) startNode(n *netNode, bootstrap []peer.AddrInfo) {
	t := h.t
	t.Helper()
	enclDir := filepath.Join(n.dir, "enclave")
	if err := os.MkdirAll(enclDir, 0o700); err != nil {
		t.Fatal(err)
	}
	m := h.measure
	encl, err := sim.Open(sim.Config{DataDir: enclDir, PlatformKey: h.platform, Measurement: &m, Log: netQuiet})
	if err != nil {
		t.Fatalf("node %d enclave: %v", n.index, err)
	}
	key, err := p2p.LoadOrCreateIdentity(filepath.Join(n.dir, "peer.key"))
	if err != nil {
		t.Fatal(err)
	}
	pid, err := peer.IDFromPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	policy := &enclave.Policy{
		Registry:     &chain.RegistryView{Registry: h.registry, TTL: 5 * time.Second},
		Network:      netNetwork,
		HomeChainID:  netChainID,
		MaxClockSkew: time.Minute,
		Verifiers:    map[string]enclave.ReportVerifier{enclave.BackendSim: sim.Verifier{}},
	}
	pn, err := p2p.Start(h.ctx, p2p.Config{
		Network:   netNetwork,
		Host:      p2p.HostConfig{Key: key, ListenAddrs: []string{n.listen}},
		Bootstrap: bootstrap,
		Peers:     node.RegistryPeers{Registry: h.registry, Log: netQuiet},
		Verifier:  node.StatementVerifier{Policy: policy},
		Local:     &enclave.Issuer{Enclave: encl, PeerID: pid, Network: netNetwork, HomeChainID: netChainID, Lifetime: time.Hour},
		Log:       netQuiet,
	})
	if err != nil {
		encl.Close()
		t.Fatalf("node %d p2p: %v", n.index, err)
	}
	st, err := custody.OpenStore(filepath.Join(n.dir, "shares"), encl, netQuiet)
	if err != nil {
		pn.Close()
		encl.Close()
		t.Fatalf("node %d store: %v", n.index, err)
	}
	n.encl, n.p2p, n.store = encl, pn, st
	n.custodian = &custody.Custodian{
		Store:    st,
		Keys:     encl.Keys(),
		Signer:   encl.Keys(),
		Electors: h.registry,
		Check:    request.NewChecker(h.set, request.NewReplayGuard(time.Hour), nil),
		Log:      netQuiet,
	}
	n.custodian.Serve(pn.Streams(), netNetwork, pn.Table())
	n.running = true
}

// stopNode shuts a node down as a crash-free stop would: host, store,
// enclave. Its data dir stays.
func (h *netHarness) stopNode(n *netNode) {
	if !n.running {
		return
	}
	n.running = false
	_ = n.p2p.Close()
	_ = n.store.Close()
	_ = n.encl.Close()
}

// restartNode starts a stopped node on its data dir and waits until it and
// the Black Box have verified each other again.
func (h *netHarness) restartNode(n *netNode) {
	h.t.Helper()
	id, wallet := n.id(), n.wallet()
	h.startNode(n, []peer.AddrInfo{h.bb.addrInfo()})
	if n.id() != id || n.wallet() != wallet {
		h.t.Fatalf("node %d came back as %s / %s, was %s / %s", n.index, n.id(), n.wallet().Hex(), id, wallet.Hex())
	}
	h.waitVerified(n, h.bb)
}

// netTx sends a transaction and waits for it to be mined successfully.
func (h *netHarness) netTx(what string, send func() (*types.Transaction, error)) {
	h.t.Helper()
	tx, err := send()
	if err != nil {
		h.t.Fatalf("%s: send: %v", what, err)
	}
	h.waitMined(what, tx)
}

// waitMined waits for every transaction's receipt and fails the test if
// one reverted. (bind.WaitMined polls once a second; blocks here come
// every 100 ms.)
func (h *netHarness) waitMined(what string, txs ...*types.Transaction) {
	h.t.Helper()
	for _, tx := range txs {
		var r *types.Receipt
		netEventually(h.t, h.ctx, what+" to be mined", func() bool {
			var err error
			r, err = h.cl.Eth().TransactionReceipt(h.ctx, tx.Hash())
			return err == nil
		})
		if r.Status != types.ReceiptStatusSuccessful {
			h.t.Fatalf("%s: transaction %s reverted", what, tx.Hash().Hex())
		}
	}
}

func (h *netHarness) opts(key *ecdsa.PrivateKey) *bind.TransactOpts {
	h.t.Helper()
	o, err := bind.NewKeyedTransactorWithChainID(key, big.NewInt(netChainID))
	if err != nil {
		h.t.Fatal(err)
	}
	o.Context = h.ctx
	return o
}

func (h *netHarness) registerNodes() {
	t := h.t
	t.Helper()
	token, err := bindings.NewTestToken(h.dep.Addresses.Token, h.devchain.Client())
	if err != nil {
		t.Fatal(err)
	}
	reg, err := bindings.NewClusterRegistry(h.dep.Addresses.Registry, h.devchain.Client())
	if err != nil {
		t.Fatal(err)
	}
	// Each operator's transactions go out together and are waited for as a
	// batch: one block round per step instead of one per transaction.
	stakeOf := func(n *netNode) *big.Int {
		// Unequal stakes: the draw is weighted; with five nodes every one
		// is still drawn into the one cluster of five.
		return new(big.Int).Mul(big.NewInt(int64(n.index+1)), big.NewInt(1e18))
	}
	var funding []*types.Transaction
	for _, n := range h.nodes {
		op := crypto.PubkeyToAddress(n.operator.PublicKey)
		// Both nonces from one read: a second read of the pending nonce
		// races the dev chain's miner and can repeat the first
		// ("replacement transaction underpriced").
		nonce, err := h.cl.Eth().PendingNonceAt(h.ctx, op)
		if err != nil {
			t.Fatalf("nonce: %v", err)
		}
		mintOpts, approveOpts := h.opts(n.operator), h.opts(n.operator)
		mintOpts.Nonce, approveOpts.Nonce = new(big.Int).SetUint64(nonce), new(big.Int).SetUint64(nonce+1)
		tx, err := token.Mint(mintOpts, op, stakeOf(n))
		if err != nil {
			t.Fatalf("mint: %v", err)
		}
		funding = append(funding, tx)
		if tx, err = token.Approve(approveOpts, h.dep.Addresses.Registry, stakeOf(n)); err != nil {
			t.Fatalf("approve: %v", err)
		}
		funding = append(funding, tx)
	}
	h.waitMined("mint and approve", funding...)
	var registering []*types.Transaction
	for _, n := range h.nodes {
		k := n.keys()
		tx, err := reg.Register(h.opts(n.operator), []byte(n.id()), k.Address(), h.measure, k.TransportKeyHash(), []string{n.listen}, stakeOf(n))
		if err != nil {
			t.Fatalf("register node %d: %v", n.index, err)
		}
		registering = append(registering, tx)
	}
	h.waitMined("register", registering...)
}

func (h *netHarness) advanceEpoch() {
	t := h.t
	t.Helper()
	reg, err := bindings.NewClusterRegistry(h.dep.Addresses.Registry, h.cl.Eth())
	if err != nil {
		t.Fatal(err)
	}
	start, err := reg.EpochStartBlock(&bind.CallOpts{Context: h.ctx})
	if err != nil {
		t.Fatal(err)
	}
	due := start.Uint64() + netEpochLength
	netEventually(t, h.ctx, "the epoch to be due", func() bool {
		head, err := h.cl.BlockNumber(h.ctx)
		return err == nil && head+1 >= due
	})
	h.netTx("requestAdvance", func() (*types.Transaction, error) {
		o := h.opts(h.accounts[0].Key)
		o.GasLimit = 300_000 // an estimate runs on the head, where it may not be due
		return reg.RequestAdvance(o)
	})
	// advanceEpoch once the request's seed block is mined (blocks come on
	// their own here).
	requested, err := reg.AdvanceRequestBlock(&bind.CallOpts{Context: h.ctx})
	if err != nil {
		t.Fatal(err)
	}
	netEventually(t, h.ctx, "the seed block to be mined", func() bool {
		head, err := h.cl.BlockNumber(h.ctx)
		return err == nil && head > requested.Uint64()
	})
	h.netTx("advanceEpoch", func() (*types.Transaction, error) {
		o := h.opts(h.accounts[0].Key)
		o.GasLimit = netAdvanceGas
		return reg.AdvanceEpoch(o)
	})
}

// assignRoles reads the election: the first elected node (in node order)
// runs the Black Box service; the cluster's member order gives the x
// coordinates.
func (h *netHarness) assignRoles() {
	t := h.t
	t.Helper()
	h.byPeer = make(map[peer.ID]*netNode)
	for _, n := range h.nodes {
		h.byPeer[n.id()] = n
		ok, err := h.registry.IsElectedBlackBox(h.ctx, n.wallet())
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case ok && h.bb == nil:
			h.bb = n
		case !ok && h.notElected == nil:
			h.notElected = n
		}
	}
	if h.bb == nil || h.notElected == nil {
		t.Fatalf("election: black box %v, a node not elected %v", h.bb != nil, h.notElected != nil)
	}
	recs, err := h.registry.ClusterMembers(h.ctx, netClusterID)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != netNodes {
		t.Fatalf("cluster %d has %d members, want %d", netClusterID, len(recs), netNodes)
	}
	bbIsMember := false
	for i, r := range recs {
		pid, err := peer.IDFromBytes([]byte(r.PeerID))
		if err != nil || h.byPeer[pid] == nil {
			t.Fatalf("cluster member %d: unknown peer %x (%v)", i, r.PeerID, err)
		}
		bbIsMember = bbIsMember || pid == h.bb.id()
	}
	// The Black Box holds a share of what it serves, as it usually will
	// on a real network: its own custodian answers it in process.
	if !bbIsMember {
		t.Fatal("the elected Black Box is not a member of the cluster")
	}
}

// connectAll dials every pair once and waits until every node has verified
// every other: the handshake checks each statement against the registry.
func (h *netHarness) connectAll() {
	t := h.t
	t.Helper()
	for i, a := range h.nodes {
		for _, b := range h.nodes[i+1:] {
			ctx, cancel := context.WithTimeout(h.ctx, 10*time.Second)
			err := a.p2p.Host().Connect(ctx, b.addrInfo())
			cancel()
			if err != nil {
				t.Fatalf("connect %d to %d: %v", a.index, b.index, err)
			}
		}
	}
	for i, a := range h.nodes {
		for _, b := range h.nodes[i+1:] {
			h.waitVerified(a, b)
		}
	}
}

// waitVerified waits until a and b hold each other in their verified tables.
func (h *netHarness) waitVerified(a, b *netNode) {
	h.t.Helper()
	netEventually(h.t, h.ctx, fmt.Sprintf("nodes %d and %d to verify each other", a.index, b.index), func() bool {
		return a.table().IsVerified(b.id()) && b.table().IsVerified(a.id())
	})
}

// directory is the Black Box's on-chain view of secrets and clusters, the
// node's own adapter over the real chain, registry and verified table.
func (h *netHarness) directory() node.Directory {
	return node.Directory{Secrets: h.set, Clusters: h.registry, Peers: netSelfAndPeers{n: h.bb}}
}

// netSelfAndPeers is the verified table plus the node itself: a node never
// verifies its own statement, yet the Black Box deals itself a share when it
// is a member of the cluster.
type netSelfAndPeers struct{ n *netNode }

func (s netSelfAndPeers) Get(p peer.ID) (p2p.VerifiedPeer, bool) {
	if p == s.n.id() {
		return p2p.VerifiedPeer{ID: p, EnclaveWallet: s.n.wallet(), TransportKey: s.n.keys().TransportPublicKey(), Expiry: time.Now().Add(time.Hour)}, true
	}
	return s.n.table().Get(p)
}

// createSecret runs the create flow: createSecret from the owner, the
// elected Black Box deals and distributes the seed's shares, and marks the
// secret synced from its enclave wallet.
func (h *netHarness) createSecret() {
	t := h.t
	t.Helper()
	ownerKey := h.accounts[1+netNodes].Key
	next, err := h.ctrl.NextSecretId(&bind.CallOpts{Context: h.ctx})
	if err != nil {
		t.Fatal(err)
	}
	h.secretID = next.Uint64()
	fee, err := h.ctrl.SecretCreationFee(&bind.CallOpts{Context: h.ctx})
	if err != nil {
		t.Fatal(err)
	}
	h.netTx("createSecret", func() (*types.Transaction, error) {
		o := h.opts(ownerKey)
		o.Value = fee
		return h.ctrl.CreateSecret(o, netSecretType)
	})

	members, err := h.directory().ClusterMembers(h.ctx, netClusterID)
	if err != nil {
		t.Fatal(err)
	}
	h.members = members
	seed, err := envelope.GenerateSeed()
	if err != nil {
		t.Fatal(err)
	}
	dealt, err := custody.Deal(seed, custody.DealParams{ChainID: netChainID, SecretID: h.secretID, ShareVersion: 1, ClusterID: netClusterID,
		Threshold: netThreshold, Custodians: netNodes, Epoch: 1}, h.bb.keys(), rand.Reader) // the harness's one advance made epoch 1
	clear(seed)
	if err != nil {
		t.Fatal(err)
	}
	defer dealt.Zero()
	acks, err := dealer.Distribute(h.ctx, h.bb.client(), h.bb.keys(), dealt, members)
	if err != nil || len(acks) != netNodes {
		t.Fatalf("distribute: %d acks, %v", len(acks), err)
	}
	h.record, h.pk = dealt.Record, dealt.PublicKey

	// markSecretSynced is accepted only from an elected Black Box's enclave
	// wallet, which pays its own gas.
	h.netTx("fund enclave wallet", func() (*types.Transaction, error) {
		return netSendEther(h.ctx, h.cl, h.accounts[0].Key, h.bb.wallet(), big.NewInt(1e18))
	})
	keys := h.bb.keys()
	h.netTx("markSecretSynced", func() (*types.Transaction, error) {
		o := &bind.TransactOpts{
			From:    keys.Address(),
			Context: h.ctx,
			Signer: func(from common.Address, tx *types.Transaction) (*types.Transaction, error) {
				if from != keys.Address() {
					return nil, errors.New("enclave wallet signs only for itself")
				}
				return keys.SignTx(tx, types.LatestSignerForChainID(big.NewInt(netChainID)))
			},
		}
		return h.ctrl.MarkSecretSynced(o, new(big.Int).SetUint64(h.secretID), netClusterID, dealt.Record.PublicKeyCID)
	})
	st, err := h.set.SecretState(h.ctx, netChainID, h.secretID)
	if err != nil || !st.Ready() || st.ClusterID != netClusterID {
		t.Fatalf("secret state after sync: %+v, %v", st, err)
	}

	h.evidencePath = filepath.Join(h.bb.dir, "evidence.jsonl")
	h.metrics = prometheus.NewRegistry()
	ev, err := blackbox.NewEvidenceLog(h.evidencePath, h.bb.keys(), netQuiet, h.metrics)
	if err != nil {
		t.Fatal(err)
	}
	h.service = &blackbox.Service{
		Directory: h.directory(),
		Records:   h.bb.client(),
		Gatherer:  &blackbox.Gatherer{Source: &blackbox.NetworkShareSource{Client: h.bb.client(), Keys: h.bb.keys()}, Evidence: ev, Log: netQuiet},
	}
}

// netSendEther transfers wei from key to to.
func netSendEther(ctx context.Context, cl *chain.Client, key *ecdsa.PrivateKey, to common.Address, wei *big.Int) (*types.Transaction, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := cl.Eth().PendingNonceAt(ctx, from)
	if err != nil {
		return nil, err
	}
	tip, err := cl.Eth().SuggestGasTipCap(ctx)
	if err != nil {
		return nil, err
	}
	head, err := cl.Eth().HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(netChainID), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21_000, To: &to, Value: wei})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(big.NewInt(netChainID)), key)
	if err != nil {
		return nil, err
	}
	return signed, cl.Eth().SendTransaction(ctx, signed)
}

// sign makes a client's signed request for the harness's secret, at a
// fresh block (see freshBlock).
func (h *netHarness) sign(key *ecdsa.PrivateKey, tail ...string) custody.FetchRequest {
	h.t.Helper()
	return netSignAt(h.t, key, netChainID, h.secretID, crypto.PubkeyToAddress(key.PublicKey), h.freshBlock(key), tail...)
}

// freshBlock returns a block inside the freshness window that key has not
// signed for yet: the data of two requests in one block would be equal, and
// the second a replay.
func (h *netHarness) freshBlock(key *ecdsa.PrivateKey) uint64 {
	h.t.Helper()
	head, err := h.cl.BlockNumber(h.ctx)
	if err != nil {
		h.t.Fatal(err)
	}
	signer := crypto.PubkeyToAddress(key.PublicKey)
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.usedBlocks == nil {
		h.usedBlocks = make(map[common.Address]map[uint64]bool)
	}
	used := h.usedBlocks[signer]
	if used == nil {
		used = make(map[uint64]bool)
		h.usedBlocks[signer] = used
	}
	b := head
	for used[b] && b > 0 {
		b--
	}
	used[b] = true
	return b
}

func netSignAt(t *testing.T, key *ecdsa.PrivateKey, chainID, secretID uint64, signer common.Address, block uint64, tail ...string) custody.FetchRequest {
	t.Helper()
	data := request.Format(chainID, secretID, signer, block, tail...)
	sig, err := request.Sign(data, func(hash []byte) ([]byte, error) { return crypto.Sign(hash, key) })
	if err != nil {
		t.Fatal(err)
	}
	return custody.FetchRequest{Data: data, Signature: sig}
}

// netEventually polls cond until it holds, the context ends, or 30 s pass.
func netEventually(t *testing.T, ctx context.Context, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) || ctx.Err() != nil {
			t.Fatalf("timed out waiting for %s", what)
		}
		select {
		case <-ctx.Done():
		case <-time.After(20 * time.Millisecond):
		}
	}
}
