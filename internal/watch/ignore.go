package watch

import (
	"path"
	"strings"
)

// ignoredDirs are folders, at any depth, whose contents are never reported:
// version control, Pustaka's own state, npm packages.
var ignoredDirs = [...]string{".git", ".pustaka", "node_modules"}

// outputDir is the build output folder at the top of the root.
const outputDir = "public"

// Ignored reports whether a change to rel (slash-separated, relative to the
// watched root) is noise: an editor's swap, backup, lock or temporary file,
// or anything under .git/, .pustaka/ or node_modules/ (at any depth) or
// the build output public/ (at the top of the root).
//
// Temporary files of atomic saves (x.md.tmp, .goutputstream-*, jb_tmp___*)
// are ignored, but the rename that puts the new content in place is seen as
// a Create of the real name, so no save is lost.
func Ignored(rel string) bool {
	rel = strings.TrimPrefix(path.Clean("/"+rel), "/")
	segs := strings.Split(rel, "/")
	if len(segs) > 1 && segs[0] == outputDir || rel == outputDir {
		return true
	}
	for _, seg := range segs {
		for _, d := range ignoredDirs {
			if seg == d {
				return true
			}
		}
	}
	return ignoredName(path.Base(rel))
}

// ignoredName reports whether a base name is an editor's scratch file.
func ignoredName(name string) bool {
	switch {
	case name == "4913", name == ".DS_Store":
		return true // vim's write test file; macOS Finder metadata
	case strings.HasSuffix(name, "~"):
		return true // backups: vim, emacs, gedit
	case strings.HasPrefix(name, ".#"):
		return true // emacs lock file
	case strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"):
		return true // emacs auto-save
	case strings.HasPrefix(name, ".goutputstream-"):
		return true // GTK atomic save temp file
	case strings.HasPrefix(name, "jb_tmp___"), strings.HasPrefix(name, "jb_old___"):
		return true // JetBrains safe write
	case strings.HasPrefix(name, ".~lock."), strings.HasPrefix(name, "~$"):
		return true // LibreOffice and Microsoft Office lock files
	}
	switch path.Ext(name) {
	case ".swp", ".swx", ".swo", ".kate-swp", ".tmp":
		return true // vim and Kate swap files; atomic-save temp files
	}
	return false
}
