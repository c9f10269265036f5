package service

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tubei/pustaka/internal/site"
	"github.com/tubei/pustaka/internal/sitetest"
	"github.com/tubei/pustaka/internal/watch"
)

// startLive builds the test site in a temp folder and serves it, watching.
func startLive(t *testing.T) (dir string, srv *httptest.Server, live *Live) {
	t.Helper()
	dir = sitetest.WriteArchive(t, filepath.Join("testdata", "site.txtar"))
	svc := New(Options{Dir: dir, Compress: true, DeferVersions: true, WorkingStates: true, Server: true, KeepLastGood: true, Log: io.Discard})
	srv, live = serveLive(t, svc, ServeOptions{Watch: true})
	return dir, srv, live
}

// serveLive starts svc with opts and serves it until the test ends.
func serveLive(t *testing.T, svc *Service, opts ServeOptions) (*httptest.Server, *Live) {
	t.Helper()
	live, err := svc.Start(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(live.Server.Handler())
	t.Cleanup(func() {
		live.Server.Close() // end live-reload streams first, or srv.Close waits for them
		srv.Close()
		live.Close()
	})
	return srv, live
}

func get(t *testing.T, u string) (int, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// eventually polls cond every 10 ms until it holds or 20 s pass (the
// package's tests run with -race in CI, on a shared 2-core machine).
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// search returns the URLs of every hit of a query through /api/search,
// page by page.
func search(t *testing.T, base, q string) []string {
	t.Helper()
	var urls []string
	for page := 1; ; page++ {
		code, body := get(t, fmt.Sprintf("%s/api/search?size=50&page=%d&q=%s", base, page, url.QueryEscape(q)))
		if code != 200 {
			t.Fatalf("search %q: %d %s", q, code, body)
		}
		var r struct {
			Total int                    `json:"total"`
			Hits  []struct{ URL string } `json:"hits"`
		}
		if err := json.Unmarshal([]byte(body), &r); err != nil {
			t.Fatal(err)
		}
		for _, h := range r.Hits {
			urls = append(urls, h.URL)
		}
		if len(r.Hits) == 0 || len(urls) >= r.Total {
			return urls
		}
	}
}

func TestLiveEditIsServedAndIndexed(t *testing.T) {
	dir, srv, _ := startLive(t)
	page := srv.URL + "/pelatihan/tiga/"
	if code, body := get(t, page); code != 200 || !strings.Contains(body, "Penutup") {
		t.Fatalf("GET %s: %d", page, code)
	}
	sitetest.Save(t, dir, "content/pelatihan/tiga.md", "---\ntitle: Modul Tiga\nweight: 3\nlevel: lanjut\nduration: 45\n---\n## Materi\n\nPeserta mempraktikkan penyusunan laporan kinerja.\n")
	eventually(t, "the edit to be served", func() bool {
		_, body := get(t, page)
		return strings.Contains(body, "mempraktikkan")
	})
	// Another word form of the new text finds the page.
	eventually(t, "the edit to be searchable", func() bool {
		urls := search(t, srv.URL, "praktik")
		return len(urls) > 0 && urls[0] == "/pelatihan/tiga/"
	})
	// The page came first; the comparison with the state before follows.
	_, body := get(t, page)
	cmp := regexp.MustCompile(`/pelatihan/tiga/banding/[0-9a-f]+\.\.\.terkini/`).FindString(body)
	if cmp == "" {
		t.Fatalf("the edited page links no comparison:\n%s", body)
	}
	eventually(t, "the comparison page", func() bool {
		code, body := get(t, srv.URL+cmp)
		return code == 200 && strings.Contains(body, "mempraktikkan")
	})
}

// A file saved while the first build runs, after the build read it, is
// rebuilt without a second save.
func TestLiveSaveDuringFirstBuild(t *testing.T) {
	dir := sitetest.WriteArchive(t, filepath.Join("testdata", "site.txtar"))
	svc := New(Options{Dir: dir, Compress: true, DeferVersions: true, Server: true, KeepLastGood: true, Log: io.Discard})
	svc.afterFirstBuild = func() {
		sitetest.Save(t, dir, "content/pelatihan/tiga.md", "---\ntitle: Modul Tiga\nweight: 3\n---\n## Materi\n\nDisimpan selagi situs pertama kali dibangun.\n")
	}
	srv, _ := serveLive(t, svc, ServeOptions{Watch: true})
	eventually(t, "the save made during the first build to be served", func() bool {
		_, body := get(t, srv.URL+"/pelatihan/tiga/")
		return strings.Contains(body, "selagi situs pertama")
	})
}

func TestLiveErrorShownAndCleared(t *testing.T) {
	dir, srv, _ := startLive(t)
	page := srv.URL + "/pelatihan/dua/"
	good := "---\ntitle: Modul Dua\nweight: 2\nlevel: menengah\nduration: 90\nprerequisites: [satu.md]\n---\n## Materi\n\nLanjutan.\n"
	sitetest.Save(t, dir, "content/pelatihan/dua.md", strings.Replace(good, "level: menengah", "level: ahli", 1))
	eventually(t, "the problem panel", func() bool {
		_, body := get(t, page)
		return strings.Contains(body, "content/pelatihan/dua.md:4:8: level: seharusnya salah satu dari dasar, menengah, lanjut; tertulis &#34;ahli&#34;")
	})
	// The rest of the site keeps working meanwhile.
	if code, _ := get(t, srv.URL+"/kebijakan/aturan/"); code != 200 {
		t.Errorf("another page answered %d during the error", code)
	}
	sitetest.Save(t, dir, "content/pelatihan/dua.md", good)
	eventually(t, "the problem panel to clear", func() bool {
		_, body := get(t, page)
		return !strings.Contains(body, "pustaka-problems")
	})
}

// While a file's front matter is broken, its page stays as it last was,
// with the problem panel on top saying so, in the site's language; the
// page comes back as edited once the front matter is fixed.
func TestLiveBrokenFrontMatterKeepsLastGood(t *testing.T) {
	dir, srv, _ := startLive(t)
	page := srv.URL + "/pelatihan/dua/"
	good := "---\ntitle: Modul Dua\nweight: 2\nlevel: menengah\nduration: 90\nprerequisites: [satu.md]\n---\n## Materi\n\nLanjutan.\n"
	// An editor that truncates the file before writing it: the empty
	// file is not taken for the last good version either.
	if err := os.WriteFile(filepath.Join(dir, "content/pelatihan/dua.md"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond) // usually a rebuild of its own (the test holds either way)
	sitetest.Save(t, dir, "content/pelatihan/dua.md", "---\ntitle: Modul Dua\nweight: 2\nlevel: [menengah\nduration: 90\n---\n## Materi\n\nSetengah diketik.\n")
	eventually(t, "the problem panel", func() bool {
		_, body := get(t, page)
		return strings.Contains(body, "pustaka-problems")
	})
	_, body := get(t, page)
	for _, want := range []string{
		"<title>Modul Dua", "Lanjutan.", // the last good page
		`content/pelatihan/dua.md:4:8: YAML tidak sah: kurung yang dibuka di sini tidak pernah ditutup`,
		"<em>(halaman ini menampilkan versi terakhir yang benar sampai kesalahan diperbaiki)</em>",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("page with broken front matter lacks %q:\n%s", want, body)
		}
	}
	if strings.Contains(body, "Setengah diketik") {
		t.Error("the half-typed body is shown")
	}
	if _, list := get(t, srv.URL+"/pelatihan/"); !strings.Contains(list, "Modul Dua") {
		t.Error("the module left the list while its front matter was broken")
	}
	// A second broken save keeps the same last good page.
	sitetest.Save(t, dir, "content/pelatihan/dua.md", "---\ntitle: Modul Dua\nlevel menengah\n---\nLagi.\n")
	eventually(t, "the second error", func() bool {
		_, body := get(t, page)
		return strings.Contains(body, "dua.md:3:1: YAML tidak sah: tidak ada titik dua setelah kunci") && strings.Contains(body, "Lanjutan.") && !strings.Contains(body, "Lagi.")
	})
	// In English for an English site.
	sitetest.Save(t, dir, "config.yaml", "title: Situs Uji\nlang: en\n")
	eventually(t, "the English panel", func() bool {
		_, body := get(t, page)
		return strings.Contains(body, "There are errors in site files") && strings.Contains(body, "(this page shows its last good version until the error is fixed)") &&
			strings.Contains(body, `dua.md:3:1: invalid YAML: no colon after the key in &#34;level menengah&#34;; write key: value`)
	})
	sitetest.Save(t, dir, "content/pelatihan/dua.md", strings.Replace(good, "Lanjutan.", "Lanjutan yang diperbaiki.", 1))
	eventually(t, "the fixed page", func() bool {
		_, body := get(t, page)
		return strings.Contains(body, "Lanjutan yang diperbaiki.") && !strings.Contains(body, "pustaka-problems")
	})
}

func TestLiveNewFolderAndDelete(t *testing.T) {
	dir, srv, _ := startLive(t)
	sitetest.Write(t, dir, "content/panduan/baru/catatan.md", "---\ntitle: Catatan Baru\n---\nIsi catatan.\n")
	eventually(t, "a page in a new folder", func() bool {
		code, _ := get(t, srv.URL+"/panduan/baru/catatan/")
		return code == 200
	})
	if code, body := get(t, srv.URL+"/panduan/baru/"); code != 200 || !strings.Contains(body, "Catatan Baru") {
		t.Errorf("section page of the new folder: %d", code)
	}
	if err := os.RemoveAll(filepath.Join(dir, "content", "panduan")); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the deleted folder's pages to go", func() bool {
		code, _ := get(t, srv.URL+"/panduan/baru/catatan/")
		return code == 404
	})
}

