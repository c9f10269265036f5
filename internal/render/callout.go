package render

import (
	"bytes"
	"cmp"
	"regexp"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Callouts ("admonitions") as other generators write them:
//
//	:::tip Judul              Docusaurus, VitePress ("::: tip"), markdown-it:
//	Isi.                      closed by a line of as many colons or more;
//	:::                       ":::tip[Judul]" too
//
//	!!! warning "Judul"       MkDocs (Python-Markdown): the body is indented
//	    Isi.                  by four spaces
//
//	> [!NOTE]                 GitHub: a blockquote whose first line names
//	> Isi.                    the kind
//
// Each becomes <aside class="notice callout callout-KIND"> with a title
// (the one written, else the kind's label in the site's language) and
// the Markdown body. Warnings, cautions and dangers are marked as such
// (notice-error); "details" is a <details> the reader opens.

// KindCallout is the node kind of a Callout.
var KindCallout = ast.NewNodeKind("Callout")

// Callout is a callout block; its children are its body.
type Callout struct {
	ast.BaseBlock
	Variant string // lowercase: note, tip, warning, details, ...
	Title   string // as written; "" for the variant's label
	Bare    bool   // no title line (a note written as HTML has none)
	colons  int    // of a ":::" container: how many colons close it
}

// Kind returns KindCallout.
func (n *Callout) Kind() ast.NodeKind { return KindCallout }

// Dump implements ast.Node.
func (n *Callout) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"Variant": n.Variant, "Title": n.Title}, nil)
}

// CalloutLabels are the titles of callouts written without one, by
// variant, in the site's language. A zero field takes its value from
// DefaultCalloutLabels; a variant without a field, written without a
// title, has no title line.
type CalloutLabels struct {
	Note, Info, Tip, Important, Warning, Caution, Danger, Details string
}

// DefaultCalloutLabels are the Indonesian labels.
var DefaultCalloutLabels = CalloutLabels{
	Note: "Catatan", Info: "Info", Tip: "Kiat", Important: "Penting",
	Warning: "Peringatan", Caution: "Perhatian", Danger: "Bahaya", Details: "Rincian",
}

// titles returns the title of each variant, the defaults filled in.
func (l CalloutLabels) titles() map[string]string {
	d := DefaultCalloutLabels
	return map[string]string{
		"note": cmp.Or(l.Note, d.Note), "info": cmp.Or(l.Info, d.Info), "tip": cmp.Or(l.Tip, d.Tip),
		"important": cmp.Or(l.Important, d.Important), "warning": cmp.Or(l.Warning, d.Warning),
		"caution": cmp.Or(l.Caution, d.Caution), "danger": cmp.Or(l.Danger, d.Danger), "details": cmp.Or(l.Details, d.Details),
	}
}

// calloutAliases map the kind names of other generators to ours.
var calloutAliases = map[string]string{
	"hint": "tip", "success": "tip", "abstract": "note", "summary": "note", "todo": "note",
	"question": "note", "example": "note", "quote": "note", "attention": "warning",
	"error": "danger", "failure": "danger", "bug": "danger", "secondary": "note",
}

// kindRE is a kind name as written.
var kindRE = regexp.MustCompile(`^[A-Za-z][\w-]*$`)

// calloutKind returns the kind of a name as written ("" if it is not one).
func calloutKind(name string) string {
	if !kindRE.MatchString(name) {
		return ""
	}
	k := strings.ToLower(name)
	if a, ok := calloutAliases[k]; ok {
		return a
	}
	return k
}

// callouts is the goldmark extension.
type callouts struct{ labels CalloutLabels }

// Extend registers the parsers, the GitHub transformer and the renderer.
func (c callouts) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(
		parser.WithBlockParsers(util.Prioritized(colonParser{}, 150), util.Prioritized(bangParser{}, 160)),
		parser.WithASTTransformers(util.Prioritized(githubAlerts{}, 40), util.Prioritized(htmlNotes{}, 41)),
	)
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(calloutHTML{titles: c.labels.titles()}, 100)))
}

// colonParser reads ":::kind title" ... ":::" containers.
type colonParser struct{}

// colonOpenRE is an opening line: colons, a kind, a title (plain or in
// brackets).
var colonOpenRE = regexp.MustCompile(`^(:{3,})[ \t]*([A-Za-z][\w-]*)(?:\[(.*)\]|[ \t]+(.*?))?[ \t]*$`)

func (colonParser) Trigger() []byte { return []byte{':'} }

func (colonParser) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	m, _ := openingLine(reader, pc, colonOpenRE)
	if m == nil {
		return nil, parser.NoChildren
	}
	kind := calloutKind(string(m[2]))
	if kind == "" {
		return nil, parser.NoChildren
	}
	n := &Callout{Variant: kind, Title: strings.TrimSpace(string(m[3]) + string(m[4])), colons: len(m[1])}
	reader.AdvanceToEOL()
	return n, parser.HasChildren
}

