package blackbox_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/blackbox/dealer"
	"github.com/cifer-network/cifer/chain"
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
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	lcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// The creation flow on real parts: the real contracts on an embedded geth
// chain (chain/devchain, mining a block as soon as a transaction arrives,
// served over JSON-RPC on 127.0.0.1, so every node reads it through its own
// chain.Client as in production), six nodes with sim enclaves registered
// on-chain with their real peer IDs, enclave wallets (funded for gas),
// measurement and transport-key hash, real libp2p hosts on 127.0.0.1 that
// verify each other with enclave.Policy over chain.RegistryView, real Badger
// share stores serving the custody protocols, and one dealer.Creator per node.

const (
	crNetwork  = "crtest"
	crNodes    = 6
	crFailover = 6 * time.Second
	// crDistribute bounds one round of dealing; above a fail-over and a
	// creation, so a deal held until another Black Box synced still lands.
	crDistribute = 30 * time.Second
	crDeadline   = 90 * time.Second
)

var crMeasurement = sha256.Sum256([]byte("cifer creator integration test build"))

type crNet struct {
	t *testing.T
	// root is the test that owns the network (n.t is the running subtest).
	root     *testing.T
	dc       *devchain.Chain
	eth      *ethclient.Client
	chainID  *big.Int
	accounts []devchain.Account
	ctrlAddr common.Address
	regAddr  common.Address
	ctrl     *bindings.SecretsController
	reg      *bindings.ClusterRegistry
	token    *bindings.TestToken
	fee      *big.Int
	platform ed25519.PrivateKey
	nodes    []*crNode
}

type crNode struct {
	idx       int
	dir       string
	id        peer.ID
	key       lcrypto.PrivKey
	enc       *sim.Enclave
	client    *chain.Client
	registry  *chain.Registry
	p2p       *p2p.Mesh
	store     *custody.Store
	custody   *custody.Client
	set       *chain.Set
	stopCreat context.CancelFunc
	creatDone chan struct{}

	// clockAhead (ns) moves the Creator's clock, and so its share versions,
	// ahead of the others'.
	clockAhead atomic.Int64
	hookMu     sync.Mutex
	// storeHook, when set, runs each store of the Creator's deals in place
	// of the plain call (store).
	storeHook func(ctx context.Context, custodian peer.ID, store func() (*custody.Ack, error)) (*custody.Ack, error)
}

func (r *crNode) setStoreHook(h func(ctx context.Context, custodian peer.ID, store func() (*custody.Ack, error)) (*custody.Ack, error)) {
	r.hookMu.Lock()
	r.storeHook = h
	r.hookMu.Unlock()
}

// crHookedCustody is the custody client of a node's dealer.Creator, with the
// node's store hook: it makes a dealer.Creator die, or stall, half-way through a
// deal.
type crHookedCustody struct {
	*custody.Client
	node *crNode
}

func (h crHookedCustody) Store(ctx context.Context, p peer.ID, req custody.StoreRequest) (*custody.Ack, error) {
	h.node.hookMu.Lock()
	hook := h.node.storeHook
	h.node.hookMu.Unlock()
	store := func() (*custody.Ack, error) { return h.Client.Store(ctx, p, req) }
	if hook == nil {
		return store()
	}
	return hook(ctx, p, store)
}

func crCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), crDeadline)
	t.Cleanup(cancel)
	return ctx
}

