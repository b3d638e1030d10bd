package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
)

func init() {
	register(&command{
		name:    "contracts deploy",
		summary: "deploy the registry and controller (and a test token) and write deployment.json",
		run:     runContractsDeploy,
	})
}

// hexList collects repeated --allow-measurement flags.
type hexList [][32]byte

func (h *hexList) String() string { return fmt.Sprint(len(*h)) }

func (h *hexList) Set(s string) error {
	b, err := parseHex32(s)
	if err != nil {
		return err
	}
	*h = append(*h, b)
	return nil
}

func parseHex32(s string) ([32]byte, error) {
	var out [32]byte
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != 32 {
		return out, fmt.Errorf("want 32 bytes of hex, got %q", s)
	}
	copy(out[:], b)
	return out, nil
}

func runContractsDeploy(ctx context.Context, env *cliEnv, args []string) error {
	fs := newFlagSet(env, "contracts deploy")
	rpc := fs.String("rpc", "http://127.0.0.1:8545", "JSON-RPC URL of the chain")
	ws := fs.String("ws", "", "WebSocket RPC URL written to the deployment (optional)")
	network := fs.String("network", "cifer-local", "network name written to the deployment")
	keyFile := fs.String("key-file", "", "file with the deployer's private key (hex); else CIFER_DEPLOYER_KEY")
	devAccount := fs.Int("dev-account", -1, "use dev chain account N as deployer (DEV ONLY)")
	testnet := fs.Bool("testnet", false, "deploy a mintable test token as the staking token")
	token := fs.String("token", "", "staking token address (required without --testnet)")
	minStake := fs.String("min-stake", "1000000000000000000000", "minimum stake in token base units")
	epochLength := fs.Uint64("epoch-length", 20, "epoch length in blocks")
	unbonding := fs.Uint64("unbonding-delay", 40, "unbonding delay in blocks")
	fee := fs.String("fee", "1000000000000000", "secret creation fee in wei")
	blockTimeMs := fs.Uint64("block-time-ms", 1000, "the chain's block time in ms (freshness window)")
	allowSim := fs.Bool("allow-sim", false, "allow simulated enclaves (testnets only)")
	secretType := fs.Uint("default-secret-type", 1, "type createSecret() gives new secrets (1: decryptable)")
	simKey := fs.String("sim-platform-key", "", "Ed25519 public key (hex, 32 bytes) that signs simulated reports")
	var measures hexList
	fs.Var(&measures, "allow-measurement", "enclave measurement to allow (hex, 32 bytes); repeatable")
	out := fs.String("out", "deployment.json", "where to write the deployment JSON")
	timeout := fs.Duration("timeout", 2*time.Minute, "give up after this long")
	prod, test := deploy.DefaultGovernance(), deploy.TestnetGovernance()
	votingDelay := fs.Uint64("voting-delay", 0, fmt.Sprintf("governance: blocks from proposal to vote (default %d, --testnet %d)", prod.VotingDelay, test.VotingDelay))
	votingPeriod := fs.Uint("voting-period", 0, fmt.Sprintf("governance: blocks a vote stays open (default %d, --testnet %d)", prod.VotingPeriod, test.VotingPeriod))
	quorum := fs.Uint64("quorum-percent", 0, fmt.Sprintf("governance: quorum, percent of the votes' supply (default %d)", prod.QuorumPercent))
	threshold := fs.String("proposal-threshold", "0", "governance: votes (base units) needed to propose")
	paramsDelay := fs.Duration("parameters-delay", 0, fmt.Sprintf("governance: every change waits this after the vote (default %s, --testnet %s)", prod.ParametersDelay, test.ParametersDelay))
	secDelay := fs.Duration("security-delay", 0, fmt.Sprintf("governance: security changes wait this after the parameters delay (default %s, --testnet %s)", prod.SecurityDelay, test.SecurityDelay))
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %v", errUsage, fs.Args())
	}
	p := deploy.Params{Network: *network, RPCURL: *rpc, WSURL: *ws, BlockTimeMs: *blockTimeMs, Testnet: *testnet,
		EpochLength: *epochLength, UnbondingDelay: *unbonding, AllowSimulated: *allowSim, AllowedMeasures: measures}
	if *secretType > 255 {
		return fmt.Errorf("%w: --default-secret-type must be 0..255", errUsage)
	}
	p.DefaultSecretType = uint8(*secretType)
	gp := prod
	if *testnet {
		gp = test
	}
	if *votingDelay != 0 {
		gp.VotingDelay = *votingDelay
	}
	if *votingPeriod != 0 {
		if *votingPeriod > 1<<32-1 {
			return fmt.Errorf("%w: --voting-period too large", errUsage)
		}
		gp.VotingPeriod = uint32(*votingPeriod)
	}
	if *quorum != 0 {
		gp.QuorumPercent = *quorum
	}
	if *paramsDelay != 0 {
		gp.ParametersDelay = *paramsDelay
	}
	if *secDelay != 0 {
		gp.SecurityDelay = *secDelay
	}
	var okThreshold bool
	if gp.ProposalThreshold, okThreshold = new(big.Int).SetString(*threshold, 10); !okThreshold {
		return fmt.Errorf("%w: --proposal-threshold %q is not a decimal number", errUsage, *threshold)
	}
	p.Governance = gp
	var ok bool
	if p.MinStake, ok = new(big.Int).SetString(*minStake, 10); !ok {
		return fmt.Errorf("%w: --min-stake %q is not a decimal number", errUsage, *minStake)
	}
	if p.CreationFee, ok = new(big.Int).SetString(*fee, 10); !ok {
		return fmt.Errorf("%w: --fee %q is not a decimal number", errUsage, *fee)
	}
	if *token != "" {
		if !common.IsHexAddress(*token) {
			return fmt.Errorf("%w: --token %q is not an address", errUsage, *token)
		}
		p.Token = common.HexToAddress(*token)
	}
	if !*testnet && *token == "" {
		return fmt.Errorf("%w: give --token ADDRESS, or --testnet to deploy a test token", errUsage)
	}
	if *simKey != "" {
		k, err := parseHex32(*simKey)
		if err != nil {
			return fmt.Errorf("%w: --sim-platform-key: %v", errUsage, err)
		}
		p.SimPlatformKey = k
	}
	if *allowSim && *simKey == "" {
		return fmt.Errorf("%w: --allow-sim needs --sim-platform-key", errUsage)
	}

	key, err := deployerKey(*keyFile, *devAccount)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	client, err := ethclient.DialContext(ctx, *rpc)
	if err != nil {
		return fmt.Errorf("connect to %s: %w (is the chain running? 'cifer devchain' starts one)", *rpc, err)
	}
	defer client.Close()
	if _, err := client.ChainID(ctx); err != nil {
		return fmt.Errorf("connect to %s: %w (is the chain running? 'cifer devchain' starts one)", *rpc, err)
	}
	d, err := deploy.Deploy(ctx, client, key, p)
	if err != nil {
		return err
	}
	if err := d.Save(*out); err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "chain %d\n", d.ChainID)
	if d.Testnet {
		fmt.Fprintf(env.stdout, "token       %s\n", d.Addresses.Token.Hex())
	}
	fmt.Fprintf(env.stdout, "registry    %s\ncontroller  %s\nrewards     %s (the controller's creation fees)\n", d.Addresses.Registry.Hex(), d.Addresses.Controller.Hex(), d.Addresses.RewardsPool.Hex())
	fmt.Fprintf(env.stdout, "governor    %s\nvotes       %s\nparameters timelock %s\nsecurity timelock   %s (governance of registry, controller and rewards pool)\nwrote %s\n",
		d.Addresses.Governor.Hex(), d.Addresses.Votes.Hex(), d.Addresses.ParametersTimelock.Hex(), d.Addresses.SecurityTimelock.Hex(), *out)
	return nil
}

// deployerKey reads the deployer's key from a file, the environment, or
// (for dev chains only) a well-known dev account; never from a flag value.
func deployerKey(keyFile string, devAccount int) (*ecdsa.PrivateKey, error) {
	if keyFile != "" && devAccount >= 0 {
		return nil, fmt.Errorf("%w: give --key-file or --dev-account, not both", errUsage)
	}
	if devAccount >= 0 {
		return devchain.DevKey(devAccount)
	}
	k, err := deploy.LoadKey(keyFile)
	if err != nil {
		return nil, fmt.Errorf("%w (give --key-file FILE, set CIFER_DEPLOYER_KEY, or --dev-account N on a dev chain)", err)
	}
	return k, nil
}
