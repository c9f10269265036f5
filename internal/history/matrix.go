package history

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"html/template"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// A change matrix (matriks perubahan) is what drafting teams circulate
// between drafts: one row per changed Pasal or ayat, with the old and the
// new wording side by side, the word changes marked inside, and a note.

// Row kinds of a change matrix, as its Keterangan column names them.
const (
	RowAdded   = "added"   // ditambah: the section is new
	RowChanged = "changed" // diubah
	RowDeleted = "deleted" // dihapus
	RowMoved   = "moved"   // dipindahkan: its text moved, unchanged otherwise
)

// MatrixRow is one changed section (a Pasal, or an ayat when the Pasal
// has them) of a change matrix.
type MatrixRow struct {
	No      int    `json:"no"`
	Section string `json:"section"` // heading ID, new version's (old one when deleted)
	Title   string `json:"title"`   // "Pasal 12 (dahulu Pasal 11)", in the matrix's language
	Kind    string `json:"kind"`    // RowAdded, RowChanged, RowDeleted or RowMoved
	// Old and New are the section's wording in each version, one entry
	// per block (paragraph, item, ...): Old holds Equal and Delete spans,
	// New Equal and Insert spans. A moved block is Delete at its old
	// place and Insert at its new one, with Moved set.
	Old  []MatrixText `json:"old"`
	New  []MatrixText `json:"new"`
	Note string       `json:"note,omitempty"` // the reviewer's note (Notes)
}

// MatrixText is one block of a section's wording in a change matrix.
type MatrixText struct {
	Spans []Span `json:"spans"`
	Moved string `json:"moved,omitempty"` // for a moved block, the section at its other end
}

// Matrix is a change matrix.
type Matrix struct {
	Rows []MatrixRow `json:"rows"`
	lang string
}

// KindLabel is the Keterangan of a row kind in the matrix's language.
func (m *Matrix) KindLabel(kind string) string {
	en := m.lang == "en"
	switch kind {
	case RowAdded:
		return pick(en, "added", "ditambah")
	case RowDeleted:
		return pick(en, "deleted", "dihapus")
	case RowMoved:
		return pick(en, "moved", "dipindahkan")
	}
	return pick(en, "changed", "diubah")
}

func pick(en bool, e, id string) string {
	if en {
		return e
	}
	return id
}

// MatrixIn builds the change matrix of the diff in lang ("id" or "en"):
// the sections with a change, in the new version's order (a deleted
// section where it stood), each with its whole wording in both versions.
// Headings are named by Title, renumbered ones by both numbers; a heading
// whose text changed other than in its numbers is the first line.
func (d *Diff) MatrixIn(lang string) *Matrix {
	m := &Matrix{lang: lang}
	rows := map[string]*MatrixRow{}
	var order []string
	row := func(key, id string) *MatrixRow {
		r := rows[key]
		if r == nil {
			r = &MatrixRow{Section: id}
			switch {
			case id == "":
				r.Title = upperFirst(labelsFor(lang).start)
			case strings.HasPrefix(key, "o:"):
				r.Title = d.oldTitle(id) // a section the new version has not
			default:
				r.Title = d.TitleIn(id, lang)
			}
			rows[key] = r
			order = append(order, key)
		}
		return r
	}
	changed := map[string]bool{}
	lines := d.wordLines() // the blocks with the old places of moves
	for i := range lines {
		c := &lines[i]
		newKey, oldKey := "", ""
		if c.New != nil && c.Kind != kindMovedAway {
			newKey = "n:" + sectionOf(c.New)
		}
		if c.Old != nil {
			oldKey = d.oldKey(sectionOf(c.Old))
		}
		switch c.Kind {
		case KindEqual, KindRenumbered:
			r := row(newKey, sectionOf(c.New))
			if c.New.Kind != "heading" {
				r.Old = append(r.Old, MatrixText{Spans: []Span{{Equal, c.Old.Text}}})
				r.New = append(r.New, MatrixText{Spans: []Span{{Equal, c.New.Text}}})
			}
		case KindInserted:
			r := row(newKey, sectionOf(c.New))
			changed[newKey] = true
			if c.New.Kind != "heading" {
				r.New = append(r.New, MatrixText{Spans: []Span{{Insert, c.New.Text}}})
			}
		case KindDeleted:
			r := row(oldKey, d.keyID(oldKey))
			changed[oldKey] = true
			if c.Old.Kind != "heading" {
				r.Old = append(r.Old, MatrixText{Spans: []Span{{Delete, c.Old.Text}}})
			}
		case KindChanged:
			r := row(newKey, sectionOf(c.New))
			changed[newKey] = true
			r.Old = append(r.Old, MatrixText{Spans: side(c, Insert)})
			r.New = append(r.New, MatrixText{Spans: side(c, Delete)})
		case KindMoved:
			r := row(newKey, sectionOf(c.New))
			changed[newKey] = true
			r.New = append(r.New, MatrixText{Spans: side(c, Delete), Moved: d.oldTitle(sectionOf(c.Old))})
		case kindMovedAway:
			r := row(oldKey, d.keyID(oldKey))
			changed[oldKey] = true
			r.Old = append(r.Old, MatrixText{Spans: []Span{{Delete, c.Old.Text}}, Moved: d.SectionTitle(sectionOf(c.New))})
		}
	}
	for _, key := range order {
		if changed[key] {
			r := rows[key]
			r.No, r.Kind = len(m.Rows)+1, rowKind(r)
			m.Rows = append(m.Rows, *r)
		}
	}
	return m
}

