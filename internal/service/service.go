// Package service ties a site, its search index and its HTTP server
// together: `pustaka build` and `pustaka serve` are thin layers over it.
//
// # Who owns what while serving
//
// One goroutine owns the site: Build runs on the caller's goroutine, and
// Serve's watch loop is the only one to call Rebuild (and ReadGit,
// Settle) afterwards. Comparisons on request read the site under the
// service's lock, between rebuilds. Nothing else touches the *site.Site:
// after every build and rebuild the owner hands the other goroutines an
// immutable snapshot (looks, in an atomic pointer): the theme and the
// site view for the search page the HTTP goroutines render, and the
// sources.Rules the watcher's goroutine asks which paths matter (made
// from the config file's place and the search data files it names).
// The watcher decides which events to report; the loop turns its batches
// into site.Changes with their kind (written or removed), so the site
// reads a written file once and drops a removed one without a stat.
//
// Each rebuild updates the search index incrementally and then publishes
// the new output to the server atomically (the server keeps its own
// copies of the pages it serves with live reload); readers never see half
// a site, and a rebuild with errors still publishes what could be built,
// with the errors shown in every open browser tab.
//
// # The index on disk
//
// The search index on disk has one writer at a time (bolt's file lock on
// its root.bolt). A writer (Serve for as long as it runs, Publish for its
// last phase) records itself in holder.json in the index folder; nobody
// waits silently for it: Serve and Publish refuse at once, before
// building anything, when a server holds the index, and wait at most
// LockWait (saying so, and stopping with ctx) for another build; Find,
// which writes nothing to the site folder, asks a running server over
// HTTP, or opens the index read-only (saying when content/ is newer), or
// searches an index made in memory when there is no saved one.
package service

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tubei/pustaka/indexer"
	"github.com/tubei/pustaka/indexer/indonesian"
	"github.com/tubei/pustaka/internal/config"
	"github.com/tubei/pustaka/internal/content"
	"github.com/tubei/pustaka/internal/serve"
	"github.com/tubei/pustaka/internal/site"

	"github.com/tubei/pustaka/internal/message"
)

// OneShotBatch is the search index's batch size for a one-shot build:
// twice the default, for 3 CPU-s less at 10,000 pages and a peak under
// Hugo's (1.35-1.43 GiB; Hugo 1.42-1.56 GiB).
const OneShotBatch = 2 * indexer.DefaultBatch

// Options say where the site is and where messages go.
type Options struct {
	Dir        string
	ConfigFile string
	Drafts     bool
	Strict     bool        // broken links and anchors are errors (check, build --strict)
	ReadOnly   bool        // record no versions (pustaka check)
	NoHistory  bool        // no version history at all
	NoIndex    bool        // no search index (build --no-index, check)
	Stage      *site.Stage // build: write output files here as they are made
	Compress   bool        // serve: keep page bodies compressed in memory
	// DeferVersions (serve): a save publishes the edited page first, then
	// updates the search index, then records the version and makes the
	// version pages (site.Options.DeferVersions).
	DeferVersions bool
	// WorkingStates (serve): version histories list the unnamed working
	// states too, for the person editing (site.Options.WorkingStates).
	WorkingStates bool
	// Server (serve): the pages are served by this service, which
	// compares any two versions on request (site.Options.Server).
	Server bool
	// KeepLastGood (serve): a page whose front matter breaks stays as it
	// last was, with the problem panel (site.Options.KeepLastGood).
	KeepLastGood bool
	// OneShot (build): the search index is filled in batches of
	// OneShotBatch documents and left as bleve's merging leaves it
	// (indexer.Options Batch, NoCompact): less time for more memory and
	// a slightly larger index. A server keeps the defaults.
	OneShot bool
	Log     io.Writer // terminal messages; nil means os.Stderr
	// Getenv reads the environment, which may choose the language of
	// the terminal messages (message.Choose: PUSTAKA_LANG, LANG ...);
	// nil: they speak the site's language.
	Getenv func(string) string
	// MaxPrinted, if above 0, is the most diagnostics a build prints
	// (check: the first 20, then how many more).
	MaxPrinted int
}

