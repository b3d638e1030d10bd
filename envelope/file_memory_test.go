package envelope

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"hash"
	"io"
	mrand "math/rand/v2"
	"runtime"
	"testing"
)

// liveHeap returns the bytes of live heap objects, after a full collection.
func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// heapSampler is a sink that hashes what it receives and, on every write,
// records how far the live heap has grown above base.
type heapSampler struct {
	h       hash.Hash
	base    uint64
	maxGrow uint64
	samples int
}

func (s *heapSampler) Write(p []byte) (int, error) {
	if live := liveHeap(); live > s.base {
		s.maxGrow = max(s.maxGrow, live-s.base)
	}
	s.samples++
	return s.h.Write(p)
}

// TestFileStreamMemoryIsBounded streams a file of 32 chunks from a
// FileWriter through a pipe into a FileReader and samples the live heap as
// the plaintext comes out: the writer holds one chunk and the reader one,
// so growth must stay near two chunks, far below the file's size.
func TestFileStreamMemoryIsBounded(t *testing.T) {
	const (
		chunk   = 1 << 20
		chunks  = 32
		size    = chunks * chunk
		maxGrow = 4 * chunk // two chunk buffers plus generous slack
	)
	pk, sk := testKeys(t)
	b := Binding{ChainID: 84532, SecretID: 5}
	for _, path := range []string{"WriteTo", "Read"} {
		t.Run(path, func(t *testing.T) {
			src := mrand.NewChaCha8([32]byte{byte(len(path))})
			wantHash := sha256.New()
			pr, pw := io.Pipe()
			defer pr.Close()
			sink := &heapSampler{h: sha256.New()}
			// Two collections empty the chunk buffer pool, so both sides
			// allocate their buffers during the stream and the samples see them.
			liveHeap()
			sink.base = liveHeap()
			done := make(chan error, 1)
			go func() {
				err := func() error {
					w, err := NewFileWriter(pw, pk, b, WithChunkSize(chunk))
					if err != nil {
						return err
					}
					// io.Copy uses ReadFrom: the plaintext goes straight
					// into the chunk buffer, in uneven reads.
					if _, err := io.Copy(w, io.TeeReader(io.LimitReader(src, size), wantHash)); err != nil {
						return err
					}
					return w.Close()
				}()
				pw.CloseWithError(err)
				done <- err
			}()
			r, err := NewFileReader(pr, sk, b)
			if err != nil {
				t.Fatal(err)
			}
			var n int64
			if path == "WriteTo" {
				n, err = r.WriteTo(sink)
			} else {
				n, err = io.CopyBuffer(struct{ io.Writer }{sink}, struct{ io.Reader }{r}, make([]byte, 256<<10))
			}
			if err != nil {
				t.Fatal(err)
			}
			if werr := <-done; werr != nil {
				t.Fatal(werr)
			}
			if n != size || !bytes.Equal(sink.h.Sum(nil), wantHash.Sum(nil)) {
				t.Fatalf("streamed %d bytes, want %d, or the content differs", n, size)
			}
			if sink.samples < chunks {
				t.Fatalf("only %d heap samples", sink.samples)
			}
			t.Logf("%s: live heap grew at most %.2f MiB over %d samples", path, float64(sink.maxGrow)/(1<<20), sink.samples)
			if sink.maxGrow < chunk {
				t.Fatalf("live heap grew by %d bytes, less than the writer's one chunk: the samples miss the buffers", sink.maxGrow)
			}
			if sink.maxGrow > maxGrow {
				t.Fatalf("live heap grew by %d bytes while streaming a %d-byte file; want at most %d (about two chunks)",
					sink.maxGrow, size, maxGrow)
			}
		})
	}
}

// TestFileReaderDoesNotAllocateClaimedChunk gives a reader an authentic
// header that declares the largest chunk size, then a chunk frame claiming
// a full chunk followed by only a few bytes. The reader must report
// truncation having allocated about one read step, not the claimed size.
func TestFileReaderDoesNotAllocateClaimedChunk(t *testing.T) {
	pk, sk := testKeys(t)
	b := Binding{ChainID: 1, SecretID: 2}
	for _, tc := range []struct {
		name  string
		flags byte
		n     uint32
	}{
		{"full chunk", 0, MaxChunkSize + GCMTagSize},
		{"last chunk", flagLast, MaxChunkSize},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h, _, err := newFileHeader(pk, b, MaxChunkSize, bytes.NewReader(vectorBytes("huge "+tc.name, fileIDSize+EncapsulationRandomSize)))
			if err != nil {
				t.Fatal(err)
			}
			var in bytes.Buffer
			in.Write(h.raw[:])
			in.Write(h.FileID[:])
			in.Write(binary.BigEndian.AppendUint64(nil, 0))
			in.WriteByte(tc.flags)
			in.Write(binary.BigEndian.AppendUint32(nil, tc.n))
			in.Write(bytes.Repeat([]byte{0xAB}, 100))

			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			r, err := NewFileReader(&in, sk, b)
			if err != nil {
				t.Fatal(err)
			}
			_, err = io.ReadAll(r)
			runtime.ReadMemStats(&after)
			if !errors.Is(err, ErrTruncated) {
				t.Fatalf("got %v, want ErrTruncated", err)
			}
			// TotalAlloc counts every allocation, freed or not.
			got := after.TotalAlloc - before.TotalAlloc
			t.Logf("allocated %d bytes", got)
			if got > 4*readStep {
				t.Fatalf("allocated %d bytes for a chunk of 100 bytes claiming %d; want at most %d", got, tc.n, 4*readStep)
			}
		})
	}
}