// sectionOf is the section a block belongs to: a heading's own ID, else
// the heading above it.
func sectionOf(b *Block) string {
	if b.Kind == "heading" && b.ID != "" {
		return b.ID
	}
	return b.Section
}

// newSection returns the new ID of the old section id, or "".
func (d *Diff) newSection(oldID string) string {
	for n, o := range d.former {
		if o == oldID {
			return n
		}
	}
	if _, ok := d.titles[oldID]; ok && d.oldTitles[oldID] == d.titles[oldID] {
		return oldID
	}
	return ""
}

// oldKey is the row key of an old section: its new section's when it has
// one.
func (d *Diff) oldKey(oldID string) string {
	if oldID == "" {
		return "n:" // before the first heading in both
	}
	if n := d.newSection(oldID); n != "" {
		return "n:" + n
	}
	return "o:" + oldID
}

// keyID is the section ID in a row key.
func (d *Diff) keyID(key string) string { return key[2:] }

// side returns the spans of one side of a block change: skip Insert for
// the old side, Delete for the new.
func side(c *BlockChange, skip Op) []Span {
	if c.Spans == nil {
		b := c.New
		if skip == Insert {
			b = c.Old
		}
		return []Span{{Equal, b.Text}}
	}
	var out []Span
	for _, s := range c.Spans {
		if s.Op != skip {
			out = append(out, s)
		}
	}
	return out
}

// rowKind tells what happened to a section from its wording.
func rowKind(r *MatrixRow) string {
	hasOp := func(ts []MatrixText, op Op, moved bool) (any, all bool) {
		all = len(ts) > 0
		for _, t := range ts {
			only := true
			for _, s := range t.Spans {
				if s.Op == op && (t.Moved != "") == moved {
					any = true
				} else {
					only = false
				}
			}
			all = all && only
		}
		return any, all
	}
	if _, all := hasOp(r.New, Insert, false); all && len(r.Old) == 0 {
		return RowAdded
	}
	if _, all := hasOp(r.Old, Delete, false); all && len(r.New) == 0 {
		return RowDeleted
	}
	movedIn, _ := hasOp(r.New, Insert, true)
	movedOut, _ := hasOp(r.Old, Delete, true)
	ins, _ := hasOp(r.New, Insert, false)
	del, _ := hasOp(r.Old, Delete, false)
	if (movedIn || movedOut) && !ins && !del {
		return RowMoved
	}
	return RowChanged
}

// Notes are a reviewer's notes on a document's Pasal, read from the file
// <doc>.catatan.yaml beside it: a mapping from a Pasal's name as the
// document writes it ("Pasal 6", "Pasal 6 ayat (2)") to the note.
type Notes struct {
	File  string
	Notes []Note
}

// Note is one note, with the line of its key in the file.
type Note struct {
	Pasal string
	Text  string
	Line  int
}

