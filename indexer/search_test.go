package indexer

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestSearchFirstHit(t *testing.T) {
	ix := testIndex(t, Options{})
	for _, tc := range []struct{ query, want string }{
		{"pengembangan kompetensi", "/modul/pengembangan-kompetensi/"}, // stemmed: mengembangkan, pengembangan
		{"mengembangkan karier", "/kebijakan/pengembangan-karier/"},    // word forms
		{`"survei kepuasan masyarakat"`, "/modul/pelayanan-publik/"},   // phrase
		{"pelat", "/modul/pengembangan-kompetensi/"},                   // prefix of pelatihan
		{"ASN bekerja", "/kebijakan/kerja-fleksibel/"},                 // synonym: pegawai negeri sipil
		{"diklat anggaran", "/kebijakan/anggaran-diklat/"},             // acronym
		{"trainings employees", "/en/module/digital-literacy/"},        // English analyser
		{"searching engines", "/en/module/digital-literacy/"},          // English stemming
		{"ikm", "/modul/pelayanan-publik/"},                            // acronym -> phrase
		{"kata sandi", "/panduan/keamanan-informasi/"},                 // two words
	} {
		res := find(t, ix, Request{Query: tc.query})
		if len(res.Hits) == 0 || res.Hits[0].URL != tc.want {
			t.Errorf("%q: hits %v, want %s first", tc.query, urls(res), tc.want)
		}
	}
}

func TestSearchPhraseRequiresOrder(t *testing.T) {
	ix := testIndex(t, Options{})
	res := find(t, ix, Request{Query: `"masyarakat kepuasan survei"`})
	if res.Total != 0 {
		t.Errorf("reversed phrase matched %v", urls(res))
	}
}

// A quoted single word matches as the word does, in the body too (whose
// terms have no locations for a phrase query to check).
func TestSearchQuotedWord(t *testing.T) {
	ix := testIndex(t, Options{})
	for _, w := range []string{"pelatihan", "kuesioner", "dan pelatihan"} {
		plain, quoted := find(t, ix, Request{Query: w, Size: 50}), find(t, ix, Request{Query: `"` + w + `"`, Size: 50})
		if quoted.Total == 0 || (!strings.Contains(w, " ") && !slices.Equal(slices.Sorted(slices.Values(urls(plain))), slices.Sorted(slices.Values(urls(quoted))))) {
			t.Errorf("%q: %v, unquoted %v", w, urls(quoted), urls(plain))
		}
	}
}

func TestSearchExclusion(t *testing.T) {
	ix := testIndex(t, Options{})
	all := find(t, ix, Request{Query: "pelatihan", Size: 50})
	if !slices.Contains(urls(all), "/panduan/evaluasi-pelatihan/") {
		t.Fatalf("pelatihan: %v lacks the evaluation guide", urls(all))
	}
	for _, q := range []string{"pelatihan -evaluasi", `pelatihan -"pasca pelatihan"`} {
		res := find(t, ix, Request{Query: q, Size: 50})
		if slices.Contains(urls(res), "/panduan/evaluasi-pelatihan/") || res.Total != all.Total-1 {
			t.Errorf("%q: %v (total %d), want all %d but the evaluation guide", q, urls(res), res.Total, all.Total)
		}
	}
}

func TestSearchPrefixOnlyLastWord(t *testing.T) {
	ix := testIndex(t, Options{})
	if res := find(t, ix, Request{Query: "pelat "}); res.Total != 0 {
		t.Errorf("\"pelat \" with trailing space matched %v; a finished word is no prefix", urls(res))
	}
	if res := find(t, ix, Request{Query: "pe"}); res.Total != 0 {
		t.Errorf("two-rune prefix matched %v", urls(res))
	}
}

