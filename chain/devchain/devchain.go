// Package devchain runs an embedded, single-process EVM chain for local
// development and tests: go-ethereum's simulated beacon on an in-memory
// database, JSON-RPC over HTTP and WebSocket on 127.0.0.1, blocks mined on a
// timer (or as soon as a transaction arrives), and deterministic pre-funded
// accounts.
//
// Everything here is for development only: the account keys are public.
package devchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// Defaults used when a Config field is zero.
const (
	DefaultChainID  = 31337
	DefaultAccounts = 10
	// DefaultBlockTime is the block time of `cifer devchain`. Zero in a
	// Config means "mine when a transaction arrives", so the default is
	// applied by the command, not here.
	DefaultBlockTime = time.Second
)

// DefaultBalance is what each dev account holds at genesis: 1,000,000 ether.
var DefaultBalance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))

// Config describes one dev chain.
type Config struct {
	ChainID uint64 // DefaultChainID when zero
	// BlockTime is the interval between blocks; zero mines a block as soon
	// as a transaction enters the pool (and never otherwise).
	BlockTime time.Duration
	// HTTPPort and WSPort are the 127.0.0.1 ports of the JSON-RPC servers;
	// zero picks a free port. Equal ports share one server.
	HTTPPort int
	WSPort   int
	Accounts int      // number of pre-funded dev accounts; DefaultAccounts when zero
	Balance  *big.Int // per account; DefaultBalance when nil
	// Alloc adds more genesis accounts (e.g. operators of a testnet).
	Alloc types.GenesisAlloc
	Log   *slog.Logger
}

// Account is one pre-funded dev account. Its key is public knowledge.
type Account struct {
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// DevKey returns dev account i's private key: keccak256("cifer-devchain/" ||
// decimal(i)) read as a secp256k1 scalar. Anyone can recompute it, which is
// the point: scripts and tests share the accounts without passing keys.
func DevKey(i int) (*ecdsa.PrivateKey, error) {
	seed := crypto.Keccak256([]byte("cifer-devchain/" + strconv.Itoa(i)))
	key, err := crypto.ToECDSA(seed)
	if err != nil {
		return nil, fmt.Errorf("dev key %d: %w", i, err)
	}
	return key, nil
}

// DevAccounts returns the first n dev accounts.
func DevAccounts(n int) ([]Account, error) {
	accs := make([]Account, n)
	for i := range accs {
		key, err := DevKey(i)
		if err != nil {
			return nil, err
		}
		accs[i] = Account{Address: crypto.PubkeyToAddress(key.PublicKey), Key: key}
	}
	return accs, nil
}

// Chain is a running dev chain. Close it to stop mining and the RPC servers.
type Chain struct {
	cfg      Config
	log      *slog.Logger
	stack    *node.Node
	backend  *eth.Ethereum
	beacon   *catalyst.SimulatedBeacon
	accounts []Account
	client   *ethclient.Client

	commitMu sync.Mutex // the simulated beacon's sealing is not safe for concurrent use

	cancel    context.CancelFunc
	wg        sync.WaitGroup
	closeOnce sync.Once
	closeErr  error
}

// Start creates the genesis, starts the node with its RPC servers and the
// mining loop. The loop stops when ctx ends or on Close; Close must be
// called in any case to release the node.
func Start(ctx context.Context, cfg Config) (*Chain, error) {
	if cfg.ChainID == 0 {
		cfg.ChainID = DefaultChainID
	}
	if cfg.Accounts == 0 {
		cfg.Accounts = DefaultAccounts
	}
	if cfg.Accounts < 0 {
		return nil, errors.New("devchain: negative account count")
	}
	if cfg.BlockTime < 0 {
		return nil, errors.New("devchain: negative block time")
	}
	if cfg.Balance == nil {
		cfg.Balance = DefaultBalance
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	accounts, err := DevAccounts(cfg.Accounts)
	if err != nil {
		return nil, err
	}

	// The dev chain starts on every fork, whose system contracts must exist
	// at genesis; callers' and dev accounts win on conflict.
	alloc := core.SystemContractAllocs()
	for addr, acc := range cfg.Alloc {
		alloc[addr] = acc
	}
	for _, a := range accounts {
		alloc[a.Address] = types.Account{Balance: new(big.Int).Set(cfg.Balance)}
	}
	chainConfig := *params.AllDevChainProtocolChanges
	chainConfig.ChainID = new(big.Int).SetUint64(cfg.ChainID)

	nodeConf := node.DefaultConfig
	nodeConf.Name = "cifer-devchain"
	nodeConf.DataDir = "" // in-memory
	nodeConf.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0}
	nodeConf.HTTPHost = "127.0.0.1"
	nodeConf.HTTPPort = cfg.HTTPPort
	nodeConf.HTTPModules = []string{"eth", "net", "web3"}
	// Bound to loopback only, so any Host header and origin may talk to it
	// (browser dapps during development).
	nodeConf.HTTPVirtualHosts = []string{"*"}
	nodeConf.HTTPCors = []string{"*"}
	nodeConf.WSHost = "127.0.0.1"
	nodeConf.WSPort = cfg.WSPort
	nodeConf.WSModules = []string{"eth", "net", "web3"}
	nodeConf.WSOrigins = []string{"*"}
	nodeConf.Logger = nil

	ethConf := ethconfig.Defaults
	ethConf.NetworkId = cfg.ChainID
	ethConf.Genesis = &core.Genesis{
		Config:   &chainConfig,
		GasLimit: ethconfig.Defaults.Miner.GasCeil,
		Alloc:    alloc,
	}
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.TxPool.NoLocals = true
	// A dev chain is small; unindexed log search avoids a background indexer.
	ethConf.LogNoHistory = true

	stack, err := node.New(&nodeConf)
	if err != nil {
		return nil, fmt.Errorf("devchain: node: %w", err)
	}
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("devchain: eth service: %w", err)
	}
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("devchain: start node: %w", err)
	}
	// Period 0: the beacon never mines by itself; our loop calls Commit, so
	// sub-second block times and on-demand mining both work.
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("devchain: beacon: %w", err)
	}
	c := &Chain{
		cfg:      cfg,
		log:      cfg.Log,
		stack:    stack,
		backend:  backend,
		beacon:   beacon,
		accounts: accounts,
		client:   ethclient.NewClient(stack.Attach()),
	}
	// Leave genesis at once so the chain has a post-merge head block.
	c.Commit()

	loopCtx, cancel := context.WithCancel(ctx)
	c.cancel = cancel
	c.wg.Add(1)
	if cfg.BlockTime > 0 {
		go c.mineEvery(loopCtx, cfg.BlockTime)
	} else {
		txs := make(chan core.NewTxsEvent, 64)
		sub := backend.TxPool().SubscribeTransactions(txs, true)
		go c.mineOnDemand(loopCtx, txs, sub.Err(), sub.Unsubscribe)
	}
	c.log.Info("dev chain started", "chain_id", cfg.ChainID, "http", c.HTTPURL(), "ws", c.WSURL(),
		"block_time", cfg.BlockTime, "accounts", len(accounts))
	return c, nil
}

