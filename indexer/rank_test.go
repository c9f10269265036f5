package indexer

import (
	"fmt"
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
