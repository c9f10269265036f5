package render

import (
	"bytes"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html"
)

// HTMLMode says what becomes of raw HTML written in Markdown.
type HTMLMode int

const (
	// HTMLSafe keeps the elements and attributes of an allow-list
	// (AllowedElements) and drops every other tag, keeping the text
	// inside it; script, style and the like are dropped with their
	// content. Markup left open is closed where it must be.
	HTMLSafe HTMLMode = iota
	// HTMLEscape shows raw HTML as text: "<b>" is printed as written.
	HTMLEscape
	// HTMLUnsafe passes raw HTML through as written.
	HTMLUnsafe
)

// String returns the mode as config.yaml writes it.
func (m HTMLMode) String() string {
	switch m {
	case HTMLEscape:
		return "escape"
	case HTMLUnsafe:
		return "unsafe"
	}
	return "safe"
}

// ParseHTMLMode reads "safe", "escape" or "unsafe".
func ParseHTMLMode(s string) (HTMLMode, bool) {
	for _, m := range []HTMLMode{HTMLSafe, HTMLEscape, HTMLUnsafe} {
		if s == m.String() {
			return m, true
		}
	}
	return HTMLSafe, false
}

// element is what the safe mode allows of one element.
type element struct {
	attrs []string // beyond the global ones
	void  bool     // has no end tag
	span  bool     // may stay open over Markdown blocks (<div> ... </div> around paragraphs)
}

// globalAttrs are allowed on every allowed element.
var globalAttrs = []string{"class", "id", "title", "lang", "dir"}

// allowed are the elements the safe mode keeps: text structure and
// inline text semantics, lists, tables, images and links. Forms,
// scripts, styles, frames, embedded objects, media and SVG are not
// among them; neither are <main> and <nav>, which the layout has.
var allowed = map[string]element{
	"div": {span: true}, "section": {span: true}, "article": {span: true}, "aside": {span: true},
	"header": {span: true}, "footer": {span: true}, "figure": {span: true},
	"blockquote": {span: true, attrs: []string{"cite"}}, "details": {span: true, attrs: []string{"open"}},
	"summary": {}, "figcaption": {}, "p": {}, "pre": {}, "address": {},
	"h2": {}, "h3": {}, "h4": {}, "h5": {}, "h6": {}, // h1 is written as h2, as a Markdown "#" is
	"br": {void: true}, "hr": {void: true}, "wbr": {void: true},
	"ul": {}, "ol": {attrs: []string{"start", "reversed", "type"}}, "li": {attrs: []string{"value"}},
	"dl": {}, "dt": {}, "dd": {},
	"table": {}, "caption": {}, "thead": {}, "tbody": {}, "tfoot": {}, "tr": {},
	"th": {attrs: []string{"colspan", "rowspan", "scope"}}, "td": {attrs: []string{"colspan", "rowspan"}},
	"colgroup": {attrs: []string{"span"}}, "col": {void: true, attrs: []string{"span"}},
	"a":    {attrs: []string{"href", "target", "hreflang"}},
	"img":  {void: true, attrs: []string{"src", "alt", "width", "height"}},
	"span": {}, "b": {}, "i": {}, "u": {}, "s": {}, "em": {}, "strong": {}, "small": {}, "mark": {},
	"sub": {}, "sup": {}, "kbd": {}, "code": {}, "samp": {}, "var": {}, "abbr": {}, "dfn": {},
	"cite": {}, "q": {attrs: []string{"cite"}}, "bdi": {}, "bdo": {},
	"del": {attrs: []string{"cite", "datetime"}}, "ins": {attrs: []string{"cite", "datetime"}},
	"time": {attrs: []string{"datetime"}}, "ruby": {}, "rt": {}, "rp": {},
}

// AllowedElements returns the names of the elements the safe mode keeps,
// sorted.
func AllowedElements() []string {
	names := []string{"h1"}
	for n := range allowed {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// dropContent are the elements dropped with everything inside them: code,
// styles, frames, objects, form controls whose content is no prose, and
// foreign markup.
var dropContent = map[string]bool{
	"script": true, "style": true, "template": true, "iframe": true, "object": true, "applet": true,
	"noscript": true, "noembed": true, "noframes": true, "frameset": true, "textarea": true,
	"select": true, "title": true, "xmp": true, "plaintext": true, "svg": true, "math": true,
	"audio": true, "video": true, "canvas": true, "head": true,
}

// special are the allowed elements of the HTML parser's "special"
// category (and address, div and p, which the rules below treat apart).
var special = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "caption": true, "col": true,
	"colgroup": true, "dd": true, "details": true, "div": true, "dl": true, "dt": true, "figcaption": true,
	"figure": true, "footer": true, "header": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "li": true, "ol": true, "p": true, "pre": true, "section": true, "summary": true,
	"table": true, "tbody": true, "td": true, "tfoot": true, "th": true, "thead": true, "tr": true, "ul": true,
}

// closesP are the start tags before which a browser closes an open <p>.
var closesP = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "details": true, "div": true,
	"dl": true, "figcaption": true, "figure": true, "footer": true, "header": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "hr": true, "ol": true, "p": true, "pre": true, "section": true,
	"summary": true, "table": true, "ul": true, "li": true, "dd": true, "dt": true,
}

