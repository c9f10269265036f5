package main

import (
	"bytes"
	"context"
	"fmt"

	"github.com/tubei/pustaka/internal/quiz"
	"github.com/tubei/pustaka/internal/site"

	"github.com/tubei/pustaka/internal/message"
)

var exportCmd = &command{
	name:    "export",
	summary: "Export the self-check questions of training modules (one category per module) for an LMS: Moodle's GIFT format.",
	usage:   "export soal [--format gift] [--source DIR] [--config FILE] [--drafts] [DOC…]",
	run:     runExport,
}

func runExport(ctx context.Context, e *env, args []string) error {
	fs := e.fs
	source := fs.String("source", ".", "site folder, holding content/")
	config := fs.String("config", "", "config file (default SOURCE/config.yaml; optional)")
	drafts := fs.Bool("drafts", false, "also export modules marked draft: true")
	format := fs.String("format", "gift", "gift (Moodle question import)")
	if err := e.parse(args); err != nil {
		return err
	}
	switch {
	case fs.NArg() == 0:
		return usagef("missing what to export: soal")
	case fs.Arg(0) != "soal":
		return usagef("cannot export %q: want soal", fs.Arg(0))
	case *format != "gift":
		return usagef("--format: want gift; got %q", *format)
	}
	s := site.New(site.Options{Dir: *source, ConfigFile: *config, Drafts: *drafts, ReadOnly: true, NoHistory: true, NoIndex: true})
	res := s.Build(ctx)
	if res.Diags.Errors() > 0 {
		e.printDiags(s, res.Diags)
		return errFailed // a bank with a broken question is not written, not even in part
	}
	cats, err := s.QuestionBank(fs.Args()[1:]...)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := quiz.WriteGIFT(&b, cats); err != nil {
		return err
	}
	n := 0
	for _, c := range cats {
		n += len(c.Questions)
	}
	if _, err := e.stdout.Write(b.Bytes()); err != nil {
		return err
	}
	fmt.Fprintln(e.stderr, message.New(message.Exported, n, len(cats)).In(e.lang(s)))
	return nil
}
