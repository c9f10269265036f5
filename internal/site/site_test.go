package site

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tubei/pustaka/internal/content"
	"github.com/tubei/pustaka/internal/history"
	"github.com/tubei/pustaka/internal/message"
	"github.com/tubei/pustaka/internal/sitetest"
)

func writeSite(t *testing.T, name string) string {
	return sitetest.WriteArchive(t, filepath.Join("testdata", name))
}

func write(t *testing.T, dir, name, text string) { sitetest.Write(t, dir, name, text) }

func build(t *testing.T, s *Site, changed ...string) *Result {
	t.Helper()
	if changed == nil {
		return rebuild(t, s)
	}
	return rebuild(t, s, written(changed...)...)
}

// rebuild rebuilds s after changes (builds it all without) and fails
// the test on any diagnostic.
func rebuild(t *testing.T, s *Site, changes ...Change) *Result {
	t.Helper()
	res := s.Rebuild(context.Background(), changes)
	for _, d := range res.Diags {
		t.Errorf("unexpected diagnostic: %v", d)
	}
	return res
}

// written returns changes that say the files of paths were written.
func written(paths ...string) []Change {
	cs := make([]Change, len(paths))
	for i, p := range paths {
		cs[i] = Change{Path: p, Op: Written}
	}
	return cs
}

func body(t *testing.T, res *Result, name string) string {
	t.Helper()
	f := res.Output.Files[name]
	if f == nil {
		t.Fatalf("no output file %s", name)
	}
	return string(f.Body)
}

func TestBuildSite(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	res := build(t, New(Options{Dir: dir}))
	if got := res.Stats.Pages; got["policy"] != 1 || got["training"] != 3 {
		t.Errorf("pages = %v", got)
	}
	aturan := body(t, res, "/kebijakan/aturan/index.html")
	for _, want := range []string{`href="/pelatihan/dua/#materi"`, `href="/pelatihan/satu/"`, "Aturan Pelatihan"} {
		if !strings.Contains(aturan, want) {
			t.Errorf("policy page lacks %s", want)
		}
	}
	dua := body(t, res, "/pelatihan/dua/index.html")
	for _, want := range []string{"Modul Satu", "Modul Tiga", `href="/kebijakan/aturan/"`} {
		if !strings.Contains(dua, want) {
			t.Errorf("module two lacks %q (learning path, backlink)", want)
		}
	}
	for _, name := range []string{"/index.html", "/pelatihan/index.html", "/tag/pelatihan/index.html", "/kompetensi/literasi-digital/index.html",
		"/sitemap.xml", "/feed.xml", "/robots.txt", "/404.html", "/cari/index.html"} {
		body(t, res, name)
	}
	if !strings.Contains(body(t, res, "/lama/tentang-kami/index.html"), `url=/tentang/`) {
		t.Error("alias does not redirect to its page")
	}
	if !strings.Contains(body(t, res, "/sitemap.xml"), "<loc>http://localhost:8080/pelatihan/tiga/</loc>") {
		t.Error("sitemap lacks module three")
	}
	checkLinks(t, res.Output)
}

func TestRebuildBodyChange(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	s := New(Options{Dir: dir, ReadOnly: true}) // no version history: see TestHistory
	build(t, s)
	write(t, dir, "content/pelatihan/tiga.md", "---\ntitle: Modul Tiga\nweight: 3\nlevel: lanjut\nduration: 45\n---\n## Materi\n\nPenutup yang baru.\n")
	res := build(t, s, "content/pelatihan/tiga.md")
	if res.Stats.Rendered != 1 || res.Stats.Executed != 1 {
		t.Errorf("rendered %d bodies and executed %d layouts, want 1 and 1", res.Stats.Rendered, res.Stats.Executed)
	}
	if !slices.Equal(res.Changed, []string{"/pelatihan/tiga/index.html"}) {
		t.Errorf("changed = %v, want only module three", res.Changed)
	}
	if len(res.Docs) != 1 || res.Docs[0].URL != "/pelatihan/tiga/" || !strings.Contains(docText(res.Docs[0]), "baru") {
		t.Errorf("search docs = %+v", res.Docs)
	}
}

// A new heading (a new anchor) on a page no other page links into stays
// a quick rebuild of that page; the same edit on a page whose anchor
// another page links to changes that page's link too.
func TestRebuildAnchorChange(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	// With deferred versions a quick rebuild changes the page alone; a
	// full one records the new version and its pages at once.
	s := New(Options{Dir: dir, DeferVersions: true, WorkingStates: true})
	build(t, s)
	write(t, dir, "content/pelatihan/tiga.md", "---\ntitle: Modul Tiga\nweight: 3\nlevel: lanjut\nduration: 45\n---\n## Materi Baru\n\nPenutup.\n")
	res := build(t, s, "content/pelatihan/tiga.md")
	if !slices.Equal(res.Changed, []string{"/pelatihan/tiga/index.html"}) {
		t.Errorf("changed = %v, want only module three", res.Changed)
	}
	if !strings.Contains(body(t, res, "/pelatihan/tiga/index.html"), `id="materi-baru"`) {
		t.Error("module three lacks its new anchor")
	}
	// The policy links to module two's #materi.
	write(t, dir, "content/pelatihan/dua.md", "---\ntitle: Modul Dua\nweight: 2\nlevel: menengah\nduration: \"1j 30m\"\nprerequisites: [satu.md]\n---\n## Bahan\n\nLanjutan.\n")
	s.Settle(context.Background())
	res = s.Rebuild(context.Background(), written("content/pelatihan/dua.md"))
	if !strings.Contains(fmt.Sprint(res.Diags), "#materi") {
		t.Errorf("the policy's link to a lost anchor gives no warning: %v", res.Diags)
	}
	if !slices.Contains(res.Changed, "/kebijakan/aturan/index.html") {
		t.Errorf("changed = %v, lacks the policy whose link broke", res.Changed)
	}
}

func TestRebuildTitleChange(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	s := New(Options{Dir: dir})
	build(t, s)
	write(t, dir, "content/pelatihan/satu.md", "---\ntitle: Modul Pertama\nweight: 1\nlevel: dasar\nduration: 60\ncompetencies: [literasi digital]\n---\n## Materi\n\nPengantar.\n")
	res := build(t, s, "content/pelatihan/satu.md")
	// The title shows on: itself, the learning path of the other modules,
	// module two's prerequisites, the policy's related list, the section
	// list, the home page's recent list, and the competency term page.
	for _, want := range []string{"/pelatihan/satu/index.html", "/pelatihan/dua/index.html", "/pelatihan/tiga/index.html",
		"/kebijakan/aturan/index.html", "/pelatihan/index.html", "/index.html", "/kompetensi/literasi-digital/index.html", "/feed.xml"} {
		if !slices.Contains(res.Changed, want) {
			t.Errorf("changed lacks %s: %v", want, res.Changed)
		}
	}
	if slices.Contains(res.Changed, "/tag/pelatihan/index.html") {
		t.Errorf("tag page of the policy changed although the policy did not: %v", res.Changed)
	}
	if !strings.Contains(body(t, res, "/pelatihan/tiga/index.html"), "Modul Pertama") {
		t.Error("learning path on module three shows the old title")
	}
}

