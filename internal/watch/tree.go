package watch

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"
)

// fileState is what polling compares to decide that a file changed.
type fileState struct {
	size  int64
	mtime time.Time
	mode  fs.FileMode
}

func stateOf(info fs.FileInfo) fileState {
	return fileState{size: info.Size(), mtime: info.ModTime(), mode: info.Mode()}
}

// tree is the watcher's picture of the files and folders below the root.
type tree struct {
	root   string // absolute, OS-specific
	ignore func(rel string) bool
	files  map[string]fileState // rel file path -> last seen state
	dirs   map[string]bool      // rel folder paths, "" for the root
}

func newTree(root string, ignore func(string) bool) *tree {
	return &tree{root: root, ignore: ignore, files: map[string]fileState{}, dirs: map[string]bool{}}
}

// abs turns a relative slash path into an OS path below the root.
func (t *tree) abs(rel string) string { return filepath.Join(t.root, filepath.FromSlash(rel)) }

// rel turns an OS path below the root into a relative slash path; ok is false
// for the root itself and for paths outside it.
func (t *tree) rel(name string) (string, bool) {
	r, err := filepath.Rel(t.root, name)
	if err != nil || r == "." || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(r), true
}

// scan walks the folder rel (recursively, skipping ignored paths) and
// returns the files and folders found. Symbolic links are followed: a
// link to a folder is a folder at the link's path (content/ may live on
// a shared drive), a link to a file is a file with the target's state;
// a folder already on the way down (a link to an ancestor) is not
// entered again, and a dangling link is skipped.
func (t *tree) scan(rel string) (files map[string]fileState, dirs []string, err error) {
	files = map[string]fileState{}
	above := map[string]bool{} // real paths of the folders above rel
	for a := rel; a != ""; {
		a = parent(a)
		real, err := filepath.EvalSymlinks(t.abs(a))
		if err != nil {
			return files, nil, err
		}
		above[real] = true
	}
	real, err := filepath.EvalSymlinks(t.abs(rel))
	if err != nil || above[real] {
		return files, nil, err // gone, or a link to a folder above it
	}
	above[real] = true
	err = t.walk(rel, above, files, &dirs)
	return files, dirs, err
}

// parent returns the folder holding rel ("" for the root).
func parent(rel string) string {
	i := strings.LastIndex(rel, "/")
	if i < 0 {
		return ""
	}
	return rel[:i]
}

// walk adds folder rel, whose real path is on the path down (above),
// and what it holds.
func (t *tree) walk(rel string, above map[string]bool, files map[string]fileState, dirs *[]string) error {
	*dirs = append(*dirs, rel)
	entries, err := os.ReadDir(t.abs(rel))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil // vanished while walking
		}
		return err
	}
	for _, e := range entries {
		r := e.Name()
		if rel != "" {
			r = rel + "/" + r
		}
		if t.ignore(r) {
			continue
		}
		info, err := os.Stat(t.abs(r)) // follows links
		switch {
		case err != nil:
			continue // vanished while walking, or a dangling link
		case info.IsDir():
			real, err := filepath.EvalSymlinks(t.abs(r))
			if err != nil || above[real] {
				continue
			}
			above[real] = true
			err = t.walk(r, above, files, dirs)
			delete(above, real)
			if err != nil {
				return err
			}
		case info.Mode().IsRegular():
			files[r] = stateOf(info)
		}
	}
	return nil
}

// under returns the known files below folder rel, sorted.
func (t *tree) under(rel string) []string {
	var out []string
	for p := range t.files {
		if strings.HasPrefix(p, rel+"/") {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// forgetDir drops folder rel and everything below it, returning the events
// for the files it held and the folders that were dropped.
func (t *tree) forgetDir(rel string, op Op) (evs []Event, dirs []string) {
	for _, p := range t.under(rel) {
		delete(t.files, p)
		evs = append(evs, Event{Path: p, Op: op})
	}
	for d := range t.dirs {
		if d == rel || strings.HasPrefix(d, rel+"/") {
			delete(t.dirs, d)
			dirs = append(dirs, d)
		}
	}
	return evs, dirs
}

// diff compares two snapshots and returns the changes from old to cur,
// sorted by path.
func diff(old, cur map[string]fileState) []Event {
	var evs []Event
	for p, s := range cur {
		prev, ok := old[p]
		switch {
		case !ok:
			evs = append(evs, Event{Path: p, Op: Create})
		case prev != s:
			evs = append(evs, Event{Path: p, Op: Write})
		}
	}
	for p := range old {
		if _, ok := cur[p]; !ok {
			evs = append(evs, Event{Path: p, Op: Remove})
		}
	}
	sort.Slice(evs, func(i, j int) bool { return evs[i].Path < evs[j].Path })
	return evs
}

// fallbackReason explains in plain words why fsnotify cannot be used.
func fallbackReason(err error) string {
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return "inotify watch limit reached (fs.inotify.max_user_watches)"
	case errors.Is(err, syscall.EMFILE):
		return "inotify instance limit reached (fs.inotify.max_user_instances)"
	default:
		return fmt.Sprintf("file system notifications unavailable (%v)", err)
	}
}
