// Package request is the one signed-request check pipeline every role runs:
// the Black Box's HTTP API and light-client protocols, its file jobs, and
// every custodian (dual-layer validation) call Checker.Check. Requests are
// the strings of the CIFER wire format (COMPAT.md),
// `chainId_secretId_signer_blockNumber[_...]`, signed with EIP-191
// personal_sign.
//
// The pipeline's order is fixed, each step where it is for a reason:
//
//  1. parse: nothing else can be read from a string that does not split.
//  2. field shape (Spec.Fields, Spec.Shape): the endpoint's own shape of
//     the data, free to check, so a malformed request costs no chain read.
//  3. chain supported, 4. freshness (one Chain.CheckFreshness call): before
//     the signature, so a stale request reports its block (COMPAT.md's
//     exact text, which clients parse to re-sign) even if its signature is
//     also bad; an unknown chain is named before its blocks are judged.
//  5. signature: from here on the signer is who the data says; nothing
//     before it spends anything of the signer's.
//  6. secret state: read once, here, and handed to the caller in Checked,
//     so no one reads it twice (and a revoked delegate is refused at once:
//     the read is fresh for every request).
//  7. authorization (Spec.Rule): only a signer the rule admits reaches the
//     steps that spend.
//  8. the endpoint's validation hook (Spec.Validate: cifer size, file ID,
//     ...): after authorization, so it may use the state, and before
//     anything is spent, so a request refused here can be corrected and
//     sent again.
//  9. replay (Spec.Replay): a single-use request is used up only once it
//     has passed every check above.
//  10. rate limit: last, so only an authorised signer's own fresh request
//     takes one of its tokens; replaying someone's captured request, or
//     sending unauthorised ones in its name, drains nothing.
//
// Refusals are typed (refusal.go): each has a Code, and one table gives
// every code its HTTP and p2p statuses, so the HTTP and p2p doors refuse
// alike and a client matches a refusal with errors.Is after it crossed the
// wire.
package request

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Request is a parsed signed-request string.
type Request struct {
	// Data is the exact string that was signed.
	Data     string
	ChainID  uint64
	SecretID uint64
	Signer   common.Address
	Block    uint64
	// Tail is everything after the fourth '_' ("" when there is none). For
	// encrypt-payload it is the plaintext and may itself contain '_'.
	Tail string
	// HasTail distinguishes "no fifth field" from an empty fifth field.
	HasTail bool
}

// MaxDataLen bounds a request string before it is split or hashed. The
// largest legitimate one carries a 16 KiB encryptedMessage in hex or base64.
const MaxDataLen = 64 << 10

// Parse splits data into its four leading fields and the tail.
func Parse(data string) (*Request, error) {
	if len(data) > MaxDataLen {
		return nil, fmt.Errorf("%w: data is %d bytes, limit %d", ErrFormat, len(data), MaxDataLen)
	}
	parts := strings.SplitN(data, "_", 5)
	if len(parts) < 4 {
		return nil, fmt.Errorf("%w: expected chainId_secretId_signer_blockNumber", ErrFormat)
	}
	chainID, err := parseUint(parts[0])
	if err != nil {
		return nil, fmt.Errorf("%w: chainId %q is not a decimal number", ErrFormat, parts[0])
	}
	secretID, err := parseUint(parts[1])
	if err != nil {
		return nil, fmt.Errorf("%w: secretId %q is not a decimal number", ErrFormat, parts[1])
	}
	if !common.IsHexAddress(parts[2]) || !strings.HasPrefix(strings.ToLower(parts[2]), "0x") {
		return nil, fmt.Errorf("%w: signer %q is not a 0x-prefixed address", ErrFormat, parts[2])
	}
	block, err := parseUint(parts[3])
	if err != nil {
		return nil, fmt.Errorf("%w: blockNumber %q is not a decimal number", ErrFormat, parts[3])
	}
	r := &Request{
		Data:     data,
		ChainID:  chainID,
		SecretID: secretID,
		Signer:   common.HexToAddress(parts[2]),
		Block:    block,
	}
	if len(parts) == 5 {
		r.Tail, r.HasTail = parts[4], true
	}
	return r, nil
}

// parseUint accepts plain decimal only: no sign, no leading '+', no spaces,
// so one value has one spelling.
func parseUint(s string) (uint64, error) {
	if s == "" || (len(s) > 1 && s[0] == '0') {
		return 0, errors.New("not canonical decimal")
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, errors.New("not decimal")
		}
	}
	return strconv.ParseUint(s, 10, 64)
}

// TailFields splits the tail on '_' (for requests whose tail is fields, such
// as `..._<jobId>_download`).
func (r *Request) TailFields() []string {
	if !r.HasTail {
		return nil
	}
	return strings.Split(r.Tail, "_")
}

