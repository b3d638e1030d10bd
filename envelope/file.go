package envelope

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/cifer-network/cifer/internal/avxstate"
)

// The streaming file format (docs/PROTOCOL.md has the byte layout):
//
//	header: magic "CIFERSTR" | version | reserved | chunk size | chain ID |
//	        secret ID | file ID | KEM ciphertext | header tag
//	chunk:  file ID | index | flags | length | AES-256-GCM(chunk)
//
// One encapsulation per file gives a file key. Chunk i is sealed under a
// nonce made of i and a last-chunk flag, with the frame header as associated
// data, so dropping, reordering or moving chunks breaks authentication. The
// file ID and index travel in the clear too, so the reader can say *which*
// of those happened.

const (
	fileMagic   = "CIFERSTR"
	fileVersion = 1
	// DefaultChunkSize is the plaintext size of every chunk but the last.
	DefaultChunkSize = 64 << 20
	// MaxChunkSize bounds what a header may ask a reader to buffer.
	MaxChunkSize = 256 << 20
	fileIDSize   = 16
	// FileHeaderSize is the size of the file header.
	FileHeaderSize = 8 + 1 + 1 + 4 + 8 + 32 + fileIDSize + KEMCiphertextSize + GCMTagSize
	// chunkFrameSize is the clear header in front of each sealed chunk.
	chunkFrameSize = fileIDSize + 8 + 1 + 4
	flagLast       = 0x01

	fileInfoLabel = "CIFER-file-v1"
	// readStep bounds how much a reader allocates ahead of the bytes that
	// actually arrived, so a header claiming huge chunks costs nothing until
	// the data is there.
	readStep = 1 << 20
)

var (
	// ErrNotCiferFile means the input does not start with a file header.
	ErrNotCiferFile = errors.New("not a CIFER encrypted file (bad magic or version)")
	// ErrHeaderCorrupt means the header is malformed.
	ErrHeaderCorrupt = errors.New("encrypted file header is malformed")
	// ErrWrongSecret means the file was made for another secret: its binding
	// names another chain or secret, or the key does not open its header.
	ErrWrongSecret = errors.New("file was not encrypted to this secret (or its header was altered)")
	// ErrTruncated means the file ends before its last chunk.
	ErrTruncated = errors.New("encrypted file is truncated: it ends before its last chunk")
	// ErrChunkOrder means a chunk is out of place (reordered, dropped or
	// duplicated).
	ErrChunkOrder = errors.New("encrypted file chunks are out of order")
	// ErrSpliced means a chunk belongs to another encrypted file.
	ErrSpliced = errors.New("encrypted file contains a chunk from another file")
	// ErrChunkAuth means a chunk does not authenticate: its bytes were
	// altered.
	ErrChunkAuth = errors.New("encrypted file chunk does not authenticate (altered data)")
	// ErrTrailingData means bytes follow the last chunk.
	ErrTrailingData = errors.New("encrypted file has data after its last chunk")

	errWriterClosed = errors.New("write to closed file writer")
	errReaderClosed = errors.New("read from closed file reader")
)

// FileOption configures a file writer.
type FileOption func(*fileOptions)

type fileOptions struct {
	chunkSize int
	random    io.Reader
}

// WithChunkSize sets the plaintext bytes per chunk (1..MaxChunkSize).
func WithChunkSize(n int) FileOption { return func(o *fileOptions) { o.chunkSize = n } }

// withRandom makes file IDs and encapsulations deterministic (test vectors).
func withRandom(r io.Reader) FileOption { return func(o *fileOptions) { o.random = r } }

// WithRandom makes the writer take its file ID (16 bytes) and encapsulation
// randomness (32 bytes) from r instead of crypto/rand. It exists for the
// cross-language test vectors, as SealDeterministic does: reusing randomness
// reuses the file key, so production code never sets it.
func WithRandom(r io.Reader) FileOption { return withRandom(r) }

// fileKeys are the two keys of one file.
type fileKeys struct {
	chunks cipher.AEAD
	header cipher.AEAD
}

func deriveFileKeys(shared []byte, b Binding, fileID []byte) (*fileKeys, error) {
	okm, err := hkdf.Key(sha256.New, shared, fileID, string(bindingInfo(fileInfoLabel, b)), FileKeySize)
	if err != nil {
		return nil, fmt.Errorf("derive file keys: %w", err)
	}
	defer clear(okm)
	return fileKeysFrom(okm)
}

