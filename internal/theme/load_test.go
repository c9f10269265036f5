package theme

import (
	"bytes"
	"errors"
	"io/fs"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
)

func TestI18nFilesHaveSameKeys(t *testing.T) {
	th := loadDefault(t)
	id, en := th.strings.langs["id"], th.strings.langs["en"]
	if len(id) == 0 || len(en) == 0 {
		t.Fatal("id or en strings missing")
	}
	for k := range id {
		if _, ok := en[k]; !ok {
			t.Errorf("en.yaml lacks %q", k)
		}
	}
	for k := range en {
		if _, ok := id[k]; !ok {
			t.Errorf("id.yaml lacks %q", k)
		}
	}
	for _, k := range scriptKeys() {
		if _, ok := id[k]; !ok {
			t.Errorf("search.js needs %q", k)
		}
	}
}

// withFiles returns the default theme with files replaced or added.
func withFiles(files map[string]string) fs.FS {
	m := fstest.MapFS{}
	fs.WalkDir(DefaultFS(), ".", func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			b, _ := fs.ReadFile(DefaultFS(), p)
			m[p] = &fstest.MapFile{Data: b}
		}
		return err
	})
	for p, s := range files {
		m[p] = &fstest.MapFile{Data: []byte(s)}
	}
	return m
}

func TestSiteOverride(t *testing.T) {
	site := fstest.MapFS{
		"single-policy.html":  {Data: []byte(`{{define "main"}}<h1 class="mine">{{.Page.Title}}</h1>{{template "badge" (arg . .Page.Status)}}{{end}}`)},
		"partials/badge.html": {Data: []byte(`{{define "badge"}}<b class="my-badge">{{.D.StatusLabel .V}}</b>{{end}}`)},
		"single-report.html":  {Data: []byte(`{{define "main"}}<p>laporan</p>{{end}}`)},
	}
	th, err := Load(DefaultFS(), "themes/default", site)
	if err != nil {
		t.Fatal(err)
	}
	html := render(t, th, fixtures("id")["single-policy.html"])
	for _, w := range []string{`<h1 class="mine">Peningkatan Kualitas ASN</h1>`, `<b class="my-badge">Konsultasi Publik</b>`, `<a class="skip"`} {
		if !strings.Contains(html, w) {
			t.Errorf("override not used: missing %s", w)
		}
	}
	// The overridden partial is used by the theme's own layouts too.
	if html := render(t, th, fixtures("id")["term.html"]); !strings.Contains(html, `class="my-badge"`) {
		t.Error("theme layouts do not use the site's partial")
	}
	// A site may add a layout for a new type.
	report := fixtures("id")["single.html"]
	report.Page.Type = "report"
	if !th.Has("single-report") || !strings.Contains(render(t, th, report), "<p>laporan</p>") {
		t.Error("site layout for a new type not used")
	}
}

