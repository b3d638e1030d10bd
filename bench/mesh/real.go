package mesh

import (
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/enclave/sim"
	"github.com/cifer-network/cifer/node"
	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/p2p/p2ptest"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	ethnode "github.com/ethereum/go-ethereum/node"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Settings of the real-verifier mesh.
const (
	realNetwork = "meshbench"
	// realRegistryTTL is how long each node caches registry answers. Every
	// node reads each peer's record once while the mesh forms.
	realRegistryTTL = 30 * time.Second
	realLifetime    = time.Hour
	// realCallTimeout bounds one registry read or transaction.
	realCallTimeout = 30 * time.Second
)

var (
	realStake       = new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	realMeasurement = sha256.Sum256([]byte("cifer meshbench node build"))
)

// realNet is a mesh on the production verification path: a go-ethereum
// simulated chain in this process with the ClusterRegistry deployed and its
// governed parameters set for sim enclaves, one sim enclave per node
// issuing signed statements, every node registered with its real peer ID,
// enclave wallet, measurement and transport key hash, and each node
// verifying peers with node.StatementVerifier over enclave.Policy over a
// cached chain.RegistryView of that registry.
type realNet struct {
	root     string // data dirs of the nodes; removed by Close
	backend  *simulated.Backend
	client   simulated.Client
	chainID  *big.Int
	gov      *ecdsa.PrivateKey
	regAddr  common.Address
	registry *bindings.ClusterRegistry
	reader   *chain.Registry
	platform ed25519.PrivateKey
	cfg      Config
	onGossip func()
	log      *slog.Logger

	nodes []*realNode
}

type realNode struct {
	// addrs are the registered multiaddrs the host listens on.
	addrs    []string
	operator *ecdsa.PrivateKey
	key      crypto.PrivKey
	id       peer.ID
	enc      *sim.Enclave
	issuer   *enclave.Issuer
	verifier node.StatementVerifier
	node     *p2p.Mesh
}

// prepareReal builds the chain, deploys and configures the registry, opens
// one sim enclave per node, picks its ports and registers every node with
// its addresses, all before any host starts: a node dials the registered set
// at once, and a peer not yet on-chain would be refused and banned. So the
// measurement starts, as on a live network, with every node registered.
func prepareReal(ctx context.Context, cfg Config, onGossip func()) (_ *realNet, err error) {
	n := &realNet{cfg: cfg, onGossip: onGossip, log: slog.New(slog.DiscardHandler)}
	defer func() {
		if err != nil {
			n.Close()
		}
	}()
	if n.root, err = os.MkdirTemp("", "cifer-meshbench-*"); err != nil {
		return nil, fmt.Errorf("data dir: %w", err)
	}
	if n.gov, err = ethcrypto.GenerateKey(); err != nil {
		return nil, err
	}
	alloc := types.GenesisAlloc{}
	funds := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	alloc[ethcrypto.PubkeyToAddress(n.gov.PublicKey)] = types.Account{Balance: funds}
	n.nodes = make([]*realNode, cfg.Nodes)
	for i := range n.nodes {
		op, err := ethcrypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		n.nodes[i] = &realNode{operator: op}
		alloc[ethcrypto.PubkeyToAddress(op.PublicKey)] = types.Account{Balance: funds}
	}
	n.backend = simulated.NewBackend(alloc,
		simulated.WithBlockGasLimit(200_000_000),
		func(_ *ethnode.Config, ec *ethconfig.Config) { ec.RPCEVMTimeout = realCallTimeout })
	n.client = n.backend.Client()
	cctx, cancel := context.WithTimeout(ctx, realCallTimeout)
	defer cancel()
	if n.chainID, err = n.client.ChainID(cctx); err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	if err := n.deploy(ctx); err != nil {
		return nil, err
	}
	for i, r := range n.nodes {
		if err := n.openNode(i, r); err != nil {
			return nil, err
		}
	}
	if err := n.register(ctx); err != nil {
		return nil, err
	}
	return n, nil
}

func (n *realNet) opts(ctx context.Context, key *ecdsa.PrivateKey) (*bind.TransactOpts, error) {
	o, err := bind.NewKeyedTransactorWithChainID(key, n.chainID)
	if err != nil {
		return nil, err
	}
	o.Context = ctx
	return o, nil
}

// nextNonce sets o's nonce from the chain and returns a function that
// advances it, for several transactions from one account in one block (the
// pool's pending nonce may lag a transaction just sent).
func (n *realNet) nextNonce(o *bind.TransactOpts) (func(), error) {
	nonce, err := n.client.PendingNonceAt(o.Context, o.From)
	if err != nil {
		return nil, fmt.Errorf("nonce of %s: %w", o.From, err)
	}
	o.Nonce = new(big.Int).SetUint64(nonce)
	return func() { o.Nonce = new(big.Int).Add(o.Nonce, big.NewInt(1)) }, nil
}

// mine seals blocks until every tx is in one and checks that each
// succeeded. The pool takes in a sender's later nonces asynchronously, so
// one block may not hold them all yet.
func (n *realNet) mine(ctx context.Context, what string, txs ...*types.Transaction) error {
	const maxBlocks = 100
	for range maxBlocks {
		n.backend.Commit()
		for len(txs) > 0 {
			rc, err := n.client.TransactionReceipt(ctx, txs[0].Hash())
			if errors.Is(err, ethereum.NotFound) {
				break
			}
			if err != nil {
				return fmt.Errorf("%s: receipt: %w", what, err)
			}
			if rc.Status != types.ReceiptStatusSuccessful {
				return fmt.Errorf("%s: transaction %s reverted", what, txs[0].Hash())
			}
			txs = txs[1:]
		}
		if len(txs) == 0 {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
	}
	return fmt.Errorf("%s: transaction %s not mined in %d blocks", what, txs[0].Hash(), maxBlocks)
}

// deploy deploys the test token and the registry from the governance
// account and allows sim enclaves signed by a fresh platform key with the
// bench measurement, as testnet governance does.
func (n *realNet) deploy(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, realCallTimeout)
	defer cancel()
	gov, err := n.opts(ctx, n.gov)
	if err != nil {
		return err
	}
	tokenAddr, tx, _, err := bindings.DeployTestToken(gov, n.client, "CIFER Test Stake", "tCIFER")
	if err != nil {
		return fmt.Errorf("deploy test token: %w", err)
	}
	if err := n.mine(ctx, "deploy test token", tx); err != nil {
		return err
	}
	n.regAddr, tx, n.registry, err = bindings.DeployClusterRegistry(gov, n.client, tokenAddr, realStake, 100, 10)
	if err != nil {
		return fmt.Errorf("deploy cluster registry: %w", err)
	}
	if err := n.mine(ctx, "deploy cluster registry", tx); err != nil {
		return err
	}
	_, n.platform, err = ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return err
	}
	advance, err := n.nextNonce(gov)
	if err != nil {
		return err
	}
	var txs []*types.Transaction
	for _, send := range []func() (*types.Transaction, error){
		func() (*types.Transaction, error) { return n.registry.SetSimulatedEnclavesAllowed(gov, true) },
		func() (*types.Transaction, error) {
			return n.registry.SetSimPlatformKey(gov, sim.PlatformPublicKey(n.platform))
		},
		func() (*types.Transaction, error) {
			return n.registry.SetMeasurementAllowed(gov, realMeasurement, true)
		},
	} {
		tx, err := send()
		if err != nil {
			return fmt.Errorf("registry settings: %w", err)
		}
		advance()
		txs = append(txs, tx)
	}
	if err := n.mine(ctx, "registry settings", txs...); err != nil {
		return err
	}
	if n.reader, err = chain.NewRegistry(n.regAddr, chain.NewDetachedCaller(n.client, 4, realCallTimeout), realCallTimeout); err != nil {
		return err
	}
	token, err := bindings.NewTestToken(tokenAddr, n.client)
	if err != nil {
		return err
	}
	// Fund every operator: mint and approve, all in one block.
	txs = txs[:0]
	for _, r := range n.nodes {
		op, err := n.opts(ctx, r.operator)
		if err != nil {
			return err
		}
		advance, err := n.nextNonce(op)
		if err != nil {
			return err
		}
		tx, err := token.Mint(op, op.From, realStake)
		if err != nil {
			return fmt.Errorf("mint stake: %w", err)
		}
		advance()
		tx2, err := token.Approve(op, n.regAddr, realStake)
		if err != nil {
			return fmt.Errorf("approve stake: %w", err)
		}
		txs = append(txs, tx, tx2)
	}
	return n.mine(ctx, "fund operators", txs...)
}

