package site

import (
	"strings"
	"testing"

	"github.com/tubei/pustaka/indexer"
	"github.com/tubei/pustaka/internal/content"
	"github.com/tubei/pustaka/internal/render"
)

// docText is the text of search documents: their sections' text, or
// the body of one without sections.
func docText(docs ...indexer.Document) string {
	var b strings.Builder
	for _, d := range docs {
		b.WriteString(d.Body)
		for _, s := range d.Sections {
			b.WriteString(s.Text + "\n")
		}
	}
	return b.String()
}

// A search document holds each text block of its page once, in the
// section of the heading above it, in order: prose in Text, code blocks
// and blocks of links only in Aside; the body stays empty.
func TestDocumentSections(t *testing.T) {
	e := &entry{page: &content.Page{URL: "/kebijakan/x/", Title: "X"}, blocks: []render.Block{
		{Kind: "paragraph", Text: "Pembuka."},
		{Kind: "heading", Text: "Pasal 1", ID: "pasal-1"},
		{Kind: "paragraph", Text: "Ayat satu."},
		{Kind: "code", Text: "content/pelatihan/"},
		{Kind: "item", Text: "Ayat dua."},
		{Kind: "item", Text: "Pedoman A;", Links: true},
		{Kind: "heading", Text: "Pasal 2", ID: "pasal-2"},
		{Kind: "heading", Text: "Pasal 3", ID: "pasal-3"},
		{Kind: "paragraph", Text: "Penutup."},
	}}
	d := document(e)
	want := []indexer.Section{
		{Text: "Pembuka."},
		{Anchor: "pasal-1", Heading: "Pasal 1", Text: "Ayat satu.\nAyat dua.", Aside: "content/pelatihan/\nPedoman A;"},
		{Anchor: "pasal-2", Heading: "Pasal 2"},
		{Anchor: "pasal-3", Heading: "Pasal 3", Text: "Penutup."},
	}
	if len(d.Sections) != len(want) {
		t.Fatalf("sections %+v, want %+v", d.Sections, want)
	}
	for i := range want {
		if d.Sections[i] != want[i] {
			t.Errorf("section %d: %+v, want %+v", i, d.Sections[i], want[i])
		}
	}
	if d.Body != "" || len(d.Headings) != 3 {
		t.Errorf("body %q, headings %v", d.Body, d.Headings)
	}
}
