package history

import (
	"fmt"
	"html/template"
	"strings"
)

// standaloneCSS styles a comparison saved as a file of its own: marks
// keep underline and strike-through besides colour, so that they survive
// printing in black and white; moves are double lines.
const standaloneCSS = `body{font:16px/1.55 system-ui,sans-serif;max-width:52rem;margin:1rem auto;padding:0 1rem;color:#1b1f24}
ins{background:#dcfce7;color:#14532d;text-decoration:underline 2px}
del{background:#fee2e2;color:#7f1d1d;text-decoration:line-through 2px}
ins.diff-move,del.diff-move{background:#dbeafe;color:#0b4a8b}
ins.diff-move{text-decoration:underline double 2px}
del.diff-move{text-decoration:line-through double 2px}
.diff-note{font-style:italic;color:#57606a;font-size:.9em}
.diff-deleted,.diff-moved-away{opacity:.9}
ul.diff-ul{padding-left:1.2rem}
table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.3rem .5rem;vertical-align:top}
@media print{body{max-width:none;margin:0;font-size:11pt}ins,del{background:none}}
`

// StandaloneHTMLIn renders the diff as a whole HTML page of its own, its
// styles inside: a file a reviewer can save, mail or print without the
// site. title names the document, from and to the versions; lang is
// "id" or "en".
func (d *Diff) StandaloneHTMLIn(lang, title, from, to string) []byte {
	l := labelsFor(lang)
	heading := map[bool]string{false: "Perbandingan versi", true: "Version comparison"}[lang == "en"]
	words := map[bool][2]string{false: {"kata ditambahkan", "kata dihapus"}, true: {"words added", "words removed"}}[lang == "en"]
	var b strings.Builder
	e := template.HTMLEscapeString
	fmt.Fprintf(&b, "<!doctype html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n", e(lang))
	fmt.Fprintf(&b, "<title>%s: %s</title>\n<style>\n%s</style>\n</head>\n<body>\n", e(heading), e(title), standaloneCSS)
	fmt.Fprintf(&b, "<h1>%s: %s</h1>\n<p>%s → %s · +%d %s · −%d %s</p>\n", e(heading), e(title), e(from), e(to), d.Added, words[0], d.Removed, words[1])
	if o := d.OutlineIn(lang); o != "" {
		fmt.Fprintf(&b, "<p>%s</p>\n", e(o))
	}
	fmt.Fprintf(&b, "<p><ins>%s</ins> <del>%s</del> <ins class=\"diff-move\">%s</ins></p>\n<hr>\n", e(l.added), e(l.removed), e(l.moved))
	b.WriteString(string(d.HTMLIn(lang)))
	b.WriteString("</body>\n</html>\n")
	return []byte(b.String())
}
