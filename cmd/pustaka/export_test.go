package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tubei/pustaka/internal/sitetest"
)

// TestExportSoal: the sample site's questions as GIFT, one category per
// module; a named module alone; errors of a broken question stop the
// export before anything is written.
func TestExportSoal(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "content"), os.DirFS(filepath.Join("..", "..", "content"))); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := pustaka(t, dir, "export", "soal", "--format", "gift")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"$CATEGORY: $course$/Modul Pelatihan/Mentoring ASN Baru\n",
		"$CATEGORY: $course$/Modul Pelatihan/Pemanfaatan Sistem E-Learning\n",
		"::lama-mentoring::[markdown]Berapa lama masa mentoring ASN Baru di Kecamatan Tubei? {\n\t~Satu bulan #Terlalu singkat\\: lihat",
		"::batas-asn-baru::[markdown]Seorang Mentor boleh membimbing lima ASN Baru sekaligus. {FALSE\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("export lacks %q", want)
		}
	}
	if n := strings.Count(out, "$CATEGORY:"); n != 4 {
		t.Errorf("%d categories, want one for each of the 4 modules", n)
	}
	one, _, code := pustaka(t, dir, "export", "soal", "content/pelatihan/mentoring-asn-baru.md")
	if code != 0 || strings.Count(one, "$CATEGORY:") != 1 || !strings.Contains(one, "Mentoring ASN Baru") {
		t.Errorf("one module: exit %d\n%s", code, one)
	}
	if _, errOut, code := pustaka(t, dir, "export", "soal", "content/panduan/menulis-soal.md"); code != 1 || !strings.Contains(errOut, "bukan modul pelatihan yang terbit di situs ini") {
		t.Errorf("a guide: exit %d, %s", code, errOut)
	}
	if _, errOut, code := pustaka(t, dir, "export", "soal", "--format", "qti"); code != 2 || !strings.Contains(errOut, `--format: seharusnya gift; tertulis "qti"`) {
		t.Errorf("--format qti: exit %d, %s", code, errOut)
	}
	sitetest.Write(t, dir, "content/pelatihan/rusak.md", "---\ntitle: Rusak\n---\n```soal\n? Q\n( ) a\n( ) b\npenjelasan: p\n```\n")
	out, errOut, code = pustaka(t, dir, "export", "soal")
	if code != 1 || out != "" || !strings.Contains(errOut, "content/pelatihan/rusak.md:5:1: soal: tidak ada pilihan yang benar") {
		t.Errorf("broken question: exit %d, stdout %d bytes, stderr %s", code, len(out), errOut)
	}
	if out, errOut, code := pustakaEnv(t, dir, []string{"PUSTAKA_LANG=en"}, "check"); code != 1 || !strings.Contains(out+errOut, "content/pelatihan/rusak.md:5:1: soal: no correct option: mark one with (x)") {
		t.Errorf("check of a broken question: exit %d\n%s%s", code, out, errOut)
	}
}
