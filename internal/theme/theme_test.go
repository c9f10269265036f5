package theme

import (
	"bytes"
	"compress/gzip"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

func loadDefault(t testing.TB) *Theme {
	t.Helper()
	th, err := Load(DefaultFS(), "themes/default", nil)
	if err != nil {
		t.Fatal(err)
	}
	return th
}

func render(t testing.TB, th *Theme, d *Data) string {
	t.Helper()
	var buf bytes.Buffer
	if err := th.Render(&buf, d); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

var labelsJSON = regexp.MustCompile(`(?s)<script type="application/json" id="(?:search-labels|soal-teks)">.*?</script>`)

var externalURL = regexp.MustCompile(`(?i)(src|href|action)="(https?:)?//`)

func TestRenderEveryLayout(t *testing.T) {
	th := loadDefault(t)
	keys := th.strings.langs["id"]
	for _, lang := range []string{"id", "en"} {
		for name, d := range fixtures(lang) {
			t.Run(lang+"/"+name, func(t *testing.T) {
				if got := th.Layout(d.Page); got != name {
					t.Fatalf("Layout = %s, want %s", got, name)
				}
				html := render(t, th, d)
				for _, want := range []string{
					`<html lang="` + lang + `">`, `<header class="site-header" id="top">`, `<div class="site-nav" id="site-nav">`, `<nav aria-label=`,
					`<main id="konten"`, `<footer class="site-footer">`, `<a class="skip" href="#konten">`,
					`role="search"`, `href="/css/site.css"`,
				} {
					if !strings.Contains(html, want) {
						t.Errorf("missing %s", want)
					}
				}
				if skip := map[string]string{"id": "Langsung ke konten", "en": "Skip to content"}[lang]; !strings.Contains(html, skip) {
					t.Errorf("skip link text %q missing", skip)
				}
				text := labelsJSON.ReplaceAllString(html, "") // its JSON keys are i18n keys by design
				for k := range keys {
					if strings.Contains(k, ".") && strings.Contains(text, k) {
						t.Errorf("untranslated key %q in output", k)
					}
				}
				if m := externalURL.FindString(html); m != "" {
					t.Errorf("external URL in output: %s", m)
				}
			})
		}
	}
}

func TestLayoutsPresent(t *testing.T) {
	th := loadDefault(t)
	for name := range fixtures("id") {
		if !th.Has(name) || !th.Has(strings.TrimSuffix(name, ".html")) {
			t.Errorf("Has(%q) = false", name)
		}
	}
	if th.Has("base.html") || th.Has("partials/header.html") || th.Has("single-report") {
		t.Error("Has reports a non-layout")
	}
	// A type without its own layout falls back to single.html.
	if got := th.Layout(&Page{Kind: KindPage, Type: "report"}); got != "single.html" {
		t.Errorf("Layout(report) = %s", got)
	}
}

func TestGolden(t *testing.T) {
	th := loadDefault(t)
	cases := map[string]*Data{
		"policy-id.html":   fixtures("id")["single-policy.html"],
		"search-id.html":   fixtures("id")["search.html"],
		"compare-en.html":  fixtures("en")["compare.html"],
		"matrix-id.html":   fixtures("id")["matrix.html"],
		"training-en.html": fixtures("en")["single-training.html"],
		"training-id.html": fixtures("id")["single-training.html"],
		"sheet-id.html":    fixtures("id")["sheet.html"],
		"logbook-id.html":  fixtures("id")["logbook.html"],
	}
	for file, d := range cases {
		got := render(t, th, d)
		path := filepath.Join("testdata", file)
		if *update {
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s differs from golden file; run go test ./internal/theme -update and review the diff", file)
		}
	}
}

func TestPageContents(t *testing.T) {
	th := loadDefault(t)
	id := fixtures("id")
	for name, wants := range map[string][]string{
		"single-policy.html": {
			`<span class="badge badge-consultation">Konsultasi Publik</span>`, "Draf II", "12/2026",
			"Berlaku sejak", "1 Januari 2027", "BKPSDM, Inspektorat", `href="/kebijakan/lama/"`,
			"telah digantikan oleh", "Dirujuk oleh", "Riwayat versi", `href="#pasal-1"`, "Daftar isi",
			`href="/tag/kepegawaian/"`, "Dokumen terkait", `aria-current="true"><a href="/kebijakan/"`[:0],
			`<a href="/kebijakan/" aria-current="true">Kebijakan</a>`, "Terakhir diperbarui", "27 November 2026",
			`class="print-only"`,
		},
		"single-training.html": {
			"Tujuan pembelajaran", "1 jam 30 menit", "Menengah", `href="/kompetensi/etika-publik/"`,
			"Prasyarat", `<a href="/pelatihan/etika/modul-2/" aria-current="page">`, `rel="prev"`, `rel="next"`,
		},
		"single-evaluation.html": {
			"<caption>Indikator evaluasi", `<th scope="col">Frekuensi</th>`, `<th scope="row">Kehadiran pelatihan</th>`,
			`<td data-label="Frekuensi">Triwulan</td>`, "Ditetapkan",
		},
		"search.html": {
			`method="get"`, `name="q" value="kompetensi"`, `<mark>kompetensi</mark>`, `name="sort"`,
			`<option value="date" selected>`, `<input type="hidden" name="tag" value="kepegawaian">`,
			`href="/cari/?q=kompetensi&amp;type=policy"`, `<span class="count">1</span>`, "Maksud Anda:",
			`aria-live="polite"`, `id="search-unavailable" class="notice" role="alert" hidden`, `src="/js/search.js"`,
			`"type.policy":"Kebijakan"`, `rel="next"`, `<meta name="robots" content="noindex">`,
		},
		"compare.html": {
			"<del>wajib</del><ins>berhak</ins>", `<details id="diff-sbs"`, `href="#pasal-1">Pasal 1 (dahulu Pasal 2)</a>`, `Pasal 3 baru; Pasal 3–5 menjadi Pasal 4–6`,
			"<caption>Perubahan data dokumen</caption>", "Keterangan", "+1 kata ditambahkan",
		},
		"404.html":      {"Halaman tidak ditemukan", `href="/">Kembali ke beranda`, `role="search"`},
		"taxonomy.html": {`href="/tag/kepegawaian/"`, `>3<span class="vh"> halaman</span></span>`},
		"term.html":     {`href="/kebijakan/peningkatan-kualitas-asn/"`, "Konsultasi Publik"},
	} {
		html := render(t, th, id[name])
		for _, w := range wants {
			if !strings.Contains(html, w) {
				t.Errorf("%s: missing %s", name, w)
			}
		}
	}
}

func TestSearchUnavailable(t *testing.T) {
	th := loadDefault(t)
	d := &Data{Site: fakeSite("id"), Page: searchPage("id", false)}
	html := render(t, th, d)
	if strings.Contains(html, `role="alert" hidden`) || !strings.Contains(html, "pustaka serve") {
		t.Error("static-host search page must show the server message")
	}
	if strings.Contains(html, "<mark>") {
		t.Error("unavailable search must not list hits")
	}
	// No Search at all (plain static build) renders too.
	d.Page.Search = nil
	if html = render(t, th, d); !strings.Contains(html, "pustaka serve") {
		t.Error("nil Search must show the server message")
	}
}

func TestOldVersion(t *testing.T) {
	th := loadDefault(t)
	html := render(t, th, &Data{Site: fakeSite("id"), Page: oldPolicyPage("id")})
	for _, w := range []string{`<meta name="robots" content="noindex">`, "Anda membaca versi lama", `<a href="/kebijakan/peningkatan-kualitas-asn/">Buka versi terkini</a>`} {
		if !strings.Contains(html, w) {
			t.Errorf("missing %s", w)
		}
	}
	if html := render(t, th, fixtures("id")["single-policy.html"]); strings.Contains(html, "noindex") {
		t.Error("current version must be indexable")
	}
}

func TestRenderDoesNotModifyData(t *testing.T) {
	th := loadDefault(t)
	d := fixtures("id")["single.html"]
	render(t, th, d)
	if d.strings != nil {
		t.Error("Render wrote to the caller's Data")
	}
	if got := d.T("skip"); got != "skip" {
		t.Errorf("T outside Render = %q, want the key", got)
	}
}

func TestConcurrentRender(t *testing.T) {
	th := loadDefault(t)
	var wg sync.WaitGroup
	for _, lang := range []string{"id", "en"} {
		for _, d := range fixtures(lang) {
			for range 4 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					var buf bytes.Buffer
					if err := th.Render(&buf, d); err != nil {
						t.Error(err)
					}
				}()
			}
		}
	}
	wg.Wait()
}

