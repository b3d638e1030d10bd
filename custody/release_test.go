package custody

import (
	"bytes"
	"crypto/sha256"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestReleaseDigestLayout pins the digest Slasher.sol recomputes:
// keccak256("cifer-share-release-v1" || chain u64 || secret u64 ||
// version u32 || x u8 || share hash || record digest || custodian).
func TestReleaseDigestLayout(t *testing.T) {
	r := Release{ChainID: 0x0102030405060708, SecretID: 9, ShareVersion: 0x0a0b0c0d, X: 3,
		ShareHash: sha256.Sum256([]byte("s")), RecordDigest: [32]byte{7}, Custodian: common.HexToAddress("0x00000000000000000000000000000000000000aa")}
	var b bytes.Buffer
	b.WriteString("cifer-share-release-v1")
	b.Write([]byte{1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 0, 0, 0, 0, 9, 0x0a, 0x0b, 0x0c, 0x0d, 3})
	b.Write(r.ShareHash[:])
	b.Write(r.RecordDigest[:])
	b.Write(r.Custodian.Bytes())
	if got, want := r.Digest(), crypto.Keccak256(b.Bytes()); !bytes.Equal(got, want) {
		t.Fatalf("digest %x, want %x", got, want)
	}
}

// FuzzReleaseVerify: a release's signature comes off the wire from the
// custodian; whatever its bytes and fields, Verify never panics, and it
// accepts only a signature by the custodian it names.
func FuzzReleaseVerify(f *testing.F) {
	key, _ := crypto.GenerateKey()
	signer := crypto.PubkeyToAddress(key.PublicKey)
	good := Release{ChainID: 1, SecretID: 2, ShareVersion: 3, X: 1, Custodian: signer}
	good.Signature, _ = crypto.Sign(good.Digest(), key)
	f.Add(good.Signature, uint64(1), uint8(1), []byte{})
	f.Add([]byte{}, uint64(0), uint8(0), []byte{1})
	f.Add(bytes.Repeat([]byte{0xff}, 65), uint64(1), uint8(1), []byte{})
	f.Fuzz(func(t *testing.T, sig []byte, chain uint64, x uint8, hash []byte) {
		r := Release{ChainID: chain, SecretID: 2, ShareVersion: 3, X: x, Custodian: signer, Signature: sig}
		copy(r.ShareHash[:], hash)
		if err := r.Verify(); err == nil {
			// Only the key's own signature of these exact fields verifies.
			want, _ := crypto.Sign(r.Digest(), key)
			pub, perr := crypto.SigToPub(r.Digest(), sig)
			if perr != nil || crypto.PubkeyToAddress(*pub) != signer {
				t.Fatalf("verified a release not signed by %s (sig %x, the key's %x)", signer, sig, want)
			}
		}
	})
}

// BenchmarkSignRelease is what signing a share's release costs the
// custodian, once per share (the signature is reused on later releases):
// the record's digest and one signature.
func BenchmarkSignRelease(b *testing.B) {
	key, _ := crypto.GenerateKey()
	rec := &CreationRecord{ChainID: 1, SecretID: 2, ShareVersion: 3, ClusterID: 1, Threshold: 3,
		PublicKey: make([]byte, 1184), PublicKeyCID: "bafkreiexample", ShareHashes: make([][32]byte, 5), Epoch: 1}
	share := make([]byte, 35)
	b.Run("record digest", func(b *testing.B) {
		for b.Loop() {
			if _, err := rec.Digest(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("sign", func(b *testing.B) {
		for b.Loop() {
			r := Release{ChainID: 1, ShareHash: ShareHash(share)}
			if _, err := crypto.Sign(r.Digest(), key); err != nil {
				b.Fatal(err)
			}
		}
	})
}
