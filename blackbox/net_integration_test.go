package blackbox_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/blackbox/api"
	"github.com/cifer-network/cifer/blackbox/blackboxtest"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/request"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestNetDecrypt runs the decrypt side on real parts: a real EVM chain with
// the real contracts, five registered nodes with sim enclaves, libp2p hosts
// that attest each other against the registry, Badger share stores, and the
// elected Black Box's key service gathering shares over the custody
// protocols. The subtests share one network and run in order; each leaves
// every node running and the secret's shares intact.
func TestNetDecrypt(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and five nodes")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	h := netStart(t, ctx)
	owner := h.accounts[1+netNodes].Key
	delegate := h.accounts[2+netNodes].Key
	newOwner := h.accounts[3+netNodes].Key
	stranger, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}

	plaintext := []byte("decrypted on the network")
	cifer, msg := h.seal(plaintext)

	// The Black Box's HTTP api.API over the same key service: the first layer
	// of checks (the API's own) in front of the custodians' second.
	bbAPI := &api.API{Check: request.NewChecker(h.set, request.NewReplayGuard(time.Hour), nil), Keys: h.service, Log: netQuiet}
	srv := httptest.NewServer(bbAPI.Handler())
	t.Cleanup(srv.Close)

	// decrypt goes straight to the key service, so only the custodians'
	// own checks stand between the request and the shares.
	decrypt := func(key *ecdsa.PrivateKey) error {
		t.Helper()
		pt, err := h.service.Decrypt(ctx, h.sign(key), h.binding(), cifer, msg)
		if err != nil {
			return err
		}
		defer clear(pt)
		if !bytes.Equal(pt, plaintext) {
			return fmt.Errorf("wrong plaintext %q", pt)
		}
		return nil
	}
	mustDecrypt := func(t *testing.T, who string, key *ecdsa.PrivateKey) {
		t.Helper()
		if err := decrypt(key); err != nil {
			t.Fatalf("%s: %v", who, err)
		}
		if code, out := h.postDecrypt(srv.URL, key, msg, cifer); code != http.StatusOK || out["decryptedMessage"] != string(plaintext) {
			t.Fatalf("%s over HTTP: %d %v", who, code, out)
		}
	}
	// mustRefuse checks both layers: every custodian refuses the signer on
	// its own (no share leaves any of them), and the api.API answers 403.
	mustRefuse := func(t *testing.T, who string, key *ecdsa.PrivateKey) {
		t.Helper()
		err := decrypt(key)
		if !errors.Is(err, blackbox.ErrNotEnoughShares) {
			t.Fatalf("%s: got %v, want ErrNotEnoughShares", who, err)
		}
		if n := strings.Count(err.Error(), request.ErrNotAuthorized.Error()); n != netNodes {
			t.Fatalf("%s: %d of %d custodians refused as not owner or delegate: %v", who, n, netNodes, err)
		}
		code, out := h.postDecrypt(srv.URL, key, msg, cifer)
		if code != http.StatusForbidden || !strings.Contains(fmt.Sprint(out["error"]), request.ErrNotAuthorized.Error()) {
			t.Fatalf("%s over HTTP: %d %v, want 403 not owner or delegate", who, code, out)
		}
	}

	t.Run("owner decrypts", func(t *testing.T) {
		mustDecrypt(t, "owner", owner)
	})

	t.Run("anyone else is refused", func(t *testing.T) {
		mustRefuse(t, "stranger", stranger)
		mustRefuse(t, "delegate before being set", delegate)
	})

	t.Run("delegate set then cleared", func(t *testing.T) {
		h.setDelegate(owner, crypto.PubkeyToAddress(delegate.PublicKey))
		mustDecrypt(t, "delegate", delegate)
		mustDecrypt(t, "owner beside a delegate", owner)
		h.setDelegate(owner, common.Address{})
		mustRefuse(t, "cleared delegate", delegate)
		mustDecrypt(t, "owner after clearing", owner)
	})

	t.Run("transfer", func(t *testing.T) {
		h.netTx("transferSecret", func() (*types.Transaction, error) {
			return h.ctrl.TransferSecret(h.opts(owner), new(big.Int).SetUint64(h.secretID), crypto.PubkeyToAddress(newOwner.PublicKey))
		})
		mustRefuse(t, "old owner", owner)
		mustDecrypt(t, "new owner", newOwner)
	})
	owner = newOwner

	t.Run("custodians refuse bad forwarded requests", func(t *testing.T) {
		head, err := h.cl.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		ownerAddr := crypto.PubkeyToAddress(owner.PublicKey)
		good := h.sign(owner)
		badSig := good
		badSig.Signature = netFlipHexDigit(good.Signature, 40) // inside s
		tests := []struct {
			name string
			req  custody.FetchRequest
			want string
		}{
			{"bad signature", badSig, "signature"},
			{"signed by another key", netSignAt(t, stranger, netChainID, h.secretID, ownerAddr, head), request.ErrSignerMismatch.Error()},
			{"signer not owner or delegate", h.sign(stranger), request.ErrNotAuthorized.Error()},
			{"block in the future", netSignAt(t, owner, netChainID, h.secretID, ownerAddr, head+1000), "is in the future"},
			{"unknown chain", netSignAt(t, owner, 999, h.secretID, ownerAddr, head), "Chain 999 is not supported"},
			{"unknown secret", netSignAt(t, owner, netChainID, h.secretID+100, ownerAddr, head), "Secret not found"},
			{"malformed data", custody.FetchRequest{Data: "84532_x", Signature: good.Signature}, request.ErrFormat.Error()},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				h.expectEveryCustodianRefuses(t, h.bb, tc.req, tc.want)
			})
		}
		// A node that is not an elected Black Box gets nothing even with
		// the owner's valid request, and the refusal does not use the
		// request up: the elected Black Box decrypts with it afterwards.
		h.expectEveryCustodianRefuses(t, h.notElected, good, custody.ErrNotElected.Error())
		pt, err := h.service.Decrypt(ctx, good, h.binding(), cifer, msg)
		if err != nil || !bytes.Equal(pt, plaintext) {
			t.Fatalf("decrypt with the request refused to the unelected node: %q, %v", pt, err)
		}
	})

	t.Run("identical retries served again, within a bound", func(t *testing.T) {
		// COMPAT.md "Identical retries": a deterministic signer's retry is
		// byte-identical and is served again by the Black Box that first
		// used it, up to the bound, then refused as a replay.
		req := h.sign(owner)
		for use := range request.DefaultMaxUses {
			for _, n := range h.nodes {
				resp, err := h.bb.client().Fetch(ctx, n.id(), req)
				if err != nil {
					t.Fatalf("use %d at node %d: %v", use+1, n.index, err)
				}
				clear(resp.WrappedShare)
			}
		}
		h.expectEveryCustodianRefuses(t, h.bb, req, request.ErrReplay.Error())

		req = h.sign(owner)
		for i := range 2 {
			if pt, err := h.service.Decrypt(ctx, req, h.binding(), cifer, msg); err != nil || !bytes.Equal(pt, plaintext) {
				t.Fatalf("decrypt %d of one request: %q, %v", i+1, pt, err)
			}
		}
		data := request.Format(netChainID, h.secretID, crypto.PubkeyToAddress(owner.PublicKey), h.freshBlock(owner), hex.EncodeToString(msg))
		sig, err := request.Sign(data, func(hash []byte) ([]byte, error) { return crypto.Sign(hash, owner) })
		if err != nil {
			t.Fatal(err)
		}
		body := map[string]any{"data": data, "signature": sig, "cifer": hex.EncodeToString(cifer)}
		for i := range 2 {
			if code, out := blackboxtest.PostJSON(t, srv.URL+"/decrypt-payload", body); code != http.StatusOK {
				t.Fatalf("HTTP decrypt %d of one request: %d %v", i+1, code, out)
			}
		}
	})

	t.Run("corrupted share is set aside and reported", func(t *testing.T) {
		bad := h.remoteCustodian(0)
		x := h.xOf(bad)
		restore := h.tamperShare(bad)
		defer restore()
		// The Black Box keeps the first t good shares and cancels the rest,
		// so the bad share is seen only when it arrives before the third
		// good one; decrypt until it is, every attempt succeeding.
		for attempt := 1; ; attempt++ {
			if err := decrypt(owner); err != nil {
				t.Fatalf("attempt %d with one corrupted share: %v", attempt, err)
			}
			if h.badShareCount(bad) > 0 {
				break
			}
			if attempt == 30 {
				t.Fatal("the corrupted share was never reported")
			}
		}
		recs := h.evidence()
		if len(recs) != 1 {
			t.Fatalf("%d evidence records, want 1: %+v", len(recs), recs)
		}
		r := recs[0]
		if r.Custodian != bad.id().String() || r.X != x || r.SecretID != h.secretID || r.ChainID != netChainID {
			t.Fatalf("evidence names %s x=%d secret %d, want %s x=%d secret %d", r.Custodian, r.X, r.SecretID, bad.id(), x, h.secretID)
		}
		if r.WantHash != hex.EncodeToString(h.record.ShareHashes[x-1][:]) || r.GotHash == r.WantHash {
			t.Fatalf("evidence hashes got %s want %s", r.GotHash, r.WantHash)
		}
		if r.Reporter != h.bb.wallet().Hex() {
			t.Fatalf("evidence reporter %s, want the Black Box's enclave wallet %s", r.Reporter, h.bb.wallet().Hex())
		}
		if err := r.Verify(); err != nil {
			t.Fatalf("evidence signature: %v", err)
		}
	})

	t.Run("custodians stopped and restarted", func(t *testing.T) {
		down := []*netNode{h.remoteCustodian(0), h.remoteCustodian(1), h.remoteCustodian(2)}
		h.stopNode(down[0])
		h.stopNode(down[1])
		if err := decrypt(owner); err != nil {
			t.Fatalf("two of five stopped: %v", err)
		}
		h.stopNode(down[2])
		err := decrypt(owner)
		if !errors.Is(err, blackbox.ErrNotEnoughShares) || !strings.Contains(err.Error(), fmt.Sprintf("2 of %d needed", netThreshold)) {
			t.Fatalf("three of five stopped: got %v, want blackbox.ErrNotEnoughShares with 2 of %d", err, netThreshold)
		}
		if code, out := h.postDecrypt(srv.URL, owner, msg, cifer); code != http.StatusServiceUnavailable {
			t.Fatalf("three of five stopped, over HTTP: %d %v, want 503", code, out)
		}
		// The failed attempt changed nothing: the secret is still synced
		// with its key, and the running custodians' shares still match.
		h.expectSecretReady()
		for _, n := range h.nodes {
			if n.running {
				h.expectShareIntact(n)
			}
		}
		for _, n := range down {
			h.restartNode(n)
			h.expectShareIntact(n)
		}
		if err := decrypt(owner); err != nil {
			t.Fatalf("after restart: %v", err)
		}
		// Each restarted custodian serves its share from disk again: asked
		// directly, as the Black Box asks, it answers with the share the
		// creation record names.
		src := &blackbox.NetworkShareSource{Client: h.bb.client(), Keys: h.bb.keys()}
		for _, n := range down {
			c := blackbox.Custodian{PeerID: n.id().String(), X: h.xOf(n)}
			share, err := src.FetchShare(ctx, c, h.record, h.sign(owner))
			if err != nil {
				t.Fatalf("restarted node %d: %v", n.index, err)
			}
			err = h.record.CheckShare(c.X, share)
			clear(share)
			if err != nil {
				t.Fatalf("restarted node %d: %v", n.index, err)
			}
		}
	})
}

