package custody

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/cifer-network/cifer/request"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// The custodian's side of the custody protocols, independent of transport:
// the p2p layer authenticates the peer (attestation) and hands the verified
// claims in as Peer.

// Peer is an attested peer as the p2p layer verified it.
type Peer struct {
	ID            peer.ID
	EnclaveWallet common.Address
	// TransportKey is the peer's attested HPKE public key: shares sent to it
	// are wrapped to this key, so only its enclave can read them.
	TransportKey []byte
}

// Electorate answers whether an enclave wallet belongs to a Black Box
// elected for the current epoch.
type Electorate interface {
	IsElectedBlackBox(ctx context.Context, enclaveWallet common.Address) (bool, error)
}

// ElectionHistory is the registry's history of elected Black Boxes. When
// the Electorate also provides it (chain.Registry does), a deal is stored
// only with a record that names an epoch its Black Box was elected in.
type ElectionHistory interface {
	WasElectedBlackBox(ctx context.Context, epoch uint64, enclaveWallet common.Address) (bool, error)
}

// TransportKeys is the enclave's HPKE key: it opens shares wrapped to this
// node and wraps shares to other nodes' attested keys. Dealt shares are
// single-shot HPKE messages (SealTo, Open); released shares, many per Black
// Box, are session messages (SessionSealTo, SessionOpen), which reuse one
// encapsulation per recipient for a while (enclave.TransportSessions).
type TransportKeys interface {
	Open(ciphertext, info []byte) ([]byte, error)
	SealTo(recipientKey, plaintext, info []byte) ([]byte, error)
	SessionOpen(message, info []byte) ([]byte, error)
	SessionSealTo(recipientKey, plaintext, info []byte) ([]byte, error)
}

// StoreRequest carries one dealt share from a Black Box.
type StoreRequest struct {
	Record       []byte // encoded, signed creation record
	X            byte   // this custodian's x coordinate
	WrappedShare []byte // HPKE-sealed to this custodian's transport key
}

// Ack is a custodian's signed acknowledgement that it stored a share.
type Ack struct {
	ChainID      uint64
	SecretID     uint64
	ShareVersion uint32
	X            byte
	ShareHash    [32]byte
	Custodian    common.Address // enclave wallet
	Signature    []byte
}

const ackDomain = "cifer-share-ack-v1"

// Digest is what the custodian signs.
func (a *Ack) Digest() []byte {
	b := make([]byte, 0, 8+8+4+1+32+20)
	b = binary.BigEndian.AppendUint64(b, a.ChainID)
	b = binary.BigEndian.AppendUint64(b, a.SecretID)
	b = binary.BigEndian.AppendUint32(b, a.ShareVersion)
	b = append(b, a.X)
	b = append(b, a.ShareHash[:]...)
	b = append(b, a.Custodian.Bytes()...)
	return crypto.Keccak256([]byte(ackDomain), b)
}

// Verify checks the acknowledgement's signature.
func (a *Ack) Verify() error {
	if len(a.Signature) != 65 {
		return errors.New("ack: signature must be 65 bytes")
	}
	pub, err := crypto.SigToPub(a.Digest(), a.Signature)
	if err != nil {
		return fmt.Errorf("ack: %w", err)
	}
	if crypto.PubkeyToAddress(*pub) != a.Custodian {
		return errors.New("ack: not signed by the custodian")
	}
	return nil
}

// FetchRequest is a Black Box's request for this custodian's share, carrying
// the client's own signed request, which the custodian checks itself.
type FetchRequest struct {
	Data      string
	Signature string
	// EnvelopeHash is what the Black Box says the share will open
	// (request.DecryptHash or request.FileKeyHash); an action-bound request
	// must name the same. Empty for COMPAT.md's forms.
	EnvelopeHash []byte
}

// The custodian's refusals carry codes (request.Refusal), so the asking
// Black Box matches them with errors.Is after they crossed the wire.
var (
	// ErrNotElected means the asking peer is not an elected Black Box.
	ErrNotElected = request.Refuse(request.CodeNotElected, "peer is not an elected black box")
	// ErrWrongCustodian means the share was dealt to another x, or the
	// record names another black box than the one sending it.
	ErrWrongCustodian = request.Refuse(request.CodeWrongCustodian, "share or record does not belong to this exchange")
	// ErrOtherKeyRegistered refuses a deal of a secret that the chain
	// already names another public key for (another Black Box synced it).
	ErrOtherKeyRegistered = request.Refuse(request.CodeOtherKeyRegistered, "the secret is synced with another public key")
)

