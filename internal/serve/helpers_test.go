package serve

import (
	"bufio"
	"context"
	"crypto/sha256"
	"fmt"
	"mime"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/tools/txtar"

	"github.com/tubei/pustaka/indexer"
	"github.com/tubei/pustaka/internal/site"
)

// modTime is the modification time of every test file.
var modTime = time.Date(2026, 11, 20, 9, 30, 0, 0, time.UTC)

// loadSite reads testdata/site.txtar once per test.
func loadSite(t testing.TB) *txtar.Archive {
	t.Helper()
	a, err := txtar.ParseFile("testdata/site.txtar")
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// makeState builds the state of generation gen from the archive, replacing
// {{gen}} in every file. edit may change file bodies by URL path.
func makeState(a *txtar.Archive, gen uint64, edit map[string]string) *State {
	out := &site.Output{Files: map[string]*site.File{}}
	for _, f := range a.Files {
		body := string(f.Data)
		if e, ok := edit[f.Name]; ok {
			body = e
		}
		body = strings.ReplaceAll(body, "{{gen}}", strconv.FormatUint(gen, 10))
		out.Files[f.Name] = newFile(f.Name, body)
	}
	return &State{Output: out, Gen: gen}
}

func newFile(name, body string) *site.File {
	sum := sha256.Sum256([]byte(body))
	ctype := mime.TypeByExtension(path.Ext(name))
	if path.Ext(name) == ".bin" {
		ctype = ""
	}
	return &site.File{Body: []byte(body), ContentType: ctype, ETag: fmt.Sprintf(`"%x"`, sum[:8]), ModTime: modTime}
}

// newServer returns a server with generation 1 of the test site published.
func newServer(t testing.TB, opts Options) (*Server, *txtar.Archive) {
	t.Helper()
	a := loadSite(t)
	if opts.Logf == nil {
		opts.Logf = t.Logf
	}
	s := New(opts)
	s.Publish(makeState(a, 1, nil), nil)
	return s, a
}

// get performs one request against h; target is sent as written.
func get(h http.Handler, method, target string, header ...string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// runScript runs an HTTP script (see testdata/routes.txt) against h.
func runScript(t *testing.T, h http.Handler, file string) {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var (
		req  *http.Request
		resp *httptest.ResponseRecorder
		line string
	)
	flush := func() {
		if req != nil && resp == nil {
			resp = httptest.NewRecorder()
			h.ServeHTTP(resp, req)
		}
	}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for n := 1; sc.Scan(); n++ {
		line = sc.Text()
		pos := fmt.Sprintf("%s:%d", file, n)
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
			continue
		case strings.HasPrefix(line, "GET ") || strings.HasPrefix(line, "HEAD ") || strings.HasPrefix(line, "POST "):
			method, target, _ := strings.Cut(line, " ")
			req = httptest.NewRequest(method, target, nil)
			resp = nil
		case req == nil:
			t.Fatalf("%s: check before any request", pos)
		case strings.HasPrefix(line, "header ") && strings.Contains(line, ": ") && !strings.Contains(line, " == ") && !strings.Contains(line, " contains ") && !strings.HasSuffix(line, " absent"):
			k, v, _ := strings.Cut(strings.TrimPrefix(line, "header "), ": ")
			req.Header.Set(k, v)
		default:
			flush()
			if msg := check(resp, line); msg != "" {
				t.Errorf("%s: %s %s: %s", pos, req.Method, req.RequestURI, msg)
			}
		}
	}
}

// check evaluates one script assertion; it returns "" when it holds.
func check(w *httptest.ResponseRecorder, line string) string {
	body := w.Body.String()
	switch {
	case strings.HasPrefix(line, "code == "):
		want, _ := strconv.Atoi(strings.TrimPrefix(line, "code == "))
		if w.Code != want {
			return fmt.Sprintf("code = %d, want %d (body %.80q)", w.Code, want, body)
		}
	case strings.HasPrefix(line, "body contains "):
		if want := strings.TrimPrefix(line, "body contains "); !strings.Contains(body, want) {
			return fmt.Sprintf("body %.120q does not contain %q", body, want)
		}
	case strings.HasPrefix(line, "body !contains "):
		if bad := strings.TrimPrefix(line, "body !contains "); strings.Contains(body, bad) {
			return fmt.Sprintf("body contains %q", bad)
		}
	case strings.HasPrefix(line, "body == "):
		if want := strings.TrimPrefix(line, "body == "); strings.TrimSpace(body) != want {
			return fmt.Sprintf("body = %.120q, want %q", body, want)
		}
	case strings.HasPrefix(line, "header "):
		return checkHeader(w.Header(), strings.TrimPrefix(line, "header "))
	default:
		return fmt.Sprintf("unknown check %q", line)
	}
	return ""
}

func checkHeader(h http.Header, spec string) string {
	if name, ok := strings.CutSuffix(spec, " absent"); ok {
		if v := h.Get(name); v != "" {
			return fmt.Sprintf("header %s = %q, want absent", name, v)
		}
		return ""
	}
	if name, want, ok := strings.Cut(spec, " == "); ok {
		if got := h.Get(name); got != want {
			return fmt.Sprintf("header %s = %q, want %q", name, got, want)
		}
		return ""
	}
	if name, want, ok := strings.Cut(spec, " contains "); ok {
		if got := h.Get(name); !strings.Contains(got, want) {
			return fmt.Sprintf("header %s = %q, want it to contain %q", name, got, want)
		}
		return ""
	}
	return fmt.Sprintf("bad header check %q", spec)
}

// fakeSearcher answers every search with a fixed result and records requests.
type fakeSearcher struct {
	mu   sync.Mutex
	reqs []indexer.Request
	res  *indexer.Result
	err  error
	boom bool // panic instead of answering
}

var _ Searcher = (*fakeSearcher)(nil)

func (f *fakeSearcher) Search(ctx context.Context, req indexer.Request) (*indexer.Result, error) {
	if f.boom {
		panic("indeks rusak")
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reqs = append(f.reqs, req)
	return f.res, f.err
}

func (f *fakeSearcher) last() indexer.Request {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.reqs[len(f.reqs)-1]
}

// sampleResult is a result with two hits and two facets of 23 matches.
func sampleResult() *indexer.Result {
	return &indexer.Result{
		Total: 23,
		Took:  1500 * time.Microsecond,
		Query: "pelatihan asn",
		Hits: []indexer.Hit{
			{URL: "/kebijakan/peningkatan-kualitas-asn/", Title: "Kebijakan Peningkatan Kualitas ASN",
				Type: "policy", Status: "consultation", Version: "Draf III", Lang: "id",
				Date: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC), Score: 1.25,
				Fragments: []string{"Setiap ASN wajib mengikuti <mark>pelatihan</mark>"},
				Sections:  []indexer.SectionHit{{Anchor: "pasal-1", Heading: "Pasal 1", Fragment: "Setiap ASN wajib mengikuti <mark>pelatihan</mark>"}}},
			{URL: "/pelatihan/modul-dasar/", Title: "Modul Pelatihan Dasar", Type: "training", Lang: "id"},
		},
		Facets: []indexer.Facet{
			{Name: "type", Values: []indexer.FacetValue{{Value: "policy", Count: 12}, {Value: "training", Count: 11}}},
			{Name: "year", Values: []indexer.FacetValue{{Value: "2026", Count: 20}, {Value: "2025", Count: 3}}},
		},
	}
}

func newRecorder() *httptest.ResponseRecorder { return httptest.NewRecorder() }
