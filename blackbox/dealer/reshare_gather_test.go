package dealer

import (
	"bytes"
	"context"
	"crypto/rand"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/blackbox/blackboxtest"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/envelope"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// plainKeys opens "wrapped" shares as they are: the test custody sends them
// in the clear.
type plainKeys struct{ blackboxtest.KeySigner }

func (plainKeys) Open(c, _ []byte) ([]byte, error)             { return bytes.Clone(c), nil }
func (plainKeys) SealTo(_, p, _ []byte) ([]byte, error)        { return bytes.Clone(p), nil }
func (plainKeys) SessionOpen(c, _ []byte) ([]byte, error)      { return bytes.Clone(c), nil }
func (plainKeys) SessionSealTo(_, p, _ []byte) ([]byte, error) { return bytes.Clone(p), nil }

// releasingCustody answers reshare fetches with a fixed share and record
// per member, each after the members named in after have answered.
type releasingCustody struct {
	share  map[peer.ID][]byte
	record map[peer.ID]*custody.CreationRecord
	x      map[peer.ID]byte
	done   map[peer.ID]chan struct{}
	after  map[peer.ID][]peer.ID
}

func (c *releasingCustody) Store(context.Context, peer.ID, custody.StoreRequest) (*custody.Ack, error) {
	return nil, fmt.Errorf("not used")
}

func (c *releasingCustody) Fetch(context.Context, peer.ID, custody.FetchRequest) (*custody.FetchResponse, error) {
	return nil, fmt.Errorf("not used")
}

func (c *releasingCustody) Record(context.Context, peer.ID, uint64, uint64) (*custody.CreationRecord, error) {
	return nil, fmt.Errorf("not used")
}

func (c *releasingCustody) ReshareFetch(ctx context.Context, p peer.ID, _, _ uint64) (*custody.ReshareResponse, *custody.CreationRecord, error) {
	defer close(c.done[p])
	for _, q := range c.after[p] {
		select {
		case <-c.done[q]:
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		}
	}
	rec := c.record[p]
	return &custody.ReshareResponse{ShareVersion: rec.ShareVersion, X: c.x[p], WrappedShare: bytes.Clone(c.share[p])}, rec, nil
}

// historyRegistry is the registry's election history: elected[epoch]
// holds the wallets elected then (epoch 0: ever).
type historyRegistry struct {
	ReshareRegistry
	elected map[uint64][]common.Address
}

func (h historyRegistry) WasElectedBlackBox(_ context.Context, epoch uint64, w common.Address) (bool, error) {
	return slices.Contains(h.elected[epoch], w), nil
}

// TestReshareCrossChecksRecords (key safety, finding 2): two colluding
// members of a 3-of-5 cluster (fewer than t) each serve a record of their
// own making — the secret's real CID and version, share hashes that match
// the bad shares they release — and answer first. Resharing must rebuild
// the real seed from the three honest members, not combine the bad shares
// with one good one because their records name the same version: refused
// by the registry's history when the colluders' signer was never elected,
// and by the grouping by record when it was (an elected Black Box that
// colludes with them).
func TestReshareCrossChecksRecords(t *testing.T) {
	for _, signerElected := range []bool{false, true} {
		t.Run(fmt.Sprintf("forger elected once: %v", signerElected), func(t *testing.T) {
			reshareCrossCheck(t, signerElected)
		})
	}
}

func reshareCrossCheck(t *testing.T, signerElected bool) {
	seed, err := envelope.GenerateSeed()
	if err != nil {
		t.Fatal(err)
	}
	dealer, _ := crypto.GenerateKey()
	p := custody.DealParams{ChainID: 84532, SecretID: 9, ShareVersion: 1, ClusterID: 1, Threshold: 3, Custodians: 5}
	honest, err := custody.Deal(seed, p, blackboxtest.KeySigner{Key: dealer}, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	// The colluders' own deal of a seed of their choosing, re-badged with
	// the real key and CID (they know the public key) and signed by one of
	// them.
	other, _ := envelope.GenerateSeed()
	colluder, _ := crypto.GenerateKey()
	forged, err := custody.Deal(other, p, blackboxtest.KeySigner{Key: colluder}, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	forged.Record.PublicKey, forged.Record.PublicKeyCID = honest.Record.PublicKey, honest.Record.PublicKeyCID
	if err := forged.Record.Sign(blackboxtest.KeySigner{Key: colluder}); err != nil {
		t.Fatal(err)
	}

	c := &releasingCustody{share: map[peer.ID][]byte{}, record: map[peer.ID]*custody.CreationRecord{}, x: map[peer.ID]byte{},
		done: map[peer.ID]chan struct{}{}, after: map[peer.ID][]peer.ID{}}
	var members []blackbox.ClusterMember
	var ids []peer.ID
	for i := range 5 {
		id := blackboxtest.StartHost(t, "/ip4/127.0.0.1/tcp/0").ID()
		ids = append(ids, id)
		members = append(members, blackbox.ClusterMember{Custodian: blackbox.Custodian{PeerID: id.String(), X: byte(i + 1)}})
		c.x[id], c.done[id] = byte(i+1), make(chan struct{})
		if i < 2 { // the colluders, x = 1 and 2
			c.share[id], c.record[id] = forged.Shares[i], forged.Record
		} else {
			c.share[id], c.record[id] = honest.Shares[i], honest.Record
		}
	}
	// Both colluders answer before any honest member; the honest ones in
	// turn.
	c.after[ids[2]] = ids[:2]
	c.after[ids[3]] = ids[:3]
	c.after[ids[4]] = ids[:4]

	history := historyRegistry{elected: map[uint64][]common.Address{0: {crypto.PubkeyToAddress(dealer.PublicKey)}}}
	if signerElected {
		history.elected[0] = append(history.elected[0], crypto.PubkeyToAddress(colluder.PublicKey))
	}
	r := &Resharer{cfg: ResharerConfig{Custody: c, Registry: history, Keys: plainKeys{blackboxtest.KeySigner{Key: dealer}}, RoundTimeout: 10 * time.Second}}
	got, v, err := r.gatherSeed(context.Background(), creationRef{chainID: 84532, secretID: 9}, honest.Record.PublicKeyCID, members)
	if err != nil {
		t.Fatal(err)
	}
	if v != 1 || !bytes.Equal(got, seed) {
		t.Fatalf("rebuilt version %d seed %x…, want version 1 and the real seed %x…", v, got[:4], seed[:4])
	}
}
