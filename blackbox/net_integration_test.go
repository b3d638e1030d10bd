package blackbox_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/cifer-network/cifer/blackbox/request"
	"github.com/cifer-network/cifer/envelope"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestNetDecrypt runs the decrypt side on real parts: a real EVM chain with
// the real contracts, five registered nodes with sim enclaves, libp2p hosts
// that attest each other against the registry, Badger share stores, and the
// elected Black Box's key service gathering shares over the custody
// protocols. The subtests share one network and run in order.
func TestNetDecrypt(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a chain and five nodes")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	h := netStart(t, ctx)
	owner := h.accounts[1+netNodes].Key

	plaintext := []byte("decrypted on the network")
	cifer, msg := h.seal(plaintext)

	t.Run("owner decrypts", func(t *testing.T) {
		pt, err := h.service.Decrypt(ctx, h.sign(owner), h.binding(), cifer, msg)
		if err != nil {
			t.Fatalf("decrypt: %v", err)
		}
		if !bytes.Equal(pt, plaintext) {
			t.Fatalf("plaintext %q", pt)
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

var (
	_ = errors.Is
	_ = strings.Contains
	_ = request.ErrReplay
	_ *ecdsa.PrivateKey
	_ = crypto.Sign
)
