package main

import (
	"context"
	"fmt"
	"github.com/tubei/pustaka/internal/history"
	"io"
	"os"
	"strconv"

	"github.com/tubei/pustaka/internal/site"

	"github.com/tubei/pustaka/internal/message"
)

var diffCmd = &command{
	name:    "diff",
	summary: message.SumDiff,
	usage:   "diff [--source DIR] [--format words|unified|html|json|matrix|matrix-csv] [--context N] [--width N] DOC [FROM [TO]]",
	run:     runDiff,
}

func runDiff(ctx context.Context, e *env, args []string) error {
	fs := e.fs
	source := fs.String("source", ".", string(message.FlagSourceShort))
	format := fs.String("format", "words", string(message.FlagDiffFormat))
	width := fs.Int("width", 0, string(message.FlagWidth))
	color := fs.String("color", "auto", string(message.FlagColor))
	context := fs.Int("context", 2, string(message.FlagContext))
	if err := e.parse(args); err != nil {
		return err
	}
	switch {
	case fs.NArg() == 0:
		return usagef(message.ArgMissing, "DOC")
	case fs.NArg() > 3:
		return usagef(message.ArgsTooMany, "DOC [FROM [TO]]", fs.NArg())
	}
	switch *format {
	case "words", "unified", "html", "json", "matrix", "matrix-csv":
	default:
		return usagef(message.FlagWant, "--format", message.New(message.OneOf, "words, unified, html, json, matrix", "matrix-csv"), *format)
	}
	switch *color {
	case "auto", "always", "never":
	default:
		return usagef(message.FlagWant, "--color", message.New(message.OneOf, "auto, always", "never"), *color)
	}
	s := site.New(site.Options{Dir: *source, ReadOnly: true})
	if res := s.Build(ctx); res.Diags.Errors() > 0 {
		e.printDiags(s, res.Diags)
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
		fmt.Fprintln(e.stdout, message.New(message.WordsChanged, name(from.Label, from.ID), name(to.Label, to.ID), d.Added, d.Removed).In(e.lang(s)))
		colored := *color == "always" || *color == "auto" && isTerminal(e.stdout)
		if *context < 0 {
			fmt.Fprint(e.stdout, d.WordDiff(colored))
		} else {
			fmt.Fprint(e.stdout, d.WordHunks(*context, colored))
		}
	case "unified":
		fmt.Fprint(e.stdout, d.Unified(name(from.Label, from.ID), name(to.Label, to.ID)))
	case "html":
		_, err := e.stdout.Write(d.StandaloneHTMLIn(s.DocLang(fs.Arg(0)), s.Title(fs.Arg(0)), name(from.Label, from.ID), name(to.Label, to.ID)))
		return err
	case "matrix", "matrix-csv":
		notes, diags, err := s.Notes(fs.Arg(0))
		if err != nil {
			return err
		}
		e.printDiags(s, diags)
		// A file to pass on (CSV) speaks the document's language, as
		// its matrix page does; the table in the terminal the reader's.
		lang := s.DocLang(fs.Arg(0))
		if *format == "matrix" {
			lang = string(e.lang(s))
		}
		m := d.MatrixIn(lang)
		notes.Apply(m, d)
		if *format == "matrix-csv" {
			_, err := e.stdout.Write(m.CSV(versionName(from), versionName(to)))
			return err
		}
		fmt.Fprint(e.stdout, m.Text(versionName(from), versionName(to), termWidth(*width)))
	case "json":
		b, err := d.JSON()
		if err != nil {
			return err
		}
		fmt.Fprintln(e.stdout, string(b))
	}
	return nil
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// versionName names a version in a change matrix's headers: its label,
// else its ID.
func versionName(v history.Version) string {
	if v.Label != "" {
		return v.Label
	}
	return v.ID
}

// termWidth is the width of the matrix table: w if set, else $COLUMNS,
// else 120.
func termWidth(w int) int {
	if w > 0 {
		return w
	}
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 40 {
		return n
	}
	return 120
}
