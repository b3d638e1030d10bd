package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/blackbox/request"
	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/enclave/sgx"
	"github.com/cifer-network/cifer/enclave/sim"
	"github.com/cifer-network/cifer/p2p"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Files in a node's data dir.
const (
	PeerKeyFile  = "peer.key"       // libp2p identity
	EnclaveDir   = "enclave"        // sealed enclave keys (and the sim sealing root)
	SharesDir    = "shares"         // Badger share store
	EvidenceFile = "evidence.jsonl" // signed reports of bad custodians
	JobsDir      = "file-jobs"      // HTTP API file jobs (encrypted at rest)
	RunInfoFile  = "run.json"       // where a running node listens
	// CreatorStateFile holds the Black Box's watch cursors and pending
	// secrets.
	CreatorStateFile = "creator-state.json"
)

// statementLifetime bounds how long a peer may rely on one statement of
// ours; the issuer renews it when a third is left.
const statementLifetime = time.Hour

// Node is one running CIFER node: chain access, its enclave, the attested
// libp2p mesh, the custodian role (always) and the Black Box role (served
// always; custodians answer it only while the registry has it elected).
type Node struct {
	cfg      Config
	log      *slog.Logger
	dep      deploy.Deployment
	chains   *chain.Set
	registry *chain.Registry
	regView  *chain.RegistryView
	encl     enclave.Enclave
	p2p      *p2p.Node
	store    *custody.Store
	evidence *blackbox.EvidenceLog
	jobs     *blackbox.FileJobs
	api      *blackbox.API
	metrics  *prometheus.Registry

	servers []*http.Server
	info    RunInfo

	cancel context.CancelFunc
	wg     sync.WaitGroup
	once   sync.Once
	errs   chan error
}

// RunInfo is what a running node publishes in its data dir (run.json), so
// scripts and operators find its endpoints when ports were chosen by the OS.
type RunInfo struct {
	PeerID        string   `json:"peerId"`
	P2PAddrs      []string `json:"p2pAddrs"`
	APIURL        string   `json:"apiUrl,omitempty"`
	MetricsURL    string   `json:"metricsUrl,omitempty"`
	EnclaveWallet string   `json:"enclaveWallet"`
	PID           int      `json:"pid"`
}

