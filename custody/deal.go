package custody

import (
	"fmt"
	"io"

	"github.com/cifer-network/cifer/envelope"
)

// Dealt is a freshly split secret: its public key, the signed creation
// record, and the encoded share for each x (Shares[x-1]). The caller wraps
// each share to its custodian's transport key and zeroes Shares after.
type Dealt struct {
	PublicKey *envelope.PublicKey
	Record    *CreationRecord
	Shares    [][]byte
}

// Zero wipes the encoded shares.
func (d *Dealt) Zero() {
	for _, s := range d.Shares {
		clear(s)
	}
}

// DealParams says which secret is dealt and how.
type DealParams struct {
	ChainID      uint64
	SecretID     uint64
	ShareVersion uint32
	ClusterID    uint8
	Threshold    int
	Custodians   int
	// Epoch is the epoch in which the dealer is elected (CreationRecord.Epoch).
	Epoch uint64
}

// Deal splits seed t-of-n and makes the creation record, signed by the
// enclave wallet. Resharing calls it again with the same seed, a higher
// ShareVersion and fresh randomness, so the new shares lie on a new
// polynomial and old ones are useless with them.
func Deal(seed []byte, p DealParams, signer HashSigner, rand io.Reader) (*Dealt, error) {
	pk, sk, err := envelope.DeriveKeyPair(seed)
	if err != nil {
		return nil, err
	}
	sk.Zero()
	cid, err := envelope.PublicKeyCID(pk.Bytes())
	if err != nil {
		return nil, err
	}
	shares, err := Split(seed, p.Threshold, p.Custodians, rand)
	if err != nil {
		return nil, fmt.Errorf("split seed: %w", err)
	}
	d := &Dealt{
		PublicKey: pk,
		Record: &CreationRecord{
			ChainID:      p.ChainID,
			SecretID:     p.SecretID,
			ShareVersion: p.ShareVersion,
			ClusterID:    p.ClusterID,
			Threshold:    uint8(p.Threshold),
			Epoch:        p.Epoch,
			PublicKey:    pk.Bytes(),
			PublicKeyCID: cid,
		},
	}
	for i := range shares {
		enc, err := shares[i].MarshalBinary()
		shares[i].Zero()
		if err != nil {
			d.Zero()
			return nil, err
		}
		d.Shares = append(d.Shares, enc)
		d.Record.ShareHashes = append(d.Record.ShareHashes, ShareHash(enc))
	}
	if err := d.Record.Sign(signer); err != nil {
		d.Zero()
		return nil, err
	}
	return d, nil
}
