package node

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"os"
	"path/filepath"
	"time"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/blackbox/api"
	"github.com/cifer-network/cifer/blackbox/dealer"
	"github.com/cifer-network/cifer/blackbox/gateway"
	"github.com/cifer-network/cifer/blackbox/slashing"
	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/chain/headers"
	"github.com/cifer-network/cifer/chain/verified"
	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/enclave/sgx"
	"github.com/cifer-network/cifer/enclave/sim"
	"github.com/cifer-network/cifer/internal/atomicfile"
	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/request"
	"github.com/cifer-network/cifer/staking"
	"github.com/cifer-network/cifer/staking/liveness"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/libp2p/go-libp2p/core/network"
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
	cfg Config
	log *slog.Logger
	dep deploy.Deployment
	// public is what /healthz tells apps of each served chain.
	public   map[uint64]PublicEndpoints
	chains   *chain.Set
	registry *chain.Registry
	regView  *chain.RegistryView
	// cachedReg is the registry read through the state cache: what
	// request checks and the gateway's routing read.
	cachedReg chain.CachedRegistry
	encl      enclave.Enclave
	p2p       *p2p.Mesh
	store     *custody.Store
	evidence  *blackbox.EvidenceLog
	slashing  *slashing.Submitter // nil: the deployment has no Slasher
	jobs      *api.FileJobs
	api       *api.API
	gateway   *gateway.Gateway
	metrics   *prometheus.Registry

	info RunInfo
	life *lifecycle
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
	n := &Node{cfg: cfg, log: log, metrics: prometheus.NewRegistry(), life: newLifecycle(log)}
	n.metrics.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	w := &wiring{Node: n}
	w.wire()
	if err := n.life.Start(ctx); err != nil {
		return nil, err
	}
	log.Info("node started", "network", cfg.Network, "peer_id", w.pid, "enclave_wallet", w.keys.Address(),
		"backend", n.encl.Backend(), "api", n.info.APIURL, "metrics", n.info.MetricsURL)
	return n, nil
}

// wire adds the node's components, step by step. The lifecycle starts
// them in this order and stops them in reverse: a part uses only parts
// before it, so it stops before them (the HTTP servers before the file
// jobs they serve, the mesh before the share store it serves from, the
// state cache only once no request can be checked against it, the chain
// last, run.json after everything).
func (w *wiring) wire() {
	for _, step := range []func(){
		w.wireRunInfo,
		w.wireChain,
		w.wireStateCache,
		w.wireEnclave,
		w.wireStore,
		w.wireP2P,
		w.wireCustodian,
		w.wireSweeper,
		w.wireSlashing,
		w.wireBlackBox,
		w.wireTLS,
		w.wireHTTP,
		w.wireCreator,
		w.wireResharer,
		w.wireEpochs,
		w.wireMissingMembers,
		w.wirePublish,
	} {
		step()
	}
}

// wiring is what Start's steps hand on to the steps after them. Each
// step's start hook fills its part; the hooks run in order, so a hook
// reads only what an earlier one set.
type wiring struct {
	*Node
	home          *chain.Client
	stateCache    *chain.CachedSet
	keys          *enclave.Keys
	pid           peer.ID
	issuer        *enclave.Issuer
	custodian     *custody.Custodian
	custodyClient *custody.Client
	directory     Directory
	startBlocks   map[uint64]uint64
	usageLog      *request.UsageFile
	tls           apiTLS
	// verified is the home chain's proof-backed source (chains.verify),
	// and verifyRPC its endpoints' connections.
	verified  *verified.Source
	verifyRPC []*rpc.Client
}

// wireRunInfo comes first so its stop runs last: run.json goes once
// everything else is closed, and a stale one goes when a start fails.
// wirePublish writes it.
func (w *wiring) wireRunInfo() {
	w.life.add(component{
		name: "run info",
		stop: func(context.Context) error {
			_ = os.Remove(filepath.Join(w.cfg.DataDir, RunInfoFile))
			return nil
		},
	})
}

