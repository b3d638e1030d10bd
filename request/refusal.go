package request

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/p2p"
)

// Code names the kind of a refusal. Codes travel on the wire (the "code"
// field of an HTTP error body, p2p.RemoteError.Code), so callers branch on
// them instead of parsing messages: never rename one.
type Code string

// The refusal codes.
const (
	CodeBadRequest         Code = "bad_request"          // a body or field the endpoint cannot use
	CodeFormat             Code = "format"               // data is not chainId_secretId_signer_blockNumber[_...]
	CodeChainUnsupported   Code = "chain_unsupported"    // no configured chain has the request's chainId
	CodeBlockTooOld        Code = "block_too_old"        // the signed block is older than the freshness window
	CodeBlockInFuture      Code = "block_in_future"      // the signed block is ahead of the node's head
	CodeUnauthenticated    Code = "unauthenticated"      // a call that needs a signature came without one
	CodeSignature          Code = "signature"            // the signature is malformed or does not recover
	CodeSignerMismatch     Code = "signer_mismatch"      // it recovers to another address than the signer
	CodeNotAuthorized      Code = "not_authorized"       // the signer may not do this with the secret (or job)
	CodeSyncing            Code = "syncing"              // the secret's key is not ready yet
	CodeSecretType         Code = "secret_type"          // the secret's type does not allow decryption
	CodeNotFound           Code = "not_found"            // no such secret (or job)
	CodeExpired            Code = "expired"              // the job has expired
	CodeConflict           Code = "conflict"             // the job has no result yet
	CodeTooLarge           Code = "too_large"            // the body or file exceeds its limit
	CodeBodyTimeout        Code = "body_timeout"         // the request body stopped arriving
	CodeReplay             Code = "replay"               // the signed request was already used (as often as it may be)
	CodeUsedElsewhere      Code = "used_elsewhere"       // another Black Box already used the signed request
	CodeNotDecryptRequest  Code = "not_decrypt_request"  // a share was asked for with a request that is not a decrypt request
	CodeRateLimited        Code = "rate_limited"         // the signer's budget is spent for now
	CodeNotElected         Code = "not_elected"          // the asking peer is not an elected Black Box
	CodeWrongCustodian     Code = "wrong_custodian"      // a share or record belongs to another exchange
	CodeShareConflict      Code = "share_conflict"       // another share is stored under the deal's version
	CodeOtherKeyRegistered Code = "other_key_registered" // the chain names another public key for the secret
	CodeStaleRecord        Code = "stale_record"         // the Black Box's creation record predates a reshare
	CodeNotEnoughShares    Code = "not_enough_shares"    // fewer custodians than the threshold released a share
	CodeDecryptFailed      Code = "decrypt_failed"       // the envelope did not open with the rebuilt key
	CodeUnavailable        Code = "unavailable"          // the node cannot serve this now (queue full, disabled)
	CodeTimeout            Code = "timeout"              // the call ran out of time
	CodeInternal           Code = "internal"             // the server failed
)

// transport is how one code travels: its HTTP status and its p2p status.
type transport struct {
	http int
	p2p  p2p.Status
}

