// Package gateway makes every node serve the whole Black Box API, elected
// or not. Apps configure one URL for their lifetime, and the election
// moves every epoch: a node that is not an elected Black Box now forwards
// what needs a secret's private key to one that is, over the attested
// mesh, and serves the rest itself.
//
// Gateway is the key service behind a node's API (blackbox/api.KeyService
// and the file-key interfaces of blackbox). While this node is elected it
// answers from its own key service; otherwise — or when its own custodians
// no longer answer it because the epoch just moved — it forwards the
// client's signed request, unchanged, to an elected Black Box:
//
//   - decrypt-payload over wire.Decrypt, the light client's protocol;
//   - a light client's file key over wire.FileKey;
//   - a file job's stream keys over wire.StreamKeys (attested nodes only):
//     the job runs here, and only the keys of that file's streams cross.
//
// Public keys need no election: custodians serve them and their creation
// records to anyone, so the local key service checks them against the
// chain itself.
//
// The elected Black Box checks the forwarded request as if the client had
// sent it (custodians check it again), so a gateway adds no authority. It
// forwards only to a peer whose attestation it verified and whose enclave
// wallet the registry names as an elected Black Box's: the plaintext of a
// decrypt leaves one enclave only for another.
package gateway

import (
	"context"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"strings"
	"time"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/request"
	"github.com/cifer-network/cifer/wire"
	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"
)

// KeyService is the node's own key service (blackbox.Service).
type KeyService interface {
	PublicKey(ctx context.Context, chainID, secretID uint64) (*envelope.PublicKey, error)
	Decrypt(ctx context.Context, signed custody.FetchRequest, b envelope.Binding, cifer, encryptedMessage []byte) ([]byte, error)
	blackbox.FileKeyOpener
	blackbox.FileKeyService
	blackbox.StreamKeyOpener
}

// Election is what the gateway reads of the current epoch's election
// (chain.CachedRegistry: cached, and emptied by the registry's events).
type Election interface {
	IsElectedBlackBox(ctx context.Context, enclaveWallet common.Address) (bool, error)
	BlackBoxes(ctx context.Context) ([]common.Address, error)
	NodeOf(ctx context.Context, operator common.Address) (chain.NodeRecord, error)
}

// VerifiedPeers looks up a peer's verified attestation (p2p.VerifiedTable).
type VerifiedPeers interface {
	Get(p peer.ID) (p2p.VerifiedPeer, bool)
}

// ErrNoBlackBox means no elected Black Box could be asked: none is
// elected, none is attested to this node, or every one failed. It is a
// 503 with the reasons.
var ErrNoBlackBox = errors.New("no elected Black Box could serve the request")

// DefaultTimeout bounds one forwarded call.
const DefaultTimeout = 20 * time.Second

// Gateway is a node's key service: its own while it is elected, an elected
// Black Box's otherwise.
type Gateway struct {
	Local    KeyService
	Self     common.Address // this node's enclave wallet
	SelfPeer peer.ID
	Election Election
	Peers    VerifiedPeers
	Streams  *p2p.Streams
	Network  string
	// Timeout bounds one forwarded call (DefaultTimeout when zero).
	Timeout time.Duration
	Log     *slog.Logger
	// metrics counts calls by how they were served (Register).
	metrics *metrics
}

type metrics struct {
	calls *prometheus.CounterVec
}

// Register adds the gateway's counters to reg:
// cifer_gateway_calls_total{call, served="local"|"forwarded"|"failed"}.
func (g *Gateway) Register(reg prometheus.Registerer) {
	m := &metrics{calls: prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "cifer_gateway_calls_total",
		Help: "Key-service calls of the API by how they were served: by this node while elected, forwarded to an elected Black Box, or failed.",
	}, []string{"call", "served"})}
	reg.MustRegister(m.calls)
	g.metrics = m
}

func (g *Gateway) count(call, served string) {
	if g.metrics != nil {
		g.metrics.calls.WithLabelValues(call, served).Inc()
	}
}

func (g *Gateway) log() *slog.Logger {
	if g.Log == nil {
		return slog.Default()
	}
	return g.Log
}

// Elected reports whether this node is an elected Black Box now.
func (g *Gateway) Elected(ctx context.Context) (bool, error) {
	return g.Election.IsElectedBlackBox(ctx, g.Self)
}

// PublicKey answers from the local key service on every node: it checks
// the key against the CID on chain and needs no election.
func (g *Gateway) PublicKey(ctx context.Context, chainID, secretID uint64) (*envelope.PublicKey, error) {
	return g.Local.PublicKey(ctx, chainID, secretID)
}

// Decrypt implements the API's KeyService.
func (g *Gateway) Decrypt(ctx context.Context, signed custody.FetchRequest, b envelope.Binding, cifer, encryptedMessage []byte) ([]byte, error) {
	return serve(ctx, g, "decrypt", signed,
		func(ctx context.Context) ([]byte, error) {
			return g.Local.Decrypt(ctx, signed, b, cifer, encryptedMessage)
		},
		func(ctx context.Context, to peer.ID) ([]byte, error) {
			resp, err := ask(ctx, g, wire.Decrypt, to, decryptRequest(signed, cifer, encryptedMessage))
			if err != nil {
				return nil, err
			}
			return resp.Plaintext, nil
		})
}

