package blackbox

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
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/envelope"
	"github.com/cifer-network/cifer/request"
)

// The Black Box HTTP API, wire-compatible with the existing CIFER service
// (COMPAT.md). This file holds the payload endpoints and health; errors are
// {"error": "..."} with the status COMPAT.md gives, and where it is silent
// the choice is written next to the mapping in statusOf.

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
	Status               string                 `json:"status"`
	ServerTime           string                 `json:"serverTime"`
	EnclaveWalletAddress string                 `json:"enclaveWalletAddress"`
	Configurations       HealthConfigurations   `json:"configurations"`
	ClusterMap           map[string][]string    `json:"clusterMap"`
	SupportedChains      []uint64               `json:"supportedChains"`
	ChainStatus          map[string]ChainStatus `json:"chainStatus"`
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
	Chain     custody.ChainView
	Keys      KeyService
	Health    func(ctx context.Context) Health
	RateLimit *request.RateLimiter
	Replay    *request.ReplayGuard
	Log       *slog.Logger
	// MaxBody bounds a JSON request body (default 256 KiB: a 16 KiB
	// message in hex plus the cifer fits many times over).
	MaxBody int64
	// Timeouts bound each request (httpapi_timeouts.go).
	Timeouts Timeouts
	// Files runs the file jobs (filejobs.go). Nil leaves the file
	// endpoints answering 503; file decryption also needs Keys to be a
	// FileKeyService.
	Files *FileJobs
}

// Handler returns the HTTP handler with CORS for browser apps.
func (a *API) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", a.jsonRoute(a.healthz))
	mux.HandleFunc("POST /secret-public-key", a.jsonRoute(a.secretPublicKey))
	mux.HandleFunc("POST /encrypt-payload", a.jsonRoute(a.encryptPayload))
	mux.HandleFunc("POST /decrypt-payload", a.jsonRoute(a.decryptPayload))
	mux.HandleFunc("POST /encrypt-file", a.uploadRoute(a.encryptFile))
	mux.HandleFunc("POST /decrypt-file", a.uploadRoute(a.decryptFile))
	mux.HandleFunc("POST /decrypt-existing-file", a.jsonRoute(a.decryptExistingFile))
	mux.HandleFunc("GET /jobs/{id}/status", a.jsonRoute(a.jobStatus))
	mux.HandleFunc("POST /jobs/{id}/download", a.downloadRoute(a.jobDownload))
	mux.HandleFunc("POST /jobs/{id}/delete", a.jsonRoute(a.jobDelete))
	mux.HandleFunc("POST /jobs", a.jsonRoute(a.jobList))
	return a.baseDeadline(cors(mux))
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

// apiError carries a status and the exact message clients see.
type apiError struct {
	status int
	msg    string
}

func (e *apiError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &apiError{status: http.StatusBadRequest, msg: fmt.Sprintf(format, args...)}
}

// statusOf maps errors to COMPAT.md's statuses. Where COMPAT.md is silent:
// a signature that does not verify is 401 (the caller is not who it says),
// a rate limit is 429, an expired job 410, a job without a result yet 409,
// a full job queue 503, an upload that is not an encrypt-file result 400,
// a body that stops arriving 408, a call that runs out of time 504.
func statusOf(err error) (int, string) {
	var ae *apiError
	var rl *request.RateLimitError
	var he *headerError
	switch {
	case errors.As(err, &ae):
		return ae.status, ae.msg
	case errors.Is(err, ErrJobNotFound):
		return http.StatusNotFound, "Job not found"
	case errors.Is(err, ErrJobExpired):
		return http.StatusGone, "Job has expired"
	case errors.Is(err, ErrJobQueueFull):
		return http.StatusServiceUnavailable, "Too many file jobs in progress, retry later"
	case errors.Is(err, ErrJobsClosed):
		return http.StatusServiceUnavailable, "Node is shutting down"
	case errors.Is(err, ErrBadCiferFile):
		return http.StatusBadRequest, "Invalid encrypted file: " + err.Error()
	case errors.As(err, &he):
		return http.StatusBadRequest, he.msg
	case errors.Is(err, chain.ErrStaleBlock), errors.Is(err, chain.ErrUnsupportedChain):
		return http.StatusBadRequest, err.Error()
	case errors.Is(err, request.ErrFormat):
		return http.StatusBadRequest, err.Error()
	case errors.Is(err, request.ErrSignature), errors.Is(err, request.ErrSignerMismatch):
		return http.StatusUnauthorized, err.Error()
	case errors.Is(err, request.ErrNotAuthorized), errors.Is(err, request.ErrSyncing), errors.Is(err, request.ErrSecretType):
		return http.StatusForbidden, err.Error()
	case errors.Is(err, request.ErrReplay):
		return http.StatusBadRequest, err.Error()
	case errors.As(err, &rl):
		return http.StatusTooManyRequests, err.Error()
	case errors.Is(err, chain.ErrSecretNotFound):
		return http.StatusNotFound, "Secret not found"
	case errors.Is(err, ErrNotEnoughShares):
		return http.StatusServiceUnavailable, err.Error()
	case errors.Is(err, envelope.ErrDecrypt), errors.Is(err, ErrKeyMismatch), errors.Is(err, envelope.ErrWrongSecret):
		return http.StatusInternalServerError, "Decryption failed: " + err.Error()
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout, "Request timed out"
	default:
		return http.StatusInternalServerError, "internal error"
	}
}

