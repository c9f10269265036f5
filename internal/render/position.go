package render

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// lineIndex holds the byte offset at which each line of a source starts.
type lineIndex []int

func newLineIndex(src []byte) lineIndex {
	starts := make(lineIndex, 1, 1+len(src)/40)
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			return starts
		}
		i += j + 1
		starts = append(starts, i)
	}
}

// line returns the 1-based line of byte offset off; a negative offset
// (position unknown) gives 0.
func (l lineIndex) line(off int) int {
	if off < 0 {
		return 0
	}
	return sort.Search(len(l), func(i int) bool { return l[i] > off })
}

// position returns the 1-based line and rune column of byte offset off in
// src; a negative offset gives 0, 0.
func (l lineIndex) position(src []byte, off int) (line, col int) {
	line = l.line(off)
	if line == 0 {
		return 0, 0
	}
	off = min(off, len(src))
	return line, 1 + utf8.RuneCount(src[l[line-1]:off])
}
