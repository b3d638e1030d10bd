// Package client is the CIFER light client: it joins the network over
// libp2p, reads the registry and the SecretsController, fetches public keys
// from custodians and checks them against the CID on chain, encrypts
// locally, and decrypts through an elected Black Box whose attestation it
// has verified first, failing over across the K elected.
//
// It speaks the network's protocols through their descriptors in package
// wire and links no server code: no node, no custody store, no Black Box,
// no enclave backend (the report verifiers it applies are given in Config).
// deps_test.go holds it to that.
package client

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/enclave"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/request"
	"github.com/cifer-network/cifer/wire"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	lcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/peerstore"
)

// Config is what a light client needs: the network's deployment, where to
// join it, and the user's wallet key.
type Config struct {
	Deployment deploy.Deployment
	// Bootstrap peers' multiaddrs (with /p2p/<id>); the registry's
	// multiaddrs are used too.
	Bootstrap []string
	// Key is the user's wallet: it signs requests and transactions.
	Key *ecdsa.PrivateKey
	// Timeout bounds each network call (default 30 s).
	Timeout time.Duration
	Log     *slog.Logger
	// Verifiers are the enclave report verifiers, by backend name
	// (enclave.BackendSim, enclave.BackendSGX), the client applies to a
	// Black Box's attestation before it sends it anything. They are given
	// rather than built in so the client links no enclave backend (the SGX
	// verifier pulls in EGo); the cifer CLI passes the node's own set. A
	// Black Box whose backend has none is refused with ErrNoVerifier.
	// Encrypting needs none.
	Verifiers map[string]enclave.ReportVerifier
}

// Errors callers branch on.
var (
	// ErrNoBlackBox means no elected Black Box both verified and answered.
	ErrNoBlackBox = errors.New("no elected Black Box could serve the request")
	// ErrPublicKeyMismatch means no custodian served a public key whose
	// CID matches the one on chain.
	ErrPublicKeyMismatch = errors.New("no custodian served a public key matching the on-chain CID")
	// ErrNotReady means the secret is still syncing (its key is being made).
	ErrNotReady = errors.New("secret is not ready (still syncing)")
	// ErrAttestation means a Black Box's attestation did not verify.
	ErrAttestation = errors.New("black box attestation refused")
	// ErrNoVerifier means a Black Box runs an enclave backend for which
	// Config.Verifiers has no report verifier (it wraps ErrAttestation's
	// refusal).
	ErrNoVerifier = errors.New("no report verifier configured for the black box's enclave backend")
)

// Client is a connected light client. It is safe for concurrent use.
type Client struct {
	cfg      Config
	log      *slog.Logger
	eth      *ethclient.Client
	wallet   *chain.Wallet
	chain    *chain.Client
	registry *chain.Registry
	ctrl     *bindings.SecretsController
	host     host.Host
	streams  *p2p.Streams
	policy   *enclave.Policy
	// cache keeps the elected Black Boxes between the registry's events,
	// so a decrypt makes no chain call (chain.StateCache).
	cache     *chain.StateCache
	cachedReg chain.CachedRegistry
	stopCache context.CancelFunc
	cacheDone chan struct{}

	mu       sync.Mutex
	verified map[peer.ID]time.Time // Black Boxes whose statement verified, until expiry
	// dialed remembers the registry record each peer's addresses were
	// last taken from, so a decrypt does not parse multiaddrs again.
	dialed map[peer.ID]string
	// nextBB spreads requests over the elected Black Boxes.
	nextBB atomic.Uint64
}

