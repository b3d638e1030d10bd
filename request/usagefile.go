package request

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/cifer-network/cifer/internal/atomicfile"
)

// UsageFile is a UsageLog in one append-only file: a magic header, then
// frames of u32 big-endian length and a record, sealed by the enclave when
// a Sealer is given (the host then sees sizes and times, never who used
// what). A record is kind (1) | period start, Unix seconds (8) | signer
// (20) | count (8) | bytes (8). A frame torn by a crash mid-write can only
// be the last one: Load drops it and the file is cut back to the frames
// before it. Any other bad frame is an error, not silently skipped: the
// counts would be wrong.
//
// What sealing cannot stop: the host may put back an older copy of the
// file, resetting counts to then (no monotonic counter backs it).
type UsageFile struct {
	path   string
	sealer Sealer

	mu sync.Mutex
	f  *os.File
}

// Sealer is what UsageFile needs of the enclave.
type Sealer interface {
	Seal(plaintext, additionalData []byte) ([]byte, error)
	Unseal(sealed, additionalData []byte) ([]byte, error)
}

const (
	usageMagic      = "cifer-usage/1\n"
	usageRecordSize = 1 + 8 + 20 + 8 + 8
	// maxUsageFrame bounds a frame's length: a sealed record is a little
	// longer than a plain one; anything far longer is not ours.
	maxUsageFrame = 1024
)

// usageAD binds sealed records to their purpose.
var usageAD = []byte("cifer/usage-record/v1")

// ErrUsageFile means the usage file holds bytes this code did not write.
var ErrUsageFile = errors.New("usage file is corrupt")

// OpenUsageFile opens (or creates) the file at path; sealer may be nil.
func OpenUsageFile(path string, sealer Sealer) (*UsageFile, error) {
	u := &UsageFile{path: path, sealer: sealer}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		if err := atomicfile.Create(path, []byte(usageMagic), 0o600); err != nil {
			return nil, fmt.Errorf("usage file: %w", err)
		}
	}
	return u, nil
}

// Load reads every record, cutting off a torn last frame.
func (u *UsageFile) Load() ([]UsageRecord, error) {
	u.mu.Lock()
	defer u.mu.Unlock()
	b, err := os.ReadFile(u.path)
	if err != nil {
		return nil, fmt.Errorf("usage file: %w", err)
	}
	recs, good, err := u.decode(b)
	if err != nil {
		return nil, err
	}
	if good < len(b) {
		if err := os.Truncate(u.path, int64(good)); err != nil {
			return nil, fmt.Errorf("usage file: cut torn frame: %w", err)
		}
	}
	return recs, nil
}

// decode parses a whole file; good is the length of its complete frames.
func (u *UsageFile) decode(b []byte) (recs []UsageRecord, good int, err error) {
	if !bytes.HasPrefix(b, []byte(usageMagic)) {
		return nil, 0, fmt.Errorf("%w: no header", ErrUsageFile)
	}
	off := len(usageMagic)
	for off < len(b) {
		rest := b[off:]
		if len(rest) < 4 {
			return recs, off, nil // torn length
		}
		n := int(binary.BigEndian.Uint32(rest))
		if n == 0 || n > maxUsageFrame {
			return nil, 0, fmt.Errorf("%w: frame of %d bytes at offset %d", ErrUsageFile, n, off)
		}
		if len(rest) < 4+n {
			return recs, off, nil // torn body
		}
		rec, err := u.decodeRecord(rest[4 : 4+n])
		if err != nil {
			if off+4+n == len(b) {
				// The last frame may be torn inside a complete length
				// only if a write was cut; treat it as not written.
				return recs, off, nil
			}
			return nil, 0, fmt.Errorf("%w: frame at offset %d: %v", ErrUsageFile, off, err)
		}
		recs = append(recs, rec)
		off += 4 + n
	}
	return recs, off, nil
}

func (u *UsageFile) decodeRecord(frame []byte) (UsageRecord, error) {
	plain := frame
	if u.sealer != nil {
		var err error
		if plain, err = u.sealer.Unseal(frame, usageAD); err != nil {
			return UsageRecord{}, err
		}
	}
	return parseUsageRecord(plain)
}

func parseUsageRecord(b []byte) (UsageRecord, error) {
	if len(b) != usageRecordSize {
		return UsageRecord{}, fmt.Errorf("record of %d bytes, want %d", len(b), usageRecordSize)
	}
	k := UsageKind(b[0])
	if k != Encryption && k != Decryption {
		return UsageRecord{}, fmt.Errorf("kind %d", b[0])
	}
	start := int64(binary.BigEndian.Uint64(b[1:]))
	if start < 0 || start > maxUnixSeconds {
		return UsageRecord{}, fmt.Errorf("period start %d", start)
	}
	r := UsageRecord{Kind: k, PeriodStart: time.Unix(start, 0).UTC()}
	copy(r.Signer[:], b[9:29])
	r.Count = binary.BigEndian.Uint64(b[29:])
	r.Bytes = binary.BigEndian.Uint64(b[37:])
	return r, nil
}

// maxUnixSeconds is the year 9999: times past it are not ours.
const maxUnixSeconds = 253402300799

func appendUsageRecord(b []byte, r UsageRecord) []byte {
	b = append(b, byte(r.Kind))
	b = binary.BigEndian.AppendUint64(b, uint64(r.PeriodStart.Unix()))
	b = append(b, r.Signer[:]...)
	b = binary.BigEndian.AppendUint64(b, r.Count)
	return binary.BigEndian.AppendUint64(b, r.Bytes)
}

func (u *UsageFile) frame(dst []byte, r UsageRecord) ([]byte, error) {
	body := appendUsageRecord(make([]byte, 0, usageRecordSize), r)
	if u.sealer != nil {
		var err error
		if body, err = u.sealer.Seal(body, usageAD); err != nil {
			return nil, err
		}
	}
	dst = binary.BigEndian.AppendUint32(dst, uint32(len(body)))
	return append(dst, body...), nil
}

// Append writes one frame. It is not fsynced: a crash of the process
// loses nothing, a crash of the machine may lose the last writes.
func (u *UsageFile) Append(r UsageRecord) error {
	fr, err := u.frame(nil, r)
	if err != nil {
		return err
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.f == nil {
		if u.f, err = os.OpenFile(u.path, os.O_WRONLY|os.O_APPEND, 0o600); err != nil {
			return fmt.Errorf("usage file: %w", err)
		}
	}
	if _, err := u.f.Write(fr); err != nil {
		return fmt.Errorf("usage file: %w", err)
	}
	return nil
}

// Compact replaces the file with recs, atomically.
func (u *UsageFile) Compact(recs []UsageRecord) error {
	b := []byte(usageMagic)
	for _, r := range recs {
		var err error
		if b, err = u.frame(b, r); err != nil {
			return err
		}
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.f != nil {
		_ = u.f.Close()
		u.f = nil
	}
	if err := atomicfile.Write(u.path, b, 0o600); err != nil {
		return fmt.Errorf("usage file: %w", err)
	}
	return nil
}

// Close closes the file; a nil UsageFile has nothing to close.
func (u *UsageFile) Close() error {
	if u == nil {
		return nil
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.f == nil {
		return nil
	}
	err := u.f.Close()
	u.f = nil
	return err
}

var _ io.Closer = (*UsageFile)(nil)