// wireChain dials the home chain of the deployment and binds its registry.
func (w *wiring) wireChain() {
	w.life.add(component{
		name: "chain",
		start: func(ctx context.Context) (err error) {
			if w.dep, err = deploy.LoadDeployment(w.cfg.Deployment); err != nil {
				return fmt.Errorf("%w: deployment: %w", ErrConfig, err)
			}
			if w.dep.Network != w.cfg.Network {
				return fmt.Errorf("%w: deployment is for network %q, config says %q", ErrConfig, w.dep.Network, w.cfg.Network)
			}
			var testRPC, testWS string
			if w.dep.Testnet {
				testRPC, testWS = w.dep.RPCURL, w.dep.WSURL
			}
			pub, err := w.cfg.Chains.PublicEndpoints(w.dep.ChainID, testRPC, testWS)
			if err != nil {
				return err
			}
			w.public = map[uint64]PublicEndpoints{w.dep.ChainID: pub}
			if w.chains, err = chain.DialSet(ctx, []chain.Config{w.dep.ChainConfig(0)}, chain.Options{Log: w.log}); err != nil {
				return fmt.Errorf("chain: %w", err)
			}
			// A component that fails to start is not stopped: close what
			// this one dialled.
			defer func() {
				if err != nil {
					w.chains.Close()
				}
			}()
			if w.home, err = w.chains.Home(); err != nil {
				return err
			}
			if w.registry, err = chain.NewRegistry(w.dep.Addresses.Registry, w.home.Eth(), w.home.CallTimeout()); err != nil {
				return err
			}
			// A short TTL: gossip delivers each statement many times, but an
			// unbonded or re-keyed node must not stay trusted for long.
			w.regView = &chain.RegistryView{Registry: w.registry, TTL: 5 * time.Second}
			return nil
		},
		stop: func(context.Context) error {
			w.chains.Close()
			return nil
		},
	})
}

// wireStateCache keeps the chain reads request checks make: secret states
// and registry answers, in caches that each new block's logs invalidate
// (chain.StateCache), so the decrypt path makes no RPC call and a
// revocation still applies at once. It runs until the mesh is closed, so
// no request is checked against a cache that stopped following the chain.
func (w *wiring) wireStateCache() {
	w.life.add(component{
		name: "state cache",
		start: func(ctx context.Context) error {
			w.stateCache = chain.NewCachedSet(w.chains, chain.CacheOptions{Log: w.log})
			w.cachedReg = chain.CachedRegistry{Registry: w.registry, Cache: w.stateCache.Caches[w.home.ChainID()]}
			if !w.cfg.Chains.Verify {
				return nil
			}
			src, err := w.verifiedSource(ctx)
			if err != nil {
				return err
			}
			w.verified = src
			cache := chain.NewStateCacheFrom(src, w.dep.ChainID, w.dep.Addresses.Controller, w.dep.Addresses.Registry, chain.CacheOptions{Log: w.log})
			w.stateCache.Caches[w.dep.ChainID] = cache
			w.cachedReg = chain.CachedRegistry{Registry: w.registry, Cache: cache, Elections: src}
			// The attestation policy's sim switch, platform key and
			// allow-list come from proofs too (node records not yet).
			w.regView.Registry = verifiedPolicyReads{Registry: w.registry, src: src}
			w.log.Info("verified chain reads on", "endpoints", len(src.Proofs.Endpoints), "quorum", src.Headers.Quorum,
				"confirmations", src.Headers.Confirmations, "trusted_head", src.Head())
			return nil
		},
		run: func(ctx context.Context) error {
			if w.verified != nil {
				go func() { _ = w.verified.Run(ctx) }()
			}
			return w.stateCache.Run(ctx)
		},
		stop: func(context.Context) error {
			for _, c := range w.verifyRPC {
				c.Close()
			}
			return nil
		},
	})
}

