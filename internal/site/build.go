package site

import (
	"bytes"
	"context"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/tubei/pustaka/internal/content"
	"github.com/tubei/pustaka/internal/render"
	"github.com/tubei/pustaka/internal/theme"

	"github.com/tubei/pustaka/internal/message"
)

// Build reads and renders the whole site.
func (s *Site) Build(ctx context.Context) *Result {
	return s.Rebuild(ctx, nil)
}

// Change is a file below the site folder that changed: its slash path
// relative to the folder, and what happened to it.
type Change struct {
	Path string
	Op   Op
}

// Op is what happened to a changed file.
type Op uint8

// The kinds of change. The zero value is Written.
const (
	// Written: the file was created or its content changed; it is read
	// (if it is gone by then, it is taken as removed).
	Written Op = iota
	// Removed: the file was removed or moved away; it is not looked at.
	Removed
)

// Rebuild brings the site up to date after the files named in changes
// changed, were created or removed. When only content files changed, only
// they are looked at, as the changes say: a written file is read, a
// removed one dropped, without looking at the disk a second time; otherwise
// (a folder or another file under content/, a first build) the content
// tree is walked and every file compared by size and modification time,
// so nothing is missed. A change to anything outside content/ reloads the
// settings and executes every layout again.
func (s *Site) Rebuild(ctx context.Context, changes []Change) *Result {
	start := time.Now()
	settings := s.cfg == nil
	var look []Change // the changes the scan looks at
	for _, c := range changes {
		if isData(c.Path) {
			continue // the guides reading it are found by staleData
		}
		if doc, ok := s.notesOwner(c.Path); ok {
			// The reviewer's notes are part of the document's matrix pages:
			// its history is made again (the notes are in its key).
			if doc != "" {
				look = append(look, Change{Path: doc, Op: Written})
			}
			continue
		}
		look = append(look, c)
		if !strings.HasPrefix(c.Path, "content/") {
			settings = true
		}
	}
	for _, p := range s.staleData() {
		look = append(look, Change{Path: "content/" + p, Op: Written})
	}
	early := s.Settle(ctx) // if the caller did not: those pages go out with this rebuild
	res := &Result{Stats: Stats{Pages: map[string]int{}}}
	if settings {
		s.siteErr = append(s.loadSettings(), s.baseURLWarning()...)
		s.views = map[string]*view{} // every layout runs again
		s.tmplDiags = map[string]Diagnostic{}
	}
	changedFiles, removed, scanDiags := s.scan(look, settings)
	s.scanDiags = scanDiags
	s.evaluate(changedFiles, removed)
	res.Stats.Read = time.Since(start)
	if settings {
		s.histDiags = s.openHistory(ctx)
		res.Stats.History = time.Since(start) - res.Stats.Read
	}
	later := s.opts.DeferVersions && !settings && len(removed) == 0
	switch {
	case s.opts.Stage != nil:
		// A build into a folder records its versions only once the folder
		// is published (RecordVersions): one that stops records nothing.
		s.unrecorded = append(s.unrecorded, changedFiles...)
	case !later:
		s.startRecord(changedFiles)
	}
	if settings || len(removed) > 0 || !s.quick(ctx, res, changedFiles, later) {
		if later {
			s.startRecord(changedFiles)
		}
		s.full(ctx, res, changedFiles, settings)
	}
	s.awaitRecord()
	res.Diags = append(res.Diags, s.recDiags...)
	s.recDiags = nil
	if early != nil {
		res.Changed = slices.Compact(slices.Sorted(slices.Values(append(early.Changed, res.Changed...))))
	}
	s.finish(res, start)
	return res
}

// full rebuilds every view; layouts run only for views that changed.
func (s *Site) full(ctx context.Context, res *Result, changedFiles []string, settings bool) {
	pub := s.publishedEntries()
	pages := make([]*content.Page, len(pub))
	for i, e := range pub {
		pages[i] = e.page
	}
	s.refDiags = content.Resolve(pages)
	s.li = &linkIndex{s: s, idx: content.NewIndex(pages)}
	n, graph := s.renderBodies(pub, s.li)
	res.Stats.Rendered = n
	diags, _ := s.histories(pub, s.li, changedFiles, false) // makeViews takes the relinked pages
	res.Diags = append(res.Diags, diags...)
	if s.opts.Stage != nil {
		// A one-shot build: nothing reads the sources again.
		for _, e := range pub {
			e.page.Source, e.page.Body = nil, nil
		}
	}
	s.tree = newTree(pub, graph, s.cfg.Lang)
	out, written, executed := s.publish(ctx, s.makeViews(pub, s.tree), pub, settings)
	res.Stats.Executed = executed
	res.Changed = written
	res.Output = out
	s.out = out
	s.collectDocs(res, pub, changedFiles)
	s.dropSources(pub)
}

