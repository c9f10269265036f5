package site

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var updateSurvey = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestSurveyBuild(t *testing.T) {
	dir := writeSite(t, "survey.txtar")
	res := build(t, New(Options{Dir: dir, ReadOnly: true}))
	page := body(t, res, "/evaluasi/skm/index.html")
	for _, want := range []string{
		"<strong>94,44</strong>", // the latest period: 25 × (36+32)/(2×9)
		`href="/evaluasi/skm/laporan/semester-i-2026/"`, `href="/evaluasi/skm/ikm.json"`,
		"<title id=\"nrr-semester-ii-2026-t\">", "<title id=\"ikm-tren-t\">IKM per periode</title>",
		"Tercapai", "Belum tercapai", "96,8 %", // 79,86 of 82,50; 4 complaints of at most 5: (10−4)/5 = 120 %
		"120,0 %", `<link rel="stylesheet" href="/css/survey.css">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("guide page lacks %s", want)
		}
	}
	report := body(t, res, "/evaluasi/skm/laporan/semester-i-2026/index.html")
	for _, want := range []string{"Laporan Hasil Survei Kepuasan Masyarakat", "<strong>79,86</strong>", "Nama Camat", "NIP 19700101 199001 1 001",
		"Tubei, 16 November 2026", "Kantor Camat Uji", "Sampel minimum (Krejcie dan Morgan)</dt><dd>44</dd>", "belum memenuhi",
		"U3 Waktu penyelesaian: NRR 2,750"} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %s", want)
		}
	}
	var doc struct {
		Periode []struct {
			Periode   string
			Responden int
			IKM       float64
			Mutu      string
		}
	}
	if err := json.Unmarshal([]byte(body(t, res, "/evaluasi/skm/ikm.json")), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Periode) != 2 || doc.Periode[0].IKM != 2875.0/36 || doc.Periode[0].Responden != 4 || doc.Periode[1].Mutu != "A" {
		t.Errorf("ikm.json: %+v", doc)
	}
	if csv := body(t, res, "/evaluasi/skm/ikm.csv"); !strings.Contains(csv, "Semester I 2026,4,sama,IKM,Indeks Kepuasan Masyarakat,,,") {
		t.Errorf("ikm.csv:\n%s", csv)
	}
	// Raw answers never reach the output: no file of them, no row of them.
	for name, f := range res.Output.Files {
		if strings.HasSuffix(name, "/s1.csv") || strings.HasSuffix(name, "/s2.csv") || strings.HasSuffix(name, "realisasi.csv") {
			t.Errorf("data file published as %s", name)
		}
		if strings.Contains(string(f.Body), "2026-05-04,KTP-el") {
			t.Errorf("%s holds a respondent's answers", name)
		}
	}
	if strings.Contains(body(t, res, "/sitemap.xml"), "ikm.json") {
		t.Error("sitemap lists ikm.json")
	}
	golden(t, "survey.golden.html", surveySection(page))
}

// surveySection is the survey report of a page: from its heading to the
// end of its section.
func surveySection(page string) string {
	m := regexp.MustCompile(`(?s)<section class="survey".*?</section>`).FindString(page)
	return strings.ReplaceAll(m, "><", ">\n<")
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	file := filepath.Join("testdata", name)
	if *updateSurvey {
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (run with -update and review the diff); got:\n%s", name, got)
	}
}

func TestSurveyRebuild(t *testing.T) {
	dir := writeSite(t, "survey.txtar")
	s := New(Options{Dir: dir, ReadOnly: true})
	build(t, s)
	// A new state of the answers re-makes the guide alone, by the quick path.
	save(t, dir, "data/s2.csv", "U1;U2;U3;U4;U5;U6;U7;U8;U9\n1;1;1;1;1;1;1;1;1\n")
	res := build(t, s, "data/s2.csv")
	if res.Stats.Rendered != 1 {
		t.Errorf("rendered %d bodies, want the guide's alone", res.Stats.Rendered)
	}
	if !strings.Contains(body(t, res, "/evaluasi/skm/index.html"), "<strong>25,00</strong>") {
		t.Error("the guide does not show the new IKM")
	}
	for _, name := range []string{"/evaluasi/skm/index.html", "/evaluasi/skm/ikm.json", "/evaluasi/skm/laporan/semester-ii-2026/index.html"} {
		if !contains(res.Changed, name) {
			t.Errorf("%s not among the changed files %v", name, res.Changed)
		}
	}
	// An error: reported at file:line:col, the last good report stays.
	save(t, dir, "data/s2.csv", "U1;U2;U3;U4;U5;U6;U7;U8;U9\n1;1;1;1;1;1;1;1;1\n4;4;4;x;4;4;4;4;4\n")
	res = s.Rebuild(t.Context(), written("data/s2.csv"))
	if len(res.Diags) != 1 || res.Diags[0].Error() != `data/s2.csv:3:7: U4: want 1, 2, 3 or 4; got "x"` {
		t.Errorf("diagnostics: %v", res.Diags)
	}
	page := body(t, res, "/evaluasi/skm/index.html")
	if !strings.Contains(page, "<strong>25,00</strong>") || !strings.Contains(page, "hasil terakhir yang valid") {
		t.Error("the last good report did not stay, marked as such")
	}
	// Removed: reported at the front matter naming it.
	os.Remove(filepath.Join(dir, "data", "s2.csv"))
	res = s.Rebuild(t.Context(), written("data/s2.csv"))
	if len(res.Diags) != 1 || !strings.HasPrefix(res.Diags[0].Error(), "content/evaluasi/skm.md:9:11: survei: s2.csv not found (looked for content/evaluasi/s2.csv, data/s2.csv)") {
		t.Errorf("diagnostics: %v", res.Diags)
	}
	// Put beside the guide: found there, the error is gone.
	save(t, dir, "content/evaluasi/s2.csv", "U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,4,4,4,4,4,4\n")
	res = build(t, s, "content/evaluasi/s2.csv")
	if !strings.Contains(body(t, res, "/evaluasi/skm/index.html"), "<strong>100,00</strong>") {
		t.Error("the guide does not show the file beside it")
	}
	// A bad value of an indicator.
	save(t, dir, "content/evaluasi/realisasi.csv", "indikator,periode,nilai\nPengaduan,Semester I 2026,tujuh\n")
	res = s.Rebuild(t.Context(), written("content/evaluasi/realisasi.csv"))
	if len(res.Diags) != 1 || !strings.HasPrefix(res.Diags[0].Error(), "content/evaluasi/realisasi.csv:2:27: nilai:") {
		t.Errorf("diagnostics: %v", res.Diags)
	}
	if !strings.Contains(body(t, res, "/evaluasi/skm/index.html"), "120,0 %") {
		t.Error("the last good indicator values did not stay")
	}
}

func save(t *testing.T, dir, name, text string) {
	t.Helper()
	write(t, dir, name, text)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestDataCandidates(t *testing.T) {
	for _, c := range []struct {
		dir, name, want string
	}{
		{"evaluasi", "skm.csv", "content/evaluasi/skm.csv data/skm.csv"},
		{"evaluasi", "2026/skm.csv", "content/evaluasi/2026/skm.csv data/2026/skm.csv"},
		{"evaluasi", "../skm.csv", "content/skm.csv"},
		{"evaluasi", "../../data/skm.csv", "data/skm.csv"},
		{"evaluasi", "/data/skm.csv", "data/skm.csv"},
		{"evaluasi", "../../../etc/x.csv", "error"},
		{"evaluasi", "../../public/x.csv", "error"},
		{"evaluasi", "/etc/x.csv", "error"},
		{"", "/../data/x.csv", "data/x.csv"},
	} {
		got, err := dataCandidates(c.dir, c.name)
		s := strings.Join(got, " ")
		if err != nil {
			s = "error"
		}
		if s != c.want {
			t.Errorf("dataCandidates(%q, %q) = %s, want %s", c.dir, c.name, s, c.want)
		}
	}
}
