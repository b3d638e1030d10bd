package e2e

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/cifer-network/cifer/client"
	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/internal/rpclie"
	"github.com/cifer-network/cifer/node"
	"github.com/cifer-network/cifer/request"
	"github.com/cifer-network/cifer/testnet"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

// PayloadSize is the plaintext size of every encrypt and decrypt measured.
const PayloadSize = 1024

// Config is one benchmark run.
type Config struct {
	// Dir is a running testnet's directory ('cifer testnet up --dir').
	// Empty: start a testnet in StartDir and stop (and wipe) it at the end.
	Dir      string
	StartDir string
	// Binary runs the nodes of a testnet the benchmark starts (default:
	// this executable).
	Binary string
	Nodes  int
	// RatePerSecond and RateBurst replace the nodes' per-signer decrypt
	// limits in a testnet the benchmark starts (0 leaves the defaults).
	RatePerSecond float64
	RateBurst     int
	// VerifyEndpoints, when above zero, turns verified chain reads on in a
	// testnet the benchmark starts, over that many RPC endpoints (honest
	// proxies in front of the dev chain, stand-ins for independent
	// providers; a majority must agree).
	VerifyEndpoints int
	// Wallets is how many client wallets decrypt, each for a secret of its
	// own; the testnet's pre-funded client accounts come first, further
	// ones are funded by the deployer account.
	Wallets int
	// Iterations is the number of samples for encryption, the floor and
	// the decrypt latency at concurrency 1.
	Iterations int
	// Duration is how long each throughput level runs.
	Duration    time.Duration
	Concurrency []int
	// ProfileDir, if set, receives CPU profiles taken during the
	// throughput level ProfileAt: of the elected Black Box and of one
	// other node (both need http.pprof, which a testnet the benchmark
	// starts has), and of this process (the light clients).
	ProfileDir string
	ProfileAt  int
	Log        *slog.Logger
}

