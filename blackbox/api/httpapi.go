package api

import (
	"context"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/request"
	"github.com/libp2p/go-libp2p/core/peer"
)

// The Black Box HTTP API, wire-compatible with the existing CIFER service
// (COMPAT.md). This file holds the payload endpoints and health; errors are
// {"error": "...", "code": "..."}: the message and status COMPAT.md gives
// (request's code table; where COMPAT.md is silent the choice is written
// there), and the refusal's code, which the light-client protocols carry
// too (clientproto.go). Both doors are thin adapters over the same calls
// (decrypt, fileKey), which return typed errors; refusalOf names them.

// KeyService is what the HTTP API needs from the Black Box: the verified
// public key of a secret, and decryption with a key rebuilt from shares.
type KeyService interface {
	// PublicKey returns the secret's public key, checked against the CID on
	// chain.
	PublicKey(ctx context.Context, chainID, secretID uint64) (*envelope.PublicKey, error)
	// Decrypt rebuilds the key (forwarding the client's signed request to
	// the custodians) and opens the envelope.
	Decrypt(ctx context.Context, signed custody.FetchRequest, b envelope.Binding, cifer, encryptedMessage []byte) ([]byte, error)
}

// Health is the /healthz body (COMPAT.md).
type Health struct {
	Status string `json:"status"`
	// ServerTime is Unix milliseconds, a number (COMPAT.md: clients compare
	// it with their own clock).
	ServerTime           int64                  `json:"serverTime"`
	EnclaveWalletAddress string                 `json:"enclaveWalletAddress"`
	Configurations       HealthConfigurations   `json:"configurations"`
	ClusterMap           map[string][]string    `json:"clusterMap"`
	SupportedChains      []uint64               `json:"supportedChains"`
	ChainStatus          map[string]ChainStatus `json:"chainStatus"`
	// Node says what this node is now; clients of the COMPAT body ignore
	// it. Every node serves the whole API, so an app needs no role to
	// pick a URL: this is for operators and attestation-aware clients.
	Node *HealthNode `json:"node,omitempty"`
}

// HealthNode is what a node is now: an elected Black Box of the epoch, or
// a gateway forwarding to one.
type HealthNode struct {
	// Role is "blackbox" (elected in Epoch) or "gateway".
	Role  string `json:"role"`
	Epoch uint64 `json:"epoch"`
	// VerifiedPeers counts the peers whose attestation this node verified.
	VerifiedPeers int `json:"verifiedPeers"`
	// ElectedBlackBoxes counts the Black Boxes elected in Epoch.
	ElectedBlackBoxes int `json:"electedBlackBoxes"`
	// ChainHeads is each chain's newest block this node has seen.
	ChainHeads map[string]uint64 `json:"chainHeads"`
	// Error says what could not be read, when the role is not known.
	Error string `json:"error,omitempty"`
}

// HealthConfigurations lists the chains this network serves.
type HealthConfigurations struct {
	Chains []HealthChain `json:"chains"`
}

// HealthChain is one chain as clients read it from /healthz.
type HealthChain struct {
	ChainID                  uint64 `json:"chainId"`
	Name                     string `json:"name"`
	RPCURL                   string `json:"rpcUrl"`
	WSRPCURL                 string `json:"wsRpcUrl"`
	SecretsControllerAddress string `json:"secretsControllerAddress"`
	ClusterRegistryAddress   string `json:"clusterRegistryAddress,omitempty"`
	BlockTimeMs              uint64 `json:"blockTimeMs"`
}

// ChainStatus is what the node knows of a chain's head.
type ChainStatus struct {
	LastKnownBlockNumber uint64 `json:"lastKnownBlockNumber"`
}

