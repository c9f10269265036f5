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
	var hs []*ast.Heading
	used := make(map[string]bool)
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			hs = append(hs, h)
			if id := headingID(h); id != "" {
				used[id] = true
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	var scope articleScope
	for _, h := range hs {
		id := scope.id(h.Level, plainText(h, src))
		if headingID(h) != "" {
			continue
		}
		h.SetAttributeString("id", []byte(unique(id, used)))
	}
}

// unique returns id, or id-2, id-3, ... whichever is first unused, and marks
// it used.
func unique(id string, used map[string]bool) string {
	u := id
	for i := 2; used[u]; i++ {
		u = id + "-" + strconv.Itoa(i)
	}
	used[u] = true
	return u
}