func (c *Config) defaults() {
	if c.Nodes == 0 {
		c.Nodes = 5
	}
	if c.Wallets <= 0 {
		c.Wallets = 3
	}
	if c.Iterations <= 0 {
		c.Iterations = 300
	}
	if c.Duration <= 0 {
		c.Duration = 5 * time.Second
	}
	if len(c.Concurrency) == 0 {
		c.Concurrency = []int{1, 8, 32, 128}
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
}

// Report is the outcome of a run; it is what --out writes.
type Report struct {
	Machine       Machine `json:"machine"`
	Nodes         int     `json:"nodes"`
	StartedByRun  bool    `json:"startedByRun"`
	RatePerSecond float64 `json:"ratePerSecond,omitempty"`
	RateBurst     int     `json:"rateBurst,omitempty"`
	Wallets       int     `json:"wallets"`
	PayloadBytes  int     `json:"payloadBytes"`
	// ClientEncrypt is envelope.Seal of PayloadSize bytes with the
	// secret's public key already fetched and checked.
	ClientEncrypt Latency `json:"clientEncrypt"`
	// BlackBoxEncrypt is POST /encrypt-payload on an elected node's API,
	// signed before the clock starts.
	BlackBoxEncrypt Latency `json:"blackBoxEncrypt"`
	BlackBoxAPI     string  `json:"blackBoxApi"`
	// Decrypt is client.Decrypt at concurrency 1: sign, find the elected
	// Black Box, ask it, Black Box checks, shares gathered, key rebuilt,
	// envelope opened.
	Decrypt Latency `json:"decrypt"`
	// HTTPDecrypt is POST /decrypt-payload at concurrency 1 on an elected
	// node's API; GatewayDecrypt the same on a node that is not elected,
	// which forwards it to an elected one over the mesh. Each request is
	// sealed and signed before its clock starts.
	HTTPDecrypt    Latency      `json:"httpDecrypt"`
	GatewayDecrypt Latency      `json:"gatewayDecrypt"`
	GatewayAPI     string       `json:"gatewayApi,omitempty"`
	Throughput     []Throughput `json:"throughput"`
	// CreateToSynced is per wallet's secret: blocks from SecretCreated to
	// SecretSynced, and ms from sending createSecret to seeing it ready.
	CreateToSynced []Sync `json:"createToSynced"`
	// LocalOpen is envelope.Open with the key in memory: the floor.
	LocalOpen Latency `json:"localOpen"`
	// DecryptOverFloor is Decrypt.P50 / LocalOpen.P50.
	DecryptOverFloor float64 `json:"decryptOverFloor"`
}

// Machine describes where the run happened.
type Machine struct {
	CPUs      int    `json:"cpus"`
	CPUModel  string `json:"cpuModel"`
	GoVersion string `json:"goVersion"`
	OS        string `json:"os"`
}

// Throughput is one concurrency level.
type Throughput struct {
	Concurrency int     `json:"concurrency"`
	Decrypts    int     `json:"decrypts"`
	Errors      int     `json:"errors"`
	RateLimited int     `json:"rateLimited"`
	FirstError  string  `json:"firstError,omitempty"`
	Seconds     float64 `json:"seconds"`
	PerSecond   float64 `json:"perSecond"`
	Latency     Latency `json:"latency"`
}

// Sync is one secret's creation.
type Sync struct {
	SecretID uint64  `json:"secretId"`
	Blocks   uint64  `json:"blocks"`
	Ms       float64 `json:"ms"`
}

// wallet is one decrypting client and its secret.
type wallet struct {
	c      *client.Client
	key    *ecdsa.PrivateKey
	secret uint64
	pk     *envelope.PublicKey
}

// rpcFronts starts n honest RPC proxies in front of the dev chain (nil
// when n is 0), recording them in out to be closed.
func rpcFronts(n int, out *[]*rpclie.Proxy) func(string) ([]string, error) {
	if n <= 0 {
		return nil
	}
	return func(upstream string) ([]string, error) {
		var urls []string
		for range n {
			p, err := rpclie.Start(upstream, nil)
			if err != nil {
				return nil, err
			}
			*out = append(*out, p)
			urls = append(urls, p.URL)
		}
		return urls, nil
	}
}

// Run measures a testnet. The testnet it starts itself is stopped before
// it returns, also on failure.
func Run(ctx context.Context, cfg Config) (rep *Report, err error) {
	cfg.defaults()
	log := cfg.Log
	rep = &Report{Machine: DescribeMachine(), Wallets: cfg.Wallets, PayloadBytes: PayloadSize}
	var st *testnet.State
	if cfg.Dir != "" {
		if st, err = testnet.LoadState(cfg.Dir); err != nil {
			return nil, err
		}
	} else {
		rep.StartedByRun = true
		rep.RatePerSecond, rep.RateBurst = cfg.RatePerSecond, cfg.RateBurst
		log.Info("starting a testnet", "dir", cfg.StartDir, "nodes", cfg.Nodes, "verify_endpoints", cfg.VerifyEndpoints)
		var fronts []*rpclie.Proxy
		defer func() {
			for _, p := range fronts {
				_ = p.Close()
			}
		}()
		st, err = testnet.Up(ctx, testnet.Config{
			Dir: cfg.StartDir, Nodes: cfg.Nodes, Binary: cfg.Binary, Log: log,
			NodeConfig: func(nc *node.Config) {
				if cfg.RatePerSecond > 0 {
					nc.BlackBox.RatePerSecond = cfg.RatePerSecond
				}
				if cfg.RateBurst > 0 {
					nc.BlackBox.RateBurst = cfg.RateBurst
				}
				nc.HTTP.Pprof = true
			},
			RPCFronts: rpcFronts(cfg.VerifyEndpoints, &fronts),
		})
		if err != nil {
			return nil, fmt.Errorf("start testnet: %w", err)
		}
		defer func() {
			if derr := testnet.Down(cfg.StartDir, true, log); derr != nil && err == nil {
				err = fmt.Errorf("stop testnet: %w", derr)
			}
		}()
	}
	rep.Nodes = len(st.Nodes)
	dep, err := deploy.LoadDeployment(st.Deployment)
	if err != nil {
		return nil, err
	}

	wallets, err := dialWallets(ctx, st, dep, cfg.Wallets, log)
	defer func() {
		for _, w := range wallets {
			w.c.Close()
		}
	}()
	if err != nil {
		return nil, err
	}

	log.Info("creating one secret per wallet", "wallets", len(wallets))
	if rep.CreateToSynced, err = createSecrets(ctx, st, dep, wallets); err != nil {
		return nil, err
	}
	for _, w := range wallets {
		if w.pk, err = w.c.PublicKey(ctx, w.secret); err != nil {
			return nil, fmt.Errorf("public key of secret %d: %w", w.secret, err)
		}
	}

	log.Info("measuring client-side encryption")
	if rep.ClientEncrypt, err = measureSeal(wallets[0], dep.ChainID, cfg.Iterations); err != nil {
		return nil, err
	}
	log.Info("measuring the local floor (envelope.Open with the key in memory)")
	if rep.LocalOpen, err = measureLocalOpen(dep.ChainID, cfg.Iterations); err != nil {
		return nil, err
	}

	if rep.BlackBoxAPI, err = electedAPI(ctx, st, dep); err != nil {
		return nil, err
	}
	// The API is HTTPS under the testnet's CA; the rows include the TLS
	// cost a real client pays (handshakes amortised over kept-alive
	// connections).
	hc, err := st.HTTPClient()
	if err != nil {
		return nil, err
	}
	hc.Timeout = 30 * time.Second
	defer hc.CloseIdleConnections()
	// With verified reads a node sees a secret synced once the block that
	// marked it is trusted (the confirmation depth), a block or so after
	// the client: wait, untimed, until every node serves every secret.
	for _, n := range st.Nodes {
		if err := waitServed(ctx, hc, n.APIURL, dep.ChainID, wallets); err != nil {
			return nil, err
		}
	}
	log.Info("measuring encryption through a Black Box", "api", rep.BlackBoxAPI)
	if rep.BlackBoxEncrypt, err = measureBlackBoxEncrypt(ctx, hc, rep.BlackBoxAPI, dep.ChainID, wallets, cfg.Iterations); err != nil {
		return nil, err
	}

	log.Info("measuring HTTP decrypt on an elected node", "api", rep.BlackBoxAPI)
	if rep.HTTPDecrypt, err = measureHTTPDecrypt(ctx, hc, rep.BlackBoxAPI, dep.ChainID, wallets, cfg.Iterations); err != nil {
		return nil, err
	}
	if rep.GatewayAPI, err = gatewayAPI(ctx, st, dep); err != nil {
		return nil, err
	}
	log.Info("measuring HTTP decrypt through a gateway", "api", rep.GatewayAPI)
	if rep.GatewayDecrypt, err = measureHTTPDecrypt(ctx, hc, rep.GatewayAPI, dep.ChainID, wallets, cfg.Iterations); err != nil {
		return nil, err
	}

	// Warm-up, so the latency samples are the steady state: each client
	// starts at the next elected Black Box in turn, so warmUpRounds
	// decrypts per wallet reach every one of them (attestation verified,
	// streams open, share sessions with the custodians set up).
	for r := range warmUpRounds {
		for _, w := range wallets {
			if _, err := decryptOnce(ctx, w, dep.ChainID, -1-r); err != nil {
				return nil, fmt.Errorf("warm-up decrypt: %w", err)
			}
		}
	}
	log.Info("measuring decrypt latency at concurrency 1", "iterations", cfg.Iterations)
	lat := make([]time.Duration, 0, cfg.Iterations)
	for i := range cfg.Iterations {
		d, err := decryptOnce(ctx, wallets[i%len(wallets)], dep.ChainID, i)
		if err != nil {
			return nil, fmt.Errorf("decrypt %d: %w", i, err)
		}
		lat = append(lat, d)
	}
	rep.Decrypt = Summarize(lat)
	if rep.LocalOpen.P50 > 0 {
		rep.DecryptOverFloor = rep.Decrypt.P50 / rep.LocalOpen.P50
	}
	for _, c := range cfg.Concurrency {
		log.Info("measuring decrypt throughput", "concurrency", c, "duration", cfg.Duration)
		var stopProfiles func() error
		if cfg.ProfileDir != "" && c == cfg.ProfileAt {
			if stopProfiles, err = startProfiles(ctx, cfg.ProfileDir, st, rep.BlackBoxAPI, cfg.Duration, log); err != nil {
				return nil, err
			}
		}
		tp, err := measureThroughput(ctx, wallets, dep.ChainID, c, cfg.Duration)
		if stopProfiles != nil {
			if perr := stopProfiles(); perr != nil {
				log.Warn("profiles incomplete", "err", perr)
			}
		}
		if err != nil {
			return nil, err
		}
		rep.Throughput = append(rep.Throughput, tp)
	}
	return rep, nil
}

// dialWallets connects n light clients. The testnet's pre-funded client
// accounts come first; further wallets are funded by the deployer.
func dialWallets(ctx context.Context, st *testnet.State, dep deploy.Deployment, n int, log *slog.Logger) ([]*wallet, error) {
	nodes := len(st.Nodes)
	var out []*wallet
	var funder *chain.Wallet
	for j := range n {
		key, err := devchain.DevKey(testnet.ClientAccount(nodes, j))
		if err != nil {
			return out, err
		}
		if j >= 3 { // accounts past the testnet's pre-funded ones
			if funder == nil {
				eth, err := ethclient.DialContext(ctx, st.RPCURL)
				if err != nil {
					return out, err
				}
				defer eth.Close()
				fk, err := devchain.DevKey(0)
				if err != nil {
					return out, err
				}
				if funder, err = chain.NewWallet(ctx, eth, fk); err != nil {
					return out, err
				}
			}
			log.Info("funding an extra client wallet", "wallet", crypto.PubkeyToAddress(key.PublicKey))
			if err := funder.SendValue(ctx, crypto.PubkeyToAddress(key.PublicKey), new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether))); err != nil {
				return out, fmt.Errorf("fund wallet %d: %w", j, err)
			}
		}
		c, err := client.Dial(ctx, client.Config{Deployment: dep, Bootstrap: st.Bootstrap(), Key: key, Log: log, Verifiers: node.ReportVerifiers()})
		if err != nil {
			return out, fmt.Errorf("dial client %d: %w", j, err)
		}
		out = append(out, &wallet{c: c, key: key})
	}
	return out, nil
}