// fileKeysFrom builds the ciphers from a file's 64-byte key material:
// chunk key, then header key.
func fileKeysFrom(okm []byte) (*fileKeys, error) {
	if len(okm) != FileKeySize {
		return nil, fmt.Errorf("%w: file key of %d bytes, want %d", ErrWrongSecret, len(okm), FileKeySize)
	}
	mk := func(key []byte) (cipher.AEAD, error) {
		block, err := aes.NewCipher(key)
		if err != nil {
			return nil, err
		}
		return cipher.NewGCM(block)
	}
	chunks, err := mk(okm[:32])
	if err != nil {
		return nil, fmt.Errorf("file cipher: %w", err)
	}
	header, err := mk(okm[32:])
	if err != nil {
		return nil, fmt.Errorf("file cipher: %w", err)
	}
	return &fileKeys{chunks: chunks, header: header}, nil
}

// chunkNonce is 3 zero bytes || index (8 bytes BE) || flags.
func chunkNonce(nonce *[12]byte, index uint64, flags byte) {
	*nonce = [12]byte{}
	binary.BigEndian.PutUint64(nonce[3:11], index)
	nonce[11] = flags
}

// FileHeader is the parsed header of an encrypted file.
type FileHeader struct {
	Binding   Binding
	ChunkSize int
	FileID    [fileIDSize]byte
	kemCT     [KEMCiphertextSize]byte
	raw       [FileHeaderSize]byte
}

// Raw returns the header's encoded bytes (a copy).
func (h *FileHeader) Raw() []byte { return append([]byte(nil), h.raw[:]...) }

func (h *FileHeader) encode() {
	b := h.raw[:0]
	b = append(b, fileMagic...)
	b = append(b, fileVersion, 0)
	b = binary.BigEndian.AppendUint32(b, uint32(h.ChunkSize))
	b = binary.BigEndian.AppendUint64(b, h.Binding.ChainID)
	b = append(b, make([]byte, 24)...)
	b = binary.BigEndian.AppendUint64(b, h.Binding.SecretID)
	b = append(b, h.FileID[:]...)
	_ = append(b, h.kemCT[:]...)
}

// ParseFileHeader decodes the fixed-size header. It checks structure only;
// the header tag is checked when the file is opened with a key.
func ParseFileHeader(b []byte) (*FileHeader, error) {
	if len(b) < FileHeaderSize {
		return nil, fmt.Errorf("%w: %d bytes", ErrTruncated, len(b))
	}
	if string(b[:8]) != fileMagic || b[8] != fileVersion {
		return nil, ErrNotCiferFile
	}
	if b[9] != 0 {
		return nil, fmt.Errorf("%w: reserved byte %d", ErrHeaderCorrupt, b[9])
	}
	cs := binary.BigEndian.Uint32(b[10:14])
	if cs == 0 || cs > MaxChunkSize {
		return nil, fmt.Errorf("%w: chunk size %d outside 1..%d", ErrHeaderCorrupt, cs, MaxChunkSize)
	}
	if !bytes.Equal(b[22:46], make([]byte, 24)) {
		return nil, fmt.Errorf("%w: secret id exceeds 64 bits", ErrHeaderCorrupt)
	}
	h := &FileHeader{
		Binding:   Binding{ChainID: binary.BigEndian.Uint64(b[14:22]), SecretID: binary.BigEndian.Uint64(b[46:54])},
		ChunkSize: int(cs),
	}
	copy(h.FileID[:], b[54:70])
	copy(h.kemCT[:], b[70:70+KEMCiphertextSize])
	copy(h.raw[:], b[:FileHeaderSize])
	return h, nil
}

// ReadFileHeader reads and parses the header from r, leaving r at the first
// chunk: a Black Box reads the binding first to know which secret's key to
// rebuild.
func ReadFileHeader(r io.Reader) (*FileHeader, error) {
	var b [FileHeaderSize]byte
	if n, err := io.ReadFull(r, b[:]); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			if n >= 9 && (string(b[:8]) != fileMagic || b[8] != fileVersion) {
				return nil, ErrNotCiferFile
			}
			return nil, fmt.Errorf("%w: header is %d of %d bytes", ErrTruncated, n, FileHeaderSize)
		}
		return nil, fmt.Errorf("read file header: %w", err)
	}
	return ParseFileHeader(b[:])
}