// scope filters the raw HTML of one Markdown node's children (a
// document, a list item, a paragraph, an emphasis ...): elements opened
// there are closed there, so that markup cannot reach past the node,
// and the open elements follow the browser's so that an end tag never
// closes an element of the page around it.
type scope struct {
	open []string // allowed elements opened and not closed, outermost first
	skip string   // element whose content is being dropped, "" if none
	deep int      // elements named skip opened inside it
	ids  []string // id attributes written
	// inPara: the scope is a Markdown paragraph or inside one, where an
	// element that closes a <p> (<div>, <p>, <ul> ...) would split the
	// paragraph in two; such tags are dropped there, their text kept.
	inPara bool
	// outline is the level of the last heading before, Markdown or raw
	// (nil: levels are kept): a raw heading is at most one level below
	// it, as keepOutline makes Markdown headings.
	outline *int
}

// filter appends the safe HTML of the fragment raw to h and its reader
// visible text to t (with a space where a block or a line break is). A
// block fragment (an HTML block) ends with its elements closed except
// those that may hold Markdown blocks.
func (s *scope) filter(tk *tokenizer, h, t, raw []byte, block bool) ([]byte, []byte) {
	z := tk.reset(raw)
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if block {
				s.skip, s.deep = "", 0
				for len(s.open) > 0 && !allowed[s.open[len(s.open)-1]].span {
					h = s.pop(h, len(s.open)-1)
				}
			}
			return h, t
		case html.TextToken:
			if s.skip == "" {
				txt := z.Text()
				h = appendEscaped(h, txt)
				t = append(t, txt...)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			h, t = s.start(h, t, z, string(name), hasAttr, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			h, t = s.end(h, t, string(name))
		}
		// Comments, doctypes and processing instructions are dropped.
	}
}

func (s *scope) start(h, t []byte, z *html.Tokenizer, name string, hasAttr, selfClosing bool) ([]byte, []byte) {
	if name == "h1" {
		name = "h2"
	}
	if isHeading(name) && s.outline != nil && s.skip == "" {
		level := min(int(name[1]-'0'), max(*s.outline+1, 2))
		name, *s.outline = "h"+string(rune('0'+level)), level
	}
	if s.skip != "" {
		if name == s.skip && !selfClosing {
			s.deep++
		}
		return h, t
	}
	if dropContent[name] {
		if !selfClosing {
			s.skip, s.deep = name, 0
		}
		return h, t
	}
	el, ok := allowed[name]
	if special[name] || name == "br" {
		t = append(t, ' ')
	}
	if !ok || s.inPara && closesP[name] || !s.within(name) {
		return h, t
	}
	h = s.closeImplied(h, name)
	start := len(h)
	h = append(h, '<')
	h = append(h, name...)
	if hasAttr {
		h = s.attrs(h, z, name, el)
	}
	if name == "img" {
		if !bytes.Contains(h[start:], []byte(" alt=")) {
			h = append(h, ` alt=""`...) // a checker wants one; none was written
		}
		h = append(h, ` loading="lazy"`...)
	}
	h = append(h, '>')
	switch {
	case el.void:
	case selfClosing: // <div/>: JSX and XML mean an empty element
		h = appendEnd(h, name)
	default:
		s.open = append(s.open, name)
	}
	return h, t
}

func (s *scope) end(h, t []byte, name string) ([]byte, []byte) {
	if name == "h1" {
		name = "h2"
	}
	if s.skip != "" {
		if name == s.skip {
			if s.deep == 0 {
				s.skip = ""
			}
			s.deep--
		}
		return h, t
	}
	if special[name] {
		t = append(t, ' ')
	}
	for i := len(s.open) - 1; i >= 0; i-- { // the innermost of that name
		if s.open[i] == name || isHeading(name) && isHeading(s.open[i]) { // any heading's end tag closes one, as in a browser
			return s.pop(h, i), t
		}
	}
	return h, t // an end tag of nothing open here is dropped
}

