package vectors

import (
	"encoding/base64"
	"encoding/hex"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cifer-network/cifer/request"
)

type requestVector struct {
	Name string `json:"name"`
	// Endpoint is the COMPAT.md call the data string is for.
	Endpoint    string   `json:"endpoint,omitempty"`
	PrivateKey  string   `json:"privateKey,omitempty"`
	Signer      string   `json:"signer,omitempty"`
	ChainID     uint64   `json:"chainId,omitempty"`
	SecretID    uint64   `json:"secretId"`
	BlockNumber uint64   `json:"blockNumber,omitempty"`
	Tail        []string `json:"tail,omitempty"`
	Data        string   `json:"data"`
	UTF8Length  int      `json:"utf8Length,omitempty"`
	UTF16Length int      `json:"utf16Length,omitempty"`
	// Hash is keccak256 of the EIP-191 message with the UTF-8 length.
	Hash string `json:"hash,omitempty"`
	// Signature is the standard EIP-191 personal_sign signature (RFC 6979,
	// v = 27/28); SignatureUTF16 the variant whose length prefix counts
	// UTF-16 code units (equal to Signature for ASCII data).
	Signature      string `json:"signature"`
	SignatureUTF16 string `json:"signatureUtf16,omitempty"`
	Error          string `json:"error,omitempty"`
}

func signerKeyHex(label string) string { return hex.EncodeToString(vectorBytes(label, 32)) }

func eip191(data string, length int) []byte {
	return crypto.Keccak256([]byte("\x19Ethereum Signed Message:\n"+strconv.Itoa(length)), []byte(data))
}

func utf16Length(s string) int { return len(utf16.Encode([]rune(s))) }

// signWith signs hash with the key and returns 0x hex with v = 27/28.
func signWith(t *testing.T, keyHex string, hash []byte) string {
	t.Helper()
	k, err := crypto.HexToECDSA(keyHex)
	mustf(t, err, "key")
	sig, err := crypto.Sign(hash, k)
	mustf(t, err, "sign")
	sig[64] += 27
	return "0x" + hex.EncodeToString(sig)
}

func makeRequests(t *testing.T) vectorFile[requestVector] {
	f := vectorFile[requestVector]{Version: 1, Description: "Signed request strings (COMPAT.md, Black Box HTTP API): data = chainId_secretId_signer_blockNumber[_tail...], decimal numbers " +
		"without sign or leading zeros, signer 0x + 40 hex (EIP-55 here; compared case-insensitively), tail fields joined by '_' (encrypt-payload's plaintext may itself hold '_'). " +
		"signature = EIP-191 personal_sign of exactly data: secp256k1 over keccak256(\"\\x19Ethereum Signed Message:\\n\" || decimal length || data), deterministic (RFC 6979), " +
		"65 bytes r || s || v with v = 27/28, 0x hex. utf8Length is the byte length (the standard prefix); signatureUtf16 is the variant a widely used client produces, " +
		"whose prefix is utf16Length (UTF-16 code units): a server verifies the standard form and also accepts the variant when it recovers to the signer. " +
		"hash is keccak256 of the standard message. Vectors with error must be refused by parse or verification with that kind: format, signature (malformed), " +
		"signer_mismatch (recovers to another address). privateKey hex without 0x."}
	key := signerKeyHex("cifer request signer")
	delegateKey := signerKeyHex("cifer request delegate")
	addr := func(k string) common.Address {
		pk, err := crypto.HexToECDSA(k)
		mustf(t, err, "key")
		return crypto.PubkeyToAddress(pk.PublicKey)
	}
	owner := addr(key)
	const jobID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301"
	msgHex := "0xf9ea6dfb318c21ba29a944ea" // payload.json vector 1's encryptedMessage as the server emits it
	msgB64 := base64.StdEncoding.EncodeToString([]byte{0xf9, 0xea, 0x6d, 0xfb, 0x31, 0x8c, 0x21, 0xba, 0x29, 0xa9, 0x44, 0xea})
	for _, c := range []struct {
		name, endpoint, key string
		chain, secret, blk  uint64
		tail                []string
	}{
		{"public key", "POST /secret-public-key", key, 84532, 1, 1000, nil},
		{"encrypt a short text", "POST /encrypt-payload", key, 84532, 1, 1000, []string{"hello, cifer"}},
		{"encrypt text holding underscores", "POST /encrypt-payload", key, 84532, 1, 1000, []string{"a_b__c_"}},
		{"encrypt non-ASCII text (the UTF-16 variant differs)", "POST /encrypt-payload", key, 84532, 1, 1000, []string{"héllo ☃ 𝄞"}},
		{"encrypt an empty plaintext field", "POST /encrypt-payload", key, 84532, 1, 1000, []string{""}},
		{"decrypt, hex input", "POST /decrypt-payload", key, 84532, 1, 123456, []string{msgHex}},
		{"decrypt, base64 input", "POST /decrypt-payload", key, 84532, 1, 123456, []string{msgB64}},
		{"decrypt as the delegate", "POST /decrypt-payload", delegateKey, 84532, 1, 123456, []string{msgHex}},
		{"decrypt on a large chain id and secret id", "POST /decrypt-payload", key, 1099511627776, 1 << 40, 9007199254740991, []string{msgHex}},
		{"encrypt a file", "POST /encrypt-file", key, 84532, 2, 2000, nil},
		{"decrypt a file", "POST /decrypt-file", key, 84532, 2, 2000, nil},
		{"decrypt an existing file", "POST /decrypt-existing-file", key, 84532, 2, 2000, nil},
		{"download a decrypt job's result", "POST /jobs/:id/download", key, 84532, 2, 2000, []string{jobID, "download"}},
		{"delete a job", "POST /jobs/:id/delete", key, 84532, 2, 2000, []string{jobID, "delete"}},
		{"list jobs (secret id 0)", "POST /jobs", key, 84532, 0, 2000, nil},
		{"data consumption (secret id 0)", "POST /jobs/dataConsumption", key, 84532, 0, 2000, nil},
	} {
		signer := addr(c.key)
		data := request.Format(c.chain, c.secret, signer, c.blk, c.tail...)
		f.Vectors = append(f.Vectors, requestVector{Name: c.name, Endpoint: c.endpoint, PrivateKey: c.key, Signer: signer.Hex(),
			ChainID: c.chain, SecretID: c.secret, BlockNumber: c.blk, Tail: c.tail, Data: data,
			UTF8Length: len(data), UTF16Length: utf16Length(data), Hash: "0x" + hex.EncodeToString(eip191(data, len(data))),
			Signature: signWith(t, c.key, eip191(data, len(data))), SignatureUTF16: signWith(t, c.key, eip191(data, utf16Length(data)))})
	}
	// A lower-case signer in data is the same signer.
	lower := "84532_1_" + strings.ToLower(owner.Hex()) + "_1000"
	f.Vectors = append(f.Vectors, requestVector{Name: "lower-case signer address", Endpoint: "POST /secret-public-key", PrivateKey: key, Signer: owner.Hex(),
		ChainID: 84532, SecretID: 1, BlockNumber: 1000, Data: lower, UTF8Length: len(lower), UTF16Length: len(lower),
		Hash: "0x" + hex.EncodeToString(eip191(lower, len(lower))), Signature: signWith(t, key, eip191(lower, len(lower))),
		SignatureUTF16: signWith(t, key, eip191(lower, len(lower)))})

	good := request.Format(84532, 1, owner, 1000)
	sig := signWith(t, key, eip191(good, len(good)))
	badV := sig[:len(sig)-2] + "1d" // v = 29
	neg := func(name, data, sig, kind string) requestVector {
		return requestVector{Name: name, SecretID: 1, Data: data, Signature: sig, Error: kind}
	}
	f.Vectors = append(f.Vectors,
		neg("signed by another key", good, signWith(t, delegateKey, eip191(good, len(good))), kindSignerMismatch),
		neg("data changed after signing", request.Format(84532, 1, owner, 1001), sig, kindSignerMismatch),
		neg("signature over the string with another length prefix", good, signWith(t, key, eip191(good, len(good)+1)), kindSignerMismatch),
		neg("recovery id 29", good, badV, kindSignature),
		neg("signature of 64 bytes", good, sig[:len(sig)-2], kindSignature),
		neg("signature not hex", good, "0x"+strings.Repeat("zz", 65), kindSignature),
		neg("three fields", "84532_1_"+owner.Hex(), sig, kindFormat),
		neg("chain id with a leading zero", "084532_1_"+owner.Hex()+"_1000", sig, kindFormat),
		neg("negative secret id", "84532_-1_"+owner.Hex()+"_1000", sig, kindFormat),
		neg("signer without 0x", "84532_1_"+owner.Hex()[2:]+"_1000", sig, kindFormat),
		neg("block number not decimal", "84532_1_"+owner.Hex()+"_0x3e8", sig, kindFormat),
	)
	return f
}

