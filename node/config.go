// Package node wires one CIFER node together: its configuration, the order
// in which its parts start and stop, and which roles it runs.
package node

import (
	"bytes"
	"errors"
	"fmt"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/pelletier/go-toml/v2"

	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/internal/atomicfile"
	"github.com/cifer-network/cifer/request"
	"github.com/ethereum/go-ethereum/common"
)

// Config is a node's configuration. Every field has a TOML key, an
// environment variable (CIFER_ + the upper-cased key path, dots and dashes
// as underscores, e.g. CIFER_P2P_LISTEN) and a default; flags override the
// environment, which overrides the file. Secrets are never config values:
// keys live in files in the data dir.
type Config struct {
	// DataDir holds the peer key, sealed enclave keys and the share store.
	DataDir string `toml:"data-dir" comment:"Directory for the peer key, sealed enclave keys and the share store."`
	// Network names the network; it prefixes DHT and gossip protocols and is
	// bound into attestation statements.
	Network string `toml:"network" comment:"Network name: prefixes protocol IDs and is bound into attestations."`
	// Deployment is the deployment JSON written by 'cifer contracts deploy'.
	Deployment string `toml:"deployment" comment:"Deployment JSON written by 'cifer contracts deploy' (chains, addresses)."`

	Log      LogConfig      `toml:"log"`
	P2P      P2PConfig      `toml:"p2p"`
	Enclave  EnclaveConfig  `toml:"enclave"`
	HTTP     HTTPConfig     `toml:"http"`
	BlackBox BlackBoxConfig `toml:"blackbox"`
	Chains   ChainsConfig   `toml:"chains"`
	Usage    UsageConfig    `toml:"usage"`
}

// UsageConfig sets the plans the API's usage accounting admits requests
// against (request.Meter): POST /jobs/dataConsumption reports them, and a
// signer over its plan's limits gets 429 until the period ends.
type UsageConfig struct {
	Cycle       string       `toml:"cycle" comment:"Accounting period, aligned to UTC: daily or monthly."`
	DefaultPlan string       `toml:"default-plan" comment:"Plan of a signer 'signers' does not name."`
	Plans       []PlanConfig `toml:"plans" comment:"Plans; a limit of 0 is unlimited."`
	Signers     []string     `toml:"signers" comment:"Signers on another plan than the default, as wallet=plan-id."`
}

// PlanConfig is one plan: per period, how many requests and how many bytes
// each of encryption and decryption may take.
type PlanConfig struct {
	ID              string `toml:"id"`
	EncryptRequests uint64 `toml:"encrypt-requests"`
	EncryptBytes    uint64 `toml:"encrypt-bytes"`
	DecryptRequests uint64 `toml:"decrypt-requests"`
	DecryptBytes    uint64 `toml:"decrypt-bytes"`
}

// Policy turns the config into the meter's policy; ratePerSecond is the
// per-signer token bucket's rate it reports.
func (u UsageConfig) Policy(ratePerSecond float64) (request.UsagePolicy, error) {
	p := request.UsagePolicy{Cycle: request.Cycle(u.Cycle), Default: u.DefaultPlan, Plans: map[string]request.Plan{},
		Signers: map[common.Address]string{}, RatePerSecond: ratePerSecond}
	for _, pc := range u.Plans {
		if pc.ID == "" {
			return p, errors.New("usage.plans: a plan has no id")
		}
		if _, dup := p.Plans[pc.ID]; dup {
			return p, fmt.Errorf("usage.plans: plan %q is defined twice", pc.ID)
		}
		p.Plans[pc.ID] = request.Plan{ID: pc.ID,
			Encryption: request.Limits{Requests: pc.EncryptRequests, Bytes: pc.EncryptBytes},
			Decryption: request.Limits{Requests: pc.DecryptRequests, Bytes: pc.DecryptBytes}}
	}
	for _, e := range u.Signers {
		who, plan, ok := strings.Cut(e, "=")
		if !ok || !common.IsHexAddress(strings.TrimSpace(who)) {
			return p, fmt.Errorf("usage.signers: %q is not wallet=plan-id", e)
		}
		p.Signers[common.HexToAddress(strings.TrimSpace(who))] = strings.TrimSpace(plan)
	}
	if err := p.Validate(); err != nil {
		return p, fmt.Errorf("%s (in the [usage] section)", err)
	}
	return p, nil
}

