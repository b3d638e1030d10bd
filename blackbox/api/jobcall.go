package api

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/request"
	"github.com/cifer-network/cifer/wire"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Job calls between nodes. A file job runs on the node that received it,
// and its ID begins with that node's holder tag (JobHolderTag). Every node
// serves the whole API, so an app's one URL may reach another node than
// the one holding its job (a load balancer, a fail-over): a call about a
// job whose tag is another node's is passed to that node over wire.JobCall
// and its answer, download bodies included, streamed back. A holder that
// is gone answers a clear 503 naming it (its jobs are kept on its disk and
// come back with it); a tag no attested node has is a 404.

// JobHolders finds the attested node whose holder tag is tag.
type JobHolders interface {
	HolderOf(tag string) (peer.ID, bool)
}

// JobHolderTag is the holder tag of a node: the first 4 bytes of the
// SHA-256 of its peer ID, in hex.
func JobHolderTag(id peer.ID) string {
	h := sha256.Sum256([]byte(id))
	return hex.EncodeToString(h[:4])
}

// jobCallKey marks a request passed on by another node: its holder serves
// it here and never passes it on again, so two nodes that disagree about a
// tag cannot bounce a call between them.
type jobCallKey struct{}

// jobHolder returns the node to pass a call about job id to, or ok false
// when this node serves it (its own job, or a call already passed on, or
// no routing configured).
func (a *API) jobHolder(r *http.Request, id string) (holder peer.ID, tag string, ok bool, err error) {
	if a.Files == nil || a.Files.cfg.HolderTag == "" || a.Holders == nil || a.streams == nil {
		return "", "", false, nil
	}
	if r.Context().Value(jobCallKey{}) != nil || parseJobID(id) != nil {
		return "", "", false, nil
	}
	tag = id[:8]
	if tag == a.Files.cfg.HolderTag {
		return "", "", false, nil
	}
	holder, found := a.Holders.HolderOf(tag)
	if !found {
		return "", tag, false, ErrJobNotFound
	}
	return holder, tag, true, nil
}

// jobRoute passes a call about the job in the path to its holder.
func (a *API) jobRoute(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("id")
		holder, _, pass, err := a.jobHolder(r, id)
		if err != nil {
			a.fail(w, r, err)
			return
		}
		if !pass {
			h(w, r)
			return
		}
		body, err := a.readJobCallBody(w, r)
		if err != nil {
			a.fail(w, r, err)
			return
		}
		a.passJobCall(w, r, holder, id, body)
	}
}

// existingFileRoute passes /decrypt-existing-file to the holder of the
// encrypt job it names: the result to decrypt is on that node's disk.
func (a *API) existingFileRoute(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if a.Files == nil || a.Holders == nil || a.streams == nil || r.Context().Value(jobCallKey{}) != nil {
			h(w, r)
			return
		}
		body, err := a.readJobCallBody(w, r)
		if err != nil {
			a.fail(w, r, err)
			return
		}
		var peek struct {
			EncryptJobID string `json:"encryptJobId"`
		}
		_ = json.Unmarshal(body, &peek)
		holder, _, pass, err := a.jobHolder(r, peek.EncryptJobID)
		if err != nil {
			a.fail(w, r, err)
			return
		}
		if pass {
			a.passJobCall(w, r, holder, peek.EncryptJobID, body)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		h(w, r)
	}
}

func (a *API) readJobCallBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	limit := min(a.maxBody(), int64(wire.JobCall.MaxRequest)-4096)
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		return nil, &apiError{code: request.CodeTooLarge, msg: fmt.Sprintf("Request body exceeds %d bytes", limit)}
	case err != nil && isReadTimeout(err):
		return nil, errReadTimeout
	case err != nil:
		return nil, badRequest("Request body could not be read: %v", err)
	}
	return b, nil
}

func (a *API) maxBody() int64 {
	if a.MaxBody > 0 {
		return a.MaxBody
	}
	return 256 << 10
}

// passedHeaders are the response headers a job call carries back.
var passedHeaders = []string{"Content-Type", "Content-Length", "Content-Disposition"}

