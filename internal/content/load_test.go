package content

import (
	"github.com/tubei/pustaka/internal/message"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tubei/pustaka/internal/sitetest"
)

func TestLoadWalk(t *testing.T) {
	fsys := fstest.MapFS{
		"b.md":                {Data: []byte("# B")},
		"b/a.md":              {Data: []byte("# B/A")},
		"a/c.markdown":        {Data: []byte("# C")},
		"a/gambar.png":        {Data: []byte("\x89PNG")},
		".draf.md":            {Data: []byte("# tersembunyi")},
		".git/HEAD.md":        {Data: []byte("# git")},
		"a/.cache/x.md":       {Data: []byte("# cache")},
		"kebijakan/rusak.md":  {Data: []byte("---\nstatus: aprove\n---\n")},
		"kebijakan/hilang.md": {Data: []byte("# tidak bisa dibaca")},
	}
	pages, diags := Load(failFS{fsys, "kebijakan/hilang.md"}, Config{})
	var paths []string
	for _, p := range pages {
		paths = append(paths, p.Path)
	}
	if got := strings.Join(paths, " "); got != "a/c.markdown b.md b/a.md kebijakan/rusak.md" {
		t.Errorf("pages: %s", got)
	}
	want := "content/kebijakan/hilang.md: cannot read: permission denied\n" +
		"content/kebijakan/rusak.md:2:9: status: want one of draft, consultation, approved, revoked; got \"aprove\"\n"
	if got := diagText(diags, message.EN); got != want {
		t.Errorf("diagnostics:\n%s\nwant\n%s", got, want)
	}
}

// On disk Load walks as a site's build does: through a link to a shared
// folder, not back up a link to the root, and past editors' scratch files.
func TestLoadFollowsLinks(t *testing.T) {
	shared, root := t.TempDir(), t.TempDir()
	sitetest.Write(t, shared, "modul.md", "# Modul")
	sitetest.Write(t, root, "a.md", "# A")
	sitetest.Write(t, root, "~$a.md", "# kunci Office")
	for target, link := range map[string]string{shared: "bersama", root: "bersama2"} {
		if err := os.Symlink(target, filepath.Join(root, link)); err != nil {
			t.Fatal(err)
		}
	}
	pages, diags := Load(os.DirFS(root), Config{})
	var paths []string
	for _, p := range pages {
		paths = append(paths, p.Path)
	}
	if got := strings.Join(paths, " "); got != "a.md bersama/modul.md" || len(diags) != 0 {
		t.Errorf("pages: %s; diagnostics: %v", got, diags)
	}
}

func TestLoadEmpty(t *testing.T) {
	pages, diags := Load(fstest.MapFS{}, Config{})
	if len(pages) != 0 || len(diags) != 0 {
		t.Errorf("got %v, %v", pages, diags)
	}
}

// failFS fails to open one file.
type failFS struct {
	fs.FS
	bad string
}

func (f failFS) Open(name string) (fs.File, error) {
	if name == f.bad {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return f.FS.Open(name)
}

// genCorpus writes a gen-corpus tree of n pages into dir and returns its
// content folder, or skips when python3 or the generator is missing.
func genCorpus(tb testing.TB, n int) string {
	tb.Helper()
	gen, ok := sitetest.CorpusGenerator()
	if !ok {
		tb.Skip("python3 or ../shared/bench/gen-corpus not found")
	}
	python := "python3"
	dir := tb.TempDir()
	out, err := exec.Command(python, gen, "--pages", strconv.Itoa(n), "--out", dir, "--seed", "1").CombinedOutput()
	if err != nil {
		tb.Fatalf("gen-corpus: %v\n%s", err, out)
	}
	return filepath.Join(dir, "content")
}

// TestCorpus loads a generated 200-page corpus: it must give no errors and
// no warnings, and every Markdown link between documents must resolve.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a corpus")
	}
	root := genCorpus(t, 200)
	pages, diags := Load(os.DirFS(root), Config{})
	diags = append(diags, Resolve(pages)...)
	for _, d := range diags {
		t.Error(d)
	}
	counts := map[string]int{}
	for _, p := range pages {
		counts[p.Type]++
	}
	docs := counts[TypePolicy] + counts[TypeTraining] + counts[TypeEvaluation]
	if docs != 200 || counts[TypeSection] == 0 || counts[TypePage] != 0 {
		t.Errorf("types: %v", counts)
	}
	ix := NewIndex(pages)
	link := regexp.MustCompile(`\]\(([^)\s]+\.md)\)`)
	links := 0
	for _, p := range pages {
		for _, m := range link.FindAllSubmatch(p.Body, -1) {
			links++
			if _, ok := ix.Lookup(p, string(m[1])); !ok {
				t.Errorf("%s: link %s not found", p.File, m[1])
			}
		}
	}
	if links < 200 {
		t.Errorf("only %d links checked", links)
	}
}

// BenchmarkLoad loads a generated corpus of 1000 documents (1188 files,
// about 7.8 MB) from disk per iteration.
func BenchmarkLoad(b *testing.B) {
	fsys := os.DirFS(genCorpus(b, 1000))
	var size int64
	fs.WalkDir(fsys, ".", func(_ string, e fs.DirEntry, _ error) error {
		if info, err := e.Info(); err == nil && !e.IsDir() {
			size += info.Size()
		}
		return nil
	})
	b.SetBytes(size)
	for b.Loop() {
		pages, diags := Load(fsys, Config{})
		if len(pages) == 0 || len(diags) != 0 {
			b.Fatalf("%d pages, %d diagnostics", len(pages), len(diags))
		}
	}
}

// BenchmarkLoadMemory is BenchmarkLoad from an in-memory copy of the
// corpus, leaving out disk reads.
func BenchmarkLoadMemory(b *testing.B) {
	disk := os.DirFS(genCorpus(b, 1000))
	mem := fstest.MapFS{}
	var size int64
	fs.WalkDir(disk, ".", func(name string, e fs.DirEntry, _ error) error {
		if data, err := fs.ReadFile(disk, name); err == nil && !e.IsDir() {
			mem[name] = &fstest.MapFile{Data: data}
			size += int64(len(data))
		}
		return nil
	})
	b.SetBytes(size)
	for b.Loop() {
		if pages, diags := Load(mem, Config{}); len(pages) == 0 || len(diags) != 0 {
			b.Fatalf("%d pages, %d diagnostics", len(pages), len(diags))
		}
	}
}

// TestSampleContent loads the repository's own content tree, which must
// give no errors and no warnings.
func TestSampleContent(t *testing.T) {
	const root = "../../content"
	if _, err := os.Stat(root); err != nil {
		t.Skip("no content/ folder")
	}
	pages, diags := Load(os.DirFS(root), Config{})
	diags = append(diags, Resolve(pages)...)
	for _, d := range diags {
		t.Error(d)
	}
	if len(pages) == 0 {
		t.Error("no pages")
	}
}
