package site

import (
	"regexp"
	"strings"

	"github.com/tubei/pustaka/indexer"
	"github.com/tubei/pustaka/internal/render"
)

// collectDocs fills the search documents of a result: every published
// document on the first build (Result.All), those whose files changed or
// that appeared (Result.Docs), and the URLs no longer published. A page's
// text blocks are dropped once its document is made.
func (s *Site) collectDocs(res *Result, pub []*entry, changed []string) {
	if s.opts.NoIndex {
		for _, e := range pub {
			e.blocks = nil
		}
		return
	}
	was, first := s.docURLs, s.docURLs == nil
	s.docURLs = map[string]bool{}
	touched := map[string]bool{}
	for _, p := range changed {
		touched[p] = true
	}
	for _, e := range pub {
		if e.page.IsIndex {
			continue
		}
		s.docURLs[e.page.URL] = true
		if !first && !touched[e.path] && was[e.page.URL] {
			continue
		}
		d := document(e)
		e.blocks = nil
		if first {
			res.All = append(res.All, d)
		} else {
			res.Docs = append(res.Docs, d)
		}
	}
	for u := range was {
		if !s.docURLs[u] {
			res.Deleted = append(res.Deleted, u)
		}
	}
}

// TextVersion names how the search text of documents is made from their
// sources (content, render, document below). Change it with any change
// that gives an unchanged source other text: the search index is made
// anew once, instead of keeping the old text of every page not edited.
//
//	2: MDX code, callouts and <p class="tip"> notes left out of the text
//	3: a regulation without a summary has its TENTANG topic as one
//	4: listings of documents in the aside; regulation chapters (BAB) as headings
//	5: template tags of Hexo, Jekyll and Hugo left out ({% raw %}, ...)
//	6: a regulation's topic also after capitalised "Nomor 12 … Tentang"
//	7: raw HTML in Markdown gives its text, never its tags, attribute
//	   values, scripts or styles
const TextVersion = "7"

// document is the search index's view of a page. Its text is in the
// sections; Body stays empty (the index reads it only from a document
// without sections, and a second copy of every text was a tenth of a
// full build's memory while indexing).
func document(e *entry) indexer.Document {
	p := e.page
	d := indexer.Document{URL: p.URL, Title: p.Title, Summary: p.Summary, Tags: p.Tags, Competencies: p.Competencies,
		Unit: p.Unit, Type: p.Type, Status: p.Status, Version: p.Version, Lang: p.Lang, Date: p.Date, Updated: p.Updated, Hash: p.Hash}
	if d.Summary == "" {
		d.Summary = regulationTopic(e.blocks)
	}
	var text, aside strings.Builder
	cur := indexer.Section{}
	flush := func() {
		cur.Text, cur.Aside = text.String(), aside.String()
		if strings.TrimSpace(cur.Text) != "" || strings.TrimSpace(cur.Aside) != "" || cur.Anchor != "" {
			d.Sections = append(d.Sections, cur)
		}
		text.Reset()
		aside.Reset()
	}
	listing := listings(e.blocks)
	for i, b := range e.blocks {
		if b.Kind != "heading" && chapter.MatchString(b.Text) {
			// "BAB II NILAI DASAR": a regulation's chapter, which a PDF
			// conversion leaves as a paragraph, is a heading of the page.
			d.Headings = append(d.Headings, indexer.Heading{Text: b.Text, Anchor: cur.Anchor})
		}
		if b.Kind == "heading" {
			flush()
			d.Headings = append(d.Headings, indexer.Heading{Text: b.Text, Anchor: b.ID})
			cur = indexer.Section{Anchor: b.ID, Heading: b.Text}
			continue
		}
		w := &text
		if b.Kind == render.KindCode || b.Links || listing[i] {
			w = &aside // code, file listings, lists of links or of documents: searched at low weight
		}
		if w.Len() > 0 {
			w.WriteByte('\n')
		}
		w.WriteString(b.Text)
	}
	flush()
	return d
}

// Documents returns the search documents of every published page, parsing
// bodies again where their text was already handed out. It is for a full
// reindex of a running site (a rare event), so it favours memory over time.
func (s *Site) Documents() []indexer.Document {
	var docs []indexer.Document
	for _, e := range s.publishedEntries() {
		if e.page.IsIndex {
			continue
		}
		if e.blocks == nil {
			p := *e.page
			_, p.Body = s.sourceOf(e)
			e.blocks = s.parseBody(&p).Blocks() // as renderEntries makes them
		}
		docs = append(docs, document(e))
		e.blocks = nil
	}
	return docs
}