// FileKey implements blackbox.FileKeyOpener (a light client's file key).
func (g *Gateway) FileKey(ctx context.Context, signed custody.FetchRequest, h *envelope.FileHeader) ([]byte, error) {
	return serve(ctx, g, "file_key", signed,
		func(ctx context.Context) ([]byte, error) { return g.Local.FileKey(ctx, signed, h) },
		func(ctx context.Context, to peer.ID) ([]byte, error) {
			resp, err := ask(ctx, g, wire.FileKey, to, &wire.FileKeyRequest{Data: signed.Data, Signature: signed.Signature, Header: h.Raw()})
			if err != nil {
				return nil, err
			}
			return resp.Key, nil
		})
}

// StreamKeys implements blackbox.StreamKeyOpener.
func (g *Gateway) StreamKeys(ctx context.Context, signed custody.FetchRequest, b envelope.Binding, headers []*envelope.FileHeader) ([][]byte, error) {
	return serve(ctx, g, "stream_keys", signed,
		func(ctx context.Context) ([][]byte, error) { return g.Local.StreamKeys(ctx, signed, b, headers) },
		func(ctx context.Context, to peer.ID) ([][]byte, error) {
			req := &wire.StreamKeysRequest{Data: signed.Data, Signature: signed.Signature, Headers: make([][]byte, len(headers))}
			for i, h := range headers {
				req.Headers[i] = h.Raw()
			}
			resp, err := ask(ctx, g, wire.StreamKeys, to, req)
			if err != nil {
				return nil, err
			}
			if len(resp.Keys) != len(headers) {
				for _, k := range resp.Keys {
					clear(k)
				}
				return nil, fmt.Errorf("black box %s answered %d stream keys for %d streams", to, len(resp.Keys), len(headers))
			}
			return resp.Keys, nil
		})
}

// OpenFileStreams implements blackbox.FileKeyService: while elected, the
// local key service rebuilds the key once and opens the streams; otherwise
// an elected Black Box answers each stream's key and the streams are
// opened here with those.
func (g *Gateway) OpenFileStreams(ctx context.Context, signed custody.FetchRequest, b envelope.Binding, streams []blackbox.FileStream) ([]*envelope.FileReader, error) {
	headers := make([]*envelope.FileHeader, len(streams))
	for i, s := range streams {
		headers[i] = s.Header
	}
	keys, err := g.StreamKeys(ctx, signed, b, headers)
	if err != nil {
		return nil, err
	}
	defer func() {
		for _, k := range keys {
			clear(k)
		}
	}()
	out := make([]*envelope.FileReader, 0, len(streams))
	for i, s := range streams {
		r, err := s.Header.NewReaderWithKey(s.Body, keys[i], b)
		if err != nil {
			for _, o := range out {
				_ = o.Close()
			}
			return nil, fmt.Errorf("stream %d: %w", i, err)
		}
		out = append(out, r)
	}
	return out, nil
}

// ask sends req to an elected Black Box on p, within the gateway's
// per-call timeout.
func ask[Req, Resp any](ctx context.Context, g *Gateway, p wire.Protocol[Req, Resp], to peer.ID, req *Req) (*Resp, error) {
	d := g.Timeout
	if d <= 0 {
		d = DefaultTimeout
	}
	return p.WithTimeout(d).Ask(ctx, g.Streams, g.Network, to, req)
}

// serve answers locally while this node is elected, and forwards when it
// is not, or when the local answer says the epoch moved under it (its
// custodians no longer serve it: not enough shares, none refused as a
// replay elsewhere or a stale record, which only a new request cures).
func serve[T any](ctx context.Context, g *Gateway, call string, signed custody.FetchRequest,
	local func(context.Context) (T, error), forward func(context.Context, peer.ID) (T, error)) (T, error) {
	var zero T
	elected, err := g.Elected(ctx)
	if err != nil {
		g.count(call, "failed")
		return zero, fmt.Errorf("is this node elected: %w", err)
	}
	var localErr error
	if elected {
		v, err := local(ctx)
		if err == nil {
			g.count(call, "local")
			return v, nil
		}
		if !movedOn(err) {
			g.count(call, "failed")
			return zero, err
		}
		localErr = err
		g.log().Info("own custodians did not serve this elected node; forwarding", "call", call, "err", err)
	}
	v, err := forwardToElected(ctx, g, signed, forward)
	if err != nil {
		g.count(call, "failed")
		if localErr != nil {
			// This node is elected: its own answer (not enough shares)
			// is the one an app expects, with what forwarding met.
			return zero, fmt.Errorf("%w (forwarding: %v)", localErr, err)
		}
		return zero, err
	}
	g.count(call, "forwarded")
	return v, nil
}