// ChainsConfig says what clients are told about the chains this node
// serves. /healthz gives apps each chain's rpcUrl and wsRpcUrl (COMPAT.md:
// public and never empty); they are not the node's own endpoints (in the
// deployment), which may carry an API key and need not be reachable from
// an app.
type ChainsConfig struct {
	PublicRPC   []string `toml:"public-rpc" comment:"Public JSON-RPC URL per chain that /healthz gives apps, as chainId=url (e.g. 84532=https://sepolia.base.org). Required for every served chain unless the deployment is a local testnet."`
	PublicWSRPC []string `toml:"public-ws-rpc" comment:"Public WebSocket JSON-RPC URL per chain, as chainId=url. Required like public-rpc."`
	// Verify makes the home chain's secret states, elections, sim policy
	// and measurement allow-list come from storage proofs at a header that
	// VerifyQuorum of the VerifyRPC endpoints agree on (chain/headers,
	// chain/verified) instead of eth_call answers of one endpoint.
	Verify        bool     `toml:"verify" comment:"Read secret states, elections and the enclave policy of the home chain through storage proofs checked against a header several RPC endpoints agree on."`
	VerifyRPC     []string `toml:"verify-rpc" comment:"HTTP JSON-RPC endpoints of the home chain for verified reads (independent providers; empty: the deployment's rpcUrl alone)."`
	VerifyQuorum  int      `toml:"verify-quorum" comment:"How many of verify-rpc must give the same header (0: a majority)."`
	Confirmations uint64   `toml:"confirmations" comment:"Blocks below the quorum's head a header must be to be trusted (verified reads)."`
}

// PublicEndpoints are one chain's URLs as /healthz gives them to apps.
type PublicEndpoints struct {
	RPCURL, WSRPCURL string
}

// parsePublicURLs reads chainId=url entries whose URLs use one of schemes.
func parsePublicURLs(key string, entries []string, schemes ...string) (map[uint64]string, error) {
	out := map[uint64]string{}
	for _, e := range entries {
		id, raw, ok := strings.Cut(e, "=")
		chainID, err := strconv.ParseUint(strings.TrimSpace(id), 10, 64)
		if !ok || err != nil || chainID == 0 {
			return nil, fmt.Errorf("chains.%s: %q is not chainId=url", key, e)
		}
		u, err := url.Parse(strings.TrimSpace(raw))
		if err != nil || u.Host == "" || !slices.Contains(schemes, u.Scheme) {
			return nil, fmt.Errorf("chains.%s: %q: the URL must be absolute with scheme %s", key, e, strings.Join(schemes, " or "))
		}
		if _, dup := out[chainID]; dup {
			return nil, fmt.Errorf("chains.%s: chain %d is given twice", key, chainID)
		}
		out[chainID] = u.String()
	}
	return out, nil
}