// quick handles the common edit: documents whose front matter, links and
// anchors are as before, so no page but their own (and their version
// pages) can change. It reports false, having changed nothing visible,
// when the edit needs a full rebuild. With later, the documents' pages go
// out alone; recording their versions and their version pages wait for
// Settle. (Their version lists are right already: the store lacks the
// new state, which is the current file, listed last either way.)
func (s *Site) quick(ctx context.Context, res *Result, changedFiles []string, later bool) bool {
	var es []*entry
	for _, p := range changedFiles {
		e := s.entries[p]
		if e.prev == nil || e.page.IsIndex || e.prev.front != e.front || s.tree == nil {
			return false
		}
		if s.published(e) {
			es = append(es, e) // an unpublished draft stays so and affects no page
		}
	}
	s.renderEntries(es, s.li)
	for _, e := range es {
		same := slices.EqualFunc(e.prev.links, e.links, func(a, b render.Link) bool { return a.Dest == b.Dest }) &&
			(maps.Equal(e.prev.ids, e.ids) || !s.anchorsLinked(e))
		e.prev = nil
		if !same {
			return false // the full rebuild keeps these renders and redoes the rest
		}
	}
	for _, e := range es {
		_, _, e.linkDiags = s.resolveLinks(e, s.li)
	}
	res.Stats.Rendered = len(es)
	diags, relinked := s.histories(es, s.li, changedFiles, later)
	res.Diags = append(res.Diags, diags...)
	var vs []*view
	d := &deferred{files: changedFiles, entries: es, hists: relinked}
	for _, e := range es {
		dv := s.docView(e, s.tree)
		vs = append(vs, dv)
		vs = append(vs, s.surveyViews(e, dv.page)...)
		d.hists = append(d.hists, s.hist[e.path])
		d.stale = append(d.stale, s.oldHistory[e.path]...)
	}
	stale := d.stale
	if later {
		s.pending, stale = d, nil // old version pages stay until their successors come
	} else {
		vs = append(vs, d.pages()...)
	}
	out, written, executed := s.publishSome(ctx, vs, stale)
	res.Stats.Executed = executed
	res.Changed = written
	res.Output = out
	s.out = out
	if !s.opts.NoIndex {
		for _, e := range es { // the same documents at the same URLs: only their text changed
			res.Docs = append(res.Docs, document(e))
			e.blocks = nil
		}
	}
	if !later {
		s.dropSources(es)
	}
	return true
}

// anchorsLinked reports whether another page links to an anchor of e:
// such a link's state, and the anchor it suggests when broken, follow e's
// anchors, so new or lost anchors of e change that page. (A question
// without an id: line takes its anchor from its text; editing the text
// of one nobody links to stays a quick rebuild.)
func (s *Site) anchorsLinked(e *entry) bool {
	for _, o := range s.tree.refs[e.page.Path] {
		if o == e {
			continue
		}
		for _, l := range o.links {
			if _, frag, _ := strings.Cut(l.Dest, "#"); frag == "" {
				continue
			}
			if _, t, err := s.li.target(o, l.Dest); err == nil && t == e {
				return true
			}
		}
	}
	return false
}

// deferred is what a quick rebuild left to Settle: the changed files to
// record, their entries, and their version pages to make.
type deferred struct {
	files   []string
	entries []*entry
	hists   []*docHistory
	stale   []string // version pages before the edit
}

// pages returns the views of the documents' version pages.
func (d *deferred) pages() []*view {
	var vs []*view
	for _, h := range d.hists {
		vs = append(vs, h.pages()...)
	}
	return vs
}

// Settle does what the last Rebuild deferred (Options.DeferVersions): it
// records the new versions of the edited documents and makes their
// version and comparison pages. Its Result holds the new Output, the
// pages that changed and every diagnostic, as Rebuild's does; it is nil
// when nothing was deferred. A Rebuild settles first what was left
// unsettled.
func (s *Site) Settle(ctx context.Context) *Result {
	d := s.pending
	if d == nil {
		return nil
	}
	s.pending = nil
	start := time.Now()
	res := &Result{Stats: Stats{Pages: map[string]int{}}}
	if jobs := s.recordJobs(d.files, false); len(jobs) > 0 {
		res.Diags = record(s.src.Store, jobs, s.cfg.History.Dir)
	}
	res.Output, res.Changed, res.Stats.Executed = s.publishSome(ctx, d.pages(), d.stale)
	s.out = res.Output
	s.dropSources(d.entries)
	s.finish(res, start)
	return res
}