func TestRebuildDeleteAndBrokenLink(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	s := New(Options{Dir: dir})
	build(t, s)
	os.Remove(filepath.Join(dir, "content/pelatihan/dua.md"))
	res := s.Rebuild(context.Background(), []Change{{Path: "content/pelatihan/dua.md", Op: Removed}})
	if res.Output.Files["/pelatihan/dua/index.html"] != nil {
		t.Error("deleted page still published")
	}
	if !slices.Contains(res.Deleted, "/pelatihan/dua/") {
		t.Errorf("deleted = %v", res.Deleted)
	}
	var msgs []string
	for _, d := range res.Diags {
		msgs = append(msgs, d.Error())
	}
	want := `content/kebijakan/aturan.md:11:7: warning: link ../pelatihan/dua.md#materi: no such document "../pelatihan/dua.md"`
	if !slices.Contains(msgs, want) {
		t.Errorf("diagnostics = %q\nwant %q", msgs, want)
	}
	// The rest of the site still builds.
	if res.Output.Files["/pelatihan/tiga/index.html"] == nil {
		t.Error("unrelated page missing after an error")
	}
	// Restoring the file clears the error.
	write(t, dir, "content/pelatihan/dua.md", "---\ntitle: Modul Dua\nweight: 2\n---\n## Materi\n\nLagi.\n")
	build(t, s, "content/pelatihan/dua.md")
}

func TestWriteDirAtomic(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	res := build(t, New(Options{Dir: dir}))
	out := filepath.Join(dir, "public")
	write(t, dir, "public/stale/index.html", "old page")
	if err := res.Output.WriteDir(out); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, "stale")); !os.IsNotExist(err) {
		t.Error("file of a removed page survived")
	}
	if _, err := os.Stat(filepath.Join(out, "pelatihan", "dua", "index.html")); err != nil {
		t.Error(err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".public") {
			t.Errorf("temporary folder %s left behind", e.Name())
		}
	}
}

func TestHistory(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	s := New(Options{Dir: dir})
	res := build(t, s)
	if strings.Contains(body(t, res, "/kebijakan/aturan/index.html"), "/banding/") {
		t.Fatal("a document with one version links to comparisons")
	}
	src := "---\ntitle: Aturan Pelatihan\nstatus: consultation\nversion: \"2.0\"\ndate: 2026-01-05\ntags: [pelatihan]\nrelated: [../pelatihan/satu.md]\n---\n" +
		"## Pasal 1\n\nLihat [modul dua](../pelatihan/dua.md#materi) dan modul tiga.\n\n## Pasal 2\n\nPasal baru.\n"
	write(t, dir, "content/kebijakan/aturan.md", src)
	res = build(t, s, "content/kebijakan/aturan.md")
	page := body(t, res, "/kebijakan/aturan/index.html")
	var old, cmp, matrix string
	for _, name := range res.Changed {
		switch {
		case strings.Contains(name, "/versi/"):
			old = name
		case strings.Contains(name, "/matriks/"):
			matrix = name
		case strings.Contains(name, "/banding/"):
			cmp = name
		}
	}
	if old == "" || cmp == "" || matrix != strings.TrimSuffix(cmp, "index.html")+"matriks/index.html" {
		t.Fatalf("no version or comparison page among %v", res.Changed)
	}
	if !strings.Contains(page, strings.TrimSuffix(cmp, "index.html")) {
		t.Error("the document does not link to its comparison")
	}
	if o := body(t, res, old); !strings.Contains(o, "noindex") || !strings.Contains(o, `href="/kebijakan/aturan/"`) {
		t.Error("old version page lacks noindex or a link to the current version")
	}
	c := body(t, res, cmp)
	for _, want := range []string{"<ins", "tiga", "Pasal baru", "Konsultasi Publik", "diff-pasal-2", `href="` + strings.TrimSuffix(matrix, "index.html") + `"`} {
		if !strings.Contains(c, want) {
			t.Errorf("comparison lacks %q", want)
		}
	}
	m := body(t, res, matrix)
	for _, want := range []string{"Matriks perubahan", "<th scope=\"col\">Rumusan 1.0</th>", "<th scope=\"row\">Pasal 2</th>", "ditambah", "noindex"} {
		if !strings.Contains(m, want) {
			t.Errorf("change matrix lacks %q", want)
		}
	}
	// Old versions stay out of the search index.
	for _, d := range res.Docs {
		if strings.Contains(d.URL, "/versi/") {
			t.Errorf("old version indexed: %s", d.URL)
		}
	}
	// A second site over the same folder sees the recorded history.
	res2 := build(t, New(Options{Dir: dir, ReadOnly: true}))
	if res2.Output.Files[cmp] == nil {
		t.Error("recorded history not found by a new build")
	}
}

func TestRebuildNewLink(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	s := New(Options{Dir: dir, ReadOnly: true})
	build(t, s)
	write(t, dir, "content/pelatihan/tiga.md", "---\ntitle: Modul Tiga\nweight: 3\nlevel: lanjut\nduration: 45\n---\n## Materi\n\nLihat [aturan](../kebijakan/aturan.md#pasal-1).\n")
	res := build(t, s, "content/pelatihan/tiga.md")
	if !strings.Contains(body(t, res, "/kebijakan/aturan/index.html"), `href="/pelatihan/tiga/"`) {
		t.Error("the linked page does not list its new backlink")
	}
	if !strings.Contains(body(t, res, "/pelatihan/tiga/index.html"), `href="/kebijakan/aturan/#pasal-1"`) {
		t.Error("new link not resolved")
	}
	// Removing the anchor the link points at is a warning in the linking
	// file, whose page is made again with the link marked broken.
	write(t, dir, "content/kebijakan/aturan.md", "---\ntitle: Aturan Pelatihan\nstatus: approved\nversion: \"1.0\"\ndate: 2026-01-05\ntags: [pelatihan]\nrelated: [../pelatihan/satu.md]\n---\n## Ketentuan\n\nLihat [modul dua](../pelatihan/dua.md#materi).\n")
	res = s.Rebuild(context.Background(), written("content/kebijakan/aturan.md"))
	want := "content/pelatihan/tiga.md:9:7: warning: link ../kebijakan/aturan.md#pasal-1: no heading #pasal-1 in content/kebijakan/aturan.md"
	if len(res.Diags) != 1 || res.Diags[0].Error() != want || res.Diags[0].Kind != content.KindAnchor {
		t.Errorf("diags = %v\nwant %s", res.Diags, want)
	}
	if !strings.Contains(body(t, res, "/pelatihan/tiga/index.html"), `href="/kebijakan/aturan/#pasal-1" title="Tautan rusak: halaman atau bagian yang dituju tidak ada" class="broken-link"`) {
		t.Error("link to the vanished heading is not marked broken")
	}
	// The heading comes back: the mark goes.
	write(t, dir, "content/kebijakan/aturan.md", "---\ntitle: Aturan Pelatihan\nstatus: approved\nversion: \"1.0\"\ndate: 2026-01-05\ntags: [pelatihan]\nrelated: [../pelatihan/satu.md]\n---\n## Pasal 1\n\nLihat [modul dua](../pelatihan/dua.md#materi).\n")
	res = s.Rebuild(context.Background(), written("content/kebijakan/aturan.md"))
	if len(res.Diags) != 0 || strings.Contains(body(t, res, "/pelatihan/tiga/index.html"), "broken-link") {
		t.Errorf("diags = %v; or the link is still marked broken", res.Diags)
	}
	// Strict: the same broken anchor is an error.
	strict := New(Options{Dir: dir, ReadOnly: true, Strict: true})
	write(t, dir, "content/pelatihan/tiga.md", "---\ntitle: Modul Tiga\n---\nLihat [aturan](../kebijakan/aturan.md#pasal-9).\n")
	res = strict.Build(context.Background())
	if len(res.Diags) != 1 || res.Diags[0].Warning || res.Diags.Errors() != 1 {
		t.Errorf("strict diags = %v", res.Diags)
	}
}

