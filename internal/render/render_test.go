package render

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
)

const sample = `# Peraturan Camat Tubei

## Pasal 1

Lihat [Pasal 2](#pasal-2), [modul](../pelatihan/modul-1.md#pasal-2) dan [hilang](hilang.md).[^1]

## Pasal 2

### Ayat (1)

Isi ayat.

| Layanan | Waktu |
|:--------|------:|
| Domisili | 1 hari |

[^1]: Catatan kaki.
`

func TestRenderRepeatable(t *testing.T) {
	r := New(Options{})
	d := r.Parse([]byte(sample))
	res := testResolver{d}
	first, errs := r.Render(d, res)
	if len(errs) != 1 || errs[0].Dest != "hilang.md" || errs[0].Line != 5 || errs[0].Col != 73 {
		t.Fatalf("errs = %v, want one for hilang.md at 5:73", errs)
	}
	raw, errs := r.Render(d, nil)
	if errs != nil {
		t.Errorf("nil resolver: errs = %v", errs)
	}
	if !bytes.Contains(raw, []byte(`href="../pelatihan/modul-1.md#pasal-2"`)) {
		t.Errorf("nil resolver should leave links as written:\n%s", raw)
	}
	again, _ := r.Render(d, res)
	if !bytes.Equal(first, again) {
		t.Errorf("second render differs:\n%s\n---\n%s", first, again)
	}
	if !bytes.Contains(again, []byte(`<td style="text-align:right">1 hari</td>`)) {
		t.Errorf("aligned cell changed by an earlier render:\n%s", again)
	}
	if !bytes.Contains(first, []byte(`href="/pelatihan/modul-1/#pasal-2"`)) {
		t.Errorf("link not resolved:\n%s", first)
	}
	if d.Links[1].Dest != "../pelatihan/modul-1.md#pasal-2" {
		t.Errorf("Render changed Links: %v", d.Links)
	}
}

func TestLinkError(t *testing.T) {
	cause := errors.New("tidak ditemukan")
	e := LinkError{Line: 3, Col: 7, Dest: "x.md", Err: cause}
	if got, want := e.Error(), `3:7: link "x.md": tidak ditemukan`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if !errors.Is(e, cause) {
		t.Error("errors.Is(e, cause) = false")
	}
	var f ResolverFunc = func(dest string) (string, error) { return "/" + dest, nil }
	if h, _ := f.ResolveLink("a"); h != "/a" {
		t.Errorf("ResolverFunc = %q", h)
	}
}

func TestHasIDAndStripTitle(t *testing.T) {
	r := New(Options{})
	d := r.Parse([]byte(sample))
	for _, id := range []string{"peraturan-camat-tubei", "pasal-1", "pasal-2", "pasal-2-ayat-1", "fn:1", "fnref:1"} {
		if !d.HasID(id) {
			t.Errorf("HasID(%q) = false", id)
		}
	}
	if d.HasID("pasal-3") || d.HasID("") {
		t.Error("HasID of a missing id = true")
	}
	d.StripTitle()
	d.StripTitle() // idempotent
	if d.HasID("peraturan-camat-tubei") {
		t.Error("stripped title id still present")
	}
	if d.Title != "Peraturan Camat Tubei" || len(d.Headings) != 3 || d.Headings[0].ID != "pasal-1" {
		t.Errorf("after StripTitle: Title %q, Headings %v", d.Title, d.Headings)
	}
	html, _ := r.Render(d, nil)
	if bytes.Contains(html, []byte("<h1")) {
		t.Errorf("title still rendered:\n%s", html)
	}
	if b := d.Blocks(); b[0].ID != "pasal-1" {
		t.Errorf("first block = %+v", b[0])
	}
}

func TestStripTitleDropsItsLinks(t *testing.T) {
	r := New(Options{})
	d := r.Parse([]byte("# Judul [lama](lama.md)\n\n[baru](baru.md)\n"))
	d.StripTitle()
	if len(d.Links) != 1 || d.Links[0].Dest != "baru.md" {
		t.Fatalf("Links = %v, want only baru.md", d.Links)
	}
	_, errs := r.Render(d, ResolverFunc(func(dest string) (string, error) { return "", errors.New("x") }))
	if len(errs) != 1 || errs[0].Dest != "baru.md" || errs[0].Line != 3 {
		t.Errorf("errs = %v, want one for baru.md on line 3", errs)
	}
}

func TestStripTitleNotLeading(t *testing.T) {
	d := New(Options{}).Parse([]byte("Pengantar.\n\n# Judul\n"))
	d.StripTitle()
	if len(d.Headings) != 1 || d.Title != "Judul" {
		t.Errorf("non-leading h1 stripped: %v %q", d.Headings, d.Title)
	}
}

func TestText(t *testing.T) {
	d := New(Options{}).Parse([]byte("## Tujuan\n\nSatu\ndua.\n\n- butir\n"))
	if got, want := d.Text(), "Tujuan\n\nSatu dua.\n\nbutir"; got != want {
		t.Errorf("Text() = %q, want %q", got, want)
	}
}

func TestParseCopiesSource(t *testing.T) {
	r := New(Options{})
	src := []byte("## Judul\n\nIsi [tautan](x.md).\n")
	d := r.Parse(src)
	want, _ := r.Render(d, nil)
	for i := range src {
		src[i] = 'x'
	}
	got, _ := r.Render(d, nil)
	if !bytes.Equal(got, want) {
		t.Errorf("output changed after the caller reused its buffer:\n%s", got)
	}
}

