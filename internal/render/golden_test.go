package render

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden runs every testdata/*.txt archive. The archive comment holds
// a description (lines starting with "#") and options, one a line: "html safe|escape|unsafe" ("unsafe" alone for short), "tocmin N", "anchorlabel TEXT",
// "striptitle". File in.md is the input; out.html and errors are always
// compared (a missing file means empty); title, toc, headings, links,
// blocks, review (ReviewBlocks) and soal (questions and their errors) are compared when the archive has them. With -update the files are
// rewritten from the actual output.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txt"), func(t *testing.T) {
			runGolden(t, file)
		})
	}
}

func runGolden(t *testing.T, file string) {
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	opts, strip := goldenOptions(t, string(ar.Comment))
	in := archiveFile(ar, "in.md")
	if in == nil {
		t.Fatalf("%s: no in.md", file)
	}
	r := New(opts)
	d := r.Parse(in)
	if strip {
		d.StripTitle()
	}
	html, errs := r.Render(d, testResolver{d})
	got := map[string]string{
		"out.html": string(html),
		"errors":   formatErrors(errs),
		"title":    d.Title + "\n",
		"toc":      formatHeadings(d.TOC()),
		"headings": formatHeadings(d.Headings),
		"links":    formatLinks(d.Links),
		"blocks":   formatBlocks(d.Blocks()),
		"review":   formatBlocks(d.ReviewBlocks()),
		"soal":     formatQuiz(d),
	}
	if *update {
		writeGolden(t, file, ar, got)
		return
	}
	// The copy-free parse and the string render give the same page.
	shared := r.ParseShared(bytes.Clone(in))
	if strip {
		shared.StripTitle()
	}
	if s, errs := r.RenderString(shared, testResolver{shared}); s != got["out.html"] || formatErrors(errs) != got["errors"] {
		t.Errorf("%s: ParseShared+RenderString differ from Parse+Render:\n%s%s", file, s, formatErrors(errs))
	}
	for _, name := range []string{"out.html", "errors", "title", "toc", "headings", "links", "blocks", "review", "soal"} {
		want := archiveFile(ar, name)
		if want == nil && name != "out.html" && name != "errors" {
			continue
		}
		if string(want) != got[name] {
			t.Errorf("%s: %s differs\n--- got ---\n%s--- want ---\n%s", file, name, got[name], want)
		}
	}
}

func goldenOptions(t *testing.T, comment string) (opts Options, strip bool) {
	for _, line := range strings.Split(strings.TrimSpace(comment), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue // description
		}
		name, arg, _ := strings.Cut(line, " ")
		switch name {
		case "unsafe":
			opts.HTML = HTMLUnsafe
		case "html":
			m, ok := ParseHTMLMode(arg)
			if !ok {
				t.Fatalf("html: %q", arg)
			}
			opts.HTML = m
		case "striptitle":
			strip = true
		case "anchorlabel":
			opts.AnchorLabel = arg
		case "tocmin":
			n, err := strconv.Atoi(arg)
			if err != nil {
				t.Fatalf("tocmin: %v", err)
			}
			opts.TOCMin = n
		default:
			t.Fatalf("unknown option %q", line)
		}
	}
	return opts, strip
}

func archiveFile(ar *txtar.Archive, name string) []byte {
	for _, f := range ar.Files {
		if f.Name == name {
			return f.Data
		}
	}
	return nil
}

// writeGolden rewrites the archive: in.md, out.html, errors when not empty,
// and the optional sections the archive already had.
func writeGolden(t *testing.T, file string, ar *txtar.Archive, got map[string]string) {
	out := &txtar.Archive{Comment: ar.Comment}
	out.Files = append(out.Files, txtar.File{Name: "in.md", Data: archiveFile(ar, "in.md")})
	for _, name := range []string{"out.html", "errors", "title", "toc", "headings", "links", "blocks", "review", "soal"} {
		keep := name == "out.html" || archiveFile(ar, name) != nil || name == "errors" && got[name] != ""
		if keep {
			out.Files = append(out.Files, txtar.File{Name: name, Data: []byte(got[name])})
		}
	}
	if err := os.WriteFile(file, txtar.Format(out), 0o644); err != nil {
		t.Fatal(err)
	}
}

func formatErrors(errs []LinkError) string {
	var b strings.Builder
	for _, e := range errs {
		fmt.Fprintln(&b, e.Error())
	}
	return b.String()
}

func formatHeadings(hs []Heading) string {
	var b strings.Builder
	for _, h := range hs {
		fmt.Fprintf(&b, "%d h%d #%s %s\n", h.Line, h.Level, h.ID, h.Text)
	}
	return b.String()
}

func formatLinks(ls []Link) string {
	var b strings.Builder
	for _, l := range ls {
		fmt.Fprintf(&b, "%d:%d %s\n", l.Line, l.Col, l.Dest)
	}
	return b.String()
}

// formatQuiz lists the questions (id, hash, kind, line:col) and the
// errors of the question blocks.
func formatQuiz(d *Doc) string {
	var b strings.Builder
	for _, q := range d.Questions {
		fmt.Fprintf(&b, "%d:%d %s %s %s\n", q.Line, q.Col, q.ID, q.Hash, q.Kind)
	}
	for _, e := range d.QuizErrors {
		fmt.Fprintf(&b, "error %s\n", e.Error())
	}
	return b.String()
}

func formatBlocks(bs []Block) string {
	var b strings.Builder
	for _, bl := range bs {
		fmt.Fprintf(&b, "%s", bl.Kind)
		if bl.Level > 0 {
			fmt.Fprintf(&b, " h%d #%s", bl.Level, bl.ID)
		}
		fmt.Fprintf(&b, " [%s] %s\n", bl.Section, bl.Text)
	}
	return b.String()
}

// testResolver resolves links against a small fixed site plus the page
// being rendered.
type testResolver struct{ page *Doc }

var testSite = map[string]struct {
	url string
	ids []string
}{
	"../pelatihan/modul-1.md": {"/pelatihan/modul-1/", []string{"pendahuluan", "pasal-2"}},
	"panduan-evaluasi.md":     {"/kebijakan/panduan-evaluasi/", []string{"indikator"}},
	"lampiran.markdown":       {"/kebijakan/lampiran/", nil},
}

func (r testResolver) ResolveLink(dest string) (string, error) {
	p, frag, _ := strings.Cut(dest, "#")
	p, query, _ := strings.Cut(p, "?")
	if p == "" {
		if !r.page.HasID(frag) {
			return "", fmt.Errorf("no anchor #%s on this page", frag)
		}
		return "#" + frag, nil
	}
	page, ok := testSite[p]
	if !ok {
		return "", fmt.Errorf("no page %s", p)
	}
	href := page.url
	if query != "" {
		href += "?" + query
	}
	if frag != "" {
		if !slices.Contains(page.ids, frag) {
			return "", fmt.Errorf("no anchor #%s in %s", frag, p)
		}
		href += "#" + frag
	}
	return href, nil
}
