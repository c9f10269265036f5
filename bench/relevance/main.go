// Command relevance measures search relevance on real and generated
// corpora: top-1, MRR@5 and nDCG@10 of Pustaka, of bleve's standard
// analyzer with the title boosted 3 times, and of Pagefind, side by side.
// bench/relevance/run prepares the corpora and Pagefind and calls it; see
// there.
//
//	go run ./bench/relevance [-work DIR] [-pagefind BIN] [-v] NAME=SITE,CASES ...
//
// SITE is a site folder (content/, optionally config.yaml and data/);
// CASES is a relevance file (indexer.ParseRelevance: "query<TAB>URL
// expected first[<TAB>acceptable URL ...]"). Each site is built into
// WORK/NAME through internal/service, as `pustaka serve` builds it, and:
//
//   - Pustaka: the site's own search index, queried by service.Search.
//   - bleve standard: bleve's "standard" analyzer over each search
//     document's title (boost 3) and text (summary, headings, sections),
//     a disjunction of two match queries.
//   - Pagefind (with -pagefind): the built HTML of the same documents
//     (no listing pages), indexed by the Pagefind CLI with
//     --root-selector main and --force-language id, searched with
//     pagefind.search() in headless Chromium.
//
// A result URL counts once, at its first place. top-1 is the share of
// queries whose first result is the answer or an acceptable alternate;
// MRR@5 the mean of 1/rank of the first such result, 0 below rank 5;
// nDCG@10 uses gain 3 for the answer and 1 for an alternate. Every engine
// is deterministic: the figures repeat exactly from run to run.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/tubei/pustaka/indexer"
	"github.com/tubei/pustaka/internal/service"
)

type corpus struct {
	name, site, cases string
}

type options struct {
	work     string
	pagefind string // Pagefind CLI; "" skips Pagefind
	chromium string
	verbose  bool
	out, log io.Writer // the table; progress
}

func main() {
	var o options
	flag.StringVar(&o.work, "work", filepath.Join("bench", "out", "relevance"), "work folder for the built sites")
	flag.StringVar(&o.pagefind, "pagefind", "", "Pagefind CLI (node_modules/.bin/pagefind); empty skips Pagefind")
	flag.StringVar(&o.chromium, "chromium", "/usr/bin/chromium", "Chromium for Pagefind's JavaScript API")
	flag.BoolVar(&o.verbose, "v", false, "print every query an engine does not rank first")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: relevance [flags] NAME=SITE,CASES ...")
		flag.PrintDefaults()
	}
	flag.Parse()
	o.out, o.log = os.Stdout, os.Stderr
	var corpora []corpus
	for _, arg := range flag.Args() {
		c, err := parseCorpus(arg)
		if err != nil {
			fmt.Fprintln(os.Stderr, "relevance:", err)
			os.Exit(2)
		}
		corpora = append(corpora, c)
	}
	if len(corpora) == 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(context.Background(), o, corpora); err != nil {
		fmt.Fprintln(os.Stderr, "relevance:", err)
		os.Exit(1)
	}
}