// RenderString recycles its buffer: pages rendered one after another each
// come out whole, the same as from Render.
func TestRenderStringReuse(t *testing.T) {
	r := New(Options{})
	docs := []*Doc{r.Parse([]byte(sample)), r.Parse([]byte("Pendek.\n")), r.Parse([]byte(strings.Repeat("## Pasal 9\n\nIsi panjang sekali.\n\n", 200)))}
	for round := 0; round < 3; round++ {
		for i, d := range docs {
			want, _ := r.Render(d, nil)
			if got, _ := r.RenderString(d, nil); got != string(want) {
				t.Fatalf("round %d, doc %d: RenderString differs from Render:\n%s", round, i, got)
			}
		}
	}
}

// TestConcurrent renders many documents from many goroutines with one
// Renderer, also the same Doc at once, and compares with sequential output.
// Run with -race.
func TestConcurrent(t *testing.T) {
	r := New(Options{})
	srcs := corpus(t)
	want := make([][]byte, len(srcs))
	for i, src := range srcs {
		d := r.Parse(src)
		want[i], _ = r.Render(d, testResolver{d})
	}
	shared := r.Parse(srcs[0])
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, src := range srcs {
				d := r.Parse(src)
				_ = d.Blocks()
				got, _ := r.Render(d, testResolver{d})
				if !bytes.Equal(got, want[i]) {
					t.Errorf("doc %d: concurrent output differs", i)
				}
				if got, _ := r.Render(shared, testResolver{shared}); !bytes.Equal(got, want[0]) {
					t.Errorf("shared doc: concurrent output differs")
				}
				_ = shared.TOC()
				_ = shared.Text()
			}
		}()
	}
	wg.Wait()
}

// corpus returns the inputs of all golden files plus the benchmark page.
func corpus(t testing.TB) [][]byte {
	var srcs [][]byte
	bench, err := os.ReadFile("testdata/bench.md")
	if err != nil {
		t.Fatal(err)
	}
	srcs = append(srcs, bench, []byte(sample))
	files, _ := os.ReadDir("testdata")
	for _, f := range files {
		if strings.HasSuffix(f.Name(), ".txt") {
			srcs = append(srcs, goldenInput(t, "testdata/"+f.Name()))
		}
	}
	return srcs
}

func goldenInput(t testing.TB, file string) []byte {
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	_, in, ok := bytes.Cut(b, []byte("-- in.md --\n"))
	if !ok {
		t.Fatal(fmt.Errorf("%s: no in.md", file))
	}
	in, _, _ = bytes.Cut(in, []byte("\n-- "))
	return in
}

// TestOutlineSkipsNoLevel checks that a heading never skips a level going
// down from the page title: "####" after "##" is an h3, a page opening
// with "###" starts at h2, and the anchors stay those of the text.
func TestOutlineSkipsNoLevel(t *testing.T) {
	r := New(Options{})
	d := r.Parse([]byte("### Pengantar\n\n## Memulai\n\n#### Panduan memulai\n\n##### Langkah\n\n## Contoh\n\n### Satu\n"))
	html, _ := r.RenderString(d, nil)
	var got []string
	for _, h := range d.Headings {
		got = append(got, fmt.Sprintf("h%d#%s", h.Level, h.ID))
	}
	want := "h2#pengantar h2#memulai h3#panduan-memulai h4#langkah h2#contoh h3#satu"
	if strings.Join(got, " ") != want {
		t.Errorf("headings %v, want %s", got, want)
	}
	if !strings.Contains(html, `<h3 id="panduan-memulai">`) || !strings.Contains(html, `<h4 id="langkah">`) {
		t.Errorf("HTML keeps skipped levels:\n%s", html)
	}
}

// goneErr is a resolver error with a mark of its own.
type goneErr struct{}

func (goneErr) Error() string                   { return "removed since" }
func (goneErr) LinkMark() (class, title string) { return "gone-link", "Sudah tidak ada" }

// A MarkedLinkError marks its link with its own class and title, and a
// render with another resolver takes the mark off again.
func TestMarkedLinkError(t *testing.T) {
	r := New(Options{})
	doc := r.Parse([]byte("Lihat [lama](lama.md) dan [judul](x.md \"Judul sendiri\").\n"))
	html, errs := r.Render(doc, ResolverFunc(func(string) (string, error) { return "", goneErr{} }))
	want := `<p>Lihat <a href="lama.md" title="Sudah tidak ada" class="gone-link">lama</a> dan <a href="x.md" title="Judul sendiri" class="gone-link">judul</a>.</p>` + "\n"
	if string(html) != want || len(errs) != 2 {
		t.Errorf("got %s (errors %v), want %s", html, errs, want)
	}
	html, _ = r.Render(doc, ResolverFunc(func(dest string) (string, error) { return "/" + dest, nil }))
	if want := `<p>Lihat <a href="/lama.md">lama</a> dan <a href="/x.md" title="Judul sendiri">judul</a>.</p>` + "\n"; string(html) != want {
		t.Errorf("second render: %s, want %s", html, want)
	}
}

// A block whose text is only links (a list of related documents) says
// so; a sentence that holds a link does not.
func TestBlocksLinks(t *testing.T) {
	src := "## Dokumen Terkait\n\n- [Pedoman A](a.md);\n- [Pedoman B](b.md) dan [C](c.md).\n- Lihat [Pedoman D](d.md) untuk rinciannya.\n\n<https://example.org>\n"
	var got []string
	for _, b := range New(Options{}).Parse([]byte(src)).Blocks() {
		got = append(got, fmt.Sprintf("%s %v %s", b.Kind, b.Links, b.Text))
	}
	want := []string{"heading false Dokumen Terkait", "item true Pedoman A;", "item false Pedoman B dan C.",
		"item false Lihat Pedoman D untuk rinciannya.", "paragraph true https://example.org"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("blocks\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