// openNode creates node i's data dir, peer identity and sim enclave.
func (n *realNet) openNode(i int, r *realNode) error {
	dir := filepath.Join(n.root, fmt.Sprintf("node-%d", i))
	var err error
	if r.key, err = p2p.LoadOrCreateIdentity(filepath.Join(dir, "peer.key")); err != nil {
		return err
	}
	if r.id, err = peer.IDFromPrivateKey(r.key); err != nil {
		return err
	}
	m := realMeasurement
	if r.enc, err = sim.Open(sim.Config{DataDir: dir, PlatformKey: n.platform, Measurement: &m, Log: n.log}); err != nil {
		return fmt.Errorf("node %d: %w", i, err)
	}
	r.issuer = &enclave.Issuer{Enclave: r.enc, PeerID: r.id, Network: realNetwork,
		HomeChainID: n.chainID.Uint64(), Lifetime: realLifetime}
	r.addrs, err = freeAddrs(n.cfg.TCPOnly)
	return err
}

// register puts every node on-chain, in one block, with the addresses its
// host will listen on.
func (n *realNet) register(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, realCallTimeout)
	defer cancel()
	var txs []*types.Transaction
	for i, r := range n.nodes {
		op, err := n.opts(ctx, r.operator)
		if err != nil {
			return err
		}
		keys := r.enc.Keys()
		tx, err := n.registry.Register(op, []byte(r.id), keys.Address(), r.enc.Measurement(), keys.TransportKeyHash(), r.addrs, realStake)
		if err != nil {
			return fmt.Errorf("register node %d: %w", i, err)
		}
		txs = append(txs, tx)
	}
	return n.mine(ctx, "register nodes", txs...)
}

