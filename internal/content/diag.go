package content

import (
	"sort"
	"strconv"

	"github.com/tubei/pustaka/internal/message"
)

// Diagnostic is one problem found in a content file, at a 1-based line and
// column of that file. Line or Col is 0 when the position is unknown.
type Diagnostic struct {
	File    string // display path, Config.Prefix + path
	Line    int
	Col     int
	Msg     message.Text // what is wrong, worded at the edge in the reader's language
	Warning bool         // true for warnings; false for errors
	Kind    Kind         // what sort of problem, for counting and grouping; "" is KindOther
}

// Kind names a sort of problem. A migration report groups by it, the
// build summary counts broken links apart, and strictness (Strict)
// decides the severity of broken links by it.
type Kind string

// The kinds of problems.
const (
	KindOther   Kind = ""        // anything not listed below
	KindLink    Kind = "link"    // a Markdown link to a document that does not exist
	KindAnchor  Kind = "anchor"  // a link to a heading that does not exist
	KindKey     Kind = "key"     // a front-matter key Pustaka does not know or does not apply
	KindValue   Kind = "value"   // a value Pustaka cannot read (type, status, date ...)
	KindYAML    Kind = "yaml"    // front matter that is not YAML, or not a map
	KindRef     Kind = "ref"     // related, prerequisites or supersedes naming no page
	KindLayout  Kind = "layout"  // a layout that fails for a page
	KindSetting Kind = "setting" // config.yaml, the theme or the history store
)

// Broken reports whether d is a broken link or anchor.
func (d Diagnostic) Broken() bool { return d.Kind == KindLink || d.Kind == KindAnchor }

// KindName returns d's kind, "other" for KindOther.
func (d Diagnostic) KindName() string {
	if d.Kind == KindOther {
		return "other"
	}
	return string(d.Kind)
}

// Error formats d in English (In).
func (d Diagnostic) Error() string { return d.In(message.EN) }

// In formats d in language l as "file:line:col: msg", or
// "file:line:col: warning: msg" for a warning ("peringatan" in
// Indonesian); unknown positions are left out.
func (d Diagnostic) In(l message.Lang) string {
	return d.Pos() + ": " + d.Text().In(l)
}

// Text is the message of d, with the warning prefix of a warning.
func (d Diagnostic) Text() message.Text {
	if d.Warning {
		return message.New(message.Warning, d.Msg)
	}
	return d.Msg
}

// Pos formats the position of d as "file:line:col", leaving out a line
// or column that is unknown.
func (d Diagnostic) Pos() string {
	pos := d.File
	if d.Line > 0 {
		pos += ":" + strconv.Itoa(d.Line)
		if d.Col > 0 {
			pos += ":" + strconv.Itoa(d.Col)
		}
	}
	return pos
}

// Diagnostics is a list of diagnostics. It implements sort.Interface,
// ordering by file, line and column.
type Diagnostics []Diagnostic

// Len returns the number of diagnostics.
func (ds Diagnostics) Len() int { return len(ds) }

// Less orders diagnostics by file, then line, then column.
func (ds Diagnostics) Less(i, j int) bool {
	a, b := ds[i], ds[j]
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	return a.Col < b.Col
}

// Swap swaps two diagnostics.
func (ds Diagnostics) Swap(i, j int) { ds[i], ds[j] = ds[j], ds[i] }

// Errors returns the number of diagnostics that are errors.
func (ds Diagnostics) Errors() int {
	n := 0
	for _, d := range ds {
		if !d.Warning {
			n++
		}
	}
	return n
}

// Warnings returns the number of diagnostics that are warnings.
func (ds Diagnostics) Warnings() int { return len(ds) - ds.Errors() }

// Count returns the number of broken links and anchors (Broken), of other
// warnings and of other errors.
func (ds Diagnostics) Count() (broken, warnings, errors int) {
	for _, d := range ds {
		switch {
		case d.Broken():
			broken++
		case d.Warning:
			warnings++
		default:
			errors++
		}
	}
	return broken, warnings, errors
}

// Strict makes the broken links and anchors of ds errors, in place: what
// `pustaka check`, `build --strict` and `strict: true` ask for. Without
// it they are warnings: the page is still built, with the link marked.
func (ds Diagnostics) Strict() {
	for i := range ds {
		if ds[i].Broken() {
			ds[i].Warning = false
		}
	}
}

// Sort sorts ds by file, line and column, keeping the order of
// diagnostics at the same position.
func (ds Diagnostics) Sort() { sort.Stable(ds) }

var (
	_ error          = Diagnostic{}
	_ sort.Interface = Diagnostics(nil)
	_ error          = (*FrontMatterError)(nil)
)