// appendEnd appends the end tag of name.
func appendEnd(h []byte, name string) []byte {
	h = append(h, "</"...)
	h = append(h, name...)
	return append(h, '>')
}

// appendEscaped appends text escaped for HTML text and quoted attribute
// values.
func appendEscaped(h, text []byte) []byte {
	for _, c := range text {
		switch c {
		case '<':
			h = append(h, "&lt;"...)
		case '>':
			h = append(h, "&gt;"...)
		case '&':
			h = append(h, "&amp;"...)
		case '"':
			h = append(h, "&quot;"...)
		default:
			h = append(h, c)
		}
	}
	return h
}

// pop closes the open elements from the innermost to the one at i.
func (s *scope) pop(h []byte, i int) []byte {
	for j := len(s.open) - 1; j >= i; j-- {
		h = appendEnd(h, s.open[j])
	}
	s.open = s.open[:i]
	return h
}

// closeAll closes every open element.
func (s *scope) closeAll() []byte {
	if len(s.open) == 0 {
		return nil
	}
	return s.pop(nil, 0)
}

// tokenizer is an HTML tokenizer reused for the fragments of a
// document: html.NewTokenizer allocates a 4 KB buffer, which for a
// fragment as short as "<sup>" was most of the filter's cost.
type tokenizer struct {
	z     *html.Tokenizer
	fresh html.Tokenizer // z as made, reading from r: the state to reset to
	r     bytes.Reader
}

// reset returns the tokenizer, in its initial state, reading raw.
func (tk *tokenizer) reset(raw []byte) *html.Tokenizer {
	tk.r.Reset(raw)
	if tk.z == nil {
		tk.z = html.NewTokenizer(&tk.r)
		tk.fresh = *tk.z
		return tk.z
	}
	*tk.z = tk.fresh // every field of the state; the buffer's array is reused
	return tk.z
}

// isHeading reports whether name is h1 to h6.
func isHeading(name string) bool {
	return len(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6'
}

// parents are the elements some elements belong in: a browser ignores
// a table cell outside a table, and a checker rejects an <li> outside a
// list.
var parents = map[string][]string{
	"td": {"table"}, "th": {"table"}, "tr": {"table"}, "thead": {"table"}, "tbody": {"table"},
	"tfoot": {"table"}, "caption": {"table"}, "colgroup": {"table"}, "col": {"table"},
	"li": {"ul", "ol"}, "dt": {"dl"}, "dd": {"dl"}, "summary": {"details"}, "figcaption": {"figure"},
	"rt": {"ruby"}, "rp": {"ruby"},
}

// within reports whether an element name may open here: it needs no
// parent, or one is open.
func (s *scope) within(name string) bool {
	ps := parents[name]
	return ps == nil || slices.ContainsFunc(s.open, func(e string) bool { return slices.Contains(ps, e) })
}

// closeImplied closes, explicitly, the elements a browser closes before
// the start tag name: a <p> before a block, an <li> before the next one,
// a table cell before the next cell. Else the browser would have closed
// them already, and our end tag would close an element around the content.
func (s *scope) closeImplied(h []byte, name string) []byte {
	find := func(targets, stops func(string) bool) int {
		for i := len(s.open) - 1; i >= 0; i-- {
			switch e := s.open[i]; {
			case targets(e):
				return i
			case stops(e):
				return -1
			}
		}
		return -1
	}
	is := func(names ...string) func(string) bool {
		return func(e string) bool { return slices.Contains(names, e) }
	}
	listStop := func(e string) bool { return special[e] && e != "address" && e != "div" && e != "p" }
	if closesP[name] {
		if i := find(is("p"), is("table", "td", "th", "caption")); i >= 0 {
			h = s.pop(h, i)
		}
	}
	i := -1
	switch name {
	case "li":
		i = find(is("li"), listStop)
	case "dt", "dd":
		i = find(is("dt", "dd"), listStop)
	case "h2", "h3", "h4", "h5", "h6":
		if n := len(s.open); n > 0 && isHeading(s.open[n-1]) {
			i = n - 1
		}
	case "td", "th":
		i = find(is("td", "th"), is("table"))
	case "tr":
		i = find(is("tr"), is("table", "thead", "tbody", "tfoot"))
	case "thead", "tbody", "tfoot":
		i = find(is("thead", "tbody", "tfoot"), is("table"))
	}
	if i >= 0 {
		h = s.pop(h, i)
	}
	return h
}

// attrs appends the allowed attributes of the tag being read, with
// values checked and escaped.
func (s *scope) attrs(h []byte, z *html.Tokenizer, name string, el element) []byte {
	blank := false
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		key := string(k)
		if !slices.Contains(globalAttrs, key) && !slices.Contains(el.attrs, key) {
			continue
		}
		val, ok := attrValue(name, key, string(v))
		if !ok {
			continue
		}
		switch key {
		case "open", "reversed":
			h = append(h, ' ')
			h = append(h, key...)
			continue
		case "target":
			blank = true
		case "id":
			s.ids = append(s.ids, val)
		}
		h = append(h, ' ')
		h = append(h, key...)
		h = append(h, `="`...)
		h = appendEscaped(h, []byte(val))
		h = append(h, '"')
	}
	if blank {
		h = append(h, ` rel="noopener noreferrer"`...)
	}
	return h
}

