package sources

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"testing/fstest"
)

// walk returns what Walk reports: folders with a trailing "/", errors
// as "!path".
func walk(t *testing.T, fsys fs.FS, dir string, skip func(string) bool) []string {
	t.Helper()
	var got []string
	err := Walk(fsys, dir, skip, func(rel string, info fs.FileInfo, err error) error {
		switch {
		case err != nil:
			got = append(got, "!"+rel)
		case info.IsDir():
			got = append(got, rel+"/")
		default:
			got = append(got, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func put(t *testing.T, root string, files ...string) {
	t.Helper()
	for _, f := range files {
		p := filepath.Join(root, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(f), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func link(t *testing.T, target, name string) {
	t.Helper()
	if err := os.Symlink(target, name); err != nil {
		t.Fatal(err)
	}
}

// Links are followed: to a folder elsewhere, to a file; a link back up
// (a cycle) and a dangling link are not. Skipped names are not entered.
func TestWalkFollowsLinks(t *testing.T) {
	shared := t.TempDir()
	put(t, shared, "kebijakan/a.md", "kebijakan/b.md")
	root := t.TempDir()
	put(t, root, "tentang.md", ".draf/x.md", "z/c.md")
	link(t, shared, filepath.Join(root, "bersama"))
	link(t, root, filepath.Join(shared, "kebijakan", "atas"))
	link(t, filepath.Join(root, "z", "c.md"), filepath.Join(root, "c-link.md"))
	link(t, filepath.Join(root, "hilang"), filepath.Join(root, "patah.md"))
	got := walk(t, os.DirFS(root), ".", Skipped)
	want := []string{"./", "bersama/", "bersama/kebijakan/", "bersama/kebijakan/a.md", "bersama/kebijakan/b.md",
		"c-link.md", "tentang.md", "z/", "z/c.md"}
	if !slices.Equal(got, want) {
		t.Errorf("walk:\n got %q\nwant %q", got, want)
	}
	// From a folder below, a link to the root is still a cycle.
	got = walk(t, os.DirFS(root), "bersama/kebijakan", nil)
	want = []string{"bersama/kebijakan/", "bersama/kebijakan/a.md", "bersama/kebijakan/b.md"}
	if !slices.Equal(got, want) {
		t.Errorf("walk from below:\n got %q\nwant %q", got, want)
	}
}

func TestWalkMapFS(t *testing.T) {
	fsys := fstest.MapFS{
		"a/b.md":   {Data: []byte("b")},
		"a.md":     {Data: []byte("a")},
		".git/x":   {Data: []byte("x")},
		"c/d/e.md": {Data: []byte("e")},
	}
	got := walk(t, fsys, ".", Skipped)
	want := []string{"./", "a/", "a/b.md", "a.md", "c/", "c/d/", "c/d/e.md"}
	if !slices.Equal(got, want) {
		t.Errorf("walk:\n got %q\nwant %q", got, want)
	}
}

// A missing start folder and an unreadable folder reach fn as errors;
// an error from fn stops the walk.
func TestWalkErrors(t *testing.T) {
	root := t.TempDir()
	put(t, root, "a/x.md", "b/y.md")
	if got := walk(t, os.DirFS(root), "tiada", nil); !slices.Equal(got, []string{"!tiada"}) {
		t.Errorf("missing folder: %q", got)
	}
	if os.Getuid() != 0 {
		if err := os.Chmod(filepath.Join(root, "a"), 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(filepath.Join(root, "a"), 0o755) })
		if got := walk(t, os.DirFS(root), ".", nil); !slices.Equal(got, []string{"./", "!a", "b/", "b/y.md"}) {
			t.Errorf("unreadable folder: %q", got)
		}
	}
	stop := errors.New("cukup")
	n := 0
	err := Walk(os.DirFS(root), "b", nil, func(string, fs.FileInfo, error) error { n++; return stop })
	if err != stop || n != 1 {
		t.Errorf("Walk = %v after %d calls, want %v after 1", err, n, stop)
	}
}
