package api

import (
	"bufio"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
)

// A bounded, streaming reader of an untrusted ZIP's central directory.
//
// archive/zip parses every central-directory record into a *zip.File
// before the caller can look at any of them, and keeps reading records
// past the count the end record claims, so a small upload made of tiny
// entries costs about three bytes of heap per byte (threat model, finding
// 6). A result ZIP holds metadata.json and at most maxZipChunks chunks, so
// this reader refuses a directory that claims more than maxZipEntries
// records before it reads one, reads exactly the records claimed, one at a
// time through a small buffer, and keeps only their names and offsets.

const (
	// maxZipEntries is the most records a result ZIP may hold: every chunk
	// the metadata can claim, metadata.json, and a little room for folder
	// entries other ZIP tools add.
	maxZipEntries = maxZipChunks + 8
	// maxZipNameLen bounds an entry name; the format's names are short.
	maxZipNameLen = 255

	sigLocalHeader  = 0x04034b50
	sigCentralDir   = 0x02014b50
	sigEndOfDir     = 0x06054b50
	sigZip64EndDir  = 0x06064b50
	sigZip64Locator = 0x07064b50
	endOfDirLen     = 22
	zip64LocatorLen = 20
	zip64EndDirLen  = 56
	centralDirLen   = 46
	localHeaderLen  = 30
	zip64ExtraID    = 0x0001
	methodStore     = 0
	methodDeflate   = 8
	flagEncrypted   = 0x1
)

// zipEntry is one central-directory record, as much of it as reading the
// entry needs.
type zipEntry struct {
	Name             string
	Method           uint16
	Flags            uint16
	CRC32            uint32
	CompressedSize   uint64
	UncompressedSize uint64
	HeaderOffset     uint64
}

var errZip = errors.New("zip")

func zipErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errZip, fmt.Sprintf(format, args...))
}

// readZipDirectory reads the central directory of the ZIP in ra (size
// bytes), refusing one that claims more than maxEntries records.
func readZipDirectory(ra io.ReaderAt, size int64, maxEntries int) ([]zipEntry, error) {
	endOff, end, err := findEndOfDir(ra, size)
	if err != nil {
		return nil, err
	}
	if binary.LittleEndian.Uint16(end[4:]) != 0 || binary.LittleEndian.Uint16(end[6:]) != 0 {
		return nil, zipErr("multi-disk archives are not supported")
	}
	count := uint64(binary.LittleEndian.Uint16(end[10:]))
	dirSize := uint64(binary.LittleEndian.Uint32(end[12:]))
	dirOff := uint64(binary.LittleEndian.Uint32(end[16:]))
	dirEnd := uint64(endOff)
	if count == 0xFFFF || dirSize == 0xFFFFFFFF || dirOff == 0xFFFFFFFF {
		var z64Off int64
		count, dirSize, dirOff, z64Off, err = readZip64EndOfDir(ra, endOff)
		if err != nil {
			return nil, err
		}
		dirEnd = uint64(z64Off)
	}
	if count > uint64(maxEntries) {
		return nil, zipErr("%d entries, at most %d", count, maxEntries)
	}
	if dirOff > dirEnd || dirSize > dirEnd-dirOff {
		return nil, zipErr("central directory (%d bytes at %d) runs past its end record at %d", dirSize, dirOff, dirEnd)
	}
	br := bufio.NewReaderSize(io.NewSectionReader(ra, int64(dirOff), int64(dirSize)), 4096)
	entries := make([]zipEntry, 0, count)
	var hdr [centralDirLen]byte
	for i := uint64(0); i < count; i++ {
		if _, err := io.ReadFull(br, hdr[:]); err != nil {
			return nil, zipErr("central directory record %d: %v", i, err)
		}
		if binary.LittleEndian.Uint32(hdr[0:]) != sigCentralDir {
			return nil, zipErr("central directory record %d has a bad signature", i)
		}
		e := zipEntry{
			Flags:            binary.LittleEndian.Uint16(hdr[8:]),
			Method:           binary.LittleEndian.Uint16(hdr[10:]),
			CRC32:            binary.LittleEndian.Uint32(hdr[16:]),
			CompressedSize:   uint64(binary.LittleEndian.Uint32(hdr[20:])),
			UncompressedSize: uint64(binary.LittleEndian.Uint32(hdr[24:])),
			HeaderOffset:     uint64(binary.LittleEndian.Uint32(hdr[42:])),
		}
		nameLen := int(binary.LittleEndian.Uint16(hdr[28:]))
		extraLen := int(binary.LittleEndian.Uint16(hdr[30:]))
		commentLen := int(binary.LittleEndian.Uint16(hdr[32:]))
		if nameLen > maxZipNameLen {
			return nil, zipErr("entry %d has a %d-byte name, at most %d", i, nameLen, maxZipNameLen)
		}
		name := make([]byte, nameLen)
		if _, err := io.ReadFull(br, name); err != nil {
			return nil, zipErr("entry %d name: %v", i, err)
		}
		e.Name = string(name)
		if err := readZip64Extra(br, extraLen, &e); err != nil {
			return nil, zipErr("entry %.60q: %v", e.Name, err)
		}
		if _, err := br.Discard(commentLen); err != nil {
			return nil, zipErr("entry %.60q comment: %v", e.Name, err)
		}
		entries = append(entries, e)
	}
	return entries, nil
}

