package blackbox_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/internal/testenclave"
	"github.com/cifer-network/cifer/request"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// forgingRecords serves the real custodians' records, except that one
// member answers with a record it signed itself: the right CID, false
// share hashes.
type forgingRecords struct {
	real interface {
		Record(ctx context.Context, custodian peer.ID, chainID, secretID uint64) (*custody.CreationRecord, error)
	}
	forger peer.ID
	forged *custody.CreationRecord
}

func (f forgingRecords) Record(ctx context.Context, p peer.ID, chainID, secretID uint64) (*custody.CreationRecord, error) {
	if p == f.forger {
		return f.forged, nil
	}
	return f.real.Record(ctx, p, chainID, secretID)
}

// TestForgedRecordFromOneMember is finding 2 of the key-safety review: a
// cluster member served a self-signed creation record with the right CID
// and false share hashes; the Black Box took the first record with the
// right CID, so every decrypt failed for good and the honest custodians
// were reported. A record is now accepted only when a majority of the
// cluster hold it, so the forger is outvoted: decrypts work and nobody is
// reported.
func TestForgedRecordFromOneMember(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c := startCluster(t, ctx)

	forgerKeys, err := testenclave.New()
	if err != nil {
		t.Fatal(err)
	}
	forged := *c.dealt.Record
	forged.ShareHashes = append([][32]byte(nil), forged.ShareHashes...)
	for i := range forged.ShareHashes {
		forged.ShareHashes[i][0] ^= 0xff
	}
	if err := forged.Sign(forgerKeys); err != nil {
		t.Fatal(err)
	}
	forger, err := peer.Decode(c.members[0].PeerID)
	if err != nil {
		t.Fatal(err)
	}
	evidence := &evidenceLog{}
	svc := &blackbox.Service{
		Directory: directory{cid: c.dealt.Record.PublicKeyCID, members: func() []blackbox.ClusterMember { return c.members }},
		Records:   forgingRecords{real: c.client, forger: forger, forged: &forged},
		Gatherer:  &blackbox.Gatherer{Source: &blackbox.NetworkShareSource{Client: c.client, Keys: c.bbKeys}, Evidence: evidence},
	}
	pk, err := svc.PublicKey(ctx, 84532, 1)
	if err != nil {
		t.Fatal(err)
	}
	binding := envelope.Binding{ChainID: 84532, SecretID: 1}
	for i := range 3 {
		cifer, msg, err := envelope.Seal(pk, binding, []byte("outvoted"))
		if err != nil {
			t.Fatal(err)
		}
		data := request.Format(84532, 1, crypto.PubkeyToAddress(c.owner.PublicKey), 9_990+uint64(i), "ab")
		sig, err := request.Sign(data, func(h []byte) ([]byte, error) { return crypto.Sign(h, c.owner) })
		if err != nil {
			t.Fatal(err)
		}
		pt, err := svc.Decrypt(ctx, custody.FetchRequest{Data: data, Signature: sig}, binding, cifer, msg)
		if err != nil || string(pt) != "outvoted" {
			t.Fatalf("decrypt %d with a forging member: %q, %v", i, pt, err)
		}
	}
	evidence.mu.Lock()
	defer evidence.mu.Unlock()
	if len(evidence.evs) != 0 {
		t.Fatalf("%d custodians reported on a forged record: %+v", len(evidence.evs), evidence.evs)
	}
}

// dealerHistory is the registry's history: the wallets ever elected.
type dealerHistory map[common.Address]bool

func (h dealerHistory) WasElectedBlackBox(_ context.Context, _ uint64, w common.Address) (bool, error) {
	return h[w], nil
}

// TestRecordFromNonElectedDealer (finding 2): every member serves the same
// record, so a majority agrees, but its signer was never an elected Black
// Box. With the registry's history the Black Box refuses it — nothing is
// decrypted with it and nobody is reported on it — and it accepts the
// real dealer's.
func TestRecordFromNonElectedDealer(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c := startCluster(t, ctx)
	svc := &blackbox.Service{
		Directory: directory{cid: c.dealt.Record.PublicKeyCID, members: func() []blackbox.ClusterMember { return c.members }},
		Records:   c.client,
		Gatherer:  &blackbox.Gatherer{Source: &blackbox.NetworkShareSource{Client: c.client, Keys: c.bbKeys}, Evidence: &evidenceLog{}},
		Dealers:   dealerHistory{},
	}
	if _, err := svc.PublicKey(ctx, 84532, 1); !errors.Is(err, blackbox.ErrNoRecord) || !errors.Is(err, blackbox.ErrRecordDealer) {
		t.Fatalf("record of a dealer never elected: %v, want ErrNoRecord naming ErrRecordDealer", err)
	}
	svc.Dealers = dealerHistory{c.dealt.Record.BlackBox: true}
	if _, err := svc.PublicKey(ctx, 84532, 1); err != nil {
		t.Fatalf("record of the elected dealer: %v", err)
	}
}
