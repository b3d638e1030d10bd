package vectors

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the vector files in testdata/vectors")

// dir is testdata/vectors at the module root, seen from this package.
var dir = filepath.Join("..", "..", "testdata", "vectors")

// vectorBytes makes n deterministic bytes from a label, so every vector is
// reproducible from its description alone: SHA-256(label || counter byte)
// for counter 0, 1, ... concatenated (the rule of envelope's own vectors,
// so both sets share their seed).
func vectorBytes(label string, n int) []byte {
	var out []byte
	for i := byte(0); len(out) < n; i++ {
		h := sha256.Sum256(append([]byte(label), i))
		out = append(out, h[:]...)
	}
	return out[:n]
}

// vectorFile is the shape of every file: a version, a description that
// says how to read the vectors, and the vectors.
type vectorFile[T any] struct {
	Version     int    `json:"version"`
	Description string `json:"description"`
	Vectors     []T    `json:"vectors"`
}

// The error kinds of negative vectors: short strings each SDK maps to its
// own typed error. Kept in one list so a typo in a generator fails here.
const (
	kindDecrypt        = "decrypt"           // an envelope or HPKE message does not open
	kindCiferSize      = "cifer_size"        // cifer is not 1104 bytes
	kindEmpty          = "empty_payload"     // encryptedMessage is empty
	kindNotCiferFile   = "not_cifer_file"    // bad magic or version
	kindHeaderCorrupt  = "header_corrupt"    // a malformed header field
	kindWrongSecret    = "wrong_secret"      // binding differs, or the header tag fails
	kindTruncated      = "truncated"         // the file ends before its last chunk
	kindChunkOrder     = "chunk_order"       // a chunk is out of place
	kindSpliced        = "spliced"           // a chunk from another file
	kindChunkAuth      = "chunk_auth"        // a chunk's bytes were altered
	kindTrailingData   = "trailing_data"     // bytes after the last chunk
	kindCIDMismatch    = "cid_mismatch"      // the key does not hash to the CID
	kindFormat         = "format"            // data is not chainId_secretId_signer_block[_...]
	kindSignature      = "signature"         // the signature is malformed
	kindSignerMismatch = "signer_mismatch"   // it recovers to another address
	kindShamir         = "shamir"            // shares do not combine
	kindPublicKey      = "public_key"        // not an ML-KEM-768 public key
	kindShortMessage   = "message_too_short" // an HPKE message shorter than its encapsulation
)

// generators makes every file's content. Each generator returns the value
// to marshal; each checker reads the committed file back and checks every
// vector with the Go code.
var files = []struct {
	name  string
	make  func(t *testing.T) any
	check func(t *testing.T, raw []byte) int
}{
	{"keys.json", func(t *testing.T) any { return makeKeys(t) }, checkKeys},
	{"cid.json", func(t *testing.T) any { return makeCIDs(t) }, checkCIDs},
	{"payload.json", func(t *testing.T) any { return makePayloads(t) }, checkPayloads},
	{"file.json", func(t *testing.T) any { return makeFiles(t) }, checkFiles},
	{"request.json", func(t *testing.T) any { return makeRequests(t) }, checkRequests},
	{"xwing.json", func(t *testing.T) any { return makeXWing(t) }, checkXWing},
	{"shamir.json", func(t *testing.T) any { return makeShamir(t) }, checkShamir},
}

// TestVectors regenerates every file and fails if the committed one
// differs (rewriting it with -update), then checks each committed vector
// against the Go code. The second half is not redundant: it reads the
// committed bytes, as the other languages do.
func TestVectors(t *testing.T) {
	for _, f := range files {
		t.Run(f.name, func(t *testing.T) {
			path := filepath.Join(dir, f.name)
			b, err := json.MarshalIndent(f.make(t), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			b = append(b, '\n')
			if *update {
				if err := os.WriteFile(path, b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read %s: %v (generate it with -update)", f.name, err)
			}
			if !bytes.Equal(raw, b) {
				t.Fatalf("%s differs from what this code produces: a format changed (run go test ./internal/vectors -update if it was meant to, and update the SDKs)", f.name)
			}
			var head vectorFile[json.RawMessage]
			if err := json.Unmarshal(raw, &head); err != nil {
				t.Fatal(err)
			}
			if head.Version != 1 || head.Description == "" {
				t.Fatalf("%s: version %d, description %q", f.name, head.Version, head.Description)
			}
			n := f.check(t, raw)
			if n == 0 || n != len(head.Vectors) {
				t.Fatalf("%s: checked %d of %d vectors", f.name, n, len(head.Vectors))
			}
			t.Logf("%s: %d vectors", f.name, n)
		})
	}
}

// TestVectorDirectoryHasOnlyKnownFiles keeps the directory and the
// generator list in step: a file nobody generates would never be checked.
func TestVectorDirectoryHasOnlyKnownFiles(t *testing.T) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, f := range files {
		known[f.name] = true
	}
	for _, e := range entries {
		if filepath.Ext(e.Name()) == ".json" && !known[e.Name()] {
			t.Errorf("%s is in testdata/vectors but no generator writes it", e.Name())
		}
	}
}

func unhex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatalf("vector hex %q: %v", s, err)
	}
	return b
}

func decode[T any](t *testing.T, raw []byte) []T {
	t.Helper()
	var f vectorFile[T]
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatal(err)
	}
	return f.Vectors
}

// expect compares an outcome with a vector's expected error kind, given the
// Go sentinel that kind stands for.
func expect(t *testing.T, name, kind string, err error, kinds map[string]error) {
	t.Helper()
	if kind == "" {
		if err != nil {
			t.Errorf("%s: want success, got %v", name, err)
		}
		return
	}
	want, ok := kinds[kind]
	if !ok {
		t.Fatalf("%s: error kind %q has no Go sentinel here", name, kind)
	}
	if !errors.Is(err, want) {
		t.Errorf("%s: want %s (%v), got %v", name, kind, want, err)
	}
}

func flip(b []byte, i int) []byte {
	out := append([]byte(nil), b...)
	if i < 0 {
		i += len(out)
	}
	out[i] ^= 0x01
	return out
}

func mustf(t *testing.T, err error, format string, args ...any) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", fmt.Sprintf(format, args...), err)
	}
}

// hexp is hex for a field that must be present even when empty (an empty
// plaintext) and absent from vectors that have none.
func hexp(b []byte) *string {
	s := hex.EncodeToString(b)
	return &s
}

func unhexp(t *testing.T, s *string) []byte {
	t.Helper()
	if s == nil {
		t.Fatal("vector lacks a field it needs")
	}
	return unhex(t, *s)
}