func TestParseErrorNamesFileAndLine(t *testing.T) {
	cases := []struct {
		theme, site map[string]string
		want        string
	}{
		{site: map[string]string{"x.html": "{{define \"main\"}}\n<p>\n{{foo}}</p>{{end}}"},
			want: `layouts/x.html:3: function "foo" not defined`},
		{site: map[string]string{"partials/footer.html": "{{define \"footer\"}}\n{{if}}{{end}}"},
			want: "layouts/partials/footer.html:2: missing value for if"},
		{theme: map[string]string{"layouts/base.html": "<html>\n\n{{.Page.Title}\n"},
			want: "themes/default/layouts/base.html:3: bad character U+007D '}'"},
		{site: map[string]string{"y.html": "{{define \"main\"}}\n\n  {{.T \"no.such.key\"}}{{end}}"},
			want: `layouts/y.html:3:4: unknown i18n key "no.such.key"`},
	}
	for _, c := range cases {
		site := fstest.MapFS{}
		for p, s := range c.site {
			site[p] = &fstest.MapFile{Data: []byte(s)}
		}
		_, err := Load(withFiles(c.theme), "themes/default", site)
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("Load error = %v, want prefix %q", err, c.want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	noBase := withFiles(nil).(fstest.MapFS)
	delete(noBase, "layouts/base.html")
	if _, err := Load(noBase, "themes/x", nil); err == nil || !strings.Contains(err.Error(), "themes/x/layouts: missing base.html") {
		t.Errorf("missing base: %v", err)
	}
	noID := withFiles(nil).(fstest.MapFS)
	delete(noID, "i18n/id.yaml")
	if _, err := Load(noID, "themes/x", nil); err == nil || !strings.Contains(err.Error(), "missing i18n/id.yaml") {
		t.Errorf("missing id.yaml: %v", err)
	}
	bad := withFiles(map[string]string{"i18n/en.yaml": "skip: Skip\nnav:\n  main: x\n"})
	if _, err := Load(bad, "themes/x", nil); err == nil || !strings.HasPrefix(err.Error(), "themes/x/i18n/en.yaml:3:3: nav: want a string") {
		t.Errorf("bad yaml: %v", err)
	}
}

func TestExecErrorNamesFileLineCol(t *testing.T) {
	site := fstest.MapFS{"single.html": {Data: []byte("{{define \"main\"}}\n<p>{{.Page.Nope}}</p>{{end}}")}}
	th, err := Load(DefaultFS(), "themes/default", site)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	err = th.Render(&buf, fixtures("id")["single.html"])
	if err == nil || !strings.HasPrefix(err.Error(), "layouts/single.html:2:") || !strings.Contains(err.Error(), "Nope") {
		t.Fatalf("Render error = %v, want layouts/single.html:2:COL", err)
	}
	if buf.Len() != 0 {
		t.Error("a failed render wrote output")
	}
	if errors.Unwrap(err) == nil {
		t.Error("error does not wrap the template error")
	}
	if err := th.Render(&buf, &Data{Site: fakeSite("id")}); err == nil {
		t.Error("Render without Page must fail")
	}
}

func TestMissingLayout(t *testing.T) {
	th := loadDefault(t)
	d := fixtures("id")["single.html"]
	d.Page.Kind = "nonsense"
	if err := th.Render(&bytes.Buffer{}, d); err == nil || !strings.Contains(err.Error(), "no layout nonsense.html") {
		t.Errorf("err = %v", err)
	}
}

func TestStaticListing(t *testing.T) {
	var files []string
	fs.WalkDir(loadDefault(t).Static(), ".", func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			files = append(files, p)
		}
		return err
	})
	sort.Strings(files)
	got := " " + strings.Join(files, " ") + " "
	for _, want := range []string{"css/print.css", "css/site.css", "js/pref.js", "js/search.js", "js/site.js", "css/soal.css", "css/survey.css", "js/soal.js"} {
		if !strings.Contains(got, " "+want+" ") {
			t.Errorf("static files = %s, missing %s", got, want)
		}
	}
}

func mapFS(path, text string) fstest.MapFS {
	return fstest.MapFS{path: {Data: []byte(text)}}
}

// A layout that fails after writing part of the page writes nothing,
// whether Render is given a buffer (executed in place) or another writer.
func TestFailedRenderWritesNothing(t *testing.T) {
	site := fstest.MapFS{"single.html": &fstest.MapFile{Data: []byte(`{{define "main"}}<p>{{.Page.Title}}</p>{{index .Page.Tags 9}}{{end}}`)}}
	th, err := Load(DefaultFS(), "themes/default", site)
	if err != nil {
		t.Fatal(err)
	}
	d := fixtures("id")["single.html"]
	buf := bytes.NewBufferString("halaman sebelumnya")
	if err := th.Render(buf, d); err == nil || !strings.Contains(err.Error(), "layouts/single.html:1") {
		t.Errorf("Render error = %v, want one naming layouts/single.html:1", err)
	}
	if got := buf.String(); got != "halaman sebelumnya" {
		t.Errorf("buffer after a failed render = %q, want what it held before", got)
	}
	var w strings.Builder
	if err := th.Render(&w, d); err == nil || w.Len() != 0 {
		t.Errorf("Render to a writer: err %v, wrote %d bytes; want an error and nothing", err, w.Len())
	}
	buf.Reset()
	if err := th.Render(buf, fixtures("id")["single-policy.html"]); err != nil || !strings.HasPrefix(buf.String(), "<!doctype html>") {
		t.Errorf("Render into a buffer: err %v, got %.40q", err, buf.String())
	}
}
