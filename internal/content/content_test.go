package content

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tubei/pustaka/internal/message"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the want and pages sections of testdata/*.txtar")

// TestCases runs every testdata/*.txtar case. Files of the archive form the
// content tree; the comment may say "crlf: NAME" or "bom: NAME" to turn a
// file's line ends into CRLF or prefix it with a byte order mark, and
// "import-key: FROM=TO" or "import-type: FROM=TO" set Config.Import. Section
// "want" lists the diagnostics of Load plus Resolve, one per line, worded
// in Indonesian (a site's default language), and "want-en" the same in
// English; the optional section "pages" lists "path | url | type | title"
// per page. -update writes them all.
func TestCases(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txtar")
	if len(files) == 0 {
		t.Fatal("no test cases")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			runCase(t, file)
		})
	}
}

func runCase(t *testing.T, file string) {
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	fsys := caseFS(ar)
	pages, diags := Load(fsys, caseConfig(ar))
	diags = append(diags, Resolve(pages)...)
	diags.Sort()
	got := map[string]string{"want": diagText(diags, message.ID), "want-en": diagText(diags, message.EN), "pages": pagesText(pages)}
	changed := false
	if *update && !hasFile(ar, "want-en") {
		ar.Files = append(ar.Files, txtar.File{Name: "want-en"})
	}
	for i, f := range ar.Files {
		g, ok := got[f.Name]
		if !ok {
			continue
		}
		if *update {
			ar.Files[i].Data, changed = []byte(g), true
		} else if string(f.Data) != g {
			t.Errorf("%s: got\n%s\nwant\n%s", f.Name, g, f.Data)
		}
	}
	if changed {
		if err := os.WriteFile(file, txtar.Format(ar), 0o666); err != nil {
			t.Fatal(err)
		}
	}
}

// caseConfig reads the Import settings of a case from its comment: lines
// "import-key: FROM=TO" and "import-type: FROM=TO".
func caseConfig(ar *txtar.Archive) Config {
	var cfg Config
	for _, line := range strings.Split(string(ar.Comment), "\n") {
		verb, arg, _ := strings.Cut(line, ": ")
		from, to, ok := strings.Cut(arg, "=")
		switch {
		case !ok:
		case verb == "import-key":
			if cfg.Import.Keys == nil {
				cfg.Import.Keys = map[string]string{}
			}
			cfg.Import.Keys[from] = to
		case verb == "import-type":
			if cfg.Import.Types == nil {
				cfg.Import.Types = map[string]string{}
			}
			cfg.Import.Types[from] = to
		}
	}
	return cfg
}

// caseFS builds the content tree of a case.
func caseFS(ar *txtar.Archive) fstest.MapFS {
	fsys := fstest.MapFS{}
	for _, f := range ar.Files {
		if f.Name != "want" && f.Name != "want-en" && f.Name != "pages" {
			fsys[f.Name] = &fstest.MapFile{Data: f.Data}
		}
	}
	for _, line := range strings.Split(string(ar.Comment), "\n") {
		verb, name, _ := strings.Cut(line, ": ")
		switch mf := fsys[name]; {
		case mf == nil:
		case verb == "crlf":
			mf.Data = bytes.ReplaceAll(mf.Data, []byte("\n"), []byte("\r\n"))
		case verb == "bom":
			mf.Data = append([]byte("\xEF\xBB\xBF"), mf.Data...)
		}
	}
	return fsys
}

func diagText(ds Diagnostics, l message.Lang) string {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString(d.In(l) + "\n")
	}
	return b.String()
}

func hasFile(ar *txtar.Archive, name string) bool {
	for _, f := range ar.Files {
		if f.Name == name {
			return true
		}
	}
	return false
}

func pagesText(pages []*Page) string {
	var b strings.Builder
	for _, p := range pages {
		fmt.Fprintf(&b, "%s | %s | %s | %s\n", p.Path, p.URL, p.Type, p.Title)
	}
	return b.String()
}

// TestMDX: testdata/mdx.txtar's "in" blanked is its "want", line for line.
func TestMDX(t *testing.T) {
	ar, err := txtar.ParseFile(filepath.Join("testdata", "mdx", "mdx.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, f := range ar.Files {
		files[f.Name] = string(f.Data)
	}
	got := string(mdxText([]byte(files["in"])))
	var lines []string
	for l := range strings.SplitSeq(got, "\n") {
		lines = append(lines, strings.TrimRight(l, " "))
	}
	if g := strings.Join(lines, "\n"); g != files["want"] {
		t.Errorf("blanked:\n%s\nwant:\n%s", g, files["want"])
	}
	if len(got) != len(files["in"]) {
		t.Errorf("blanking changed the length: %d, want %d", len(got), len(files["in"]))
	}
	for _, c := range []struct {
		name, body string
		want       bool
	}{
		{"a.mdx", "Teks.\n", true},
		{"a.MDX", "Teks.\n", true},
		{"a.md", "import Tabs from '@theme/Tabs';\n\nTeks.\n", true},
		{"a.md", "Teks.\n\nimport data dari berkas CSV.\n", false},
		{"a.md", "```js\nimport x from 'y'\n```\n", false},
	} {
		if got := isMDX(c.name, []byte(c.body)); got != c.want {
			t.Errorf("isMDX(%s, %q) = %v, want %v", c.name, c.body, got, c.want)
		}
	}
}

// TestTemplate: testdata/template/template.txtar's "in" read is its
// "want", line for line, with the warnings of "diags".
func TestTemplate(t *testing.T) {
	ar, err := txtar.ParseFile(filepath.Join("testdata", "template", "template.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, f := range ar.Files {
		files[f.Name] = string(f.Data)
	}
	in := files["in"]
	if !hasTemplate([]byte(in)) || hasTemplate([]byte("Teks {biasa} tanpa tag.\n")) {
		t.Errorf("hasTemplate is wrong")
	}
	got, diags := templateText("content/a.md", []byte(in), 5)
	var lines []string
	for l := range strings.SplitSeq(string(got), "\n") {
		lines = append(lines, strings.TrimRight(l, " "))
	}
	if g := strings.Join(lines, "\n"); g != files["want"] {
		t.Errorf("read:\n%s\nwant:\n%s", g, files["want"])
	}
	if g, w := strings.Count(string(got), "\n"), strings.Count(in, "\n"); g != w {
		t.Errorf("%d lines, want %d", g, w)
	}
	var ds []string
	for _, d := range diags {
		ds = append(ds, d.In(message.ID)+"\n")
	}
	if g := strings.Join(ds, ""); g != files["diags"] {
		t.Errorf("warnings:\n%s\nwant:\n%s", g, files["diags"])
	}
}
