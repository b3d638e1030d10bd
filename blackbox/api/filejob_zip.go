package api

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"path"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/envelope"
)

// The job result format (COMPAT.md): a ZIP of metadata.json and
// chunk_0.enc … chunk_<N-1>.enc, one cifer per chunk. Each chunk_<i>.enc is
// a complete envelope stream (docs/PROTOCOL.md, streaming file format) of
// ZipChunkSize plaintext bytes with its own encapsulation, and cifers[i] is
// that stream's KEM ciphertext and header tag (bytes 70..1174 of its
// header): exactly the 1104 bytes a cifer is. Chunks are stored, not
// deflated (ciphertext does not compress), and metadata.json is written
// last, once the hash and cifers are known.
//
// The streams authenticate themselves; what binds them together is
// originalHash, the SHA-256 of the whole plaintext, checked after
// decryption, so dropped, reordered or swapped chunks fail the job.

const (
	metadataName = "metadata.json"
	// metadataFormat names this chunk encoding so files of another encoding
	// are refused with a clear error rather than deep in decryption.
	metadataFormat = "cifer-stream-v1"
	// maxMetadataSize bounds metadata.json: maxZipChunks cifers in hex.
	maxMetadataSize = 4 << 20
	maxZipChunks    = 1024
	// ciferOffset is where a stream header's KEM ciphertext starts.
	ciferOffset = envelope.FileHeaderSize - envelope.CiferSize
)

// ErrBadCiferFile means an uploaded file is not a readable encrypt-file
// result.
var ErrBadCiferFile = errors.New("not a CIFER encrypted file")

// fileMetadata is metadata.json.
type fileMetadata struct {
	Version      int      `json:"version"`
	Format       string   `json:"format"`
	Cifers       []string `json:"cifers"`
	SecretID     flexUint `json:"secretId"`
	ChainID      flexUint `json:"chainId"`
	OriginalHash string   `json:"originalHash"`
	ChunkCount   int      `json:"chunkCount"`
	ChunkSize    int64    `json:"chunkSize"`
	OriginalName string   `json:"originalName"`
	OriginalSize int64    `json:"originalSize"`

	cifers [][]byte
	hash   [32]byte
}

// flexUint reads a number or a decimal string (clients differ), and writes
// a number.
type flexUint struct {
	V   uint64
	Set bool
}

func (f flexUint) MarshalJSON() ([]byte, error) { return strconv.AppendUint(nil, f.V, 10), nil }

func (f *flexUint) UnmarshalJSON(b []byte) error {
	s := string(b)
	if s == "null" {
		return nil
	}
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		s = s[1 : len(s)-1]
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return fmt.Errorf("not an unsigned integer: %.40q", s)
	}
	f.V, f.Set = v, true
	return nil
}

// parseFileMetadata decodes and checks metadata.json from an untrusted file.
func parseFileMetadata(raw []byte) (*fileMetadata, error) {
	if len(raw) > maxMetadataSize {
		return nil, fmt.Errorf("%w: metadata.json exceeds %d bytes", ErrBadCiferFile, maxMetadataSize)
	}
	m := new(fileMetadata)
	if err := json.Unmarshal(raw, m); err != nil {
		return nil, fmt.Errorf("%w: metadata.json: %v", ErrBadCiferFile, err)
	}
	if m.Format != metadataFormat {
		return nil, fmt.Errorf("%w: metadata.json format %.40q is not %q", ErrBadCiferFile, m.Format, metadataFormat)
	}
	if !m.SecretID.Set {
		return nil, fmt.Errorf("%w: metadata.json has no secretId", ErrBadCiferFile)
	}
	if len(m.Cifers) == 0 || len(m.Cifers) > maxZipChunks {
		return nil, fmt.Errorf("%w: metadata.json has %d cifers, want 1 to %d", ErrBadCiferFile, len(m.Cifers), maxZipChunks)
	}
	if m.ChunkCount != 0 && m.ChunkCount != len(m.Cifers) {
		return nil, fmt.Errorf("%w: chunkCount %d but %d cifers", ErrBadCiferFile, m.ChunkCount, len(m.Cifers))
	}
	if m.OriginalSize < 0 {
		return nil, fmt.Errorf("%w: negative originalSize", ErrBadCiferFile)
	}
	m.cifers = make([][]byte, len(m.Cifers))
	for i, c := range m.Cifers {
		b, err := decodeLenient(c)
		if err != nil || len(b) != envelope.CiferSize {
			return nil, fmt.Errorf("%w: cifers[%d] is not %d bytes of hex or base64", ErrBadCiferFile, i, envelope.CiferSize)
		}
		m.cifers[i] = b
	}
	h, err := decodeLenient(m.OriginalHash)
	if err != nil || len(h) != sha256.Size {
		return nil, fmt.Errorf("%w: originalHash is not a SHA-256 in hex", ErrBadCiferFile)
	}
	copy(m.hash[:], h)
	m.OriginalName = cleanFileName(m.OriginalName)
	return m, nil
}

