package chain

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

// registryReader is what the attestation policy needs from the on-chain
// registry (Registry implements it).
type registryReader interface {
	NodeByPeerID(ctx context.Context, id peer.ID) (NodeRecord, error)
	MeasurementAllowed(ctx context.Context, m [32]byte) (bool, error)
	SimulatedPolicy(ctx context.Context) (bool, [32]byte, error)
}

// RegistryView adapts the chain registry to enclave.RegistryView (the
// attestation policy's view of the registry; enclave imports chain, so the
// assertion that it fits lives in this package's external tests). Answers are
// cached for TTL, because the policy reads the registry for every statement
// it checks and gossip delivers each statement to every node; a zero TTL
// reads the chain every time. Callers that must see a change at once (the
// epoch revalidation) call Invalidate first.
type RegistryView struct {
	Registry registryReader
	TTL      time.Duration
	// Now defaults to time.Now.
	Now func() time.Time

	mu       sync.Mutex
	nodes    map[peer.ID]cachedNode
	measures map[[32]byte]cachedBool
	sim      *cachedSim
}

// The view's bounds: far above the nodes of a network and the measurements
// of its releases, so only a flood of junk statements (fresh peer IDs, made
// up measurements) reaches them.
const (
	maxViewNodes    = 1 << 12
	maxViewMeasures = 1 << 10
)

// putFreshBounded stores val under key in a map of the view (under v.mu):
// when the map is full, the entries past the TTL go first (junk statements
// from fresh peer IDs each add one), then, if it is still full, any one.
func putFreshBounded[K comparable, V any](v *RegistryView, m map[K]V, key K, val V, limit int, at func(V) time.Time) {
	if len(m) >= limit {
		for k, e := range m {
			if !v.fresh(at(e)) {
				delete(m, k)
			}
		}
	}
	putBounded(m, key, val, limit)
}

type cachedNode struct {
	rec     NodeRecord
	missing bool
	at      time.Time
}

type cachedBool struct {
	v  bool
	at time.Time
}

type cachedSim struct {
	allowed bool
	key     [32]byte
	at      time.Time
}

func (v *RegistryView) now() time.Time {
	if v.Now != nil {
		return v.Now()
	}
	return time.Now()
}

func (v *RegistryView) fresh(at time.Time) bool {
	return v.TTL > 0 && v.now().Sub(at) < v.TTL
}

// Invalidate drops every cached answer.
func (v *RegistryView) Invalidate() {
	v.mu.Lock()
	v.nodes, v.measures, v.sim = nil, nil, nil
	v.mu.Unlock()
}

// NodeByPeerID returns the node registered under id; an unregistered peer
// is an error wrapping ErrNodeNotFound (which enclave.ErrNodeNotFound is).
func (v *RegistryView) NodeByPeerID(ctx context.Context, id peer.ID) (NodeRecord, error) {
	v.mu.Lock()
	c, ok := v.nodes[id]
	v.mu.Unlock()
	if !ok || !v.fresh(c.at) {
		n, err := v.Registry.NodeByPeerID(ctx, id)
		switch {
		case errors.Is(err, ErrNodeNotFound):
			c = cachedNode{missing: true, at: v.now()}
		case err != nil:
			return NodeRecord{}, err
		default:
			c = cachedNode{at: v.now(), rec: n}
		}
		v.mu.Lock()
		if v.nodes == nil {
			v.nodes = make(map[peer.ID]cachedNode)
		}
		putFreshBounded(v, v.nodes, id, c, maxViewNodes, func(e cachedNode) time.Time { return e.at })
		v.mu.Unlock()
	}
	if c.missing {
		return NodeRecord{}, fmt.Errorf("registry: %w", ErrNodeNotFound)
	}
	return c.rec, nil
}

// MeasurementAllowed reports whether m is on the registry's allow-list.
func (v *RegistryView) MeasurementAllowed(ctx context.Context, m [32]byte) (bool, error) {
	v.mu.Lock()
	c, ok := v.measures[m]
	v.mu.Unlock()
	if ok && v.fresh(c.at) {
		return c.v, nil
	}
	allowed, err := v.Registry.MeasurementAllowed(ctx, m)
	if err != nil {
		return false, err
	}
	v.mu.Lock()
	if v.measures == nil {
		v.measures = make(map[[32]byte]cachedBool)
	}
	putFreshBounded(v, v.measures, m, cachedBool{v: allowed, at: v.now()}, maxViewMeasures, func(e cachedBool) time.Time { return e.at })
	v.mu.Unlock()
	return allowed, nil
}

// SimulatedPolicy reports whether sim enclaves are allowed, and the testnet
// platform key.
func (v *RegistryView) SimulatedPolicy(ctx context.Context) (bool, [32]byte, error) {
	v.mu.Lock()
	c := v.sim
	v.mu.Unlock()
	if c != nil && v.fresh(c.at) {
		return c.allowed, c.key, nil
	}
	allowed, key, err := v.Registry.SimulatedPolicy(ctx)
	if err != nil {
		return false, [32]byte{}, err
	}
	v.mu.Lock()
	v.sim = &cachedSim{allowed: allowed, key: key, at: v.now()}
	v.mu.Unlock()
	return allowed, key, nil
}
