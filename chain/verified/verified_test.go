package verified_test

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/chain/devchain"
	"github.com/cifer-network/cifer/chain/verified"
	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/contracts/layout"
	"github.com/cifer-network/cifer/contracts/testbindings"
	"github.com/cifer-network/cifer/internal/rpclie"
)

// env is a dev chain with a SecretsController whose authority lets anyone
// mark secrets synced, and secrets in each shape the reader decodes.
type env struct {
	ctx        context.Context
	chain      *devchain.Chain
	eth        *ethclient.Client
	controller common.Address
	ctrl       *bindings.SecretsController
	secrets    map[string]uint64 // name => id
}

var cids = map[string]string{
	"syncing":   "",
	"short cid": "bafy-short",                                                  // < 32 bytes
	"cid":       "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", // 59 bytes, as the network makes
	"long cid":  strings.Repeat("bafkrei", 20),                                 // 140 bytes: a second round
}

func newEnv(t *testing.T) *env { return newEnvBlocks(t, 0) }

// newEnvBlocks is newEnv on a chain making a block every blockTime (0: a
// block per transaction).
func newEnvBlocks(t *testing.T, blockTime time.Duration) *env {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	c, err := devchain.Start(ctx, devchain.Config{Accounts: 3, BlockTime: blockTime})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	eth, err := ethclient.DialContext(ctx, c.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(eth.Close)
	key, err := devchain.DevKey(0)
	if err != nil {
		t.Fatal(err)
	}
	id, err := eth.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	auth, err := bind.NewKeyedTransactorWithChainID(key, id)
	if err != nil {
		t.Fatal(err)
	}
	auth.Context = ctx
	// A fixed limit: a gas estimate right after the previous receipt may
	// still run on the block before it (the secret "not found").
	auth.GasLimit = 8_000_000
	mine := func(tx *types.Transaction, err error) *types.Receipt {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		rc, err := bind.WaitMined(ctx, eth, tx)
		if err != nil || rc.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("tx %s: %v (status %d)", tx.Hash(), err, rc.Status)
		}
		return rc
	}
	authAddr, tx, _, err := testbindings.DeployAllowAllAuthority(auth, eth)
	mine(tx, err)
	ctrlAddr, tx, ctrl, err := bindings.DeploySecretsController(auth, eth, authAddr, big.NewInt(0))
	mine(tx, err)
	e := &env{ctx: ctx, chain: c, eth: eth, controller: ctrlAddr, ctrl: ctrl, secrets: map[string]uint64{}}
	for name, cid := range cids {
		rc := mine(ctrl.CreateSecret0(auth))
		ev, err := ctrl.ParseSecretCreated(*rc.Logs[0])
		if err != nil {
			t.Fatal(err)
		}
		e.secrets[name] = ev.SecretId.Uint64()
		if cid != "" {
			mine(ctrl.MarkSecretSynced(auth, ev.SecretId, 3, cid))
		}
	}
	mine(ctrl.SetDelegate(auth, new(big.Int).SetUint64(e.secrets["cid"]), common.HexToAddress("0x00000000000000000000000000000000000d1e9a")))
	return e
}

func (e *env) header(t *testing.T) *types.Header {
	t.Helper()
	h, err := e.eth.HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func proofsAt(t *testing.T, url string) verified.ProofSource {
	t.Helper()
	rc, err := rpc.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rc.Close)
	return gethclient.New(rc)
}

func TestLayoutHasWhatReadersUse(t *testing.T) {
	for _, label := range []string{"owner", "delegate", "isSyncing", "clusterId", "secretType", "publicKeyCid"} {
		if _, ok := layout.SecretsControllerSecret[label]; !ok {
			t.Errorf("layout.SecretsControllerSecret has no %q", label)
		}
	}
	if _, ok := layout.SecretsController["secrets"]; !ok {
		t.Error(`layout.SecretsController has no "secrets"`)
	}
}

