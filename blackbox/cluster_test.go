package blackbox

import (
	"bytes"
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/cifer-network/cifer/blackbox/request"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/internal/testenclave"
	"github.com/cifer-network/cifer/p2p"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	lcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
)

// gcmSealer stands in for the enclave's sealing of the share store:
// AES-256-GCM under a per-node key.
type gcmSealer struct{ aead cipher.AEAD }

func newGCMSealer(t *testing.T) gcmSealer {
	t.Helper()
	key := make([]byte, 32)
	_, _ = rand.Read(key)
	block, err := aes.NewCipher(key)
	if err != nil {
		t.Fatal(err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		t.Fatal(err)
	}
	return gcmSealer{aead}
}

func (s gcmSealer) Seal(pt, ad []byte) ([]byte, error) {
	nonce := make([]byte, s.aead.NonceSize())
	_, _ = rand.Read(nonce)
	return s.aead.Seal(nonce, nonce, pt, ad), nil
}

func (s gcmSealer) Unseal(ct, ad []byte) ([]byte, error) {
	n := s.aead.NonceSize()
	if len(ct) < n {
		return nil, errors.New("sealed data too short")
	}
	return s.aead.Open(nil, ct[:n], ct[n:], ad)
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
	sealer gcmSealer
}

func startHost(t *testing.T, addr string) host.Host {
	t.Helper()
	key, _, err := lcrypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	h, err := p2p.NewHost(p2p.HostConfig{Key: key, ListenAddrs: []string{addr}})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// TestCreateAndDecryptOverTheNetwork deals a secret to five custodians on
// real libp2p hosts with real Badger stores, then rebuilds its key through
// the custody protocols: with two custodians stopped it still decrypts, with
// three it fails clearly, and after they restart (shares on disk) it
// decrypts again.
func TestCreateAndDecryptOverTheNetwork(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	const network = "itest"
	bbKeys, err := testenclave.New()
	if err != nil {
		t.Fatal(err)
	}
	bbHost := startHost(t, "/ip4/127.0.0.1/tcp/0")
	defer bbHost.Close()
	owner, _ := crypto.GenerateKey()
	chainS := &chainStub{head: 10_000, secrets: map[uint64]request.SecretState{
		1: {Owner: crypto.PubkeyToAddress(owner.PublicKey), SecretType: 1},
	}}
	var wallet [20]byte
	copy(wallet[:], bbKeys.Address().Bytes())
	bbClaims := p2p.VerifiedPeer{ID: bbHost.ID(), EnclaveWallet: wallet, TransportKey: bbKeys.TransportKey(), Expiry: time.Now().Add(time.Hour)}

	nodes := make([]*custodianNode, 5)
	start := func(i int, addr string) {
		n := nodes[i]
		n.host = startHost(t, addr)
		st, err := custody.OpenStore(n.dir, n.sealer, nil)
		if err != nil {
			t.Fatal(err)
		}
		n.store = st
		table := p2p.NewVerifiedTable(time.Now)
		table.Put(bbClaims, nil)
		c := &custody.Custodian{Store: st, Keys: n.keys, Signer: n.keys, Electors: electedSet{bbKeys.Address(): true},
			Chain: chainS, Replay: request.NewReplayGuard(time.Hour)}
		c.Serve(p2p.NewStreams(n.host, table, nil, nil), network, table)
		if err := bbHost.Connect(ctx, peer.AddrInfo{ID: n.host.ID(), Addrs: n.host.Addrs()}); err != nil {
			t.Fatal(err)
		}
	}
	stop := func(i int) string {
		n := nodes[i]
		addr := n.host.Addrs()[0].String()
		n.host.Close()
		n.store.Close()
		return addr
	}
	var members []ClusterMember
	for i := range nodes {
		k, err := testenclave.New()
		if err != nil {
			t.Fatal(err)
		}
		nodes[i] = &custodianNode{keys: k, dir: t.TempDir(), sealer: newGCMSealer(t)}
		start(i, "/ip4/127.0.0.1/tcp/0")
		members = append(members, ClusterMember{Custodian: Custodian{PeerID: nodes[i].host.ID().String(), X: byte(i + 1)}, TransportKey: k.TransportKey()})
	}
	t.Cleanup(func() {
		for _, n := range nodes {
			n.host.Close()
			n.store.Close()
		}
	})

	// Create: seed in the Black Box, split 3-of-5, every custodian acks.
	seed, err := envelope.GenerateSeed()
	if err != nil {
		t.Fatal(err)
	}
	d, err := Deal(seed, DealParams{ChainID: 84532, SecretID: 1, ShareVersion: 1, ClusterID: 1, Threshold: 3, Custodians: 5}, bbKeys, rand.Reader)
	clear(seed)
	if err != nil {
		t.Fatal(err)
	}
	client := &custody.Client{Streams: p2p.NewStreams(bbHost, nil, nil, nil), Network: network}
	acks, err := Distribute(ctx, client, bbKeys, d, members)
	if err != nil || len(acks) != 5 {
		t.Fatalf("distribute: %d acks, %v", len(acks), err)
	}
	d.Zero()

	// Anyone can fetch the public key and check it against the CID.
	pkBytes, cid, err := client.PublicKey(ctx, nodes[0].host.ID(), 84532, 1)
	if err != nil || cid != d.Record.PublicKeyCID {
		t.Fatalf("public key: %v", err)
	}
	pk, err := envelope.ParsePublicKey(pkBytes)
	if err != nil {
		t.Fatal(err)
	}
	b := envelope.Binding{ChainID: 84532, SecretID: 1}
	c, msg, err := envelope.Seal(pk, b, []byte("over the network"))
	if err != nil {
		t.Fatal(err)
	}

	g := &Gatherer{Source: &NetworkShareSource{Client: client, Keys: bbKeys}}
	var cs []Custodian
	for _, m := range members {
		cs = append(cs, m.Custodian)
	}
	block := uint64(9_800)
	decrypt := func() error {
		block++
		data := request.Format(84532, 1, crypto.PubkeyToAddress(owner.PublicKey), block)
		sig, err := request.Sign(data, func(h []byte) ([]byte, error) { return crypto.Sign(h, owner) })
		if err != nil {
			return err
		}
		sk, err := g.Rebuild(ctx, d.Record, cs, custody.FetchRequest{Data: data, Signature: sig})
		if err != nil {
			return err
		}
		defer sk.Zero()
		pt, err := envelope.Open(sk, b, c, msg)
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
	addrs := map[int]string{}
	for _, i := range []int{0, 3} {
		addrs[i] = stop(i)
	}
	if err := decrypt(); err != nil {
		t.Fatalf("two custodians stopped: %v", err)
	}
	addrs[4] = stop(4)
	if err := decrypt(); !errors.Is(err, ErrNotEnoughShares) {
		t.Fatalf("three custodians stopped: got %v, want ErrNotEnoughShares", err)
	}
	// Restart them on their data dirs (new hosts, same stores): the shares
	// survived on disk and decryption works again.
	for i := range addrs {
		start(i, "/ip4/127.0.0.1/tcp/0")
		cs[i].PeerID = nodes[i].host.ID().String()
	}
	if err := decrypt(); err != nil {
		t.Fatalf("after restart: %v", err)
	}
	// A request from someone who is neither owner nor delegate gets no
	// share from any custodian.
	stranger, _ := crypto.GenerateKey()
	data := request.Format(84532, 1, crypto.PubkeyToAddress(stranger.PublicKey), 9_999)
	sig, _ := request.Sign(data, func(h []byte) ([]byte, error) { return crypto.Sign(h, stranger) })
	if _, err := g.Rebuild(ctx, d.Record, cs, custody.FetchRequest{Data: data, Signature: sig}); !errors.Is(err, ErrNotEnoughShares) {
		t.Fatalf("stranger: %v", err)
	}
}
