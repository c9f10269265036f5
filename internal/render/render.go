package render

import (
	"bytes"
	"reflect"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// DefaultTOCMin is the TOC threshold used when Options.TOCMin is zero or less.
const DefaultTOCMin = 4

// DefaultAnchorLabel is the aria-label of heading anchors used when
// Options.AnchorLabel is empty.
const DefaultAnchorLabel = "Tautan ke bagian ini"

// Options configures a Renderer. The zero value is the safe default.
type Options struct {
	// HTML says what becomes of raw HTML: the zero value, HTMLSafe,
	// keeps what the allow-list allows (see the package doc).
	HTML HTMLMode
	// TOCMin is the minimum number of h2/h3 headings for Doc.TOC to return a
	// table of contents; zero or less means DefaultTOCMin.
	TOCMin int
	// AnchorLabel is the aria-label of the "#" link after h2-h4 headings;
	// empty means DefaultAnchorLabel.
	AnchorLabel string
	// BrokenLinkTitle is the title of a link its Resolver rejected (a
	// reader's tooltip); empty means DefaultBrokenLinkTitle.
	BrokenLinkTitle string
	// Quiz holds the words of self-check question forms; zero fields
	// take DefaultQuizLabels.
	Quiz QuizLabels
	// Callouts are the titles of callouts written without one; zero
	// fields take DefaultCalloutLabels.
	Callouts CalloutLabels
}

// DefaultBrokenLinkTitle is the title of a broken link used when
// Options.BrokenLinkTitle is empty.
const DefaultBrokenLinkTitle = "Tautan rusak: halaman atau bagian yang dituju tidak ada"

func (o Options) withDefaults() Options {
	if o.TOCMin <= 0 {
		o.TOCMin = DefaultTOCMin
	}
	if o.AnchorLabel == "" {
		o.AnchorLabel = DefaultAnchorLabel
	}
	if o.BrokenLinkTitle == "" {
		o.BrokenLinkTitle = DefaultBrokenLinkTitle
	}
	o.Quiz = o.Quiz.withDefaults()
	return o
}

// Renderer parses and renders Pustaka Markdown. It holds one goldmark
// instance and no per-document state, so one Renderer serves a whole site
// from many goroutines at once.
type Renderer struct {
	md     goldmark.Markdown
	inline *inlineMD // the texts of questions
	opts   Options
	bufs   sync.Pool // *bytes.Buffer for RenderString
}

// New builds a Renderer. Build it once per site, not per page.
func New(opts Options) *Renderer {
	opts = opts.withDefaults()
	var ropts []renderer.Option
	if opts.HTML == HTMLUnsafe {
		ropts = append(ropts, html.WithUnsafe())
	}
	md := goldmark.New(
		goldmark.WithParser(newParser(opts.HTML)),
		goldmark.WithExtensions(
			extension.GFM, extension.Footnote, extension.DefinitionList,
			mdxIDs{}, headingIDs{}, lazyImages{}, headingAnchors{label: opts.AnchorLabel}, tableWrap{}, quizHTML{l: opts.Quiz}, callouts{labels: opts.Callouts},
		),
		goldmark.WithRendererOptions(ropts...),
	)
	if opts.HTML == HTMLSafe {
		md.Parser().AddOptions(parser.WithASTTransformers(util.Prioritized(htmlFilter{}, 150)))
		md.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(safeHTMLRenderer{}, 100)))
	}
	return &Renderer{md: md, inline: newInlineMD(), opts: opts}
}

