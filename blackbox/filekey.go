package blackbox

import (
	"context"
	"fmt"

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

// StreamKeyOpener gives a gateway the key material of each stream of one
// encrypted file, for one authorised request: the gateway runs the file
// job, and neither the secret's key nor any other file's key reaches it.
type StreamKeyOpener interface {
	StreamKeys(ctx context.Context, signed custody.FetchRequest, b envelope.Binding, headers []*envelope.FileHeader) ([][]byte, error)
}

// StreamKeys implements StreamKeyOpener: the secret's key is rebuilt once
// for the request and exists only for this call. Every header must be for
// b. The caller clears the returned key material.
func (s *Service) StreamKeys(ctx context.Context, signed custody.FetchRequest, b envelope.Binding, headers []*envelope.FileHeader) ([][]byte, error) {
	for i, h := range headers {
		if h.Binding != b {
			return nil, fmt.Errorf("%w: stream %d is for chain %d secret %d, not chain %d secret %d",
				envelope.ErrWrongSecret, i, h.Binding.ChainID, h.Binding.SecretID, b.ChainID, b.SecretID)
		}
	}
	sk, err := s.rebuild(ctx, b, signed)
	if err != nil {
		return nil, err
	}
	defer sk.Zero()
	keys := make([][]byte, 0, len(headers))
	for i, h := range headers {
		k, err := h.FileKey(sk, b)
		if err != nil {
			for _, k := range keys {
				clear(k)
			}
			return nil, fmt.Errorf("stream %d: %w", i, err)
		}
		keys = append(keys, k)
	}
	return keys, nil
}