// crWaitFor polls cond until it holds or the context ends.
func crWaitFor(ctx context.Context, t *testing.T, what string, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("timed out waiting for %s", what)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// mine waits for a sent transaction's receipt (polling, with a deadline)
// and fails the test if sending failed or it reverted.
func (n *crNet) mine(tx *types.Transaction, err error) *types.Receipt {
	n.t.Helper()
	if err != nil {
		n.t.Fatalf("send: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	r, err := chain.WaitReceipt(ctx, n.eth, tx.Hash(), 10*time.Millisecond)
	if err != nil {
		n.t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		n.t.Fatalf("tx %s reverted", tx.Hash())
	}
	return r
}

func (n *crNet) opts(i int) *bind.TransactOpts {
	n.t.Helper()
	o, err := bind.NewKeyedTransactorWithChainID(n.accounts[i].Key, n.chainID)
	if err != nil {
		n.t.Fatal(err)
	}
	return o
}

// transfer sends value wei from dev account i to `to`.
func (n *crNet) transfer(i int, to common.Address, value *big.Int) {
	n.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	nonce, err := n.eth.PendingNonceAt(ctx, n.accounts[i].Address)
	if err != nil {
		n.t.Fatal(err)
	}
	head, err := n.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		n.t.Fatal(err)
	}
	tip := big.NewInt(1_000_000_000)
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: n.chainID, Nonce: nonce, GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))), Gas: 21_000, To: &to, Value: value})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(n.chainID), n.accounts[i].Key)
	if err != nil {
		n.t.Fatal(err)
	}
	n.mine(signed, n.eth.SendTransaction(ctx, signed))
}

func crEther(x int64) *big.Int { return new(big.Int).Mul(big.NewInt(x), big.NewInt(1e18)) }

// newCRNet starts the chain and deploys the contracts with testnet
// governance settings: sim enclaves allowed under a fresh platform key,
// the test measurement allowed, epochs of one block.
func newCRNet(t *testing.T) *crNet {
	t.Helper()
	dc, err := devchain.Start(context.Background(), devchain.Config{Accounts: crNodes + 2, Log: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = dc.Close() })
	eth, err := ethclient.Dial(dc.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(eth.Close)
	n := &crNet{t: t, root: t, dc: dc, eth: eth, chainID: new(big.Int).SetUint64(dc.ChainID()), accounts: dc.Accounts(), fee: big.NewInt(1e15)}

	keyPath := filepath.Join(t.TempDir(), "platform.key")
	pub, err := sim.GeneratePlatformKey(keyPath)
	if err != nil {
		t.Fatal(err)
	}
	if n.platform, err = sim.LoadPlatformKey(keyPath); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { clear(n.platform) })

	var tx *types.Transaction
	var tokenAddr common.Address
	tokenAddr, tx, n.token, err = bindings.DeployTestToken(n.opts(0), eth, "CIFER Test Stake", "tCIFER")
	n.mine(tx, err)
	n.regAddr, tx, n.reg, err = bindings.DeployClusterRegistry(n.opts(0), eth, tokenAddr, crEther(1), 1, 1)
	n.mine(tx, err)
	n.ctrlAddr, tx, n.ctrl, err = bindings.DeploySecretsController(n.opts(0), eth, n.regAddr, n.fee)
	n.mine(tx, err)
	n.mine(n.reg.SetSimulatedEnclavesAllowed(n.opts(0), true))
	n.mine(n.reg.SetSimPlatformKey(n.opts(0), pub))
	n.mine(n.reg.SetMeasurementAllowed(n.opts(0), crMeasurement, true))
	return n
}

// addNodes makes the nodes' identities and registers them (operator =
// dev account idx+1), funds their enclave wallets and starts the first
// epoch, before any node starts: a node not yet on-chain would be refused.
func (n *crNet) addNodes(count int) {
	t := n.t
	t.Helper()
	for i := range count {
		r := &crNode{idx: i, dir: t.TempDir()}
		var err error
		if r.key, err = p2p.LoadOrCreateIdentity(filepath.Join(r.dir, "peer.key")); err != nil {
			t.Fatal(err)
		}
		if r.id, err = peer.IDFromPrivateKey(r.key); err != nil {
			t.Fatal(err)
		}
		m := crMeasurement
		if r.enc, err = sim.Open(sim.Config{DataDir: r.dir, PlatformKey: n.platform, Measurement: &m, Log: slog.New(slog.DiscardHandler)}); err != nil {
			t.Fatal(err)
		}
		enc := r.enc
		t.Cleanup(func() { _ = enc.Close() })
		op := i + 1
		stake := crEther(int64(1 + i))
		n.mine(n.token.Mint(n.opts(op), n.accounts[op].Address, stake))
		n.mine(n.token.Approve(n.opts(op), n.regAddr, stake))
		keys := r.enc.Keys()
		n.mine(n.reg.Register(n.opts(op), []byte(r.id), keys.Address(), r.enc.Measurement(), keys.TransportKeyHash(), nil, stake))
		n.transfer(0, keys.Address(), crEther(1))
		n.nodes = append(n.nodes, r)
	}
	n.advanceEpoch()
}

