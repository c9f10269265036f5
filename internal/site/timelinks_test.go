package site

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// writeAt writes a content file with the given modification date: the
// date of the version a build records.
func writeAt(t *testing.T, dir, name, text string, date string) {
	t.Helper()
	write(t, dir, name, text)
	at, err := time.Parse(time.DateOnly, date)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(filepath.Join(dir, filepath.FromSlash(name)), at, at); err != nil {
		t.Fatal(err)
	}
}

// oldPage returns the name and body of the one old-version page of the
// document at url with the given label slug.
func oldPage(t *testing.T, res *Result, url, label string) (string, string) {
	t.Helper()
	re := regexp.MustCompile("^" + regexp.QuoteMeta(url) + "versi/" + label + "-[0-9a-f]+/index.html$")
	for name := range res.Output.Files {
		if re.MatchString(name) {
			return name, body(t, res, name)
		}
	}
	t.Fatalf("no old version %s of %s", label, url)
	return "", ""
}

// TestOldVersionsLinkToTheirTime: the links of an old version go to the
// versions of the documents they name as they were published at its
// date; a link to a document removed since is marked as gone, and comes
// back when the document does. Documents whose versions changed make the
// old versions linking to them again, though those did not change.
func TestOldVersionsLinkToTheirTime(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	module := func(version, text string) string {
		return "---\ntitle: Modul Satu\nweight: 1\nlevel: dasar\nversion: \"" + version + "\"\n---\n## Materi\n\n" + text + "\n"
	}
	policy := func(version, text string) string {
		return "---\ntitle: Aturan Pelatihan\nstatus: approved\nversion: \"" + version + "\"\ndate: 2026-01-05\n---\n## Pasal 1\n\n" +
			text + " Lihat [modul satu](../pelatihan/satu.md#materi), [modul tiga](../pelatihan/tiga.md) dan [pasal ini](#pasal-1).\n"
	}
	tiga, err := os.ReadFile(filepath.Join(dir, "content/pelatihan/tiga.md"))
	if err != nil {
		t.Fatal(err)
	}
	writeAt(t, dir, "content/pelatihan/satu.md", module("1.0", "Pengantar."), "2026-01-10")
	writeAt(t, dir, "content/kebijakan/aturan.md", policy("1.0", "Aturan awal."), "2026-01-10")
	s := New(Options{Dir: dir})
	build(t, s)
	writeAt(t, dir, "content/pelatihan/satu.md", module("2.0", "Pengantar yang diperluas."), "2026-02-10")
	build(t, s, "content/pelatihan/satu.md")
	writeAt(t, dir, "content/kebijakan/aturan.md", policy("2.0", "Aturan baru."), "2026-03-10")
	res := build(t, s, "content/kebijakan/aturan.md")

	satuOld, _ := oldPage(t, res, "/pelatihan/satu/", "1-0")
	satuOld = strings.TrimSuffix(satuOld, "index.html")
	name, old := oldPage(t, res, "/kebijakan/aturan/", "1-0")
	for _, want := range []string{
		`<a href="` + satuOld + `#materi">modul satu</a>`, // Modul Satu 1.0 was published on 10 January
		`<a href="/pelatihan/tiga/">modul tiga</a>`,       // one version: the page
		`<a href="#pasal-1">pasal ini</a>`,
	} {
		if !strings.Contains(old, want) {
			t.Errorf("old version lacks %s:\n%s", want, old)
		}
	}
	if cur := body(t, res, "/kebijakan/aturan/index.html"); !strings.Contains(cur, `<a href="/pelatihan/satu/#materi">modul satu</a>`) {
		t.Errorf("the current version does not link to today's module:\n%s", cur)
	}

	// Modul Tiga is removed: the old version, not changed itself, is made
	// again with its link marked as gone.
	os.Remove(filepath.Join(dir, "content/pelatihan/tiga.md"))
	res = s.Rebuild(context.Background(), []Change{{Path: "content/pelatihan/tiga.md", Op: Removed}}) // the current version's link is broken now
	gone := `<a href="../pelatihan/tiga.md" title="Halaman yang dituju sudah tidak ada di situs" class="gone-link">modul tiga</a>`
	if !slices.Contains(res.Changed, name) || !strings.Contains(body(t, res, name), gone) {
		t.Errorf("after the removal (changed %v) the old version lacks %s:\n%s", res.Changed, gone, body(t, res, name))
	}
	write(t, dir, "content/pelatihan/tiga.md", string(tiga))
	res = build(t, s, "content/pelatihan/tiga.md")
	if !slices.Contains(res.Changed, name) || !strings.Contains(body(t, res, name), `<a href="/pelatihan/tiga/">modul tiga</a>`) {
		t.Errorf("the module is back (changed %v), its link in the old version is not:\n%s", res.Changed, body(t, res, name))
	}

	// A new version of Modul Satu after the policy's old one changes
	// nothing there.
	writeAt(t, dir, "content/pelatihan/satu.md", module("3.0", "Pengantar ketiga."), "2026-04-10")
	res = build(t, s, "content/pelatihan/satu.md")
	if slices.Contains(res.Changed, name) || !strings.Contains(body(t, res, name), satuOld+"#materi") {
		t.Errorf("a later version of the module changed the old policy (changed %v)", res.Changed)
	}
}
