package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/staking"
	"github.com/ethereum/go-ethereum/common"
)

// 'cifer stake rewards': an operator's per-epoch rewards from the
// deployment's RewardsPool, and with --claim the claim of every epoch that
// is open.

func init() {
	register(&command{name: "stake rewards", summary: "show your node's rewards per epoch; --claim claims the open ones", run: runStakeRewards})
}

const (
	hintNoRewardsPool    = "this network was deployed before rewards: its creation fees stay with the controller"
	hintRewardsNotOpen   = "an epoch's rewards open claimDelayEpochs after it (so exclusions land first): see 'cifer stake rewards'"
	hintRewardsClaimed   = "that epoch was already claimed: see 'cifer stake rewards'"
	hintRewardsExcluded  = "the node was excluded from that epoch's rewards (slashed or reported missing)"
	hintRewardsNotServed = "the node served in no election of that epoch"
)

func runStakeRewards(ctx context.Context, env *cliEnv, args []string) error {
	var operator *string
	var from *uint64
	var claim *bool
	return stakeCommand(ctx, env, "stake rewards", args, false, func(fs *flag.FlagSet) {
		operator = fs.String("operator", "", "operator address (default: the operator key's; --claim needs the key)")
		from = fs.Uint64("from-epoch", 0, fmt.Sprintf("first epoch to show (default: the last %d)", staking.MaxRewardEpochs))
		claim = fs.Bool("claim", false, "claim every epoch that is open, paid to the operator")
	}, func(ctx context.Context, s *stakeEnv) error {
		var op common.Address
		switch {
		case *operator != "":
			var err error
			if op, err = parseAddress("operator", *operator); err != nil {
				return err
			}
			if *claim && (s.op == nil || s.op.Address() != op) {
				return fmt.Errorf("%w: --claim sends from the operator key: drop --operator or give that operator's key", errUsage)
			}
		case s.op != nil:
			op = s.op.Address()
		default:
			return fmt.Errorf("%w: give --operator ADDRESS, or an operator key", errUsage)
		}
		pool := s.dep.Addresses.RewardsPool
		if pool == (common.Address{}) {
			return fmt.Errorf("%w: %s", staking.ErrNoRewardsPool, hintNoRewardsPool)
		}
		reg, err := chain.NewRegistry(s.dep.Addresses.Registry, s.eth, 30*time.Second)
		if err != nil {
			return err
		}
		index, err := reg.NodeIndexOf(ctx, op)
		if errors.Is(err, chain.ErrNodeNotFound) {
			return fmt.Errorf("operator %s has no registered node: register one with 'cifer stake register'", op.Hex())
		}
		if err != nil {
			return err
		}
		r, err := staking.ReadRewards(ctx, s.eth, s.dep.Addresses.Registry, pool, op, index, *from)
		if err != nil {
			return err
		}
		printRewards(env.stdout, r)
		epochs, sum := r.Claimable()
		if !*claim {
			if len(epochs) > 0 {
				fmt.Fprintf(env.stdout, "claimable now: %s wei for %d epoch(s); claim them with 'cifer stake rewards --claim'\n", sum, len(epochs))
			} else {
				fmt.Fprintln(env.stdout, "nothing to claim now")
			}
			return nil
		}
		if len(epochs) == 0 {
			fmt.Fprintln(env.stdout, "nothing to claim now")
			return nil
		}
		paid, rc, err := s.op.ClaimRewards(ctx, pool, epochs)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.stdout, "claimed %s wei for epochs %s to %s (transaction %s)\n", paid, joinEpochs(epochs), op.Hex(), rc.TxHash.Hex())
		return nil
	})
}

func printRewards(w io.Writer, r staking.Rewards) {
	fmt.Fprintf(w, "operator     %s (node %d)\n", r.Operator.Hex(), r.NodeIndex)
	fmt.Fprintf(w, "epoch        %d; an epoch's rewards open %d epoch(s) after it\n", r.Epoch, r.ClaimDelay)
	if len(r.Epochs) == 0 {
		fmt.Fprintln(w, "served       no epoch in the range shown")
		return
	}
	fmt.Fprintf(w, "%-8s %-28s %-24s %s\n", "EPOCH", "STAKE (wei)", "REWARD (wei)", "STATE")
	for _, e := range r.Epochs {
		state := e.State.String()
		if e.State == staking.RewardPending {
			state = fmt.Sprintf("pending: opens in epoch %d (so far)", e.OpensAt)
		}
		fmt.Fprintf(w, "%-8d %-28s %-24s %s\n", e.Epoch, e.Stake, e.Amount, state)
	}
}

func joinEpochs(epochs []uint64) string {
	parts := make([]string, len(epochs))
	for i, e := range epochs {
		parts[i] = fmt.Sprint(e)
	}
	return strings.Join(parts, ",")
}
