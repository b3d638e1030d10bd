package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/node"
	"github.com/cifer-network/cifer/staking"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Operator commands: staking a node on the ClusterRegistry, a thin CLI
// over package staking. The operator key (which holds the stake) comes
// from CIFER_OPERATOR_KEY or a key file; it is not the node's enclave
// wallet, which never leaves the enclave.

func init() {
	for _, c := range []*command{
		{name: "stake register", summary: "stake and register a node (its identity from 'cifer node init')", run: runStakeRegister},
		{name: "stake top-up", summary: "add stake to your node", run: runStakeTopUp},
		{name: "stake unbond", summary: "start leaving: your node leaves the active set at the next epoch", run: runStakeUnbond},
		{name: "stake withdraw", summary: "take your stake back once the unbonding delay has passed", run: runStakeWithdraw},
		{name: "stake status", summary: "show a node's registration, stake and status", run: runStakeStatus},
	} {
		register(c)
	}
}

type stakeEnv struct {
	dep deploy.Deployment
	eth *ethclient.Client
	// op is nil without an operator key.
	op *staking.Operator
}

// stakeCommand parses the common flags, dials the chain and runs f.
func stakeCommand(ctx context.Context, env *cliEnv, name string, args []string, needKey bool,
	addFlags func(*flag.FlagSet), f func(ctx context.Context, s *stakeEnv) error) error {
	fs := newFlagSet(env, name)
	depPath := fs.String("deployment", os.Getenv("CIFER_DEPLOYMENT"), "deployment JSON of the network (env CIFER_DEPLOYMENT)")
	keyFile := fs.String("key-file", "", "file holding the operator's hex private key (default: env CIFER_OPERATOR_KEY)")
	timeout := fs.Duration("timeout", 2*time.Minute, "give up after this long")
	if addFlags != nil {
		addFlags(fs)
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %v", errUsage, fs.Args())
	}
	if *depPath == "" {
		return errNoDeployment
	}
	dep, err := loadDeployment(*depPath)
	if err != nil {
		return err
	}
	var key *ecdsa.PrivateKey
	switch {
	case *keyFile != "":
		if key, err = deploy.LoadKey(*keyFile); err != nil {
			return err
		}
	case os.Getenv("CIFER_OPERATOR_KEY") != "":
		if key, err = deploy.ParseKey(os.Getenv("CIFER_OPERATOR_KEY")); err != nil {
			return fmt.Errorf("%w: CIFER_OPERATOR_KEY: %v", errUsage, err)
		}
	case needKey:
		return fmt.Errorf("%w: no operator key: set CIFER_OPERATOR_KEY or pass --key-file FILE", errUsage)
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	eth, err := ethclient.DialContext(ctx, dep.RPCURL)
	if err != nil {
		return fmt.Errorf("chain %s: %w", dep.RPCURL, err)
	}
	defer eth.Close()
	s := &stakeEnv{dep: dep, eth: eth}
	if key != nil {
		w, err := chain.NewWallet(ctx, eth, key)
		if err != nil {
			return explainDial(err)
		}
		s.op = staking.NewOperator(w, dep.Addresses.Registry)
	}
	return explainStake(f(ctx, s))
}

// parseTokens reads an amount of whole staking tokens (18 decimals).
func parseTokens(s string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() <= 0 {
		return nil, fmt.Errorf("%w: --amount %q is not a positive whole number of tokens", errUsage, s)
	}
	return v.Mul(v, big.NewInt(1e18)), nil
}

func runStakeRegister(ctx context.Context, env *cliEnv, args []string) error {
	var dataDir, amount, addrs *string
	var mint *bool
	return stakeCommand(ctx, env, "stake register", args, true, func(fs *flag.FlagSet) {
		dataDir = fs.String("data-dir", "", "the node's data dir (from 'cifer node init'; required)")
		amount = fs.String("amount", "", "stake in whole tokens (required; at least the registry's minimum)")
		addrs = fs.String("multiaddr", "", "comma-separated public multiaddrs to register (default: the node config's p2p.listen)")
		mint = fs.Bool("mint", false, "testnets only: mint the stake with the test token first")
	}, func(ctx context.Context, s *stakeEnv) error {
		if *dataDir == "" {
			return fmt.Errorf("%w: --data-dir is required", errUsage)
		}
		stake, err := parseTokens(*amount)
		if err != nil {
			return err
		}
		id, err := node.ReadIdentity(*dataDir)
		if err != nil {
			return err
		}
		var maddrs []string
		if *addrs != "" {
			maddrs = strings.Split(*addrs, ",")
		} else {
			cfg, err := node.LoadConfig(filepath.Join(*dataDir, "config.toml"), nil)
			if err != nil {
				return err
			}
			maddrs = cfg.P2P.Listen
		}
		if *mint {
			if err := s.op.MintTestTokens(ctx, s.op.Address(), stake); err != nil {
				return fmt.Errorf("mint (test token only): %w", err)
			}
		}
		err = s.op.Register(ctx, staking.Registration{PeerID: id.PeerID, EnclaveWallet: id.EnclaveWallet,
			Measurement: id.Measurement, TransportKeyHash: id.TransportKeyHash, Multiaddrs: maddrs, Stake: stake})
		if err != nil {
			return err
		}
		fmt.Fprintf(env.stdout, "registered node %s with %s tokens; it joins the active set now and can be elected from the next epoch\n", id.PeerID, *amount)
		fmt.Fprintf(env.stdout, "fund its enclave wallet %s with gas: it sends markSecretSynced and advanceEpoch\n", id.EnclaveWallet.Hex())
		return nil
	})
}

func runStakeTopUp(ctx context.Context, env *cliEnv, args []string) error {
	var amount *string
	return stakeCommand(ctx, env, "stake top-up", args, true, func(fs *flag.FlagSet) {
		amount = fs.String("amount", "", "tokens to add (required)")
	}, func(ctx context.Context, s *stakeEnv) error {
		v, err := parseTokens(*amount)
		if err != nil {
			return err
		}
		if err := s.op.TopUp(ctx, v); err != nil {
			return err
		}
		fmt.Fprintf(env.stdout, "added %s tokens of stake\n", *amount)
		return nil
	})
}

func runStakeUnbond(ctx context.Context, env *cliEnv, args []string) error {
	return stakeCommand(ctx, env, "stake unbond", args, true, nil, func(ctx context.Context, s *stakeEnv) error {
		if err := s.op.Unbond(ctx); err != nil {
			return err
		}
		fmt.Fprintln(env.stdout, "unbonding: the node leaves the active set at the next epoch; withdraw after the unbonding delay")
		return nil
	})
}

func runStakeWithdraw(ctx context.Context, env *cliEnv, args []string) error {
	return stakeCommand(ctx, env, "stake withdraw", args, true, nil, func(ctx context.Context, s *stakeEnv) error {
		if err := s.op.Withdraw(ctx); err != nil {
			return err
		}
		fmt.Fprintln(env.stdout, "stake withdrawn")
		return nil
	})
}

// stakeStatus is what 'cifer stake status' prints.
type stakeStatus struct {
	Operator      string   `json:"operator"`
	PeerID        string   `json:"peerId"`
	EnclaveWallet string   `json:"enclaveWallet"`
	Stake         string   `json:"stakeWei"`
	Status        string   `json:"status"`
	Multiaddrs    []string `json:"multiaddrs"`
	Elected       bool     `json:"electedBlackBox"`
	Epoch         uint64   `json:"epoch"`
}

func runStakeStatus(ctx context.Context, env *cliEnv, args []string) error {
	var operator *string
	return stakeCommand(ctx, env, "stake status", args, false, func(fs *flag.FlagSet) {
		operator = fs.String("operator", "", "operator address (default: the operator key's)")
	}, func(ctx context.Context, s *stakeEnv) error {
		var op common.Address
		switch {
		case *operator != "":
			var err error
			if op, err = parseAddress("operator", *operator); err != nil {
				return err
			}
		case s.op != nil:
			op = s.op.Address()
		default:
			return fmt.Errorf("%w: give --operator ADDRESS, or an operator key", errUsage)
		}
		reg, err := chain.NewRegistry(s.dep.Addresses.Registry, s.eth, 30*time.Second)
		if err != nil {
			return err
		}
		st, err := staking.ReadStatus(ctx, reg, op)
		if errors.Is(err, chain.ErrNodeNotFound) {
			return fmt.Errorf("operator %s has no registered node: register one with 'cifer stake register'", op.Hex())
		}
		if err != nil {
			return err
		}
		n := st.Node
		out := stakeStatus{Operator: op.Hex(), EnclaveWallet: n.EnclaveWallet.Hex(), Stake: n.Stake.String(),
			Status: staking.StatusName(n.Status), Multiaddrs: n.Multiaddrs, Elected: st.ElectedBlackBox, Epoch: st.Epoch}
		if id, err := peerIDString(n.PeerID); err == nil {
			out.PeerID = id
		}
		return printJSON(env.stdout, out)
	})
}

func peerIDString(p peer.ID) (string, error) {
	id, err := peer.IDFromBytes([]byte(p))
	if err != nil {
		return "", err
	}
	return id.String(), nil
}
