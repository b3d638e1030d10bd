package chain

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

type emptyRegistry struct{}

func (emptyRegistry) NodeByPeerID(context.Context, peer.ID) (NodeRecord, error) {
	return NodeRecord{}, ErrNodeNotFound
}
func (emptyRegistry) MeasurementAllowed(context.Context, [32]byte) (bool, error) { return false, nil }
func (emptyRegistry) SimulatedPolicy(context.Context) (bool, [32]byte, error) {
	return false, [32]byte{}, nil
}

// TestRegistryViewBounded is finding 10 of the key-safety review: every
// junk statement from a fresh peer ID (or with a made-up measurement) left
// an entry in the view for good. The view is bounded, and an unknown peer
// is still refused after the flood.
func TestRegistryViewBounded(t *testing.T) {
	v := &RegistryView{Registry: emptyRegistry{}, TTL: time.Hour}
	ctx := context.Background()
	for i := range maxViewNodes + 500 {
		if _, err := v.NodeByPeerID(ctx, peer.ID(fmt.Sprintf("junk-%d", i))); err == nil {
			t.Fatal("unknown peer found")
		}
		var m [32]byte
		m[0], m[1], m[2] = byte(i), byte(i>>8), byte(i>>16)
		if ok, err := v.MeasurementAllowed(ctx, m); ok || err != nil {
			t.Fatalf("made-up measurement: %v, %v", ok, err)
		}
	}
	v.mu.Lock()
	nodes, measures := len(v.nodes), len(v.measures)
	v.mu.Unlock()
	if nodes > maxViewNodes || measures > maxViewMeasures {
		t.Fatalf("%d nodes and %d measurements cached, bounds %d and %d", nodes, measures, maxViewNodes, maxViewMeasures)
	}
}