func (h *netHarness) binding() envelope.Binding {
	return envelope.Binding{ChainID: netChainID, SecretID: h.secretID}
}

// seal encrypts to the public key a custodian serves, checked against the
// CID on chain, as a client would.
func (h *netHarness) seal(plaintext []byte) (cifer, msg []byte) {
	h.t.Helper()
	from := h.nodes[0]
	if from == h.notElected {
		from = h.nodes[1]
	}
	pkBytes, cid, err := h.notElected.client().PublicKey(h.ctx, from.id(), netChainID, h.secretID)
	if err != nil {
		h.t.Fatalf("public key: %v", err)
	}
	st, err := h.set.SecretState(h.ctx, netChainID, h.secretID)
	if err != nil || st.PublicKeyCID != cid {
		h.t.Fatalf("served CID %s, on chain %s (%v)", cid, st.PublicKeyCID, err)
	}
	pk, err := envelope.ParsePublicKey(pkBytes)
	if err != nil {
		h.t.Fatal(err)
	}
	cifer, msg, err = envelope.Seal(pk, h.binding(), plaintext)
	if err != nil {
		h.t.Fatal(err)
	}
	return cifer, msg
}

func (h *netHarness) setDelegate(owner *ecdsa.PrivateKey, to common.Address) {
	h.t.Helper()
	h.netTx("setDelegate", func() (*types.Transaction, error) {
		return h.ctrl.SetDelegate(h.opts(owner), new(big.Int).SetUint64(h.secretID), to)
	})
}