func (c *Chain) mineEvery(ctx context.Context, every time.Duration) {
	defer c.wg.Done()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			c.Commit()
		}
	}
}

func (c *Chain) mineOnDemand(ctx context.Context, txs <-chan core.NewTxsEvent, subErr <-chan error, unsubscribe func()) {
	defer c.wg.Done()
	defer unsubscribe()
	for {
		select {
		case <-ctx.Done():
			return
		case <-subErr:
			return
		case <-txs:
			// Drain what else has queued so one block takes the batch.
			for drained := false; !drained; {
				select {
				case <-txs:
				default:
					drained = true
				}
			}
			c.Commit()
		}
	}
}

// Commit seals a block now with whatever is pending and returns its hash.
func (c *Chain) Commit() common.Hash {
	c.commitMu.Lock()
	defer c.commitMu.Unlock()
	return c.beacon.Commit()
}

// ChainID is the chain's EIP-155 ID.
func (c *Chain) ChainID() uint64 { return c.cfg.ChainID }

// BlockTime is the configured block interval (zero: on demand).
func (c *Chain) BlockTime() time.Duration { return c.cfg.BlockTime }

// HTTPURL is the bound JSON-RPC over HTTP endpoint, e.g. http://127.0.0.1:8545.
func (c *Chain) HTTPURL() string { return c.stack.HTTPEndpoint() }

// WSURL is the bound JSON-RPC over WebSocket endpoint.
func (c *Chain) WSURL() string { return c.stack.WSEndpoint() }

// Accounts returns the pre-funded dev accounts.
func (c *Chain) Accounts() []Account { return append([]Account(nil), c.accounts...) }

// Client is an in-process client of the chain (no network).
func (c *Chain) Client() *ethclient.Client { return c.client }

// RPCHandler is the chain's JSON-RPC server, so tests can serve it on
// listeners they control.
func (c *Chain) RPCHandler() (*rpc.Server, error) { return c.stack.RPCHandler() }

// Close stops mining and shuts the node down. It is safe to call twice.
func (c *Chain) Close() error {
	c.closeOnce.Do(func() {
		c.cancel()
		c.wg.Wait()
		c.client.Close()
		c.commitMu.Lock()
		err := c.beacon.Stop()
		c.commitMu.Unlock()
		c.closeErr = errors.Join(err, c.stack.Close())
	})
	return c.closeErr
}
