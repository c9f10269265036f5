package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tubei/pustaka/indexer"
	"github.com/tubei/pustaka/internal/site"
	"github.com/tubei/pustaka/internal/sitetest"
)

// TestKilledBuild kills a build with SIGKILL while it writes its staging
// folder: public/ and the search index stay as the previous build left
// them (consistent with each other), and the next build removes the
// folder left behind, says so, and publishes both.
func TestKilledBuild(t *testing.T) {
	dir := t.TempDir()
	const pages = 400
	page := func(i int, extra string) {
		sitetest.Write(t, dir, fmt.Sprintf("content/pelatihan/modul-%03d.md", i),
			fmt.Sprintf("---\ntitle: Modul %d\nlevel: dasar\nduration: 30m\n---\n## Materi\n\nPegawai mempelajari tata naskah dinas bagian %d.%s\n", i, i, extra))
	}
	for i := range pages {
		page(i, "")
	}
	if _, errOut, code := pustaka(t, dir, "build"); code != 0 {
		t.Fatal(errOut)
	}
	before := snapshot(t, filepath.Join(dir, "public"))
	for i := range pages {
		page(i, " Kalibrasi alat ukur.")
	}

	cmd := exec.Command(binary, "build")
	cmd.Dir = dir
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	staging := ""
	for start := time.Now(); staging == "" && time.Since(start) < prompt; time.Sleep(2 * time.Millisecond) {
		m, _ := filepath.Glob(filepath.Join(dir, fmt.Sprintf(".public.new-p%d-*", cmd.Process.Pid), "pelatihan", "*"))
		if len(m) > 0 {
			staging = filepath.Dir(filepath.Dir(m[0]))
		}
	}
	cmd.Process.Kill()
	err := cmd.Wait()
	if staging == "" {
		t.Fatalf("never saw the build write its staging folder (%v)", err)
	}
	if err == nil {
		t.Skip("the build finished before it was killed")
	}
	if _, err := os.Stat(staging); err != nil {
		t.Fatalf("the killed build's staging folder is gone: %v", err)
	}
	if after := snapshot(t, filepath.Join(dir, "public")); after != before {
		t.Fatalf("a killed build changed public/:\n%s", lineDiff(before, after))
	}
	if n := indexed(t, dir, "kalibrasi"); n != 0 {
		t.Errorf("the killed build indexed the new text of %d pages", n)
	}

	_, errOut, code := pustaka(t, dir, "build")
	if code != 0 || !strings.Contains(errOut, "1 folder sementara dari build yang terhenti dihapus") || !strings.Contains(errOut, filepath.Base(staging)) {
		t.Errorf("build after the kill: exit %d\n%s", code, errOut)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".public.new-*")); len(left) > 0 {
		t.Errorf("staging folders left: %q", left)
	}
	if n := indexed(t, dir, "kalibrasi"); n != pages {
		t.Errorf("after the build, %d pages indexed with the new text, want %d", n, pages)
	}
	b, err := os.ReadFile(filepath.Join(dir, "public", "pelatihan", "modul-007", "index.html"))
	if err != nil || !strings.Contains(string(b), "Kalibrasi") {
		t.Errorf("public/ lacks the new text: %v", err)
	}
}

// indexed is the number of documents of the site's saved search index
// that match query.
func indexed(t *testing.T, dir, query string) uint64 {
	t.Helper()
	ix, err := indexer.Open(indexer.Options{Path: filepath.Join(dir, ".pustaka", "index"), ReadOnly: true, Text: site.TextVersion})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	r, err := ix.Search(context.Background(), indexer.Request{Query: query})
	if err != nil {
		t.Fatal(err)
	}
	return r.Total
}