// Service is a site with its search index.
type Service struct {
	mu      sync.RWMutex // held by rebuilds (write) and comparisons on request (read)
	opts    Options
	site    *site.Site
	index   atomic.Pointer[indexer.Index] // swapped when the search data files change
	swap    sync.RWMutex                  // held by searches (read) and by closing and reopening the index (write)
	printed map[string]bool               // diagnostics printed after the last build
	// indexing is set while a new index is filled from the first build
	// as the site is already served (ServeOptions.IndexInBackground).
	indexing atomic.Bool
	// beforeFirstIndex, if set, is called before that filling starts (tests).
	beforeFirstIndex func()
	// afterFirstBuild, if set, is called when Start's build has read the
	// site (tests).
	afterFirstBuild func()
	gitPoll         time.Duration // how often to look for a new commit; 0: gitPoll
	// holder is what this process records of itself while it has the
	// index open for writing (holderFile); nil records nothing.
	holder   *Holder
	holderAt atomic.Pointer[string] // the index folder holding this process's holder file
	lang     atomic.Value           // message.Lang of the terminal, set after each build (setLang)
}

// New returns a service for the site in opts.Dir; nothing is read yet.
func New(opts Options) *Service {
	if opts.Log == nil {
		opts.Log = os.Stderr
	}
	s := &Service{opts: opts, printed: map[string]bool{}}
	s.site = site.New(site.Options{Dir: opts.Dir, ConfigFile: opts.ConfigFile, Drafts: opts.Drafts, Strict: opts.Strict,
		ReadOnly: opts.ReadOnly, NoHistory: opts.NoHistory, NoIndex: opts.NoIndex, Stage: opts.Stage,
		Compress: opts.Compress, DeferVersions: opts.DeferVersions,
		WorkingStates: opts.WorkingStates, Server: opts.Server, KeepLastGood: opts.KeepLastGood})
	return s
}

// Site returns the site.
func (s *Service) Site() *site.Site { return s.site }

// Lang is the language of the terminal messages: the site's (lang in
// config.yaml, as of the last build), unless the environment
// (Options.Getenv) chooses another.
func (s *Service) Lang() message.Lang {
	if l, ok := s.lang.Load().(message.Lang); ok {
		return l
	}
	return s.chooseLang("")
}

// setLang sets the language of the terminal after a build, on the
// goroutine that builds.
func (s *Service) setLang() {
	site := ""
	if cfg := s.site.Config(); cfg != nil {
		site = cfg.Lang
	}
	s.lang.Store(s.chooseLang(site))
}

func (s *Service) chooseLang(site string) message.Lang {
	if s.opts.Getenv == nil {
		return message.Site(site)
	}
	return message.Choose(site, s.opts.Getenv)
}

func (s *Service) logf(format string, args ...any) {
	fmt.Fprintf(s.opts.Log, format+"\n", args...)
}

// say prints the message key with its arguments on the terminal, in its
// language (Lang).
func (s *Service) say(key message.Key, args ...any) {
	fmt.Fprintln(s.opts.Log, message.New(key, args...).In(s.Lang()))
}

// Build builds the whole site and prints its diagnostics.
func (s *Service) Build(ctx context.Context) *site.Result {
	res := s.site.Build(ctx)
	if ctx.Err() == nil {
		s.report(res.Diags)
	}
	return res
}

// RecordVersions starts recording the versions of the documents a build
// into a Stage read, once the Stage is committed
// (site.Site.StartRecordVersions), and returns the function that waits
// for the record and prints what went wrong. The record runs on its own
// goroutine, beside the search index; call wait before the next Build.
func (s *Service) RecordVersions() (wait func()) {
	done := s.site.StartRecordVersions()
	return func() {
		for _, d := range done() {
			fmt.Fprintln(s.opts.Log, d.In(s.Lang()))
		}
	}
}