// finish gathers the diagnostics every build reports, whichever path it
// took, and the page counts.
func (s *Site) finish(res *Result, start time.Time) {
	res.Diags = append(res.Diags, s.siteErr...)
	res.Diags = append(res.Diags, s.scanDiags...)
	res.Diags = append(res.Diags, s.histDiags...)
	res.Diags = append(res.Diags, s.refDiags...)
	for _, e := range s.entries {
		res.Diags = append(res.Diags, e.diags...)
		if e.kept {
			res.Kept = append(res.Kept, e.page.File)
		}
		if s.published(e) {
			res.Diags = append(res.Diags, e.linkDiags...)
			if e.eval != nil {
				res.Diags = append(res.Diags, e.eval.diags...)
			}
			res.Diags = append(res.Diags, e.quizDiags...)
			if !e.page.IsIndex {
				res.Stats.Pages[e.page.Type]++
			}
		}
	}
	for _, d := range s.tmplDiags {
		res.Diags = append(res.Diags, d)
	}
	s.writeErrs.Range(func(name, err any) bool {
		res.Diags = append(res.Diags, Diagnostic{File: "public" + name.(string), Msg: message.Of(err.(error))})
		s.writeErrs.Delete(name)
		return true
	})
	if s.Strict() {
		res.Diags.Strict()
	}
	slices.SortFunc(res.Diags, compareDiag)
	res.Stats.Written = len(res.Changed)
	res.Stats.Took = time.Since(start)
}

// published reports whether an entry is part of the output.
func (s *Site) published(e *entry) bool { return !e.page.Draft || s.opts.Drafts }

func (s *Site) publishedEntries() []*entry {
	var pub []*entry
	for _, e := range s.entries {
		if s.published(e) {
			pub = append(pub, e)
		}
	}
	slices.SortFunc(pub, func(a, b *entry) int { return strings.Compare(a.path, b.path) })
	return pub
}

// publish executes the layouts of the views that differ from the last
// build and assembles the new output. It returns the output paths that
// changed (written or removed) and the number of layouts executed.
func (s *Site) publish(ctx context.Context, vs []*view, pub []*entry, settings bool) (*Output, []string, int) {
	site := s.siteView(pub, s.tree)
	siteChanged := !reflect.DeepEqual(s.lastSite, site)
	s.lastSite = site
	next := make(map[string]*view, len(vs))
	for _, v := range vs {
		next[v.file] = v
	}
	var gone []string
	for name := range s.views {
		if next[name] == nil {
			gone = append(gone, name)
		}
	}
	files, changed, executed := s.render(ctx, vs, gone, siteChanged)
	now := time.Now()
	extra := s.extraFiles(pub, site, next, settings, now)
	for name, f := range extra {
		if files[name] == nil || files[name].ETag != f.ETag {
			files[name] = f
			changed = append(changed, name)
			if s.opts.Stage != nil {
				if err := s.opts.Stage.Write(name, f.Body); err != nil {
					s.writeErrs.Store(name, err)
				}
			}
		}
	}
	for name := range files {
		if s.views[name] == nil && extra[name] == nil {
			delete(files, name)
			changed = append(changed, name)
		}
	}
	slices.Sort(changed)
	return &Output{Files: files}, slices.Compact(changed), executed
}

// publishSome updates the output for the views vs alone, removing the
// pages in stale that vs no longer has.
func (s *Site) publishSome(ctx context.Context, vs []*view, stale []string) (*Output, []string, int) {
	have := map[string]bool{}
	for _, v := range vs {
		have[v.file] = true
	}
	var gone []string
	for _, name := range stale {
		if !have[name] {
			gone = append(gone, name)
		}
	}
	files, changed, executed := s.render(ctx, vs, gone, false)
	slices.Sort(changed)
	return &Output{Files: files}, changed, executed
}

