package site

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/tubei/pustaka/internal/content"
	"github.com/tubei/pustaka/internal/history"
	"github.com/tubei/pustaka/internal/render"
	"github.com/tubei/pustaka/internal/sources"
	"github.com/tubei/pustaka/internal/theme"

	"github.com/tubei/pustaka/internal/message"
)

// Versions of documents come from git (each commit that changed the file)
// and from the site's own history store (each state a build saw), merged
// by content. Documents with more than one version get a version history,
// a page for each old version at URL/versi/<label>-<id>/ and comparison
// pages at URL/banding/<from>...<to>/ between consecutive versions and
// between each version and the current one.

// docHistory is what was made of one document's versions, reused while
// neither the versions nor the document change.
type docHistory struct {
	key      string
	versions []theme.Version // newest first
	files    []string        // output files of its version and comparison pages
	make     func() []*view  // makes the views of those pages, once
	views    []*view
	// notesDiags are the problems with the reviewer's notes, reported on
	// every build that uses the history again.
	notesDiags []Diagnostic
	// stops are its published versions, oldest first: where a link from
	// another document's old version goes (urlAt).
	stops []stop
	// remake makes the views again; links are where they were made, the
	// documents their old versions link to (by content path), and whether
	// one goes to no published document (relink).
	remake func() []*view
	links  *timeLinks
}

// A stop is a published version of a document: its date and page.
type stop struct {
	date time.Time
	url  string
}

// pages returns the views of the version and comparison pages, made on
// first use: a quick rebuild in serve publishes the document's page
// before making them (see Settle).
func (h *docHistory) pages() []*view {
	if h.make != nil {
		h.views, h.make = h.make(), nil
	}
	return h.views
}

// timeLinks are the documents the old versions of one document link to,
// by content path, with the dates asked and the pages given (urlAt), and
// whether one of their links goes to no published document: when one of
// those would go elsewhere now (or a document appears), the old versions
// are made again (relink).
type timeLinks struct {
	targets map[string][]pick
	gone    bool
}

// pick is a page urlAt gave for a date.
type pick struct {
	at  time.Time
	url string
}

// version is one version of a document, parsed.
type version struct {
	v      history.Version
	page   *content.Page
	doc    *render.Doc
	blocks []history.Block
	slug   string
	url    string // its own page; the document's URL for the current one
	cur    bool
}

// openHistory opens the history store and reads git when settings load.
func (s *Site) openHistory(ctx context.Context) []Diagnostic {
	s.hist = map[string]*docHistory{}
	s.src = history.Sources{Dir: s.opts.Dir}
	if s.opts.NoHistory {
		return nil
	}
	var diags []Diagnostic
	dir := s.cfg.History.Dir
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(s.opts.Dir, dir)
	}
	if _, err := os.Stat(dir); err == nil || !s.opts.ReadOnly && s.opts.Stage == nil {
		// Read-only (check, search, diff) a missing store is no store:
		// opening it would make its folders. Nor does a build into a
		// folder, which may stop on errors, make them: RecordVersions does.
		st, err := history.OpenStore(dir)
		if err != nil {
			diags = append(diags, Diagnostic{File: s.cfg.History.Dir, Msg: message.Of(err), Warning: true, Kind: content.KindSetting})
		}
		s.src.Store = st
	}
	if s.cfg.UseGit() {
		var paths []string
		for p := range s.entries {
			paths = append(paths, "content/"+p)
		}
		g, err := history.GitLog(ctx, s.opts.Dir, paths)
		if err != nil {
			diags = append(diags, Diagnostic{File: "git", Msg: message.Of(err), Warning: true})
		}
		s.src.Git = lastSums(g)
	}
	return diags
}