// advanceEpoch takes both steps of an epoch change (the epoch is due: the
// registry's epoch length is short): the request, the seed block after it,
// and the advance.
func (n *crNet) advanceEpoch() {
	n.t.Helper()
	// Fixed limits: an estimate runs on the head's state. The draw's gas
	// depends on the seed, so its estimate may fall short.
	o := n.opts(0)
	o.GasLimit = 300_000
	n.mine(n.reg.RequestAdvance(o))
	n.dc.Commit() // the seed block
	o = n.opts(0)
	o.GasLimit = 15_000_000
	n.mine(n.reg.AdvanceEpoch(o))
}

// start runs node r: chain client, p2p with the real attestation policy,
// custodian, and dealer.Creator.
func (n *crNet) start(ctx context.Context, r *crNode, boot []peer.AddrInfo) {
	t := n.t
	t.Helper()
	var err error
	r.client, err = chain.Dial(ctx, chain.Config{Name: "dev", ChainID: n.chainID.Uint64(), RPCURL: n.dc.HTTPURL(),
		ControllerAddress: n.ctrlAddr, RegistryAddress: n.regAddr, BlockTimeMs: 1000},
		chain.Options{PollInterval: 250 * time.Millisecond, CallTimeout: 30 * time.Second, Log: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(r.client.Close)
	set, err := chain.NewSet(r.client)
	if err != nil {
		t.Fatal(err)
	}
	if r.registry, err = chain.NewRegistry(n.regAddr, r.client.Eth(), 30*time.Second); err != nil {
		t.Fatal(err)
	}
	keys := r.enc.Keys()
	r.p2p, err = p2p.Start(ctx, p2p.Config{
		Network:   crNetwork,
		Host:      p2p.HostConfig{Key: r.key, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}},
		Bootstrap: boot,
		Verifier: node.StatementVerifier{Policy: &enclave.Policy{
			Registry:     &chain.RegistryView{Registry: r.registry, TTL: 10 * time.Second},
			Network:      crNetwork,
			HomeChainID:  n.chainID.Uint64(),
			MaxClockSkew: time.Minute,
			Verifiers:    map[string]enclave.ReportVerifier{enclave.BackendSim: sim.Verifier{}},
		}},
		Local: &enclave.Issuer{Enclave: r.enc, PeerID: r.id, Network: crNetwork,
			HomeChainID: n.chainID.Uint64(), Lifetime: time.Hour},
		Log: slog.New(slog.DiscardHandler),
		// Slow enough to leave the loaded test machine's CPU to the flow
		// under test: the handshake on connect verifies peers at once.
		PublishInterval: 2 * time.Second,
		RefreshInterval: 2 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	pn := r.p2p
	t.Cleanup(func() { _ = pn.Close() })

	if r.store, err = custody.OpenStore(filepath.Join(r.dir, "shares"), r.enc, slog.New(slog.DiscardHandler)); err != nil {
		t.Fatal(err)
	}
	st := r.store
	t.Cleanup(func() { _ = st.Close() })
	cu := &custody.Custodian{Store: r.store, Keys: keys, Signer: keys, Electors: r.registry,
		Check: request.NewChecker(set, request.NewReplayGuard(time.Hour), nil)}
	cu.Serve(r.p2p.Streams(), crNetwork, r.p2p.Table())
	r.custody = &custody.Client{Streams: r.p2p.Streams(), Network: crNetwork, Claims: r.p2p.Table(), Self: &custody.LocalCustodian{
		Custodian: cu, Peer: custody.Peer{ID: r.id, EnclaveWallet: keys.Address(), TransportKey: keys.TransportPublicKey()}}}

	r.set = set
	n.startCreator(r)
	t.Cleanup(r.stopCreator)
}

// startCreator (re)starts the node's dealer.Creator on its state file.
func (n *crNet) startCreator(r *crNode) {
	t := n.root
	keys := r.enc.Keys()
	creator, err := dealer.NewCreator(dealer.CreatorConfig{
		Chains:            []dealer.CreatorChain{r.client},
		Registry:          r.registry,
		Clusters:          node.Directory{Secrets: r.set, Clusters: r.registry, Peers: r.p2p.Table()},
		Custody:           crHookedCustody{Client: r.custody, node: r},
		Keys:              keys,
		SelfPeerID:        r.id.String(),
		SelfTransportKey:  keys.TransportPublicKey(),
		StatePath:         filepath.Join(r.dir, "creator.json"),
		StartBlocks:       map[uint64]uint64{n.chainID.Uint64(): 0},
		FailoverTimeout:   crFailover,
		DistributeTimeout: crDistribute,
		RetryMin:          200 * time.Millisecond,
		RetryMax:          2 * time.Second,
		Now:               func() time.Time { return time.Now().Add(time.Duration(r.clockAhead.Load())) },
		Log:               slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo})).With("node", r.idx),
	})
	if err != nil {
		t.Fatal(err)
	}
	cctx, cancel := context.WithCancel(context.Background())
	r.stopCreat, r.creatDone = cancel, make(chan struct{})
	go func() {
		defer close(r.creatDone)
		if err := creator.Run(cctx); err != nil {
			t.Errorf("creator %d: %v", r.idx, err)
		}
	}()
}

