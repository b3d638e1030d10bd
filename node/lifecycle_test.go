package node

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

var errBoom = errors.New("boom")

// events records hook calls from any goroutine.
type events struct {
	mu  sync.Mutex
	got []string
}

func (e *events) add(s string) {
	e.mu.Lock()
	e.got = append(e.got, s)
	e.mu.Unlock()
}

func (e *events) list() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return slices.Clone(e.got)
}

// syncBuffer is a log sink for hooks logging from several goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func testLifecycle(t *testing.T) (*lifecycle, *syncBuffer) {
	t.Helper()
	var buf syncBuffer
	l := newLifecycle(slog.New(slog.NewTextHandler(&buf, nil)))
	// Stop whatever a failing test left running.
	t.Cleanup(func() { _ = l.Stop(context.Background()) })
	return l, &buf
}

// recorded is a component whose start and stop hooks record their calls.
func recorded(ev *events, name string, startErr error) component {
	return component{
		name:  name,
		start: func(context.Context) error { ev.add("start " + name); return startErr },
		stop:  func(context.Context) error { ev.add("stop " + name); return nil },
	}
}

// waitDone fails the test unless ch closes within a deadline.
func waitDone(t *testing.T, ch <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(10 * time.Second):
		t.Fatalf("%s: not within 10 s", what)
	}
}

func TestLifecycleStartsInOrderStopsInReverse(t *testing.T) {
	l, _ := testLifecycle(t)
	ev := &events{}
	runEnded := make(chan struct{})
	for _, name := range []string{"a", "b", "c"} {
		c := recorded(ev, name, nil)
		if name == "b" {
			// b's run lasts until b is stopped.
			c.run = func(ctx context.Context) error {
				<-ctx.Done()
				close(runEnded)
				return ctx.Err()
			}
		}
		l.add(c)
	}
	if err := l.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got, want := ev.list(), []string{"start a", "start b", "start c"}; !slices.Equal(got, want) {
		t.Fatalf("start order %v, want %v", got, want)
	}
	if err := l.Stop(context.Background()); err != nil {
		t.Fatalf("stop: %v", err)
	}
	// Stop returns only once b's run returned.
	select {
	case <-runEnded:
	default:
		t.Fatal("stop returned before b's run ended")
	}
	want := []string{"start a", "start b", "start c", "stop c", "stop b", "stop a"}
	if got := ev.list(); !slices.Equal(got, want) {
		t.Fatalf("hooks %v, want %v", got, want)
	}
	// A second stop does nothing.
	if err := l.Stop(context.Background()); err != nil || len(ev.list()) != len(want) {
		t.Fatalf("second stop: %v, hooks %v", err, ev.list())
	}
}

func TestLifecycleStartFailureRollsBack(t *testing.T) {
	l, logs := testLifecycle(t)
	ev := &events{}
	aRun := make(chan struct{})
	a := recorded(ev, "a", nil)
	a.run = func(ctx context.Context) error { <-ctx.Done(); close(aRun); return nil }
	l.add(a)
	l.add(recorded(ev, "b", nil))
	l.add(recorded(ev, "c", errBoom))
	l.add(recorded(ev, "d", nil))
	if err := l.Start(context.Background()); !errors.Is(err, errBoom) || err.Error() != errBoom.Error() {
		t.Fatalf("start: %v, want %v as it is", err, errBoom)
	}
	// c failed: it is not stopped (it released its own), d never started,
	// b and a are stopped in reverse, and a's run is over.
	want := []string{"start a", "start b", "start c", "stop b", "stop a"}
	if got := ev.list(); !slices.Equal(got, want) {
		t.Fatalf("hooks %v, want %v", got, want)
	}
	waitDone(t, aRun, "a's run ending")
	if !strings.Contains(logs.String(), "component=c") {
		t.Fatalf("the log does not name the failed component:\n%s", logs)
	}
	if err := l.Stop(context.Background()); err != nil || len(ev.list()) != len(want) {
		t.Fatalf("stop after a failed start: %v, hooks %v", err, ev.list())
	}
}

