// Package testnet starts and stops a local multi-node CIFER network on one
// machine: the embedded dev chain, the contracts, N staked operators and
// their nodes, each a separate process with its own data dir, ports and
// log. It is what 'cifer testnet up' and 'cifer testnet down' run.
package testnet

import (
	"bufio"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	mrand "math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/cifer-network/cifer/enclave/sim"
	"github.com/cifer-network/cifer/enclave/tlskey"
	"github.com/cifer-network/cifer/internal/atomicfile"
	"github.com/cifer-network/cifer/node"
	"github.com/cifer-network/cifer/staking"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

// Files and names in the testnet directory.
const (
	StateFile       = "testnet.json"
	DeploymentFile  = "deployment.json"
	PlatformKeyFile = "sim-platform.key"
	// CAFile and CAKeyFile are the testnet's development CA, which issues
	// every node's API certificate (self mode, with the attestation
	// extension). Clients trust CAFile. The key is not sealed anywhere: a
	// dev CA, never for a network others use.
	CAFile       = "ca.pem"
	CAKeyFile    = "ca-key.pem"
	chainLogFile = "chain.log"
	NetworkName  = "cifer-local"
)

// Config is a testnet to start.
type Config struct {
	// Dir holds everything the testnet writes; it must not hold a running
	// testnet.
	Dir string
	// Nodes is the number of operators and nodes (at least 5: one cluster
	// of 5 custodians).
	Nodes int
	// Binary is the cifer executable to run as the chain and the nodes
	// (default: this executable). Its SHA-256 is the sim measurement the
	// registry allows.
	Binary string
	// BlockTime of the dev chain (default 500 ms).
	BlockTime time.Duration
	// EpochLength in blocks once the network runs (default 600: five
	// minutes of 500 ms blocks). The first epoch is FirstEpoch blocks
	// (default 10), so the first election comes seconds after start.
	EpochLength uint64
	FirstEpoch  uint64
	// MissingMemberTimeout is how long a cluster member may be unreachable
	// before its fellow members report it (default 1 min).
	MissingMemberTimeout time.Duration
	// Timeout bounds the whole start (default 3 min).
	Timeout time.Duration
	Log     *slog.Logger
	// NodeConfig, if set, adjusts each node's configuration before it is
	// written (benchmarks raise the per-signer rate limits).
	NodeConfig func(*node.Config)
	// RPCFronts, if set, is given the dev chain's HTTP URL once it runs and
	// returns the RPC endpoints (stand-ins for independent providers) every
	// node then reads the chain through with verified reads on, a majority
	// of them required to agree. The endpoints must outlive the testnet.
	RPCFronts func(upstream string) ([]string, error)
}

// State is the running testnet as testnet.json records it: enough to stop
// exactly the processes it started, and for clients to connect.
type State struct {
	Dir        string `json:"dir"`
	RPCURL     string `json:"rpcUrl"`
	WSURL      string `json:"wsUrl"`
	ChainID    uint64 `json:"chainId"`
	Deployment string `json:"deployment"`
	// CAFile is the PEM certificate of the CA that issued every node's
	// API certificate: what an HTTPS client of this testnet trusts.
	CAFile string      `json:"caFile"`
	Chain  Process     `json:"chain"`
	Nodes  []NodeState `json:"nodes"`
}

// Process is a child process the testnet started.
type Process struct {
	PID  int      `json:"pid"`
	Args []string `json:"args"`
	Log  string   `json:"log"`
}

// NodeState is one node of the testnet.
type NodeState struct {
	Process
	DataDir  string        `json:"dataDir"`
	Operator string        `json:"operator"`
	Identity node.Identity `json:"identity"`
	P2PAddr  string        `json:"p2pAddr"`
	APIURL   string        `json:"apiUrl,omitempty"`
	Metrics  string        `json:"metricsUrl,omitempty"`
}

// Bootstrap returns every node's p2p address, for clients.
func (s *State) Bootstrap() []string {
	out := make([]string, 0, len(s.Nodes))
	for _, n := range s.Nodes {
		out = append(out, n.P2PAddr)
	}
	return out
}

// HTTPClient is an HTTP client for the nodes' APIs: it trusts the
// testnet's CA (and nothing else), with a timeout per request.
func (s *State) HTTPClient() (*http.Client, error) {
	tc, err := s.TLSConfig()
	if err != nil {
		return nil, err
	}
	return &http.Client{Timeout: 2 * time.Minute, Transport: &http.Transport{TLSClientConfig: tc, ForceAttemptHTTP2: false,
		MaxIdleConnsPerHost: 64, IdleConnTimeout: 90 * time.Second}}, nil
}

// TLSConfig is a client TLS config that trusts the testnet's CA.
func (s *State) TLSConfig() (*tls.Config, error) {
	if s.CAFile == "" {
		return nil, errors.New("testnet state names no CA file (started by an older cifer?)")
	}
	pool, err := tlskey.CertPool(s.CAFile)
	if err != nil {
		return nil, fmt.Errorf("testnet ca: %w", err)
	}
	return &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}, nil
}