func TestCompareOnRequest(t *testing.T) {
	dir, srv, _ := startLive(t)
	sitetest.Save(t, dir, "content/kebijakan/aturan.md", "---\ntitle: Aturan Pelatihan\nstatus: consultation\nversion: \"2.0\"\ndate: 2026-01-05\ntags: [pelatihan]\nrelated: [../pelatihan/satu.md]\n---\n## Pasal 1\n\nLihat [modul dua](../pelatihan/dua.md#materi) dengan saksama.\n")
	eventually(t, "the second version", func() bool {
		_, body := get(t, srv.URL+"/kebijakan/aturan/")
		return strings.Contains(body, "saksama") && strings.Contains(body, `name="dari"`)
	})
	// The server compares on request, so its pages show the compare form
	// without JavaScript: a plain GET form to /banding/.
	_, page := get(t, srv.URL+"/kebijakan/aturan/")
	if form := regexp.MustCompile(`<form class="compare-any"[^>]*>`).FindString(page); form != `<form class="compare-any" action="/banding/" method="get">` {
		t.Errorf("compare form on a served page: %q, want it shown without JavaScript", form)
	}
	code, body := get(t, srv.URL+"/banding/?dok=/kebijakan/aturan/&dari=1.0&ke=current")
	if code != 200 || !strings.Contains(body, "saksama") || !strings.Contains(body, "<ins") {
		t.Errorf("compare on request: %d\n%s", code, body)
	}
	if code, body := get(t, srv.URL+"/banding/?dok=/kebijakan/aturan/&dari=Draf+IX&ke=current"); code != 400 || !strings.Contains(body, `tidak ada versi "Draf IX"`) {
		t.Errorf("unknown version: %d %s, want 400 in the site's language", code, body)
	}
	// The comparison made on request links to its change matrix, made on
	// request too, which carries the reviewer's notes and links back.
	matrix := "/banding/?dari=1.0&dok=%2Fkebijakan%2Faturan%2F&ke=current&tampil=matriks"
	if !strings.Contains(body, `href="`+strings.ReplaceAll(matrix, "&", "&amp;")+`"`) {
		t.Errorf("the comparison on request links no matrix:\n%s", body)
	}
	sitetest.Write(t, dir, "content/kebijakan/aturan.catatan.yaml", "Pasal 1: Disetujui tanpa catatan.\n")
	code, body = get(t, srv.URL+matrix)
	if code != 200 || !strings.Contains(body, "Disetujui tanpa catatan.") || !strings.Contains(body, "<ins") ||
		!strings.Contains(body, `href="/banding/?dari=1.0&amp;dok=%2Fkebijakan%2Faturan%2F&amp;ke=current"`) {
		t.Errorf("matrix on request: %d\n%s", code, body)
	}
}