// verifiedSource dials the verify-rpc endpoints and builds the home chain's
// proof-backed source, with a metric of the lies it catches.
func (w *wiring) verifiedSource(ctx context.Context) (*verified.Source, error) {
	cfg := w.cfg.Chains
	urls := cfg.VerifyRPC
	if len(urls) == 0 {
		urls = []string{w.dep.RPCURL}
	}
	quorum := cfg.VerifyQuorum
	if quorum == 0 {
		quorum = len(urls)/2 + 1
	}
	if quorum < 1 || quorum > len(urls) {
		return nil, fmt.Errorf("%w: chains.verify-quorum %d of %d endpoints", ErrConfig, quorum, len(urls))
	}
	if w.dep.CheckpointHash == (common.Hash{}) {
		return nil, fmt.Errorf("%w: chains.verify needs a deployment with a checkpointHash (deploy again with this version)", ErrConfig)
	}
	lies := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "cifer_chain_rpc_lies_total",
		Help: "Answers of an RPC endpoint that did not verify (forged values, proofs, headers or receipts), by endpoint.",
	}, []string{"endpoint"})
	if err := w.metrics.Register(lies); err != nil {
		return nil, err
	}
	onLie := func(endpoint string, _ error) { lies.WithLabelValues(endpoint).Inc() }
	var hs []headers.Endpoint
	var proofs []verified.Endpoint
	var logs []verified.LogEndpoint
	for i, u := range urls {
		rc, err := rpc.DialContext(ctx, u)
		if err != nil {
			return nil, fmt.Errorf("chains.verify-rpc %d: %w", i+1, err)
		}
		w.verifyRPC = append(w.verifyRPC, rc)
		name := fmt.Sprintf("rpc%d", i+1) // never the URL: it may carry an API key
		hs = append(hs, headers.Endpoint{Name: name, RPC: rc})
		proofs = append(proofs, verified.Endpoint{Name: name, Proofs: gethclient.New(rc)})
		logs = append(logs, verified.LogEndpoint{Name: name, RPC: rc})
	}
	timeout := w.home.CallTimeout()
	src := &verified.Source{
		Headers: &headers.Source{Endpoints: hs, Quorum: quorum, Confirmations: cfg.Confirmations, CallTimeout: timeout,
			Checkpoint: headers.Checkpoint{Number: w.dep.DeployBlock, Hash: w.dep.CheckpointHash}, OnLie: onLie, Log: w.log},
		Proofs:     &verified.Reader{Endpoints: proofs, CallTimeout: timeout, OnLie: onLie, Log: w.log},
		Logs:       &verified.LogReader{Endpoints: logs, CallTimeout: timeout, OnLie: onLie, Log: w.log},
		Controller: w.dep.Addresses.Controller,
		Registry:   w.dep.Addresses.Registry,
		Interval:   epochPollInterval(w.dep.BlockTimeMs),
		Log:        w.log,
	}
	if err := src.Start(ctx); err != nil {
		return nil, err
	}
	return src, nil
}

// verifiedPolicyReads gives the attestation policy the sim switch, platform
// key and allow-list from proofs, and node records from the registry.
type verifiedPolicyReads struct {
	*chain.Registry
	src *verified.Source
}

func (v verifiedPolicyReads) MeasurementAllowed(ctx context.Context, m [32]byte) (bool, error) {
	return v.src.MeasurementAllowed(ctx, m)
}

func (v verifiedPolicyReads) SimulatedPolicy(ctx context.Context) (bool, [32]byte, error) {
	return v.src.SimulatedPolicy(ctx)
}

// wireEnclave opens the enclave backend and its sealed keys.
func (w *wiring) wireEnclave() {
	w.life.add(component{
		name: "enclave",
		start: func(context.Context) error {
			var err error
			if w.encl, err = OpenEnclave(w.cfg, w.log); err != nil {
				return err
			}
			w.keys = w.encl.Keys()
			return nil
		},
		stop: func(context.Context) error { return w.encl.Close() },
	})
}

// wireStore opens the share store. It is opened before the mesh starts so
// it closes after the mesh stopped serving from it.
func (w *wiring) wireStore() {
	w.life.add(component{
		name: "share store",
		start: func(context.Context) error {
			var err error
			w.store, err = custody.OpenStore(filepath.Join(w.cfg.DataDir, SharesDir), w.encl, w.log)
			return err
		},
		stop: func(context.Context) error { return w.store.Close() },
	})
}

