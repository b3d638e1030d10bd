// Command cifer is the one binary of the CIFER node network: it runs a node,
// the local dev chain and testnet, operator and client commands, and tools.
//
// Subcommands live in their own files and register themselves in init, so
// each feature adds one file here and no file grows into a switchboard.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
)

// command is one subcommand, named by one or more words ("node run").
type command struct {
	name    string
	summary string
	// run executes the command. args are the words after the name. A
	// returned errUsage makes main print the usage and exit with code 2.
	run func(ctx context.Context, env *cliEnv, args []string) error
}

// cliEnv is what commands get from main: streams and a logger, so tests can
// run commands in-process and read their output.
type cliEnv struct {
	stdout io.Writer
	stderr io.Writer
	// stderrTTY says stderr is a terminal (progress bars go there).
	stderrTTY bool
	log       *slog.Logger
}

// errUsage marks a user error in the command line itself.
var errUsage = errors.New("usage")

var commands = map[string]*command{}

func register(c *command) {
	if _, dup := commands[c.name]; dup {
		panic("cifer: command registered twice: " + c.name)
	}
	commands[c.name] = c
}

// lookup finds the command with the longest name that prefixes args.
func lookup(args []string) (*command, []string) {
	for n := len(args); n > 0; n-- {
		if c, ok := commands[strings.Join(args[:n], " ")]; ok {
			return c, args[n:]
		}
	}
	return nil, args
}

func usage(w io.Writer) {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Fprintln(w, "usage: cifer <command> [flags]")
	fmt.Fprintln(w, "\ncommands:")
	for _, n := range names {
		fmt.Fprintf(w, "  %-22s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'cifer <command> -h' for a command's flags.")
}

// runCLI runs one command line and returns the process exit code.
func runCLI(ctx context.Context, env *cliEnv, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(env.stdout)
		return 0
	}
	c, rest := lookup(args)
	if c == nil {
		fmt.Fprintf(env.stderr, "cifer: unknown command %q\n\n", strings.Join(args, " "))
		usage(env.stderr)
		return 2
	}
	err := c.run(ctx, env, rest)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(env.stderr, "cifer %s: %v\n", c.name, err)
		return 2
	default:
		fmt.Fprintf(env.stderr, "cifer %s: %v\n", c.name, err)
		return 1
	}
}

// newFlagSet returns a flag set that reports errors instead of exiting, and
// prints its defaults to the command's stderr.
func newFlagSet(env *cliEnv, name string) *flag.FlagSet {
	fs := flag.NewFlagSet("cifer "+name, flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	return fs
}

// parseFlags parses args and turns a bad flag into errUsage.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return nil
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	env := &cliEnv{
		stdout:    os.Stdout,
		stderr:    os.Stderr,
		stderrTTY: isTerminal(os.Stderr),
		log:       slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo})),
	}
	os.Exit(runCLI(ctx, env, os.Args[1:]))
}