// ReadGit reads the git history again (after a commit made while
// serving) and returns the content files whose versions in git changed:
// a Rebuild of just those brings their version lists up to date. It
// reads nothing when the site takes no versions from git.
func (s *Site) ReadGit(ctx context.Context) ([]string, []Diagnostic) {
	if s.opts.NoHistory || s.cfg == nil || !s.cfg.UseGit() {
		return nil, nil
	}
	paths := make([]string, 0, len(s.entries))
	for p := range s.entries {
		paths = append(paths, "content/"+p)
	}
	g, err := history.GitLog(ctx, s.opts.Dir, paths)
	if err != nil {
		return nil, []Diagnostic{{File: "git", Msg: message.Of(err), Warning: true}}
	}
	var changed []string
	for _, p := range paths {
		if !slices.EqualFunc(s.src.Git[p], g[p], func(a, b history.Version) bool { return a.ID == b.ID }) {
			changed = append(changed, p)
		}
	}
	s.src.Git = lastSums(g)
	slices.Sort(changed)
	return changed, nil
}

// startRecord starts recording the changed documents (record) beside
// what does not need their versions: reading the bodies and rendering
// them. A first build records every document, which is mostly the
// creation of two files each: work for the file system, while rendering
// is work for the processors. What to record is taken from the entries
// first (recordJobs), so the record touches nothing of the site but its
// store; histories, which
// needs the versions, waits for it (awaitRecord), and Rebuild reports
// its diagnostics.
func (s *Site) startRecord(changed []string) {
	jobs := s.recordJobs(changed, false)
	if len(jobs) == 0 {
		return
	}
	st, dir, hook := s.src.Store, s.cfg.History.Dir, s.beforeRecord
	done := make(chan []Diagnostic, 1)
	s.recording = done
	go func() {
		if hook != nil {
			hook()
		}
		done <- record(st, jobs, dir)
	}()
}

// awaitRecord waits for the record that startRecord started, if one
// runs; its diagnostics wait in recDiags for Rebuild.
func (s *Site) awaitRecord() {
	if s.recording != nil {
		s.recDiags = append(s.recDiags, <-s.recording...)
		s.recording = nil
	}
}

// RecordVersions records the versions of the documents that builds into a
// Stage read (Options.Stage): call it once the Stage is committed, so that
// a build that stops on errors leaves no trace in the history either. A
// file that changed since it was built is left for the next build.
func (s *Site) RecordVersions() []Diagnostic {
	return s.StartRecordVersions()()
}

// StartRecordVersions is RecordVersions on a goroutine of its own, which
// reads the sources the build let go again and touches nothing of the
// site but its store, so that what follows the commit (the search
// index: work for the processors) runs beside it (work for the file
// system, mostly: two files created per document). It returns the
// function that waits for the record and returns its diagnostics; call
// it before the next Rebuild.
func (s *Site) StartRecordVersions() (wait func() []Diagnostic) {
	files := slices.Compact(slices.Sorted(slices.Values(s.unrecorded)))
	s.unrecorded = nil
	if s.src.Store == nil && !s.opts.NoHistory && !s.opts.ReadOnly && len(files) > 0 {
		st, err := history.OpenStore(s.path(s.cfg.History.Dir))
		if err != nil {
			diags := []Diagnostic{{File: s.cfg.History.Dir, Msg: message.Of(err), Warning: true, Kind: content.KindSetting}}
			return func() []Diagnostic { return diags }
		}
		s.src.Store = st
	}
	jobs := s.recordJobs(files, true)
	if len(jobs) == 0 {
		return func() []Diagnostic { return nil }
	}
	st, dir := s.src.Store, s.cfg.History.Dir
	done := make(chan []Diagnostic, 1)
	go func() { done <- record(st, jobs, dir) }()
	return sync.OnceValue(func() []Diagnostic { return <-done })
}

// path returns p, a path of config.yaml, as a path from here.
func (s *Site) path(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(s.opts.Dir, p)
}

// A recordJob is the state of a document to record.
type recordJob struct {
	path, file string // content path; the file for diagnostics
	src        []byte
	meta       history.Meta
	// With src nil: the file to read it from, and the hash it must
	// have (the state the build published); any other is not recorded.
	name, hash string
}