// TestLiveNotesChange: saving the reviewer's notes beside a document
// makes its change matrix again, as saving the document would.
func TestLiveNotesChange(t *testing.T) {
	dir, srv, _ := startLive(t)
	sitetest.Save(t, dir, "content/kebijakan/aturan.md", "---\ntitle: Aturan Pelatihan\nstatus: consultation\nversion: \"2.0\"\ndate: 2026-01-05\ntags: [pelatihan]\nrelated: [../pelatihan/satu.md]\n---\n## Pasal 1\n\nLihat [modul dua](../pelatihan/dua.md#materi) dengan saksama.\n")
	var matrix string
	eventually(t, "the comparison with its matrix", func() bool {
		_, body := get(t, srv.URL+"/kebijakan/aturan/")
		cmp := regexp.MustCompile(`/kebijakan/aturan/banding/[^"]+\.\.\.terkini/`).FindString(body)
		if cmp == "" {
			return false
		}
		matrix = srv.URL + cmp + "matriks/"
		code, _ := get(t, matrix)
		return code == 200
	})
	for i, note := range []string{"Disepakati rapat pertama.", "Ditinjau ulang pada rapat kedua."} {
		sitetest.Save(t, dir, "content/kebijakan/aturan.catatan.yaml", "Pasal 1: "+note+"\n")
		eventually(t, fmt.Sprintf("note %d in the matrix", i), func() bool {
			_, body := get(t, matrix)
			return strings.Contains(body, note)
		})
	}
}