// Dial connects to the chain and joins the network.
func Dial(ctx context.Context, cfg Config) (*Client, error) {
	if cfg.Key == nil {
		return nil, errors.New("client: no wallet key")
	}
	if err := cfg.Deployment.Validate(); err != nil {
		return nil, fmt.Errorf("client: deployment: %w", err)
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 30 * time.Second
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	c := &Client{cfg: cfg, log: cfg.Log, verified: map[peer.ID]time.Time{}, dialed: map[peer.ID]string{}}
	ok := false
	defer func() {
		if !ok {
			c.Close()
		}
	}()
	var err error
	dep := cfg.Deployment
	if c.chain, err = chain.Dial(ctx, dep.ChainConfig(0), chain.Options{Log: cfg.Log, CallTimeout: cfg.Timeout}); err != nil {
		return nil, fmt.Errorf("client: chain: %w", err)
	}
	c.eth = c.chain.Eth()
	if c.wallet, err = chain.NewWallet(ctx, c.eth, cfg.Key); err != nil {
		return nil, fmt.Errorf("client: %w", err)
	}
	if c.registry, err = chain.NewRegistry(dep.Addresses.Registry, c.eth, cfg.Timeout); err != nil {
		return nil, err
	}
	c.cache = chain.NewStateCache(c.chain, chain.CacheOptions{Log: cfg.Log})
	c.cachedReg = chain.CachedRegistry{Registry: c.registry, Cache: c.cache}
	cacheCtx, stopCache := context.WithCancel(context.Background())
	c.stopCache, c.cacheDone = stopCache, make(chan struct{})
	go func() {
		defer close(c.cacheDone)
		_ = c.cache.Run(cacheCtx)
	}()
	if c.ctrl, err = bindings.NewSecretsController(dep.Addresses.Controller, c.eth); err != nil {
		return nil, err
	}
	c.policy = &enclave.Policy{
		Registry:     &chain.RegistryView{Registry: c.registry},
		Network:      dep.Network,
		HomeChainID:  dep.ChainID,
		Verifiers:    cfg.Verifiers,
		MaxClockSkew: enclave.DefaultMaxClockSkew,
	}
	// A fresh identity per run: a light client is not a node, and nothing
	// about it needs to be stable on the network.
	key, _, err := lcrypto.GenerateEd25519Key(nil)
	if err != nil {
		return nil, err
	}
	if c.host, err = p2p.NewHost(p2p.HostConfig{Key: key, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}}); err != nil {
		return nil, fmt.Errorf("client: libp2p host: %w", err)
	}
	c.streams = p2p.NewStreams(c.host, nil, nil, cfg.Log)
	for _, s := range cfg.Bootstrap {
		ai, err := p2p.AddrInfoFromString(s)
		if err != nil {
			return nil, fmt.Errorf("client: bootstrap: %w", err)
		}
		c.host.Peerstore().AddAddrs(ai.ID, ai.Addrs, peerstore.PermanentAddrTTL)
	}
	ok = true
	return c, nil
}

// Close leaves the network.
func (c *Client) Close() error {
	var errs []error
	if c.host != nil {
		errs = append(errs, c.host.Close())
	}
	if c.stopCache != nil {
		c.stopCache()
		<-c.cacheDone
	}
	if c.chain != nil {
		c.chain.Close()
	}
	return errors.Join(errs...)
}

// Address is the user's wallet address.
func (c *Client) Address() common.Address { return c.wallet.Address() }

// ChainID is the network's home chain.
func (c *Client) ChainID() uint64 { return c.cfg.Deployment.ChainID }

// Head is the latest block number.
func (c *Client) Head(ctx context.Context) (uint64, error) { return c.chain.BlockNumber(ctx) }

// CreateSecret sends createSecret() with the creation fee and returns the
// new secret's ID. The secret is usable once WaitReady returns.
func (c *Client) CreateSecret(ctx context.Context) (uint64, error) {
	fee, err := c.ctrl.SecretCreationFee(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, fmt.Errorf("creation fee: %w", err)
	}
	rc, err := c.wallet.Send(ctx, "createSecret", func(o *bind.TransactOpts) (*types.Transaction, error) {
		o.Value = fee
		return c.ctrl.CreateSecret0(o)
	})
	if err != nil {
		return 0, err
	}
	for _, l := range rc.Logs {
		if ev, err := c.ctrl.ParseSecretCreated(*l); err == nil && l.Address == c.cfg.Deployment.Addresses.Controller {
			return ev.SecretId.Uint64(), nil
		}
	}
	return 0, errors.New("createSecret: no SecretCreated event in the receipt")
}

// SecretState reads a secret's on-chain state.
func (c *Client) SecretState(ctx context.Context, secretID uint64) (chain.SecretState, error) {
	return c.chain.SecretState(ctx, secretID)
}

