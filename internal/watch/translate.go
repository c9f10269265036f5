package watch

import (
	"errors"
	"io/fs"
	"os"

	"github.com/fsnotify/fsnotify"
)

// translate turns one fsnotify event into file events, keeping the tree's
// picture of known files and watched folders up to date.
func (w *Watcher) translate(ev fsnotify.Event) []Event {
	rel, ok := w.tree.rel(ev.Name)
	if !ok || w.opts.Ignore(rel) {
		return nil
	}
	switch {
	case ev.Has(fsnotify.Remove):
		return w.gone(rel, Remove)
	case ev.Has(fsnotify.Rename):
		return w.gone(rel, Rename)
	case ev.Has(fsnotify.Create):
		return w.created(rel)
	case ev.Has(fsnotify.Write):
		return w.written(rel)
	}
	return nil // Chmod: touch, permission changes; nothing to rebuild
}

// gone handles a path that was removed or moved away.
func (w *Watcher) gone(rel string, op Op) []Event {
	if w.tree.dirs[rel] {
		evs, dirs := w.tree.forgetDir(rel, op)
		if w.fsw != nil {
			for _, d := range dirs {
				_ = w.fsw.Remove(w.tree.abs(d)) // already gone with the folder
			}
		}
		return evs
	}
	delete(w.tree.files, rel)
	return []Event{{Path: rel, Op: op}}
}

// created handles a new file, or a new folder: it is watched and every file
// inside is reported, since files may have landed before the watch was set
// (watchScan).
func (w *Watcher) created(rel string) []Event {
	info, err := os.Stat(w.tree.abs(rel)) // a link to a folder is a folder
	if err != nil {
		return nil // already gone again: a short-lived temp file
	}
	if !info.IsDir() {
		// An editor's atomic save renames a new file over a known one: that
		// is a Write of the known file, not a Create (a Create followed by a
		// Remove in one batch cancels out, which must not hide a removal).
		op := Create
		if _, known := w.tree.files[rel]; known {
			op = Write
		}
		w.tree.files[rel] = stateOf(info)
		return []Event{{Path: rel, Op: op}}
	}
	files := w.watchScan(rel)
	var evs []Event
	for p, s := range files {
		w.tree.files[p] = s
		evs = append(evs, Event{Path: p, Op: Create})
	}
	return evs
}

// watchScan watches the new folder rel and every folder below it, and
// returns the files inside. A file may land between a scan and the
// watch on its folder, and would then be reported by neither: so each
// scan that found a folder not watched yet is followed by another once
// that folder is watched, and the files of the last scan are returned.
func (w *Watcher) watchScan(rel string) map[string]fileState {
	for {
		files, dirs, err := w.tree.scan(rel)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			w.report(err)
		}
		if w.opts.afterScan != nil {
			w.opts.afterScan(rel)
		}
		added := false
		for _, d := range dirs {
			if w.tree.dirs[d] {
				continue
			}
			w.tree.dirs[d], added = true, true
			if w.fsw != nil {
				if err := w.fsw.Add(w.tree.abs(d)); err != nil && !errors.Is(err, fs.ErrNotExist) {
					w.fallBack(err)
				}
			}
		}
		if !added || w.fsw == nil {
			return files
		}
	}
}

// written handles new content in a file.
func (w *Watcher) written(rel string) []Event {
	info, err := os.Stat(w.tree.abs(rel))
	if err != nil || info.IsDir() {
		return nil
	}
	w.tree.files[rel] = stateOf(info)
	return []Event{{Path: rel, Op: Write}}
}
