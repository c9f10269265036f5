package history

import (
	"encoding/json"
	"fmt"
	"strings"
)

// ANSI colours of WordDiff.
const (
	ansiRed   = "\x1b[31m"
	ansiGreen = "\x1b[32m"
	ansiReset = "\x1b[m"
)

// WordDiff renders the diff as text in the style of git --word-diff=plain:
// one line per block, prefixed like Markdown ("## " for a level-2
// heading, "- " for an item, "> " for a quote, "| " for a table cell),
// with "[-removed-]" and "{+added+}" marks. A moved block is prefixed
// "(dipindahkan dari <section>) ", and its old place is a line
// "(dipindahkan ke <section>) [-old text-]"; "(dipindahkan) " when the
// section is the same. With color the marks are also coloured red and
// green with ANSI escapes.
func (d *Diff) WordDiff(color bool) string {
	var b strings.Builder
	for _, c := range d.wordLines() {
		d.wordDiffLine(&b, &c, color)
	}
	return b.String()
}

// WordHunks renders the lines of WordDiff that changed, each with up to
// context unchanged lines around it, like a unified diff does: a long
// draft with a few edits reads as those edits in their place. Each run
// of lines kept is a hunk, headed by the headings of the new version
// above it ("@@ Pasal 8 › Ayat (2) @@"), or "@@" when there are none. It is empty when
// the versions have the same blocks.
func (d *Diff) WordHunks(context int, color bool) string {
	lines := d.wordLines()
	keep := make([]bool, len(lines))
	for i, c := range lines {
		if c.Kind != KindEqual {
			for j := max(0, i-context); j <= min(len(lines)-1, i+context); j++ {
				keep[j] = true
			}
		}
	}
	var b strings.Builder
	var path []*Block // the headings above, one per level
	for i := range lines {
		c := &lines[i]
		if keep[i] && (i == 0 || !keep[i-1]) {
			b.WriteString(hunkHeader(path))
		}
		if keep[i] {
			d.wordDiffLine(&b, c, color)
		}
		if h := c.New; h != nil && h.Kind == "heading" && c.Kind != kindMovedAway {
			for len(path) > 0 && path[len(path)-1].Level >= h.Level {
				path = path[:len(path)-1]
			}
			path = append(path, h)
		}
	}
	return b.String()
}

// hunkHeader is the line heading a hunk of WordHunks: the texts of the
// headings above it, outermost first ("@@ Pasal 8 › Ayat (2) @@"), or
// "@@" with none.
func hunkHeader(path []*Block) string {
	if len(path) == 0 {
		return "@@\n"
	}
	texts := make([]string, len(path))
	for i, h := range path {
		texts[i] = strings.Join(strings.Fields(h.Text), " ")
	}
	return "@@ " + strings.Join(texts, " › ") + " @@\n"
}

// wordLines returns the lines of WordDiff in order: the block changes,
// each followed by the old places of blocks that moved away from there.
func (d *Diff) wordLines() []BlockChange {
	away := d.movedAway()
	out := append([]BlockChange(nil), away[-1]...)
	for i := range d.Blocks {
		out = append(out, d.Blocks[i])
		out = append(out, away[i]...)
	}
	return out
}

// wordDiffLine writes the WordDiff line of one block change. Both ends of
// a move are marked: the old place "[-…-]", the new place "{+…+}" with
// the word changes made on the way marked inside.
func (d *Diff) wordDiffLine(b *strings.Builder, c *BlockChange, color bool) {
	blk := c.New
	if blk == nil || c.Kind == kindMovedAway {
		blk = c.Old
	}
	b.WriteString(linePrefix(blk))
	switch c.Kind {
	case KindInserted:
		b.WriteString(plainMark(Insert, c.New.Text, color))
	case KindDeleted:
		b.WriteString(plainMark(Delete, c.Old.Text, color))
	case kindMovedAway:
		b.WriteString(d.movedPrefix(c) + plainMark(Delete, c.Old.Text, color))
	case KindMoved:
		b.WriteString(d.movedPrefix(c))
		var in strings.Builder
		writeSpans(&in, c, color)
		b.WriteString(moveMark(in.String(), color))
	case KindRenumbered:
		b.WriteString(c.New.Text + " (" + fmt.Sprintf(labelsFor("id").formerly, c.Old.Text) + ")")
	default:
		writeSpans(b, c, color)
	}
	b.WriteByte('\n')
}

// writeSpans writes the text of a block change with its word marks.
func writeSpans(b *strings.Builder, c *BlockChange, color bool) {
	if c.Spans == nil {
		b.WriteString(c.New.Text)
	}
	for _, s := range c.Spans {
		b.WriteString(plainMark(s.Op, s.Text, color))
	}
}

// moveMark marks the text of a moved block at its new place.
func moveMark(text string, color bool) string {
	if color {
		return ansiGreen + "{+" + ansiReset + text + ansiGreen + "+}" + ansiReset
	}
	return "{+" + text + "+}"
}

// movedPrefix says where a moved block came from, or for its old place
// where it went, naming the section as a reader does ("Pasal 8").
func (d *Diff) movedPrefix(c *BlockChange) string {
	word, sec, other, title := "dari", c.Old.Section, c.New.Section, d.oldTitle(c.Old.Section)
	if c.Kind == kindMovedAway {
		word, sec, other, title = "ke", c.New.Section, c.Old.Section, d.SectionTitle(c.New.Section)
	}
	if sec == "" || sec == other {
		return "(dipindahkan) "
	}
	return "(dipindahkan " + word + " " + title + ") "
}

