package render

import (
	"bytes"
	"cmp"
	"errors"
	"strings"

	"github.com/tubei/pustaka/internal/quiz"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// inlineMD reads the texts of questions (the question, its options,
// their feedback, the explanation) as inline Markdown: emphasis, code,
// links, strikethrough, autolinks. A text is one paragraph whatever it
// starts with ("1. …", "# …" stay text), and raw HTML is never
// interpreted (tags stay text), whatever Options.HTML says: the texts
// go inside form labels and legends. Built once per Renderer.
type inlineMD struct {
	md goldmark.Markdown
}

func newInlineMD() *inlineMD {
	p := parser.NewParser(
		parser.WithBlockParsers(util.Prioritized(parser.NewParagraphParser(), 1000)),
		parser.WithInlineParsers(without(parser.DefaultInlineParsers(), parser.NewRawHTMLParser())...),
	)
	return &inlineMD{md: goldmark.New(goldmark.WithParser(p), goldmark.WithExtensions(extension.Strikethrough, extension.Linkify))}
}

// mdText is one text of a question, parsed at Parse; Render fills html.
type mdText struct {
	src   []byte
	root  ast.Node
	links []*ast.Link // its local links
	dests [][]byte    // their destinations as parsed
	// destTexts are their destinations as written (Link.Dest); they
	// follow the page's own in Doc.Links, in the order Render asks.
	destTexts []string
	line      int    // the line of the Markdown source it is on, for link errors
	html      string // inline HTML, set by Render while it holds the Doc
}

// questionTexts are the texts of one question, parsed.
type questionTexts struct {
	text, explanation *mdText
	options, feedback []*mdText // by option; a nil feedback is none
}

// parseTexts parses the texts of q.
func (m *inlineMD) parseTexts(q *quiz.Question) questionTexts {
	t := questionTexts{text: m.parse(q.Text, q.Line), explanation: m.parse(q.Explanation, cmp.Or(q.ExplanationLine, q.Line))}
	for _, o := range q.Options {
		t.options = append(t.options, m.parse(o.Text, o.Line))
		var fb *mdText
		if o.Feedback != "" {
			fb = m.parse(o.Feedback, o.FeedbackLine)
		}
		t.feedback = append(t.feedback, fb)
	}
	return t
}

// each calls f with every text of t.
func (t *questionTexts) each(f func(*mdText)) {
	f(t.text)
	f(t.explanation)
	for i := range t.options {
		f(t.options[i])
		if t.feedback[i] != nil {
			f(t.feedback[i])
		}
	}
}

// parse reads s, a text on the given line of the page.
func (m *inlineMD) parse(s string, line int) *mdText {
	t := &mdText{src: []byte(s), line: line}
	t.root = m.md.Parser().Parse(text.NewReader(t.src))
	ast.Walk(t.root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if l, ok := n.(*ast.Link); ok && entering {
			if dest := string(appendValue(nil, l.Destination, true)); isLocal(dest) {
				t.links = append(t.links, l)
				t.dests = append(t.dests, l.Destination)
				t.destTexts = append(t.destTexts, dest)
			}
		}
		return ast.WalkContinue, nil
	})
	return t
}

// plain is the text without its Markup, for search and comparisons.
func (t *mdText) plain() string {
	if t == nil {
		return ""
	}
	return string(normalizeSpace(appendText(nil, t.root, t.src)))
}

// render sets t.html, resolving its local links through res as Render
// does those of the page; the links res rejects are returned.
func (m *inlineMD) render(t *mdText, res Resolver, brokenTitle string) []LinkError {
	var errs []LinkError
	titled := make([]bool, len(t.links))
	for i, l := range t.links {
		dest := t.destTexts[i]
		if res == nil {
			continue
		}
		href, err := res.ResolveLink(dest)
		if href != "" {
			l.Destination = []byte(href)
		}
		if err != nil {
			errs = append(errs, LinkError{Line: t.line, Col: 1, Dest: dest, Err: err})
			class, title := BrokenLinkClass, brokenTitle
			if mk, ok := errors.AsType[MarkedLinkError](err); ok {
				class, title = mk.LinkMark()
			}
			l.SetAttributeString("class", []byte(class))
			if len(l.Title) == 0 {
				l.Title, titled[i] = []byte(title), true
			}
		}
	}
	var buf bytes.Buffer
	_ = m.md.Renderer().Render(&buf, t.src, t.root)
	html := strings.TrimSpace(buf.String())
	html = strings.TrimSuffix(strings.TrimPrefix(html, "<p>"), "</p>")
	t.html = html
	for i, l := range t.links { // as parsed, for the next render
		l.Destination = t.dests[i]
		l.RemoveAttributes()
		if titled[i] {
			l.Title = nil
		}
	}
	return errs
}