func TestSearchTypoSuggestion(t *testing.T) {
	ix := testIndex(t, Options{})
	res := find(t, ix, Request{Query: "pelatiahn widyaiswra "})
	if res.Suggestion != "pelatihan widyaiswara" || res.Query != res.Suggestion {
		t.Errorf("suggestion %q, query %q, want %q", res.Suggestion, res.Query, "pelatihan widyaiswara")
	}
	if res.Total == 0 {
		t.Errorf("corrected query found nothing")
	}
	if res := find(t, ix, Request{Query: "pelatihan"}); res.Suggestion != "" {
		t.Errorf("suggestion %q for a query with hits", res.Suggestion)
	}
}

func TestSearchFiltersAndFacets(t *testing.T) {
	ix := testIndex(t, Options{})
	res := find(t, ix, Request{Query: "pelatihan type:panduan"})
	for _, h := range res.Hits {
		if h.Type != "panduan" {
			t.Errorf("type:panduan returned %s of type %s", h.URL, h.Type)
		}
	}
	if res.Total != 2 {
		t.Errorf("type:panduan pelatihan: %v, want the 2 guides", urls(res))
	}
	res = find(t, ix, Request{Status: "approved", Year: 2024})
	if got := urls(res); !slices.Equal(got, []string{"/panduan/keamanan-informasi/", "/en/module/digital-literacy/", "/modul/pengembangan-kompetensi/"}) {
		t.Errorf("approved in 2024, newest first: %v", got)
	}
	all := find(t, ix, Request{})
	want := map[string]int{"kebijakan": 3, "modul": 4, "panduan": 3}
	if got := facetCounts(all, "type"); !maps.Equal(got, want) {
		t.Errorf("type facet %v, want %v", got, want)
	}
	if got := facetCounts(all, "year")["2024"]; got != 3 {
		t.Errorf("year facet 2024 = %d, want 3", got)
	}
	if got := facetCounts(find(t, ix, Request{Query: "tag:pelatihan"}), "unit"); got["bkpsdm"] != 3 || len(got) != 1 {
		t.Errorf("units of tag:pelatihan %v, want bkpsdm: 3", got)
	}
	if got := find(t, ix, Request{Query: `unit:"sekretariat kecamatan" kompetensi:manajerial`}); got.Total != 3 {
		t.Errorf("quoted unit filter: %v", urls(got))
	}
}

func facetCounts(res *Result, name string) map[string]int {
	m := map[string]int{}
	for _, f := range res.Facets {
		if f.Name == name {
			for _, v := range f.Values {
				m[v.Value] = v.Count
			}
		}
	}
	return m
}

func TestSearchSortByDateAndPages(t *testing.T) {
	ix := testIndex(t, Options{})
	var got []string
	for page := 1; page <= 4; page++ {
		res := find(t, ix, Request{Query: "pegawai", Sort: "date", Page: page, Size: 2})
		got = append(got, urls(res)...)
		if res.Total != 6 {
			t.Fatalf("pegawai: total %d, want 6", res.Total)
		}
	}
	want := []string{"/kebijakan/kerja-fleksibel/", "/kebijakan/pengembangan-karier/", "/modul/pengembangan-kompetensi/", "/panduan/evaluasi-pelatihan/",
		"/panduan/pembelajaran-daring/", "/kebijakan/anggaran-diklat/"}
	if !slices.Equal(got, want) {
		t.Errorf("pages by date:\n got %v\nwant %v", got, want)
	}
}

func TestSearchHighlight(t *testing.T) {
	ix := testIndex(t, Options{})
	res := find(t, ix, Request{Query: "kode sandi", Highlight: true})
	if len(res.Hits) == 0 {
		t.Fatal("no hits")
	}
	h := res.Hits[0]
	frag := strings.Join(h.Fragments, " ")
	if len(h.Sections) == 0 || h.Sections[0].Anchor != "sandi" {
		t.Errorf("sections %+v, want sandi first", h.Sections)
	}
	if strings.Contains(frag, "<script>") || !strings.Contains(frag, "&lt;script&gt;") {
		t.Errorf("fragment not escaped: %s", frag)
	}
	if !strings.Contains(frag, "<mark>kode</mark>") || !strings.Contains(frag, "<mark>sandi</mark>") {
		t.Errorf("fragment lacks marks: %s", frag)
	}
	if res := find(t, ix, Request{Query: "kode sandi"}); res.Hits[0].Fragments != nil {
		t.Errorf("fragments without Highlight: %q", res.Hits[0].Fragments)
	}
}