// wireP2P starts the attested mesh under the node's peer key.
func (w *wiring) wireP2P() {
	w.life.add(component{
		name: "p2p",
		start: func(ctx context.Context) error {
			cfg := w.cfg
			idKey, err := p2p.LoadOrCreateIdentity(filepath.Join(cfg.DataDir, PeerKeyFile))
			if err != nil {
				return err
			}
			pid, err := peer.IDFromPrivateKey(idKey)
			if err != nil {
				return fmt.Errorf("peer id: %w", err)
			}
			w.pid = pid
			// The network manifest's hash goes into every statement and must
			// be in every peer's: a node whose host edited its deployment is
			// cut off from the others.
			manifest, err := w.dep.ManifestHash()
			if err != nil {
				return err
			}
			w.issuer = &enclave.Issuer{Enclave: w.encl, PeerID: pid, Network: cfg.Network, HomeChainID: w.dep.ChainID, ManifestHash: manifest, Lifetime: statementLifetime}
			policy := &enclave.Policy{
				Registry:     w.regView,
				Network:      cfg.Network,
				HomeChainID:  w.dep.ChainID,
				ManifestHash: manifest,
				Verifiers:    PeerReportVerifiers(cfg.Enclave),
				MaxClockSkew: cfg.P2P.MaxClockSkew.Duration,
			}
			bootstrap := make([]peer.AddrInfo, 0, len(cfg.P2P.Bootstrap))
			for _, s := range cfg.P2P.Bootstrap {
				ai, err := p2p.AddrInfoFromString(s)
				if err != nil {
					return fmt.Errorf("%w: p2p.bootstrap: %w", ErrConfig, err)
				}
				bootstrap = append(bootstrap, ai)
			}
			w.p2p, err = p2p.Start(ctx, p2p.Config{
				Network:         cfg.Network,
				Host:            p2p.HostConfig{Key: idKey, ListenAddrs: cfg.P2P.Listen},
				Bootstrap:       bootstrap,
				Peers:           RegistryPeers{Registry: w.registry, Log: w.log},
				Verifier:        StatementVerifier{Policy: policy},
				Local:           w.issuer,
				Registry:        w.metrics,
				Log:             w.log,
				PublishInterval: cfg.P2P.AttestationInterval.Duration,
			})
			if err != nil {
				return fmt.Errorf("p2p: %w", err)
			}
			w.info = RunInfo{PeerID: pid.String(), EnclaveWallet: w.keys.Address().Hex(), PID: os.Getpid()}
			for _, a := range w.p2p.Host().Addrs() {
				w.info.P2PAddrs = append(w.info.P2PAddrs, a.String()+"/p2p/"+pid.String())
			}
			return nil
		},
		stop: func(context.Context) error { return w.p2p.Close() },
	})
}

// wireCustodian serves this node's shares to attested Black Boxes, and
// makes the custody client that reaches every custodian (this one in
// process).
func (w *wiring) wireCustodian() {
	w.life.add(component{
		name: "custodian",
		start: func(context.Context) error {
			cfg, keys := w.cfg, w.keys
			custodian := &custody.Custodian{
				Store:    w.store,
				Keys:     keys,
				Signer:   keys,
				Electors: w.cachedReg,
				Check:    request.NewChecker(w.stateCache, request.NewReplayGuard(replayTTL), w.rateLimiter()),
				Log:      w.log,
				// Shares are tagged with the membership they were dealt under, so
				// the reshare protocol can tell churn from an unauthorised ask.
				Membership: w.registry,
			}
			custodian.Serve(w.p2p.Streams(), cfg.Network, w.p2p.Table())
			w.custodian = custodian
			// Self: a Black Box is usually a member of the clusters it serves, and
			// a libp2p host cannot dial itself.
			w.custodyClient = &custody.Client{Streams: w.p2p.Streams(), Network: cfg.Network, Claims: w.p2p.Table(), Self: &custody.LocalCustodian{
				Custodian: custodian,
				Peer:      custody.Peer{ID: w.pid, EnclaveWallet: keys.Address(), TransportKey: keys.TransportPublicKey()},
			}}
			return nil
		},
	})
}

// wireSweeper deletes this custodian's shares that resharing made obsolete
// (docs/ARCHITECTURE.md, "Resharing").
func (w *wiring) wireSweeper() {
	var sweeper *custody.Sweeper
	w.life.add(component{
		name: "sweeper",
		start: func(context.Context) error {
			sweeper = &custody.Sweeper{Custodian: w.custodian, Registry: w.registry, Records: w.custodyClient, Log: w.log}
			return nil
		},
		run: func(ctx context.Context) error { return sweeper.Run(ctx) },
	})
}