// The first run error cancels every other run, is delivered on Err under
// the component's name, and is the only one delivered: the runs it
// cancelled return errors too, which are not failures.
func TestLifecycleFirstRunErrorCancelsOthers(t *testing.T) {
	l, logs := testLifecycle(t)
	fail := make(chan struct{})
	cancelled := make(chan struct{}, 2)
	waiter := func(name string) component {
		return component{name: name, run: func(ctx context.Context) error {
			<-ctx.Done()
			cancelled <- struct{}{}
			return ctx.Err()
		}}
	}
	l.add(waiter("a"))
	l.add(component{name: "b", run: func(ctx context.Context) error {
		select {
		case <-fail:
			return errBoom
		case <-ctx.Done():
			return nil
		}
	}})
	l.add(waiter("c"))
	if err := l.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	close(fail)
	select {
	case err := <-l.Err():
		if !errors.Is(err, errBoom) || !strings.HasPrefix(err.Error(), "b: ") {
			t.Fatalf("Err delivered %v, want b's error under its name", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no error delivered")
	}
	for range 2 {
		select {
		case <-cancelled:
		case <-time.After(10 * time.Second):
			t.Fatal("a run was not cancelled by the first error")
		}
	}
	if err := l.Stop(context.Background()); err != nil {
		t.Fatalf("stop: %v", err)
	}
	select {
	case err := <-l.Err():
		t.Fatalf("a second error delivered: %v", err)
	default:
	}
	if !strings.Contains(logs.String(), "component=b") {
		t.Fatalf("the log does not name the failed component:\n%s", logs)
	}
}

// A run that fails before every part is up fails Start: the node never
// serves half dead.
func TestLifecycleRunFailureDuringStart(t *testing.T) {
	l, _ := testLifecycle(t)
	ev := &events{}
	// a's run fails once b is starting (had it failed at once, Start could
	// see it before b and never start b: a race, not what is tested), and
	// b finishes starting only once a's failure cancelled the runs, so
	// Start sees the failure after b.
	bStarting := make(chan struct{})
	a := recorded(ev, "a", nil)
	a.run = func(context.Context) error {
		<-bStarting
		return errBoom
	}
	l.add(a)
	b := recorded(ev, "b", nil)
	b.start = func(context.Context) error {
		close(bStarting)
		<-l.runCtx.Done()
		ev.add("start b")
		return nil
	}
	l.add(b)
	l.add(recorded(ev, "c", nil))
	if err := l.Start(context.Background()); !errors.Is(err, errBoom) {
		t.Fatalf("start: %v, want a's error", err)
	}
	want := []string{"start a", "start b", "stop b", "stop a"}
	if got := ev.list(); !slices.Equal(got, want) {
		t.Fatalf("hooks %v, want %v", got, want)
	}
}

// A part that hangs in its stop hook or its run is reported and left
// behind; the parts before it are still stopped.
func TestLifecycleHungStopTimesOut(t *testing.T) {
	tests := []struct {
		name string
		hang func(release <-chan struct{}) component
		hook string
	}{
		{"stop hook", func(release <-chan struct{}) component {
			return component{name: "hung", stop: func(context.Context) error { <-release; return nil }}
		}, "hook=stop"},
		{"run ignoring its ctx", func(release <-chan struct{}) component {
			return component{name: "hung", run: func(context.Context) error { <-release; return nil }}
		}, "hook=run"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, logs := testLifecycle(t)
			l.stopTimeout = 50 * time.Millisecond
			release := make(chan struct{})
			t.Cleanup(func() { close(release) })
			ev := &events{}
			l.add(recorded(ev, "first", nil))
			l.add(tc.hang(release))
			l.add(recorded(ev, "last", nil))
			if err := l.Start(context.Background()); err != nil {
				t.Fatal(err)
			}
			err := l.Stop(context.Background())
			if !errors.Is(err, ErrStopTimeout) || !strings.Contains(err.Error(), "hung: ") {
				t.Fatalf("stop: %v, want hung's timeout", err)
			}
			if got, want := ev.list(), []string{"start first", "start last", "stop last", "stop first"}; !slices.Equal(got, want) {
				t.Fatalf("hooks %v, want %v", got, want)
			}
			if out := logs.String(); !strings.Contains(out, "did not stop in time") || !strings.Contains(out, "component=hung") || !strings.Contains(out, tc.hook) {
				t.Fatalf("the log does not report the hung component:\n%s", out)
			}
		})
	}
}

// Stop errors come back joined, each under its component's name, and do
// not keep the other parts from stopping.
func TestLifecycleStopErrorsJoined(t *testing.T) {
	l, _ := testLifecycle(t)
	errA, errC := errors.New("a broke"), errors.New("c broke")
	ev := &events{}
	for _, c := range []struct {
		name string
		err  error
	}{{"a", errA}, {"b", nil}, {"c", errC}} {
		l.add(component{name: c.name, stop: func(context.Context) error { ev.add("stop " + c.name); return c.err }})
	}
	if err := l.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	err := l.Stop(context.Background())
	if !errors.Is(err, errA) || !errors.Is(err, errC) || !strings.Contains(err.Error(), "a: a broke") || !strings.Contains(err.Error(), "c: c broke") {
		t.Fatalf("stop: %v", err)
	}
	if got, want := ev.list(), []string{"stop c", "stop b", "stop a"}; !slices.Equal(got, want) {
		t.Fatalf("hooks %v, want %v", got, want)
	}
}
