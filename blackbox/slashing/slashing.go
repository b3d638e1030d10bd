// Package slashing submits the slashing evidence a Black Box finds: when a
// custodian's signed release of a share contradicts the creation record it
// names (blackbox.Evidence with a Release), the Submitter sends it to the
// Slasher contract on its own, once, with a deadline, and logs the outcome.
// The contract checks the evidence itself; the reporter is paid a governed
// share of what is taken. It never sees or logs a share, only its hash.
package slashing

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/custody"
)

// Sender sends one piece of bad-release evidence and waits for it
// (chain.Client.SlashBadRelease bound to a signer and the Slasher address).
type Sender interface {
	SlashBadRelease(ctx context.Context, recordBody, recordSignature []byte, rel bindings.SlasherRelease) (*types.Receipt, error)
}

// ChainSender is a Sender over a home-chain client, signing with the
// node's enclave wallet (which is paid the reporter's share).
type ChainSender struct {
	Client  *chain.Client
	Signer  chain.TxSigner
	Slasher common.Address
}

// SlashBadRelease implements Sender.
func (s ChainSender) SlashBadRelease(ctx context.Context, recordBody, recordSignature []byte, rel bindings.SlasherRelease) (*types.Receipt, error) {
	return s.Client.SlashBadRelease(ctx, s.Signer, s.Slasher, recordBody, recordSignature, rel)
}

// DefaultTimeout bounds one submission from send to receipt.
const DefaultTimeout = 2 * time.Minute

// queueLen bounds the evidence waiting to be sent; past it new evidence is
// dropped with a log line (the evidence log still keeps it).
const queueLen = 64

// seenLimit bounds the releases remembered as already queued.
const seenLimit = 4096

type job struct {
	body, sig []byte
	rel       bindings.SlasherRelease
	key       [32]byte // the release's digest
	custodian string
}

// Submitter is a blackbox.EvidenceSink that submits slashable evidence.
// Report never blocks a decryption: it queues, and Run sends.
type Submitter struct {
	send    Sender
	log     *slog.Logger
	timeout time.Duration
	queue   chan job
	mu      sync.Mutex
	seen    map[[32]byte]bool
	// Done, when set, is told each outcome (tests wait on it instead of
	// sleeping): the custodian's peer ID and the error, nil when slashed.
	Done func(custodian string, err error)
}

// New returns a Submitter sending through send; log may be nil.
func New(send Sender, log *slog.Logger) *Submitter {
	if log == nil {
		log = slog.Default()
	}
	return &Submitter{send: send, log: log, timeout: DefaultTimeout, queue: make(chan job, queueLen), seen: map[[32]byte]bool{}}
}

// Report implements blackbox.EvidenceSink: it queues evidence that carries
// a verified release, each release once.
func (s *Submitter) Report(_ context.Context, ev blackbox.Evidence) {
	if ev.Release == nil || ev.Record == nil {
		return
	}
	body, err := ev.Record.Body()
	if err != nil {
		s.log.Warn("slashing evidence: record does not encode", "err", err)
		return
	}
	r := ev.Release
	var key [32]byte
	copy(key[:], r.Digest())
	s.mu.Lock()
	dup := s.seen[key]
	if len(s.seen) >= seenLimit {
		// Bounded: a forgotten release sent again is refused by the
		// contract as used, at the cost of a preflight call.
		s.seen = map[[32]byte]bool{}
	}
	s.seen[key] = true
	s.mu.Unlock()
	if dup {
		return
	}
	j := job{body: body, sig: ev.Record.Signature, rel: releaseArg(r), key: key, custodian: ev.Custodian}
	select {
	case s.queue <- j:
	default:
		s.log.Warn("slashing evidence queue full; evidence stays in the evidence log only", "custodian", ev.Custodian)
	}
}

// Run sends queued evidence until ctx ends.
func (s *Submitter) Run(ctx context.Context) error {
	for {
		select {
		case <-ctx.Done():
			return nil
		case j := <-s.queue:
			s.submit(ctx, j)
		}
	}
}

func (s *Submitter) submit(ctx context.Context, j job) {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	rcpt, err := s.send.SlashBadRelease(ctx, j.body, j.sig, j.rel)
	attrs := []any{"custodian", j.custodian, "wallet", j.rel.Custodian.Hex(), "chain", j.rel.ChainId,
		"secret", j.rel.SecretId, "version", j.rel.ShareVersion, "x", j.rel.X}
	switch {
	case err == nil:
		s.log.Warn("custodian slashed on our evidence", append(attrs, "tx", rcpt.TxHash.Hex())...)
	case errors.Is(err, chain.ErrEvidenceUsed), errors.Is(err, chain.ErrFaultSlashed):
		// Another Black Box reported the same fault first.
		s.log.Info("slashing evidence already used", append(attrs, "err", err)...)
	default:
		s.log.Error("submit slashing evidence", append(attrs, "err", err)...)
	}
	if s.Done != nil {
		s.Done(j.custodian, err)
	}
}

func releaseArg(r *custody.Release) bindings.SlasherRelease {
	return bindings.SlasherRelease{ChainId: r.ChainID, SecretId: r.SecretID, ShareVersion: r.ShareVersion, X: r.X,
		ShareHash: r.ShareHash, RecordDigest: r.RecordDigest, Custodian: r.Custodian, Signature: r.Signature}
}

// Sinks reports evidence to each sink in turn (the evidence log, then the
// Submitter).
type Sinks []blackbox.EvidenceSink

// Report implements blackbox.EvidenceSink.
func (ss Sinks) Report(ctx context.Context, ev blackbox.Evidence) {
	for _, s := range ss {
		if s != nil {
			s.Report(ctx, ev)
		}
	}
}
