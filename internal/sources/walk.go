package sources

import (
	"errors"
	"io/fs"
	"os"
	"path"
)

// Walk calls fn for folder dir of fsys ("." for its root) and for every
// folder and regular file below it for which skip (nil: none) reports
// false, with its slash path relative to fsys and its state through
// links. A folder comes before what it holds, and what a folder holds
// comes in lexical order. For a folder that cannot be read (or a dir that
// is missing), fn gets the error, and a nil info if the folder could not
// even be looked at; a folder or file that vanishes while walking is left
// out. Symbolic links are followed, except to a folder already on the
// way down (see the package documentation). When fn returns an error the
// walk stops and returns it.
func Walk(fsys fs.FS, dir string, skip func(rel string) bool, fn func(rel string, info fs.FileInfo, err error) error) error {
	w := &walker{fsys: fsys, skip: skip, fn: fn}
	for a := dir; a != "."; {
		a = path.Dir(a)
		info, err := fs.Stat(fsys, a)
		if err != nil {
			return fn(dir, nil, err)
		}
		w.above = append(w.above, info)
	}
	info, err := fs.Stat(fsys, dir)
	switch {
	case err != nil:
		return fn(dir, nil, err)
	case !info.IsDir():
		return fn(dir, nil, &fs.PathError{Op: "walk", Path: dir, Err: errNotDir})
	case w.onPath(info):
		return nil // a link to a folder above it
	}
	return w.folder(dir, info)
}

var errNotDir = errors.New("not a folder")

// walker is the state of one Walk: the folders on the way down.
type walker struct {
	fsys  fs.FS
	skip  func(string) bool
	fn    func(string, fs.FileInfo, error) error
	above []fs.FileInfo
}

// folder walks folder rel, whose state is info.
func (w *walker) folder(rel string, info fs.FileInfo) error {
	entries, err := fs.ReadDir(w.fsys, rel)
	if errors.Is(err, fs.ErrNotExist) && rel != "." {
		return nil // vanished while walking
	}
	if err := w.fn(rel, info, err); err != nil {
		return err
	}
	w.above = append(w.above, info)
	defer func() { w.above = w.above[:len(w.above)-1] }()
	for _, e := range entries {
		p := e.Name()
		if rel != "." {
			p = rel + "/" + p
		}
		if w.skip != nil && w.skip(p) {
			continue
		}
		info, err := w.stat(p, e)
		switch {
		case err != nil:
			// vanished while walking, or a dangling link
		case info.IsDir():
			if w.onPath(info) {
				continue
			}
			if err := w.folder(p, info); err != nil {
				return err
			}
		case info.Mode().IsRegular():
			if err := w.fn(p, info, nil); err != nil {
				return err
			}
		}
	}
	return nil
}

// stat returns the state of entry e at p, through a link.
func (w *walker) stat(p string, e fs.DirEntry) (fs.FileInfo, error) {
	if e.Type()&fs.ModeSymlink != 0 {
		return fs.Stat(w.fsys, p)
	}
	return e.Info()
}

// onPath reports whether the folder info is one on the way down.
func (w *walker) onPath(info fs.FileInfo) bool {
	for _, a := range w.above {
		if os.SameFile(a, info) {
			return true
		}
	}
	return false
}