// WaitReady waits until the secret is synced (its key made and its shares
// held) or ctx ends.
func (c *Client) WaitReady(ctx context.Context, secretID uint64) (chain.SecretState, error) {
	for {
		st, err := c.chain.SecretState(ctx, secretID)
		if err != nil {
			return st, err
		}
		if st.Ready() {
			return st, nil
		}
		t := time.NewTimer(200 * time.Millisecond)
		select {
		case <-ctx.Done():
			t.Stop()
			return st, fmt.Errorf("secret %d: %w: %w", secretID, ErrNotReady, ctx.Err())
		case <-t.C:
		}
	}
}

// ListSecrets returns the secrets the wallet owns and those delegated to it.
func (c *Client) ListSecrets(ctx context.Context) (owned, delegated []uint64, err error) {
	out, err := c.ctrl.GetSecretsByWallet(&bind.CallOpts{Context: ctx}, c.Address())
	if err != nil {
		return nil, nil, fmt.Errorf("getSecretsByWallet: %w", err)
	}
	for _, v := range out.Owned {
		owned = append(owned, v.Uint64())
	}
	for _, v := range out.Delegated {
		delegated = append(delegated, v.Uint64())
	}
	return owned, delegated, nil
}

// SetDelegate lets delegate decrypt for the secret (the zero address
// clears it). Revocation takes effect at once: every decrypt reads it.
func (c *Client) SetDelegate(ctx context.Context, secretID uint64, delegate common.Address) error {
	_, err := c.wallet.Send(ctx, "setDelegate", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.ctrl.SetDelegate(o, new(big.Int).SetUint64(secretID), delegate)
	})
	return err
}

// Transfer gives the secret to a new owner (and clears its delegate).
func (c *Client) Transfer(ctx context.Context, secretID uint64, newOwner common.Address) error {
	_, err := c.wallet.Send(ctx, "transferSecret", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.ctrl.TransferSecret(o, new(big.Int).SetUint64(secretID), newOwner)
	})
	return err
}

// connect adds a registered node's addresses and returns its peer ID.
func (c *Client) connect(n chain.NodeRecord) (peer.ID, error) {
	addrs := strings.Join(n.Multiaddrs, "\n")
	c.mu.Lock()
	seen, ok := c.dialed[n.PeerID]
	c.mu.Unlock()
	if ok && seen == addrs {
		// Same record as last time: its addresses are in the peerstore.
		return n.PeerID, nil
	}
	ai, _, err := n.AddrInfo()
	if err != nil {
		return "", fmt.Errorf("registered node %s: invalid peer id: %w", n.Operator.Hex(), err)
	}
	c.host.Peerstore().AddAddrs(ai.ID, ai.Addrs, peerstore.PermanentAddrTTL)
	c.mu.Lock()
	c.dialed[n.PeerID] = addrs
	c.mu.Unlock()
	return ai.ID, nil
}

// PublicKey fetches the secret's public key from its custodians and
// returns the first whose CID equals the one on chain.
func (c *Client) PublicKey(ctx context.Context, secretID uint64) (*envelope.PublicKey, error) {
	st, err := c.chain.SecretState(ctx, secretID)
	if err != nil {
		return nil, err
	}
	if !st.Ready() {
		return nil, fmt.Errorf("secret %d: %w", secretID, ErrNotReady)
	}
	members, err := c.registry.ClusterMembers(ctx, st.ClusterID)
	if err != nil {
		return nil, err
	}
	ids := make([]peer.ID, 0, len(members))
	var errs []error
	for _, m := range members {
		id, err := c.connect(m)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ids = append(ids, id)
	}
	pk, err := firstMatchingKey(ctx, ids, st.PublicKeyCID, func(ctx context.Context, id peer.ID) ([]byte, string, error) {
		ctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
		defer cancel()
		return c.custodianKey(ctx, id, secretID)
	})
	if err != nil {
		return nil, fmt.Errorf("secret %d: %w", secretID, errors.Join(append(errs, err)...))
	}
	return pk, nil
}

