package enclave_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cifer-network/cifer/enclave"
)

func TestStatementRoundTrip(t *testing.T) {
	f := newFixture(t)
	st := f.statement(t, f.a, f.peerA)
	raw, err := st.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	got, err := enclave.ParseStatement(raw)
	if err != nil {
		t.Fatal(err)
	}
	again, err := got.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(raw, again) {
		t.Fatal("parse then marshal changed the bytes")
	}
	if got.Backend != enclave.BackendSim || got.Wallet != f.a.Keys().Address() || !bytes.Equal(got.PeerID, f.peerA) ||
		got.Network != testNetwork || got.HomeChainID != testChainID || !got.IssuedAt.Equal(st.IssuedAt) ||
		!got.ExpiresAt.Equal(st.ExpiresAt) || !bytes.Equal(got.TransportKey, f.a.Keys().TransportPublicKey()) {
		t.Errorf("parsed %+v, want %+v", got, st)
	}
	// The layout in docs: version, then the backend field.
	if raw[0] != enclave.StatementVersion || binary.BigEndian.Uint16(raw[1:3]) != uint16(len("sim")) || string(raw[3:6]) != "sim" {
		t.Errorf("statement starts %x", raw[:8])
	}
	// The signature is the last field, after its length.
	if n := len(raw); binary.BigEndian.Uint16(raw[n-67:n-65]) != enclave.SignatureLen || !bytes.Equal(raw[n-65:], st.Signature) {
		t.Error("signature is not the last field")
	}
}

func TestStatementReportDataIsDomainSeparated(t *testing.T) {
	f := newFixture(t)
	st := f.statement(t, f.a, f.peerA)
	fields, err := st.Fields()
	if err != nil {
		t.Fatal(err)
	}
	ud, err := st.ReportData()
	if err != nil {
		t.Fatal(err)
	}
	other := *st
	other.Network = "cifer-other"
	ud2, err := other.ReportData()
	if err != nil {
		t.Fatal(err)
	}
	if ud == ud2 {
		t.Error("report data does not depend on the network")
	}
	raw, _ := st.MarshalBinary()
	if !bytes.HasPrefix(raw, fields) {
		t.Error("encoding does not start with the fields")
	}
}

func TestParseStatementRejects(t *testing.T) {
	f := newFixture(t)
	raw, err := f.statement(t, f.a, f.peerA).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	mutate := func(fn func(b []byte) []byte) []byte { return fn(bytes.Clone(raw)) }
	tests := []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"version 2", mutate(func(b []byte) []byte { b[0] = 2; return b })},
		{"truncated", raw[:len(raw)-1]},
		{"trailing byte", append(bytes.Clone(raw), 0)},
		{"backend with capitals", mutate(func(b []byte) []byte { b[3] = 'S'; return b })},
		{"backend length zero", mutate(func(b []byte) []byte { b[1], b[2] = 0, 0; return b })},
		{"measurement of 31 bytes", mutate(func(b []byte) []byte { b[7] = 31; return b })},
		{"too large", make([]byte, enclave.MaxStatementSize+1)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if st, err := enclave.ParseStatement(tc.b); !errors.Is(err, enclave.ErrMalformed) {
				t.Fatalf("parsed %+v (%v), want ErrMalformed", st, err)
			}
		})
	}
}

func TestNewStatementValidates(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name string
		p    enclave.StatementParams
	}{
		{"no peer id", enclave.StatementParams{Network: testNetwork, IssuedAt: f.now, Lifetime: time.Hour}},
		{"network with a space", enclave.StatementParams{PeerID: f.peerA, Network: "a b", IssuedAt: f.now, Lifetime: time.Hour}},
		{"no lifetime", enclave.StatementParams{PeerID: f.peerA, Network: testNetwork, IssuedAt: f.now}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := enclave.NewStatement(context.Background(), f.a, tc.p); err == nil {
				t.Fatal("built a statement from bad parameters")
			}
		})
	}
}

func TestStatementFile(t *testing.T) {
	f := newFixture(t)
	st := f.statement(t, f.a, f.peerA)
	raw, _ := st.MarshalBinary()
	path := filepath.Join(t.TempDir(), "statement.hex")
	if err := enclave.WriteStatementFile(path, st); err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		b    []byte
	}{
		{"written file", text},
		{"raw", raw},
		{"0x hex with spaces", []byte("  0x" + strings.ToUpper(hex.EncodeToString(raw)) + "\n\n")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := enclave.DecodeStatementFile(tc.b)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := got.MarshalBinary()
			if !bytes.Equal(b, raw) {
				t.Error("decoded statement differs")
			}
		})
	}
	if _, err := enclave.DecodeStatementFile([]byte("zz")); !errors.Is(err, enclave.ErrMalformed) {
		t.Errorf("decoded junk: %v", err)
	}
}
