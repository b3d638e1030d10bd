package request

import (
	"errors"
	"testing"
)

// FuzzReleaseShape: any request string either parses and is judged by the
// custodian's release rule without panicking, or is refused by Parse. An
// action-bound tail that parses spells its action and hash one way only.
func FuzzReleaseShape(f *testing.F) {
	h := DecryptHash([]byte("c"), []byte("m"))
	signer := "0x00000000000000000000000000000000000000aa"
	for _, s := range []string{
		"1_2_" + signer + "_3",
		"1_2_" + signer + "_3_0xabcd",
		"1_2_" + signer + "_3_q83v",
		"1_2_" + signer + "_3_" + ActionTail(ActionDecrypt, h),
		"1_2_" + signer + "_3_" + ActionTail(ActionFileKey, h),
		"1_2_" + signer + "_3_job_delete",
		"1_2_" + signer + "_3_",
	} {
		f.Add(s, h[:])
	}
	f.Fuzz(func(t *testing.T, data string, envelopeHash []byte) {
		r, err := Parse(data)
		if err != nil {
			return
		}
		err = ReleaseShape(envelopeHash)(r)
		if err != nil && !errors.Is(err, ErrNotDecryptRequest) {
			t.Fatalf("refused with %v, want not_decrypt_request", err)
		}
		if action, hash, ok := r.Action(); ok && ActionTail(action, hash) != r.Tail {
			t.Fatalf("tail %q parsed as %s %x, which spells %q", r.Tail, action, hash, ActionTail(action, hash))
		}
	})
}