// table is the one mapping of codes to statuses. HTTP statuses are
// COMPAT.md's where it gives one (400 freshness, format and unknown chain;
// 403 decrypt authorization; 404 unknown secret; 503 not enough shares; 500
// failed decryption); where it is silent: a bad signature is 401 (the caller
// is not who it says), a replay 400 (the request, not the caller, is at
// fault), a rate limit 429. The p2p status follows from the HTTP one as the
// light client reads it: a client mistake is a bad request, a server failure
// internal (the client tries another Black Box), anything else a refusal.
// A stale record is one way of not having enough shares (503), but a
// refusal on p2p: the client must re-sign (the custodians used this request
// up), not ask another Black Box with it.
var table = map[Code]transport{
	CodeBadRequest:         {http.StatusBadRequest, p2p.StatusBadRequest},
	CodeFormat:             {http.StatusBadRequest, p2p.StatusBadRequest},
	CodeChainUnsupported:   {http.StatusBadRequest, p2p.StatusBadRequest},
	CodeBlockTooOld:        {http.StatusBadRequest, p2p.StatusBadRequest},
	CodeBlockInFuture:      {http.StatusBadRequest, p2p.StatusBadRequest},
	CodeUnauthenticated:    {http.StatusUnauthorized, p2p.StatusRefused},
	CodeSignature:          {http.StatusUnauthorized, p2p.StatusRefused},
	CodeSignerMismatch:     {http.StatusUnauthorized, p2p.StatusRefused},
	CodeNotAuthorized:      {http.StatusForbidden, p2p.StatusRefused},
	CodeSyncing:            {http.StatusForbidden, p2p.StatusRefused},
	CodeSecretType:         {http.StatusForbidden, p2p.StatusRefused},
	CodeNotFound:           {http.StatusNotFound, p2p.StatusRefused},
	CodeExpired:            {http.StatusGone, p2p.StatusRefused},
	CodeConflict:           {http.StatusConflict, p2p.StatusRefused},
	CodeTooLarge:           {http.StatusRequestEntityTooLarge, p2p.StatusBadRequest},
	CodeBodyTimeout:        {http.StatusRequestTimeout, p2p.StatusBadRequest},
	CodeReplay:             {http.StatusBadRequest, p2p.StatusBadRequest},
	CodeUsedElsewhere:      {http.StatusConflict, p2p.StatusRefused},
	CodeNotDecryptRequest:  {http.StatusForbidden, p2p.StatusRefused},
	CodeRateLimited:        {http.StatusTooManyRequests, p2p.StatusRefused},
	CodeNotElected:         {http.StatusForbidden, p2p.StatusRefused},
	CodeWrongCustodian:     {http.StatusBadRequest, p2p.StatusRefused},
	CodeShareConflict:      {http.StatusConflict, p2p.StatusRefused},
	CodeOtherKeyRegistered: {http.StatusConflict, p2p.StatusRefused},
	CodeStaleRecord:        {http.StatusServiceUnavailable, p2p.StatusRefused},
	CodeNotEnoughShares:    {http.StatusServiceUnavailable, p2p.StatusInternal},
	CodeDecryptFailed:      {http.StatusInternalServerError, p2p.StatusInternal},
	CodeUnavailable:        {http.StatusServiceUnavailable, p2p.StatusInternal},
	CodeTimeout:            {http.StatusGatewayTimeout, p2p.StatusInternal},
	CodeInternal:           {http.StatusInternalServerError, p2p.StatusInternal},
}

// HTTPStatus is the code's HTTP status (500 for a code this node does not
// know).
func (c Code) HTTPStatus() int {
	if t, ok := table[c]; ok {
		return t.http
	}
	return http.StatusInternalServerError
}

// P2PStatus is the code's p2p response status (internal for a code this
// node does not know).
func (c Code) P2PStatus() p2p.Status {
	if t, ok := table[c]; ok {
		return t.p2p
	}
	return p2p.StatusInternal
}

// Codes lists every code of the table (for tests and documentation).
func Codes() []Code {
	out := make([]Code, 0, len(table))
	for c := range table {
		out = append(out, c)
	}
	return out
}

// Refusal is a typed refusal: a code, the message the caller sees, and the
// numbers a caller may act on. Sentinels (ErrReplay, ...) are Refusals;
// errors.Is matches any Refusal of the same code, so a refusal that crossed
// the wire (FromRemote) still matches the sentinel.
type Refusal struct {
	Code    Code
	Message string
	// RetryAfter is when a rate-limited signer may try again.
	RetryAfter time.Duration
	// Details are the numbers the refusal carries on the wire (detail*
	// keys), e.g. the head of a freshness refusal.
	Details map[string]uint64
	// Err is the cause: a local error, or the *p2p.RemoteError the
	// refusal was read from.
	Err error
}

