package content

import (
	"strings"
	"testing"
	"testing/fstest"
)

func testPages(t *testing.T) map[string]*Page {
	t.Helper()
	fsys := fstest.MapFS{
		"_index.md":               {Data: []byte("# Beranda")},
		"kebijakan/_index.md":     {Data: []byte("# Kebijakan")},
		"kebijakan/2026/kerja.md": {Data: []byte("---\nrelated: [../2025/lama, /pelatihan/]\nsupersedes: lama\n---\n")},
		"kebijakan/2026/lama.md":  {Data: []byte("# Lama 2026")},
		"kebijakan/2025/lama.md":  {Data: []byte("# Lama 2025")},
		"pelatihan/_index.md":     {Data: []byte("# Pelatihan")},
		"pelatihan/dasar.md":      {Data: []byte("---\nslug: dasar-asn\n---\n")},
		"pelatihan/lanjut.md":     {Data: []byte("---\nprerequisites: [dasar.md]\n---\n")},
		"blog/kabar/index.md":     {Data: []byte("# Kabar")},
		"blog/dengan spasi.md":    {Data: []byte("# Spasi")},
		"lama.md":                 {Data: []byte("# Lama di akar")},
	}
	pages, diags := Load(fsys, Config{})
	if len(diags) != 0 {
		t.Fatalf("Load: %v", diags)
	}
	if diags := Resolve(pages); len(diags) != 0 {
		t.Fatalf("Resolve: %v", diags)
	}
	byPath := map[string]*Page{}
	for _, p := range pages {
		byPath[p.Path] = p
	}
	return byPath
}

func TestLookup(t *testing.T) {
	pages := testPages(t)
	var list []*Page
	for _, p := range pages {
		list = append(list, p)
	}
	ix := NewIndex(list)
	from := pages["kebijakan/2026/kerja.md"]
	for _, tc := range []struct {
		from   *Page
		target string
		want   string // path of the page found, "" for none
	}{
		{from, "lama.md", "kebijakan/2026/lama.md"},                // relative first
		{from, "lama", "kebijakan/2026/lama.md"},                   // .md optional
		{from, "/lama.md", "lama.md"},                              // root
		{from, "../2025/lama.md", "kebijakan/2025/lama.md"},        // up a folder
		{from, "kebijakan/2025/lama.md", "kebijakan/2025/lama.md"}, // root when not relative
		{from, "/kebijakan/2025/lama/", "kebijakan/2025/lama.md"},  // URL
		{from, "/kebijakan/", "kebijakan/_index.md"},               // folder URL
		{from, "../../pelatihan", "pelatihan/_index.md"},           // folder path
		{from, "/pelatihan.md", "pelatihan/_index.md"},             // folder as a file (Hugo ref)
		{from, "/blog/kabar.md", "blog/kabar/index.md"},
		{from, "/kebijakan/2025.md", ""},                      // a folder without an index page
		{from, "/", "_index.md"},                              // home
		{from, "/pelatihan/dasar-asn/", "pelatihan/dasar.md"}, // slug URL
		{from, "/pelatihan/dasar.md", "pelatihan/dasar.md"},   // slug page by file
		{from, "/blog/kabar/", "blog/kabar/index.md"},         // page bundle
		{from, "/blog/kabar", "blog/kabar/index.md"},
		{from, "/blog/dengan%20spasi.md", "blog/dengan spasi.md"},
		{from, "lama.md#pasal-2", "kebijakan/2026/lama.md"},
		{from, "#pasal-2", "kebijakan/2026/kerja.md"},
		{nil, "lama.md", "lama.md"},
		{from, "../../../lama.md", ""},
		{from, "tidak-ada.md", ""},
		{from, "https://tubeikab.go.id/lama.md", ""},
		{from, "mailto:camat@tubeikab.go.id", ""},
		{from, "//cdn.example.org/lama.md", ""},
		{nil, "#x", ""},
	} {
		got, ok := ix.Lookup(tc.from, tc.target)
		switch {
		case tc.want == "" && ok:
			t.Errorf("Lookup(%q) = %s, want not found", tc.target, got.Path)
		case tc.want != "" && (!ok || got.Path != tc.want):
			t.Errorf("Lookup(%q) = %v, %v; want %s", tc.target, got, ok, tc.want)
		}
	}
}

func TestResolveFillsRefs(t *testing.T) {
	pages := testPages(t)
	p := pages["kebijakan/2026/kerja.md"]
	if p.Related[0].Page != pages["kebijakan/2025/lama.md"] || p.Related[1].Page != pages["pelatihan/_index.md"] ||
		p.Supersedes.Page != pages["kebijakan/2026/lama.md"] {
		t.Errorf("related %+v, supersedes %+v", p.Related, p.Supersedes)
	}
	if q := pages["pelatihan/lanjut.md"]; q.Prerequisites[0].Page != pages["pelatihan/dasar.md"] {
		t.Errorf("prerequisites %+v", q.Prerequisites)
	}
}

// BenchmarkLookup resolves the usual Markdown link: a file named as it is,
// relative to the linking page.
func BenchmarkLookup(b *testing.B) {
	fsys := fstest.MapFS{
		"kebijakan/2026/kerja.md": {Data: []byte("# Kerja")},
		"pelatihan/2025/dasar.md": {Data: []byte("# Dasar")},
	}
	pages, _ := Load(fsys, Config{})
	ix := NewIndex(pages)
	from := pages[0]
	if from.Path != "kebijakan/2026/kerja.md" {
		from = pages[1]
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := ix.Lookup(from, "../../pelatihan/2025/dasar.md#pasal-2"); !ok {
			b.Fatal("not found")
		}
	}
}

// terjemahan (or Hugo's translationKey) pairs translations; two pages of
// one language with the same key are a warning at each key.
func TestTranslationKeys(t *testing.T) {
	fsys := fstest.MapFS{
		"tentang.md": {Data: []byte("---\ntitle: Tentang\nterjemahan: tentang\n---\n")},
		"about.md":   {Data: []byte("---\ntitle: About\nlang: en\ntranslationKey: tentang\n---\n")},
		"perihal.md": {Data: []byte("---\ntitle: Perihal\nlang: id\n\nterjemahan:   tentang\n---\n")},
		"sendiri.md": {Data: []byte("---\ntitle: Sendiri\nterjemahan: lain\n---\n")},
		"tanpa.md":   {Data: []byte("# Tanpa")},
	}
	pages, diags := Load(fsys, Config{})
	if len(diags) != 0 {
		t.Fatalf("Load: %v", diags)
	}
	keys := map[string]string{}
	for _, p := range pages {
		keys[p.Path] = p.Translation
	}
	if keys["about.md"] != "tentang" || keys["tentang.md"] != "tentang" || keys["tanpa.md"] != "" {
		t.Errorf("keys %v", keys)
	}
	var got []string
	for _, d := range Resolve(pages) {
		got = append(got, d.Error())
	}
	want := []string{
		`content/perihal.md:5:15: warning: terjemahan: "tentang" is also the key of content/tentang.md, in the same language (id); give each translation of a page its own language`,
		`content/tentang.md:3:13: warning: terjemahan: "tentang" is also the key of content/perihal.md, in the same language (id); give each translation of a page its own language`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
