package blackbox

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/cifer-network/cifer/custody"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
)

const evidenceDomain = "cifer-bad-share-evidence-v1"

// Digest is what the reporting Black Box signs: the secret, share version,
// custodian, x, and both hashes, so the record can be checked by anyone who
// has the creation record.
func (e *Evidence) Digest() []byte {
	b := make([]byte, 0, 128)
	b = binary.BigEndian.AppendUint64(b, e.ChainID)
	b = binary.BigEndian.AppendUint64(b, e.SecretID)
	b = binary.BigEndian.AppendUint32(b, e.ShareVersion)
	b = append(b, byte(len(e.Custodian)))
	b = append(b, e.Custodian...)
	b = append(b, e.X)
	b = append(b, e.GotHash[:]...)
	b = append(b, e.WantHash[:]...)
	b = binary.BigEndian.AppendUint64(b, uint64(e.At.Unix()))
	return crypto.Keccak256([]byte(evidenceDomain), b)
}

// EvidenceRecord is one line of the evidence log.
type EvidenceRecord struct {
	ChainID      uint64 `json:"chainId"`
	SecretID     uint64 `json:"secretId"`
	ShareVersion uint32 `json:"shareVersion"`
	Custodian    string `json:"custodian"`
	X            uint8  `json:"x"`
	GotHash      string `json:"gotHash"`
	WantHash     string `json:"wantHash"`
	At           int64  `json:"at"`
	Reporter     string `json:"reporter"`
	Signature    string `json:"signature"`
}

// Verify checks the record's signature against its reporter.
func (r *EvidenceRecord) Verify() error {
	e := Evidence{ChainID: r.ChainID, SecretID: r.SecretID, ShareVersion: r.ShareVersion, Custodian: r.Custodian, X: r.X, At: time.Unix(r.At, 0)}
	got, err1 := hex.DecodeString(r.GotHash)
	want, err2 := hex.DecodeString(r.WantHash)
	sig, err3 := hex.DecodeString(r.Signature)
	if err := errors.Join(err1, err2, err3); err != nil || len(got) != 32 || len(want) != 32 || len(sig) != 65 {
		return fmt.Errorf("malformed evidence record: %v", err)
	}
	copy(e.GotHash[:], got)
	copy(e.WantHash[:], want)
	pub, err := crypto.SigToPub(e.Digest(), sig)
	if err != nil {
		return fmt.Errorf("evidence signature: %w", err)
	}
	if crypto.PubkeyToAddress(*pub) != common.HexToAddress(r.Reporter) {
		return errors.New("evidence not signed by its reporter")
	}
	return nil
}

// EvidenceLog keeps signed evidence against custodians: a log line for the
// operator, a metric, and an append-only JSON-lines file synced to disk,
// which the slashing work to come will submit.
type EvidenceLog struct {
	path    string
	signer  custody.HashSigner
	log     *slog.Logger
	counter *prometheus.CounterVec
	mu      sync.Mutex
}

// NewEvidenceLog appends to path; reg may be nil.
func NewEvidenceLog(path string, signer custody.HashSigner, log *slog.Logger, reg prometheus.Registerer) (*EvidenceLog, error) {
	if log == nil {
		log = slog.Default()
	}
	c := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "cifer_blackbox_bad_shares_total",
		Help: "Shares received that do not match their creation record, by custodian.",
	}, []string{"custodian"})
	if reg != nil {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("register evidence metric: %w", err)
		}
	}
	return &EvidenceLog{path: path, signer: signer, log: log, counter: c}, nil
}

// Report signs and records ev. Failing to persist is logged as an error
// (an operator must act) but does not fail the decryption that found it.
func (l *EvidenceLog) Report(_ context.Context, ev Evidence) {
	ev.At = ev.At.Truncate(time.Second)
	l.counter.WithLabelValues(ev.Custodian).Inc()
	l.log.Warn("custodian reported for a bad share", "custodian", ev.Custodian, "chain", ev.ChainID, "secret", ev.SecretID, "x", ev.X)
	sig, err := l.signer.SignHash(ev.Digest())
	if err != nil {
		l.log.Error("sign evidence", "err", err)
		return
	}
	rec := EvidenceRecord{
		ChainID: ev.ChainID, SecretID: ev.SecretID, ShareVersion: ev.ShareVersion, Custodian: ev.Custodian, X: ev.X,
		GotHash: hex.EncodeToString(ev.GotHash[:]), WantHash: hex.EncodeToString(ev.WantHash[:]), At: ev.At.Unix(),
		Reporter: l.signer.Address().Hex(), Signature: hex.EncodeToString(sig),
	}
	line, _ := json.Marshal(rec)
	l.mu.Lock()
	defer l.mu.Unlock()
	f, err := os.OpenFile(l.path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		l.log.Error("open evidence log", "err", err)
		return
	}
	defer f.Close()
	if _, err := f.Write(append(line, '\n')); err != nil {
		l.log.Error("write evidence log", "err", err)
		return
	}
	if err := f.Sync(); err != nil {
		l.log.Error("sync evidence log", "err", err)
	}
}
