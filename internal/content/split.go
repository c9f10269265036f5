package content

import (
	"bytes"
	"fmt"

	"github.com/tubei/pustaka/internal/message"
)

var bom = []byte("\xEF\xBB\xBF")

// FrontMatterError reports a malformed front matter fence at a 1-based
// line of the file.
type FrontMatterError struct {
	Line int
	Msg  message.Text
}

// Error returns "line N: msg", in English.
func (e *FrontMatterError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// SplitFrontMatter splits src into YAML front matter and Markdown body.
//
// Front matter is present when the first line (after an optional UTF-8
// byte order mark) is a fence, "---" with optional trailing blanks; it
// ends at the next fence line. Lines may end in "\n" or "\r\n". front is
// the text between the two fence lines (non-nil, possibly empty) and
// frontLine is the file line of its first line (always 2). body is
// everything after the closing fence line and bodyLine its first line.
//
// Without front matter, front is nil, frontLine 0, body is src without
// the byte order mark and bodyLine 1. An opening fence without a closing
// one is a *FrontMatterError naming line 1. front and body share memory
// with src.
func SplitFrontMatter(src []byte) (front []byte, frontLine int, body []byte, bodyLine int, err error) {
	src = bytes.TrimPrefix(src, bom)
	first, rest, ok := cutLine(src)
	if !isFence(first) {
		return nil, 0, src, 1, nil
	}
	if !ok {
		return nil, 0, src, 1, errUnclosed()
	}
	start := len(src) - len(rest)
	off, line := start, 2
	for {
		l, tail, found := cutLine(src[off:])
		if isFence(l) {
			if found {
				line++
			}
			return src[start:off:off], 2, src[len(src)-len(tail):], line, nil
		}
		if !found {
			break
		}
		off = len(src) - len(tail)
		line++
	}
	return nil, 0, src, 1, errUnclosed()
}

func errUnclosed() error {
	return &FrontMatterError{Line: 1, Msg: message.New(message.FenceUnclosed)}
}

// cutLine returns the first line of b without its "\n", the rest after
// it, and whether a "\n" was found.
func cutLine(b []byte) (line, rest []byte, found bool) {
	i := bytes.IndexByte(b, '\n')
	if i < 0 {
		return b, b[len(b):], false
	}
	return b[:i], b[i+1:], true
}

// isFence reports whether line (without "\n") is a "---" fence.
func isFence(line []byte) bool {
	return string(bytes.TrimRight(line, " \t\r")) == "---"
}
