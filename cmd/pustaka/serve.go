package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/tubei/pustaka/internal/service"

	"github.com/tubei/pustaka/internal/message"
)

var serveCmd = &command{
	name:    "serve",
	summary: "Build the site and its search index, serve them, and rebuild on every change (live reload in the browser).",
	usage:   "serve [--source DIR] [--config FILE] [--addr HOST:PORT] [--watch=false] [--poll 1s] [--drafts]",
	run:     runServe,
}

func runServe(ctx context.Context, e *env, args []string) error {
	var sf siteFlags
	sf.register(e)
	addr := e.fs.String("addr", "localhost:8080", "address to listen on (production: e.g. 127.0.0.1:8080 behind nginx)")
	watch := e.fs.Bool("watch", true, "rebuild on changes and live-reload open pages; --watch=false for production")
	poll := e.fs.Duration("poll", 0, "poll the files at this interval instead of using file system events (e.g. 1s on network drives)")
	quiet := e.fs.Bool("quiet", false, "no access log")
	if err := e.parse(args); err != nil {
		return err
	}
	if e.fs.NArg() > 0 {
		return usagef("unexpected argument %q", e.fs.Arg(0))
	}
	var svc *service.Service
	opts := service.ServeOptions{Addr: *addr, Watch: *watch, Poll: *poll, ReleaseMemory: true, IndexInBackground: true,
		Ready: func(a string) { fmt.Fprintln(e.stderr, message.New(message.ServeReady, a).In(svc.Lang())) }}
	if !*quiet {
		opts.AccessLog = e.stdout
	}
	opts.TuneGC = os.Getenv("GOGC") == ""
	so := sf.options(e)
	// Keep pages compressed in memory; publish an edited page before its
	// version pages; compare any two versions on request, with or without
	// JavaScript; keep the last good page of a file whose front matter
	// breaks. Only the editor's server (--watch) shows the unnamed working
	// states: --watch=false is the public one, and lists what build does.
	so.Compress, so.DeferVersions, so.Server, so.KeepLastGood = true, true, true, true
	so.WorkingStates = *watch
	start := time.Now()
	svc = service.New(so)
	err := svc.Serve(ctx, opts)
	if err == nil {
		fmt.Fprintln(e.stderr, message.New(message.ServeStopped, time.Since(start).Round(time.Second)).In(svc.Lang()))
	}
	return err
}
