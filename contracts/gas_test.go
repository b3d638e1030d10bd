package contracts_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cifer-network/cifer/contracts/evmtest"
)

// advanceEpochGasBudget is the design goal for advanceEpoch at 1,000 nodes.
const advanceEpochGasBudget = 5_000_000

// TestAdvanceEpochGas registers 10, 100 and 1,000 nodes (1,000 is left out
// with -short) and logs the gas of register and advanceEpoch: epoch 1
// (forms the cluster), epoch 2 (nothing changed) and epoch 3 (after a cluster
// member unbonded, so one replacement is drawn). Stakes differ per node. It
// fails if advanceEpoch exceeds the 5M gas budget. The numbers vary a little
// with the random seed, since rejected draws cost gas.
func TestAdvanceEpochGas(t *testing.T) {
	sizes := []int{10, 100}
	if !testing.Short() {
		sizes = append(sizes, 1000)
	}
	t.Logf("| nodes | register (last node) | advanceEpoch 1 (forms cluster) | advanceEpoch 2 (no change) | advanceEpoch 3 (1 replacement) |")
	t.Logf("| ---: | ---: | ---: | ---: | ---: |")
	for _, n := range sizes {
		t.Run(fmt.Sprintf("nodes=%d", n), func(t *testing.T) {
			row := measureEpochGas(t, n)
			t.Logf("| %d | %d | %d | %d | %d |", n, row[0], row[1], row[2], row[3])
			for i, g := range row[1:] {
				if g > advanceEpochGasBudget {
					t.Errorf("advanceEpoch %d at %d nodes used %d gas; budget %d", i+1, n, g, advanceEpochGasBudget)
				}
			}
		})
	}
}

func measureEpochGas(t *testing.T, n int) [4]uint64 {
	c := evmtest.NewChain(t, n+1)
	d := c.Deploy(defaultParams())
	reg := d.Registry

	// Operators are accounts 1..n. Each sends mint, approve and register with
	// fixed nonces and gas limits (no estimation round trips), 100 per block.
	registers := make([]*types.Transaction, 0, n)
	for op := 1; op <= n; op++ {
		stake := new(big.Int).Mul(evmtest.Ether(100), big.NewInt(int64(1+op%7)))
		send := func(nonce uint64, gas uint64) *bind.TransactOpts {
			o := c.Opts(op)
			o.Nonce = new(big.Int).SetUint64(nonce)
			o.GasLimit = gas
			o.GasFeeCap = big.NewInt(100e9)
			o.GasTipCap = big.NewInt(1e9)
			return o
		}
		if _, err := d.Token.Mint(send(0, 200_000), c.Addrs[op], stake); err != nil {
			t.Fatal(err)
		}
		if _, err := d.Token.Approve(send(1, 200_000), d.RegistryAddr, stake); err != nil {
			t.Fatal(err)
		}
		addr := c.Addrs[op]
		wallet := common.BytesToAddress(crypto.Keccak256(addr[:]))
		tx, err := reg.Register(send(2, 2_000_000), append([]byte("peer-"), addr[:]...), wallet, [32]byte{1}, [32]byte{2},
			[]string{"/ip4/127.0.0.1/tcp/4001", "/ip4/127.0.0.1/udp/4001/quic-v1"}, stake)
		if err != nil {
			t.Fatal(err)
		}
		registers = append(registers, tx)
		if op%100 == 0 || op == n {
			c.Commit()
		}
	}
	// The simulated pool may take some of a batch in only after the next
	// block: wait for every registration, not just the last one sent.
	var row [4]uint64
	for _, tx := range registers {
		row[0] = c.Receipt(tx).GasUsed
	}
	if cnt, _ := reg.ActiveNodeCount(call(c)); cnt.Int64() != int64(n) {
		t.Fatalf("activeNodeCount = %v; want %d", cnt, n)
	}
	row[1] = c.AdvanceEpoch(d, 0).GasUsed
	row[2] = c.AdvanceEpoch(d, 0).GasUsed
	members, err := reg.ClusterMembers(call(c), 1)
	if err != nil || len(members) != 5 {
		t.Fatalf("cluster 1 = %v, %v", members, err)
	}
	leaver := -1
	for i, a := range c.Addrs {
		if a == members[0] {
			leaver = i
		}
	}
	c.Mine(reg.Unbond(c.Opts(leaver)))
	rcpt := c.AdvanceEpoch(d, 0)
	if countReplaced(reg, rcpt) != 1 {
		t.Fatalf("epoch 3: want exactly one ClusterMemberReplaced")
	}
	row[3] = rcpt.GasUsed
	return row
}