// TestWorkingStates saves a module eight times while serving: serve lists
// the last few working states to the person editing, named by time and
// size; a build for publishing lists none and writes no page of them.
func TestWorkingStates(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	s := New(Options{Dir: dir, WorkingStates: true})
	build(t, s)
	var res *Result
	for i := range 8 {
		write(t, dir, "content/pelatihan/tiga.md", fmt.Sprintf("---\ntitle: Modul Tiga\nweight: 3\n---\n## Materi\n\nSimpanan ke-%d.\n", i))
		res = build(t, s, "content/pelatihan/tiga.md")
	}
	h := s.hist["pelatihan/tiga.md"]
	if h == nil || len(h.versions) != history.MaxWorking+1 {
		t.Fatalf("history lists %d versions, want the current one and the last %d working states", len(h.versions), history.MaxWorking)
	}
	if !h.versions[0].Current {
		t.Error("newest listed version is not the current one")
	}
	for _, v := range h.versions[1:] {
		if !v.Working || v.Size == 0 {
			t.Errorf("version %s: working %v, size %d; want a working state with its size", v.ID, v.Working, v.Size)
		}
	}
	page := body(t, res, "/pelatihan/tiga/index.html")
	_, page, _ = strings.Cut(page, `<section class="versions"`)
	page, _, _ = strings.Cut(page, "</section>")
	if !strings.Contains(page, "versi kerja, ") || strings.Contains(page, "></a>") || strings.Contains(page, `"> · `) {
		t.Errorf("serve's version history does not name its working states:\n%s", page)
	}

	pub := build(t, New(Options{Dir: dir}))
	for name := range pub.Output.Files {
		if strings.Contains(name, "/versi/") || strings.Contains(name, "/banding/") {
			t.Errorf("a build published the working state %s", name)
		}
	}
	if strings.Contains(body(t, pub, "/pelatihan/tiga/index.html"), "Riwayat versi") {
		t.Error("a build lists working states in the version history")
	}
}

func TestLongLearningPathWindow(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	for i := range 30 {
		write(t, dir, fmt.Sprintf("content/pelatihan/panjang/m%02d.md", i), fmt.Sprintf("---\ntitle: Modul Panjang %02d\nweight: %d\n---\nIsi.\n", i, i+1))
	}
	res := build(t, New(Options{Dir: dir, ReadOnly: true}))
	page := body(t, res, "/pelatihan/panjang/m20/index.html")
	if n := strings.Count(page, `href="/pelatihan/panjang/m`); n < 15 || n > 17 { // 15 in the outline, plus prev/next
		t.Errorf("outline of module 20 links %d modules, want a window of 15 (plus prev/next)", n)
	}
	for _, want := range []string{"… 13 ", "… 2 ", `start="14"`, `aria-current="page"`} {
		if !strings.Contains(page, want) {
			t.Errorf("outline lacks %q", want)
		}
	}
}

func TestRebuildDraftStaysUnpublished(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	write(t, dir, "content/pelatihan/draf.md", "---\ntitle: Modul Draf\ndraft: true\n---\nBelum siap.\n")
	s := New(Options{Dir: dir, ReadOnly: true})
	res := build(t, s)
	if res.Output.Files["/pelatihan/draf/index.html"] != nil {
		t.Fatal("draft published")
	}
	write(t, dir, "content/pelatihan/draf.md", "---\ntitle: Modul Draf\ndraft: true\n---\nMasih belum siap.\n")
	res = build(t, s, "content/pelatihan/draf.md")
	if res.Output.Files["/pelatihan/draf/index.html"] != nil || len(res.Changed) != 0 {
		t.Errorf("editing a draft published it or changed %v", res.Changed)
	}
	write(t, dir, "content/pelatihan/draf.md", "---\ntitle: Modul Draf\n---\nSiap.\n")
	res = build(t, s, "content/pelatihan/draf.md")
	if res.Output.Files["/pelatihan/draf/index.html"] == nil {
		t.Error("a draft made final is not published")
	}
}

// A server keeps pages compressed and forgets bodies and sources once
// pages are made; a page made again because a neighbour changed gets its
// body back from the file.
func TestCompressedServerRemakesPages(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	s := New(Options{Dir: dir, ReadOnly: true, Compress: true})
	build(t, s)
	if e := s.entries["pelatihan/tiga.md"]; e.html != "" || e.page.Source != nil {
		t.Fatal("server kept a body or source after making the page")
	}
	write(t, dir, "content/pelatihan/satu.md", "---\ntitle: Modul Pertama\nweight: 1\nlevel: dasar\nduration: 60\ncompetencies: [literasi digital]\n---\n## Materi\n\nPengantar.\n")
	res := build(t, s, "content/pelatihan/satu.md")
	page := string(res.Output.Files["/pelatihan/tiga/index.html"].Bytes())
	if !strings.Contains(page, "Modul Pertama") || !strings.Contains(page, "Penutup.") {
		t.Errorf("module three remade without its body or the new title:\n%s", page)
	}
	if res.Output.Files["/pelatihan/tiga/index.html"].Body != nil {
		t.Error("page kept uncompressed")
	}
	if docs := s.Documents(); len(docs) != 5 || !strings.Contains(docText(docs...), "Penutup") {
		t.Errorf("search documents from dropped sources: %d", len(docs))
	}
}

