package node

import (
	"net/http"
	"net/http/pprof"
)

// servePprof adds Go's profiler to the metrics mux (config http.pprof).
// Importing the package also registers it on http.DefaultServeMux, which
// the node never serves.
func servePprof(mux *http.ServeMux) {
	mux.HandleFunc("GET /debug/pprof/", pprof.Index)
	mux.HandleFunc("GET /debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("GET /debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("GET /debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("GET /debug/pprof/trace", pprof.Trace)
}
