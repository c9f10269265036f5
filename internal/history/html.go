package history

import (
	"fmt"
	"html/template"
	"strings"
)

// labels holds the user-facing strings of the HTML diff in one language.
type labels struct {
	added, removed, movedFrom, movedTo, moved, start, oldCol, newCol string
	formerly, added1, removed1, became                               string
}

// labelsFor returns the strings for lang ("id" or "en"); anything else
// gets Indonesian, the site's default.
func labelsFor(lang string) labels {
	if lang == "en" {
		return labels{"added", "removed", "moved from %s", "moved to %s", "moved", "the start of the document", "Old version", "New version",
			"formerly %s", "%s new", "%s removed", "%s became %s"}
	}
	return labels{"ditambahkan", "dihapus", "dipindahkan dari %s", "dipindahkan ke %s", "dipindahkan", "awal dokumen", "Versi lama", "Versi baru",
		"dahulu %s", "%s baru", "%s dihapus", "%s menjadi %s"}
}

// HTML renders the diff as inline tracked changes with Indonesian labels;
// see HTMLIn.
func (d *Diff) HTML() template.HTML { return d.HTMLIn("id") }

// HTMLIn renders the diff as inline tracked changes, in the new version's
// order, with labels in lang ("id" or "en"). Headings, paragraphs, list
// items, quotes, code, definition lists and table rows keep their
// elements; inserted words are in <ins>, deleted words in <del>, each with
// a title naming the change. A whole inserted, deleted, changed or moved
// block carries the class diff-inserted, diff-deleted, diff-changed or
// diff-moved; a moved block starts with a <span class="diff-note"> saying
// where it came from, and its old place shows the old text struck
// through with class diff-moved-away and a note saying where it went.
// Headings with an ID get id="diff-" + ID.
func (d *Diff) HTMLIn(lang string) template.HTML {
	w := &htmlWriter{d: d, l: labelsFor(lang), ids: map[string]bool{}}
	away := d.movedAway()
	for _, c := range away[-1] {
		w.block(&c)
	}
	for i := range d.Blocks {
		w.block(&d.Blocks[i])
		for _, c := range away[i] {
			w.block(&c)
		}
	}
	w.close()
	return template.HTML(w.b.String()) // #nosec: every text is escaped by the writer
}

// htmlWriter renders block changes, opening and closing the container
// elements (ul, dl, table) that consecutive blocks share.
type htmlWriter struct {
	b     strings.Builder
	d     *Diff
	l     labels
	ids   map[string]bool
	open  string // container element now open: "ul", "dl", "table" or ""
	row   string // table row key now open
	rowNo int
}

func container(kind string) string {
	switch kind {
	case "item":
		return "ul"
	case "term", "definition":
		return "dl"
	case "cell":
		return "table"
	}
	return ""
}

func (w *htmlWriter) close() {
	if w.row != "" {
		w.b.WriteString("</tr>\n")
		w.row = ""
	}
	if w.open != "" {
		fmt.Fprintf(&w.b, "</%s>\n", w.open)
		w.open = ""
	}
}

func (w *htmlWriter) block(c *BlockChange) {
	b := c.New
	if b == nil || c.Kind == kindMovedAway {
		b = c.Old
	}
	if container(b.Kind) != w.open || (b.Kind == "cell" && c.New != nil && w.tableRestarts(c)) {
		w.close()
		if w.open = container(b.Kind); w.open != "" {
			fmt.Fprintf(&w.b, "<%s class=\"diff-%s\">\n", w.open, w.open)
		}
	}
	body := w.content(c)
	switch b.Kind {
	case "heading":
		lvl := min(max(b.Level, 1), 6)
		id := ""
		if c.Kind != kindMovedAway {
			id = w.id(b.ID)
		}
		if c.Kind == KindRenumbered {
			body = template.HTMLEscapeString(c.New.Text) + " " + w.note("("+fmt.Sprintf(w.l.formerly, c.Old.Text)+")")
		}
		fmt.Fprintf(&w.b, "<h%d%s%s>%s</h%d>\n", lvl, id, class(c, ""), body, lvl)
	case "item":
		fmt.Fprintf(&w.b, "<li%s>%s</li>\n", class(c, levelClass(b.Level)), body)
	case "term":
		fmt.Fprintf(&w.b, "<dt%s>%s</dt>\n", class(c, ""), body)
	case "definition":
		fmt.Fprintf(&w.b, "<dd%s>%s</dd>\n", class(c, ""), body)
	case "cell":
		w.cell(c, body)
	case "quote":
		fmt.Fprintf(&w.b, "<blockquote%s><p>%s</p></blockquote>\n", class(c, ""), body)
	case "code":
		fmt.Fprintf(&w.b, "<pre%s><code>%s</code></pre>\n", class(c, ""), body)
	default:
		fmt.Fprintf(&w.b, "<p%s>%s</p>\n", class(c, ""), body)
	}
}

// tableRestarts reports whether a cell starts a new table: its row number
// is lower than the row now open.
func (w *htmlWriter) tableRestarts(c *BlockChange) bool {
	return w.open == "table" && strings.HasPrefix(w.row, "n") && c.New.Row < w.rowNo
}

