package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"os"
	"regexp"
	"strings"

	"github.com/tubei/pustaka/indexer"
)

var searchCmd = &command{
	name:    "search",
	summary: "Search the site's index from the terminal (builds the index first if needed).",
	usage:   "search [--source DIR] [--type T] [--limit N] [--json] QUERY...",
	run:     runSearch,
}

func runSearch(ctx context.Context, fs *flag.FlagSet, args []string) error {
	var sf siteFlags
	sf.register(fs)
	typ := fs.String("type", "", "only documents of this type: policy, training, evaluation, page")
	limit := fs.Int("limit", 10, "number of results (at most 50)")
	asJSON := fs.Bool("json", false, "print a JSON object with total and hits")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	svc := sf.service()
	res := svc.Build(ctx)
	if err := svc.OpenIndex(); err != nil {
		return err
	}
	defer svc.Close()
	if _, err := svc.UpdateIndex(res); err != nil {
		return err
	}
	r, err := svc.Index().Search(ctx, indexer.Request{Query: strings.Join(fs.Args(), " "), Type: *typ, Size: *limit, Highlight: true})
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(jsonResult(r))
	}
	printResult(r)
	return nil
}

type jsonHit struct {
	URL       string   `json:"url"`
	Title     string   `json:"title"`
	Type      string   `json:"type"`
	Status    string   `json:"status,omitempty"`
	Date      string   `json:"date,omitempty"`
	Score     float64  `json:"score"`
	Fragments []string `json:"fragments"`
}

func jsonResult(r *indexer.Result) any {
	hits := []jsonHit{}
	for _, h := range r.Hits {
		u := h.URL
		if h.Anchor != "" {
			u += "#" + h.Anchor
		}
		d := ""
		if !h.Date.IsZero() {
			d = h.Date.Format("2006-01-02")
		}
		frags := h.Fragments
		if frags == nil {
			frags = []string{}
		}
		hits = append(hits, jsonHit{URL: u, Title: h.Title, Type: h.Type, Status: h.Status, Date: d, Score: h.Score, Fragments: frags})
	}
	return struct {
		Total      uint64    `json:"total"`
		Suggestion string    `json:"suggestion,omitempty"`
		Hits       []jsonHit `json:"hits"`
	}{r.Total, r.Suggestion, hits}
}

var markRE = regexp.MustCompile(`</?mark>`)

func printResult(r *indexer.Result) {
	if r.Suggestion != "" {
		fmt.Printf("Maksud Anda: %s\n", r.Suggestion)
	}
	fmt.Printf("%d hasil\n", r.Total)
	for i, h := range r.Hits {
		u := h.URL
		if h.Anchor != "" {
			u += "#" + h.Anchor
		}
		fmt.Printf("\n%d. %s  [%s]  %.3f\n   %s\n", i+1, h.Title, h.Type, h.Score, u)
		for _, f := range h.Fragments {
			f = markRE.ReplaceAllStringFunc(f, func(m string) string {
				if m == "<mark>" {
					return "«"
				}
				return "»"
			})
			fmt.Printf("   %s\n", strings.Join(strings.Fields(html.UnescapeString(f)), " ")) // a cut fragment carries its own "…"
		}
	}
}

var analyzeCmd = &command{
	name:    "analyze",
	summary: "Print the search tokens the analyzer makes of a text, one per line, to see why a search matched or not.",
	usage:   "analyze [--lang id|en] TEXT...",
	run: func(ctx context.Context, fs *flag.FlagSet, args []string) error {
		lang := fs.String("lang", "id", "language of the text: id or en")
		if err := parse(fs, args); err != nil {
			return err
		}
		if *lang != "id" && *lang != "en" {
			return fmt.Errorf("--lang: want id or en; got %q", *lang)
		}
		if fs.NArg() == 0 {
			fs.Usage()
			return errUsage
		}
		for _, t := range indexer.Analyze(*lang, strings.Join(fs.Args(), " ")) {
			fmt.Println(t)
		}
		return nil
	},
}
