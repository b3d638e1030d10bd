package dealer

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/blackbox/blackboxtest"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/envelope"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	libp2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// newPeerID makes a peer ID; no host is needed, the test custody answers
// in process.
func newPeerID(t *testing.T) peer.ID {
	t.Helper()
	k, _, err := libp2pcrypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	id, err := peer.IDFromPrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

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
		id := newPeerID(t)
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

// shapeRegistry answers the registry reads a reshare makes: a 3-of-5
// cluster in epoch 4, whose history elects every wallet.
type shapeRegistry struct{ ReshareRegistry }

func (shapeRegistry) ClusterShape(context.Context) (uint8, uint8, error) { return 5, 3, nil }
func (shapeRegistry) CurrentEpoch(context.Context) (uint64, error)       { return 4, nil }
func (shapeRegistry) WasElectedBlackBox(context.Context, uint64, common.Address) (bool, error) {
	return true, nil
}

// storingCustody releases the honest shares and stores new ones; the
// member down refuses stores until up is closed.
type storingCustody struct {
	*releasingCustody
	keys   map[peer.ID]*ecdsa.PrivateKey
	down   peer.ID
	up     chan struct{}
	mu     sync.Mutex
	stored map[peer.ID]uint32 // member -> share version it acknowledged
}

func (c *storingCustody) Store(_ context.Context, p peer.ID, req custody.StoreRequest) (*custody.Ack, error) {
	if p == c.down {
		select {
		case <-c.up:
		default:
			return nil, fmt.Errorf("custodian %s is offline", p)
		}
	}
	rec, err := custody.ParseCreationRecord(req.Record)
	if err != nil {
		return nil, err
	}
	ack := &custody.Ack{ChainID: rec.ChainID, SecretID: rec.SecretID, ShareVersion: rec.ShareVersion, X: req.X,
		ShareHash: custody.ShareHash(req.WrappedShare), Custodian: crypto.PubkeyToAddress(c.keys[p].PublicKey)}
	if ack.Signature, err = crypto.Sign(ack.Digest(), c.keys[p]); err != nil {
		return nil, err
	}
	c.mu.Lock()
	c.stored[p] = rec.ShareVersion
	c.mu.Unlock()
	return ack, nil
}

func (c *storingCustody) version(p peer.ID) uint32 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.stored[p]
}

// TestReshareWithoutOneMember (key safety, finding 7): one member of a
// 3-of-5 cluster is offline while its cluster is reshared. The reshare
// must finish with n−1 acknowledgements (it needed all five), and the
// missing member gets its share of the new version once it is back.
func TestReshareWithoutOneMember(t *testing.T) {
	seed, err := envelope.GenerateSeed()
	if err != nil {
		t.Fatal(err)
	}
	dealer, _ := crypto.GenerateKey()
	honest, err := custody.Deal(seed, custody.DealParams{ChainID: 84532, SecretID: 9, ShareVersion: 1, ClusterID: 1, Threshold: 3, Custodians: 5, Epoch: 3},
		blackboxtest.KeySigner{Key: dealer}, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	rc := &releasingCustody{share: map[peer.ID][]byte{}, record: map[peer.ID]*custody.CreationRecord{}, x: map[peer.ID]byte{},
		done: map[peer.ID]chan struct{}{}, after: map[peer.ID][]peer.ID{}}
	sc := &storingCustody{releasingCustody: rc, keys: map[peer.ID]*ecdsa.PrivateKey{}, up: make(chan struct{}), stored: map[peer.ID]uint32{}}
	var members []blackbox.ClusterMember
	for i := range 5 {
		id := newPeerID(t)
		members = append(members, blackbox.ClusterMember{Custodian: blackbox.Custodian{PeerID: id.String(), X: byte(i + 1)}, TransportKey: []byte{1}})
		rc.x[id], rc.done[id], rc.share[id], rc.record[id] = byte(i+1), make(chan struct{}), honest.Shares[i], honest.Record
		sc.keys[id], _ = crypto.GenerateKey()
		if i == 4 {
			sc.down = id
		}
	}
	r := &Resharer{cfg: ResharerConfig{Registry: shapeRegistry{}, Custody: sc, Keys: plainKeys{blackboxtest.KeySigner{Key: dealer}}, Rand: rand.Reader,
		RoundTimeout: 10 * time.Second, AckGrace: 50 * time.Millisecond, RepairWindow: time.Minute,
		RetryMin: 10 * time.Millisecond, RetryMax: 50 * time.Millisecond}, log: slog.New(slog.DiscardHandler)}
	r.versions.now = time.Now
	pid := func(m blackbox.ClusterMember) peer.ID {
		id, err := peer.Decode(m.PeerID)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer func() { cancel(); r.wg.Wait() }()
	if err := r.reshare(ctx, creationRef{chainID: 84532, secretID: 9}, 1, honest.Record.PublicKeyCID, members, 1); err != nil {
		t.Fatalf("reshare with one member offline: %v", err)
	}
	v := sc.version(pid(members[0]))
	if v <= 1 {
		t.Fatalf("new version %d", v)
	}
	for _, m := range members[:4] {
		if got := sc.version(pid(m)); got != v {
			t.Fatalf("member %s holds version %d, want %d", m.PeerID, got, v)
		}
	}
	if got := sc.version(sc.down); got != 0 {
		t.Fatalf("the offline member acknowledged version %d", got)
	}
	// Back online: the repair delivers its share of the new version.
	close(sc.up)
	deadline := time.Now().Add(10 * time.Second)
	for sc.version(sc.down) != v {
		if time.Now().After(deadline) {
			t.Fatal("the member back online never got its share of the new version")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
