package vectors

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"github.com/cifer-network/cifer/envelope"
)

// testSeed is the seed of the payload and file vectors, the same as in
// envelope/testdata/vectors.json and docs/PROTOCOL.md section 7.
func testSeed() []byte { return vectorBytes("cifer test seed", envelope.SeedSize) }

type keyVector struct {
	Name            string `json:"name"`
	Seed            string `json:"seed"`
	PublicKey       string `json:"publicKey"`
	PublicKeySHA256 string `json:"publicKeySha256"`
	CID             string `json:"cid"`
}

func makeKeys(t *testing.T) vectorFile[keyVector] {
	f := vectorFile[keyVector]{Version: 1, Description: "ML-KEM-768 key derivation (FIPS 203 ML-KEM.KeyGen_internal(d, z), seed = d || z, 64 bytes) and what is derived " +
		"from the public key: publicKey is the 1184-byte encoding, publicKeySha256 its SHA-256, cid its CIDv1 (raw codec, sha2-256 multihash, base32 lower case, 'b' prefix) as " +
		"markSecretSynced publishes it. Seeds are vectorBytes(label, 64): SHA-256(label || 0x00) || SHA-256(label || 0x01). Hex without 0x."}
	for _, c := range []struct{ name, label string }{
		{"test seed (payload and file vectors)", "cifer test seed"},
		{"second seed", "cifer second seed"},
		{"third seed", "cifer third seed"},
	} {
		seed := vectorBytes(c.label, envelope.SeedSize)
		pk, _, err := envelope.DeriveKeyPair(seed)
		mustf(t, err, "derive %s", c.name)
		h := sha256.Sum256(pk.Bytes())
		cid, err := envelope.PublicKeyCID(pk.Bytes())
		mustf(t, err, "cid")
		f.Vectors = append(f.Vectors, keyVector{Name: c.name, Seed: hex.EncodeToString(seed), PublicKey: hex.EncodeToString(pk.Bytes()),
			PublicKeySHA256: hex.EncodeToString(h[:]), CID: cid})
	}
	return f
}

func checkKeys(t *testing.T, raw []byte) int {
	vs := decode[keyVector](t, raw)
	for _, v := range vs {
		pk, _, err := envelope.DeriveKeyPair(unhex(t, v.Seed))
		mustf(t, err, "%s", v.Name)
		if !bytes.Equal(pk.Bytes(), unhex(t, v.PublicKey)) {
			t.Errorf("%s: public key differs", v.Name)
		}
		if h := sha256.Sum256(pk.Bytes()); hex.EncodeToString(h[:]) != v.PublicKeySHA256 {
			t.Errorf("%s: public key hash differs", v.Name)
		}
		if err := envelope.CheckPublicKeyCID(pk.Bytes(), v.CID); err != nil {
			t.Errorf("%s: %v", v.Name, err)
		}
		if _, err := envelope.ParsePublicKey(unhex(t, v.PublicKey)); err != nil {
			t.Errorf("%s: %v", v.Name, err)
		}
	}
	return len(vs)
}

type cidVector struct {
	Name      string `json:"name"`
	PublicKey string `json:"publicKey"`
	CID       string `json:"cid"`
	// Error is the expected kind when the check must fail ("" = passes).
	Error string `json:"error,omitempty"`
}

func makeCIDs(t *testing.T) vectorFile[cidVector] {
	f := vectorFile[cidVector]{Version: 1, Description: "The public-key CID check a client runs on a fetched key: publicKey must hash to cid, " +
		"CIDv1 raw (0x55) with a sha2-256 multihash (0x12 0x20 || digest), multibase base32 lower case without padding, prefix 'b'. " +
		"The check is a string comparison of the computed CID with the registered one, so any other spelling (upper case, CIDv0, another codec) is a mismatch. " +
		"error (when present) is the expected kind: cid_mismatch. public_key marks bytes that are not an ML-KEM-768 key (ParsePublicKey), checked before the CID."}
	seed := testSeed()
	pk, _, err := envelope.DeriveKeyPair(seed)
	mustf(t, err, "derive")
	other, _, err := envelope.DeriveKeyPair(vectorBytes("cifer second seed", envelope.SeedSize))
	mustf(t, err, "derive")
	cid, err := envelope.PublicKeyCID(pk.Bytes())
	mustf(t, err, "cid")
	otherCID, err := envelope.PublicKeyCID(other.Bytes())
	mustf(t, err, "cid")
	pkHex := hex.EncodeToString(pk.Bytes())
	short, err := envelope.PublicKeyCID([]byte("abc"))
	mustf(t, err, "cid")
	f.Vectors = []cidVector{
		{Name: "test seed key", PublicKey: pkHex, CID: cid},
		{Name: "second seed key", PublicKey: hex.EncodeToString(other.Bytes()), CID: otherCID},
		{Name: "three bytes (the CID rule alone, not a key)", PublicKey: hex.EncodeToString([]byte("abc")), CID: short, Error: kindPublicKey},
		{Name: "key of another secret", PublicKey: pkHex, CID: otherCID, Error: kindCIDMismatch},
		{Name: "one flipped key byte", PublicKey: hex.EncodeToString(flip(pk.Bytes(), 100)), CID: cid, Error: kindCIDMismatch},
		{Name: "upper-case CID", PublicKey: pkHex, CID: "B" + upper(cid[1:]), Error: kindCIDMismatch},
		{Name: "truncated CID", PublicKey: pkHex, CID: cid[:len(cid)-1], Error: kindCIDMismatch},
		{Name: "empty CID (secret still syncing)", PublicKey: pkHex, CID: "", Error: kindCIDMismatch},
	}
	return f
}

func upper(s string) string { return string(bytes.ToUpper([]byte(s))) }

func checkCIDs(t *testing.T, raw []byte) int {
	vs := decode[cidVector](t, raw)
	for _, v := range vs {
		key := unhex(t, v.PublicKey)
		if v.Error == kindPublicKey {
			// Not a key: the CID rule still holds for the bytes, and the
			// key parser refuses them.
			if err := envelope.CheckPublicKeyCID(key, v.CID); err != nil {
				t.Errorf("%s: %v", v.Name, err)
			}
			expect(t, v.Name, v.Error, parseKey(key), map[string]error{kindPublicKey: envelope.ErrPublicKey})
			continue
		}
		expect(t, v.Name, v.Error, envelope.CheckPublicKeyCID(key, v.CID), map[string]error{kindCIDMismatch: envelope.ErrCIDMismatch})
	}
	return len(vs)
}

func parseKey(b []byte) error {
	_, err := envelope.ParsePublicKey(b)
	return err
}