// createSecrets creates one secret per wallet, in parallel, and times each
// from createSecret to ready; the block distance comes from the events.
func createSecrets(ctx context.Context, st *testnet.State, dep deploy.Deployment, wallets []*wallet) ([]Sync, error) {
	eth, err := ethclient.DialContext(ctx, st.RPCURL)
	if err != nil {
		return nil, err
	}
	defer eth.Close()
	out := make([]Sync, len(wallets))
	errs := make([]error, len(wallets))
	var wg sync.WaitGroup
	for i, w := range wallets {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
			defer cancel()
			start := time.Now()
			id, err := w.c.CreateSecret(cctx)
			if err != nil {
				errs[i] = fmt.Errorf("create secret: %w", err)
				return
			}
			if err := waitReady(cctx, w.c, id); err != nil {
				errs[i] = err
				return
			}
			ms := float64(time.Since(start).Microseconds()) / 1000
			w.secret = id
			created, synced, err := eventBlocks(cctx, eth, dep.Addresses.Controller, dep.ChainID, id)
			if err != nil {
				errs[i] = err
				return
			}
			out[i] = Sync{SecretID: id, Blocks: synced - created, Ms: ms}
		}()
	}
	wg.Wait()
	return out, errors.Join(errs...)
}

// waitReady polls more often than client.WaitReady, so the time to synced
// is resolved to about 10 ms.
func waitReady(ctx context.Context, c *client.Client, id uint64) error {
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
	for {
		s, err := c.SecretState(ctx, id)
		if err != nil {
			return fmt.Errorf("secret %d state: %w", id, err)
		}
		if s.Ready() {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("secret %d not synced: %w", id, ctx.Err())
		case <-t.C:
		}
	}
}