// With DeferVersions a save publishes the document's page (with its
// version list already right) before its version pages, which Settle
// makes; a Rebuild settles first what was left; and the settled output is
// the output of a site that never deferred.
func TestDeferVersions(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	s := New(Options{Dir: dir, DeferVersions: true, WorkingStates: true})
	build(t, s)
	save := func(i int) {
		write(t, dir, "content/pelatihan/tiga.md", fmt.Sprintf("---\ntitle: Modul Tiga\nweight: 3\n---\n## Materi\n\nSimpanan ke-%d.\n", i))
	}
	old := func(res *Result) (n int) {
		for name := range res.Output.Files {
			if strings.HasPrefix(name, "/pelatihan/tiga/versi/") || strings.HasPrefix(name, "/pelatihan/tiga/banding/") {
				n++
			}
		}
		return n
	}
	save(0) // new front matter: a full rebuild
	build(t, s, "content/pelatihan/tiga.md")
	s.Settle(context.Background())
	save(1) // the body alone: the quick path
	res := build(t, s, "content/pelatihan/tiga.md")
	if got := body(t, res, "/pelatihan/tiga/index.html"); !strings.Contains(got, "Simpanan ke-1.") || !strings.Contains(got, "/pelatihan/tiga/banding/") {
		t.Errorf("the saved page is not out first, with its version list:\n%s", got)
	}
	if !slices.Equal(res.Changed, []string{"/pelatihan/tiga/index.html"}) {
		t.Errorf("rebuild changed %v; want only the page", res.Changed)
	}
	set := s.Settle(context.Background())
	if n := old(set); n <= old(res) || len(set.Changed) == 0 || set.Diags.Errors() != 0 {
		t.Errorf("Settle: %d version pages (%d before), changed %v, diags %v", n, old(res), set.Changed, set.Diags)
	}
	for _, name := range set.Changed {
		if !strings.Contains(name, "/versi/") && !strings.Contains(name, "/banding/") {
			t.Errorf("Settle changed %s", name)
		}
	}
	if again := s.Settle(context.Background()); again != nil {
		t.Errorf("a second Settle did something: changed %v", again.Changed)
	}
	save(2)
	build(t, s, "content/pelatihan/tiga.md") // not settled
	save(3)
	res = build(t, s, "content/pelatihan/tiga.md")
	if n := old(res); n < 2 || !slices.Contains(res.Changed, "/pelatihan/tiga/index.html") || len(res.Changed) < 2 {
		t.Errorf("the unsettled save's version pages did not go out with the next rebuild: %d pages, changed %v", n, res.Changed)
	}
	final := s.Settle(context.Background())
	log, _ := s.src.Store.Log("content/pelatihan/tiga.md")
	for i := range 4 {
		src := fmt.Sprintf("---\ntitle: Modul Tiga\nweight: 3\n---\n## Materi\n\nSimpanan ke-%d.\n", i)
		if !slices.ContainsFunc(log, func(v history.Version) bool { return v.Sum == hashOf([]byte(src)) }) {
			t.Errorf("save %d was not recorded", i)
		}
	}
	fresh := build(t, New(Options{Dir: dir, ReadOnly: true, WorkingStates: true}))
	if !maps.EqualFunc(final.Output.Files, fresh.Output.Files, func(a, b *File) bool { return a.ETag == b.ETag }) {
		for name, f := range fresh.Output.Files {
			if g := final.Output.Files[name]; g == nil || g.ETag != f.ETag {
				t.Errorf("%s differs from a build that never deferred", name)
			}
		}
		for name := range final.Output.Files {
			if fresh.Output.Files[name] == nil {
				t.Errorf("%s is not in a build that never deferred", name)
			}
		}
	}
}

// A folder of content may be a symbolic link (to a shared drive): its
// pages are built like the others, on a full walk and when the watcher
// names one of its files; a link to a folder above does not loop.
func TestSymlinkedContentFolder(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	shared := t.TempDir()
	write(t, shared, "modul-bersama.md", "---\ntitle: Modul Bersama\n---\n## Materi\n\nIsi bersama.\n")
	for target, link := range map[string]string{shared: "content/bersama", filepath.Join(dir, "content"): "content/pelatihan/putaran"} {
		if err := os.Symlink(target, filepath.Join(dir, filepath.FromSlash(link))); err != nil {
			t.Fatal(err)
		}
	}
	s := New(Options{Dir: dir, ReadOnly: true})
	res := build(t, s)
	if body(t, res, "/bersama/modul-bersama/index.html") == "" {
		t.Fatal("the page below the link was not built")
	}
	for name := range res.Output.Files {
		if strings.Contains(name, "putaran") {
			t.Errorf("the link to a folder above was walked: %s", name)
		}
	}
	write(t, shared, "modul-bersama.md", "---\ntitle: Modul Bersama\n---\n## Materi\n\nIsi bersama yang baru.\n")
	res = build(t, s, "content/bersama/modul-bersama.md")
	if !slices.Equal(res.Changed, []string{"/bersama/modul-bersama/index.html"}) {
		t.Errorf("changed = %v, want the page below the link", res.Changed)
	}
	if res = build(t, s, "content"); len(res.Deleted) != 0 {
		t.Errorf("a full walk dropped %v", res.Deleted)
	}
}

// ReadGit names the documents whose versions in git changed since the
// history was read, and reads them: a commit made while serving.
func TestReadGit(t *testing.T) {
	sitetest.NeedGit(t)
	dir := writeSite(t, "rebuild.txtar")
	git := func(args ...string) { t.Helper(); sitetest.Git(t, dir, "Uji", "", args...) }
	git("init", "-q", "-b", "main")
	git("add", "content")
	git("commit", "-q", "-m", "awal")
	s := New(Options{Dir: dir})
	build(t, s)
	if changed, diags := s.ReadGit(context.Background()); len(changed) != 0 || len(diags) != 0 {
		t.Errorf("nothing committed since: ReadGit = %v, %v", changed, diags)
	}
	write(t, dir, "content/pelatihan/dua.md", "---\ntitle: Modul Dua\nweight: 2\nlevel: dasar\nduration: 30\n---\n## Materi\n\nIsi baru.\n")
	git("commit", "-q", "-am", "Modul dua diperbarui")
	changed, diags := s.ReadGit(context.Background())
	if !slices.Equal(changed, []string{"content/pelatihan/dua.md"}) || len(diags) != 0 {
		t.Errorf("after a commit: ReadGit = %v, %v", changed, diags)
	}
	if changed, _ := s.ReadGit(context.Background()); len(changed) != 0 {
		t.Errorf("read twice: %v", changed)
	}
}

// aturanRevised makes a git repository of rebuild.txtar, its content
// committed by Ani as "Draf I", then rewrites its policy aturan.md as
// version 2.0, not committed; it returns the folder and the policy's path.
func aturanRevised(t *testing.T) (dir, doc string) {
	t.Helper()
	dir = writeSite(t, "rebuild.txtar")
	sitetest.Git(t, dir, "Uji", "", "init", "-q", "-b", "main")
	commitContent(t, dir, "Ani", "2026-01-10T09:00:00+07:00", "Draf I")
	doc = "content/kebijakan/aturan.md"
	write(t, dir, doc, "---\ntitle: Aturan Pelatihan\nstatus: approved\nversion: \"2.0\"\ndate: 2026-01-05\n---\n## Pasal 1\n\nIsi yang diperbarui.\n")
	return dir, doc
}

