package testnet

import (
	"context"
	"testing"
	"time"
)

// A testnet started again in the directory of a stopped one (not wiped)
// starts over: new platform key, new node data dirs, a working network.
func TestStartTwiceInOneDir(t *testing.T) {
	if testing.Short() {
		t.Skip("starts two networks")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	dir := t.TempDir()
	var first string
	for round := range 2 {
		net, err := StartInProcess(ctx, Config{Dir: dir, Nodes: 5})
		if err != nil {
			t.Fatalf("start %d: %v", round+1, err)
		}
		id := net.State.Nodes[0].Identity.PeerID.String()
		if err := net.Close(); err != nil {
			t.Fatalf("close %d: %v", round+1, err)
		}
		if round == 0 {
			first = id
		} else if id == first {
			t.Fatal("the second testnet reused the first's node identity")
		}
	}
}
