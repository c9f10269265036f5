package theme

import (
	"regexp"
	"strings"
)

// TOCEntry is one entry of a nested table of contents.
type TOCEntry struct {
	Heading
	Children []*TOCEntry
}

// chapter matches the heading of a chapter of a regulation ("BAB I
// Ketentuan Umum", "BAB 2"): the Pasal that follow it, written at the same
// heading level, belong to it.
var chapter = regexp.MustCompile(`^(?i:bab)\s+([IVXLCDM]+|[0-9]+)\b`)

// Contents returns the page's table of contents nested by rank: chapters
// (BAB) hold the Pasal and other headings of the same level that follow
// them, and a deeper heading (ayat) nests under the one before it. Count
// gives the number of entries.
func (d *Data) Contents() []*TOCEntry {
	return nestTOC(d.Page.TOC)
}

// nestTOC nests a flat list of headings; see Data.Contents.
func nestTOC(hs []Heading) []*TOCEntry {
	var roots []*TOCEntry
	var stack []*TOCEntry // open entries, outermost first
	var ranks []int       // rank of each open entry
	inChapter := false
	for _, h := range hs {
		rank := 2 * h.Level
		if chapter.MatchString(h.Text) {
			rank, inChapter = 2*h.Level-1, true
		} else if !inChapter {
			rank = 2*h.Level - 1 // no chapter opened: nothing to nest under
		}
		for len(stack) > 0 && ranks[len(ranks)-1] >= rank {
			stack, ranks = stack[:len(stack)-1], ranks[:len(ranks)-1]
		}
		e := &TOCEntry{Heading: h}
		if len(stack) == 0 {
			roots = append(roots, e)
		} else {
			parent := stack[len(stack)-1]
			parent.Children = append(parent.Children, e)
		}
		stack, ranks = append(stack, e), append(ranks, rank)
	}
	return roots
}

// TOCRun is the children of a contents entry written as one line, as a
// large document's contents show them: the word they share once, then
// each child by the rest of its heading ("Pasal 1 2 3").
type TOCRun struct {
	Word  string // "Pasal"
	Items []TOCRunItem
}

// TOCRunItem is one child in a TOCRun.
type TOCRunItem struct {
	Heading
	Short string // the heading without the shared word: "12", "12A"
}

// maxRunShort is the longest rest of a heading that a TOCRun shows
// alone: a number, perhaps with a letter ("27A", "113").
const maxRunShort = 5

// Run returns the children of e as a TOCRun when every child's heading
// is one shared word and a short rest ("Pasal 12") and none has children
// of its own, else nil.
func (e *TOCEntry) Run() *TOCRun {
	if len(e.Children) < 2 {
		return nil
	}
	r := &TOCRun{}
	for _, c := range e.Children {
		word, rest, ok := strings.Cut(strings.TrimSpace(c.Text), " ")
		rest = strings.TrimSpace(rest)
		if !ok || len(c.Children) > 0 || rest == "" || len(rest) > maxRunShort || strings.ContainsRune(rest, ' ') ||
			(r.Word != "" && word != r.Word) {
			return nil
		}
		r.Word = word
		r.Items = append(r.Items, TOCRunItem{Heading: c.Heading, Short: rest})
	}
	return r
}