// load reads j's source from j.name when it has none, and reports
// whether it is the state the build published.
func (j *recordJob) load() bool {
	if j.src != nil {
		return true
	}
	src, err := os.ReadFile(j.name)
	if err != nil || hashOf(src) != j.hash {
		return false // gone or changed since: the next build takes it
	}
	j.src = src
	return true
}

// recordJobs returns the states to record of the changed published
// documents, each with its source (read again if it was let go), or with
// later, for a source the build let go, the file for record to read it
// from.
func (s *Site) recordJobs(changed []string, later bool) []recordJob {
	if s.src.Store == nil || s.opts.ReadOnly {
		return nil
	}
	var jobs []recordJob
	for _, p := range changed {
		e := s.entries[p]
		if e == nil || e.page.IsIndex || !s.published(e) || e.diags.Errors() > 0 {
			continue
		}
		meta := history.Meta{Label: e.page.Version, Status: e.page.Status, Author: strings.Join(e.page.Authors, ", "), Date: e.mod}
		j := recordJob{path: "content/" + e.path, file: e.page.File, meta: meta}
		switch {
		case later && e.page.Source == nil:
			j.name, j.hash = s.contentFile(e), e.page.Hash
		default:
			if j.src, _ = s.sourceOf(e); j.src == nil {
				continue // gone since it was read: the next scan removes it
			}
		}
		jobs = append(jobs, j)
	}
	return jobs
}

// record saves the states of jobs in st, one after another: on two
// processors, two goroutines creating files took as long as one, with a
// third more processor time in the kernel, and rendering runs meanwhile
// (startRecord). dir names the store in diagnostics.
func record(st *history.Store, jobs []recordJob, dir string) (diags []Diagnostic) {
	if len(jobs) > 1 {
		st.Defer() // one wait for the disk for the whole batch
		defer func() {
			if err := st.Flush(); err != nil {
				diags = append(diags, Diagnostic{File: dir, Msg: message.New(message.RecordingVersions, message.Of(err)), Warning: true})
			}
		}()
	}
	for _, j := range jobs {
		if !j.load() {
			continue
		}
		if _, _, err := st.Record(j.path, j.src, j.meta); err != nil {
			diags = append(diags, Diagnostic{File: j.file, Msg: message.New(message.RecordingVersion, message.Of(err)), Warning: true})
		}
	}
	return diags
}

// histories brings the version histories of changed documents (all of
// them after settings loaded) up to date. Unless lazy, their version and
// comparison views are made too, in parallel, once every history is up
// to date (old versions link to the versions of other documents). It
// returns the histories of other documents whose old versions link to a
// document whose versions changed: their views are to be made again
// (they are, unless lazy) and published.
func (s *Site) histories(pub []*entry, li *linkIndex, changed []string, lazy bool) ([]Diagnostic, []*docHistory) {
	// The versions must be recorded first; the record also reads the
	// sources, which a one-shot build lets go once histories are made.
	s.awaitRecord()
	touched := map[string]bool{}
	for _, p := range changed {
		touched[p] = true
	}
	var todo []*entry
	for _, e := range pub {
		if !e.page.IsIndex && (touched[e.path] || s.hist[e.path] == nil) {
			todo = append(todo, e)
		}
	}
	diags := make([][]Diagnostic, len(todo))
	hs := make([]*docHistory, len(todo))
	parallel(len(todo), func(i int) {
		hs[i], diags[i] = s.historyOf(todo[i], li)
	})
	var diagList []Diagnostic
	added := false
	for i, e := range todo {
		added = added || s.hist[e.path] == nil
		if old := s.hist[e.path]; old != nil && old != hs[i] {
			s.oldHistory[e.path] = old.files
		}
		s.hist[e.path] = hs[i]
		diagList = append(diagList, diags[i]...)
	}
	relinked := s.relink(todo, added)
	if !lazy {
		all := append(slices.Clone(hs), relinked...)
		parallel(len(all), func(i int) { all[i].pages() })
	}
	return diagList, relinked
}

