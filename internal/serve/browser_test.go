package serve

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/tubei/pustaka/internal/browsertest"
)

// restartPage is the test page as a restarted server builds it.
const restartPage = `<!DOCTYPE html><html lang="id"><head><title>x</title></head><body><p>Server baru {{gen}}</p></body></html>`

// handlerSwitch lets a test replace the server behind one address, as a
// restart does.
type handlerSwitch struct{ h atomic.Pointer[http.Handler] }

func (s *handlerSwitch) set(h http.Handler) { s.h.Store(&h) }

func (s *handlerSwitch) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	(*s.h.Load()).ServeHTTP(w, r)
}

// browser starts headless Chromium (see internal/browsertest).
func browser(t *testing.T) context.Context { return browsertest.Start(t) }

// eval evaluates a JavaScript expression.
func eval[T any](ctx context.Context, expr string) (T, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[T](expr))
}

// waitTrue polls a JavaScript boolean expression until it holds.
func waitTrue(t *testing.T, ctx context.Context, what, expr string) {
	t.Helper()
	browsertest.WaitTrue(t, ctx, what, expr)
}

// mark sets a marker on the window; a reload clears it.
func mark(t *testing.T, ctx context.Context) {
	t.Helper()
	if _, err := eval[bool](ctx, "window.pustakaTestMark = true"); err != nil {
		t.Fatal(err)
	}
}

const (
	marked    = "window.pustakaTestMark === true"
	connected = `document.documentElement.dataset.pustakaLive === "open"`
)

func TestBrowserLiveReload(t *testing.T) {
	ctx := browser(t)
	s, a := newServer(t, Options{LiveReload: true})
	sw := &handlerSwitch{}
	sw.set(s.Handler())
	ts := httptest.NewServer(sw)
	defer ts.Close()
	defer s.Close()

	const page = "/kebijakan/peningkatan-kualitas-asn/"
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+page)); err != nil {
		t.Fatal(err)
	}
	waitTrue(t, ctx, "first load", `document.getElementById("teks").textContent.includes("Generasi 1.")`)
	waitTrue(t, ctx, "stream connects", connected)
	mark(t, ctx)

	// 1. The page's text changes: the browser reloads by itself.
	s.Publish(makeState(a, 2, nil), []string{page + "index.html"})
	waitTrue(t, ctx, "new text after publish", `document.getElementById("teks").textContent.includes("Generasi 2.")`)
	waitTrue(t, ctx, "page was reloaded", "!("+marked+")")
	waitTrue(t, ctx, "stream reconnects", connected)
	mark(t, ctx)

	// 2. Another page changes: this one stays as it is.
	s.Publish(makeState(a, 3, nil), []string{"/index.html"})
	time.Sleep(300 * time.Millisecond)
	waitTrue(t, ctx, "unrelated change does not reload", marked)

	// 3. A broken build shows the problem panel without a reload; a fixed
	// build removes it.
	broken := makeState(a, 4, nil)
	broken.Problems = []Problem{{File: "content/kebijakan/x.md", Line: 7, Col: 3, Msg: `status: want one of draft|consultation|approved|revoked, got "aprove"`}}
	s.Publish(broken, nil)
	waitTrue(t, ctx, "problem panel appears", `(() => {
		const el = document.querySelector('#pustaka-problems[role="alert"]');
		return !!el && el.textContent.includes("Ada kesalahan di berkas situs") &&
			el.textContent.includes('content/kebijakan/x.md:7:3: status: want one of draft|consultation|approved|revoked, got "aprove"') &&
			getComputedStyle(el).position === "fixed" && el.getBoundingClientRect().height > 0;
	})()`)
	waitTrue(t, ctx, "no reload for problems", marked)
	s.Publish(makeState(a, 5, nil), nil)
	waitTrue(t, ctx, "problem panel clears", `document.getElementById("pustaka-problems") === null`)

	// 4. A page loaded while the build is broken shows the panel at once,
	// and its close button dismisses it.
	s.Publish(broken, []string{"*"})
	waitTrue(t, ctx, "reload on *", "!("+marked+")")
	waitTrue(t, ctx, "panel after reload", `!!document.querySelector('#pustaka-problems[role="alert"] li')`)
	// Once the stream's hello is handled, the panel is not made again.
	waitTrue(t, ctx, "stream reconnects", connected)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#pustaka-problems button"))); err != nil {
		t.Fatal(err)
	}
	waitTrue(t, ctx, "panel dismissed", `document.getElementById("pustaka-problems") === null`)
	s.Publish(makeState(a, 7, nil), []string{"*"})
	waitTrue(t, ctx, "reload after fix", `document.getElementById("teks").textContent.includes("Generasi 7.")`)
	waitTrue(t, ctx, "stream reconnects", connected)
	mark(t, ctx)

	// 5. A CSS-only change swaps the stylesheet in place.
	css := "body { background-color: rgb(1, 2, 3); }\n/* generasi {{gen}} */\n"
	s.Publish(makeState(a, 8, map[string]string{"/css/site.css": css}), []string{"/css/site.css"})
	waitTrue(t, ctx, "new stylesheet applied", `getComputedStyle(document.body).backgroundColor === "rgb(1, 2, 3)"`)
	waitTrue(t, ctx, "no reload for CSS", marked)
	href, err := eval[string](ctx, `document.querySelector('link[rel="stylesheet"]').getAttribute("href")`)
	if err != nil || !strings.Contains(href, "pustaka=8") {
		t.Errorf("stylesheet href %q (%v), want a cache-busting query", href, err)
	}

	// 6. After a server restart the page reconnects and reloads, although
	// the new server counts generations from 1 again.
	waitTrue(t, ctx, "stream still connected", connected)
	mark(t, ctx)
	s.Close() // ends the stream, as stopping the server does
	next := New(Options{LiveReload: true})
	defer next.Close() // before ts.Close, which waits for open streams
	next.Publish(makeState(a, 1, map[string]string{page + "index.html": restartPage}), nil)
	sw.set(next.Handler())
	waitTrue(t, ctx, "reload after restart", `document.body.textContent.includes("Server baru")`)
	waitTrue(t, ctx, "restart reloaded the page", "!("+marked+")")
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		t.Fatal("browser test timed out")
	}
}