// movedOn reports a local failure another Black Box may not have: too few
// shares, for a reason other than this request being spent.
func movedOn(err error) bool {
	return errors.Is(err, blackbox.ErrNotEnoughShares) &&
		!errors.Is(err, blackbox.ErrStaleRecord) && !errors.Is(err, request.ErrUsedElsewhere) && !errors.Is(err, request.ErrReplay)
}

// forwardToElected asks the elected Black Boxes in turn. The first is
// chosen by the request's signature, so an identical retry (an SDK signs
// deterministically) reaches the Black Box that served it and is not
// refused as used elsewhere; distinct requests spread over the elected
// set. A refusal of the request itself is the answer (every Black Box
// applies the same rules); a failure moves on to the next.
func forwardToElected[T any](ctx context.Context, g *Gateway, signed custody.FetchRequest, forward func(context.Context, peer.ID) (T, error)) (T, error) {
	var zero T
	targets, skipped, err := g.targets(ctx)
	if err != nil {
		return zero, err
	}
	if len(targets) == 0 {
		return zero, request.Refuse(request.CodeUnavailable, fmt.Sprintf("%v: %v", ErrNoBlackBox, errors.Join(skipped...)))
	}
	h := fnv.New64a()
	_, _ = h.Write([]byte(strings.ToLower(strings.TrimPrefix(signed.Signature, "0x"))))
	start := int(h.Sum64() % uint64(len(targets)))
	errs := skipped
	var lastCoded error
	for i := range targets {
		to := targets[(start+i)%len(targets)]
		v, err := forward(ctx, to)
		if err == nil {
			return v, nil
		}
		if ctx.Err() != nil {
			return zero, err
		}
		var re *p2p.RemoteError
		if errors.As(err, &re) && re.Status != p2p.StatusInternal && re.Status != p2p.StatusUnverified {
			// The request itself was refused: the answer, with its code.
			return zero, request.FromRemote(err)
		}
		if errors.As(err, &re) && re.Code != "" {
			lastCoded = request.FromRemote(err)
		}
		g.log().Warn("elected black box failed; trying the next", "peer", to, "err", err)
		errs = append(errs, fmt.Errorf("black box %s: %w", to, err))
	}
	if lastCoded != nil {
		// Every Black Box answered, as an elected node would (e.g. not
		// enough shares while custodians are down): that answer, with why.
		return zero, fmt.Errorf("%w (%w)", lastCoded, errors.Join(errs...))
	}
	return zero, request.Refuse(request.CodeUnavailable, fmt.Sprintf("%v: %v", ErrNoBlackBox, errors.Join(errs...)))
}

// targets lists the elected Black Boxes this node may forward to: attested
// to it, with the enclave wallet the registry records for them, and not
// itself. skipped says why the others were left out.
func (g *Gateway) targets(ctx context.Context) (out []peer.ID, skipped []error, err error) {
	ops, err := g.Election.BlackBoxes(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("elected black boxes: %w", err)
	}
	if len(ops) == 0 {
		return nil, []error{errors.New("none is elected")}, nil
	}
	for _, op := range ops {
		rec, err := g.Election.NodeOf(ctx, op)
		if err != nil {
			return nil, nil, fmt.Errorf("node of operator %s: %w", op.Hex(), err)
		}
		id, err := peer.IDFromBytes([]byte(rec.PeerID))
		if err != nil {
			skipped = append(skipped, fmt.Errorf("operator %s: invalid peer id: %w", op.Hex(), err))
			continue
		}
		if id == g.SelfPeer {
			continue
		}
		v, ok := g.Peers.Get(id)
		if !ok {
			skipped = append(skipped, fmt.Errorf("black box %s is not attested to this node", id))
			continue
		}
		if common.Address(v.EnclaveWallet) != rec.EnclaveWallet {
			skipped = append(skipped, fmt.Errorf("black box %s attests enclave wallet %s, the registry names %s", id, common.Address(v.EnclaveWallet).Hex(), rec.EnclaveWallet.Hex()))
			continue
		}
		out = append(out, id)
	}
	return out, skipped, nil
}

// decryptRequest is the light client's form of the signed request the API
// checked: the action-bound form carries the message beside the data; the
// five-field form carries it as the data's last field, in the encoding the
// client chose, which the cifer must then share (InputFormat names both).
func decryptRequest(signed custody.FetchRequest, cifer, encryptedMessage []byte) *wire.DecryptRequest {
	req := &wire.DecryptRequest{Data: signed.Data, Signature: signed.Signature, Cifer: "0x" + hex.EncodeToString(cifer), InputFormat: "hex"}
	if signed.EnvelopeHash != nil {
		req.EncryptedMessage = encryptedMessage
		return req
	}
	tail := signed.Data[strings.LastIndexByte(signed.Data, '_')+1:]
	if b, err := hex.DecodeString(strings.TrimPrefix(tail, "0x")); err != nil || string(b) != string(encryptedMessage) {
		req.Cifer, req.InputFormat = base64.StdEncoding.EncodeToString(cifer), "base64"
	}
	return req
}