// findEndOfDir finds the end-of-central-directory record: the last one in
// the final 22 + 65535 bytes (the record plus the longest comment).
func findEndOfDir(ra io.ReaderAt, size int64) (int64, []byte, error) {
	if size < endOfDirLen {
		return 0, nil, zipErr("%d bytes is too short for a ZIP", size)
	}
	tail := min(size, endOfDirLen+0xFFFF)
	buf := make([]byte, tail)
	if _, err := ra.ReadAt(buf, size-tail); err != nil && !errors.Is(err, io.EOF) {
		return 0, nil, zipErr("read end record: %v", err)
	}
	for i := len(buf) - endOfDirLen; i >= 0; i-- {
		if binary.LittleEndian.Uint32(buf[i:]) != sigEndOfDir {
			continue
		}
		commentLen := int(binary.LittleEndian.Uint16(buf[i+20:]))
		if i+endOfDirLen+commentLen != len(buf) {
			continue // a signature inside the comment or the data
		}
		return size - tail + int64(i), buf[i : i+endOfDirLen], nil
	}
	return 0, nil, zipErr("no end of central directory record")
}

// readZip64EndOfDir follows the zip64 locator just before the end record.
func readZip64EndOfDir(ra io.ReaderAt, endOff int64) (count, dirSize, dirOff uint64, recOff int64, err error) {
	if endOff < zip64LocatorLen {
		return 0, 0, 0, 0, zipErr("zip64 locator missing")
	}
	var loc [zip64LocatorLen]byte
	if _, err := ra.ReadAt(loc[:], endOff-zip64LocatorLen); err != nil {
		return 0, 0, 0, 0, zipErr("zip64 locator: %v", err)
	}
	if binary.LittleEndian.Uint32(loc[0:]) != sigZip64Locator {
		return 0, 0, 0, 0, zipErr("zip64 locator missing")
	}
	off := binary.LittleEndian.Uint64(loc[8:])
	if off > uint64(endOff-zip64LocatorLen-zip64EndDirLen) {
		return 0, 0, 0, 0, zipErr("zip64 end record at %d is out of place", off)
	}
	var rec [zip64EndDirLen]byte
	if _, err := ra.ReadAt(rec[:], int64(off)); err != nil {
		return 0, 0, 0, 0, zipErr("zip64 end record: %v", err)
	}
	if binary.LittleEndian.Uint32(rec[0:]) != sigZip64EndDir {
		return 0, 0, 0, 0, zipErr("zip64 end record has a bad signature")
	}
	return binary.LittleEndian.Uint64(rec[32:]), binary.LittleEndian.Uint64(rec[40:]), binary.LittleEndian.Uint64(rec[48:]), int64(off), nil
}

