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
	"slices"
	"strconv"
	"strings"
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
	name    string
	summary message.Key // what the command does, worded in the reader's language
	usage   string      // the synopsis: flags and arguments
	run     func(ctx context.Context, e *env, args []string) error
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
	return runEnv(ctx, args, stdout, stderr, os.Getenv)
}

// runEnv runs the command args with the environment getenv, which
// chooses the language of what it prints (message.Choose), and returns
// the exit code.
func runEnv(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	top := &env{stdout: stdout, stderr: stderr, getenv: getenv}
	if len(args) == 2 && args[0] == "help" && slices.ContainsFunc(commands, func(c *command) bool { return c.name == args[1] }) {
		args = []string{args[1], "--help"} // "pustaka help search", as git and go say it
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		if len(args) == 0 {
			usage(stderr, top.langAt(".", ""))
			return 2
		}
		usage(stdout, top.langAt(".", ""))
		return 0
	}
	for _, c := range commands {
		if c.name != args[0] {
			continue
		}
		e := &env{name: c.name, fs: flag.NewFlagSet("pustaka "+c.name, flag.ContinueOnError), stdout: stdout, stderr: stderr, getenv: getenv}
		e.fs.SetOutput(stdout)
		e.fs.Usage = func() { e.printUsage(c) }
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
			fmt.Fprintln(stderr, message.New(message.Stopped, c.name).In(e.cliLang()))
			return 130
		case errors.As(err, &ue):
			fmt.Fprintln(stderr, message.New(message.UsageHint, c.name, ue.text, c.name).In(e.cliLang()))
			return 2
		}
		l := e.cliLang()
		var lines interface{ Lines() []message.Text }
		if errors.As(err, &lines) && lines.(error).Error() == err.Error() {
			for _, t := range lines.Lines() { // a config.yaml's mistakes, one a line
				fmt.Fprintf(stderr, "pustaka %s: %s\n", c.name, t.In(l))
			}
			return 1
		}
		fmt.Fprintf(stderr, "pustaka %s: %s\n", c.name, message.Of(err).In(l))
		return 1
	}
	fmt.Fprintln(stderr, message.New(message.UnknownCommand, args[0]).In(top.langAt(".", "")))
	return 2
}

// cliLang is the language of the command's own lines (its help, its
// mistakes, a failure): that of the site its --source and --config flags
// name (the working folder by default), unless the environment chooses
// another (env.langAt).
func (e *env) cliLang() message.Lang {
	source, config := ".", ""
	if e.fs != nil {
		if f := e.fs.Lookup("source"); f != nil {
			source = f.Value.String()
		}
		if f := e.fs.Lookup("config"); f != nil {
			config = f.Value.String()
		}
	}
	return e.langAt(source, config)
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
type usageError struct{ text message.Text }

func (e *usageError) Error() string { return e.text.String() }

// usagef returns a usageError with the message key and its arguments.
func usagef(key message.Key, args ...any) error {
	return &usageError{message.New(key, args...)}
}

// usage prints the help of the whole program in language l.
func usage(w io.Writer, l message.Lang) {
	var list strings.Builder
	for _, c := range commands {
		fmt.Fprintf(&list, "  %-10s %s\n", c.name, message.New(c.summary).In(l))
	}
	fmt.Fprint(w, message.New(message.Help, list.String()).In(l))
}

// printUsage prints the help of command c, in the language of the
// command's lines: the synopsis, what it does and its flags, each flag's
// description worded from the catalog (the flags are registered with a
// message key as their usage).
func (e *env) printUsage(c *command) {
	l := e.cliLang()
	w := e.fs.Output()
	fmt.Fprintf(w, "%s\n\n%s\n\n%s\n", message.New(message.HelpUsage, c.usage).In(l), message.New(c.summary).In(l), message.New(message.HelpFlags).In(l))
	e.fs.VisitAll(func(f *flag.Flag) {
		worded := *f
		worded.Usage = message.New(message.Key(f.Usage)).In(l)
		placeholder, text := flag.UnquoteUsage(&worded)
		if isBool(f) {
			placeholder = ""
		}
		fmt.Fprintf(w, "  --%s", f.Name)
		if placeholder != "" {
			fmt.Fprintf(w, " %s", placeholder)
		}
		fmt.Fprintf(w, "\n        %s", text)
		if def := defaultOf(f); def != "" {
			fmt.Fprintf(w, " %s", message.New(message.HelpDefault, def).In(l))
		}
		fmt.Fprintln(w)
	})
}

// defaultOf is the default of flag f as its help shows it: "" for the
// zero value, a string quoted.
func defaultOf(f *flag.Flag) string {
	switch f.DefValue {
	case "", "0", "false", "0s":
		return ""
	}
	if g, ok := f.Value.(flag.Getter); ok {
		if _, isString := g.Get().(string); isString {
			return strconv.Quote(f.DefValue)
		}
	}
	return f.DefValue
}