// updated returns when a document last changed, for "Terakhir
// diperbarui". In a site kept in git (and read with history.git on) it is
// the date of the last commit that touched the file, or, when the file
// has changes not committed yet or was never committed, the time it was
// saved (its modification time). Otherwise it is the front matter's
// updated, or zero, and the page names no date. The modification time is
// not used outside git: a checkout or a copy sets it to the day it was
// made, which says nothing of the text and would make every build differ.
func (s *Site) updated(e *entry) time.Time {
	if s.src.Git == nil {
		return e.page.Updated
	}
	if vs := s.src.Git["content/"+e.path]; len(vs) > 0 {
		if last := vs[len(vs)-1]; last.Sum == e.page.Hash {
			return last.Date
		}
	}
	if e.mod.IsZero() {
		return e.page.Updated
	}
	return e.mod
}

// relink finds the histories whose old versions, already made, link to
// a document that would now take them elsewhere (urlAt: its versions
// changed, or it went), or, where a link went to no published document,
// while a document appeared; it has their views made again and returns
// them. added says whether a document appeared.
func (s *Site) relink(todo []*entry, added bool) []*docHistory {
	made := make(map[string]bool, len(todo))
	for _, e := range todo {
		made[e.path] = true
	}
	var out []*docHistory
	for p, h := range s.hist {
		if e := s.entries[p]; e == nil || !s.published(e) {
			delete(s.hist, p) // its pages went with it; back, it is new
			continue
		}
		if h.links == nil || h.make != nil || made[p] {
			continue // nothing made yet, or made anew anyway
		}
		stale := h.links.gone && added
		for t, picks := range h.links.targets {
			e := s.entries[t]
			for _, pk := range picks {
				stale = stale || e == nil || !s.published(e) || s.urlAt(e, pk.at) != pk.url
			}
		}
		if stale {
			h.make, h.views, h.links = h.remake, nil, nil
			out = append(out, h)
		}
	}
	return out
}

// urlAt is the page of the version of t published at the date at: the
// last before it, else its first (t did not exist yet), else its page.
func (s *Site) urlAt(t *entry, at time.Time) string {
	h := s.hist[t.path]
	if h == nil || len(h.stops) == 0 {
		return t.page.URL
	}
	url := h.stops[0].url
	for _, st := range h.stops[1:] {
		if st.date.After(at) {
			break
		}
		url = st.url
	}
	return url
}

// timeResolver resolves the links of an old version of a document, whose
// date is at, to the versions of the documents they name as they were
// published then; a link to a document no longer published is gone. It
// notes in links the documents it linked to.
type timeResolver struct {
	s     *Site
	from  *entry // the old version
	at    time.Time
	lang  string
	links *timeLinks
}

func (r timeResolver) ResolveLink(dest string) (string, error) {
	href, t, err := r.s.li.target(r.from, dest)
	switch {
	case err != nil:
		r.links.gone = true
		return "", goneLink{err: err, title: r.s.theme.T(r.lang, "link.gone")}
	case t == nil:
		return href, nil // #fragment within the page
	}
	url := r.s.urlAt(t, r.at)
	r.links.targets[t.path] = append(r.links.targets[t.path], pick{r.at, url})
	if _, frag, ok := strings.Cut(href, "#"); ok {
		url += "#" + frag
	}
	return url, nil
}

// goneLink is a link of an old version to a document that is no longer
// published: marked as gone (render.MarkedLinkError), not as broken.
type goneLink struct {
	err   error
	title string
}

func (g goneLink) Error() string                   { return g.err.Error() }
func (g goneLink) Unwrap() error                   { return g.err }
func (g goneLink) LinkMark() (class, title string) { return goneLinkClass, g.title }

// goneLinkClass is the class of a link of an old version to a document no
// longer published.
const goneLinkClass = "gone-link"

// versionsOf returns the versions of a document, oldest first, the current
// file last, and problems met reading the store (history.Sources.Of).
func (s *Site) versionsOf(e *entry) ([]history.Version, []Diagnostic) {
	src, _ := s.sourceOf(e)
	cur := history.Version{Label: e.page.Version, Status: e.page.Status, Date: e.mod, Source: src, Sum: e.page.Hash}
	vs, errs := s.src.Of("content/"+e.path, cur)
	return vs, s.historyDiags(e, errs)
}