// FileWriter encrypts a stream to a secret's public key. Close must be
// called: it writes the last chunk, without which the file does not open.
type FileWriter struct {
	dst    io.Writer
	keys   *fileKeys
	fileID [fileIDSize]byte
	buf    []byte // pending plaintext, cap chunkSize+tag so it seals in place
	size   int
	index  uint64
	frame  [chunkFrameSize]byte
	nonce  [12]byte
	closed bool
	err    error
}

// NewFileWriter writes the header to dst and returns a writer for the
// plaintext. Memory use is one chunk whatever the file size.
func NewFileWriter(dst io.Writer, pk *PublicKey, b Binding, opts ...FileOption) (*FileWriter, error) {
	if pk == nil || pk.pk == nil {
		return nil, fmt.Errorf("%w: none given", ErrPublicKey)
	}
	o := fileOptions{chunkSize: DefaultChunkSize, random: rand.Reader}
	for _, opt := range opts {
		opt(&o)
	}
	if o.chunkSize < 1 || o.chunkSize > MaxChunkSize {
		return nil, fmt.Errorf("chunk size %d outside 1..%d", o.chunkSize, MaxChunkSize)
	}
	h, keys, err := newFileHeader(pk, b, o.chunkSize, o.random)
	if err != nil {
		return nil, err
	}
	if _, err := dst.Write(h.raw[:]); err != nil {
		return nil, fmt.Errorf("write file header: %w", err)
	}
	return &FileWriter{
		dst:    dst,
		keys:   keys,
		fileID: h.FileID,
		buf:    getChunkBuffer(o.chunkSize + GCMTagSize),
		size:   o.chunkSize,
	}, nil
}

// newFileHeader makes the sealed header of a new file (fresh file ID and
// encapsulation from random) and the file's keys. It allocates no chunk
// buffer, so tests can forge authentic headers for any chunk size.
func newFileHeader(pk *PublicKey, b Binding, chunkSize int, random io.Reader) (*FileHeader, *fileKeys, error) {
	h := &FileHeader{Binding: b, ChunkSize: chunkSize}
	var encRand [EncapsulationRandomSize]byte
	defer clear(encRand[:])
	if _, err := io.ReadFull(random, h.FileID[:]); err != nil {
		return nil, nil, fmt.Errorf("file id: %w", err)
	}
	if _, err := io.ReadFull(random, encRand[:]); err != nil {
		return nil, nil, fmt.Errorf("encapsulation randomness: %w", err)
	}
	var shared [32]byte
	defer clear(shared[:])
	pk.pk.EncapsulateTo(h.kemCT[:], shared[:], encRand[:])
	avxstate.Clear() // circl leaves the vector registers dirty; see internal/avxstate
	keys, err := deriveFileKeys(shared[:], b, h.FileID[:])
	if err != nil {
		return nil, nil, err
	}
	h.encode()
	body := FileHeaderSize - GCMTagSize
	var zero [12]byte
	keys.header.Seal(h.raw[body:body], zero[:], nil, h.raw[:body])
	return h, keys, nil
}

// Write seals and writes every full chunk. Chunks are sealed as soon as
// they are full (as non-last chunks); Close then writes the last chunk,
// which is empty when the plaintext length is a multiple of the chunk size.
// That lets a large Write be sealed straight from p, with no copy.
func (w *FileWriter) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	if w.closed {
		return 0, errWriterClosed
	}
	n := 0
	for len(p) > 0 {
		if len(w.buf) == 0 && len(p) >= w.size {
			if err := w.seal(p[:w.size], 0); err != nil {
				return n, err
			}
			p, n = p[w.size:], n+w.size
			continue
		}
		k := copy(w.buf[len(w.buf):w.size], p)
		w.buf = w.buf[:len(w.buf)+k]
		p, n = p[k:], n+k
		if len(w.buf) == w.size {
			if err := w.seal(w.buf, 0); err != nil {
				return n, err
			}
		}
	}
	return n, nil
}