// TestWorkingStatesNotPublished edits a module three times while serving:
// serve shows the working states to the person editing, and a build
// afterwards publishes none of them.
func TestWorkingStatesNotPublished(t *testing.T) {
	dir, srv, _ := startLive(t)
	for i := range 3 {
		text := fmt.Sprintf("---\ntitle: Modul Satu\nweight: 1\n---\n## Materi\n\nSuntingan ke-%d.\n", i)
		sitetest.Save(t, dir, "content/pelatihan/satu.md", text)
		eventually(t, fmt.Sprintf("edit %d served", i), func() bool {
			_, body := get(t, srv.URL+"/pelatihan/satu/")
			return strings.Contains(body, fmt.Sprintf("Suntingan ke-%d.", i))
		})
	}
	eventually(t, "the working states listed", func() bool {
		_, body := get(t, srv.URL+"/pelatihan/satu/")
		return strings.Count(body, `class="working"`) >= 2
	})
	out := filepath.Join(t.TempDir(), "public")
	stage, err := site.NewStage(out)
	if err != nil {
		t.Fatal(err)
	}
	svc := New(Options{Dir: dir, Stage: stage, OneShot: true, Log: io.Discard})
	if res := svc.Build(context.Background()); res.Diags.Errors() > 0 {
		t.Fatal(res.Diags)
	}
	if err := stage.Commit(); err != nil {
		t.Fatal(err)
	}
	filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if d != nil && d.IsDir() && (d.Name() == "versi" || d.Name() == "banding") && strings.Contains(p, "satu") {
			t.Errorf("the build published working states: %s", p)
		}
		return nil
	})
	page, err := os.ReadFile(filepath.Join(out, "pelatihan/satu/index.html"))
	if err != nil || strings.Contains(string(page), "versi kerja") || !strings.Contains(string(page), "Suntingan ke-2.") {
		t.Errorf("published page: %v\n%s", err, page)
	}
}

func TestLiveSynonymsFileChange(t *testing.T) {
	dir := sitetest.WriteArchive(t, filepath.Join("testdata", "site.txtar"))
	sitetest.Write(t, dir, "config.yaml", "title: Uji\nsearch:\n  synonyms: data/sinonim.txt\n")
	sitetest.Write(t, dir, "data/sinonim.txt", "# kelompok sinonim\nmodul, bahan ajar\n")
	srv, _ := serveLive(t, New(Options{Dir: dir, Log: io.Discard}), ServeOptions{Watch: true})
	if urls := search(t, srv.URL, "kurikulum"); len(urls) != 0 {
		t.Fatalf("kurikulum found %v before it is a synonym", urls)
	}
	sitetest.Save(t, dir, "data/sinonim.txt", "# kelompok sinonim\nmodul, bahan ajar\nkurikulum, materi\n")
	eventually(t, "the new synonym to work", func() bool {
		return slices.Contains(search(t, srv.URL, "kurikulum"), "/pelatihan/satu/")
	})
}