// Every shape of secret reads the same through proofs as through the
// contract's own getter.
func TestSecretStateMatchesTheContract(t *testing.T) {
	e := newEnv(t)
	r := &verified.Reader{Endpoints: []verified.Endpoint{{Name: "honest", Proofs: proofsAt(t, e.chain.HTTPURL())}}}
	h := e.header(t)
	direct, err := chain.Dial(e.ctx, chain.Config{Name: "dev", ChainID: devchain.DefaultChainID, RPCURL: e.chain.HTTPURL(), ControllerAddress: e.controller, BlockTimeMs: 1000}, chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer direct.Close()
	for name, id := range e.secrets {
		t.Run(name, func(t *testing.T) {
			got, err := r.SecretState(e.ctx, h, e.controller, id)
			if err != nil {
				t.Fatal(err)
			}
			want, err := direct.SecretState(e.ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Fatalf("proven %+v, getter %+v", got, want)
			}
			if got.PublicKeyCID != cids[name] {
				t.Fatalf("CID %q, want %q", got.PublicKeyCID, cids[name])
			}
		})
	}
	if _, err := r.SecretState(e.ctx, h, e.controller, 999); !errors.Is(err, chain.ErrSecretNotFound) {
		t.Fatalf("a secret that does not exist: %v, want ErrSecretNotFound", err)
	}
}

// forgeStorage rewrites every eth_getProof storage value to v (a provider
// that says, for instance, that the attacker owns the secret).
func forgeStorage(v string) rpclie.Rewrite {
	return func(method string, _, result json.RawMessage) (json.RawMessage, bool) {
		if method != "eth_getProof" {
			return result, false
		}
		var res map[string]any
		if err := json.Unmarshal(result, &res); err != nil {
			return result, false
		}
		for _, sp := range res["storageProof"].([]any) {
			sp.(map[string]any)["value"] = v
		}
		out, _ := json.Marshal(res)
		return out, true
	}
}

// forgeProofNode swaps a byte inside the first storage proof node: the
// value and the proof agree on nothing any more.
func forgeProofNode(method string, _, result json.RawMessage) (json.RawMessage, bool) {
	if method != "eth_getProof" {
		return result, false
	}
	var res map[string]any
	if err := json.Unmarshal(result, &res); err != nil {
		return result, false
	}
	sp := res["storageProof"].([]any)[0].(map[string]any)
	nodes := sp["proof"].([]any)
	if len(nodes) == 0 {
		return result, false
	}
	b, _ := hexutil.Decode(nodes[0].(string))
	b[len(b)/2] ^= 0xff
	nodes[0] = hexutil.Encode(b)
	out, _ := json.Marshal(res)
	return out, true
}

// One lying endpoint of three: the reader is not fooled, counts the lie and
// reads from another. All lying: the read fails with ErrUnverified and
// gives no value.
func TestLyingEndpoints(t *testing.T) {
	e := newEnv(t)
	attacker := "0xa77ac4e4a77ac4e4a77ac4e4a77ac4e4a77ac4e4"
	for _, tc := range []struct {
		name string
		lie  rpclie.Rewrite
	}{
		{"forged value (the attacker owns it)", forgeStorage(attacker)},
		{"forged proof node", forgeProofNode},
	} {
		t.Run(tc.name, func(t *testing.T) {
			liar, err := rpclie.Start(e.chain.HTTPURL(), tc.lie)
			if err != nil {
				t.Fatal(err)
			}
			defer liar.Close()
			honest, err := rpclie.Start(e.chain.HTTPURL(), nil)
			if err != nil {
				t.Fatal(err)
			}
			defer honest.Close()
			lies := map[string]int{}
			r := &verified.Reader{
				Endpoints: []verified.Endpoint{{Name: "liar", Proofs: proofsAt(t, liar.URL)}, {Name: "honest", Proofs: proofsAt(t, honest.URL)}},
				OnLie:     func(ep string, _ error) { lies[ep]++ },
			}
			h := e.header(t)
			id := e.secrets["cid"]
			got, err := r.SecretState(e.ctx, h, e.controller, id)
			if err != nil {
				t.Fatal(err)
			}
			if got.PublicKeyCID != cids["cid"] || got.Owner == common.HexToAddress(attacker) || got.Owner == (common.Address{}) {
				t.Fatalf("read %+v through a liar", got)
			}
			if liar.Lies() == 0 || lies["liar"] == 0 || lies["honest"] != 0 {
				t.Fatalf("lies told %d, counted %v", liar.Lies(), lies)
			}

			onlyLiars := &verified.Reader{Endpoints: []verified.Endpoint{{Name: "liar", Proofs: proofsAt(t, liar.URL)}}}
			if st, err := onlyLiars.SecretState(e.ctx, h, e.controller, id); !errors.Is(err, verified.ErrUnverified) {
				t.Fatalf("only a liar to ask: %+v, %v, want ErrUnverified", st, err)
			}
		})
	}
}

// A proof made against another block's state root (an endpoint serving a
// stale or a future state as the trusted one) does not verify.
func TestProofOfAnotherBlockRefused(t *testing.T) {
	e := newEnv(t)
	r := &verified.Reader{Endpoints: []verified.Endpoint{{Name: "honest", Proofs: proofsAt(t, e.chain.HTTPURL())}}}
	h := e.header(t)
	forged := types.CopyHeader(h)
	forged.Root = common.HexToHash("0x1234")
	if _, err := r.SecretState(e.ctx, forged, e.controller, e.secrets["cid"]); !errors.Is(err, verified.ErrUnverified) {
		t.Fatalf("proof against a root it does not lead to: %v, want ErrUnverified", err)
	}
}

// dropLogs empties every receipt's logs in eth_getBlockReceipts answers (a
// provider hiding a DelegateUpdated, so a revoked delegate stays cached).
func dropLogs(method string, _, result json.RawMessage) (json.RawMessage, bool) {
	if method != "eth_getBlockReceipts" {
		return result, false
	}
	var rs []map[string]any
	if err := json.Unmarshal(result, &rs); err != nil {
		return result, false
	}
	changed := false
	for _, r := range rs {
		if l, ok := r["logs"].([]any); ok && len(l) > 0 {
			r["logs"] = []any{}
			changed = true
		}
	}
	out, _ := json.Marshal(rs)
	return out, changed
}

// A block's logs are believed only from receipts that derive its header's
// receipts root: an endpoint that drops the DelegateUpdated log is caught
// and another is asked; with only that endpoint the logs are unverified.
func TestDroppedLogCaught(t *testing.T) {
	e := newEnv(t)
	key, err := devchain.DevKey(0)
	if err != nil {
		t.Fatal(err)
	}
	auth, err := bind.NewKeyedTransactorWithChainID(key, big.NewInt(int64(devchain.DefaultChainID)))
	if err != nil {
		t.Fatal(err)
	}
	auth.Context, auth.GasLimit = e.ctx, 500_000
	tx, err := e.ctrl.SetDelegate(auth, new(big.Int).SetUint64(e.secrets["cid"]), common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	rc, err := bind.WaitMined(e.ctx, e.eth, tx)
	if err != nil {
		t.Fatal(err)
	}
	h, err := e.eth.HeaderByNumber(e.ctx, rc.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	liar, err := rpclie.Start(e.chain.HTTPURL(), dropLogs)
	if err != nil {
		t.Fatal(err)
	}
	defer liar.Close()
	dial := func(url string) *rpc.Client {
		c, err := rpc.Dial(url)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(c.Close)
		return c
	}
	lies := 0
	r := &verified.LogReader{Endpoints: []verified.LogEndpoint{{Name: "liar", RPC: dial(liar.URL)}, {Name: "honest", RPC: dial(e.chain.HTTPURL())}},
		OnLie: func(string, error) { lies++ }}
	logs, err := r.BlockLogs(e.ctx, h)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, l := range logs {
		if ev, err := e.ctrl.ParseDelegateUpdated(*l); err == nil && ev.SecretId.Uint64() == e.secrets["cid"] && ev.NewDelegate == (common.Address{}) {
			found = true
		}
	}
	if !found || lies != 1 || liar.Lies() == 0 {
		t.Fatalf("DelegateUpdated found %v, lies counted %d, told %d", found, lies, liar.Lies())
	}
	only := &verified.LogReader{Endpoints: []verified.LogEndpoint{{Name: "liar", RPC: dial(liar.URL)}}}
	if _, err := only.BlockLogs(e.ctx, h); !errors.Is(err, verified.ErrUnverified) {
		t.Fatalf("only a log-dropping endpoint: %v, want ErrUnverified", err)
	}
}

// FuzzVerifyReceipts: no receipts answer panics the check, and whatever
// passes derives the header's root.
func FuzzVerifyReceipts(f *testing.F) {
	f.Add([]byte(`[]`))
	f.Add([]byte(`null`))
	f.Add([]byte(`[{"type":"0x2","status":"0x1","cumulativeGasUsed":"0x5208","logsBloom":"0x` + strings.Repeat("00", 256) + `","logs":[]}]`))
	f.Add([]byte(`[{"type":"0x0","root":"0x","cumulativeGasUsed":"0x1","logsBloom":"0x` + strings.Repeat("00", 256) + `","logs":[{"address":"0x0000000000000000000000000000000000000001","topics":[],"data":"0x"}]}]`))
	empty := &types.Header{Number: big.NewInt(1), ReceiptHash: types.EmptyReceiptsHash}
	f.Fuzz(func(t *testing.T, b []byte) {
		logs, err := verified.VerifyReceipts(empty, b)
		if err == nil && len(logs) != 0 {
			t.Fatalf("receipts with logs derived the empty root")
		}
	})
}

// TestRegistryReadsMatchTheContract: on a real deployment with one node
// elected, the proven registry reads equal the contract's own views.
func TestRegistryReadsMatchTheContract(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := devchain.Start(ctx, devchain.Config{Accounts: 3})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	eth := c.Client()
	gov, _ := devchain.DevKey(0)
	measure := [32]byte{0xee, 1}
	platform := [32]byte{0xab, 2}
	dep, err := deploy.Deploy(ctx, eth, gov, deploy.Params{
		Network: "cifer-test", RPCURL: c.HTTPURL(), BlockTimeMs: 1000, Testnet: true, MinStake: big.NewInt(1000),
		EpochLength: 3, UnbondingDelay: 3, CreationFee: big.NewInt(1),
		AllowSimulated: true, SimPlatformKey: platform, AllowedMeasures: [][32]byte{measure},
	})
	if err != nil {
		t.Fatal(err)
	}
	opKey, _ := devchain.DevKey(1)
	op, err := bind.NewKeyedTransactorWithChainID(opKey, big.NewInt(int64(devchain.DefaultChainID)))
	if err != nil {
		t.Fatal(err)
	}
	op.Context, op.GasLimit = ctx, 3_000_000
	mine := func(tx *types.Transaction, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		rc, err := bind.WaitMined(ctx, eth, tx)
		if err != nil || rc.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("tx %s: %v", tx.Hash(), err)
		}
	}
	tok, _ := bindings.NewTestToken(dep.Addresses.Token, eth)
	reg, _ := bindings.NewClusterRegistry(dep.Addresses.Registry, eth)
	wallet := common.HexToAddress("0x00000000000000000000000000000000000e1c1a")
	mine(tok.Mint(op, op.From, big.NewInt(5000)))
	mine(tok.Approve(op, dep.Addresses.Registry, big.NewInt(5000)))
	mine(reg.Register(op, []byte("peer-1"), wallet, measure, [32]byte{3}, []string{"/ip4/127.0.0.1/tcp/1"}, big.NewInt(5000)))
	// The epoch is due a few blocks after deployment; each transaction
	// mines one, a request sent too early too (it reverts).
	copts := &bind.CallOpts{Context: ctx}
	for {
		p, err := reg.AdvancePending(copts)
		if err != nil {
			t.Fatal(err)
		}
		if p {
			break
		}
		tx, err := reg.RequestAdvance(op)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := bind.WaitMined(ctx, eth, tx); err != nil {
			t.Fatal(err)
		}
	}
	mine(tok.Mint(op, op.From, big.NewInt(1))) // the seed block
	op.GasLimit = 15_000_000
	mine(reg.AdvanceEpoch(op))

	h, err := eth.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	at := &bind.CallOpts{Context: ctx, BlockNumber: h.Number}
	vr := verified.Registry{Reader: &verified.Reader{Endpoints: []verified.Endpoint{{Name: "honest", Proofs: gethclient.New(eth.Client())}}}, Address: dep.Addresses.Registry}

	epoch, err := vr.CurrentEpoch(ctx, h)
	if want, _ := reg.CurrentEpoch(at); err != nil || epoch != want || epoch != 1 {
		t.Fatalf("epoch %d (%v), contract %d", epoch, err, want)
	}
	allowed, key, err := vr.SimulatedPolicy(ctx, h)
	if err != nil || !allowed || key != platform {
		t.Fatalf("sim policy %v %x (%v)", allowed, key, err)
	}
	for _, tc := range []struct {
		m    [32]byte
		want bool
	}{{measure, true}, {[32]byte{9}, false}} {
		got, err := vr.MeasurementAllowed(ctx, h, tc.m)
		if err != nil || got != tc.want {
			t.Fatalf("measurement %x: %v (%v), want %v", tc.m[:2], got, err, tc.want)
		}
	}
	stranger := common.HexToAddress("0x0000000000000000000000000000000000005a5a")
	for _, w := range []common.Address{wallet, stranger} {
		got, err := vr.IsElectedBlackBox(ctx, h, w)
		want, _ := reg.IsElectedBlackBox(at, w)
		if err != nil || got != want {
			t.Fatalf("isElected %s: %v (%v), contract %v", w.Hex(), got, err, want)
		}
		for _, e := range []uint64{0, 1, 2} {
			got, err := vr.WasElectedBlackBox(ctx, h, e, w)
			want, _ := reg.WasElectedBlackBox(at, e, w)
			if err != nil || got != want {
				t.Fatalf("wasElected(%d, %s): %v (%v), contract %v", e, w.Hex(), got, err, want)
			}
		}
	}
	if ok, _ := vr.IsElectedBlackBox(ctx, h, wallet); !ok {
		t.Fatal("the one registered node is not elected: the test shows nothing")
	}

	// A provider that forges the sim switch's proof is not believed.
	liar, err := rpclie.Start(c.HTTPURL(), forgeStorage("0x1"))
	if err != nil {
		t.Fatal(err)
	}
	defer liar.Close()
	onlyLiar := verified.Registry{Reader: &verified.Reader{Endpoints: []verified.Endpoint{{Name: "liar", Proofs: proofsAt(t, liar.URL)}}}, Address: dep.Addresses.Registry}
	if _, _, err := onlyLiar.SimulatedPolicy(ctx, h); !errors.Is(err, verified.ErrUnverified) {
		t.Fatalf("forged sim policy: %v, want ErrUnverified", err)
	}
	if _, err := onlyLiar.IsElectedBlackBox(ctx, h, stranger); !errors.Is(err, verified.ErrUnverified) {
		t.Fatalf("forged election: %v, want ErrUnverified", err)
	}
}
