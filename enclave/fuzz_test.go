package enclave

import (
	"bytes"
	"encoding/binary"
	"testing"
	"time"
)

// seedStatement is a structurally valid statement (the signature and report
// are junk: the parser does not check them). Its transport key is short on
// purpose: the fuzzer minimizes every new input, and a 1,216-byte X-Wing key
// makes that minimizing take most of the fuzzing time.
func seedStatement() []byte { return seedStatementWith([32]byte{}) }

// seedStatementWith is the seed with manifest hash m (non-zero: version 2).
func seedStatementWith(m [32]byte) []byte {
	st := &Statement{
		ManifestHash: m,
		Backend:      BackendSim,
		Measurement:  [32]byte{1},
		PeerID:       []byte("peer"),
		TransportKey: bytes.Repeat([]byte{7}, 8),
		Network:      "cifer-test",
		HomeChainID:  31337,
		IssuedAt:     time.Unix(1_700_000_000, 0),
		ExpiresAt:    time.Unix(1_700_003_600, 0),
		Report:       []byte("report"),
		Signature:    make([]byte, SignatureLen),
	}
	b, err := st.MarshalBinary()
	if err != nil {
		panic(err)
	}
	return b
}

func FuzzParseStatement(f *testing.F) {
	seed := seedStatement()
	f.Add(seed)
	f.Add(seed[:40])
	f.Add(seedStatementWith([32]byte{0xab}))
	f.Add([]byte{1})
	f.Add(binary.BigEndian.AppendUint16([]byte{1}, 0xffff))
	f.Fuzz(func(t *testing.T, b []byte) {
		st, err := ParseStatement(b)
		if err != nil {
			return
		}
		// Only canonical encodings parse.
		again, err := st.MarshalBinary()
		if err != nil {
			t.Fatalf("parsed statement does not marshal: %v", err)
		}
		if !bytes.Equal(again, b) {
			t.Fatalf("non-canonical encoding accepted")
		}
		if _, err := st.ReportData(); err != nil {
			t.Fatal(err)
		}
		if _, err := DecodeStatementFile(b); err != nil {
			t.Fatalf("raw statement not accepted as a file: %v", err)
		}
	})
}
