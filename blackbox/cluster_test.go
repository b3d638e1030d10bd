package blackbox_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/blackbox/api"
	"github.com/cifer-network/cifer/blackbox/blackboxtest"
	"github.com/cifer-network/cifer/blackbox/dealer"
	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/internal/testenclave"
	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/request"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
)

func newGCMSealer(t *testing.T) *testenclave.Sealer {
	t.Helper()
	s, err := testenclave.NewSealer()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

type electedSet map[common.Address]bool

func (e electedSet) IsElectedBlackBox(_ context.Context, w common.Address) (bool, error) {
	return e[w], nil
}

type custodianNode struct {
	host   host.Host
	keys   *testenclave.Keys
	store  *custody.Store
	dir    string
	sealer *testenclave.Sealer
}

// testCluster is five custodians on real libp2p hosts with real Badger
// stores, and a Black Box host that deals to them.
type testCluster struct {
	ctx     context.Context
	bbKeys  *testenclave.Keys
	bbHost  host.Host
	owner   *ecdsa.PrivateKey
	chain   *blackboxtest.ChainStub
	nodes   []*custodianNode
	members []blackbox.ClusterMember
	client  *custody.Client
	dealt   *custody.Dealt
	start   func(i int)
	stop    func(i int)
}

func startCluster(t *testing.T, ctx context.Context) *testCluster {
	t.Helper()
	bbKeys, err := testenclave.New()
	if err != nil {
		t.Fatal(err)
	}
	c := &testCluster{ctx: ctx, bbKeys: bbKeys, bbHost: blackboxtest.StartHost(t, "/ip4/127.0.0.1/tcp/0")}
	t.Cleanup(func() { c.bbHost.Close() })
	c.owner, _ = crypto.GenerateKey()
	c.chain = &blackboxtest.ChainStub{Head: 10_000, Secrets: map[uint64]chain.SecretState{
		1: {Owner: crypto.PubkeyToAddress(c.owner.PublicKey), SecretType: 1},
	}}
	var wallet [20]byte
	copy(wallet[:], bbKeys.Address().Bytes())
	bbClaims := p2p.VerifiedPeer{ID: c.bbHost.ID(), EnclaveWallet: wallet, TransportKey: bbKeys.TransportKey(), Expiry: time.Now().Add(time.Hour)}
	c.nodes = make([]*custodianNode, 5)
	c.start = func(i int) {
		n := c.nodes[i]
		n.host = blackboxtest.StartHost(t, "/ip4/127.0.0.1/tcp/0")
		st, err := custody.OpenStore(n.dir, n.sealer, nil)
		if err != nil {
			t.Fatal(err)
		}
		n.store = st
		table := p2p.NewVerifiedTable(time.Now)
		table.Put(bbClaims, nil)
		cu := &custody.Custodian{Store: st, Keys: n.keys, Signer: n.keys, Electors: electedSet{bbKeys.Address(): true},
			Check: request.NewChecker(c.chain, request.NewReplayGuard(time.Hour), nil)}
		cu.Serve(p2p.NewStreams(n.host, table, nil, nil), blackboxtest.Network, table)
		if err := c.bbHost.Connect(ctx, peer.AddrInfo{ID: n.host.ID(), Addrs: n.host.Addrs()}); err != nil {
			t.Fatal(err)
		}
		if len(c.members) > i {
			c.members[i].PeerID = n.host.ID().String()
		}
	}
	c.stop = func(i int) {
		c.nodes[i].host.Close()
		c.nodes[i].store.Close()
	}
	for i := range c.nodes {
		k, err := testenclave.New()
		if err != nil {
			t.Fatal(err)
		}
		c.nodes[i] = &custodianNode{keys: k, dir: t.TempDir(), sealer: newGCMSealer(t)}
		c.start(i)
		c.members = append(c.members, blackbox.ClusterMember{Custodian: blackbox.Custodian{PeerID: c.nodes[i].host.ID().String(), X: byte(i + 1)}, TransportKey: k.TransportKey()})
	}
	t.Cleanup(func() {
		for _, n := range c.nodes {
			n.host.Close()
			n.store.Close()
		}
	})
	c.client = &custody.Client{Streams: p2p.NewStreams(c.bbHost, nil, nil, nil), Network: blackboxtest.Network}

	// Create: seed in the Black Box, split 3-of-5, every custodian acks.
	seed, err := envelope.GenerateSeed()
	if err != nil {
		t.Fatal(err)
	}
	c.dealt, err = custody.Deal(seed, custody.DealParams{ChainID: 84532, SecretID: 1, ShareVersion: 1, ClusterID: 1, Threshold: 3, Custodians: 5}, bbKeys, rand.Reader)
	clear(seed)
	if err != nil {
		t.Fatal(err)
	}
	acks, err := dealer.Distribute(ctx, c.client, bbKeys, c.dealt, c.members)
	if err != nil || len(acks) != 5 {
		t.Fatalf("distribute: %d acks, %v", len(acks), err)
	}
	c.dealt.Zero()
	// As markSecretSynced would: custodians release shares of this key only.
	st := c.chain.Secrets[1]
	st.PublicKeyCID = c.dealt.Record.PublicKeyCID
	c.chain.Secrets[1] = st
	return c
}

func (c *testCluster) custodians() []blackbox.Custodian {
	cs := make([]blackbox.Custodian, len(c.members))
	for i, m := range c.members {
		cs[i] = m.Custodian
	}
	return cs
}

// TestCreateAndDecryptOverTheNetwork deals a secret to five custodians on
// real libp2p hosts with real Badger stores, then rebuilds its key through
// the custody protocols: with two custodians stopped it still decrypts, with
// three it fails clearly, and after they restart (shares on disk) it
// decrypts again.
func TestCreateAndDecryptOverTheNetwork(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c := startCluster(t, ctx)

	// Anyone can fetch the public key and check it against the CID.
	pkBytes, cid, err := c.client.PublicKey(ctx, c.nodes[0].host.ID(), 84532, 1)
	if err != nil || cid != c.dealt.Record.PublicKeyCID {
		t.Fatalf("public key: %v", err)
	}
	pk, err := envelope.ParsePublicKey(pkBytes)
	if err != nil {
		t.Fatal(err)
	}
	b := envelope.Binding{ChainID: 84532, SecretID: 1}
	ct, msg, err := envelope.Seal(pk, b, []byte("over the network"))
	if err != nil {
		t.Fatal(err)
	}

	g := &blackbox.Gatherer{Source: &blackbox.NetworkShareSource{Client: c.client, Keys: c.bbKeys}}
	block := uint64(9_800)
	decrypt := func() error {
		block++
		data := request.Format(84532, 1, crypto.PubkeyToAddress(c.owner.PublicKey), block)
		sig, err := request.Sign(data, func(h []byte) ([]byte, error) { return crypto.Sign(h, c.owner) })
		if err != nil {
			return err
		}
		sk, err := g.Rebuild(ctx, c.dealt.Record, c.custodians(), custody.FetchRequest{Data: data, Signature: sig})
		if err != nil {
			return err
		}
		defer sk.Zero()
		pt, err := envelope.Open(sk, b, ct, msg)
		if err != nil {
			return err
		}
		if !bytes.Equal(pt, []byte("over the network")) {
			return fmt.Errorf("wrong plaintext %q", pt)
		}
		return nil
	}
	if err := decrypt(); err != nil {
		t.Fatalf("all custodians up: %v", err)
	}
	c.stop(0)
	c.stop(3)
	if err := decrypt(); err != nil {
		t.Fatalf("two custodians stopped: %v", err)
	}
	c.stop(4)
	if err := decrypt(); !errors.Is(err, blackbox.ErrNotEnoughShares) {
		t.Fatalf("three custodians stopped: got %v, want ErrNotEnoughShares", err)
	}
	// Restart them on their data dirs (new hosts, same stores): the shares
	// survived on disk and decryption works again.
	for _, i := range []int{0, 3, 4} {
		c.start(i)
	}
	if err := decrypt(); err != nil {
		t.Fatalf("after restart: %v", err)
	}
	// A request from someone who is neither owner nor delegate gets no
	// share from any custodian.
	stranger, _ := crypto.GenerateKey()
	data := request.Format(84532, 1, crypto.PubkeyToAddress(stranger.PublicKey), 9_999)
	sig, _ := request.Sign(data, func(h []byte) ([]byte, error) { return crypto.Sign(h, stranger) })
	if _, err := g.Rebuild(ctx, c.dealt.Record, c.custodians(), custody.FetchRequest{Data: data, Signature: sig}); !errors.Is(err, blackbox.ErrNotEnoughShares) {
		t.Fatalf("stranger: %v", err)
	}
}

// directory is the on-chain view the blackbox.Service reads: secret 1 is in cluster
// 1 with the dealt CID; cluster 1 is the test cluster.
type directory struct {
	cid     string
	members func() []blackbox.ClusterMember
}

func (d directory) SecretKeyInfo(_ context.Context, _, id uint64) (uint8, string, error) {
	if id != 1 {
		return 0, "", chain.ErrSecretNotFound
	}
	return 1, d.cid, nil
}

func (d directory) ClusterMembers(context.Context, uint8) ([]blackbox.ClusterMember, error) {
	return d.members(), nil
}

// TestHTTPAPIOverTheNetwork drives the HTTP api.API of a Black Box whose key
// service gathers shares from five custodians on loopback: encrypt and
// decrypt through /encrypt-payload and /decrypt-payload, one format, and the
// custodians' own checks refuse a stranger.
func TestHTTPAPIOverTheNetwork(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c := startCluster(t, ctx)
	svc := &blackbox.Service{
		Directory: directory{cid: c.dealt.Record.PublicKeyCID, members: func() []blackbox.ClusterMember { return c.members }},
		Records:   c.client,
		Gatherer:  &blackbox.Gatherer{Source: &blackbox.NetworkShareSource{Client: c.client, Keys: c.bbKeys}},
	}
	bbAPI := &api.API{Check: request.NewChecker(c.chain, request.NewReplayGuard(time.Hour), nil), Keys: svc}
	srv := httptest.NewServer(bbAPI.Handler())
	defer srv.Close()
	f := httpFixture{url: srv.URL}

	data, sig := f.sign(t, c.owner, 1, 9_990, "network secret")
	code, out := f.post(t, "/encrypt-payload", map[string]any{"data": data, "signature": sig})
	if code != 200 {
		t.Fatalf("encrypt: %d %v", code, out)
	}
	ciferHex := out["cifer"].(string)
	if len(ciferHex) != 2+2*envelope.CiferSize {
		t.Fatalf("cifer hex length %d", len(ciferHex))
	}
	ddata, dsig := f.sign(t, c.owner, 1, 9_991, out["encryptedMessage"].(string))
	code, dout := f.post(t, "/decrypt-payload", map[string]any{"cifer": ciferHex, "data": ddata, "signature": dsig})
	if code != 200 || dout["decryptedMessage"] != "network secret" {
		t.Fatalf("decrypt: %d %v", code, dout)
	}
	// Two custodians down: still decrypts. Three down: 503.
	c.stop(1)
	c.stop(2)
	ddata, dsig = f.sign(t, c.owner, 1, 9_992, out["encryptedMessage"].(string))
	if code, dout := f.post(t, "/decrypt-payload", map[string]any{"cifer": ciferHex, "data": ddata, "signature": dsig}); code != 200 {
		t.Fatalf("two down: %d %v", code, dout)
	}
	c.stop(3)
	ddata, dsig = f.sign(t, c.owner, 1, 9_993, out["encryptedMessage"].(string))
	if code, dout := f.post(t, "/decrypt-payload", map[string]any{"cifer": ciferHex, "data": ddata, "signature": dsig}); code != 503 {
		t.Fatalf("three down: %d %v", code, dout)
	}
}

// httpFixture signs requests and posts them to one Black Box's HTTP api.API.
type httpFixture struct{ url string }

func (f httpFixture) sign(t *testing.T, k *ecdsa.PrivateKey, secret, block uint64, tail ...string) (string, string) {
	t.Helper()
	return blackboxtest.Sign(t, k, secret, block, tail...)
}

func (f httpFixture) post(t *testing.T, path string, body any) (int, map[string]any) {
	t.Helper()
	return blackboxtest.PostJSON(t, f.url+path, body)
}
