package request

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/p2p"
	"github.com/ethereum/go-ethereum/common"
)

// The chain set the node hands the pipeline serves it as is: no adapter.
var (
	_ Chain = (*chain.CachedSet)(nil)
	_ Chain = (*chain.Set)(nil)
)

// testChain applies the real freshness rule (chain 84532, head 10 000,
// 2 s blocks) over secrets in a map.
type testChain struct {
	secrets map[uint64]chain.SecretState
	reads   int
}

func (c *testChain) CheckFreshness(_ context.Context, chainID, block uint64) error {
	if chainID != 84532 {
		return &chain.UnsupportedChainError{ChainID: chainID}
	}
	return chain.CheckFreshness(block, 10_000, 2000)
}

func (c *testChain) SecretState(_ context.Context, _, id uint64) (chain.SecretState, error) {
	c.reads++
	st, ok := c.secrets[id]
	if !ok {
		return chain.SecretState{}, chain.ErrSecretNotFound
	}
	return st, nil
}

type pipelineFixture struct {
	chain            *testChain
	check            *Checker
	owner, stranger  common.Address
	sign             func(who string, secret, block uint64, tail ...string) (string, string)
	ownerKeyStranger func(secret, block uint64) (string, string) // names the owner, signed by the stranger
}

func newPipeline(t *testing.T, burst int) *pipelineFixture {
	t.Helper()
	ok, owner := newKey(t)
	sk, stranger := newKey(t)
	ch := &testChain{secrets: map[uint64]chain.SecretState{
		1: {Owner: owner, SecretType: 1, PublicKeyCID: "b"},
		2: {Owner: stranger, SecretType: 1},
	}}
	f := &pipelineFixture{chain: ch, owner: owner, stranger: stranger,
		check: NewChecker(ch, singleUse(NewReplayGuard(time.Hour)), NewRateLimiter(0.001, burst))}
	f.sign = func(who string, secret, block uint64, tail ...string) (string, string) {
		k, addr := ok, owner
		if who == "stranger" {
			k, addr = sk, stranger
		}
		data := Format(84532, secret, addr, block, tail...)
		return data, signWith(t, k, data)
	}
	f.ownerKeyStranger = func(secret, block uint64) (string, string) {
		data := Format(84532, secret, owner, block)
		return data, signWith(t, sk, data)
	}
	return f
}

var decryptSpec = Spec{Rule: Decrypt, Replay: true}

// singleUse makes g refuse every second use, so the pipeline's order tests
// see a replay at once (TestIdenticalRetries covers retries).
func singleUse(g *ReplayGuard) *ReplayGuard {
	g.MaxUses = 1
	return g
}

// TestIdenticalRetries is COMPAT.md's "identical retries" rule with finding
// 3 of the key-safety review: a deterministic signer's retry is
// byte-identical and is served again by the Black Box that first used it,
// a bounded number of times, each a served request that takes a token;
// another Black Box is refused (used_elsewhere) before any token is taken,
// so a request given to one Black Box cannot have shares released to
// another.
func TestIdenticalRetries(t *testing.T) {
	ctx := context.Background()
	// A budget of the retries and one more request.
	f := newPipeline(t, DefaultMaxUses+1)
	f.check.Replay.MaxUses = DefaultMaxUses
	data, sig := f.sign("owner", 1, 9_999)
	at := func(bb string) Spec {
		s := decryptSpec
		s.UsedBy = bb
		return s
	}
	for i := range DefaultMaxUses {
		if _, err := f.check.Check(ctx, data, sig, at("bb-1")); err != nil {
			t.Fatalf("use %d by the first Black Box: %v", i+1, err)
		}
	}
	if _, err := f.check.Check(ctx, data, sig, at("bb-1")); !errors.Is(err, ErrReplay) {
		t.Fatalf("use %d by the first Black Box: %v, want a replay", DefaultMaxUses+1, err)
	}
	for range 3 {
		if _, err := f.check.Check(ctx, data, sig, at("bb-2")); !errors.Is(err, ErrUsedElsewhere) {
			t.Fatalf("another Black Box: %v, want used_elsewhere", err)
		}
	}
	// The last token is still there for the signer's next request, and
	// then the budget is spent.
	data, sig = f.sign("owner", 1, 9_998)
	if _, err := f.check.Check(ctx, data, sig, at("bb-2")); err != nil {
		t.Fatalf("fresh request after the refusals: %v", err)
	}
	data, sig = f.sign("owner", 1, 9_997)
	if _, err := f.check.Check(ctx, data, sig, at("bb-2")); !errors.Is(err, ErrRateLimited) {
		t.Fatalf("request past the budget: %v", err)
	}
	// The refusal travels with its code: HTTP 409, a p2p refusal.
	if c := Classify(ErrUsedElsewhere).Code; c != CodeUsedElsewhere || c.HTTPStatus() != 409 || c.P2PStatus() != p2p.StatusRefused {
		t.Fatalf("used_elsewhere travels as %s / %d / %v", c, c.HTTPStatus(), c.P2PStatus())
	}
}

