package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/tubei/pustaka/internal/site"
)

var diffCmd = &command{
	name:    "diff",
	summary: "Compare two versions of a document word by word (default: the previous named version against the current file).",
	usage:   "diff [--source DIR] [--format words|unified|html|json] [--context N] DOC [FROM [TO]]",
	run:     runDiff,
}

func runDiff(ctx context.Context, fs *flag.FlagSet, args []string) error {
	source := fs.String("source", ".", "site folder")
	format := fs.String("format", "words", "words ([-removed-]{+added+}), unified, html or json")
	color := fs.String("color", "auto", "colour the words format: auto, always or never")
	context := fs.Int("context", 2, "words format: unchanged blocks shown around each change, in hunks headed by their section; -1 shows the whole document")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() < 1 || fs.NArg() > 3 {
		fs.Usage()
		return errUsage
	}
	switch *format {
	case "words", "unified", "html", "json":
	default:
		return fmt.Errorf("--format: want words, unified, html or json; got %q", *format)
	}
	s := site.New(site.Options{Dir: *source, ReadOnly: true})
	if res := s.Build(ctx); res.Diags.Errors() > 0 {
		for _, d := range res.Diags {
			fmt.Fprintln(os.Stderr, d)
		}
	}
	d, from, to, err := s.Diff(ctx, fs.Arg(0), fs.Arg(1), fs.Arg(2))
	if err != nil {
		return err
	}
	name := func(label, id string) string {
		if label == "" {
			return id
		}
		return label + " (" + id + ")"
	}
	switch *format {
	case "words":
		fmt.Fprintf(os.Stdout, "%s -> %s: +%d -%d kata\n", name(from.Label, from.ID), name(to.Label, to.ID), d.Added, d.Removed)
		colored := *color == "always" || *color == "auto" && isTerminal(os.Stdout)
		if *context < 0 {
			fmt.Print(d.WordDiff(colored))
		} else {
			fmt.Print(d.WordHunks(*context, colored))
		}
	case "unified":
		fmt.Print(d.Unified(name(from.Label, from.ID), name(to.Label, to.ID)))
	case "html":
		fmt.Println(d.HTML())
	case "json":
		b, err := d.JSON()
		if err != nil {
			return err
		}
		fmt.Println(string(b))
	}
	return nil
}

// isTerminal reports whether f is a character device (a terminal).
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
