package indexer

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestSmallUpdateAfterLargeDocument indexes a one-page update after a
// large document: it allocates what a page needs, not a buffer sized by
// the large document's segment (zapx sizes a new segment's buffer by the
// bytes per document of the segment its pooled builder made before, for
// 100 documents more than the batch holds).
func TestSmallUpdateAfterLargeDocument(t *testing.T) {
	// One P: the segment builder the large document put back into
	// zapx's pool is the one the next update gets.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	ix, _ := openDisk(t, filepath.Join(t.TempDir(), "idx"), Options{})
	defer ix.Close()
	var text strings.Builder
	for i := 0; text.Len() < 2*largeText; i++ {
		fmt.Fprintf(&text, "Pegawai wajib mengikuti pelatihan nomor%d sesuai ketentuan%d daerah. ", i, i%997)
	}
	pasal := text.String()
	if _, err := ix.Update([]Document{{URL: "/besar/", Title: "Peraturan besar", Type: "page", Sections: []Section{{Text: pasal}}}}, nil); err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if _, err := ix.Update([]Document{{URL: "/kecil/", Title: "Catatan kecil", Type: "page", Body: "pelatihan pegawai kecamatan"}}, nil); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > 16<<20 {
		t.Errorf("a one-page update after a large document allocated %d MB, want less than 16 MB", got>>20)
	}
}
