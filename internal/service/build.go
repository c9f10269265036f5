package service

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/tubei/pustaka/internal/site"

	"github.com/tubei/pustaka/internal/message"
)

// ErrNotPublished is returned by Publish when the build had errors or was
// stopped: nothing was written, and the output folder is as it was.
var ErrNotPublished = errors.New("nothing written")

// PublishOptions configure Publish (`pustaka build`).
type PublishOptions struct {
	Out string // output folder; "" means Dir/public
	// TuneGC sets the garbage collector's target for each phase (the
	// command sets it when GOGC is not set by the user).
	TuneGC bool
}

// Publish builds the whole site into the output folder, all or nothing,
// and then brings the search index up to date unless opts.NoIndex (the
// index is taken before the output is published: when another process
// holds it, nothing is published). It
// prints the diagnostics and one summary line to opts.Log. On errors in
// the site, or when ctx ends, it returns ErrNotPublished and the output
// folder stays as it was. opts.Stage and opts.OneShot are set by Publish.
func Publish(ctx context.Context, opts Options, po PublishOptions) error {
	if po.Out == "" {
		po.Out = filepath.Join(opts.Dir, "public")
	}
	// Trade a little CPU for a smaller peak: under 500 MB on 10,000 pages
	// without the index. With it, indexing makes the peak, so the pages
	// are built at the default and only indexing runs at 80 (at 60 it
	// took 3 CPU-s more of 35 for a peak of 1.05 instead of 1.17 GiB).
	if po.TuneGC && opts.NoIndex {
		defer debug.SetGCPercent(debug.SetGCPercent(60))
	}
	me := &Holder{PID: os.Getpid(), Command: "build", Since: time.Now()}
	if !opts.NoIndex {
		probe := New(opts)
		probe.holder = me
		if err := probe.checkFree(); err != nil {
			return err
		}
	}
	stage, err := site.NewStage(po.Out)
	if err != nil {
		return err
	}
	opts.Stage, opts.OneShot = stage, true
	s := New(opts)
	s.holder = me
	if n := len(stage.Stale); n > 0 {
		s.say(message.StaleRemoved, n, megabytes(stage.StaleBytes), strings.Join(stage.Stale, ", "))
	}
	res := s.Build(ctx)
	if res.Diags.Errors() > 0 || ctx.Err() != nil {
		stage.Abort()
		s.say(message.NothingWritten, Summary(res, s.Lang()), po.Out)
		return ErrNotPublished
	}
	if !opts.NoIndex {
		// Take the index before publishing: a build that cannot have it
		// (or is stopped waiting for it) leaves the output as it was.
		if err := s.OpenIndex(ctx); err != nil {
			stage.Abort()
			return err
		}
		defer s.Close()
	}
	if err := stage.Commit(); err != nil {
		return err
	}
	// The versions are recorded (files created: disk) while the index is
	// brought up to date (the processors).
	recorded := s.RecordVersions()
	if opts.NoIndex {
		recorded()
		s.logf("%s", Summary(res, s.Lang()))
		return nil
	}
	if po.TuneGC {
		defer debug.SetGCPercent(debug.SetGCPercent(80))
		defer limitMemory()()
	}
	st, err := s.UpdateIndex(res)
	recorded()
	if err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	s.say(message.Indexed, Summary(res, s.Lang()), st.Indexed)
	return nil
}

// megabytes formats n bytes as Indonesian megabytes, e.g. "16,3 MB".
func megabytes(n int64) string {
	return strings.Replace(fmt.Sprintf("%.1f MB", float64(n)/1e6), ".", ",", 1)
}
