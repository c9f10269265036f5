package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/tubei/pustaka/internal/service"
)

// siteFlags are the flags every command that reads a site shares.
type siteFlags struct {
	source, config    string
	drafts, noHistory bool
	strict            bool
}

func (f *siteFlags) register(e *env) {
	e.fs.StringVar(&f.source, "source", ".", "site folder, holding content/ and optionally config.yaml, themes/, layouts/, static/")
	e.fs.StringVar(&f.config, "config", "", "config file (default SOURCE/config.yaml; optional)")
	e.fs.BoolVar(&f.drafts, "drafts", false, "also publish pages marked draft: true")
	e.fs.BoolVar(&f.noHistory, "no-history", false, "neither record nor show versions of documents")
}

// options are the service options the flags say, printing to e.stderr.
func (f *siteFlags) options(e *env) service.Options {
	return service.Options{Dir: f.source, ConfigFile: f.config, Drafts: f.drafts, Strict: f.strict, NoHistory: f.noHistory, Log: e.stderr}
}

var buildCmd = &command{
	name:    "build",
	summary: "Build the site into the output folder and update the search index. Nothing is written when there are errors.",
	usage:   "build [--source DIR] [--config FILE] [--out DIR] [--drafts] [--strict]",
	run:     runBuild,
}

func runBuild(ctx context.Context, e *env, args []string) error {
	var sf siteFlags
	sf.register(e)
	out := e.fs.String("out", "", "output folder (default SOURCE/public)")
	noIndex := e.fs.Bool("no-index", false, "do not update the search index")
	e.fs.BoolVar(&sf.strict, "strict", false, "broken links and anchors are errors (as strict: true in config.yaml)")
	if err := e.parse(args); err != nil {
		return err
	}
	if e.fs.NArg() > 0 {
		return usagef("unexpected argument %q", e.fs.Arg(0))
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
	summary: "Validate the site (front matter, references, links, templates) without writing anything; broken links are errors; exits 1 on errors.",
	usage:   "check [--source DIR] [--config FILE] [--drafts]",
	run: func(ctx context.Context, e *env, args []string) error {
		var sf siteFlags
		sf.register(e)
		if err := e.parse(args); err != nil {
			return err
		}
		if e.fs.NArg() > 0 {
			return usagef("unexpected argument %q", e.fs.Arg(0))
		}
		opts := sf.options(e)
		opts.ReadOnly, opts.NoIndex, opts.Strict = true, true, true
		res := service.New(opts).Build(ctx)
		fmt.Fprintln(e.stderr, service.Summary(res))
		if res.Diags.Errors() > 0 {
			return errFailed
		}
		return nil
	},
}
