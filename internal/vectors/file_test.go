package vectors

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"io"
	"testing"

	"github.com/cifer-network/cifer/envelope"
)

type fileVector struct {
	Name      string `json:"name"`
	Seed      string `json:"seed"`
	ChainID   uint64 `json:"chainId"`
	SecretID  uint64 `json:"secretId"`
	ChunkSize int    `json:"chunkSize,omitempty"`
	// Random is the writer's randomness: 16 bytes of file ID, then 32 of
	// encapsulation randomness (success vectors only).
	Random    string  `json:"random,omitempty"`
	Plaintext *string `json:"plaintext,omitempty"`
	// FileKey is the file's 64-byte key material (chunk key || header key),
	// what a Black Box may hand an authorised client (success vectors only).
	FileKey string `json:"fileKey,omitempty"`
	Chunks  int    `json:"chunks,omitempty"`
	File    string `json:"file"`
	Error   string `json:"error,omitempty"`
}

// The file format's sizes, as docs/PROTOCOL.md gives them.
const (
	headerSize = envelope.FileHeaderSize
	frameSize  = 16 + 8 + 1 + 4
	tagSize    = envelope.GCMTagSize
)

func makeFiles(t *testing.T) vectorFile[fileVector] {
	f := vectorFile[fileVector]{Version: 1, Description: "Streaming file format (docs/PROTOCOL.md section 3). Header (1174 bytes): \"CIFERSTR\" | version 0x01 | reserved 0x00 | " +
		"chunkSize (4 BE) | chainId (8 BE) | secretId (32 BE) | fileId (16) | ML-KEM-768 ciphertext (1088) | header tag (16). random = fileId (16) || encapsulation randomness (32). " +
		"File keys: HKDF-SHA256(ikm = shared secret, salt = fileId, info = \"CIFER-file-v1\" || 0x00 || chainId (8 BE) || secretId (32 BE)) -> 64 bytes = fileKey: " +
		"chunk key (32) || header key (32). Header tag: AES-256-GCM under the header key, nonce 12 zero bytes, empty plaintext, associated data = the first 1158 header bytes. " +
		"Each chunk: frame = fileId (16) | index (8 BE) | flags (1; 0x01 = last) | sealed length (4 BE, = plaintext length + 16), then AES-256-GCM under the chunk key " +
		"with nonce 0x000000 || index (8 BE) || flags and the 29-byte frame as associated data. Every chunk but the last holds exactly chunkSize plaintext bytes; " +
		"the last holds 0..chunkSize (it is empty when the length is a multiple of chunkSize, and an empty file is one empty last chunk); nothing may follow it. " +
		"Success vectors must be reproduced byte for byte from random and plaintext, and open to plaintext with the seed's key or with fileKey. " +
		"Vectors with error must fail to open with the seed's key and chainId/secretId with that kind: not_cifer_file, header_corrupt, wrong_secret (binding, key or header tag), " +
		"truncated, chunk_order, spliced, chunk_auth, trailing_data. Hex without 0x."}
	seed := testSeed()
	pk, sk, err := envelope.DeriveKeyPair(seed)
	mustf(t, err, "derive")
	seedHex := hex.EncodeToString(seed)
	encrypt := func(b envelope.Binding, chunk int, random, pt []byte) []byte {
		var out bytes.Buffer
		w, err := envelope.NewFileWriter(&out, pk, b, envelope.WithChunkSize(chunk), envelope.WithRandom(bytes.NewReader(random)))
		mustf(t, err, "writer")
		_, err = w.Write(pt)
		mustf(t, err, "write")
		mustf(t, w.Close(), "close")
		return out.Bytes()
	}
	for _, c := range []struct {
		name          string
		chain, secret uint64
		chunk         int
		label         string
		pt            []byte
	}{
		{"three chunks (40 bytes, chunk size 16; as envelope/testdata)", 84532, 7, 16, "file random", vectorBytes("file plaintext", 40)},
		{"length a multiple of the chunk size: empty last chunk", 84532, 7, 16, "file random multiple", vectorBytes("file plaintext multiple", 32)},
		{"empty file", 84532, 7, 16, "file random empty", nil},
		{"one chunk, shorter than the chunk size", 1, 1 << 40, 4096, "file random one chunk", vectorBytes("file plaintext one chunk", 1000)},
		{"chunk size 1", 31337, 3, 1, "file random chunk size 1", []byte("cifer")},
		{"many chunks (1000 bytes, chunk size 64)", 84532, 9, 64, "file random many", vectorBytes("file plaintext many", 1000)},
	} {
		random := vectorBytes(c.label, 16+envelope.EncapsulationRandomSize)
		b := envelope.Binding{ChainID: c.chain, SecretID: c.secret}
		file := encrypt(b, c.chunk, random, c.pt)
		h, err := envelope.ParseFileHeader(file)
		mustf(t, err, "parse")
		key, err := h.FileKey(sk, b)
		mustf(t, err, "file key")
		f.Vectors = append(f.Vectors, fileVector{Name: c.name, Seed: seedHex, ChainID: c.chain, SecretID: c.secret, ChunkSize: c.chunk,
			Random: hex.EncodeToString(random), Plaintext: hexp(c.pt), FileKey: hex.EncodeToString(key),
			Chunks: len(c.pt)/c.chunk + 1, File: hex.EncodeToString(file)})
	}

	// Negative cases derive from the first (three chunks of 16 bytes).
	b := envelope.Binding{ChainID: 84532, SecretID: 7}
	good := encrypt(b, 16, vectorBytes("file random", 48), vectorBytes("file plaintext", 40))
	other := encrypt(b, 16, vectorBytes("file random other", 48), vectorBytes("file plaintext", 40))
	full := frameSize + 16 + tagSize
	chunk := func(file []byte, i int) []byte { return file[headerSize+i*full : headerSize+(i+1)*full] }
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	hdr := good[:headerSize]
	last := good[headerSize+2*full:]
	withByte := func(i int, v byte) []byte { out := append([]byte(nil), good...); out[i] = v; return out }
	chunkSizeZero := append([]byte(nil), good...)
	binary.BigEndian.PutUint32(chunkSizeZero[10:14], 0)
	lastNotLast := append([]byte(nil), good...)
	lastNotLast[headerSize+2*full+24] = 0
	unknownFlag := append([]byte(nil), good...)
	unknownFlag[headerSize+24] = 0x02
	otherSeed := hex.EncodeToString(vectorBytes("cifer second seed", envelope.SeedSize))
	neg := func(name, seed string, secret uint64, file []byte, kind string) fileVector {
		return fileVector{Name: name, Seed: seed, ChainID: 84532, SecretID: secret, File: hex.EncodeToString(file), Error: kind}
	}
	f.Vectors = append(f.Vectors,
		neg("bad magic", seedHex, 7, withByte(0, 'X'), kindNotCiferFile),
		neg("unknown version", seedHex, 7, withByte(8, 2), kindNotCiferFile),
		neg("reserved byte set", seedHex, 7, withByte(9, 1), kindHeaderCorrupt),
		neg("chunk size zero", seedHex, 7, chunkSizeZero, kindHeaderCorrupt),
		neg("half a header", seedHex, 7, good[:headerSize/2], kindTruncated),
		neg("header only", seedHex, 7, hdr, kindTruncated),
		neg("opened for another secret id", seedHex, 8, good, kindWrongSecret),
		neg("another secret's key", otherSeed, 7, good, kindWrongSecret),
		neg("tampered header tag", seedHex, 7, flip(good, headerSize-1), kindWrongSecret),
		neg("tampered file id in the header", seedHex, 7, flip(good, 54), kindWrongSecret),
		neg("last chunk dropped", seedHex, 7, good[:headerSize+2*full], kindTruncated),
		neg("last chunk cut short", seedHex, 7, good[:len(good)-1], kindTruncated),
		neg("first two chunks swapped", seedHex, 7, cat(hdr, chunk(good, 1), chunk(good, 0), last), kindChunkOrder),
		neg("middle chunk dropped", seedHex, 7, cat(hdr, chunk(good, 0), last), kindChunkOrder),
		neg("chunk from another file", seedHex, 7, cat(hdr, chunk(good, 0), chunk(other, 1), last), kindSpliced),
		neg("tampered chunk body", seedHex, 7, flip(good, headerSize+frameSize+3), kindChunkAuth),
		neg("tampered chunk tag", seedHex, 7, flip(good, headerSize+full-1), kindChunkAuth),
		neg("last flag removed from the last chunk", seedHex, 7, lastNotLast, kindChunkAuth),
		neg("unknown chunk flag", seedHex, 7, unknownFlag, kindChunkAuth),
		neg("data after the last chunk", seedHex, 7, cat(good, []byte{0}), kindTrailingData),
	)
	return f
}