// ExpectFields checks that data has exactly n '_'-separated fields in all.
func (r *Request) ExpectFields(n int) error {
	got := 4 + len(r.TailFields())
	if got != n {
		return fmt.Errorf("%w: expected %d fields separated by '_', got %d", ErrFormat, n, got)
	}
	return nil
}

// VerifySignature checks that signature (65 bytes, hex with or without 0x,
// v = 27/28 or 0/1) is the signer's EIP-191 personal_sign of exactly Data.
//
// Compatibility: one widely used client computes the EIP-191 length prefix
// from the string's UTF-16 length. For ASCII data both agree; for other text
// a signature over that variant is accepted too, but only when it recovers
// to the signer named in the data — the signer still signed this exact
// string, only the prefix differs.
func (r *Request) VerifySignature(signature string) error {
	sig, err := decodeSignature(signature)
	if err != nil {
		return err
	}
	if recovered, err := recoverAddress(eip191Hash(r.Data, utf8Len(r.Data)), sig); err == nil && recovered == r.Signer {
		return nil
	}
	if !isASCII(r.Data) {
		if recovered, err := recoverAddress(eip191Hash(r.Data, utf16Len(r.Data)), sig); err == nil && recovered == r.Signer {
			return nil
		}
	}
	recovered, err := recoverAddress(eip191Hash(r.Data, utf8Len(r.Data)), sig)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrSignature, err)
	}
	return fmt.Errorf("%w: recovered %s, data names %s", ErrSignerMismatch, recovered.Hex(), r.Signer.Hex())
}

func decodeSignature(s string) ([]byte, error) {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(s) != 130 {
		return nil, fmt.Errorf("%w: expected 65 bytes of hex", ErrSignature)
	}
	sig := common.FromHex(s)
	if len(sig) != 65 {
		return nil, fmt.Errorf("%w: not hex", ErrSignature)
	}
	switch sig[64] {
	case 27, 28:
		sig[64] -= 27
	case 0, 1:
	default:
		return nil, fmt.Errorf("%w: recovery id %d", ErrSignature, sig[64])
	}
	return sig, nil
}

// recovered remembers recent signature recoveries. A Black Box node checks
// each decrypt request twice, as the Black Box and as its own custodian,
// and a recovery (~50 µs) is the dearest step of the check. Recovery is a
// pure function of hash and signature, so a cached answer is the answer.
var recovered = recoveryCache{m: make(map[[32]byte]common.Address)}

const recoveryCacheSize = 4096

type recoveryCache struct {
	mu sync.Mutex
	m  map[[32]byte]common.Address
}

func recoverAddress(hash, sig []byte) (common.Address, error) {
	h := sha256.New()
	h.Write(hash)
	h.Write(sig)
	var id [32]byte
	h.Sum(id[:0])
	recovered.mu.Lock()
	addr, ok := recovered.m[id]
	recovered.mu.Unlock()
	if ok {
		return addr, nil
	}
	pub, err := crypto.SigToPub(hash, sig)
	if err != nil {
		return common.Address{}, err
	}
	addr = crypto.PubkeyToAddress(*pub)
	recovered.mu.Lock()
	if len(recovered.m) >= recoveryCacheSize {
		for k := range recovered.m { // map order: an arbitrary victim
			delete(recovered.m, k)
			break
		}
	}
	recovered.m[id] = addr
	recovered.mu.Unlock()
	return addr, nil
}

func eip191Hash(data string, length int) []byte {
	prefix := "\x19Ethereum Signed Message:\n" + strconv.Itoa(length)
	return crypto.Keccak256([]byte(prefix), []byte(data))
}

func utf8Len(s string) int { return len(s) }

// utf16Len counts UTF-16 code units; ranging over a string yields U+FFFD
// for invalid bytes, which is one unit, as in a JavaScript string.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Sign produces the 0x-hex EIP-191 signature (v = 27/28) a client sends. It
// takes a signing function so keys stay where they live.
func Sign(data string, signHash func(hash []byte) ([]byte, error)) (string, error) {
	sig, err := signHash(eip191Hash(data, utf8Len(data)))
	if err != nil {
		return "", err
	}
	if len(sig) != 65 {
		return "", fmt.Errorf("sign request: signature of %d bytes", len(sig))
	}
	out := append([]byte(nil), sig...)
	if out[64] < 27 {
		out[64] += 27
	}
	return "0x" + common.Bytes2Hex(out), nil
}

// Format builds a request string from its fields.
func Format(chainID, secretID uint64, signer common.Address, block uint64, tail ...string) string {
	fields := []string{
		strconv.FormatUint(chainID, 10),
		strconv.FormatUint(secretID, 10),
		signer.Hex(),
		strconv.FormatUint(block, 10),
	}
	return strings.Join(append(fields, tail...), "_")
}