// eventBlocks returns the blocks of the secret's SecretCreated and
// SecretSynced events.
func eventBlocks(ctx context.Context, eth *ethclient.Client, controller common.Address, chainID, id uint64) (created, synced uint64, err error) {
	topic := func(sig string) common.Hash { return crypto.Keccak256Hash([]byte(sig)) }
	logs, err := eth.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: big.NewInt(0),
		Addresses: []common.Address{controller},
		Topics: [][]common.Hash{
			{topic("SecretCreated(uint256,address,uint8)"), topic("SecretSynced(uint256,uint8,string)")},
			{common.BigToHash(new(big.Int).SetUint64(id))},
		},
	})
	if err != nil {
		return 0, 0, fmt.Errorf("secret %d events: %w", id, err)
	}
	var haveC, haveS bool
	for _, l := range logs {
		ev, err := chain.DecodeSecretEvent(chainID, l)
		if err != nil {
			continue
		}
		switch ev.Kind {
		case chain.SecretCreated:
			created, haveC = ev.Block, true
		case chain.SecretSynced:
			synced, haveS = ev.Block, true
		}
	}
	if !haveC || !haveS {
		return 0, 0, fmt.Errorf("secret %d: created or synced event not found", id)
	}
	return created, synced, nil
}

// payload returns PayloadSize printable bytes unique to (tag, i): decrypted
// messages must be UTF-8, and each request must differ from every other.
func payload(tag string, i int) []byte {
	p := bytes.Repeat([]byte{'x'}, PayloadSize)
	copy(p, fmt.Sprintf("%s-%d-%d-", tag, i, time.Now().UnixNano()))
	return p
}

