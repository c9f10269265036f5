package render

import (
	"regexp"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// mdxIDs reads the heading ids MDX sites write as a comment at the end of
// a heading, "## Instalasi {/*instalasi*/}" or "{/* #instalasi */}"
// (Docusaurus), where "{#instalasi}" would not be valid MDX: the comment
// is taken off the heading and its id given to it, as for "{#id}". It
// runs before headingIDs, which then leaves the heading alone.
type mdxIDs struct{}

var (
	_ goldmark.Extender     = mdxIDs{}
	_ parser.ASTTransformer = mdxIDs{}
)

// Extend registers the transformer.
func (mdxIDs) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithASTTransformers(util.Prioritized(mdxIDs{}, 50)))
}

// mdxIDRE matches the comment at the end of a heading's text.
var mdxIDRE = regexp.MustCompile(`[ \t]*\{/\*[ \t]*#?([\p{L}\p{N}_:.-]+)[ \t]*\*/\}[ \t]*$`)

// Transform takes the comments off and sets the ids.
func (mdxIDs) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	src := reader.Source()
	for _, h := range appendHeadings(nil, doc) {
		lines := h.Lines()
		if lines.Len() == 0 || headingID(h) != "" {
			continue
		}
		last := lines.At(lines.Len() - 1)
		m := mdxIDRE.FindSubmatchIndex(last.Value(src))
		if m == nil {
			continue
		}
		if cutInline(h, last.Start+m[0], src) {
			h.SetAttributeString("id", []byte(last.Value(src)[m[2]:m[3]]))
		}
	}
}

// cutInline removes the inline content of n from source offset cut on.
// It reports false, changing nothing, when something other than text
// straddles cut.
func cutInline(n ast.Node, cut int, src []byte) bool {
	var drop []ast.Node
	var trim *ast.Text
	for c := n.LastChild(); c != nil; c = c.PreviousSibling() {
		start := firstOffset(c)
		if start >= cut {
			drop = append(drop, c)
			continue
		}
		if t, ok := c.(*ast.Text); ok && t.Segment.Stop > cut {
			trim = t
		} else if start < 0 || lastStop(c) > cut {
			return false
		}
		break
	}
	for _, c := range drop {
		n.RemoveChild(n, c)
	}
	if trim != nil {
		seg := trim.Segment.WithStop(cut)
		trim.Segment = seg.TrimRightSpace(src)
	}
	return true
}

// firstOffset is the source offset of the first text under n, or -1.
func firstOffset(n ast.Node) int {
	if t, ok := n.(*ast.Text); ok {
		return t.Segment.Start
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if o := firstOffset(c); o >= 0 {
			return o
		}
	}
	return -1
}

// lastStop is the source offset after the last text under n, or -1.
func lastStop(n ast.Node) int {
	if t, ok := n.(*ast.Text); ok {
		return t.Segment.Stop
	}
	for c := n.LastChild(); c != nil; c = c.PreviousSibling() {
		if o := lastStop(c); o >= 0 {
			return o
		}
	}
	return -1
}