func (w *htmlWriter) cell(c *BlockChange, body string) {
	var key string
	no := 0
	if c.New != nil {
		key, no = fmt.Sprintf("n%d", c.New.Row), c.New.Row
	} else {
		key = fmt.Sprintf("o%d", c.Old.Row)
	}
	if key != w.row {
		if w.row != "" {
			w.b.WriteString("</tr>\n")
		}
		w.b.WriteString("<tr>")
		w.row, w.rowNo = key, no
	}
	fmt.Fprintf(&w.b, "<td%s>%s</td>", class(c, ""), body)
}

// id returns the id attribute for a heading, once per ID.
func (w *htmlWriter) id(id string) string {
	if id == "" || w.ids[id] {
		return ""
	}
	w.ids[id] = true
	return fmt.Sprintf(" id=\"diff-%s\"", template.HTMLEscapeString(id))
}

func levelClass(level int) string {
	if level > 1 {
		return fmt.Sprintf("diff-level-%d", level)
	}
	return ""
}

// class returns the class attribute for a block change plus extra.
func class(c *BlockChange, extra string) string {
	var cs []string
	if c.Kind != KindEqual {
		cs = append(cs, "diff-"+c.Kind)
	}
	if extra != "" {
		cs = append(cs, extra)
	}
	if len(cs) == 0 {
		return ""
	}
	return fmt.Sprintf(" class=\"%s\"", strings.Join(cs, " "))
}

// content renders the text of a block change with its marks.
func (w *htmlWriter) content(c *BlockChange) string {
	switch c.Kind {
	case KindInserted:
		return w.mark(Insert, c.New.Text)
	case KindDeleted:
		return w.mark(Delete, c.Old.Text)
	case KindMoved:
		return w.movedNote(c) + w.moveMark(Insert, w.spans(c, Equal))
	case kindMovedAway:
		return w.movedNote(c) + w.moveMark(Delete, template.HTMLEscapeString(c.Old.Text))
	}
	return w.spans(c, Equal)
}

// moveMark wraps the HTML of a moved block's text at its new place (op
// Insert) or its old place (Delete) in <ins> or <del> of class diff-move:
// the theme styles both ends of a move apart from insertions and
// deletions, as word processors do (moved-from, moved-to). Word changes
// inside stay marked within.
func (w *htmlWriter) moveMark(op Op, html string) string {
	if op == Insert {
		return fmt.Sprintf("<ins class=\"diff-move\" title=\"%s\">%s</ins>", w.l.moved, html)
	}
	return fmt.Sprintf("<del class=\"diff-move\" title=\"%s\">%s</del>", w.l.moved, html)
}

// note renders a note on a change.
func (w *htmlWriter) note(text string) string {
	return "<span class=\"diff-note\">" + template.HTMLEscapeString(text) + "</span>"
}

// spans renders the spans of c; skip is Insert for the old side only,
// Delete for the new side only, Equal for both.
func (w *htmlWriter) spans(c *BlockChange, skip Op) string {
	if c.Spans == nil {
		b := c.New
		if b == nil || skip == Insert {
			b = c.Old
		}
		return template.HTMLEscapeString(b.Text)
	}
	var sb strings.Builder
	for _, s := range c.Spans {
		if s.Op != skip || skip == Equal {
			sb.WriteString(w.mark(s.Op, s.Text))
		}
	}
	return sb.String()
}

// mark renders text escaped, inside <ins> or <del> for those ops; white
// space at either end stays outside the mark, so that only words and
// punctuation read as changed.
func (w *htmlWriter) mark(op Op, text string) string {
	if op == Equal {
		return template.HTMLEscapeString(text)
	}
	lead, core, trail := edges(text)
	t := template.HTMLEscapeString(core)
	if op == Insert {
		t = fmt.Sprintf("<ins title=\"%s\">%s</ins>", w.l.added, t)
	} else {
		t = fmt.Sprintf("<del title=\"%s\">%s</del>", w.l.removed, t)
	}
	return template.HTMLEscapeString(lead) + t + template.HTMLEscapeString(trail)
}

// edges splits the white space off both ends of a marked text; a text of
// white space only is all core, so that the change still shows.
func edges(s string) (lead, core, trail string) {
	core = strings.TrimSpace(s)
	if core == "" {
		return "", s, ""
	}
	i := strings.Index(s, core)
	return s[:i], core, s[i+len(core):]
}

// movedNote says where a moved block came from, or for its old place
// (kindMovedAway) where it went, linking to the heading of that section.
func (w *htmlWriter) movedNote(c *BlockChange) string {
	format, sec, other, title := w.l.movedFrom, c.Old.Section, c.New.Section, w.d.oldTitle(c.Old.Section)
	if c.Kind == kindMovedAway {
		format, sec, other, title = w.l.movedTo, c.New.Section, c.Old.Section, w.d.SectionTitle(c.New.Section)
	}
	switch {
	case sec == other:
		return fmt.Sprintf("<span class=\"diff-note\">%s</span> ", template.HTMLEscapeString(w.l.moved))
	case sec == "":
		return fmt.Sprintf("<span class=\"diff-note\">%s</span> ", template.HTMLEscapeString(fmt.Sprintf(format, w.l.start)))
	}
	link := fmt.Sprintf("<a href=\"#diff-%s\">%s</a>", template.HTMLEscapeString(sec), template.HTMLEscapeString(title))
	return fmt.Sprintf("<span class=\"diff-note\">%s</span> ", fmt.Sprintf(template.HTMLEscapeString(format), link))
}
