package site

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/tubei/pustaka/internal/browsertest"
)

// TestNoSidewaysScroll opens every page of the sample site, and of the
// Indonesian Vue guide in ../shared/corpora when it is there, in a 360 px
// wide window and fails for each page wider than the window: tables and
// code scroll in their own boxes, long words break, images scale. The
// tables an evaluation guide and its printable survey reports make
// (indicators, measured values, the survey's results) must fit the
// window without scrolling in their boxes either. The pages load in
// 360 px frames of one browser tab, a few at a time: a frame is a
// window of its own to the page's styles.
func TestNoSidewaysScroll(t *testing.T) {
	// About 150 pages: 60 s on a machine under a load of 20, past 90 s
	// when other browser tests run beside it.
	ctx := browsertest.StartFor(t, 5*time.Minute)
	sites := map[string]string{"sample": filepath.Join("..", "..")}
	if vue := filepath.Join("..", "..", "..", "shared", "corpora", "vue-id"); dirExists(vue) {
		sites["vue-id"] = vue
	}
	for name, dir := range sites {
		out := New(Options{Dir: dir, ReadOnly: true, NoHistory: name != "sample"}).Build(context.Background()).Output
		mux := http.NewServeMux()
		mux.Handle("/", out.Handler())
		mux.HandleFunc("/_uji/", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			io.WriteString(w, "<!DOCTYPE html><html><head><title>uji</title></head><body></body></html>")
		})
		srv := httptest.NewServer(mux)
		pages := htmlPages(out)
		if len(pages) == 0 {
			t.Fatalf("%s: no pages built", name)
		}
		list, _ := json.Marshal(pages)
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/_uji/")); err != nil {
			t.Fatal(err)
		}
		wide, err := chromedp.Run(ctx, chromedp.Evaluate[[]widePage](fmt.Sprintf(inFrames, 360, 740, list), chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, w := range wide {
			switch {
			case w.Width == 0:
				t.Errorf("%s %s: empty page", name, w.Page)
			case w.Width > w.Window:
				t.Errorf("%s %s: page is %d px wide in a %d px window; widest: %q", name, w.Page, w.Width, w.Window, w.Widest)
			default:
				t.Errorf("%s %s: tables of the evaluation scroll sideways in a %d px window: %q", name, w.Page, w.Window, w.Boxes)
			}
		}
		srv.Close()
	}
}

// widePage is a page that does not fit the window, as inFrames finds it.
type widePage struct {
	Page          string
	Width, Window int
	Widest        []string // the innermost elements past the window's edge
	Boxes         []string // evaluation tables wider than their boxes
}

// inFrames loads the pages (%[3]s, a JSON list) into frames %[1]d px wide
// and %[2]d px high, six at a time, and returns the pages that do not fit
// (widePage).
const inFrames = `(async pages => {
  const widest = d => [...d.querySelectorAll("body *")].filter(e =>
      e.getBoundingClientRect().right > d.documentElement.clientWidth + 1 &&
      ![...e.children].some(c => c.getBoundingClientRect().right > d.documentElement.clientWidth + 1)
    ).slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? "." + e.className : "") + " " + (e.textContent || "").trim().slice(0, 40));
  const check = page => new Promise(done => {
    const f = document.createElement("iframe");
    f.style.cssText = "position:absolute;left:0;top:0;border:0;width:%[1]dpx;height:%[2]dpx";
    f.onload = () => {
      const d = f.contentDocument, el = d.documentElement;
      const r = {Page: page, Width: el.scrollWidth, Window: el.clientWidth, Widest: [], Boxes: []};
      if (r.Width > r.Window) r.Widest = widest(d);
      r.Boxes = [...d.querySelectorAll("table.indicators, table.measured, .survey table, .report table")]
        .map(t => t.closest(".scroll")).filter(b => b && b.scrollWidth > b.clientWidth + 1)
        .map(b => b.querySelector("table").className + " " + b.scrollWidth + " px in " + b.clientWidth + " px");
      f.remove();
      done(r);
    };
    f.src = page;
    document.body.append(f);
  });
  const out = [];
  for (let i = 0; i < pages.length; i += 6) out.push(...await Promise.all(pages.slice(i, i + 6).map(check)));
  return out.filter(r => r.Width === 0 || r.Width > r.Window || r.Boxes.length > 0);
})(%[3]s)`