func TestStatic(t *testing.T) {
	th := loadDefault(t)
	for _, f := range []string{"css/site.css", "js/pref.js", "js/site.js", "js/search.js"} {
		b, err := fs.ReadFile(th.Static(), f)
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"http://", "https://", "@import", "@font-face"} {
			if bytes.Contains(b, []byte(bad)) {
				t.Errorf("%s contains %s: no external requests", f, bad)
			}
		}
	}
}

// TestPageWeight: each asset stays within its compressed budget, and an
// empty-content policy page with its CSS and JS stays well under the 60 KB
// (compressed) that a policy page with its text may weigh (the sample's
// longest policy is checked in internal/site).
func TestPageWeight(t *testing.T) {
	th := loadDefault(t)
	d := fixtures("id")["single-policy.html"]
	d.Page.Content = ""
	html := render(t, th, d)
	size := gzipSize([]byte(html))
	budgets := map[string]int{"css/site.css": 6 << 10, "js/pref.js": 1 << 10, "js/site.js": 4 << 10, "js/search.js": 4 << 10}
	for f, limit := range budgets {
		b, err := fs.ReadFile(th.Static(), f)
		if err != nil {
			t.Fatal(err)
		}
		if n := gzipSize(b); n > limit {
			t.Errorf("%s is %d bytes compressed, budget %d", f, n, limit)
		} else if f != "js/search.js" {
			size += n
		}
	}
	if size > 20<<10 {
		t.Errorf("policy page without text + CSS + JS = %d bytes compressed, budget 20 KB", size)
	}
	t.Logf("policy page without text, with CSS+JS: %d B compressed", size)
}

// gzipSize is the size of b gzip-compressed, as a server sends it.
func gzipSize(b []byte) int {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	zw.Write(b)
	zw.Close()
	return buf.Len()
}

// TestPrintBase checks a site with a baseURL gives print CSS the address
// to put before the path a link to another page prints.
func TestPrintBase(t *testing.T) {
	th := loadDefault(t)
	d := fixtures("id")["single-policy.html"]
	site := *d.Site
	site.BaseURL = "https://pustaka.tubeikab.go.id/"
	html := render(t, th, &Data{Site: &site, Page: d.Page})
	// html/template escapes the CSS string: \3a is ":", \2f is "/".
	if !strings.Contains(html, `:root{--print-base:"https\3a\2f\2fpustaka.tubeikab.go.id"}`) {
		i := strings.Index(html, "<style media=\"print\">")
		t.Errorf("no --print-base in:\n%.300s", html[max(i, 0):])
	}
	if html := render(t, th, d); strings.Contains(html, "--print-base") {
		t.Error("--print-base set without a baseURL")
	}
}
