package envelope

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"io"
	mrand "math/rand/v2"
	"testing"
)

func encryptFile(t testing.TB, pk *PublicKey, b Binding, pt []byte, opts ...FileOption) []byte {
	t.Helper()
	var out bytes.Buffer
	w, err := NewFileWriter(&out, pk, b, opts...)
	if err != nil {
		t.Fatal(err)
	}
	// Write in uneven pieces to exercise buffering.
	for rest := pt; len(rest) > 0; {
		n := min(len(rest), 1+len(rest)/3)
		if _, err := w.Write(rest[:n]); err != nil {
			t.Fatal(err)
		}
		rest = rest[n:]
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func decryptFile(sk *PrivateKey, b Binding, ct []byte) ([]byte, error) {
	r, err := NewFileReader(bytes.NewReader(ct), sk, b)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

func TestFileRoundTripManySizes(t *testing.T) {
	pk, sk := testKeys(t)
	b := Binding{ChainID: 84532, SecretID: 9}
	rng := mrand.New(mrand.NewChaCha8([32]byte{3}))
	for _, chunk := range []int{1, 7, 64, 1000} {
		sizes := []int{0, 1, chunk - 1, chunk, chunk + 1, 2 * chunk, 3*chunk + 5}
		for i := 0; i < 6; i++ {
			sizes = append(sizes, rng.IntN(5*chunk+10))
		}
		for _, n := range sizes {
			if n < 0 {
				continue
			}
			pt := make([]byte, n)
			_, _ = rand.Read(pt)
			ct := encryptFile(t, pk, b, pt, WithChunkSize(chunk))
			chunks := n/chunk + 1 // the last chunk is empty when n is a multiple
			if want := FileHeaderSize + chunks*(chunkFrameSize+GCMTagSize) + n; len(ct) != want {
				t.Fatalf("chunk %d size %d: %d bytes, want %d", chunk, n, len(ct), want)
			}
			got, err := decryptFile(sk, b, ct)
			if err != nil || !bytes.Equal(got, pt) {
				t.Fatalf("chunk %d size %d: %v", chunk, n, err)
			}
		}
	}
}

// frames splits an encrypted file into its header and chunk frames.
func frames(t testing.TB, ct []byte, chunk int) (header []byte, chunks [][]byte) {
	t.Helper()
	header, rest := ct[:FileHeaderSize], ct[FileHeaderSize:]
	for len(rest) > 0 {
		n := chunkFrameSize + int(uint32(rest[chunkFrameSize-4])<<24|uint32(rest[chunkFrameSize-3])<<16|uint32(rest[chunkFrameSize-2])<<8|uint32(rest[chunkFrameSize-1]))
		chunks = append(chunks, rest[:n])
		rest = rest[n:]
	}
	return header, chunks
}

func join(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

func TestFileDetectsTampering(t *testing.T) {
	pk, sk := testKeys(t)
	otherPK, otherSK := testKeys(t)
	b := Binding{ChainID: 1, SecretID: 2}
	const chunk = 32
	pt := make([]byte, 4*chunk+10) // 5 chunks
	_, _ = rand.Read(pt)
	ct := encryptFile(t, pk, b, pt, WithChunkSize(chunk))
	h, c := frames(t, ct, chunk)
	if len(c) != 5 {
		t.Fatalf("%d chunks", len(c))
	}
	other := encryptFile(t, pk, b, pt, WithChunkSize(chunk)) // same secret, same data
	_, oc := frames(t, other, chunk)
	flipAt := func(i int) []byte { out := append([]byte(nil), ct...); out[i] ^= 0x10; return out }

	tests := []struct {
		name string
		sk   *PrivateKey
		b    Binding
		in   []byte
		want error
	}{
		{"drop last chunk", sk, b, join(h, c[0], c[1], c[2], c[3]), ErrTruncated},
		{"cut inside a chunk", sk, b, ct[:len(ct)-5], ErrTruncated},
		{"header only", sk, b, h, ErrTruncated},
		{"cut inside header", sk, b, h[:100], ErrTruncated},
		{"swap two chunks", sk, b, join(h, c[0], c[2], c[1], c[3], c[4]), ErrChunkOrder},
		{"drop a middle chunk", sk, b, join(h, c[0], c[2], c[3], c[4]), ErrChunkOrder},
		{"duplicate a chunk", sk, b, join(h, c[0], c[0], c[1], c[2], c[3], c[4]), ErrChunkOrder},
		{"chunk from another file", sk, b, join(h, c[0], oc[1], c[2], c[3], c[4]), ErrSpliced},
		{"flipped bit in chunk body", sk, b, flipAt(FileHeaderSize + chunkFrameSize + 3), ErrChunkAuth},
		{"flipped bit in last tag", sk, b, flipAt(len(ct) - 1), ErrChunkAuth},
		{"last flag set early", sk, b, func() []byte {
			x := join(h, c[0], c[1])
			x[FileHeaderSize+chunkFrameSize+chunk+GCMTagSize+fileIDSize+8] |= flagLast
			return x
		}(), ErrChunkAuth},
		{"trailing data", sk, b, join(ct, []byte{0}), ErrTrailingData},
		{"wrong key", otherSK, b, ct, ErrWrongSecret},
		{"wrong binding", sk, Binding{ChainID: 1, SecretID: 3}, ct, ErrWrongSecret},
		{"flipped bit in header", sk, b, flipAt(200), ErrWrongSecret},
		{"not a cifer file", sk, b, bytes.Repeat([]byte("x"), 2000), ErrNotCiferFile},
	}
	_ = otherPK
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := decryptFile(tc.sk, tc.b, tc.in)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

// TestFileReaderWithholdsUnauthenticatedData checks that a reader never
// returns plaintext from a chunk that fails, and that a truncated stream
// ends in an error, not io.EOF.
func TestFileReaderWithholdsUnauthenticatedData(t *testing.T) {
	pk, sk := testKeys(t)
	b := Binding{ChainID: 1, SecretID: 2}
	pt := bytes.Repeat([]byte("A"), 100)
	ct := encryptFile(t, pk, b, pt, WithChunkSize(40))
	ct[len(ct)-3] ^= 1 // last chunk corrupt
	r, err := NewFileReader(bytes.NewReader(ct), sk, b)
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(r)
	if !errors.Is(err, ErrChunkAuth) {
		t.Fatalf("got %v", err)
	}
	if len(got) != 80 {
		t.Fatalf("returned %d bytes; only the 80 authenticated ones may come out", len(got))
	}
}

func TestFileChunkSizeLimits(t *testing.T) {
	pk, _ := testKeys(t)
	for _, n := range []int{0, -1, MaxChunkSize + 1} {
		if _, err := NewFileWriter(io.Discard, pk, Binding{}, WithChunkSize(n)); err == nil {
			t.Fatalf("chunk size %d accepted", n)
		}
	}
}

// FuzzFileHeader parses arbitrary headers and, when one parses, tries to
// open it with the key of the genuine file: only the genuine header may open.
// ReadFileHeader, reading the same bytes from a stream, must agree with it.
func FuzzFileHeader(f *testing.F) {
	pk, sk := fixedKeys(f)
	ct := encryptFile(f, pk, Binding{ChainID: 1, SecretID: 1}, []byte("hello"), WithChunkSize(4), fuzzRandom("header"))
	genuine := ct[:FileHeaderSize]
	f.Add(genuine)
	f.Add([]byte("CIFERSTR"))
	f.Add([]byte("CIFERSTR\x01"))
	f.Add(append(append([]byte(nil), genuine[:100]...), make([]byte, FileHeaderSize-100)...))
	f.Add(flip(genuine, 13))
	f.Add(flip(genuine, 30))
	f.Fuzz(func(t *testing.T, b []byte) {
		h, err := ParseFileHeader(b)
		hr, rerr := ReadFileHeader(bytes.NewReader(b))
		if (err == nil) != (rerr == nil) || (err == nil && hr.raw != h.raw) {
			t.Fatalf("ParseFileHeader says %v, ReadFileHeader says %v", err, rerr)
		}
		if err != nil {
			if !errors.Is(err, ErrTruncated) && !errors.Is(err, ErrNotCiferFile) && !errors.Is(err, ErrHeaderCorrupt) {
				t.Fatalf("undocumented error: %v", err)
			}
			return
		}
		if h.ChunkSize < 1 || h.ChunkSize > MaxChunkSize {
			t.Fatalf("accepted chunk size %d", h.ChunkSize)
		}
		if _, err := h.NewReader(bytes.NewReader(nil), sk, h.Binding); err == nil && !bytes.Equal(b[:FileHeaderSize], genuine) {
			t.Fatal("a forged header authenticated")
		}
	})
}

// FuzzFileReader feeds arbitrary chunk bytes after a valid header, through
// both Read and WriteTo: either may fail but must not panic, allocate
// without bound, return data that was not sealed, or disagree with the other.
func FuzzFileReader(f *testing.F) {
	pk, sk := fixedKeys(f)
	b := Binding{ChainID: 1, SecretID: 1}
	want := []byte("hello, world")
	ct := encryptFile(f, pk, b, want, WithChunkSize(5), fuzzRandom("reader"))
	header, tail := ct[:FileHeaderSize], ct[FileHeaderSize:]
	_, other := frames(f, encryptFile(f, pk, b, want, WithChunkSize(5), fuzzRandom("other")), 5)
	_, own := frames(f, ct, 5)
	f.Add(tail)
	f.Add([]byte{})
	f.Add(tail[:len(tail)-1])
	f.Add(join(tail, []byte{0}))
	f.Add(join(own[0], own[2], own[1]))
	f.Add(join(own[0], other[1], own[2]))
	f.Fuzz(func(t *testing.T, tail []byte) {
		open := func() *FileReader {
			r, err := NewFileReader(io.MultiReader(bytes.NewReader(header), bytes.NewReader(tail)), sk, b)
			if err != nil {
				t.Fatalf("valid header refused: %v", err)
			}
			return r
		}
		got, readErr := io.ReadAll(open())
		var viaWriteTo bytes.Buffer
		_, writeToErr := open().WriteTo(&viaWriteTo)
		if readErr == nil && !bytes.Equal(got, want) {
			t.Fatalf("forged content accepted: %q", got)
		}
		if !bytes.Equal(got, viaWriteTo.Bytes()) || (readErr == nil) != (writeToErr == nil) ||
			(readErr != nil && readErr.Error() != writeToErr.Error()) {
			t.Fatalf("Read and WriteTo disagree: %q %v / %q %v", got, readErr, viaWriteTo.Bytes(), writeToErr)
		}
	})
}

// fuzzRandom fixes a writer's file ID and encapsulation, so fuzz targets see
// the same genuine file on every run.
func fuzzRandom(label string) FileOption {
	return withRandom(bytes.NewReader(vectorBytes("fuzz file "+label, fileIDSize+EncapsulationRandomSize)))
}

func benchFileEncrypt(b *testing.B, chunk, total int) { benchFileEncryptWrites(b, chunk, total, 1<<20) }

// benchFileEncryptWrites writes total bytes in writes of writeSize bytes.
func benchFileEncryptWrites(b *testing.B, chunk, total, writeSize int) {
	pk, _ := testKeys(b)
	data := make([]byte, writeSize)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		w, err := NewFileWriter(io.Discard, pk, Binding{ChainID: 1, SecretID: 1}, WithChunkSize(chunk))
		if err != nil {
			b.Fatal(err)
		}
		for n := 0; n < total; n += len(data) {
			if _, err := w.Write(data[:min(len(data), total-n)]); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// benchRawGCM seals the same amount of data with AES-256-GCM in place, chunk
// by chunk: the floor the file format is measured against.
func benchRawGCM(b *testing.B, chunk, total int) {
	key := make([]byte, 32)
	block, _ := aes.NewCipher(key)
	aead, _ := cipher.NewGCM(block)
	buf := make([]byte, chunk+GCMTagSize)
	nonce := make([]byte, 12)
	b.SetBytes(int64(total))
	for i := 0; i < b.N; i++ {
		for n := 0; n < total; n += chunk {
			m := min(chunk, total-n)
			aead.Seal(buf[:0], nonce, buf[:m], nil)
		}
	}
}

// repeatSource yields total bytes from a small buffer without implementing
// WriterTo, like a file or connection: io.Copy goes through ReadFrom.
type repeatSource struct {
	data []byte
	left int
}

func (r *repeatSource) Read(p []byte) (int, error) {
	if r.left == 0 {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), r.left)], r.data)
	r.left -= n
	return n, nil
}

func benchFileEncryptCopy(b *testing.B, chunk, total int) {
	pk, _ := testKeys(b)
	data := make([]byte, 1<<20)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		w, err := NewFileWriter(io.Discard, pk, Binding{ChainID: 1, SecretID: 1}, WithChunkSize(chunk))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := io.Copy(w, &repeatSource{data: data, left: total}); err != nil {
			b.Fatal(err)
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

func benchFileDecrypt(b *testing.B, chunk, total int) {
	pk, sk := testKeys(b)
	bind := Binding{ChainID: 1, SecretID: 1}
	ct := encryptFile(b, pk, bind, make([]byte, total), WithChunkSize(chunk))
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := NewFileReader(bytes.NewReader(ct), sk, bind)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := r.WriteTo(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// benchRawGCMOpen opens chunk after chunk in place: the floor for decryption.
func benchRawGCMOpen(b *testing.B, chunk, total int) {
	block, _ := aes.NewCipher(make([]byte, 32))
	aead, _ := cipher.NewGCM(block)
	nonce := make([]byte, 12)
	sealed := aead.Seal(nil, nonce, make([]byte, chunk), nil)
	buf := make([]byte, len(sealed))
	b.SetBytes(int64(total))
	for i := 0; i < b.N; i++ {
		for n := 0; n < total; n += chunk {
			copy(buf, sealed) // Open in place destroys the input; the reader reads it afresh too
			if _, err := aead.Open(buf[:0], nonce, buf, nil); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkRawAESGCM_1MiBChunks_64MiB(b *testing.B)   { benchRawGCM(b, 1<<20, 64<<20) }
func BenchmarkFileEncrypt_1MiBChunks_64MiB(b *testing.B) { benchFileEncrypt(b, 1<<20, 64<<20) }
func BenchmarkRawAESGCM_64MiBChunks_128MiB(b *testing.B) { benchRawGCM(b, 64<<20, 128<<20) }
func BenchmarkFileEncrypt_64MiBChunks_128MiB(b *testing.B) {
	benchFileEncrypt(b, 64<<20, 128<<20)
}
func BenchmarkFileEncryptCopy_64MiBChunks_128MiB(b *testing.B) {
	benchFileEncryptCopy(b, 64<<20, 128<<20)
}
func BenchmarkRawAESGCMOpen_1MiBChunks_64MiB(b *testing.B) { benchRawGCMOpen(b, 1<<20, 64<<20) }
func BenchmarkFileDecrypt_1MiBChunks_64MiB(b *testing.B)   { benchFileDecrypt(b, 1<<20, 64<<20) }

// Whole-chunk writes are sealed straight from the caller's memory.
func BenchmarkFileEncrypt_64MiBChunks_128MiB_64MiBWrites(b *testing.B) {
	benchFileEncryptWrites(b, 64<<20, 128<<20, 64<<20)
}

// Intermediate chunk sizes, for choosing the default.
func BenchmarkRawAESGCM_4MiBChunks_128MiB(b *testing.B)    { benchRawGCM(b, 4<<20, 128<<20) }
func BenchmarkFileEncrypt_4MiBChunks_128MiB(b *testing.B)  { benchFileEncrypt(b, 4<<20, 128<<20) }
func BenchmarkRawAESGCM_16MiBChunks_128MiB(b *testing.B)   { benchRawGCM(b, 16<<20, 128<<20) }
func BenchmarkFileEncrypt_16MiBChunks_128MiB(b *testing.B) { benchFileEncrypt(b, 16<<20, 128<<20) }
