package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/cifer-network/cifer/chain"
	"github.com/cifer-network/cifer/chain/deploy"
	"github.com/cifer-network/cifer/contracts/bindings"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Governance commands: a thin CLI over deploy.Gov. Every governed
// parameter changes through the governor and its timelocks
// (docs/CONTRACTS.md, "Governance"). The voter's key comes from
// CIFER_GOV_KEY or a key file.

func init() {
	for _, c := range []*command{
		{name: "gov propose", summary: "propose a parameter change: --set NAME=VALUE ('cifer gov params' lists them)", run: runGovPropose},
		{name: "gov vote", summary: "vote on a proposal: ID for|against|abstain", run: runGovVote},
		{name: "gov queue", summary: "queue a passed proposal on the timelock: ID", run: runGovQueue},
		{name: "gov execute", summary: "execute a queued proposal once its delay is over: ID (security changes: twice)", run: runGovExecute},
		{name: "gov status", summary: "show a proposal's state, votes and when it can execute: ID", run: runGovStatus},
		{name: "gov params", summary: "list the governed parameters and which delay each waits", run: runGovParams},
		{name: "gov wrap", summary: "wrap staking tokens into votes and delegate them to yourself", run: runGovWrap},
	} {
		register(c)
	}
}

type govEnv struct {
	dep deploy.Deployment
	eth *ethclient.Client
	gov *deploy.Gov
	w   *chain.Wallet // nil without a key
}