func measureSeal(w *wallet, chainID uint64, n int) (Latency, error) {
	b := envelope.Binding{ChainID: chainID, SecretID: w.secret}
	pt := payload("seal", 0)
	samples := make([]time.Duration, 0, n)
	for range n {
		start := time.Now()
		if _, _, err := envelope.Seal(w.pk, b, pt); err != nil {
			return Latency{}, err
		}
		samples = append(samples, time.Since(start))
	}
	return Summarize(samples), nil
}

func measureLocalOpen(chainID uint64, n int) (Latency, error) {
	seed, err := envelope.GenerateSeed()
	if err != nil {
		return Latency{}, err
	}
	pk, sk, err := envelope.DeriveKeyPair(seed)
	clear(seed)
	if err != nil {
		return Latency{}, err
	}
	defer sk.Zero()
	b := envelope.Binding{ChainID: chainID, SecretID: 1}
	c, msg, err := envelope.Seal(pk, b, payload("floor", 0))
	if err != nil {
		return Latency{}, err
	}
	samples := make([]time.Duration, 0, n)
	for range n {
		start := time.Now()
		if _, err := envelope.Open(sk, b, c, msg); err != nil {
			return Latency{}, err
		}
		samples = append(samples, time.Since(start))
	}
	return Summarize(samples), nil
}

// electedAPI returns the API URL of the first elected Black Box.
func electedAPI(ctx context.Context, st *testnet.State, dep deploy.Deployment) (string, error) {
	eth, err := ethclient.DialContext(ctx, st.RPCURL)
	if err != nil {
		return "", err
	}
	defer eth.Close()
	reg, err := bindings.NewClusterRegistryCaller(dep.Addresses.Registry, eth)
	if err != nil {
		return "", err
	}
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	ops, err := reg.BlackBoxes(&bind.CallOpts{Context: cctx})
	if err != nil {
		return "", fmt.Errorf("elected black boxes: %w", err)
	}
	for _, op := range ops {
		for _, n := range st.Nodes {
			if common.HexToAddress(n.Operator) == op && n.APIURL != "" {
				return n.APIURL, nil
			}
		}
	}
	return "", errors.New("no elected Black Box of this testnet serves an HTTP API")
}

// gatewayAPI returns the API URL of a node that is not an elected Black
// Box.
func gatewayAPI(ctx context.Context, st *testnet.State, dep deploy.Deployment) (string, error) {
	eth, err := ethclient.DialContext(ctx, st.RPCURL)
	if err != nil {
		return "", err
	}
	defer eth.Close()
	reg, err := bindings.NewClusterRegistryCaller(dep.Addresses.Registry, eth)
	if err != nil {
		return "", err
	}
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	ops, err := reg.BlackBoxes(&bind.CallOpts{Context: cctx})
	if err != nil {
		return "", fmt.Errorf("elected black boxes: %w", err)
	}
	for _, n := range st.Nodes {
		if n.APIURL != "" && !slices.Contains(ops, common.HexToAddress(n.Operator)) {
			return n.APIURL, nil
		}
	}
	return "", errors.New("every node of this testnet is an elected Black Box: no gateway to measure")
}

