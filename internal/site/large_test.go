package site

import (
	"context"
	"strings"
	"testing"

	"github.com/tubei/pustaka/internal/sitetest"
)

// A document over markdown.large has its contents at the top in the
// compact form (a chapter's articles as one line of numbers) and its
// text marked to be laid out as it is reached; a shorter one keeps the
// usual contents. Changing the setting remakes the pages.
func TestLargeDocument(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "config.yaml", "markdown:\n  large: 10KB\n")
	write(t, dir, "content/peraturan/besar.md", sitetest.Regulation("Peraturan Besar", 12<<10))
	write(t, dir, "content/peraturan/kecil.md", sitetest.Regulation("Peraturan Kecil", 6<<10))
	s := New(Options{Dir: dir, NoHistory: true})
	res := s.Rebuild(context.Background(), nil)
	if res.Diags.Errors() > 0 {
		t.Fatal(res.Diags)
	}
	big, small := body(t, res, "/peraturan/besar/index.html"), body(t, res, "/peraturan/kecil/index.html")
	for _, want := range []string{`<nav class="toc toc-large"`, `<div class="content large" id="isi">`,
		`<p class="toc-run">Pasal <a href="#pasal-1" aria-label="Pasal 1">1</a> <a href="#pasal-2" aria-label="Pasal 2">2</a> `} {
		if !strings.Contains(big, want) {
			t.Errorf("large document: no %s", want)
		}
	}
	if i, j := strings.Index(big, `id="daftar-isi"`), strings.Index(big, `id="isi"`); i < 0 || j < i {
		t.Errorf("large document: contents at %d, text at %d: want the contents first", i, j)
	}
	if !strings.Contains(small, `<nav class="toc"`) || strings.Contains(small, "toc-run") || strings.Contains(small, "content large") {
		t.Errorf("short document: not the usual contents")
	}
	write(t, dir, "config.yaml", "markdown:\n  large: 1MB\n")
	res = s.Rebuild(context.Background(), written("config.yaml"))
	if big := body(t, res, "/peraturan/besar/index.html"); strings.Contains(big, "toc-large") || strings.Contains(big, "content large") {
		t.Errorf("large: 1MB: the 12 KB document is still shown as large")
	}
}
