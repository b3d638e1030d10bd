package api

import (
	"net/http"
	"strings"
	"testing"

	"github.com/cifer-network/cifer/p2p"
	"github.com/cifer-network/cifer/wire"
	"github.com/libp2p/go-libp2p/core/peer"
)

// A job call admits the job endpoints only: another node cannot reach the
// rest of the API through it.
func TestJobCallAllowed(t *testing.T) {
	tests := []struct {
		method, path string
		want         bool
	}{
		{"GET", "/jobs/0e1f2a3b-0000-4000-8000-000000000000/status", true},
		{"POST", "/jobs/0e1f2a3b-0000-4000-8000-000000000000/download", true},
		{"POST", "/jobs/0e1f2a3b-0000-4000-8000-000000000000/delete", true},
		{"POST", "/decrypt-existing-file", true},
		{"POST", "/decrypt-existing-file?x=1", true},
		{"GET", "/jobs/x/download", false},
		{"POST", "/jobs/x/status", false},
		{"POST", "/decrypt-payload", false},
		{"POST", "/encrypt-file", false},
		{"POST", "/jobs", false},
		{"GET", "/healthz", false},
		{"DELETE", "/jobs/x/delete", false},
	}
	for _, tc := range tests {
		if got := jobCallAllowed(wire.JobCallRequest{Method: tc.method, Path: tc.path}); got != tc.want {
			t.Errorf("%s %s: allowed %v, want %v", tc.method, tc.path, got, tc.want)
		}
	}
}

// A job ID carries its holder's tag and stays a version-4 UUID that
// parseJobID accepts; the tags of two peers differ.
func TestJobIDNamesHolder(t *testing.T) {
	a, b := peer.ID("peer-a"), peer.ID("peer-b")
	ta, tb := JobHolderTag(a), JobHolderTag(b)
	if len(ta) != 8 || ta == tb {
		t.Fatalf("tags %q %q", ta, tb)
	}
	seen := map[string]bool{}
	for range 100 {
		id, err := newJobID(ta)
		if err != nil {
			t.Fatal(err)
		}
		if id[:8] != ta || id[14] != '4' || !strings.ContainsRune("89ab", rune(id[19])) || parseJobID(id) != nil || seen[id] {
			t.Fatalf("job id %s (tag %s)", id, ta)
		}
		seen[id] = true
	}
	if _, err := newJobID("xyz"); err == nil {
		t.Fatal("a malformed tag was used")
	}
}

// FuzzJobCallRequest: any frame another node sends decodes or is refused,
// and what is admitted makes a well-formed request to this node's routes.
func FuzzJobCallRequest(f *testing.F) {
	for _, c := range []wire.JobCallRequest{
		{Method: "GET", Path: "/jobs/0e1f2a3b-0000-4000-8000-000000000000/status"},
		{Method: "POST", Path: "/decrypt-existing-file", ContentType: "application/json", Body: []byte(`{"encryptJobId":"x"}`)},
	} {
		b, err := p2p.Marshal(&c)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var c wire.JobCallRequest
		if p2p.Unmarshal(b, &c) != nil || !jobCallAllowed(c) {
			return
		}
		if c.Method != http.MethodGet && c.Method != http.MethodPost {
			t.Fatalf("method %q admitted", c.Method)
		}
		req, err := http.NewRequest(c.Method, "http://job-holder"+c.Path, nil)
		if err == nil && req.URL.Host != "job-holder" {
			t.Fatalf("path %q reaches host %q", c.Path, req.URL.Host)
		}
	})
}