// custodianKey asks one custodian for the secret's public key (the public
// wire.PublicKey protocol) and checks the key against the CID the custodian
// claims for it; the caller checks that CID against the chain.
func (c *Client) custodianKey(ctx context.Context, id peer.ID, secretID uint64) ([]byte, string, error) {
	resp, err := wire.PublicKey.Ask(ctx, c.streams, c.cfg.Deployment.Network, id, &wire.PublicKeyRequest{ChainID: c.ChainID(), SecretID: secretID})
	if err != nil {
		return nil, "", fmt.Errorf("public key from %s: %w", id, err)
	}
	if err := envelope.CheckPublicKeyCID(resp.PublicKey, resp.CID); err != nil {
		return nil, "", fmt.Errorf("public key from %s: %w", id, err)
	}
	return resp.PublicKey, resp.CID, nil
}

// firstMatchingKey asks custodians in turn and returns the first public key
// whose CID is the one on chain, so a custodian serving any other key is
// passed over.
func firstMatchingKey(ctx context.Context, ids []peer.ID, wantCID string, fetch func(context.Context, peer.ID) ([]byte, string, error)) (*envelope.PublicKey, error) {
	var errs []error
	for _, id := range ids {
		raw, _, err := fetch(ctx, id)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		// The key's own CID, not the one the custodian claims.
		if err := envelope.CheckPublicKeyCID(raw, wantCID); err != nil {
			errs = append(errs, fmt.Errorf("custodian %s: %w", id, err))
			continue
		}
		pk, err := envelope.ParsePublicKey(raw)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		return pk, nil
	}
	return nil, fmt.Errorf("%w: %w", ErrPublicKeyMismatch, errors.Join(errs...))
}

// Encrypt seals plaintext to the secret locally (after fetching and
// checking its public key).
func (c *Client) Encrypt(ctx context.Context, secretID uint64, plaintext []byte) (cifer, encryptedMessage []byte, err error) {
	pk, err := c.PublicKey(ctx, secretID)
	if err != nil {
		return nil, nil, err
	}
	return envelope.Seal(pk, envelope.Binding{ChainID: c.ChainID(), SecretID: secretID}, plaintext)
}

// EncryptFile streams src into dst in the CIFER file format.
func (c *Client) EncryptFile(ctx context.Context, secretID uint64, dst io.Writer, src io.Reader) (int64, error) {
	pk, err := c.PublicKey(ctx, secretID)
	if err != nil {
		return 0, err
	}
	w, err := envelope.NewFileWriter(dst, pk, envelope.Binding{ChainID: c.ChainID(), SecretID: secretID})
	if err != nil {
		return 0, err
	}
	n, err := w.ReadFrom(src)
	if err != nil {
		return n, err
	}
	return n, w.Close()
}

// SignDecrypt builds and signs the request data string COMPAT.md gives
// for a decrypt: chainId_secretId_signer_blockNumber_encryptedMessage.
func (c *Client) SignDecrypt(ctx context.Context, secretID uint64, encryptedMessageHex string) (data, signature string, err error) {
	head, err := c.chain.BlockNumber(ctx)
	if err != nil {
		return "", "", err
	}
	return c.sign(secretID, head, encryptedMessageHex)
}

// sign builds chainId_secretId_signer_block_tail and signs it (EIP-191).
func (c *Client) sign(secretID, block uint64, tail string) (data, signature string, err error) {
	data = request.Format(c.ChainID(), secretID, c.Address(), block, tail)
	signature, err = request.Sign(data, func(hash []byte) ([]byte, error) { return crypto.Sign(hash, c.cfg.Key) })
	return data, signature, err
}

// Decrypt opens an envelope through an elected Black Box (see askBlackBox).
func (c *Client) Decrypt(ctx context.Context, secretID uint64, cifer, encryptedMessage []byte) ([]byte, error) {
	var resp *wire.DecryptResponse
	// The action-bound form: custodians release shares for it knowing it
	// asks to decrypt this envelope, which no other request says.
	tail := request.ActionTail(request.ActionDecrypt, request.DecryptHash(cifer, encryptedMessage))
	err := c.signedOnce(ctx, secretID, tail, func(data, sig string) (err error) {
		req := &wire.DecryptRequest{Data: data, Signature: sig, Cifer: "0x" + common.Bytes2Hex(cifer), InputFormat: "hex",
			EncryptedMessage: encryptedMessage}
		resp, err = askBlackBox(ctx, c, wire.Decrypt, req)
		return err
	})
	if err != nil {
		return nil, err
	}
	return resp.Plaintext, nil
}

