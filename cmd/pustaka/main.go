// Command pustaka builds, serves and searches a policy knowledge base.
//
// Usage:
//
//	pustaka <command> [flags] [arguments]
//
// Commands: build, check, serve, new, search, analyze, diff. Run
// `pustaka <command> --help` for each command's flags.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// command is one subcommand: its name, a one-line summary, usage text and
// the function that runs it with its own flag set.
type command struct {
	name, summary, usage string
	run                  func(ctx context.Context, fs *flag.FlagSet, args []string) error
}

var commands = []*command{buildCmd, checkCmd, serveCmd, newCmd, searchCmd, analyzeCmd, diffCmd}

// errFailed marks a run that already printed its problems.
var errFailed = errors.New("failed")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands {
		if c.name != args[0] {
			continue
		}
		fs := flag.NewFlagSet("pustaka "+c.name, flag.ContinueOnError)
		fs.SetOutput(stderr)
		fs.Usage = func() {
			fmt.Fprintf(fs.Output(), "usage: pustaka %s\n\n%s\n\nFlags:\n", c.usage, c.summary)
			fs.PrintDefaults()
		}
		err := c.run(ctx, fs, args[1:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errFailed):
			return 1
		case errors.Is(err, errUsage):
			return 2
		}
		fmt.Fprintf(stderr, "pustaka %s: %v\n", c.name, err)
		return 1
	}
	fmt.Fprintf(stderr, "pustaka: unknown command %q\n\n", args[0])
	usage(stderr)
	return 2
}

// errUsage marks bad flags or arguments; the flag package printed why.
var errUsage = errors.New("usage")

// parse parses flags, turning flag errors into errUsage.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}

func usage(w io.Writer) {
	fmt.Fprint(w, `Pustaka builds a policy knowledge base (Markdown in content/) into a
website with Indonesian-aware search, and serves it with live reload.

Usage:
  pustaka <command> [flags] [arguments]

Commands:
`)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Run "pustaka <command> --help" for a command's flags.
Quick start: "pustaka serve" in a folder holding content/, then open http://localhost:8080.
`)
}
