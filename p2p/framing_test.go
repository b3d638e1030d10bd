package p2p

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"strings"
	"testing"
)

func TestFrameRoundTrip(t *testing.T) {
	for _, n := range []int{1, 100, 4096} {
		payload := bytes.Repeat([]byte{0xab}, n)
		var buf bytes.Buffer
		if err := WriteFrame(&buf, payload, 4096); err != nil {
			t.Fatalf("write %d: %v", n, err)
		}
		if got := binary.BigEndian.Uint32(buf.Bytes()); got != uint32(n) {
			t.Fatalf("header says %d, want %d", got, n)
		}
		got, err := ReadFrame(&buf, 4096)
		if err != nil {
			t.Fatalf("read %d: %v", n, err)
		}
		if !bytes.Equal(got, payload) {
			t.Fatalf("payload of %d bytes changed", n)
		}
	}
}

// limitedReader fails the test if the frame reader asks for more than the
// header; it proves the limit is checked before the payload is read.
type headerOnly struct {
	hdr  []byte
	read int
}

func (h *headerOnly) Read(p []byte) (int, error) {
	if h.read >= len(h.hdr) {
		return 0, errors.New("payload read attempted")
	}
	n := copy(p, h.hdr[h.read:])
	h.read += n
	return n, nil
}

func TestReadFrameRejects(t *testing.T) {
	hdr := func(n uint32) []byte {
		b := make([]byte, 4)
		binary.BigEndian.PutUint32(b, n)
		return b
	}
	tests := []struct {
		name  string
		in    io.Reader
		limit int
		want  error
	}{
		{"over limit", &headerOnly{hdr: hdr(4097)}, 4096, ErrFrameTooLarge},
		{"huge announced", &headerOnly{hdr: hdr(0xffffffff)}, 4096, ErrFrameTooLarge},
		{"limit above cap", &headerOnly{hdr: hdr(10)}, MaxFrameLimit + 1, ErrFrameTooLarge},
		{"empty", &headerOnly{hdr: hdr(0)}, 4096, ErrEmptyFrame},
		{"short header", bytes.NewReader([]byte{0, 0}), 4096, io.ErrUnexpectedEOF},
		{"no header", bytes.NewReader(nil), 4096, io.EOF},
		{"truncated payload", bytes.NewReader(append(hdr(10), 1, 2, 3)), 4096, io.ErrUnexpectedEOF},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadFrame(tc.in, tc.limit)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func TestWriteFrameRejects(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteFrame(&buf, make([]byte, 11), 10); !errors.Is(err, ErrFrameTooLarge) {
		t.Fatalf("oversize: got %v", err)
	}
	if err := WriteFrame(&buf, nil, 10); !errors.Is(err, ErrEmptyFrame) {
		t.Fatalf("empty: got %v", err)
	}
	if buf.Len() != 0 {
		t.Fatalf("rejected frames wrote %d bytes", buf.Len())
	}
}

func TestCBORStrict(t *testing.T) {
	type msg struct {
		A uint64 `cbor:"1,keyasint"`
	}
	tests := []struct {
		name string
		in   []byte
	}{
		{"trailing bytes", []byte{0xa1, 0x01, 0x02, 0x00}},
		{"duplicate key", []byte{0xa2, 0x01, 0x02, 0x01, 0x03}},
		{"unknown field", []byte{0xa1, 0x02, 0x02}},
		{"indefinite map", []byte{0xbf, 0x01, 0x02, 0xff}},
		{"tag", []byte{0xc1, 0x01}},
		{"truncated", []byte{0xa1, 0x01}},
		{"deep nesting", bytes.Repeat([]byte{0x81}, 40)},
		{"null", []byte{0xf6}},
		{"undefined", []byte{0xf7}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var m msg
			if err := Unmarshal(tc.in, &m); !errors.Is(err, ErrMalformed) {
				t.Fatalf("got %v, want ErrMalformed", err)
			}
		})
	}
	var m msg
	if err := Unmarshal([]byte{0xa1, 0x01, 0x02}, &m); err != nil || m.A != 2 {
		t.Fatalf("valid map: %v, %+v", err, m)
	}
}

// TestResponseEncoding pins the response envelope bytes: [status, message,
// body] with body null when absent.
func TestResponseEncoding(t *testing.T) {
	b, err := Marshal(response{Status: StatusUnverified, Message: "x"})
	if err != nil {
		t.Fatal(err)
	}
	want := []byte{0x83, 0x02, 0x61, 'x', 0xf6}
	if !bytes.Equal(b, want) {
		t.Fatalf("got % x, want % x", b, want)
	}
	body, _ := Marshal(handshakeMessage{Statement: []byte{1, 2}})
	if want := []byte{0x81, 0x42, 1, 2}; !bytes.Equal(body, want) {
		t.Fatalf("handshake message % x, want % x", body, want)
	}
	b, _ = Marshal(response{Status: StatusOK, Body: body})
	if want := []byte{0x83, 0x00, 0x60, 0x81, 0x42, 1, 2}; !bytes.Equal(b, want) {
		t.Fatalf("ok response % x, want % x", b, want)
	}
}

func TestReasonLabels(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{nil, "ok"},
		{reasonError("Bound To-Other.peer"), "bound_to_other_peer"},
		{reasonError(strings.Repeat("a", 100)), strings.Repeat("a", 40)},
		{reasonError("!!!"), "other"},
		{errors.New("boom"), "other"},
		{ErrMalformed, "malformed"},
	}
	for _, tc := range tests {
		if got := Reason(tc.err); got != tc.want {
			t.Errorf("Reason(%v) = %q, want %q", tc.err, got, tc.want)
		}
	}
}