// ParseNotes reads a notes file named file. An error names file:line:col.
func ParseNotes(file string, data []byte) (*Notes, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	n := &Notes{File: file}
	if len(root.Content) == 0 {
		return n, nil
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s:%d:%d: want a mapping from Pasal to note, e.g. \"Pasal 6: Disepakati.\"", file, doc.Line, doc.Column)
	}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		if v.Kind != yaml.ScalarNode {
			return nil, fmt.Errorf("%s:%d:%d: note for %q: want text", file, v.Line, v.Column, k.Value)
		}
		n.Notes = append(n.Notes, Note{Pasal: k.Value, Text: strings.TrimSpace(v.Value), Line: k.Line})
	}
	return n, nil
}

// normTitle is a Pasal's name for matching notes: case and spacing aside.
func normTitle(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// Apply puts the notes into the matrix rows they name, by the new or the
// old name of the section.
func (n *Notes) Apply(m *Matrix, d *Diff) {
	if n == nil {
		return
	}
	byTitle := map[string]*MatrixRow{}
	for i := range m.Rows {
		r := &m.Rows[i]
		byTitle[normTitle(d.SectionTitle(r.Section))] = r
		if old := d.Formerly(r.Section); old != "" {
			byTitle[normTitle(old)] = r
		}
	}
	for _, note := range n.Notes {
		if r := byTitle[normTitle(note.Pasal)]; r != nil {
			if r.Note != "" {
				r.Note += " "
			}
			r.Note += note.Text
		}
	}
}

// marked renders spans with git-style word marks.
func marked(ts []MatrixText, moved string) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteString("\n")
		}
		var text strings.Builder
		for _, s := range t.Spans {
			text.WriteString(plainMark(s.Op, s.Text, false))
		}
		switch {
		case t.Moved == "":
			b.WriteString(text.String())
		case len(t.Spans) == 1 && t.Spans[0].Op == Delete: // the old place, marked deleted
			b.WriteString("(" + fmt.Sprintf(moved, t.Moved) + ") " + text.String())
		default: // the new place: the move is marked as inserted, its edits inside
			b.WriteString("(" + fmt.Sprintf(moved, t.Moved) + ") " + moveMark(text.String(), false))
		}
	}
	return b.String()
}

// headers returns the matrix's column names in its language.
func (m *Matrix) headers(from, to string) []string {
	if m.lang == "en" {
		return []string{"No", "Article", "Wording " + from, "Wording " + to, "Remarks"}
	}
	return []string{"No", "Pasal", "Rumusan " + from, "Rumusan " + to, "Keterangan"}
}

// movedWord is the note on a moved block's text in plain renderings.
func (m *Matrix) movedWord(old bool) string {
	switch {
	case m.lang == "en" && old:
		return "moved to %s"
	case m.lang == "en":
		return "moved from %s"
	case old:
		return "dipindahkan ke %s"
	}
	return "dipindahkan dari %s"
}

// keterangan is a row's Keterangan: its kind and the reviewer's note.
func (m *Matrix) keterangan(r *MatrixRow) string {
	k := m.KindLabel(r.Kind)
	if r.Note != "" {
		k += ": " + r.Note
	}
	return k
}

// CSV renders the matrix as CSV for spreadsheet programs: UTF-8 with a
// byte-order mark, a header row (from and to name the two versions),
// one row per changed section, word marks as [-…-] and {+…+}, blocks
// of a section on lines of their own within the cell.
func (m *Matrix) CSV(from, to string) []byte {
	var buf bytes.Buffer
	buf.WriteString("\ufeff")
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	w.Write(m.headers(from, to))
	for i := range m.Rows {
		r := &m.Rows[i]
		w.Write([]string{fmt.Sprint(r.No), r.Title, marked(r.Old, m.movedWord(true)), marked(r.New, m.movedWord(false)), m.keterangan(r)})
	}
	w.Flush()
	return buf.Bytes()
}