func parseCorpus(arg string) (corpus, error) {
	name, rest, ok1 := strings.Cut(arg, "=")
	dir, cases, ok2 := strings.Cut(rest, ",")
	if !ok1 || !ok2 || name == "" || dir == "" || cases == "" || strings.ContainsAny(name, `/\`) {
		return corpus{}, fmt.Errorf("%q: want NAME=SITE,CASES", arg)
	}
	return corpus{name: name, site: dir, cases: cases}, nil
}

// row is one line of the table.
type row struct {
	corpus  string
	pages   int
	engine  string
	scores  Scores
	misses  []string
	comment string
}

func run(ctx context.Context, o options, corpora []corpus) error {
	pfVersion := ""
	if o.pagefind != "" {
		v, err := exec.Command(o.pagefind, "--version").Output()
		if err != nil {
			return fmt.Errorf("%s --version: %w", o.pagefind, err)
		}
		pfVersion = "Pagefind " + strings.TrimPrefix(strings.TrimSpace(string(v)), "pagefind ")
	}
	var rows []row
	for _, c := range corpora {
		r, err := measure(ctx, o, c, pfVersion)
		if err != nil {
			return fmt.Errorf("%s: %w", c.name, err)
		}
		rows = append(rows, r...)
	}
	printTable(o.out, rows)
	if o.verbose {
		for _, r := range rows {
			for _, m := range r.misses {
				fmt.Fprintf(o.out, "%s %s: %s\n", r.corpus, r.engine, m)
			}
		}
	}
	return nil
}

// measure builds one corpus and runs its cases on every engine.
func measure(ctx context.Context, o options, c corpus, pfVersion string) ([]row, error) {
	f, err := os.Open(c.cases)
	if err != nil {
		return nil, err
	}
	cases, err := indexer.ParseRelevance(c.cases, f)
	f.Close()
	if err != nil {
		return nil, err
	}
	dir, err := prepareSite(filepath.Join(o.work, c.name), c.site)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	svc := service.New(service.Options{Dir: dir, NoHistory: true, ReadOnly: true, Log: io.Discard})
	res := svc.Build(ctx)
	fmt.Fprintf(o.log, "%s: %d documents built in %.1f s\n", c.name, len(res.All), time.Since(start).Seconds())
	if len(res.All) == 0 {
		return nil, fmt.Errorf("%s gave no search documents (%d problems: %v)", c.site, len(res.Diags), res.Diags)
	}
	if err := checkCases(c.cases, cases, res.All); err != nil {
		return nil, err
	}
	errs := 0
	for _, d := range res.Diags {
		if !d.Warning {
			errs++
		}
	}
	comment := ""
	if errs > 0 {
		comment = fmt.Sprintf("%d build errors (kept going, as serve does)", errs)
	}
	if err := svc.OpenIndex(ctx); err != nil {
		return nil, err
	}
	if _, err := svc.UpdateIndex(res); err != nil {
		svc.Close()
		return nil, err
	}
	engines := []struct {
		name string
		open func() (engine, error)
	}{
		{"Pustaka", func() (engine, error) { return pustaka{svc}, nil }},
		{"bleve standard, title ×3", func() (engine, error) { return newBleveStandard(filepath.Join(dir, "bleve-standard"), res.All) }},
	}
	if o.pagefind != "" {
		engines = append(engines, struct {
			name string
			open func() (engine, error)
		}{pfVersion, func() (engine, error) {
			return newPagefind(ctx, o.pagefind, o.chromium, filepath.Join(dir, "pagefind-site"), "id", res)
		}})
	}
	queries := make([]string, len(cases))
	for i, k := range cases {
		queries[i] = k.Query
	}
	var rows []row
	for _, e := range engines {
		start := time.Now()
		eng, err := e.open()
		if err != nil {
			return nil, err
		}
		ranked, err := eng.search(ctx, queries)
		eng.close()
		if err != nil {
			return nil, err
		}
		r := row{corpus: c.name, pages: len(res.All), engine: e.name, comment: comment}
		var cs []caseScore
		for i, k := range cases {
			s := score(k, ranked[i])
			cs = append(cs, s)
			if s.rank != 1 {
				got := "nothing"
				if len(ranked[i]) > 0 {
					got = ranked[i][0]
				}
				r.misses = append(r.misses, fmt.Sprintf("%s:%d: %q: want %s, got %s (rank %d)", c.cases, k.Line, k.Query, k.Want, got, s.rank))
			}
		}
		r.scores = mean(cs)
		rows = append(rows, r)
		fmt.Fprintf(o.log, "%s: %s: indexed and searched in %.1f s\n", c.name, e.name, time.Since(start).Seconds())
	}
	return rows, nil
}

// prepareSite makes dir a fresh site folder whose content/, config.yaml
// and data/ are links to those of src.
func prepareSite(dir, src string) (string, error) {
	src, err := filepath.Abs(src)
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(filepath.Join(src, "content")); err != nil {
		return "", fmt.Errorf("%s is not a site folder: %w", src, err)
	}
	if err := os.RemoveAll(dir); err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	for _, name := range []string{"content", "config.yaml", "data"} {
		target := filepath.Join(src, name)
		if _, err := os.Stat(target); errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			return "", err
		}
	}
	return dir, nil
}

// checkCases makes sure every URL a case names is a document of the
// corpus: a typo in a case file must not pass as a miss of every engine.
func checkCases(name string, cases []indexer.RelevanceCase, docs []indexer.Document) error {
	urls := map[string]bool{}
	for _, d := range docs {
		urls[d.URL] = true
	}
	var bad []string
	for _, c := range cases {
		for _, u := range append([]string{c.Want}, c.Also...) {
			if !urls[u] {
				bad = append(bad, fmt.Sprintf("%s:%d: %s is no page of the corpus", name, c.Line, u))
			}
		}
	}
	return errors.Join(errorsOf(bad)...)
}

func errorsOf(msgs []string) []error {
	var errs []error
	for _, m := range msgs {
		errs = append(errs, errors.New(m))
	}
	return errs
}

// printTable prints rows as a Markdown table.
func printTable(w io.Writer, rows []row) {
	fmt.Fprintln(w, "| corpus | pages | queries | engine | top-1 | MRR@5 | nDCG@10 |")
	fmt.Fprintln(w, "|---|---:|---:|---|---:|---:|---:|")
	for _, r := range rows {
		fmt.Fprintf(w, "| %s | %d | %d | %s | %.2f | %.3f | %.3f |\n",
			r.corpus, r.pages, r.scores.Cases, r.engine, r.scores.Top1, r.scores.MRR5, r.scores.NDCG)
	}
	seen := map[string]bool{}
	for _, r := range rows {
		if r.comment != "" && !seen[r.corpus] {
			seen[r.corpus] = true
			fmt.Fprintf(w, "\n%s: %s\n", r.corpus, r.comment)
		}
	}
}

func jsonString(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // []string always marshals
	}
	return string(b)
}
