package e2e

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sync"
	"time"

	"github.com/cifer-network/cifer/testnet"
)

// startProfiles starts CPU profiles of this process, of the node serving
// api (the Black Box) and of one other node, for about d; the returned
// function stops this process's profile and waits for the nodes'.
func startProfiles(ctx context.Context, dir string, st *testnet.State, api string, d time.Duration, log *slog.Logger) (func() error, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	type target struct{ name, url string }
	var targets []target
	other := -1
	for i, n := range st.Nodes {
		if n.APIURL == api {
			targets = append(targets, target{"blackbox", n.Metrics})
		} else if other < 0 {
			other = i
		}
	}
	if other >= 0 {
		targets = append(targets, target{fmt.Sprintf("custodian-node%d", other+1), st.Nodes[other].Metrics})
	}
	secs := max(1, int(d.Seconds())-1)
	var wg sync.WaitGroup
	errs := make([]error, len(targets))
	for i, t := range targets {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = fetchProfile(ctx, fmt.Sprintf("%s/debug/pprof/profile?seconds=%d", t.url, secs), filepath.Join(dir, t.name+".pprof"), time.Duration(secs+30)*time.Second)
		}()
	}
	f, err := os.Create(filepath.Join(dir, "clients.pprof"))
	if err != nil {
		wg.Wait()
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		wg.Wait()
		return nil, err
	}
	log.Info("profiling", "dir", dir, "nodes", len(targets))
	return func() error {
		pprof.StopCPUProfile()
		cerr := f.Close()
		wg.Wait()
		return errors.Join(append(errs, cerr)...)
	}, nil
}

func fetchProfile(ctx context.Context, url, path string, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: status %d (is http.pprof on?)", url, resp.StatusCode)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, resp.Body); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
