package service

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sync/atomic"
	"time"

	"github.com/tubei/pustaka/internal/config"
	"github.com/tubei/pustaka/internal/content"
	"github.com/tubei/pustaka/internal/history"
	"github.com/tubei/pustaka/internal/serve"
	"github.com/tubei/pustaka/internal/site"
	"github.com/tubei/pustaka/internal/sources"
	"github.com/tubei/pustaka/internal/theme"
	"github.com/tubei/pustaka/internal/watch"

	"github.com/tubei/pustaka/internal/message"
)

// ServeOptions configure Serve.
type ServeOptions struct {
	Addr      string        // listen address, e.g. "localhost:8080"
	Watch     bool          // rebuild on every change and live-reload browsers
	Poll      time.Duration // > 0 forces polling the tree at this interval
	AccessLog io.Writer     // nil: no access log
	Ready     func(addr string)
	// ReleaseMemory returns freed memory to the system a second after a
	// burst of rebuilds (see releaser). For the `serve` command: it runs
	// collections of the whole process.
	ReleaseMemory bool
	// IndexInBackground serves the site as soon as it is built when the
	// search index must be made anew (none yet, or another mapping):
	// filling it takes longer than the build on a large site (15 s for
	// 10,000 pages). Searches answer "sedang dibangun" (503) meanwhile,
	// and edits wait for it. An index that only needs updating is
	// updated before serving, as without this option.
	IndexInBackground bool
	// TuneGC sets the garbage collector's target for a server (the
	// command sets it when GOGC is not set by the user).
	TuneGC bool
}

// looks is what other goroutines may read of the last build, all of it
// immutable once made: the theme and the site view (HTTP handlers), and
// the rules of which paths a rebuild reads (the watcher). The goroutine
// that owns the site makes a new one after every build and rebuild.
type looks struct {
	theme *theme.Theme
	site  *theme.Site
	rules *sources.Rules
}

// Serve builds the site and its index, serves them, and with opts.Watch
// keeps both in step with every change under the site folder until ctx
// is done, then shuts down gracefully and closes the index.
func (s *Service) Serve(ctx context.Context, opts ServeOptions) error {
	if opts.TuneGC {
		// A server holds a site and its index for a long time: collect
		// garbage at half the live heap rather than at all of it, for a
		// smaller resident size at a little CPU.
		defer debug.SetGCPercent(debug.SetGCPercent(50))
	}
	live, err := s.Start(ctx, opts)
	if errors.Is(err, context.Canceled) {
		return nil
	}
	if err != nil {
		return err
	}
	defer live.Close()
	// Listen before saying ready: a port in use is the error, not a
	// "ready" line followed by it.
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return err
	}
	go func() {
		<-ctx.Done()
		s.stopping()        // a server started now waits for the index instead of refusing
		live.Server.Close() // end live-reload streams so shutdown does not wait for them
	}()
	if opts.Ready != nil {
		opts.Ready(opts.Addr)
	}
	return live.Server.ServeListener(ctx, ln)
}

// Live is a built site being served and, when watching, rebuilt.
type Live struct {
	Server *serve.Server
	svc    *Service
	slog   *searchLog
	cancel context.CancelFunc
	done   chan struct{}
}

