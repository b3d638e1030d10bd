package main

import (
	"context"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/node"
	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
)

func init() {
	register(&command{
		name:    "attest verify",
		summary: "verify a node's attestation statement file against given registry facts",
		run:     runAttestVerify,
	})
}

// attestMeasurements collects a repeatable hex flag of 32-byte values.
type attestMeasurements [][32]byte

func (l *attestMeasurements) String() string {
	parts := make([]string, len(*l))
	for i, v := range *l {
		parts[i] = hex.EncodeToString(v[:])
	}
	return strings.Join(parts, ",")
}

func (l *attestMeasurements) Set(s string) error {
	v, err := attestHex32(s)
	if err != nil {
		return err
	}
	*l = append(*l, v)
	return nil
}

func attestHex32(s string) ([32]byte, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X"))
	if err != nil || len(b) != 32 {
		return [32]byte{}, fmt.Errorf("want 32 bytes of hex, got %q", s)
	}
	return [32]byte(b), nil
}

func runAttestVerify(ctx context.Context, env *cliEnv, args []string) error {
	fs := newFlagSet(env, "attest verify")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `usage: cifer attest verify --file PATH --network NAME --chain-id ID [flags]

   or: cifer attest verify --addr MULTIADDR --deployment FILE
   or: cifer attest verify --https URL [--cacert FILE] --deployment FILE

Verifies an attestation statement file (hex text as nodes write it, or the
raw encoding) with the same policy nodes apply to each other. Until this
command reads the registry itself, the registry's facts come from flags;
facts not given are taken from the statement and reported as unchecked.
Exit code 0 only for a valid statement.

`)
		fs.PrintDefaults()
	}
	file := fs.String("file", "", "statement file: hex (optionally 0x) or raw bytes")
	network := fs.String("network", "", "our network name")
	chainID := fs.Uint64("chain-id", 0, "our home chain ID")
	var allowed attestMeasurements
	fs.Var(&allowed, "allow-measurement", "allowed enclave measurement, 32 bytes hex (repeatable)")
	allowSim := fs.Bool("allow-sim", false, "the registry allows simulated enclaves (testnets)")
	simKey := fs.String("sim-platform-key", "", "the registry's simPlatformKey (Ed25519 public key, 32 bytes hex)")
	peerID := fs.String("peer-id", "", "expected peer ID (the sender); default: the statement's own")
	wallet := fs.String("wallet", "", "expected enclave wallet address (registry record)")
	tkHash := fs.String("transport-key-hash", "", "expected SHA-256 of the transport key, hex (registry record)")
	at := fs.String("at", "", "verify as of this RFC 3339 time (default now)")
	skew := fs.Duration("max-clock-skew", 30*time.Second, "how far in the future a statement may be issued")
	addr := fs.String("addr", "", "fetch the statement from a running node at this multiaddr (with /p2p/<id>) and check it against the registry of --deployment")
	depPath := fs.String("deployment", os.Getenv("CIFER_DEPLOYMENT"), "with --addr or --https: the network's deployment JSON (env CIFER_DEPLOYMENT)")
	httpsURL := fs.String("https", "", "take the statement from the certificate of a node's HTTPS API (self tls mode) and check it against the registry of --deployment")
	caFile := fs.String("cacert", "", "with --https: also require the certificate to chain to this CA (PEM) for the URL's host")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, fs.Args())
	}
	if *addr != "" {
		return attestVerifyRemote(ctx, env, *addr, *depPath, *skew)
	}
	if *httpsURL != "" {
		return attestVerifyHTTPS(ctx, env, *httpsURL, *caFile, *depPath, *skew)
	}
	if *file == "" || *network == "" || *chainID == 0 {
		return fmt.Errorf("%w: --file, --network and --chain-id are required", errUsage)
	}
	if *allowSim && *simKey == "" {
		return fmt.Errorf("%w: --allow-sim needs --sim-platform-key", errUsage)
	}
	reg := &attestRegistry{allowed: allowed, simAllowed: *allowSim}
	var err error
	if *simKey != "" {
		if reg.platformKey, err = attestHex32(*simKey); err != nil {
			return fmt.Errorf("%w: --sim-platform-key: %v", errUsage, err)
		}
	}
	if *wallet != "" {
		if !common.IsHexAddress(*wallet) {
			return fmt.Errorf("%w: --wallet %q is not an address", errUsage, *wallet)
		}
		w := common.HexToAddress(*wallet)
		reg.wallet = &w
	}
	if *tkHash != "" {
		h, err := attestHex32(*tkHash)
		if err != nil {
			return fmt.Errorf("%w: --transport-key-hash: %v", errUsage, err)
		}
		reg.transportKeyHash = &h
	}
	now := time.Now()
	if *at != "" {
		if now, err = time.Parse(time.RFC3339, *at); err != nil {
			return fmt.Errorf("%w: --at: %v", errUsage, err)
		}
	}
	var from peer.ID
	if *peerID != "" {
		id, err := peer.Decode(*peerID)
		if err != nil {
			return fmt.Errorf("%w: --peer-id: %v", errUsage, err)
		}
		from = id
	}

	raw, err := attestReadFile(*file, 2*enclave.MaxStatementSize+64)
	if err != nil {
		return err
	}
	st, err := enclave.DecodeStatementFile(raw)
	if err != nil {
		fmt.Fprintf(env.stdout, "verdict: INVALID: %s\n", enclave.ReasonMalformed)
		return fmt.Errorf("statement invalid: %w", err)
	}
	if from == "" {
		from = peer.ID(st.PeerID)
	}
	reg.st = st
	attestPrint(env.stdout, st)
	fmt.Fprintf(env.stdout, "checked against flags: sender=%t wallet=%t transport-key-hash=%t\n",
		*peerID != "", reg.wallet != nil, reg.transportKeyHash != nil)

	policy := &enclave.Policy{
		Registry:     reg,
		Network:      *network,
		HomeChainID:  *chainID,
		Now:          func() time.Time { return now },
		MaxClockSkew: *skew,
		Verifiers:    node.ReportVerifiers(),
	}
	return attestVerdict(ctx, env, policy, st, from)
}

