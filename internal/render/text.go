package render

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tubei/pustaka/internal/quiz"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// Block kinds reported by Doc.Blocks.
const (
	KindHeading    = "heading"
	KindParagraph  = "paragraph"
	KindItem       = "item"       // text of a list item
	KindCell       = "cell"       // one table cell
	KindQuote      = "quote"      // paragraph of a block quote
	KindCode       = "code"       // code block
	KindTerm       = "term"       // definition list term
	KindDefinition = "definition" // definition list description
	KindQuestion   = "question"   // the text of a self-check question, without options, key or feedback
	// KindAnswer is a line of a question's key, written as in its block:
	// an option with its mark ("(x) Tiga bulan", "[ ] Review"), an
	// option's feedback ("> Terlalu lama."), "jawaban: benar",
	// "isian: dua minggu", "penjelasan: …". Only ReviewBlocks has them.
	KindAnswer = "answer"
)

// Block is one unit of plain text, for the search index and the version diff.
type Block struct {
	Kind    string // one of the Kind constants
	Level   int    // heading level; 0 for other kinds
	ID      string // the heading's anchor; "" for other kinds
	Section string // anchor of the nearest heading above ("fn:N" inside footnote N); "" before the first
	Text    string // plain text, whitespace-normalised
	// Links: the block's text is all link text (a list item or paragraph
	// that only names other pages, as a "Dokumen Terkait" list does).
	Links bool
}

// Blocks returns the plain-text blocks of the page in document order.
// Empty blocks are left out.
func (d *Doc) Blocks() []Block {
	d.mu.Lock()
	defer d.mu.Unlock()
	c := blockCollector{src: d.src}
	c.walk(d.root)
	return c.blocks
}

// ReviewBlocks is Blocks with the keys of the self-check questions after
// each question's text (KindAnswer blocks), for comparing versions: a
// reviewer sees a changed answer or feedback. Never for search, which
// must not find the answers.
func (d *Doc) ReviewBlocks() []Block {
	d.mu.Lock()
	defer d.mu.Unlock()
	c := blockCollector{src: d.src, keys: true}
	c.walk(d.root)
	return c.blocks
}

type blockCollector struct {
	src     []byte
	section string
	blocks  []Block
	keys    bool   // with the keys of questions (ReviewBlocks)
	buf     []byte // scratch for the text of a block (see text)
}

// text returns the text of n in c's scratch buffer, valid until the
// next call.
func (c *blockCollector) text(n ast.Node) []byte {
	c.buf = appendText(c.buf[:0], n, c.src)
	return c.buf
}

// answers adds the key of question q, whose texts are t.
func (c *blockCollector) answers(q *quiz.Question, t *questionTexts) {
	for i, o := range q.Options {
		open, mark, end := "(", " ", ") "
		if q.Kind == quiz.Multiple {
			open, end = "[", "] "
		}
		if o.Correct {
			mark = "x"
		}
		c.add(KindAnswer, []byte(open+mark+end+t.options[i].plain()))
		if t.feedback[i] != nil {
			c.add(KindAnswer, []byte("> "+t.feedback[i].plain()))
		}
	}
	switch q.Kind {
	case quiz.TrueFalse:
		answer := "jawaban: salah"
		if q.True {
			answer = "jawaban: benar"
		}
		c.add(KindAnswer, []byte(answer))
	case quiz.Short:
		for _, a := range q.Accept {
			c.add(KindAnswer, []byte("isian: "+a))
		}
	}
	c.add(KindAnswer, []byte("penjelasan: "+t.explanation.plain()))
}

func (c *blockCollector) add(kind string, text []byte) {
	if t := normalizeSpace(text); t != "" {
		c.blocks = append(c.blocks, Block{Kind: kind, Section: c.section, Text: t})
	}
}

