package envelope

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/mlkem"
	"crypto/mlkem/mlkemtest"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// The tests in this file re-derive the committed vectors with Go's standard
// library ML-KEM (an implementation independent of circl, which the package
// uses) and with the byte layout of docs/PROTOCOL.md written out again here,
// so a shared mistake in the package's own helpers cannot hide.

func loadVectors(t *testing.T) vectors {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "vectors.json"))
	if err != nil {
		t.Fatal(err)
	}
	var v vectors
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Payload) == 0 || len(v.File) == 0 {
		t.Fatal("vector file is empty")
	}
	return v
}

func mustHex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// specInfo is the HKDF info of PROTOCOL.md: label ‖ 0x00 ‖ chainID (8) ‖
// secretID as a 32-byte uint256.
func specInfo(label string, chainID, secretID uint64) string {
	var id [32]byte
	binary.BigEndian.PutUint64(id[24:], secretID)
	return label + "\x00" + string(binary.BigEndian.AppendUint64(nil, chainID)) + string(id[:])
}

func specGCM(t *testing.T, key []byte) cipher.AEAD {
	t.Helper()
	block, err := aes.NewCipher(key)
	if err != nil {
		t.Fatal(err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		t.Fatal(err)
	}
	return aead
}

// stdlibKey derives the key pair of seed with crypto/mlkem and checks the
// encapsulation key against the package's DeriveKeyPair.
func stdlibKey(t *testing.T, seed []byte) *mlkem.DecapsulationKey768 {
	t.Helper()
	dk, err := mlkem.NewDecapsulationKey768(seed)
	if err != nil {
		t.Fatalf("crypto/mlkem refuses the seed: %v", err)
	}
	pk, _, err := DeriveKeyPair(seed)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(dk.EncapsulationKey().Bytes(), pk.Bytes()) {
		t.Fatal("DeriveKeyPair and crypto/mlkem derive different public keys from one seed")
	}
	return dk
}

func TestPayloadVectorsMatchStdlibMLKEM(t *testing.T) {
	for i, v := range loadVectors(t).Payload {
		seed, cifer, msg := mustHex(t, v.Seed), mustHex(t, v.Cifer), mustHex(t, v.EncryptedMessage)
		dk := stdlibKey(t, seed)
		if h := sha256.Sum256(dk.EncapsulationKey().Bytes()); hex.EncodeToString(h[:]) != v.PublicKeySHA256 {
			t.Fatalf("vector %d: public key hash %x, vector says %s", i+1, h, v.PublicKeySHA256)
		}
		// Derandomized encapsulation with the vector's randomness must give
		// the KEM ciphertext at the front of cifer.
		ss, ct, err := mlkemtest.Encapsulate768(dk.EncapsulationKey(), mustHex(t, v.EncapsulationRandom))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(ct, cifer[:KEMCiphertextSize]) {
			t.Fatalf("vector %d: crypto/mlkem encapsulates to another ciphertext", i+1)
		}
		got, err := dk.Decapsulate(cifer[:KEMCiphertextSize])
		if err != nil || !bytes.Equal(got, ss) {
			t.Fatalf("vector %d: decapsulation gives another shared secret (%v)", i+1, err)
		}
		okm, err := hkdf.Key(sha256.New, ss, nil, specInfo("CIFER-payload-v1", v.ChainID, v.SecretID), 44)
		if err != nil {
			t.Fatal(err)
		}
		pt, err := specGCM(t, okm[:32]).Open(nil, okm[32:44], append(append([]byte(nil), msg...), cifer[KEMCiphertextSize:]...), nil)
		if err != nil || !bytes.Equal(pt, mustHex(t, v.Plaintext)) {
			t.Fatalf("vector %d does not open with the stdlib shared secret: %v", i+1, err)
		}
	}
}

func TestFileVectorsMatchStdlibMLKEM(t *testing.T) {
	for i, v := range loadVectors(t).File {
		file := mustHex(t, v.File)
		dk := stdlibKey(t, mustHex(t, v.Seed))
		if len(file) < FileHeaderSize {
			t.Fatalf("vector %d: file of %d bytes", i+1, len(file))
		}
		header, rest := file[:FileHeaderSize], file[FileHeaderSize:]
		fileID := header[54:70]
		random := mustHex(t, v.Random)
		if !bytes.Equal(fileID, random[:16]) {
			t.Fatalf("vector %d: file ID is not the writer's first 16 random bytes", i+1)
		}
		_, ct, err := mlkemtest.Encapsulate768(dk.EncapsulationKey(), random[16:])
		if err != nil || !bytes.Equal(ct, header[70:70+KEMCiphertextSize]) {
			t.Fatalf("vector %d: crypto/mlkem encapsulates to another ciphertext (%v)", i+1, err)
		}
		ss, err := dk.Decapsulate(header[70 : 70+KEMCiphertextSize])
		if err != nil {
			t.Fatal(err)
		}
		okm, err := hkdf.Key(sha256.New, ss, fileID, specInfo("CIFER-file-v1", v.ChainID, v.SecretID), 64)
		if err != nil {
			t.Fatal(err)
		}
		chunkKey, headerKey := specGCM(t, okm[:32]), specGCM(t, okm[32:])
		if _, err := headerKey.Open(nil, make([]byte, 12), header[1158:], header[:1158]); err != nil {
			t.Fatalf("vector %d: header tag does not verify: %v", i+1, err)
		}
		var pt []byte
		for index := uint64(0); ; index++ {
			if len(rest) < 29 {
				t.Fatalf("vector %d: file ends inside chunk %d's frame", i+1, index)
			}
			frame := rest[:29]
			n := int(binary.BigEndian.Uint32(frame[25:29]))
			if !bytes.Equal(frame[:16], fileID) || binary.BigEndian.Uint64(frame[16:24]) != index || len(rest) < 29+n {
				t.Fatalf("vector %d: chunk %d frame is wrong", i+1, index)
			}
			nonce := make([]byte, 12)
			binary.BigEndian.PutUint64(nonce[3:11], index)
			nonce[11] = frame[24]
			chunk, err := chunkKey.Open(nil, nonce, rest[29:29+n], frame)
			if err != nil {
				t.Fatalf("vector %d: chunk %d does not open: %v", i+1, index, err)
			}
			if n-GCMTagSize > v.ChunkSize || (frame[24] == 0 && n-GCMTagSize != v.ChunkSize) {
				t.Fatalf("vector %d: chunk %d holds %d bytes", i+1, index, n-GCMTagSize)
			}
			pt, rest = append(pt, chunk...), rest[29+n:]
			if frame[24] == flagLast {
				break
			}
		}
		if len(rest) != 0 || !bytes.Equal(pt, mustHex(t, v.Plaintext)) {
			t.Fatalf("vector %d: %d trailing bytes, or the plaintext differs", i+1, len(rest))
		}
	}
}

// TestRandomKeysMatchStdlibMLKEM extends the check beyond the vectors: for
// random seeds the two implementations derive one public key, and an
// envelope sealed by the package opens with crypto/mlkem's decapsulation.
func TestRandomKeysMatchStdlibMLKEM(t *testing.T) {
	b := Binding{ChainID: 84532, SecretID: 3}
	for range 20 {
		seed, err := GenerateSeed()
		if err != nil {
			t.Fatal(err)
		}
		dk := stdlibKey(t, seed)
		pk, _, err := DeriveKeyPair(seed)
		if err != nil {
			t.Fatal(err)
		}
		cifer, msg, err := Seal(pk, b, []byte("cross-check"))
		if err != nil {
			t.Fatal(err)
		}
		ss, err := dk.Decapsulate(cifer[:KEMCiphertextSize])
		if err != nil {
			t.Fatal(err)
		}
		okm, err := hkdf.Key(sha256.New, ss, nil, specInfo("CIFER-payload-v1", b.ChainID, b.SecretID), 44)
		if err != nil {
			t.Fatal(err)
		}
		pt, err := specGCM(t, okm[:32]).Open(nil, okm[32:44], append(msg, cifer[KEMCiphertextSize:]...), nil)
		if err != nil || string(pt) != "cross-check" {
			t.Fatalf("envelope sealed by the package does not open with crypto/mlkem: %v", err)
		}
	}
}