// decodeLenient reads hex (with or without 0x) or standard base64.
func decodeLenient(s string) ([]byte, error) {
	t := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if b, err := hex.DecodeString(t); err == nil {
		return b, nil
	}
	return base64.StdEncoding.DecodeString(s)
}

// cleanFileName keeps a name that is safe in a Content-Disposition header
// and as a download name: the last path element, printable UTF-8, at most
// 255 bytes.
func cleanFileName(name string) string {
	name = strings.ReplaceAll(name, "\\", "/")
	name = path.Base(name)
	if name == "." || name == "/" || name == ".." {
		return ""
	}
	var b strings.Builder
	for _, r := range name {
		if r < 0x20 || r == 0x7f || r == '"' || r == utf8.RuneError {
			r = '_'
		}
		if b.Len()+utf8.RuneLen(r) > 255 {
			break
		}
		b.WriteRune(r)
	}
	return b.String()
}

// ciferZip is an opened, structurally checked result ZIP.
type ciferZip struct {
	meta   *fileMetadata
	ra     io.ReaderAt
	size   int64
	chunks []zipEntry
	// sealedSize is the bytes of all chunk streams, for progress.
	sealedSize int64
}

// readCiferZip checks an untrusted ZIP: metadata.json parses, every chunk
// it announces is present exactly once, nothing claims absurd sizes. The
// directory is read by readZipDirectory, bounded by the most entries a
// result can hold, so its cost does not grow with what an upload claims.
func readCiferZip(ra io.ReaderAt, size int64) (*ciferZip, error) {
	entries, err := readZipDirectory(ra, size, maxZipEntries)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadCiferFile, err)
	}
	byName := make(map[string]int, len(entries))
	for i, e := range entries {
		if _, dup := byName[e.Name]; dup {
			return nil, fmt.Errorf("%w: %.60q appears twice", ErrBadCiferFile, e.Name)
		}
		byName[e.Name] = i
	}
	mi, ok := byName[metadataName]
	if !ok {
		return nil, fmt.Errorf("%w: no metadata.json", ErrBadCiferFile)
	}
	mf := &entries[mi]
	if mf.UncompressedSize > maxMetadataSize {
		return nil, fmt.Errorf("%w: metadata.json exceeds %d bytes", ErrBadCiferFile, maxMetadataSize)
	}
	rc, err := mf.open(ra, size)
	if err != nil {
		return nil, fmt.Errorf("%w: metadata.json: %v", ErrBadCiferFile, err)
	}
	raw, err := io.ReadAll(io.LimitReader(rc, maxMetadataSize+1))
	rc.Close()
	if err != nil {
		return nil, fmt.Errorf("%w: metadata.json: %v", ErrBadCiferFile, err)
	}
	meta, err := parseFileMetadata(raw)
	if err != nil {
		return nil, err
	}
	cz := &ciferZip{meta: meta, ra: ra, size: size, chunks: make([]zipEntry, len(meta.cifers))}
	for i := range cz.chunks {
		j, ok := byName[chunkName(i)]
		if !ok {
			return nil, fmt.Errorf("%w: %s is missing", ErrBadCiferFile, chunkName(i))
		}
		f := entries[j]
		if f.UncompressedSize < envelope.FileHeaderSize || f.UncompressedSize > 1<<40 {
			return nil, fmt.Errorf("%w: %s has %d bytes", ErrBadCiferFile, chunkName(i), f.UncompressedSize)
		}
		cz.chunks[i] = f
		cz.sealedSize += int64(f.UncompressedSize)
	}
	return cz, nil
}

