package custody

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/internal/testenclave"
	"github.com/cifer-network/cifer/request"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func newHPKEKeys(t testing.TB) *testenclave.Keys {
	t.Helper()
	k, err := testenclave.New()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

type electorate map[common.Address]bool

func (e electorate) IsElectedBlackBox(_ context.Context, w common.Address) (bool, error) {
	return e[w], nil
}

// historyElectorate also keeps the registry's history: the epochs each
// wallet was elected in.
type historyElectorate struct {
	electorate
	in map[common.Address][]uint64
}

func (e historyElectorate) WasElectedBlackBox(_ context.Context, epoch uint64, w common.Address) (bool, error) {
	return slices.Contains(e.in[w], epoch), nil
}

// TestCustodianStoreChecksRecordEpoch (finding 2): with the registry's
// history at hand, a custodian stores a deal only if its record names an
// epoch in which its Black Box was elected.
func TestCustodianStoreChecksRecordEpoch(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		name  string
		epoch uint64
		in    []uint64
		want  error
	}{
		{"names the epoch it is elected in", 4, []uint64{4}, nil},
		{"names an earlier epoch it was elected in (a retry)", 3, []uint64{3, 4}, nil},
		{"names an epoch it was not elected in", 2, []uint64{4}, ErrNotElected},
		{"names no epoch (version 1)", 0, []uint64{4}, ErrWrongCustodian},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := newCustodianFixture(t)
			f.cust.Electors = historyElectorate{electorate: electorate{f.bbKey.Address(): true}, in: map[common.Address][]uint64{f.bbKey.Address(): tc.in}}
			f.rec.Epoch = tc.epoch
			if err := f.rec.Sign(f.bbKey); err != nil {
				t.Fatal(err)
			}
			var err error
			if f.record, err = f.rec.MarshalBinary(); err != nil {
				t.Fatal(err)
			}
			_, err = f.cust.HandleStore(ctx, f.bbPeer, f.storeReq(t, 1, f.shares[0]))
			if !errors.Is(err, tc.want) && (tc.want != nil || err != nil) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

type chainDouble struct {
	head   uint64
	states map[uint64]chain.SecretState
}

func (c *chainDouble) CheckFreshness(_ context.Context, chainID, block uint64) error {
	if chainID != 84532 {
		return fmt.Errorf("Chain %d is not supported", chainID)
	}
	if block+100 < c.head {
		return fmt.Errorf("Block number %d is too old (current: %d, max window: 100)", block, c.head)
	}
	return nil
}

func (c *chainDouble) SecretState(_ context.Context, _ uint64, id uint64) (chain.SecretState, error) {
	st, ok := c.states[id]
	if !ok {
		return chain.SecretState{}, errors.New("Secret not found")
	}
	return st, nil
}

type custodianFixture struct {
	cust     *Custodian
	bbKey    keySigner
	bbHPKE   *testenclave.Keys
	bbPeer   Peer
	custHPKE *testenclave.Keys
	owner    keySigner
	chain    *chainDouble
	shares   []Share
	record   []byte
	rec      *CreationRecord
	dir      string
	sealer   Sealer
}

func newCustodianFixture(t testing.TB) *custodianFixture {
	t.Helper()
	f := &custodianFixture{bbKey: newKeySigner(t), bbHPKE: newHPKEKeys(t), custHPKE: newHPKEKeys(t), dir: t.TempDir(), sealer: newGCMSealer(t)}
	f.bbPeer = Peer{ID: "bb", EnclaveWallet: f.bbKey.Address(), TransportKey: f.bbHPKE.TransportKey()}
	f.owner = newKeySigner(t)
	f.chain = &chainDouble{head: 1000, states: map[uint64]chain.SecretState{
		9: {Owner: f.owner.Address(), SecretType: 1},
	}}
	st := openTestStore(t, f.dir, f.sealer)
	t.Cleanup(func() { st.Close() })
	f.cust = &Custodian{
		Store: st, Keys: f.custHPKE, Signer: newKeySigner(t),
		Electors: electorate{f.bbKey.Address(): true},
		Check:    request.NewChecker(f.chain, request.NewReplayGuard(1<<40), nil),
	}
	seed := make([]byte, 64)
	_, _ = rand.Read(seed)
	shares, err := Split(seed, 3, 5, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	f.shares = shares
	pk := make([]byte, 1184)
	_, _ = rand.Read(pk)
	cid, _ := envelope.PublicKeyCID(pk)
	f.rec = &CreationRecord{ChainID: 84532, SecretID: 9, ShareVersion: 1, ClusterID: 1, Threshold: 3, PublicKey: pk, PublicKeyCID: cid}
	for _, s := range shares {
		b, _ := s.MarshalBinary()
		f.rec.ShareHashes = append(f.rec.ShareHashes, ShareHash(b))
	}
	if err := f.rec.Sign(f.bbKey); err != nil {
		t.Fatal(err)
	}
	f.record, _ = f.rec.MarshalBinary()
	st9 := f.chain.states[9]
	st9.PublicKeyCID = cid
	f.chain.states[9] = st9
	return f
}

func (f *custodianFixture) storeReq(t testing.TB, x byte, share Share) StoreRequest {
	t.Helper()
	b, _ := share.MarshalBinary()
	wrapped, err := f.bbHPKE.SealTo(f.custHPKE.TransportKey(), b, ShareInfo(84532, 9, 1, x))
	if err != nil {
		t.Fatal(err)
	}
	return StoreRequest{Record: f.record, X: x, WrappedShare: wrapped}
}

func (f *custodianFixture) signedFetch(t testing.TB, signer keySigner, block uint64) FetchRequest {
	t.Helper()
	data := request.Format(84532, 9, signer.Address(), block, "abcd")
	sig, err := request.Sign(data, func(h []byte) ([]byte, error) { return crypto.Sign(h, signer.key) })
	if err != nil {
		t.Fatal(err)
	}
	return FetchRequest{Data: data, Signature: sig}
}

func TestCustodianStoreAndFetch(t *testing.T) {
	ctx := context.Background()
	f := newCustodianFixture(t)
	ack, err := f.cust.HandleStore(ctx, f.bbPeer, f.storeReq(t, 2, f.shares[1]))
	if err != nil {
		t.Fatal(err)
	}
	if err := ack.Verify(); err != nil || ack.X != 2 || ack.Custodian != f.cust.Signer.Address() {
		t.Fatalf("ack: %+v %v", ack, err)
	}
	pk, cid, err := f.cust.PublicKey(ctx, 84532, 9)
	if err != nil || cid != f.rec.PublicKeyCID || envelope.CheckPublicKeyCID(pk, cid) != nil {
		t.Fatalf("public key: %v", err)
	}

	resp, err := f.cust.HandleFetch(ctx, f.bbPeer, f.signedFetch(t, f.owner, 990))
	if err != nil {
		t.Fatal(err)
	}
	got, err := f.bbHPKE.SessionOpen(resp.WrappedShare, ShareInfo(84532, 9, resp.ShareVersion, resp.X))
	if err != nil {
		t.Fatalf("black box cannot unwrap: %v", err)
	}
	if err := f.rec.CheckShare(2, got); err != nil {
		t.Fatalf("released share: %v", err)
	}
	if _, err := f.custHPKE.SessionOpen(resp.WrappedShare, ShareInfo(84532, 9, resp.ShareVersion, resp.X)); err == nil {
		t.Fatal("share wrapped to the wrong key")
	}
	// The release is signed over the released share's hash and the digest
	// of the record it was stored under, by the custodian's wallet.
	dg, err := f.rec.Digest()
	if err != nil {
		t.Fatal(err)
	}
	rel := Release{ChainID: 84532, SecretID: 9, ShareVersion: resp.ShareVersion, X: resp.X, ShareHash: ShareHash(got),
		RecordDigest: dg, Custodian: f.cust.Signer.Address(), Signature: resp.ReleaseSignature}
	if err := rel.Verify(); err != nil {
		t.Fatalf("release signature: %v", err)
	}
	rel.ShareHash[0] ^= 1
	if err := rel.Verify(); !errors.Is(err, ErrBadRelease) {
		t.Fatalf("release of another share hash verified: %v", err)
	}
	// The same share's release is the same statement: signed once, reused.
	again, err := f.cust.HandleFetch(ctx, f.bbPeer, f.signedFetch(t, f.owner, 989))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.ReleaseSignature, resp.ReleaseSignature) {
		t.Fatal("a second release of one share was signed anew")
	}

	// Shares survive a restart of the store.
	f.cust.Store.Close()
	st := openTestStore(t, f.dir, f.sealer)
	defer st.Close()
	f.cust.Store = st
	if _, err := f.cust.HandleFetch(ctx, f.bbPeer, f.signedFetch(t, f.owner, 991)); err != nil {
		t.Fatalf("after restart: %v", err)
	}
}

func TestCustodianStoreRefuses(t *testing.T) {
	ctx := context.Background()
	f := newCustodianFixture(t)
	other := newKeySigner(t)
	tests := []struct {
		name string
		from Peer
		req  func() StoreRequest
		want error
	}{
		{"not elected", Peer{ID: "x", EnclaveWallet: other.Address()}, func() StoreRequest { return f.storeReq(t, 1, f.shares[0]) }, ErrNotElected},
		{"share for another x", f.bbPeer, func() StoreRequest {
			r := f.storeReq(t, 2, f.shares[0]) // wrapped with x=2 info but holds x=1
			return r
		}, ErrWrongCustodian},
		{"share not matching record", f.bbPeer, func() StoreRequest {
			s := f.shares[0]
			s.Y = append([]byte(nil), s.Y...)
			s.Y[0] ^= 1
			return f.storeReq(t, 1, s)
		}, ErrShareHash},
		{"record from another black box", Peer{ID: "bb2", EnclaveWallet: other.Address()}, func() StoreRequest { return f.storeReq(t, 1, f.shares[0]) }, ErrWrongCustodian},
		{"garbage record", f.bbPeer, func() StoreRequest { r := f.storeReq(t, 1, f.shares[0]); r.Record = []byte{1, 2}; return r }, ErrBadRecord},
	}
	f.cust.Electors = electorate{f.bbKey.Address(): true}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "record from another black box" {
				f.cust.Electors = electorate{f.bbKey.Address(): true, other.Address(): true}
				defer func() { f.cust.Electors = electorate{f.bbKey.Address(): true} }()
			}
			if _, err := f.cust.HandleStore(ctx, tc.from, tc.req()); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	if _, _, err := f.cust.PublicKey(ctx, 84532, 9); !errors.Is(err, ErrShareNotFound) {
		t.Fatalf("a refused store left data: %v", err)
	}
}

func TestCustodianFetchDualLayerValidation(t *testing.T) {
	ctx := context.Background()
	f := newCustodianFixture(t)
	if _, err := f.cust.HandleStore(ctx, f.bbPeer, f.storeReq(t, 1, f.shares[0])); err != nil {
		t.Fatal(err)
	}
	stranger := newKeySigner(t)
	delegate := newKeySigner(t)
	good := f.signedFetch(t, f.owner, 995)
	badSig := good
	badSig.Signature = f.signedFetch(t, stranger, 995).Signature
	tests := []struct {
		name  string
		from  Peer
		req   FetchRequest
		setup func()
		want  error
		text  string
	}{
		{name: "not elected", from: Peer{ID: "x", EnclaveWallet: stranger.Address()}, req: good, want: ErrNotElected},
		{name: "bad format", from: f.bbPeer, req: FetchRequest{Data: "nonsense", Signature: good.Signature}, want: request.ErrFormat},
		{name: "bad signature", from: f.bbPeer, req: badSig, want: request.ErrSignerMismatch},
		{name: "not owner", from: f.bbPeer, req: f.signedFetch(t, stranger, 995), want: request.ErrNotAuthorized},
		{name: "stale block", from: f.bbPeer, req: f.signedFetch(t, f.owner, 10), text: "is too old"},
		{name: "syncing", from: f.bbPeer, req: f.signedFetch(t, f.owner, 996), setup: func() {
			st := f.chain.states[9]
			st.IsSyncing = true
			f.chain.states[9] = st
		}, want: request.ErrSyncing},
		{name: "delegate revoked", from: f.bbPeer, req: f.signedFetch(t, delegate, 997), want: request.ErrNotAuthorized},
		{name: "type is not 1", from: f.bbPeer, req: f.signedFetch(t, f.owner, 994), setup: func() {
			st := f.chain.states[9]
			st.SecretType = 2
			f.chain.states[9] = st
		}, want: request.ErrSecretType, text: "type 2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			saved := f.chain.states[9]
			defer func() { f.chain.states[9] = saved }()
			if tc.setup != nil {
				tc.setup()
			}
			_, err := f.cust.HandleFetch(ctx, tc.from, tc.req)
			if err == nil {
				t.Fatal("share released")
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if tc.text != "" && !strings.Contains(err.Error(), tc.text) {
				t.Fatalf("got %v, want text %q", err, tc.text)
			}
		})
	}
	// The delegate succeeds while set; an identical retry is served again
	// to the same Black Box, up to the guard's bound, then refused.
	st := f.chain.states[9]
	st.Delegate = delegate.Address()
	f.chain.states[9] = st
	req := f.signedFetch(t, delegate, 998)
	for i := range request.DefaultMaxUses {
		if _, err := f.cust.HandleFetch(ctx, f.bbPeer, req); err != nil {
			t.Fatalf("delegate, use %d: %v", i+1, err)
		}
	}
	if _, err := f.cust.HandleFetch(ctx, f.bbPeer, req); !errors.Is(err, request.ErrReplay) {
		t.Fatalf("replay: %v", err)
	}
}

// TestFetchFirstBlackBoxOnly is finding 3 of the key-safety review, its
// second half: a signed request one elected Black Box was given releases
// shares to that Black Box only (and its identical retries). Another
// elected Black Box that presents it, in any spelling, is refused with
// used_elsewhere, even after a restart of the first (its wallet, not its
// peer ID, is the user).
func TestFetchFirstBlackBoxOnly(t *testing.T) {
	ctx := context.Background()
	f := newCustodianFixture(t)
	if _, err := f.cust.HandleStore(ctx, f.bbPeer, f.storeReq(t, 2, f.shares[1])); err != nil {
		t.Fatal(err)
	}
	other := Peer{ID: "bb-2", EnclaveWallet: newKeySigner(t).Address(), TransportKey: newHPKEKeys(t).TransportKey()}
	f.cust.Electors = electorate{f.bbPeer.EnclaveWallet: true, other.EnclaveWallet: true}

	req := f.signedFetch(t, f.owner, 990)
	if _, err := f.cust.HandleFetch(ctx, f.bbPeer, req); err != nil {
		t.Fatalf("first Black Box: %v", err)
	}
	respelled := req
	respelled.Signature = strings.ToUpper(strings.TrimPrefix(req.Signature, "0x"))
	for _, r := range []FetchRequest{req, respelled} {
		_, err := f.cust.HandleFetch(ctx, other, r)
		if !errors.Is(err, request.ErrUsedElsewhere) {
			t.Fatalf("another Black Box with the same request: %v, want used_elsewhere", err)
		}
	}
	restarted := f.bbPeer
	restarted.ID = "bb-restarted"
	if _, err := f.cust.HandleFetch(ctx, restarted, req); err != nil {
		t.Fatalf("the first Black Box's identical retry after a restart: %v", err)
	}
}

// BenchmarkHandleFetch is one share release as a custodian does it for
// every decrypt: the Black Box's election, the client's request checked
// (parse, freshness, signature, owner), the replay guard, the share read
// from Badger and unsealed, and wrapped to the Black Box as a session
// message. Every request is distinct and signed before the clock starts.
func BenchmarkHandleFetch(b *testing.B) {
	ctx := context.Background()
	f := newCustodianFixture(b)
	if _, err := f.cust.HandleStore(ctx, f.bbPeer, f.storeReq(b, 2, f.shares[1])); err != nil {
		b.Fatal(err)
	}
	reqs := make([]FetchRequest, b.N)
	for i := range reqs {
		data := request.Format(84532, 9, f.owner.Address(), 990, fmt.Sprintf("%x", i))
		sig, err := request.Sign(data, func(h []byte) ([]byte, error) { return crypto.Sign(h, f.owner.key) })
		if err != nil {
			b.Fatal(err)
		}
		reqs[i] = FetchRequest{Data: data, Signature: sig}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		if _, err := f.cust.HandleFetch(ctx, f.bbPeer, reqs[i]); err != nil {
			b.Fatal(err)
		}
	}
}

// TestFetchOnlyForDecryptRequests is finding 4 of the key-safety review: a
// custodian released its share for any owner-signed string naming the
// secret, so a Black Box given the owner's job deletion, job download or
// encrypt request could rebuild the key. Now only decrypt-type forms
// release a share (request.ReleaseShape), and an action-bound request only
// with the envelope hash it signed.
func TestFetchOnlyForDecryptRequests(t *testing.T) {
	ctx := context.Background()
	f := newCustodianFixture(t)
	if _, err := f.cust.HandleStore(ctx, f.bbPeer, f.storeReq(t, 2, f.shares[1])); err != nil {
		t.Fatal(err)
	}
	cifer, msg := []byte("a cifer"), []byte("an encrypted message")
	envHash := request.DecryptHash(cifer, msg)
	otherHash := request.DecryptHash(cifer, []byte("another message"))
	hdrHash := request.FileKeyHash([]byte("a file header"))
	block := uint64(900)
	sign := func(tail ...string) FetchRequest {
		block++
		data := request.Format(84532, 9, f.owner.Address(), block, tail...)
		sig, err := request.Sign(data, func(h []byte) ([]byte, error) { return crypto.Sign(h, f.owner.key) })
		if err != nil {
			t.Fatal(err)
		}
		return FetchRequest{Data: data, Signature: sig}
	}
	withHash := func(r FetchRequest, h [32]byte) FetchRequest {
		r.EnvelopeHash = h[:]
		return r
	}
	const jobID = "0b9d5c3e-7f4e-4a53-a2a1-6c1f3e9b8d21"
	tests := []struct {
		name    string
		req     FetchRequest
		release bool
	}{
		{"decrypt-file (4 fields)", sign(), true},
		{"decrypt-payload, hex", sign("0x" + hex.EncodeToString(msg)), true},
		{"decrypt-payload, base64", sign(base64.StdEncoding.EncodeToString(msg)), true},
		{"light-client decrypt, its envelope", withHash(sign(request.ActionTail(request.ActionDecrypt, envHash)), envHash), true},
		{"light-client file key, its header", withHash(sign(request.ActionTail(request.ActionFileKey, hdrHash)), hdrHash), true},

		{"job deletion", sign(jobID, "delete"), false},
		{"job download", sign(jobID, "download"), false},
		{"encrypt-payload with a plaintext", sign("meet me at noon"), false},
		{"encrypt-payload with '_' in it", sign("a_b"), false},
		{"encrypt-payload, empty plaintext", sign(""), false},
		{"an encryptedMessage past the COMPAT bound", sign(hex.EncodeToString(make([]byte, request.MaxEncryptedMessage+1))), false},
		{"light-client decrypt, another envelope", withHash(sign(request.ActionTail(request.ActionDecrypt, envHash)), otherHash), false},
		{"light-client decrypt, no hash sent", sign(request.ActionTail(request.ActionDecrypt, envHash)), false},
		{"light-client decrypt, upper-case hash", withHash(sign(request.ActionDecrypt, strings.ToUpper(hex.EncodeToString(envHash[:]))), envHash), false},
		{"unknown action", withHash(sign("cifer-delete-v1", hex.EncodeToString(envHash[:])), envHash), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := f.cust.HandleFetch(ctx, f.bbPeer, tc.req)
			if tc.release {
				if err != nil {
					t.Fatalf("refused a decrypt request: %v", err)
				}
				clear(resp.WrappedShare)
				return
			}
			if err == nil {
				t.Fatal("share released for a request that is not a decrypt request")
			}
			if !errors.Is(err, request.ErrNotDecryptRequest) {
				t.Fatalf("got %v, want not_decrypt_request", err)
			}
		})
	}
}
