package indonesian

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ParseError is a syntax error in a roots file, located by line and column
// (both 1-based; the column counts runes).
type ParseError struct {
	File string // name of the file, when the reader has a Name method
	Line int
	Col  int
	Msg  string
}

// Error formats e as "file:line:col: msg", or "line L, column C: msg" when
// the file name is unknown.
func (e *ParseError) Error() string {
	if e.File != "" {
		return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Col, e.Msg)
}

// ParseSiteFile reads a site's own roots file: one root word per line,
// "word => root" for an exception, and "#" starting a comment that runs to
// the end of the line. Blank lines are ignored. Words must be lower case
// and contain no spaces. An exception must not be given twice with
// different roots. Errors are *ParseError values naming the line; if r
// has a Name() string method (as *os.File does) they name the file too.
func ParseSiteFile(r io.Reader) (roots []string, exceptions map[string]string, err error) {
	p := siteParser{exceptions: map[string]string{}, seen: map[string]int{}}
	if n, ok := r.(interface{ Name() string }); ok {
		p.file = n.Name()
	}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		p.line++
		if err := p.parseLine(sc.Text()); err != nil {
			return nil, nil, err
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("line %d: %w", p.line+1, err)
	}
	return p.roots, p.exceptions, nil
}

type siteParser struct {
	file       string
	line       int
	roots      []string
	exceptions map[string]string
	seen       map[string]int // exception word -> line it was defined on
}

func (p *siteParser) errorf(col int, format string, args ...any) error {
	return &ParseError{File: p.file, Line: p.line, Col: col, Msg: fmt.Sprintf(format, args...)}
}

func (p *siteParser) parseLine(text string) error {
	if !utf8.ValidString(text) {
		return p.errorf(1, "invalid UTF-8")
	}
	if i := strings.IndexByte(text, '#'); i >= 0 {
		text = text[:i]
	}
	word, root, isException := strings.Cut(text, "=>")
	if !isException {
		w, col := trimmed(text, 0)
		if w == "" {
			return nil
		}
		if err := p.checkWord(w, col); err != nil {
			return err
		}
		p.roots = append(p.roots, w)
		return nil
	}
	w, wcol := trimmed(word, 0)
	rt, rcol := trimmed(root, utf8.RuneCountInString(word)+2)
	if w == "" {
		return p.errorf(wcol, "missing word before \"=>\"")
	}
	if rt == "" {
		return p.errorf(rcol, "missing root after \"=>\"")
	}
	if err := p.checkWord(w, wcol); err != nil {
		return err
	}
	if err := p.checkWord(rt, rcol); err != nil {
		return err
	}
	if prev, ok := p.exceptions[w]; ok && prev != rt {
		return p.errorf(wcol, "%q => %q contradicts %q => %q on line %d", w, rt, w, prev, p.seen[w])
	}
	p.exceptions[w] = rt
	p.seen[w] = p.line
	return nil
}

// trimmed returns s without surrounding spaces and the 1-based rune column
// where the result starts, given that s starts after offset runes.
func trimmed(s string, offset int) (string, int) {
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	col := offset + utf8.RuneCountInString(s[:len(s)-len(t)]) + 1
	return strings.TrimRightFunc(t, unicode.IsSpace), col
}

// checkWord reports whether w, starting at column col, is one lower-case
// word.
func (p *siteParser) checkWord(w string, col int) error {
	for i, r := range w {
		c := col + utf8.RuneCountInString(w[:i])
		switch {
		case unicode.IsSpace(r):
			return p.errorf(c, "%q is more than one word", w)
		case unicode.IsUpper(r):
			return p.errorf(c, "%q has upper case; write it in lower case", w)
		case r == '=' || r == '>':
			return p.errorf(c, "stray %q in %q; write an exception as \"word => root\"", r, w)
		}
	}
	return nil
}
