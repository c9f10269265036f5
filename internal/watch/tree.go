package watch

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/tubei/pustaka/internal/sources"
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
	fsys   fs.FS  // os.DirFS(root)
	ignore func(rel string) bool
	files  map[string]fileState // rel file path -> last seen state
	dirs   map[string]bool      // rel folder paths, "" for the root
}

func newTree(root string, ignore func(string) bool) *tree {
	return &tree{root: root, fsys: os.DirFS(root), ignore: ignore, files: map[string]fileState{}, dirs: map[string]bool{}}
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
// returns the files and folders found, as sources.Walk finds them (through
// symbolic links; a link to a folder on the way down is not entered again,
// a dangling link is skipped). A folder that vanished is no error.
func (t *tree) scan(rel string) (files map[string]fileState, dirs []string, err error) {
	files = map[string]fileState{}
	err = sources.Walk(t.fsys, cmp.Or(rel, "."), t.ignore, func(p string, info fs.FileInfo, err error) error {
		switch {
		case err != nil && errors.Is(err, fs.ErrNotExist) && rel != "" && p == rel:
			return nil // gone already
		case err != nil:
			return err
		case info.IsDir() && p == ".":
			dirs = append(dirs, "")
		case info.IsDir():
			dirs = append(dirs, p)
		default:
			files[p] = stateOf(info)
		}
		return nil
	})
	return files, dirs, err
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