// attrValue checks the value v of attribute key of element name, and
// returns it as it is to be written.
func attrValue(name, key, v string) (string, bool) {
	switch key {
	case "href", "cite":
		return safeURL(v, false)
	case "src":
		return safeURL(v, name == "img")
	case "width", "height", "colspan", "rowspan", "span", "start", "value":
		v = strings.TrimSpace(v)
		return v, v != "" && strings.Trim(v, "0123456789") == "" && len(v) <= 6
	case "dir":
		return v, v == "ltr" || v == "rtl" || v == "auto"
	case "target":
		return v, v == "_blank"
	case "type":
		return v, v == "1" || v == "a" || v == "A" || v == "i" || v == "I"
	case "scope":
		return v, v == "row" || v == "col" || v == "rowgroup" || v == "colgroup"
	case "id":
		return v, v != "" && !strings.ContainsFunc(v, func(r rune) bool { return r <= ' ' })
	}
	return v, true
}

// safeURL returns the URL v as a browser reads it and whether it is safe:
// relative, or http(s), mailto or tel; for an image also a data: URL of
// a PNG, GIF, JPEG or WebP picture. A browser drops tabs and newlines
// anywhere in a URL and control characters and spaces at its ends, so
// "java\tscript:" is a javascript: URL; entities ("&#106;avascript:")
// are resolved by the tokenizer before.
func safeURL(v string, image bool) (string, bool) {
	u := strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, v)
	u = strings.TrimFunc(u, func(r rune) bool { return r <= ' ' })
	colon := strings.IndexByte(u, ':')
	if colon < 0 || strings.ContainsAny(u[:colon], "/?#") {
		return u, true // relative: no scheme
	}
	switch strings.ToLower(u[:colon]) {
	case "http", "https", "mailto", "tel":
		return u, true
	case "data":
		if !image {
			return "", false
		}
		mime, _, _ := strings.Cut(strings.ToLower(u[colon+1:]), ";")
		mime, _, _ = strings.Cut(mime, ",")
		switch mime {
		case "image/png", "image/gif", "image/jpeg", "image/webp":
			return u, true
		}
	}
	return "", false
}

// KindSafeHTML is the node kind of raw HTML that the safe mode filtered.
var KindSafeHTML = ast.NewNodeKind("SafeHTML")

// SafeHTML is a raw HTML block (Block) or inline tag after the safe
// mode's filter. Its HTML is written as it is.
type SafeHTML struct {
	ast.BaseNode
	Block bool
	HTML  []byte
	Plain []byte   // what a reader sees of it, for search
	IDs   []string // of the elements it opens, for links to them
}

// Kind returns KindSafeHTML.
func (n *SafeHTML) Kind() ast.NodeKind { return KindSafeHTML }

// Type is TypeBlock or TypeInline.
func (n *SafeHTML) Type() ast.NodeType {
	if n.Block {
		return ast.TypeBlock
	}
	return ast.TypeInline
}

// IsRaw reports true: the node holds no Markdown.
func (n *SafeHTML) IsRaw() bool { return true }

// Lines returns no lines (block nodes have them).
func (n *SafeHTML) Lines() *text.Segments { return text.NewSegments() }

// SetLines does nothing.
func (n *SafeHTML) SetLines(*text.Segments) {}

// HasBlankPreviousLines reports false.
func (n *SafeHTML) HasBlankPreviousLines() bool { return false }

// SetBlankPreviousLines does nothing.
func (n *SafeHTML) SetBlankPreviousLines(bool) {}

