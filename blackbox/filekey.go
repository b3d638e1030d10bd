package blackbox

import (
	"context"

	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/envelope"
)

// FileKeyOpener gives one encrypted file's key material to an authorised
// light client, which then decrypts the file locally: the file itself never
// passes through the Black Box, and the key material opens that file only.
type FileKeyOpener interface {
	FileKey(ctx context.Context, signed custody.FetchRequest, h *envelope.FileHeader) ([]byte, error)
}

// FileKey implements FileKeyOpener: the secret's key exists only for this
// call, as in Decrypt. The caller clears the returned key material.
func (s *Service) FileKey(ctx context.Context, signed custody.FetchRequest, h *envelope.FileHeader) ([]byte, error) {
	sk, err := s.rebuild(ctx, h.Binding, signed)
	if err != nil {
		return nil, err
	}
	defer sk.Zero()
	return h.FileKey(sk, h.Binding)
}

// rebuild gathers the secret's shares for one signed request and returns
// its private key, checked against the creation record whose CID is on
// chain. The caller zeroes it as soon as it is used.
func (s *Service) rebuild(ctx context.Context, b envelope.Binding, signed custody.FetchRequest) (*envelope.PrivateKey, error) {
	rec, cs, err := s.record(ctx, b.ChainID, b.SecretID)
	if err != nil {
		return nil, err
	}
	return s.Gatherer.Rebuild(ctx, rec, cs, signed)
}
