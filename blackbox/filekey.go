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
	rec, cs, err := s.record(ctx, h.Binding.ChainID, h.Binding.SecretID)
	if err != nil {
		return nil, err
	}
	sk, err := s.Gatherer.Rebuild(ctx, rec, cs, signed)
	if err != nil {
		return nil, err
	}
	defer sk.Zero()
	return h.FileKey(sk, h.Binding)
}
