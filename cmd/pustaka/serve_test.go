package main

import (
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tubei/pustaka/internal/history"
	"github.com/tubei/pustaka/internal/sitetest"
)

// TestProductionServeHidesWorkingStates: the unnamed working states kept
// in .pustaka/history are shown only to the person editing (serve
// --watch); serve --watch=false is the public server and lists only
// named versions and commits, as build does (issue 15, item 3).
func TestProductionServeHidesWorkingStates(t *testing.T) {
	dir := sample(t)
	if _, errOut, code := pustakaPrompt(t, dir, "build", "--no-index"); code != 0 {
		t.Fatal(errOut)
	}
	sitetest.Write(t, dir, "content/pelatihan/satu.md", "---\ntitle: Satu\n---\nSetengah diketik, belum untuk umum.\n")
	if _, errOut, code := pustakaPrompt(t, dir, "build", "--no-index"); code != 0 {
		t.Fatal(errOut)
	}
	st, err := history.OpenStore(filepath.Join(dir, history.DefaultStoreDir))
	if err != nil {
		t.Fatal(err)
	}
	vs, _ := st.Versions("content/pelatihan/satu.md")
	if len(vs) != 2 {
		t.Fatalf("want the two built states in the history, got %d", len(vs))
	}
	addr, _ := startServe(t, dir)
	get := func(path string) (int, string) {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, page := get("/pelatihan/satu/"); code != 200 || strings.Contains(page, "versi kerja") || strings.Contains(page, "/versi/") {
		t.Errorf("serve --watch=false lists a working state (status %d):\n%s", code, page)
	}
	// Nor does it compare one on request.
	q := url.Values{"dok": {"/pelatihan/satu/"}, "dari": {vs[0].ID}, "ke": {"current"}}
	if code, page := get("/banding/?" + q.Encode()); code == 200 || strings.Contains(page, "Setengah") {
		t.Errorf("serve --watch=false compares a working state: status %d\n%s", code, page)
	}
}
