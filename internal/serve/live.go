package serve

import (
	"bytes"
	"cmp"
	_ "embed"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/tubei/pustaka/internal/site"
)

// Live-reload routes.
const (
	eventsPath = "/_pustaka/events"
	scriptPath = "/_pustaka/livereload.js"
)

// PanelText is the wording of the problem panel, in the site's language
// (the theme's i18n strings problems.title, problems.close and
// problems.kept). An empty field is said in Indonesian.
type PanelText struct {
	Title string // heads the panel
	Close string // names the button that closes it
	Kept  string // follows a problem whose file's last good page is shown
}

// defaultPanel is the Indonesian wording.
var defaultPanel = PanelText{
	Title: "Ada kesalahan di berkas situs",
	Close: "Tutup",
	Kept:  "halaman ini menampilkan versi terakhir yang benar sampai kesalahan diperbaiki",
}

// or fills the empty fields of t from d.
func (t PanelText) or(d PanelText) PanelText {
	return PanelText{Title: cmp.Or(t.Title, d.Title), Close: cmp.Or(t.Close, d.Close), Kept: cmp.Or(t.Kept, d.Kept)}
}

//go:embed assets/livereload.js
var liveScript []byte

// event is one live-reload message.
type event struct {
	Hello    bool      `json:"hello,omitempty"`  // first message of a stream
	Server   string    `json:"server,omitempty"` // the server instance, on hello
	Stale    bool      `json:"stale,omitempty"`  // on hello: the page changed after the generation it was made in
	Gen      uint64    `json:"gen"`
	Changed  []string  `json:"changed"`
	Problems []Problem `json:"problems"`
}

// pageChanges remembers the generation in which each path last changed,
// so that a page (re)connecting to the event stream learns whether it
// missed a change of its own, rather than reloading for any change.
type pageChanges struct {
	mu  sync.Mutex
	at  map[string]uint64
	all uint64 // the last change of every path ("*")
}

// record notes that the paths in changed changed in generation gen.
func (c *pageChanges) record(gen uint64, changed []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.at == nil {
		c.at = map[string]uint64{}
	}
	for _, p := range changed {
		if p == "*" {
			c.all = gen
			clear(c.at)
			continue
		}
		c.at[p] = gen
	}
}

// of returns the generation in which path last changed, but not above
// gen: the state being served, which a publish in progress may have
// passed already.
func (c *pageChanges) of(path string, gen uint64) uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return min(max(c.all, c.at[path]), gen)
}

// since reports whether path changed after generation gen.
func (c *pageChanges) since(path string, gen uint64) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.all > gen || c.at[path] > gen
}

// pageFile is the output path of a page's URL path: "/a/" is
// "/a/index.html".
func pageFile(urlPath string) string {
	if urlPath == "" || strings.HasSuffix(urlPath, "/") {
		return urlPath + "index.html"
	}
	return urlPath
}

// message encodes the event for st as one Server-Sent Events frame.
func message(st *State, changed []string) []byte {
	return frame(event{Gen: st.Gen, Changed: changed, Problems: st.Problems})
}

// frame encodes ev as one Server-Sent Events frame.
func frame(ev event) []byte {
	if ev.Changed == nil {
		ev.Changed = []string{}
	}
	if ev.Problems == nil {
		ev.Problems = []Problem{}
	}
	b, _ := json.Marshal(ev) // plain strings and numbers: cannot fail
	return fmt.Appendf(nil, "data: %s\n\n", b)
}

// hub fans live-reload messages out to connected streams.
type hub struct {
	mu      sync.Mutex
	clients map[chan []byte]struct{}
	closed  bool
}

func newHub() *hub { return &hub{clients: map[chan []byte]struct{}{}} }

// join registers a stream; ok is false after close.
func (h *hub) join() (ch chan []byte, ok bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return nil, false
	}
	ch = make(chan []byte, 16)
	h.clients[ch] = struct{}{}
	return ch, true
}

func (h *hub) leave(ch chan []byte) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, ok := h.clients[ch]; ok {
		delete(h.clients, ch)
		close(ch)
	}
}

// broadcast queues msg for every stream. A stream too slow to keep up is
// ended; its browser reconnects and catches up by generation.
func (h *hub) broadcast(msg []byte) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.clients {
		select {
		case ch <- msg:
		default:
			delete(h.clients, ch)
			close(ch)
		}
	}
}

func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for ch := range h.clients {
		delete(h.clients, ch)
		close(ch)
	}
}

// events streams live-reload messages to one browser.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	ch, ok := s.hub.join()
	if !ok {
		http.Error(w, "server berhenti", http.StatusServiceUnavailable)
		return
	}
	defer s.hub.leave(ch)
	rc := http.NewResponseController(w)
	rc.SetWriteDeadline(time.Time{}) // a stream outlives the server's WriteTimeout
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	hello := event{Hello: true, Server: s.boot}
	if st := s.current(); st != nil {
		hello.Gen, hello.Problems = st.Gen, st.Problems
	}
	if gen, err := strconv.ParseUint(r.URL.Query().Get("gen"), 10, 64); err == nil {
		hello.Stale = s.changes.since(pageFile(r.URL.Query().Get("page")), gen)
	}
	w.Write(frame(hello))
	if rc.Flush() != nil {
		return
	}
	beat := time.NewTicker(s.heartbeat)
	defer beat.Stop()
	for {
		var msg []byte
		select {
		case <-r.Context().Done():
			return
		case m, ok := <-ch:
			if !ok {
				return
			}
			msg = m
		case <-beat.C:
			msg = []byte(": ping\n\n")
		}
		if _, err := w.Write(msg); err != nil || rc.Flush() != nil {
			return
		}
	}
}