func TestSearchAnchorOfBestSection(t *testing.T) {
	ix := testIndex(t, Options{})
	for _, tc := range []struct{ query, url, anchor string }{
		{"widyaiswara dilatih", "/modul/pengembangan-kompetensi/", "metode"},
		{"pola karier", "/kebijakan/pengembangan-karier/", "pasal-2"},
		{"kuesioner atasan", "/panduan/evaluasi-pelatihan/", "instrumen"},
		{"melatih", "/modul/pengembangan-kompetensi/", "metode"},
	} {
		res := find(t, ix, Request{Query: tc.query, Highlight: true})
		if len(res.Hits) == 0 || res.Hits[0].URL != tc.url || len(res.Hits[0].Sections) == 0 || res.Hits[0].Sections[0].Anchor != tc.anchor {
			t.Errorf("%q: got %+v, want %s#%s", tc.query, res.Hits, tc.url, tc.anchor)
		}
	}
}

func TestSearchStoredFields(t *testing.T) {
	ix := testIndex(t, Options{})
	res := find(t, ix, Request{Query: "arsip"})
	if len(res.Hits) != 1 {
		t.Fatalf("arsip: %v", urls(res))
	}
	h := res.Hits[0]
	if h.Title != "Modul Pengelolaan Arsip Dinamis" || h.Type != "modul" || h.Status != "revoked" ||
		h.Version != "1.0" || h.Lang != "id" || h.Date.Format("2006-01-02") != "2019-04-01" || h.Score <= 0 {
		t.Errorf("hit %+v", h)
	}
	if res.Query != "arsip" {
		t.Errorf("Query %q", res.Query)
	}
}

func TestSearchBadRequests(t *testing.T) {
	ix := testIndex(t, Options{})
	for _, req := range []Request{
		{Query: "pelatihan warna:merah"},
		{Query: "tahun:20x4"},
		{Query: "- pelatihan"},
		{Sort: "judul"},
		{Size: 51},
		{Page: 21, Size: 50},
		{Page: -1},
		{Year: 99},
		{Query: strings.Repeat("a ", 40)},
	} {
		_, err := ix.Search(t.Context(), req)
		if _, ok := err.(*QueryError); !ok {
			t.Errorf("Search(%+v): error %v, want *QueryError", req, err)
		}
	}
}

func FuzzSearch(f *testing.F) {
	ix := testIndex(f, Options{})
	for _, s := range []string{"pelatihan", `"kata sandi" -arsip`, "asn pegawai negeri", "pelat", "keuangn ",
		"tahun:2024 type:modul", `"`, "e-learning", "<script>", "ÄÖ ß 漢字"} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, q string, hl bool) {
		res, err := ix.Search(t.Context(), Request{Query: q, Highlight: hl})
		if err != nil {
			var qe *QueryError
			if !errors.As(err, &qe) {
				t.Fatalf("Search(%q): %v is no *QueryError", q, err)
			}
			return
		}
		for _, h := range res.Hits {
			for _, fr := range h.Fragments {
				if strings.Contains(strings.NewReplacer("<mark>", "", "</mark>", "").Replace(fr), "<") {
					t.Fatalf("Search(%q): unescaped fragment %q", q, fr)
				}
			}
		}
	})
}