// newParser returns goldmark's default parser with heading attributes.
// Escaping raw HTML, it has no raw HTML parsers: tags stay text. Else
// its HTML block parser leaves a paragraph that opens with a note's
// <p class="tip"> to the paragraph parser, so that the Markdown inside
// the note works (htmlNotes makes it a callout).
func newParser(mode HTMLMode) parser.Parser {
	blocks := parser.DefaultBlockParsers()
	inlines := parser.DefaultInlineParsers()
	if mode == HTMLEscape {
		blocks = without(blocks, parser.NewHTMLBlockParser())
		inlines = without(inlines, parser.NewRawHTMLParser())
	} else {
		for i, b := range blocks {
			if reflect.TypeOf(b.Value) == reflect.TypeOf(parser.NewHTMLBlockParser()) {
				blocks[i].Value = noteAwareHTMLBlocks{parser.NewHTMLBlockParser()}
			}
		}
	}
	return parser.NewParser(
		parser.WithBlockParsers(blocks...),
		parser.WithInlineParsers(inlines...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...),
		parser.WithAttribute(),
	)
}

// without returns list minus the entries of the same dynamic type as v.
func without(list []util.PrioritizedValue, v any) []util.PrioritizedValue {
	t := reflect.TypeOf(v)
	out := list[:0]
	for _, p := range list {
		if reflect.TypeOf(p.Value) != t {
			out = append(out, p)
		}
	}
	return out
}

// Parse parses a page body once. It keeps a private copy of src, so the
// caller may reuse its buffer. Parse never fails: any input is Markdown.
func (r *Renderer) Parse(src []byte) *Doc {
	return r.ParseShared(bytes.Clone(src))
}

// ParseShared is Parse without the copy: the Doc reads src as it is, so
// the caller must not change src while the Doc is in use. A site build,
// whose sources are never written to, saves a copy of every page.
func (r *Renderer) ParseShared(src []byte) *Doc {
	root := r.md.Parser().Parse(text.NewReader(src))
	d := &Doc{src: src, root: root, lines: newLineIndex(src), tocMin: r.opts.TOCMin, inline: r.inline}
	d.collect()
	return d
}

// Render writes d as HTML, resolving every local link through res (a nil res
// leaves links as written and reports nothing). Links res rejects keep their
// written destination and are returned as errs in document order. d must
// have been parsed by the same Renderer. Render does not change d: a Doc can
// be rendered any number of times, also from several goroutines (renders of
// one Doc take turns; different Docs render in parallel).
func (r *Renderer) Render(d *Doc, res Resolver) (html []byte, errs []LinkError) {
	var buf bytes.Buffer
	buf.Grow(2*len(d.src) + 512) // HTML is typically 1.5-1.8x the Markdown
	errs = r.render(&buf, d, res)
	return buf.Bytes(), errs
}

// RenderString is Render returning the HTML as a string. It renders into
// a recycled buffer, so the page costs one allocation of its exact size.
func (r *Renderer) RenderString(d *Doc, res Resolver) (html string, errs []LinkError) {
	buf, _ := r.bufs.Get().(*bytes.Buffer)
	if buf == nil {
		buf = new(bytes.Buffer)
	}
	buf.Reset()
	errs = r.render(buf, d, res)
	html = buf.String()
	r.bufs.Put(buf)
	return html, errs
}

// render appends the HTML of d to buf.
func (r *Renderer) render(buf *bytes.Buffer, d *Doc, res Resolver) []LinkError {
	d.mu.Lock()
	defer d.mu.Unlock()
	errs := d.resolveLinks(res, r.opts.BrokenLinkTitle)
	defer d.restoreLinks()
	for _, q := range d.quizzes {
		for i := range q.texts {
			q.texts[i].each(func(t *mdText) { errs = append(errs, r.inline.render(t, res, r.opts.BrokenLinkTitle)...) })
		}
	}
	// Writes to a bytes.Buffer cannot fail, and neither goldmark's node
	// renderers nor ours return errors, so Render has no error to report.
	_ = r.md.Renderer().Render(bufWriter{buf}, d.src, d.root)
	return errs
}

// bufWriter lets goldmark write into a bytes.Buffer directly: given a
// plain io.Writer, it would put a fresh bufio.Writer of its own in front.
type bufWriter struct{ *bytes.Buffer }

var _ util.BufWriter = bufWriter{}

// Buffered reports no bytes waiting: every write is already in the buffer.
func (bufWriter) Buffered() int { return 0 }

// Flush has nothing to do.
func (bufWriter) Flush() error { return nil }
