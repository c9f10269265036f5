package main

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tubei/pustaka/internal/browsertest"
	"github.com/tubei/pustaka/internal/sitetest"
)

// longPolicy is a policy of n Pasal, each with a paragraph that says
// which draft it is from.
func longPolicy(version, status string, n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: Aturan Pelatihan\nstatus: %s\nversion: %q\nnumber: \"7/2026\"\ndate: 2026-01-05\n---\n", status, version)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "## Pasal %d\n\nPegawai mengikuti pelatihan tahap %d sesuai rencana pengembangan kompetensi yang ditetapkan oleh Camat untuk %s, dengan laporan kepada Sekretaris Kecamatan paling lambat tujuh hari kerja setelah kegiatan selesai.\n\n", i, i, strings.ToLower(version))
	}
	return b.String()
}

// pdfPages prints the page with pustaka pdf and returns the text of each
// printed page (pdftotext).
func pdfPages(t *testing.T, dir, page string) []string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "x.pdf")
	if _, errOut, code := pustaka(t, dir, "pdf", "--chromium", browsertest.Chromium, "--out", out, page); code != 0 {
		t.Fatalf("pdf %s: exit %d %s", page, code, errOut)
	}
	text, err := exec.Command("pdftotext", "-layout", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	pages := strings.Split(strings.TrimRight(string(text), "\f\n"), "\f")
	if len(pages) < 2 {
		t.Fatalf("%s printed on %d page; the test wants several", page, len(pages))
	}
	return pages
}

// TestPDF prints a long draft and its change matrix through Chromium:
// the draft's stamp and "Halaman X dari Y" are on every page, nothing of
// the version table or the compare form is printed, and the matrix
// repeats its header row on every page.
func TestPDF(t *testing.T) {
	browsertest.Need(t) // pustaka pdf starts Chromium itself
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	dir := sample(t)
	sitetest.Write(t, dir, "content/kebijakan/aturan.md", longPolicy("Draf I", "draft", 30))
	if _, errOut, code := pustaka(t, dir, "build", "--no-index"); code != 0 {
		t.Fatal(errOut)
	}
	sitetest.Write(t, dir, "content/kebijakan/aturan.md", longPolicy("Draf II", "consultation", 30))
	if _, errOut, code := pustaka(t, dir, "build", "--no-index"); code != 0 {
		t.Fatal(errOut)
	}
	pages := pdfPages(t, dir, "content/kebijakan/aturan.md")
	for i, p := range pages {
		if !strings.Contains(p, "DRAF II — Konsultasi Publik — tidak untuk dikutip") || !strings.Contains(p, fmt.Sprintf("Halaman %d dari %d", i+1, len(pages))) {
			t.Errorf("page %d of %d lacks the stamp or its number:\n%s", i+1, len(pages), p)
		}
		if strings.Contains(p, "Riwayat versi") || strings.Contains(p, "Dari versi") {
			t.Errorf("page %d prints the version table or the compare form", i+1)
		}
	}
	if !strings.Contains(pages[0], "7/2026") {
		t.Error("the first page lacks the document number")
	}
	matches, _ := filepath.Glob(filepath.Join(dir, "public", "kebijakan", "aturan", "banding", "*", "matriks", "index.html"))
	if len(matches) == 0 {
		t.Fatal("no change matrix page was built")
	}
	rel, _ := filepath.Rel(filepath.Join(dir, "public"), filepath.Dir(matches[0]))
	matrix := pdfPages(t, dir, "/"+filepath.ToSlash(rel)+"/")
	for i, p := range matrix {
		if !strings.Contains(p, "Rumusan Draf I") || !strings.Contains(p, "Keterangan") || !strings.Contains(p, "tidak untuk dikutip") {
			t.Errorf("matrix page %d of %d lacks the header row or the stamp:\n%s", i+1, len(matrix), p)
		}
	}
}
