package p2p_test

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"errors"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/contracts/evmtest"
	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/enclave/sim"
	"github.com/cifer-network/cifer/node"
	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/p2p/p2ptest"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"
)

// These tests run the p2p layer on the real verification path: sim enclaves
// issue signed statements, node.StatementVerifier applies enclave.Policy,
// and the policy reads the ClusterRegistry deployed on go-ethereum's
// simulated chain (through chain.RegistryView). Hosts are real libp2p hosts on
// 127.0.0.1.

const (
	regNetwork = "regmesh"
	// regViewTTL spares the simulated chain, which serves every node's
	// reads and is slow under -race; tests that change the registry
	// Invalidate, as the epoch hook does.
	regViewTTL         = 30 * time.Second
	regStatementLife   = time.Hour
	regPublishInterval = 2 * time.Second
	regRefreshInterval = 3 * time.Second
)

var (
	regMeasurement   = sha256.Sum256([]byte("cifer-node registry mesh test build"))
	rogueMeasurement = sha256.Sum256([]byte("cifer-node unreviewed build"))
)

// regNet is one chain with the contracts deployed and the registry's
// governed parameters set for sim enclaves, plus the nodes started on it.
type regNet struct {
	t        *testing.T
	chain    *evmtest.Chain
	c        *evmtest.Contracts
	registry *chain.Registry
	platform ed25519.PrivateKey
	nodes    []*regNode
}

// regSpec says how a node behaves. The zero value is an honest node.
type regSpec struct {
	kind string
	// unstaked nodes are never registered.
	unstaked bool
	// measurement overrides regMeasurement (registered as is).
	measurement *[32]byte
	// local, if set, replaces the node's honest statement issuer.
	local func(n *regNet, self *regNode) p2p.LocalStatement
}

// regNode is one node: its data dir holds the peer key and the sim enclave's
// sealed keys, so a restart comes back with the same identities.
type regNode struct {
	idx      int
	spec     regSpec
	dir      string
	operator int // chain account
	key      crypto.PrivKey
	id       peer.ID
	enc      *sim.Enclave
	issuer   *enclave.Issuer
	view     *chain.RegistryView
	refusals *refusalLog
	got      *deliveries

	mu      sync.Mutex
	node    *p2p.Mesh
	metrics *prometheus.Registry
}

func (r *regNode) p2p() *p2p.Mesh {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.node
}

func (r *regNode) reg() *prometheus.Registry {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.metrics
}