// historyDiags turns errors reading a document's versions into warnings
// on its file.
func (s *Site) historyDiags(e *entry, errs []error) []Diagnostic {
	var diags []Diagnostic
	for _, err := range errs {
		diags = append(diags, Diagnostic{File: e.page.File, Msg: message.New(message.VersionHistory, message.Of(err)), Warning: true})
	}
	return diags
}

// labelsOf returns a parser of the label and status of a version's
// source, for history.Labelled and Sources.Find.
func (s *Site) labelsOf(e *entry) func([]byte) (string, string) {
	return func(src []byte) (string, string) {
		p, _ := content.Parse(e.path, src, s.contentConfig())
		return p.Version, p.Status
	}
}

// historyOf returns the version list and the version and comparison views
// of a document, from cache when nothing changed.
func (s *Site) historyOf(e *entry, li *linkIndex) (*docHistory, []Diagnostic) {
	vs, diags := s.versionsOf(e)
	var key strings.Builder
	for _, v := range vs {
		// The author too: a commit of a state the store recorded first
		// gives the current version its author, and keeps its ID.
		key.WriteString(v.ID + "|" + v.Date.String() + "|" + v.Author + "|")
	}
	key.WriteString(e.page.Hash + s.cfg.Lang)
	notes, notesSrc, notesDiags := s.notesOf(e)
	key.Write(notesSrc)
	if h := s.hist[e.path]; h != nil && h.key == key.String() {
		return h, append(diags, h.notesDiags...)
	}
	h := &docHistory{key: key.String()}
	if len(vs) < 2 {
		return h, diags
	}
	shown, working := history.Shown(history.Labelled(vs, s.labelsOf(e)), s.opts.WorkingStates)
	isWorking := map[string]bool{}
	for i, v := range shown {
		isWorking[v.ID] = working[i]
	}
	picked, errs := s.src.Load(shown)
	diags = append(diags, s.historyDiags(e, errs)...)
	if len(picked) < 2 {
		return h, diags
	}
	named := s.parseVersions(e, picked, li)
	cur := named[len(named)-1]
	h.notesDiags = append(notesDiags, s.staleNotes(e, notes, cur)...)
	diags = append(diags, h.notesDiags...)
	type pair struct{ from, to *version }
	var pairs []pair
	diffs := map[pair]*history.Diff{}
	compare := func(a, b *version) string {
		if _, ok := diffs[pair{a, b}]; !ok {
			diffs[pair{a, b}] = nil // made with its page
			pairs = append(pairs, pair{a, b})
		}
		return compareURL(e, a, b)
	}
	var old []*version
	for _, v := range named {
		if !isWorking[v.v.ID] {
			h.stops = append(h.stops, stop{date: v.v.Date, url: v.url})
		}
	}
	for i, v := range named {
		tv := theme.Version{ID: v.v.ID, Label: v.page.Version, Date: v.v.Date, Author: v.v.Author, Status: v.page.Status,
			Current: v.cur, Working: isWorking[v.v.ID], Size: len(v.v.Source)}
		if tv.Author == "" {
			tv.Author = strings.Join(v.page.Authors, ", ")
		}
		if i > 0 {
			tv.ComparePrev = compare(named[i-1], v)
			d := history.Compare(named[i-1].blocks, v.blocks)
			diffs[pair{named[i-1], v}] = d
			tv.Added, tv.Removed = d.Added, d.Removed
		}
		if !v.cur {
			tv.URL = v.url
			old = append(old, v)
			tv.CompareCur = compare(v, cur)
		}
		h.versions = append([]theme.Version{tv}, h.versions...)
	}
	for _, v := range old {
		h.files = append(h.files, indexFile(v.url))
	}
	for _, p := range pairs {
		h.files = append(h.files, indexFile(compareURL(e, p.from, p.to)), indexFile(compareURL(e, p.from, p.to)+matrixPath))
	}
	h.make = func() []*view {
		var vs []*view
		h.links = &timeLinks{targets: map[string][]pick{}}
		for _, v := range old {
			vs = append(vs, s.oldVersionView(e, v, cur, h.links))
		}
		for _, p := range pairs {
			vs = append(vs, s.compareView(e, p.from, p.to, diffs[p], notes)...)
		}
		return vs
	}
	h.remake = h.make
	return h, diags
}