// report prints the diagnostics not printed after the previous build, at
// most Options.MaxPrinted of them.
func (s *Service) report(diags content.Diagnostics) {
	s.setLang()
	lang := s.Lang()
	now := map[string]bool{}
	shown, hidden := 0, 0
	for _, d := range diags {
		line := d.In(lang)
		now[line] = true
		if s.printed[line] {
			continue
		}
		if s.opts.MaxPrinted > 0 && shown == s.opts.MaxPrinted {
			hidden++
			continue
		}
		fmt.Fprintln(s.opts.Log, line)
		shown++
	}
	if hidden > 0 {
		s.say(message.MoreProblems, hidden)
	}
	s.printed = now
}

// OpenIndex opens (or creates) the search index configured for the site.
// Call it after the first Build, which reads the configuration. While
// another process has the index open it waits (saying so) for at most
// LockWait, or until ctx is done; a server holding it is not waited for.
// The error then is a *LockedError naming the holder.
func (s *Service) OpenIndex(ctx context.Context) error {
	ix, err := s.openIndex(ctx)
	if err != nil {
		return err
	}
	s.index.Store(ix)
	return nil
}

// reopenIndex closes the index and opens it again with the site's
// current search data files (roots, synonyms); searches wait meanwhile.
// An index built with other roots is recreated empty, for the next
// UpdateIndex to fill.
func (s *Service) reopenIndex(ctx context.Context) error {
	s.swap.Lock()
	defer s.swap.Unlock()
	if old := s.index.Swap(nil); old != nil {
		if err := old.Close(); err != nil {
			return err
		}
	}
	ix, err := s.openIndex(ctx)
	if err != nil {
		return err
	}
	s.index.Store(ix)
	return nil
}

// openIndex opens the index for writing as the site's configuration
// says, and records this process as its holder.
func (s *Service) openIndex(ctx context.Context) (*indexer.Index, error) {
	cfg := s.site.Config()
	opts, err := s.indexOptions(cfg)
	if err != nil {
		return nil, err
	}
	if s.opts.OneShot {
		opts.Batch, opts.NoCompact = OneShotBatch, true
	}
	if err := s.checkIndexPath(opts.Path); err != nil {
		return nil, err
	}
	ix, err := s.openWaiting(ctx, opts, cfg.Search.Index, LockWait)
	var le *LockedError
	if errors.As(err, &le) {
		le.Hint = s.lockHint(le.Holder)
	}
	if err != nil {
		return nil, err
	}
	if s.holder != nil {
		if err := writeHolder(opts.Path, s.holder); err != nil {
			s.logf("%v", err) // the index works; others only cannot say who holds it
		}
		s.holderAt.Store(&opts.Path)
	}
	return ix, nil
}

// indexOptions are the index options the configuration says: its folder
// and the site's roots and synonyms.
func (s *Service) indexOptions(cfg *config.Config) (indexer.Options, error) {
	opts := indexer.Options{Path: s.path(cfg.Search.Index), Text: site.TextVersion}
	if cfg.Search.Roots != "" {
		f, err := os.Open(s.path(cfg.Search.Roots))
		if err != nil {
			return opts, err
		}
		defer f.Close()
		roots, exc, err := indonesian.ParseSiteFile(f)
		if err != nil {
			return opts, fmt.Errorf("%s: %w", cfg.Search.Roots, err)
		}
		opts.Roots, opts.Exceptions = roots, exc
	}
	if cfg.Search.Synonyms != "" {
		groups, err := readSynonyms(s.path(cfg.Search.Synonyms), cfg.Search.Synonyms)
		if err != nil {
			return opts, err
		}
		opts.Synonyms = groups
	}
	return opts, nil
}

// checkIndexPath refuses an index inside the published output.
func (s *Service) checkIndexPath(p string) error {
	out, _ := filepath.Abs(filepath.Join(s.opts.Dir, "public"))
	abs, _ := filepath.Abs(p)
	if abs == out || strings.HasPrefix(abs, out+string(filepath.Separator)) {
		return fmt.Errorf("search.index: %s is inside the published output public/; choose a folder outside it", p)
	}
	return nil
}

// Index returns the open search index, or nil.
func (s *Service) Index() *indexer.Index { return s.index.Load() }

// Searches while the index is not ready: the server answers 503 with
// these messages and Retry-After.
var (
	errNoIndex  = serve.Busy("indeks pencarian sedang dibangun ulang; coba lagi sebentar lagi")
	errIndexing = serve.Busy("indeks pencarian sedang dibangun; coba lagi sebentar lagi")
)