// stopCreator stops the node's dealer.Creator and waits for it; the node's p2p
// host and custodian keep running.
func (r *crNode) stopCreator() {
	r.stopCreat()
	<-r.creatDone
}

func (n *crNet) fullyVerified() bool {
	for _, a := range n.nodes {
		for _, b := range n.nodes {
			if a != b && !a.p2p.Table().IsVerified(b.id) {
				return false
			}
		}
	}
	return true
}

// createSecret sends createSecret(1) (a decryptable secret) with the fee
// from the owner account and returns the new secret's id.
func (n *crNet) createSecret(ctx context.Context) uint64 {
	n.t.Helper()
	next, err := n.ctrl.NextSecretId(&bind.CallOpts{Context: ctx})
	if err != nil {
		n.t.Fatal(err)
	}
	o := n.opts(crNodes + 1)
	o.Value = n.fee
	n.mine(n.ctrl.CreateSecret(o, request.DecryptableSecretType))
	return next.Uint64()
}

// waitSynced waits until the secret is synced and returns its state.
func (n *crNet) waitSynced(ctx context.Context, id uint64) chain.SecretState {
	n.t.Helper()
	var st chain.SecretState
	crWaitFor(ctx, n.t, "secret to be synced", func() bool {
		var err error
		st, err = n.nodes[0].client.SecretState(ctx, id)
		return err == nil && st.Ready()
	})
	return st
}