func chunkName(i int) string { return "chunk_" + strconv.Itoa(i) + ".enc" }

// headerError is a stream header that does not fit the request or the
// metadata: a client error (400), unlike a failed decryption.
type headerError struct{ msg string }

func (e *headerError) Error() string { return e.msg }

// streams reads each chunk's header, checks it against b, the metadata's
// cifer and the chunk-size bound, and returns streams whose bodies reopen
// the entry lazily: one decompressor at a time, however many chunks.
func (cz *ciferZip) streams(b envelope.Binding, maxChunk int, progress *countingSink) ([]blackbox.FileStream, error) {
	out := make([]blackbox.FileStream, len(cz.chunks))
	for i := range cz.chunks {
		f := &cz.chunks[i]
		rc, err := f.open(cz.ra, cz.size)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrBadCiferFile, f.Name, err)
		}
		var raw bytes.Buffer
		h, err := envelope.ReadFileHeader(io.TeeReader(rc, &raw))
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrBadCiferFile, f.Name, err)
		}
		if h.Binding != b {
			return nil, &headerError{fmt.Sprintf("File was encrypted for chain %d secret %d, not chain %d secret %d",
				h.Binding.ChainID, h.Binding.SecretID, b.ChainID, b.SecretID)}
		}
		if !bytes.Equal(raw.Bytes()[ciferOffset:], cz.meta.cifers[i]) {
			return nil, fmt.Errorf("%w: cifers[%d] does not match %s", ErrBadCiferFile, i, f.Name)
		}
		if h.ChunkSize > maxChunk {
			return nil, fmt.Errorf("%w: %s uses %d-byte chunks, this node accepts up to %d", ErrBadCiferFile, f.Name, h.ChunkSize, maxChunk)
		}
		out[i] = blackbox.FileStream{Header: h, Body: &lazyEntry{f: f, ra: cz.ra, size: cz.size, skip: envelope.FileHeaderSize, progress: progress}}
	}
	return out, nil
}

// lazyEntry opens a ZIP entry on first read, skips the header already
// parsed, and closes at the end.
type lazyEntry struct {
	f        *zipEntry
	ra       io.ReaderAt
	size     int64
	skip     int64
	rc       io.ReadCloser
	done     bool
	progress *countingSink
}

func (l *lazyEntry) Read(p []byte) (int, error) {
	if l.done {
		return 0, io.EOF
	}
	if l.rc == nil {
		rc, err := l.f.open(l.ra, l.size)
		if err != nil {
			return 0, err
		}
		if _, err := io.CopyN(io.Discard, rc, l.skip); err != nil {
			rc.Close()
			return 0, err
		}
		l.rc = rc
		l.progress.add(l.skip)
	}
	n, err := l.rc.Read(p)
	l.progress.add(int64(n))
	if err != nil {
		l.Close()
		l.done = errors.Is(err, io.EOF)
	}
	return n, err
}

func (l *lazyEntry) Close() error {
	if l.rc == nil {
		return nil
	}
	err := l.rc.Close()
	l.rc = nil
	return err
}

// countingSink feeds a job's progress.
type countingSink struct{ j *fileJob }

func (c *countingSink) add(n int64) {
	if c != nil && c.j != nil {
		c.j.done.Add(n)
	}
}

