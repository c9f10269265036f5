package watch

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

func TestFallbackReason(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{fmt.Errorf("add: %w", syscall.ENOSPC), "inotify watch limit reached (fs.inotify.max_user_watches)"},
		{syscall.EMFILE, "inotify instance limit reached (fs.inotify.max_user_instances)"},
		{syscall.ENOTSUP, "file system notifications unavailable"},
	}
	for _, tt := range tests {
		if got := fallbackReason(tt.err); !strings.HasPrefix(got, tt.want) {
			t.Errorf("fallbackReason(%v) = %q, want prefix %q", tt.err, got, tt.want)
		}
	}
}

// modes runs a test against the fsnotify watcher and the polling watcher.
func modes(t *testing.T, f func(t *testing.T, poll time.Duration)) {
	t.Run("notify", func(t *testing.T) { f(t, 0) })
	t.Run("poll", func(t *testing.T) { f(t, 20*time.Millisecond) })
}

// start creates a watcher on a fresh tree holding files (rel -> content).
func start(t *testing.T, poll time.Duration, files map[string]string) (string, *Watcher) {
	t.Helper()
	root := t.TempDir()
	for rel, body := range files {
		write(t, root, rel, body)
	}
	var logs []string
	w, err := New(root, Options{Poll: poll, Logf: func(f string, a ...any) { logs = append(logs, fmt.Sprintf(f, a...)) }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		w.Close()
		if poll == 0 && len(logs) > 0 {
			t.Logf("watcher logs: %q", logs)
		}
	})
	return root, w
}

