package history

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

const doc = "content/kebijakan/peningkatan-kualitas-asn.md"

func day(n int) time.Time { return time.Date(2026, 3, n, 9, 0, 0, 0, time.UTC) }

func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := OpenStore(filepath.Join(t.TempDir(), DefaultStoreDir))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mustRecord(t *testing.T, s *Store, path, src string, meta Meta) (Version, bool) {
	t.Helper()
	v, rec, err := s.Record(path, []byte(src), meta)
	if err != nil {
		t.Fatal(err)
	}
	return v, rec
}

func TestStoreRoundTrip(t *testing.T) {
	s := openTemp(t)
	v1, rec := mustRecord(t, s, doc, "---\nversion: Draf I\n---\nPasal 1\n", Meta{Label: "Draf I", Status: "draft", Author: "Sekcam", Date: day(1)})
	if !rec || !strings.HasPrefix(v1.ID, "h:") || len(v1.ID) != 18 {
		t.Fatalf("first Record = %+v, %v", v1, rec)
	}
	if _, rec := mustRecord(t, s, doc, "---\nversion: Draf I\n---\nPasal 1\n", Meta{Date: day(2)}); rec {
		t.Fatal("unchanged content recorded again")
	}
	mustRecord(t, s, doc, "---\nversion: Draf II\n---\nPasal 1 dan 2\n", Meta{Label: "Draf II", Status: "consultation", Date: day(3), Message: "masukan rapat"})
	mustRecord(t, s, "content/modul/a.md", "Modul A\n", Meta{Date: day(4)})

	// A fresh Store reads the same history from disk.
	s2, err := OpenStore(s.dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, rec := mustRecord(t, s2, doc, "---\nversion: Draf II\n---\nPasal 1 dan 2\n", Meta{}); rec {
		t.Fatal("unchanged content recorded again after reopening")
	}
	vs, errs := s2.Versions(doc)
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	if len(vs) != 2 || vs[0].ID != v1.ID || vs[0].Label != "Draf I" || vs[0].Author != "Sekcam" ||
		!vs[0].Date.Equal(day(1)) || vs[1].Label != "Draf II" || vs[1].Status != "consultation" ||
		vs[1].Message != "masukan rapat" || string(vs[1].Source) != "---\nversion: Draf II\n---\nPasal 1 dan 2\n" || vs[1].Path != doc {
		t.Fatalf("Versions = %+v", vs)
	}
	if vs, errs := s2.Versions("content/none.md"); len(vs) != 0 || len(errs) != 0 {
		t.Fatalf("Versions of unknown document = %v, %v", vs, errs)
	}
	if _, _, err := s.Record("../escape.md", nil, Meta{}); err == nil {
		t.Fatal("Record accepted a path outside the store")
	}
}

// corrupt records three versions, damages the store with f, and checks
// that Versions reports wantErr at line wantLine and returns the other
// versions, and that Record still works.
func corrupt(t *testing.T, f func(s *Store, log string), wantLine int, wantErr string, wantGood int) {
	t.Helper()
	s := openTemp(t)
	for i := 1; i <= 3; i++ {
		mustRecord(t, s, doc, fmt.Sprintf("versi %d\n", i), Meta{Label: fmt.Sprintf("Draf %d", i), Date: day(i)})
	}
	log := s.logPath(doc)
	f(s, log)
	s, _ = OpenStore(s.dir) // forget the cached last entry
	vs, errs := s.Versions(doc)
	if len(errs) != 1 {
		t.Fatalf("errors = %v, want one", errs)
	}
	var ee *EntryError
	if !errors.As(errs[0], &ee) || ee.File != log || ee.Line != wantLine || !strings.Contains(ee.Error(), wantErr) ||
		!strings.HasPrefix(ee.Error(), fmt.Sprintf("%s:%d: ", log, wantLine)) {
		t.Fatalf("error = %v, want %s:%d: ...%s", errs[0], log, wantLine, wantErr)
	}
	if len(vs) != wantGood {
		t.Fatalf("got %d good versions, want %d", len(vs), wantGood)
	}
	for _, v := range vs {
		if !strings.HasPrefix(string(v.Source), "versi ") {
			t.Fatalf("bad source %q", v.Source)
		}
	}
	if _, rec := mustRecord(t, s, doc, "versi 4\n", Meta{Date: day(4)}); !rec {
		t.Fatal("Record after damage did not record")
	}
	vs2, errs2 := s.Versions(doc)
	if len(vs2) != wantGood+1 || string(vs2[len(vs2)-1].Source) != "versi 4\n" || len(errs2) != 1 {
		t.Fatalf("after new record: %d versions, errors %v", len(vs2), errs2)
	}
}

func TestStoreTruncatedLine(t *testing.T) {
	corrupt(t, func(s *Store, log string) {
		data, _ := os.ReadFile(log)
		os.WriteFile(log, data[:len(data)-20], 0o644)
	}, 3, "truncated", 2)
}

func TestStoreBadChecksum(t *testing.T) {
	corrupt(t, func(s *Store, log string) {
		data, _ := os.ReadFile(log)
		os.WriteFile(log, []byte(strings.Replace(string(data), "Draf 2", "Draf X", 1)), 0o644)
	}, 2, "checksum mismatch", 2)
}

func TestStoreGarbageLine(t *testing.T) {
	corrupt(t, func(s *Store, log string) {
		data, _ := os.ReadFile(log)
		lines := strings.SplitAfter(string(data), "\n")
		os.WriteFile(log, []byte(lines[0]+"\x00\x00garbage\n"+lines[1]+lines[2]), 0o644)
	}, 2, "corrupt entry", 3)
}

func TestStoreMissingBlob(t *testing.T) {
	corrupt(t, func(s *Store, log string) {
		vs, _ := s.Versions(doc)
		os.Remove(s.blobPath(hexOf(vs[0].Source)))
	}, 1, "no such file", 2)
}

func TestStoreCorruptBlob(t *testing.T) {
	corrupt(t, func(s *Store, log string) {
		os.WriteFile(s.blobPath(hexOf([]byte("versi 3\n"))), []byte("versi 9\n"), 0o644)
	}, 3, "corrupt", 2)
}

func TestStoreHalfWrittenTempBlob(t *testing.T) {
	corrupt(t, func(s *Store, log string) {
		// A crash during a blob write leaves a temporary file that no
		// entry refers to, next to a truncated log line.
		h := hexOf([]byte("versi 4\n"))
		os.MkdirAll(filepath.Dir(s.blobPath(h)), 0o755)
		os.WriteFile(filepath.Join(filepath.Dir(s.blobPath(h)), "tmp-123"), []byte("ver"), 0o644)
		data, _ := os.ReadFile(log)
		os.WriteFile(log, append(data, `{"sum":"0000`...), 0o644)
	}, 4, "truncated", 3)
}

func TestStoreRepairsMissingLastBlob(t *testing.T) {
	s := openTemp(t)
	mustRecord(t, s, doc, "versi 1\n", Meta{})
	os.Remove(s.blobPath(hexOf([]byte("versi 1\n"))))
	if _, rec := mustRecord(t, s, doc, "versi 1\n", Meta{}); rec {
		t.Fatal("recorded again instead of repairing")
	}
	if vs, errs := s.Versions(doc); len(vs) != 1 || len(errs) != 0 {
		t.Fatalf("after repair: %v, %v", vs, errs)
	}
}

func TestMergeAndShown(t *testing.T) {
	v := func(id, label, src string, d int) Version {
		return Version{ID: id, Label: label, Source: []byte(src), Date: day(d)}
	}
	git := []Version{v("g:1", "", "a", 1), v("g:2", "", "b", 3), v("g:3", "", "c", 5)}
	store := []Version{v("h:a", "Draf I", "a", 2), v("h:b", "Draf I", "b", 3), v("h:d", "Draf II", "d", 6)}
	got := Merge(git, store)
	var ids []string
	for _, x := range got {
		ids = append(ids, x.ID+"/"+x.Label)
	}
	if want := "g:1/Draf I g:2/Draf I g:3/ h:d/Draf II"; strings.Join(ids, " ") != want {
		t.Fatalf("Merge = %s, want %s", strings.Join(ids, " "), want)
	}
	got[2].Label = "Draf II"
	ids = nil
	shown, _ := Shown(got, false)
	for _, x := range shown {
		ids = append(ids, x.ID)
	}
	if want := "g:1 g:2 g:3 h:d"; strings.Join(ids, " ") != want {
		t.Fatalf("Shown = %s, want %s (every commit, the last state of Draf II)", strings.Join(ids, " "), want)
	}
	if shown, _ := Shown(nil, true); shown != nil {
		t.Fatal("Shown(nil) != nil")
	}
}

func hexOf(b []byte) string {
	v := Version{Source: b}
	h := v.hash()
	return fmt.Sprintf("%x", h[:])
}

func TestStoreConcurrentRecord(t *testing.T) {
	s := openTemp(t)
	done := make(chan error)
	for g := range 4 {
		go func() {
			for i := range 10 {
				_, _, err := s.Record(doc, []byte(fmt.Sprintf("versi %d dari %d\n", i, g)), Meta{})
				if err == nil {
					_, errs := s.Versions(doc)
					err = errors.Join(errs...)
				}
				if err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	for range 4 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	if vs, errs := s.Versions(doc); len(vs) != 40 || len(errs) != 0 {
		t.Fatalf("got %d versions, errors %v; want 40", len(vs), errs)
	}
}

// Records of different documents run in parallel, also in a deferred
// batch; after Flush a new Store reads every version back.
func TestStoreParallelDeferredRecords(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.Defer()
	var wg sync.WaitGroup
	errs := make(chan error, 4*50)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				path := fmt.Sprintf("content/g%d/d%02d.md", g, i%25)
				src := fmt.Sprintf("---\nversion: \"%d\"\n---\nIsi %d dari %d.\n", i, i, g)
				if _, recorded, err := s.Record(path, []byte(src), Meta{Label: fmt.Sprint(i)}); err != nil || !recorded {
					errs <- fmt.Errorf("%s: recorded %v, %v", path, recorded, err)
				}
				if _, n := s.Last(path); n != i/25+1 {
					errs <- fmt.Errorf("%s: Last counts %d versions after record %d", path, n, i)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	again, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	for g := range 4 {
		for d := range 25 {
			path := fmt.Sprintf("content/g%d/d%02d.md", g, d)
			if vs, errs := again.Versions(path); len(errs) > 0 || len(vs) != 2 {
				t.Errorf("%s: %d versions, errors %v", path, len(vs), errs)
			}
		}
	}
}

func TestStoreDeferFlush(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.Defer()
	for i := range 50 {
		src := []byte(fmt.Sprintf("---\nversion: \"%d\"\n---\nIsi %d.\n", i, i))
		if _, recorded, err := s.Record(fmt.Sprintf("content/d%02d.md", i%10), src, Meta{Label: fmt.Sprint(i)}); err != nil || !recorded {
			t.Fatalf("record %d: %v %v", i, recorded, err)
		}
	}
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	again, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	for d := range 10 {
		vs, errs := again.Versions(fmt.Sprintf("content/d%02d.md", d))
		if len(errs) > 0 || len(vs) != 5 {
			t.Errorf("d%02d: %d versions, errors %v", d, len(vs), errs)
		}
	}
}

func TestStoreLast(t *testing.T) {
	s, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if h, n := s.Last("content/a.md"); h != "" || n != 0 {
		t.Errorf("unrecorded: %q %d", h, n)
	}
	for i, src := range []string{"satu", "dua", "dua", "tiga"} {
		s.Record("content/a.md", []byte(src), Meta{})
		h, n := s.Last("content/a.md")
		sum := sha256.Sum256([]byte(src))
		want := []int{1, 2, 2, 3}[i]
		if h != hex.EncodeToString(sum[:]) || n != want {
			t.Errorf("after %q: %q %d, want %d", src, h, n, want)
		}
	}
}

// TestLogLoad checks that Log lists what Versions does without the
// sources, that Load reads each one back checked, and that Merge tells
// a listed version from its loaded twin by Sum alone.
func TestLogLoad(t *testing.T) {
	s := openTemp(t)
	for i := 1; i <= 3; i++ {
		mustRecord(t, s, doc, fmt.Sprintf("versi %d\n", i), Meta{Label: fmt.Sprintf("Draf %d", i), Date: day(i)})
	}
	full, errs := s.Versions(doc)
	if len(errs) != 0 || len(full) != 3 {
		t.Fatalf("Versions = %v, %v", full, errs)
	}
	log, errs := s.Log(doc)
	if len(errs) != 0 || len(log) != 3 {
		t.Fatalf("Log = %v, %v", log, errs)
	}
	for i := range log {
		if log[i].Source != nil || log[i].ID != full[i].ID || log[i].Label != full[i].Label || len(log[i].Sum) != 64 {
			t.Fatalf("Log[%d] = %+v, want %+v without source", i, log[i], full[i])
		}
	}
	if m := Merge(log[:2], full[1:]); len(m) != 3 {
		t.Fatalf("Merge of listed and loaded versions = %d versions, want 3", len(m))
	}
	for i := range log {
		if err := s.Load(&log[i]); err != nil || string(log[i].Source) != string(full[i].Source) {
			t.Fatalf("Load[%d] = %q, %v; want %q", i, log[i].Source, err, full[i].Source)
		}
	}
	bad, _ := s.Log(doc)
	if err := os.WriteFile(s.blobPath(bad[0].Sum), []byte("rusak\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := s.Load(&bad[0]); err == nil || !strings.Contains(err.Error(), "corrupt") {
		t.Fatalf("Load of a corrupt blob = %v", err)
	}
	if err := s.Load(&Version{Path: doc, Sum: "zz"}); err == nil {
		t.Fatal("Load accepted an invalid checksum")
	}
}