// Dump implements ast.Node.
func (n *SafeHTML) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"HTML": string(n.HTML)}, nil)
}

// htmlFilter is the AST transformer of the safe mode: it replaces every
// raw HTML block and inline tag with a SafeHTML node, removes the
// Markdown inside dropped elements (the text between an inline <script>
// and </script>) and closes what is left open at the end of its parent.
type htmlFilter struct{}

// Transform filters the raw HTML of doc; documents without '<' are not
// walked.
func (htmlFilter) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	if bytes.IndexByte(src, '<') < 0 {
		return
	}
	w := htmlWalk{src: src, outline: 1}
	w.children(doc, false)
}

// htmlWalk is the state of one document's filtering.
type htmlWalk struct {
	tk      tokenizer
	src     []byte
	outline int  // level of the last heading (1: the title)
	seen    bool // a Markdown heading was seen
}

// children filters the raw HTML among the children of parent, and
// under them; inPara tells whether parent is in a paragraph.
func (w *htmlWalk) children(parent ast.Node, inPara bool) {
	src := w.src
	s := scope{inPara: inPara, outline: &w.outline}
	inline := false
	for c := parent.FirstChild(); c != nil; {
		next := c.NextSibling()
		var raw []byte
		switch n := c.(type) {
		case *ast.HTMLBlock:
			raw = appendLines(nil, n, src)
			if n.HasClosure() {
				raw = append(raw, n.ClosureLine.Value(src)...)
			}
		case *ast.RawHTML:
			inline = true
			for i := 0; i < n.Segments.Len(); i++ {
				seg := n.Segments.At(i)
				raw = append(raw, seg.Value(src)...)
			}
		default:
			if s.skip != "" {
				parent.RemoveChild(parent, c)
			} else {
				if h, ok := c.(*ast.Heading); ok { // as keepOutline counts
					if h.Level > 1 || w.seen {
						w.outline = max(h.Level, 2)
					}
					w.seen = true
				}
				w.children(c, inPara || c.Kind() == ast.KindParagraph)
				if c.Kind() == ast.KindParagraph && emptied(c) {
					parent.RemoveChild(parent, c) // <iframe ...>...</iframe> alone
				}
			}
			c = next
			continue
		}
		block := c.Type() == ast.TypeBlock
		ids := len(s.ids)
		h, t := s.filter(&w.tk, nil, nil, raw, block)
		parent.ReplaceChild(parent, c, &SafeHTML{Block: block, HTML: h, Plain: t, IDs: s.ids[ids:]})
		c = next
	}
	if end := s.closeAll(); end != nil {
		parent.AppendChild(parent, &SafeHTML{Block: !inline, HTML: end})
	}
}

// emptied reports whether the filter left nothing to show in the
// paragraph p: no children but SafeHTML nodes without HTML.
func emptied(p ast.Node) bool {
	for c := p.FirstChild(); c != nil; c = c.NextSibling() {
		if h, ok := c.(*SafeHTML); !ok || len(bytes.TrimSpace(h.HTML)) > 0 {
			return false
		}
	}
	return true
}

// safeHTMLRenderer writes SafeHTML nodes.
type safeHTMLRenderer struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (safeHTMLRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindSafeHTML, func(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
		if n := node.(*SafeHTML); entering && len(bytes.TrimSpace(n.HTML)) > 0 {
			_, _ = w.Write(n.HTML)
			if n.Block && len(n.HTML) > 0 && n.HTML[len(n.HTML)-1] != '\n' {
				_ = w.WriteByte('\n')
			}
		}
		return ast.WalkContinue, nil
	})
}

// spacedTag reports whether the tag at the start of raw (goldmark's
// inline raw HTML is one tag or comment) separates words in the text
// a reader sees, as the filter's text does: a <br> or a block's tag.
func spacedTag(raw []byte) bool {
	raw = bytes.TrimPrefix(bytes.TrimPrefix(raw, []byte("<")), []byte("/"))
	end := 0
	for end < len(raw) && (raw[end]|0x20 >= 'a' && raw[end]|0x20 <= 'z' || raw[end] >= '0' && raw[end] <= '9') {
		end++
	}
	name := strings.ToLower(string(raw[:end]))
	return special[name] || name == "br" || name == "h1"
}

// htmlText returns the text a reader sees of raw HTML (for the search
// text of raw HTML passed through unchanged).
func htmlText(raw []byte) []byte {
	var s scope
	var tk tokenizer
	_, t := s.filter(&tk, nil, nil, raw, true)
	return t
}
