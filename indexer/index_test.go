package indexer

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// openDisk opens the index at dir and collects its log messages.
func openDisk(t *testing.T, dir string, opts Options) (*Index, *[]string) {
	t.Helper()
	var logs []string
	opts.Path = dir
	opts.Logf = func(format string, args ...any) { logs = append(logs, format) }
	ix, err := Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	return ix, &logs
}

func TestUpdateIncremental(t *testing.T) {
	ix := testIndex(t, Options{})
	docs := loadDocs(t)
	st, err := ix.Update(docs, nil)
	if err != nil || st.Indexed != 0 || st.Unchanged != len(docs) {
		t.Fatalf("Update of unchanged docs: %+v, %v", st, err)
	}
	docs[3].Sections[1].Text = "Camat menyetujui jadwal kerja bergilir setiap bulan."
	docs[3].Hash = "changed"
	st, err = ix.Update(docs, nil)
	if err != nil || st.Indexed != 1 || st.Unchanged != len(docs)-1 {
		t.Fatalf("Update after one change: %+v, %v", st, err)
	}
	if res := find(t, ix, Request{Query: "bergilir"}); !slices.Equal(urls(res), []string{docs[3].URL}) {
		t.Errorf("new text not found: %v", urls(res))
	}
	if res := find(t, ix, Request{Query: `"kepala seksi"`}); res.Total != 0 {
		t.Errorf("old text still found: %v", urls(res))
	}
}

func TestUpdateHashesWhenEmpty(t *testing.T) {
	ix := testIndex(t, Options{})
	d := Document{URL: "/x/", Title: "Cuti Tahunan", Body: "Pegawai mengajukan cuti."}
	for i, want := range []int{1, 0} {
		st, err := ix.Update([]Document{d}, nil)
		if err != nil || st.Indexed != want {
			t.Errorf("update %d: %+v, %v, want Indexed %d", i, st, err, want)
		}
	}
	d.Body = "Pegawai mengajukan cuti melalui aplikasi."
	if st, _ := ix.Update([]Document{d}, nil); st.Indexed != 1 {
		t.Errorf("changed body without Hash not reindexed: %+v", st)
	}
	if _, err := ix.Update([]Document{{Title: "tanpa URL"}}, nil); err == nil {
		t.Error("document without URL accepted")
	}
}

func TestUpdateDeleteAndSync(t *testing.T) {
	ix := testIndex(t, Options{})
	st, err := ix.Update(nil, []string{"/modul/kearsipan/", "/tidak/ada/"})
	if err != nil || st.Deleted != 1 {
		t.Fatalf("delete: %+v, %v", st, err)
	}
	if res := find(t, ix, Request{Query: "arsip"}); res.Total != 0 {
		t.Errorf("deleted doc found: %v", urls(res))
	}
	docs := loadDocs(t)
	st, err = ix.Sync(docs[:2])
	if err != nil || st.Deleted != len(docs)-3 || st.Unchanged != 2 {
		t.Fatalf("Sync of two docs: %+v, %v", st, err)
	}
	if res := find(t, ix, Request{}); res.Total != 2 {
		t.Errorf("after Sync: %v", urls(res))
	}
	st, err = ix.Sync(docs)
	if err != nil || st.Indexed != len(docs)-2 {
		t.Errorf("Sync back: %+v, %v", st, err)
	}
}

func TestOpenReopenStale(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	ix, logs := openDisk(t, dir, Options{})
	if !ix.Stale() || len(*logs) != 1 {
		t.Fatalf("new index: stale %v, logs %q", ix.Stale(), *logs)
	}
	docs := loadDocs(t)
	if _, err := ix.Sync(docs); err != nil {
		t.Fatal(err)
	}
	if ix.Stale() {
		t.Error("stale after Sync")
	}
	ix.Close()

	ix, logs = openDisk(t, dir, Options{})
	defer ix.Close()
	if ix.Stale() || len(*logs) != 0 {
		t.Errorf("reopened: stale %v, logs %q", ix.Stale(), *logs)
	}
	if res := find(t, ix, Request{Query: "arsip"}); res.Total != 1 {
		t.Errorf("reopened index lost documents: %v", urls(res))
	}
	if st, err := ix.Update(docs, nil); err != nil || st.Unchanged != len(docs) {
		t.Errorf("hashes lost on reopen: %+v, %v", st, err)
	}
}

