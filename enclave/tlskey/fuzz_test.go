package tlskey

import (
	"bytes"
	"testing"

	"github.com/cifer-network/cifer/enclave"
)

// FuzzParseExtension: the extension value comes from a peer's certificate.
// No input panics, and what parses is canonical: it encodes back to the
// very bytes.
func FuzzParseExtension(f *testing.F) {
	good, err := MarshalExtension(bytes.Repeat([]byte{1}, 40), bytes.Repeat([]byte{2}, enclave.SignatureLen))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte{})
	f.Add([]byte{0x30, 0x80, 0x00, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		st, sig, err := ParseExtension(b)
		if err != nil {
			return
		}
		again, err := MarshalExtension(st, sig)
		if err != nil {
			t.Fatalf("parsed value does not encode: %v", err)
		}
		if !bytes.Equal(again, b) {
			t.Fatalf("parse accepted a non-canonical encoding")
		}
	})
}