// FuzzReadFrame feeds arbitrary bytes to the frame reader and the response
// decoder, the two parsers every stream answer goes through.
func FuzzReadFrame(f *testing.F) {
	var buf bytes.Buffer
	ok, _ := Marshal(response{Status: StatusOK, Body: []byte{0x81, 0x41, 0x00}})
	_ = WriteFrame(&buf, ok, 1024)
	f.Add(buf.Bytes())
	f.Add([]byte{0, 0, 0, 5, 0x83, 0x02, 0x60, 0xf6})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff})
	f.Add([]byte{0, 0, 0, 0})
	f.Add([]byte{0, 0, 0, 3, 0x83, 0x00})
	f.Fuzz(func(t *testing.T, in []byte) {
		payload, err := ReadFrame(bytes.NewReader(in), 1024)
		if err != nil {
			return
		}
		if len(payload) == 0 || len(payload) > 1024 {
			t.Fatalf("frame of %d bytes passed a 1024 limit", len(payload))
		}
		r, err := decodeResponse(payload)
		if err != nil {
			return
		}
		// What decodes must re-encode and decode to the same thing.
		again, err := Marshal(r)
		if err != nil {
			t.Fatalf("re-encode: %v", err)
		}
		r2, err := decodeResponse(again)
		if err != nil {
			t.Fatalf("decode re-encoded: %v", err)
		}
		if r2.Status != r.Status || r2.Message != r.Message || !bytes.Equal(r2.Body, r.Body) {
			t.Fatalf("round trip changed %+v to %+v", r, r2)
		}
		var hm handshakeMessage
		_ = Unmarshal(r.Body, &hm)
	})
}

// TestRefusalCodeEnvelope: a refusal with a code appends [code, details] to
// the envelope and survives a round trip; one without keeps the short form.
func TestRefusalCodeEnvelope(t *testing.T) {
	r := response{Status: StatusRefused, Message: "x", Code: "replay", Details: map[string]uint64{"head": 7}}
	b, err := Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if b[0] != 0x85 {
		t.Fatalf("coded response % x: want a 5-item array", b)
	}
	got, err := decodeResponse(b)
	if err != nil {
		t.Fatal(err)
	}
	if got.Code != "replay" || got.Details["head"] != 7 || got.Message != "x" || got.Body != nil {
		t.Fatalf("decoded %+v", got)
	}
	m := muxResponse{ID: 3, Status: StatusRefused, Message: "x", Code: "rate_limited"}
	mb, err := Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	mg, err := decodeMuxResponse(mb)
	if err != nil || mg.Code != "rate_limited" || mg.ID != 3 {
		t.Fatalf("mux decoded %+v, %v", mg, err)
	}
	for _, bad := range [][]byte{{0x82, 0x00, 0x60}, {0x84, 0x03, 0x61, 'x', 0xf6, 0x60}} {
		if _, err := decodeResponse(bad); err == nil {
			t.Fatalf("envelope % x decoded", bad)
		}
	}
}