func (a *API) fail(w http.ResponseWriter, r *http.Request, err error) {
	if timedOut(r.Context(), err) {
		err = context.DeadlineExceeded
	}
	status, msg := statusOf(err)
	var rl *request.RateLimitError
	if errors.As(err, &rl) {
		w.Header().Set("Retry-After", strconv.FormatInt(int64(math.Ceil(rl.RetryAfter.Seconds())), 10))
	}
	if status >= 500 && a.Log != nil {
		a.Log.Error("request failed", "path", r.URL.Path, "status", status, "err", err)
	}
	writeJSON(w, status, map[string]string{"error": msg})
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
			return &apiError{status: http.StatusRequestEntityTooLarge, msg: fmt.Sprintf("Request body exceeds %d bytes", limit)}
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

// authenticate runs the checks every signed call shares, in the order that
// gives clients the most useful error: format, chain and freshness (so a
// stale block is reported as such and the client re-signs), signature, rate.
func (a *API) authenticate(ctx context.Context, b signedBody) (*request.Request, error) {
	if err := b.missing(); err != nil {
		return nil, err
	}
	req, err := request.Parse(b.Data)
	if err != nil {
		return nil, err
	}
	if err := a.Chain.CheckFreshness(ctx, req.ChainID, req.Block); err != nil {
		return nil, err
	}
	if err := req.VerifySignature(b.Signature); err != nil {
		return nil, err
	}
	if a.RateLimit != nil {
		if err := a.RateLimit.Allow(req.Signer); err != nil {
			return nil, err
		}
	}
	return req, nil
}

func (a *API) healthz(w http.ResponseWriter, r *http.Request) {
	h := Health{Status: "ok", ServerTime: time.Now().UTC().Format(time.RFC3339)}
	if a.Health != nil {
		h = a.Health(r.Context())
		h.Status = "ok"
		h.ServerTime = time.Now().UTC().Format(time.RFC3339)
	}
	writeJSON(w, http.StatusOK, h)
}

func (a *API) secretPublicKey(w http.ResponseWriter, r *http.Request) {
	var body signedBody
	if err := a.decode(w, r, &body); err != nil {
		a.fail(w, r, err)
		return
	}
	req, err := a.authenticate(r.Context(), body)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	if err := req.ExpectFields(4); err != nil {
		a.fail(w, r, err)
		return
	}
	pk, err := a.readyPublicKey(r.Context(), req)
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
	req, err := a.authenticate(r.Context(), body.signedBody)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	if !req.HasTail || req.Tail == "" {
		a.fail(w, r, badRequest("Missing plainText: data must be chainId_secretId_signer_blockNumber_plainText"))
		return
	}
	pk, err := a.readyPublicKey(r.Context(), req)
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

// decrypt applies the Black Box's checks to a signed decrypt request (the
// first layer of dual-layer validation) and opens the envelope. The HTTP
// endpoint and the light-client protocol both come through here, so the two
// doors apply the same rules. The caller clears the plaintext.
func (a *API) decrypt(ctx context.Context, body decryptBody) ([]byte, error) {
	if body.Cifer == "" {
		return nil, badRequest("Missing required field(s): cifer")
	}
	format, err := parseFormat(body.InputFormat, "inputFormat")
	if err != nil {
		return nil, err
	}
	req, err := a.authenticate(ctx, body.signedBody)
	if err != nil {
		return nil, err
	}
	if err := req.ExpectFields(5); err != nil {
		return nil, err
	}
	c, err := decodeBytes(body.Cifer, format, "cifer")
	if err != nil {
		return nil, err
	}
	msg, err := decodeBytes(req.Tail, format, "encryptedMessage")
	if err != nil {
		return nil, err
	}
	if len(c) != envelope.CiferSize {
		return nil, badRequest("cifer must be exactly %d bytes, got %d", envelope.CiferSize, len(c))
	}
	if len(msg) == 0 || len(msg) > envelope.MaxPayloadSize {
		return nil, badRequest("encryptedMessage must be 1 to %d bytes, got %d", envelope.MaxPayloadSize, len(msg))
	}
	st, err := a.Chain.SecretState(ctx, req.ChainID, req.SecretID)
	if err != nil {
		return nil, err
	}
	if err := request.AuthorizeDecrypt(st, req.Signer); err != nil {
		return nil, err
	}
	if a.Replay != nil {
		if err := a.Replay.Use(body.Data, body.Signature); err != nil {
			return nil, err
		}
	}
	pt, err := a.Keys.Decrypt(ctx, custody.FetchRequest{Data: body.Data, Signature: body.Signature},
		envelope.Binding{ChainID: req.ChainID, SecretID: req.SecretID}, c, msg)
	if err != nil {
		return nil, err
	}
	if !utf8.Valid(pt) {
		clear(pt)
		return nil, &apiError{status: http.StatusInternalServerError, msg: "Decrypted message is not UTF-8 text"}
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

// readyPublicKey returns the public key of a secret that exists and is not
// syncing (COMPAT.md: 404 unknown, 403 while syncing).
func (a *API) readyPublicKey(ctx context.Context, req *request.Request) (*envelope.PublicKey, error) {
	st, err := a.Chain.SecretState(ctx, req.ChainID, req.SecretID)
	if err != nil {
		return nil, err
	}
	if st.IsSyncing {
		return nil, request.ErrSyncing
	}
	return a.Keys.PublicKey(ctx, req.ChainID, req.SecretID)
}
