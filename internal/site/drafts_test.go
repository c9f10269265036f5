package site

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/tubei/pustaka/internal/history"
)

// TestSampleDraftsReviewed compares Draf I and Draf II of the sample
// policy (content/kebijakan/peningkatan-kualitas-asn.md, as committed;
// copied to testdata/sample-drafts so the test needs no git history) the
// way a reviewer reads `pustaka diff … "Draf I" "Draf II"`: every line
// that carries a mark is listed below with what the drafting team
// changed, and no other line may carry one; an unmarked line must be
// unchanged. The whole output is golden in draf-1-2.words (-update).
func TestSampleDraftsReviewed(t *testing.T) {
	s := New(Options{Dir: writeSite(t, "rebuild.txtar"), ReadOnly: true})
	build(t, s)
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("testdata", "sample-drafts", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	d := history.Compare(s.blocksOf(read("draf-1.md")), s.blocksOf(read("draf-2.md")))
	var changed []string
	for _, id := range d.ChangedSections {
		changed = append(changed, d.TitleIn(id, "id"))
	}
	got := "Ringkasan: " + d.OutlineIn("id") + "\nBerubah: " + strings.Join(changed, "; ") + "\n\n" + d.WordHunks(2, false)
	golden(t, filepath.Join("sample-drafts", "draf-1-2.words"), got)

	// What the drafting team changed from Draf I to Draf II, line by line.
	reviewed := []struct{ line, why string }{
		{"> {+Rancangan (Draf II). Naskah ini telah memuat hasil rapat pembahasan internal tanggal 20 Agustus 2026 dan belum mempunyai kekuatan mengikat.+}",
			"the draft notice was rewritten (fewer than half its words kept): the new one whole"},
		{"> [-Rancangan (Draf I). Naskah ini masih dibahas di lingkungan Sekretariat Kecamatan Tubei dan belum mempunyai kekuatan mengikat.-]",
			"... and the old one struck through whole"},
		{"Mentor sebagaimana dimaksud pada ayat (1) harus memiliki masa kerja paling singkat [-5 (lima-]{+4 (empat+}) tahun [-di lingkungan Pemerintah Kabupaten Lebong-]{+, memperoleh predikat kinerja paling rendah Baik dalam 2 (dua) tahun terakhir, dan tidak sedang menjalani hukuman disiplin+}.",
			"Pasal 6 ayat (2): mentor criteria reworded; 'paling singkat', 'tahun' and the full stop stay unmarked"},
		{"## {+Pasal 10+}", "a new Pasal 10 (forum kolaborasi) ..."},
		{"{+(1) Untuk mendorong kolaborasi, Kecamatan menyelenggarakan forum berbagi pengetahuan antarunit kerja paling sedikit 1 (satu) kali dalam 2 (dua) bulan.+}", "... its ayat (1)"},
		{"{+(2) Forum sebagaimana dimaksud pada ayat (1) dapat melibatkan pemerintah desa, Dinas Kependudukan dan Pencatatan Sipil Kabupaten Lebong, dan perwakilan masyarakat pengguna layanan.+}", "... ayat (2)"},
		{"{+(3) Hasil forum dicatat dan dimuat dalam Pustaka Kebijakan ASN Kecamatan Tubei agar dapat dimanfaatkan oleh seluruh ASN.+}", "... ayat (3)"},
		{"Pendanaan pelaksanaan Peraturan Camat ini bersumber dari: a. Anggaran Pendapatan dan Belanja Daerah Kabupaten Lebong melalui Dokumen Pelaksanaan Anggaran Kecamatan; {+dan+} b[-. swadaya ASN peserta pelatihan; dan c-]. sumber lain yang sah dan tidak mengikat sesuai dengan ketentuan peraturan perundang-undangan.",
			"Pasal 14 (dahulu 13): the self-funding clause (b. swadaya ASN) removed; c. became b."},
		{"Peraturan Camat ini mulai berlaku pada tanggal [-diundangkan-]{+ditetapkan+}.", "Pasal 16 (dahulu 15): in force when enacted, not when promulgated"},
	}
	marked := regexp.MustCompile(`\[-|\{\+`)
	var lines []string
	for _, l := range strings.Split(d.WordHunks(2, false), "\n") {
		if marked.MatchString(l) {
			lines = append(lines, l)
		}
	}
	for _, r := range reviewed {
		if !slices.Contains(lines, r.line) {
			t.Errorf("not marked as reviewed (%s):\n%s", r.why, r.line)
		}
	}
	for _, l := range lines {
		if !slices.ContainsFunc(reviewed, func(r struct{ line, why string }) bool { return r.line == l }) {
			t.Errorf("a line carries marks no reviewer expects:\n%s", l)
		}
	}
	// Renumbered Pasal are named by both numbers, unmarked; only Pasal
	// whose text changed are listed as changed.
	if want := "Pasal 10 baru; Pasal 10–15 menjadi Pasal 11–16"; !strings.Contains(got, want) {
		t.Errorf("the summary does not say %q", want)
	}
	for _, want := range []string{"## Pasal 11 (dahulu Pasal 10)", "## Pasal 16 (dahulu Pasal 15)"} {
		if !strings.Contains(got, "\n"+want+"\n") {
			t.Errorf("no unmarked heading %q", want)
		}
	}
}