// start starts the hosts one after the other, each on the ports it was
// registered with. Until a node starts, dials to its address are refused
// at once, as for a node that is down.
func (n *realNet) start(ctx context.Context) error {
	policy := func(view *chain.RegistryView) *enclave.Policy {
		return &enclave.Policy{
			Registry:     view,
			Network:      realNetwork,
			HomeChainID:  n.chainID.Uint64(),
			MaxClockSkew: time.Minute,
			Verifiers:    map[string]enclave.ReportVerifier{enclave.BackendSim: sim.Verifier{}},
		}
	}
	for i, r := range n.nodes {
		r.verifier = node.StatementVerifier{Policy: policy(&chain.RegistryView{Registry: n.reader, TTL: realRegistryTTL})}
		cfg := p2p.Config{
			Network:         realNetwork,
			Host:            p2p.HostConfig{Key: r.key},
			Peers:           node.RegistryPeers{Registry: n.reader, Log: n.log},
			Verifier:        r.verifier,
			Local:           r.issuer,
			Log:             n.log,
			PublishInterval: n.cfg.PublishInterval,
			RefreshInterval: n.cfg.RefreshInterval,
			OnGossip:        func(peer.ID, p2p.VerifiedPeer) { n.onGossip() },
		}
		if i > 0 {
			cfg.Bootstrap = []peer.AddrInfo{n.nodes[0].node.AddrInfo()}
		}
		var err error
		for attempt := 0; ; attempt++ {
			cfg.Host.ListenAddrs = r.addrs
			if r.node, err = p2p.Start(ctx, cfg); err == nil {
				break
			}
			if attempt == 2 {
				return fmt.Errorf("start node %d: %w", i, err)
			}
			// Something else took a port between setup and now: move
			// the node to fresh ports, on-chain too.
			n.log.Warn("port taken, moving node", "node", i, "err", err)
			if err := n.moveNode(ctx, r); err != nil {
				return fmt.Errorf("node %d: %w", i, err)
			}
		}
	}
	return nil
}

// moveNode gives r fresh ports and registers them.
func (n *realNet) moveNode(ctx context.Context, r *realNode) error {
	addrs, err := freeAddrs(n.cfg.TCPOnly)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, realCallTimeout)
	defer cancel()
	op, err := n.opts(ctx, r.operator)
	if err != nil {
		return err
	}
	tx, err := n.registry.UpdateMultiaddrs(op, addrs)
	if err != nil {
		return fmt.Errorf("update addresses: %w", err)
	}
	if err := n.mine(ctx, "update addresses", tx); err != nil {
		return err
	}
	r.addrs = addrs
	return nil
}

// freeAddrs picks a free TCP and (unless tcpOnly) a free UDP port on
// 127.0.0.1 and returns them as TCP and QUIC multiaddrs. The ports are
// released at once, so until the node listens a TCP dial is refused at
// once, while a QUIC dial waits for its handshake timeout (nothing answers
// on UDP); another process may take a port meanwhile, which start handles.
func freeAddrs(tcpOnly bool) ([]string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("pick tcp port: %w", err)
	}
	tcpPort := l.Addr().(*net.TCPAddr).Port
	_ = l.Close()
	tcp := fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", tcpPort)
	if tcpOnly {
		return []string{tcp}, nil
	}
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("pick udp port: %w", err)
	}
	udpPort := pc.LocalAddr().(*net.UDPAddr).Port
	_ = pc.Close()
	return []string{tcp, fmt.Sprintf("/ip4/127.0.0.1/udp/%d/quic-v1", udpPort)}, nil
}

// FullyVerified reports whether every node has every other in its table.
func (n *realNet) FullyVerified() bool {
	for _, a := range n.nodes {
		if a.node == nil {
			return false
		}
		for _, b := range n.nodes {
			if a != b && !a.node.Table().IsVerified(b.id) {
				return false
			}
		}
	}
	return true
}

// WaitFullyVerified polls until the mesh is fully verified or ctx ends.
func (n *realNet) WaitFullyVerified(ctx context.Context) error {
	return p2ptest.Eventually(ctx, n.FullyVerified)
}

// Close stops the nodes, wipes the enclaves' keys, stops the chain and
// removes the data dirs.
func (n *realNet) Close() {
	var wg sync.WaitGroup
	for _, r := range n.nodes {
		if r == nil || r.node == nil {
			continue
		}
		wg.Add(1)
		go func() { defer wg.Done(); _ = r.node.Close() }()
	}
	wg.Wait()
	for _, r := range n.nodes {
		if r == nil {
			continue
		}
		if r.enc != nil {
			_ = r.enc.Close()
		}
	}
	clear(n.platform)
	if n.backend != nil {
		_ = n.backend.Close()
	}
	if n.root != "" {
		_ = os.RemoveAll(n.root)
	}
}

var errUnknownVerifier = errors.New("bench mesh: unknown verifier")