// Start brings a node up in dependency order and returns once every part
// is serving; a failure closes what was started. Stop it with Close.
func Start(ctx context.Context, cfg Config, log *slog.Logger) (*Node, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.Default()
	}
	runCtx, cancel := context.WithCancel(context.Background())
	n := &Node{cfg: cfg, log: log, cancel: cancel, metrics: prometheus.NewRegistry(), errs: make(chan error, 8)}
	started := false
	defer func() {
		if !started {
			n.Close()
		}
	}()
	var err error
	n.metrics.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))

	if n.dep, err = deploy.LoadDeployment(cfg.Deployment); err != nil {
		return nil, fmt.Errorf("%w: deployment: %w", ErrConfig, err)
	}
	if n.dep.Network != cfg.Network {
		return nil, fmt.Errorf("%w: deployment is for network %q, config says %q", ErrConfig, n.dep.Network, cfg.Network)
	}
	if n.chains, err = chain.DialSet(ctx, []chain.Config{n.dep.ChainConfig(0)}, chain.Options{Log: log}); err != nil {
		return nil, fmt.Errorf("chain: %w", err)
	}
	home, err := n.chains.Home()
	if err != nil {
		return nil, err
	}
	if n.registry, err = chain.NewRegistry(n.dep.Addresses.Registry, home.Eth(), home.CallTimeout()); err != nil {
		return nil, err
	}
	// A short TTL: gossip delivers each statement many times, but an
	// unbonded or re-keyed node must not stay trusted for long.
	n.regView = &chain.RegistryView{Registry: n.registry, TTL: 5 * time.Second}

	if n.encl, err = OpenEnclave(cfg, log); err != nil {
		return nil, err
	}
	keys := n.encl.Keys()

	idKey, err := p2p.LoadOrCreateIdentity(filepath.Join(cfg.DataDir, PeerKeyFile))
	if err != nil {
		return nil, err
	}
	pid, err := peer.IDFromPrivateKey(idKey)
	if err != nil {
		return nil, fmt.Errorf("peer id: %w", err)
	}
	issuer := &enclave.Issuer{Enclave: n.encl, PeerID: pid, Network: cfg.Network, HomeChainID: n.dep.ChainID, Lifetime: statementLifetime}
	policy := &enclave.Policy{
		Registry:    n.regView,
		Network:     cfg.Network,
		HomeChainID: n.dep.ChainID,
		Verifiers:   ReportVerifiers(),
	}
	bootstrap := make([]peer.AddrInfo, 0, len(cfg.P2P.Bootstrap))
	for _, s := range cfg.P2P.Bootstrap {
		ai, err := p2p.AddrInfoFromString(s)
		if err != nil {
			return nil, fmt.Errorf("%w: p2p.bootstrap: %w", ErrConfig, err)
		}
		bootstrap = append(bootstrap, ai)
	}
	n.p2p, err = p2p.Start(ctx, p2p.Config{
		Network:         cfg.Network,
		Host:            p2p.HostConfig{Key: idKey, ListenAddrs: cfg.P2P.Listen},
		Bootstrap:       bootstrap,
		Peers:           RegistryPeers{Registry: n.registry, Log: log},
		Verifier:        StatementVerifier{Policy: policy},
		Local:           issuer,
		Registry:        n.metrics,
		Log:             log,
		PublishInterval: cfg.P2P.AttestationInterval.Duration,
	})
	if err != nil {
		return nil, fmt.Errorf("p2p: %w", err)
	}

	if n.store, err = custody.OpenStore(filepath.Join(cfg.DataDir, SharesDir), n.encl, log); err != nil {
		return nil, err
	}
	// Request checks read secret states and registry answers from caches
	// that each new block's logs invalidate (chain.StateCache), so the
	// decrypt path makes no RPC call and a revocation still applies at once.
	stateCache := chain.NewCachedSet(n.chains, chain.CacheOptions{Log: log})
	n.goRun(runCtx, "state cache", stateCache.Run)
	cachedReg := chain.CachedRegistry{Registry: n.registry, Cache: stateCache.Caches[home.ChainID()]}
	chainView := ChainView{Chains: stateCache}
	// Requests are remembered for the freshness window of the slowest
	// chain plus a margin; after that the freshness check refuses them.
	replayTTL := 15 * time.Minute
	custodian := &custody.Custodian{
		Store:    n.store,
		Keys:     keys,
		Signer:   keys,
		Electors: cachedReg,
		Chain:    chainView,
		Replay:   request.NewReplayGuard(replayTTL),
		Log:      log,
		// Shares are tagged with the membership they were dealt under, so
		// the reshare protocol can tell churn from an unauthorised ask.
		Membership: n.registry,
	}
	// The Black Box's per-signer limit applies again at the custodian, over
	// the requests of every Black Box: spreading requests over several
	// Black Boxes gains a signer nothing.
	if cfg.BlackBox.RatePerSecond > 0 {
		custodian.RateLimit = request.NewRateLimiter(cfg.BlackBox.RatePerSecond, max(cfg.BlackBox.RateBurst, 1))
	}
	custodian.Serve(n.p2p.Streams(), cfg.Network, n.p2p.Table())

	if n.evidence, err = blackbox.NewEvidenceLog(filepath.Join(cfg.DataDir, EvidenceFile), keys, log, n.metrics); err != nil {
		return nil, err
	}
	// Self: a Black Box is usually a member of the clusters it serves, and
	// a libp2p host cannot dial itself.
	custodyClient := &custody.Client{Streams: n.p2p.Streams(), Network: cfg.Network, Claims: n.p2p.Table(), Self: &custody.LocalCustodian{
		Custodian: custodian,
		Peer:      custody.Peer{ID: pid, EnclaveWallet: keys.Address(), TransportKey: keys.TransportPublicKey()},
	}}
	directory := Directory{Secrets: stateCache, Clusters: cachedReg, Peers: n.p2p.Table()}
	service := &blackbox.Service{
		Directory: directory,
		Records:   custodyClient,
		Gatherer: &blackbox.Gatherer{
			Source:   &blackbox.NetworkShareSource{Client: custodyClient, Keys: keys},
			Evidence: n.evidence,
			Log:      log,
			// Our own custodian answers in process: ask it first.
			Prefer: pid.String(),
		},
	}
	n.api = &blackbox.API{
		Chain:  chainView,
		Keys:   service,
		Health: n.health,
		Replay: request.NewReplayGuard(replayTTL),
		Log:    log,
	}
	if n.jobs, err = blackbox.OpenFileJobs(blackbox.FileJobsConfig{Dir: filepath.Join(cfg.DataDir, JobsDir), Sealer: n.encl, Log: log}); err != nil {
		return nil, err
	}
	n.api.Files = n.jobs
	if cfg.BlackBox.RatePerSecond > 0 {
		n.api.RateLimit = request.NewRateLimiter(cfg.BlackBox.RatePerSecond, max(cfg.BlackBox.RateBurst, 1))
	}
	n.api.ServeClients(n.p2p.Streams(), cfg.Network, issuer)

	n.info = RunInfo{PeerID: pid.String(), EnclaveWallet: keys.Address().Hex(), PID: os.Getpid()}
	for _, a := range n.p2p.Host().Addrs() {
		n.info.P2PAddrs = append(n.info.P2PAddrs, a.String()+"/p2p/"+pid.String())
	}
	if cfg.HTTP.API != "" {
		addr, err := n.serveHTTP(cfg.HTTP.API, n.api.Handler())
		if err != nil {
			return nil, fmt.Errorf("http api: %w", err)
		}
		n.info.APIURL = "http://" + addr
	}
	if cfg.HTTP.Metrics != "" {
		mux := http.NewServeMux()
		mux.Handle("GET /metrics", promhttp.HandlerFor(n.metrics, promhttp.HandlerOpts{}))
		mux.HandleFunc("GET /healthz", n.nodeHealthz)
		if cfg.HTTP.Pprof {
			servePprof(mux)
		}
		addr, err := n.serveHTTP(cfg.HTTP.Metrics, mux)
		if err != nil {
			return nil, fmt.Errorf("metrics: %w", err)
		}
		n.info.MetricsURL = "http://" + addr
	}

	creatorChains := make([]blackbox.CreatorChain, 0, len(n.chains.Clients()))
	startBlocks := map[uint64]uint64{}
	for _, c := range n.chains.Clients() {
		creatorChains = append(creatorChains, c)
	}
	// A first run watches from the deployment, so a secret created before
	// this node joined is still seen (and skipped if already synced).
	startBlocks[n.dep.ChainID] = n.dep.DeployBlock
	creator, err := blackbox.NewCreator(blackbox.CreatorConfig{
		Chains:           creatorChains,
		Registry:         n.registry,
		Clusters:         directory,
		Custody:          custodyClient,
		Keys:             keys,
		SelfPeerID:       pid.String(),
		SelfTransportKey: keys.TransportPublicKey(),
		StatePath:        filepath.Join(cfg.DataDir, CreatorStateFile),
		StartBlocks:      startBlocks,
		FailoverTimeout:  cfg.BlackBox.FailoverTimeout.Duration,
		Metrics:          n.metrics,
		Log:              log,
	})
	if err != nil {
		return nil, err
	}
	n.goRun(runCtx, "creator", creator.Run)

	// Resharing on churn (docs/ARCHITECTURE.md, "Resharing"), with the
	// sweeper that deletes this custodian's obsolete shares.
	reshareChains := make([]blackbox.ReshareChain, 0, len(n.chains.Clients()))
	for _, c := range n.chains.Clients() {
		reshareChains = append(reshareChains, c)
	}
	resharer, err := blackbox.NewResharer(blackbox.ResharerConfig{
		Chains:           reshareChains,
		Registry:         n.registry,
		Clusters:         directory,
		Custody:          custodyClient,
		Keys:             keys,
		SelfPeerID:       pid.String(),
		SelfTransportKey: keys.TransportPublicKey(),
		StartBlocks:      startBlocks,
		FailoverTimeout:  cfg.BlackBox.FailoverTimeout.Duration,
		Sweeper:          &custody.Sweeper{Custodian: custodian, Registry: n.registry, Records: custodyClient, Log: log},
		Log:              log,
	})
	if err != nil {
		return nil, err
	}
	n.goRun(runCtx, "resharer", resharer.Run)

	epochs := &epochWatcher{node: n, keys: keys}
	n.goRun(runCtx, "epoch watcher", epochs.run)

	if err := writeJSONFile(filepath.Join(cfg.DataDir, RunInfoFile), n.info); err != nil {
		return nil, err
	}
	started = true
	log.Info("node started", "network", cfg.Network, "peer_id", pid, "enclave_wallet", keys.Address(),
		"backend", n.encl.Backend(), "api", n.info.APIURL, "metrics", n.info.MetricsURL)
	return n, nil
}

