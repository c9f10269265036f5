package render

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/tubei/pustaka/internal/quiz"
)

// Heading is one heading of a Doc.
type Heading struct {
	Level int    // 1 to 6
	ID    string // anchor, unique within the page
	Text  string // plain text, whitespace-normalised
	Line  int    // 1-based line of the heading in the Markdown given to Parse
}

// Link is a local link of a Doc (see the package doc for "local").
type Link struct {
	Dest      string // destination as written, e.g. "../pelatihan/x.md#pasal-2" or "#pasal-3"; Markdown backslash escapes and entities resolved, %-escapes kept
	Line, Col int    // 1-based position of the link's "[" in the Markdown given to Parse
}

// Doc is one parsed page. Its exported fields are filled by Parse and are
// read-only by convention. All methods are safe for concurrent use; as
// StripTitle changes Headings, call it before sharing the Doc. A Resolver may
// call HasID and TOC of the Doc being rendered, but not Render or Blocks.
type Doc struct {
	// Headings lists every heading in document order.
	Headings []Heading
	// Links lists every local link in document order; those in the texts
	// of self-check questions come last, in the order of the questions.
	Links []Link
	// Title is the text of the first h1, "" if there is none.
	Title string
	// Questions lists the self-check questions of the ```soal blocks in
	// document order (see package quiz).
	Questions []quiz.Question
	// QuizErrors lists the problems of those blocks, with lines and
	// columns in the Markdown given to Parse.
	QuizErrors []quiz.Error

	mu        sync.Mutex   // guards the AST: Render, Blocks, StripTitle
	inline    *inlineMD    // the Renderer's reader of question texts
	quizzes   []*quizNode  // the blocks of questions, in order
	idsMu     sync.RWMutex // guards ids and Headings for HasID and TOC, which resolvers may call during Render
	titled    bool         // Title was set from an h1
	stripped  bool         // StripTitle removed the title heading
	src       []byte
	root      ast.Node
	lines     lineIndex
	tocMin    int
	ids       map[string]int // anchor -> number of elements carrying it
	links     []*ast.Link    // parallel to Links
	dests     [][]byte       // original destinations, parallel to links
	destTexts []string       // the same, unescaped as in Links
	linkTitle []bool         // parallel to links: the title was set by resolveLinks (a broken link)
}

// collect fills the exported fields and the anchor set from the AST.
func (d *Doc) collect() {
	d.ids = make(map[string]int)
	var quizzes []*ast.FencedCodeBlock
	_ = ast.Walk(d.root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			d.addHeading(n)
		case *ast.Link:
			d.addLink(n)
		case *east.Footnote:
			d.ids["fn:"+strconv.Itoa(n.Index)]++
		case *east.FootnoteLink:
			d.ids[footnoteRefID(n.Index, n.RefIndex)]++
		case *SafeHTML:
			for _, id := range n.IDs { // <a id="x"> of raw HTML: "#x" links work
				d.ids[id]++
			}
		case *ast.FencedCodeBlock:
			if isQuizBlock(n, d.src) {
				quizzes = append(quizzes, n)
			}
		}
		return ast.WalkContinue, nil
	})
	var set quiz.Set
	for _, n := range quizzes {
		d.collectQuiz(n, &set)
	}
	for _, q := range d.Questions {
		d.ids["soal-"+q.ID]++
	}
}

func footnoteRefID(index, refIndex int) string {
	if refIndex > 0 {
		return "fnref" + strconv.Itoa(refIndex) + ":" + strconv.Itoa(index)
	}
	return "fnref:" + strconv.Itoa(index)
}

func (d *Doc) addHeading(n *ast.Heading) {
	h := Heading{Level: n.Level, ID: headingID(n), Text: plainText(n, d.src), Line: d.lines.line(nodeOffset(n))}
	if h.Level == 1 && !d.titled {
		d.Title, d.titled = h.Text, true
	}
	d.Headings = append(d.Headings, h)
	if h.ID != "" {
		d.ids[h.ID]++
	}
}