// TestPipelineOrder pins which refusal wins when a request has several
// faults: the order of the package documentation.
func TestPipelineOrder(t *testing.T) {
	ctx := context.Background()
	f := newPipeline(t, 100)

	// A bad signature over a stale block reports the stale block (the
	// client re-signs, and its new signature is checked then).
	data, _ := f.sign("owner", 1, 100)
	if _, err := f.check.Check(ctx, data, "0x00", decryptSpec); !errors.Is(err, ErrBlockTooOld) || !errors.Is(err, chain.ErrStaleBlock) {
		t.Fatalf("bad signature, stale block: %v", err)
	}
	// An unknown chain is named before its block is judged.
	if _, err := f.check.Check(ctx, Format(7, 1, f.owner, 1), "0x00", decryptSpec); Classify(err).Code != CodeChainUnsupported {
		t.Fatalf("unknown chain: %v", err)
	}
	// The field shape is checked before the chain is read.
	if _, err := f.check.Check(ctx, Format(84532, 1, f.owner, 100), "0x00", Spec{Fields: 5}); !errors.Is(err, ErrFormat) {
		t.Fatalf("four fields for five: %v", err)
	}

	// An unauthorised signer with a request the guard has already seen
	// is refused as not authorised: authorization comes before replay.
	data, sig := f.sign("stranger", 1, 9_999)
	if err := f.check.Replay.Use(data, sig); err != nil {
		t.Fatal(err)
	}
	if _, err := f.check.Check(ctx, data, sig, decryptSpec); !errors.Is(err, ErrNotAuthorized) {
		t.Fatalf("unauthorised replay: %v", err)
	}

	// A request refused by the endpoint's hook is not used up: the
	// corrected call with the same signed request passes.
	data, sig = f.sign("owner", 1, 9_999)
	hookErr := errors.New("cifer must be exactly 1104 bytes")
	refuse := decryptSpec
	refuse.Validate = func(*Checked) error { return hookErr }
	if _, err := f.check.Check(ctx, data, sig, refuse); !errors.Is(err, hookErr) {
		t.Fatalf("hook: %v", err)
	}
	reads := f.chain.reads
	ck, err := f.check.Check(ctx, data, sig, decryptSpec)
	if err != nil {
		t.Fatalf("corrected request: %v", err)
	}
	// The state is read once and handed over.
	if f.chain.reads != reads+1 || ck.State.PublicKeyCID != "b" || ck.Signer != f.owner {
		t.Fatalf("checked %+v after %d reads", ck, f.chain.reads-reads)
	}
	if _, err := f.check.Check(ctx, data, sig, decryptSpec); !errors.Is(err, ErrReplay) {
		t.Fatalf("second use: %v", err)
	}

	// A held request is spent only by Spend, once.
	data, sig = f.sign("owner", 1, 9_998)
	hold := decryptSpec
	hold.Hold = true
	ck, err = f.check.Check(ctx, data, sig, hold)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.check.Check(ctx, data, sig, hold); err != nil {
		t.Fatalf("held request used up before Spend: %v", err)
	}
	if err := ck.Spend(); err != nil {
		t.Fatal(err)
	}
	if err := ck.Spend(); err != nil {
		t.Fatalf("second Spend of one check: %v", err)
	}
	if _, err := f.check.Check(ctx, data, sig, decryptSpec); !errors.Is(err, ErrReplay) {
		t.Fatalf("after Spend: %v", err)
	}

	// AnySigner reads no state; PublicKey refuses a syncing secret.
	reads = f.chain.reads
	data, sig = f.sign("owner", 99, 9_999)
	if _, err := f.check.Check(ctx, data, sig, Spec{}); err != nil || f.chain.reads != reads {
		t.Fatalf("any signer: %v, %d reads", err, f.chain.reads-reads)
	}
	if _, err := f.check.Check(ctx, data, sig, Spec{Rule: PublicKey}); !errors.Is(err, chain.ErrSecretNotFound) {
		t.Fatalf("public key of an unknown secret: %v", err)
	}
	f.chain.secrets[3] = chain.SecretState{Owner: f.stranger, IsSyncing: true}
	data, sig = f.sign("owner", 3, 9_999)
	if _, err := f.check.Check(ctx, data, sig, Spec{Rule: PublicKey}); !errors.Is(err, ErrSyncing) {
		t.Fatalf("public key while syncing: %v", err)
	}
	if _, err := f.check.Check(ctx, data, sig, Spec{Rule: OwnerOrDelegate}); !errors.Is(err, ErrNotAuthorized) {
		t.Fatalf("owner-or-delegate rule for a stranger's secret: %v", err)
	}
}