func dirExists(dir string) bool {
	fi, err := os.Stat(dir)
	return err == nil && fi.IsDir()
}

// htmlPages lists the URL paths of the built HTML pages.
func htmlPages(out *Output) []string {
	var pages []string
	for name := range out.Files {
		if strings.HasSuffix(name, ".html") {
			pages = append(pages, strings.TrimSuffix(name, "index.html"))
		}
	}
	sort.Strings(pages)
	return pages
}

// TestReaderComforts drives the sample site's long policy in Chromium: the
// phone menu opens and closes from the keyboard, the contents sit beside
// the text on a desktop and mark the section being read, the theme and text
// size choices survive a reload, and the back-to-top button appears.
func TestReaderComforts(t *testing.T) {
	ctx := browsertest.Start(t)
	out := sampleSite().Output
	srv := httptest.NewServer(out.Handler())
	defer srv.Close()
	policy := srv.URL + "/kebijakan/peningkatan-kualitas-asn/"
	eval := func(js string) string { return eval[string](t, ctx, js) } // the package's eval, for strings
	do := func(actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatal(err)
		}
	}

	// Phone: the sections fold behind the Menu button; Enter opens, Escape closes.
	do(chromedp.EmulateViewport(360, 740), chromedp.Navigate(policy))
	if got := eval(`getComputedStyle(document.getElementById("site-nav")).display`); got != "none" {
		t.Errorf("phone: section menu display = %q before opening, want none", got)
	}
	do(chromedp.Focus(chromedp.CSS(".menu-btn")), chromedp.KeyEvent("\r"))
	if got := eval(`document.querySelector(".menu-btn").getAttribute("aria-expanded") + " " + getComputedStyle(document.getElementById("site-nav")).display`); got != "true flex" {
		t.Errorf("phone: after Enter on Menu: %q, want the menu open", got)
	}
	do(chromedp.Focus(chromedp.CSS(".site-nav a")), chromedp.KeyEvent(kb.Escape))
	if got := eval(`document.querySelector(".menu-btn").getAttribute("aria-expanded") + " " + document.activeElement.className`); got != "false menu-btn" {
		t.Errorf("phone: after Escape: %q, want the menu closed and focus on its button", got)
	}
	if got := eval(`String(document.querySelector("details[data-toc]").open)`); got != "false" {
		t.Errorf("phone: table of contents open = %s, want folded", got)
	}

	// Desktop: the contents are open, beside the text, and follow the reading.
	do(chromedp.EmulateViewport(1280, 800), chromedp.Navigate(policy))
	if got := eval(`String(document.querySelector("details[data-toc]").open && document.querySelector(".toc").getBoundingClientRect().left > document.querySelector("#isi").getBoundingClientRect().right)`); got != "true" {
		t.Error("desktop: table of contents not open beside the text")
	}
	do(chromedp.Evaluate[chromedp.Void](`document.getElementById("pasal-5").scrollIntoView()`))
	// The marks follow scroll events, which a loaded machine delivers late.
	browsertest.WaitTrue(t, ctx, "the contents to mark a section and the back-to-top button to show",
		`!!document.querySelector(".toc a[aria-current]") && !document.querySelector(".totop-fly").hidden`)
	// Pasal 5 is at the top of the window: it, or its first ayat right under it, is being read.
	if got := eval(`(a => a ? a.closest("li").parentElement.closest("li").firstElementChild.textContent + " > " + a.textContent : "none")(document.querySelector(".toc a[aria-current]"))`); got != "BAB II Pengembangan Kompetensi > Pasal 5" && got != "Pasal 5 > Ayat (1)" {
		t.Errorf("desktop: contents mark %q as being read, want Pasal 5", got)
	}
	if got := eval(`String(!document.querySelector(".totop-fly").hidden)`); got != "true" {
		t.Error("desktop: no back-to-top button far down the page")
	}

	// Theme and text size: chosen once, kept on reload.
	do(chromedp.Click(chromedp.CSS(`[data-pref="theme"]`)), chromedp.Click(chromedp.CSS(`[data-pref="theme"]`)),
		chromedp.Click(chromedp.CSS(`[data-pref="larger"]`)), chromedp.Reload())
	if got := eval(`document.documentElement.getAttribute("data-theme") + " " + document.documentElement.style.fontSize + " " + getComputedStyle(document.body).backgroundColor`); got != "dark 110% rgb(17, 20, 24)" {
		t.Errorf("after choosing dark and larger text and reloading: %q", got)
	}
}

