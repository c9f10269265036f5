package render

import (
	"slices"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// headingAnchors renders headings with their id and, for h2-h4, a trailing
// copy-link anchor. A body h1 is written as h2: the layout's title is the
// page's only h1.
type headingAnchors struct {
	label string // aria-label of the anchor
}

var (
	_ goldmark.Extender     = headingAnchors{}
	_ renderer.NodeRenderer = headingAnchors{}
)

// Extend registers the heading renderer ahead of goldmark's.
func (a headingAnchors) Extend(m goldmark.Markdown) {
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(a, 100)))
}

// RegisterFuncs implements renderer.NodeRenderer.
func (a headingAnchors) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindHeading, a.renderHeading)
}

func (a headingAnchors) renderHeading(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.Heading)
	// The layout prints the page title as the page's one h1: a body h1 that
	// is not the title (StripTitle) is written one level down.
	level := "0223456"[n.Level]
	if entering {
		_, _ = w.WriteString("<h")
		_ = w.WriteByte(level)
		if n.Attributes() != nil {
			html.RenderAttributes(w, n, html.HeadingAttributeFilter)
		}
		_ = w.WriteByte('>')
		return ast.WalkContinue, nil
	}
	if id := headingID(n); id != "" && n.Level >= 2 && n.Level <= 4 {
		_, _ = w.WriteString(` <a class="anchor" href="#`)
		_, _ = w.Write(util.EscapeHTML([]byte(id)))
		_, _ = w.WriteString(`" aria-label="`)
		_, _ = w.Write(util.EscapeHTML([]byte(a.label)))
		_, _ = w.WriteString(`">#</a>`)
	}
	_, _ = w.WriteString("</h")
	_ = w.WriteByte(level)
	_, _ = w.WriteString(">\n")
	return ast.WalkContinue, nil
}

// tableWrap wraps GFM tables in <div class="table-wrap"> by decorating the
// table renderer of goldmark's table extension.
type tableWrap struct {
	inner renderer.NodeRenderer
}

var (
	_ goldmark.Extender     = tableWrap{}
	_ renderer.NodeRenderer = tableWrap{}
	_ renderer.SetOptioner  = tableWrap{}
)

// Extend registers the wrapper ahead of the table extension's renderer.
func (tableWrap) Extend(m goldmark.Markdown) {
	t := tableWrap{inner: extension.NewTableHTMLRenderer()}
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(t, 100)))
}

// SetOption passes renderer options (XHTML, ...) to the table renderer.
func (t tableWrap) SetOption(name renderer.OptionName, value any) {
	if s, ok := t.inner.(renderer.SetOptioner); ok {
		s.SetOption(name, value)
	}
}

// RegisterFuncs registers the table renderer's functions, wrapping the one
// for the table itself.
func (t tableWrap) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	funcs := funcCapture{}
	t.inner.RegisterFuncs(funcs)
	for kind, f := range funcs {
		switch kind {
		case east.KindTable:
			f = wrapTable(f)
		case east.KindTableCell:
			f = keepCellAttributes(f)
		}
		reg.Register(kind, f)
	}
}

func wrapTable(f renderer.NodeRendererFunc) renderer.NodeRendererFunc {
	return func(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			_, _ = w.WriteString("<div class=\"table-wrap\">\n")
			return f(w, src, n, entering)
		}
		s, err := f(w, src, n, entering)
		_, _ = w.WriteString("</div>\n")
		return s, err
	}
}

// keepCellAttributes undoes the style attribute goldmark's cell renderer
// adds to aligned cells on every render, so a Doc renders the same each time.
func keepCellAttributes(f renderer.NodeRendererFunc) renderer.NodeRendererFunc {
	return func(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || n.(*east.TableCell).Alignment == east.AlignNone {
			return f(w, src, n, entering)
		}
		saved := slices.Clone(n.Attributes())
		s, err := f(w, src, n, entering)
		n.RemoveAttributes()
		for _, a := range saved {
			n.SetAttribute(a.Name, a.Value)
		}
		return s, err
	}
}

// funcCapture records registered node renderer functions.
type funcCapture map[ast.NodeKind]renderer.NodeRendererFunc

// Register implements renderer.NodeRendererFuncRegisterer.
func (c funcCapture) Register(k ast.NodeKind, f renderer.NodeRendererFunc) { c[k] = f }

// lazyImages adds loading="lazy" to every image.
type lazyImages struct{}

var (
	_ goldmark.Extender     = lazyImages{}
	_ parser.ASTTransformer = lazyImages{}
)

// Extend registers the transformer.
func (lazyImages) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithASTTransformers(util.Prioritized(lazyImages{}, 200)))
}

// Transform sets the attribute on images that do not have one.
func (lazyImages) Transform(doc *ast.Document, _ text.Reader, _ parser.Context) {
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if img, ok := n.(*ast.Image); ok && entering {
			if _, has := img.AttributeString("loading"); !has {
				img.SetAttributeString("loading", []byte("lazy"))
			}
		}
		return ast.WalkContinue, nil
	})
}