// Detail keys carried on the wire.
const (
	DetailBlock        = "block"
	DetailHead         = "head"
	DetailWindow       = "window"
	DetailRetryAfterMs = "retry_after_ms"
)

// Refuse makes a refusal (also how packages declare their sentinels).
func Refuse(code Code, message string) *Refusal { return &Refusal{Code: code, Message: message} }

func (r *Refusal) Error() string {
	if r.Message == "" && r.Err != nil {
		return r.Err.Error()
	}
	return r.Message
}

// Unwrap returns the cause.
func (r *Refusal) Unwrap() error { return r.Err }

// Is matches a Refusal of the same code, and the chain package's sentinels
// for the codes that name them, so a caller's errors.Is(err,
// chain.ErrStaleBlock) holds on either side of the wire.
func (r *Refusal) Is(target error) bool {
	switch target {
	case chain.ErrStaleBlock:
		return r.Code == CodeBlockTooOld || r.Code == CodeBlockInFuture
	case chain.ErrUnsupportedChain:
		return r.Code == CodeChainUnsupported
	case chain.ErrSecretNotFound:
		return r.Code == CodeNotFound
	}
	t, ok := target.(*Refusal)
	return ok && t.Code == r.Code
}

// Sentinels of the pipeline's refusals (errors.Is targets). Their texts are
// the ones clients have seen so far.
var (
	// ErrFormat means data is not chainId_secretId_signer_blockNumber[_...].
	ErrFormat = Refuse(CodeFormat, "invalid data format")
	// ErrSignature means the signature is malformed or does not recover.
	ErrSignature = Refuse(CodeSignature, "invalid signature")
	// ErrSignerMismatch means the signature recovers to another address
	// than the signer named in data.
	ErrSignerMismatch = Refuse(CodeSignerMismatch, "signature does not match signer")
	// ErrNotAuthorized means the signer is neither owner nor delegate.
	ErrNotAuthorized = Refuse(CodeNotAuthorized, "signer is not the secret owner or delegate")
	// ErrSyncing means the secret's key is not ready yet. Syncing(id)
	// gives the text that names the secret, which clients show.
	ErrSyncing = Refuse(CodeSyncing, "secret is not ready (still syncing)")
	// ErrSecretType means the secret is of a type decrypt does not serve.
	ErrSecretType = Refuse(CodeSecretType, "secret type does not allow decryption")
	// ErrReplay means the same signed request was already accepted.
	ErrReplay = Refuse(CodeReplay, "request already used: sign a new one")
	// ErrUsedElsewhere means another Black Box used the same signed request
	// first: only that one may be served it again (identical retries), so
	// the client signs a new request for this one.
	ErrUsedElsewhere = Refuse(CodeUsedElsewhere, "request already used with another black box: sign a new one")
	// ErrRateLimited is matched by every *RateLimitError and by a rate
	// limit refusal read from the wire.
	ErrRateLimited = Refuse(CodeRateLimited, "rate limit exceeded")
	// ErrBlockTooOld and ErrBlockInFuture are matched by freshness
	// refusals (as is chain.ErrStaleBlock, by both).
	ErrBlockTooOld   = Refuse(CodeBlockTooOld, "block number is too old")
	ErrBlockInFuture = Refuse(CodeBlockInFuture, "block number is in the future")
)

// Syncing is the refusal for a secret whose key is not ready yet, in the
// words the current SDK recognises (COMPAT.md: "Secret <id> is not ready
// (still syncing)"); errors.Is(err, ErrSyncing) holds.
func Syncing(secretID uint64) *Refusal {
	return Refuse(CodeSyncing, fmt.Sprintf("Secret %d is not ready (still syncing)", secretID))
}