func TestOpenVersionMismatchRebuilds(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	ix, _ := openDisk(t, dir, Options{})
	ix.Sync(loadDocs(t))
	ix.Close()

	// Other site roots change the analysis: rebuild.
	ix, logs := openDisk(t, dir, Options{Roots: []string{"gawai"}})
	if !ix.Stale() || len(*logs) != 1 || !strings.Contains((*logs)[0], "rebuilding the search index") {
		t.Errorf("roots changed: stale %v, logs %q", ix.Stale(), *logs)
	}
	if res := find(t, ix, Request{}); res.Total != 0 {
		t.Errorf("rebuilt index not empty: %v", urls(res))
	}

	// Text made another way from unchanged sources: rebuild, or pages
	// not edited since would keep their old text.
	ix.Sync(loadDocs(t))
	ix.Close()
	ix, logs = openDisk(t, dir, Options{Roots: []string{"gawai"}, Text: "2"})
	if !ix.Stale() || len(*logs) != 1 || !strings.Contains((*logs)[0], "rebuilding the search index") {
		t.Errorf("text version changed: stale %v, logs %q", ix.Stale(), *logs)
	}
	ix.Close()

	// An older mapping version: rebuild.
	os.WriteFile(filepath.Join(dir, versionFile), []byte("mapping=0 indonesian=1 site=x\n"), 0o644)
	ix, logs = openDisk(t, dir, Options{Roots: []string{"gawai"}})
	defer ix.Close()
	if !ix.Stale() || len(*logs) != 1 {
		t.Errorf("old version: stale %v, logs %q", ix.Stale(), *logs)
	}
}

func TestOpenCorruptRebuilds(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	ix, _ := openDisk(t, dir, Options{})
	ix.Sync(loadDocs(t))
	ix.Close()
	if err := os.WriteFile(filepath.Join(dir, bleveDir, "index_meta.json"), []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	ix, logs := openDisk(t, dir, Options{})
	defer ix.Close()
	if !ix.Stale() || len(*logs) != 1 || !strings.Contains((*logs)[0], "rebuilding the search index") {
		t.Errorf("corrupt: stale %v, logs %q", ix.Stale(), *logs)
	}
	if _, err := ix.Sync(loadDocs(t)); err != nil {
		t.Fatal(err)
	}
	if res := find(t, ix, Request{Query: "arsip"}); res.Total != 1 {
		t.Errorf("rebuilt index: %v", urls(res))
	}
}

func TestAnalyze(t *testing.T) {
	if got := Analyze("en", "The trainings were searching"); !slices.Equal(got, []string{"train", "search"}) {
		t.Errorf("en: %q", got)
	}
	got := Analyze("id", "Pelatihan dan pengembangan kompetensi")
	if len(got) != 3 || got[0] != "latih" || got[2] != "kompetensi" {
		t.Errorf("id: %q", got)
	}
}

func TestSiteSynonymsAndRoots(t *testing.T) {
	ix := testIndex(t, Options{Synonyms: [][]string{{"wfh", "kerja dari rumah"}}})
	if res := find(t, ix, Request{Query: "wfh"}); len(res.Hits) == 0 || res.Hits[0].URL != "/kebijakan/kerja-fleksibel/" {
		t.Errorf("site synonym wfh: %v", urls(res))
	}
	if _, err := Open(Options{Synonyms: [][]string{{"sendiri"}}}); err == nil {
		t.Error("one-member synonym group accepted")
	}
}

func TestOpenUnknownAnalyzer(t *testing.T) {
	if ix, err := Open(Options{Analyzer: "tidak-ada"}); err == nil {
		ix.Close()
		t.Error("unknown analyzer accepted")
	}
}

func TestStandardAnalyzerHasNoStemming(t *testing.T) {
	ix := testIndex(t, Options{Analyzer: "standard"})
	if res := find(t, ix, Request{Query: "dikembangkan "}); res.Total != 0 && res.Suggestion == "" {
		t.Errorf("standard analyzer stemmed: %v", urls(res))
	}
	ours := testIndex(t, Options{})
	if res := find(t, ours, Request{Query: "dikembangkan "}); res.Total == 0 || res.Suggestion != "" {
		t.Errorf("ours did not stem dikembangkan: %v %q", urls(res), res.Suggestion)
	}
}