// wireSlashing makes the slashing submitter when the deployment names a
// Slasher: bad shares whose custodian signed their release are submitted
// as evidence on the home chain from the enclave wallet (the reporter).
func (w *wiring) wireSlashing() {
	w.life.add(component{
		name: "slashing",
		start: func(context.Context) error {
			if addr := w.dep.Addresses.Slasher; addr != (common.Address{}) {
				w.slashing = slashing.New(slashing.ChainSender{Client: w.home, Signer: w.keys, Slasher: addr}, w.log)
			}
			return nil
		},
		run: func(ctx context.Context) error {
			if w.slashing == nil {
				return nil
			}
			return w.slashing.Run(ctx)
		},
	})
}

// evidenceSink is where the Gatherer reports bad shares: the evidence log,
// and the slashing submitter when there is one.
func (w *wiring) evidenceSink() blackbox.EvidenceSink {
	if w.slashing == nil {
		return w.evidence
	}
	return slashing.Sinks{w.evidence, w.slashing}
}

// wireBlackBox makes the Black Box: the key service over the custody
// client, its evidence log, its file jobs and its API, served to light
// clients over the mesh (the HTTP listener is wireHTTP's).
func (w *wiring) wireBlackBox() {
	w.life.add(component{
		name: "black box",
		start: func(context.Context) error {
			cfg := w.cfg
			var err error
			if w.evidence, err = blackbox.NewEvidenceLog(filepath.Join(cfg.DataDir, EvidenceFile), w.keys, w.log, w.metrics); err != nil {
				return err
			}
			w.directory = Directory{Secrets: w.stateCache, Clusters: w.cachedReg, Peers: w.p2p.Table()}
			service := &blackbox.Service{
				Directory: w.directory,
				Records:   w.custodyClient,
				Dealers:   w.cachedReg,
				Gatherer: &blackbox.Gatherer{
					Source:   &blackbox.NetworkShareSource{Client: w.custodyClient, Keys: w.keys},
					Evidence: w.evidenceSink(),
					Log:      w.log,
					// Our own custodian answers in process: ask it first.
					Prefer: w.pid.String(),
				},
			}
			// Every node serves the whole API: its own key service while
			// elected, an elected Black Box's over the mesh otherwise.
			w.gateway = &gateway.Gateway{
				Local:    service,
				Self:     w.keys.Address(),
				SelfPeer: w.pid,
				Election: w.cachedReg,
				Peers:    w.p2p.Table(),
				Streams:  w.p2p.Streams(),
				Network:  cfg.Network,
				Log:      w.log,
			}
			w.gateway.Register(w.metrics)
			w.metrics.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
				Name: "cifer_node_elected_black_box",
				Help: "1 while this node is an elected Black Box of the current epoch, 0 while it serves as a gateway.",
			}, func() float64 {
				ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
				defer cancel()
				if ok, err := w.gateway.Elected(ctx); err == nil && ok {
					return 1
				}
				return 0
			}))
			check := request.NewChecker(w.stateCache, request.NewReplayGuard(replayTTL), w.rateLimiter())
			if check.Usage, err = w.usageMeter(); err != nil {
				return err
			}
			w.api = &api.API{
				// One signed-request pipeline per role over the same chain
				// view; each keeps its own replay guard, since this node's
				// custodian checks every request its own Black Box forwards.
				// Only the API's counts usage: it is the door apps use.
				Check:    check,
				IPLimit:  w.ipLimiter(),
				Attested: w.p2p.Table(),
				Keys:     w.gateway,
				Health:   w.health,
				Log:      w.log,
			}
			return nil
		},
		stop: func(context.Context) error { return w.usageLog.Close() },
	})
	w.life.add(component{
		name: "file jobs",
		start: func(context.Context) error {
			cfg := w.cfg
			var err error
			if w.jobs, err = api.OpenFileJobs(api.FileJobsConfig{Dir: filepath.Join(cfg.DataDir, JobsDir), Sealer: w.encl, Log: w.log,
				HolderTag: api.JobHolderTag(w.pid)}); err != nil {
				return err
			}
			w.api.Files = w.jobs
			w.api.Holders = JobHolders{Peers: w.p2p.Table()}
			w.api.ServeClients(w.p2p.Streams(), cfg.Network, w.issuer)
			w.api.ServeGateways(w.p2p.Streams(), cfg.Network)
			return nil
		},
		stop: func(context.Context) error { return w.jobs.Close() },
	})
}

