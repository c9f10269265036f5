package serve

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/tubei/pustaka/internal/sitetest"
)

func TestInjection(t *testing.T) {
	s, a := newServer(t, Options{LiveReload: true})
	h := s.Handler()
	w := get(h, "GET", "/kebijakan/peningkatan-kualitas-asn/")
	body := w.Body.String()
	script := `<script src="/_pustaka/livereload.js" data-gen="0" data-server="` + s.boot + `" data-title="Ada kesalahan di berkas situs" data-close="Tutup" data-kept="halaman ini menampilkan versi terakhir yang benar sampai kesalahan diperbaiki"></script></BODY>`
	if !strings.Contains(body, script) || w.Header().Get("Cache-Control") != "no-store" || w.Header().Get("ETag") != "" {
		t.Errorf("live page lacks script before </BODY>, or is cacheable:\n%s\n%v", body, w.Header())
	}
	if strings.Contains(body, "pustaka-problems") {
		t.Error("problem panel shown without problems")
	}
	if w := get(h, "GET", "/css/site.css"); strings.Contains(w.Body.String(), "livereload") {
		t.Error("script injected into CSS")
	}
	if w := get(h, "GET", "/nope"); w.Code != 404 || !strings.Contains(w.Body.String(), "livereload.js") {
		t.Errorf("404 page: code %d, script injected: %v", w.Code, strings.Contains(w.Body.String(), "livereload.js"))
	}

	st := makeState(a, 2, nil)
	st.Problems = []Problem{{File: "content/kebijakan/x.md", Line: 7, Col: 3, Msg: `status: want one of draft|consultation|approved|revoked, got "<aprove>"`}}
	s.Publish(st, nil)
	body = get(h, "GET", "/").Body.String()
	for _, want := range []string{
		`<div id="pustaka-problems" role="alert"><strong>Ada kesalahan di berkas situs</strong>`,
		`content/kebijakan/x.md:7:3: status: want one of draft|consultation|approved|revoked, got &#34;&lt;aprove&gt;&#34;</li>`,
		`aria-label="Tutup"`,
		`data-gen="2"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("page during a broken build lacks %q:\n%s", want, body)
		}
	}

	// In the site's language; a file whose last good page is shown says so.
	st = makeState(a, 3, nil)
	st.Panel = PanelText{Title: "There are errors in site files", Close: "Close", Kept: "this page shows its last good version"}
	st.Problems = []Problem{{File: "content/kebijakan/x.md", Line: 2, Col: 1, Msg: "invalid YAML", Kept: true}}
	s.Publish(st, nil)
	body = get(h, "GET", "/").Body.String()
	for _, want := range []string{
		`<strong>There are errors in site files</strong>`,
		`content/kebijakan/x.md:2:1: invalid YAML <em>(this page shows its last good version)</em></li>`,
		`aria-label="Close"`,
		`data-title="There are errors in site files" data-close="Close" data-kept="this page shows its last good version"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("English panel lacks %q:\n%s", want, body)
		}
	}

	js := get(h, "GET", "/_pustaka/livereload.js")
	if js.Code != 200 || js.Header().Get("Content-Type") != "text/javascript; charset=utf-8" || !strings.Contains(js.Body.String(), "EventSource") {
		t.Errorf("script: code %d type %q", js.Code, js.Header().Get("Content-Type"))
	}

	off, _ := newServer(t, Options{})
	if body := get(off.Handler(), "GET", "/").Body.String(); strings.Contains(body, "livereload") {
		t.Error("script injected with LiveReload off")
	}
}

// A page is served as prepared once per version: with the script of the
// generation it last changed in, compressed. A publish prepares the
// pages it changed, so the request after it copies the stored bytes.
func TestLivePagePrepared(t *testing.T) {
	s, a := newServer(t, Options{LiveReload: true})
	h := s.Handler()
	const page, name = "/kebijakan/peningkatan-kualitas-asn/", "/kebijakan/peningkatan-kualitas-asn/index.html"
	script := func(gen int) string {
		return fmt.Sprintf(`<script src="/_pustaka/livereload.js" data-gen="%d" data-server="%s" data-title=`, gen, s.boot)
	}
	stored := func() []byte {
		s.live.mu.Lock()
		defer s.live.mu.Unlock()
		if p := s.live.byName[name]; p != nil {
			return p.gz
		}
		return nil
	}
	// served checks a gzip request of the page: the stored bytes, with
	// the script of generation gen.
	served := func(gen int) {
		t.Helper()
		w := get(h, "GET", page, "Accept-Encoding", "gzip")
		if w.Header().Get("Content-Encoding") != "gzip" || w.Header().Get("Cache-Control") != "no-store" || !bytes.Equal(w.Body.Bytes(), stored()) {
			t.Fatalf("page not served as stored: %v", w.Header())
		}
		zr, err := gzip.NewReader(w.Body)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(zr)
		if i := strings.Index(string(body), script(gen)); i < 0 || !strings.HasSuffix(string(body), "></script></BODY></html>\n") {
			t.Errorf("page lacks %s:\n%s", script(gen), body)
		}
	}
	if stored() != nil {
		t.Fatal("a page prepared before it changed or was asked for")
	}
	served(0) // nothing changed yet: made on the first request
	s.Publish(makeState(a, 2, nil), []string{name})
	prepared := stored()
	if prepared == nil {
		t.Fatal("the changed page was not prepared by Publish")
	}
	served(2)
	s.Publish(makeState(a, 2, nil), []string{"/index.html"}) // the same pages in generation 3
	served(2)                                                // unchanged, and not made again
	if got := stored(); &got[0] != &prepared[0] {
		t.Error("an unchanged page was made again")
	}
	s.Publish(makeState(a, 4, nil), []string{"*"})
	served(4)
	if w := get(h, "GET", page); !strings.Contains(w.Body.String(), script(4)) || w.Header().Get("Content-Encoding") != "" {
		t.Errorf("a client without gzip gets %v:\n%s", w.Header(), w.Body)
	}
}