// encryptToZip writes the result ZIP of plaintext src (size bytes) to
// dstPath atomically (a temporary file renamed at the end).
func encryptToZip(ctx context.Context, dstPath string, src io.Reader, size int64, pk *envelope.PublicKey, b envelope.Binding,
	name string, zipChunk int64, streamChunk int, progress *countingSink, now time.Time) error {
	tmp := dstPath + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	ok := false
	defer func() {
		if !ok {
			f.Close()
			_ = os.Remove(tmp)
		}
	}()
	bw := bufio.NewWriterSize(f, 256<<10)
	zw := zip.NewWriter(bw)
	sum := sha256.New()
	in := &ctxReader{ctx: ctx, r: io.TeeReader(src, sum), progress: progress}
	n := max(1, (size+zipChunk-1)/zipChunk)
	if n > maxZipChunks {
		return fmt.Errorf("file of %d bytes needs %d chunks, more than %d", size, n, maxZipChunks)
	}
	meta := fileMetadata{Version: 1, Format: metadataFormat, SecretID: flexUint{V: b.SecretID}, ChainID: flexUint{V: b.ChainID},
		ChunkCount: int(n), ChunkSize: zipChunk, OriginalName: name, OriginalSize: size}
	for i := range int(n) {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: chunkName(i), Method: zip.Store, Modified: now})
		if err != nil {
			return err
		}
		hc := &headerCapture{w: w}
		fw, err := envelope.NewFileWriter(hc, pk, b, envelope.WithChunkSize(streamChunk))
		if err != nil {
			return err
		}
		want := min(zipChunk, size-int64(i)*zipChunk)
		got, err := io.CopyN(fw, in, want)
		if err != nil {
			_ = fw.Close()
			if errors.Is(err, io.EOF) {
				return fmt.Errorf("upload ended after %d of %d bytes", int64(i)*zipChunk+got, size)
			}
			return fmt.Errorf("encrypt chunk %d: %w", i, err)
		}
		if err := fw.Close(); err != nil {
			return fmt.Errorf("encrypt chunk %d: %w", i, err)
		}
		meta.Cifers = append(meta.Cifers, "0x"+hex.EncodeToString(hc.head[ciferOffset:]))
	}
	meta.OriginalHash = "0x" + hex.EncodeToString(sum.Sum(nil))
	mw, err := zw.CreateHeader(&zip.FileHeader{Name: metadataName, Method: zip.Deflate, Modified: now})
	if err != nil {
		return err
	}
	if err := json.NewEncoder(mw).Encode(meta); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, dstPath); err != nil {
		return err
	}
	ok = true
	return nil
}

// headerCapture passes writes through and keeps the first FileHeaderSize
// bytes (the stream header, whose tail is the chunk's cifer).
type headerCapture struct {
	w    io.Writer
	head []byte
}

func (h *headerCapture) Write(p []byte) (int, error) {
	if need := envelope.FileHeaderSize - len(h.head); need > 0 {
		h.head = append(h.head, p[:min(need, len(p))]...)
	}
	return h.w.Write(p)
}

// ctxReader stops a copy when the job is cancelled and counts progress.
type ctxReader struct {
	ctx      context.Context
	r        io.Reader
	progress *countingSink
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	n, err := c.r.Read(p)
	c.progress.add(int64(n))
	return n, err
}

// ctxWriter stops a copy when the job is cancelled.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c *ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}

// decryptStreams writes the plaintext of readers, in order, to dst and
// checks it against the metadata's hash and size.
func decryptStreams(ctx context.Context, dst io.Writer, readers []*envelope.FileReader, meta *fileMetadata) (int64, error) {
	var sum hash.Hash = sha256.New()
	out := &ctxWriter{ctx: ctx, w: io.MultiWriter(sum, dst)}
	var total int64
	for i, r := range readers {
		n, err := io.Copy(out, r)
		total += n
		if err != nil {
			return total, fmt.Errorf("decrypt chunk %d: %w", i, err)
		}
	}
	if !bytes.Equal(sum.Sum(nil), meta.hash[:]) {
		return total, errors.New("decrypted data does not match originalHash: chunks were dropped, reordered or replaced")
	}
	if meta.OriginalSize != 0 && total != meta.OriginalSize {
		return total, fmt.Errorf("decrypted %d bytes, metadata says %d", total, meta.OriginalSize)
	}
	return total, nil
}