// PublicEndpoints returns the URLs /healthz gives apps for a chain: the
// configured ones, or on a local testnet's deployment its own (the dev
// chain is as public as the testnet). A served chain without them is a
// configuration error: apps would be told an empty rpcUrl.
func (c ChainsConfig) PublicEndpoints(chainID uint64, testnetRPC, testnetWS string) (PublicEndpoints, error) {
	rpcs, err := parsePublicURLs("public-rpc", c.PublicRPC, "https", "http")
	if err != nil {
		return PublicEndpoints{}, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	wss, err := parsePublicURLs("public-ws-rpc", c.PublicWSRPC, "wss", "ws")
	if err != nil {
		return PublicEndpoints{}, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	e := PublicEndpoints{RPCURL: rpcs[chainID], WSRPCURL: wss[chainID]}
	if e.RPCURL == "" {
		e.RPCURL = testnetRPC
	}
	if e.WSRPCURL == "" {
		e.WSRPCURL = testnetWS
	}
	switch {
	case e.RPCURL == "":
		return e, fmt.Errorf("%w: chains.public-rpc has no URL for chain %d: apps read it from /healthz; give a public one (not this node's own endpoint, which may carry an API key)", ErrConfig, chainID)
	case e.WSRPCURL == "":
		return e, fmt.Errorf("%w: chains.public-ws-rpc has no URL for chain %d: apps read it from /healthz; give a public one", ErrConfig, chainID)
	}
	return e, nil
}

// BlackBoxConfig sets the Black Box role, which a node plays while the
// registry has elected it.
type BlackBoxConfig struct {
	// FailoverTimeout is how long a Black Box waits for the one ranked
	// before it to handle a new secret before taking over.
	FailoverTimeout Duration `toml:"failover-timeout" comment:"How long to wait for the Black Box ranked before this one to handle a new secret."`
	// AdvanceEpochs makes the node call advanceEpoch() from its enclave
	// wallet when an epoch is due (anyone may; someone must).
	AdvanceEpochs bool `toml:"advance-epochs" comment:"Call advanceEpoch() from the enclave wallet when an epoch is due (costs gas)."`
	// RatePerSecond and RateBurst bound each signer's decrypt requests, both
	// at this node's Black Box and at its custodian (across every Black Box
	// that forwards that signer's requests).
	RatePerSecond float64 `toml:"rate-per-second" comment:"Decrypt requests per second allowed per signer, at the Black Box and at the custodian (0: unlimited)."`
	RateBurst     int     `toml:"rate-burst" comment:"Burst of decrypt requests allowed per signer, at the Black Box and at the custodian."`
	// IPRatePerSecond and IPRateBurst bound the signed requests of each
	// remote address (HTTP and light clients), in front of the per-signer
	// limit, which a fresh key per request escapes.
	IPRatePerSecond float64  `toml:"ip-rate-per-second" comment:"Signed requests per second allowed per remote IP address (IPv6: per /64), HTTP and light clients (0: unlimited)."`
	IPRateBurst     int      `toml:"ip-rate-burst" comment:"Burst of signed requests allowed per remote IP address."`
	IPRateExempt    []string `toml:"ip-rate-exempt" comment:"Address prefixes the per-IP limit does not apply to, e.g. a gateway in front of this node (loopback by default)."`
	// ReportMissing makes the node send, from its enclave wallet, the
	// report that a fellow cluster member has been unreachable for the
	// governed time once t fellow members co-signed it. Co-signing others'
	// reports needs no gas and is always on.
	ReportMissing bool `toml:"report-missing" comment:"Send the co-signed report of a cluster member unreachable for the governed time from the enclave wallet (costs gas)."`
}

// LogConfig sets logging.
type LogConfig struct {
	Level  string `toml:"level" comment:"debug, info, warn or error. ERROR means an operator must act."`
	Format string `toml:"format" comment:"text or json."`
}

// P2PConfig sets the libp2p host.
type P2PConfig struct {
	Listen    []string `toml:"listen" comment:"Multiaddrs to listen on (TCP and QUIC)."`
	Bootstrap []string `toml:"bootstrap" comment:"Bootstrap peers' multiaddrs (with /p2p/<id>); on-chain addresses are added."`
	// AttestationInterval is how often the node republishes its statement.
	AttestationInterval Duration `toml:"attestation-interval" comment:"How often to republish this node's attestation statement."`
	// MaxClockSkew is how far in the future a peer's statement may be
	// issued (its clock ahead of ours) and still be accepted.
	MaxClockSkew Duration `toml:"max-clock-skew" comment:"How far ahead of this node's clock a peer's attestation statement may be issued."`
}

// EnclaveConfig selects the TEE backend.
type EnclaveConfig struct {
	Backend string `toml:"backend" comment:"sgx (EGo, needs SGX hardware) or sim (testnets only: no hardware protection)."`
	// SimPlatformKeyFile is the testnet platform key that signs sim reports.
	SimPlatformKeyFile string `toml:"sim-platform-key-file" comment:"sim only: file with the testnet platform key that signs reports."`
	// AcceptSimulatedPeers lets an sgx node accept sim peers when the
	// registry allows them. Off by default: the registry's switch is one
	// governance key's decision, taken with no delay, and a production
	// node should not let simulated enclaves hold or rebuild keys on its
	// word alone. A sim node always follows the registry.
	AcceptSimulatedPeers bool `toml:"accept-simulated-peers" comment:"sgx only: accept sim peers when the registry allows them (off: sim peers are refused whatever the registry says)."`
}

// HTTPConfig sets the node's HTTP listeners.
type HTTPConfig struct {
	API     string `toml:"api" comment:"Address of the Black Box HTTP API (served while elected); empty disables it."`
	Metrics string `toml:"metrics" comment:"Address of /metrics and /healthz; empty disables it."`
	// Pprof serves Go's profiler on the metrics listener; profiles show
	// code paths and timings, never key material, but are for operators.
	Pprof bool `toml:"pprof" comment:"Serve /debug/pprof on the metrics address (profiling; off in production)."`
	// TLS is how the API's certificate is made; the TLS key is always the
	// enclave's (docs/HTTP-API.md, TLS).
	TLS string `toml:"tls" comment:"API TLS, terminated in the enclave: self (certificate with the attestation statement, self-signed or by tls-ca-*), acme, csr (chain in tls-cert-file for 'cifer node tls-csr'), or off (plain HTTP, loopback addresses only)."`
	// TLSNames are the certificate's names (self, acme; csr takes them on
	// the command line).
	TLSNames      []string `toml:"tls-names" comment:"DNS names and IP addresses the API certificate is for (self default: 127.0.0.1, ::1, localhost; acme: required)."`
	TLSCACertFile string   `toml:"tls-ca-cert-file" comment:"self only: PEM certificate of a CA that issues the node's certificate (empty: self-signed)."`
	TLSCAKeyFile  string   `toml:"tls-ca-key-file" comment:"self only: PEM private key of that CA (a dev or private CA; set with tls-ca-cert-file)."`
	TLSCertFile   string   `toml:"tls-cert-file" comment:"csr only: PEM chain issued for the enclave key's CSR, leaf first (re-read when it changes)."`
	// ACME mode: the key the CA certifies is the enclave's; the account
	// key is made in the enclave too, both sealed in the data dir.
	ACMEDirectoryURL string `toml:"acme-directory-url" comment:"acme only: the ACME server's directory URL."`
	ACMEEmail        string `toml:"acme-email" comment:"acme only: contact address for the ACME account (optional)."`
	ACMECAFile       string `toml:"acme-ca-file" comment:"acme only: PEM roots to trust for the ACME server's own HTTPS (empty: the system's)."`
}

// Duration is a time.Duration that reads and writes as "30s" in TOML.
type Duration struct{ time.Duration }

// MarshalText writes the duration as Go's duration string.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText parses Go's duration string.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

// DefaultConfig is the configuration a fresh 'cifer node init' writes.
func DefaultConfig(dataDir string) Config {
	return Config{
		DataDir:    dataDir,
		Network:    "cifer-local",
		Deployment: filepath.Join(dataDir, "deployment.json"),
		Log:        LogConfig{Level: "info", Format: "text"},
		P2P: P2PConfig{
			Listen:              []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"},
			Bootstrap:           []string{},
			AttestationInterval: Duration{2 * time.Minute},
			MaxClockSkew:        Duration{enclave.DefaultMaxClockSkew},
		},
		Enclave: EnclaveConfig{Backend: "sim"},
		HTTP:    HTTPConfig{API: "127.0.0.1:0", Metrics: "127.0.0.1:0", TLS: "self", TLSNames: []string{}},
		BlackBox: BlackBoxConfig{
			FailoverTimeout: Duration{10 * time.Second},
			AdvanceEpochs:   true,
			ReportMissing:   true,
			RatePerSecond:   50,
			RateBurst:       100,
			IPRatePerSecond: 500,
			IPRateBurst:     1000,
			IPRateExempt:    []string{"127.0.0.0/8", "::1/128"},
		},
		Chains: ChainsConfig{PublicRPC: []string{}, PublicWSRPC: []string{}, VerifyRPC: []string{}, Confirmations: 1},
		// One plan with no limits: the per-signer token bucket still
		// applies; an operator who sells plans defines them here.
		Usage: UsageConfig{Cycle: string(request.Monthly), DefaultPlan: "open", Plans: []PlanConfig{{ID: "open"}}, Signers: []string{}},
	}
}

// ErrConfig marks configuration errors: the message says which key is wrong
// and what it accepts.
var ErrConfig = errors.New("invalid configuration")

// LoadConfig reads path over the defaults, then applies the environment.
// A missing file is an error that says how to make one.
func LoadConfig(path string, environ []string) (Config, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return Config{}, fmt.Errorf("%w: no config file at %s: run 'cifer node init --data-dir DIR' to create one", ErrConfig, path)
	}
	if err != nil {
		return Config{}, fmt.Errorf("read config: %w", err)
	}
	cfg := DefaultConfig(filepath.Dir(path))
	dec := toml.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		var sm *toml.StrictMissingError
		if errors.As(err, &sm) {
			return Config{}, fmt.Errorf("%w: %s: unknown key(s):\n%s", ErrConfig, path, sm.String())
		}
		var de *toml.DecodeError
		if errors.As(err, &de) {
			row, col := de.Position()
			return Config{}, fmt.Errorf("%w: %s:%d:%d: %v", ErrConfig, path, row, col, de)
		}
		return Config{}, fmt.Errorf("%w: %s: %v", ErrConfig, path, err)
	}
	if err := ApplyEnv(&cfg, environ); err != nil {
		return Config{}, err
	}
	if err := cfg.Validate(); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

// WriteConfig writes cfg as commented TOML, refusing to overwrite.
func WriteConfig(path string, cfg Config) error {
	b, err := toml.Marshal(cfg)
	if err != nil {
		return fmt.Errorf("encode config: %w", err)
	}
	header := "# CIFER node configuration. Environment variables CIFER_<KEY> override\n# these values (e.g. CIFER_P2P_LISTEN); command-line flags override both.\n\n"
	if err := atomicfile.Create(path, append([]byte(header), b...), 0o600); err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	return nil
}

// Validate checks values the node cannot run with.
func (c *Config) Validate() error {
	var errs []error
	if c.DataDir == "" {
		errs = append(errs, errors.New("data-dir is empty"))
	}
	if c.Network == "" || strings.ContainsAny(c.Network, "/ \t") {
		errs = append(errs, fmt.Errorf("network %q must be a non-empty name without '/' or spaces", c.Network))
	}
	switch c.Enclave.Backend {
	case "sgx", "sim":
	default:
		errs = append(errs, fmt.Errorf("enclave.backend %q must be sgx or sim", c.Enclave.Backend))
	}
	switch strings.ToLower(c.Log.Level) {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Errorf("log.level %q must be debug, info, warn or error", c.Log.Level))
	}
	switch c.Log.Format {
	case "text", "json":
	default:
		errs = append(errs, fmt.Errorf("log.format %q must be text or json", c.Log.Format))
	}
	if c.P2P.MaxClockSkew.Duration < 0 || c.P2P.MaxClockSkew.Duration > 10*time.Minute {
		errs = append(errs, fmt.Errorf("p2p.max-clock-skew %s is outside 0s..10m", c.P2P.MaxClockSkew))
	}
	if c.P2P.AttestationInterval.Duration < time.Second {
		errs = append(errs, fmt.Errorf("p2p.attestation-interval %s is below 1s", c.P2P.AttestationInterval))
	}
	if c.BlackBox.RatePerSecond < 0 || c.BlackBox.RateBurst < 0 {
		errs = append(errs, errors.New("blackbox.rate-per-second and blackbox.rate-burst must not be negative"))
	}
	if c.BlackBox.IPRatePerSecond < 0 || c.BlackBox.IPRateBurst < 0 {
		errs = append(errs, errors.New("blackbox.ip-rate-per-second and blackbox.ip-rate-burst must not be negative"))
	}
	for _, p := range c.BlackBox.IPRateExempt {
		if _, err := netip.ParsePrefix(p); err != nil {
			errs = append(errs, fmt.Errorf("blackbox.ip-rate-exempt: %q is not an address prefix such as 10.0.0.0/8", p))
		}
	}
	if _, err := parsePublicURLs("public-rpc", c.Chains.PublicRPC, "https", "http"); err != nil {
		errs = append(errs, err)
	}
	if _, err := parsePublicURLs("public-ws-rpc", c.Chains.PublicWSRPC, "wss", "ws"); err != nil {
		errs = append(errs, err)
	}
	if _, err := c.Usage.Policy(0); err != nil {
		errs = append(errs, err)
	}
	if len(c.P2P.Listen) == 0 {
		errs = append(errs, errors.New("p2p.listen is empty"))
	}
	errs = append(errs, c.HTTP.validateTLS()...)
	if len(errs) > 0 {
		return fmt.Errorf("%w: %w", ErrConfig, errors.Join(errs...))
	}
	return nil
}

