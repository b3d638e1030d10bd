package wire

import "github.com/cifer-network/cifer/p2p"

// The Black Box's light-client protocols. Light clients are not attested
// nodes, so these are served to any peer: the statement is public, and a
// decrypt or file-key request carries its own authority (the owner's or
// delegate's signature), checked as /decrypt-payload checks it before any
// custodian is asked.

// clientFrameLimit fits the largest payload in hex or base64 with the
// cifer and the data string's other fields.
const clientFrameLimit = 64 << 10

var (
	// Statement serves the node's current attestation statement, so a
	// light client can verify a Black Box before it sends it anything.
	Statement = Protocol[StatementRequest, StatementResponse]{Info{
		Name: "blackbox/statement", Version: "1.0.0",
		MaxRequest: p2p.DefaultMaxMessage, MaxResponse: p2p.DefaultMaxMessage, Timeout: p2p.DefaultStreamTimeout,
	}}
	// Decrypt is the light client's decrypt call: the same signed data
	// string and cifer as /decrypt-payload. A client's decrypts share one
	// persistent stream per Black Box.
	Decrypt = Protocol[DecryptRequest, DecryptResponse]{Info{
		Name: "blackbox/decrypt", Version: "2.0.0",
		MaxRequest: clientFrameLimit, MaxResponse: clientFrameLimit, Timeout: p2p.DefaultStreamTimeout,
		Muxed: true,
	}}
	// FileKey gives an authorised light client one file's key material.
	// The signed data is chainId_secretId_signer_blockNumber_
	// cifer-filekey-v1_<request.FileKeyHash of the header, hex>, or the
	// earlier chainId_secretId_signer_blockNumber_fileId (the header's file
	// ID in hex), so a signature unlocks that file only.
	FileKey = Protocol[FileKeyRequest, FileKeyResponse]{Info{
		Name: "blackbox/file-key", Version: "1.0.0",
		MaxRequest: clientFrameLimit, MaxResponse: clientFrameLimit, Timeout: p2p.DefaultStreamTimeout,
	}}
	// StreamKeys is a gateway's call to an elected Black Box for the keys
	// of one encrypted file's streams: the file job runs on the node that
	// received it, and only the streams' keys (never the secret's key)
	// cross to it. The signed data is /decrypt-file's four-field request;
	// the Black Box checks it as /decrypt-file does, and custodians check
	// it again. Only attested nodes are served: a key opens a whole
	// stream, so it goes to an enclave only.
	StreamKeys = Protocol[StreamKeysRequest, StreamKeysResponse]{Info{
		Name: "blackbox/stream-keys", Version: "1.0.0",
		MaxRequest: p2p.DefaultMaxMessage, MaxResponse: p2p.DefaultMaxMessage, Timeout: p2p.DefaultStreamTimeout,
		Verified: true,
	}}
)

// JobCall passes one HTTP call about a file job to the node that holds
// the job (job IDs name their holder): a gateway's client asked it about
// a job another node runs. The request is a JobCallRequest frame; the
// answer a JobCallHead frame, then the response body as frames of at most
// JobCallChunk bytes until the stream closes. Attested nodes only. The
// timeout bounds a stall: the holder moves the deadline on as it writes.
var JobCall = RawProtocol{Info{
	Name: "blackbox/job-call", Version: "1.0.0",
	MaxRequest: 512 << 10, MaxResponse: JobCallChunk, Timeout: p2p.DefaultStreamTimeout,
	Verified: true,
}}

// JobCallChunk is the largest body frame of a JobCall answer.
const JobCallChunk = 256 << 10

// MaxStreamKeys bounds the streams of one StreamKeys request (a file job's
// ZIP holds one stream per file).
const MaxStreamKeys = 4096

// Messages of the light-client protocols.
type (
	// StatementRequest asks for the node's statement; it has no fields.
	StatementRequest struct{}
	// StatementResponse is the node's encoded attestation statement.
	StatementResponse struct {
		Statement []byte
	}
	// DecryptRequest is /decrypt-payload's body: data is
	// chainId_secretId_signer_blockNumber_encryptedMessage, signed EIP-191;
	// or, in the action-bound form custodians can tell from any other
	// request, data is chainId_secretId_signer_blockNumber_cifer-decrypt-v1_
	// <request.DecryptHash hex> and EncryptedMessage carries the message.
	DecryptRequest struct {
		Data             string
		Signature        string
		Cifer            string
		InputFormat      string
		EncryptedMessage []byte `cbor:",omitempty"`
	}
	// DecryptResponse carries the plaintext.
	DecryptResponse struct {
		Plaintext []byte
	}
	// FileKeyRequest asks for the key of the file whose header is given.
	FileKeyRequest struct {
		Data      string
		Signature string
		Header    []byte
	}
	// FileKeyResponse carries the file's key material (envelope.FileKey).
	FileKeyResponse struct {
		Key []byte
	}
	// StreamKeysRequest carries the signed four-field request and the
	// encoded header of each stream (envelope.FileHeader.Raw), all for the
	// secret the request names.
	StreamKeysRequest struct {
		Data      string
		Signature string
		Headers   [][]byte
	}
	// JobCallRequest is the HTTP call passed on: method, path with query,
	// content type and body (JSON bodies only: uploads start jobs on the
	// node that receives them).
	JobCallRequest struct {
		Method      string
		Path        string
		ContentType string
		Body        []byte
	}
	// JobCallHead is the holder's HTTP status and the response headers a
	// client reads (content type, length, disposition).
	JobCallHead struct {
		Status int
		Header map[string][]string
	}
	// StreamKeysResponse carries each stream's key material
	// (envelope.FileHeader.FileKey), in the order of the headers.
	StreamKeysResponse struct {
		Keys [][]byte
	}
)