// wireHTTP serves the Black Box API and the operator's metrics, health and
// pprof, each when configured.
func (w *wiring) wireHTTP() {
	if w.cfg.HTTP.API != "" {
		w.life.add(w.httpServer("http api", w.cfg.HTTP.API, func() *tls.Config { return w.tls.config },
			func() http.Handler { return w.api.Handler() }, &w.info.APIURL))
	}
	if w.cfg.HTTP.Metrics != "" {
		// Metrics and health are plain on loopback (local scrapers and
		// scripts); on any other address they are served with the API's
		// TLS (Validate refuses that with tls = off).
		metricsTLS := func() *tls.Config { return nil }
		if !IsLoopbackAddr(w.cfg.HTTP.Metrics) {
			metricsTLS = func() *tls.Config { return w.tls.config }
		}
		w.life.add(w.httpServer("metrics", w.cfg.HTTP.Metrics, metricsTLS, func() http.Handler {
			mux := http.NewServeMux()
			mux.Handle("GET /metrics", promhttp.HandlerFor(w.metrics, promhttp.HandlerOpts{}))
			mux.HandleFunc("GET /healthz", w.nodeHealthz)
			if w.cfg.HTTP.Pprof {
				servePprof(mux)
			}
			return mux
		}, &w.info.MetricsURL))
	}
}

// wireCreator runs the Black Box's side of secret creation: it watches for
// new secrets and deals them when this node is the responsible Black Box.
func (w *wiring) wireCreator() {
	var creator *dealer.Creator
	w.life.add(component{
		name: "creator",
		start: func(context.Context) error {
			creatorChains := make([]dealer.CreatorChain, 0, len(w.chains.Clients()))
			w.startBlocks = map[uint64]uint64{}
			for _, c := range w.chains.Clients() {
				creatorChains = append(creatorChains, c)
			}
			// A first run watches from the deployment, so a secret created before
			// this node joined is still seen (and skipped if already synced).
			w.startBlocks[w.dep.ChainID] = w.dep.DeployBlock
			var err error
			creator, err = dealer.NewCreator(dealer.CreatorConfig{
				Chains:           creatorChains,
				Registry:         w.registry,
				Clusters:         w.directory,
				Custody:          w.custodyClient,
				Keys:             w.keys,
				SelfPeerID:       w.pid.String(),
				SelfTransportKey: w.keys.TransportPublicKey(),
				StatePath:        filepath.Join(w.cfg.DataDir, CreatorStateFile),
				StartBlocks:      w.startBlocks,
				FailoverTimeout:  w.cfg.BlackBox.FailoverTimeout.Duration,
				Metrics:          w.metrics,
				Log:              w.log,
			})
			return err
		},
		run: func(ctx context.Context) error { return creator.Run(ctx) },
	})
}

// wireResharer reshares on churn (docs/ARCHITECTURE.md, "Resharing"); the
// sweeper that deletes the obsolete shares is its own component.
func (w *wiring) wireResharer() {
	var resharer *dealer.Resharer
	w.life.add(component{
		name: "resharer",
		start: func(context.Context) error {
			reshareChains := make([]dealer.ReshareChain, 0, len(w.chains.Clients()))
			for _, c := range w.chains.Clients() {
				reshareChains = append(reshareChains, c)
			}
			var err error
			resharer, err = dealer.NewResharer(dealer.ResharerConfig{
				Chains:           reshareChains,
				Registry:         w.registry,
				Clusters:         w.directory,
				Custody:          w.custodyClient,
				Keys:             w.keys,
				SelfPeerID:       w.pid.String(),
				SelfTransportKey: w.keys.TransportPublicKey(),
				StartBlocks:      w.startBlocks,
				FailoverTimeout:  w.cfg.BlackBox.FailoverTimeout.Duration,
				Log:              w.log,
			})
			return err
		},
		run: func(ctx context.Context) error { return resharer.Run(ctx) },
	})
}

