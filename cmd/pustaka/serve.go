package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"time"

	"github.com/tubei/pustaka/internal/service"
)

var serveCmd = &command{
	name:    "serve",
	summary: "Build the site and its search index, serve them, and rebuild on every change (live reload in the browser).",
	usage:   "serve [--source DIR] [--config FILE] [--addr HOST:PORT] [--watch=false] [--poll 1s] [--drafts]",
	run:     runServe,
}

func runServe(ctx context.Context, fs *flag.FlagSet, args []string) error {
	var sf siteFlags
	sf.register(fs)
	addr := fs.String("addr", "localhost:8080", "address to listen on (production: e.g. 127.0.0.1:8080 behind nginx)")
	watch := fs.Bool("watch", true, "rebuild on changes and live-reload open pages; --watch=false for production")
	poll := fs.Duration("poll", 0, "poll the files at this interval instead of using file system events (e.g. 1s on network drives)")
	quiet := fs.Bool("quiet", false, "no access log")
	if err := parse(fs, args); err != nil {
		return err
	}
	opts := service.ServeOptions{Addr: *addr, Watch: *watch, Poll: *poll, ReleaseMemory: true, IndexInBackground: true,
		Ready: func(a string) { fmt.Fprintf(os.Stderr, "Pustaka siap di http://%s/ (Ctrl+C untuk berhenti)\n", a) }}
	if !*quiet {
		opts.AccessLog = os.Stdout
	}
	sf.serving = true
	if os.Getenv("GOGC") == "" {
		// A server holds a site and its index for a long time: collect
		// garbage at half the live heap rather than at all of it, for a
		// smaller resident size at a little CPU.
		debug.SetGCPercent(50)
	}
	start := time.Now()
	err := sf.service().Serve(ctx, opts)
	if err == nil {
		fmt.Fprintf(os.Stderr, "berhenti setelah %s\n", time.Since(start).Round(time.Second))
	}
	return err
}
