package content

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tubei/pustaka/internal/sources"

	"github.com/tubei/pustaka/internal/message"
)

// Parse reads one content file: name is its slash path inside the content
// FS (it becomes Page.Path) and src its bytes. It never panics and always returns a usable page:
// on errors the page keeps whatever could be decoded, with defaults for the
// rest, so that the site can still be built and show the problems.
func Parse(name string, src []byte, cfg Config) (*Page, Diagnostics) {
	p := newPage(name, src, cfg)
	front, frontLine, body, bodyLine, err := SplitFrontMatter(src)
	p.Body, p.BodyLine = body, bodyLine
	if isMDX(name, body) {
		p.Body = mdxText(body)
	}
	d := &decoder{page: p, file: p.File, lineOff: frontLine - 1, imp: cfg.Import}
	if hasTemplate(p.Body) {
		var diags Diagnostics
		p.Body, diags = templateText(p.File, p.Body, bodyLine)
		d.diags = append(d.diags, diags...)
	}
	var fe *FrontMatterError
	if errors.As(err, &fe) {
		if _, rest, _ := cutLine(bytes.TrimPrefix(src, bom)); !looksLikeKeys(rest) {
			d.horizontalRule()
		} else {
			d.add(false, KindYAML, fe.Line, 1, fe.Msg)
		}
	}
	if line, col, bad := invalidUTF8(src); bad {
		d.add(false, KindOther, line, col, message.New(message.NotUTF8))
		if front != nil {
			front = bytes.ToValidUTF8(front, []byte("\uFFFD")) // reported once, here
		}
	}
	if front != nil {
		d.decode(front)
	}
	finish(p)
	return p, d.diags
}

// invalidUTF8 returns the 1-based line and byte column of the first byte
// of src that is not UTF-8.
func invalidUTF8(src []byte) (line, col int, bad bool) {
	if utf8.Valid(src) {
		return 0, 0, false
	}
	line, start := 1, 0
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n == 1 {
			return line, i - start + 1, true
		}
		if r == '\n' {
			line, start = line+1, i+1
		}
		i += n
	}
	return line, 1, true
}

// newPage fills the fields that come from the path and the bytes alone.
func newPage(name string, src []byte, cfg Config) *Page {
	sum := sha256.Sum256(src)
	p := &Page{
		Path:   name,
		File:   cfg.prefix() + name,
		Source: src,
		Hash:   hex.EncodeToString(sum[:]),
		Lang:   cfg.lang(),
	}
	if dir := path.Dir(name); dir != "." {
		p.Dir = dir
		p.Section, _, _ = strings.Cut(dir, "/")
	}
	p.IsIndex = trimExt(path.Base(name)) == "_index" && sources.Markdown(name)
	p.URL = pageURL(name, "")
	switch t := normType(cfg.types()[p.Section]); {
	case p.IsIndex:
		p.Type = TypeSection
	case t != "":
		p.Type = t
	default:
		p.Type = TypePage
	}
	return p
}

// finish applies defaults that depend on the decoded front matter.
func finish(p *Page) {
	if p.Type == TypePolicy && p.Status == "" {
		p.Status = "draft"
	}
	if p.Title == "" {
		p.TitleFromFile = true
		p.Title = firstHeading(p.Body)
		if p.Title == "" {
			p.Title = humanize(fileStem(p.Path))
		}
	}
}

// pageURL returns the URL of the page at slash path name; a non-empty slug
// replaces the last segment of pages that are not index files.
func pageURL(name, slug string) string {
	dir, base := path.Split(name)
	stem := trimExt(base)
	if stem == "_index" || stem == "index" {
		return "/" + dir
	}
	if slug != "" {
		stem = slug
	}
	return "/" + dir + stem + "/"
}

// trimExt removes a Markdown extension.
func trimExt(name string) string {
	return sources.TrimMarkdown(name)
}

// fileStem is the name a page is known by: its file name without
// extension, or its folder's name for index files.
func fileStem(name string) string {
	stem := trimExt(path.Base(name))
	if stem == "_index" || stem == "index" {
		if dir := path.Dir(name); dir != "." {
			return path.Base(dir)
		}
		return ""
	}
	return stem
}

// humanize turns a file name into a title: "tata-cara_kerja" becomes
// "Tata cara kerja".
func humanize(stem string) string {
	words := strings.FieldsFunc(stem, func(r rune) bool { return r == '-' || r == '_' || unicode.IsSpace(r) })
	s := strings.Join(words, " ")
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return ""
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// firstHeading returns the text of the first ATX level-1 heading ("# ...")
// of a Markdown body, outside fenced code blocks, or "".
func firstHeading(body []byte) string {
	fence := ""
	for rest := body; len(rest) > 0; {
		var line []byte
		line, rest, _ = cutLine(rest)
		s := strings.TrimRight(string(line), " \t\r")
		t := strings.TrimLeft(s, " ")
		if len(s)-len(t) > 3 {
			continue
		}
		if fence != "" {
			if strings.HasPrefix(t, fence) {
				fence = ""
			}
			continue
		}
		if f := fenceMarker(t); f != "" {
			fence = f
			continue
		}
		if h, ok := strings.CutPrefix(t, "#"); ok && (strings.HasPrefix(h, " ") || strings.HasPrefix(h, "\t")) {
			if h = trimClosingHashes(h); h != "" {
				return h
			}
		}
	}
	return ""
}

// fenceMarker returns the run of backticks or tildes opening a fenced code
// block, or "".
func fenceMarker(line string) string {
	for _, c := range [...]string{"```", "~~~"} {
		if strings.HasPrefix(line, c) {
			return line[:len(line)-len(strings.TrimLeft(line, c[:1]))]
		}
	}
	return ""
}

// trimClosingHashes removes an optional closing "###" sequence.
func trimClosingHashes(h string) string {
	h = strings.TrimSpace(h)
	t := strings.TrimRight(h, "#")
	if t == "" || strings.HasSuffix(t, " ") || strings.HasSuffix(t, "\t") {
		h = strings.TrimSpace(t)
	}
	return h
}