// parseVersions parses every version's front matter and body.
func (s *Site) parseVersions(e *entry, vs []history.Version, li *linkIndex) []*version {
	out := make([]*version, len(vs))
	parallel(len(vs), func(i int) {
		v := &version{v: vs[i], cur: vs[i].ID == "current"}
		v.page, _ = content.Parse(e.path, vs[i].Source, s.contentConfig())
		if v.page.Type != e.page.Type {
			v.page.Type = e.page.Type
		}
		v.doc = s.parseBody(v.page)
		v.blocks = historyBlocks(v.doc.ReviewBlocks())
		id := strings.TrimPrefix(strings.TrimPrefix(vs[i].ID, "g:"), "h:")
		v.slug = id[:min(8, len(id))]
		if v.page.Version != "" {
			v.slug = slug(v.page.Version) + "-" + v.slug
		}
		v.url = e.page.URL
		if !v.cur {
			v.url = e.page.URL + "versi/" + v.slug + "/"
		}
		out[i] = v
	})
	return out
}

func historyBlocks(bs []render.Block) []history.Block {
	out := make([]history.Block, len(bs))
	for i, b := range bs {
		out[i] = history.Block{Kind: b.Kind, Level: b.Level, ID: b.ID, Section: b.Section, Text: b.Text}
	}
	return out
}

// oldVersionView renders an old version as a page of its own: noindex,
// with a banner linking to the current version, its links going to the
// versions of the documents they name as they were published at its date
// (timeResolver), those to a document no longer published marked as
// gone. links notes where they went.
func (s *Site) oldVersionView(e *entry, v, cur *version, links *timeLinks) *view {
	fake := &entry{path: e.path, page: v.page, ids: map[string]bool{}}
	for _, hd := range v.doc.Headings {
		fake.ids[hd.ID] = true
	}
	lang := langOr(v.page.Lang, s.cfg.Lang)
	html, _ := s.renderer(v.page.Lang).Render(v.doc, timeResolver{s: s, from: fake, at: v.v.Date, lang: lang, links: links})
	p := &theme.Page{Kind: theme.KindPage, Type: e.page.Type, URL: v.url, Lang: langOr(v.page.Lang, s.cfg.Lang),
		Title: v.page.Title, Summary: v.page.Summary, Content: template.HTML(html), TOC: headings(v.doc.TOC()),
		Large: len(v.page.Body) >= int(s.cfg.Markdown.Large), Date: v.page.Date, Updated: v.page.Updated, Authors: v.page.Authors, Status: v.page.Status, Version: v.page.Version,
		Number: v.page.Number, Effective: v.page.Effective, Stakeholders: v.page.Stakeholders,
		Old: &theme.OldVersion{Label: v.page.Version, Date: v.v.Date, CurrentURL: cur.url}}
	return &view{file: indexFile(v.url), page: p}
}

// compareURL is the URL of the comparison page of two versions.
func compareURL(e *entry, from, to *version) string {
	if to.cur {
		return fmt.Sprintf("%sbanding/%s...terkini/", e.page.URL, from.slug)
	}
	return fmt.Sprintf("%sbanding/%s...%s/", e.page.URL, from.slug, to.slug)
}

// matrixPath is where a comparison's change matrix is, below it.
const matrixPath = "matriks/"