// Start builds the site and its index and returns a server ready to serve
// them; with opts.Watch a goroutine, the only one to touch the site from
// then on, rebuilds on every change and publishes each new state.
func (s *Service) Start(ctx context.Context, opts ServeOptions) (*Live, error) {
	s.holder = &Holder{PID: os.Getpid(), Command: "serve", Addr: opts.Addr, Since: time.Now()}
	if err := s.checkFree(); err != nil {
		return nil, err
	}
	took := newPhases()
	// The commit the build's git history holds, or an older one: a commit
	// made from here on is one the loop must read.
	var head string
	var inGit bool
	if opts.Watch {
		head, inGit = history.GitHead(ctx, s.opts.Dir)
	}
	took.mark(message.Raw("git"))
	// The watcher starts before the first build reads a file, so that a
	// file saved while that build runs is a change the loop rebuilds
	// (the watcher holds it until then). Until the build has read the
	// configuration, it asks the rules of the configuration file as it is.
	look := &atomic.Pointer[looks]{}
	var w *watch.Watcher
	if opts.Watch {
		look.Store(&looks{rules: s.rulesOf(s.readConfig())})
		// The watcher asks the rules of the last build, never the site.
		ignored := func(rel string) bool { return look.Load().rules.Ignored(rel) }
		var err error
		if w, err = watch.New(s.opts.Dir, watch.Options{Poll: opts.Poll, Ignore: ignored, Logf: s.logf}); err != nil {
			return nil, err
		}
		took.mark(message.Raw("watch"))
	}
	looping := false
	defer func() {
		if w != nil && !looping {
			w.Close()
		}
	}()
	res := s.Build(ctx)
	if s.afterFirstBuild != nil {
		s.afterFirstBuild()
	}
	if ctx.Err() != nil {
		return nil, ctx.Err() // stopped while starting: nothing to report
	}
	took.build(res.Stats)
	s.logf("%s", Summary(res, s.Lang()))
	if err := s.OpenIndex(ctx); err != nil {
		return nil, err
	}
	took.mark(message.New(message.PhaseOpenIndex))
	var first *site.Result // to index once serving, in the background
	if opts.IndexInBackground && s.index.Load().Stale() {
		first = res
		s.indexing.Store(true)
		s.say(message.IndexLater)
	} else if _, err := s.UpdateIndex(res); err != nil {
		s.Close()
		return nil, fmt.Errorf("search index: %w", err)
	}
	took.mark(message.New(message.PhaseIndex))
	output, probs := res.Output, s.problems(res)
	res = nil // the first build's search documents are indexed (or held in first): let them go
	if first == nil {
		// The first build and indexing leave much garbage; a server should
		// not hold it. Returning it takes a full collection, which took
		// 1.7-9.8 s on the shared machine at 10,000 pages: the server
		// serves meanwhile. (With first, indexFirst returns it once the
		// index is filled.)
		go debug.FreeOSMemory()
	}
	s.logf("%s", took.In(s.Lang()))
	var mem *releaser
	if opts.ReleaseMemory {
		mem = newReleaser(nil)
	}
	look.Store(s.looks())
	slog := s.openSearchLog()
	srv := serve.New(serve.Options{
		Searcher:     s,
		SearchLog:    slog,
		RenderSearch: func(q *theme.Search, lang string) ([]byte, error) { return renderSearch(look.Load(), q, lang) },
		Compare:      s.compare,
		LiveReload:   opts.Watch,
		AccessLog:    opts.AccessLog,
		Logf:         s.logf,
	})
	srv.Publish(&serve.State{Output: output, Problems: probs, Gen: 1, Panel: s.panelText()}, []string{"*"})
	ctx, cancel := context.WithCancel(ctx)
	l := &Live{Server: srv, svc: s, slog: slog, cancel: cancel, done: make(chan struct{})}
	if !opts.Watch {
		go func() {
			defer close(l.done)
			s.indexFirst(&first)
		}()
		return l, nil
	}
	looping = true
	go func() {
		defer close(l.done)
		defer w.Close()
		s.indexFirst(&first) // edits wait in the watcher meanwhile
		s.loop(ctx, w, srv, look, mem, head, inGit, slog)
	}()
	return l, nil
}

// indexFirst fills the new index from the first build *first (nothing
// if it is nil) while the site is served, then lets searches through.
// It takes the result from *first so that, once indexed, its documents
// can be freed before the memory goes back to the system.
func (s *Service) indexFirst(first **site.Result) {
	res := *first
	*first = nil
	if res == nil {
		return
	}
	if s.beforeFirstIndex != nil {
		s.beforeFirstIndex()
	}
	start := time.Now()
	st, err := s.UpdateIndex(res)
	res = nil
	debug.FreeOSMemory() // before searches come: indexing leaves much garbage
	s.indexing.Store(false)
	if err != nil {
		// The index stays stale: the next rebuild fills it again.
		s.say(message.IndexFailed, message.Of(err))
		return
	}
	s.say(message.IndexReady, st.Indexed, ms(time.Since(start)))
}

// Close stops rebuilding, waits for a rebuild in progress, writes what the
// search log still holds and closes the search index.
func (l *Live) Close() error {
	l.cancel()
	<-l.done
	l.Server.Close()
	return errors.Join(l.slog.log.Close(), l.svc.Close())
}

// gitPoll is how often a server watching a site kept in git looks for a
// new commit, whose versions the pages must list: git's own files are
// not watched (.git/ changes on every git command).
const gitPoll = 2 * time.Second