// OpenEnclave opens the configured enclave backend in the data dir.
func OpenEnclave(cfg Config, log *slog.Logger) (enclave.Enclave, error) {
	dir := filepath.Join(cfg.DataDir, EnclaveDir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("enclave dir: %w", err)
	}
	switch cfg.Enclave.Backend {
	case enclave.BackendSim:
		if cfg.Enclave.SimPlatformKeyFile == "" {
			return nil, fmt.Errorf("%w: enclave.sim-platform-key-file is empty: the sim backend needs the testnet platform key", ErrConfig)
		}
		pk, err := sim.LoadPlatformKey(cfg.Enclave.SimPlatformKeyFile)
		if err != nil {
			return nil, fmt.Errorf("sim enclave: %w", err)
		}
		return sim.Open(sim.Config{DataDir: dir, PlatformKey: pk, Log: log})
	case enclave.BackendSGX:
		return sgx.Open(sgx.Config{DataDir: dir, Log: log})
	default:
		return nil, fmt.Errorf("%w: enclave.backend %q", ErrConfig, cfg.Enclave.Backend)
	}
}

// goRun runs f until ctx ends; an error it returns is reported on Err.
func (n *Node) goRun(ctx context.Context, name string, f func(context.Context) error) {
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		if err := f(ctx); err != nil && ctx.Err() == nil {
			n.log.Error("node component stopped", "component", name, "err", err)
			select {
			case n.errs <- fmt.Errorf("%s: %w", name, err):
			default:
			}
		}
	}()
}