// readZip64Extra reads a record's extra field, taking the 64-bit sizes and
// offset from a zip64 block where the 32-bit fields say so, and skipping
// every other block.
func readZip64Extra(br *bufio.Reader, n int, e *zipEntry) error {
	b := make([]byte, n) // at most 64 KiB, dropped with the record
	if _, err := io.ReadFull(br, b); err != nil {
		return fmt.Errorf("extra field: %v", err)
	}
	for len(b) >= 4 {
		id, size := binary.LittleEndian.Uint16(b), int(binary.LittleEndian.Uint16(b[2:]))
		if 4+size > len(b) {
			return errors.New("extra field overruns its record")
		}
		field := b[4 : 4+size]
		b = b[4+size:]
		if id != zip64ExtraID {
			continue
		}
		for _, v := range []*uint64{&e.UncompressedSize, &e.CompressedSize, &e.HeaderOffset} {
			if *v != 0xFFFFFFFF {
				continue
			}
			if len(field) < 8 {
				return errors.New("zip64 extra field too short")
			}
			*v, field = binary.LittleEndian.Uint64(field), field[8:]
		}
	}
	return nil
}

// open returns the entry's content, checked against its size and CRC-32
// when read to the end. size is the ZIP's size.
func (e *zipEntry) open(ra io.ReaderAt, size int64) (io.ReadCloser, error) {
	if e.Flags&flagEncrypted != 0 {
		return nil, zipErr("%.60q is encrypted", e.Name)
	}
	if e.HeaderOffset > uint64(size) || uint64(size)-e.HeaderOffset < localHeaderLen {
		return nil, zipErr("%.60q starts past the end of the file", e.Name)
	}
	var hdr [localHeaderLen]byte
	if _, err := ra.ReadAt(hdr[:], int64(e.HeaderOffset)); err != nil {
		return nil, zipErr("%.60q local header: %v", e.Name, err)
	}
	if binary.LittleEndian.Uint32(hdr[0:]) != sigLocalHeader {
		return nil, zipErr("%.60q local header has a bad signature", e.Name)
	}
	dataOff := e.HeaderOffset + localHeaderLen + uint64(binary.LittleEndian.Uint16(hdr[26:])) + uint64(binary.LittleEndian.Uint16(hdr[28:]))
	if dataOff > uint64(size) || e.CompressedSize > uint64(size)-dataOff {
		return nil, zipErr("%.60q (%d bytes) runs past the end of the file", e.Name, e.CompressedSize)
	}
	raw := io.NewSectionReader(ra, int64(dataOff), int64(e.CompressedSize))
	var body io.Reader
	var closer io.Closer
	switch e.Method {
	case methodStore:
		if e.CompressedSize != e.UncompressedSize {
			return nil, zipErr("stored %.60q has %d bytes but claims %d", e.Name, e.CompressedSize, e.UncompressedSize)
		}
		body = raw
	case methodDeflate:
		fr := flate.NewReader(raw)
		body, closer = fr, fr
	default:
		return nil, zipErr("%.60q uses compression method %d", e.Name, e.Method)
	}
	return &checkedEntry{e: e, r: body, c: closer, crc: crc32.NewIEEE()}, nil
}

// checkedEntry reads an entry and, at its end, checks that exactly the
// claimed bytes came out with the claimed CRC-32; a deflate stream that
// would inflate past the claim is cut off there.
type checkedEntry struct {
	e   *zipEntry
	r   io.Reader
	c   io.Closer
	crc hash.Hash32
	n   uint64
	err error
}

func (c *checkedEntry) Read(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	if left := c.e.UncompressedSize - c.n; uint64(len(p)) > left {
		p = p[:left+1] // one byte more than claimed shows an overlong entry
	}
	n, err := c.r.Read(p)
	c.n += uint64(n)
	c.crc.Write(p[:n])
	switch {
	case c.n > c.e.UncompressedSize:
		c.err = zipErr("%.60q holds more than its %d bytes", c.e.Name, c.e.UncompressedSize)
		return 0, c.err
	case errors.Is(err, io.EOF):
		if c.n != c.e.UncompressedSize {
			c.err = zipErr("%.60q holds %d bytes, not %d", c.e.Name, c.n, c.e.UncompressedSize)
		} else if c.crc.Sum32() != c.e.CRC32 {
			c.err = zipErr("%.60q fails its checksum", c.e.Name)
		} else {
			c.err = io.EOF
		}
		return n, c.err
	case err != nil:
		c.err = zipErr("%.60q: %v", c.e.Name, err)
		return n, c.err
	}
	return n, nil
}

func (c *checkedEntry) Close() error {
	if c.c != nil {
		return c.c.Close()
	}
	return nil
}