// expectEveryCustodianRefuses asks every other node of the cluster for its
// share, as from's custody client forwarding req, and wants a refusal whose
// message contains want from each; from's own custodian, when it is a
// member, answers in process with the same checks.
func (h *netHarness) expectEveryCustodianRefuses(t *testing.T, from *netNode, req custody.FetchRequest, want string) {
	t.Helper()
	cl := from.client()
	for _, n := range h.nodes {
		resp, err := cl.Fetch(h.ctx, n.id(), req)
		if err == nil {
			clear(resp.WrappedShare)
			t.Fatalf("node %d released its share", n.index)
		}
		var re *p2p.RemoteError
		if n != from && (!errors.As(err, &re) || re.Status != p2p.StatusRefused) {
			t.Fatalf("node %d: %v, want a refusal", n.index, err)
		}
		if !strings.Contains(err.Error(), want) {
			t.Fatalf("node %d: %v, want %q", n.index, err, want)
		}
	}
}

// remoteCustodian returns the i-th node other than the Black Box.
func (h *netHarness) remoteCustodian(i int) *netNode {
	for _, n := range h.nodes {
		if n == h.bb {
			continue
		}
		if i == 0 {
			return n
		}
		i--
	}
	h.t.Fatal("no such custodian")
	return nil
}

