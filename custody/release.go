package custody

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Release is a custodian's signed statement of the share it released to a
// Black Box: the hash of the encoded share and the digest of the creation
// record it holds for that version. An honest custodian stored the share
// only after checking it against that record, so its release always matches
// the record it names; a release that does not is evidence the Slasher
// contract checks by itself (contracts/src/Slasher.sol, slashBadRelease).
// It carries the share's hash, never the share.
type Release struct {
	ChainID      uint64
	SecretID     uint64
	ShareVersion uint32
	X            byte
	ShareHash    [32]byte
	RecordDigest [32]byte
	Custodian    common.Address // enclave wallet
	Signature    []byte
}

const releaseDomain = "cifer-share-release-v1"

// ErrBadRelease means a release signature is missing or not the custodian's.
var ErrBadRelease = errors.New("share release not signed by its custodian")

// Digest is what the custodian signs: keccak256(domain || chain u64 ||
// secret u64 || version u32 || x u8 || share hash || record digest ||
// custodian), the layout Slasher.sol recomputes.
func (r *Release) Digest() []byte {
	b := make([]byte, 0, 8+8+4+1+32+32+20)
	b = binary.BigEndian.AppendUint64(b, r.ChainID)
	b = binary.BigEndian.AppendUint64(b, r.SecretID)
	b = binary.BigEndian.AppendUint32(b, r.ShareVersion)
	b = append(b, r.X)
	b = append(b, r.ShareHash[:]...)
	b = append(b, r.RecordDigest[:]...)
	b = append(b, r.Custodian.Bytes()...)
	return crypto.Keccak256([]byte(releaseDomain), b)
}

// Sign sets Custodian to the signer's address and signs the release.
func (r *Release) Sign(s HashSigner) error {
	r.Custodian = s.Address()
	sig, err := s.SignHash(r.Digest())
	if err != nil {
		return fmt.Errorf("sign release: %w", err)
	}
	r.Signature = sig
	return nil
}

// Verify checks the release's signature.
func (r *Release) Verify() error {
	if len(r.Signature) != 65 {
		return fmt.Errorf("%w: signature of %d bytes", ErrBadRelease, len(r.Signature))
	}
	pub, err := crypto.SigToPub(r.Digest(), r.Signature)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadRelease, err)
	}
	if crypto.PubkeyToAddress(*pub) != r.Custodian {
		return ErrBadRelease
	}
	return nil
}

// Body is the record's encoding without its signature: the bytes slashing
// evidence carries (Slasher.sol parses them and recomputes Digest).
func (r *CreationRecord) Body() ([]byte, error) { return r.body() }

// Digest is what the record's Black Box signed.
func (r *CreationRecord) Digest() ([32]byte, error) {
	body, err := r.body()
	if err != nil {
		return [32]byte{}, err
	}
	return [32]byte(recordDigest(body)), nil
}
