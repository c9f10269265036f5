package site

import (
	"cmp"
	"html/template"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/tubei/pustaka/internal/content"
	"github.com/tubei/pustaka/internal/render"
)

// entry is one content file and what was made of it.
type entry struct {
	path  string
	size  int64
	mod   time.Time
	page  *content.Page
	diags content.Diagnostics // from parsing the file

	front string  // the front matter as written, to tell edits that change it
	dirty bool    // body must be parsed and rendered again
	prev  *before // what others saw of this entry before it was re-read

	linkDiags []Diagnostic // problems with the links of the body
	eval      *evaluation  // what the guide's data files gave (survey results, measured values)
	quizDiags []Diagnostic // problems with the self-check questions of the body
	questions int          // number of self-check questions

	html    template.HTML
	renders uint64 // times the body was rendered: a view's body is current when its count is
	links   []render.Link
	states  []linkState // how each link rendered when html was rendered
	ids     map[string]bool
	toc     []render.Heading
	blocks  []render.Block
}

// before is what other pages depend on of an entry: its front matter, the
// links of its body and its anchors. A re-read entry whose before is
// unchanged affects no page but its own.
type before struct {
	front string
	links []render.Link
	ids   map[string]bool
}

func frontOf(p *content.Page) string {
	return string(p.Source[:len(p.Source)-len(p.Body)])
}

// scan brings s.entries in line with the files under content/: new and
// modified files (and those named in force) are read and parsed; entries
// of vanished files are dropped. When every forced path is a Markdown
// file and full is false, only those files are looked at; otherwise the
// whole tree is walked. It returns the paths that changed.
func (s *Site) scan(force map[string]bool, full bool) (changed, removed []string, diags []Diagnostic) {
	root := filepath.Join(s.opts.Dir, "content")
	if !full {
		if todo, gone, ok := s.scanFiles(root, force); ok {
			return s.apply(root, todo, gone), gone, nil
		}
	}
	seen := map[string]bool{}
	var todo []*entry
	walkContent(root, func(p string, info fs.FileInfo, err error) {
		if err != nil {
			diags = append(diags, Diagnostic{File: path.Join("content", p), Msg: err.Error()})
			return
		}
		if !isMarkdown(p) {
			return
		}
		seen[p] = true
		e := s.entries[p]
		if e != nil && e.size == info.Size() && e.mod.Equal(info.ModTime()) && !force["content/"+p] {
			return
		}
		if e == nil {
			e = &entry{path: p}
		}
		e.size, e.mod = info.Size(), info.ModTime()
		todo = append(todo, e)
	})
	for p := range s.entries {
		if !seen[p] {
			removed = append(removed, p)
		}
	}
	return s.apply(root, todo, removed), removed, diags
}

// scanFiles looks at the forced content files alone. ok is false when a
// forced path under content/ is not a Markdown file (a folder event), so
// the tree must be walked.
func (s *Site) scanFiles(root string, force map[string]bool) (todo []*entry, gone []string, ok bool) {
	for f := range force {
		p, in := strings.CutPrefix(f, "content/")
		if !in {
			continue
		}
		if !isMarkdown(p) || strings.HasPrefix(path.Base(p), ".") {
			return nil, nil, false
		}
		info, err := os.Stat(filepath.Join(root, filepath.FromSlash(p))) // as walkContent, through links
		switch {
		case err != nil && s.entries[p] != nil:
			gone = append(gone, p)
		case err == nil && info.Mode().IsRegular():
			e := s.entries[p]
			if e == nil {
				e = &entry{path: p}
			}
			e.size, e.mod = info.Size(), info.ModTime()
			todo = append(todo, e)
		}
	}
	return todo, gone, true
}

// apply re-reads the entries of todo and drops those of gone.
func (s *Site) apply(root string, todo []*entry, gone []string) (changed []string) {
	for _, p := range gone {
		delete(s.entries, p)
	}
	for _, e := range todo {
		if e.page != nil {
			e.prev = &before{front: e.front, links: e.links, ids: e.ids}
		}
	}
	s.parseFiles(root, todo)
	for _, e := range todo {
		s.entries[e.path] = e
		changed = append(changed, e.path)
	}
	return changed
}

// parseFiles reads and parses the files of todo on all cores.
func (s *Site) parseFiles(root string, todo []*entry) {
	cfg := s.contentConfig()
	parallel(len(todo), func(i int) {
		e := todo[i]
		src, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(e.path)))
		if err != nil {
			e.page, e.diags = content.Parse(e.path, nil, cfg)
			e.diags = append(e.diags, Diagnostic{File: "content/" + e.path, Msg: err.Error()})
		} else {
			e.page, e.diags = content.Parse(e.path, src, cfg)
		}
		e.front = frontOf(e.page)
		e.dirty = true
	})
}

// walkContent calls fn with the slash path below root and the state of
// every regular file there, skipping hidden names. Symbolic links are
// followed (a folder of modules may be a link to a shared drive), except
// to a folder already on the way down; a dangling link is skipped. An
// unreadable folder is reported through fn with err set and its path.
func walkContent(root string, fn func(p string, info fs.FileInfo, err error)) {
	real, err := filepath.EvalSymlinks(root)
	if err != nil {
		fn(".", nil, err)
		return
	}
	walkFolder(root, "", map[string]bool{real: true}, fn)
}

// walkFolder walks folder rel of root, whose real path is in above.
func walkFolder(root, rel string, above map[string]bool, fn func(string, fs.FileInfo, error)) {
	dir := filepath.Join(root, filepath.FromSlash(rel))
	entries, err := os.ReadDir(dir)
	if err != nil {
		fn(cmp.Or(rel, "."), nil, err)
		return
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		p := path.Join(rel, e.Name())
		abs := filepath.Join(dir, e.Name())
		info, err := os.Stat(abs)
		switch {
		case err != nil:
			// vanished while walking, or a dangling link
		case info.IsDir():
			real, err := filepath.EvalSymlinks(abs)
			if err != nil || above[real] {
				continue
			}
			above[real] = true
			walkFolder(root, p, above, fn)
			delete(above, real)
		case info.Mode().IsRegular():
			fn(p, info, nil)
		}
	}
}

func isMarkdown(name string) bool {
	ext := path.Ext(name)
	return ext == ".md" || ext == ".markdown"
}

// parallel runs f(0..n-1) on all cores.
func parallel(n int, f func(i int)) {
	workers := runtime.GOMAXPROCS(0)
	if workers > n {
		workers = n
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// ensureSource reads an entry's file again when a long-running server let
// its source go (see dropSources); the body is then the file as it is now.
func (s *Site) ensureSource(e *entry) {
	if e.page.Source == nil {
		e.page.Source, e.page.Body = s.sourceOf(e)
	}
}

// sourceOf returns an entry's source and body, reading the file if the
// entry holds them no more; it changes nothing.
func (s *Site) sourceOf(e *entry) (src, body []byte) {
	if e.page.Source != nil {
		return e.page.Source, e.page.Body
	}
	src, err := os.ReadFile(filepath.Join(s.opts.Dir, "content", filepath.FromSlash(e.path)))
	if err != nil {
		return nil, nil
	}
	_, _, body, _, _ = content.SplitFrontMatter(src)
	return src, body
}

// dropSources lets a long-running server forget the sources of entries
// whose pages are made: they are read again if ever needed.
func (s *Site) dropSources(es []*entry) {
	if !s.opts.Compress {
		return
	}
	for _, e := range es {
		e.page.Source, e.page.Body = nil, nil
	}
}
