package indexer

import (
	"cmp"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/index/scorch"
)

// TestUpdateManyBatches indexes more than two batches of documents on
// disk, so batches run concurrently, and checks that every document is
// found and that the hash table persisted whole: after reopening,
// nothing counts as changed.
func TestUpdateManyBatches(t *testing.T) {
	for _, batch := range []int{0, 7} {
		t.Run(fmt.Sprint(batch), func(t *testing.T) { testUpdateManyBatches(t, batch) })
	}
}

func testUpdateManyBatches(t *testing.T, batch int) {
	dir := filepath.Join(t.TempDir(), "idx")
	ix, _ := openDisk(t, dir, Options{Batch: batch})
	var docs []Document
	for i := range 2*cmp.Or(batch, DefaultBatch) + 10 {
		docs = append(docs, Document{URL: fmt.Sprintf("/d/%d/", i), Title: fmt.Sprintf("Dokumen %d", i), Body: "pelatihan pegawai", Type: "modul"})
	}
	docs = append(docs, Document{URL: "/d/0/", Title: "Dokumen nol", Body: "pelatihan revisi", Type: "modul"}) // the last of a URL counts
	st, err := ix.Update(docs, nil)
	if err != nil || st.Indexed != len(docs)-1 || st.Unchanged != 1 {
		t.Fatalf("Update: %+v, %v", st, err)
	}
	if res := find(t, ix, Request{Query: "pelatihan", NoFacets: true}); res.Total != uint64(len(docs)-1) {
		t.Errorf("pelatihan: %d hits, want %d", res.Total, len(docs)-1)
	}
	if res := find(t, ix, Request{Query: "revisi"}); len(res.Hits) != 1 || res.Hits[0].URL != "/d/0/" {
		t.Errorf("revisi: %v, want the last /d/0/", urls(res))
	}
	// /d/0/ changes back; /d/1/ is in both lists: kept.
	st, err = ix.Update(docs[:3], []string{"/d/1/", "/d/5/"})
	if err != nil || st.Indexed != 1 || st.Deleted != 1 || st.Unchanged != 2 {
		t.Fatalf("Update with deletes: %+v, %v", st, err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, _ = openDisk(t, dir, Options{})
	defer ix.Close()
	st, err = ix.Update(docs[:len(docs)-1], nil)
	if err != nil || st.Indexed != 1 || st.Unchanged != len(docs)-2 {
		// Only /d/5/ (deleted) is indexed again.
		t.Errorf("Update after reopening: %+v, %v", st, err)
	}
}

// TestUpdateLargeDocuments indexes documents of more than largeText
// among small ones (each large one in a batch of its own): every
// document is found, its deep text too, and the hash table persisted
// whole.
func TestUpdateLargeDocuments(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	ix, _ := openDisk(t, dir, Options{Batch: 3})
	pasal := strings.Repeat("Setiap pegawai wajib mengikuti pelatihan sesuai ketentuan peraturan daerah. ", largeText/70)
	var docs []Document
	for i := range 8 {
		d := Document{URL: fmt.Sprintf("/p/%d/", i), Title: fmt.Sprintf("Peraturan %d", i), Body: "kepegawaian daerah", Type: "page"}
		if i == 1 || i == 2 || i == 6 {
			d.Sections = []Section{{Text: pasal}, {Anchor: "pasal-9", Heading: "Pasal 9", Text: fmt.Sprintf("Penutup nomor%d berlaku sejak diundangkan.", i)}}
		}
		docs = append(docs, d)
	}
	if textSize(docs[1]) < largeText || textSize(docs[0]) >= largeText {
		t.Fatalf("text sizes %d, %d: want one above and one below %d", textSize(docs[1]), textSize(docs[0]), largeText)
	}
	if st, err := ix.Update(docs, nil); err != nil || st.Indexed != len(docs) {
		t.Fatalf("Update: %+v, %v", st, err)
	}
	if res := find(t, ix, Request{Query: "pelatihan", NoFacets: true}); res.Total != 3 {
		t.Errorf("pelatihan: %v, want the 3 large documents", urls(res))
	}
	if res := find(t, ix, Request{Query: "nomor6", NoFacets: true}); len(res.Hits) != 1 || res.Hits[0].URL != "/p/6/" {
		t.Errorf("nomor6: %v, want /p/6/", urls(res))
	}
	if res := find(t, ix, Request{Query: "kepegawaian", NoFacets: true}); res.Total != uint64(len(docs)) {
		t.Errorf("kepegawaian: %d hits, want %d", res.Total, len(docs))
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, _ = openDisk(t, dir, Options{})
	defer ix.Close()
	if st, err := ix.Update(docs, nil); err != nil || st.Unchanged != len(docs) {
		t.Errorf("Update after reopening: %+v, %v", st, err)
	}
}

// Hits are read by internal document number from the snapshot a search
// ran on. After updates and deletions the index has several segments,
// each numbering its deleted documents too: every hit must still show
// its own document's stored fields and matches.
func TestHitsAcrossSegments(t *testing.T) {
	ix := testIndex(t, Options{})
	docs := loadDocs(t)
	want := map[string]string{}
	for _, d := range docs {
		want[d.URL] = d.Title
	}
	for i, d := range docs[:4] {
		d.Title = fmt.Sprintf("Revisi %d %s", i, d.Title)
		d.Sections = append([]Section{{Text: fmt.Sprintf("Catatan revisi kalibrasi%c.", 'a'+i)}}, d.Sections...)
		d.Hash = ""
		if _, err := ix.Update([]Document{d}, nil); err != nil { // one segment per update
			t.Fatal(err)
		}
		want[d.URL] = d.Title
	}
	gone := docs[len(docs)-1].URL
	if _, err := ix.Update(nil, []string{gone}); err != nil {
		t.Fatal(err)
	}
	delete(want, gone)
	got := map[string]string{}
	for _, h := range find(t, ix, Request{Size: 50}).Hits {
		got[h.URL] = h.Title
	}
	if !maps.Equal(got, want) {
		t.Errorf("titles of all hits:\n got %v\nwant %v", got, want)
	}
	for i, d := range docs[:4] {
		word := fmt.Sprintf("kalibrasi%c", 'a'+i)
		res := find(t, ix, Request{Query: word + " ", Highlight: true})
		if len(res.Hits) != 1 || res.Hits[0].URL != d.URL || !strings.Contains(strings.Join(res.Hits[0].Fragments, " "), "<mark>"+word+"</mark>") {
			t.Errorf("%s: %+v, want %s with the word marked", word, res.Hits, d.URL)
		}
	}
}

// A full reindex is merged into one segment, unless NoCompact; either
// way every document is found.
func TestSyncCompaction(t *testing.T) {
	for _, noCompact := range []bool{false, true} {
		ix, _ := openDisk(t, filepath.Join(t.TempDir(), "idx"), Options{Batch: 40, NoCompact: noCompact})
		var docs []Document
		for i := range compactAfter + 20 {
			docs = append(docs, Document{URL: fmt.Sprintf("/d/%d/", i), Title: fmt.Sprintf("Dokumen %d", i), Body: "pelatihan pegawai", Type: "modul"})
		}
		st, err := ix.Sync(docs)
		if err != nil {
			t.Fatal(err)
		}
		if res := find(t, ix, Request{Query: "pelatihan", NoFacets: true}); res.Total != uint64(len(docs)) {
			t.Errorf("NoCompact %v: %d hits, want %d", noCompact, res.Total, len(docs))
		}
		if n := segments(t, ix); st.Compacted == noCompact || !noCompact && n != 1 {
			t.Errorf("NoCompact %v: compacted %v, %d segments", noCompact, st.Compacted, n)
		}
		ix.Close()
	}
}

// segments counts the segments of ix's current snapshot.
func segments(t *testing.T, ix *Index) int {
	t.Helper()
	adv, err := ix.bi.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	r, err := adv.Reader()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		t.Fatalf("reader %T", r)
	}
	return len(snap.Segments())
}

// Completions rank the words a prefix begins by how many documents hold
// them, also after segments are merged. (zapx's dictionary iterator
// misreports the counts of the terms after a single-document term in a
// merged segment of a field with frequencies, blevesearch/zapx#445; the
// words field keeps none, so its single-document words are not
// encoded so.)
func TestCompletionsAfterMerge(t *testing.T) {
	ix, _ := openDisk(t, filepath.Join(t.TempDir(), "idx"), Options{Batch: 5})
	defer ix.Close()
	var docs []Document
	for i := range 61 {
		w := "pelatihan"
		switch {
		case i == 0:
			w = "pelaku"
		case i%3 == 0:
			w = "pelayanan"
		}
		docs = append(docs, Document{URL: fmt.Sprintf("/d/%d/", i), Title: fmt.Sprintf("Dokumen %d", i), Lang: "id",
			Sections: []Section{{Text: "Catatan tentang " + w + " di kecamatan."}}})
	}
	if _, err := ix.Sync(docs); err != nil {
		t.Fatal(err)
	}
	if err := ix.compact(); err != nil {
		t.Fatal(err)
	}
	alts, all := ix.completions("pel")
	var got []string
	for _, a := range alts {
		got = append(got, a.text)
	}
	if want := []string{"pelatihan", "pelayanan", "pelaku"}; !slices.Equal(got, want) || !all {
		t.Errorf("completions of pel: %v (all %v), want %v by document count", got, all, want)
	}
}