// httpWarmUp is how many untimed decrypts precede the samples: the node's
// streams and the Black Boxes' share sessions are set up by then.
const httpWarmUp = 10

// measureHTTPDecrypt times POST /decrypt-payload on api, the wallets in
// turn; each envelope is sealed and its request signed untimed.
func measureHTTPDecrypt(ctx context.Context, hc *http.Client, api string, chainID uint64, wallets []*wallet, n int) (Latency, error) {
	head, err := wallets[0].c.Head(ctx)
	if err != nil {
		return Latency{}, err
	}
	samples := make([]time.Duration, 0, n)
	for i := -httpWarmUp; i < n; i++ {
		w := wallets[(i+httpWarmUp)%len(wallets)]
		pt := payload("httpdec", i)
		c, msg, err := envelope.Seal(w.pk, envelope.Binding{ChainID: chainID, SecretID: w.secret}, pt)
		if err != nil {
			return Latency{}, err
		}
		data := request.Format(chainID, w.secret, w.c.Address(), head, "0x"+hex.EncodeToString(msg))
		sig, err := request.Sign(data, func(h []byte) ([]byte, error) { return crypto.Sign(h, w.key) })
		if err != nil {
			return Latency{}, err
		}
		body, err := json.Marshal(map[string]string{"data": data, "signature": sig, "cifer": "0x" + hex.EncodeToString(c)})
		if err != nil {
			return Latency{}, err
		}
		start := time.Now()
		got, err := postDecrypt(ctx, hc, api, body)
		d := time.Since(start)
		if err != nil {
			return Latency{}, fmt.Errorf("decrypt-payload %d at %s: %w", i, api, err)
		}
		if got != string(pt) {
			return Latency{}, fmt.Errorf("decrypt-payload %d at %s: plaintext differs", i, api)
		}
		if i >= 0 {
			samples = append(samples, d)
		}
	}
	return Summarize(samples), nil
}

func postDecrypt(ctx context.Context, hc *http.Client, api string, body []byte) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, api+"/decrypt-payload", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return "", err
	}
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("status %d: %s", resp.StatusCode, strings.TrimSpace(string(b)))
	}
	var out struct {
		Success          bool   `json:"success"`
		DecryptedMessage string `json:"decryptedMessage"`
	}
	if err := json.Unmarshal(b, &out); err != nil || !out.Success {
		return "", fmt.Errorf("unexpected answer: %.200s", b)
	}
	return out.DecryptedMessage, nil
}

// measureBlackBoxEncrypt times POST /encrypt-payload; each request is
// signed (by the wallets in turn) before its clock starts.
func measureBlackBoxEncrypt(ctx context.Context, hc *http.Client, api string, chainID uint64, wallets []*wallet, n int) (Latency, error) {
	head, err := wallets[0].c.Head(ctx)
	if err != nil {
		return Latency{}, err
	}
	samples := make([]time.Duration, 0, n)
	for i := range n {
		w := wallets[i%len(wallets)]
		data := request.Format(chainID, w.secret, w.c.Address(), head, string(payload("bbenc", i)))
		sig, err := request.Sign(data, func(h []byte) ([]byte, error) { return crypto.Sign(h, w.key) })
		if err != nil {
			return Latency{}, err
		}
		body, err := json.Marshal(map[string]string{"data": data, "signature": sig, "outputFormat": "hex"})
		if err != nil {
			return Latency{}, err
		}
		start := time.Now()
		if err := postEncrypt(ctx, hc, api, body); err != nil {
			return Latency{}, fmt.Errorf("encrypt-payload %d: %w", i, err)
		}
		samples = append(samples, time.Since(start))
	}
	return Summarize(samples), nil
}