var requestKinds = map[string]error{
	kindFormat:         request.ErrFormat,
	kindSignature:      request.ErrSignature,
	kindSignerMismatch: request.ErrSignerMismatch,
}

func checkRequests(t *testing.T, raw []byte) int {
	vs := decode[requestVector](t, raw)
	for _, v := range vs {
		r, err := request.Parse(v.Data)
		if err == nil {
			err = r.VerifySignature(v.Signature)
		}
		expect(t, v.Name, v.Error, err, requestKinds)
		if v.Error != "" {
			continue
		}
		k, err := crypto.HexToECDSA(v.PrivateKey)
		mustf(t, err, "%s", v.Name)
		if a := crypto.PubkeyToAddress(k.PublicKey); a.Hex() != v.Signer || r.Signer != a {
			t.Errorf("%s: signer %s, key's address %s, data names %s", v.Name, v.Signer, a.Hex(), r.Signer.Hex())
		}
		if r.ChainID != v.ChainID || r.SecretID != v.SecretID || r.Block != v.BlockNumber || strings.Join(v.Tail, "_") != r.Tail {
			t.Errorf("%s: fields parse as %d %d %d %q", v.Name, r.ChainID, r.SecretID, r.Block, r.Tail)
		}
		if len(v.Data) != v.UTF8Length || utf16Length(v.Data) != v.UTF16Length {
			t.Errorf("%s: lengths", v.Name)
		}
		if "0x"+hex.EncodeToString(eip191(v.Data, len(v.Data))) != v.Hash {
			t.Errorf("%s: hash", v.Name)
		}
		// The Go client's signer gives the same bytes (RFC 6979).
		s, err := request.Sign(v.Data, func(h []byte) ([]byte, error) { return crypto.Sign(h, k) })
		mustf(t, err, "%s", v.Name)
		if s != v.Signature {
			t.Errorf("%s: request.Sign gives %s", v.Name, s)
		}
		if err := r.VerifySignature(v.SignatureUTF16); err != nil {
			t.Errorf("%s: UTF-16 variant refused: %v", v.Name, err)
		}
		if ascii := v.UTF8Length == v.UTF16Length; ascii != (v.Signature == v.SignatureUTF16) {
			t.Errorf("%s: the two forms should differ exactly when the lengths do", v.Name)
		}
	}
	return len(vs)
}
