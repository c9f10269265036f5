package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/chromedp/chromedp"

	"github.com/tubei/pustaka/indexer"
	"github.com/tubei/pustaka/internal/service"
	"github.com/tubei/pustaka/internal/site"
)

// An engine answers queries with ranked page URLs.
type engine interface {
	search(ctx context.Context, queries []string) ([][]string, error)
	close()
}

// pustaka searches through internal/service, as `pustaka serve` does:
// the site's configuration (roots, synonyms) and the index it opens.
type pustaka struct{ svc *service.Service }

func (p pustaka) search(ctx context.Context, queries []string) ([][]string, error) {
	out := make([][]string, len(queries))
	for i, q := range queries {
		res, err := p.svc.Search(ctx, indexer.Request{Query: q, Size: depth, NoFacets: true})
		if err != nil {
			return nil, fmt.Errorf("pustaka: %q: %w", q, err)
		}
		for _, h := range res.Hits {
			out[i] = append(out[i], h.URL)
		}
	}
	return out, nil
}

func (p pustaka) close() { p.svc.Close() }

// bleveStandard is the baseline of issue 14: bleve's standard analyzer
// (Unicode words, lower case, English stop words, no stemming) over the
// title and the text of each page, the title boosted 3 times, any query
// word matching.
type bleveStandard struct{ ix bleve.Index }

type bleveDoc struct {
	Title string `json:"title"`
	Text  string `json:"text"`
}

func newBleveStandard(dir string, docs []indexer.Document) (*bleveStandard, error) {
	m := bleve.NewIndexMapping()
	m.DefaultAnalyzer = standard.Name
	text := bleve.NewTextFieldMapping() // searched, not stored, no term vectors
	text.Store, text.IncludeTermVectors, text.DocValues = false, false, false
	dm := bleve.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt("title", text)
	dm.AddFieldMappingsAt("text", text)
	m.DefaultMapping = dm
	if err := os.RemoveAll(dir); err != nil {
		return nil, err
	}
	ix, err := bleve.New(dir, m)
	if err != nil {
		return nil, err
	}
	b := ix.NewBatch()
	for i, d := range docs {
		if err := b.Index(d.URL, bleveDoc{Title: d.Title, Text: docText(d)}); err != nil {
			return nil, err
		}
		if b.Size() == 100 || i == len(docs)-1 {
			if err := ix.Batch(b); err != nil {
				return nil, err
			}
			b.Reset()
		}
	}
	return &bleveStandard{ix: ix}, nil
}

// docText is the searchable text of d beside its title: summary, headings
// and the text of every section.
func docText(d indexer.Document) string {
	var sb strings.Builder
	sb.WriteString(d.Summary)
	for _, s := range d.Sections {
		sb.WriteString("\n")
		sb.WriteString(s.Heading)
		sb.WriteString("\n")
		sb.WriteString(s.Text)
	}
	if len(d.Sections) == 0 {
		sb.WriteString("\n")
		sb.WriteString(d.Body)
	}
	return sb.String()
}

func (b *bleveStandard) search(ctx context.Context, queries []string) ([][]string, error) {
	out := make([][]string, len(queries))
	for i, q := range queries {
		title := bleve.NewMatchQuery(q)
		title.SetField("title")
		title.SetBoost(3)
		text := bleve.NewMatchQuery(q)
		text.SetField("text")
		req := bleve.NewSearchRequestOptions(query.NewDisjunctionQuery([]query.Query{title, text}), depth, 0, false)
		res, err := b.ix.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("bleve: %q: %w", q, err)
		}
		for _, h := range res.Hits {
			out[i] = append(out[i], h.ID)
		}
	}
	return out, nil
}

func (b *bleveStandard) close() { b.ix.Close() }

// pagefind indexes the pages' HTML with the Pagefind CLI and searches it
// with Pagefind's JavaScript API (pagefind.search) in headless Chromium,
// the way a reader's browser does.
type pagefind struct {
	srv    *http.Server
	base   string
	cancel context.CancelFunc
	ctx    context.Context
}

// benchPage is the page the queries run on; its lang picks Pagefind's
// index (the site is indexed as one language, --force-language).
const benchPage = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>`

// newPagefind writes the HTML of every document of res into dir (only the
// documents: the other engines index no listing pages either), indexes it
// with the Pagefind CLI bin, serves dir and opens it in Chromium.
func newPagefind(ctx context.Context, bin, chromium, dir, lang string, res *site.Result) (*pagefind, error) {
	if err := os.RemoveAll(dir); err != nil {
		return nil, err
	}
	missing := 0
	for _, d := range res.All {
		name := path.Join(d.URL, "index.html")
		f := res.Output.Files[name]
		if f == nil {
			missing++
			continue
		}
		file := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			return nil, err
		}
		if err := os.WriteFile(file, f.Bytes(), 0o644); err != nil {
			return nil, err
		}
	}
	if missing > 0 {
		return nil, fmt.Errorf("pagefind: %d of %d documents have no page in the build", missing, len(res.All))
	}
	cmd := exec.CommandContext(ctx, bin, "--site", dir, "--root-selector", "main", "--force-language", lang, "--silent")
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("pagefind: %v: %s", err, out)
	}
	mux := http.NewServeMux()
	mux.Handle("/", http.FileServer(http.Dir(dir)))
	mux.HandleFunc("/__bench.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, strings.Replace(benchPage, `lang="id"`, `lang="`+lang+`"`, 1))
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &pagefind{srv: &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}, base: "http://" + ln.Addr().String()}
	go p.srv.Serve(ln)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
	)
	cctx, cancelCtx := chromedp.NewContext(actx)
	p.ctx = cctx
	p.cancel = func() { cancelCtx(); cancelAlloc() }
	if err := chromedp.Do(cctx, chromedp.Navigate(p.base+"/__bench.html")); err != nil {
		p.close()
		return nil, fmt.Errorf("chromium: %w", err)
	}
	return p, nil
}

// pagefindScript runs every query of the JSON array QUERIES in order and
// returns the URLs of each one's first results.
const pagefindScript = `(async () => {
  const pf = await import("/pagefind/pagefind.js");
  await pf.init();
  const out = [];
  for (const q of QUERIES) {
    const r = await pf.search(q);
    const top = await Promise.all(r.results.slice(0, DEPTH).map(x => x.data()));
    out.push(top.map(d => d.url));
  }
  return out;
})()`

func (p *pagefind) search(ctx context.Context, queries []string) ([][]string, error) {
	js := strings.Replace(pagefindScript, "QUERIES", jsonString(queries), 1)
	js = strings.Replace(js, "DEPTH", fmt.Sprint(depth), 1)
	out, err := chromedp.Run(p.ctx, chromedp.Evaluate[[][]string](js, chromedp.EvalAwaitPromise))
	if err != nil {
		return nil, fmt.Errorf("pagefind search: %w", err)
	}
	if len(out) != len(queries) {
		return nil, fmt.Errorf("pagefind search: %d answers for %d queries", len(out), len(queries))
	}
	return out, nil
}

func (p *pagefind) close() {
	p.cancel()
	p.srv.Close()
}