// govCommand parses the common flags, dials the chain and runs f with the
// positional arguments (exactly nargs of them).
func govCommand(ctx context.Context, env *cliEnv, name string, args []string, nargs int, needKey bool,
	addFlags func(*flag.FlagSet), f func(ctx context.Context, g *govEnv, args []string) error) error {
	fs := newFlagSet(env, name)
	depPath := fs.String("deployment", os.Getenv("CIFER_DEPLOYMENT"), "deployment JSON of the network (env CIFER_DEPLOYMENT)")
	keyFile := fs.String("key-file", "", "file holding the voter's hex private key (default: env CIFER_GOV_KEY)")
	timeout := fs.Duration("timeout", 2*time.Minute, "give up after this long")
	if addFlags != nil {
		addFlags(fs)
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != nargs {
		return fmt.Errorf("%w: want %d argument(s), got %v", errUsage, nargs, fs.Args())
	}
	if *depPath == "" {
		return errNoDeployment
	}
	dep, err := loadDeployment(*depPath)
	if err != nil {
		return err
	}
	var key *ecdsa.PrivateKey
	switch {
	case *keyFile != "":
		if key, err = deploy.LoadKey(*keyFile); err != nil {
			return err
		}
	case os.Getenv("CIFER_GOV_KEY") != "":
		if key, err = deploy.ParseKey(os.Getenv("CIFER_GOV_KEY")); err != nil {
			return fmt.Errorf("%w: CIFER_GOV_KEY: %v", errUsage, err)
		}
	case needKey:
		return fmt.Errorf("%w: no voter key: set CIFER_GOV_KEY or pass --key-file FILE", errUsage)
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	eth, err := ethclient.DialContext(ctx, dep.RPCURL)
	if err != nil {
		return fmt.Errorf("chain %s: %w", dep.RPCURL, err)
	}
	defer eth.Close()
	g := &govEnv{dep: dep, eth: eth}
	if g.gov, err = deploy.NewGov(dep, eth); err != nil {
		return fmt.Errorf("%s: %w", *depPath, err)
	}
	if key != nil {
		if g.w, err = chain.NewWallet(ctx, eth, key); err != nil {
			return explainDial(err)
		}
	}
	return explainDial(f(ctx, g, fs.Args()))
}

func parseProposalID(s string) (*big.Int, error) {
	id, ok := new(big.Int).SetString(s, 10)
	if !ok || id.Sign() <= 0 {
		return nil, fmt.Errorf("%w: proposal id %q is not a positive decimal number (cifer gov propose prints it)", errUsage, s)
	}
	return id, nil
}

func runGovPropose(ctx context.Context, env *cliEnv, args []string) error {
	var set, description *string
	return govCommand(ctx, env, "gov propose", args, 0, true, func(fs *flag.FlagSet) {
		set = fs.String("set", "", "NAME=VALUE of the change, e.g. min-stake=200 or simulated-enclaves-allowed=true")
		description = fs.String("description", "", "proposal description (default: \"set NAME=VALUE\"); one text proposes once")
	}, func(ctx context.Context, g *govEnv, _ []string) error {
		name, value, ok := strings.Cut(*set, "=")
		if !ok || name == "" || value == "" {
			return fmt.Errorf("%w: give --set NAME=VALUE ('cifer gov params' lists the names)", errUsage)
		}
		if _, err := deploy.LookupGovParam(name); err != nil {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		p, err := g.gov.Build(ctx, name, value, *description)
		if err != nil {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		id, err := g.gov.Propose(ctx, g.w, p)
		if err != nil {
			return err
		}
		st, err := g.gov.Status(ctx, id)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.stdout, "proposal %s\n", id)
		fmt.Fprintf(env.stdout, "description  %s\n", p.Description)
		if p.Security != nil {
			fmt.Fprintf(env.stdout, "kind         security change: after the vote and the parameters delay it is scheduled on the security timelock, which runs it %s later\n", delayText(p.Security.Delay))
		} else {
			fmt.Fprintf(env.stdout, "kind         parameters change: runs after the vote and the parameters delay\n")
		}
		fmt.Fprintf(env.stdout, "voting       opens after block %d, closes at block %d\n", st.Snapshot, st.Deadline)
		fmt.Fprintf(env.stdout, "next         cifer gov vote %s for\n", id)
		return nil
	})
}

func delayText(seconds *big.Int) string {
	return (time.Duration(seconds.Int64()) * time.Second).String()
}

func runGovVote(ctx context.Context, env *cliEnv, args []string) error {
	return govCommand(ctx, env, "gov vote", args, 2, true, nil, func(ctx context.Context, g *govEnv, args []string) error {
		id, err := parseProposalID(args[0])
		if err != nil {
			return err
		}
		support, ok := map[string]uint8{"for": deploy.VoteFor, "against": deploy.VoteAgainst, "abstain": deploy.VoteAbstain}[args[1]]
		if !ok {
			return fmt.Errorf("%w: vote %q: want for, against or abstain", errUsage, args[1])
		}
		if err := g.gov.Vote(ctx, g.w, id, support); err != nil {
			return err
		}
		fmt.Fprintf(env.stdout, "voted %s on proposal %s\n", args[1], id)
		return printGovStatus(ctx, env.stdout, g, id)
	})
}

func runGovQueue(ctx context.Context, env *cliEnv, args []string) error {
	return govCommand(ctx, env, "gov queue", args, 1, true, nil, func(ctx context.Context, g *govEnv, args []string) error {
		id, err := parseProposalID(args[0])
		if err != nil {
			return err
		}
		if err := g.gov.Queue(ctx, g.w, id); err != nil {
			return err
		}
		st, err := g.gov.Status(ctx, id)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.stdout, "queued proposal %s: executable at %s\n", id, st.ETA.Format(time.RFC3339))
		return nil
	})
}

func runGovExecute(ctx context.Context, env *cliEnv, args []string) error {
	return govCommand(ctx, env, "gov execute", args, 1, true, nil, func(ctx context.Context, g *govEnv, args []string) error {
		id, err := parseProposalID(args[0])
		if err != nil {
			return err
		}
		what, err := g.gov.Execute(ctx, g.w, id)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.stdout, "proposal %s: %s\n", id, what)
		if st, err := g.gov.Status(ctx, id); err == nil && st.SecurityState == "waiting" {
			fmt.Fprintf(env.stdout, "the security timelock runs it at %s: then 'cifer gov execute %s' again\n", st.SecurityReady.Format(time.RFC3339), id)
		}
		return nil
	})
}

func runGovStatus(ctx context.Context, env *cliEnv, args []string) error {
	return govCommand(ctx, env, "gov status", args, 1, false, nil, func(ctx context.Context, g *govEnv, args []string) error {
		id, err := parseProposalID(args[0])
		if err != nil {
			return err
		}
		return printGovStatus(ctx, env.stdout, g, id)
	})
}

func printGovStatus(ctx context.Context, w io.Writer, g *govEnv, id *big.Int) error {
	st, err := g.gov.Status(ctx, id)
	if errors.Is(err, deploy.ErrProposalNotFound) {
		return fmt.Errorf("%w (is it a proposal of this deployment's governor %s?)", err, g.dep.Addresses.Governor.Hex())
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "proposal     %s\n", st.ID)
	fmt.Fprintf(w, "description  %s\n", st.Proposal.Description)
	fmt.Fprintf(w, "proposer     %s\n", st.Proposer.Hex())
	fmt.Fprintf(w, "state        %s\n", st.State)
	fmt.Fprintf(w, "votes        for %s, against %s, abstain %s (quorum %s: for + abstain)\n", st.For, st.Against, st.Abstain, st.Quorum)
	fmt.Fprintf(w, "voting       opens after block %d, closes at block %d (head %d)\n", st.Snapshot, st.Deadline, st.Head)
	if !st.ETA.IsZero() {
		fmt.Fprintf(w, "eta          %s (head block time %s)\n", st.ETA.Format(time.RFC3339), st.HeadTime.Format(time.RFC3339))
	}
	if st.Proposal.Security != nil {
		line := st.SecurityState
		if !st.SecurityReady.IsZero() {
			line += ", runs at " + st.SecurityReady.Format(time.RFC3339)
		}
		fmt.Fprintf(w, "security     %s (security timelock operation 0x%x)\n", line, st.SecurityID)
	}
	return nil
}

func runGovParams(ctx context.Context, env *cliEnv, args []string) error {
	fs := newFlagSet(env, "gov params")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	for _, p := range deploy.GovParams() {
		delay := "parameters delay"
		if p.Security {
			delay = "parameters + security delay"
		}
		fmt.Fprintf(env.stdout, "%-34s %-28s %s.%s: %s\n", p.Name, delay, p.Contract(), p.Method(), p.Value)
	}
	return nil
}

func runGovWrap(ctx context.Context, env *cliEnv, args []string) error {
	var amount *string
	return govCommand(ctx, env, "gov wrap", args, 0, true, func(fs *flag.FlagSet) {
		amount = fs.String("amount", "", "whole staking tokens to wrap into votes")
	}, func(ctx context.Context, g *govEnv, _ []string) error {
		v, err := parseTokens(*amount)
		if err != nil {
			return err
		}
		tok, err := bindings.NewTestToken(g.dep.Addresses.Token, g.eth) // only its ERC-20 part is used
		if err != nil {
			return err
		}
		votes, err := bindings.NewStakeVotes(g.dep.Addresses.Votes, g.eth)
		if err != nil {
			return err
		}
		me := g.w.Address()
		if _, err := g.w.Send(ctx, "approve votes wrapper", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return tok.Approve(o, g.dep.Addresses.Votes, v)
		}); err != nil {
			return err
		}
		// A deposit or delegation writes a vote checkpoint, dearer in the
		// next block than in the head block the estimate runs on.
		for _, step := range []struct {
			what string
			send func(*bind.TransactOpts) (*types.Transaction, error)
		}{
			{"wrap votes", func(o *bind.TransactOpts) (*types.Transaction, error) { return votes.DepositFor(o, me, v) }},
			{"delegate votes", func(o *bind.TransactOpts) (*types.Transaction, error) { return votes.Delegate(o, me) }},
		} {
			if _, err := g.w.Send(ctx, step.what, func(o *bind.TransactOpts) (*types.Transaction, error) {
				est := *o
				est.NoSend = true
				tx, err := step.send(&est)
				if err != nil {
					return nil, err
				}
				o.GasLimit = tx.Gas() + tx.Gas()/2
				return step.send(o)
			}); err != nil {
				return err
			}
		}
		fmt.Fprintf(env.stdout, "wrapped %s tokens into votes delegated to %s; they count in proposals made from the next block on\n", *amount, me.Hex())
		return nil
	})
}
