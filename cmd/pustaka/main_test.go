package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/tubei/pustaka/internal/sitetest"
)

var binary string

// TestMain builds the pustaka binary once; the tests run it as a user does.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "pustaka-cli-")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "pustaka")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		panic(string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// pustaka runs the binary in dir and returns stdout, stderr and the exit
// code. The environment chooses no language: messages speak the site's.
func pustaka(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	return pustakaEnv(t, dir, nil, args...)
}

// pustakaEnv runs the binary as pustaka does, with the variables env
// ("PUSTAKA_LANG=en") added to the environment.
func pustakaEnv(t *testing.T, dir string, env []string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PUSTAKA_LANG=", "LC_ALL=", "LC_MESSAGES=", "LANG=C")
	cmd.Env = append(cmd.Env, env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return stdout.String(), stderr.String(), code
}

func sample(t *testing.T) string {
	return sitetest.WriteArchive(t, filepath.Join("..", "..", "internal", "site", "testdata", "rebuild.txtar"))
}

func TestHelp(t *testing.T) {
	out, _, code := pustaka(t, t.TempDir(), "--help")
	if code != 0 || !strings.Contains(out, "build") || !strings.Contains(out, "serve") || !strings.Contains(out, "diff") {
		t.Errorf("--help: exit %d\n%s", code, out)
	}
	for _, c := range commands {
		out, _, code := pustaka(t, t.TempDir(), c.name, "--help")
		if code != 0 || !strings.Contains(out, "pemakaian: pustaka "+c.name) {
			t.Errorf("%s --help: exit %d\n%s", c.name, code, out)
		}
	}
	if _, _, code := pustaka(t, t.TempDir(), "bangun"); code != 2 {
		t.Errorf("unknown command: exit %d, want 2", code)
	}
}

func TestBuild(t *testing.T) {
	dir := sample(t)
	_, errOut, code := pustaka(t, dir, "build")
	if code != 0 {
		t.Fatalf("build: exit %d\n%s", code, errOut)
	}
	if !strings.Contains(errOut, "5 halaman (1 kebijakan, 3 pelatihan, 1 halaman lain)") || !strings.Contains(errOut, "0 kesalahan") {
		t.Errorf("summary line: %s", errOut)
	}
	for _, f := range []string{"public/index.html", "public/pelatihan/dua/index.html", "public/sitemap.xml", "public/feed.xml", "public/robots.txt", "public/404.html", "public/css/site.css"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Error(err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, ".pustaka", "index")); err != nil {
		t.Errorf("no search index beside the output: %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "public/index.html")); bytes.Contains(b, []byte("livereload")) {
		t.Error("build output carries the live-reload script")
	}
}

func TestBuildErrorsLeaveOutputAlone(t *testing.T) {
	dir := sample(t)
	if _, errOut, code := pustaka(t, dir, "build"); code != 0 {
		t.Fatal(errOut)
	}
	before, _ := os.ReadFile(filepath.Join(dir, "public/index.html"))
	sitetest.Write(t, dir, "content/kebijakan/aturan.md", "---\ntitle: Aturan\nstatus: aprove\n---\nIsi.\n")
	_, errOut, code := pustaka(t, dir, "build")
	if code != 1 {
		t.Fatalf("build with an error: exit %d, want 1", code)
	}
	if !strings.Contains(errOut, `content/kebijakan/aturan.md:3:9: status: seharusnya salah satu dari draft, consultation, approved, revoked; tertulis "aprove"`) {
		t.Errorf("error not named with file:line:col:\n%s", errOut)
	}
	after, _ := os.ReadFile(filepath.Join(dir, "public/index.html"))
	if !bytes.Equal(before, after) {
		t.Error("a failed build changed public/")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".public") {
			t.Errorf("staging folder %s left behind", e.Name())
		}
	}
}

// TestBuildStopsWritesNothing: a first build that stops on errors leaves
// no output, no history and no index behind; a broken link alone is a
// warning unless --strict.
func TestBuildStopsWritesNothing(t *testing.T) {
	dir := sitetest.WriteArchive(t, filepath.Join("testdata", "broken.txtar"))
	if _, errOut, code := pustaka(t, dir, "build"); code != 1 || !strings.Contains(errOut, "1 tautan rusak, 2 peringatan lain, 1 kesalahan") {
		t.Fatalf("build: exit %d, want 1\n%s", code, errOut)
	}
	for _, name := range []string{"public", ".pustaka"} {
		if _, err := os.Stat(filepath.Join(dir, name)); !os.IsNotExist(err) {
			t.Errorf("a build that stopped made %s (%v)", name, err)
		}
	}
	sitetest.Write(t, dir, "content/kebijakan/x.md", "---\ntitle: Kebijakan X\n---\nLihat [modul](../pelatihan/dasr.md).\n")
	_, errOut, code := pustaka(t, dir, "build", "--strict")
	if code != 1 || !strings.Contains(errOut, `content/kebijakan/x.md:4:7: tautan ../pelatihan/dasr.md: dokumen "../pelatihan/dasr.md" tidak ada; mungkin maksudnya ../pelatihan/dasar.md?`) || !strings.Contains(errOut, "1 kesalahan (1 tautan rusak)") {
		t.Errorf("build --strict: exit %d, want 1\n%s", code, errOut)
	}
	_, errOut, code = pustaka(t, dir, "build")
	if code != 0 || !strings.Contains(errOut, "x.md:4:7: peringatan: tautan") || !strings.Contains(errOut, "1 tautan rusak, 1 peringatan lain, 0 kesalahan") {
		t.Errorf("build: exit %d, want 0\n%s", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, ".pustaka", "history", "logs")); err != nil {
		t.Errorf("a build that published recorded no versions: %v", err)
	}
	// Without baseURL the sitemap still has absolute URLs, with a warning.
	if b, _ := os.ReadFile(filepath.Join(dir, "public", "sitemap.xml")); !strings.Contains(string(b), "<loc>http://localhost:8080/kebijakan/x/</loc>") || !strings.Contains(errOut, "config.yaml: peringatan: baseURL belum diisi") {
		t.Errorf("sitemap without baseURL:\n%s\n%s", b, errOut)
	}
}

func TestCheck(t *testing.T) {
	dir := sitetest.WriteArchive(t, filepath.Join("testdata", "broken.txtar"))
	_, errOut, code := pustaka(t, dir, "check")
	if code != 1 {
		t.Fatalf("check: exit %d, want 1", code)
	}
	for _, want := range []string{
		`content/kebijakan/x.md:3:1: peringatan: kunci "stauts" tidak dikenal; mungkin maksudnya "status"?`,
		`content/kebijakan/x.md:4:9: status: seharusnya salah satu dari draft, consultation, approved, revoked; tertulis "aprove"`,
		`content/kebijakan/x.md:9:7: tautan ../pelatihan/tidak-ada.md: dokumen "../pelatihan/tidak-ada.md" tidak ada`,
		"2 kesalahan (1 tautan rusak)",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("check output lacks %q:\n%s", want, errOut)
		}
	}
	// In English when the environment asks for it.
	_, errOut, _ = pustakaEnv(t, dir, []string{"LANG=en_US.UTF-8"}, "check")
	for _, want := range []string{
		`content/kebijakan/x.md:3:1: warning: unknown key "stauts"; did you mean "status"?`,
		`content/kebijakan/x.md:4:9: status: want one of draft, consultation, approved, revoked; got "aprove"`,
		`content/kebijakan/x.md:9:7: link ../pelatihan/tidak-ada.md: no such document "../pelatihan/tidak-ada.md"`,
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("check output (LANG=en_US.UTF-8) lacks %q:\n%s", want, errOut)
		}
	}
	// An English site speaks English, the summary too, unless the
	// environment asks for Indonesian.
	sitetest.Write(t, dir, "config.yaml", "lang: en\n")
	_, errOut, _ = pustaka(t, dir, "check")
	for _, want := range []string{
		`content/kebijakan/x.md:3:1: warning: unknown key "stauts"; did you mean "status"?`,
		"by kind: key 1, link 1, value 1; 1 files", "2 pages (1 policy, 1 training module), 1 warning, 2 errors (1 broken link)",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("check output (lang: en) lacks %q:\n%s", want, errOut)
		}
	}
	if _, errOut, _ = pustakaEnv(t, dir, []string{"LANG=id_ID.UTF-8"}, "check"); !strings.Contains(errOut, "2 kesalahan (1 tautan rusak)") {
		t.Errorf("check output (lang: en, LANG=id_ID.UTF-8) is not Indonesian:\n%s", errOut)
	}
	os.Remove(filepath.Join(dir, "config.yaml"))
	if _, err := os.Stat(filepath.Join(dir, "public")); !os.IsNotExist(err) {
		t.Error("check wrote output")
	}
	// The migration report: every problem grouped by file and kind.
	out, _, code := pustaka(t, dir, "check", "--json", "--report", "laporan.html")
	var r struct {
		Errors, Warnings int
		Kinds            map[string]int
		Files            []struct {
			Path     string
			Kinds    map[string]int
			Problems []struct{ Line, Col int }
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil || code != 1 {
		t.Fatalf("check --json: exit %d, %v\n%s", code, err, out)
	}
	if r.Errors != 2 || r.Warnings != 1 || r.Kinds["link"] != 1 || r.Kinds["value"] != 1 || r.Kinds["key"] != 1 ||
		len(r.Files) != 1 || r.Files[0].Path != "content/kebijakan/x.md" || len(r.Files[0].Problems) != 3 || r.Files[0].Problems[0].Line != 3 {
		t.Errorf("report: %+v", r)
	}
	page, err := os.ReadFile(filepath.Join(dir, "laporan.html"))
	if err != nil || !strings.Contains(string(page), "<h1>Laporan migrasi</h1>") || !strings.Contains(string(page), "content/kebijakan/x.md (") {
		t.Errorf("HTML report: %v\n%s", err, page)
	}
}

// TestCheckPrintsTwenty: check prints the first 20 problems, how many
// more there are, and the counts by kind.
func TestCheckPrintsTwenty(t *testing.T) {
	dir := sitetest.WriteArchive(t, filepath.Join("testdata", "broken.txtar"))
	var b strings.Builder
	b.WriteString("---\ntitle: Banyak\n---\n")
	for i := range 30 {
		fmt.Fprintf(&b, "[tautan %d](hilang-%d.md)\n\n", i, i)
	}
	sitetest.Write(t, dir, "content/banyak.md", b.String())
	_, errOut, _ := pustaka(t, dir, "check")
	if n := strings.Count(errOut, "\n"); n != 23 || !strings.Contains(errOut, "… dan 13 masalah lain") || !strings.Contains(errOut, "per jenis: link 31, key 1, value 1; 2 berkas") {
		t.Errorf("check printed %d lines:\n%s", n, errOut)
	}
}

func TestNew(t *testing.T) {
	dir := sample(t)
	for _, typ := range []string{"policy", "training", "evaluation"} {
		out, errOut, code := pustaka(t, dir, "new", typ, "dokumen-baru-"+typ)
		if code != 0 {
			t.Fatalf("new %s: exit %d %s", typ, code, errOut)
		}
		if !strings.HasSuffix(strings.TrimSpace(out), ".md") {
			t.Errorf("new %s printed %q", typ, out)
		}
	}
	// The Indonesian names of the folders work as well.
	for typ, folder := range map[string]string{"kebijakan": "kebijakan", "pelatihan": "pelatihan", "evaluasi": "evaluasi"} {
		out, errOut, code := pustaka(t, dir, "new", typ, "dokumen-"+typ)
		if code != 0 || !strings.Contains(out, filepath.Join("content", folder, "dokumen-"+typ+".md")) {
			t.Errorf("new %s: exit %d, printed %q %s", typ, code, out, errOut)
		}
	}
	if _, errOut, code := pustaka(t, dir, "new", "policy", "dokumen-baru-policy"); code == 0 || !strings.Contains(errOut, "dokumen-baru-policy.md sudah ada; tidak ditimpa") {
		t.Errorf("new over an existing file: exit %d %s", code, errOut)
	}
	if _, errOut, code := pustakaEnv(t, dir, []string{"PUSTAKA_LANG=en"}, "new", "policy", "dokumen-baru-policy"); code == 0 || !strings.Contains(errOut, "dokumen-baru-policy.md already exists; not overwritten") {
		t.Errorf("new over an existing file (PUSTAKA_LANG=en): exit %d %s", code, errOut)
	}
	// Every skeleton passes validation.
	if _, errOut, code := pustaka(t, dir, "check"); code != 0 {
		t.Errorf("check after new: exit %d\n%s", code, errOut)
	}
}

func TestSearchAndAnalyze(t *testing.T) {
	dir := sample(t)
	out, errOut, code := pustaka(t, dir, "search", "--json", "pengantar")
	if code != 0 {
		t.Fatalf("search: exit %d %s", code, errOut)
	}
	var r struct {
		Total int `json:"total"`
		Hits  []struct {
			URL, Title, Type string
			Score            float64
			Fragments        []string
			Sections         []struct{ Anchor, Heading, Fragment string }
		} `json:"hits"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("search --json: %v\n%s", err, out)
	}
	if r.Total < 1 || r.Hits[0].URL != "/pelatihan/satu/" || r.Hits[0].Type != "training" || len(r.Hits[0].Fragments) == 0 || len(r.Hits[0].Sections) == 0 {
		t.Errorf("search pengantar: %+v", r)
	}
	// The text output lists the page's sections under it, each with its
	// fragment marked «so», as it was cut (with its own "…"), on one line.
	sec := r.Hits[0].Sections[0]
	frag := strings.NewReplacer("<mark>", "«", "</mark>", "»").Replace(html.UnescapeString(sec.Fragment))
	frag = strings.Join(strings.Fields(frag), " ")
	out, errOut, code = pustaka(t, dir, "search", "pengantar")
	if code != 0 || !strings.Contains(out, "\n   § "+sec.Heading+"  #"+sec.Anchor+"\n     "+frag+"\n") {
		t.Errorf("search: exit %d %s\nwant the section and %q in\n%s", code, errOut, frag, out)
	}
	out, _, code = pustaka(t, dir, "analyze", "Pelatihan", "dilatih", "melatih")
	if code != 0 || out != "latih\nlatih\nlatih\n" {
		t.Errorf("analyze: exit %d %q", code, out)
	}
}

func TestDiff(t *testing.T) {
	dir := sample(t)
	if _, errOut, code := pustaka(t, dir, "build", "--no-index"); code != 0 {
		t.Fatal(errOut)
	}
	editAturan(t, dir)
	out, errOut, code := pustaka(t, dir, "diff", "content/kebijakan/aturan.md")
	if code != 0 || !strings.Contains(out, "dua {+segera+}.") || !strings.Contains(out, "1.0") {
		t.Errorf("diff: exit %d\n%s%s", code, out, errOut)
	}
	// Hunks: with no context the changed paragraph alone, under its section.
	if out, _, code := pustaka(t, dir, "diff", "--context", "0", "content/kebijakan/aturan.md"); code != 0 || !strings.Contains(out, "@@ Pasal 1 @@\nLihat modul dua {+segera+}.\n") || strings.Contains(out, "## Pasal 1") {
		t.Errorf("diff --context 0: exit %d\n%s", code, out)
	}
	if out, _, code := pustaka(t, dir, "diff", "--context", "-1", "content/kebijakan/aturan.md"); code != 0 || strings.Contains(out, "@@") || !strings.Contains(out, "## Pasal 1\nLihat") {
		t.Errorf("diff --context -1: exit %d\n%s", code, out)
	}
	out, _, code = pustaka(t, dir, "diff", "--format", "json", "content/kebijakan/aturan.md", "1.0", "2.0")
	if code != 0 || !json.Valid([]byte(out)) {
		t.Errorf("diff --format json: exit %d %s", code, out)
	}
	if _, errOut, code := pustaka(t, dir, "diff", "content/kebijakan/aturan.md", "Draf IX"); code == 0 || !strings.Contains(errOut, `tidak ada versi "Draf IX"; versi yang ada: "1.0"`) {
		t.Errorf("diff with an unknown version: exit %d %s", code, errOut)
	}
	// The change matrix with the reviewer's notes: as a table, as CSV for
	// spreadsheets; a note on a Pasal that is gone is a warning.
	if err := os.WriteFile(filepath.Join(dir, "content/kebijakan/aturan.catatan.yaml"), []byte("Pasal 1: Disetujui.\nPasal 9: Lama.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code = pustaka(t, dir, "diff", "--format", "matrix", "--width", "100", "content/kebijakan/aturan.md")
	if code != 0 || !strings.Contains(out, "| Rumusan 1.0") || !strings.Contains(out, "| diubah:") || !strings.Contains(out, "| Disetujui.") || !strings.Contains(out, "{+segera+}") ||
		!strings.Contains(errOut, "aturan.catatan.yaml:2:1: peringatan: catatan untuk \"Pasal 9\"") {
		t.Errorf("diff --format matrix: exit %d\n%s%s", code, out, errOut)
	}
	out, _, code = pustaka(t, dir, "diff", "--format", "matrix-csv", "content/kebijakan/aturan.md")
	if code != 0 || !strings.HasPrefix(out, "\ufeffNo,Pasal,Rumusan 1.0,Rumusan 2.0,Keterangan\r\n1,Pasal 1,") {
		t.Errorf("diff --format matrix-csv: exit %d\n%q", code, out)
	}
	out, _, code = pustaka(t, dir, "diff", "--format", "html", "content/kebijakan/aturan.md")
	if code != 0 || !strings.HasPrefix(out, "<!doctype html>") || !strings.Contains(out, "<style>") || !strings.Contains(out, "<ins title=\"ditambahkan\">segera</ins>") {
		t.Errorf("diff --format html is not a standalone page: exit %d\n%s", code, out)
	}
	// The table in the terminal speaks the reader's language; the files
	// to pass on (CSV, HTML) the document's, as its pages on the site.
	out, _, _ = pustakaEnv(t, dir, []string{"PUSTAKA_LANG=en"}, "diff", "--format", "matrix", "--width", "100", "content/kebijakan/aturan.md")
	if !strings.Contains(out, "| Wording 1.0") || !strings.Contains(out, "| Remarks") {
		t.Errorf("diff --format matrix, PUSTAKA_LANG=en: not English\n%s", out)
	}
	if out, _, _ = pustakaEnv(t, dir, []string{"PUSTAKA_LANG=en"}, "diff", "--format", "matrix-csv", "content/kebijakan/aturan.md"); !strings.HasPrefix(out, "\ufeffNo,Pasal,Rumusan 1.0") {
		t.Errorf("diff --format matrix-csv of an Indonesian document, PUSTAKA_LANG=en: %q", out)
	}
	sitetest.Write(t, dir, "config.yaml", "lang: en\n")
	if out, _, _ = pustaka(t, dir, "diff", "--format", "matrix-csv", "content/kebijakan/aturan.md"); !strings.HasPrefix(out, "\ufeffNo,Article,Wording 1.0,Wording 2.0,Remarks\r\n") {
		t.Errorf("diff --format matrix-csv, lang: en: %q", out)
	}
	if out, _, _ = pustaka(t, dir, "diff", "--format", "html", "content/kebijakan/aturan.md"); !strings.Contains(out, `<html lang="en">`) || !strings.Contains(out, "Version comparison") {
		t.Errorf("diff --format html, lang: en:\n%s", out)
	}
}

// editAturan records version 2.0 of the sample's policy, which adds a
// word to version 1.0, with a build.
func editAturan(t *testing.T, dir string) {
	t.Helper()
	sitetest.Write(t, dir, "content/kebijakan/aturan.md", "---\ntitle: Aturan Pelatihan\nstatus: approved\nversion: \"2.0\"\ndate: 2026-01-05\ntags: [pelatihan]\nrelated: [../pelatihan/satu.md]\n---\n## Pasal 1\n\nLihat [modul dua](../pelatihan/dua.md#materi) segera.\n")
	if _, errOut, code := pustaka(t, dir, "build", "--no-index"); code != 0 {
		t.Fatal(errOut)
	}
}

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// bigRegulation is a regulation of about size bytes: BAB, Pasal and Ayat,
// with a link to a Pasal of its own that does not exist.
func bigRegulation(size int) string {
	var b strings.Builder
	b.WriteString("---\ntitle: Peraturan Besar\n---\n")
	for bab, pasal := 1, 1; b.Len() < size; bab++ {
		fmt.Fprintf(&b, "## BAB %d Ketentuan\n\n", bab)
		for i := 0; i < 5; i++ {
			fmt.Fprintf(&b, "### Pasal %d\n\n(1) Pegawai aparatur sipil negara di kecamatan melaksanakan pelatihan dan pengembangan kompetensi sebagaimana dimaksud dalam Pasal %d.\n\n", pasal, max(pasal-1, 1))
			pasal++
		}
	}
	b.WriteString("Lihat [Pasal 99999](#pasal-99999).\n")
	return b.String()
}

// TestMigratedCorpus builds testdata/migrate.txtar plus a 2 MB regulation:
// warnings (golden), a build; with --strict, errors and nothing written.
func TestMigratedCorpus(t *testing.T) {
	dir := sitetest.WriteArchive(t, filepath.Join("testdata", "migrate.txtar"))
	sitetest.Write(t, dir, "content/regulasi/besar.md", bigRegulation(2<<20))
	timing := regexp.MustCompile(`[0-9.]+ ms`)
	_, errOut, code := pustaka(t, dir, "build", "--no-index")
	got := timing.ReplaceAllString(errOut, "N ms")
	_, strictOut, strictCode := pustaka(t, dir, "build", "--no-index", "--strict", "--out", "public-strict")
	got += "-- build --strict (exit " + strconv.Itoa(strictCode) + ") --\n" + timing.ReplaceAllString(strictOut, "N ms")
	sitetest.Write(t, dir, "content/panduan/catatan.md", "---\n\nCatatan yang diawali garis horizontal, tanpa baris kosong.\n")
	_, ruleOut, ruleCode := pustaka(t, dir, "build", "--no-index", "--out", "public-rule")
	got += "-- a file opening with a rule (exit " + strconv.Itoa(ruleCode) + ") --\n" + timing.ReplaceAllString(ruleOut, "N ms")
	// The same problems in English, as the environment may ask.
	_, enOut, _ := pustakaEnv(t, dir, []string{"PUSTAKA_LANG=en"}, "build", "--no-index", "--strict", "--out", "public-en")
	for name, out := range map[string]string{"migrate.golden": got, "migrate.en.golden": timing.ReplaceAllString(enOut, "N ms")} {
		golden := filepath.Join("testdata", name)
		if *update {
			os.WriteFile(golden, []byte(out), 0o644)
		}
		want, _ := os.ReadFile(golden)
		if out != string(want) {
			t.Errorf("output differs from %s (go test -run TestMigratedCorpus -update):\n%s", golden, out)
		}
	}
	if code != 0 || strictCode != 1 || ruleCode != 1 {
		t.Errorf("exit codes: build %d (want 0), --strict %d (want 1), rule %d (want 1)", code, strictCode, ruleCode)
	}
	page, err := os.ReadFile(filepath.Join(dir, "public", "panduan", "pengenalan", "index.html"))
	if err != nil || !strings.Contains(string(page), `id="apa-itu"`) || strings.Count(string(page), `class="broken-link"`) != 3 {
		t.Errorf("pengenalan: MDX id or the 3 broken links not marked (%v)", err)
	}
	// Over markdown.large (256 KB): the contents at the top, compact.
	big, err := os.ReadFile(filepath.Join(dir, "public", "regulasi", "besar", "index.html"))
	if i, j := bytes.Index(big, []byte(`<nav class="toc toc-large"`)), bytes.Index(big, []byte(`id="isi"`)); err != nil || i < 0 || j < i ||
		!bytes.Contains(big, []byte(`<p class="toc-run">Pasal <a href="#pasal-1" aria-label="Pasal 1">1</a>`)) {
		t.Errorf("the 2 MB regulation: no compact contents before its text (%v)", err)
	}
	for _, out := range []string{"public-strict", "public-rule"} {
		if _, err := os.Stat(filepath.Join(dir, out)); !os.IsNotExist(err) {
			t.Errorf("a build that stopped wrote %s", out)
		}
	}
}

// TestConfigProblems: each mistake of config.yaml is a problem of its
// own at its line and column, in the terminal, in check --json and in
// a command that only reads the configuration.
func TestConfigProblems(t *testing.T) {
	dir := sitetest.WriteArchive(t, filepath.Join("testdata", "broken.txtar"))
	sitetest.Write(t, dir, "config.yaml", "title: Uji\ntitel: x\nlang: fr\nmarkdown:\n  tocMin: banyak\n")
	_, errOut, code := pustaka(t, dir, "check")
	for _, want := range []string{
		`config.yaml:2:1: kunci "titel" tidak dikenal`,
		`config.yaml:3:7: lang: seharusnya salah satu dari id, en; tertulis "fr"`,
		`config.yaml:5:11: markdown.tocMin: seharusnya bilangan bulat`,
	} {
		if code != 1 || !strings.Contains(errOut, "\n"+want+"\n") && !strings.HasPrefix(errOut, want+"\n") {
			t.Errorf("check: exit %d, output lacks the line %q:\n%s", code, want, errOut)
		}
	}
	out, _, _ := pustakaEnv(t, dir, []string{"PUSTAKA_LANG=en"}, "check", "--json")
	var r struct {
		Files []struct {
			Path     string
			Kinds    map[string]int
			Problems []struct {
				Line, Col int
				Msg       string
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("check --json: %v\n%s", err, out)
	}
	var cfg []string
	for _, f := range r.Files {
		if f.Path == "config.yaml" {
			for _, p := range f.Problems {
				cfg = append(cfg, fmt.Sprintf("%d:%d %s", p.Line, p.Col, p.Msg))
			}
			if f.Kinds["setting"] != 3 {
				t.Errorf("config.yaml kinds: %v", f.Kinds)
			}
		}
	}
	if got := strings.Join(cfg, "\n"); got != "2:1 unknown key \"titel\"\n3:7 lang: want one of id, en; got \"fr\"\n5:11 markdown.tocMin: want a whole number" {
		t.Errorf("check --json, config.yaml's problems:\n%s\n%s", got, out)
	}
	_, errOut, code = pustaka(t, dir, "new", "policy", "baru")
	if want := "pustaka new: config.yaml:2:1: kunci \"titel\" tidak dikenal\npustaka new: config.yaml:3:7: "; code != 1 || !strings.HasPrefix(errOut, want) || strings.Count(errOut, "\n") != 3 {
		t.Errorf("new with a broken config.yaml: exit %d\n%s", code, errOut)
	}
}

// TestOSErrorsWorded: the errors of the system a user meets most are
// worded in the CLI's language, with the path or address and the
// system's own words; so is pdf's missing browser.
func TestOSErrorsWorded(t *testing.T) {
	dir := sample(t)
	if _, errOut, code := pustaka(t, dir, "skm", "tidak-ada.csv"); code != 1 || errOut != "pustaka skm: tidak-ada.csv: berkas atau folder itu tidak ada (open: no such file or directory)\n" {
		t.Errorf("skm of a missing file: exit %d %q", code, errOut)
	}
	if _, errOut, _ := pustakaEnv(t, dir, []string{"PUSTAKA_LANG=en"}, "skm", "tidak-ada.csv"); errOut != "pustaka skm: tidak-ada.csv: no such file or folder (open: no such file or directory)\n" {
		t.Errorf("skm of a missing file in English: %q", errOut)
	}
	if _, errOut, code := pustaka(t, dir, "check", "--report", "hilang/laporan.html"); code != 1 || !strings.Contains(errOut, "pustaka check: hilang/laporan.html: berkas atau folder itu tidak ada (open: no such file or directory)") {
		t.Errorf("check --report into a missing folder: exit %d\n%s", code, errOut)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	if _, errOut, code := pustaka(t, dir, "serve", "--no-history", "--addr", ln.Addr().String()); code != 1 || !strings.Contains(errOut, "alamat "+ln.Addr().String()+" sudah dipakai program lain") {
		t.Errorf("serve on a port in use: exit %d\n%s", code, errOut)
	}
	if _, errOut, code := pustaka(t, dir, "pdf", "--chromium", "tidak-ada-peramban", "content/kebijakan/aturan.md"); code != 1 || !strings.Contains(errOut, "pustaka pdf: pustaka pdf mencetak lewat Chromium tanpa layar, dan tidak ada yang ditemukan (dicari: tidak-ada-peramban)") {
		t.Errorf("pdf without a browser: exit %d\n%s", code, errOut)
	}
}