// With IndexInBackground a new index is filled while the site is already
// served: pages answer at once, searches answer 503 "sedang dibangun"
// with Retry-After until it is ready, and an edit made meanwhile is
// served and indexed after it.
func TestLiveIndexInBackground(t *testing.T) {
	for _, watch := range []bool{true, false} {
		t.Run(fmt.Sprintf("watch=%v", watch), func(t *testing.T) {
			dir := sitetest.WriteArchive(t, filepath.Join("testdata", "site.txtar"))
			var log sitetest.Log
			svc := New(Options{Dir: dir, Compress: true, DeferVersions: true, Log: &log})
			release := make(chan struct{})
			svc.beforeFirstIndex = func() { <-release }
			srv, _ := serveLive(t, svc, ServeOptions{Watch: watch, IndexInBackground: true})
			if code, body := get(t, srv.URL+"/pelatihan/tiga/"); code != 200 || !strings.Contains(body, "Penutup") {
				t.Fatalf("page while indexing: %d", code)
			}
			resp, err := http.Get(srv.URL + "/api/search?q=pelatihan")
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 503 || resp.Header.Get("Retry-After") == "" || !strings.Contains(string(body), "sedang dibangun") {
				t.Errorf("search while indexing: %d %q %s", resp.StatusCode, resp.Header.Get("Retry-After"), body)
			}
			if watch {
				sitetest.Save(t, dir, "content/pelatihan/tiga.md", "---\ntitle: Modul Tiga\nweight: 3\nlevel: lanjut\nduration: 45\n---\n## Materi\n\nPeserta mempraktikkan penyusunan laporan kinerja.\n")
			}
			close(release)
			eventually(t, "the index", func() bool {
				code, _ := get(t, srv.URL+"/api/search?q=pelatihan")
				return code == 200
			})
			if urls := search(t, srv.URL, "pelatihan"); len(urls) == 0 {
				t.Error("no hits once the index is ready")
			}
			if watch {
				eventually(t, "the edit made while indexing to be searchable", func() bool {
					urls := search(t, srv.URL, "praktik")
					return len(urls) > 0 && urls[0] == "/pelatihan/tiga/"
				})
			}
			if !strings.Contains(log.String(), "indeks pencarian siap") {
				t.Errorf("log: %s", log.String())
			}
		})
	}
}

// A commit made while serving shows in the version lists: git's files
// are not watched, so the server looks for a new commit every gitPoll
// and then reads the git history again. Here the commit holds the state
// being served (2.0), and the next edit (3.0) makes it a version of its
// own, which must carry the commit's author (a state only the server's
// own store recorded has none).
func TestLiveNewCommitShown(t *testing.T) {
	dir, git := gitSite(t)
	var log sitetest.Log
	svc := New(Options{Dir: dir, Compress: true, DeferVersions: true, Log: &log})
	svc.gitPoll = 20 * time.Millisecond
	srv, _ := serveLive(t, svc, ServeOptions{Watch: true})
	page := srv.URL + "/kebijakan/aturan/"
	if _, body := get(t, page); !strings.Contains(body, "Sekretaris Kecamatan") || strings.Contains(body, "Kepala Seksi Umum") {
		t.Fatalf("versions before the commit:\n%s", body)
	}
	git("Kepala Seksi Umum", "commit", "-q", "-am", "Versi kedua")
	sitetest.Save(t, dir, "content/kebijakan/aturan.md", "---\ntitle: Aturan Pelatihan\nstatus: approved\nversion: \"3.0\"\ndate: 2026-03-05\ntags: [pelatihan]\nrelated: [../pelatihan/satu.md]\n---\n## Pasal 1\n\nLihat [modul dua](../pelatihan/dua.md#materi) segera dan teliti.\n")
	eventually(t, "the commit's version with its author", func() bool {
		_, body := get(t, page)
		return strings.Contains(body, "Kepala Seksi Umum") && strings.Contains(body, "3.0")
	})
	if !strings.Contains(log.String(), "riwayat versi 1 dokumen dibaca ulang") {
		t.Errorf("log: %s, want the one committed document read again", log.String())
	}
}

