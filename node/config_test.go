package node

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestConfigWriteLoadRoundTrip(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config.toml")
	want := DefaultConfig(dir)
	if err := WriteConfig(path, want); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	for _, s := range []string{"# CIFER node configuration", "# sgx (EGo", "[p2p]", "attestation-interval = '2m0s'"} {
		if !strings.Contains(string(b), s) {
			t.Errorf("written config lacks %q:\n%s", s, b)
		}
	}
	got, err := LoadConfig(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("round trip:\n got %+v\nwant %+v", got, want)
	}
	if err := WriteConfig(path, want); err == nil {
		t.Fatal("WriteConfig overwrote an existing file")
	}
}

func TestConfigEnvOverrides(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config.toml")
	if err := WriteConfig(path, DefaultConfig(dir)); err != nil {
		t.Fatal(err)
	}
	env := []string{
		"CIFER_NETWORK=testnet-7",
		"CIFER_P2P_LISTEN=/ip4/127.0.0.1/tcp/4001, /ip4/127.0.0.1/udp/4001/quic-v1",
		"CIFER_P2P_ATTESTATION_INTERVAL=45s",
		"CIFER_ENCLAVE_BACKEND=sgx",
		"CIFER_DEPLOYER_KEY=not-a-config-key",
		"HOME=/ignored",
	}
	cfg, err := LoadConfig(path, env)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Network != "testnet-7" || cfg.Enclave.Backend != "sgx" || cfg.P2P.AttestationInterval.Duration != 45*time.Second {
		t.Fatalf("env not applied: %+v", cfg)
	}
	if len(cfg.P2P.Listen) != 2 || cfg.P2P.Listen[1] != "/ip4/127.0.0.1/udp/4001/quic-v1" {
		t.Fatalf("list from env: %q", cfg.P2P.Listen)
	}
	for _, n := range EnvNames() {
		if !strings.HasPrefix(n, "CIFER_") {
			t.Fatalf("env name %s", n)
		}
	}
}

func TestConfigErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := filepath.Join(dir, "good.toml")
	if err := WriteConfig(good, DefaultConfig(dir)); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		path string
		env  []string
		want string
	}{
		{"missing file", filepath.Join(dir, "nope.toml"), nil, "run 'cifer node init"},
		{"unknown key", write("unknown.toml", "netwrok = 'x'\n"), nil, "unknown key"},
		{"syntax error", write("syntax.toml", "network = \n"), nil, "syntax.toml:1"},
		{"bad backend", write("backend.toml", "[enclave]\nbackend = 'tdx'\n"), nil, "enclave.backend \"tdx\" must be sgx or sim"},
		{"bad duration", write("dur.toml", "[p2p]\nattestation-interval = 'soon'\n"), nil, "dur.toml"},
		{"unknown env", good, []string{"CIFER_NETWROK=x"}, "unknown environment variable CIFER_NETWROK"},
		{"bad env duration", good, []string{"CIFER_P2P_ATTESTATION_INTERVAL=soon"}, "CIFER_P2P_ATTESTATION_INTERVAL"},
		{"bad network name", good, []string{"CIFER_NETWORK=a/b"}, "network \"a/b\""},
		{"bad exempt prefix", write("exempt.toml", "[blackbox]\nip-rate-exempt = ['10.0.0.0']\n"), nil, "\"10.0.0.0\" is not an address prefix"},
		{"negative ip rate", write("iprate.toml", "[blackbox]\nip-rate-per-second = -1\n"), nil, "ip-rate-per-second"},
		{"usage: unknown default plan", write("plan.toml", "[usage]\ndefault-plan = 'gold'\n"), nil, "default plan \"gold\" is not defined"},
		{"usage: signer on an unknown plan", write("signer.toml", "[usage]\nsigners = ['0x00000000000000000000000000000000000a11ce=gold']\n"), nil, "is on plan \"gold\""},
		{"usage: not wallet=plan", write("signer2.toml", "[usage]\nsigners = ['alice=open']\n"), nil, "\"alice=open\" is not wallet=plan-id"},
		{"usage: weekly", write("cycle.toml", "[usage]\ncycle = 'weekly'\n"), nil, "cycle \"weekly\""},
		{"usage: plan twice", write("twice.toml", "[[usage.plans]]\nid = 'open'\n[[usage.plans]]\nid = 'open'\n"), nil, "defined twice"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadConfig(tc.path, tc.env)
			if !errors.Is(err, ErrConfig) {
				t.Fatalf("got %v, want ErrConfig", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %q does not say %q", err, tc.want)
			}
		})
	}
}

// TestPublicEndpoints: /healthz must never give apps an empty rpcUrl or
// wsRpcUrl (COMPAT.md), and never the node's own endpoint unless the
// deployment is a local testnet.
func TestPublicEndpoints(t *testing.T) {
	cases := []struct {
		name            string
		rpc, ws         []string
		testRPC, testWS string
		want            PublicEndpoints
		err             string
	}{
		{name: "configured", rpc: []string{"84532=https://sepolia.base.org", "1=https://eth.example"}, ws: []string{"84532=wss://sepolia.base.org/ws"},
			want: PublicEndpoints{RPCURL: "https://sepolia.base.org", WSRPCURL: "wss://sepolia.base.org/ws"}},
		{name: "configured wins over a testnet's own", rpc: []string{"84532=https://a.example"}, ws: []string{"84532=wss://a.example"},
			testRPC: "http://127.0.0.1:8545", testWS: "ws://127.0.0.1:8546", want: PublicEndpoints{RPCURL: "https://a.example", WSRPCURL: "wss://a.example"}},
		{name: "testnet falls back to its dev chain", testRPC: "http://127.0.0.1:8545", testWS: "ws://127.0.0.1:8546",
			want: PublicEndpoints{RPCURL: "http://127.0.0.1:8545", WSRPCURL: "ws://127.0.0.1:8546"}},
		{name: "no rpc for the served chain", rpc: []string{"1=https://eth.example"}, ws: []string{"84532=wss://a.example"}, err: "chains.public-rpc has no URL for chain 84532"},
		{name: "no ws", rpc: []string{"84532=https://a.example"}, err: "chains.public-ws-rpc has no URL for chain 84532"},
		{name: "not chainId=url", rpc: []string{"https://a.example"}, err: `"https://a.example" is not chainId=url`},
		{name: "ws scheme for rpc", rpc: []string{"84532=wss://a.example"}, err: "scheme https or http"},
		{name: "relative url", ws: []string{"84532=/ws"}, err: "scheme wss or ws"},
		{name: "twice", rpc: []string{"84532=https://a.example", "84532=https://b.example"}, err: "chain 84532 is given twice"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := ChainsConfig{PublicRPC: tc.rpc, PublicWSRPC: tc.ws}
			got, err := c.PublicEndpoints(84532, tc.testRPC, tc.testWS)
			if tc.err != "" {
				if err == nil || !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err %v, want ErrConfig with %q", err, tc.err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("got %+v, %v; want %+v", got, err, tc.want)
			}
		})
	}
	// A malformed entry is refused when the config loads, not at start.
	cfg := DefaultConfig(t.TempDir())
	cfg.Chains.PublicRPC = []string{"x=y"}
	if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), "chains.public-rpc") {
		t.Fatalf("Validate: %v", err)
	}
}
