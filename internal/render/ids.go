package render

import (
	"strconv"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// headingIDs gives every heading without an explicit {#id} an anchor (see
// the package doc). It replaces goldmark's WithAutoHeadingID because Ayat
// anchors depend on the Pasal above them.
type headingIDs struct{}

var (
	_ goldmark.Extender     = headingIDs{}
	_ parser.ASTTransformer = headingIDs{}
)

// Extend registers the transformer.
func (headingIDs) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithASTTransformers(util.Prioritized(headingIDs{}, 100)))
}

// Transform assigns the ids.
func (headingIDs) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	src := reader.Source()
	ids := idSet{used: make(map[string]bool), next: make(map[string]int)}
	hs := appendHeadings(nil, doc)
	keepOutline(hs)
	for _, h := range hs {
		if id := headingID(h); id != "" {
			ids.used[id] = true
		}
	}
	var scope articleScope
	for _, h := range hs {
		id := scope.id(h.Level, plainText(h, src))
		if headingID(h) != "" {
			continue
		}
		h.SetAttributeString("id", []byte(ids.unique(id)))
	}
}

// keepOutline lowers the level of a heading that would skip one going
// down: "####" right after "##" is an h3. The page's title is the page's
// h1 and a body h1 is written as an h2 (see headingAnchors), so the first
// heading under the title is at most an h2. Screen readers and the HTML
// checker read the outline; the anchors, the table of contents and the
// Pasal scope follow the corrected levels.
func keepOutline(hs []*ast.Heading) {
	prev := 1 // the page title
	for i, h := range hs {
		switch {
		case h.Level == 1 && i == 0: // the title, when the page strips it
			continue
		case h.Level == 1:
			prev = 2
			continue
		case h.Level > prev+1:
			h.Level = prev + 1
		}
		prev = h.Level
	}
}

// appendHeadings appends the headings under n in document order. It visits
// container blocks only, never inline content, which keeps it cheap.
func appendHeadings(hs []*ast.Heading, n ast.Node) []*ast.Heading {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if h, ok := c.(*ast.Heading); ok {
			hs = append(hs, h)
		} else if c.Type() == ast.TypeBlock && c.HasChildren() && c.FirstChild().Type() == ast.TypeBlock {
			hs = appendHeadings(hs, c)
		}
	}
	return hs
}

// idSet hands out unique anchors.
type idSet struct {
	used map[string]bool
	next map[string]int // base id -> first suffix worth trying
}

// unique returns id, or the first unused of id-2, id-3, ..., and marks it
// used. Remembering the last suffix keeps many repeats linear.
func (s *idSet) unique(id string) string {
	if !s.used[id] {
		s.used[id] = true
		return id
	}
	i := max(s.next[id], 2)
	u := id + "-" + strconv.Itoa(i)
	for s.used[u] {
		i++
		u = id + "-" + strconv.Itoa(i)
	}
	s.used[u] = true
	s.next[id] = i + 1
	return u
}
