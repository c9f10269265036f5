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
	ids := idSet{used: make(map[string]bool), next: make(map[string]int)}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			hs = append(hs, h)
			if id := headingID(h); id != "" {
				ids.used[id] = true
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
		h.SetAttributeString("id", []byte(ids.unique(id)))
	}
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