var fileKinds = map[string]error{
	kindNotCiferFile:  envelope.ErrNotCiferFile,
	kindHeaderCorrupt: envelope.ErrHeaderCorrupt,
	kindWrongSecret:   envelope.ErrWrongSecret,
	kindTruncated:     envelope.ErrTruncated,
	kindChunkOrder:    envelope.ErrChunkOrder,
	kindSpliced:       envelope.ErrSpliced,
	kindChunkAuth:     envelope.ErrChunkAuth,
	kindTrailingData:  envelope.ErrTrailingData,
}

func openFile(file []byte, sk *envelope.PrivateKey, b envelope.Binding) ([]byte, error) {
	r, err := envelope.NewFileReader(bytes.NewReader(file), sk, b)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

func checkFiles(t *testing.T, raw []byte) int {
	vs := decode[fileVector](t, raw)
	for _, v := range vs {
		pk, sk, err := envelope.DeriveKeyPair(unhex(t, v.Seed))
		mustf(t, err, "%s", v.Name)
		b := envelope.Binding{ChainID: v.ChainID, SecretID: v.SecretID}
		file := unhex(t, v.File)
		pt, err := openFile(file, sk, b)
		expect(t, v.Name, v.Error, err, fileKinds)
		if v.Error != "" {
			continue
		}
		want := unhexp(t, v.Plaintext)
		if !bytes.Equal(pt, want) {
			t.Errorf("%s: opens to other plaintext", v.Name)
		}
		// With the file key alone, as a client handed it would.
		h, err := envelope.ReadFileHeader(bytes.NewReader(file))
		mustf(t, err, "%s", v.Name)
		r, err := h.NewReaderWithKey(bytes.NewReader(file[headerSize:]), unhex(t, v.FileKey), b)
		mustf(t, err, "%s: file key", v.Name)
		pt, err = io.ReadAll(r)
		if err != nil || !bytes.Equal(pt, want) {
			t.Errorf("%s: does not open with its file key: %v", v.Name, err)
		}
		var out bytes.Buffer
		w, err := envelope.NewFileWriter(&out, pk, b, envelope.WithChunkSize(v.ChunkSize), envelope.WithRandom(bytes.NewReader(unhex(t, v.Random))))
		mustf(t, err, "%s", v.Name)
		_, err = w.Write(want)
		mustf(t, err, "%s", v.Name)
		mustf(t, w.Close(), "%s", v.Name)
		if !bytes.Equal(out.Bytes(), file) {
			t.Errorf("%s: encrypting again gives other bytes", v.Name)
		}
		if n := (len(file) - headerSize) / frameSize; n < v.Chunks || v.Chunks != len(want)/v.ChunkSize+1 {
			t.Errorf("%s: %d chunks claimed", v.Name, v.Chunks)
		}
	}
	return len(vs)
}