// signedOnce signs chainId_secretId_signer_head_tail and sends it, retrying
// once when a fresh signature gets past the refusal (see signAndSend).
func (c *Client) signedOnce(ctx context.Context, secretID uint64, tail string, send func(data, sig string) error) error {
	return signAndSend(ctx, c.chain, func(block uint64) (string, string, error) {
		return c.sign(secretID, block, tail)
	}, send)
}

// headSource is where signAndSend reads the chain head.
type headSource interface {
	// Head is the tracked head: no chain call.
	Head() uint64
	// BlockNumber asks the chain.
	BlockNumber(ctx context.Context) (uint64, error)
}

// signAndSend signs at the tracked head and sends. Two kinds of refusal are
// retried once, re-signed:
//   - a replay: signing is deterministic, so the same request in the same
//     block (this client, or another app of the same wallet) is
//     byte-identical; it waits for the next block.
//   - a stale or future block (COMPAT.md's texts): the tracked head lagged
//     or ran ahead of the Black Box's; it signs at the head read from the
//     chain now, or at the Black Box's head if that is lower (a lower block
//     only shortens how long the request is valid).
func signAndSend(ctx context.Context, heads headSource, sign func(block uint64) (data, sig string, err error), send func(data, sig string) error) error {
	head := heads.Head()
	data, sig, err := sign(head)
	if err != nil {
		return err
	}
	err = send(data, sig)
	if err == nil {
		return nil
	}
	var next uint64
	if fb, ok := freshnessRefusal(err); ok {
		n, cerr := heads.BlockNumber(ctx)
		if cerr != nil {
			return errors.Join(err, cerr)
		}
		next = n
		if fb.future && fb.current < n {
			next = fb.current
		}
		if next == head {
			// The same block again would be refused the same way.
			return err
		}
	} else if retryable(err) {
		if next, err = nextBlock(ctx, heads, head); err != nil {
			return err
		}
	} else {
		return err
	}
	if data, sig, err = sign(next); err != nil {
		return err
	}
	return send(data, sig)
}

// nextBlock waits until the chain is past head.
func nextBlock(ctx context.Context, heads headSource, head uint64) (uint64, error) {
	for {
		n, err := heads.BlockNumber(ctx)
		if err != nil {
			return 0, err
		}
		if n > head {
			return n, nil
		}
		t := time.NewTimer(100 * time.Millisecond)
		select {
		case <-ctx.Done():
			t.Stop()
			return 0, ctx.Err()
		case <-t.C:
		}
	}
}

// errStaleRecord matches the Black Box's stale-record refusal by its code
// (refusals match by code, so the client need not link the Black Box).
var errStaleRecord = request.Refuse(request.CodeStaleRecord, "creation record is older than the custodians' shares")

// retryable reports refusals that a fresh request in a later block gets
// past: an identical request used up (or used with another Black Box,
// which alone may be served it again), and a Black Box that had cached
// a creation record a reshare has replaced (it drops it on the way; the
// custodians have used up that signed request, so it cannot retry itself).
func retryable(err error) bool {
	if errors.Is(err, request.ErrReplay) || errors.Is(err, request.ErrUsedElsewhere) || errors.Is(err, errStaleRecord) {
		return true
	}
	if !uncoded(err) {
		return false
	}
	msg := err.Error()
	return strings.Contains(msg, "request already used") || strings.Contains(msg, "older than the custodians' shares")
}

// uncoded reports an error that carries no refusal code: a Black Box of an
// earlier release refuses in text only, and is still read by its text
// (COMPAT.md's exact texts). A coded refusal is read by its code alone.
func uncoded(err error) bool {
	var r *request.Refusal
	return !errors.As(err, &r)
}

// freshBlock is what a freshness refusal says about the Black Box's head.
type freshBlock struct {
	current uint64
	future  bool
}

