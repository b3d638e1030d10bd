package p2p

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/fxamacker/cbor/v2"
)

// FrameHeaderLen is the size of the big-endian length that precedes every
// message on a stream.
const FrameHeaderLen = 4

// MaxFrameLimit caps any per-protocol limit: nothing this network sends over
// a stream comes near it, and it bounds what a misconfigured limit can cost.
const MaxFrameLimit = 16 << 20

// Framing errors that callers and metrics branch on.
var (
	// ErrFrameTooLarge means the peer announced a message longer than the
	// protocol allows; nothing was allocated for it.
	ErrFrameTooLarge = errors.New("frame exceeds size limit")
	// ErrEmptyFrame means a zero-length frame; no message encodes to zero
	// bytes, so it is malformed.
	ErrEmptyFrame = errors.New("empty frame")
	// ErrMalformed means the frame's payload did not decode.
	ErrMalformed = errors.New("malformed message")
)

// WriteFrame writes one length-prefixed frame. The header and payload go out
// in one write so a frame is never split across two small packets on yamux.
func WriteFrame(w io.Writer, payload []byte, limit int) error {
	if len(payload) == 0 {
		return ErrEmptyFrame
	}
	if len(payload) > limit || limit > MaxFrameLimit {
		return fmt.Errorf("write %d bytes (limit %d): %w", len(payload), limit, ErrFrameTooLarge)
	}
	buf := make([]byte, FrameHeaderLen+len(payload))
	binary.BigEndian.PutUint32(buf, uint32(len(payload)))
	copy(buf[FrameHeaderLen:], payload)
	if _, err := w.Write(buf); err != nil {
		return fmt.Errorf("write frame: %w", err)
	}
	return nil
}

// ReadFrame reads one length-prefixed frame of at most limit bytes. The
// length is checked before the payload buffer is allocated, so a peer cannot
// make us allocate more than limit by lying in the header.
func ReadFrame(r io.Reader, limit int) ([]byte, error) {
	var hdr [FrameHeaderLen]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, fmt.Errorf("read frame header: %w", err)
	}
	n := binary.BigEndian.Uint32(hdr[:])
	if n == 0 {
		return nil, ErrEmptyFrame
	}
	if uint64(n) > uint64(limit) || limit > MaxFrameLimit {
		return nil, fmt.Errorf("peer announced %d bytes (limit %d): %w", n, limit, ErrFrameTooLarge)
	}
	buf := make([]byte, n)
	if _, err := io.ReadFull(r, buf); err != nil {
		return nil, fmt.Errorf("read frame payload: %w", err)
	}
	return buf, nil
}

// Deterministic CBOR (RFC 8949 core deterministic encoding) so that the same
// value always encodes to the same bytes, and a decoder with explicit limits
// so a hostile peer cannot make us build deep or huge structures. Duplicate
// map keys and unknown fields are errors: a message means one thing only.
var (
	encMode cbor.EncMode
	decMode cbor.DecMode
)

func init() {
	var err error
	encMode, err = cbor.CoreDetEncOptions().EncMode()
	if err != nil {
		panic("p2p: cbor encode options: " + err.Error())
	}
	decMode, err = cbor.DecOptions{
		DupMapKey:         cbor.DupMapKeyEnforcedAPF,
		MaxNestedLevels:   16,
		MaxArrayElements:  4096,
		MaxMapPairs:       256,
		IndefLength:       cbor.IndefLengthForbidden,
		TagsMd:            cbor.TagsForbidden,
		ExtraReturnErrors: cbor.ExtraDecErrorUnknownField,
		UTF8:              cbor.UTF8RejectInvalid,
	}.DecMode()
	if err != nil {
		panic("p2p: cbor decode options: " + err.Error())
	}
}

// Marshal encodes v with the network's deterministic CBOR encoding.
func Marshal(v any) ([]byte, error) {
	b, err := encMode.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("encode %T: %w", v, err)
	}
	return b, nil
}

// Unmarshal decodes one CBOR item into v, refusing trailing bytes.
func Unmarshal(b []byte, v any) error {
	// CBOR null and undefined decode into any struct as "nothing to do";
	// no message of ours is null, so refuse them instead of yielding a
	// zero value.
	if len(b) > 0 && (b[0] == 0xf6 || b[0] == 0xf7) {
		return fmt.Errorf("%w: null message", ErrMalformed)
	}
	rest, err := decMode.UnmarshalFirst(b, v)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if len(rest) != 0 {
		return fmt.Errorf("%w: %d trailing bytes", ErrMalformed, len(rest))
	}
	return nil
}

