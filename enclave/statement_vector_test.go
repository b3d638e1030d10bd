package enclave_test

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/cifer-network/cifer/enclave"
	"github.com/ethereum/go-ethereum/crypto"
	lcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// The statement test vector of docs/PROTOCOL.md section 8: fixed keys and
// fields, every derived value in hex. The report is a placeholder: the
// vector pins the statement's encoding and bindings, not a backend.
const (
	// vectorWalletKey is a widely published example secp256k1 key.
	vectorWalletKey = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
	vectorPeerSeed  = "2222222222222222222222222222222222222222222222222222222222222222"
)

var vectorHex = []struct{ name, hex string }{
	{"enclave wallet", "2c7536e3605d9c16a7a3d7b1898e529396a65c23"},
	{"peer ID", "002408011220a09aa5f47a6759802ff955f8dc2d2a14a5c99d23be97f864127f" +
		"f9383455a4f0"},
	{"Fields", "01000373696d0020111111111111111111111111111111111111111111111111" +
		"11111111111111110026002408011220a09aa5f47a6759802ff955f8dc2d2a14" +
		"a5c99d23be97f864127ff9383455a4f000142c7536e3605d9c16a7a3d7b1898e" +
		"529396a65c230020333333333333333333333333333333333333333333333333" +
		"3333333333333333000d63696665722d746573746e65740000000000014a3400" +
		"0000006955b900000000006955c710"},
	{"report data", "027c1cd928b33cc516a9e14cbd83b333d0403318e67ac0d1d82224690f6f45bf" +
		"25a3fea7a177a95f889aae0027136e76815e0019bf4a2dbcbfa219f817b53ecc"},
	{"signing hash", "3039ebcbfcf6c698a887e47e3712fea3b8d26b0d1092d29a110bcd666f7a33c2"},
	{"signature", "ef4852974a0c14975fcf823b881427412c0a7fdad9b49abf139fafd0c8b9d4e4" +
		"3d7ecba50304ad4ca26a75dc5f9a6aa34950514c09a84a2e93a6c37f99983833" +
		"00"},
	{"encoding", "01000373696d0020111111111111111111111111111111111111111111111111" +
		"11111111111111110026002408011220a09aa5f47a6759802ff955f8dc2d2a14" +
		"a5c99d23be97f864127ff9383455a4f000142c7536e3605d9c16a7a3d7b1898e" +
		"529396a65c230020333333333333333333333333333333333333333333333333" +
		"3333333333333333000d63696665722d746573746e65740000000000014a3400" +
		"0000006955b900000000006955c7100012706c616365686f6c64657220726570" +
		"6f72740041ef4852974a0c14975fcf823b881427412c0a7fdad9b49abf139faf" +
		"d0c8b9d4e43d7ecba50304ad4ca26a75dc5f9a6aa34950514c09a84a2e93a6c3" +
		"7f9998383300"},
}

func vectorStatement(t *testing.T) *enclave.Statement {
	t.Helper()
	seed, _ := hex.DecodeString(vectorPeerSeed)
	pk, err := lcrypto.UnmarshalEd25519PrivateKey(ed25519.NewKeyFromSeed(seed))
	if err != nil {
		t.Fatal(err)
	}
	pid, err := peer.IDFromPrivateKey(pk)
	if err != nil {
		t.Fatal(err)
	}
	wk, err := crypto.HexToECDSA(vectorWalletKey)
	if err != nil {
		t.Fatal(err)
	}
	st := &enclave.Statement{
		Backend:      enclave.BackendSim,
		Measurement:  [32]byte(bytes.Repeat([]byte{0x11}, 32)),
		PeerID:       []byte(pid),
		Wallet:       crypto.PubkeyToAddress(wk.PublicKey),
		TransportKey: bytes.Repeat([]byte{0x33}, 32),
		Network:      "cifer-testnet",
		HomeChainID:  84532,
		IssuedAt:     time.Unix(1767225600, 0), // 2026-01-01T00:00:00Z
		ExpiresAt:    time.Unix(1767229200, 0), // one hour later
		Report:       []byte("placeholder report"),
	}
	h, err := st.SigningHash()
	if err != nil {
		t.Fatal(err)
	}
	// go-ethereum signs with RFC 6979 nonces, so the signature is fixed.
	if st.Signature, err = crypto.Sign(h[:], wk); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestStatementVector(t *testing.T) {
	st := vectorStatement(t)
	fields, err := st.Fields()
	if err != nil {
		t.Fatal(err)
	}
	ud, err := st.ReportData()
	if err != nil {
		t.Fatal(err)
	}
	h, err := st.SigningHash()
	if err != nil {
		t.Fatal(err)
	}
	enc, err := st.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	got := [][]byte{st.Wallet[:], st.PeerID, fields, ud[:], h[:], st.Signature, enc}
	for i, v := range vectorHex {
		if hex.EncodeToString(got[i]) != v.hex {
			t.Errorf("%s:\n got %x\nwant %s", v.name, got[i], v.hex)
		}
	}
	// The encoding parses back to the same statement, and its signature
	// recovers the wallet (policy check 7).
	back, err := enclave.ParseStatement(enc)
	if err != nil {
		t.Fatalf("parse vector: %v", err)
	}
	if again, _ := back.MarshalBinary(); !bytes.Equal(again, enc) {
		t.Fatal("vector does not round-trip")
	}
	pub, err := crypto.SigToPub(h[:], back.Signature)
	if err != nil || crypto.PubkeyToAddress(*pub) != st.Wallet {
		t.Fatalf("signature does not recover the wallet: %v", err)
	}
}

// TestStatementVectorInDocs keeps the published vector equal to the code's.
func TestStatementVectorInDocs(t *testing.T) {
	doc, err := os.ReadFile("../docs/PROTOCOL.md")
	if err != nil {
		t.Fatal(err)
	}
	_, sec8, ok := strings.Cut(string(doc), "\n## 8.")
	if !ok {
		t.Fatal("PROTOCOL.md has no section 8")
	}
	sec8, _, _ = strings.Cut(sec8, "\n## ")
	flat := strings.Join(strings.Fields(sec8), "")
	for _, v := range vectorHex {
		if !strings.Contains(flat, v.hex) {
			t.Errorf("PROTOCOL.md section 8 lacks the vector's %s %s", v.name, v.hex)
		}
	}
	for _, s := range []string{vectorWalletKey, vectorPeerSeed} {
		if !strings.Contains(flat, s) {
			t.Errorf("PROTOCOL.md section 8 lacks the vector key %s", s)
		}
	}
}
