package blackbox_test

import (
	"context"
	"crypto/ecdsa"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/blackbox/blackboxtest"
	"github.com/cifer-network/cifer/custody"
)

// signingCluster is a MemCluster whose custodians sign their releases as a
// real custodian does (custody.Release over the share they send and the
// record's digest); forged ones sign with a key that is not theirs.
type signingCluster struct {
	*blackboxtest.MemCluster
	keys   map[string]*ecdsa.PrivateKey
	forged map[string]bool
}

func (s *signingCluster) FetchSignedShare(ctx context.Context, c blackbox.Custodian, rec *custody.CreationRecord, req custody.FetchRequest) ([]byte, *custody.Release, error) {
	raw, err := s.FetchShare(ctx, c, rec, req)
	if err != nil {
		return nil, nil, err
	}
	dg, err := rec.Digest()
	if err != nil {
		return nil, nil, err
	}
	key := s.keys[c.PeerID]
	signWith := key
	if s.forged[c.PeerID] {
		if signWith, err = crypto.GenerateKey(); err != nil {
			return nil, nil, err
		}
	}
	rel := &custody.Release{ChainID: rec.ChainID, SecretID: rec.SecretID, ShareVersion: rec.ShareVersion, X: c.X,
		ShareHash: custody.ShareHash(raw), RecordDigest: dg}
	if err := rel.Sign(blackboxtest.KeySigner{Key: signWith}); err != nil {
		return nil, nil, err
	}
	// What the asking client knows: the attested wallet, and the signature.
	return raw, &custody.Release{ChainID: rel.ChainID, SecretID: rel.SecretID, ShareVersion: rel.ShareVersion, X: rel.X,
		Custodian: crypto.PubkeyToAddress(key.PublicKey), Signature: rel.Signature}, nil
}

// TestRebuildKeepsSignedRelease: a corrupt share whose custodian signed its
// release becomes slashing evidence (the release, verified, with the
// record); one whose signature is not the custodian's is reported but is
// not evidence.
func TestRebuildKeepsSignedRelease(t *testing.T) {
	for _, forged := range []bool{false, true} {
		d, cs, m, _ := blackboxtest.DealtCluster(t)
		src := &signingCluster{MemCluster: m, keys: map[string]*ecdsa.PrivateKey{}, forged: map[string]bool{}}
		for _, c := range cs {
			k, err := crypto.GenerateKey()
			if err != nil {
				t.Fatal(err)
			}
			src.keys[c.PeerID] = k
		}
		m.Down[cs[0].PeerID] = true
		m.Corrupt[cs[1].PeerID] = true
		src.forged[cs[1].PeerID] = forged
		ev := &evidenceLog{}
		g := &blackbox.Gatherer{Source: src, Evidence: holdUntilReported(m, cs[4].PeerID, ev)}
		sk, err := g.Rebuild(context.Background(), d.Record, cs, custody.FetchRequest{})
		if err != nil {
			t.Fatalf("forged=%v: rebuild: %v", forged, err)
		}
		sk.Zero()
		if len(ev.evs) != 1 {
			t.Fatalf("forged=%v: evidence %+v", forged, ev.evs)
		}
		e := ev.evs[0]
		if forged {
			if e.Release != nil || e.Record != nil {
				t.Fatalf("a release not signed by its custodian was kept as evidence: %+v", e.Release)
			}
			continue
		}
		if e.Release == nil || e.Record != d.Record {
			t.Fatalf("no slashing evidence kept: %+v", e)
		}
		if err := e.Release.Verify(); err != nil || e.Release.ShareHash != e.GotHash || e.Release.ShareHash == e.WantHash {
			t.Fatalf("kept release: %+v, %v", e.Release, err)
		}
		if e.Release.Custodian != crypto.PubkeyToAddress(src.keys[cs[1].PeerID].PublicKey) {
			t.Fatalf("release names %s", e.Release.Custodian)
		}
	}
}