func (c *blockCollector) walk(parent ast.Node) {
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		switch n := n.(type) {
		case *ast.Heading:
			id := headingID(n)
			c.section = id
			if t := normalizeSpace(c.text(n)); t != "" {
				c.blocks = append(c.blocks, Block{Kind: KindHeading, Level: n.Level, ID: id, Section: id, Text: t})
			}
		case *ast.Paragraph, *ast.TextBlock:
			was := len(c.blocks)
			c.add(paragraphKind(n), c.text(n))
			if len(c.blocks) > was && linksOnly(n, c.src) {
				c.blocks[was].Links = true
			}
		case *east.DefinitionTerm:
			c.add(KindTerm, c.text(n))
		case *east.TableCell:
			c.add(KindCell, c.text(n))
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			c.buf = appendLines(c.buf[:0], n, c.src)
			c.add(KindCode, c.buf)
		case *SafeHTML:
			c.add(KindParagraph, n.Plain)
		case *ast.HTMLBlock: // passed through (Options.HTML unsafe): its text, not its tags
			c.buf = appendLines(c.buf[:0], n, c.src)
			if n.HasClosure() {
				c.buf = append(c.buf, n.ClosureLine.Value(c.src)...)
			}
			c.add(KindParagraph, htmlText(c.buf))
		case *quizNode:
			for i := range n.questions {
				c.add(KindQuestion, []byte(n.texts[i].text.plain()))
				if c.keys {
					c.answers(&n.questions[i], &n.texts[i])
				}
			}
		case *east.Footnote:
			saved := c.section
			c.section = "fn:" + strconv.Itoa(n.Index)
			c.walk(n)
			c.section = saved
		default:
			c.walk(n)
		}
	}
}

// linksOnly reports whether the inline children of n are links and
// nothing else but white space and punctuation between them.
func linksOnly(n ast.Node, src []byte) bool {
	links := false
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Link, *ast.AutoLink:
			links = true
		case *ast.Text:
			if len(bytes.TrimFunc(c.Segment.Value(src), func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })) > 0 {
				return false
			}
		default:
			return false
		}
	}
	return links
}

// paragraphKind names a paragraph by its container.
func paragraphKind(n ast.Node) string {
	switch n.Parent().(type) {
	case *ast.ListItem:
		return KindItem
	case *ast.Blockquote:
		return KindQuote
	case *east.DefinitionDescription:
		return KindDefinition
	}
	return KindParagraph
}

// plainText returns the whitespace-normalised text of an inline container.
func plainText(n ast.Node, src []byte) string {
	return normalizeSpace(appendText(nil, n, src))
}

// appendText appends the reader-visible text of n's inline children: entities
// and backslash escapes resolved, footnote markers and task boxes left out.
func appendText(b []byte, n ast.Node, src []byte) []byte {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			seg := c.Segment
			b = appendValue(b, seg.Value(src), c.Parent().Kind() != ast.KindCodeSpan)
			if c.SoftLineBreak() || c.HardLineBreak() {
				b = append(b, ' ')
			}
		case *ast.String:
			b = appendValue(b, c.Value, !c.IsCode() && !c.IsRaw())
		case *ast.AutoLink:
			b = append(b, c.Label(src)...)
		case *SafeHTML:
			b = append(b, c.Plain...)
		case *ast.RawHTML: // one tag: a space for a <br> or a block, not the tag
			if c.Segments.Len() > 0 {
				if seg := c.Segments.At(0); spacedTag(seg.Value(src)) {
					b = append(b, ' ')
				}
			}
		case *east.FootnoteLink, *east.TaskCheckBox:
		default:
			b = appendText(b, c, src)
		}
	}
	return b
}

// appendValue appends v, resolving Markdown escapes and entities if asked.
func appendValue(b, v []byte, resolve bool) []byte {
	if resolve && bytes.ContainsAny(v, `\&`) {
		v = util.UnescapePunctuations(util.ResolveEntityNames(util.ResolveNumericReferences(v)))
	}
	return append(b, v...)
}

// appendLines appends the raw lines of a block node.
func appendLines(b []byte, n ast.Node, src []byte) []byte {
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		b = append(b, seg.Value(src)...)
	}
	return b
}

// normalizeSpace collapses runs of ASCII and Unicode white space to one
// space and trims both ends.
func normalizeSpace(b []byte) string {
	// The runs of other bytes are copied whole, with one space between
	// them, into a string of at most len(b) bytes: one allocation.
	var sb strings.Builder
	run := -1 // start of the current run of non-space bytes, or -1
	for i := 0; i < len(b); {
		n, space := 1, false
		if c := b[i]; c < utf8.RuneSelf {
			space = asciiSpace[c]
		} else {
			var r rune
			r, n = utf8.DecodeRune(b[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && run >= 0:
			writeRun(&sb, b[run:i], len(b)-run)
			run = -1
		case !space && run < 0:
			run = i
		}
		i += n
	}
	if run >= 0 {
		writeRun(&sb, b[run:], len(b)-run)
	}
	return sb.String()
}

// writeRun writes a run of non-space bytes to sb, after a space if sb
// holds text already; rest is the length of the input from the run on,
// at most what is still to be written.
func writeRun(sb *strings.Builder, run []byte, rest int) {
	if sb.Len() > 0 {
		sb.WriteByte(' ')
	} else {
		sb.Grow(rest)
	}
	sb.Write(run)
}

// asciiSpace are the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