// A commit made after the build read the git history and before the
// server looks for commits (here while the first index is filled) is
// not missed: the server starts from the commit the build read. It
// looked at the repository only once the index was filled, took that
// commit for the one the pages showed, and showed it only after the
// next commit. The commit holds the file the build read, which the
// build recorded first: when the commit fell in a later second than the
// file's time (one run in ten), the version list kept the recorded
// state's authorless current version, cached by IDs and dates.
func TestLiveCommitWhileStarting(t *testing.T) {
	dir, _ := gitSite(t)
	svc := New(Options{Dir: dir})
	svc.gitPoll = 20 * time.Millisecond
	svc.beforeFirstIndex = func() {
		// Dated a second later than the file, always.
		later := time.Now().Add(2 * time.Second).Format(time.RFC3339)
		sitetest.Git(t, dir, "Kepala Seksi Umum", later, "commit", "-q", "-am", "Versi kedua")
	}
	srv, _ := serveLive(t, svc, ServeOptions{Watch: true, IndexInBackground: true})
	eventually(t, "the version committed while the server started", func() bool {
		_, body := get(t, srv.URL+"/kebijakan/aturan/")
		return strings.Contains(body, "Kepala Seksi Umum")
	})
}

// gitSite returns the test site in a git repository whose first commit,
// by the Sekretaris Kecamatan, holds version 1.0 of the policy
// kebijakan/aturan.md, whose file is at 2.0, not committed; and a
// function that runs git there as an author. It skips the test without
// git.
func gitSite(t *testing.T) (string, func(author string, args ...string)) {
	t.Helper()
	sitetest.NeedGit(t)
	dir := sitetest.WriteArchive(t, filepath.Join("testdata", "site.txtar"))
	git := func(author string, args ...string) { t.Helper(); sitetest.Git(t, dir, author, "", args...) }
	git("Sekretaris Kecamatan", "init", "-q", "-b", "main")
	git("Sekretaris Kecamatan", "add", "content")
	git("Sekretaris Kecamatan", "commit", "-q", "-m", "Versi pertama")
	sitetest.Write(t, dir, "content/kebijakan/aturan.md", "---\ntitle: Aturan Pelatihan\nstatus: approved\nversion: \"2.0\"\ndate: 2026-02-05\ntags: [pelatihan]\nrelated: [../pelatihan/satu.md]\n---\n## Pasal 1\n\nLihat [modul dua](../pelatihan/dua.md#materi) segera.\n")
	return dir, git
}

// Saving config.yaml while content files change: the watcher decides
// which paths matter while the rebuild goroutine loads new settings, so
// it must read a snapshot of the rules, never the site. Under -race (as
// CI runs this package) a shared read fails the test. The saves toggle
// the synonyms file in and out of the rules, and new files make the
// watcher ask the rules about paths it has not seen.
func TestLiveConfigSavesDuringEdits(t *testing.T) {
	dir := sitetest.WriteArchive(t, filepath.Join("testdata", "site.txtar"))
	sitetest.Write(t, dir, "sinonim.txt", "modul, bahan ajar\n")
	srv, _ := serveLive(t, New(Options{Dir: dir, Compress: true, DeferVersions: true, Log: io.Discard}), ServeOptions{Watch: true})
	const saves = 6
	for i := range saves {
		search := ""
		if i%2 == 1 {
			search = "search:\n  synonyms: sinonim.txt\n"
		}
		sitetest.Save(t, dir, "config.yaml", fmt.Sprintf("title: Situs Uji %d\n%s", i, search))
		sitetest.Save(t, dir, "content/pelatihan/tiga.md", fmt.Sprintf("---\ntitle: Modul Tiga\nweight: 3\nlevel: lanjut\nduration: 45\n---\n## Materi\n\nRevisi ke-%d.\n", i))
		sitetest.Write(t, dir, fmt.Sprintf("content/catatan/c%d.md", i), fmt.Sprintf("---\ntitle: Catatan %d\n---\nIsi.\n", i))
		sitetest.Save(t, dir, "sinonim.txt", fmt.Sprintf("# simpanan ke-%d\nmodul, bahan ajar\nkurikulum, materi\n", i))
		time.Sleep(time.Duration(i%4) * 10 * time.Millisecond) // land in the middle of a rebuild, or not
	}
	last := saves - 1
	eventually(t, "the last saves to be served", func() bool {
		_, body := get(t, srv.URL+"/pelatihan/tiga/")
		_, note := get(t, fmt.Sprintf("%s/catatan/c%d/", srv.URL, last))
		return strings.Contains(body, fmt.Sprintf("Revisi ke-%d.", last)) && strings.Contains(body, fmt.Sprintf("Situs Uji %d", last)) &&
			strings.Contains(note, fmt.Sprintf("Catatan %d", last))
	})
	// The last config names the synonyms file: its last group works.
	eventually(t, "the last synonyms to work", func() bool {
		return slices.Contains(search(t, srv.URL, "kurikulum"), "/pelatihan/tiga/")
	})
}

