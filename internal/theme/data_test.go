package theme

import (
	"html/template"
	"strconv"
	"strings"
	"testing"
	"time"
)

// rendered returns Data as layouts see it: with the default theme's strings.
func rendered(t *testing.T, pageLang, siteLang string) *Data {
	t.Helper()
	return &Data{Site: &Site{Lang: siteLang}, Page: &Page{Lang: pageLang, URL: "/kebijakan/x/"}, strings: loadDefault(t).strings}
}

func TestLang(t *testing.T) {
	for _, c := range []struct{ page, site, want string }{
		{"en", "id", "en"}, {"", "en", "en"}, {"", "", "id"},
	} {
		if got := rendered(t, c.page, c.site).Lang(); got != c.want {
			t.Errorf("Lang(%q, %q) = %q, want %q", c.page, c.site, got, c.want)
		}
	}
}

func TestT(t *testing.T) {
	id, en, fr := rendered(t, "id", ""), rendered(t, "en", ""), rendered(t, "fr", "")
	if got := id.T("backlinks"); got != "Dirujuk oleh" {
		t.Errorf("id backlinks = %q", got)
	}
	if got := en.T("backlinks"); got != "Referenced by" {
		t.Errorf("en backlinks = %q", got)
	}
	if got := fr.T("backlinks"); got != "Dirujuk oleh" {
		t.Errorf("unknown language should fall back to id, got %q", got)
	}
	if got := en.T("no.such.key"); got != "no.such.key" {
		t.Errorf("missing key = %q", got)
	}
	// A key only the Indonesian file has falls back to Indonesian.
	en.strings = &catalog{langs: map[string]map[string]string{"id": {"x": "ya"}, "en": {}}}
	if got := en.T("x"); got != "ya" {
		t.Errorf("fallback to id = %q", got)
	}
}

func TestDate(t *testing.T) {
	d := time.Date(2026, 11, 27, 15, 4, 0, 0, time.UTC)
	if got := rendered(t, "id", "").Date(d); got != "27 November 2026" {
		t.Errorf("id = %q", got)
	}
	if got := rendered(t, "en", "").Date(d); got != "November 27, 2026" {
		t.Errorf("en = %q", got)
	}
	if got := rendered(t, "id", "").Date(time.Date(2027, 8, 5, 0, 0, 0, 0, time.UTC)); got != "5 Agustus 2027" {
		t.Errorf("id August = %q", got)
	}
	if got := rendered(t, "id", "").Date(time.Time{}); got != "" {
		t.Errorf("zero = %q", got)
	}
	if got := rendered(t, "id", "").ISODate(d); got != "2026-11-27" {
		t.Errorf("ISODate = %q", got)
	}
}

func TestLabels(t *testing.T) {
	id, en := rendered(t, "id", ""), rendered(t, "en", "")
	for _, c := range []struct {
		fn         func(*Data, string) string
		in, id, en string
	}{
		{(*Data).StatusLabel, "draft", "Draf", "Draft"},
		{(*Data).StatusLabel, "consultation", "Konsultasi Publik", "Public consultation"},
		{(*Data).StatusLabel, "approved", "Ditetapkan", "Approved"},
		{(*Data).StatusLabel, "revoked", "Dicabut", "Revoked"},
		{(*Data).StatusLabel, "weird", "weird", "weird"},
		{(*Data).StatusLabel, "", "", ""},
		{(*Data).LevelLabel, "dasar", "Dasar", "Basic"},
		{(*Data).LevelLabel, "menengah", "Menengah", "Intermediate"},
		{(*Data).LevelLabel, "lanjut", "Lanjut", "Advanced"},
		{(*Data).TypeLabel, "policy", "Kebijakan", "Policy"},
		{(*Data).TypeLabel, "training", "Modul Pelatihan", "Training module"},
		{(*Data).TypeLabel, "evaluation", "Panduan Evaluasi", "Evaluation guide"},
		{(*Data).TypeLabel, "page", "Halaman", "Page"},
	} {
		if got := c.fn(id, c.in); got != c.id {
			t.Errorf("id %q = %q, want %q", c.in, got, c.id)
		}
		if got := c.fn(en, c.in); got != c.en {
			t.Errorf("en %q = %q, want %q", c.in, got, c.en)
		}
	}
	if got := id.FacetLabel("status", "approved"); got != "Ditetapkan" {
		t.Errorf("FacetLabel status = %q", got)
	}
	if got := id.FacetLabel("type", "training"); got != "Modul Pelatihan" {
		t.Errorf("FacetLabel type = %q", got)
	}
	if got := id.FacetLabel("tag", "status.draft"); got != "status.draft" {
		t.Errorf("FacetLabel tag = %q", got)
	}
}

func TestDuration(t *testing.T) {
	id, en := rendered(t, "id", ""), rendered(t, "en", "")
	for _, c := range []struct {
		in     time.Duration
		id, en string
	}{
		{90 * time.Minute, "1 jam 30 menit", "1 h 30 min"},
		{2 * time.Hour, "2 jam", "2 h"},
		{45 * time.Minute, "45 menit", "45 min"},
		{45*time.Minute + 40*time.Second, "46 menit", "46 min"},
		{0, "", ""},
		{-time.Hour, "", ""},
	} {
		if got := id.Duration(c.in); got != c.id {
			t.Errorf("id %v = %q, want %q", c.in, got, c.id)
		}
		if got := en.Duration(c.in); got != c.en {
			t.Errorf("en %v = %q, want %q", c.in, got, c.en)
		}
	}
}