func (d *Doc) addLink(n *ast.Link) {
	dest := string(appendValue(nil, n.Destination, true))
	if !isLocal(dest) {
		return
	}
	line, col := d.lines.position(d.src, n.Pos())
	d.Links = append(d.Links, Link{Dest: dest, Line: line, Col: col})
	d.links = append(d.links, n)
	d.dests = append(d.dests, n.Destination)
	d.destTexts = append(d.destTexts, dest)
	d.linkTitle = append(d.linkTitle, false)
}

// headingID returns the id attribute of n, "" if it has none.
func headingID(n ast.Node) string {
	v, ok := n.AttributeString("id")
	if !ok {
		return ""
	}
	switch v := v.(type) {
	case []byte:
		return string(v)
	case string:
		return v
	}
	return ""
}

// nodeOffset returns the source offset of a block node, or -1.
func nodeOffset(n ast.Node) int {
	if p := n.Pos(); p >= 0 {
		return p
	}
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return n.Lines().At(0).Start
	}
	return -1
}

// HasID reports whether an element of the page has the anchor id: a heading
// or a footnote ("fn:1") or footnote reference ("fnref:1"), or an element
// of raw HTML the safe mode kept (<a id="x">).
func (d *Doc) HasID(id string) bool {
	d.idsMu.RLock()
	defer d.idsMu.RUnlock()
	return d.ids[id] > 0
}

// StripTitle removes a leading h1 (one that is the first block of the page)
// from the output, Headings, Links, Blocks and the anchors; Title keeps its
// text. The layout
// prints the title itself. Calling it again does nothing more.
func (d *Doc) StripTitle() {
	d.mu.Lock()
	defer d.mu.Unlock()
	h, ok := d.root.FirstChild().(*ast.Heading)
	if d.stripped || !ok || h.Level != 1 {
		return
	}
	d.stripped = true
	d.root.RemoveChild(d.root, h)
	d.idsMu.Lock()
	defer d.idsMu.Unlock()
	// h is the first heading in document order, so it is Headings[0].
	if id := d.Headings[0].ID; id != "" {
		d.ids[id]--
	}
	d.Headings = d.Headings[1:]
	d.dropLinksIn(h)
}

// dropLinksIn forgets the links inside the removed node n.
func (d *Doc) dropLinksIn(n ast.Node) {
	quizLinks := slices.Clone(d.Links[len(d.links):]) // of the questions, which a heading does not hold
	keep := 0
	for i, l := range d.links {
		if isInside(l, n) {
			continue
		}
		d.Links[keep], d.links[keep], d.dests[keep], d.destTexts[keep] = d.Links[i], l, d.dests[i], d.destTexts[i]
		keep++
	}
	d.Links, d.links, d.dests, d.destTexts = append(d.Links[:keep], quizLinks...), d.links[:keep], d.dests[:keep], d.destTexts[:keep]
}

func isInside(n, ancestor ast.Node) bool {
	for ; n != nil; n = n.Parent() {
		if n == ancestor {
			return true
		}
	}
	return false
}

// TOC returns the h2 and h3 headings when there are at least Options.TOCMin
// of them, else nil.
func (d *Doc) TOC() []Heading {
	d.idsMu.RLock()
	defer d.idsMu.RUnlock()
	var toc []Heading
	for _, h := range d.Headings {
		if h.Level == 2 || h.Level == 3 {
			toc = append(toc, h)
		}
	}
	if len(toc) < d.tocMin {
		return nil
	}
	return toc
}

// Text returns the texts of all blocks joined by blank lines, for the search
// index and summaries.
func (d *Doc) Text() string {
	blocks := d.Blocks()
	var b strings.Builder
	for i, bl := range blocks {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(bl.Text)
	}
	return b.String()
}