func TestPlaceholderWhileNoBuild(t *testing.T) {
	s := New(Options{LiveReload: true})
	s.Publish(&State{Problems: []Problem{{File: "config.yaml", Line: 2, Col: 7, Msg: "bahasa tidak dikenal"}}}, nil)
	w := get(s.Handler(), "GET", "/kebijakan/")
	body := w.Body.String()
	if w.Code != 503 || !strings.Contains(body, "data-pustaka-placeholder") ||
		!strings.Contains(body, "config.yaml:2:7: bahasa tidak dikenal") || !strings.Contains(body, "livereload.js") {
		t.Errorf("code %d body %s", w.Code, body)
	}
	prod := New(Options{})
	prod.Publish(&State{Problems: []Problem{{File: "config.yaml", Msg: "x"}}}, nil)
	if w := get(prod.Handler(), "GET", "/"); w.Code != 503 || strings.Contains(w.Body.String(), "config.yaml") {
		t.Errorf("production without a build: code %d body %q", w.Code, w.Body)
	}
}

func TestProblemString(t *testing.T) {
	tests := map[Problem]string{
		{File: "config.yaml", Line: 3, Col: 1, Msg: "x"}: "config.yaml:3:1: x",
		{File: "config.yaml", Line: 3, Msg: "x"}:         "config.yaml:3: x",
		{File: "themes/default/base.html", Msg: "x"}:     "themes/default/base.html: x",
	}
	for p, want := range tests {
		if got := p.String(); got != want {
			t.Errorf("%#v.String() = %q, want %q", p, got, want)
		}
	}
}

// stream opens the live-reload event stream and returns a function that
// reads the next data message (a heartbeat comes back as Changed ": ping"),
// and the channel of raw lines, closed when the stream ends.
func stream(t *testing.T, url string, query ...string) (func() event, <-chan string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, "GET", url+eventsPath+strings.Join(query, ""), nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	if ct := resp.Header.Get("Content-Type"); resp.StatusCode != 200 || ct != "text/event-stream" {
		t.Fatalf("events: %d %q", resp.StatusCode, ct)
	}
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	return func() event {
		t.Helper()
		return nextEvent(t, lines)
	}, lines
}

func nextEvent(t *testing.T, lines <-chan string) event {
	t.Helper()
	timeout := time.After(5 * time.Second)
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatal("event stream ended")
			}
			if data, ok := strings.CutPrefix(l, "data: "); ok {
				var ev event
				if err := json.Unmarshal([]byte(data), &ev); err != nil {
					t.Fatal(err)
				}
				return ev
			}
			if l == ": ping" {
				return event{Changed: []string{": ping"}}
			}
		case <-timeout:
			t.Fatal("no event within 5s")
		}
	}
}

func TestEventsOnPublish(t *testing.T) {
	s, a := newServer(t, Options{LiveReload: true})
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	defer s.Close()
	next, _ := stream(t, ts.URL)
	if ev := next(); !ev.Hello || ev.Gen != 1 || len(ev.Problems) != 0 {
		t.Errorf("hello = %+v", ev)
	}
	st := makeState(a, 0, nil) // Gen 0: the server numbers it
	st.Problems = []Problem{{File: "content/x.md", Line: 2, Col: 1, Msg: "front matter tidak ditutup"}}
	s.Publish(st, []string{"/kebijakan/peningkatan-kualitas-asn/index.html"})
	ev := next()
	if ev.Hello || ev.Gen != 2 || len(ev.Changed) != 1 || ev.Changed[0] != "/kebijakan/peningkatan-kualitas-asn/index.html" ||
		len(ev.Problems) != 1 || ev.Problems[0].Msg != "front matter tidak ditutup" {
		t.Errorf("publish event = %+v", ev)
	}
	s.Publish(makeState(a, 7, nil), nil)
	if ev := next(); ev.Gen != 7 || ev.Changed == nil || ev.Problems == nil || len(ev.Problems) != 0 {
		t.Errorf("clean publish event = %+v", ev)
	}
	// A browser connecting now hears the current state.
	next2, _ := stream(t, ts.URL)
	if ev := next2(); !ev.Hello || ev.Gen != 7 {
		t.Errorf("second hello = %+v", ev)
	}
}