// API serves the Black Box HTTP endpoints.
type API struct {
	// Check is the signed-request pipeline: its chain view, the replay
	// guard of decrypt-type calls and the per-signer rate limit.
	Check  *request.Checker
	Keys   KeyService
	Health func(ctx context.Context) Health
	Log    *slog.Logger
	// MaxBody bounds a JSON request body (default 256 KiB: a 16 KiB
	// message in hex plus the cifer fits many times over).
	MaxBody int64
	// Timeouts bound each request (httpapi_timeouts.go).
	Timeouts Timeouts
	// Files runs the file jobs (filejobs.go). Nil leaves the file
	// endpoints answering 503; file decryption also needs Keys to be a
	// blackbox.FileKeyService.
	Files *FileJobs
	// IPLimit, when set, bounds the requests of each remote address before
	// anything else is read or checked (request.IPLimiter): the signed
	// calls over HTTP and the light-client protocols alike.
	IPLimit *request.IPLimiter
	// Attested, when set, names the attested nodes (p2p.VerifiedTable):
	// a gateway forwarding its clients' requests over the mesh is not held
	// to the per-IP limit of the light-client protocols.
	Attested interface{ IsVerified(peer.ID) bool }
	// Holders, when set with Files' HolderTag, finds the node holding a
	// job another node started, so calls about it are passed there
	// (jobcall.go; ServeGateways serves the other end).
	Holders JobHolders

	streams *p2p.Streams // set by ServeGateways
	network string
	muxOnce sync.Once
	mux     *http.ServeMux
}

// Handler returns the HTTP handler with CORS for browser apps.
func (a *API) Handler() http.Handler {
	return a.baseDeadline(cors(a.limitIP(a.routes())))
}

// routes is the API's endpoints, without the layers in front that belong
// to a client's connection (deadline, CORS, per-IP limit): a job call
// passed on from another node runs through them too.
func (a *API) routes() http.Handler {
	a.muxOnce.Do(func() { a.mux = a.newMux() })
	return a.mux
}

func (a *API) newMux() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", a.jsonRoute(a.healthz))
	mux.HandleFunc("POST /secret-public-key", a.jsonRoute(a.secretPublicKey))
	mux.HandleFunc("POST /encrypt-payload", a.jsonRoute(a.encryptPayload))
	mux.HandleFunc("POST /decrypt-payload", a.jsonRoute(a.decryptPayload))
	mux.HandleFunc("POST /encrypt-file", a.uploadRoute(a.encryptFile))
	mux.HandleFunc("POST /decrypt-file", a.uploadRoute(a.decryptFile))
	mux.HandleFunc("POST /decrypt-existing-file", a.jsonRoute(a.existingFileRoute(a.decryptExistingFile)))
	mux.HandleFunc("GET /jobs/{id}/status", a.jsonRoute(a.jobRoute(a.jobStatus)))
	mux.HandleFunc("POST /jobs/{id}/download", a.downloadRoute(a.jobRoute(a.jobDownload)))
	mux.HandleFunc("POST /jobs/{id}/delete", a.jsonRoute(a.jobRoute(a.jobDelete)))
	mux.HandleFunc("POST /jobs", a.jsonRoute(a.jobList))
	mux.HandleFunc("POST /jobs/dataConsumption", a.jsonRoute(a.dataConsumption))
	return mux
}

func (a *API) log() *slog.Logger {
	if a.Log == nil {
		return slog.Default()
	}
	return a.Log
}