// The rules the watcher gets name the site's config file (wherever
// Options.ConfigFile puts it) and its search data files, even outside
// the source folders, and nothing else outside them.
func TestSourceRules(t *testing.T) {
	dir := sitetest.WriteArchive(t, filepath.Join("testdata", "site.txtar"))
	sitetest.Write(t, dir, "conf/situs.yaml", "title: Uji\nsearch:\n  synonyms: kamus/sinonim.txt\n")
	sitetest.Write(t, dir, "kamus/sinonim.txt", "modul, bahan ajar\n")
	svc := New(Options{Dir: dir, ConfigFile: filepath.Join(dir, "conf", "situs.yaml"), NoIndex: true, ReadOnly: true, Log: io.Discard})
	svc.Build(context.Background())
	r := svc.sourceRules()
	for rel, want := range map[string]bool{
		"conf/situs.yaml":        false,
		"conf":                   false,
		"kamus/sinonim.txt":      false,
		"kamus/lain.txt":         true,
		"config.yaml":            true,
		"content/pelatihan/x.md": false,
		"README.md":              true,
	} {
		if got := r.Ignored(rel); got != want {
			t.Errorf("Ignored(%q) = %v, want %v", rel, got, want)
		}
	}
}

// TestLiveSurveyData: saving a guide's CSV of survey answers in serve
// updates its report; a mistake in it shows in the problem panel at
// file:line:col while the last good report stays. The CSV makes the
// guide's folder, and the guide is saved into it at once: the watcher
// once lost a guide saved between its scan of the new folder and the
// watch on it (watch.TestFileBetweenScanAndWatch).
func TestLiveSurveyData(t *testing.T) {
	dir, srv, _ := startLive(t)
	const head = "U1;U2;U3;U4;U5;U6;U7;U8;U9\n"
	sitetest.Write(t, dir, "content/evaluasi/skm.csv", head+"4;4;4;4;4;4;4;4;4\n")
	sitetest.Save(t, dir, "content/evaluasi/skm.md", "---\ntitle: SKM\nsurvei: {data: skm.csv, periode: Semester I 2026}\n---\nIsi.\n")
	page := srv.URL + "/evaluasi/skm/"
	eventually(t, "the report", func() bool {
		_, body := get(t, page)
		return strings.Contains(body, "<strong>100,00</strong>")
	})
	sitetest.Save(t, dir, "content/evaluasi/skm.csv", head+"4;4;4;4;4;4;4;4;4\n1;1;1;1;1;1;1;1;1\n")
	eventually(t, "the new answers in the report", func() bool {
		_, body := get(t, page)
		return strings.Contains(body, "<strong>62,50</strong>")
	})
	sitetest.Save(t, dir, "content/evaluasi/skm.csv", head+"4;4;4;4;4;4;4;4;4\n1;1;1;1;1;1;1;1;1\n4;4;4;4;4;4;4;4;0\n")
	eventually(t, "the problem panel", func() bool {
		_, body := get(t, page)
		return strings.Contains(body, "content/evaluasi/skm.csv:4:17: U9: seharusnya 1, 2, 3 atau 4; tertulis &#34;0&#34;") && strings.Contains(body, "<strong>62,50</strong>")
	})
	if code, _ := get(t, srv.URL+"/evaluasi/skm.csv"); code != 404 {
		t.Errorf("the answers are served: %d", code)
	}
}

// The site gets the kind of each change the watcher found out.
func TestChanges(t *testing.T) {
	got := changes([]watch.Event{{Path: "a.md", Op: watch.Create}, {Path: "b.md", Op: watch.Write}, {Path: "c.md", Op: watch.Remove}, {Path: "d.md", Op: watch.Rename}})
	want := []site.Change{{Path: "a.md", Op: site.Written}, {Path: "b.md", Op: site.Written}, {Path: "c.md", Op: site.Removed}, {Path: "d.md", Op: site.Removed}}
	if !slices.Equal(got, want) {
		t.Errorf("changes = %v, want %v", got, want)
	}
}