// wireEpochs follows the registry's epochs (re-verifying peers at each)
// and, when configured, advances them from the enclave wallet.
func (w *wiring) wireEpochs() {
	var watcher *epochWatcher
	w.life.add(component{
		name: "epoch watcher",
		start: func(context.Context) error {
			interval := epochPollInterval(w.dep.BlockTimeMs)
			watcher = &epochWatcher{
				log:        w.log,
				interval:   interval,
				epochs:     w.registry,
				invalidate: w.regView.Invalidate,
				revalidate: w.p2p.Revalidate,
			}
			if addr := w.dep.Addresses.Slasher; addr != (common.Address{}) {
				caller, err := bindings.NewSlasherCaller(addr, w.home.Eth())
				if err != nil {
					return fmt.Errorf("slasher: %w", err)
				}
				watcher.slashes = slasherCount{s: caller, timeout: w.home.CallTimeout()}
			}
			if w.cfg.BlackBox.AdvanceEpochs {
				watcher.advancer = &staking.EpochAdvancer{
					Chain:       w.home.Eth(),
					ChainID:     w.dep.ChainID,
					Registry:    w.dep.Addresses.Registry,
					Wallet:      w.keys,
					Interval:    interval,
					CallTimeout: w.home.CallTimeout(),
					Log:         w.log,
				}
			}
			return nil
		},
		run: func(ctx context.Context) error { return watcher.run(ctx) },
	})
}

// wireMissingMembers watches this node's fellow cluster members and
// reports one unreachable or unattested for the governed time, so it
// cannot stall its cluster (staking/liveness). A deployment without a
// MemberReports contract has nothing to report to.
func (w *wiring) wireMissingMembers() {
	var monitor *liveness.Monitor
	w.life.add(component{
		name: "missing-member monitor",
		start: func(context.Context) error {
			reports := w.dep.Addresses.MemberReports
			if reports == (common.Address{}) {
				return nil
			}
			monitor = &liveness.Monitor{
				Registry:    w.registry,
				Prober:      meshProber{mesh: w.p2p},
				Signer:      w.keys,
				CoSigners:   liveness.WireCoSigners{Streams: w.p2p.Streams(), Network: w.cfg.Network},
				Timeout:     liveness.ContractTimeout{Caller: w.home.Eth(), Reports: reports},
				ChainID:     w.dep.ChainID,
				Reports:     reports,
				CallTimeout: w.home.CallTimeout(),
				Log:         w.log,
			}
			if w.cfg.BlackBox.ReportMissing {
				monitor.Submitter = &liveness.ChainSubmitter{Chain: w.home.Eth(), ChainID: w.dep.ChainID, Reports: reports, Wallet: w.keys}
			}
			monitor.Serve(w.p2p.Streams(), w.cfg.Network)
			return nil
		},
		run: func(ctx context.Context) error {
			if monitor == nil {
				<-ctx.Done()
				return nil
			}
			return monitor.Run(ctx)
		},
	})
}

// meshProber counts a peer reachable when it holds a verified (attested,
// unexpired) statement and a connection, dialling it if there is none.
type meshProber struct{ mesh *p2p.Mesh }

func (p meshProber) Reachable(ctx context.Context, id peer.ID) bool {
	if !p.mesh.Table().IsVerified(id) {
		return false
	}
	h := p.mesh.Host()
	if h.Network().Connectedness(id) == network.Connected {
		return true
	}
	// Short: a co-sign request waits for this probe, and its asker's
	// budget is a few seconds.
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	return h.Connect(ctx, peer.AddrInfo{ID: id}) == nil
}

// wirePublish writes run.json once every part serves.
func (w *wiring) wirePublish() {
	w.life.add(component{
		name: "publish",
		start: func(context.Context) error {
			return atomicfile.WriteJSON(filepath.Join(w.cfg.DataDir, RunInfoFile), w.info, 0o600)
		},
	})
}

// replayTTL is how long request checks remember a request: the freshness
// window of the slowest chain plus a margin; after that the freshness
// check refuses it.
const replayTTL = 15 * time.Minute