// Custodian holds shares and answers the custody protocols.
type Custodian struct {
	Store    *Store
	Keys     TransportKeys
	Signer   HashSigner
	Electors Electorate
	// Check is the signed-request pipeline (its chain, replay guard and
	// per-signer rate limit) a client's request passes before a share is
	// released; its Chain also tells which key the chain registered. Nil
	// refuses every fetch and reads no chain.
	Check *request.Checker
	Log   *slog.Logger
	// Membership, when set, reads clusters' on-chain membership: each stored
	// share is tagged with the membership it was dealt under, and the
	// reshare protocol is served (reshare.go). Unset, resharing is refused.
	Membership ClusterMembership

	releases releaseCache // signed releases, one per stored share
}

// releaseCache keeps the signature of each share's release. A release
// names no Black Box and no request, only (chain, secret, version, x, share
// hash, record digest), so it is the same statement on every decrypt: it is
// signed once and reused, and a decrypt pays a SHA-256 of the share and a
// map lookup. The key holds the share's hash, so a share that changed on
// disk is signed anew (and that signature is the evidence against it).
type releaseCache struct {
	mu sync.Mutex
	m  map[releaseKey][]byte
}

type releaseKey struct {
	k    ShareKey
	x    byte
	hash [32]byte
}

// releaseCacheLimit bounds the entries; past it the cache starts over.
const releaseCacheLimit = 4096

func (c *releaseCache) get(k releaseKey) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	sig, ok := c.m[k]
	return sig, ok
}

func (c *releaseCache) put(k releaseKey, sig []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= releaseCacheLimit {
		c.m = make(map[releaseKey][]byte)
	}
	c.m[k] = sig
}

// shareInfo binds a wrapped share to its secret, version and x, so a wrapped
// share cannot be replayed for another one.
func shareInfo(chainID, secretID uint64, version uint32, x byte) []byte {
	b := []byte("cifer-share-v1")
	b = binary.BigEndian.AppendUint64(b, chainID)
	b = binary.BigEndian.AppendUint64(b, secretID)
	b = binary.BigEndian.AppendUint32(b, version)
	return append(b, x)
}

// ShareInfo is exported for the Black Box side of the exchange.
func ShareInfo(chainID, secretID uint64, version uint32, x byte) []byte {
	return shareInfo(chainID, secretID, version, x)
}

func (c *Custodian) requireElected(ctx context.Context, from Peer) error {
	ok, err := c.Electors.IsElectedBlackBox(ctx, from.EnclaveWallet)
	if err != nil {
		return fmt.Errorf("check election: %w", err)
	}
	if !ok {
		return fmt.Errorf("%w: %s (wallet %s)", ErrNotElected, from.ID, from.EnclaveWallet.Hex())
	}
	return nil
}

