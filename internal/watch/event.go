package watch

import "strings"

// Op is the kind of change an Event reports. Values are bit flags so that
// String can describe a combination, but a delivered Event carries one.
type Op uint8

// The kinds of change.
const (
	Create Op = 1 << iota
	Write
	Remove
	Rename
)

// String returns the op's names joined by "|", e.g. "CREATE" or "WRITE|REMOVE".
func (o Op) String() string {
	var names []string
	for _, n := range []struct {
		op   Op
		name string
	}{{Create, "CREATE"}, {Write, "WRITE"}, {Remove, "REMOVE"}, {Rename, "RENAME"}} {
		if o&n.op != 0 {
			names = append(names, n.name)
		}
	}
	if len(names) == 0 {
		return "NONE"
	}
	return strings.Join(names, "|")
}

// Event is one change to a file below the watched root. Path is
// slash-separated and relative to the root.
type Event struct {
	Path string
	Op   Op
}

// String formats the event as "CREATE kebijakan/x.md".
func (e Event) String() string { return e.Op.String() + " " + e.Path }

// gone reports whether op means the path no longer holds the file.
func gone(op Op) bool { return op&(Remove|Rename) != 0 }

// merge coalesces the pending op for a path with a newer one. ok is false
// when the two cancel out (a file created and removed within one batch).
func merge(prev, next Op) (op Op, ok bool) {
	switch {
	case prev == 0:
		return next, true
	case gone(next):
		if prev == Create {
			return 0, false
		}
		return next, true
	case gone(prev):
		// Removed, then back: the file was replaced.
		return Write, true
	case prev == Create:
		return Create, true
	default:
		return next, true
	}
}
