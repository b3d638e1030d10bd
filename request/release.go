package request

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
)

// Which signed requests release a share.
//
// A custodian releases its share of a secret only for a decrypt-type
// request: a share released for any owner-signed string naming the secret
// (a public-key read, a job deletion) would let a Black Box that was given
// such a string rebuild the key without the owner asking for a decryption.
// The forms it accepts (ReleaseShape):
//
//   - chainId_secretId_signer_block: /decrypt-file and
//     /decrypt-existing-file (COMPAT.md). /secret-public-key and
//     /encrypt-file sign the same four fields, so a custodian cannot tell
//     them apart; docs/THREAT-MODEL.md lists what limits that form.
//   - chainId_secretId_signer_block_<encryptedMessage>: /decrypt-payload
//     (COMPAT.md), a fifth field that decodes (hex, or standard base64) to 1
//     to MaxEncryptedMessage bytes. /encrypt-payload signs its plaintext in
//     that place, so a plaintext without '_' that decodes so passes too
//     (the same listing).
//   - chainId_secretId_signer_block_<action>_<sha256 hex>: the light
//     client's own protocols, which say what they are for. The action is
//     ActionDecrypt (the hash is DecryptHash of the envelope) or
//     ActionFileKey (FileKeyHash of the file header), and the Black Box
//     must send the same hash with the request: it names what the share is
//     released to open. No other endpoint signs such a string.
//
// Anything else (job downloads and deletions, job listings, other tails)
// is refused with ErrNotDecryptRequest, before the chain is read.

// The actions of the action-bound request forms.
const (
	ActionDecrypt = "cifer-decrypt-v1"
	ActionFileKey = "cifer-filekey-v1"
)

// MaxEncryptedMessage is the largest encryptedMessage COMPAT.md allows (its
// on-chain storage bound).
const MaxEncryptedMessage = 16384

// ErrNotDecryptRequest refuses a share release for a request that is not a
// decrypt-type request.
var ErrNotDecryptRequest = Refuse(CodeNotDecryptRequest, "request is not a decrypt request")

// DecryptHash is the hash an action-bound decrypt request signs: of the
// envelope (cifer and encryptedMessage) it asks to open.
func DecryptHash(cifer, encryptedMessage []byte) [32]byte {
	h := sha256.New()
	h.Write([]byte(ActionDecrypt))
	h.Write([]byte{0})
	h.Write(cifer)
	h.Write(encryptedMessage)
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// FileKeyHash is the hash an action-bound file-key request signs: of the
// encoded file header whose key it asks for.
func FileKeyHash(header []byte) [32]byte {
	h := sha256.New()
	h.Write([]byte(ActionFileKey))
	h.Write([]byte{0})
	h.Write(header)
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// ActionTail is the tail of an action-bound request: action_<hash hex>.
func ActionTail(action string, hash [32]byte) string {
	return action + "_" + hex.EncodeToString(hash[:])
}

// Action parses an action-bound tail. ok is false for any other tail.
func (r *Request) Action() (action string, hash [32]byte, ok bool) {
	a, hx, found := strings.Cut(r.Tail, "_")
	if !r.HasTail || !found || (a != ActionDecrypt && a != ActionFileKey) || len(hx) != 64 {
		return "", hash, false
	}
	if _, err := hex.Decode(hash[:], []byte(hx)); err != nil || hex.EncodeToString(hash[:]) != hx {
		// Lower-case hex only, so one hash has one spelling.
		return "", [32]byte{}, false
	}
	return a, hash, true
}

// ReleaseShape is the custodian's Spec.Shape: it admits the decrypt-type
// forms above. envelopeHash is what the Black Box says the share will
// open; an action-bound request must name the same.
func ReleaseShape(envelopeHash []byte) func(*Request) error {
	return func(r *Request) error {
		if !r.HasTail {
			return nil // decrypt-file, decrypt-existing-file
		}
		if action, hash, ok := r.Action(); ok {
			if len(envelopeHash) != len(hash) || string(envelopeHash) != string(hash[:]) {
				return fmt.Errorf("%w: the %s request names another envelope than the Black Box opens", ErrNotDecryptRequest, action)
			}
			return nil
		}
		if strings.Contains(r.Tail, "_") {
			return fmt.Errorf("%w: %d fields", ErrNotDecryptRequest, 5+strings.Count(r.Tail, "_"))
		}
		if n, ok := encryptedMessageLen(r.Tail); !ok || n == 0 || n > MaxEncryptedMessage {
			return fmt.Errorf("%w: the fifth field is not an encryptedMessage", ErrNotDecryptRequest)
		}
		return nil
	}
}

// encryptedMessageLen decodes s as /decrypt-payload's inputFormats do: hex
// with or without 0x, or standard base64.
func encryptedMessageLen(s string) (int, bool) {
	hx := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(hx)%2 == 0 {
		if b, err := hex.DecodeString(hx); err == nil {
			return len(b), true
		}
	}
	if b, err := base64.StdEncoding.DecodeString(s); err == nil {
		return len(b), true
	}
	return 0, false
}