func (h *netHarness) xOf(n *netNode) byte {
	for _, m := range h.members {
		if m.PeerID == n.id().String() {
			return m.X
		}
	}
	h.t.Fatalf("node %d is not in the cluster", n.index)
	return 0
}

// tamperShare replaces n's stored share by one with a flipped byte, as a
// faulty or malicious custodian would serve it, and returns the undo.
func (h *netHarness) tamperShare(n *netNode) (restore func()) {
	h.t.Helper()
	key, share, err := n.store.Latest(h.ctx, netChainID, h.secretID)
	if err != nil {
		h.t.Fatal(err)
	}
	bad := bytes.Clone(share)
	bad[len(bad)-1] ^= 0x01
	if err := n.store.Delete(h.ctx, key); err != nil {
		h.t.Fatal(err)
	}
	if err := n.store.Put(h.ctx, key, bad); err != nil {
		h.t.Fatal(err)
	}
	clear(bad)
	return func() {
		defer clear(share)
		if err := n.store.Delete(h.ctx, key); err != nil {
			h.t.Fatal(err)
		}
		if err := n.store.Put(h.ctx, key, share); err != nil {
			h.t.Fatal(err)
		}
	}
}

// badShareCount reads the Black Box's bad-share metric for one custodian.
func (h *netHarness) badShareCount(n *netNode) float64 {
	h.t.Helper()
	mfs, err := h.metrics.Gather()
	if err != nil {
		h.t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != "cifer_blackbox_bad_shares_total" {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "custodian" && l.GetValue() == n.id().String() {
					return m.GetCounter().GetValue()
				}
			}
		}
	}
	return 0
}

// evidence reads the Black Box's evidence log.
func (h *netHarness) evidence() []blackbox.EvidenceRecord {
	h.t.Helper()
	f, err := os.Open(h.evidencePath)
	if err != nil {
		h.t.Fatalf("evidence log: %v", err)
	}
	defer f.Close()
	var out []blackbox.EvidenceRecord
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r blackbox.EvidenceRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			h.t.Fatalf("evidence line %q: %v", sc.Text(), err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		h.t.Fatal(err)
	}
	return out
}

func (h *netHarness) expectSecretReady() {
	h.t.Helper()
	st, err := h.set.SecretState(h.ctx, netChainID, h.secretID)
	if err != nil || !st.Ready() || st.PublicKeyCID != h.record.PublicKeyCID || st.ClusterID != netClusterID {
		h.t.Fatalf("secret state %+v (%v), want synced with CID %s in cluster %d", st, err, h.record.PublicKeyCID, netClusterID)
	}
}

// expectShareIntact checks that n's stored share and record are the ones
// it was dealt.
func (h *netHarness) expectShareIntact(n *netNode) {
	h.t.Helper()
	key, share, err := n.store.Latest(h.ctx, netChainID, h.secretID)
	if err != nil {
		h.t.Fatalf("node %d share: %v", n.index, err)
	}
	defer clear(share)
	x := h.xOf(n)
	if key.Version != h.record.ShareVersion || custody.ShareHash(share) != h.record.ShareHashes[x-1] {
		h.t.Fatalf("node %d holds version %d with a share that does not match the creation record", n.index, key.Version)
	}
	rec, err := n.store.Record(h.ctx, key)
	if err != nil || rec.PublicKeyCID != h.record.PublicKeyCID {
		h.t.Fatalf("node %d record: %v", n.index, err)
	}
}

// postDecrypt calls /decrypt-payload as the holder of key.
func (h *netHarness) postDecrypt(url string, key *ecdsa.PrivateKey, msg, cifer []byte) (int, map[string]any) {
	h.t.Helper()
	signer := crypto.PubkeyToAddress(key.PublicKey)
	data := request.Format(netChainID, h.secretID, signer, h.freshBlock(key), hex.EncodeToString(msg))
	sig, err := request.Sign(data, func(hash []byte) ([]byte, error) { return crypto.Sign(hash, key) })
	if err != nil {
		h.t.Fatal(err)
	}
	return blackboxtest.PostJSON(h.t, url+"/decrypt-payload", map[string]any{"data": data, "signature": sig, "cifer": hex.EncodeToString(cifer)})
}

// netFlipHexDigit changes one hex digit of a 0x-prefixed hex string.
func netFlipHexDigit(s string, i int) string {
	b := []byte(s)
	i += 2
	if b[i] == '0' {
		b[i] = '1'
	} else {
		b[i] = '0'
	}
	return string(b)
}
