package site

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/tubei/pustaka/internal/process"
)

// File is one published file of a built site, held in memory.
type File struct {
	Body        []byte // nil when the body is kept compressed (Gzip) or on disk (a Stage)
	Gzip        []byte // the body gzip-compressed, when the site keeps bodies compressed
	ContentType string
	ETag        string // strong validator: quoted hex of a hash of the plain body
	ModTime     time.Time
}

// Bytes returns the plain body, decompressing a compressed one.
func (f *File) Bytes() []byte {
	if f.Body != nil || f.Gzip == nil {
		return f.Body
	}
	zr, err := gzip.NewReader(bytes.NewReader(f.Gzip))
	if err != nil {
		panic("site: corrupt compressed body: " + err.Error()) // we compressed it ourselves
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		panic("site: corrupt compressed body: " + err.Error())
	}
	return b
}

// compressor gzips page bodies, fast: a rebuild compresses what it
// renders, and the server sends these bytes as they are. It recycles its
// writers: each holds about 1 MB of tables, whose allocation and clearing
// cost more than compressing a page. The zero value is ready to use.
type compressor struct{ writers sync.Pool }

// compress returns body gzip-compressed.
func (c *compressor) compress(body []byte) []byte {
	var buf bytes.Buffer
	buf.Grow(len(body)/4 + 64)
	zw, _ := c.writers.Get().(*gzip.Writer)
	if zw == nil {
		zw, _ = gzip.NewWriterLevel(nil, gzip.BestSpeed) // a valid level: no error
	}
	defer c.writers.Put(zw)
	zw.Reset(&buf)
	zw.Write(body) // writes to a bytes.Buffer do not fail
	zw.Close()
	return bytes.Clone(buf.Bytes())
}

// Output is a complete built site: URL path ("/kebijakan/x/index.html",
// "/css/site.css", "/404.html") to file. An Output is immutable once
// published; a rebuild makes a new one sharing unchanged *File values.
type Output struct {
	Files map[string]*File
}

// WriteDir writes the output as the folder dir, all or nothing: files go
// to a fresh sibling folder first, which then replaces dir. On any error
// dir is left as it was. Files of pages that no longer exist disappear
// with the old folder.
func (o *Output) WriteDir(dir string) error {
	st, err := NewStage(dir)
	if err != nil {
		return err
	}
	names := make([]string, 0, len(o.Files))
	for name := range o.Files {
		names = append(names, name)
	}
	errs := make([]error, len(names))
	parallel(len(names), func(i int) {
		errs[i] = st.Write(names[i], o.Files[names[i]].Bytes())
	})
	if err := errors.Join(errs...); err != nil {
		st.Abort()
		return err
	}
	return st.Commit()
}

// A Stage is an output folder being written: files go to a fresh sibling
// of the final folder, which Commit puts in its place and Abort removes.
// Write may be called from many goroutines.
//
// The sibling's name carries the process id (".public.new-p4211-…"): a
// build killed mid-way leaves it behind, and the next NewStage removes
// the staging folders of processes that are gone (Stale says which).
type Stage struct {
	dir, tmp string
	dirs     sync.Map // folders known to exist below tmp
	// Stale lists the staging folders of dead processes that NewStage
	// removed, with their total size in bytes.
	Stale      []string
	StaleBytes int64
}

// NewStage starts writing the output folder dir, after removing the
// staging folders of dir that dead processes left.
func NewStage(dir string) (*Stage, error) {
	dir = filepath.Clean(dir)
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	st := &Stage{dir: dir}
	st.removeStale()
	tmp, err := os.MkdirTemp(parent, fmt.Sprintf("%sp%d-", stagePrefix(dir), os.Getpid()))
	if err != nil {
		return nil, err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	st.tmp = tmp
	return st, nil
}

// stagePrefix begins the name of every staging folder of dir.
func stagePrefix(dir string) string { return "." + filepath.Base(dir) + ".new-" }

// staleAfter is how long a staging folder without a process id (made by
// an older Pustaka) must have been left alone to count as abandoned.
const staleAfter = 10 * time.Minute

// removeStale removes the staging folders (and the ".old" folders a
// Commit was replacing) of processes that no longer run.
func (st *Stage) removeStale() {
	parent, prefix := filepath.Dir(st.dir), stagePrefix(st.dir)
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || !e.IsDir() || !abandoned(rest, e) {
			continue
		}
		p := filepath.Join(parent, e.Name())
		size := treeSize(p)
		if os.RemoveAll(p) == nil {
			st.Stale = append(st.Stale, e.Name())
			st.StaleBytes += size
		}
	}
}

// abandoned reports whether the staging folder whose name ends in rest
// ("p4211-123456", or an older "123456") belongs to no running process.
func abandoned(rest string, e fs.DirEntry) bool {
	if pid, _, ok := strings.Cut(strings.TrimPrefix(rest, "p"), "-"); ok && strings.HasPrefix(rest, "p") {
		n, err := strconv.Atoi(pid)
		return err == nil && n != os.Getpid() && !process.Alive(n)
	}
	fi, err := e.Info()
	return err == nil && time.Since(fi.ModTime()) > staleAfter
}

// treeSize is the total size of the files under dir.
func treeSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

// Write writes one file, named by its URL path ("/x/index.html").
func (st *Stage) Write(name string, body []byte) error {
	p := filepath.Join(st.tmp, filepath.FromSlash(strings.TrimPrefix(name, "/")))
	if err := st.mkdir(filepath.Dir(p)); err != nil {
		return err
	}
	return os.WriteFile(p, body, 0o644)
}

// mkdir makes the folder dir and any missing parents. Every page has a
// folder of its own, whose parents are mostly there already: one mkdir
// call makes it, where os.MkdirAll would first look at it and its parent.
// Folders made are remembered, for the other files they hold.
func (st *Stage) mkdir(dir string) error {
	if _, ok := st.dirs.Load(dir); ok {
		return nil
	}
	err := os.Mkdir(dir, 0o755)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		err = os.MkdirAll(dir, 0o755)
	case errors.Is(err, fs.ErrExist):
		err = os.MkdirAll(dir, 0o755) // a folder made by another writer, or a file in the way
	}
	if err == nil {
		st.dirs.Store(dir, true)
	}
	return err
}

// Remove removes one file written before.
func (st *Stage) Remove(name string) error {
	return os.Remove(filepath.Join(st.tmp, filepath.FromSlash(strings.TrimPrefix(name, "/"))))
}

// Commit replaces the output folder with the files written.
func (st *Stage) Commit() error {
	old := ""
	if _, err := os.Stat(st.dir); err == nil {
		old = st.tmp + ".old"
		if err := os.Rename(st.dir, old); err != nil {
			st.Abort()
			return err
		}
	}
	if err := os.Rename(st.tmp, st.dir); err != nil {
		if old != "" {
			os.Rename(old, st.dir)
		}
		st.Abort()
		return err
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// Abort removes the files written; the output folder stays as it was.
func (st *Stage) Abort() { os.RemoveAll(st.tmp) }

// Handler serves the files from memory as a static host would: a path
// ending in "/" is its index.html. For previews of a built site (pustaka
// pdf, browser tests); pustaka serve has its own server.
func (o *Output) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := r.URL.Path
		if strings.HasSuffix(name, "/") {
			name += "index.html"
		}
		f := o.Files[name]
		if f == nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", f.ContentType)
		w.Write(f.Bytes())
	})
}