// attestVerdict applies the policy and prints the verdict; only a valid
// statement returns nil.
func attestVerdict(ctx context.Context, env *cliEnv, policy *enclave.Policy, st *enclave.Statement, from peer.ID) error {
	v, err := policy.Verify(ctx, st, from)
	if err != nil {
		reason := "other"
		var pe *enclave.PolicyError
		if errors.As(err, &pe) {
			reason = pe.Code
		}
		fmt.Fprintf(env.stdout, "verdict: INVALID: %s\n", reason)
		return fmt.Errorf("statement invalid: %w", err)
	}
	fmt.Fprintf(env.stdout, "report signer:      %x\n", v.Claims.Signer)
	fmt.Fprintf(env.stdout, "debug enclave:      %t\n", v.Claims.Debug)
	fmt.Fprintln(env.stdout, "verdict: VALID")
	return nil
}

func attestReadFile(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("statement file: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("statement file: %w", err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("statement file %s is larger than %d bytes", path, limit)
	}
	return b, nil
}

func attestPrint(w io.Writer, st *enclave.Statement) {
	backend := st.Backend
	if backend == enclave.BackendSim {
		backend += " (SIMULATED: no hardware protection)"
	}
	fmt.Fprintf(w, "backend:            %s\n", backend)
	fmt.Fprintf(w, "measurement:        %x\n", st.Measurement)
	fmt.Fprintf(w, "peer id:            %s\n", peer.ID(st.PeerID))
	fmt.Fprintf(w, "enclave wallet:     %s\n", st.Wallet)
	fmt.Fprintf(w, "transport key hash: %x\n", enclave.TransportKeyHash(st.TransportKey))
	fmt.Fprintf(w, "network:            %s\n", st.Network)
	fmt.Fprintf(w, "home chain id:      %d\n", st.HomeChainID)
	if st.ManifestHash != ([32]byte{}) {
		fmt.Fprintf(w, "manifest hash:      %x\n", st.ManifestHash)
	} else {
		fmt.Fprintf(w, "manifest hash:      none (a version-1 statement)\n")
	}
	fmt.Fprintf(w, "issued at:          %s\n", st.IssuedAt.Format(time.RFC3339))
	fmt.Fprintf(w, "expires at:         %s\n", st.ExpiresAt.Format(time.RFC3339))
}

// attestRegistry stands in for the on-chain registry with facts from flags.
// The node record mirrors the statement except where a flag says otherwise:
// without the chain, those facts cannot be checked and the output says so.
type attestRegistry struct {
	st               *enclave.Statement
	allowed          [][32]byte
	simAllowed       bool
	platformKey      [32]byte
	wallet           *common.Address
	transportKeyHash *[32]byte
}

func (r *attestRegistry) NodeByPeerID(_ context.Context, id peer.ID) (chain.NodeRecord, error) {
	rec := chain.NodeRecord{
		EnclaveWallet:    r.st.Wallet,
		Measurement:      r.st.Measurement,
		TransportKeyHash: enclave.TransportKeyHash(r.st.TransportKey),
		Status:           bindings.NodeStatusActive,
	}
	if r.wallet != nil {
		rec.EnclaveWallet = *r.wallet
	}
	if r.transportKeyHash != nil {
		rec.TransportKeyHash = *r.transportKeyHash
	}
	return rec, nil
}

func (r *attestRegistry) MeasurementAllowed(_ context.Context, m [32]byte) (bool, error) {
	for _, a := range r.allowed {
		if a == m {
			return true, nil
		}
	}
	return false, nil
}

func (r *attestRegistry) SimulatedPolicy(context.Context) (bool, [32]byte, error) {
	return r.simAllowed, r.platformKey, nil
}

var _ flag.Value = (*attestMeasurements)(nil)
