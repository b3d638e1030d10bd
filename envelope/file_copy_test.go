package envelope

import (
	"bytes"
	"crypto/rand"
	"errors"
	"io"
	"testing"
)

// readerOnly hides every method but Read, so io.Copy must use the
// destination's ReadFrom (or a plain Read/Write loop).
type readerOnly struct{ r io.Reader }

func (r readerOnly) Read(p []byte) (int, error) { return r.r.Read(p) }

// writerOnly hides every method but Write, so io.Copy must use the source's
// WriteTo.
type writerOnly struct{ w io.Writer }

func (w writerOnly) Write(p []byte) (int, error) { return w.w.Write(p) }

// smallReads returns at most n bytes per Read, like a network connection.
type smallReads struct {
	r io.Reader
	n int
}

func (s smallReads) Read(p []byte) (int, error) { return s.r.Read(p[:min(len(p), s.n)]) }

// failAfter yields data and then err instead of io.EOF.
func failAfter(data []byte, err error) io.Reader {
	return io.MultiReader(bytes.NewReader(data), errReader{err})
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

var errSource = errors.New("source broke")

// TestFileCopyPathsMatchWrite checks that io.Copy through ReadFrom makes the
// same bytes as Write (same randomness), and that WriteTo and Read give the
// same plaintext, for sizes around chunk boundaries.
func TestFileCopyPathsMatchWrite(t *testing.T) {
	pk, sk := testKeys(t)
	b := Binding{ChainID: 10, SecretID: 11}
	random := make([]byte, fileIDSize+EncapsulationRandomSize)
	if _, err := rand.Read(random); err != nil {
		t.Fatal(err)
	}
	const chunk = 50
	for _, n := range []int{0, 1, chunk - 1, chunk, chunk + 1, 3 * chunk, 3*chunk + 7} {
		pt := make([]byte, n)
		_, _ = rand.Read(pt)
		viaWrite := encryptFile(t, pk, b, pt, WithChunkSize(chunk), withRandom(bytes.NewReader(random)))

		for _, readSize := range []int{1, 7, chunk, 4096} {
			var out bytes.Buffer
			w, err := NewFileWriter(&out, pk, b, WithChunkSize(chunk), withRandom(bytes.NewReader(random)))
			if err != nil {
				t.Fatal(err)
			}
			copied, err := io.Copy(w, smallReads{bytes.NewReader(pt), readSize})
			if err != nil || copied != int64(n) {
				t.Fatalf("size %d, reads of %d: copied %d: %v", n, readSize, copied, err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out.Bytes(), viaWrite) {
				t.Fatalf("size %d, reads of %d: ReadFrom output differs from Write output", n, readSize)
			}
		}

		r, err := NewFileReader(bytes.NewReader(viaWrite), sk, b)
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if _, err := io.Copy(writerOnly{&got}, r); err != nil {
			t.Fatalf("size %d: WriteTo: %v", n, err)
		}
		if !bytes.Equal(got.Bytes(), pt) {
			t.Fatalf("size %d: WriteTo gave other plaintext", n)
		}
	}
}

// TestFileReaderReadThenWriteTo mixes Read and WriteTo on one reader.
func TestFileReaderReadThenWriteTo(t *testing.T) {
	pk, sk := testKeys(t)
	b := Binding{ChainID: 1, SecretID: 1}
	pt := make([]byte, 333)
	_, _ = rand.Read(pt)
	ct := encryptFile(t, pk, b, pt, WithChunkSize(100))
	r, err := NewFileReader(bytes.NewReader(ct), sk, b)
	if err != nil {
		t.Fatal(err)
	}
	head := make([]byte, 30)
	if _, err := io.ReadFull(r, head); err != nil {
		t.Fatal(err)
	}
	var rest bytes.Buffer
	if _, err := r.WriteTo(&rest); err != nil {
		t.Fatal(err)
	}
	if got := append(head, rest.Bytes()...); !bytes.Equal(got, pt) {
		t.Fatal("Read then WriteTo lost or reordered bytes")
	}
	if n, err := r.Read(make([]byte, 1)); n != 0 || err != io.EOF {
		t.Fatalf("after the end: %d, %v", n, err)
	}
}

// TestFileWriterSourceFailure checks that a source error poisons the writer:
// Close reports it and writes no last chunk, so the output reads as
// truncated rather than as a complete, shorter file.
func TestFileWriterSourceFailure(t *testing.T) {
	pk, sk := testKeys(t)
	b := Binding{ChainID: 1, SecretID: 1}
	for _, n := range []int{0, 10, 64, 100} { // before, inside and at chunk ends
		var out bytes.Buffer
		w, err := NewFileWriter(&out, pk, b, WithChunkSize(32))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(w, readerOnly{failAfter(make([]byte, n), errSource)}); !errors.Is(err, errSource) {
			t.Fatalf("%d bytes: copy returned %v", n, err)
		}
		if err := w.Close(); !errors.Is(err, errSource) {
			t.Fatalf("%d bytes: close returned %v", n, err)
		}
		if _, err := w.Write([]byte("x")); err == nil {
			t.Fatalf("%d bytes: write after failure accepted", n)
		}
		if _, err := decryptFile(sk, b, out.Bytes()); !errors.Is(err, ErrTruncated) {
			t.Fatalf("%d bytes: output of a failed copy reads as %v, want truncated", n, err)
		}
	}
}

// TestFileReaderErrorAfterLastChunk checks a failing read after the last
// chunk is reported, not taken for a clean end of file.
func TestFileReaderErrorAfterLastChunk(t *testing.T) {
	pk, sk := testKeys(t)
	b := Binding{ChainID: 1, SecretID: 1}
	ct := encryptFile(t, pk, b, []byte("complete"), WithChunkSize(4))
	for _, name := range []string{"Read", "WriteTo"} {
		r, err := NewFileReader(failAfter(ct, errSource), sk, b)
		if err != nil {
			t.Fatal(err)
		}
		if name == "Read" {
			_, err = io.ReadAll(r)
		} else {
			_, err = r.WriteTo(io.Discard)
		}
		if !errors.Is(err, errSource) {
			t.Fatalf("%s: got %v, want the source's error", name, err)
		}
	}
}

// TestFileWriteToWithholdsUnauthenticatedData: like the Read test, through
// WriteTo, and with a splice, since WriteTo has its own loop.
func TestFileWriteToWithholdsUnauthenticatedData(t *testing.T) {
	pk, sk := testKeys(t)
	b := Binding{ChainID: 1, SecretID: 2}
	pt := bytes.Repeat([]byte("B"), 100)
	ct := encryptFile(t, pk, b, pt, WithChunkSize(40))
	ct[len(ct)-3] ^= 1
	r, err := NewFileReader(bytes.NewReader(ct), sk, b)
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	n, err := r.WriteTo(&got)
	if !errors.Is(err, ErrChunkAuth) || n != 80 || got.Len() != 80 {
		t.Fatalf("wrote %d bytes, err %v; want the 80 authenticated bytes and ErrChunkAuth", n, err)
	}
	if _, err := r.WriteTo(io.Discard); !errors.Is(err, ErrChunkAuth) {
		t.Fatalf("second WriteTo: %v", err)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errSource }

func TestFileWriteToDestinationError(t *testing.T) {
	pk, sk := testKeys(t)
	b := Binding{ChainID: 1, SecretID: 2}
	ct := encryptFile(t, pk, b, []byte("data"), WithChunkSize(40))
	r, err := NewFileReader(bytes.NewReader(ct), sk, b)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.WriteTo(failingWriter{}); !errors.Is(err, errSource) {
		t.Fatalf("got %v", err)
	}
}

func TestNilKeysRefused(t *testing.T) {
	pk, sk := testKeys(t)
	b := Binding{ChainID: 1, SecretID: 1}
	cifer, msg, err := Seal(pk, b, []byte("x"))
	if err != nil {
		t.Fatal(err)
	}
	ct := encryptFile(t, pk, b, []byte("x"))
	if _, _, err := Seal(nil, b, []byte("x")); !errors.Is(err, ErrPublicKey) {
		t.Fatalf("seal to nil key: %v", err)
	}
	if _, err := NewFileWriter(io.Discard, nil, b); !errors.Is(err, ErrPublicKey) {
		t.Fatalf("file to nil key: %v", err)
	}
	if _, err := Open(nil, b, cifer, msg); !errors.Is(err, ErrNoPrivateKey) {
		t.Fatalf("open with nil key: %v", err)
	}
	sk.Zero()
	if _, err := Open(sk, b, cifer, msg); !errors.Is(err, ErrNoPrivateKey) {
		t.Fatalf("open with zeroed key: %v", err)
	}
	if _, err := NewFileReader(bytes.NewReader(ct), sk, b); !errors.Is(err, ErrNoPrivateKey) {
		t.Fatalf("file with zeroed key: %v", err)
	}
}

// TestFileReaderClose checks Close wipes plaintext left in the buffer by a
// caller that stopped early, and that reads after Close fail.
func TestFileReaderClose(t *testing.T) {
	pk, sk := testKeys(t)
	b := Binding{ChainID: 1, SecretID: 1}
	pt := bytes.Repeat([]byte{0xAB}, 64)
	ct := encryptFile(t, pk, b, pt, WithChunkSize(64))
	r, err := NewFileReader(bytes.NewReader(ct), sk, b)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadFull(r, make([]byte, 8)); err != nil {
		t.Fatal(err)
	}
	buf := r.buf[:cap(r.buf)]
	if !bytes.Contains(buf, pt[:56]) {
		t.Fatal("test premise: the unread plaintext should be in the buffer")
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf, make([]byte, len(buf))) {
		t.Fatal("Close left bytes in the buffer")
	}
	if n, err := r.Read(make([]byte, 8)); n != 0 || err == nil || err == io.EOF {
		t.Fatalf("read after close: %d, %v", n, err)
	}
}
