package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tubei/pustaka/internal/sitetest"
)

// TestReadOnlyCommands: search, analyze, diff, check and search-log write nothing to
// the site folder. They run on a copy of the sample site made read-only
// (chmod -R a-w); as root, where that does not stop writes, the snapshot
// of every path, size, mode and modification time before and after
// decides. Search runs both on the saved index and, with none, on an
// index made in memory.
func TestReadOnlyCommands(t *testing.T) {
	dir := t.TempDir()
	copyTree(t, filepath.Join("..", "..", "content"), filepath.Join(dir, "content"))
	copyTree(t, filepath.Join("..", "..", "config.yaml"), filepath.Join(dir, "config.yaml"))
	doc := "content/kebijakan/peningkatan-kualitas-asn.md"
	if _, errOut, code := pustaka(t, dir, "build"); code != 0 {
		t.Fatal(errOut)
	}
	appendTo(t, dir, doc, "\nKalimat tambahan untuk versi kedua.\n")
	if _, errOut, code := pustaka(t, dir, "build"); code != 0 {
		t.Fatal(errOut)
	}
	commands := [][]string{
		{"search", "pelatihan", "--json"},
		{"search", "pelatihan", "--type", "policy"},
		{"analyze", "pelatihan", "pegawai"},
		{"diff", doc},
		{"diff", doc, "--format", "html"},
		{"check"},
		{"search-log"},
	}
	frozen(t, dir, commands)

	// Content newer than the index, and no history store: search says
	// the index is behind, diff and check read no store.
	appendTo(t, dir, doc, "\nKalimat ketiga.\n")
	if err := os.RemoveAll(filepath.Join(dir, ".pustaka", "history")); err != nil {
		t.Fatal(err)
	}
	frozen(t, dir, commands[:2])
	if _, errOut, _ := pustaka(t, dir, "search", "pelatihan"); !strings.Contains(errOut, "catatan: 1 berkas di content/ berubah sejak indeks pencarian diperbarui") {
		t.Errorf("search on an index older than content/ said:\n%s", errOut)
	}
	if err := os.RemoveAll(filepath.Join(dir, ".pustaka")); err != nil {
		t.Fatal(err)
	}
	frozen(t, dir, [][]string{{"search", "pelatihan"}, {"check"}})
}

// frozen runs each command on dir made read-only and fails the test if
// one fails or anything under dir changed.
func frozen(t *testing.T, dir string, commands [][]string) {
	t.Helper()
	chmodTree(t, dir, false)
	defer chmodTree(t, dir, true)
	before := snapshot(t, dir)
	for _, args := range commands {
		out, errOut, code := pustaka(t, dir, args...)
		if code != 0 || out+errOut == "" {
			t.Errorf("%q on a read-only site: exit %d\n%s%s", args, code, out, errOut)
		}
		if after := snapshot(t, dir); after != before {
			t.Fatalf("%q wrote to the site folder:\n%s", args, lineDiff(before, after))
		}
	}
}

// snapshot lists every path under dir with its size, mode and
// modification time.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		fmt.Fprintf(&b, "%s %d %s %s\n", rel, fi.Size(), fi.Mode(), fi.ModTime().Format("15:04:05.000000000"))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// lineDiff lists the lines only in a and only in b.
func lineDiff(a, b string) string {
	in := map[string]int{}
	for _, l := range strings.Split(a, "\n") {
		in[l]--
	}
	for _, l := range strings.Split(b, "\n") {
		in[l]++
	}
	var out strings.Builder
	for l, n := range in {
		switch {
		case n < 0:
			fmt.Fprintf(&out, "- %s\n", l)
		case n > 0:
			fmt.Fprintf(&out, "+ %s\n", l)
		}
	}
	return out.String()
}

// chmodTree removes (writable false) or gives back the owner's write
// permission on everything under dir.
func chmodTree(t *testing.T, dir string, writable bool) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		fi, err := d.Info()
		if err != nil {
			return nil
		}
		mode := fi.Mode().Perm() &^ 0o222
		if writable {
			mode |= 0o200
		}
		return os.Chmod(p, mode)
	})
}

// copyTree copies the file or folder src to dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		to := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(to, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(to, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// appendTo appends text to the site file name.
func appendTo(t *testing.T, dir, name, text string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	sitetest.Write(t, dir, name, string(b)+text)
}
