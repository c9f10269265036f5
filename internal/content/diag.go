package content

import (
	"fmt"
	"sort"
	"strconv"
)

// Diagnostic is one problem found in a content file, at a 1-based line and
// column of that file. Line or Col is 0 when the position is unknown.
type Diagnostic struct {
	File    string // display path, Config.Prefix + path
	Line    int
	Col     int
	Msg     string
	Warning bool // true for warnings; false for errors
}

// Error formats d as "file:line:col: msg", or "file:line:col: warning: msg"
// for a warning; unknown positions are left out.
func (d Diagnostic) Error() string {
	pos := d.File
	if d.Line > 0 {
		pos += ":" + strconv.Itoa(d.Line)
		if d.Col > 0 {
			pos += ":" + strconv.Itoa(d.Col)
		}
	}
	if d.Warning {
		return fmt.Sprintf("%s: warning: %s", pos, d.Msg)
	}
	return pos + ": " + d.Msg
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

// Sort sorts ds by file, line and column, keeping the order of
// diagnostics at the same position.
func (ds Diagnostics) Sort() { sort.Stable(ds) }

var (
	_ error          = Diagnostic{}
	_ sort.Interface = Diagnostics(nil)
	_ error          = (*FrontMatterError)(nil)
)