// commitContent commits content/ of the repository in dir.
func commitContent(t *testing.T, dir, author, date, msg string) {
	t.Helper()
	sitetest.Git(t, dir, author, date, "add", "content")
	sitetest.Git(t, dir, author, date, "commit", "-q", "-m", msg)
}

// When the file is as last committed, the current version is that
// commit's: its author and date, not the file's time (on a fresh clone,
// the time of the clone). Once the file changes, the current version is
// the file's again.
func TestCurrentVersionIsLastCommit(t *testing.T) {
	sitetest.NeedGit(t)
	dir, doc := aturanRevised(t)
	commitContent(t, dir, "Budi", "2026-02-20T10:00:00+07:00", "Draf II")
	cloned := time.Date(2026, 11, 27, 8, 0, 0, 0, time.UTC)
	if err := os.Chtimes(filepath.Join(dir, doc), cloned, cloned); err != nil {
		t.Fatal(err)
	}
	s := New(Options{Dir: dir})
	build(t, s)
	vs := s.hist["kebijakan/aturan.md"].versions
	if len(vs) != 2 || !vs[0].Current {
		t.Fatalf("versions %+v, want the current one and Draf I", vs)
	}
	if want := time.Date(2026, 2, 20, 3, 0, 0, 0, time.UTC); vs[0].Author != "Budi" || !vs[0].Date.Equal(want) {
		t.Errorf("current version by %q on %v, want Budi's commit on %v", vs[0].Author, vs[0].Date, want)
	}
	if vs[1].Author != "Ani" || vs[1].Label != "1.0" {
		t.Errorf("first version: %+v, want Ani's 1.0", vs[1])
	}
	write(t, dir, doc, "---\ntitle: Aturan Pelatihan\nstatus: draft\nversion: \"2.1\"\ndate: 2026-01-05\n---\n## Pasal 1\n\nIsi yang belum dikirim.\n")
	edited := time.Date(2026, 11, 27, 9, 30, 0, 0, time.UTC)
	if err := os.Chtimes(filepath.Join(dir, doc), edited, edited); err != nil {
		t.Fatal(err)
	}
	build(t, s, doc)
	vs = s.hist["kebijakan/aturan.md"].versions
	if len(vs) != 3 || vs[0].Author == "Budi" || !vs[0].Date.Equal(edited) || vs[1].Author != "Budi" {
		t.Errorf("after an edit: %+v, want the edited file's version on %v, then Budi's", vs, edited)
	}
}

// A commit of the file as it stands, made while serving after the
// server recorded that state itself (a later second than the file's
// time), makes the current version the commit's: ReadGit names the
// document and its rebuild lists the commit's author and date, not the
// version made before the commit from the server's own record.
func TestCommitOfRecordedStateWhileServing(t *testing.T) {
	sitetest.NeedGit(t)
	dir, doc := aturanRevised(t)
	saved := time.Date(2026, 2, 20, 2, 59, 58, 500_000_000, time.UTC)
	if err := os.Chtimes(filepath.Join(dir, doc), saved, saved); err != nil {
		t.Fatal(err)
	}
	s := New(Options{Dir: dir, DeferVersions: true, WorkingStates: true})
	build(t, s) // records the file's state, dated by the file: no author
	if vs := s.hist["kebijakan/aturan.md"].versions; len(vs) != 2 || vs[0].Author != "" {
		t.Fatalf("before the commit: %+v, want an authorless current version and Draf I", vs)
	}
	sitetest.Git(t, dir, "Budi", "2026-02-20T10:00:00+07:00", "commit", "-q", "-am", "Draf II")
	changed, diags := s.ReadGit(context.Background())
	if !slices.Equal(changed, []string{doc}) || len(diags) != 0 {
		t.Fatalf("ReadGit = %v, %v", changed, diags)
	}
	build(t, s, doc)
	vs := s.hist["kebijakan/aturan.md"].versions
	if want := time.Date(2026, 2, 20, 3, 0, 0, 0, time.UTC); len(vs) != 2 || vs[0].Author != "Budi" || !vs[0].Date.Equal(want) {
		t.Errorf("after the commit: %+v, want the current version by Budi on %v", vs, want)
	}
}

// A one-shot build records every document's source only once its output
// is committed (RecordVersions), when the build has let the sources go:
// they are read again, and each document gets its whole source once.
// Before the commit nothing is recorded (a build that stops records
// nothing).
func TestFirstRecordKeepsSources(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	for i := range 20 {
		write(t, dir, fmt.Sprintf("content/pelatihan/m%02d.md", i), fmt.Sprintf("---\ntitle: Modul %02d\nweight: %d\n---\nIsi modul %d.\n", i, i+10, i))
	}
	st, err := NewStage(filepath.Join(t.TempDir(), "public"))
	if err != nil {
		t.Fatal(err)
	}
	write(t, dir, "config.yaml", "baseURL: https://pustaka.tubei.go.id\n")
	s := New(Options{Dir: dir, Stage: st})
	build(t, s)
	if _, err := os.Stat(filepath.Join(dir, history.DefaultStoreDir)); !os.IsNotExist(err) {
		t.Errorf("the build recorded before its output was committed (%v)", err)
	}
	if err := st.Commit(); err != nil {
		t.Fatal(err)
	}
	if diags := s.RecordVersions(); len(diags) > 0 {
		t.Fatal(diags)
	}
	store, err := history.OpenStore(filepath.Join(dir, history.DefaultStoreDir))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for path := range s.entries {
		if s.entries[path].page.IsIndex {
			continue
		}
		src, err := os.ReadFile(filepath.Join(dir, "content", path))
		if err != nil {
			t.Fatal(err)
		}
		vs, errs := store.Versions("content/" + path)
		if len(errs) > 0 || len(vs) != 1 || string(vs[0].Source) != string(src) {
			t.Errorf("%s: %d versions %v, first %q; want its source once", path, len(vs), errs, firstSource(vs))
		}
		n++
	}
	if n < 20 {
		t.Errorf("checked %d documents", n)
	}
}

// firstSource returns the source of the first of vs, if any.
func firstSource(vs []history.Version) []byte {
	if len(vs) == 0 {
		return nil
	}
	return vs[0].Source
}

// A Stage writes files at any depth, in folders made by earlier writes or
// not, and fails where a file stands in the way of a folder.
func TestStageWrite(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	st, err := NewStage(out)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"/kebijakan/2026/x/index.html": "x",
		"/kebijakan/2026/index.html":   "bagian",
		"/kebijakan/2026/y/index.html": "y",
		"/index.html":                  "beranda",
		"/a/b/c/d/e/index.html":        "dalam",
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		if err := st.Write(name, []byte(files[name])); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Write("/index.html/z/index.html", []byte("z")); err == nil {
		t.Error("writing below a file: no error")
	}
	if err := st.Commit(); err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		if b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(name))); err != nil || string(b) != want {
			t.Errorf("%s: %q, %v; want %q", name, b, err, want)
		}
	}
}