// Err delivers the error of a component that stopped on its own; the node
// should then be closed.
func (n *Node) Err() <-chan error { return n.errs }

func (n *Node) serveHTTP(addr string, h http.Handler) (string, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", err
	}
	// No ReadTimeout or WriteTimeout: they would cut a 1 GiB upload or
	// download at a fixed age. The API sets deadlines per request instead
	// (blackbox.Timeouts: one for a JSON call, per read and write for
	// transfers); this server only bounds headers and idle connections.
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10}
	n.servers = append(n.servers, srv)
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			n.log.Error("http server stopped", "addr", ln.Addr(), "err", err)
		}
	}()
	return ln.Addr().String(), nil
}

// Info returns where the node listens.
func (n *Node) Info() RunInfo { return n.info }

// P2P returns the node's p2p layer.
func (n *Node) P2P() *p2p.Node { return n.p2p }

// Close stops the node in reverse order of start. It is safe to call twice.
func (n *Node) Close() error {
	var errs []error
	n.once.Do(func() {
		n.cancel()
		for _, s := range n.servers {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			if err := s.Shutdown(ctx); err != nil {
				errs = append(errs, err)
			}
			cancel()
		}
		if n.jobs != nil {
			errs = append(errs, n.jobs.Close())
		}
		if n.p2p != nil {
			errs = append(errs, n.p2p.Close())
		}
		n.wg.Wait()
		if n.store != nil {
			errs = append(errs, n.store.Close())
		}
		if n.encl != nil {
			errs = append(errs, n.encl.Close())
		}
		if n.chains != nil {
			n.chains.Close()
		}
		if n.cfg.DataDir != "" {
			_ = os.Remove(filepath.Join(n.cfg.DataDir, RunInfoFile))
		}
	})
	return errors.Join(errs...)
}