// checkCustody checks that every member of the secret's cluster serves a
// public key that hashes to the on-chain CID and a record signed by
// wantDealer, and returns that record.
func (n *crNet) checkCustody(ctx context.Context, id uint64, st chain.SecretState, wantDealer common.Address) {
	t := n.t
	t.Helper()
	members, err := n.nodes[0].registry.ClusterMembers(ctx, st.ClusterID)
	if err != nil {
		t.Fatal(err)
	}
	if len(members) != 5 {
		t.Fatalf("cluster %d has %d members", st.ClusterID, len(members))
	}
	// Ask from a node that is not a member, over the network.
	var asker *crNode
	for _, r := range n.nodes {
		member := false
		for _, m := range members {
			member = member || string(m.PeerID) == string(r.id)
		}
		if !member {
			asker = r
		}
	}
	if asker == nil {
		t.Fatal("every node is a member")
	}
	for _, m := range members {
		pid, err := peer.IDFromBytes([]byte(m.PeerID))
		if err != nil {
			t.Fatal(err)
		}
		pk, cid, err := asker.custody.PublicKey(ctx, pid, n.chainID.Uint64(), id)
		if err != nil {
			t.Fatalf("public key from %s: %v", pid, err)
		}
		if err := envelope.CheckPublicKeyCID(pk, st.PublicKeyCID); err != nil || cid != st.PublicKeyCID {
			t.Fatalf("custodian %s serves a key that does not match the chain: %v", pid, err)
		}
		rec, err := asker.custody.Record(ctx, pid, n.chainID.Uint64(), id)
		if err != nil {
			t.Fatal(err)
		}
		if rec.BlackBox != wantDealer || rec.ClusterID != st.ClusterID || rec.Threshold != 3 || len(rec.ShareHashes) != 5 {
			t.Fatalf("record from %s: dealer %s cluster %d %d-of-%d; want dealer %s", pid, rec.BlackBox.Hex(),
				rec.ClusterID, rec.Threshold, len(rec.ShareHashes), wantDealer.Hex())
		}
	}
}

func (n *crNet) nodeByWallet(w common.Address) *crNode {
	for _, r := range n.nodes {
		if r.enc.Keys().Address() == w {
			return r
		}
	}
	n.t.Fatalf("no node has wallet %s", w.Hex())
	return nil
}