// LoadState reads a testnet's state file.
func LoadState(dir string) (*State, error) {
	b, err := os.ReadFile(filepath.Join(dir, StateFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("no testnet in %s (no %s): start one with 'cifer testnet up --dir %s'", dir, StateFile, dir)
	}
	if err != nil {
		return nil, err
	}
	var s State
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("%s: %w", StateFile, err)
	}
	return &s, nil
}

func (s *State) save() error {
	return atomicfile.WriteJSON(filepath.Join(s.Dir, StateFile), s, 0o600)
}

// Network parameters of the local testnet.
var (
	minStake     = new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	stakePerNode = new(big.Int).Mul(big.NewInt(5000), big.NewInt(params.Ether))
	creationFee  = new(big.Int).Div(big.NewInt(params.Ether), big.NewInt(1000))
	walletFunds  = new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))
)

// OperatorAccount is the dev account index of node i's operator (account 0
// deploys; clients use the accounts after the operators).
func OperatorAccount(i int) int { return i + 1 }

// ClientAccount is the dev account index of the j-th demo client.
func ClientAccount(nodes, j int) int { return nodes + 1 + j }

// Up starts a testnet and returns its state once every node verified every
// other and the first epoch elected its Black Boxes. On failure it stops
// what it started.
func Up(ctx context.Context, cfg Config) (st *State, err error) {
	if cfg.Nodes < 5 {
		return nil, fmt.Errorf("a testnet needs at least 5 nodes (one cluster of 5), got %d", cfg.Nodes)
	}
	if cfg.BlockTime <= 0 {
		cfg.BlockTime = 500 * time.Millisecond
	}
	cfg.epochDefaults()
	if cfg.Timeout <= 0 {
		cfg.Timeout = 3 * time.Minute
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if cfg.Binary == "" {
		if cfg.Binary, err = os.Executable(); err != nil {
			return nil, err
		}
	}
	if cfg.Dir, err = filepath.Abs(cfg.Dir); err != nil {
		return nil, err
	}
	if err := resetDir(cfg.Dir); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	log := cfg.Log

	st = &State{Dir: cfg.Dir, Deployment: filepath.Join(cfg.Dir, DeploymentFile)}
	defer func() {
		if err != nil {
			_ = st.save()
			st.Stop(log)
		}
	}()

	// The chain, with enough pre-funded accounts for operators and clients.
	accounts := cfg.Nodes + 4
	chainLog := filepath.Join(cfg.Dir, chainLogFile)
	st.Chain, err = startProcess(cfg.Binary, chainLog, "devchain", "--http-port", "0", "--ws-port", "0",
		"--block-time", cfg.BlockTime.String(), "--accounts", strconv.Itoa(accounts))
	if err != nil {
		return st, fmt.Errorf("start dev chain: %w", err)
	}
	if err := st.save(); err != nil {
		return st, err
	}
	if st.RPCURL, st.WSURL, err = waitChainURLs(ctx, chainLog); err != nil {
		return st, err
	}
	eth, err := ethclient.DialContext(ctx, st.RPCURL)
	if err != nil {
		return st, fmt.Errorf("dial dev chain: %w", err)
	}
	defer eth.Close()
	log.Info("dev chain up", "rpc", st.RPCURL)
	if err := cfg.useRPCFronts(st.RPCURL); err != nil {
		return st, err
	}

	if err := st.deployAndRegister(ctx, cfg, eth); err != nil {
		return st, err
	}
	for i := range st.Nodes {
		n := &st.Nodes[i]
		n.Process, err = startProcess(cfg.Binary, filepath.Join(n.DataDir, "node.log"), "node", "run", "--config", filepath.Join(n.DataDir, "config.toml"))
		if err != nil {
			return st, fmt.Errorf("start node %d: %w", i+1, err)
		}
		if err := st.save(); err != nil {
			return st, err
		}
	}
	log.Info("nodes started; waiting for the attested mesh", "nodes", cfg.Nodes)
	if err := st.waitMesh(ctx); err != nil {
		return st, err
	}
	log.Info("mesh complete; waiting for the first election")
	dep, err := deploy.LoadDeployment(st.Deployment)
	if err != nil {
		return st, err
	}
	if err := st.waitElection(ctx, eth, dep, cfg.EpochLength); err != nil {
		return st, err
	}
	return st, st.save()
}

// resetDir prepares dir for a new testnet. A testnet still running there
// is refused; what a stopped or failed one left behind (state, platform
// key, node data dirs, logs) is removed, since its chain lived in memory and
// is gone: a second 'cifer testnet up' in the same directory starts over.
// Only the names a testnet writes are removed, so a directory chosen by
// mistake loses nothing else.
func resetDir(dir string) error {
	if old, err := LoadState(dir); err == nil && old.anyRunning() {
		return fmt.Errorf("%w in %s: stop it with 'cifer testnet down --dir %s'", ErrRunning, dir, dir)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	nodeDirs, err := filepath.Glob(filepath.Join(dir, "node-*"))
	if err != nil {
		return err
	}
	stale := []string{StateFile, DeploymentFile, PlatformKeyFile, chainLogFile, CAFile, CAKeyFile}
	for i := range stale {
		stale[i] = filepath.Join(dir, stale[i])
	}
	for _, d := range nodeDirs {
		if _, err := strconv.Atoi(strings.TrimPrefix(filepath.Base(d), "node-")); err == nil {
			stale = append(stale, d)
		}
	}
	for _, p := range stale {
		if err := os.RemoveAll(p); err != nil {
			return fmt.Errorf("remove the previous testnet's %s: %w", p, err)
		}
	}
	return nil
}

// ErrRunning means a testnet started from the same directory still runs.
var ErrRunning = errors.New("a testnet is already running")

// deployAndRegister deploys the contracts (allowing sim enclaves of exactly
// cfg.Binary) and prepares every node: init, fund its enclave wallet,
// stake, register.
func (st *State) deployAndRegister(ctx context.Context, cfg Config, eth *ethclient.Client) error {
	platformPub, err := sim.GeneratePlatformKey(filepath.Join(cfg.Dir, PlatformKeyFile))
	if err != nil {
		return err
	}
	st.CAFile = filepath.Join(cfg.Dir, CAFile)
	if err := tlskey.NewDevCA(st.CAFile, filepath.Join(cfg.Dir, CAKeyFile), "CIFER testnet dev CA (not for production)", 30*24*time.Hour); err != nil {
		return fmt.Errorf("testnet ca: %w", err)
	}
	measurement, err := measure(cfg.Binary)
	if err != nil {
		return err
	}
	deployer, err := devchain.DevKey(0)
	if err != nil {
		return err
	}
	dep, err := deploy.Deploy(ctx, eth, deployer, deploy.Params{
		Network: NetworkName, RPCURL: st.RPCURL, WSURL: st.WSURL, BlockTimeMs: uint64(cfg.BlockTime.Milliseconds()),
		Testnet: true, MinStake: minStake, EpochLength: cfg.FirstEpoch, UnbondingDelay: cfg.EpochLength,
		CreationFee: creationFee, AllowSimulated: true, SimPlatformKey: platformPub, DefaultSecretType: 1, AllowedMeasures: [][32]byte{measurement},
		MissingMemberTimeout: cfg.MissingMemberTimeout,
	})
	if err != nil {
		return err
	}
	if err := dep.Save(st.Deployment); err != nil {
		return err
	}
	st.ChainID = dep.ChainID
	cfg.Log.Info("contracts deployed", "registry", dep.Addresses.Registry, "controller", dep.Addresses.Controller)

	// Each operator sends from its own account, so they run in parallel.
	st.Nodes = make([]NodeState, cfg.Nodes)
	errs := make([]error, cfg.Nodes)
	var wg sync.WaitGroup
	for i := range cfg.Nodes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if st.Nodes[i], errs[i] = prepareNode(ctx, cfg, eth, dep, i); errs[i] != nil {
				errs[i] = fmt.Errorf("node %d: %w", i+1, errs[i])
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

func prepareNode(ctx context.Context, cfg Config, eth *ethclient.Client, dep deploy.Deployment, i int) (NodeState, error) {
	dir := filepath.Join(cfg.Dir, fmt.Sprintf("node-%d", i+1))
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return NodeState{}, err
	}
	port, err := freePort()
	if err != nil {
		return NodeState{}, err
	}
	ncfg := node.DefaultConfig(dir)
	ncfg.Network = NetworkName
	ncfg.Deployment = filepath.Join(cfg.Dir, DeploymentFile)
	ncfg.Enclave.Backend = "sim"
	ncfg.Enclave.SimPlatformKeyFile = filepath.Join(cfg.Dir, PlatformKeyFile)
	ncfg.P2P.Listen = []string{fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", port)}
	ncfg.P2P.AttestationInterval = node.Duration{Duration: 30 * time.Second}
	ncfg.BlackBox.FailoverTimeout = node.Duration{Duration: 5 * time.Second}
	ncfg.HTTP.TLS = "self"
	ncfg.HTTP.TLSCACertFile, ncfg.HTTP.TLSCAKeyFile = filepath.Join(cfg.Dir, CAFile), filepath.Join(cfg.Dir, CAKeyFile)
	if cfg.NodeConfig != nil {
		cfg.NodeConfig(&ncfg)
	}
	cfgPath := filepath.Join(dir, "config.toml")
	_ = os.Remove(cfgPath)
	if err := node.WriteConfig(cfgPath, ncfg); err != nil {
		return NodeState{}, err
	}
	id, err := node.Init(ncfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		return NodeState{}, err
	}
	opKey, err := devchain.DevKey(OperatorAccount(i))
	if err != nil {
		return NodeState{}, err
	}
	w, err := chain.NewWallet(ctx, eth, opKey)
	if err != nil {
		return NodeState{}, err
	}
	if err := w.SendValue(ctx, id.EnclaveWallet, walletFunds); err != nil {
		return NodeState{}, fmt.Errorf("fund enclave wallet: %w", err)
	}
	op := staking.NewOperator(w, dep.Addresses.Registry)
	if err := op.MintTestTokens(ctx, w.Address(), stakePerNode); err != nil {
		return NodeState{}, err
	}
	if err := op.Register(ctx, staking.Registration{
		PeerID: id.PeerID, EnclaveWallet: id.EnclaveWallet, Measurement: id.Measurement, TransportKeyHash: id.TransportKeyHash,
		Multiaddrs: ncfg.P2P.Listen, Stake: stakePerNode,
	}); err != nil {
		return NodeState{}, err
	}
	return NodeState{DataDir: dir, Operator: w.Address().Hex(), Identity: id, P2PAddr: ncfg.P2P.Listen[0] + "/p2p/" + id.PeerID.String()}, nil
}

// waitMesh waits until every node verified every other.
func (s *State) waitMesh(ctx context.Context) error {
	want := len(s.Nodes) - 1
	for i := range s.Nodes {
		n := &s.Nodes[i]
		for {
			ri, err := node.ReadRunInfo(n.DataDir)
			if err == nil {
				n.APIURL, n.Metrics = ri.APIURL, ri.MetricsURL
				break
			}
			if err := s.checkAlive(); err != nil {
				return err
			}
			if err := sleep(ctx, 200*time.Millisecond); err != nil {
				return fmt.Errorf("node %d did not start (see %s): %w", i+1, n.Log, err)
			}
		}
	}
	for i, n := range s.Nodes {
		for {
			h, err := health(ctx, n.Metrics)
			if err == nil && h.VerifiedPeers >= want {
				break
			}
			if err := s.checkAlive(); err != nil {
				return err
			}
			if err := sleep(ctx, 250*time.Millisecond); err != nil {
				return fmt.Errorf("node %d verified %d of %d peers (see %s): %w", i+1, h.VerifiedPeers, want, n.Log, err)
			}
		}
	}
	return nil
}

// useRPCFronts turns verified reads on in every node's configuration, over
// the endpoints RPCFronts gives (nothing when it is unset).
func (c *Config) useRPCFronts(upstream string) error {
	if c.RPCFronts == nil {
		return nil
	}
	urls, err := c.RPCFronts(upstream)
	if err != nil {
		return fmt.Errorf("rpc fronts: %w", err)
	}
	adjust := c.NodeConfig
	c.NodeConfig = func(nc *node.Config) {
		if adjust != nil {
			adjust(nc)
		}
		nc.Chains.Verify, nc.Chains.VerifyRPC, nc.Chains.Confirmations = true, urls, 1
	}
	return nil
}

func (c *Config) epochDefaults() {
	if c.EpochLength == 0 {
		c.EpochLength = 600
	}
	if c.FirstEpoch == 0 {
		c.FirstEpoch = 10
	}
	if c.MissingMemberTimeout <= 0 {
		c.MissingMemberTimeout = time.Minute
	}
}

// waitElection waits for epoch 1 (the nodes advance it themselves), then
// sets the steady epoch length as governance, so Black Boxes stay elected
// long enough for users to find them.
func (s *State) waitElection(ctx context.Context, eth *ethclient.Client, dep deploy.Deployment, epochLength uint64) error {
	reg, err := chain.NewRegistry(dep.Addresses.Registry, eth, 10*time.Second)
	if err != nil {
		return err
	}
	for {
		e, err := reg.CurrentEpoch(ctx)
		if err == nil && e >= 1 {
			return setEpochLength(ctx, eth, dep, epochLength)
		}
		if err := s.checkAlive(); err != nil {
			return err
		}
		if err := sleep(ctx, 250*time.Millisecond); err != nil {
			return fmt.Errorf("no election happened (see the node logs): %w", err)
		}
	}
}

// setEpochLength changes the epoch length through the governor.
func setEpochLength(ctx context.Context, eth *ethclient.Client, dep deploy.Deployment, blocks uint64) error {
	return Govern(ctx, eth, dep, "epoch-length", strconv.FormatUint(blocks, 10))
}

// Govern sets one governed parameter (a `cifer gov propose --set` name)
// through the testnet's governor: the deployer (dev account 0) holds the
// votes and proposes, votes, queues and executes; the testnet's delays are
// a few blocks and seconds.
func Govern(ctx context.Context, eth *ethclient.Client, dep deploy.Deployment, name, value string) error {
	key, err := devchain.DevKey(0)
	if err != nil {
		return err
	}
	w, err := chain.NewWallet(ctx, eth, key)
	if err != nil {
		return err
	}
	g, err := deploy.NewGov(dep, eth)
	if err != nil {
		return err
	}
	p, err := g.Build(ctx, name, value, "")
	if err != nil {
		return err
	}
	if err := g.Enact(ctx, w, p, 100*time.Millisecond); err != nil {
		return fmt.Errorf("govern %s=%s: %w", name, value, err)
	}
	return nil
}

func health(ctx context.Context, base string) (node.NodeHealth, error) {
	var h node.NodeHealth
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/healthz", nil)
	if err != nil {
		return h, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return h, err
	}
	defer resp.Body.Close()
	err = json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&h)
	return h, err
}

// checkAlive fails when a process the testnet started has exited.
func (s *State) checkAlive() error {
	if s.Chain.PID != 0 && !alive(s.Chain.PID) {
		return fmt.Errorf("the dev chain exited (see %s)", s.Chain.Log)
	}
	for i, n := range s.Nodes {
		if n.PID != 0 && !alive(n.PID) {
			return fmt.Errorf("node %d exited (see %s)", i+1, n.Log)
		}
	}
	return nil
}

func (s *State) anyRunning() bool {
	if s.Chain.PID != 0 && s.owns(s.Chain) {
		return true
	}
	for _, n := range s.Nodes {
		if n.PID != 0 && s.owns(n.Process) {
			return true
		}
	}
	return false
}

// owns reports whether pid is still the process the testnet started (the
// same command line), so a recycled pid is never signalled.
func (s *State) owns(p Process) bool {
	if p.PID <= 0 || !alive(p.PID) {
		return false
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", p.PID))
	if err != nil {
		return false
	}
	return strings.Join(strings.Split(strings.TrimRight(string(b), "\x00"), "\x00")[1:], " ") == strings.Join(p.Args, " ")
}

// Stop stops the processes this testnet started: SIGTERM, then SIGKILL
// after a grace period. Nodes go first, the chain last.
func (s *State) Stop(log *slog.Logger) {
	procs := make([]Process, 0, len(s.Nodes)+1)
	for _, n := range s.Nodes {
		procs = append(procs, n.Process)
	}
	procs = append(procs, s.Chain)
	for _, p := range procs {
		if s.owns(p) {
			_ = syscall.Kill(p.PID, syscall.SIGTERM)
		}
	}
	deadline := time.Now().Add(10 * time.Second)
	for _, p := range procs {
		for s.owns(p) && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
		}
		if s.owns(p) {
			if log != nil {
				log.Warn("process did not stop; killing", "pid", p.PID)
			}
			_ = syscall.Kill(p.PID, syscall.SIGKILL)
		}
	}
}

// Down stops the testnet in dir and, with wipe, deletes its directory.
func Down(dir string, wipe bool, log *slog.Logger) error {
	st, err := LoadState(dir)
	if err != nil {
		return err
	}
	st.Stop(log)
	if wipe {
		return os.RemoveAll(dir)
	}
	return nil
}

// startProcess starts the binary detached in its own session, so it
// outlives the command that started it and a terminal's Ctrl-C does not
// reach it; its output goes to logPath.
func startProcess(bin, logPath string, args ...string) (Process, error) {
	f, err := os.OpenFile(logPath, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return Process{}, err
	}
	defer f.Close()
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = f, f
	cmd.Env = childEnv(os.Environ())
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := cmd.Start(); err != nil {
		return Process{}, err
	}
	// Reap it if it exits while we run; after we exit, init does.
	go func() { _ = cmd.Wait() }()
	return Process{PID: cmd.Process.Pid, Args: args, Log: logPath}, nil
}

// childEnv drops CIFER_ variables (a shell pointed at another network
// must not redirect this testnet's nodes), keeping only log settings.
func childEnv(environ []string) []string {
	out := make([]string, 0, len(environ))
	for _, kv := range environ {
		if strings.HasPrefix(kv, "CIFER_") && !strings.HasPrefix(kv, "CIFER_LOG_") {
			continue
		}
		out = append(out, kv)
	}
	return out
}

// waitChainURLs reads the dev chain's RPC URLs from its log.
func waitChainURLs(ctx context.Context, logPath string) (httpURL, wsURL string, err error) {
	for {
		if f, err := os.Open(logPath); err == nil {
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				line := sc.Text()
				if v, ok := strings.CutPrefix(line, "http rpc:"); ok {
					httpURL = strings.TrimSpace(v)
				}
				if v, ok := strings.CutPrefix(line, "ws rpc:"); ok {
					wsURL = strings.TrimSpace(v)
				}
			}
			f.Close()
			if httpURL != "" && wsURL != "" {
				return httpURL, wsURL, nil
			}
		}
		if err := sleep(ctx, 100*time.Millisecond); err != nil {
			return "", "", fmt.Errorf("dev chain did not report its RPC addresses (see %s): %w", logPath, err)
		}
	}
}

func measure(bin string) ([32]byte, error) {
	return sim.MeasureFile(bin)
}

// freePort picks a free TCP port on 127.0.0.1 for a node's p2p listener.
// The port is registered on chain before the node starts, so it must stay
// free for seconds. A port the kernel hands out for ":0" lies in the
// ephemeral range, where any outgoing connection (an RPC call to the dev
// chain, a dial between nodes) may take it as its local port in the
// meantime, and the node then fails to bind ("address already in use").
// Ports below the ephemeral range are never taken that way.
func freePort() (int, error) {
	lo, hi := 20000, 32000
	var lastErr error
	for range 64 {
		port := lo + mrand.IntN(hi-lo)
		l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
		if err != nil {
			lastErr = err
			continue
		}
		l.Close()
		return port, nil
	}
	return 0, fmt.Errorf("no free port in %d..%d: %w", lo, hi, lastErr)
}

func alive(pid int) bool {
	if pid <= 0 {
		return false
	}
	if err := syscall.Kill(pid, 0); err != nil {
		return false
	}
	// A zombie (exited, not yet reaped) still answers signal 0.
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	fields := strings.Fields(string(b))
	return len(fields) < 3 || fields[2] != "Z"
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