// loop is the goroutine that owns rebuilds while serving. head is the
// last commit whose history the site has read, when the site is in git
// (inGit).
func (s *Service) loop(ctx context.Context, w *watch.Watcher, srv *serve.Server, look *atomic.Pointer[looks], mem *releaser, head string, inGit bool, slog *searchLog) {
	if mem != nil {
		defer mem.stop()
	}
	var commits <-chan time.Time
	if inGit {
		t := time.NewTicker(cmp.Or(s.gitPoll, gitPoll))
		defer t.Stop()
		commits = t.C
	}
	for {
		select {
		case <-ctx.Done():
			return
		case <-commits:
			if h, ok := history.GitHead(ctx, s.opts.Dir); ok && h != head {
				head = h
				s.newCommit(ctx, h, srv, look)
			}
		case err := <-w.Errors():
			if err != nil {
				s.logf("watch: %v", err)
			}
		case batch, ok := <-w.Batches():
			if !ok {
				return
			}
			s.rebuild(ctx, changes(batch), srv, look)
			slog.follow(s.site.Config()) // search.log may have changed
			if mem != nil {
				mem.rebuilt()
			}
		}
	}
}

// newCommit reads the git history again after commit head appeared and
// rebuilds the documents whose versions in git changed.
func (s *Service) newCommit(ctx context.Context, head string, srv *serve.Server, look *atomic.Pointer[looks]) {
	s.mu.Lock()
	changed, diags := s.site.ReadGit(ctx)
	s.mu.Unlock()
	for _, d := range diags {
		s.logf("%s", d.In(s.Lang()))
	}
	if len(changed) == 0 {
		return
	}
	s.say(message.GitCommit, head, len(changed))
	batch := make([]site.Change, len(changed))
	for i, p := range changed {
		batch[i] = site.Change{Path: p, Op: site.Written}
	}
	s.rebuild(ctx, batch, srv, look)
}

// changes passes on what the watcher found out about each file: the site
// reads a file created or written, and drops one removed or moved away,
// without looking at it again.
func changes(batch []watch.Event) []site.Change {
	cs := make([]site.Change, len(batch))
	for i, ev := range batch {
		cs[i] = site.Change{Path: ev.Path, Op: site.Written}
		if ev.Op&(watch.Remove|watch.Rename) != 0 {
			cs[i].Op = site.Removed
		}
	}
	return cs
}

func (s *Service) rebuild(ctx context.Context, batch []site.Change, srv *serve.Server, look *atomic.Pointer[looks]) {
	paths := make([]string, 0, len(batch))
	for _, c := range batch {
		paths = append(paths, c.Path)
	}
	s.mu.Lock() // comparisons on request read the site between rebuilds
	res := s.site.Rebuild(ctx, batch)
	s.mu.Unlock()
	s.report(res.Diags)
	last := s.looks()
	if searchDataChanged(look.Load().rules, last.rules, paths) {
		// New roots or synonyms change how every document is analysed:
		// open the index again, which finds it built otherwise and rebuilds it.
		if err := s.reopenIndex(ctx); err != nil {
			s.say(message.IndexFailed, message.Of(err))
		}
	}
	look.Store(last)
	srv.Publish(&serve.State{Output: res.Output, Problems: s.problems(res), Panel: s.panelText()}, res.Changed)
	st, err := s.UpdateIndex(res)
	if err != nil {
		s.say(message.IndexFailed, message.Of(err))
	}
	took, pages := res.Stats.Took+st.Took, len(res.Changed)
	s.mu.Lock()
	later := s.site.Settle(ctx) // version pages of the edited documents, if deferred
	s.mu.Unlock()
	diags := res.Diags
	if later != nil {
		if len(later.Changed) > 0 {
			srv.Publish(&serve.State{Output: later.Output, Problems: s.problems(later), Panel: s.panelText()}, later.Changed)
		}
		s.report(slices.Concat(res.Diags, later.Diags)) // what recording found
		took, pages, diags = took+later.Stats.Took, pages+len(later.Changed), later.Diags
	}
	s.say(message.Reindexed, pages, st.Indexed+st.Deleted, ms(took), s.errorNote(diags))
}

func (s *Service) errorNote(d content.Diagnostics) string {
	if n := d.Errors(); n > 0 {
		return ", " + message.New(message.CountErrors, n).In(s.Lang())
	}
	return ""
}