// ApplyEnv sets fields from CIFER_* variables. Lists are comma-separated.
// An unknown CIFER_ variable is an error, so a typo does not pass silently.
func ApplyEnv(cfg *Config, environ []string) error {
	fields := map[string]reflect.Value{}
	collectEnvFields(reflect.ValueOf(cfg).Elem(), "CIFER", fields)
	for _, kv := range environ {
		name, value, ok := strings.Cut(kv, "=")
		if !ok || !strings.HasPrefix(name, "CIFER_") {
			continue
		}
		f, known := fields[name]
		if !known {
			if isReservedEnv(name) {
				continue
			}
			return fmt.Errorf("%w: unknown environment variable %s", ErrConfig, name)
		}
		if err := setFromString(f, value); err != nil {
			return fmt.Errorf("%w: %s=%q: %v", ErrConfig, name, value, err)
		}
	}
	return nil
}

// isReservedEnv lists CIFER_ variables that are not config keys (secrets
// read by commands from the environment).
func isReservedEnv(name string) bool {
	switch name {
	case "CIFER_DEPLOYER_KEY", "CIFER_OPERATOR_KEY", "CIFER_CLIENT_KEY", "CIFER_BOOTSTRAP":
		return true
	}
	return false
}

// EnvNames lists every configuration environment variable (for docs and
// 'cifer node init --help').
func EnvNames() []string {
	var cfg Config
	fields := map[string]reflect.Value{}
	collectEnvFields(reflect.ValueOf(&cfg).Elem(), "CIFER", fields)
	names := make([]string, 0, len(fields))
	for n := range fields {
		names = append(names, n)
	}
	return names
}

