package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// The node's lifecycle: its parts are named components, started in the
// order they were added and stopped in reverse, so a part stops before the
// parts it was built on. The model is Obol charon's app/lifecycle (named
// hooks in order, a stop timeout, the first error cancels), cut to what one
// process with one start and one stop needs.

// ErrStopTimeout means a component did not stop within the stop timeout;
// the node went on stopping the others and left it behind.
var ErrStopTimeout = errors.New("did not stop in time")

// defaultStopTimeout bounds one component's stop. Generous: closing the
// share store flushes Badger, which must not be cut short in normal use;
// the bound is for a part that hangs.
const defaultStopTimeout = 30 * time.Second

// component is one named part of the node. Every hook is optional.
type component struct {
	name string
	// start brings the part up and returns once it serves. It gets the
	// ctx given to Start, which bounds starting, not the part's life. A
	// start that fails releases what it acquired itself: only parts that
	// started are stopped.
	start func(ctx context.Context) error
	// run is the part's background work, begun once start returned. Its
	// ctx ends when the part is stopped or another part's run failed; an
	// error it returns before then is the part's failure, which cancels
	// every other run and is delivered on Err.
	run func(ctx context.Context) error
	// stop releases what start acquired. It is called after the part's
	// run ctx was cancelled and before its run is waited for, so it may be
	// what makes run return (an HTTP server's Shutdown). Its ctx carries
	// the stop timeout.
	stop func(ctx context.Context) error
}

// started is a component whose start succeeded.
type started struct {
	component
	cancel context.CancelFunc
	done   chan struct{} // closed when run returned (at once without one)
}

// lifecycle starts and stops the node's components. Add every component
// before Start; Start and Stop are each called at most once (Stop may be
// called again and then does nothing).
type lifecycle struct {
	log *slog.Logger
	// stopTimeout bounds one component's stop: its stop hook and its run
	// returning (default defaultStopTimeout). Stop's ctx bounds them all.
	stopTimeout time.Duration

	comps []component

	runCtx    context.Context
	cancelRun context.CancelFunc
	errs      chan error

	mu      sync.Mutex
	up      []*started
	failure error // the first run error
	stopped bool
}

func newLifecycle(log *slog.Logger) *lifecycle {
	ctx, cancel := context.WithCancel(context.Background())
	return &lifecycle{log: log, stopTimeout: defaultStopTimeout, runCtx: ctx, cancelRun: cancel, errs: make(chan error, 8)}
}

// add registers a component after those already added.
func (l *lifecycle) add(c component) { l.comps = append(l.comps, c) }

// Err delivers the error of a component whose run failed; the first one
// has cancelled the others, and the node should then be stopped.
func (l *lifecycle) Err() <-chan error { return l.errs }

// Start runs the start hooks in order, each component's run beginning as
// soon as its start returned. If a start fails, or a run fails before
// every part is up, the parts already started are stopped in reverse order
// and that error is returned as it is (the log names the component).
func (l *lifecycle) Start(ctx context.Context) error {
	for _, c := range l.comps {
		l.log.Debug("starting node component", "component", c.name)
		if c.start != nil {
			if err := c.start(ctx); err != nil {
				l.log.Error("node component failed to start", "component", c.name, "err", err)
				l.rollback()
				return err
			}
		}
		l.launch(c)
		l.mu.Lock()
		failure := l.failure
		l.mu.Unlock()
		if failure != nil {
			l.rollback()
			return failure
		}
	}
	return nil
}

// rollback stops what a failed Start started.
func (l *lifecycle) rollback() {
	if err := l.Stop(context.Background()); err != nil {
		l.log.Warn("stopping a node that failed to start", "err", err)
	}
}

// launch records c as started and begins its run.
func (l *lifecycle) launch(c component) {
	ctx, cancel := context.WithCancel(l.runCtx)
	s := &started{component: c, cancel: cancel, done: make(chan struct{})}
	l.mu.Lock()
	l.up = append(l.up, s)
	l.mu.Unlock()
	if c.run == nil {
		close(s.done)
		return
	}
	go func() {
		defer close(s.done)
		err := c.run(ctx)
		if err == nil || ctx.Err() != nil {
			return
		}
		l.log.Error("node component stopped", "component", c.name, "err", err)
		err = fmt.Errorf("%s: %w", c.name, err)
		l.mu.Lock()
		if l.failure == nil {
			l.failure = err
		}
		l.mu.Unlock()
		l.cancelRun()
		select {
		case l.errs <- err:
		default:
		}
	}()
}

// Stop stops the started components in reverse order: for each, it
// cancels its run, calls its stop hook and waits for its run, within the
// stop timeout. A component that does not stop in time is reported (log
// and ErrStopTimeout) and left behind, so one hung part cannot keep the
// others open. It returns the components' errors joined, each under its
// component's name.
func (l *lifecycle) Stop(ctx context.Context) error {
	l.mu.Lock()
	if l.stopped {
		l.mu.Unlock()
		return nil
	}
	l.stopped = true
	up := l.up
	l.mu.Unlock()
	var errs []error
	for i := len(up) - 1; i >= 0; i-- {
		if err := l.stopOne(ctx, up[i]); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", up[i].name, err))
		}
	}
	l.cancelRun()
	return errors.Join(errs...)
}

func (l *lifecycle) stopOne(ctx context.Context, s *started) error {
	l.log.Debug("stopping node component", "component", s.name)
	s.cancel()
	ctx, cancel := context.WithTimeout(ctx, l.stopTimeout)
	defer cancel()
	var stopErr error
	if s.stop != nil {
		// The hook runs on its own goroutine only so a hung one can be
		// reported and left: there is no way to stop it from here.
		errc := make(chan error, 1)
		go func() { errc <- s.stop(ctx) }()
		select {
		case stopErr = <-errc:
		case <-ctx.Done():
			l.log.Error("node component did not stop in time", "component", s.name, "hook", "stop", "timeout", l.stopTimeout)
			return ErrStopTimeout
		}
		if stopErr != nil {
			l.log.Warn("node component stopped with an error", "component", s.name, "err", stopErr)
		}
	}
	select {
	case <-s.done:
		return stopErr
	default:
	}
	select {
	case <-s.done:
		return stopErr
	case <-ctx.Done():
		l.log.Error("node component did not stop in time", "component", s.name, "hook", "run", "timeout", l.stopTimeout)
		return errors.Join(stopErr, ErrStopTimeout)
	}
}
