package site

import (
	"errors"
	"html/template"
	"io"
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
	"github.com/tubei/pustaka/internal/sources"

	"github.com/tubei/pustaka/internal/message"
)

// entry is one content file and what was made of it.
type entry struct {
	path  string
	size  int64
	mod   time.Time
	page  *content.Page
	diags content.Diagnostics // from parsing the file
	// kept: the file has errors now, and page is its last good page
	// (Options.KeepLastGood); diags are the errors of the file.
	kept bool

	front string  // the front matter as written, to tell edits that change it
	dirty bool    // body must be parsed and rendered again
	prev  *before // what others saw of this entry before it was re-read

	linkDiags []Diagnostic // problems with the links of the body
	eval      *evaluation  // what the guide's data files gave (survey results, measured values)
	quizDiags []Diagnostic // problems with the self-check questions of the body
	questions int          // number of self-check questions

	html     template.HTML
	renders  uint64 // times the body was rendered: a view's body is current when its count is
	links    []render.Link
	states   []linkState // how each link rendered when html was rendered
	ids      map[string]bool
	toc      []render.Heading
	bodySize int // bytes of the Markdown body, for markdown.large
	blocks   []render.Block
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

// scan brings s.entries in line with the files under content/ after
// changes: new and modified files (and those changed) are read and
// parsed; entries of vanished files are dropped. When every change under
// content/ is to a content file and full is false, only those files are
// looked at, as the changes say (a removed file is not looked at; a
// written one is read at once); otherwise the whole tree is walked. It
// returns the paths that changed and those removed.
func (s *Site) scan(changes []Change, full bool) (changed, removed []string, diags []Diagnostic) {
	root := filepath.Join(s.opts.Dir, sources.ContentDir)
	if !full {
		if todo, gone, ok := s.scanChanges(changes); ok {
			changed, removed = s.apply(root, todo, gone)
			return changed, removed, nil
		}
	}
	force := map[string]bool{}
	for _, c := range changes {
		force[c.Path] = true
	}
	seen := map[string]bool{}
	var todo []*entry
	sources.Walk(os.DirFS(root), ".", sources.Skipped, func(p string, info fs.FileInfo, err error) error {
		switch {
		case err != nil:
			diags = append(diags, Diagnostic{File: path.Join(sources.ContentDir, p), Msg: message.Of(err)})
			return nil
		case info.IsDir() || !sources.Markdown(p):
			return nil
		}
		seen[p] = true
		e := s.entries[p]
		if e != nil && e.size == info.Size() && e.mod.Equal(info.ModTime()) && !force["content/"+p] {
			return nil
		}
		if e == nil {
			e = &entry{path: p}
		}
		todo = append(todo, e)
		return nil
	})
	var gone []string
	for p := range s.entries {
		if !seen[p] {
			gone = append(gone, p)
		}
	}
	changed, removed = s.apply(root, todo, gone)
	return changed, removed, diags
}

// scanChanges takes the changes under content/ as they say: a removed
// file's entry goes, a written file is to be read. ok is false when a
// change under content/ is not to a content file (a folder, a file that
// is not Markdown), so the tree must be walked.
func (s *Site) scanChanges(changes []Change) (todo []*entry, gone []string, ok bool) {
	for _, c := range changes {
		p, in := strings.CutPrefix(c.Path, "content/")
		switch {
		case !in:
			continue
		case !sources.Content(p):
			return nil, nil, false
		case c.Op == Removed:
			if s.entries[p] != nil {
				gone = append(gone, p)
			}
			continue
		}
		e := s.entries[p]
		if e == nil {
			e = &entry{path: p}
		}
		todo = append(todo, e)
	}
	return todo, gone, true
}

// apply drops the entries of gone and re-reads those of todo; an entry
// whose file is gone by now is dropped too. It returns the paths read and
// the paths dropped.
func (s *Site) apply(root string, todo []*entry, gone []string) (changed, removed []string) {
	for _, p := range gone {
		delete(s.entries, p)
	}
	removed = gone
	prev := make([]*before, len(todo))
	for i, e := range todo {
		if e.page != nil {
			prev[i] = &before{front: e.front, links: e.links, ids: e.ids}
		}
	}
	missing := s.parseFiles(root, todo)
	for i, e := range todo {
		if missing[i] {
			if s.entries[e.path] != nil {
				delete(s.entries, e.path)
				removed = append(removed, e.path)
			}
			continue
		}
		if e.kept {
			continue // its last good page stays: nothing changed for the others
		}
		e.prev = prev[i]
		s.entries[e.path] = e
		changed = append(changed, e.path)
	}
	return changed, removed
}

// parseFiles reads and parses the files of todo on all cores, taking
// each entry's size and modification time from the file it read.
// missing[i] reports that todo[i]'s file is gone (or is a folder now):
// its entry is left as it was.
func (s *Site) parseFiles(root string, todo []*entry) (missing []bool) {
	cfg := s.contentConfig()
	missing = make([]bool, len(todo))
	parallel(len(todo), func(i int) {
		e := todo[i]
		src, info, err := readFile(filepath.Join(root, filepath.FromSlash(e.path)))
		switch {
		case errors.Is(err, fs.ErrNotExist) || err == nil && info.IsDir():
			missing[i] = true
			return
		case err != nil:
			e.page, e.diags = content.Parse(e.path, nil, cfg)
			e.diags = append(e.diags, Diagnostic{File: "content/" + e.path, Msg: message.Of(err)})
		default:
			e.size, e.mod = info.Size(), info.ModTime()
			page, diags := content.Parse(e.path, src, cfg)
			if len(src) == 0 && s.opts.KeepLastGood && e.page != nil && (e.kept || e.diags.Errors() == 0) {
				// An editor truncating the file to write it anew.
				diags = content.Diagnostics{{File: page.File, Msg: message.New(message.EmptyKept), Warning: true}}
				e.diags, e.kept = diags, true
				return
			}
			if s.keepsLastGood(e, diags) {
				e.diags, e.kept = diags, true
				return
			}
			e.page, e.diags = page, diags
		}
		e.kept = false
		e.front = frontOf(e.page)
		e.dirty = true
	})
	return missing
}

// keepsLastGood reports whether e keeps its page although its file, read
// again, gave diags (Options.KeepLastGood): the errors are the file's,
// and the page, made from a version without them, is the last good one.
// Its rendered body stays as it is; should it have to be rendered again
// (a page it links to lost a heading) after a server let its source go
// (dropSources), the body is read from the file as it is now.
func (s *Site) keepsLastGood(e *entry, diags content.Diagnostics) bool {
	return s.opts.KeepLastGood && diags.Errors() > 0 && e.page != nil && (e.kept || e.diags.Errors() == 0)
}

// readFile reads a file and returns its state when read (through links),
// from the one open file: no second look at the path.
func readFile(name string) ([]byte, fs.FileInfo, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || info.IsDir() {
		return nil, info, err
	}
	src := make([]byte, 0, info.Size()+1)
	for {
		n, err := f.Read(src[len(src):cap(src)])
		src = src[:len(src)+n]
		if err == io.EOF {
			return src, info, nil
		}
		if err != nil {
			return nil, info, err
		}
		if len(src) == cap(src) {
			src = append(src, 0)[:len(src)] // grew while reading
		}
	}
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
	src, err := os.ReadFile(s.contentFile(e))
	if err != nil {
		return nil, nil
	}
	_, _, body, _, _ = content.SplitFrontMatter(src)
	return src, body
}

// contentFile is the file of e on disk.
func (s *Site) contentFile(e *entry) string {
	return filepath.Join(s.opts.Dir, "content", filepath.FromSlash(e.path))
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