// Foreign front matter builds with warnings; import settings in
// config.yaml, changed while serving, re-read every file.
func TestImportSettingsReread(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	write(t, dir, "content/panduan/vue.md", "---\ntitle: Pengenalan\ntype: guide\norder: 2\n---\nIsi.\n")
	s := New(Options{Dir: dir, ReadOnly: true})
	res := s.Build(context.Background())
	if len(res.Diags) != 1 || res.Diags.Errors() != 0 || res.Stats.Pages["training"] != 3 {
		t.Errorf("before: diags %v, pages %v", res.Diags, res.Stats.Pages)
	}
	write(t, dir, "config.yaml", "import:\n  type: {guide: training}\n")
	res = s.Rebuild(context.Background(), written("config.yaml"))
	if len(res.Diags) != 0 || res.Stats.Pages["training"] != 4 {
		t.Errorf("after: diags %v, pages %v", res.Diags, res.Stats.Pages)
	}
}

// A config.yaml with mistakes, saved while serving: each mistake is a
// problem of its own at its line and column (kind setting), and the
// settings in force stay those of the last good file.
func TestConfigProblemsApart(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	write(t, dir, "config.yaml", "title: Situs Uji\nlang: en\n")
	s := New(Options{Dir: dir, ReadOnly: true})
	build(t, s)
	write(t, dir, "config.yaml", "title: Situs Uji\nlang: en\ntitel: x\nfeed:\n  limit: banyak\n")
	res := s.Rebuild(context.Background(), written("config.yaml"))
	var got []string
	for _, d := range res.Diags {
		got = append(got, d.In(message.EN)+" ["+d.KindName()+"]")
	}
	want := []string{`config.yaml:3:1: unknown key "titel" [setting]`, `config.yaml:5:10: feed.limit: want a whole number [setting]`}
	if !slices.Equal(got, want) {
		t.Errorf("diags:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if s.Config().Lang != "en" || s.Config().Title != "Situs Uji" {
		t.Errorf("settings in force: %+v", s.Config())
	}
}

// The pages of an English site (lang: en) without a lang of their own
// are English: their html lang, their interface and the language of
// their comparison pages; a page with lang: id stays Indonesian.
func TestSiteLangIsPagesLang(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	write(t, dir, "config.yaml", "lang: en\n")
	write(t, dir, "content/tentang.md", "---\ntitle: Tentang\nlang: id\n---\nIsi.\n")
	s := New(Options{Dir: dir, ReadOnly: true})
	res := build(t, s)
	if b := body(t, res, "/kebijakan/aturan/index.html"); !strings.Contains(b, `<html lang="en"`) || !strings.Contains(b, ">Home</a>") {
		t.Errorf("a page of an English site is not English:\n%.600s", b)
	}
	if b := body(t, res, "/tentang/index.html"); !strings.Contains(b, `<html lang="id"`) {
		t.Errorf("a page with lang: id on an English site is not Indonesian:\n%.300s", b)
	}
	if s.DocLang("content/kebijakan/aturan.md") != "en" || s.DocLang("tentang.md") != "id" || s.DocLang("nothing.md") != "en" {
		t.Errorf("DocLang: %s %s %s", s.DocLang("content/kebijakan/aturan.md"), s.DocLang("tentang.md"), s.DocLang("nothing.md"))
	}
}

// Rebuild takes a change as it says, without looking at the disk a
// second time: Removed drops a document even while its file is still
// there (the watcher saw it go), and a Written file read only to find it
// gone is removed, with no error. A hidden file under content/ is no
// content: a change to it makes the tree be walked, which skips it.
func TestRebuildTakesTheKind(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	s := New(Options{Dir: dir, ReadOnly: true})
	build(t, s)
	res := rebuild(t, s, Change{Path: "content/pelatihan/tiga.md", Op: Removed})
	if res.Output.Files["/pelatihan/tiga/index.html"] != nil || !slices.Contains(res.Deleted, "/pelatihan/tiga/") {
		t.Errorf("removed document still published (deleted %v)", res.Deleted)
	}
	res = rebuild(t, s, written("content/pelatihan/tiga.md")...)
	if res.Output.Files["/pelatihan/tiga/index.html"] == nil || res.Stats.Rendered == 0 {
		t.Error("the document written again is not back")
	}
	os.Remove(filepath.Join(dir, "content/pelatihan/tiga.md"))
	res = rebuild(t, s, written("content/pelatihan/tiga.md")...)
	if res.Output.Files["/pelatihan/tiga/index.html"] != nil || !slices.Contains(res.Deleted, "/pelatihan/tiga/") {
		t.Errorf("a written file found gone is still published (deleted %v)", res.Deleted)
	}
	write(t, dir, "content/pelatihan/.tiga.md.swp", "---\ntitle: Tersembunyi\n---\n")
	res = rebuild(t, s, written("content/pelatihan/.tiga.md.swp")...)
	if n := len(s.entries); n != 6 || res.Output.Files["/pelatihan/.tiga.md/index.html"] != nil {
		t.Errorf("%d entries after a hidden file changed; changed %v", n, res.Changed)
	}
}

// TestMatrixNotes: the reviewer's notes beside a document go into the
// Keterangan of its change matrix; a note on a Pasal the document no
// longer has is a warning at the note's line.
func TestMatrixNotes(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	s := New(Options{Dir: dir})
	build(t, s)
	write(t, dir, "content/kebijakan/aturan.catatan.yaml", "# catatan tim perumus\nPasal 2: Disepakati rapat 12 November.\nPasal 7: Dihapus pada Draf I.\n")
	write(t, dir, "content/kebijakan/aturan.md", "---\ntitle: Aturan Pelatihan\nstatus: consultation\nversion: \"2.0\"\ndate: 2026-01-05\ntags: [pelatihan]\nrelated: [../pelatihan/satu.md]\n---\n"+
		"## Pasal 1\n\nLihat [modul dua](../pelatihan/dua.md#materi).\n\n## Pasal 2\n\nPasal baru.\n")
	res := s.Rebuild(context.Background(), written("content/kebijakan/aturan.md"))
	want := `content/kebijakan/aturan.catatan.yaml:3:1: warning: note for "Pasal 7": content/kebijakan/aturan.md has no such Pasal (any more)`
	if len(res.Diags) != 1 || res.Diags[0].Error() != want {
		t.Errorf("diags = %v, want %s", res.Diags, want)
	}
	var matrix string
	for name := range res.Output.Files {
		if strings.HasSuffix(name, "/matriks/index.html") {
			matrix = body(t, res, name)
		}
	}
	if !strings.Contains(matrix, "ditambah: Disepakati rapat 12 November.") {
		t.Errorf("the matrix lacks the note:\n%s", matrix)
	}
	// A change of the notes alone (the reviewer's decision) makes the
	// matrix again, and the warning goes with the note that caused it.
	write(t, dir, "content/kebijakan/aturan.catatan.yaml", "Pasal 2: Ditolak; kembali ke rumusan lama.\n")
	res = s.Rebuild(context.Background(), written("content/kebijakan/aturan.catatan.yaml"))
	if len(res.Diags) != 0 {
		t.Errorf("diags after the notes changed = %v, want none", res.Diags)
	}
	matrix = ""
	for _, name := range res.Changed {
		if strings.HasSuffix(name, "/matriks/index.html") {
			matrix = body(t, res, name)
		}
	}
	if !strings.Contains(matrix, "Ditolak; kembali ke rumusan lama.") || strings.Contains(matrix, "Disepakati rapat") {
		t.Errorf("the matrix did not follow the notes (changed %v):\n%s", res.Changed, matrix)
	}
	// Notes of no document change nothing and make no walk of the tree.
	write(t, dir, "content/kebijakan/hilang.catatan.yaml", "Pasal 1: Catatan.\n")
	if res = s.Rebuild(context.Background(), written("content/kebijakan/hilang.catatan.yaml")); len(res.Changed) != 0 || len(res.Diags) != 0 {
		t.Errorf("orphan notes: changed %v, diags %v", res.Changed, res.Diags)
	}
}

// TestCompareForm: on a static build the form comparing any two versions
// waits hidden for site.js to find a server, and the version table links
// the comparisons the build made, which work without JavaScript; pages
// served by `pustaka serve` (Options.Server) show the form as it is.
func TestCompareForm(t *testing.T) {
	for _, server := range []bool{false, true} {
		dir := writeSite(t, "rebuild.txtar")
		s := New(Options{Dir: dir, Server: server})
		build(t, s)
		write(t, dir, "content/kebijakan/aturan.md", "---\ntitle: Aturan Pelatihan\nstatus: consultation\nversion: \"2.0\"\ndate: 2026-01-05\ntags: [pelatihan]\nrelated: [../pelatihan/satu.md]\n---\n"+
			"## Pasal 1\n\nLihat [modul dua](../pelatihan/dua.md#materi).\n\n## Pasal 2\n\nPasal baru.\n")
		res := s.Rebuild(context.Background(), written("content/kebijakan/aturan.md"))
		page := body(t, res, "/kebijakan/aturan/index.html")
		form := regexp.MustCompile(`<form class="compare-any"[^>]*>`).FindString(page)
		want := `<form class="compare-any" action="/banding/" method="get" data-needs-server hidden>`
		if server {
			want = `<form class="compare-any" action="/banding/" method="get">`
		}
		if form != want {
			t.Errorf("server %v: form %q, want %q", server, form, want)
		}
		cmp := regexp.MustCompile(`<a href="(/kebijakan/aturan/banding/1-0-[0-9a-f]+\.\.\.terkini/)">`).FindStringSubmatch(page)
		if cmp == nil || res.Output.Files[cmp[1]+"index.html"] == nil {
			t.Errorf("server %v: the version table links no comparison the build made: %v", server, cmp)
		}
	}
}

// "Terakhir diperbarui" is the date of the last commit that touched the
// file while the file is as committed, and the time the file was saved
// once it has changes not committed; outside git it is the front
// matter's updated.
func TestUpdatedFromGit(t *testing.T) {
	sitetest.NeedGit(t)
	dir := writeSite(t, "rebuild.txtar")
	const doc = "content/kebijakan/aturan.md"
	const page = "/kebijakan/aturan/index.html"
	write(t, dir, doc, "---\ntitle: Aturan Pelatihan\ndate: 2026-01-05\nupdated: 2026-01-06\n---\n## Pasal 1\n\nIsi.\n")
	updated := func(s *Site, changed ...string) string {
		t.Helper()
		res := build(t, s, changed...)
		m := regexp.MustCompile(`<p>Terakhir diperbarui: <time datetime="([0-9-]+)">`).FindStringSubmatch(body(t, res, page))
		if m == nil {
			return "none"
		}
		return m[1]
	}
	if got := updated(New(Options{Dir: dir})); got != "2026-01-06" {
		t.Errorf("outside git: updated %s, want the front matter's 2026-01-06", got)
	}

	sitetest.Git(t, dir, "Uji", "", "init", "-q", "-b", "main")
	sitetest.Git(t, dir, "Ani", "2026-03-10T09:00:00+07:00", "add", "content")
	sitetest.Git(t, dir, "Ani", "2026-03-10T09:00:00+07:00", "commit", "-q", "-m", "awal")
	cloned := time.Date(2026, 11, 27, 8, 0, 0, 0, time.UTC)
	if err := os.Chtimes(filepath.Join(dir, doc), cloned, cloned); err != nil {
		t.Fatal(err)
	}
	s := New(Options{Dir: dir})
	if got := updated(s); got != "2026-03-10" {
		t.Errorf("as committed: updated %s, want the commit's 2026-03-10 (not the front matter, not the file's time)", got)
	}
	write(t, dir, doc, "---\ntitle: Aturan Pelatihan\ndate: 2026-01-05\nupdated: 2026-01-06\n---\n## Pasal 1\n\nIsi yang belum dikirim.\n")
	edited := time.Date(2026, 4, 2, 9, 30, 0, 0, time.UTC)
	if err := os.Chtimes(filepath.Join(dir, doc), edited, edited); err != nil {
		t.Fatal(err)
	}
	if got := updated(s, doc); got != "2026-04-02" {
		t.Errorf("edited, not committed: updated %s, want the file's 2026-04-02", got)
	}
}

// Pages with the same terjemahan key lead to each other: hreflang links
// in the head (the page itself included) and a language switch naming
// the other language in that language. A page without a key has neither.
func TestTranslations(t *testing.T) {
	out := sampleSite().Output
	page := func(name string) string {
		t.Helper()
		f := out.Files[name]
		if f == nil {
			t.Fatalf("no %s", name)
		}
		return string(f.Bytes())
	}
	for _, c := range []struct{ file, self, other, lang, name string }{
		{"/tentang/index.html", "id", "/about/", "en", "English"},
		{"/about/index.html", "en", "/tentang/", "id", "Bahasa Indonesia"},
	} {
		html := page(c.file)
		want := []string{
			`<link rel="alternate" hreflang="` + c.self + `" href="` + strings.TrimSuffix(c.file, "index.html") + `">`,
			`<link rel="alternate" hreflang="` + c.lang + `" href="` + c.other + `">`,
			`<a href="` + c.other + `" hreflang="` + c.lang + `" lang="` + c.lang + `">` + c.name + `</a></nav>`,
		}
		for _, w := range want {
			if !strings.Contains(html, w) {
				t.Errorf("%s: missing %s", c.file, w)
			}
		}
	}
	if sm := page("/sitemap.xml"); !strings.Contains(sm, `<xhtml:link rel="alternate" hreflang="en" href="http://localhost:8080/about/"/><xhtml:link rel="alternate" hreflang="id" href="http://localhost:8080/tentang/"/></url>`) {
		t.Error("sitemap.xml lacks the alternates of /about/")
	}
	// The English page's breadcrumbs start at "Home", not "Beranda".
	if html := page("/about/index.html"); !strings.Contains(html, `<li><a href="/">Home</a></li>`) {
		t.Error("about: breadcrumbs do not start at Home")
	}
	if html := page("/kebijakan/index.html"); !strings.Contains(html, `href="/kebijakan/se-pembelajaran-elektronik/"`) || strings.Contains(html, `href="/kebijakan/circular-e-learning/"`) {
		t.Error("the policy list does not show the circular once, in Indonesian")
	}
	if html := page("/kebijakan/peningkatan-kualitas-asn/index.html"); strings.Contains(html, "hreflang") || strings.Contains(html, "langswitch") {
		t.Error("a page without translations names some")
	}
}

// A list shows one page of a translated pair, the one in the list's
// language, and counts it once; a page in another language without a
// translation in the list stays and names its language.
func TestListsFoldTranslations(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	write(t, dir, "content/kebijakan/se.md", "---\ntitle: Surat Edaran\ntype: policy\ntags: [edaran]\nterjemahan: se\n---\nIsi.\n")
	write(t, dir, "content/kebijakan/circular.md", "---\ntitle: Circular\ntype: policy\nlang: en\ntags: [edaran]\nterjemahan: se\n---\nText.\n")
	write(t, dir, "content/kebijakan/memo.md", "---\ntitle: Memo Only In English\ntype: policy\nlang: en\ntags: [edaran]\n---\nText.\n")
	res := build(t, New(Options{Dir: dir}))
	for _, file := range []string{"/kebijakan/index.html", "/tag/edaran/index.html"} {
		html := body(t, res, file)
		if !strings.Contains(html, `<a href="/kebijakan/se/">Surat Edaran</a>`) {
			t.Errorf("%s: the Indonesian page is not listed", file)
		}
		if strings.Contains(html, `href="/kebijakan/circular/"`) {
			t.Errorf("%s: lists the English translation beside the Indonesian page", file)
		}
		if !strings.Contains(html, `<a href="/kebijakan/memo/" hreflang="en" lang="en">Memo Only In English</a> <span class="lang-tag" title="English">en</span>`) {
			t.Errorf("%s: the English-only page is not listed with its language", file)
		}
	}
	if html := body(t, res, "/tag/index.html"); !strings.Contains(html, `<a href="/tag/edaran/">edaran <span class="count">2<span class="vh">`) {
		t.Errorf("tag index does not count the pair once:\n%s", html)
	}
}

// An .mdx file is a page like a .md file, without its imports and
// component tags; a link to it may leave out the extension.
func TestMDXPage(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	write(t, dir, "content/panduan/mulai.mdx", "---\ntitle: Mulai\n---\nimport Tabs from '@theme/Tabs';\n\n<Tabs>\n\nPasang dengan npm.\n\n</Tabs>\n\nLihat [modul satu](../pelatihan/satu.md).\n")
	write(t, dir, "content/panduan/lanjut.md", "---\ntitle: Lanjut\n---\nLihat [mulai](mulai) dan [juga](./mulai.mdx).\n")
	res := build(t, New(Options{Dir: dir, ReadOnly: true}))
	html := body(t, res, "/panduan/mulai/index.html")
	if !strings.Contains(html, "Pasang dengan npm.") || strings.Contains(html, "import") || strings.Contains(html, "Tabs") {
		t.Errorf("the MDX page shows its code, or lacks its text:\n%s", html)
	}
	if !strings.Contains(body(t, res, "/panduan/lanjut/index.html"), `<a href="/panduan/mulai/">juga</a>`) {
		t.Error("a link to the .mdx file does not lead to its page")
	}
}

// Editing one page of a pair re-renders the other: its language switch
// follows.
func TestTranslationsRebuild(t *testing.T) {
	dir := writeSite(t, "rebuild.txtar")
	write(t, dir, "content/tentang.md", "---\ntitle: Tentang\nterjemahan: tentang\n---\nIsi.\n")
	write(t, dir, "content/about.md", "---\ntitle: About\nlang: en\nterjemahan: tentang\n---\nText.\n")
	s := New(Options{Dir: dir})
	res := build(t, s)
	if !strings.Contains(body(t, res, "/about/index.html"), `hreflang="id" lang="id">Bahasa Indonesia</a>`) {
		t.Fatal("about: no switch to the Indonesian page")
	}
	write(t, dir, "content/tentang.md", "---\ntitle: Tentang\n---\nIsi.\n")
	res = build(t, s, "content/tentang.md")
	if strings.Contains(body(t, res, "/about/index.html"), "langswitch") {
		t.Error("about still leads to a page that is no longer its translation")
	}
}

// TestCompareSeesAnswers: a comparison of two versions of a module shows
// a changed answer key and feedback of a question, not only its text;
// search still sees the question's text alone.
func TestCompareSeesAnswers(t *testing.T) {
	s := New(Options{Dir: writeSite(t, "rebuild.txtar"), ReadOnly: true})
	build(t, s)
	module := func(key string) []byte {
		return []byte("---\ntitle: Modul\n---\n## Latihan\n\n```soal\n? Berapa lama masa *mentoring*?\n" + key + "penjelasan: Tiga bulan.\n```\n")
	}
	d := history.Compare(s.blocksOf(module("(x) Tiga bulan\n( ) Enam bulan\n")), s.blocksOf(module("( ) Tiga bulan\n    > Terlalu singkat.\n(x) Enam bulan\n")))
	got := d.WordDiff(false)
	for _, want := range []string{"([-x-]{+ +}) Tiga bulan\n{+> Terlalu singkat.+}\n([- -]{+x+}) Enam bulan\npenjelasan: Tiga bulan."} {
		if !strings.Contains(got, want) {
			t.Errorf("the comparison lacks %q:\n%s", want, got)
		}
	}
	for _, b := range s.parseBody(&content.Page{Body: module("(x) Tiga bulan\n( ) Enam bulan\n")}).Blocks() {
		if strings.Contains(b.Text, "Tiga bulan") && b.Kind != "question" {
			t.Errorf("a search block holds the key: %+v", b)
		}
	}
}

// A comparison on request names versions from git by the labels of their
// front matter, as pustaka diff does ("1.0", not only "g:…").
func TestComparePageGitLabels(t *testing.T) {
	sitetest.NeedGit(t)
	dir, _ := aturanRevised(t)
	s := New(Options{Dir: dir, ReadOnly: true})
	build(t, s)
	for _, matrix := range []bool{false, true} {
		page, err := s.ComparePage(context.Background(), CompareRequest{Doc: "/kebijakan/aturan/", From: "1.0", To: "current", Matrix: matrix})
		if err != nil || !strings.Contains(string(page), "diperbarui") {
			t.Errorf("matrix %v: %v\n%s", matrix, err, page)
		}
	}
}
