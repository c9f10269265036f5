package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/tubei/pustaka/internal/report"
	"github.com/tubei/pustaka/internal/service"

	"github.com/tubei/pustaka/internal/config"
	"github.com/tubei/pustaka/internal/message"
)

// siteFlags are the flags every command that reads a site shares.
type siteFlags struct {
	source, config    string
	drafts, noHistory bool
	strict            bool
}

func (f *siteFlags) register(e *env) {
	e.fs.StringVar(&f.source, "source", ".", string(message.FlagSource))
	e.fs.StringVar(&f.config, "config", "", string(message.FlagConfig))
	e.fs.BoolVar(&f.drafts, "drafts", false, string(message.FlagDrafts))
	e.fs.BoolVar(&f.noHistory, "no-history", false, string(message.FlagNoHistory))
}

// lang is the language of the command's messages for the site the flags
// name (message.Choose): its lang setting, unless the environment
// chooses another. A config.yaml that cannot be read counts as none here;
// the command reports it.
func (f *siteFlags) lang(e *env) message.Lang { return e.langAt(f.source, f.config) }

// langAt is the language of the command's messages for the site in the
// folder source whose config file is configFile (default
// source/config.yaml), as siteFlags.lang.
func (e *env) langAt(source, configFile string) message.Lang {
	name := configFile
	if name == "" {
		name = filepath.Join(source, "config.yaml")
	}
	siteLang := ""
	if cfg, err := config.Load(name, "config.yaml"); err == nil {
		siteLang = cfg.Lang
	}
	return message.Choose(siteLang, e.getenv)
}

// options are the service options the flags say, printing to e.stderr.
func (f *siteFlags) options(e *env) service.Options {
	return service.Options{Dir: f.source, ConfigFile: f.config, Drafts: f.drafts, Strict: f.strict, NoHistory: f.noHistory,
		Log: e.stderr, Getenv: e.getenv}
}

var buildCmd = &command{
	name:    "build",
	summary: message.SumBuild,
	usage:   "build [--source DIR] [--config FILE] [--out DIR] [--drafts] [--strict]",
	run:     runBuild,
}

func runBuild(ctx context.Context, e *env, args []string) error {
	var sf siteFlags
	sf.register(e)
	out := e.fs.String("out", "", string(message.FlagOut))
	noIndex := e.fs.Bool("no-index", false, string(message.FlagNoIndex))
	e.fs.BoolVar(&sf.strict, "strict", false, string(message.FlagStrict))
	if err := e.parse(args); err != nil {
		return err
	}
	if e.fs.NArg() > 0 {
		return usagef(message.ArgUnexpected, e.fs.Arg(0))
	}
	opts := sf.options(e)
	opts.NoIndex = *noIndex
	err := service.Publish(ctx, opts, service.PublishOptions{Out: *out, TuneGC: os.Getenv("GOGC") == ""})
	if errors.Is(err, service.ErrNotPublished) {
		return errFailed
	}
	return err
}

var checkCmd = &command{
	name:    "check",
	summary: message.SumCheck,
	usage:   "check [--source DIR] [--config FILE] [--drafts] [--report FILE.html|FILE.json] [--json]",
	run:     runCheck,
}

func runCheck(ctx context.Context, e *env, args []string) error {
	var sf siteFlags
	sf.register(e)
	reportFile := e.fs.String("report", "", string(message.FlagReport))
	asJSON := e.fs.Bool("json", false, string(message.FlagCheckJSON))
	if err := e.parse(args); err != nil {
		return err
	}
	if e.fs.NArg() > 0 {
		return usagef(message.ArgUnexpected, e.fs.Arg(0))
	}
	opts := sf.options(e)
	opts.ReadOnly, opts.NoIndex, opts.Strict, opts.MaxPrinted = true, true, true, 20
	if *asJSON {
		opts.Log = io.Discard
	}
	svc := service.New(opts)
	res := svc.Build(ctx)
	r := report.New(res.Diags, svc.Lang())
	if *asJSON {
		if err := r.WriteJSON(e.stdout); err != nil {
			return err
		}
	} else if len(r.Kinds) > 0 {
		var parts []string
		for _, k := range report.Kinds(r.Kinds) {
			parts = append(parts, fmt.Sprintf("%s %d", k, r.Kinds[k]))
		}
		fmt.Fprintln(e.stderr, message.New(message.ByKind, strings.Join(parts, ", "), len(r.Files)).In(svc.Lang()))
	}
	if *reportFile != "" {
		if err := writeReport(*reportFile, r); err != nil {
			return err
		}
	}
	if !*asJSON {
		fmt.Fprintln(e.stderr, service.Summary(res, svc.Lang()))
	}
	if res.Diags.Errors() > 0 {
		return errFailed
	}
	return nil
}

// writeReport writes r to the file name: HTML for a .html or .htm name,
// else JSON.
func writeReport(name string, r *report.Report) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if ext := strings.ToLower(filepath.Ext(name)); ext == ".html" || ext == ".htm" {
		err = r.WriteHTML(f)
	} else {
		err = r.WriteJSON(f)
	}
	return errors.Join(err, f.Close())
}