func serveScript(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(liveScript)
}

// inject returns an HTML page with the live-reload script, and the problem
// panel while the build has problems, inserted before </body>.
func (s *Server) inject(page []byte, st *State) []byte {
	return s.injectGen(page, st.Problems, st.Gen)
}

// injectGen is inject for a page made in generation gen. The script
// tag carries the panel's wording, for the panel the script makes.
func (s *Server) injectGen(page []byte, problems []Problem, gen uint64) []byte {
	text := defaultPanel
	if st := s.state.Load(); st != nil {
		text = st.Panel.or(defaultPanel)
	}
	var add bytes.Buffer
	if len(problems) > 0 {
		add.WriteString(overlay(problems, text))
	}
	fmt.Fprintf(&add, `<script src="%s" data-gen="%d" data-server="%s" data-title="%s" data-close="%s" data-kept="%s"></script>`,
		scriptPath, gen, s.boot, html.EscapeString(text.Title), html.EscapeString(text.Close), html.EscapeString(text.Kept))
	i := lastIndexFold(page, []byte("</body>"))
	if i < 0 {
		i = len(page)
	}
	out := make([]byte, 0, len(page)+add.Len())
	out = append(out, page[:i]...)
	out = append(out, add.Bytes()...)
	return append(out, page[i:]...)
}

// maxPrepared is how many changed pages a Publish prepares for live
// reload at once; more (a change of every page) are prepared as they are
// asked for.
const maxPrepared = 64

// liveFile serves an HTML page with the live-reload script. While the
// build has problems the page is made for the request, with the panel.
// Otherwise it is served as prepared once per version of the page
// (livePages): a gzip client gets the stored bytes as they are.
func (s *Server) liveFile(w http.ResponseWriter, r *http.Request, st *State, name string, f *site.File, status int) {
	w.Header().Set("Cache-Control", "no-store")
	if len(st.Problems) > 0 || f.ETag == "" {
		s.write(w, r, status, s.inject(f.Bytes(), st))
		return
	}
	w.Header().Add("Vary", "Accept-Encoding")
	gen := s.changes.of(name, st.Gen)
	if !acceptsGzip(r) {
		s.write(w, r, status, s.injectGen(f.Bytes(), nil, gen)) // not a browser
		return
	}
	w.Header().Set("Content-Encoding", "gzip")
	s.write(w, r, status, s.live.get(name, f, gen, s.injectGen))
}

// prepare makes the live-reload pages of the HTML files among changed
// as they will be asked for, right after st is published (not while it
// has problems).
func (s *Server) prepare(st *State, changed []string) {
	if !s.opts.LiveReload || st.Output == nil || len(st.Problems) > 0 || len(changed) > maxPrepared {
		return
	}
	for _, name := range changed {
		if f := st.Output.Files[name]; f != nil && f.ETag != "" && isHTML(contentType(name, f)) {
			s.live.get(name, f, s.changes.of(name, st.Gen), s.injectGen)
		}
	}
}

// livePages keeps each page as live reload serves it: with the script
// of the generation the page last changed in, gzip-compressed. An entry
// is made again when the page's bytes (ETag) or generation move on.
type livePages struct {
	mu     sync.Mutex
	byName map[string]*livePage
}

// livePage is one prepared page.
type livePage struct {
	etag string // of the file it was made from
	gen  uint64
	gz   []byte
}

// get returns the prepared page for file name in generation gen, making
// it with inject if it is not there yet.
func (l *livePages) get(name string, f *site.File, gen uint64, inject func([]byte, []Problem, uint64) []byte) []byte {
	l.mu.Lock()
	p := l.byName[name]
	l.mu.Unlock()
	if p != nil && p.etag == f.ETag && p.gen == gen {
		return p.gz
	}
	p = &livePage{etag: f.ETag, gen: gen, gz: gzipFast(inject(f.Bytes(), nil, gen))}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.byName == nil {
		l.byName = map[string]*livePage{}
	}
	l.byName[name] = p
	return p.gz
}

// overlay renders the problem panel; the script styles it and keeps it
// current. Its markup matches what the script builds.
func overlay(problems []Problem, text PanelText) string {
	var b bytes.Buffer
	b.WriteString(`<div id="pustaka-problems" role="alert"><strong>` + html.EscapeString(text.Title) + `</strong><ul>`)
	for _, p := range problems {
		b.WriteString("<li>" + html.EscapeString(p.String()))
		if p.Kept {
			b.WriteString(` <em>(` + html.EscapeString(text.Kept) + `)</em>`)
		}
		b.WriteString("</li>")
	}
	b.WriteString(`</ul><button type="button" aria-label="` + html.EscapeString(text.Close) + `">×</button></div>`)
	return b.String()
}

// lastIndexFold is bytes.LastIndex ignoring ASCII case.
func lastIndexFold(s, sep []byte) int {
	for i := len(s) - len(sep); i >= 0; i-- {
		if bytes.EqualFold(s[i:i+len(sep)], sep) {
			return i
		}
	}
	return -1
}
