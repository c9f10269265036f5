package site

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/tubei/pustaka/indexer"
	"github.com/tubei/pustaka/internal/sitetest"
)

// TestLearningPages: questions' problems are diagnostics at file:line:col;
// training pages carry their progress settings; every learning path gets a
// completion sheet and a mentoring module its lembar kendali.
func TestLearningPages(t *testing.T) {
	dir := sitetest.WriteArchive(t, "testdata/soal.txtar")
	res := New(Options{Dir: dir, ReadOnly: true, NoHistory: true}).Build(t.Context())
	var diags []string
	for _, d := range res.Diags {
		diags = append(diags, d.Error())
	}
	want := "content/pelatihan/dua.md:19:1: soal: single-choice question with 2 correct options (lines 18, 19); use [x] boxes for multiple choice"
	if len(diags) != 1 || diags[0] != want {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(diags, "\n"), want)
	}
	satu := body(t, res, "/pelatihan/satu/index.html")
	for _, s := range []string{`data-n="3" data-pass="80"`, `<script src="/js/soal.js" defer></script>`, `<legend><span class="soal-no">Soal 3</span>`} {
		if !strings.Contains(satu, s) {
			t.Errorf("module one lacks %s", s)
		}
	}
	if dua := body(t, res, "/pelatihan/dua/index.html"); !strings.Contains(dua, `data-pass="100" data-exam data-pre="/pelatihan/satu/"`) ||
		!strings.Contains(dua, `href="/pelatihan/dua/lembar-kendali/"`) {
		t.Error("module two lacks its exam settings, prerequisites or logbook link")
	}
	sheet := body(t, res, "/pelatihan/lembar-selesai/index.html")
	for _, s := range []string{`data-url="/pelatihan/satu/" data-menit="90"`, `<td>2</td>`, `4 JP`} {
		if !strings.Contains(sheet, s) {
			t.Errorf("completion sheet lacks %q", s)
		}
	}
	log := body(t, res, "/pelatihan/dua/lembar-kendali/index.html")
	if n := strings.Count(log, "<tr><td>"); n != 3 || !strings.Contains(log, "<td>3</td><td></td><td>Pendampingan</td>") {
		t.Errorf("lembar kendali: %d week rows, want 3 with week 3's activity", n)
	}
	if home := body(t, res, "/index.html"); !strings.Contains(home, `data-modul="/pelatihan/satu/ /pelatihan/dua/"`) {
		t.Error("home page lacks the learning path")
	}
}

// TestAnswersNotSearchable: the search index holds the questions' text,
// and searching for an answer, an option's feedback or an explanation
// finds nothing.
func TestAnswersNotSearchable(t *testing.T) {
	dir := sitetest.WriteArchive(t, "testdata/soal.txtar")
	res := New(Options{Dir: dir, ReadOnly: true, NoHistory: true}).Build(t.Context())
	ix, err := indexer.Open(indexer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if _, err := ix.Sync(res.All); err != nil {
		t.Fatal(err)
	}
	search := func(q string) *indexer.Result {
		r, err := ix.Search(t.Context(), indexer.Request{Query: q, Highlight: true})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	if r := search("arsip kependudukan"); r.Total != 1 {
		t.Errorf("the question's text: %d hits, want 1", r.Total)
	}
	for _, q := range []string{"zirkonium", "xenoblast", "quorvex", "marmolit", "palindrom", "tefrakit", "benar"} {
		if r := search(q); r.Total != 0 {
			t.Errorf("%q (answer key or feedback) found in %d documents: %+v", q, r.Total, r.Hits)
		}
	}
	for _, d := range res.All {
		if txt := docText(d); strings.Contains(txt, "keliru") || strings.Contains(txt, "zirkonium") {
			t.Errorf("%s: search text holds an option: %q", d.URL, txt)
		}
	}
}

// TestModulePageWeight: a sample module with six questions, with every
// stylesheet and script it loads, stays under 40 KB gzip-compressed (the
// budget for ASN on slow connections), and asks for nothing outside the
// site.
func TestModulePageWeight(t *testing.T) {
	res := New(Options{Dir: filepath.Join("..", ".."), ReadOnly: true, NoHistory: true, NoIndex: true}).Build(t.Context())
	const page = "/pelatihan/literasi-ti-pelayanan-adminduk/index.html"
	html := body(t, res, page)
	if n := strings.Count(html, `<div class="soal" `); n != 6 {
		t.Fatalf("%s has %d questions, want the 6 this test is about", page, n)
	}
	if m := regexp.MustCompile(`(?i)(src|href|action)="(https?:)?//`).FindString(html); m != "" {
		t.Errorf("external reference in the page: %s", m)
	}
	total, parts := gz(t, []byte(html)), []string{fmt.Sprintf("html %d", gz(t, []byte(html)))}
	for _, m := range regexp.MustCompile(`(?:href|src)="(/(?:css|js)/[^"]+)"`).FindAllStringSubmatch(html, -1) {
		n := gz(t, []byte(body(t, res, m[1])))
		total += n
		parts = append(parts, fmt.Sprintf("%s %d", m[1], n))
	}
	t.Logf("gzip bytes: %s; total %d", strings.Join(parts, ", "), total)
	if total >= 40*1024 {
		t.Errorf("module page with its CSS and JS: %d bytes compressed, want < 40 KB (%s)", total, strings.Join(parts, ", "))
	}
}

func gz(t *testing.T, b []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.DefaultCompression)
	if _, err := w.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Len()
}