// The last word typed matches every indexed word it begins: through the
// most frequent ones as words and through a prefix query, which is left
// out only when those words are all there are and none is a stop word.
func TestSearchPrefixMatchesEveryWord(t *testing.T) {
	ix := testIndex(t, Options{})
	var docs []Document
	for i := range maxCompletions + 3 {
		w := "zetra" + string(rune('a'+i))
		docs = append(docs, Document{URL: "/z/" + w + "/", Title: "Catatan", Body: strings.Repeat(w+" ", i+1)})
	}
	docs = append(docs, Document{URL: "/z/adalah/", Title: "Catatan", Body: "Ini adalah ringkasan."})
	if _, err := ix.Update(docs, nil); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		query      string
		want       int
		withPrefix bool
	}{
		{"zetra", maxCompletions + 3, true}, // more words than completions
		{"zetrak", 1, false},                // one word: matched as a word
		{"adal", 1, true},                   // "adalah" is a stop word
	} {
		if res := find(t, ix, Request{Query: tc.query, Size: 50}); res.Total != uint64(tc.want) {
			t.Errorf("%q: %d hits %v, want %d", tc.query, res.Total, urls(res), tc.want)
		}
		p, err := parseQuery(tc.query)
		if err != nil {
			t.Fatal(err)
		}
		if gs := ix.groups(p); (gs[0].prefix != "") != tc.withPrefix {
			t.Errorf("%q: prefix query %q, want one: %v", tc.query, gs[0].prefix, tc.withPrefix)
		}
	}
}

// A word the stemmer can read two ways matches through the reading the
// site's own text uses: pengodean is ode to the analyzer, kode here.
func TestSearchReadingOfTheSite(t *testing.T) {
	ix := testIndex(t, Options{})
	docs := []Document{
		{URL: "/k/kode/", Title: "Catatan", Body: "Kode sumber ditulis rapi. Kode diperiksa."},
		{URL: "/k/saring/", Title: "Catatan", Body: "Saring data sebelum dikirim."},
	}
	if _, err := ix.Update(docs, nil); err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{"pengodean ": "/k/kode/", "penyaringan ": "/k/saring/"} {
		if res := find(t, ix, Request{Query: q}); !slices.Contains(urls(res), want) {
			t.Errorf("%q: %v, want %s", q, urls(res), want)
		}
	}
}

