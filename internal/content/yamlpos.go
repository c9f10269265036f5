package content

import (
	"fmt"
	"strings"

	"github.com/tubei/pustaka/internal/message"
)

// yamlProblem is a YAML syntax error placed where the writer must look:
// yaml.v3 names only a line, and for some errors the line after the
// culprit (a key without its colon is found when the next line's colon
// comes) or one past the end (a quote that never closes).
type yamlProblem struct {
	line, col int          // 1-based, in the front matter
	msg       message.Text // what is wrong and what to do, with the offending text
}

// placeYAMLError finds the culprit of the YAML error msg that yaml.v3
// reported at line of front.
func placeYAMLError(front []byte, line int, msg string) yamlProblem {
	lines := strings.Split(strings.ReplaceAll(string(front), "\r\n", "\n"), "\n")
	at := func(n int) string {
		if n >= 1 && n <= len(lines) {
			return lines[n-1]
		}
		return ""
	}
	p := yamlProblem{line: line, col: indentCol(at(line)), msg: message.Raw(msg)}
	switch {
	case strings.Contains(msg, "could not find expected ':'"), strings.Contains(msg, "mapping values are not allowed"):
		for _, n := range []int{line, line - 1} {
			if s := at(n); isPlainLine(s) && !hasKeyColon(s) {
				return yamlProblem{n, indentCol(s), message.New(message.YAMLNoColon, strings.TrimSpace(s))}
			}
		}
		if s := at(line); strings.Contains(msg, "mapping values") {
			if i := secondColon(s); i >= 0 {
				return yamlProblem{line, runeCol(s, i), message.New(message.YAMLTwoColons, strings.TrimSpace(s), quoteValue(s))}
			}
		}
	case strings.Contains(msg, "cannot start any token"):
		if i := strings.IndexByte(at(line), '\t'); i >= 0 {
			return yamlProblem{line, runeCol(at(line), i), message.New(message.YAMLTab)}
		}
	case strings.Contains(msg, "did not find expected ',' or"):
		for n := 1; n <= len(lines); n++ {
			if i := unclosedBracket(lines[n-1]); i >= 0 {
				return yamlProblem{n, runeCol(lines[n-1], i), message.New(message.YAMLBracket, strings.TrimSpace(lines[n-1]))}
			}
		}
	case strings.Contains(msg, "unexpected end of stream"):
		for n := 1; n <= len(lines); n++ {
			if i := unclosedQuote(lines[n-1]); i >= 0 {
				return yamlProblem{n, runeCol(lines[n-1], i), message.New(message.YAMLQuote, strings.TrimSpace(lines[n-1]))}
			}
		}
	}
	if s := strings.TrimSpace(at(p.line)); s != "" {
		p.msg = message.New(message.YAMLAtLine, msg, s)
	}
	return p
}

// isPlainLine reports whether s is a line of YAML text, not a blank, a
// comment or a list item.
func isPlainLine(s string) bool {
	t := strings.TrimSpace(s)
	return t != "" && t[0] != '#' && t[0] != '-'
}

// hasKeyColon reports whether s has the colon of a key: followed by a
// blank or ending the line ("url https://x" has none).
func hasKeyColon(s string) bool {
	t := strings.TrimSpace(s)
	return strings.Contains(t, ": ") || strings.Contains(t, ":\t") || strings.HasSuffix(t, ":")
}

// indentCol is the column of the first non-blank of s (1 for a blank line).
func indentCol(s string) int {
	return runeCol(s, len(s)-len(strings.TrimLeft(s, " \t")))
}

// runeCol is the 1-based column, in runes, of byte offset i of s.
func runeCol(s string, i int) int {
	return len([]rune(s[:min(i, len(s))])) + 1
}

// secondColon returns the byte offset of the ": " that follows the key's
// own colon in s, or -1.
func secondColon(s string) int {
	first := strings.Index(s, ":")
	if first < 0 {
		return -1
	}
	if j := strings.Index(s[first+1:], ": "); j >= 0 {
		return first + 1 + j
	}
	return -1
}

// quoteValue rewrites "key: a: b" as `key: "a: b"`.
func quoteValue(s string) string {
	k, v, _ := strings.Cut(strings.TrimSpace(s), ":")
	return fmt.Sprintf("%s: %q", k, strings.TrimSpace(v))
}

// unclosedQuote returns the offset of a quote that opens the value of the
// line "key: "... and is not closed on it, or -1.
func unclosedQuote(s string) int {
	_, v, ok := strings.Cut(s, ": ")
	if !ok {
		return -1
	}
	t := strings.TrimSpace(v)
	if t == "" || t[0] != '"' && t[0] != '\'' {
		return -1
	}
	q := t[0]
	rest := t[1:]
	for i := 0; i < len(rest); i++ {
		if rest[i] == '\\' && q == '"' {
			i++
			continue
		}
		if rest[i] == q {
			return -1
		}
	}
	return strings.Index(s, ": ") + 2 + len(v) - len(strings.TrimLeft(v, " \t"))
}

// horizontalRule reports a first "---" line that is a horizontal rule, at
// line 1 of the file.
func (d *decoder) horizontalRule() {
	d.add(false, KindYAML, 1, 1, message.New(message.HorizontalRule))
}

// looksLikeKeys reports whether front looks like front matter: one of
// its first lines is a lowercase key ("title:", "sidebar_position:"), or
// the first begins with a key Pustaka knows ("title Kebijakan", a colon
// forgotten). "BUPATI LEBONG" or "Menimbang: bahwa ..." do not.
func looksLikeKeys(front []byte) bool {
	seen := 0
	for _, l := range strings.Split(string(front), "\n") {
		t := strings.TrimSpace(l)
		if t == "" || t[0] == '#' {
			continue
		}
		if seen == 0 {
			if f := strings.Fields(t); t[0] == '{' || t[0] == '[' || keyScopes[strings.TrimSuffix(f[0], ":")] != 0 {
				return true
			}
		}
		if k, _, ok := strings.Cut(t, ":"); ok && isKeyWord(strings.TrimPrefix(k, "- ")) {
			return true
		}
		if seen++; seen == 5 {
			break
		}
	}
	return seen == 0 // empty front matter is fine
}

// isKeyWord reports whether k is written as front-matter keys are: a
// lowercase word of letters, digits, "_" and "-".
func isKeyWord(k string) bool {
	if k == "" || k[0] < 'a' || k[0] > 'z' {
		return false
	}
	for _, c := range k {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// unclosedBracket returns the offset of a "[" or "{" opening the value of
// the line "key: "... that the line does not close, or -1.
func unclosedBracket(s string) int {
	i := strings.Index(s, ": ")
	if i < 0 {
		return -1
	}
	v := strings.TrimLeft(s[i+2:], " \t")
	if v == "" || v[0] != '[' && v[0] != '{' {
		return -1
	}
	depth := 0
	for _, c := range v {
		switch c {
		case '[', '{':
			depth++
		case ']', '}':
			depth--
		}
	}
	if depth <= 0 {
		return -1
	}
	return len(s) - len(v)
}