func (colonParser) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	line, _ := reader.PeekLine()
	t := bytes.TrimSpace(line)
	if len(t) >= node.(*Callout).colons && len(bytes.Trim(t, ":")) == 0 {
		w, _ := util.IndentWidth(line, reader.LineOffset())
		if w < 4 {
			reader.AdvanceToEOL()
			return parser.Close
		}
	}
	return parser.Continue | parser.HasChildren
}

func (colonParser) Close(node ast.Node, reader text.Reader, pc parser.Context) {}

func (colonParser) CanInterruptParagraph() bool { return true }
func (colonParser) CanAcceptIndentedLine() bool { return false }

// openingLine matches the line the block would open on, from its first
// character on, against re: the submatches (nil if it does not match)
// and that first character.
func openingLine(reader text.Reader, pc parser.Context, re *regexp.Regexp) ([][]byte, byte) {
	line, _ := reader.PeekLine()
	pos := pc.BlockOffset()
	if pos < 0 {
		return nil, 0
	}
	return re.FindSubmatch(bytes.TrimRight(line[pos:], "\r\n")), line[pos]
}

// bangParser reads MkDocs' "!!! kind "title"" blocks, whose body is
// indented by four spaces ("???" and "???+": collapsible ones).
type bangParser struct{}

var bangOpenRE = regexp.MustCompile(`^(?:!!!|\?\?\?\+?)[ \t]+([A-Za-z][\w-]*)(?:[ \t]+[\w -]*?)?(?:[ \t]+"([^"]*)")?[ \t]*$`)

func (bangParser) Trigger() []byte { return []byte{'!', '?'} }

func (bangParser) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	m, first := openingLine(reader, pc, bangOpenRE)
	if m == nil {
		return nil, parser.NoChildren
	}
	kind := calloutKind(string(m[1]))
	if first == '?' {
		kind = "details"
	}
	if kind == "" {
		return nil, parser.NoChildren
	}
	title := string(m[2])
	if first == '?' && title == "" {
		title = string(m[1])
	}
	reader.AdvanceToEOL()
	return &Callout{Variant: kind, Title: title}, parser.HasChildren
}

func (bangParser) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	line, _ := reader.PeekLine()
	if util.IsBlank(line) {
		reader.AdvanceToEOL()
		return parser.Continue | parser.HasChildren
	}
	if w, _ := util.IndentWidth(line, reader.LineOffset()); w < 4 {
		return parser.Close
	}
	pos, padding := util.IndentPosition(line, reader.LineOffset(), 4)
	reader.AdvanceAndSetPadding(pos, padding)
	return parser.Continue | parser.HasChildren
}

func (bangParser) Close(node ast.Node, reader text.Reader, pc parser.Context) {}
func (bangParser) CanInterruptParagraph() bool                                { return true }
func (bangParser) CanAcceptIndentedLine() bool                                { return false }

// githubAlerts turns blockquotes that open with "[!KIND]" on a line of
// their own into callouts.
type githubAlerts struct{}

var alertRE = regexp.MustCompile(`^\[!([A-Za-z]+)\][ \t]*$`)

func (githubAlerts) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	src := reader.Source()
	if !bytes.Contains(src, []byte("[!")) {
		return // most documents: no walk
	}
	for _, q := range nodesOf[*ast.Blockquote](doc) {
		p, ok := q.FirstChild().(*ast.Paragraph)
		if !ok || p.Lines().Len() == 0 {
			continue
		}
		first := p.Lines().At(0)
		m := alertRE.FindSubmatch(bytes.TrimRight(first.Value(src), "\r\n"))
		if m == nil {
			continue
		}
		kind := calloutKind(string(m[1]))
		if kind == "" {
			continue
		}
		// The marker's inline nodes end at the first line's end.
		for c := p.FirstChild(); c != nil; {
			next := c.NextSibling()
			if firstOffset(c) >= first.Stop || (firstOffset(c) < 0 && c.Kind() != ast.KindText) {
				break
			}
			p.RemoveChild(p, c)
			c = next
		}
		lines := text.NewSegments()
		for i := 1; i < p.Lines().Len(); i++ {
			lines.Append(p.Lines().At(i))
		}
		p.SetLines(lines)
		co := &Callout{Variant: kind}
		parent := q.Parent()
		parent.ReplaceChild(parent, q, co)
		for c := q.FirstChild(); c != nil; {
			next := c.NextSibling()
			if c != p || p.ChildCount() > 0 {
				co.AppendChild(co, c)
			}
			c = next
		}
	}
}

// nodesOf returns the nodes of type T under doc, in document order; the
// caller may then change the tree.
func nodesOf[T ast.Node](doc ast.Node) []T {
	var out []T
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := n.(T); ok && entering {
			out = append(out, t)
		}
		return ast.WalkContinue, nil
	})
	return out
}

// htmlNotes turns a paragraph written as HTML, whole, with a note's class
// (Hexo and Jekyll sites write <p class="tip">...</p>) into a callout
// without a title. It matters where raw HTML is text (the safe default):
// the tags would show, and the Markdown inside still works.
type htmlNotes struct{}

var (
	htmlNoteOpenRE = regexp.MustCompile(`^[ \t]*<p class="(tip|note|info|warning|danger|caution|important)">`)
	htmlNoteClose  = []byte("</p>")
)

