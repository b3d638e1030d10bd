package request

import (
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Usage accounting: what each signer had encrypted and decrypted at this
// node in the current period, and the plan limits that apply to it. The
// pipeline's last step (Checked.Spend) admits a metered request against
// them: over a limit it is refused with the rate-limit code (429), as the
// token bucket's refusals are, and POST /jobs/dataConsumption reports the
// same numbers (COMPAT.md). Counts are kept per node: a node counts what
// reached it at its own door (an app's one URL), not what other nodes
// forwarded to it.

// UsageKind is what a metered request does.
type UsageKind uint8

const (
	// NotMetered requests are not counted (listing jobs, public keys, the
	// report itself, requests a gateway forwarded).
	NotMetered UsageKind = iota
	Encryption
	Decryption
)

func (k UsageKind) String() string {
	switch k {
	case Encryption:
		return "encryption"
	case Decryption:
		return "decryption"
	}
	return "not metered"
}

// Limits are a plan's bounds on one kind per period; 0 is unlimited.
type Limits struct {
	Requests uint64
	Bytes    uint64
}

// Plan is a named set of limits.
type Plan struct {
	ID         string
	Encryption Limits
	Decryption Limits
}

func (p Plan) limits(k UsageKind) Limits {
	if k == Encryption {
		return p.Encryption
	}
	return p.Decryption
}

// Cycle is the length of an accounting period, aligned to UTC.
type Cycle string

const (
	Daily   Cycle = "daily"
	Monthly Cycle = "monthly"
)

// Bounds returns the period holding t: [start, end).
func (c Cycle) Bounds(t time.Time) (start, end time.Time) {
	t = t.UTC()
	if c == Daily {
		start = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		return start, start.AddDate(0, 0, 1)
	}
	start = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	return start, start.AddDate(0, 1, 0)
}

// UsagePolicy is who is on which plan, and how long a period lasts.
type UsagePolicy struct {
	Cycle Cycle
	// Plans by ID; Default names the plan of a signer Signers does not
	// list.
	Plans   map[string]Plan
	Default string
	Signers map[common.Address]string
	// RatePerSecond is the per-signer token bucket's rate, reported as
	// rateLimit (the bucket itself is the Checker's RateLimit).
	RatePerSecond float64
}

// Validate reports the first inconsistency.
func (p UsagePolicy) Validate() error {
	if p.Cycle != Daily && p.Cycle != Monthly {
		return fmt.Errorf("usage: cycle %q is neither %s nor %s", p.Cycle, Daily, Monthly)
	}
	if _, ok := p.Plans[p.Default]; !ok {
		return fmt.Errorf("usage: default plan %q is not defined", p.Default)
	}
	for who, id := range p.Signers {
		if _, ok := p.Plans[id]; !ok {
			return fmt.Errorf("usage: signer %s is on plan %q, which is not defined", who.Hex(), id)
		}
	}
	return nil
}

// PlanOf returns the signer's plan.
func (p UsagePolicy) PlanOf(signer common.Address) Plan {
	if id, ok := p.Signers[signer]; ok {
		return p.Plans[id]
	}
	return p.Plans[p.Default]
}

// Usage is what a signer did of one kind in one period.
type Usage struct {
	Count uint64
	Bytes uint64
}

// UsageRecord is what a UsageLog keeps: Count requests of one kind by one
// signer in the period starting at PeriodStart, carrying Bytes in all. An
// admitted request is appended as a record of count 1; compaction writes
// one record per signer and kind.
type UsageRecord struct {
	PeriodStart time.Time
	Signer      common.Address
	Kind        UsageKind
	Count       uint64
	Bytes       uint64
}

// UsageLog keeps the meter's counts across restarts (UsageFile).
type UsageLog interface {
	// Load returns every record kept.
	Load() ([]UsageRecord, error)
	// Append keeps one more; when it returns, a restart of the process
	// sees it.
	Append(UsageRecord) error
	// Compact replaces what is kept with these records.
	Compact([]UsageRecord) error
}

type usageKey struct {
	signer common.Address
	kind   UsageKind
}

// Meter admits metered requests against the policy and counts them.
type Meter struct {
	policy UsagePolicy
	log    UsageLog
	now    func() time.Time

	mu     sync.Mutex
	period time.Time // start of the period counts hold
	counts map[usageKey]Usage
	// appended counts records since the last compaction, which keeps the
	// log about as long as the number of signers.
	appended int
}

// compactEvery is how many appended records trigger a compaction.
const compactEvery = 1 << 16

// NewMeter loads the counts of the current period from log (nil keeps
// them in memory only) and compacts it to them.
func NewMeter(policy UsagePolicy, log UsageLog, now func() time.Time) (*Meter, error) {
	if err := policy.Validate(); err != nil {
		return nil, err
	}
	if now == nil {
		now = time.Now
	}
	m := &Meter{policy: policy, log: log, now: now, counts: map[usageKey]Usage{}}
	m.period, _ = policy.Cycle.Bounds(now())
	if log == nil {
		return m, nil
	}
	entries, err := log.Load()
	if err != nil {
		return nil, fmt.Errorf("usage: load: %w", err)
	}
	for _, e := range entries {
		if !e.PeriodStart.Equal(m.period) || e.Kind == NotMetered {
			continue
		}
		k := usageKey{e.Signer, e.Kind}
		u := m.counts[k]
		u.Count = satAdd(u.Count, e.Count)
		u.Bytes = satAdd(u.Bytes, e.Bytes)
		m.counts[k] = u
	}
	if err := m.compactLocked(); err != nil {
		return nil, fmt.Errorf("usage: compact: %w", err)
	}
	return m, nil
}

// compactLocked rewrites the log as the current period's totals.
func (m *Meter) compactLocked() error {
	out := make([]UsageRecord, 0, len(m.counts))
	for k, u := range m.counts {
		out = append(out, UsageRecord{PeriodStart: m.period, Signer: k.signer, Kind: k.kind, Count: u.Count, Bytes: u.Bytes})
	}
	return m.log.Compact(out)
}

// roll starts a new period when the clock has left the one counts hold.
func (m *Meter) rollLocked(now time.Time) {
	start, _ := m.policy.Cycle.Bounds(now)
	if start.Equal(m.period) {
		return
	}
	m.period = start
	clear(m.counts)
	m.appended = 0
	if m.log != nil {
		// Best effort: a log that cannot be compacted still holds the old
		// period's entries, which the next load skips.
		_ = m.compactLocked()
	}
}

// Admit counts one request of kind carrying n bytes, or refuses it with a
// *UsageLimitError (the rate-limit code) when the signer's plan has no
// room for it. A request that cannot be recorded durably is refused too:
// a restart must not forget what was served.
func (m *Meter) Admit(signer common.Address, kind UsageKind, n uint64) error {
	if kind == NotMetered {
		return nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.now()
	m.rollLocked(now)
	k := usageKey{signer, kind}
	u := m.counts[k]
	plan := m.policy.PlanOf(signer)
	lim := plan.limits(kind)
	if (lim.Requests != 0 && u.Count+1 > lim.Requests) || (lim.Bytes != 0 && satAdd(u.Bytes, n) > lim.Bytes) {
		_, end := m.policy.Cycle.Bounds(now)
		return &UsageLimitError{Signer: signer, Kind: kind, Plan: plan.ID, Limits: lim, Used: u, PeriodEnd: end, RetryAfter: end.Sub(now)}
	}
	if m.log != nil {
		if err := m.log.Append(UsageRecord{PeriodStart: m.period, Signer: signer, Kind: kind, Count: 1, Bytes: n}); err != nil {
			return fmt.Errorf("usage: record: %w", err)
		}
		m.appended++
	}
	u.Count++
	u.Bytes = satAdd(u.Bytes, n)
	m.counts[k] = u
	if m.appended >= compactEvery {
		// The record is already appended: a failed compaction loses
		// nothing, the log just stays long until the next one.
		if err := m.compactLocked(); err == nil {
			m.appended = 0
		}
	}
	return nil
}

// UsageLimitError refuses a request over the signer's plan. It is a
// rate-limit refusal (errors.Is(err, ErrRateLimited)): HTTP 429 with a
// Retry-After at the period's end.
type UsageLimitError struct {
	Signer     common.Address
	Kind       UsageKind
	Plan       string
	Limits     Limits
	Used       Usage
	PeriodEnd  time.Time
	RetryAfter time.Duration
}

func (e *UsageLimitError) Error() string {
	what := fmt.Sprintf("%d of %d requests", e.Used.Count, e.Limits.Requests)
	if e.Limits.Requests == 0 || e.Used.Count < e.Limits.Requests {
		what = fmt.Sprintf("%d of %d bytes", e.Used.Bytes, e.Limits.Bytes)
	}
	return fmt.Sprintf("%s limit of plan %s reached for %s: %s used this period, which ends %s",
		e.Kind, e.Plan, e.Signer.Hex(), what, e.PeriodEnd.Format(time.RFC3339))
}

// Is makes errors.Is(err, ErrRateLimited) true.
func (e *UsageLimitError) Is(target error) bool { return target == ErrRateLimited }

// UsageReport is a signer's usage in the current period with its limits.
type UsageReport struct {
	Signer      common.Address
	Plan        string
	Cycle       Cycle
	PeriodStart time.Time
	PeriodEnd   time.Time
	Encryption  KindReport
	Decryption  KindReport
}

// KindReport is one kind's numbers; a zero limit is unlimited.
type KindReport struct {
	Used          Usage
	Limits        Limits
	RatePerSecond float64
}

// Report returns the signer's usage now.
func (m *Meter) Report(signer common.Address) UsageReport {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.now()
	m.rollLocked(now)
	start, end := m.policy.Cycle.Bounds(now)
	plan := m.policy.PlanOf(signer)
	kind := func(k UsageKind) KindReport {
		return KindReport{Used: m.counts[usageKey{signer, k}], Limits: plan.limits(k), RatePerSecond: m.policy.RatePerSecond}
	}
	return UsageReport{Signer: signer, Plan: plan.ID, Cycle: m.policy.Cycle, PeriodStart: start, PeriodEnd: end,
		Encryption: kind(Encryption), Decryption: kind(Decryption)}
}

func satAdd(a, b uint64) uint64 {
	if a > math.MaxUint64-b {
		return math.MaxUint64
	}
	return a + b
}