// ReadFrom reads src to its end straight into the chunk buffer and seals
// each chunk as it fills, so io.Copy(w, src) copies the plaintext once. Like
// Write it leaves the last chunk to Close. If src fails, the writer keeps the
// error and Close writes no last chunk: a file cut short by a failed source
// must not look complete.
func (w *FileWriter) ReadFrom(src io.Reader) (int64, error) {
	if w.err != nil {
		return 0, w.err
	}
	if w.closed {
		return 0, errWriterClosed
	}
	var total int64
	for {
		m, err := src.Read(w.buf[len(w.buf):w.size])
		w.buf = w.buf[:len(w.buf)+m]
		total += int64(m)
		if len(w.buf) == w.size {
			if serr := w.seal(w.buf, 0); serr != nil {
				return total, serr
			}
		}
		if errors.Is(err, io.EOF) {
			return total, nil
		}
		if err != nil {
			w.err = fmt.Errorf("read plaintext: %w", err)
			return total, w.err
		}
	}
}

// seal seals pt (w.buf itself, or caller memory of one chunk) into w.buf
// and writes the frame. Sealing in place leaves only ciphertext in w.buf, so
// nothing secret lingers in it between chunks.
func (w *FileWriter) seal(pt []byte, flags byte) error {
	copy(w.frame[:fileIDSize], w.fileID[:])
	binary.BigEndian.PutUint64(w.frame[fileIDSize:], w.index)
	w.frame[fileIDSize+8] = flags
	binary.BigEndian.PutUint32(w.frame[fileIDSize+9:], uint32(len(pt)+GCMTagSize))
	chunkNonce(&w.nonce, w.index, flags)
	sealed := w.keys.chunks.Seal(w.buf[:0], w.nonce[:], pt, w.frame[:])
	w.buf = w.buf[:0]
	if _, err := w.dst.Write(w.frame[:]); err != nil {
		w.err = fmt.Errorf("write chunk %d: %w", w.index, err)
		return w.err
	}
	if _, err := w.dst.Write(sealed); err != nil {
		w.err = fmt.Errorf("write chunk %d: %w", w.index, err)
		return w.err
	}
	w.index++
	return nil
}

// Close writes the last chunk (possibly empty) and releases the buffer.
func (w *FileWriter) Close() error {
	if w.closed {
		return w.err
	}
	w.closed = true
	defer w.release()
	if w.err != nil {
		clear(w.buf)
		return w.err
	}
	return w.seal(w.buf, flagLast)
}

func (w *FileWriter) release() {
	putChunkBuffer(w.buf[:0])
	w.buf = nil
}

// chunkBuffers reuses chunk buffers across files, per chunk size: a node
// that encrypts many files with 64 MiB chunks should not fault in 64 MiB of
// fresh memory for each. Buffers go back holding only ciphertext.
var chunkBuffers sync.Map // cap -> *sync.Pool of *[]byte

func getChunkBuffer(capacity int) []byte {
	if p, ok := chunkBuffers.Load(capacity); ok {
		if b, ok := p.(*sync.Pool).Get().(*[]byte); ok {
			return (*b)[:0]
		}
	}
	return make([]byte, 0, capacity)
}

// pooledChunkBuffer returns a pooled buffer of exactly capacity, or nil:
// unlike getChunkBuffer it never allocates, because a reader must not
// allocate what an untrusted header claims before the bytes arrive.
func pooledChunkBuffer(capacity int) []byte {
	if p, ok := chunkBuffers.Load(capacity); ok {
		if b, ok := p.(*sync.Pool).Get().(*[]byte); ok {
			return (*b)[:0]
		}
	}
	return nil
}

func putChunkBuffer(b []byte) {
	if cap(b) == 0 {
		return
	}
	p, _ := chunkBuffers.LoadOrStore(cap(b), new(sync.Pool))
	p.(*sync.Pool).Put(&b)
}

// FileReader decrypts a stream. It hands out a chunk's plaintext only after
// the chunk authenticates, and reports an error, never io.EOF, if the stream
// ends before an authenticated last chunk.
type FileReader struct {
	src    io.Reader
	keys   *fileKeys
	fileID [fileIDSize]byte
	size   int
	buf    []byte // sealed chunk, opened in place
	out    []byte // unread plaintext of the current chunk
	index  uint64
	frame  [chunkFrameSize]byte
	nonce  [12]byte
	done   bool
	err    error
}

