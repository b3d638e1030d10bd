package client

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/request"
)

// fakeHeads is a chain whose tracked head and real head differ; each
// BlockNumber call moves the real head on by step.
type fakeHeads struct {
	tracked, real, step uint64
}

func (f *fakeHeads) Head() uint64 { return f.tracked }

func (f *fakeHeads) BlockNumber(context.Context) (uint64, error) {
	n := f.real
	f.real += f.step
	return n, nil
}

// A Black Box that refuses with the given errors in turn, then accepts;
// it records the block each request was signed at.
type fakeBlackBox struct {
	refusals []error
	blocks   []string
}

func (b *fakeBlackBox) sign(block uint64) (string, string, error) {
	return fmt.Sprintf("31337_1_0xabc_%d_tail", block), "sig", nil
}

func (b *fakeBlackBox) send(data, _ string) error {
	b.blocks = append(b.blocks, strings.Split(data, "_")[3])
	if len(b.blocks) <= len(b.refusals) {
		return b.refusals[len(b.blocks)-1]
	}
	return nil
}

func refused(msg string) error { return &RefusedError{Message: msg} }

func TestSignAndSendRetries(t *testing.T) {
	tooOld := refused("Block number 100 is too old (current: 900, max window: 600)")
	future := refused("Block number 300 is in the future (current: 250)")
	notOwner := refused("signer is not the secret owner or delegate: 0xabc")
	tests := []struct {
		name       string
		heads      fakeHeads
		refusals   []error
		wantBlocks []string // the blocks signed at, in order
		wantErr    error    // nil: success
	}{
		{"accepted at the tracked head", fakeHeads{tracked: 100, real: 100}, nil, []string{"100"}, nil},
		{"too old: re-signed at the chain's head", fakeHeads{tracked: 100, real: 900}, []error{tooOld}, []string{"100", "900"}, nil},
		{"future: re-signed at the Black Box's lower head", fakeHeads{tracked: 300, real: 300}, []error{future}, []string{"300", "250"}, nil},
		{"future: re-signed at the chain's head when lower", fakeHeads{tracked: 300, real: 240}, []error{future}, []string{"300", "240"}, nil},
		{"stale twice: the second refusal is returned", fakeHeads{tracked: 100, real: 900}, []error{tooOld, tooOld}, []string{"100", "900"}, tooOld},
		{"stale but the head has not moved: no retry", fakeHeads{tracked: 100, real: 100}, []error{tooOld}, []string{"100"}, tooOld},
		{"replay: re-signed in the next block", fakeHeads{tracked: 100, real: 100, step: 1},
			[]error{refused("request already used: sign a new one")}, []string{"100", "101"}, nil},
		{"a refusal of the request itself is not retried", fakeHeads{tracked: 100, real: 900}, []error{notOwner}, []string{"100"}, notOwner},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			bb := &fakeBlackBox{refusals: tc.refusals}
			err := signAndSend(ctx, &tc.heads, bb.sign, bb.send)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("error %v, want %v", err, tc.wantErr)
			}
			if strings.Join(bb.blocks, ",") != strings.Join(tc.wantBlocks, ",") {
				t.Fatalf("signed at blocks %v, want %v", bb.blocks, tc.wantBlocks)
			}
		})
	}
}

func TestIsStaleBlock(t *testing.T) {
	tests := []struct {
		err  error
		want bool
	}{
		{refused("Block number 1 is too old (current: 700, max window: 600)"), true},
		{refused("Block number 9 is in the future (current: 2)"), true},
		{fmt.Errorf("decrypt: %w", refused("Block number 9 is in the future (current: 2)")), true},
		{refused("Block number 9 is in the future"), false},
		{errors.New("Block number 1 is too old (current: 700, max window: 600)"), false},
		{refused("signer is not the secret owner or delegate"), false},
		{nil, false},
	}
	for _, tc := range tests {
		if got := IsStaleBlock(tc.err); got != tc.want {
			t.Errorf("IsStaleBlock(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}

// TestRefusalCodes: every refusal a Black Box sends with a code is matched
// with errors.Is after the client read it; a freshness refusal's head comes
// from the numbers it carries, not from its text; and the refusals the
// client retries are recognised by code.
func TestRefusalCodes(t *testing.T) {
	for _, code := range request.Codes() {
		wire := request.Refuse(code, "because "+string(code)).ToRemote()
		re, ok := refusedOf(fmt.Errorf("black box x: %w", wire))
		if wire.Status == p2p.StatusInternal {
			if ok {
				t.Errorf("%s: an internal failure taken for a refusal", code)
			}
			continue
		}
		if !ok || !errors.Is(re, request.Refuse(code, "")) || re.Message != "because "+string(code) {
			t.Errorf("%s: read as %v (%v)", code, re, ok)
		}
	}

	fe := &chain.FreshnessError{Block: 300, Head: 250, Future: true}
	wire := request.Classify(fe).ToRemote()
	wire.Message = "worded differently by a later release"
	re, ok := refusedOf(wire)
	if !ok {
		t.Fatal("freshness refusal not read")
	}
	if fb, ok := freshnessRefusal(re); !ok || fb.current != 250 || !fb.future || !IsStaleBlock(re) || !errors.Is(re, chain.ErrStaleBlock) {
		t.Fatalf("freshness refusal read as %+v, %v", fb, ok)
	}
	// A coded refusal is read by its code alone: COMPAT.md's text under
	// another code is not a freshness refusal.
	other := request.Refuse(request.CodeBadRequest, "Block number 1 is too old (current: 700, max window: 600)").ToRemote()
	if re, _ := refusedOf(other); IsStaleBlock(re) {
		t.Fatal("text of a coded refusal parsed")
	}

	for _, tc := range []struct {
		err  error
		want bool
	}{
		{request.ErrReplay, true},
		{request.ErrUsedElsewhere, true},
		{request.Refuse(request.CodeStaleRecord, "not enough shares: ..."), true},
		{request.ErrNotAuthorized, false},
		{request.ErrRateLimited, false},
	} {
		re, _ := refusedOf(request.Classify(tc.err).ToRemote())
		if retryable(re) != tc.want {
			t.Errorf("retryable(%v) = %v", tc.err, !tc.want)
		}
	}
}