// rateLimiter is one per-signer limit of blackbox.rate-per-second, or nil
// when it is off. The Black Box's limit applies again at the custodian, over
// the requests of every Black Box, so each role gets its own: spreading
// requests over several Black Boxes gains a signer nothing.
func (w *wiring) rateLimiter() *request.RateLimiter {
	if w.cfg.BlackBox.RatePerSecond <= 0 {
		return nil
	}
	return request.NewRateLimiter(w.cfg.BlackBox.RatePerSecond, max(w.cfg.BlackBox.RateBurst, 1))
}

// UsageFile is the API's usage log in the data dir, sealed by the enclave.
const UsageFile = "usage.log"

// usageMeter opens the API's usage accounting over the sealed log. The
// log is closed with the node: it is only appended to while the API runs.
func (w *wiring) usageMeter() (*request.Meter, error) {
	policy, err := w.cfg.Usage.Policy(w.cfg.BlackBox.RatePerSecond)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	f, err := request.OpenUsageFile(filepath.Join(w.cfg.DataDir, UsageFile), w.encl)
	if err != nil {
		return nil, err
	}
	m, err := request.NewMeter(policy, f, nil)
	if err != nil {
		_ = f.Close()
		return nil, err
	}
	w.usageLog = f
	return m, nil
}

// ipLimiter is the per-IP limit in front of the Black Box's doors (nil:
// none). Config.Validate has checked the prefixes.
func (w *wiring) ipLimiter() *request.IPLimiter {
	bb := w.cfg.BlackBox
	if bb.IPRatePerSecond <= 0 {
		return nil
	}
	var exempt []netip.Prefix
	for _, p := range bb.IPRateExempt {
		if pfx, err := netip.ParsePrefix(p); err == nil {
			exempt = append(exempt, pfx)
		}
	}
	return request.NewIPLimiter(bb.IPRatePerSecond, max(bb.IPRateBurst, 1), exempt)
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

// Err delivers the error of a component that stopped on its own; the node
// should then be closed.
func (n *Node) Err() <-chan error { return n.life.Err() }

// httpServer is a component listening on addr with the handler h makes
// (at start: it may use parts built before); url receives its address.
// When tlsConfig gives a config, the server speaks only TLS with it (the
// key and certificate are the enclave's) and url is https://.
func (n *Node) httpServer(name, addr string, tlsConfig func() *tls.Config, h func() http.Handler, url *string) component {
	var (
		ln  net.Listener
		srv *http.Server
	)
	return component{
		name: name,
		start: func(context.Context) error {
			var err error
			if ln, err = net.Listen("tcp", addr); err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			// No ReadTimeout or WriteTimeout: they would cut a 1 GiB upload or
			// download at a fixed age. The API sets deadlines per request instead
			// (api.Timeouts: one for a JSON call, per read and write for
			// transfers); this server only bounds headers and idle connections.
			srv = &http.Server{Handler: h(), ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10,
				ErrorLog: slog.NewLogLogger(n.log.With("server", name).Handler(), slog.LevelDebug)}
			*url = "http://" + ln.Addr().String()
			if tc := tlsConfig(); tc != nil {
				srv.TLSConfig = tc
				ln = tls.NewListener(ln, srv.TLSConfig)
				*url = "https://" + ln.Addr().String()
			}
			return nil
		},
		// Serve returns when stop shuts the server down. Another error is
		// logged, not a failure of the node: the rest of it still serves.
		run: func(context.Context) error {
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				n.log.Error("http server stopped", "addr", ln.Addr(), "err", err)
			}
			return nil
		},
		stop: func(ctx context.Context) error {
			ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
			defer cancel()
			return srv.Shutdown(ctx)
		},
	}
}

// Info returns where the node listens.
func (n *Node) Info() RunInfo { return n.info }

// P2P returns the node's p2p layer.
func (n *Node) P2P() *p2p.Mesh { return n.p2p }

// Close stops the node in reverse order of start. It is safe to call twice.
func (n *Node) Close() error { return n.life.Stop(context.Background()) }

// ShareVersions lists the share versions this node's custodian holds for
// a secret (none: it holds no share of it). It reads the sealed store's
// keys only, never a share.
func (n *Node) ShareVersions(ctx context.Context, chainID, secretID uint64) ([]custody.ShareKey, error) {
	if n.store == nil {
		return nil, errors.New("node has no share store")
	}
	return n.store.Versions(ctx, chainID, secretID)
}