func (htmlNotes) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	if !bytes.Contains(src, []byte("<p class=")) {
		return // most documents: no walk
	}
	for _, p := range nodesOf[*ast.Paragraph](doc) {
		if kind := rawNote(p, src); kind != "" {
			co := &Callout{Variant: kind, Bare: true}
			parent := p.Parent()
			parent.ReplaceChild(parent, p, co)
			co.AppendChild(co, p)
			continue
		}
		lines := p.Lines()
		if lines.Len() == 0 {
			continue
		}
		first, last := lines.At(0), lines.At(lines.Len()-1)
		m := htmlNoteOpenRE.FindSubmatchIndex(first.Value(src))
		end := bytes.TrimRight(last.Value(src), " \t\r\n")
		if m == nil || !bytes.HasSuffix(end, htmlNoteClose) {
			continue
		}
		closeAt := last.Start + len(end) - len(htmlNoteClose)
		if closeAt <= first.Start+m[1] || !cutInlineBefore(p, first.Start+m[1]) || !cutInline(p, closeAt, src) {
			continue
		}
		co := &Callout{Variant: calloutKind(string(first.Value(src)[m[2]:m[3]])), Bare: true}
		parent := p.Parent()
		parent.ReplaceChild(parent, p, co)
		co.AppendChild(co, p)
	}
}

// rawNote turns a paragraph parsed with raw HTML, whose first child is
// the tag of a note (<p class="tip">) and whose last child is </p>, into
// the note's body, those two removed, and returns the note's kind; ""
// changing nothing for other paragraphs.
func rawNote(p *ast.Paragraph, src []byte) string {
	first, ok1 := p.FirstChild().(*ast.RawHTML)
	last, ok2 := p.LastChild().(*ast.RawHTML)
	if !ok1 || !ok2 || first == last || first.NextSibling() == last || first.Segments.Len() != 1 || last.Segments.Len() != 1 {
		return ""
	}
	open, end := first.Segments.At(0), last.Segments.At(0)
	m := htmlNoteOpenRE.FindSubmatch(open.Value(src))
	if m == nil || !bytes.Equal(end.Value(src), htmlNoteClose) {
		return ""
	}
	p.RemoveChild(p, first)
	p.RemoveChild(p, last)
	return calloutKind(string(m[1]))
}

// noteAwareHTMLBlocks is goldmark's HTML block parser, except that a
// line opening with a note's <p class="tip"> is left to the paragraph
// parser: the Markdown inside a note works, as Hexo renders it.
type noteAwareHTMLBlocks struct{ parser.BlockParser }

// Open opens an HTML block unless the line opens a note.
func (b noteAwareHTMLBlocks) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, _ := reader.PeekLine()
	if pos := pc.BlockOffset(); pos >= 0 && bytes.HasPrefix(line[pos:], []byte("<p class=")) { // the regexp only then
		if m, _ := openingLine(reader, pc, htmlNoteOpenRE); m != nil {
			return nil, parser.NoChildren
		}
	}
	return b.BlockParser.Open(parent, reader, pc)
}

// cutInlineBefore removes the inline content of n before source offset
// cut. It reports false, changing nothing, when something other than
// text lies before cut.
func cutInlineBefore(n ast.Node, cut int) bool {
	var drop []ast.Node
	var trim *ast.Text
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		t, ok := c.(*ast.Text)
		if !ok {
			if firstOffset(c) < cut {
				return false
			}
			break
		}
		if t.Segment.Stop <= cut {
			drop = append(drop, c)
			continue
		}
		if t.Segment.Start < cut {
			trim = t
		}
		break
	}
	for _, c := range drop {
		n.RemoveChild(n, c)
	}
	if trim != nil {
		trim.Segment = trim.Segment.WithStart(cut)
	}
	return true
}

// calloutHTML writes callouts.
type calloutHTML struct{ titles map[string]string } // by variant; read only

func (r calloutHTML) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindCallout, r.render)
}

func (r calloutHTML) render(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*Callout)
	title := n.Title
	if title == "" && !n.Bare {
		title = r.titles[n.Variant]
	}
	if n.Variant == "details" {
		if entering {
			_, _ = w.WriteString(`<details class="notice callout callout-details"><summary class="callout-title">`)
			_, _ = w.Write(util.EscapeHTML([]byte(title)))
			_, _ = w.WriteString("</summary>\n")
		} else {
			_, _ = w.WriteString("</details>\n")
		}
		return ast.WalkContinue, nil
	}
	if !entering {
		_, _ = w.WriteString("</aside>\n")
		return ast.WalkContinue, nil
	}
	class := "notice callout callout-" + n.Variant
	switch n.Variant {
	case "warning", "caution", "danger":
		class += " notice-error"
	}
	_, _ = w.WriteString(`<aside class="` + class + `" role="note">`)
	if title != "" {
		_, _ = w.WriteString(`<p class="callout-title"><strong>`)
		_, _ = w.Write(util.EscapeHTML([]byte(title)))
		_, _ = w.WriteString("</strong></p>")
	}
	_, _ = w.WriteString("\n")
	return ast.WalkContinue, nil
}
