package p2p

import (
	"bytes"
	"testing"
)

// FuzzMuxFrame feeds arbitrary bytes to everything that parses a
// multiplexed stream: the frame reader, the server's request envelope
// decoder with its ID fallback, and the client's answer decoder. Each input
// is tried both as a framed stream and as a bare payload.
func FuzzMuxFrame(f *testing.F) {
	body, _ := Marshal(echoReq{Text: "hi"})
	seeds := []any{
		muxRequest{ID: 1, Body: body},
		muxRequest{ID: 1 << 40, Body: bytes.Repeat([]byte{0x41}, 40)},
		muxResponse{ID: 7, Status: StatusOK, Body: body},
		muxResponse{ID: 8, Status: StatusUnverified, Message: "not in verified peer table"},
	}
	for _, v := range seeds {
		frame, err := encodeFrame(v, 1024)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(frame)
		f.Add(frame[FrameHeaderLen:])
		f.Add(append(frame, 0x00)) // trailing byte after the frame
	}
	f.Add([]byte{0, 0, 0, 3, 0x82, 0x05, 0x00}) // body not bytes, ID readable
	f.Add([]byte{0x81, 0x1b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff})
	f.Add([]byte{0x9f, 0x01, 0x40, 0xff}) // indefinite array
	f.Add([]byte{0x84, 0x01, 0x00, 0x60, 0xf6})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff})
	f.Add([]byte{0, 0, 0, 0})

	f.Fuzz(func(t *testing.T, in []byte) {
		const limit = 1024
		payload, _, err := readMuxFrame(bytes.NewReader(in), func() int { return limit })
		if err == nil && (len(payload) == 0 || len(payload) > limit) {
			t.Fatalf("frame of %d bytes passed a %d limit", len(payload), limit)
		}
		for _, b := range [][]byte{in, payload} {
			checkMuxRequest(t, b)
			checkMuxResponse(t, b)
		}
	})
}

func checkMuxRequest(t *testing.T, b []byte) {
	r, err := decodeMuxRequest(b)
	id, idOK := peekMuxID(b)
	if err != nil {
		return
	}
	// Whatever decodes has its ID where the fallback looks for it.
	if !idOK || id != r.ID {
		t.Fatalf("request %d decodes but peek says %d, %v", r.ID, id, idOK)
	}
	if _, err := decodeMuxRequest(append(bytes.Clone(b), 0x00)); err == nil {
		t.Fatal("request with a trailing byte decoded")
	}
	again, err := Marshal(r)
	if err != nil {
		t.Fatalf("re-encode request: %v", err)
	}
	r2, err := decodeMuxRequest(again)
	if err != nil || r2.ID != r.ID || !bytes.Equal(r2.Body, r.Body) {
		t.Fatalf("request round trip: %+v to %+v (%v)", r, r2, err)
	}
	// What a handler would see must not panic either.
	var req echoReq
	_ = Unmarshal(r.Body, &req)
}

func checkMuxResponse(t *testing.T, b []byte) {
	r, err := decodeMuxResponse(b)
	if err != nil {
		return
	}
	if id, ok := peekMuxID(b); !ok || id != r.ID {
		t.Fatalf("answer %d decodes but peek says %d, %v", r.ID, id, ok)
	}
	if _, err := decodeMuxResponse(append(bytes.Clone(b), 0x00)); err == nil {
		t.Fatal("answer with a trailing byte decoded")
	}
	again, err := Marshal(r)
	if err != nil {
		t.Fatalf("re-encode answer: %v", err)
	}
	r2, err := decodeMuxResponse(again)
	if err != nil || r2.ID != r.ID || r2.Status != r.Status || r2.Message != r.Message || !bytes.Equal(r2.Body, r.Body) {
		t.Fatalf("answer round trip: %+v to %+v (%v)", r, r2, err)
	}
	var resp echoResp
	_ = Unmarshal(r.Body, &resp)
}