// HandleStore stores a dealt share: only from an elected, attested Black
// Box, only with a record that Black Box signed, only a share that matches
// the record's hash for this custodian's x, and only of the key the chain
// names for the secret once it is synced.
func (c *Custodian) HandleStore(ctx context.Context, from Peer, req StoreRequest) (*Ack, error) {
	if err := c.requireElected(ctx, from); err != nil {
		return nil, err
	}
	rec, err := ParseCreationRecord(req.Record)
	if err != nil {
		return nil, err
	}
	if rec.BlackBox != from.EnclaveWallet {
		return nil, fmt.Errorf("%w: record signed by %s, sent by %s", ErrWrongCustodian, rec.BlackBox.Hex(), from.EnclaveWallet.Hex())
	}
	// The record must name the epoch its dealer was elected in, and the
	// registry's history must agree: it is what Black Boxes and resharers
	// check later, long after the sender's election ended (finding 2).
	if h, ok := c.Electors.(ElectionHistory); ok {
		if rec.Epoch == 0 {
			return nil, fmt.Errorf("%w: the creation record names no epoch (version 1); deal it again", ErrWrongCustodian)
		}
		elected, err := h.WasElectedBlackBox(ctx, rec.Epoch, rec.BlackBox)
		if err != nil {
			return nil, fmt.Errorf("registry history: %w", err)
		}
		if !elected {
			return nil, fmt.Errorf("%w: the record's Black Box %s was not elected in epoch %d, which it names", ErrNotElected, rec.BlackBox.Hex(), rec.Epoch)
		}
	}
	// A Black Box that lost the race to create the secret must not leave a
	// version of its key behind; a reshare deals the registered key again.
	cid, err := c.registeredCID(ctx, rec.ChainID, rec.SecretID)
	if err != nil {
		return nil, err
	}
	if cid != "" && cid != rec.PublicKeyCID {
		return nil, fmt.Errorf("%w: chain %d secret %d is synced with %s, the deal is of %s", ErrOtherKeyRegistered, rec.ChainID, rec.SecretID, cid, rec.PublicKeyCID)
	}
	share, err := c.Keys.Open(req.WrappedShare, shareInfo(rec.ChainID, rec.SecretID, rec.ShareVersion, req.X))
	if err != nil {
		return nil, fmt.Errorf("unwrap share: %w", err)
	}
	defer clear(share)
	if len(share) < 3 || share[2] != req.X {
		return nil, fmt.Errorf("%w: share is not for x=%d", ErrWrongCustodian, req.X)
	}
	if err := rec.CheckShare(req.X, share); err != nil {
		return nil, err
	}
	key := ShareKey{ChainID: rec.ChainID, SecretID: rec.SecretID, Version: rec.ShareVersion}
	members, err := c.membershipAtStore(ctx, rec)
	if err != nil {
		return nil, err
	}
	if roster, ok := c.Membership.(ClusterRoster); ok {
		if err := c.checkDealShape(ctx, roster, rec, req.X); err != nil {
			return nil, err
		}
	}
	// A version is written once, record and share together: a retry of the
	// same deal is acknowledged again, another deal under the same version
	// is refused (its ack would claim a share this custodian does not hold).
	if err := c.Store.PutDeal(ctx, key, req.Record, members, share); err != nil {
		return nil, err
	}
	ack := &Ack{ChainID: rec.ChainID, SecretID: rec.SecretID, ShareVersion: rec.ShareVersion, X: req.X,
		ShareHash: ShareHash(share), Custodian: c.Signer.Address()}
	if ack.Signature, err = c.Signer.SignHash(ack.Digest()); err != nil {
		return nil, fmt.Errorf("sign ack: %w", err)
	}
	return ack, nil
}

// FetchResponse is the custodian's answer: its newest share of the secret's
// registered key, wrapped to the asking Black Box's transport key, and the
// custodian's signature of the Release it makes (the share's hash and its
// record's digest), which the Black Box keeps only if the share is bad.
type FetchResponse struct {
	ShareVersion     uint32
	X                byte
	WrappedShare     []byte
	ReleaseSignature []byte
	// Custodian is the answering custodian's attested enclave wallet, set
	// by the asking Client from its verified claims (not sent).
	Custodian common.Address
}

// HandleFetch releases this custodian's share to an elected, attested Black
// Box only after checking the client's signed request itself, through the
// same pipeline as the Black Box (request.Checker): format, a decrypt-type
// form (request.ReleaseShape), chain,
// freshness, signature, owner or delegate of a synced type-1 secret, then
// replay and the signer's rate limit, so a Black Box cannot drain another
// signer's budget with requests that signer did not make or already used.
func (c *Custodian) HandleFetch(ctx context.Context, from Peer, req FetchRequest) (*FetchResponse, error) {
	if err := c.requireElected(ctx, from); err != nil {
		return nil, err
	}
	if c.Check == nil {
		return nil, errors.New("custodian: no request checker")
	}
	r, err := c.Check.Check(ctx, req.Data, req.Signature, request.Spec{Rule: request.Decrypt, Replay: true,
		// Only a decrypt-type request releases a share (request.ReleaseShape).
		Shape: request.ReleaseShape(req.EnvelopeHash),
		// Keyed by the attested enclave wallet, not the peer ID: a Black Box
		// that restarts keeps its wallet, and may serve its client's
		// identical retry.
		UsedBy: from.EnclaveWallet.Hex()})
	if err != nil {
		var rl *request.RateLimitError
		if errors.As(err, &rl) {
			return nil, fmt.Errorf("custodian: %w", err)
		}
		return nil, err
	}
	st := r.State
	// The newest share of the key the chain registered, not the newest
	// share: a Black Box that lost the race to create the secret may have
	// dealt a later version of another key.
	key, rec, err := c.Store.NewestOfKey(ctx, r.ChainID, r.SecretID, st.PublicKeyCID)
	if err != nil {
		return nil, err
	}
	share, err := c.Store.Get(ctx, key)
	if err != nil {
		return nil, err
	}
	defer clear(share)
	x, wrapped, err := c.wrapShare(share, key, from)
	if err != nil {
		return nil, err
	}
	// A release to this node's own Black Box (answered in process) is
	// evidence for nobody: it is not signed.
	var sig []byte
	if from.EnclaveWallet != c.Signer.Address() {
		if sig, err = c.signRelease(rec, key, x, share); err != nil {
			return nil, err
		}
	}
	// Debug, not Info: one line per custodian per decrypt took about 6% of a
	// Black Box node's CPU under load. Releases to other nodes are counted
	// by cifer_p2p_stream_exchanges_total (custody fetch protocol, ok).
	if c.Log != nil {
		c.Log.Debug("released share", "chain", key.ChainID, "secret", key.SecretID, "version", key.Version, "to", from.ID)
	}
	return &FetchResponse{ShareVersion: key.Version, X: x, WrappedShare: wrapped, ReleaseSignature: sig}, nil
}