// newRegNet deploys the contracts and allows sim enclaves signed by a fresh
// platform key and regMeasurement, as testnet governance would.
func newRegNet(t *testing.T, accounts int) *regNet {
	t.Helper()
	c := evmtest.NewChain(t, accounts)
	d := c.Deploy(evmtest.DeployParams{MinStake: evmtest.Ether(100), EpochLength: 5, UnbondingDelay: 10, CreationFee: evmtest.Ether(0)})
	keyPath := filepath.Join(t.TempDir(), "platform.key")
	pub, err := sim.GeneratePlatformKey(keyPath)
	if err != nil {
		t.Fatal(err)
	}
	platform, err := sim.LoadPlatformKey(keyPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { clear(platform) })
	if sim.PlatformPublicKey(platform) != pub {
		t.Fatal("platform key file does not match its public key")
	}
	c.Mine(d.Registry.SetSimulatedEnclavesAllowed(c.Opts(0), true))
	c.Mine(d.Registry.SetSimPlatformKey(c.Opts(0), pub))
	c.Mine(d.Registry.SetMeasurementAllowed(c.Opts(0), regMeasurement, true))
	reg, err := chain.NewRegistry(d.RegistryAddr, chain.NewDetachedCaller(c.Client, 4, time.Minute), 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	n := &regNet{t: t, chain: c, c: d, registry: reg, platform: platform}
	t.Cleanup(n.close)
	return n
}

// start prepares, registers and starts one node per spec, in order. Every
// registration is mined before any node starts, because a node dials the
// registered peers at once and a peer that is not on-chain yet would be
// refused (and banned). Each node's real listen addresses go on-chain right
// after it starts, before the next one starts, so later nodes find it from
// the registry alone.
func (n *regNet) start(specs ...regSpec) {
	t := n.t
	t.Helper()
	first := len(n.nodes)
	for i, s := range specs {
		r := n.prepare(first+i, s)
		n.nodes = append(n.nodes, r)
		if !s.unstaked {
			n.chain.Fund(n.c, r.operator, evmtest.Ether(100))
		}
	}
	n.chain.Commit()
	var txs []*types.Transaction
	for _, r := range n.nodes[first:] {
		if r.spec.unstaked {
			continue
		}
		keys := r.enc.Keys()
		tx, err := n.c.Registry.Register(n.chain.Opts(r.operator), []byte(r.id), keys.Address(),
			r.enc.Measurement(), keys.TransportKeyHash(), nil, evmtest.Ether(100))
		if err != nil {
			t.Fatalf("register %s node %d: %v", r.spec.kind, r.idx, err)
		}
		txs = append(txs, tx)
	}
	n.mineAll(txs)
	for _, r := range n.nodes[first:] {
		n.run(r)
	}
}

// mineAll commits blocks until every tx is mined (the pool may take in a
// transaction after the first commit) and fails the test if one reverted.
func (n *regNet) mineAll(txs []*types.Transaction) {
	n.t.Helper()
	for range 20 {
		n.chain.Commit()
		for len(txs) > 0 {
			if _, err := n.chain.Client.TransactionReceipt(n.chain.Ctx(), txs[0].Hash()); errors.Is(err, ethereum.NotFound) {
				break
			}
			n.chain.Receipt(txs[0])
			txs = txs[1:]
		}
		if len(txs) == 0 {
			return
		}
	}
	n.t.Fatalf("transaction %s not mined in 20 blocks", txs[0].Hash())
}

func (n *regNet) prepare(idx int, s regSpec) *regNode {
	t := n.t
	t.Helper()
	if s.kind == "" {
		s.kind = "honest"
	}
	r := &regNode{idx: idx, spec: s, dir: t.TempDir(), operator: idx + 1,
		refusals: newRefusalLog(), got: &deliveries{got: map[int]map[peer.ID]int{}}}
	if r.operator >= len(n.chain.Keys) {
		t.Fatalf("node %d needs chain account %d; the chain has %d", idx, r.operator, len(n.chain.Keys))
	}
	var err error
	if r.key, err = p2p.LoadOrCreateIdentity(filepath.Join(r.dir, "peer.key")); err != nil {
		t.Fatal(err)
	}
	if r.id, err = peer.IDFromPrivateKey(r.key); err != nil {
		t.Fatal(err)
	}
	n.openEnclave(r)
	return r
}

func (n *regNet) openEnclave(r *regNode) {
	t := n.t
	t.Helper()
	m := regMeasurement
	if r.spec.measurement != nil {
		m = *r.spec.measurement
	}
	enc, err := sim.Open(sim.Config{DataDir: r.dir, PlatformKey: n.platform, Measurement: &m, Log: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatalf("open sim enclave of node %d: %v", r.idx, err)
	}
	r.enc = enc
	r.issuer = &enclave.Issuer{Enclave: enc, PeerID: r.id, Network: regNetwork,
		HomeChainID: n.chain.ChainID.Uint64(), Lifetime: regStatementLife}
}

// run starts r's p2p node and puts its listen addresses on-chain.
func (n *regNet) run(r *regNode) {
	t := n.t
	t.Helper()
	r.view = &chain.RegistryView{Registry: n.registry, TTL: regViewTTL}
	var local p2p.LocalStatement = r.issuer
	if r.spec.local != nil {
		local = r.spec.local(n, r)
	}
	var boot []peer.AddrInfo
	if r.idx > 0 {
		boot = []peer.AddrInfo{n.nodes[0].p2p().AddrInfo()}
	}
	metrics := prometheus.NewRegistry()
	cfg := p2p.Config{
		Network: regNetwork,
		Host: p2p.HostConfig{
			Key:         r.key,
			ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"},
		},
		Bootstrap: boot,
		Peers:     node.RegistryPeers{Registry: n.registry, Log: slog.New(slog.DiscardHandler)},
		Verifier: &recordingVerifier{log: r.refusals, next: node.StatementVerifier{Policy: &enclave.Policy{
			Registry:     r.view,
			Network:      regNetwork,
			HomeChainID:  n.chain.ChainID.Uint64(),
			MaxClockSkew: time.Minute,
			Verifiers:    map[string]enclave.ReportVerifier{enclave.BackendSim: sim.Verifier{}},
		}}},
		Local:           local,
		Registry:        metrics,
		Log:             slog.New(slog.DiscardHandler),
		PublishInterval: regPublishInterval,
		RefreshInterval: regRefreshInterval,
		OnGossip:        func(from peer.ID, _ p2p.VerifiedPeer) { r.got.record(0, from) },
	}
	ctx, cancel := context.WithTimeout(context.Background(), testDeadline)
	defer cancel()
	pn, err := p2p.Start(ctx, cfg)
	if err != nil {
		t.Fatalf("start %s node %d: %v", r.spec.kind, r.idx, err)
	}
	r.mu.Lock()
	r.node, r.metrics = pn, metrics
	r.mu.Unlock()
	if r.spec.unstaked {
		return
	}
	addrs := make([]string, 0, len(pn.Host().Addrs()))
	for _, a := range pn.Host().Addrs() {
		addrs = append(addrs, a.String())
	}
	n.chain.Mine(n.c.Registry.UpdateMultiaddrs(n.chain.Opts(r.operator), addrs))
}

// stop closes r's node and enclave (the data dir stays).
func (n *regNet) stop(r *regNode) {
	r.mu.Lock()
	pn := r.node
	r.node = nil
	r.mu.Unlock()
	if pn != nil {
		if err := pn.Close(); err != nil {
			n.t.Errorf("close node %d: %v", r.idx, err)
		}
	}
	if r.enc != nil {
		_ = r.enc.Close()
		r.enc = nil
	}
}

func (n *regNet) close() {
	var wg sync.WaitGroup
	for _, r := range n.nodes {
		wg.Add(1)
		go func() { defer wg.Done(); n.stop(r) }()
	}
	wg.Wait()
}

func (n *regNet) honest() []*regNode {
	var out []*regNode
	for _, r := range n.nodes {
		if r.spec.kind == "honest" {
			out = append(out, r)
		}
	}
	return out
}

// fullyVerified reports whether every node in set has every other one in
// its verified table.
func fullyVerified(set []*regNode) bool {
	for _, a := range set {
		pn := a.p2p()
		if pn == nil {
			return false
		}
		for _, b := range set {
			if a != b && !pn.Table().IsVerified(b.id) {
				return false
			}
		}
	}
	return true
}

func (n *regNet) waitFullyVerified(ctx context.Context, set []*regNode) {
	n.t.Helper()
	if err := p2ptest.Eventually(ctx, func() bool { return fullyVerified(set) }); err != nil {
		for _, r := range set {
			if pn := r.p2p(); pn != nil {
				n.t.Logf("node %d: %d verified, %d connected, refusals %v", r.idx, pn.Table().Len(),
					len(pn.Host().Network().Peers()), r.refusals.snapshot())
			}
		}
		n.t.Fatalf("mesh of %d not fully verified: %v", len(set), err)
	}
}

// recordingVerifier passes every verification to the real verifier and
// records each refusal's reason by sender, so a test can tell which honest
// node refused which peer and why.
type recordingVerifier struct {
	log  *refusalLog
	next p2p.StatementVerifier
}

func (v *recordingVerifier) VerifyStatement(ctx context.Context, from peer.ID, raw []byte) (p2p.VerifiedPeer, error) {
	vp, err := v.next.VerifyStatement(ctx, from, raw)
	if err != nil {
		v.log.add(from, p2p.Reason(err))
	}
	return vp, err
}

type refusalLog struct {
	mu  sync.Mutex
	got map[peer.ID]map[string]int
}

func newRefusalLog() *refusalLog { return &refusalLog{got: map[peer.ID]map[string]int{}} }

func (l *refusalLog) add(from peer.ID, reason string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.got[from] == nil {
		l.got[from] = map[string]int{}
	}
	l.got[from][reason]++
}

func (l *refusalLog) count(from peer.ID, reason string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.got[from][reason]
}

func (l *refusalLog) of(from peer.ID) map[string]int {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := map[string]int{}
	for reason, c := range l.got[from] {
		out[reason] = c
	}
	return out
}

func (l *refusalLog) reset(from peer.ID) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.got, from)
}

