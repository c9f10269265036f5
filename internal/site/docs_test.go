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

// A regulation without a summary gets its topic, the words after the
// upper-case TENTANG of its heading lines, as one, however a PDF
// conversion split those lines; prose "tentang", an upper-case TENTANG
// without NOMOR before it, and a page with a summary get none.
func TestRegulationTopic(t *testing.T) {
	para := func(texts ...string) []render.Block {
		var bs []render.Block
		for _, s := range texts {
			bs = append(bs, render.Block{Kind: "paragraph", Text: s})
		}
		return bs
	}
	for _, c := range []struct {
		name   string
		blocks []render.Block
		want   string
	}{
		{"one paragraph", para("SALINAN", "PERATURAN PEMERINTAH REPUBLIK INDONESIA NOMOR 94 TAHUN 2021 TENTANG DISIPLIN PEGAWAI NEGERI SIPIL", "DENGAN RAHMAT TUHAN YANG MAHA ESA"),
			"DISIPLIN PEGAWAI NEGERI SIPIL"},
		{"lines apart", para("MENTERI KEUANGAN", "PERATURAN MENTERI KEUANGAN", "NOMOR 83/PMK.02/2022", "TENTANG", "STANDAR BIAYA MASUKAN TAHUN ANGGARAN 2023", "DENGAN RAHMAT TUHAN YANG MAHA ESA"),
			"STANDAR BIAYA MASUKAN TAHUN ANGGARAN 2023"},
		{"headings", []render.Block{{Kind: "heading", Text: "PERATURAN BUPATI LEBONG"}, {Kind: "heading", Text: "NOMOR 12 TAHUN 2024"}, {Kind: "heading", Text: "TENTANG"}, {Kind: "heading", Text: "PEDOMAN E-LEARNING"}},
			"PEDOMAN E-LEARNING"},
		{"run into the preamble", para("SURAT EDARAN NOMOR 3 TAHUN 2025 TENTANG JAM KERJA SELAMA RAMADAN. DENGAN RAHMAT TUHAN YANG MAHA ESA Menimbang"),
			"JAM KERJA SELAMA RAMADAN"},
		{"capitalised", para("Peraturan Bupati Lebong Nomor 12 Tahun 2024 Tentang Pedoman E-Learning", "Dengan Rahmat Tuhan Yang Maha Esa"),
			"Pedoman E-Learning"},
		{"capitalised, Dengan Rahmat in the block", para("Keputusan Camat Nomor: 9 Tahun 2021", "Tentang Tim Mentoring Dengan Rahmat Tuhan Yang Maha Esa"),
			"Tim Mentoring"},
		{"TENTANG before NOMOR", para("TENTANG KAMI", "NOMOR TELEPON 0732"), ""},
		{"Nomor without a number", para("Nomor telepon kantor", "Tentang kami"), ""},
		{"TENTANGNYA is no TENTANG", para("NOMOR 1 TAHUN 2020", "TENTANGNYA"), ""},
		{"prose", para("Panduan ini nomor satu tentang pelatihan."), ""},
		{"too far down", append(para("NOMOR 5 TAHUN 2020"), append(make([]render.Block, headLines), para("TENTANG X")...)...), ""},
	} {
		if got := regulationTopic(c.blocks); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
	blocks := para("PERATURAN BUPATI NOMOR 1 TAHUN 2024 TENTANG CUTI")
	if d := document(&entry{page: &content.Page{URL: "/p/", Title: "Perbup 1 2024"}, blocks: blocks}); d.Summary != "CUTI" {
		t.Errorf("no summary: %q, want the topic", d.Summary)
	}
	if d := document(&entry{page: &content.Page{URL: "/p/", Title: "Perbup 1 2024", Summary: "Cuti pegawai."}, blocks: blocks}); d.Summary != "Cuti pegawai." {
		t.Errorf("with a summary: %q, want it kept", d.Summary)
	}
}

// Three or more list items in a row that each name another document (a
// link, or a number and year) are a listing and go to the aside; fewer,
// or items among which one names nothing, stay in the text. A chapter
// line of a regulation ("BAB II NILAI DASAR") is a heading of the page.
func TestDocumentListings(t *testing.T) {
	item := func(s string) render.Block { return render.Block{Kind: "item", Text: s} }
	e := &entry{page: &content.Page{URL: "/jdih/x/", Title: "X"}, blocks: []render.Block{
		{Kind: "paragraph", Text: "Peraturan terbaru."},
		item("PMK 099 2025 — Pengelolaan Dana Desa"),
		item("Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil"),
		item("Perpres 16/2018 tentang Pengadaan Barang/Jasa"),
		{Kind: "paragraph", Text: "BAB II NILAI DASAR"},
		item("Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara;"),
		item("Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen PNS;"),
		item("Cuti tahunan diberikan 12 hari kerja."),
		item("Cuti sakit;"),
		item("Cuti besar;"),
		item("Cuti melahirkan."),
	}}
	d := document(e)
	if len(d.Sections) != 1 {
		t.Fatalf("sections %+v", d.Sections)
	}
	s := d.Sections[0]
	wantText := "Peraturan terbaru.\nBAB II NILAI DASAR\nUndang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara;\nPeraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen PNS;\nCuti tahunan diberikan 12 hari kerja.\nCuti sakit;\nCuti besar;\nCuti melahirkan."
	wantAside := "PMK 099 2025 — Pengelolaan Dana Desa\nPeraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil\nPerpres 16/2018 tentang Pengadaan Barang/Jasa"
	if s.Text != wantText || s.Aside != wantAside {
		t.Errorf("text %q\naside %q\nwant %q\nand %q", s.Text, s.Aside, wantText, wantAside)
	}
	if len(d.Headings) != 1 || d.Headings[0].Text != "BAB II NILAI DASAR" {
		t.Errorf("headings %+v, want the chapter", d.Headings)
	}
}
