// Command pustaka builds, serves and searches a policy knowledge base.
//
// Usage:
//
//	pustaka <command> [flags] [arguments]
//
// Commands: build, check, serve, new, search, search-log, analyze, diff, pdf,
// skm, export. Run `pustaka <command> --help` for each command's flags.
// Flags may come before, between or after the arguments, as in git; "--"
// ends the flags.
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
	"time"

	"github.com/tubei/pustaka/internal/content"
	"github.com/tubei/pustaka/internal/message"
	"github.com/tubei/pustaka/internal/site"
)

// command is one subcommand: its name, a one-line summary, usage text and
// the function that runs it. run registers its flags on e.fs, calls
// e.parse, and writes only to e.stdout and e.stderr.
type command struct {
	name, summary, usage string
	run                  func(ctx context.Context, e *env, args []string) error
}

// env is what a command runs with: its flag set and the writers for what
// it prints (never os.Stdout or os.Stderr directly, so that tests and
// callers can capture it).
type env struct {
	name           string // the command's name, e.g. "search"
	fs             *flag.FlagSet
	stdout, stderr io.Writer
	getenv         func(string) string // the environment: PUSTAKA_LANG, LANG ... choose the language
}

var commands = []*command{buildCmd, checkCmd, serveCmd, newCmd, searchCmd, searchLogCmd, analyzeCmd, diffCmd, pdfCmd, skmCmd, exportCmd}

// errFailed marks a run that already printed its problems.
var errFailed = errors.New("failed")

// grace is how long a command may take to stop after Ctrl+C or SIGTERM
// (a server closing its index, a build removing its staging folder)
// before the process exits anyway; a second Ctrl+C exits at once.
const grace = 10 * time.Second

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop() // a second signal ends the process the default way, at once
		time.Sleep(grace)
		fmt.Fprintln(os.Stderr, message.New(message.Killed, grace).In(message.Choose("", os.Getenv)))
		os.Exit(130)
	}()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		if len(args) == 0 {
			usage(stderr)
			return 2
		}
		usage(stdout)
		return 0
	}
	for _, c := range commands {
		if c.name != args[0] {
			continue
		}
		e := &env{name: c.name, fs: flag.NewFlagSet("pustaka "+c.name, flag.ContinueOnError), stdout: stdout, stderr: stderr, getenv: os.Getenv}
		e.fs.SetOutput(stdout)
		e.fs.Usage = func() {
			fmt.Fprintf(e.fs.Output(), "usage: pustaka %s\n\n%s\n\nFlags (before, between or after the arguments; \"--\" ends them):\n", c.usage, c.summary)
			e.fs.PrintDefaults()
		}
		err := c.run(ctx, e, args[1:])
		var ue *usageError
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errFailed):
			return 1
		case ctx.Err() != nil && errors.Is(err, context.Canceled):
			fmt.Fprintln(stderr, message.New(message.Stopped, c.name).In(e.langAt(".", "")))
			return 130
		case errors.As(err, &ue):
			fmt.Fprintf(stderr, "pustaka %s: %s; see \"pustaka %s --help\"\n", c.name, ue.msg, c.name)
			return 2
		}
		// The site is usually the working folder (--source defaults to it).
		fmt.Fprintf(stderr, "pustaka %s: %s\n", c.name, message.Of(err).In(e.langAt(".", "")))
		return 1
	}
	fmt.Fprintf(stderr, "pustaka: unknown command %q; see \"pustaka --help\"\n", args[0])
	return 2
}

// lang is the language of the command's messages about the site s: the
// site's (lang in config.yaml), unless the environment chooses another
// (message.Choose: PUSTAKA_LANG, then the locale).
func (e *env) lang(s *site.Site) message.Lang {
	siteLang := ""
	if cfg := s.Config(); cfg != nil {
		siteLang = cfg.Lang
	}
	return message.Choose(siteLang, e.getenv)
}

// printDiags prints diags, one a line, in the language of the command's
// messages about s.
func (e *env) printDiags(s *site.Site, diags content.Diagnostics) {
	l := e.lang(s)
	for _, d := range diags {
		fmt.Fprintln(e.stderr, d.In(l))
	}
}

// usageError is a mistake in a command's flags or arguments: run prints
// it on one line with the --help hint and exits 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// usagef returns a usageError.
func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

func usage(w io.Writer) {
	fmt.Fprint(w, `Pustaka builds a policy knowledge base (Markdown in content/) into a
website with Indonesian-aware search, and serves it with live reload.

Usage:
  pustaka <command> [flags] [arguments]

Commands:
`)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Run "pustaka <command> --help" for a command's flags.
Quick start: "pustaka serve" in a folder holding content/, then open http://localhost:8080.
`)
}