func (l *refusalLog) snapshot() map[string]int {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := map[string]int{}
	for _, m := range l.got {
		for reason, c := range m {
			out[reason] += c
		}
	}
	return out
}

// statementExpiry parses an encoded statement's expiry.
func statementExpiry(t *testing.T, raw []byte) time.Time {
	t.Helper()
	st, err := enclave.ParseStatement(raw)
	if err != nil {
		t.Fatalf("parse own statement: %v", err)
	}
	return st.ExpiresAt
}

func honestSpecs(n int) []regSpec { return make([]regSpec, n) }

// TestRegistryMeshLifecycle: eight registered sim nodes verify each other
// against the chain; one restarts from its data dir and is verified again
// by all; one unbonds and every other node drops it at the next epoch.
func TestRegistryMeshLifecycle(t *testing.T) {
	const size = 8
	n := newRegNet(t, size+1)
	n.start(honestSpecs(size)...)
	ctx := waitCtx(t)
	n.waitFullyVerified(ctx, n.nodes)
	for _, r := range n.nodes {
		if got := r.p2p().Table().Len(); got != size-1 {
			t.Fatalf("node %d has %d verified peers, want %d", r.idx, got, size-1)
		}
		for _, o := range n.nodes {
			if o == r {
				continue
			}
			v, _ := r.p2p().Table().Get(o.id)
			if v.EnclaveWallet != o.enc.Keys().Address() {
				t.Fatalf("node %d holds wallet %x for node %d, registered %s", r.idx, v.EnclaveWallet, o.idx, o.enc.Keys().Address())
			}
		}
	}

	t.Run("restart rejoins", func(t *testing.T) {
		r := n.nodes[3]
		wallet := r.enc.Keys().Address()
		n.stop(r)
		key, err := p2p.LoadOrCreateIdentity(filepath.Join(r.dir, "peer.key"))
		if err != nil {
			t.Fatal(err)
		}
		if id, _ := peer.IDFromPrivateKey(key); id != r.id {
			t.Fatalf("restarted with peer ID %s, registered %s", id, r.id)
		}
		n.openEnclave(r)
		if r.enc.Keys().Address() != wallet {
			t.Fatalf("restarted with enclave wallet %s, registered %s", r.enc.Keys().Address(), wallet)
		}
		// A longer lifetime makes the new statement's expiry differ from
		// the one the others hold, so holding it proves a new
		// verification, not the entry left from before the restart.
		r.issuer.Lifetime = regStatementLife + time.Minute
		raw, err := r.issuer.Current(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := statementExpiry(t, raw)
		n.run(r)
		err = p2ptest.Eventually(ctx, func() bool {
			for _, o := range n.nodes {
				if o == r {
					continue
				}
				if v, ok := o.p2p().Table().Get(r.id); !ok || !v.Expiry.Equal(want) {
					return false
				}
			}
			return r.p2p().Table().Len() == size-1
		})
		if err != nil {
			for _, o := range n.nodes {
				v, ok := o.p2p().Table().Get(r.id)
				t.Logf("node %d: holds restarted node %v, expiry %s (want %s); %d verified", o.idx, ok, v.Expiry, want, o.p2p().Table().Len())
			}
			t.Fatalf("restarted node not verified again by all: %v", err)
		}
	})

	t.Run("unbonded node drops at the epoch", func(t *testing.T) {
		leaver := n.nodes[size-1]
		stay := n.nodes[:size-1]
		n.chain.Mine(n.c.Registry.Unbond(n.chain.Opts(leaver.operator)))
		n.chain.AdvanceEpoch(n.c, 0)
		for _, r := range stay {
			// The table only changes at the epoch hook: until then the
			// leaver's statement still stands.
			if !r.p2p().Table().IsVerified(leaver.id) {
				t.Fatalf("node %d dropped the leaver before revalidating", r.idx)
			}
		}
		for _, r := range stay {
			r.view.Invalidate()
			dropped, err := r.p2p().Revalidate(ctx)
			if err != nil {
				t.Fatalf("revalidate node %d: %v", r.idx, err)
			}
			if len(dropped) != 1 || dropped[0] != leaver.id {
				t.Fatalf("node %d dropped %v, want only the leaver %s", r.idx, dropped, leaver.id)
			}
			if c := r.refusals.count(leaver.id, enclave.ReasonInactiveNode); c == 0 {
				t.Fatalf("node %d dropped the leaver without an inactive_node refusal: %v", r.idx, r.refusals.snapshot())
			}
			r.refusals.reset(leaver.id)
		}
		// The leaver keeps publishing, and it redials the registered nodes
		// while the nodes' refresh loops retry handshakes with connected,
		// unverified peers: wait until each node refused it again, then
		// check nobody took it back (a verdict in flight at the epoch must
		// not, VerifiedTable.PutAt).
		err := p2ptest.Eventually(ctx, func() bool {
			for _, r := range stay {
				if r.refusals.count(leaver.id, enclave.ReasonInactiveNode) == 0 && !r.p2p().Gater().IsBanned(leaver.id) {
					return false
				}
			}
			return true
		})
		if err != nil {
			for _, r := range stay {
				t.Logf("node %d: refusals of the leaver %v, banned %v, connectedness %v", r.idx,
					r.refusals.of(leaver.id), r.p2p().Gater().IsBanned(leaver.id),
					r.p2p().Host().Network().Connectedness(leaver.id))
			}
			t.Fatalf("not every node refused the leaver after the epoch: %v", err)
		}
		for _, r := range stay {
			if r.p2p().Table().IsVerified(leaver.id) {
				t.Errorf("node %d verifies the unbonded node again", r.idx)
			}
			if got := r.p2p().Table().Len(); got != size-2 {
				t.Errorf("node %d has %d verified peers, want %d", r.idx, got, size-2)
			}
		}
	})
}

// localFunc adapts a function to p2p.LocalStatement.
type localFunc func(ctx context.Context) ([]byte, error)

func (f localFunc) Current(ctx context.Context) ([]byte, error) { return f(ctx) }

// TestRegistryMeshRefusesBadPeers starts eight honest nodes and one bad
// node per refusal reason the registry and policy decide; every honest node
// must refuse every bad one for its reason, and no bad statement may be
// verified or delivered by gossip.
func TestRegistryMeshRefusesBadPeers(t *testing.T) {
	const honest = 8
	rogue := rogueMeasurement
	bad := []struct {
		spec   regSpec
		reason string
	}{
		{regSpec{kind: "unstaked", unstaked: true}, enclave.ReasonUnknownNode},
		{regSpec{kind: "unregistered measurement", measurement: &rogue}, enclave.ReasonMeasurementRefused},
		{regSpec{kind: "replays another node's statement", local: func(n *regNet, _ *regNode) p2p.LocalStatement {
			return localFunc(n.nodes[0].issuer.Current)
		}}, enclave.ReasonPeerMismatch},
		{regSpec{kind: "statement names another peer", local: func(n *regNet, self *regNode) p2p.LocalStatement {
			// Its own enclave and wallet, but bound to node 1's peer ID.
			return &enclave.Issuer{Enclave: self.enc, PeerID: n.nodes[1].id, Network: regNetwork,
				HomeChainID: n.chain.ChainID.Uint64(), Lifetime: regStatementLife}
		}}, enclave.ReasonPeerMismatch},
		{regSpec{kind: "expired statement", local: func(n *regNet, self *regNode) p2p.LocalStatement {
			// Issued by a clock two hours behind, so it expired an hour ago.
			return &enclave.Issuer{Enclave: self.enc, PeerID: self.id, Network: regNetwork,
				HomeChainID: n.chain.ChainID.Uint64(), Lifetime: regStatementLife,
				Now: func() time.Time { return time.Now().Add(-2 * regStatementLife) }}
		}}, enclave.ReasonExpired},
	}
	specs := honestSpecs(honest)
	for _, b := range bad {
		specs = append(specs, b.spec)
	}
	n := newRegNet(t, len(specs)+1)
	n.start(specs...)
	ctx := waitCtx(t)
	good := n.honest()
	n.waitFullyVerified(ctx, good)

	for i, b := range bad {
		r := n.nodes[honest+i]
		t.Run(b.spec.kind, func(t *testing.T) {
			// Every honest node must have refused this node itself (by
			// handshake or gossip) for the expected reason.
			err := p2ptest.Eventually(ctx, func() bool {
				for _, h := range good {
					if h.refusals.count(r.id, b.reason) == 0 {
						return false
					}
				}
				return true
			})
			if err != nil {
				for _, h := range good {
					t.Logf("honest node %d refusals of %s: %v", h.idx, r.id, h.refusals.of(r.id))
				}
				t.Fatalf("not every honest node refused the %s node: %v", b.spec.kind, err)
			}
			for _, h := range good {
				pn := h.p2p()
				if pn.Table().IsVerified(r.id) {
					t.Errorf("honest node %d verified the %s node", h.idx, b.spec.kind)
				}
				if c := h.got.count(0, r.id); c != 0 {
					t.Errorf("honest node %d delivered %d gossip statements signed by the %s node", h.idx, c, b.spec.kind)
				}
				if refused := counter(t, h.reg(), "cifer_p2p_gossip_messages_total", map[string]string{"result": "reject", "reason": b.reason}) +
					counter(t, h.reg(), "cifer_p2p_handshakes_total", map[string]string{"outcome": "refused", "reason": b.reason}); refused == 0 {
					t.Errorf("honest node %d metrics show no refusal for reason %s", h.idx, b.reason)
				}
			}
		})
	}
	for _, h := range good {
		if got := h.p2p().Table().Len(); got != honest-1 {
			t.Errorf("honest node %d has %d verified peers, want %d", h.idx, got, honest-1)
		}
	}
}

// TestRegistryMeshSimForbidden: once governance forbids simulated enclaves,
// the epoch hook drops every sim peer, and their statements are refused
// from then on, by gossip and handshake alike.
func TestRegistryMeshSimForbidden(t *testing.T) {
	const size = 4
	n := newRegNet(t, size+1)
	n.start(honestSpecs(size)...)
	ctx := waitCtx(t)
	n.waitFullyVerified(ctx, n.nodes)

	n.chain.Mine(n.c.Registry.SetSimulatedEnclavesAllowed(n.chain.Opts(0), false))
	for _, r := range n.nodes {
		r.view.Invalidate()
		dropped, err := r.p2p().Revalidate(ctx)
		if err != nil {
			t.Fatalf("revalidate node %d: %v", r.idx, err)
		}
		if len(dropped) != size-1 {
			t.Fatalf("node %d dropped %d peers, want all %d", r.idx, len(dropped), size-1)
		}
	}
	// Every node goes on publishing and retrying handshakes, so each pair
	// ends up cut by a ban: one side refused the other's statement.
	cut := func(a, b *regNode) bool { return a.p2p().Gater().IsBanned(b.id) || b.p2p().Gater().IsBanned(a.id) }
	err := p2ptest.Eventually(ctx, func() bool {
		for i, a := range n.nodes {
			for _, b := range n.nodes[i+1:] {
				if !cut(a, b) {
					return false
				}
			}
		}
		return true
	})
	if err != nil {
		t.Fatalf("sim peers not all refused after the switch: %v", err)
	}
	var total float64
	for _, r := range n.nodes {
		if got := r.p2p().Table().Len(); got != 0 {
			t.Errorf("node %d verifies %d sim peers again", r.idx, got)
		}
		// Sim being forbidden is the only reason anyone was refused.
		for reason := range r.refusals.snapshot() {
			if reason != enclave.ReasonSimNotAllowed {
				t.Errorf("node %d refused a peer for %s", r.idx, reason)
			}
		}
		var refused float64
		for _, name := range []string{"cifer_p2p_gossip_messages_total", "cifer_p2p_handshakes_total"} {
			refused += counter(t, r.reg(), name, map[string]string{"reason": enclave.ReasonSimNotAllowed})
		}
		total += refused
		for _, o := range n.nodes {
			if o != r && r.p2p().Gater().IsBanned(o.id) && refused == 0 {
				t.Errorf("node %d banned node %d, but its metrics show no %s refusal", r.idx, o.idx, enclave.ReasonSimNotAllowed)
			}
		}
	}
	if total == 0 {
		t.Errorf("no %s refusal in any node's metrics", enclave.ReasonSimNotAllowed)
	}
	// Directly: the policy names the reason for a fresh statement too.
	raw, err := n.nodes[0].issuer.Current(ctx)
	if err != nil {
		t.Fatal(err)
	}
	_, err = node.StatementVerifier{Policy: &enclave.Policy{Registry: n.nodes[1].view, Network: regNetwork,
		HomeChainID: n.chain.ChainID.Uint64(), Verifiers: map[string]enclave.ReportVerifier{enclave.BackendSim: sim.Verifier{}}}}.
		VerifyStatement(ctx, n.nodes[0].id, raw)
	if !errors.Is(err, enclave.ErrSimNotAllowed) {
		t.Fatalf("verify with sim forbidden: %v, want %v", err, enclave.ErrSimNotAllowed)
	}
}