// passJobCall sends the call to holder and streams its answer to w.
func (a *API) passJobCall(w http.ResponseWriter, r *http.Request, holder peer.ID, id string, body []byte) {
	unreachable := func(err error) {
		a.log().Warn("job holder unreachable", "job", id, "holder", holder, "err", err)
		a.fail(w, r, &apiError{code: request.CodeUnavailable,
			msg: fmt.Sprintf("Job %s is held by node %s, which cannot be reached now (its jobs come back when it does): %v", id, holder, err)})
	}
	ctx, cancel := context.WithTimeout(r.Context(), a.timeouts().Request)
	defer cancel()
	st, err := a.streams.OpenRaw(ctx, holder, wire.JobCall.ID(a.network), wire.JobCall.Timeout)
	if err != nil {
		unreachable(err)
		return
	}
	done := false
	defer func() {
		if !done {
			_ = st.Reset()
		}
	}()
	path := r.URL.Path
	if r.URL.RawQuery != "" {
		path += "?" + r.URL.RawQuery
	}
	raw, err := p2p.Marshal(&wire.JobCallRequest{Method: r.Method, Path: path, ContentType: r.Header.Get("Content-Type"), Body: body})
	if err == nil {
		err = p2p.WriteFrame(st, raw, wire.JobCall.MaxRequest)
	}
	if err == nil {
		err = st.CloseWrite()
	}
	if err != nil {
		unreachable(err)
		return
	}
	frame, err := p2p.ReadFrame(st, wire.JobCall.MaxResponse)
	var head wire.JobCallHead
	if err == nil {
		err = p2p.Unmarshal(frame, &head)
	}
	if err == nil && (head.Status < 100 || head.Status > 599) {
		err = fmt.Errorf("holder answered status %d", head.Status)
	}
	if err != nil {
		unreachable(err)
		return
	}
	for _, k := range passedHeaders {
		if v := head.Header[k]; len(v) > 0 {
			w.Header()[k] = v
		}
	}
	w.WriteHeader(head.Status)
	// The body streams for as long as it flows: each frame moves the
	// deadline on, so only a stall ends it.
	for {
		_ = st.SetReadDeadline(time.Now().Add(wire.JobCall.Timeout))
		chunk, err := p2p.ReadFrame(st, wire.JobCall.MaxResponse)
		if errors.Is(err, io.EOF) {
			done = true
			_ = st.Close()
			return
		}
		if err != nil {
			// The status is sent: cut the connection so the client sees a
			// short body, never a complete-looking one.
			a.log().Warn("job holder's answer broke off", "job", id, "holder", holder, "err", err)
			panic(http.ErrAbortHandler)
		}
		if _, err := w.Write(chunk); err != nil {
			return
		}
	}
}

// serveJobCall answers a job call passed on by another attested node: the
// call runs through this node's own routes (every check of a direct call:
// signatures, replay, the job's owner), never passed on again.
func (a *API) serveJobCall(ctx context.Context, from peer.ID, st network.Stream) {
	frame, err := p2p.ReadFrame(st, wire.JobCall.MaxRequest)
	if err != nil {
		_ = st.Reset()
		return
	}
	_ = st.CloseRead()
	var call wire.JobCallRequest
	if err := p2p.Unmarshal(frame, &call); err != nil || !jobCallAllowed(call) {
		writeJobCallError(st, http.StatusBadRequest, "not a job call")
		return
	}
	ctx, cancel := context.WithTimeout(context.WithValue(ctx, jobCallKey{}, from), a.timeouts().Request)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, call.Method, "http://job-holder"+call.Path, bytes.NewReader(call.Body))
	if err != nil {
		writeJobCallError(st, http.StatusBadRequest, "not a job call")
		return
	}
	if call.ContentType != "" {
		req.Header.Set("Content-Type", call.ContentType)
	}
	fw := &frameWriter{st: st, header: http.Header{}}
	a.routes().ServeHTTP(fw, req)
	fw.finish()
}

// jobCallAllowed admits the job endpoints only: a job call is no way to
// reach the rest of the API.
func jobCallAllowed(c wire.JobCallRequest) bool {
	path, _, _ := strings.Cut(c.Path, "?")
	switch {
	case c.Method == http.MethodPost && path == "/decrypt-existing-file":
		return true
	case c.Method == http.MethodGet && strings.HasPrefix(path, "/jobs/") && strings.HasSuffix(path, "/status"):
		return true
	case c.Method == http.MethodPost && strings.HasPrefix(path, "/jobs/") &&
		(strings.HasSuffix(path, "/download") || strings.HasSuffix(path, "/delete")):
		return true
	}
	return false
}

func writeJobCallError(st network.Stream, status int, msg string) {
	fw := &frameWriter{st: st, header: http.Header{"Content-Type": {"application/json"}}}
	fw.WriteHeader(status)
	b, _ := json.Marshal(map[string]string{"error": msg, "code": string(request.CodeBadRequest)})
	_, _ = fw.Write(b)
}

// frameWriter is the http.ResponseWriter of a served job call: the head
// frame at the first write, then the body in frames.
type frameWriter struct {
	st     network.Stream
	header http.Header
	wrote  bool
	err    error
}

func (f *frameWriter) Header() http.Header { return f.header }

func (f *frameWriter) WriteHeader(status int) {
	if f.wrote {
		return
	}
	f.wrote = true
	head := wire.JobCallHead{Status: status, Header: map[string][]string{}}
	for _, k := range passedHeaders {
		if v := f.header.Values(k); len(v) > 0 {
			head.Header[k] = v
		}
	}
	raw, err := p2p.Marshal(&head)
	if err == nil {
		_ = f.st.SetWriteDeadline(time.Now().Add(wire.JobCall.Timeout))
		err = p2p.WriteFrame(f.st, raw, wire.JobCall.MaxResponse)
	}
	f.err = err
}

func (f *frameWriter) Write(b []byte) (int, error) {
	if !f.wrote {
		f.WriteHeader(http.StatusOK)
	}
	n := 0
	for len(b) > 0 && f.err == nil {
		c := b[:min(len(b), wire.JobCallChunk)]
		_ = f.st.SetWriteDeadline(time.Now().Add(wire.JobCall.Timeout))
		if f.err = p2p.WriteFrame(f.st, c, wire.JobCall.MaxResponse); f.err == nil {
			n += len(c)
			b = b[len(c):]
		}
	}
	return n, f.err
}

func (f *frameWriter) finish() {
	if !f.wrote {
		f.WriteHeader(http.StatusOK)
	}
}
