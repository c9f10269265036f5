package indexer

import (
	"html"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Fragment shape.
const (
	fragLen      = 200 // bytes of text around matches
	fragLead     = 40  // bytes shown before the first match
	maxFragments = 2
)

// span is a matched term in the stored text: byte offsets and the term.
type span struct {
	start, end int
	term       string
}

// section is one row of the stored section table.
type section struct {
	start           int
	anchor, heading string
}

// best returns the anchor of the section matching the query best and up
// to maxFragments HTML fragments of it with <mark>ed matches.
func best(text string, spans []span, secs []section) (string, []string) {
	if len(spans) == 0 {
		if text == "" {
			return "", nil
		}
		return "", []string{render(text, 0, min(len(text), fragLen), nil)}
	}
	lo, hi, anchor := 0, len(text), ""
	if i := bestSection(spans, secs); i >= 0 {
		lo, anchor = secs[i].start, secs[i].anchor
		if i+1 < len(secs) {
			hi = secs[i+1].start
		}
	}
	in := spansIn(spans, lo, hi)
	if len(in) == 0 {
		in = spans
		lo, hi = 0, len(text)
	}
	return anchor, fragments(text, in, lo, hi)
}

// maxSections is the most sections a hit lists.
const maxSections = 3

// sectionHits returns up to maxSections sections of a page that match
// the query, best first (most distinct matched terms, then most
// matches), each with its heading and, if fragments, one fragment.
// The text before the first heading counts as a section without anchor.
func sectionHits(text string, spans []span, secs []section, fragments bool) []SectionHit {
	type ranked struct{ i, score int }
	var rs []ranked
	for i, s := range secs {
		in := spansIn(spans, s.start, sectionEnd(secs, i, len(text)))
		if len(in) > 0 {
			rs = append(rs, ranked{i, 100*distinct(in) + min(len(in), 99)})
		}
	}
	sort.SliceStable(rs, func(a, b int) bool { return rs[a].score > rs[b].score })
	var out []SectionHit
	for _, r := range rs[:min(len(rs), maxSections)] {
		s := secs[r.i]
		sh := SectionHit{Anchor: s.anchor, Heading: s.heading}
		if fragments {
			lo, hi := s.start, sectionEnd(secs, r.i, len(text))
			if s.heading != "" && strings.HasPrefix(text[lo:], s.heading+"\n") {
				lo += len(s.heading) + 1 // the heading is shown as such
			}
			if in := spansIn(spans, lo, hi); len(in) > 0 {
				sh.Fragment = fragmentsN(text, in, lo, hi, 1)[0]
			} else {
				sh.Fragment = render(text, lo, min(hi, lo+fragLen), nil)
			}
		}
		out = append(out, sh)
	}
	return out
}

// sectionEnd is the end offset of section i of secs in a text of n bytes.
func sectionEnd(secs []section, i, n int) int {
	if i+1 < len(secs) {
		return min(secs[i+1].start, n)
	}
	return n
}

// bestSection returns the index of the section with the most distinct
// matched terms, then the most matches, or -1 if none matches.
func bestSection(spans []span, secs []section) int {
	best, bestScore := -1, -1
	for i, s := range secs {
		hi := int(^uint(0) >> 1)
		if i+1 < len(secs) {
			hi = secs[i+1].start
		}
		in := spansIn(spans, s.start, hi)
		score := 100*distinct(in) + min(len(in), 99)
		if score > bestScore && len(in) > 0 {
			best, bestScore = i, score
		}
	}
	return best
}

// spansIn returns the spans starting in [lo, hi).
func spansIn(spans []span, lo, hi int) []span {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].start >= lo })
	j := sort.Search(len(spans), func(i int) bool { return spans[i].start >= hi })
	return spans[i:j]
}

// distinct counts the distinct terms of spans.
func distinct(spans []span) int {
	seen := map[string]bool{}
	for _, s := range spans {
		seen[s.term] = true
	}
	return len(seen)
}

// fragments picks up to maxFragments windows of text[lo:hi] holding the
// most distinct matches and renders them in text order.
func fragments(text string, spans []span, lo, hi int) []string {
	return fragmentsN(text, spans, lo, hi, maxFragments)
}

// fragmentsN picks up to n windows, as fragments does.
func fragmentsN(text string, spans []span, lo, hi, n int) []string {
	type window struct{ start, end, score int }
	var wins []window
	for _, s := range spans {
		start := max(lo, s.start-fragLead)
		end := min(hi, start+fragLen)
		wins = append(wins, window{start, end, distinct(spansIn(spans, start, end))})
	}
	sort.SliceStable(wins, func(i, j int) bool { return wins[i].score > wins[j].score })
	var chosen []window
	for _, w := range wins {
		overlaps := false
		for _, c := range chosen {
			overlaps = overlaps || (w.start < c.end && c.start < w.end)
		}
		if !overlaps {
			chosen = append(chosen, w)
		}
		if len(chosen) == n {
			break
		}
	}
	sort.Slice(chosen, func(i, j int) bool { return chosen[i].start < chosen[j].start })
	out := make([]string, len(chosen))
	for i, w := range chosen {
		out[i] = render(text, w.start, w.end, spans)
	}
	return out
}

// render escapes text[start:end], snapped to word boundaries, and marks
// the spans inside it.
func render(text string, start, end int, spans []span) string {
	start, end = snap(text, start, end)
	var b strings.Builder
	if start > 0 && text[start-1] != '\n' { // a block starts after a newline
		b.WriteString("… ")
	}
	at := start
	for _, s := range spansIn(spans, start, end) {
		if s.end > end || s.start < at {
			continue
		}
		b.WriteString(html.EscapeString(text[at:s.start]))
		b.WriteString("<mark>" + html.EscapeString(text[s.start:s.end]) + "</mark>")
		at = s.end
	}
	b.WriteString(html.EscapeString(text[at:end]))
	if end < len(text) {
		b.WriteString(" …")
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// snap moves start forward and end backward to whitespace, unless that
// would empty the window, and onto rune boundaries.
func snap(text string, start, end int) (int, int) {
	for start > 0 && start < len(text) && !utf8.RuneStart(text[start]) {
		start++
	}
	for end < len(text) && end > start && !utf8.RuneStart(text[end]) {
		end--
	}
	if start > 0 && !strings.ContainsRune(" \n\t", rune(text[start-1])) {
		if i := strings.IndexAny(text[start:end], " \n\t"); i >= 0 && i < fragLead {
			start += i + 1
		}
	}
	if end < len(text) {
		if i := strings.LastIndexAny(text[start:end], " \n\t"); i > 0 {
			end = start + i
		}
	}
	return start, end
}

// parseSections reads the stored section table (see joinSections).
func parseSections(table string) []section {
	var out []section
	for _, line := range strings.Split(table, "\n") {
		f := strings.SplitN(line, "\t", 3)
		if len(f) < 2 {
			continue
		}
		n, err := strconv.Atoi(f[0])
		if err != nil {
			continue
		}
		s := section{start: n, anchor: f[1]}
		if len(f) == 3 {
			s.heading = f[2]
		}
		out = append(out, s)
	}
	return out
}