// compare renders a comparison of two versions on request; it reads the
// site, so it waits for a rebuild in progress.
func (s *Service) compare(ctx context.Context, req serve.CompareRequest) ([]byte, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	page, err := s.site.ComparePage(ctx, req)
	if err != nil && s.site.Config() != nil {
		// Worded for the page's reader, in the site's language.
		err = errors.New(message.Of(err).In(message.Site(s.site.Config().Lang)))
	}
	return page, err
}

// looks returns what other goroutines may read of the last build. Only
// the goroutine that owns the site calls it.
func (s *Service) looks() *looks {
	return &looks{theme: s.site.Theme(), site: s.site.SiteView(), rules: s.sourceRules()}
}

// sourceRules are the rules of which paths a rebuild of the site reads,
// as its last configuration says: the source folders, the config file
// and the search data files.
func (s *Service) sourceRules() *sources.Rules { return s.rulesOf(s.site.Config()) }

// readConfig reads the configuration file as it is now, before the site
// has: nil when it cannot be read.
func (s *Service) readConfig() *config.Config {
	cfg, err := config.Load(s.configFile(), "config.yaml")
	if err != nil {
		return nil
	}
	return cfg
}

// rulesOf are the rules of which paths a build with configuration cfg
// (nil: none readable) reads.
func (s *Service) rulesOf(cfg *config.Config) *sources.Rules {
	var data []string
	if cfg != nil {
		for _, p := range []string{cfg.Search.Roots, cfg.Search.Synonyms} {
			if p != "" {
				data = append(data, s.relPath(s.path(p)))
			}
		}
	}
	return sources.NewRules(s.relPath(s.configFile()), data...)
}

// searchDataChanged reports whether a rebuild of paths changed the search
// data files: the configuration now names others than before, or one of
// them was touched.
func searchDataChanged(before, after *sources.Rules, paths []string) bool {
	if !slices.Equal(before.Data(), after.Data()) {
		return true
	}
	for _, p := range paths {
		if slices.Contains(after.Data(), p) {
			return true
		}
	}
	return false
}

func (s *Service) configFile() string {
	if s.opts.ConfigFile != "" {
		return s.opts.ConfigFile
	}
	return filepath.Join(s.opts.Dir, "config.yaml")
}

// relPath is p relative to the site folder, slash-separated.
func (s *Service) relPath(p string) string {
	r, err := filepath.Rel(s.opts.Dir, p)
	if err != nil {
		return p
	}
	return filepath.ToSlash(r)
}

// panelText is the problem panel's wording in the site's language, from
// the theme's strings (a key a site's own theme lacks is said in
// Indonesian). Only the goroutine that owns the site calls it.
func (s *Service) panelText() serve.PanelText {
	th, cfg := s.site.Theme(), s.site.Config()
	if th == nil || cfg == nil {
		return serve.PanelText{}
	}
	t := func(key string) string {
		if v := th.T(cfg.Lang, key); v != key {
			return v
		}
		return ""
	}
	return serve.PanelText{Title: t("problems.title"), Close: t("problems.close"), Kept: t("problems.kept")}
}

// problems are the errors (not warnings) of a build, for the browser
// overlay, worded in the site's language as the rest of its pages; those
// of a file whose last good page is shown say so.
func (s *Service) problems(res *site.Result) []serve.Problem {
	var lang message.Lang
	if cfg := s.site.Config(); cfg != nil {
		lang = message.Site(cfg.Lang)
	}
	var ps []serve.Problem
	for _, d := range res.Diags {
		if !d.Warning {
			ps = append(ps, serve.Problem{File: d.File, Line: d.Line, Col: d.Col, Msg: d.Msg.In(lang), Kept: slices.Contains(res.Kept, d.File)})
		}
	}
	return ps
}

func renderSearch(l *looks, q *theme.Search, lang string) ([]byte, error) {
	if l == nil || l.theme == nil {
		return nil, errors.New("no theme")
	}
	title := "Pencarian"
	if lang == "en" {
		title = "Search"
	}
	var buf bytes.Buffer
	err := l.theme.Render(&buf, &theme.Data{Site: l.site, Page: &theme.Page{Kind: theme.KindSearch, URL: l.site.SearchURL, Lang: lang, Title: title, Search: q}})
	return buf.Bytes(), err
}
