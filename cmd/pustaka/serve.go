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
	summary: message.SumServe,
	usage:   "serve [--source DIR] [--config FILE] [--addr HOST:PORT] [--watch=false] [--poll 1s] [--drafts]",
	run:     runServe,
}

func runServe(ctx context.Context, e *env, args []string) error {
	var sf siteFlags
	sf.register(e)
	addr := e.fs.String("addr", "localhost:8080", string(message.FlagAddr))
	watch := e.fs.Bool("watch", true, string(message.FlagWatch))
	poll := e.fs.Duration("poll", 0, string(message.FlagPoll))
	quiet := e.fs.Bool("quiet", false, string(message.FlagQuiet))
	if err := e.parse(args); err != nil {
		return err
	}
	if e.fs.NArg() > 0 {
		return usagef(message.ArgUnexpected, e.fs.Arg(0))
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