// TestCreatorOnNetwork: a secret created on-chain becomes synced with the
// CID of the key its custodians serve, dealt by the Black Box ranked first;
// with that Black Box's creator stopped, or killed half-way through its
// deal, the next in rank takes over after the fail-over timeout; and when
// the first in rank deals a later version after the take-over, the
// registered key is still the one served and decrypted.
func TestCreatorOnNetwork(t *testing.T) {
	// Set-up and each scenario get their own deadline, so a slow set-up on
	// a loaded machine does not eat the scenarios' time.
	setup := crCtx(t)
	began := time.Now()
	n := newCRNet(t)
	n.addNodes(crNodes)
	t.Logf("chain, contracts and %d registrations ready in %s", crNodes, time.Since(began).Round(time.Millisecond))
	var boot []peer.AddrInfo
	for _, r := range n.nodes {
		n.start(setup, r, boot)
		boot = append(boot, r.p2p.AddrInfo())
	}
	crWaitFor(setup, t, "the attested mesh", n.fullyVerified)
	t.Logf("attested mesh of %d nodes after %s", crNodes, time.Since(began).Round(time.Millisecond))
	ctx := crCtx(t)

	_, wallets, err := n.nodes[0].registry.ElectedBlackBoxWallets(ctx)
	if err != nil || len(wallets) != 3 {
		t.Fatalf("elected: %v %v", wallets, err)
	}

	t.Run("create", func(t *testing.T) {
		n.t = t
		id := n.createSecret(ctx)
		began := time.Now()
		st := n.waitSynced(ctx, id)
		t.Logf("secret %d synced %s after createSecret was mined", id, time.Since(began).Round(time.Millisecond))
		if st.ClusterID != dealer.ClusterFor(id, 1) {
			t.Fatalf("cluster %d", st.ClusterID)
		}
		n.checkCustody(ctx, id, st, dealer.RankBlackBoxes(n.chainID.Uint64(), id, wallets)[0])
	})

	t.Run("failover", func(t *testing.T) {
		n.t = t
		ctx := crCtx(t)
		next, err := n.ctrl.NextSecretId(&bind.CallOpts{Context: ctx})
		if err != nil {
			t.Fatal(err)
		}
		rank := dealer.RankBlackBoxes(n.chainID.Uint64(), next.Uint64(), wallets)
		// Only the dealer.Creator is stopped: the node may be a custodian of the
		// cluster, whose every member must acknowledge its share.
		victim := n.nodeByWallet(rank[0])
		victim.stopCreator()
		defer n.startCreator(victim)
		id := n.createSecret(ctx)
		if id != next.Uint64() {
			t.Fatalf("created secret %d, expected %d", id, next)
		}
		began := time.Now()
		st := n.waitSynced(ctx, id)
		t.Logf("secret %d taken over and synced %s after createSecret was mined (fail-over timeout %s)",
			id, time.Since(began).Round(time.Millisecond), crFailover)
		n.checkCustody(ctx, id, st, rank[1])
	})

	// Rank 0 dies after two custodians acknowledged its shares and before
	// markSecretSynced: rank 1 takes over after one fail-over timeout, and
	// the secret decrypts from rank 1's shares.
	t.Run("killed mid-deal", func(t *testing.T) {
		n.t = t
		ctx := crCtx(t)
		next, err := n.ctrl.NextSecretId(&bind.CallOpts{Context: ctx})
		if err != nil {
			t.Fatal(err)
		}
		rank := dealer.RankBlackBoxes(n.chainID.Uint64(), next.Uint64(), wallets)
		victim := n.nodeByWallet(rank[0])
		var asked, acked atomic.Int32
		twoAcked := make(chan struct{})
		victim.setStoreHook(func(ctx context.Context, _ peer.ID, store func() (*custody.Ack, error)) (*custody.Ack, error) {
			if asked.Add(1) > 2 {
				<-ctx.Done() // dies before these shares leave
				return nil, ctx.Err()
			}
			ack, err := store()
			if err == nil && acked.Add(1) == 2 {
				close(twoAcked)
			}
			return ack, err
		})
		defer victim.setStoreHook(nil)
		id := n.createSecret(ctx)
		began := time.Now()
		select {
		case <-twoAcked:
		case <-ctx.Done():
			t.Fatal("rank 0 never dealt to two custodians")
		}
		victim.stopCreator()
		defer n.startCreator(victim)
		if got := n.holdersOfDeal(ctx, id, rank[0]); got != 2 {
			t.Fatalf("rank 0 was killed with its shares at %d custodians, want 2", got)
		}
		st := n.waitSynced(ctx, id)
		took := time.Since(began)
		// Rank 1 starts one fail-over timeout after it saw the secret; one
		// distribution round is bounded by its timeout; a second fail-over
		// timeout covers the events, the transaction and a loaded machine.
		bound := 2*crFailover + crDistribute
		t.Logf("secret %d taken over from a killed rank 0 and synced %s after createSecret was mined (fail-over timeout %s, bound %s)",
			id, took.Round(time.Millisecond), crFailover, bound)
		if took > bound {
			t.Fatalf("take-over took %s, above %s", took, bound)
		}
		n.checkCustody(ctx, id, st, rank[1])
		n.decrypt(ctx, n.nodeByWallet(rank[1]), id)
	})

	// Two Creators deal one secret out of order: rank 0, its clock ahead,
	// deals first but at a later share version, and is slow to hear back
	// from its custodians, so rank 1 takes over and syncs the secret with
	// its own key before rank 0 reads the secret's state again. Custodians
	// keep serving the registered key, not the newest version, and the
	// secret decrypts.
	t.Run("racing creators", func(t *testing.T) {
		n.t = t
		ctx := crCtx(t)
		next, err := n.ctrl.NextSecretId(&bind.CallOpts{Context: ctx})
		if err != nil {
			t.Fatal(err)
		}
		rank := dealer.RankBlackBoxes(n.chainID.Uint64(), next.Uint64(), wallets)
		slow := n.nodeByWallet(rank[0])
		slow.clockAhead.Store(int64(time.Hour))
		defer slow.clockAhead.Store(0)
		slow.setStoreHook(func(ctx context.Context, _ peer.ID, store func() (*custody.Ack, error)) (*custody.Ack, error) {
			ack, err := store()
			if err != nil {
				return nil, err
			}
			// The ack comes back only once another Black Box synced.
			for {
				st, err := slow.client.SecretState(ctx, next.Uint64())
				if err == nil && !st.IsSyncing {
					return ack, nil
				}
				select {
				case <-ctx.Done():
					return nil, ctx.Err()
				case <-time.After(50 * time.Millisecond):
				}
			}
		})
		defer slow.setStoreHook(nil)
		id := n.createSecret(ctx)
		st := n.waitSynced(ctx, id)
		if got := n.holdersOfDeal(ctx, id, rank[0]); got != 5 {
			t.Fatalf("rank 0's deal is at %d custodians, want 5", got)
		}
		if got := n.holdersOfDeal(ctx, id, rank[1]); got != 5 {
			t.Fatalf("rank 1's deal is at %d custodians, want 5", got)
		}
		n.checkCustody(ctx, id, st, rank[1])
		n.decrypt(ctx, n.nodeByWallet(rank[1]), id)
	})
}

