package gateway

import (
	"encoding/base64"
	"encoding/hex"
	"errors"
	"testing"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/custody"
	"github.com/cifer-network/cifer/request"
)

// The forwarded request is the one the client signed, in a form the
// elected Black Box decodes to the same cifer and message: the message's
// encoding in the signed data decides the cifer's.
func TestDecryptRequestForms(t *testing.T) {
	cifer, msg := []byte{1, 2, 3}, []byte{0xfe, 0x00, 0x5f}
	tests := []struct {
		name       string
		signed     custody.FetchRequest
		wantFormat string
		wantCifer  string
		wantBound  bool
	}{
		{"five fields, hex with 0x", custody.FetchRequest{Data: "1_2_0xabc_9_0xfe005f", Signature: "s"}, "hex", "0x010203", false},
		{"five fields, bare hex", custody.FetchRequest{Data: "1_2_0xabc_9_fe005f", Signature: "s"}, "hex", "0x010203", false},
		{"five fields, base64", custody.FetchRequest{Data: "1_2_0xabc_9_" + base64.StdEncoding.EncodeToString(msg), Signature: "s"}, "base64",
			base64.StdEncoding.EncodeToString(cifer), false},
		{"action-bound", custody.FetchRequest{Data: "1_2_0xabc_9_cifer-decrypt-v1_00", Signature: "s", EnvelopeHash: []byte{0}}, "hex", "0x010203", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := decryptRequest(tc.signed, cifer, msg)
			if r.Data != tc.signed.Data || r.Signature != tc.signed.Signature || r.InputFormat != tc.wantFormat || r.Cifer != tc.wantCifer {
				t.Fatalf("got %+v", r)
			}
			if tc.wantBound != (r.EncryptedMessage != nil) || (tc.wantBound && hex.EncodeToString(r.EncryptedMessage) != "fe005f") {
				t.Fatalf("bound message %x", r.EncryptedMessage)
			}
		})
	}
}

// Only a shortage of shares for a reason another Black Box may not share
// sends an elected node's request on; a spent or stale request does not.
func TestMovedOn(t *testing.T) {
	short := blackbox.ErrNotEnoughShares
	tests := []struct {
		err  error
		want bool
	}{
		{short, true},
		{errors.Join(short, request.Refuse(request.CodeNotElected, "not elected")), true},
		{errors.Join(short, blackbox.ErrStaleRecord), false},
		{errors.Join(short, request.ErrUsedElsewhere), false},
		{errors.Join(short, request.ErrReplay), false},
		{request.ErrNotAuthorized, false},
		{errors.New("decrypt failed"), false},
	}
	for _, tc := range tests {
		if got := movedOn(tc.err); got != tc.want {
			t.Errorf("movedOn(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}