// compareView is the comparison page of two versions, whose diff d is
// computed here if nil, and its change matrix page (with the reviewer's
// notes) unless notes is nil: made on request, a comparison has none.
func (s *Site) compareView(e *entry, from, to *version, d *history.Diff, notes *history.Notes) []*view {
	if d == nil {
		d = history.Compare(from.blocks, to.blocks)
	}
	lang := langOr(e.page.Lang, s.cfg.Lang)
	c := &theme.Compare{DocTitle: e.page.Title, DocURL: e.page.URL,
		From:   theme.Version{ID: from.v.ID, Label: from.page.Version, Date: from.v.Date, Status: from.page.Status, URL: from.url, Current: from.cur},
		To:     theme.Version{ID: to.v.ID, Label: to.page.Version, Date: to.v.Date, Status: to.page.Status, URL: to.url, Current: to.cur},
		Inline: d.HTMLIn(lang), SideBySide: d.SideBySideIn(lang), Added: d.Added, Removed: d.Removed}
	for _, m := range history.MetaChanges(s.metaOf(from.page, lang), s.metaOf(to.page, lang)) {
		c.Meta = append(c.Meta, theme.MetaChange{Field: s.theme.T(lang, "meta."+m.Field), From: m.From, To: m.To})
	}
	for _, id := range d.ChangedSections {
		c.Changed = append(c.Changed, theme.Link{Title: d.TitleIn(id, lang), URL: "#diff-" + id})
	}
	c.Outline = d.OutlineIn(lang)
	url := compareURL(e, from, to)
	c.CompareURL = url
	p := &theme.Page{Kind: theme.KindCompare, Type: e.page.Type, URL: url, Lang: lang, Title: e.page.Title, Compare: c}
	out := []*view{{file: indexFile(url), page: p}}
	if notes != nil {
		c.MatrixURL = url + matrixPath
		mc := *c
		mc.Matrix = s.matrixOf(d, notes, lang, s.theme.VersionName(lang, mc.From), s.theme.VersionName(lang, mc.To))
		mp := &theme.Page{Kind: theme.KindMatrix, Type: e.page.Type, URL: mc.MatrixURL, Lang: lang, Title: e.page.Title, Compare: &mc}
		out = append(out, &view{file: indexFile(mc.MatrixURL), page: mp})
	}
	return out
}

// matrixOf is the change matrix of d for a page, notes in its rows.
func (s *Site) matrixOf(d *history.Diff, notes *history.Notes, lang, from, to string) *theme.Matrix {
	m := d.MatrixIn(lang)
	notes.Apply(m, d)
	tm := &theme.Matrix{Headers: m.Headers(from, to)}
	for i, r := range m.Rows {
		old, new := m.HTML(i)
		tm.Rows = append(tm.Rows, theme.MatrixRow{No: r.No, Pasal: r.Title, Old: old, New: new, Keterangan: m.Keterangan(i), Kind: r.Kind})
	}
	return tm
}

// URL returns the URL of the published document at doc (a path under
// content/, with or without the "content/" prefix).
func (s *Site) URL(doc string) (string, error) {
	e := s.entries[strings.TrimPrefix(strings.TrimPrefix(doc, "./"), "content/")]
	if e == nil || !s.published(e) {
		return "", message.Errorf(message.DocUnpublished, doc)
	}
	return e.page.URL, nil
}

// Title returns the title of the document at doc (as for Notes), or doc
// itself when there is none.
func (s *Site) Title(doc string) string {
	if e := s.entries[strings.TrimPrefix(strings.TrimPrefix(doc, "./"), "content/")]; e != nil {
		return e.page.Title
	}
	return doc
}

// DocLang returns the language of the document at doc (a path under
// content/, with or without the "content/" prefix): its lang, else the
// site's; the site's for a path that names no document. Its comparison
// and change matrix pages speak it.
func (s *Site) DocLang(doc string) string {
	if e := s.entries[strings.TrimPrefix(strings.TrimPrefix(doc, "./"), "content/")]; e != nil {
		return langOr(e.page.Lang, s.cfg.Lang)
	}
	return s.cfg.Lang
}