// headLines is how many blocks at the top of a page regulationTopic
// reads: the heading lines of a regulation (issuer, SALINAN, kind,
// number, TENTANG, topic) come before its Menimbang, however a PDF
// conversion splits them into paragraphs, headings or page numbers.
const headLines = 16

// regulationTopic returns the topic of a page that is an Indonesian
// regulation, decree or circular, "" for any other page: the words after
// TENTANG that follows NOMOR within the first blocks ("PERATURAN
// PEMERINTAH … NOMOR 94 TAHUN 2021 TENTANG DISIPLIN PEGAWAI NEGERI
// SIPIL"), up to the next block or "DENGAN RAHMAT"; where TENTANG stands
// alone, the block after it. Both words are upper case as the heading
// lines print them, or capitalised as some conversions write them
// ("Nomor 12 Tahun 2024 Tentang …", where Nomor must be followed by a
// number). A regulation's title is often only its kind and number ("PP
// 94 2021"), and its topic is what readers search for: a page without a
// summary gets it as one, so the regulation ranks as a page about its
// topic, above catalogs that list it and pages that mention it. Prose
// "tentang" (lower case) never counts, nor a TENTANG without NOMOR
// before it.
func regulationTopic(blocks []render.Block) string {
	nomor := false
	for i, b := range blocks[:min(len(blocks), headLines)] {
		t := b.Text
		if loc := nomorWord.FindStringIndex(t); loc != nil {
			nomor = true
			t = t[loc[0]:]
		}
		if !nomor {
			continue
		}
		loc := tentangWord.FindStringIndex(t)
		if loc == nil {
			continue
		}
		topic := strings.TrimSpace(t[loc[1]:])
		if topic == "" && i+1 < len(blocks) {
			topic = blocks[i+1].Text
		}
		if loc := rahmat.FindStringIndex(topic); loc != nil {
			topic = topic[:loc[0]]
		}
		topic = strings.TrimRight(strings.TrimSpace(topic), ",.;:")
		if len(topic) > maxTopic {
			topic = topic[:strings.LastIndexByte(topic[:maxTopic], ' ')+1]
		}
		return strings.TrimSpace(topic)
	}
	return ""
}

// The words of a regulation's heading lines that regulationTopic reads.
var (
	nomorWord   = regexp.MustCompile(`\bNOMOR\b|\bNomor\s*:?\s*\d`)
	tentangWord = regexp.MustCompile(`\b(?:TENTANG|Tentang)\b`)
	rahmat      = regexp.MustCompile(`DENGAN RAHMAT|Dengan Rahmat`)
)

// maxTopic bounds the topic of a regulation (bytes, cut at a space): a
// conversion that runs the heading lines into the first article must not
// make the article a summary.
const maxTopic = 400

// chapter matches a regulation's chapter line: BAB and a Roman number,
// then its title ("BAB II NILAI DASAR").
var chapter = regexp.MustCompile(`^BAB [IVXLC]+ \p{Lu}`)

// citation matches text that names a document by number and year, as
// regulations are cited and listed: "Nomor 94 Tahun 2021", "No. 24 Tahun
// 2017", "16/2018", "PP 94 2021", "Perbup Lebong 5 2025".
var citation = regexp.MustCompile(`(?i:\b(?:nomor|no\.?)\s*\d+\S*\s+tahun\s+(?:19|20)\d\d\b)|\b\d+\s*/\s*(?:19|20)\d\d\b|\b\p{Lu}[\p{L}.]*\s+\d{1,4}\s+(?:19|20)\d\d\b`)

// minListing is how many list items in a row must name
// other documents to make a listing.
const minListing = 3

// listings marks the blocks of a page that are entries of a listing: at
// least minListing list items in a row that each name another document,
// by a link or by its number and year (a catalog of regulations, a JDIH
// search result, a "Mengingat" list of the regulations a regulation
// rests on). A listing says what other pages are about; searched at the
// weight of the body, a catalog of titles outranked the documents it
// lists. Its entries go to the aside, as lists of links alone do.
func listings(blocks []render.Block) []bool {
	marks := make([]bool, len(blocks))
	for i := 0; i < len(blocks); {
		j := i
		for j < len(blocks) && blocks[j].Kind == render.KindItem && (blocks[j].Links || citation.MatchString(blocks[j].Text)) {
			j++
		}
		if j-i >= minListing {
			for k := i; k < j; k++ {
				marks[k] = true
			}
		}
		i = max(j, i+1)
	}
	return marks
}