// The exact texts of COMPAT.md (chain.FreshnessError), read only from a
// refusal without a code (see uncoded).
var (
	tooOldRe   = regexp.MustCompile(`^Block number \d+ is too old \(current: (\d+), max window: \d+\)$`)
	inFutureRe = regexp.MustCompile(`^Block number \d+ is in the future \(current: (\d+)\)$`)
)

// freshnessRefusal recognises a Black Box's refusal of the request's block
// as too old or in the future: by its code and the head it carries
// (request.FromRemote rebuilds the *chain.FreshnessError), or, from a Black
// Box that sends no code, by COMPAT.md's text.
func freshnessRefusal(err error) (freshBlock, bool) {
	var re *RefusedError
	if !errors.As(err, &re) {
		return freshBlock{}, false
	}
	var fe *chain.FreshnessError
	if errors.As(re, &fe) {
		return freshBlock{current: fe.Head, future: fe.Future}, true
	}
	if !uncoded(re) {
		return freshBlock{}, false
	}
	for _, f := range []struct {
		re     *regexp.Regexp
		future bool
	}{{tooOldRe, false}, {inFutureRe, true}} {
		if m := f.re.FindStringSubmatch(re.Message); m != nil {
			cur, perr := strconv.ParseUint(m[1], 10, 64)
			if perr != nil {
				return freshBlock{}, false
			}
			return freshBlock{current: cur, future: f.future}, true
		}
	}
	return freshBlock{}, false
}

// IsStaleBlock reports whether err is a Black Box's refusal of the signed
// request's block number as too old or in the future.
func IsStaleBlock(err error) bool {
	_, ok := freshnessRefusal(err)
	return ok
}

// DecryptFile decrypts a CIFER file from src into dst. An elected Black
// Box, verified first, gives this one file's key for a signed request that
// names the file; the file itself is decrypted here and never sent.
func (c *Client) DecryptFile(ctx context.Context, dst io.Writer, src io.Reader) (int64, error) {
	h, err := envelope.ReadFileHeader(src)
	if err != nil {
		return 0, err
	}
	if h.Binding.ChainID != c.ChainID() {
		return 0, fmt.Errorf("file is for chain %d, this network's chain is %d", h.Binding.ChainID, c.ChainID())
	}
	var resp *wire.FileKeyResponse
	err = c.signedOnce(ctx, h.Binding.SecretID, request.ActionTail(request.ActionFileKey, request.FileKeyHash(h.Raw())), func(data, sig string) (err error) {
		resp, err = askBlackBox(ctx, c, wire.FileKey, &wire.FileKeyRequest{Data: data, Signature: sig, Header: h.Raw()})
		return err
	})
	if err != nil {
		return 0, err
	}
	defer clear(resp.Key)
	r, err := h.NewReaderWithKey(src, resp.Key, h.Binding)
	if err != nil {
		return 0, err
	}
	defer r.Close()
	return r.WriteTo(dst)
}

// askBlackBox sends one request to the elected Black Boxes, starting at
// the next in turn, verifying each one's attestation before sending it
// anything. A refusal about the request itself (not owner, stale block,
// ...) is returned at once, since every Black Box applies the same rules; a
// Black Box that fails is skipped for the next. The descriptor says whether
// the protocol runs on a persistent multiplexed stream or a stream per
// request; each call gets the client's timeout.
func askBlackBox[Req, Resp any](ctx context.Context, c *Client, proto wire.Protocol[Req, Resp], req *Req) (*Resp, error) {
	bbs, err := c.blackBoxes(ctx)
	if err != nil {
		return nil, err
	}
	if len(bbs) == 0 {
		return nil, fmt.Errorf("%w: no elected Black Box has a valid peer ID", ErrNoBlackBox)
	}
	proto = proto.WithTimeout(c.cfg.Timeout)
	var errs []error
	// Start at the next Black Box in turn, so the elected ones share the
	// load; on failure the others follow in order.
	start := int(c.nextBB.Add(1) % uint64(len(bbs)))
	for i := range bbs {
		id := bbs[(start+i)%len(bbs)]
		if err := c.verifyBlackBox(ctx, id); err != nil {
			errs = append(errs, err)
			continue
		}
		resp, err := proto.Ask(ctx, c.streams, c.cfg.Deployment.Network, id, req)
		if err == nil {
			return resp, nil
		}
		if re, ok := refusedOf(err); ok {
			return nil, re
		}
		errs = append(errs, fmt.Errorf("black box %s: %w", id, err))
	}
	return nil, fmt.Errorf("%w: %w", ErrNoBlackBox, errors.Join(errs...))
}

