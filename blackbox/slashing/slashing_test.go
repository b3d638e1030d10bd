package slashing_test

import (
	"context"
	"crypto/sha256"
	"errors"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cifer-network/cifer/blackbox"
	"github.com/cifer-network/cifer/blackbox/blackboxtest"
	"github.com/cifer-network/cifer/blackbox/slashing"
	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/cifer-network/cifer/custody"
)

type fakeSender struct {
	mu   sync.Mutex
	sent []bindings.SlasherRelease
	err  error
}

func (f *fakeSender) SlashBadRelease(_ context.Context, body, sig []byte, rel bindings.SlasherRelease) (*types.Receipt, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(body) == 0 || len(sig) != 65 {
		return nil, errors.New("evidence without its record")
	}
	f.sent = append(f.sent, rel)
	if f.err != nil {
		return nil, f.err
	}
	return &types.Receipt{}, nil
}

// evidence is a bad share's report with the custodian's signed release.
func evidence(t *testing.T) blackbox.Evidence {
	t.Helper()
	d, cs, _, _ := blackboxtest.DealtCluster(t)
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	dg, err := d.Record.Digest()
	if err != nil {
		t.Fatal(err)
	}
	rel := &custody.Release{ChainID: d.Record.ChainID, SecretID: d.Record.SecretID, ShareVersion: d.Record.ShareVersion,
		X: 2, ShareHash: sha256.Sum256([]byte("bad")), RecordDigest: dg}
	if err := rel.Sign(blackboxtest.KeySigner{Key: key}); err != nil {
		t.Fatal(err)
	}
	return blackbox.Evidence{ChainID: rel.ChainID, SecretID: rel.SecretID, ShareVersion: rel.ShareVersion, Custodian: cs[1].PeerID,
		X: 2, GotHash: rel.ShareHash, Release: rel, Record: d.Record}
}

// run starts s and returns a channel of its outcomes and the stop.
func run(t *testing.T, s *slashing.Submitter) <-chan error {
	t.Helper()
	out := make(chan error, 8)
	s.Done = func(_ string, err error) { out <- err }
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan struct{})
	go func() { defer close(ran); _ = s.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-ran })
	return out
}

func wait(t *testing.T, out <-chan error) error {
	t.Helper()
	select {
	case err := <-out:
		return err
	case <-time.After(30 * time.Second):
		t.Fatal("no submission outcome")
		return nil
	}
}

// TestSubmitterSendsOnce: evidence with a release is sent once however often
// it is reported; evidence without one (an unsigned or forged release) is
// never sent.
func TestSubmitterSendsOnce(t *testing.T) {
	f := &fakeSender{}
	s := slashing.New(f, slog.New(slog.DiscardHandler))
	out := run(t, s)
	ev := evidence(t)
	bare := ev
	bare.Release, bare.Record = nil, nil
	s.Report(context.Background(), bare)
	s.Report(context.Background(), ev)
	s.Report(context.Background(), ev)
	if err := wait(t, out); err != nil {
		t.Fatal(err)
	}
	// A second piece of evidence goes out after the first: had the
	// duplicate been queued it would have been sent before this one.
	other := evidence(t)
	s.Report(context.Background(), other)
	if err := wait(t, out); err != nil {
		t.Fatal(err)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.sent) != 2 || f.sent[0].ShareHash != ev.Release.ShareHash || f.sent[1].Custodian != other.Release.Custodian {
		t.Fatalf("sent %d releases: %+v", len(f.sent), f.sent)
	}
	if f.sent[0].Custodian != ev.Release.Custodian || string(f.sent[0].Signature) != string(ev.Release.Signature) {
		t.Fatalf("sent release %+v, want the reported one", f.sent[0])
	}
}

// TestSubmitterReportsRefusal: a refusal (another reporter was first) is an
// outcome, not a retry.
func TestSubmitterReportsRefusal(t *testing.T) {
	f := &fakeSender{err: &chain.RevertError{Method: "slashBadRelease", Reason: "Evidence already used"}}
	s := slashing.New(f, slog.New(slog.DiscardHandler))
	out := run(t, s)
	s.Report(context.Background(), evidence(t))
	if err := wait(t, out); !errors.Is(err, chain.ErrEvidenceUsed) {
		t.Fatalf("outcome %v, want ErrEvidenceUsed", err)
	}
}
