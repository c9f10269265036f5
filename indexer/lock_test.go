package indexer

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestOpenLocked: while one Open holds the index for writing, another
// (read-only or not) fails with ErrLocked after its timeout and leaves
// the index alone, even when it would otherwise rebuild it.
func TestOpenLocked(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	w, _ := openDisk(t, dir, Options{})
	if _, err := w.Sync(loadDocs(t)); err != nil {
		t.Fatal(err)
	}
	for name, o := range map[string]Options{
		"read-only":     {ReadOnly: true},
		"writer":        {},
		"other version": {Roots: []string{"gawai"}},
	} {
		o.Path, o.LockTimeout = dir, 150*time.Millisecond
		start := time.Now()
		ix, err := Open(o)
		if err == nil {
			ix.Close()
		}
		if !errors.Is(err, ErrLocked) {
			t.Errorf("%s: Open while locked: %v, want ErrLocked", name, err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: Open waited %s", name, d)
		}
	}
	if res := find(t, w, Request{Query: "arsip"}); res.Total != 1 {
		t.Errorf("the locked index changed: %v", urls(res))
	}
	w.Close()

	// Read-only opens share the index; neither writes.
	before := tree(t, dir)
	a, err := Open(Options{Path: dir, ReadOnly: true, LockTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(Options{Path: dir, ReadOnly: true, LockTimeout: time.Second})
	if err != nil {
		t.Fatalf("a second read-only Open: %v", err)
	}
	if res := find(t, b, Request{Query: "arsip"}); res.Total != 1 {
		t.Errorf("read-only search: %v", urls(res))
	}
	if _, err := b.Update(loadDocs(t), nil); err == nil {
		t.Error("Update on a read-only index succeeded")
	}
	b.Close()
	if after := tree(t, dir); after != before {
		t.Errorf("read-only opens changed the index folder:\n%s\n%s", before, after)
	}
}

// TestOpenReadOnlyNoIndex: read-only, a missing index or one built with
// other settings is ErrNoIndex, not recreated.
func TestOpenReadOnlyNoIndex(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	if _, err := Open(Options{Path: dir, ReadOnly: true}); !errors.Is(err, ErrNoIndex) {
		t.Errorf("missing index: %v, want ErrNoIndex", err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Error("a read-only Open made the index folder")
	}
	w, _ := openDisk(t, dir, Options{})
	w.Close()
	if _, err := Open(Options{Path: dir, ReadOnly: true, Roots: []string{"gawai"}}); !errors.Is(err, ErrNoIndex) {
		t.Errorf("other version: %v, want ErrNoIndex", err)
	}
}

// tree lists the files below dir with their sizes and modification times.
func tree(t *testing.T, dir string) string {
	t.Helper()
	var s string
	filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		s += fmt.Sprintf("%s %d %s\n", p, fi.Size(), fi.ModTime())
		return nil
	})
	return s
}