// signRelease signs the Release of share (its hash, never the share) under
// the record stored with it, so a share that does not match that record is
// evidence against this custodian; the signature is made once per share
// (releaseCache).
func (c *Custodian) signRelease(rec *CreationRecord, k ShareKey, x byte, share []byte) ([]byte, error) {
	rk := releaseKey{k: k, x: x, hash: ShareHash(share)}
	if sig, ok := c.releases.get(rk); ok {
		return sig, nil
	}
	dg, err := rec.Digest()
	if err != nil {
		return nil, fmt.Errorf("release: %w", err)
	}
	rel := Release{ChainID: k.ChainID, SecretID: k.SecretID, ShareVersion: k.Version, X: x, ShareHash: rk.hash, RecordDigest: dg}
	if err := rel.Sign(c.Signer); err != nil {
		return nil, err
	}
	c.releases.put(rk, rel.Signature)
	return rel.Signature, nil
}

// wrapShare seals a stored share (version ‖ t ‖ x ‖ y) to the asker's
// attested transport key as a session message, bound to the share's chain, secret, version and
// x, and returns its x.
func (c *Custodian) wrapShare(share []byte, k ShareKey, to Peer) (byte, []byte, error) {
	if len(share) < 3 {
		return 0, nil, fmt.Errorf("%w: stored share too short", ErrShareCorrupt)
	}
	x := share[2]
	wrapped, err := c.Keys.SessionSealTo(to.TransportKey, share, shareInfo(k.ChainID, k.SecretID, k.Version, x))
	if err != nil {
		return 0, nil, fmt.Errorf("wrap share: %w", err)
	}
	return x, wrapped, nil
}

// PublicKey returns a secret's public key and CID from the current creation
// record this custodian holds (CurrentRecord); anyone may ask and check it
// against the CID on-chain.
func (c *Custodian) PublicKey(ctx context.Context, chainID, secretID uint64) ([]byte, string, error) {
	rec, _, err := c.CurrentRecord(ctx, chainID, secretID)
	if err != nil {
		return nil, "", err
	}
	return rec.PublicKey, rec.PublicKeyCID, nil
}

// CurrentRecord returns, parsed and encoded, the creation record of the
// newest share version held for a secret of the key registered on chain;
// while the secret is syncing (no key registered yet), or without a chain
// view, that of the newest version.
func (c *Custodian) CurrentRecord(ctx context.Context, chainID, secretID uint64) (*CreationRecord, []byte, error) {
	cid, err := c.registeredCID(ctx, chainID, secretID)
	if err != nil {
		return nil, nil, err
	}
	var k ShareKey
	if cid != "" {
		if k, _, err = c.Store.NewestOfKey(ctx, chainID, secretID, cid); err != nil {
			return nil, nil, err
		}
	} else {
		keys, err := c.Store.Versions(ctx, chainID, secretID)
		if err != nil {
			return nil, nil, err
		}
		if len(keys) == 0 {
			return nil, nil, fmt.Errorf("chain %d secret %d: %w", chainID, secretID, ErrShareNotFound)
		}
		k = keys[len(keys)-1]
	}
	rec, err := c.Store.Record(ctx, k)
	if err != nil {
		return nil, nil, err
	}
	raw, err := rec.MarshalBinary()
	if err != nil {
		return nil, nil, err
	}
	return rec, raw, nil
}

// registeredCID is the public-key CID the chain registered for a secret,
// or "" while it is syncing or when the custodian has no chain view.
func (c *Custodian) registeredCID(ctx context.Context, chainID, secretID uint64) (string, error) {
	if c.Check == nil || c.Check.Chain == nil {
		return "", nil
	}
	st, err := c.Check.Chain.SecretState(ctx, chainID, secretID)
	if err != nil {
		return "", fmt.Errorf("read secret state: %w", err)
	}
	if st.IsSyncing {
		return "", nil
	}
	return st.PublicKeyCID, nil
}