// plainMark marks text as WordDiff does; white space at either end stays
// outside the mark (see edges).
func plainMark(op Op, text string, color bool) string {
	if op == Equal {
		return text
	}
	lead, core, trail := edges(text)
	return lead + plainMarkCore(op, core, color) + trail
}

func plainMarkCore(op Op, text string, color bool) string {
	switch {
	case op == Insert && color:
		return ansiGreen + "{+" + text + "+}" + ansiReset
	case op == Insert:
		return "{+" + text + "+}"
	case op == Delete && color:
		return ansiRed + "[-" + text + "-]" + ansiReset
	case op == Delete:
		return "[-" + text + "-]"
	}
	return text
}

// linePrefix returns the Markdown-like prefix of a block's line.
func linePrefix(b *Block) string {
	switch b.Kind {
	case "heading":
		return strings.Repeat("#", min(max(b.Level, 1), 6)) + " "
	case "item":
		return strings.Repeat("  ", max(b.Level-1, 0)) + "- "
	case "quote":
		return "> "
	case "cell":
		return "| "
	case "term":
		return ": "
	case "definition":
		return ":: "
	}
	return ""
}

// textLines renders blocks as lines of text for Unified: each block is
// a line with its prefix; a block with several lines (code) continues on
// lines indented by two spaces.
func textLines(bs []Block) []string {
	var out []string
	for i := range bs {
		out = append(out, strings.Split(linePrefix(&bs[i])+strings.ReplaceAll(bs[i].Text, "\n", "\n  "), "\n")...)
	}
	return out
}

// Unified renders the diff as a unified diff of the two versions, one
// line per block (as in WordDiff, without marks; lines after the first of
// a multi-line block are indented by two spaces; the lines of a moved
// block say so at both ends, as WordDiff does), with three lines of
// context and the usual "--- oldName", "+++ newName" and "@@" headers.
// It is empty when the versions have the same blocks.
func (d *Diff) Unified(oldName, newName string) string {
	la, lb := d.movedLines()
	ia, ib := intern(la, lb)
	hs := unifiedHunks(diffInts(ia, ib), 3)
	if len(hs) == 0 {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "--- %s\n+++ %s\n", oldName, newName)
	for _, h := range hs {
		h.write(&b, la, lb)
	}
	return b.String()
}

// movedLines returns the lines of both versions for Unified, the lines
// of moved blocks marked at both ends: "(dipindahkan ke Pasal 9) " before
// the old line, "(dipindahkan dari Pasal 8) " before the new one.
func (d *Diff) movedLines() (la, lb []string) {
	oldNote := make([]string, len(d.old))
	newNote := make([]string, len(d.new))
	for i := range d.Blocks {
		c := &d.Blocks[i]
		if c.Kind == KindMoved {
			newNote[c.NewIndex] = d.movedPrefix(c)
			away := *c
			away.Kind = kindMovedAway
			oldNote[c.OldIndex] = d.movedPrefix(&away)
		}
	}
	lines := func(bs []Block, notes []string) []string {
		var out []string
		for i := range bs {
			text := linePrefix(&bs[i]) + notes[i] + strings.ReplaceAll(bs[i].Text, "\n", "\n  ")
			out = append(out, strings.Split(text, "\n")...)
		}
		return out
	}
	return lines(d.old, oldNote), lines(d.new, newNote)
}

// uhunk is one hunk of a unified diff: the edits from edits[from:to],
// starting at line a of the old and b of the new text.
type uhunk struct {
	a, b  int
	edits []edit
}

// unifiedHunks groups an edit script into hunks with ctx lines of context.
func unifiedHunks(es []edit, ctx int) []uhunk {
	var hs []uhunk
	var cur *uhunk
	a, b := 0, 0
	for i, e := range es {
		if e.op != Equal {
			if cur == nil {
				pre := 0
				if i > 0 {
					pre = min(es[i-1].n, ctx)
				}
				hs = append(hs, uhunk{a: a - pre, b: b - pre})
				cur = &hs[len(hs)-1]
				cur.edits = append(cur.edits, edit{Equal, pre})
			}
			cur.edits = append(cur.edits, e)
		} else if cur != nil {
			if i < len(es)-1 && e.n <= 2*ctx {
				cur.edits = append(cur.edits, e)
			} else {
				cur.edits = append(cur.edits, edit{Equal, min(e.n, ctx)})
				cur = nil
			}
		}
		if e.op != Insert {
			a += e.n
		}
		if e.op != Delete {
			b += e.n
		}
	}
	return hs
}

func (h uhunk) write(w *strings.Builder, la, lb []string) {
	na, nb := 0, 0
	for _, e := range h.edits {
		if e.op != Insert {
			na += e.n
		}
		if e.op != Delete {
			nb += e.n
		}
	}
	fmt.Fprintf(w, "@@ -%s +%s @@\n", hunkRange(h.a, na), hunkRange(h.b, nb))
	i, j := h.a, h.b
	for _, e := range h.edits {
		for range e.n {
			switch e.op {
			case Equal:
				fmt.Fprintf(w, " %s\n", la[i])
				i, j = i+1, j+1
			case Delete:
				fmt.Fprintf(w, "-%s\n", la[i])
				i++
			case Insert:
				fmt.Fprintf(w, "+%s\n", lb[j])
				j++
			}
		}
	}
}

// hunkRange formats the start and length of a hunk side as in GNU diff.
func hunkRange(start, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", start)
	case 1:
		return fmt.Sprintf("%d", start+1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}

// JSON encodes the diff: blocks (kind, old, new, spans with op "equal",
// "insert" or "delete", movedFrom, oldIndex, newIndex), added, removed
// and changedSections.
func (d *Diff) JSON() ([]byte, error) {
	return json.Marshal(d)
}
