package site

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/tubei/pustaka/internal/content"
	"github.com/tubei/pustaka/internal/theme"
)

// Build reads and renders the whole site.
func (s *Site) Build(ctx context.Context) *Result {
	return s.Rebuild(ctx, nil)
}

// Rebuild brings the site up to date after the files named in changed
// (slash paths relative to the site folder) changed, were created or
// removed. Content files are also compared by size and modification time,
// so a missed event is caught at the next rebuild. A nil changed on a site
// never built builds everything.
func (s *Site) Rebuild(ctx context.Context, changed []string) *Result {
	start := time.Now()
	force := map[string]bool{}
	settings := s.cfg == nil
	for _, c := range changed {
		force[c] = true
		if !strings.HasPrefix(c, "content/") {
			settings = true
		}
	}
	res := &Result{Stats: Stats{Pages: map[string]int{}}}
	if settings {
		s.siteErr = s.loadSettings()
		s.views = map[string]*view{} // every layout runs again
	}
	res.Diags = append(res.Diags, s.siteErr...)
	changedFiles, _, scanDiags := s.scan(force)
	res.Diags = append(res.Diags, scanDiags...)
	if settings {
		res.Diags = append(res.Diags, s.openHistory(ctx)...)
	}
	res.Diags = append(res.Diags, s.record(changedFiles)...)

	pub := s.publishedEntries()
	pages := make([]*content.Page, len(pub))
	for i, e := range pub {
		pages[i] = e.page
		res.Diags = append(res.Diags, e.diags...)
	}
	res.Diags = append(res.Diags, content.Resolve(pages)...)
	li := &linkIndex{s: s, idx: content.NewIndex(pages)}
	n, linkDiags, graph := s.renderBodies(pub, li)
	res.Diags = append(res.Diags, linkDiags...)
	res.Stats.Rendered = n

	res.Diags = append(res.Diags, s.histories(pub, li, changedFiles)...)
	t := newTree(pub, graph)
	out, written, tmplDiags := s.publish(ctx, s.makeViews(pub, t), pub, settings)
	res.Diags = append(res.Diags, tmplDiags...)
	res.Changed = written
	res.Stats.Written = len(written)
	res.Output = out
	s.out = out

	s.collectDocs(res, pub, changedFiles)
	for _, e := range pub {
		if !e.page.IsIndex {
			res.Stats.Pages[e.page.Type]++
		}
	}
	slices.SortFunc(res.Diags, compareDiag)
	res.Stats.Took = time.Since(start)
	return res
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
// changed (written or removed).
func (s *Site) publish(ctx context.Context, vs []*view, pub []*entry, settings bool) (*Output, []string, []Diagnostic) {
	site := s.siteView(pub)
	var todo []*view
	next := map[string]*view{}
	for _, v := range vs {
		next[v.file] = v
		old := s.views[v.file]
		if old == nil || !reflect.DeepEqual(old.page, v.page) || !reflect.DeepEqual(s.lastSite, site) {
			todo = append(todo, v)
		}
	}
	files := make(map[string]*File, len(s.out.Files)+len(todo))
	for k, f := range s.out.Files {
		files[k] = f
	}
	bodies := make([][]byte, len(todo))
	errs := make([]error, len(todo))
	parallel(len(todo), func(i int) {
		if ctx.Err() != nil {
			errs[i] = ctx.Err()
			return
		}
		var buf bytes.Buffer
		errs[i] = s.theme.Render(&buf, &theme.Data{Site: site, Page: todo[i].page})
		bodies[i] = buf.Bytes()
	})
	var diags []Diagnostic
	var changed []string
	now := time.Now()
	for i, v := range todo {
		if errs[i] != nil {
			diags = append(diags, Diagnostic{File: v.page.File, Msg: fmt.Sprintf("%s: %v", v.page.URL, errs[i])})
			next[v.file] = s.views[v.file] // keep the last good output, try again next time
			if next[v.file] == nil {
				delete(next, v.file)
			}
			continue
		}
		if f := newFile(v.file, bodies[i], now); files[v.file] == nil || files[v.file].ETag != f.ETag {
			files[v.file] = f
			changed = append(changed, v.file)
		}
	}
	extra := s.extraFiles(pub, site, next, settings, now)
	for name, f := range extra {
		if files[name] == nil || files[name].ETag != f.ETag {
			files[name] = f
			changed = append(changed, name)
		}
	}
	for name := range files {
		if next[name] == nil && extra[name] == nil {
			delete(files, name)
			changed = append(changed, name)
		}
	}
	s.views, s.lastSite = next, site
	slices.Sort(changed)
	return &Output{Files: files}, changed, diags
}

func compareDiag(a, b Diagnostic) int {
	if c := strings.Compare(a.File, b.File); c != 0 {
		return c
	}
	if a.Line != b.Line {
		return a.Line - b.Line
	}
	return a.Col - b.Col
}
