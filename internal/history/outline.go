package history

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SectionTitle names the section with heading ID id as a reader does:
// the heading's text ("Pasal 8"), an ayat with its Pasal ("Pasal 6 ayat
// (2)"), the new version's text when both have the ID. It is the ID
// itself when no heading has it, and "" for "".
func (d *Diff) SectionTitle(id string) string {
	if t := d.titles[id]; t != "" || id == "" {
		return t
	}
	return id
}

// oldTitle names a section of the old version.
func (d *Diff) oldTitle(id string) string {
	if t := d.oldTitles[id]; t != "" || id == "" {
		return t
	}
	return d.SectionTitle(id)
}

// Formerly returns the old title of the section that has heading ID id in
// the new version, when the section's heading (or its Pasal's) was
// renumbered or renamed: "Pasal 11" for the new Pasal 12. It is "" when
// the title did not change.
func (d *Diff) Formerly(id string) string {
	if old, ok := d.former[id]; ok {
		if t := d.oldTitles[old]; t != "" && t != d.titles[id] {
			return t
		}
	}
	pasal, ayat, ok := strings.Cut(id, "-ayat-")
	if !ok {
		return ""
	}
	if old := d.Formerly(pasal); old != "" {
		if _, own, _ := strings.Cut(d.titles[id], d.titles[pasal]+" "); own != "" {
			return old + " " + own
		}
		return old + " ayat " + ayat
	}
	return ""
}

// TitleIn is SectionTitle with the old title after it when it changed,
// in lang ("id" or "en"): "Pasal 12 (dahulu Pasal 11)".
func (d *Diff) TitleIn(id, lang string) string {
	l := labelsFor(lang)
	t := d.SectionTitle(id)
	if old := d.Formerly(id); old != "" {
		t += " (" + fmt.Sprintf(l.formerly, old) + ")"
	}
	return t
}

// noteHeadings fills the old titles and which old heading each new
// heading was, for Formerly.
func (d *Diff) noteHeadings() {
	d.former, d.oldTitles = map[string]string{}, map[string]string{}
	for _, b := range d.old {
		if b.Kind == "heading" && b.ID != "" {
			if _, ok := d.oldTitles[b.ID]; !ok {
				d.oldTitles[b.ID] = strings.Join(strings.Fields(b.Text), " ")
			}
		}
	}
	for id, t := range d.oldTitles {
		if pasal, _, ok := strings.Cut(id, "-ayat-"); ok && d.oldTitles[pasal] != "" && !strings.Contains(id[len(pasal)+6:], "-") {
			d.oldTitles[id] = d.oldTitles[pasal] + " " + lowerFirst(t)
		}
	}
	for _, c := range d.Blocks {
		if c.Old != nil && c.New != nil && c.New.Kind == "heading" && c.New.ID != "" && c.Kind != KindMoved {
			d.former[c.New.ID] = c.Old.ID
		}
	}
}

// OutlineIn says in lang ("id" or "en") how the numbered headings changed,
// in the new version's order: "Pasal 10 baru; Pasal 10–15 menjadi Pasal
// 11–16; Pasal 17 dihapus". Consecutive renumbered headings with the same
// words before their numbers are one range. It is "" when no numbered
// heading was added, removed or renumbered.
func (d *Diff) OutlineIn(lang string) string {
	l := labelsFor(lang)
	var parts []string
	var run *numRun
	flush := func() {
		if run != nil {
			parts = append(parts, run.String(l))
			run = nil
		}
	}
	for _, c := range d.Blocks {
		switch {
		case c.Kind == KindInserted && c.New.Kind == "heading" && hasDigit(c.New.Text):
			flush()
			parts = append(parts, fmt.Sprintf(l.added1, d.SectionTitle(c.New.ID)))
		case c.Kind == KindDeleted && c.Old.Kind == "heading" && hasDigit(c.Old.Text):
			flush()
			parts = append(parts, fmt.Sprintf(l.removed1, d.oldTitles[c.Old.ID]))
		case c.Kind == KindRenumbered:
			p, o, okO := splitNumber(c.Old.Text)
			q, n, okN := splitNumber(c.New.Text)
			if !okO || !okN || p != q {
				flush()
				parts = append(parts, fmt.Sprintf(l.became, c.Old.Text, c.New.Text))
				continue
			}
			if run != nil && run.prefix == p && run.level == c.New.Level && o == run.oldTo+1 && n == run.newTo+1 {
				run.oldTo, run.newTo = o, n
				continue
			}
			flush()
			run = &numRun{prefix: p, level: c.New.Level, oldFrom: o, oldTo: o, newFrom: n, newTo: n}
		}
	}
	flush()
	return strings.Join(parts, "; ")
}

// numRun is a run of headings renumbered one after another.
type numRun struct {
	prefix                         string
	level                          int
	oldFrom, oldTo, newFrom, newTo int
}

func (r *numRun) String(l labels) string {
	span := func(a, b int) string {
		if a == b {
			return r.prefix + strconv.Itoa(a)
		}
		return fmt.Sprintf("%s%d–%d", r.prefix, a, b)
	}
	return fmt.Sprintf(l.became, span(r.oldFrom, r.oldTo), span(r.newFrom, r.newTo))
}

// splitNumber splits "Pasal 12 Penutup" into "Pasal " and 12.
func splitNumber(s string) (prefix string, n int, ok bool) {
	i := strings.IndexFunc(s, unicode.IsDigit)
	if i < 0 {
		return "", 0, false
	}
	j := i + strings.IndexFunc(s[i:], func(r rune) bool { return !unicode.IsDigit(r) })
	if j < i {
		j = len(s)
	}
	n, err := strconv.Atoi(s[i:j])
	return s[:i], n, err == nil
}

func hasDigit(s string) bool { return strings.IndexFunc(s, unicode.IsDigit) >= 0 }

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}