// NewFileReader reads the header from src and checks it was made for b and
// opens with sk.
func NewFileReader(src io.Reader, sk *PrivateKey, b Binding) (*FileReader, error) {
	h, err := ReadFileHeader(src)
	if err != nil {
		return nil, err
	}
	return h.NewReader(src, sk, b)
}

// FileKeySize is the size of one file's key material (FileKey).
const FileKeySize = 64

// NewReader continues after ReadFileHeader: src must be positioned at the
// first chunk.
func (h *FileHeader) NewReader(src io.Reader, sk *PrivateKey, b Binding) (*FileReader, error) {
	key, err := h.FileKey(sk, b)
	if err != nil {
		return nil, err
	}
	defer clear(key)
	return h.NewReaderWithKey(src, key, b)
}

// FileKey decapsulates the header with sk and returns this one file's key
// material, after checking the header's tag. It opens this file and no
// other, so a Black Box can hand it to an authorised light client, which
// then decrypts the file locally without the file passing through the
// Black Box. The caller clears it after use.
func (h *FileHeader) FileKey(sk *PrivateKey, b Binding) ([]byte, error) {
	if h.Binding != b {
		return nil, fmt.Errorf("%w: file is for chain %d secret %d, not chain %d secret %d",
			ErrWrongSecret, h.Binding.ChainID, h.Binding.SecretID, b.ChainID, b.SecretID)
	}
	if sk == nil || sk.sk == nil {
		return nil, fmt.Errorf("open file: %w", ErrNoPrivateKey)
	}
	var shared [32]byte
	defer clear(shared[:])
	sk.sk.DecapsulateTo(shared[:], h.kemCT[:])
	avxstate.Clear()
	okm, err := hkdf.Key(sha256.New, shared[:], h.FileID[:], string(bindingInfo(fileInfoLabel, h.Binding)), FileKeySize)
	if err != nil {
		return nil, fmt.Errorf("derive file keys: %w", err)
	}
	keys, err := fileKeysFrom(okm)
	if err == nil {
		err = h.checkTag(keys)
	}
	if err != nil {
		clear(okm)
		return nil, err
	}
	return okm, nil
}

// checkTag authenticates the header under the file's header key.
func (h *FileHeader) checkTag(keys *fileKeys) error {
	body := FileHeaderSize - GCMTagSize
	var zero [12]byte
	if _, err := keys.header.Open(nil, zero[:], h.raw[body:], h.raw[:body]); err != nil {
		return ErrWrongSecret
	}
	return nil
}

// NewReaderWithKey opens the file with its key material (FileKey); src must
// be positioned at the first chunk.
func (h *FileHeader) NewReaderWithKey(src io.Reader, key []byte, b Binding) (*FileReader, error) {
	if h.Binding != b {
		return nil, fmt.Errorf("%w: file is for chain %d secret %d, not chain %d secret %d",
			ErrWrongSecret, h.Binding.ChainID, h.Binding.SecretID, b.ChainID, b.SecretID)
	}
	keys, err := fileKeysFrom(key)
	if err != nil {
		return nil, err
	}
	if err := h.checkTag(keys); err != nil {
		return nil, err
	}
	return &FileReader{src: src, keys: keys, fileID: h.FileID, size: h.ChunkSize,
		buf: pooledChunkBuffer(h.ChunkSize + GCMTagSize)}, nil
}

// Read returns authenticated plaintext.
func (r *FileReader) Read(p []byte) (int, error) {
	for len(r.out) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		if r.done {
			r.release()
			return 0, io.EOF
		}
		if err := r.next(); err != nil {
			r.err = err
			r.release()
			return 0, err
		}
	}
	n := copy(p, r.out)
	clear(r.out[:n])
	r.out = r.out[n:]
	return n, nil
}