// Search searches the current index; it implements serve.Searcher. A
// search waits while the index is being closed and opened again.
func (s *Service) Search(ctx context.Context, req indexer.Request) (*indexer.Result, error) {
	s.swap.RLock()
	defer s.swap.RUnlock()
	ix := s.index.Load()
	switch {
	case ix == nil:
		return nil, errNoIndex
	case s.indexing.Load():
		return nil, errIndexing
	}
	return ix.Search(ctx, req)
}

// UpdateIndex brings the index up to date with a build result.
func (s *Service) UpdateIndex(res *site.Result) (indexer.Stats, error) {
	ix := s.index.Load()
	if ix == nil {
		return indexer.Stats{}, nil
	}
	if res.All != nil || ix.Stale() {
		all := res.All
		if all == nil {
			all = s.site.Documents()
		}
		return ix.Sync(all)
	}
	return ix.Update(res.Docs, res.Deleted)
}

// Close closes the index, once the searches in progress are done.
func (s *Service) Close() error {
	s.swap.Lock()
	defer s.swap.Unlock()
	ix := s.index.Swap(nil)
	if ix == nil {
		return nil
	}
	if dir := s.holderAt.Swap(nil); dir != nil {
		removeHolder(*dir)
	}
	return ix.Close()
}

func (s *Service) path(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(s.opts.Dir, p)
}

// readSynonyms reads a site's synonym file: one group a line, terms
// separated by commas, "#" starts a comment.
func readSynonyms(path, name string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var groups [][]string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		var g []string
		for _, t := range strings.Split(line, ",") {
			if t = strings.TrimSpace(t); t != "" {
				g = append(g, t)
			}
		}
		if len(g) == 1 {
			return nil, fmt.Errorf("%s:%d: a synonym group needs at least two terms", name, n)
		}
		if len(g) > 1 {
			groups = append(groups, g)
		}
	}
	return groups, sc.Err()
}

// Summary is the one line printed after a build, in language l, e.g.
// "12 halaman (3 kebijakan, 5 pelatihan, 2 evaluasi, 2 halaman lain), 0 peringatan, 0 kesalahan, 85 ms".
// Broken links and anchors are counted apart: "27 tautan rusak, 3
// peringatan lain, 0 kesalahan" when they are warnings, "3 peringatan,
// 27 kesalahan (27 tautan rusak)" when strictness makes them errors.
func Summary(res *site.Result, l message.Lang) string {
	names := []struct {
		typ   string
		count message.Key
	}{{"policy", message.CountPolicy}, {"training", message.CountTraining}, {"evaluation", message.CountEvaluation}, {"page", message.CountOther}}
	var parts []string
	total := 0
	for _, n := range names {
		total += res.Stats.Pages[n.typ]
		if c := res.Stats.Pages[n.typ]; c > 0 {
			parts = append(parts, message.New(n.count, c).In(l))
		}
	}
	return message.New(message.Summary, total, strings.Join(parts, ", "), countProblems(res.Diags), ms(res.Stats.Took)).In(l)
}

// countProblems counts diagnostics by kind for Summary.
func countProblems(ds content.Diagnostics) message.Text {
	broken, warnings, errs := ds.Count()
	var brokenErrs int
	for _, d := range ds {
		if d.Broken() && !d.Warning {
			brokenErrs++
		}
	}
	brokenWarns := broken - brokenErrs
	w := message.New(message.CountWarnings, warnings)
	if brokenWarns > 0 {
		w = message.New(message.Counts, message.New(message.CountBroken, brokenWarns), message.New(message.CountOtherWarns, warnings))
	}
	e := message.New(message.CountErrors, errs)
	if brokenErrs > 0 {
		e = message.New(message.CountErrBroken, errs+brokenErrs, message.New(message.CountBroken, brokenErrs))
	}
	return message.New(message.Counts, w, e)
}

func ms(d time.Duration) string {
	if d < 10*time.Millisecond {
		return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000)
	}
	return fmt.Sprintf("%d ms", d.Milliseconds())
}
