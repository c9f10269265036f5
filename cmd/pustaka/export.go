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
	summary: message.SumExport,
	usage:   "export soal [--format gift] [--source DIR] [--config FILE] [--drafts] [DOC…]",
	run:     runExport,
}

func runExport(ctx context.Context, e *env, args []string) error {
	fs := e.fs
	source := fs.String("source", ".", string(message.FlagSourceShort))
	config := fs.String("config", "", string(message.FlagConfig))
	drafts := fs.Bool("drafts", false, string(message.FlagExportDrafts))
	format := fs.String("format", "gift", string(message.FlagGIFTFormat))
	if err := e.parse(args); err != nil {
		return err
	}
	switch {
	case fs.NArg() == 0:
		return usagef(message.ExportWhat)
	case fs.Arg(0) != "soal":
		return usagef(message.ExportCannot, fs.Arg(0))
	case *format != "gift":
		return usagef(message.FlagWant, "--format", "gift", *format)
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
