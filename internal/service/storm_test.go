package service

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tubei/pustaka/indexer"
	"github.com/tubei/pustaka/internal/sitetest"
)

var liveScript = regexp.MustCompile(`(?s)(<div id="pustaka-problems".*?</div>)?<script src="/_pustaka/livereload.js"[^>]*></script>`)

// TestEditStorm saves hundreds of times across many files in a few
// seconds (edits, atomic saves, creates, deletes, renames of files and
// folders) while readers fetch pages and search. No reader may get a 5xx
// or a cut-off page, and once the storm settles the served site and its
// search answers equal a clean build of the final files.
func TestEditStorm(t *testing.T) {
	if testing.Short() {
		t.Skip("edit storm takes a few seconds")
	}
	dir := sitetest.WriteArchive(t, filepath.Join("testdata", "site.txtar"))
	for i := range 20 {
		sitetest.Write(t, dir, fmt.Sprintf("content/arsip/catatan-%02d.md", i), doc(i, 0))
	}
	var log sitetest.Log
	svc := New(Options{Dir: dir, NoHistory: true, Compress: true, Log: &log})
	defer func() {
		if t.Failed() {
			t.Logf("server log:\n%s", log.String())
		}
	}()
	srv, _ := serveLive(t, svc, ServeOptions{Watch: true})

	var stop atomic.Bool
	var bad atomic.Int64
	var reads atomic.Int64
	var wg sync.WaitGroup
	for r := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(r), 1))
			for !stop.Load() {
				u := srv.URL + fmt.Sprintf("/arsip/catatan-%02d/", rng.IntN(30))
				if rng.IntN(3) == 0 {
					u = srv.URL + "/api/search?q=laporan+kinerja"
				}
				resp, err := http.Get(u)
				if err != nil {
					t.Error(err)
					bad.Add(1)
					return
				}
				body, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				reads.Add(1)
				complete := !strings.Contains(resp.Header.Get("Content-Type"), "html") || strings.HasSuffix(strings.TrimSpace(string(body)), "</html>")
				if err != nil || resp.StatusCode >= 500 || !complete {
					t.Errorf("GET %s: %d, %d bytes, err %v", u, resp.StatusCode, len(body), err)
					bad.Add(1)
				}
			}
		}()
	}

	rng := rand.New(rand.NewPCG(7, 7))
	steps := 300
	if raceDetector {
		steps = 100 // a rebuild takes seconds under -race on a busy 2-core machine
	}
	for step := range steps {
		storm(t, dir, rng, step)
		time.Sleep(time.Duration(rng.IntN(12)) * time.Millisecond)
	}
	// A last edit that we can see being served marks the end of the storm.
	sitetest.Write(t, dir, "content/arsip/penanda.md", "---\ntitle: Penanda Akhir\n---\nSelesai.\n")
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if code, _ := get(t, srv.URL+"/arsip/penanda/"); code == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("timed out waiting for the storm to settle")
		}
	}
	time.Sleep(300 * time.Millisecond) // any straggling batch
	stop.Store(true)
	wg.Wait()
	if bad.Load() > 0 {
		t.Fatalf("%d bad responses of %d", bad.Load(), reads.Load())
	}
	t.Logf("%d reads during the storm", reads.Load())
	compareWithCleanBuild(t, dir, srv.URL, svc)
}

func doc(i, rev int) string {
	return fmt.Sprintf("---\ntitle: Catatan %02d\ntags: [arsip, t%d]\n---\n## Isi\n\nCatatan nomor %d revisi %d tentang laporan kinerja dan pelatihan.\n", i, i%3, i, rev)
}

// storm makes one random change under content/arsip.
func storm(t *testing.T, dir string, rng *rand.Rand, step int) {
	i := rng.IntN(30)
	name := fmt.Sprintf("content/arsip/catatan-%02d.md", i)
	p := filepath.Join(dir, filepath.FromSlash(name))
	switch op := rng.IntN(10); {
	case op < 4:
		sitetest.Write(t, dir, name, doc(i, step))
	case op < 6:
		sitetest.Save(t, dir, name, doc(i, step))
	case op < 7:
		os.Remove(p)
	case op < 8:
		j := rng.IntN(30)
		os.Rename(p, filepath.Join(dir, "content", "arsip", fmt.Sprintf("catatan-%02d.md", j)))
	case op < 9:
		sub := fmt.Sprintf("content/arsip/map-%d/catatan-%02d.md", rng.IntN(3), i)
		sitetest.Write(t, dir, sub, doc(i, step))
	default:
		from := filepath.Join(dir, "content", "arsip", fmt.Sprintf("map-%d", rng.IntN(3)))
		os.Rename(from, filepath.Join(dir, "content", "arsip", fmt.Sprintf("map-%d", 3+rng.IntN(3))))
	}
}

// compareWithCleanBuild builds a copy of the final files from scratch and
// checks that the server serves exactly that site and searches alike.
func compareWithCleanBuild(t *testing.T, dir, base string, svc *Service) {
	t.Helper()
	cdir := t.TempDir()
	if err := os.CopyFS(filepath.Join(cdir, "content"), os.DirFS(filepath.Join(dir, "content"))); err != nil {
		t.Fatal(err)
	}
	fresh := New(Options{Dir: cdir, NoHistory: true, Log: io.Discard})
	res := fresh.Build(context.Background())
	want := res.Output.Files
	got := svc.Site().Output().Files
	var wantNames, gotNames []string
	for n := range want {
		wantNames = append(wantNames, n)
	}
	for n := range got {
		gotNames = append(gotNames, n)
	}
	slices.Sort(wantNames)
	slices.Sort(gotNames)
	if !slices.Equal(wantNames, gotNames) {
		t.Fatalf("served files differ from a clean build:\nserved %v\nclean  %v", gotNames, wantNames)
	}
	for _, n := range wantNames {
		if strings.HasPrefix(n, "/css/") || strings.HasPrefix(n, "/js/") || n == "/cari/index.html" { // the server renders search itself
			continue
		}
		code, body := get(t, base+strings.TrimSuffix(n, "index.html"))
		body = liveScript.ReplaceAllString(body, "")
		if code != 200 && n != "/404.html" || body != string(want[n].Body) {
			t.Errorf("%s: served %d and differs from a clean build", n, code)
		}
	}
	if err := fresh.OpenIndex(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	if _, err := fresh.UpdateIndex(res); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"laporan kinerja", "catatan", "revisi", "pelatihan"} {
		var cleanURLs []string
		for page := 1; ; page++ {
			r, err := fresh.Index().Search(context.Background(), indexer.Request{Query: q, Size: 50, Page: page})
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range r.Hits {
				cleanURLs = append(cleanURLs, h.URL)
			}
			if len(r.Hits) == 0 || uint64(len(cleanURLs)) >= r.Total {
				break
			}
		}
		served := search(t, base, q)
		slices.Sort(cleanURLs)
		slices.Sort(served)
		if !slices.Equal(cleanURLs, served) {
			t.Errorf("search %q: served %v, clean build %v", q, served, cleanURLs)
		}
	}
}