// TestRefusalsSpendNoBudget: with a burst of 2, the signer's first request
// passes; replays of it, requests forged in its name and its requests for
// a secret it may not use are refused as such, never as rate-limited; its
// next fresh request still passes, and only the one after is limited.
func TestRefusalsSpendNoBudget(t *testing.T) {
	ctx := context.Background()
	f := newPipeline(t, 2)
	data, sig := f.sign("owner", 1, 9_999)
	if _, err := f.check.Check(ctx, data, sig, decryptSpec); err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		if _, err := f.check.Check(ctx, data, sig, decryptSpec); !errors.Is(err, ErrReplay) {
			t.Fatalf("replay %d: %v", i, err)
		}
		fd, fs := f.ownerKeyStranger(1, 9_990-uint64(i))
		if _, err := f.check.Check(ctx, fd, fs, decryptSpec); !errors.Is(err, ErrSignerMismatch) {
			t.Fatalf("forged %d: %v", i, err)
		}
		od, os := f.sign("owner", 2, 9_990-uint64(i))
		if _, err := f.check.Check(ctx, od, os, decryptSpec); !errors.Is(err, ErrNotAuthorized) {
			t.Fatalf("not authorised %d: %v", i, err)
		}
	}
	data, sig = f.sign("owner", 1, 9_998)
	if _, err := f.check.Check(ctx, data, sig, decryptSpec); err != nil {
		t.Fatalf("fresh request after the refusals: %v", err)
	}
	data, sig = f.sign("owner", 1, 9_997)
	if _, err := f.check.Check(ctx, data, sig, decryptSpec); !errors.Is(err, ErrRateLimited) {
		t.Fatalf("third accepted request within a burst of 2: %v", err)
	}
}

// TestCodeTable: every code has a status on both transports, and a refusal
// survives the p2p form (ToRemote, FromRemote) with its code, message and
// numbers.
func TestCodeTable(t *testing.T) {
	for _, c := range Codes() {
		if s := c.HTTPStatus(); s < 400 || s > 599 {
			t.Errorf("%s: HTTP %d", c, s)
		}
		if c.P2PStatus() == p2p.StatusOK {
			t.Errorf("%s: p2p ok", c)
		}
		r := Refuse(c, "why "+string(c)).ToRemote()
		back := FromRemote(fmt.Errorf("ask: %w", r))
		if !errors.Is(back, Refuse(c, "")) || back.Error() != "why "+string(c) {
			t.Errorf("%s: read back as %v", c, back)
		}
		var re *p2p.RemoteError
		if !errors.As(back, &re) || re.Status != c.P2PStatus() {
			t.Errorf("%s: remote error lost", c)
		}
	}
	if Code("new_in_a_later_release").HTTPStatus() != http.StatusInternalServerError {
		t.Error("unknown code")
	}

	fe := &chain.FreshnessError{Block: 100, Head: 9000, Window: 300}
	back := FromRemote(Classify(fmt.Errorf("check: %w", fe)).ToRemote())
	var got *chain.FreshnessError
	if !errors.Is(back, ErrBlockTooOld) || !errors.Is(back, chain.ErrStaleBlock) || !errors.As(back, &got) || *got != *fe {
		t.Fatalf("freshness read back as %v (%+v)", back, got)
	}
	rl := Classify(&RateLimitError{RetryAfter: 1500 * time.Millisecond})
	back = FromRemote(rl.ToRemote())
	var ref *Refusal
	if !errors.As(back, &ref) || ref.RetryAfter != 1500*time.Millisecond || !errors.Is(back, ErrRateLimited) {
		t.Fatalf("rate limit read back as %v", back)
	}
	if err := errors.New("plain"); FromRemote(err) != err {
		t.Fatal("an error without a coded refusal changed")
	}
}