// Classify returns err as a Refusal: the first *Refusal in its chain, or
// the errors of the pipeline's steps (freshness, unknown chain, unknown
// secret, rate limit) given their codes, each with err.Error() as the
// message and err as the cause. Anything else is CodeInternal (its message
// is err.Error(): the caller chooses whether to show it).
func Classify(err error) *Refusal {
	if err == nil {
		return nil
	}
	var fe *chain.FreshnessError
	var rl *RateLimitError
	var ul *UsageLimitError
	var ref *Refusal
	switch {
	case errors.As(err, &fe):
		code := CodeBlockTooOld
		if fe.Future {
			code = CodeBlockInFuture
		}
		d := map[string]uint64{DetailBlock: fe.Block, DetailHead: fe.Head}
		if !fe.Future {
			d[DetailWindow] = fe.Window
		}
		return &Refusal{Code: code, Message: err.Error(), Details: d, Err: err}
	case errors.As(err, &rl):
		return &Refusal{Code: CodeRateLimited, Message: err.Error(), RetryAfter: rl.RetryAfter,
			Details: map[string]uint64{DetailRetryAfterMs: uint64(rl.RetryAfter.Milliseconds())}, Err: err}
	case errors.As(err, &ul):
		return &Refusal{Code: CodeRateLimited, Message: err.Error(), RetryAfter: ul.RetryAfter,
			Details: map[string]uint64{DetailRetryAfterMs: uint64(ul.RetryAfter.Milliseconds())}, Err: err}
	case errors.As(err, &ref):
		out := *ref
		out.Message, out.Err = err.Error(), err
		if ref == err {
			out.Err = ref.Err
		}
		return &out
	case errors.Is(err, chain.ErrUnsupportedChain):
		return &Refusal{Code: CodeChainUnsupported, Message: err.Error(), Err: err}
	case errors.Is(err, chain.ErrSecretNotFound):
		return &Refusal{Code: CodeNotFound, Message: err.Error(), Err: err}
	default:
		return &Refusal{Code: CodeInternal, Message: err.Error(), Err: err}
	}
}

// ToRemote is the p2p refusal for r: the table's status, the code, the
// message and the details.
func (r *Refusal) ToRemote() *p2p.RemoteError {
	return &p2p.RemoteError{Status: r.Code.P2PStatus(), Message: r.Message, Code: string(r.Code), Details: r.Details}
}

// FromRemote turns a *p2p.RemoteError with a code (anywhere in err's chain)
// into the Refusal it was made from, with the RemoteError as its cause, so
// both errors.Is(err, ErrReplay) and errors.As(err, &*p2p.RemoteError) hold.
// A freshness refusal also carries a *chain.FreshnessError rebuilt from its
// details, so a caller reads the Black Box's head without parsing text.
// err without a coded RemoteError is returned unchanged.
func FromRemote(err error) error {
	var re *p2p.RemoteError
	if !errors.As(err, &re) || re.Code == "" {
		return err
	}
	r := &Refusal{Code: Code(re.Code), Message: re.Message, Details: re.Details, Err: re}
	switch r.Code {
	case CodeRateLimited:
		r.RetryAfter = time.Duration(re.Details[DetailRetryAfterMs]) * time.Millisecond
	case CodeBlockTooOld, CodeBlockInFuture:
		if _, ok := re.Details[DetailHead]; ok {
			r.Err = &wireFreshness{fe: &chain.FreshnessError{Block: re.Details[DetailBlock], Head: re.Details[DetailHead],
				Window: re.Details[DetailWindow], Future: r.Code == CodeBlockInFuture}, remote: re}
		}
	}
	return r
}

// wireFreshness keeps both the rebuilt freshness error and the RemoteError
// in a refusal's chain.
type wireFreshness struct {
	fe     *chain.FreshnessError
	remote *p2p.RemoteError
}

func (w *wireFreshness) Error() string   { return w.remote.Error() }
func (w *wireFreshness) Unwrap() []error { return []error{w.fe, w.remote} }
