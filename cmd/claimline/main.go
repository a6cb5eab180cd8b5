// Command claimline is an event-sourced ingestion pipeline for conflict
// reporting on NATS JetStream: it ingests news articles, extracts
// attributed, dated claims, and folds them into a timeline and a casualty
// tally that can be rebuilt by replaying the log.
//
// main parses flags and wires the packages together; the work is in
// ingest, extract, project and eventlog. Run `claimline help` for commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
)

// command is one subcommand: its one-line summary and its entry point.
type command struct {
	summary string
	run     func(ctx context.Context, env *cli, args []string) error
}

var commands = map[string]command{}

func register(name, summary string, run func(ctx context.Context, env *cli, args []string) error) {
	commands[name] = command{summary: summary, run: run}
}

// cli carries the process's streams, so commands can be run from tests.
type cli struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// errUsage marks a bad command line: exit status 2.
var errUsage = errors.New("usage")

// errFailed marks a command that reported its own failure (for example a
// rejected input): exit status 1 with nothing more printed.
var errFailed = errors.New("failed")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(runMain(ctx, os.Args[1:], &cli{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}))
}

func runMain(ctx context.Context, args []string, env *cli) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				_ = c.run(ctx, env, []string{"-h"})
				return 0
			}
		}
		usage(env.stdout)
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(env.stderr, "claimline: unknown command %q (run 'claimline help')\n", args[0])
		return 2
	}
	err := c.run(ctx, env, args[1:])
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, errFailed):
		return 1
	default:
		fmt.Fprintf(env.stderr, "claimline %s: %v\n", args[0], oneLine(err))
		return 1
	}
}

func oneLine(err error) string {
	return strings.ReplaceAll(err.Error(), "\n", "; ")
}

func usage(w io.Writer) {
	fmt.Fprint(w, `claimline — an event-sourced ingestion pipeline for conflict reporting on NATS JetStream.

Usage: claimline <command> [flags] [args]

Commands:
`)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-11s %s\n", n, commands[n].summary)
	}
	fmt.Fprint(w, `
Run 'claimline <command> -h' for a command's flags. Commands that talk to a
running server take --nats URL (default $NATS_URL, then nats://127.0.0.1:4222).
Start everything in one process with: claimline run
`)
}

// newFlags returns a flag set for a command that prints its usage to
// env.stderr and returns errors instead of exiting.
func newFlags(env *cli, name, args, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.stderr, "Usage: claimline %s %s\n\n%s\n\nFlags:\n", name, args, about)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args, mapping a bad command line to errUsage.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}
