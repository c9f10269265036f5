package history

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// parseBlocks reads the test block format, one block per line:
//
//	h2 #pasal-1 Pasal 1     heading of level 2 with ID pasal-1
//	p text                  paragraph
//	li text, li2 text       list item of level 1 or 2
//	quote text, code text   quote, code
//	dt text, dd text        term, definition
//	td 1,2 text             table cell in row 1, column 2
//
// Every block's Section is the ID of the last heading above it.
func parseBlocks(t testing.TB, src string) []Block {
	var bs []Block
	section := ""
	for n, line := range strings.Split(strings.TrimRight(src, "\n"), "\n") {
		if line == "" {
			continue
		}
		tag, text, _ := strings.Cut(line, " ")
		b := Block{Section: section, Text: text}
		switch {
		case len(tag) == 2 && tag[0] == 'h':
			b.Kind, b.Level = "heading", int(tag[1]-'0')
			id, rest, _ := strings.Cut(text, " ")
			b.ID, b.Text = strings.TrimPrefix(id, "#"), rest
			section = b.ID
		case tag == "p":
			b.Kind = "paragraph"
		case strings.HasPrefix(tag, "li"):
			b.Kind, b.Level = "item", 1
			if len(tag) == 3 {
				b.Level = int(tag[2] - '0')
			}
		case tag == "quote", tag == "code":
			b.Kind = map[string]string{"quote": "quote", "code": "code"}[tag]
		case tag == "dt":
			b.Kind = "term"
		case tag == "dd":
			b.Kind = "definition"
		case tag == "td":
			pos, rest, _ := strings.Cut(text, " ")
			r, c, _ := strings.Cut(pos, ",")
			b.Kind, b.Text = "cell", rest
			b.Row, _ = strconv.Atoi(r)
			b.Col, _ = strconv.Atoi(c)
		default:
			t.Fatalf("line %d: unknown block tag %q", n+1, tag)
		}
		bs = append(bs, b)
	}
	return bs
}

// TestGolden compares two versions from each testdata/*.txtar file (files
// "old" and "new") and checks the outputs against the files "html",
// "sidebyside", "worddiff", "wordhunks" (one line of context), "unified"
// and "summary". Run with -update to
// rewrite them.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txtar")
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			in := map[string]string{}
			for _, f := range ar.Files {
				in[f.Name] = string(f.Data)
			}
			old, new := parseBlocks(t, in["old"]), parseBlocks(t, in["new"])
			d := Compare(old, new)
			checkBlockDiff(t, old, new, d)
			got := map[string]string{
				"html":       string(d.HTML()),
				"sidebyside": string(d.SideBySide()),
				"worddiff":   d.WordDiff(false),
				"wordhunks":  d.WordHunks(1, false),
				"unified":    d.Unified("lama", "baru"),
				"summary":    summary(d),
			}
			if *update {
				writeGolden(t, file, ar, got)
				return
			}
			for _, name := range []string{"html", "sidebyside", "worddiff", "wordhunks", "unified", "summary"} {
				if want, ok := in[name]; !ok {
					t.Errorf("%s: missing file %q", file, name)
				} else if got[name] != want {
					t.Errorf("%s: %s differs\ngot:\n%s\nwant:\n%s", file, name, got[name], want)
				}
			}
		})
	}
}

// summary is the golden "summary" file: counts, changed sections by ID
// and by title, and the outline of numbered headings.
func summary(d *Diff) string {
	titles := make([]string, len(d.ChangedSections))
	for i, id := range d.ChangedSections {
		titles[i] = d.TitleIn(id, "id")
	}
	return fmt.Sprintf("added %d\nremoved %d\nsections %s\nchanged %s\noutline %s\n", d.Added, d.Removed,
		strings.Join(d.ChangedSections, " "), strings.Join(titles, "; "), d.OutlineIn("id"))
}

func writeGolden(t *testing.T, file string, ar *txtar.Archive, got map[string]string) {
	out := &txtar.Archive{Comment: ar.Comment}
	for _, f := range ar.Files {
		if f.Name == "old" || f.Name == "new" {
			out.Files = append(out.Files, f)
		}
	}
	for _, name := range []string{"html", "sidebyside", "worddiff", "wordhunks", "unified", "summary"} {
		out.Files = append(out.Files, txtar.File{Name: name, Data: []byte(got[name])})
	}
	if err := os.WriteFile(file, txtar.Format(out), 0o644); err != nil {
		t.Fatal(err)
	}
}

// checkBlockDiff checks the reconstruction property of a block diff: the
// New blocks in order are the new version, the Old blocks by OldIndex
// are the old version, and the spans of every block rebuild both texts.
func checkBlockDiff(t *testing.T, old, new []Block, d *Diff) {
	t.Helper()
	gotOld := make([]*Block, len(old))
	var gotNew []Block
	for _, c := range d.Blocks {
		if c.New != nil {
			if c.NewIndex != len(gotNew) {
				t.Fatalf("block %s at NewIndex %d, want %d", c.Kind, c.NewIndex, len(gotNew))
			}
			gotNew = append(gotNew, *c.New)
		}
		if c.Old != nil {
			if gotOld[c.OldIndex] != nil {
				t.Fatalf("old block %d used twice", c.OldIndex)
			}
			gotOld[c.OldIndex] = c.Old
		}
		if c.Spans != nil {
			if rebuild(c.Spans, Insert) != c.Old.Text || rebuild(c.Spans, Delete) != c.New.Text {
				t.Fatalf("spans of %s block do not rebuild its texts", c.Kind)
			}
		}
		if c.Kind == KindEqual && c.Old.key() != c.New.key() {
			t.Fatalf("equal blocks differ: %q, %q", c.Old.Text, c.New.Text)
		}
	}
	for i := range old {
		if gotOld[i] == nil || *gotOld[i] != old[i] {
			t.Fatalf("old block %d missing or wrong", i)
		}
	}
	if len(gotNew) != len(new) {
		t.Fatalf("got %d new blocks, want %d", len(gotNew), len(new))
	}
	for i := range new {
		if gotNew[i] != new[i] {
			t.Fatalf("new block %d wrong", i)
		}
	}
}