// limitIP refuses a POST from an address past its limit with 429, before
// its body is read. The address is the connection's: a proxy in front is
// one address (loopback, where a local gateway runs, is exempt by default);
// forwarded-for headers are not trusted, since anyone can send them.
func (a *API) limitIP(next http.Handler) http.Handler {
	if a.IPLimit == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost {
			ip := netip.Addr{}
			if ap, err := netip.ParseAddrPort(r.RemoteAddr); err == nil {
				ip = ap.Addr()
			}
			if err := a.IPLimit.Allow(ip); err != nil {
				a.fail(w, r, err)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// cors lets any origin call the API: every state-changing call is
// authorised by a signature over its data, not by cookies.
func cors(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Access-Control-Allow-Origin", "*")
		h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
		h.Set("Access-Control-Allow-Headers", "Content-Type")
		h.Set("Access-Control-Max-Age", "600")
		// A browser app reads these from answers: the file name of a job
		// download, its size for progress, and when to retry after a 429.
		h.Set("Access-Control-Expose-Headers", "Content-Disposition, Content-Length, Retry-After")
		if r.Method == http.MethodOptions {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// apiError carries a refusal's code and the exact message clients see.
type apiError struct {
	code request.Code
	msg  string
}

func (e *apiError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &apiError{code: request.CodeBadRequest, msg: fmt.Sprintf(format, args...)}
}

// refusalOf names an error as the Black Box's doors refuse it: its code
// (whose HTTP and p2p statuses come from request's table) and the message
// clients see. The Black Box's own failures come first: a gather failure
// wraps the custodians' refusals, whose codes must not pass for the
// Black Box's own verdict on the request.
func refusalOf(err error) *request.Refusal {
	var ae *apiError
	var he *headerError
	refusal := func(code request.Code, msg string) *request.Refusal {
		return &request.Refusal{Code: code, Message: msg, Err: err}
	}
	switch {
	case errors.As(err, &ae):
		return refusal(ae.code, ae.msg)
	case errors.Is(err, ErrJobNotFound):
		return refusal(request.CodeNotFound, "Job not found")
	case errors.Is(err, ErrJobExpired):
		return refusal(request.CodeExpired, "Job has expired")
	case errors.Is(err, ErrJobQueueFull):
		return refusal(request.CodeUnavailable, "Too many file jobs in progress, retry later")
	case errors.Is(err, ErrJobsClosed):
		return refusal(request.CodeUnavailable, "Node is shutting down")
	case errors.Is(err, ErrBadCiferFile):
		return refusal(request.CodeBadRequest, "Invalid encrypted file: "+err.Error())
	case errors.As(err, &he):
		return refusal(request.CodeBadRequest, he.msg)
	case errors.Is(err, blackbox.ErrNotEnoughShares) && errors.Is(err, blackbox.ErrStaleRecord):
		// A reshare replaced the cached record: the client re-signs.
		return refusal(request.CodeStaleRecord, err.Error())
	case errors.Is(err, blackbox.ErrNotEnoughShares) && errors.Is(err, request.ErrUsedElsewhere):
		// Custodians served this signed request to another Black Box (the
		// client tried it there first): only a new request can be served
		// here, so the client re-signs rather than tries elsewhere.
		return refusal(request.CodeUsedElsewhere, err.Error())
	case errors.Is(err, blackbox.ErrNotEnoughShares):
		return refusal(request.CodeNotEnoughShares, err.Error())
	case errors.Is(err, envelope.ErrDecrypt), errors.Is(err, blackbox.ErrKeyMismatch), errors.Is(err, envelope.ErrWrongSecret):
		return refusal(request.CodeDecryptFailed, "Decryption failed: "+err.Error())
	case errors.Is(err, context.DeadlineExceeded):
		return refusal(request.CodeTimeout, "Request timed out")
	case errors.Is(err, blackbox.ErrNoRecord):
		return refusal(request.CodeInternal, "internal error")
	}
	r := request.Classify(err)
	switch r.Code {
	case request.CodeNotFound:
		r.Message = "Secret not found"
	case request.CodeInternal:
		r.Message = "internal error"
	}
	return r
}

func (a *API) fail(w http.ResponseWriter, r *http.Request, err error) {
	if timedOut(r.Context(), err) {
		err = context.DeadlineExceeded
	}
	ref := refusalOf(err)
	status := ref.Code.HTTPStatus()
	if ref.Code == request.CodeRateLimited {
		w.Header().Set("Retry-After", strconv.FormatInt(int64(math.Ceil(ref.RetryAfter.Seconds())), 10))
	}
	if status >= 500 && a.Log != nil {
		a.Log.Error("request failed", "path", r.URL.Path, "status", status, "code", ref.Code, "err", err)
	}
	writeJSON(w, status, map[string]string{"error": ref.Message, "code": string(ref.Code)})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (a *API) decode(w http.ResponseWriter, r *http.Request, v any) error {
	limit := a.MaxBody
	if limit == 0 {
		limit = 256 << 10
	}
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	dec := json.NewDecoder(r.Body)
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return &apiError{code: request.CodeTooLarge, msg: fmt.Sprintf("Request body exceeds %d bytes", limit)}
		}
		if isReadTimeout(err) {
			return errReadTimeout
		}
		return badRequest("Invalid JSON body: %v", err)
	}
	return nil
}

// signedBody is the common part of signed requests.
type signedBody struct {
	Data      string `json:"data"`
	Signature string `json:"signature"`
}

func (b signedBody) missing() error {
	var m []string
	if b.Data == "" {
		m = append(m, "data")
	}
	if b.Signature == "" {
		m = append(m, "signature")
	}
	if len(m) > 0 {
		return badRequest("Missing required field(s): %s", strings.Join(m, ", "))
	}
	return nil
}

// check runs the signed-request pipeline on a body (request.Checker; the
// order and its reasons are in the request package's documentation).
func (a *API) check(ctx context.Context, b signedBody, spec request.Spec) (*request.Checked, error) {
	if err := b.missing(); err != nil {
		return nil, err
	}
	return a.Check.Check(ctx, b.Data, b.Signature, spec)
}

func (a *API) healthz(w http.ResponseWriter, r *http.Request) {
	h := Health{Status: "ok", ServerTime: time.Now().UnixMilli()}
	if a.Health != nil {
		h = a.Health(r.Context())
		h.Status = "ok"
		h.ServerTime = time.Now().UnixMilli()
	}
	writeJSON(w, http.StatusOK, h)
}

func (a *API) secretPublicKey(w http.ResponseWriter, r *http.Request) {
	var body signedBody
	if err := a.decode(w, r, &body); err != nil {
		a.fail(w, r, err)
		return
	}
	req, err := a.check(r.Context(), body, request.Spec{Fields: 4, Rule: request.PublicKey})
	if err != nil {
		a.fail(w, r, err)
		return
	}
	pk, err := a.Keys.PublicKey(r.Context(), req.ChainID, req.SecretID)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"success": true, "chainId": req.ChainID, "secretId": req.SecretID,
		"publicKey": base64.StdEncoding.EncodeToString(pk.Bytes()),
	})
}

type encryptBody struct {
	signedBody
	OutputFormat string `json:"outputFormat"`
}

func (a *API) encryptPayload(w http.ResponseWriter, r *http.Request) {
	var body encryptBody
	if err := a.decode(w, r, &body); err != nil {
		a.fail(w, r, err)
		return
	}
	format, err := parseFormat(body.OutputFormat, "outputFormat")
	if err != nil {
		a.fail(w, r, err)
		return
	}
	req, err := a.check(r.Context(), body.signedBody, request.Spec{Shape: func(req *request.Request) error {
		if !req.HasTail || req.Tail == "" {
			return badRequest("Missing plainText: data must be chainId_secretId_signer_blockNumber_plainText")
		}
		return nil
	}, Rule: request.PublicKey, Meter: request.Encryption, Validate: func(ck *request.Checked) error {
		ck.Bytes = uint64(len(ck.Tail))
		return nil
	}})
	if err != nil {
		a.fail(w, r, err)
		return
	}
	pk, err := a.Keys.PublicKey(r.Context(), req.ChainID, req.SecretID)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	c, msg, err := envelope.Seal(pk, envelope.Binding{ChainID: req.ChainID, SecretID: req.SecretID}, []byte(req.Tail))
	if err != nil {
		if errors.Is(err, envelope.ErrPayloadTooLarge) {
			a.fail(w, r, badRequest("Plaintext exceeds %d bytes", envelope.MaxPayloadSize))
			return
		}
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"success": true, "chainId": req.ChainID, "secretId": req.SecretID, "outputFormat": format,
		"cifer": encodeBytes(c, format), "encryptedMessage": encodeBytes(msg, format),
	})
}

type decryptBody struct {
	signedBody
	Cifer       string `json:"cifer"`
	InputFormat string `json:"inputFormat"`
	// boundMessage is the encryptedMessage of an action-bound request
	// (the light client's form, request.ActionDecrypt), which signs the
	// envelope's hash instead of carrying the message in its data. Nil for
	// COMPAT.md's five-field form. Not read from JSON: the HTTP door keeps
	// COMPAT.md's form.
	boundMessage []byte
	// forwarded marks a request an attested node passed on for its own
	// client: that node counted it against the signer's plan already.
	forwarded bool
}

func (a *API) decryptPayload(w http.ResponseWriter, r *http.Request) {
	var body decryptBody
	if err := a.decode(w, r, &body); err != nil {
		a.fail(w, r, err)
		return
	}
	pt, err := a.decrypt(r.Context(), body)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	defer clear(pt)
	writeJSON(w, http.StatusOK, map[string]any{"success": true, "decryptedMessage": string(pt)})
}

// decrypt is the Black Box's decrypt call behind both doors (the HTTP
// endpoint and the light-client protocol): the signed request passes the
// pipeline (the first layer of dual-layer validation) as a single-use
// decrypt-type call, and the envelope is opened with a key rebuilt for it.
// Errors are typed (refusalOf). The caller clears the plaintext.
func (a *API) decrypt(ctx context.Context, body decryptBody) ([]byte, error) {
	if body.Cifer == "" {
		return nil, badRequest("Missing required field(s): cifer")
	}
	format, err := parseFormat(body.InputFormat, "inputFormat")
	if err != nil {
		return nil, err
	}
	var c, msg []byte
	var envelopeHash []byte
	fields := 5
	if body.boundMessage != nil {
		fields = 6
	}
	meter := request.Decryption
	if body.forwarded {
		meter = request.NotMetered
	}
	req, err := a.check(ctx, body.signedBody, request.Spec{Fields: fields, Rule: request.Decrypt, Replay: true, Meter: meter,
		Validate: func(req *request.Checked) error {
			var err error
			if c, err = decodeBytes(body.Cifer, format, "cifer"); err != nil {
				return err
			}
			if body.boundMessage != nil {
				msg = body.boundMessage
				action, hash, ok := req.Action()
				if !ok || action != request.ActionDecrypt {
					return badRequest("data must end in %s_<envelope hash>", request.ActionDecrypt)
				}
				if hash != request.DecryptHash(c, msg) {
					return badRequest("The request's envelope hash does not match the cifer and encryptedMessage")
				}
				envelopeHash = hash[:]
			} else if msg, err = decodeBytes(req.Tail, format, "encryptedMessage"); err != nil {
				return err
			}
			if len(c) != envelope.CiferSize {
				return badRequest("cifer must be exactly %d bytes, got %d", envelope.CiferSize, len(c))
			}
			if len(msg) == 0 || len(msg) > envelope.MaxPayloadSize {
				return badRequest("encryptedMessage must be 1 to %d bytes, got %d", envelope.MaxPayloadSize, len(msg))
			}
			req.Bytes = uint64(len(msg))
			return nil
		}})
	if err != nil {
		return nil, err
	}
	pt, err := a.Keys.Decrypt(ctx, custody.FetchRequest{Data: body.Data, Signature: body.Signature, EnvelopeHash: envelopeHash},
		envelope.Binding{ChainID: req.ChainID, SecretID: req.SecretID}, c, msg)
	if err != nil {
		return nil, err
	}
	if !utf8.Valid(pt) {
		clear(pt)
		return nil, &apiError{code: request.CodeDecryptFailed, msg: "Decrypted message is not UTF-8 text"}
	}
	return pt, nil
}

func parseFormat(f, field string) (string, error) {
	switch f {
	case "", "hex":
		return "hex", nil
	case "base64":
		return "base64", nil
	default:
		return "", badRequest("%s must be \"hex\" or \"base64\", got %q", field, f)
	}
}

// encodeBytes emits hex with 0x (COMPAT.md) or standard base64.
func encodeBytes(b []byte, format string) string {
	if format == "base64" {
		return base64.StdEncoding.EncodeToString(b)
	}
	return "0x" + hex.EncodeToString(b)
}

// decodeBytes accepts hex with or without 0x, or standard base64.
func decodeBytes(s, format, field string) ([]byte, error) {
	if format == "base64" {
		b, err := base64.StdEncoding.DecodeString(s)
		if err != nil {
			return nil, badRequest("%s is not valid base64", field)
		}
		return b, nil
	}
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, badRequest("%s is not valid hex", field)
	}
	return b, nil
}