// TestPolicyPageWeight: the sample's longest policy, with the CSS and
// JavaScript it loads, stays under 60 KB compressed and asks for nothing
// from another host.
func TestPolicyPageWeight(t *testing.T) {
	out := sampleSite().Output
	page := out.Files["/kebijakan/peningkatan-kualitas-asn/index.html"]
	if page == nil {
		t.Fatal("sample policy not built")
	}
	html := page.Bytes()
	size := gzipSize(html)
	for _, m := range assetRE.FindAllSubmatch(html, -1) {
		f := out.Files[string(m[1])]
		if f == nil {
			t.Errorf("the page loads %s, which is not built", m[1])
			continue
		}
		size += gzipSize(f.Bytes())
	}
	if ext := externalRE.Find(html); ext != nil {
		t.Errorf("the page asks another host: %s", ext)
	}
	if size > 60<<10 {
		t.Errorf("policy page with CSS and JS = %d bytes compressed, budget 60 KB", size)
	}
	t.Logf("policy page with CSS and JS: %d bytes compressed", size)
}

var (
	assetRE    = regexp.MustCompile(`(?:<script src|<link rel="stylesheet" href)="(/[^"]+)"`)
	externalRE = regexp.MustCompile(`(?:src|<link[^>]*href)="(?:https?:)?//[^"]*"`)
)

func gzipSize(b []byte) int {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.DefaultCompression)
	zw.Write(b)
	zw.Close()
	return buf.Len()
}

// TestOfflineReading: with offline: true a page the reader opened is
// served by the service worker once the server is gone, saying that it is
// the copy kept on the device; without the setting no worker is published.
func TestOfflineReading(t *testing.T) {
	if out := sampleSite().Output; out.Files["/sw.js"] != nil || out.Files["/js/sw.js"] != nil {
		t.Error("service worker published without offline: true")
	}
	ctx := browsertest.Start(t)
	cfg := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(cfg, []byte("title: Pustaka Luring\noffline: true\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := New(Options{Dir: filepath.Join("..", ".."), ConfigFile: cfg, ReadOnly: true}).Build(context.Background()).Output
	if out.Files["/sw.js"] == nil {
		t.Fatal("no /sw.js with offline: true")
	}
	srv := httptest.NewServer(out.Handler())
	page := srv.URL + "/pelatihan/mentoring-asn-baru/"
	if err := chromedp.Do(ctx, chromedp.Navigate(page)); err != nil {
		t.Fatal(err)
	}
	browsertest.WaitTrue(t, ctx, "the service worker to control the page", `!!navigator.serviceWorker.controller`)
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil { // now kept by the worker
		t.Fatal(err)
	}
	browsertest.WaitTrue(t, ctx, "the page to be kept", `(caches.keys().then(ks => caches.open(ks[0])).then(c => c.match(location.href)).then(m => { window.kept = !!m; }), window.kept === true)`)
	srv.Close()
	if err := chromedp.Do(ctx, chromedp.Navigate(page)); err != nil {
		t.Fatal(err)
	}
	browsertest.WaitTrue(t, ctx, "the offline note on the kept page",
		`!!document.querySelector(".offline-note") && document.querySelector(".offline-note").textContent.includes("luring") && document.querySelector("h1").textContent.length > 0`)
}

// TestTypeLabelsTranslated checks that no page of the sample site shows a
// document type by its key ("section" in "Dirujuk oleh" did): every type
// is named through the theme's strings.
func TestTypeLabelsTranslated(t *testing.T) {
	out := sampleSite().Output
	raw := regexp.MustCompile(`class="type">(policy|training|evaluation|page|section|home)<`)
	for file, f := range out.Files {
		if m := raw.Find(f.Bytes()); m != nil && strings.HasSuffix(file, ".html") {
			t.Errorf("%s: %s", file, m)
		}
	}
}