// Status is the first field of every response: it says whether the body is
// the protocol's answer or the request was refused, and why.
type Status uint8

// Response statuses. The numbers are on the wire; never renumber.
const (
	StatusOK         Status = 0
	StatusBadRequest Status = 1 // the request did not decode or failed a check
	StatusUnverified Status = 2 // the asker is not in the verified-peer table
	StatusRefused    Status = 3 // the handler declined (reason in the message)
	StatusInternal   Status = 4 // the server failed; retrying elsewhere may help
)

func (s Status) String() string {
	switch s {
	case StatusOK:
		return "ok"
	case StatusBadRequest:
		return "bad_request"
	case StatusUnverified:
		return "unverified"
	case StatusRefused:
		return "refused"
	case StatusInternal:
		return "internal"
	default:
		return fmt.Sprintf("status_%d", uint8(s))
	}
}

// response is the envelope of every answer: [status, message, body] as a
// CBOR array. body is the protocol's CBOR-encoded answer when status is OK
// and absent (null) otherwise. A refusal that names an application code
// appends two items, [status, message, body, code, details]; a response
// without one is encoded exactly as before, and both lengths decode.
type response struct {
	Status  Status
	Message string
	Body    cbor.RawMessage
	Code    string
	Details map[string]uint64
}

type responseV1 struct {
	_       struct{} `cbor:",toarray"`
	Status  Status
	Message string
	Body    cbor.RawMessage
}

type responseCoded struct {
	_       struct{} `cbor:",toarray"`
	Status  Status
	Message string
	Body    cbor.RawMessage
	Code    string
	Details map[string]uint64
}

// MarshalCBOR writes the short form unless the refusal carries a code.
func (r response) MarshalCBOR() ([]byte, error) {
	if r.Code == "" && len(r.Details) == 0 {
		return encMode.Marshal(responseV1{Status: r.Status, Message: r.Message, Body: r.Body})
	}
	return encMode.Marshal(responseCoded{Status: r.Status, Message: r.Message, Body: r.Body, Code: r.Code, Details: r.Details})
}

// UnmarshalCBOR reads either form.
func (r *response) UnmarshalCBOR(b []byte) error {
	n, err := arrayLen(b)
	if err != nil {
		return err
	}
	switch n {
	case 3:
		var v responseV1
		if err := decMode.Unmarshal(b, &v); err != nil {
			return err
		}
		*r = response{Status: v.Status, Message: v.Message, Body: v.Body}
	case 5:
		var v responseCoded
		if err := decMode.Unmarshal(b, &v); err != nil {
			return err
		}
		*r = response{Status: v.Status, Message: v.Message, Body: v.Body, Code: v.Code, Details: v.Details}
	default:
		return fmt.Errorf("response envelope of %d items, want 3 or 5", n)
	}
	return nil
}

// arrayLen is the item count of the definite CBOR array b starts with.
func arrayLen(b []byte) (int, error) {
	var items []cbor.RawMessage
	if err := decMode.Unmarshal(b, &items); err != nil {
		return 0, err
	}
	return len(items), nil
}

// decodeResponse decodes a response envelope; a null body is no body.
func decodeResponse(b []byte) (response, error) {
	var r response
	if err := Unmarshal(b, &r); err != nil {
		return response{}, err
	}
	if len(r.Body) == 1 && (r.Body[0] == 0xf6 || r.Body[0] == 0xf7) {
		r.Body = nil
	}
	return r, nil
}

// RemoteError is a refusal the remote peer sent back. Handlers return one to
// choose the status; any other handler error is sent as StatusInternal with
// a generic message so internals do not leak.
type RemoteError struct {
	Status  Status
	Message string
	// Code is the application's name for the refusal ("" when none): the
	// framing carries it as an opaque string, so callers can branch on it
	// without parsing Message. This package gives codes no meaning.
	Code string
	// Details are numbers the refusal carries for the caller (for example
	// a chain head), keyed by the application's names; nil when none.
	Details map[string]uint64
}

func (e *RemoteError) Error() string {
	if e.Message == "" {
		return "remote: " + e.Status.String()
	}
	return "remote: " + e.Status.String() + ": " + e.Message
}

// ErrUnverified is what Request returns (wrapped in a *RemoteError chain via
// Is) when the server refused us because we are not in its verified table.
var ErrUnverified = errors.New("peer refused: not verified")

// Is lets errors.Is(err, ErrUnverified) work on a refusal.
func (e *RemoteError) Is(target error) bool {
	return target == ErrUnverified && e.Status == StatusUnverified
}