// waitServed retries an encrypt of each wallet's secret at api until it is
// no longer refused as syncing (at most 30 s).
func waitServed(ctx context.Context, hc *http.Client, api string, chainID uint64, wallets []*wallet) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for _, w := range wallets {
		for {
			head, err := w.c.Head(ctx)
			if err != nil {
				return err
			}
			data := request.Format(chainID, w.secret, w.c.Address(), head, "served?")
			sig, err := request.Sign(data, func(h []byte) ([]byte, error) { return crypto.Sign(h, w.key) })
			if err != nil {
				return err
			}
			body, err := json.Marshal(map[string]string{"data": data, "signature": sig, "outputFormat": "hex"})
			if err != nil {
				return err
			}
			err = postEncrypt(ctx, hc, api, body)
			if err == nil {
				break
			}
			if !strings.Contains(err.Error(), `"syncing"`) {
				return fmt.Errorf("%s: secret %d: %w", api, w.secret, err)
			}
			select {
			case <-ctx.Done():
				return fmt.Errorf("%s: secret %d still syncing: %w", api, w.secret, ctx.Err())
			case <-time.After(100 * time.Millisecond):
			}
		}
	}
	return nil
}

func postEncrypt(ctx context.Context, hc *http.Client, api string, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, api+"/encrypt-payload", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("status %d: %s", resp.StatusCode, strings.TrimSpace(string(b)))
	}
	var out struct {
		Success bool   `json:"success"`
		Cifer   string `json:"cifer"`
	}
	if err := json.Unmarshal(b, &out); err != nil || !out.Success || out.Cifer == "" {
		return fmt.Errorf("unexpected answer: %.200s", b)
	}
	return nil
}

// decryptOnce seals a fresh envelope (untimed: every request must be new,
// replay protection refuses a repeat) and times its decrypt through the
// light client.
// warmUpRounds is how many decrypts per wallet precede the latency
// samples: more than the number of Black Boxes elected per epoch (K, 3 by
// default), so every client has used every Black Box.
const warmUpRounds = 8

func decryptOnce(ctx context.Context, w *wallet, chainID uint64, i int) (time.Duration, error) {
	pt := payload("dec", i)
	c, msg, err := envelope.Seal(w.pk, envelope.Binding{ChainID: chainID, SecretID: w.secret}, pt)
	if err != nil {
		return 0, err
	}
	cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	start := time.Now()
	got, err := w.c.Decrypt(cctx, w.secret, c, msg)
	d := time.Since(start)
	if err != nil {
		return d, err
	}
	if !bytes.Equal(got, pt) {
		return d, errors.New("decrypted plaintext differs")
	}
	return d, nil
}

// measureThroughput runs conc workers, spread over the wallets, for dur.
func measureThroughput(ctx context.Context, wallets []*wallet, chainID uint64, conc int, dur time.Duration) (Throughput, error) {
	tp := Throughput{Concurrency: conc}
	var mu sync.Mutex
	var lat []time.Duration
	var errCount, limited atomic.Int64
	var first atomic.Value
	var seq atomic.Int64
	deadline := time.Now().Add(dur)
	start := time.Now()
	var wg sync.WaitGroup
	for k := range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := wallets[k%len(wallets)]
			var mine []time.Duration
			for time.Now().Before(deadline) && ctx.Err() == nil {
				d, err := decryptOnce(ctx, w, chainID, int(seq.Add(1)))
				if err != nil {
					errCount.Add(1)
					if errors.Is(err, request.ErrRateLimited) {
						limited.Add(1)
					}
					first.CompareAndSwap(nil, err.Error())
					continue
				}
				mine = append(mine, d)
			}
			mu.Lock()
			lat = append(lat, mine...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	if err := ctx.Err(); err != nil {
		return tp, err
	}
	tp.Decrypts = len(lat)
	tp.Errors = int(errCount.Load())
	tp.RateLimited = int(limited.Load())
	if s, ok := first.Load().(string); ok {
		tp.FirstError = s
	}
	tp.Seconds = elapsed.Seconds()
	tp.PerSecond = Rate(len(lat), elapsed)
	tp.Latency = Summarize(lat)
	return tp, nil
}

// DescribeMachine reads the CPU count and model.
func DescribeMachine() Machine {
	m := Machine{CPUs: runtime.NumCPU(), GoVersion: runtime.Version(), OS: runtime.GOOS + "/" + runtime.GOARCH}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		m.CPUModel = CPUModel(string(b))
	}
	return m
}

// CPUModel returns the first "model name" of a /proc/cpuinfo text.
func CPUModel(cpuinfo string) string {
	for _, line := range strings.Split(cpuinfo, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
