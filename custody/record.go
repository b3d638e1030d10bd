package custody

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/cifer-network/cifer/envelope"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ShareHash is the digest a creation record keeps for each share: SHA-256
// of the share's binary encoding.
func ShareHash(encodedShare []byte) [32]byte { return sha256.Sum256(encodedShare) }

// CreationRecord is what the Black Box that made a secret signs and gives to
// every custodian with its share: the public key, its CID, and the hash of
// every share, so a Black Box that later gathers shares can tell a corrupted
// share from a good one without trusting the custodian that sent it.
type CreationRecord struct {
	ChainID      uint64
	SecretID     uint64
	ShareVersion uint32
	ClusterID    uint8
	Threshold    uint8
	PublicKey    []byte
	PublicKeyCID string
	// ShareHashes[i] is the hash of the share with x = i+1.
	ShareHashes [][32]byte
	// Epoch is the epoch in which BlackBox was elected when it dealt:
	// custodians and Black Boxes accept the record only if the registry's
	// history says so (wasElectedBlackBox). 0 in records of version 1,
	// made before records named it: those are accepted from a wallet that
	// was ever elected.
	Epoch uint64
	// BlackBox is the enclave wallet of the Black Box that dealt the shares.
	BlackBox  common.Address
	Signature []byte // 65-byte secp256k1 signature by BlackBox
}

const (
	// Records that name their dealer's epoch are version 2; one with Epoch
	// 0 encodes as version 1, byte for byte what it was.
	recordVersion1     = 1
	recordVersion2     = 2
	recordDomain1      = "cifer-creation-record-v1"
	recordDomain2      = "cifer-creation-record-v2"
	maxRecordPublicKey = 4096
	maxRecordCID       = 255
	// MaxRecordSize bounds a creation record before parsing allocates.
	MaxRecordSize = 1 + 8 + 8 + 4 + 1 + 1 + 8 + 2 + maxRecordPublicKey + 1 + maxRecordCID + 1 + 255*32 + 20 + 65
)

var (
	// ErrBadRecord means the bytes are not a well-formed creation record.
	ErrBadRecord = errors.New("malformed creation record")
	// ErrRecordSignature means the record is not signed by its Black Box.
	ErrRecordSignature = errors.New("creation record signature does not match its black box")
	// ErrShareHash means a share does not match the creation record: the
	// custodian that sent it is faulty or lying.
	ErrShareHash = errors.New("share does not match the creation record")
)

// body encodes every field but the signature, in a fixed order.
func (r *CreationRecord) body() ([]byte, error) {
	switch {
	case len(r.PublicKey) == 0 || len(r.PublicKey) > maxRecordPublicKey:
		return nil, fmt.Errorf("%w: public key of %d bytes", ErrBadRecord, len(r.PublicKey))
	case len(r.PublicKeyCID) == 0 || len(r.PublicKeyCID) > maxRecordCID:
		return nil, fmt.Errorf("%w: CID of %d bytes", ErrBadRecord, len(r.PublicKeyCID))
	case len(r.ShareHashes) < 2 || len(r.ShareHashes) > 255:
		return nil, fmt.Errorf("%w: %d share hashes", ErrBadRecord, len(r.ShareHashes))
	case r.Threshold < 2 || int(r.Threshold) > len(r.ShareHashes):
		return nil, fmt.Errorf("%w: threshold %d of %d", ErrBadRecord, r.Threshold, len(r.ShareHashes))
	}
	b := make([]byte, 0, 64+len(r.PublicKey)+len(r.PublicKeyCID)+32*len(r.ShareHashes))
	b = append(b, r.version())
	b = binary.BigEndian.AppendUint64(b, r.ChainID)
	b = binary.BigEndian.AppendUint64(b, r.SecretID)
	b = binary.BigEndian.AppendUint32(b, r.ShareVersion)
	b = append(b, r.ClusterID, r.Threshold)
	if r.Epoch != 0 {
		b = binary.BigEndian.AppendUint64(b, r.Epoch)
	}
	b = binary.BigEndian.AppendUint16(b, uint16(len(r.PublicKey)))
	b = append(b, r.PublicKey...)
	b = append(b, byte(len(r.PublicKeyCID)))
	b = append(b, r.PublicKeyCID...)
	b = append(b, byte(len(r.ShareHashes)))
	for _, h := range r.ShareHashes {
		b = append(b, h[:]...)
	}
	b = append(b, r.BlackBox.Bytes()...)
	return b, nil
}

func (r *CreationRecord) version() byte {
	if r.Epoch == 0 {
		return recordVersion1
	}
	return recordVersion2
}

// recordDigest is what the dealer signs: the version's domain, then the
// body (whose first byte is the version).
func recordDigest(body []byte) []byte {
	domain := recordDomain1
	if body[0] == recordVersion2 {
		domain = recordDomain2
	}
	return crypto.Keccak256([]byte(domain), body)
}

// HashSigner signs a 32-byte digest with an Ethereum key it never exposes
// (the enclave wallet).
type HashSigner interface {
	Address() common.Address
	SignHash(digest []byte) ([]byte, error)
}

