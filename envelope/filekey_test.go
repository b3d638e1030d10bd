package envelope

import (
	"bytes"
	"errors"
	"io"
	"testing"
)

// A file's key opens that file and no other, so a Black Box may hand it to
// an authorised client.
func TestFileKey(t *testing.T) {
	pk, sk := testKeys(t)
	b := Binding{ChainID: 1, SecretID: 2}
	pt := bytes.Repeat([]byte("cifer "), 1000)
	ct := encryptFile(t, pk, b, pt, WithChunkSize(100))
	other := encryptFile(t, pk, b, pt, WithChunkSize(100))

	h, err := ReadFileHeader(bytes.NewReader(ct))
	if err != nil {
		t.Fatal(err)
	}
	key, err := h.FileKey(sk, b)
	if err != nil {
		t.Fatal(err)
	}
	if len(key) != FileKeySize {
		t.Fatalf("key of %d bytes", len(key))
	}
	open := func(file []byte, key []byte, b Binding) ([]byte, error) {
		src := bytes.NewReader(file)
		h, err := ReadFileHeader(src)
		if err != nil {
			return nil, err
		}
		r, err := h.NewReaderWithKey(src, key, b)
		if err != nil {
			return nil, err
		}
		return io.ReadAll(r)
	}
	got, err := open(ct, key, b)
	if err != nil || !bytes.Equal(got, pt) {
		t.Fatalf("round trip with the file key: %v", err)
	}
	tests := []struct {
		name string
		file []byte
		key  []byte
		b    Binding
	}{
		{"key of another file", other, key, b},
		{"short key", ct, key[:32], b},
		{"flipped header key", ct, flip(key, 40), b},
		{"other binding", ct, key, Binding{ChainID: 1, SecretID: 3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := open(tc.file, tc.key, tc.b); !errors.Is(err, ErrWrongSecret) {
				t.Fatalf("got %v, want ErrWrongSecret", err)
			}
		})
	}
	// A wrong chunk key passes the header but no chunk opens.
	if _, err := open(ct, flip(key, 0), b); !errors.Is(err, ErrChunkAuth) {
		t.Fatalf("flipped chunk key: %v", err)
	}
	// The wrong secret key gives no file key at all.
	_, sk2 := testKeys(t)
	if _, err := h.FileKey(sk2, b); !errors.Is(err, ErrWrongSecret) {
		t.Fatalf("wrong secret: %v", err)
	}
}

func flip(b []byte, i int) []byte {
	out := append([]byte(nil), b...)
	out[i] ^= 1
	return out
}