func write(t *testing.T, root, rel, body string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

// collect reads batches until the accumulated net effect equals want, or
// fails after a timeout. It returns the number of batches read.
func collect(t *testing.T, w *Watcher, want map[string]Op) int {
	t.Helper()
	got := map[string]Op{}
	n := 0
	timeout := time.After(5 * time.Second)
	for {
		if maps.Equal(got, want) {
			return n
		}
		select {
		case b, ok := <-w.Batches():
			if !ok {
				t.Fatal("Batches closed early")
			}
			n++
			for i := 1; i < len(b); i++ {
				if b[i-1].Path >= b[i].Path {
					t.Errorf("batch not sorted or has duplicates: %v", b)
				}
			}
			for _, ev := range b {
				if op, ok := merge(got[ev.Path], ev.Op); ok {
					got[ev.Path] = op
				} else {
					delete(got, ev.Path)
				}
			}
		case err := <-w.Errors():
			t.Errorf("watch error: %v", err)
		case <-timeout:
			t.Fatalf("after %d batches got %v, want %v", n, got, want)
		}
	}
}

// drain reads batches for d and returns their net effect and count.
func drain(w *Watcher, d time.Duration) (map[string]Op, int) {
	got := map[string]Op{}
	n := 0
	timeout := time.After(d)
	for {
		select {
		case b := <-w.Batches():
			n++
			for _, ev := range b {
				if op, ok := merge(got[ev.Path], ev.Op); ok {
					got[ev.Path] = op
				} else {
					delete(got, ev.Path)
				}
			}
		case <-timeout:
			return got, n
		}
	}
}

// quiet asserts that no batch arrives for a while.
func quiet(t *testing.T, w *Watcher) {
	t.Helper()
	select {
	case b := <-w.Batches():
		t.Errorf("unexpected batch %v", b)
	case <-time.After(200 * time.Millisecond):
	}
}

func TestAtomicRenameSave(t *testing.T) {
	modes(t, func(t *testing.T, poll time.Duration) {
		root, w := start(t, poll, map[string]string{"content/x.md": "# Lama\n"})
		write(t, root, "content/x.md.tmp", "# Baru, lebih panjang\n")
		if err := os.Rename(filepath.Join(root, "content/x.md.tmp"), filepath.Join(root, "content/x.md")); err != nil {
			t.Fatal(err)
		}
		// A known file replaced by a rename is a Write in both modes.
		collect(t, w, map[string]Op{"content/x.md": Write})
		quiet(t, w)
	})
}

// An atomic save followed at once by a delete must still report the delete
// (a Create and a Remove in one batch would cancel out).
func TestAtomicSaveThenDelete(t *testing.T) {
	modes(t, func(t *testing.T, poll time.Duration) {
		root, w := start(t, poll, map[string]string{"content/x.md": "# Lama\n"})
		write(t, root, "content/x.md.tmp", "# Baru\n")
		if err := os.Rename(filepath.Join(root, "content/x.md.tmp"), filepath.Join(root, "content/x.md")); err != nil {
			t.Fatal(err)
		}
		if err := os.Remove(filepath.Join(root, "content/x.md")); err != nil {
			t.Fatal(err)
		}
		collect(t, w, map[string]Op{"content/x.md": Remove})
		quiet(t, w)
	})
}

func TestNewFolderThenFile(t *testing.T) {
	modes(t, func(t *testing.T, poll time.Duration) {
		root, w := start(t, poll, nil)
		if err := os.MkdirAll(filepath.Join(root, "content/modul/baru"), 0o755); err != nil {
			t.Fatal(err)
		}
		time.Sleep(50 * time.Millisecond) // let the watcher add the folder first
		write(t, root, "content/modul/baru/pelatihan.md", "# Pelatihan\n")
		collect(t, w, map[string]Op{"content/modul/baru/pelatihan.md": Create})
		write(t, root, "content/modul/baru/pelatihan.md", "# Pelatihan dasar\n")
		collect(t, w, map[string]Op{"content/modul/baru/pelatihan.md": Write})
	})
}

// A file that lands in a new folder after the watcher scanned it and
// before the folder is watched is still reported (a guide saved just
// after the CSV that made its folder: the guide was never built).
func TestFileBetweenScanAndWatch(t *testing.T) {
	root := t.TempDir()
	var once sync.Once
	w, err := New(root, Options{Logf: t.Logf, afterScan: func(string) {
		once.Do(func() { write(t, root, "content/evaluasi/baru/skm.md", "# SKM\n") })
	}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	write(t, root, "content/evaluasi/baru/skm.csv", "U1\n4\n")
	collect(t, w, map[string]Op{"content/evaluasi/baru/skm.csv": Create, "content/evaluasi/baru/skm.md": Create})
}

func TestDelete(t *testing.T) {
	modes(t, func(t *testing.T, poll time.Duration) {
		root, w := start(t, poll, map[string]string{"content/x.md": "x", "content/y.md": "y"})
		if err := os.Remove(filepath.Join(root, "content/x.md")); err != nil {
			t.Fatal(err)
		}
		collect(t, w, map[string]Op{"content/x.md": Remove})
	})
}

func TestRenameFile(t *testing.T) {
	modes(t, func(t *testing.T, poll time.Duration) {
		root, w := start(t, poll, map[string]string{"content/lama.md": "isi"})
		if err := os.Rename(filepath.Join(root, "content/lama.md"), filepath.Join(root, "content/baru.md")); err != nil {
			t.Fatal(err)
		}
		want := map[string]Op{"content/lama.md": Rename, "content/baru.md": Create}
		if poll > 0 {
			want["content/lama.md"] = Remove
		}
		collect(t, w, want)
	})
}

func TestRenameFolder(t *testing.T) {
	modes(t, func(t *testing.T, poll time.Duration) {
		root, w := start(t, poll, map[string]string{
			"content/kebijakan/a.md":     "a",
			"content/kebijakan/sub/b.md": "b",
			"content/lain.md":            "c",
		})
		if err := os.Rename(filepath.Join(root, "content/kebijakan"), filepath.Join(root, "content/peraturan")); err != nil {
			t.Fatal(err)
		}
		gone := Rename
		if poll > 0 {
			gone = Remove
		}
		collect(t, w, map[string]Op{
			"content/kebijakan/a.md":     gone,
			"content/kebijakan/sub/b.md": gone,
			"content/peraturan/a.md":     Create,
			"content/peraturan/sub/b.md": Create,
		})
		// The moved folder is watched under its new name.
		write(t, root, "content/peraturan/sub/b.md", "b2")
		collect(t, w, map[string]Op{"content/peraturan/sub/b.md": Write})
	})
}

func TestBurstCoalesces(t *testing.T) {
	modes(t, func(t *testing.T, poll time.Duration) {
		root, w := start(t, poll, map[string]string{"content/x.md": "0"})
		for i := range 200 {
			write(t, root, "content/x.md", fmt.Sprintf("versi %d", i))
		}
		got, n := drain(w, 500*time.Millisecond)
		if !maps.Equal(got, map[string]Op{"content/x.md": Write}) {
			t.Errorf("200 writes gave %v, want one Write", got)
		}
		if n < 1 || n > 5 {
			t.Errorf("200 writes gave %d batches, want a few", n)
		}
	})
}

func TestIgnoredPathsAreSilent(t *testing.T) {
	modes(t, func(t *testing.T, poll time.Duration) {
		root, w := start(t, poll, map[string]string{"content/x.md": "x"})
		write(t, root, "content/.x.md.swp", "swap")
		write(t, root, "public/index.html", "out")
		write(t, root, ".git/index", "git")
		write(t, root, "content/x.md~", "backup")
		quiet(t, w)
	})
}

func TestCloseEndsBatches(t *testing.T) {
	_, w := start(t, 0, nil)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if _, ok := <-w.Batches(); ok {
		t.Error("Batches still open after Close")
	}
	if err := w.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func TestNewMissingRoot(t *testing.T) {
	if _, err := New(filepath.Join(t.TempDir(), "tidak-ada"), Options{}); err == nil {
		t.Error("New on a missing root succeeded")
	}
}

// Symbolic links to folders are followed: content/ may be a link to a
// shared drive. Its files appear under the link's path, edits below it
// are seen, a link to a folder above does not loop, and a link made
// later reports the files it brings.
func TestSymlinkedFolders(t *testing.T) {
	modes(t, func(t *testing.T, poll time.Duration) {
		shared := t.TempDir()
		write(t, shared, "kebijakan/a.md", "a")
		root := t.TempDir()
		link := func(target, rel string) {
			t.Helper()
			if err := os.Symlink(target, filepath.Join(root, filepath.FromSlash(rel))); err != nil {
				t.Fatal(err)
			}
		}
		link(shared, "content")
		link(root, "content/kebijakan/atas") // a cycle through the root
		w, err := New(root, Options{Poll: poll, Logf: t.Logf})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { w.Close() })
		if got := w.Files(); !slices.Equal(got, []string{"content/kebijakan/a.md"}) {
			t.Fatalf("files seen at start: %q", got)
		}
		write(t, shared, "kebijakan/a.md", "a, diubah")
		write(t, shared, "kebijakan/b.md", "b")
		collect(t, w, map[string]Op{"content/kebijakan/a.md": Write, "content/kebijakan/b.md": Create})
		other := t.TempDir()
		write(t, other, "modul.md", "m")
		link(other, "content/pelatihan")
		collect(t, w, map[string]Op{"content/pelatihan/modul.md": Create})
		time.Sleep(50 * time.Millisecond) // let the watcher add the folder first
		write(t, other, "modul.md", "m, diubah")
		collect(t, w, map[string]Op{"content/pelatihan/modul.md": Write})
		want := []string{"content/kebijakan/a.md", "content/kebijakan/b.md", "content/pelatihan/modul.md"}
		if got := w.Files(); !slices.Equal(got, want) {
			t.Errorf("files known at the end: %q, want %q", got, want)
		}
		w.Close()
		if got := w.Files(); got != nil {
			t.Errorf("files known after Close: %q", got)
		}
	})
}
