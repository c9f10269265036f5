package sources

import (
	"path"
	"slices"
	"strings"
)

// noiseDirs are folders, at any depth, whose contents are never sources:
// version control, Pustaka's own state, npm packages.
var noiseDirs = [...]string{".git", ".pustaka", "node_modules"}

// OutputDir is the build output folder at the top of the site folder.
const OutputDir = "public"

// ContentDir is the folder of content files at the top of the site folder.
const ContentDir = "content"

// sourceDirs are the top folders whose files a rebuild reads.
var sourceDirs = [...]string{ContentDir, "themes", "layouts", "static", "data"}

// Noise reports whether rel (relative to the site folder) is never a
// source: an editor's swap, backup, lock or temporary file, anything
// under .git/, .pustaka/ or node_modules/ (at any depth), or the build
// output public/ (at the top).
//
// Temporary files of atomic saves (x.md.tmp, .goutputstream-*,
// jb_tmp___*) are noise, but the rename that puts the new content in
// place is a change of the real name, so no save is lost.
func Noise(rel string) bool {
	rel = strings.TrimPrefix(path.Clean("/"+rel), "/")
	first, _, _ := strings.Cut(rel, "/")
	if first == OutputDir {
		return true
	}
	for seg := range strings.SplitSeq(rel, "/") {
		if slices.Contains(noiseDirs[:], seg) {
			return true
		}
	}
	return scratch(path.Base(rel))
}

// scratch reports whether a base name is an editor's scratch file.
func scratch(name string) bool {
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

// hidden reports whether a name on rel starts with ".".
func hidden(rel string) bool {
	for seg := range strings.SplitSeq(rel, "/") {
		if strings.HasPrefix(seg, ".") && seg != "." {
			return true
		}
	}
	return false
}

// MarkdownExts are the extensions of Markdown files, in the order a link
// or a name without one tries them. MDX files (Docusaurus and other React
// generators) are Markdown with imports and components: they are read as
// Markdown (see package render).
var MarkdownExts = [...]string{".md", ".markdown", ".mdx"}

// Markdown reports whether name is a Markdown file by its extension
// (MarkdownExts; any letter case).
func Markdown(name string) bool {
	return slices.Contains(MarkdownExts[:], strings.ToLower(path.Ext(name)))
}

// TrimMarkdown removes a Markdown extension from name, if it has one.
func TrimMarkdown(name string) string {
	if Markdown(name) {
		return name[:len(name)-len(path.Ext(name))]
	}
	return name
}

// Skipped reports whether p, relative to content/, is never read there: a
// hidden name on its path, or noise. A walk of content/ does not enter a
// skipped folder.
func Skipped(p string) bool {
	return hidden(p) || Noise(ContentDir+"/"+p)
}

// Content reports whether p, relative to content/, is a content file: a
// Markdown file that is not skipped.
func Content(p string) bool { return Markdown(p) && !Skipped(p) }

// Rules say which paths under a site folder a rebuild reads: the source
// folders and the files named in the site's configuration (the config
// file and the search data files). A Rules is immutable, so the goroutine
// that owns a site can hand it to others (the watcher) while it goes on
// rebuilding.
type Rules struct {
	files []string // the config file first, then the search data files
}

// NewRules returns the rules of a site whose config file is config and
// whose search data files are data, all relative to the site folder
// (slash-separated; "" entries are dropped).
func NewRules(config string, data ...string) *Rules {
	r := &Rules{files: []string{config}}
	for _, d := range data {
		if d != "" {
			r.files = append(r.files, d)
		}
	}
	return r
}

// Data returns the search data files, relative to the site folder.
func (r *Rules) Data() []string { return slices.Clone(r.files[1:]) }

// Ignored reports whether a change to rel (a file or folder, relative to
// the site folder) never affects a build: noise; anything outside the
// source folders that is neither a configured file nor a folder leading
// to one; and within the source folders, hidden names.
func (r *Rules) Ignored(rel string) bool {
	if Noise(rel) {
		return true
	}
	for _, f := range r.files {
		if f == rel || strings.HasPrefix(f, rel+"/") {
			return false // a config or search data file or a folder leading to one, even hidden
		}
	}
	if hidden(rel) {
		// Hidden files are never sources; an editor's hidden temporary
		// file (".x.md.tmp1234" renamed over x.md) would otherwise make
		// a rebuild walk the whole tree.
		return true
	}
	first, _, _ := strings.Cut(rel, "/")
	return !slices.Contains(sourceDirs[:], first)
}
