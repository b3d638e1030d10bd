package blackbox

import (
	"context"
	"fmt"
	"io"

	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/envelope"
)

// FileStream is one encrypted stream of a file job: its parsed header and
// the rest of the stream, positioned at the first chunk.
type FileStream struct {
	Header *envelope.FileHeader
	Body   io.Reader
}

// FileKeyService opens encrypted file streams for one authorized request.
// It is separate from KeyService so key services without file support keep
// compiling; the API answers 503 to file decryption without it.
type FileKeyService interface {
	// OpenFileStreams rebuilds the secret's key once for the signed request
	// (forwarded to the custodians, who check it themselves), opens every
	// stream's header with it and wipes the key before returning. The
	// readers hold only their streams' chunk keys, never the secret's key.
	OpenFileStreams(ctx context.Context, signed custody.FetchRequest, b envelope.Binding, streams []FileStream) ([]*envelope.FileReader, error)
}

// OpenFileStreams implements FileKeyService: the key exists only for this
// call, as in Decrypt.
func (s *Service) OpenFileStreams(ctx context.Context, signed custody.FetchRequest, b envelope.Binding, streams []FileStream) ([]*envelope.FileReader, error) {
	sk, err := s.rebuild(ctx, b, signed)
	if err != nil {
		return nil, err
	}
	defer sk.Zero()
	return OpenStreamsWithKey(sk, b, streams)
}

// OpenStreamsWithKey opens every header with sk (file jobs that already
// hold the key, and tests); on any failure the readers
// already opened are closed.
func OpenStreamsWithKey(sk *envelope.PrivateKey, b envelope.Binding, streams []FileStream) ([]*envelope.FileReader, error) {
	out := make([]*envelope.FileReader, 0, len(streams))
	for i, st := range streams {
		r, err := st.Header.NewReader(st.Body, sk, b)
		if err != nil {
			for _, o := range out {
				_ = o.Close()
			}
			return nil, fmt.Errorf("chunk %d: %w", i, err)
		}
		out = append(out, r)
	}
	return out, nil
}
