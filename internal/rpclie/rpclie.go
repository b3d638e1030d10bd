// Package rpclie is a lying JSON-RPC provider for tests: an HTTP proxy in
// front of an honest endpoint that passes every call through and lets the
// test rewrite chosen answers (a forged storage value, a header with
// another state root, a dropped log). Verified chain reads are tested
// against it: a node that believes a rewritten answer has a bug.
package rpclie

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// Rewrite sees each answered call: the method, its params and the honest
// result. It returns the result to send instead, and whether it changed
// it (counted in Lies).
type Rewrite func(method string, params, result json.RawMessage) (json.RawMessage, bool)

// Proxy is a running lying endpoint.
type Proxy struct {
	URL      string
	upstream string
	srv      *http.Server
	ln       net.Listener
	client   *http.Client

	mu      sync.Mutex
	rewrite Rewrite
	lies    atomic.Int64
	calls   atomic.Int64
}

// Start listens on 127.0.0.1 (an ephemeral port) in front of upstream, an
// HTTP JSON-RPC URL. rewrite may be nil (an honest proxy) and changed
// later with SetRewrite.
func Start(upstream string, rewrite Rewrite) (*Proxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &Proxy{URL: "http://" + ln.Addr().String(), upstream: upstream, ln: ln, rewrite: rewrite,
		client: &http.Client{Timeout: 30 * time.Second}}
	p.srv = &http.Server{Handler: http.HandlerFunc(p.serve), ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = p.srv.Serve(ln) }()
	return p, nil
}

// SetRewrite replaces the rewrite (nil: honest from now on).
func (p *Proxy) SetRewrite(r Rewrite) {
	p.mu.Lock()
	p.rewrite = r
	p.mu.Unlock()
}

// Lies is how many answers the proxy changed.
func (p *Proxy) Lies() int64 { return p.lies.Load() }

// Calls is how many calls it answered.
func (p *Proxy) Calls() int64 { return p.calls.Load() }

// Close stops the proxy.
func (p *Proxy) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return p.srv.Shutdown(ctx)
}

type call struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Method  string          `json:"method"`
	Params  json.RawMessage `json:"params"`
}

type answer struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   json.RawMessage `json:"error,omitempty"`
}

func (p *Proxy) serve(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 16<<20))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	resp, err := p.forward(r.Context(), body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	out, err := p.rewriteAll(body, resp)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(out)
}

func (p *Proxy) forward(ctx context.Context, body []byte) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.upstream, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("upstream: %s", resp.Status)
	}
	return io.ReadAll(io.LimitReader(resp.Body, 64<<20))
}

// rewriteAll applies the rewrite to a single answer or a batch.
func (p *Proxy) rewriteAll(reqBody, respBody []byte) ([]byte, error) {
	p.mu.Lock()
	rw := p.rewrite
	p.mu.Unlock()
	batch := len(bytes.TrimSpace(reqBody)) > 0 && bytes.TrimSpace(reqBody)[0] == '['
	var calls []call
	var answers []answer
	if batch {
		if err := json.Unmarshal(reqBody, &calls); err != nil {
			return nil, err
		}
		if err := json.Unmarshal(respBody, &answers); err != nil {
			return nil, err
		}
	} else {
		var c call
		var a answer
		if err := json.Unmarshal(reqBody, &c); err != nil {
			return nil, err
		}
		if err := json.Unmarshal(respBody, &a); err != nil {
			return nil, err
		}
		calls, answers = []call{c}, []answer{a}
	}
	byID := map[string]call{}
	for _, c := range calls {
		byID[string(c.ID)] = c
	}
	for i := range answers {
		p.calls.Add(1)
		c, ok := byID[string(answers[i].ID)]
		if !ok || rw == nil || answers[i].Result == nil {
			continue
		}
		if res, changed := rw(c.Method, c.Params, answers[i].Result); changed {
			answers[i].Result = res
			p.lies.Add(1)
		}
	}
	if batch {
		return json.Marshal(answers)
	}
	if len(answers) != 1 {
		return nil, errors.New("no answer")
	}
	return json.Marshal(answers[0])
}