// Sign sets BlackBox to the signer's address and signs the record.
func (r *CreationRecord) Sign(s HashSigner) error {
	r.BlackBox = s.Address()
	body, err := r.body()
	if err != nil {
		return err
	}
	sig, err := s.SignHash(recordDigest(body))
	if err != nil {
		return fmt.Errorf("sign creation record: %w", err)
	}
	r.Signature = sig
	return nil
}

// MarshalBinary encodes a signed record.
func (r *CreationRecord) MarshalBinary() ([]byte, error) {
	body, err := r.body()
	if err != nil {
		return nil, err
	}
	if len(r.Signature) != 65 {
		return nil, fmt.Errorf("%w: unsigned", ErrBadRecord)
	}
	return append(body, r.Signature...), nil
}

// ParseCreationRecord decodes a record and checks its signature against the
// Black Box address it names. Whether that Black Box was elected is the
// caller's question (it needs the chain).
func ParseCreationRecord(b []byte) (*CreationRecord, error) {
	r, err := decodeCreationRecord(b)
	if err != nil {
		return nil, err
	}
	if err := r.Verify(); err != nil {
		return nil, err
	}
	return r, nil
}

// decodeCreationRecord decodes a record without checking its signature:
// only for records this custodian verified when it stored them.
func decodeCreationRecord(b []byte) (*CreationRecord, error) {
	if len(b) > MaxRecordSize {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrBadRecord, len(b), MaxRecordSize)
	}
	rd := bytes.NewReader(b)
	short := fmt.Errorf("%w: truncated", ErrBadRecord)
	next := func(n int) ([]byte, error) {
		if rd.Len() < n {
			return nil, short
		}
		out := make([]byte, n)
		_, _ = rd.Read(out)
		return out, nil
	}
	head, err := next(1 + 8 + 8 + 4 + 1 + 1)
	if err != nil {
		return nil, err
	}
	if head[0] != recordVersion1 && head[0] != recordVersion2 {
		return nil, fmt.Errorf("%w: version %d", ErrBadRecord, head[0])
	}
	r := &CreationRecord{
		ChainID:      binary.BigEndian.Uint64(head[1:9]),
		SecretID:     binary.BigEndian.Uint64(head[9:17]),
		ShareVersion: binary.BigEndian.Uint32(head[17:21]),
		ClusterID:    head[21],
		Threshold:    head[22],
	}
	if head[0] == recordVersion2 {
		e, err := next(8)
		if err != nil {
			return nil, err
		}
		// Version 2 exists to name an epoch: 0 would re-encode as 1.
		if r.Epoch = binary.BigEndian.Uint64(e); r.Epoch == 0 {
			return nil, fmt.Errorf("%w: version 2 with epoch 0", ErrBadRecord)
		}
	}
	pl, err := next(2)
	if err != nil {
		return nil, err
	}
	pkLen := int(binary.BigEndian.Uint16(pl))
	if pkLen == 0 || pkLen > maxRecordPublicKey {
		return nil, fmt.Errorf("%w: public key of %d bytes", ErrBadRecord, pkLen)
	}
	if r.PublicKey, err = next(pkLen); err != nil {
		return nil, err
	}
	l, err := next(1)
	if err != nil {
		return nil, err
	}
	c, err := next(int(l[0]))
	if err != nil {
		return nil, err
	}
	r.PublicKeyCID = string(c)
	if l, err = next(1); err != nil {
		return nil, err
	}
	n := int(l[0])
	r.ShareHashes = make([][32]byte, n)
	for i := range r.ShareHashes {
		h, err := next(32)
		if err != nil {
			return nil, err
		}
		copy(r.ShareHashes[i][:], h)
	}
	addr, err := next(20)
	if err != nil {
		return nil, err
	}
	r.BlackBox = common.BytesToAddress(addr)
	if r.Signature, err = next(65); err != nil {
		return nil, err
	}
	if rd.Len() != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrBadRecord, rd.Len())
	}
	return r, nil
}

// Verify checks the record's fields, that the CID is the public key's, and
// that the signature is by BlackBox.
func (r *CreationRecord) Verify() error {
	body, err := r.body()
	if err != nil {
		return err
	}
	if err := envelope.CheckPublicKeyCID(r.PublicKey, r.PublicKeyCID); err != nil {
		return err
	}
	if len(r.Signature) != 65 {
		return fmt.Errorf("%w: signature of %d bytes", ErrRecordSignature, len(r.Signature))
	}
	pub, err := crypto.SigToPub(recordDigest(body), r.Signature)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrRecordSignature, err)
	}
	if crypto.PubkeyToAddress(*pub) != r.BlackBox {
		return ErrRecordSignature
	}
	return nil
}

// CheckShare reports whether an encoded share with coordinate x is the one
// the record's Black Box dealt.
func (r *CreationRecord) CheckShare(x byte, encodedShare []byte) error {
	if x == 0 || int(x) > len(r.ShareHashes) {
		return fmt.Errorf("%w: x=%d outside 1..%d", ErrShareHash, x, len(r.ShareHashes))
	}
	if ShareHash(encodedShare) != r.ShareHashes[x-1] {
		return fmt.Errorf("%w: x=%d", ErrShareHash, x)
	}
	return nil
}