// A hit is a page with its matching sections as sub-results: anchor,
// heading and a fragment of each, best first; the JSON shape writes the
// date as a day and empty lists as [].
func TestSearchSections(t *testing.T) {
	ix := testIndex(t, Options{})
	if _, err := ix.Update([]Document{{URL: "/s/panduan/", Title: "Panduan arsip", Sections: []Section{
		{Text: "Pengantar singkat."},
		{Anchor: "arsip-digital", Heading: "Arsip digital", Text: "Arsip digital disimpan di server; arsip dicadangkan."},
		{Anchor: "lain", Heading: "Lain-lain", Text: "Tidak ada yang cocok di sini."},
		{Anchor: "kertas", Heading: "Kertas", Text: "Arsip kertas disimpan di lemari."},
	}}}, nil); err != nil {
		t.Fatal(err)
	}
	res := find(t, ix, Request{Query: "arsip digital", Highlight: true, Type: ""})
	var h *Hit
	for i := range res.Hits {
		if res.Hits[i].URL == "/s/panduan/" {
			h = &res.Hits[i]
		}
	}
	if h == nil {
		t.Fatalf("no hit for /s/panduan/: %v", urls(res))
	}
	if len(h.Sections) != 2 || h.Sections[0].Anchor != "arsip-digital" || h.Sections[0].Heading != "Arsip digital" || h.Sections[1].Anchor != "kertas" {
		t.Fatalf("sections %+v, want arsip-digital then kertas", h.Sections)
	}
	if f := h.Sections[0].Fragment; !strings.Contains(f, "<mark>Arsip</mark> <mark>digital</mark> disimpan") || strings.HasPrefix(f, "Arsip digital\n") {
		t.Errorf("fragment %q", f)
	}
	b, err := json.Marshal(Hit{URL: "/a/", Date: time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"url":"/a/","title":"","type":"","status":"","version":"","lang":"","score":0,"fragments":[],"sections":[],"date":"2026-01-02"}`; string(b) != want {
		t.Errorf("JSON %s, want %s", b, want)
	}
}

func TestHitJSONRoundTrip(t *testing.T) {
	in := Hit{URL: "/a/", Title: "A", Date: time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC), Score: 1.5,
		Fragments: []string{"<mark>x</mark>"}, Sections: []SectionHit{{Anchor: "b", Heading: "B", Fragment: "y"}}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out Hit
	if err := json.Unmarshal(b, &out); err != nil || !reflect.DeepEqual(in, out) {
		t.Errorf("round trip of %s: %+v, %v", b, out, err)
	}
}

// Typing a word letter by letter never drops to no results while it is
// becoming a word that matches: "melat" and "melati" begin no indexed
// word, but what is left of them after me- begins the root latih.
func TestSearchTypingNeverDropsToZero(t *testing.T) {
	ix := testIndex(t, Options{})
	whole := find(t, ix, Request{Query: "melatih"})
	if whole.Total == 0 {
		t.Fatal("melatih finds nothing")
	}
	for n := minPrefix; n < len("melatih"); n++ {
		if res := find(t, ix, Request{Query: "melatih"[:n]}); res.Total == 0 {
			t.Errorf("%q: no results while typing melatih (%d when whole)", "melatih"[:n], whole.Total)
		}
	}
}

// An Indonesian title that the link text of an English page names ranks
// the page it titles first: the English body holds the Indonesian words
// in few documents, so its own IDF is high, and each language's field is
// corrected to the page's one IDF apart.
func TestSearchEnglishLinkTextBelowThePage(t *testing.T) {
	ix, err := Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	docs := []Document{
		{URL: "/id/arsip/", Title: "Pelatihan Pengelolaan Arsip Tingkat Dasar", Body: "Peserta pelatihan mengelola arsip dinamis dan arsip statis."},
		{URL: "/en/kpi/", Lang: "en", Title: "Training on Key Performance Indicators", Body: "The training committee reviews the indicators. " +
			"Read together with Pelatihan Pengelolaan Arsip Tingkat Dasar."},
	}
	for i := range 30 {
		docs = append(docs, Document{URL: fmt.Sprintf("/id/%d/", i), Title: fmt.Sprintf("Laporan %d", i),
			Body: "Pelatihan pegawai tingkat dasar dan pengelolaan anggaran kantor; arsip surat disimpan."})
	}
	if _, err := ix.Sync(docs); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"pelatihan mengelola arsip dasar", "pelatihan pengelolaan arsip tingkat dasar"} {
		if res := find(t, ix, Request{Query: q}); len(res.Hits) == 0 || res.Hits[0].URL != "/id/arsip/" {
			t.Errorf("%q: %v, want /id/arsip/ first", q, urls(res))
		}
	}
}

// A title that names every word of the query ranks above a shorter one
// that lacks a word, even a word most pages hold: each word counts for
// the label by the square root of its IDF, and the score carries the
// IDF once, as BM25 has it, not squared.
func TestSearchTitleNamingEveryWordFirst(t *testing.T) {
	ix, err := Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	docs := []Document{
		{URL: "/a/", Title: "Pedoman Perencanaan Standar Pelayanan di Lingkungan Inspektorat", Body: "Standar pelayanan disusun setiap tahun oleh tim."},
		{URL: "/b/", Title: "Ketentuan Pengamanan Standar Pelayanan", Body: "Pengamanan standar pelayanan mengikuti dokumen perencanaan biro."},
	}
	for i := range 30 {
		docs = append(docs, Document{URL: fmt.Sprintf("/x/%d/", i), Title: fmt.Sprintf("Laporan Kegiatan %d", i),
			Body: "Biro Perencanaan menyusun laporan; standar mutu dipantau."})
	}
	if _, err := ix.Sync(docs); err != nil {
		t.Fatal(err)
	}
	if res := find(t, ix, Request{Query: "merencanakan standar pelayanan"}); len(res.Hits) == 0 || res.Hits[0].URL != "/a/" {
		t.Errorf("%v, want /a/ first", urls(res))
	}
}