func TestInSection(t *testing.T) {
	d := rendered(t, "id", "")
	for _, c := range []struct {
		l    Link
		want bool
	}{
		{Link{URL: "/kebijakan/"}, true},
		{Link{URL: "/kebijakan/x/"}, true},
		{Link{URL: "/pelatihan/"}, false},
		{Link{URL: "/"}, false},
	} {
		if got := d.InSection(c.l); got != c.want {
			t.Errorf("InSection(%s) = %v", c.l.URL, got)
		}
	}
}

func TestSearchSelected(t *testing.T) {
	s := &Search{Facets: []Facet{{Name: "type", Values: []FacetValue{{Value: "policy", Selected: true}, {Value: "page"}}}}}
	if !s.Selected("type", "policy") || s.Selected("type", "page") || s.Selected("status", "policy") {
		t.Error("Selected wrong")
	}
}

func TestLabelsForScript(t *testing.T) {
	m := rendered(t, "en", "").Labels()
	if m["type.policy"] != "Policy" || m["date.format"] != "{m} {d}, {y}" || len(m) != len(scriptKeys()) {
		t.Errorf("Labels = %v", m)
	}
}

func FuzzReadStrings(f *testing.F) {
	f.Add("skip: Langsung ke konten\n")
	f.Add("a: [1, 2]\n")
	f.Add("- x\n")
	f.Add("a: &x b\nc: *x\n")
	f.Add("\xef\xbb\xbfa: b\r\n")
	f.Fuzz(func(t *testing.T, s string) {
		fsys := mapFS("i18n/id.yaml", s)
		m, err := readStrings(fsys, "i18n/id.yaml", "x/i18n/id.yaml")
		if err == nil && m == nil {
			t.Error("nil map without error")
		}
	})
}

// formatDate expands a date format exactly as a strings.Replacer of
// {d}, {m} and {y} does, also in odd formats.
func TestFormatDate(t *testing.T) {
	month := func(key string) string { return "<" + key + ">" }
	for _, format := range []string{"{d} {m} {y}", "{m} {d}, {y}", "", "{", "{d", "{d}", "}{d}{", "{{d}}", "{y}{y}{m}{m}", "{x} {D} {d }", "tgl. {d}/{m}/{y} {", "{m}{d}{y}{"} {
		for _, day := range []time.Time{time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC), time.Date(987, 1, 5, 23, 0, 0, 0, time.UTC)} {
			want := strings.NewReplacer(
				"{d}", strconv.Itoa(day.Day()),
				"{m}", month("month."+strconv.Itoa(int(day.Month()))),
				"{y}", strconv.Itoa(day.Year()),
			).Replace(format)
			if got := formatDate(format, day, month); got != want {
				t.Errorf("formatDate(%q, %s) = %q, want %q", format, day.Format(time.DateOnly), got, want)
			}
		}
	}
}

func BenchmarkDate(b *testing.B) {
	d := &Data{Site: &Site{}, Page: &Page{Lang: "id"}, strings: loadDefault(b).strings}
	day := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		d.Date(day)
	}
}

// TestTypeLabels checks every document type a list entry can carry has a
// label in both languages, so "Dirujuk oleh" never shows a raw "section".
func TestTypeLabels(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		d := rendered(t, lang, "id")
		for _, typ := range []string{TypePolicy, TypeTraining, TypeEvaluation, TypePage, TypeSection} {
			if got := d.TypeLabel(typ); got == typ || got == "" {
				t.Errorf("%s: TypeLabel(%q) = %q, want a label", lang, typ, got)
			}
		}
	}
}

// TestSoalJSON checks that the labels soal.js reads come out of the
// cache as the layout wrote the map itself before, in either language,
// whichever language asked first, with labels that need escaping.
func TestSoalJSON(t *testing.T) {
	asMap := template.Must(template.New("").Parse(`<script type="application/json" id="soal-teks">{{.SoalLabels}}</script>`))
	cached := template.Must(template.New("").Parse(`<script type="application/json" id="soal-teks">{{.SoalJSON}}</script>`))
	th := loadDefault(t)
	th.strings.langs["en"]["soal.right"] = `Right </script><b>"&'` + "\u2028"
	for _, lang := range []string{"en", "id", "en", "id"} {
		d := &Data{Site: &Site{Lang: "id"}, Page: &Page{Lang: lang}, strings: th.strings}
		var want, got strings.Builder
		if err := asMap.Execute(&want, d); err != nil {
			t.Fatal(err)
		}
		if err := cached.Execute(&got, d); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%s:\n got %s\nwant %s", lang, got.String(), want.String())
		}
		if lang == "en" && !strings.Contains(got.String(), `Right \u003c/script\u003e`) {
			t.Errorf("en: the escaped label is missing: %s", got.String())
		}
	}
}
