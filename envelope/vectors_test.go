package envelope

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite test vectors in testdata")

// vectorBytes makes n deterministic bytes from a label, so the vectors are
// reproducible from their description alone: SHA-256(label || counter)...
func vectorBytes(label string, n int) []byte {
	var out []byte
	for i := byte(0); len(out) < n; i++ {
		h := sha256.Sum256(append([]byte(label), i))
		out = append(out, h[:]...)
	}
	return out[:n]
}

type payloadVector struct {
	Seed                string `json:"seed"`
	PublicKeySHA256     string `json:"publicKeySha256"`
	ChainID             uint64 `json:"chainId"`
	SecretID            uint64 `json:"secretId"`
	EncapsulationRandom string `json:"encapsulationRandom"`
	Plaintext           string `json:"plaintext"`
	Cifer               string `json:"cifer"`
	EncryptedMessage    string `json:"encryptedMessage"`
}

type fileVector struct {
	Seed      string `json:"seed"`
	ChainID   uint64 `json:"chainId"`
	SecretID  uint64 `json:"secretId"`
	ChunkSize int    `json:"chunkSize"`
	// Random is the writer's randomness: 16 bytes of file ID, then 32 of
	// encapsulation randomness.
	Random    string `json:"random"`
	Plaintext string `json:"plaintext"`
	File      string `json:"file"`
}

type vectors struct {
	Payload []payloadVector `json:"payload"`
	File    []fileVector    `json:"file"`
}

func makeVectors(t *testing.T) vectors {
	t.Helper()
	seed := vectorBytes("cifer test seed", SeedSize)
	pk, _, err := DeriveKeyPair(seed)
	if err != nil {
		t.Fatal(err)
	}
	pkHash := sha256.Sum256(pk.Bytes())
	var v vectors
	for _, pc := range []struct {
		chain, secret uint64
		pt            []byte
	}{
		{84532, 1, []byte("hello, cifer")},
		{1, 1 << 40, vectorBytes("plaintext", 300)},
	} {
		r := vectorBytes("encapsulation", EncapsulationRandomSize)
		cifer, msg, err := SealDeterministic(pk, Binding{ChainID: pc.chain, SecretID: pc.secret}, pc.pt, r)
		if err != nil {
			t.Fatal(err)
		}
		v.Payload = append(v.Payload, payloadVector{
			Seed: hex.EncodeToString(seed), PublicKeySHA256: hex.EncodeToString(pkHash[:]),
			ChainID: pc.chain, SecretID: pc.secret, EncapsulationRandom: hex.EncodeToString(r),
			Plaintext: hex.EncodeToString(pc.pt), Cifer: hex.EncodeToString(cifer), EncryptedMessage: hex.EncodeToString(msg),
		})
	}
	random := vectorBytes("file random", fileIDSize+EncapsulationRandomSize)
	pt := vectorBytes("file plaintext", 40)
	var out bytes.Buffer
	w, err := NewFileWriter(&out, pk, Binding{ChainID: 84532, SecretID: 7}, WithChunkSize(16), withRandom(bytes.NewReader(random)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(pt); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	v.File = append(v.File, fileVector{
		Seed: hex.EncodeToString(seed), ChainID: 84532, SecretID: 7, ChunkSize: 16,
		Random: hex.EncodeToString(random), Plaintext: hex.EncodeToString(pt), File: hex.EncodeToString(out.Bytes()),
	})
	return v
}

// TestVectors checks the committed vectors two ways: this code reproduces
// them byte for byte, and the committed ciphertexts open to the committed
// plaintexts. Regenerate with: go test ./envelope -run TestVectors -update
func TestVectors(t *testing.T) {
	path := filepath.Join("testdata", "vectors.json")
	got := makeVectors(t)
	if *update {
		b, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read vectors: %v", err)
	}
	var want vectors
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	if len(want.Payload) == 0 || len(want.File) == 0 {
		t.Fatal("vector file is empty")
	}
	gotJSON, _ := json.Marshal(got)
	wantJSON, _ := json.Marshal(want)
	if !bytes.Equal(gotJSON, wantJSON) {
		t.Fatal("this code no longer reproduces the committed vectors: the format changed")
	}
	unhex := func(s string) []byte {
		b, err := hex.DecodeString(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, v := range want.Payload {
		_, sk, err := DeriveKeyPair(unhex(v.Seed))
		if err != nil {
			t.Fatal(err)
		}
		pt, err := Open(sk, Binding{ChainID: v.ChainID, SecretID: v.SecretID}, unhex(v.Cifer), unhex(v.EncryptedMessage))
		if err != nil || !bytes.Equal(pt, unhex(v.Plaintext)) {
			t.Fatalf("payload vector does not open: %v", err)
		}
	}
	for _, v := range want.File {
		_, sk, err := DeriveKeyPair(unhex(v.Seed))
		if err != nil {
			t.Fatal(err)
		}
		r, err := NewFileReader(bytes.NewReader(unhex(v.File)), sk, Binding{ChainID: v.ChainID, SecretID: v.SecretID})
		if err != nil {
			t.Fatal(err)
		}
		pt, err := io.ReadAll(r)
		if err != nil || !bytes.Equal(pt, unhex(v.Plaintext)) {
			t.Fatalf("file vector does not open: %v", err)
		}
	}
}
