package indexer

import (
	"fmt"
	"strings"
	"testing"
)

// rankIndex indexes docs in memory.
func rankIndex(t *testing.T, docs []Document) *Index {
	t.Helper()
	ix, err := Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if _, err := ix.Sync(docs); err != nil {
		t.Fatal(err)
	}
	return ix
}

// filler returns n documents about other things, so that IDFs are
// those of a site rather than of three pages.
func filler(n int) []Document {
	var docs []Document
	for i := range n {
		docs = append(docs, Document{URL: fmt.Sprintf("/lain/%d/", i), Title: fmt.Sprintf("Catatan rapat %d", i),
			Body: "Rapat membahas perjanjian kerja triwulan ini, jadwal kegiatan, anggaran dan laporan bulanan pegawai."})
	}
	return docs
}

// A word that the analyzer splits into several terms (v-model,
// vue-router) counts as one word: a title that names it scores about
// what a title naming a one-term word of the same rarity does (bleve's
// conjunction would have summed its terms' raw scores, several times
// more).
func TestRankSplitWordCountsOnce(t *testing.T) {
	docs := append(filler(40),
		Document{URL: "/a/", Title: "Panduan vue-router", Body: "Isi panduan."},
		Document{URL: "/b/", Title: "Panduan vuerouter", Body: "Isi panduan."},
	)
	ix := rankIndex(t, docs)
	res := find(t, ix, Request{Query: "vue-router vuerouter "})
	score := map[string]float64{}
	for _, h := range res.Hits {
		score[h.URL] = h.Score
	}
	if r := score["/a/"] / score["/b/"]; !(r > 0.5 && r < 2) {
		t.Errorf("scores %v: the split word scores %.2f times the plain one, want about 1", score, r)
	}
}

// A stop word of one language counts for nothing, also where pages of
// the other language hold it: "sama" (Indonesian stop word) in an
// English summary must not make that page the answer to "perjanjian
// kerja sama".
func TestRankStopWordOfOneLanguage(t *testing.T) {
	docs := append(filler(20),
		Document{URL: "/perjanjian/", Title: "Evaluasi Perjanjian Kerja Sama Triwulan IV", Body: "Evaluasi perjanjian kerja sama dengan mitra."},
		Document{URL: "/en/risk/", Lang: "en", Title: "Evaluation of the risk register quarter IV", Summary: "Sama Sama ledger quarter IV", Body: "Risk register review."},
	)
	ix := rankIndex(t, docs)
	res := find(t, ix, Request{Query: "perjanjian kerja sama triwulan iv "})
	if got := urls(res); len(got) == 0 || got[0] != "/perjanjian/" {
		t.Errorf("hits %v, want /perjanjian/ first", got)
	}
	// A stop word being typed still finds the words it begins.
	docs = append(docs, Document{URL: "/dana/", Title: "Dana hibah", Body: "Penyaluran dana hibah."})
	ix = rankIndex(t, docs)
	if got := urls(find(t, ix, Request{Query: "dan"})); len(got) == 0 || got[0] != "/dana/" {
		t.Errorf("dan: hits %v, want /dana/ first", got)
	}
}

// What a section shows but does not say in prose (code, file listings,
// lists of links: Section.Aside) is found, but weighs less than prose:
// of two pages that hold the same lines, as prose in one and in a code
// block in the other, the prose ranks first.
func TestRankAsideWeighsLess(t *testing.T) {
	lines := "kunci metadata: judul\nkunci metadata: ringkasan\nkunci metadata: tanggal"
	docs := append(filler(20),
		Document{URL: "/prosa/", Title: "Menulis dokumen", Sections: []Section{{Text: lines}}},
		Document{URL: "/kode/", Title: "Contoh berkas", Sections: []Section{{Text: "Contoh berkas lengkap.", Aside: lines}}},
	)
	ix := rankIndex(t, docs)
	if got := urls(find(t, ix, Request{Query: "metadata "})); len(got) < 2 || got[0] != "/prosa/" || got[1] != "/kode/" {
		t.Errorf("hits %v, want /prosa/ then /kode/", got)
	}
	// A phrase matches an aside by its words (it keeps no locations).
	if got := urls(find(t, ix, Request{Query: `"kunci metadata" berkas`})); len(got) != 2 || got[0] != "/kode/" {
		t.Errorf("phrase: hits %v, want /kode/ first of two", got)
	}
	// The aside is not shown in fragments.
	res := find(t, ix, Request{Query: "berkas", Highlight: true})
	for _, h := range res.Hits {
		for _, f := range h.Fragments {
			if strings.Contains(f, "kunci") {
				t.Errorf("fragment %q shows the aside", f)
			}
		}
	}
}

// The bonus of a title that names the whole query needs the title: a
// page whose short title names the rarest word, and whose tags and
// competencies (searched with the summary, and shared by many pages)
// hold the others, ranks below the page whose title names them all.
func TestRankWholeQueryInTitle(t *testing.T) {
	docs := filler(30)
	for i := range docs {
		docs[i].Competencies = []string{"perencanaan anggaran"}
		if i%3 == 0 {
			docs[i].Title = "Dokumen perencanaan " + docs[i].Title
		}
	}
	docs = append(docs,
		Document{URL: "/judul/", Title: "Kebijakan Perubahan Dokumen Perencanaan di Lingkungan Pusat Data dan Informasi",
			Summary: "Dokumen ini mengatur pusat data.", Body: "Perubahan dokumen perencanaan."},
		Document{URL: "/label/", Title: "Ketentuan Perubahan Perjanjian", Summary: "Dokumen ini mengatur perjanjian.",
			Competencies: []string{"perencanaan anggaran"}, Body: "Perubahan perjanjian kerja."},
	)
	ix := rankIndex(t, docs)
	if got := urls(find(t, ix, Request{Query: "mengubah dokumen perencanaan "})); len(got) < 2 || got[0] != "/judul/" {
		t.Errorf("hits %v, want /judul/ first", got)
	}
}