// holdersOfDeal counts the nodes whose store holds a share version of
// secret id dealt by the Black Box with wallet dealer.
func (n *crNet) holdersOfDeal(ctx context.Context, id uint64, dealer common.Address) int {
	n.t.Helper()
	held := 0
	for _, r := range n.nodes {
		keys, err := r.store.Versions(ctx, n.chainID.Uint64(), id)
		if err != nil {
			n.t.Fatal(err)
		}
		for _, k := range keys {
			rec, err := r.store.Record(ctx, k)
			if err != nil {
				n.t.Fatal(err)
			}
			if rec.BlackBox == dealer {
				held++
				break
			}
		}
	}
	return held
}

// decrypt encrypts to the secret's key as the Black Box of node via reads
// it (checked against the chain) and has it decrypted for the owner.
func (n *crNet) decrypt(ctx context.Context, via *crNode, id uint64) {
	t := n.t
	t.Helper()
	chainID := n.chainID.Uint64()
	keys := via.enc.Keys()
	svc := &blackbox.Service{
		Directory: node.Directory{Secrets: via.set, Clusters: via.registry, Peers: via.p2p.Table()},
		Records:   via.custody,
		Gatherer:  &blackbox.Gatherer{Source: &blackbox.NetworkShareSource{Client: via.custody, Keys: keys}, Prefer: via.id.String()},
	}
	pk, err := svc.PublicKey(ctx, chainID, id)
	if err != nil {
		t.Fatalf("public key of secret %d: %v", id, err)
	}
	b := envelope.Binding{ChainID: chainID, SecretID: id}
	want := []byte(fmt.Sprintf("secret %d", id))
	ct, msg, err := envelope.Seal(pk, b, want)
	if err != nil {
		t.Fatal(err)
	}
	head, err := via.client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	owner := n.accounts[crNodes+1]
	data := request.Format(chainID, id, owner.Address, head)
	sig, err := request.Sign(data, func(h []byte) ([]byte, error) { return ethcrypto.Sign(h, owner.Key) })
	if err != nil {
		t.Fatal(err)
	}
	got, err := svc.Decrypt(ctx, custody.FetchRequest{Data: data, Signature: sig}, b, ct, msg)
	if err != nil {
		t.Fatalf("decrypt secret %d: %v", id, err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("decrypted %q, want %q", got, want)
	}
}
