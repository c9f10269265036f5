package indexer

import (
	"fmt"
	"path/filepath"
	"testing"
)

// TestUpdateManyBatches indexes more than two batches of documents on
// disk, so batches run concurrently, and checks that every document is
// found and that the hash table persisted whole: after reopening,
// nothing counts as changed.
func TestUpdateManyBatches(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	ix, _ := openDisk(t, dir, Options{})
	var docs []Document
	for i := range 2*maxBatch + 10 {
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
