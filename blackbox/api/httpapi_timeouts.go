package api

import (
	"context"
	"errors"
	"io"
	"net/http"
	"os"
	"time"

	"github.com/cifer-network/cifer/request"
)

// Deadlines of the HTTP API. The server itself sets none on bodies (a
// 1 GiB upload must not be cut by a fixed read timeout), so each route sets
// its own through http.ResponseController: JSON calls get one deadline for
// the whole exchange, transfers a deadline per read or write that moves
// with progress.

// Default timeouts (docs/HTTP-API.md, "Timeouts").
const (
	DefaultRequestTimeout = time.Minute
	DefaultIdleTimeout    = 30 * time.Second
)

// writeGrace lets a JSON handler that hit its deadline still write the
// error before the connection's write deadline closes it.
const writeGrace = 5 * time.Second

// Timeouts bound how long one request may hold a connection. Zero fields
// take the defaults.
type Timeouts struct {
	// Request bounds a JSON call from its first body byte to its answer:
	// reading the body (at most MaxBody), the chain and signature checks,
	// and a decrypt's share gathering.
	Request time.Duration
	// Idle bounds each read of an upload and each write of a download: a
	// transfer of any size succeeds while bytes keep moving, one that
	// stalls this long is cut.
	Idle time.Duration
}

func (a *API) timeouts() Timeouts {
	t := a.Timeouts
	if t.Request <= 0 {
		t.Request = DefaultRequestTimeout
	}
	if t.Idle <= 0 {
		t.Idle = DefaultIdleTimeout
	}
	return t
}

// baseDeadline bounds the writes of answers no route handles (CORS
// preflights, unknown paths); routes set their own. Without it such an
// answer on a kept-alive connection would inherit an earlier request's
// write deadline.
func (a *API) baseDeadline(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(a.timeouts().Request + writeGrace))
		next.ServeHTTP(w, r)
	})
}

// jsonRoute gives a JSON endpoint one deadline for reading, handling and
// (with a grace) writing. Setting the write deadline on every request also
// replaces one left on a kept-alive connection by an earlier request.
func (a *API) jsonRoute(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		deadline := time.Now().Add(a.timeouts().Request)
		rc := http.NewResponseController(w)
		// Errors mean the writer cannot take deadlines (a test recorder);
		// the context deadline still applies.
		_ = rc.SetReadDeadline(deadline)
		_ = rc.SetWriteDeadline(deadline.Add(writeGrace))
		ctx, cancel := context.WithDeadline(r.Context(), deadline)
		defer cancel()
		h(w, r.WithContext(ctx))
	}
}

// uploadRoute is for the multipart uploads: every read of the body must
// make progress within Idle; once the body is read to its end, the rest of
// the handler (checks, and share gathering for a decrypt upload) gets
// Request to answer.
func (a *API) uploadRoute(h http.HandlerFunc) http.HandlerFunc {
	return a.transferRoute(h, true)
}

// downloadRoute is for job downloads: the small signed body is read with
// Idle per read, and every write of the answer must progress within Idle.
func (a *API) downloadRoute(h http.HandlerFunc) http.HandlerFunc {
	return a.transferRoute(h, false)
}

// transferRoute sets per-read and per-write deadlines of Idle. Once the
// body is read to its end the read deadline is lifted (the server then only
// watches for the client going away); if timeHandler, the handler's
// context ends Request later, with cause context.DeadlineExceeded.
func (a *API) transferRoute(h http.HandlerFunc, timeHandler bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		t := a.timeouts()
		rc := http.NewResponseController(w)
		// Replaces a write deadline left by an earlier request on a
		// kept-alive connection; each write sets its own.
		_ = rc.SetWriteDeadline(time.Time{})
		_ = rc.SetReadDeadline(time.Now().Add(t.Idle))
		ctx, cancel := context.WithCancelCause(r.Context())
		defer cancel(nil)
		body := &idleReader{ReadCloser: r.Body, rc: rc, idle: t.Idle}
		if timeHandler {
			var timer *time.Timer
			defer func() {
				if timer != nil {
					timer.Stop()
				}
			}()
			body.onEOF = func() {
				timer = time.AfterFunc(t.Request, func() { cancel(context.DeadlineExceeded) })
			}
		}
		r = r.WithContext(ctx)
		r.Body = body
		h(&idleWriter{ResponseWriter: w, rc: rc, idle: t.Idle}, r)
	}
}

// idleReader moves the connection's read deadline forward before each read.
type idleReader struct {
	io.ReadCloser
	rc    *http.ResponseController
	idle  time.Duration
	onEOF func()
	eof   bool
}

func (r *idleReader) Read(p []byte) (int, error) {
	if r.eof {
		return 0, io.EOF
	}
	_ = r.rc.SetReadDeadline(time.Now().Add(r.idle))
	n, err := r.ReadCloser.Read(p)
	if errors.Is(err, io.EOF) {
		r.eof = true
		_ = r.rc.SetReadDeadline(time.Time{})
		if r.onEOF != nil {
			r.onEOF()
		}
	}
	return n, err
}

// idleWriter moves the connection's write deadline forward before each
// write, so a download runs as long as the client keeps reading.
type idleWriter struct {
	http.ResponseWriter
	rc   *http.ResponseController
	idle time.Duration
}

func (w *idleWriter) Write(p []byte) (int, error) {
	_ = w.rc.SetWriteDeadline(time.Now().Add(w.idle))
	return w.ResponseWriter.Write(p)
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (w *idleWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// errReadTimeout answers a body that stopped arriving.
var errReadTimeout = &apiError{code: request.CodeBodyTimeout, msg: "Request body was not received in time"}

// timedOut reports whether err comes from a handler context that ended at
// its deadline, including a cancellation whose cause is the deadline.
func timedOut(ctx context.Context, err error) bool {
	return errors.Is(err, context.DeadlineExceeded) ||
		(errors.Is(err, context.Canceled) && errors.Is(context.Cause(ctx), context.DeadlineExceeded))
}

// isReadTimeout tells a body read cut by a deadline from other read errors.
func isReadTimeout(err error) bool { return errors.Is(err, os.ErrDeadlineExceeded) }