// A page connecting to the stream says which generation it was made in;
// the hello tells it whether it changed since, not whether anything did.
func TestHelloStale(t *testing.T) {
	s, a := newServer(t, Options{LiveReload: true})
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	defer s.Close()
	s.Publish(makeState(a, 2, nil), []string{"*"})
	s.Publish(makeState(a, 3, nil), []string{"/pelatihan/tiga/index.html", "/css/situs.css"})
	s.Publish(makeState(a, 4, nil), []string{"/pelatihan/tiga/versi/ab12/index.html"})
	for _, c := range []struct {
		query string
		stale bool
	}{
		{"?page=/pelatihan/tiga/&gen=3", false},
		{"?page=/pelatihan/tiga/&gen=2", true},
		{"?page=/pelatihan/tiga/versi/ab12/&gen=3", true},
		{"?page=/css/situs.css&gen=3", false},
		{"?page=/kebijakan/&gen=1", true}, // made before everything changed ("*")
		{"?page=/kebijakan/&gen=2", false},
		{"?page=/kebijakan/", false}, // no generation: nothing to tell
	} {
		next, _ := stream(t, ts.URL, c.query)
		if ev := next(); !ev.Hello || ev.Gen != 4 || ev.Stale != c.stale {
			t.Errorf("%s: hello %+v, want stale %v", c.query, ev, c.stale)
		}
	}
}

func TestEventsHeartbeatAndClose(t *testing.T) {
	s, _ := newServer(t, Options{LiveReload: true})
	s.heartbeat = 20 * time.Millisecond
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	next, lines := stream(t, ts.URL)
	next() // hello
	if ev := next(); len(ev.Changed) != 1 || ev.Changed[0] != ": ping" {
		t.Errorf("want heartbeat, got %+v", ev)
	}
	s.Close()
	timeout := time.After(2 * time.Second)
	for open := true; open; {
		select {
		case _, open = <-lines:
		case <-timeout:
			t.Fatal("Close did not end the stream")
		}
	}
	if w := get(s.Handler(), "GET", eventsPath); w.Code != http.StatusServiceUnavailable {
		t.Errorf("stream after Close: code %d, want 503", w.Code)
	}
}

func TestSlowClientDropped(t *testing.T) {
	h := newHub()
	ch, _ := h.join()
	for range 100 {
		h.broadcast([]byte("data: {}\n\n"))
	}
	n := 0
	for range ch {
		n++
	}
	if n == 0 || n > cap(ch) {
		t.Errorf("slow client got %d messages, want its buffer then end", n)
	}
	h.leave(ch) // leaving after being dropped is harmless
}

func TestPanicRecovery(t *testing.T) {
	var logs sitetest.Log
	s, _ := newServer(t, Options{Searcher: &fakeSearcher{boom: true}, Logf: logs.Logf})
	w := get(s.Handler(), "GET", "/api/search?q=cuti")
	if w.Code != 500 {
		t.Errorf("panic: code %d, want 500", w.Code)
	}
	if l := logs.String(); !strings.Contains(l, "indeks rusak") || !strings.Contains(l, "goroutine") {
		t.Errorf("panic not logged with stack: %q", l)
	}
	if w := get(s.Handler(), "GET", "/"); w.Code != 200 {
		t.Errorf("after panic: code %d", w.Code)
	}
}

func TestAccessLog(t *testing.T) {
	var buf sitetest.Log
	s, _ := newServer(t, Options{AccessLog: &buf})
	get(s.Handler(), "GET", "/css/site.css?v=2")
	get(s.Handler(), "GET", "/tidak-ada")
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("log lines %q", lines)
	}
	if !strings.Contains(lines[0], `"GET /css/site.css?v=2 HTTP/1.1" 200 468 `) || !strings.HasPrefix(lines[0], "192.0.2.1 - - [") {
		t.Errorf("line 1 %q", lines[0])
	}
	if !strings.Contains(lines[1], `"GET /tidak-ada HTTP/1.1" 404 `) {
		t.Errorf("line 2 %q", lines[1])
	}
}

func TestServeGracefulShutdown(t *testing.T) {
	s, _ := newServer(t, Options{LiveReload: true})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.ServeListener(ctx, ln) }()
	resp, err := http.Get(url + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	next, _ := stream(t, url) // an open stream must not hold up shutdown
	next()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve after clean shutdown = %v, want nil", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after ctx was cancelled")
	}
	if err := New(Options{}).Serve(context.Background(), "127.0.0.1:-1"); err == nil {
		t.Error("Serve on a bad address returned nil")
	}
}