// RefusedError is a Black Box's refusal of the request itself, with the
// message the HTTP API would give (e.g. "Signer is not the owner or
// delegate of this secret"). Err is the refusal as read from the wire: a
// *request.Refusal when the Black Box named a code, so errors.Is(err,
// request.ErrReplay), errors.Is(err, request.ErrRateLimited), ... hold.
type RefusedError struct {
	Message string
	Err     error
}

func (e *RefusedError) Error() string { return "refused: " + e.Message }

// Unwrap returns the refusal read from the wire.
func (e *RefusedError) Unwrap() error { return e.Err }

// refusedOf reads a Black Box's answer error: a refusal of the request
// itself (p2p status refused or bad request) is a *RefusedError whose Err
// is the typed refusal (request.FromRemote) when the Black Box named a
// code, so callers match it with errors.Is (request.ErrNotAuthorized,
// request.ErrRateLimited, ...); anything else is not a refusal (ok false:
// the next Black Box is tried).
func refusedOf(err error) (*RefusedError, bool) {
	var re *p2p.RemoteError
	if !errors.As(err, &re) || (re.Status != p2p.StatusRefused && re.Status != p2p.StatusBadRequest) {
		return nil, false
	}
	return &RefusedError{Message: re.Message, Err: request.FromRemote(err)}, true
}

// blackBoxes returns the current epoch's elected Black Boxes' peer IDs.
func (c *Client) blackBoxes(ctx context.Context) ([]peer.ID, error) {
	ops, err := c.cachedReg.BlackBoxes(ctx)
	if err != nil {
		return nil, fmt.Errorf("elected black boxes: %w", err)
	}
	if len(ops) == 0 {
		return nil, fmt.Errorf("%w: none elected yet", ErrNoBlackBox)
	}
	out := make([]peer.ID, 0, len(ops))
	for _, op := range ops {
		n, err := c.cachedReg.NodeOf(ctx, op)
		if err != nil {
			return nil, err
		}
		id, err := c.connect(n)
		if err != nil {
			c.log.Warn("skipping black box", "operator", op, "err", err)
			continue
		}
		out = append(out, id)
	}
	return out, nil
}

// verifyBlackBox fetches the Black Box's statement over the authenticated
// stream and applies the same policy nodes apply to each other, plus: the
// statement's wallet is elected now. Verified Black Boxes are remembered
// until their statement expires.
func (c *Client) verifyBlackBox(ctx context.Context, id peer.ID) error {
	c.mu.Lock()
	until, ok := c.verified[id]
	c.mu.Unlock()
	if ok && time.Now().Before(until) {
		return nil
	}
	cctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	resp, err := wire.Statement.Ask(cctx, c.streams, c.cfg.Deployment.Network, id, &wire.StatementRequest{})
	if err != nil {
		return fmt.Errorf("black box %s: statement: %w", id, err)
	}
	v, err := c.policy.VerifyBytes(cctx, resp.Statement, id)
	if errors.Is(err, enclave.ErrUnknownBackend) {
		// Say what to do about it: the policy only knows a backend is
		// unknown, the client knows where verifiers come from.
		return fmt.Errorf("%w: %s: %w (client.Config.Verifiers): %w", ErrAttestation, id, ErrNoVerifier, err)
	}
	if err != nil {
		return fmt.Errorf("%w: %s: %w", ErrAttestation, id, err)
	}
	elected, err := c.registry.IsElectedBlackBox(cctx, v.Statement.Wallet)
	if err != nil {
		return err
	}
	if !elected {
		return fmt.Errorf("%w: %s: enclave wallet %s is not an elected Black Box", ErrAttestation, id, v.Statement.Wallet.Hex())
	}
	c.mu.Lock()
	c.verified[id] = v.Expiry()
	c.mu.Unlock()
	return nil
}
