package content

import (
	"bytes"
	"path"
	"regexp"
	"strings"
)

// MDX is Markdown with JavaScript in it (Docusaurus and other React
// generators): ESM statements ("import Tabs from '@theme/Tabs';") and
// component tags ("<Tabs>", "</TabItem>", "<DocCardList />") on lines of
// their own, and comments in braces ("{/* ... */}"). A reader of the page
// should see none of that code, only the text it wraps.

var (
	// esmRE is the first line of an ESM statement at the start of a line.
	esmRE = regexp.MustCompile(`^(?:import\s+["'{*\w]|export\s+(?:const|let|var|function|async|default|\{|\*))`)
	// importRE is an import that marks a .md file as MDX: Docusaurus
	// reads every .md file as MDX, and a component needs its import.
	importRE = regexp.MustCompile(`^import\s+[\w{}*,\s]+\s+from\s+["'][^"'\n]+["'];?[ \t]*$`)
	// tagLineRE is a line of component tags only: names start with a
	// capital letter, as JSX components do (lowercase tags are HTML).
	tagLineRE = regexp.MustCompile(`^[ \t]*(?:</?[A-Z][\w.]*(?:\s[^<>]*)?/?>[ \t]*)+$`)
	// tagStartRE opens a component tag whose attributes go on over more lines.
	tagStartRE = regexp.MustCompile(`^[ \t]*<[A-Z][\w.]*(?:\s[^<>]*)?$`)
	// commentLineRE is a line holding only a {/* comment */}.
	commentLineRE = regexp.MustCompile(`^[ \t]*\{/\*.*\*/\}[ \t]*$`)
)

// isMDX reports whether the file name with body is MDX: an .mdx file, or
// a Markdown file that imports components (outside code blocks).
func isMDX(name string, body []byte) bool {
	if strings.EqualFold(path.Ext(name), ".mdx") {
		return true
	}
	if !bytes.Contains(body, []byte("import")) {
		return false
	}
	var f fences
	for line := range strings.Lines(string(body)) {
		if !f.code(line) && importRE.MatchString(strings.TrimRight(line, "\r\n")) {
			return true
		}
	}
	return false
}

// fences follows fenced code blocks line by line.
type fences struct{ fence string } // the fence of the block we are in, "" outside

// code reports whether line is part of a fenced code block (its fences
// included), following the block's start and end.
func (f *fences) code(line string) bool {
	trimmed := strings.TrimLeft(strings.TrimRight(line, "\r\n"), " \t")
	if f.fence != "" {
		if strings.HasPrefix(trimmed, f.fence) && strings.Trim(trimmed, f.fence[:1]) == "" {
			f.fence = ""
		}
		return true
	}
	if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
		n := 3
		for n < len(trimmed) && trimmed[n] == trimmed[0] {
			n++
		}
		f.fence = trimmed[:n]
		return true
	}
	return false
}

// mdxText returns body with the lines that are MDX code blanked: ESM
// statements (up to the blank line that ends them), lines of component
// tags only, and lines of {/* comments */}. Lines are blanked, not removed,
// so that every position in the file stays right; fenced code is left as
// it is. body itself is not changed.
func mdxText(body []byte) []byte {
	out := bytes.Clone(body)
	var f fences
	inESM, inTag := false, false
	for start := 0; start < len(out); {
		end := bytes.IndexByte(out[start:], '\n')
		if end < 0 {
			end = len(out)
		} else {
			end += start
		}
		line := out[start:end]
		text := strings.TrimRight(string(line), "\r")
		blank := false
		switch {
		case inESM:
			if strings.TrimSpace(text) == "" {
				inESM = false
			} else {
				blank = true
			}
		case inTag:
			blank = true
			inTag = !strings.HasSuffix(strings.TrimSpace(text), ">")
		case f.code(text):
		case esmRE.MatchString(text):
			blank, inESM = true, true
		case tagLineRE.MatchString(text), commentLineRE.MatchString(text):
			blank = true
		case tagStartRE.MatchString(text):
			blank, inTag = true, true
		}
		if blank {
			for i := range line {
				if line[i] != '\r' {
					line[i] = ' '
				}
			}
		}
		start = end + 1
	}
	return out
}
