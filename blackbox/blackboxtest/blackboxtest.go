// Package blackboxtest holds the test doubles the Black Box's packages share
// (the key service, its API and the dealer): an in-memory cluster of
// custodians over a real deal, a record signer, a libp2p host on loopback.
// Only tests import it.
package blackboxtest

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"testing"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/request"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	lcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
)

// Network is the network name the Black Box tests serve their protocols on.
const Network = "itest"

// KeySigner signs creation records with a plain key (custody.HashSigner).
type KeySigner struct{ Key *ecdsa.PrivateKey }

// Address is the signer's address.
func (k KeySigner) Address() common.Address { return crypto.PubkeyToAddress(k.Key.PublicKey) }

// SignHash signs a digest.
func (k KeySigner) SignHash(d []byte) ([]byte, error) { return crypto.Sign(d, k.Key) }

// MemCluster is an in-memory double of the custodians
// (blackbox.ShareSource): each holds one share and may be down, slow, or
// lying. Tests set its maps under Mu.
type MemCluster struct {
	Mu      sync.Mutex
	Shares  map[string][]byte
	Down    map[string]bool
	Corrupt map[string]bool
	Block   map[string]bool // never answers until ctx is cancelled
	// WaitFor holds a custodian's answer until the channel closes, to fix
	// the order answers arrive in.
	WaitFor map[string]<-chan struct{}
	Asked   map[string]int
}

// FetchShare implements blackbox.ShareSource.
func (m *MemCluster) FetchShare(ctx context.Context, c blackbox.Custodian, _ *custody.CreationRecord, _ custody.FetchRequest) ([]byte, error) {
	m.Mu.Lock()
	m.Asked[c.PeerID]++
	share, down, corrupt, block := m.Shares[c.PeerID], m.Down[c.PeerID], m.Corrupt[c.PeerID], m.Block[c.PeerID]
	wait := m.WaitFor[c.PeerID]
	m.Mu.Unlock()
	if wait != nil {
		select {
		case <-wait:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	if block {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	if down {
		return nil, errors.New("connection refused")
	}
	out := append([]byte(nil), share...)
	if corrupt {
		out[len(out)-1] ^= 0x55
	}
	return out, nil
}

// SetDown marks a custodian down or up.
func (m *MemCluster) SetDown(peerID string, down bool) {
	m.Mu.Lock()
	defer m.Mu.Unlock()
	m.Down[peerID] = down
}

// DealtCluster deals a fresh seed 3-of-5 (chain 84532, secret 3) with a
// verified creation record and hands each share to one custodian of a
// MemCluster.
func DealtCluster(t testing.TB) (*custody.Dealt, []blackbox.Custodian, *MemCluster, *envelope.PublicKey) {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	seed, err := envelope.GenerateSeed()
	if err != nil {
		t.Fatal(err)
	}
	d, err := custody.Deal(seed, custody.DealParams{ChainID: 84532, SecretID: 3, ShareVersion: 1, ClusterID: 1, Threshold: 3, Custodians: 5}, KeySigner{key}, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Record.Verify(); err != nil {
		t.Fatalf("dealt record does not verify: %v", err)
	}
	m := &MemCluster{Shares: map[string][]byte{}, Down: map[string]bool{}, Corrupt: map[string]bool{}, Block: map[string]bool{}, WaitFor: map[string]<-chan struct{}{}, Asked: map[string]int{}}
	var cs []blackbox.Custodian
	for i, s := range d.Shares {
		id := fmt.Sprintf("custodian-%d", i+1)
		m.Shares[id] = s
		cs = append(cs, blackbox.Custodian{PeerID: id, X: byte(i + 1)})
	}
	return d, cs, m, d.PublicKey
}

// StartHost starts a libp2p host listening on addr (a loopback multiaddr).
func StartHost(t testing.TB, addr string) host.Host {
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

// ChainStub is the chain as the Black Box sees it (request.Chain): the real
// freshness rule on chain 84532 at block Head, secrets in a map.
type ChainStub struct {
	Head    uint64
	Secrets map[uint64]chain.SecretState
}

// CheckFreshness applies chain.CheckFreshness at Head (2 s blocks).
func (c *ChainStub) CheckFreshness(_ context.Context, chainID, block uint64) error {
	if chainID != 84532 {
		return &chain.UnsupportedChainError{ChainID: chainID}
	}
	return chain.CheckFreshness(block, c.Head, 2000)
}

// SecretState reads Secrets; a missing one is chain.ErrSecretNotFound.
func (c *ChainStub) SecretState(_ context.Context, _, id uint64) (chain.SecretState, error) {
	st, ok := c.Secrets[id]
	if !ok {
		return chain.SecretState{}, chain.ErrSecretNotFound
	}
	return st, nil
}

// Sign makes a signed request string on chain 84532 for secret at block,
// signed by k (EIP-191), as a client would.
func Sign(t testing.TB, k *ecdsa.PrivateKey, secret, block uint64, tail ...string) (data, signature string) {
	t.Helper()
	data = request.Format(84532, secret, crypto.PubkeyToAddress(k.PublicKey), block, tail...)
	sig, err := request.Sign(data, func(h []byte) ([]byte, error) { return crypto.Sign(h, k) })
	if err != nil {
		t.Fatal(err)
	}
	return data, sig
}

// PostJSON posts body as JSON to url and decodes the JSON answer.
func PostJSON(t testing.TB, url string, body any) (int, map[string]any) {
	t.Helper()
	b, err := json.Marshal(body)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post(url, "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	raw, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("%s: response is not JSON: %q", url, raw)
	}
	return resp.StatusCode, out
}
