package content

import (
	"io/fs"
	"runtime"
	"slices"
	"sync"

	"github.com/tubei/pustaka/internal/message"
	"github.com/tubei/pustaka/internal/sources"
)

// Load parses every content file of fsys (sources.Content: Markdown,
// *.md and *.markdown, without hidden names or editors' scratch files),
// walked as a build walks content/ (sources.Walk). Files are parsed in
// parallel by runtime.GOMAXPROCS(0) workers. Pages come back sorted by
// Path and diagnostics by position; a file that cannot be read gives an
// error diagnostic and no page.
func Load(fsys fs.FS, cfg Config) ([]*Page, Diagnostics) {
	names, diags := markdownFiles(fsys, cfg)
	pages := make([]*Page, len(names))
	perFile := make([]Diagnostics, len(names))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(len(names), 1)) {
		wg.Go(func() {
			for i := range jobs {
				pages[i], perFile[i] = load(fsys, names[i], cfg)
			}
		})
	}
	for i := range names {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	out := pages[:0]
	for i, p := range pages {
		diags = append(diags, perFile[i]...)
		if p != nil {
			out = append(out, p)
		}
	}
	diags.Sort()
	return out, diags
}

// load reads and parses one file.
func load(fsys fs.FS, name string, cfg Config) (*Page, Diagnostics) {
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, Diagnostics{{File: cfg.prefix() + name, Msg: readError(err)}}
	}
	return Parse(name, src, cfg)
}

// markdownFiles lists the content files of fsys (sources.Content) sorted
// by path, walking it as a site's build does (sources.Walk: through
// symbolic links on os.DirFS).
func markdownFiles(fsys fs.FS, cfg Config) ([]string, Diagnostics) {
	var names []string
	var diags Diagnostics
	sources.Walk(fsys, ".", sources.Skipped, func(name string, info fs.FileInfo, err error) error {
		switch {
		case err != nil:
			diags = append(diags, Diagnostic{File: cfg.prefix() + name, Msg: readError(err)})
		case !info.IsDir() && sources.Markdown(name):
			names = append(names, name)
		}
		return nil
	})
	slices.Sort(names) // a walk puts "a/b.md" before "a.md"
	return names, diags
}

// readError phrases an I/O error without repeating the path.
func readError(err error) message.Text {
	if pe, ok := err.(*fs.PathError); ok {
		err = pe.Err
	}
	return message.New(message.ReadFail, err.Error())
}