// Text renders the matrix for a terminal of width columns: a table with
// the five columns, cells wrapped at word boundaries, rows apart by a
// rule; word marks as [-…-] and {+…+}.
func (m *Matrix) Text(from, to string, width int) string {
	const no, pasal, ket = 3, 16, 16
	text := max(16, (width-no-pasal-ket-4*3)/2)
	widths := []int{no, pasal, text, text, ket}
	var b strings.Builder
	rule := func() {
		for i, w := range widths {
			if i > 0 {
				b.WriteString("-+-")
			}
			b.WriteString(strings.Repeat("-", w))
		}
		b.WriteString("\n")
	}
	line := func(cells []string) {
		cols := make([][]string, len(cells))
		n := 0
		for i, c := range cells {
			cols[i] = wrapText(c, widths[i])
			n = max(n, len(cols[i]))
		}
		for k := range n {
			var l strings.Builder
			for i, col := range cols {
				if i > 0 {
					l.WriteString(" | ")
				}
				cell := ""
				if k < len(col) {
					cell = col[k]
				}
				l.WriteString(cell + strings.Repeat(" ", max(0, widths[i]-runeLen(cell))))
			}
			b.WriteString(strings.TrimRight(l.String(), " ") + "\n")
		}
	}
	line(m.headers(from, to))
	for i := range m.Rows {
		r := &m.Rows[i]
		rule()
		line([]string{fmt.Sprint(r.No), r.Title, marked(r.Old, m.movedWord(true)), marked(r.New, m.movedWord(false)), m.keterangan(r)})
	}
	return b.String()
}

func runeLen(s string) int { return len([]rune(s)) }

// wrapText breaks s into lines of at most width runes at spaces (and at its
// own line breaks); a longer word is cut.
func wrapText(s string, width int) []string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		cur := ""
		for _, w := range strings.Fields(para) {
			for runeLen(w) > width {
				if cur != "" {
					out, cur = append(out, cur), ""
				}
				r := []rune(w)
				out, w = append(out, string(r[:width])), string(r[width:])
			}
			switch {
			case cur == "":
				cur = w
			case runeLen(cur)+1+runeLen(w) <= width:
				cur += " " + w
			default:
				out, cur = append(out, cur), w
			}
		}
		out = append(out, cur)
	}
	return out
}

// HTML renders the wording of row i as HTML for the two text columns:
// one paragraph per block, deleted words in <del> on the old side,
// inserted words in <ins> on the new, and a moved block's text in
// <del|ins class="diff-move"> after a note naming its other end.
func (m *Matrix) HTML(i int) (old, new template.HTML) {
	w := &htmlWriter{l: labelsFor(m.lang)}
	col := func(ts []MatrixText, isOld bool) template.HTML {
		var b strings.Builder
		for _, t := range ts {
			var text strings.Builder
			for _, s := range t.Spans {
				text.WriteString(w.mark(s.Op, s.Text))
			}
			b.WriteString("<p>")
			if t.Moved != "" {
				b.WriteString(w.note(fmt.Sprintf(m.movedWord(isOld), t.Moved)) + " ")
				if isOld {
					b.WriteString(w.moveMark(Delete, template.HTMLEscapeString(joinSpans(t.Spans))))
				} else {
					b.WriteString(w.moveMark(Insert, text.String()))
				}
			} else {
				b.WriteString(text.String())
			}
			b.WriteString("</p>")
		}
		return template.HTML(b.String()) // #nosec: every text is escaped by the writer
	}
	r := &m.Rows[i]
	return col(r.Old, true), col(r.New, false)
}

// Headers returns the column names of the matrix, from and to naming
// the two versions: No, Pasal, Rumusan <from>, Rumusan <to>, Keterangan.
func (m *Matrix) Headers(from, to string) []string { return m.headers(from, to) }

// Keterangan returns the Keterangan of row i: its kind and note.
func (m *Matrix) Keterangan(i int) string { return m.keterangan(&m.Rows[i]) }

func joinSpans(ss []Span) string {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString(s.Text)
	}
	return b.String()
}

// Stale returns the notes whose Pasal the version with blocks current
// does not have: a warning for the reviewer, at the note's line.
func (n *Notes) Stale(current []Block) []Note {
	if n == nil {
		return nil
	}
	exists := map[string]bool{}
	for _, t := range headingTitles(current, nil) {
		exists[normTitle(t)] = true
	}
	var out []Note
	for _, note := range n.Notes {
		if !exists[normTitle(note.Pasal)] {
			out = append(out, note)
		}
	}
	return out
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