// WriteTo writes the remaining plaintext to dst, each chunk straight from
// the buffer it was opened in and only after it authenticates, so
// io.Copy(dst, r) makes no intermediate copy. It returns nil once the last
// chunk is written and the same errors as Read otherwise.
func (r *FileReader) WriteTo(dst io.Writer) (int64, error) {
	var total int64
	for {
		if len(r.out) > 0 {
			n, err := dst.Write(r.out)
			clear(r.out[:n])
			r.out = r.out[n:]
			total += int64(n)
			if err != nil {
				return total, fmt.Errorf("write plaintext: %w", err)
			}
			if len(r.out) > 0 {
				return total, fmt.Errorf("write plaintext: %w", io.ErrShortWrite)
			}
		}
		if r.err != nil {
			return total, r.err
		}
		if r.done {
			r.release()
			return total, nil
		}
		if err := r.next(); err != nil {
			r.err = err
			r.release()
			return total, err
		}
	}
}

// Close wipes the reader's buffer. Call it (or read to the end, which does
// the same) so a caller that stops early leaves no plaintext behind. Reads
// after Close fail.
func (r *FileReader) Close() error {
	r.release()
	if r.err == nil && !r.done {
		r.err = errReaderClosed
	}
	return nil
}

// release wipes the chunk buffer, which may hold plaintext, and gives it
// back to the pool when it has the size of a full chunk.
func (r *FileReader) release() {
	if r.buf == nil {
		return
	}
	clear(r.buf[:cap(r.buf)])
	if cap(r.buf) == r.size+GCMTagSize {
		putChunkBuffer(r.buf[:0])
	}
	r.buf, r.out = nil, nil
}

// next reads, checks and opens one chunk.
func (r *FileReader) next() error {
	if _, err := io.ReadFull(r.src, r.frame[:]); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return fmt.Errorf("%w (after %d chunks)", ErrTruncated, r.index)
		}
		return fmt.Errorf("read chunk %d: %w", r.index, err)
	}
	if !bytes.Equal(r.frame[:fileIDSize], r.fileID[:]) {
		return fmt.Errorf("%w (at chunk %d)", ErrSpliced, r.index)
	}
	if idx := binary.BigEndian.Uint64(r.frame[fileIDSize:]); idx != r.index {
		return fmt.Errorf("%w: expected chunk %d, found chunk %d", ErrChunkOrder, r.index, idx)
	}
	flags := r.frame[fileIDSize+8]
	if flags&^flagLast != 0 {
		return fmt.Errorf("%w: chunk %d has unknown flags %#x", ErrChunkAuth, r.index, flags)
	}
	n := int(binary.BigEndian.Uint32(r.frame[fileIDSize+9:]))
	if n < GCMTagSize || n > r.size+GCMTagSize || (flags&flagLast == 0 && n != r.size+GCMTagSize) {
		return fmt.Errorf("%w: chunk %d claims %d bytes", ErrChunkAuth, r.index, n)
	}
	if err := r.readSealed(n); err != nil {
		return err
	}
	chunkNonce(&r.nonce, r.index, flags)
	pt, err := r.keys.chunks.Open(r.buf[:0], r.nonce[:], r.buf, r.frame[:])
	if err != nil {
		return fmt.Errorf("%w (chunk %d)", ErrChunkAuth, r.index)
	}
	r.out = pt
	r.index++
	if flags&flagLast != 0 {
		// The stream must end here. A failed read is not an end: a reader
		// that broke after the last chunk may have hidden trailing bytes.
		var one [1]byte
		m, err := io.ReadFull(r.src, one[:])
		switch {
		case m != 0:
			r.out = nil
			return ErrTrailingData
		case err != nil && !errors.Is(err, io.EOF):
			r.out = nil
			return fmt.Errorf("read after last chunk: %w", err)
		}
		r.done = true
	}
	return nil
}

// readSealed reads n bytes into r.buf, growing it only as bytes arrive.
func (r *FileReader) readSealed(n int) error {
	r.buf = r.buf[:0]
	for len(r.buf) < n {
		step := min(n-len(r.buf), readStep)
		if cap(r.buf)-len(r.buf) < step {
			grown := make([]byte, len(r.buf), min(n, max(2*cap(r.buf), len(r.buf)+step)))
			copy(grown, r.buf)
			clear(r.buf)
			r.buf = grown
		}
		m, err := io.ReadFull(r.src, r.buf[len(r.buf):len(r.buf)+step])
		r.buf = r.buf[:len(r.buf)+m]
		if err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				return fmt.Errorf("%w (inside chunk %d)", ErrTruncated, r.index)
			}
			return fmt.Errorf("read chunk %d: %w", r.index, err)
		}
	}
	return nil
}