func collectEnvFields(v reflect.Value, prefix string, out map[string]reflect.Value) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		key := strings.Split(sf.Tag.Get("toml"), ",")[0]
		if key == "" || key == "-" {
			continue
		}
		name := prefix + "_" + strings.ToUpper(strings.ReplaceAll(key, "-", "_"))
		fv := v.Field(i)
		if fv.Kind() == reflect.Struct && fv.Type() != reflect.TypeOf(Duration{}) {
			collectEnvFields(fv, name, out)
			continue
		}
		out[name] = fv
	}
}

func setFromString(f reflect.Value, s string) error {
	switch {
	case f.Type() == reflect.TypeOf(Duration{}):
		d, err := time.ParseDuration(s)
		if err != nil {
			return err
		}
		f.Set(reflect.ValueOf(Duration{d}))
	case f.Kind() == reflect.String:
		f.SetString(s)
	case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.String:
		var parts []string
		for _, p := range strings.Split(s, ",") {
			if p = strings.TrimSpace(p); p != "" {
				parts = append(parts, p)
			}
		}
		f.Set(reflect.ValueOf(parts))
	case f.Kind() == reflect.Bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return err
		}
		f.SetBool(b)
	case f.Kind() == reflect.Uint64:
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return err
		}
		f.SetUint(n)
	case f.Kind() == reflect.Int:
		n, err := strconv.Atoi(s)
		if err != nil {
			return err
		}
		f.SetInt(int64(n))
	case f.Kind() == reflect.Float64:
		n, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return err
		}
		f.SetFloat(n)
	default:
		return fmt.Errorf("unsupported kind %s", f.Kind())
	}
	return nil
}