// Notes reads the reviewer's notes on the document at doc (a path under
// content/, with or without the "content/" prefix) for its change
// matrix, with the notes on a Pasal the current file no longer has as
// warnings.
func (s *Site) Notes(doc string) (*history.Notes, []Diagnostic, error) {
	p := strings.TrimPrefix(strings.TrimPrefix(doc, "./"), "content/")
	e := s.entries[p]
	if e == nil {
		return nil, nil, message.Errorf(message.DocMissing, doc)
	}
	n, _, diags := s.notesOf(e)
	src, _ := s.sourceOf(e)
	cur := &version{blocks: s.blocksOf(src)}
	return n, append(diags, s.staleNotes(e, n, cur)...), nil
}

// notesSuffix ends the name of the reviewer's notes on a document,
// beside it: content/kebijakan/x.md has content/kebijakan/x.catatan.yaml.
const notesSuffix = ".catatan.yaml"

// notesOwner reports whether p (a changed path below the site folder) is
// a notes file, and the content path ("content/...") of the document it
// belongs to, "" when there is none (yet).
func (s *Site) notesOwner(p string) (string, bool) {
	base, ok := strings.CutSuffix(p, notesSuffix)
	if !ok || !strings.HasPrefix(base, "content/") {
		return "", false
	}
	for _, ext := range sources.MarkdownExts {
		if s.entries[strings.TrimPrefix(base, "content/")+ext] != nil {
			return base + ext, true
		}
	}
	return "", true
}

// notesOf reads the reviewer's notes on a document from <doc>.catatan.yaml
// beside it: the notes (empty when there is no file), the file's bytes,
// and a problem reading it.
func (s *Site) notesOf(e *entry) (*history.Notes, []byte, []Diagnostic) {
	rel := strings.TrimSuffix(e.path, filepath.Ext(e.path)) + notesSuffix
	file := strings.TrimSuffix(e.page.File, filepath.Ext(e.page.File)) + notesSuffix
	src, err := os.ReadFile(filepath.Join(s.opts.Dir, "content", filepath.FromSlash(rel)))
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			return &history.Notes{File: file}, nil, []Diagnostic{{File: file, Msg: message.Of(err), Warning: true}}
		}
		return &history.Notes{File: file}, nil, nil
	}
	n, err := history.ParseNotes(file, src)
	if err != nil {
		return &history.Notes{File: file}, src, []Diagnostic{{File: file, Msg: message.Raw(strings.TrimPrefix(err.Error(), file+":")), Warning: true}}
	}
	return n, src, nil
}

// staleNotes warns of notes on a Pasal the current version no longer has.
func (s *Site) staleNotes(e *entry, n *history.Notes, cur *version) []Diagnostic {
	var out []Diagnostic
	for _, note := range n.Stale(cur.blocks) {
		out = append(out, Diagnostic{File: n.File, Line: note.Line, Col: 1, Warning: true,
			Msg: message.New(message.NoteStale, note.Pasal, e.page.File)})
	}
	return out
}

// metaOf is the front matter a comparison lists when it changes.
func (s *Site) metaOf(p *content.Page, lang string) map[string]string {
	m := map[string]string{"title": p.Title, "version": p.Version, "number": p.Number,
		"summary": p.Summary, "unit": p.Unit, "authors": strings.Join(p.Authors, ", "), "tags": strings.Join(p.Tags, ", ")}
	if p.Status != "" {
		m["status"] = s.theme.T(lang, "status."+p.Status)
	}
	if !p.Effective.IsZero() {
		m["effective"] = p.Effective.Format("2006-01-02")
	}
	if !p.Date.IsZero() {
		m["date"] = p.Date.Format("2006-01-02")
	}
	return m
}

func langOr(lang, def string) string {
	if lang == "" {
		return def
	}
	return lang
}

// lastSums fills in the Sum of the newest git version of each file, once
// per reading of git: updated compares it with the current file's hash
// on every render of the file's pages. It returns g.
func lastSums(g map[string][]history.Version) map[string][]history.Version {
	for _, vs := range g {
		if n := len(vs); n > 0 && vs[n-1].Sum == "" {
			vs[n-1].Sum = hashOf(vs[n-1].Source)
		}
	}
	return g
}

func hashOf(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
