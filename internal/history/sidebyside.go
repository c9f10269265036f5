package history

import (
	"fmt"
	"html/template"
	"strings"
)

// SideBySide renders the diff as a two-column table with Indonesian
// labels; see SideBySideIn.
func (d *Diff) SideBySide() template.HTML { return d.SideBySideIn("id") }

// SideBySideIn renders the diff as a table of two columns, the old
// version on the left and the new one on the right, one row per block
// change (plus one for the old place of each moved block), aligned.
// Deleted words are marked <del> on the left, inserted
// words <ins> on the right; a side without the block is an empty cell.
// Rows carry the same diff-* classes as HTMLIn plus diff-k-<kind> (and
// diff-h<level> for headings) so the theme can style them. It sets no
// ids, so both views can share a page.
func (d *Diff) SideBySideIn(lang string) template.HTML {
	w := &htmlWriter{d: d, l: labelsFor(lang), ids: map[string]bool{}}
	var b strings.Builder
	fmt.Fprintf(&b, "<table class=\"diff-sbs\">\n<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
		template.HTMLEscapeString(w.l.oldCol), template.HTMLEscapeString(w.l.newCol))
	row := func(c *BlockChange) {
		left, right := w.sides(c)
		fmt.Fprintf(&b, "<tr%s><td>%s</td><td>%s</td></tr>\n", class(c, kindClass(c)), left, right)
	}
	away := d.movedAway()
	for _, c := range away[-1] {
		row(&c)
	}
	for i := range d.Blocks {
		row(&d.Blocks[i])
		for _, c := range away[i] {
			row(&c)
		}
	}
	b.WriteString("</tbody>\n</table>\n")
	return template.HTML(b.String()) // #nosec: every text is escaped by the writer
}

// sides returns the old and new cells of one row.
func (w *htmlWriter) sides(c *BlockChange) (left, right string) {
	switch c.Kind {
	case KindInserted:
		return "", w.mark(Insert, c.New.Text)
	case KindDeleted:
		return w.mark(Delete, c.Old.Text), ""
	case KindMoved:
		return w.spans(c, Insert), w.movedNote(c) + w.moveMark(Insert, w.spans(c, Delete))
	case kindMovedAway:
		return w.movedNote(c) + w.moveMark(Delete, template.HTMLEscapeString(c.Old.Text)), ""
	case KindRenumbered:
		return template.HTMLEscapeString(c.Old.Text), template.HTMLEscapeString(c.New.Text)
	}
	return w.spans(c, Insert), w.spans(c, Delete)
}

func kindClass(c *BlockChange) string {
	b := c.New
	if b == nil || c.Kind == kindMovedAway {
		b = c.Old
	}
	if b.Kind == "heading" {
		return fmt.Sprintf("diff-k-heading diff-h%d", min(max(b.Level, 1), 6))
	}
	return "diff-k-" + b.Kind
}