// render executes the layouts of the views of vs that differ from the last
// build (all of them when all is set) into a copy of the current files,
// and drops the views and files named in gone. A view whose layout fails
// keeps its last good output, and its error is kept until it renders.
func (s *Site) render(ctx context.Context, vs []*view, gone []string, all bool) (map[string]*File, []string, int) {
	var todo []*view
	for _, v := range vs {
		if old := s.views[v.file]; all || old == nil || !sameView(old, v) {
			todo = append(todo, v)
		}
	}
	s.fillBodies(todo)
	files := make(map[string]*File, len(s.out.Files)+len(todo))
	for k, f := range s.out.Files {
		files[k] = f
	}
	var changed []string
	for _, name := range gone {
		delete(s.views, name)
		delete(s.tmplDiags, name)
		if files[name] != nil {
			delete(files, name)
			changed = append(changed, name)
		}
	}
	made := make([]*File, len(todo))
	errs := make([]error, len(todo))
	now := time.Now()
	memo := theme.NewMemo() // a document's list entry is made once for all the lists showing it
	parallel(len(todo), func(i int) {
		if errs[i] = ctx.Err(); errs[i] != nil {
			return
		}
		if raw := todo[i].raw; raw != nil {
			made[i] = s.keep(todo[i].file, raw, now)
			return
		}
		buf := bufPool.Get().(*bytes.Buffer)
		buf.Reset()
		errs[i] = s.theme.Render(buf, &theme.Data{Site: s.lastSite, Page: todo[i].page, Memo: memo})
		if errs[i] == nil {
			made[i] = s.keep(todo[i].file, buf.Bytes(), now)
		}
		bufPool.Put(buf)
	})
	for i, v := range todo {
		if errs[i] != nil {
			s.tmplDiags[v.file] = Diagnostic{File: v.page.File, Msg: message.New(message.Detail, v.page.URL, message.Of(errs[i]))}
			if s.views[v.file] == nil {
				s.views[v.file] = &view{file: v.file, page: &theme.Page{}} // retried next build
			}
			continue
		}
		delete(s.tmplDiags, v.file)
		switch {
		case s.opts.Stage != nil:
			if v.doc != nil {
				v.doc.html = "" // written out; a one-shot build needs it no more
			}
			v = &view{file: v.file, page: &theme.Page{Kind: v.page.Kind, URL: v.page.URL}} // a one-shot build compares no views later
		case s.opts.Compress && v.doc != nil:
			v = s.dropBody(v)
		}
		s.views[v.file] = v
		if f := made[i]; files[v.file] == nil || files[v.file].ETag != f.ETag {
			files[v.file] = f
			changed = append(changed, v.file)
		}
	}
	return files, changed, len(todo)
}

// keep makes the output file of a body. With a Stage the body goes to disk
// at once and the Output keeps only its validators, so a one-shot build
// never holds the whole site in memory; with Compress it is kept
// gzip-compressed, about a fifth of the size, for a long-running server.
// body is the caller's buffer: keep copies what it keeps of it.
func (s *Site) keep(name string, body []byte, now time.Time) *File {
	if s.opts.Stage != nil {
		if err := s.opts.Stage.Write(name, body); err != nil {
			s.writeErrs.Store(name, err)
		}
		return &File{ContentType: contentType(name), ModTime: now} // no validator: nothing serves it
	}
	f := newFile(name, body, now)
	if s.opts.Compress {
		f.Gzip, f.Body = s.gz.compress(body), nil
	} else {
		f.Body = bytes.Clone(body) // exact size: the output is kept
	}
	return f
}

// sameView reports whether a view renders as before. A document's body is
// compared by its render count, so the views kept between builds need not
// hold the bodies.
func sameView(old, v *view) bool {
	if old.doc != v.doc || old.body != v.body {
		return false
	}
	if old.raw != nil || v.raw != nil {
		return bytes.Equal(old.raw, v.raw)
	}
	if v.doc == nil {
		return reflect.DeepEqual(old.page, v.page)
	}
	a, b := *old.page, *v.page
	a.Content, b.Content = "", ""
	return reflect.DeepEqual(&a, &b)
}

// fillBodies renders again the bodies that a long-running server dropped
// after their pages were made (see dropBody), for the views about to run.
func (s *Site) fillBodies(vs []*view) {
	var es []*entry
	for _, v := range vs {
		if v.doc != nil && v.doc.html == "" {
			es = append(es, v.doc)
		}
	}
	if len(es) == 0 {
		return
	}
	s.renderEntries(es, s.li)
	for _, e := range es {
		e.blocks = nil // the text did not change: its search document stands
	}
	for _, v := range vs {
		if v.doc != nil {
			v.page.Content, v.body = v.doc.html, v.doc.renders
		}
	}
}

// dropBody lets a long-running server forget a document's rendered body
// once its page is made: the body lives on, compressed, in the page, and
// is rendered again from the source if the page must be made anew because
// something around it changed. The view kept for comparison holds no body.
func (s *Site) dropBody(v *view) *view {
	p := *v.page
	p.Content = ""
	v.doc.html = ""
	return &view{file: v.file, page: &p, doc: v.doc, body: v.body}
}

// bufPool holds buffers for executing layouts.
var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func compareDiag(a, b Diagnostic) int {
	if c := strings.Compare(a.File, b.File); c != 0 {
		return c
	}
	if a.Line != b.Line {
		return a.Line - b.Line
	}
	return a.Col - b.Col
}
