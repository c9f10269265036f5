package main

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"regexp"
	"strings"

	"github.com/tubei/pustaka/indexer"
	"github.com/tubei/pustaka/internal/service"

	"github.com/tubei/pustaka/internal/message"
)

var searchCmd = &command{
	name:    "search",
	summary: message.SumSearch,
	usage:   "search [--source DIR] [--type T] [--limit N] [--json] QUERY...",
	run:     runSearch,
}

func runSearch(ctx context.Context, e *env, args []string) error {
	var sf siteFlags
	sf.register(e)
	typ := e.fs.String("type", "", string(message.FlagType))
	limit := e.fs.Int("limit", 10, string(message.FlagLimit))
	asJSON := e.fs.Bool("json", false, string(message.FlagSearchJSON))
	if err := e.parse(args); err != nil {
		return err
	}
	if e.fs.NArg() == 0 {
		return usagef(message.ArgMissing, "QUERY")
	}
	req := indexer.Request{Query: strings.Join(e.fs.Args(), " "), Type: *typ, Size: *limit, Highlight: true}
	r, err := service.Find(ctx, sf.options(e), req)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(jsonResult(r))
	}
	printResult(e.stdout, r, e.cliLang())
	return nil
}

// jsonResult is what --json prints: the total, the suggestion and the
// hits in the indexer's one hit shape, as /api/search writes them.
func jsonResult(r *indexer.Result) any {
	hits := r.Hits
	if hits == nil {
		hits = []indexer.Hit{}
	}
	return struct {
		Total      uint64        `json:"total"`
		Suggestion string        `json:"suggestion,omitempty"`
		Hits       []indexer.Hit `json:"hits"`
	}{r.Total, r.Suggestion, hits}
}

var markRE = regexp.MustCompile(`</?mark>`)

func printResult(w io.Writer, r *indexer.Result, l message.Lang) {
	if r.Suggestion != "" {
		fmt.Fprintln(w, message.New(message.Suggestion, r.Suggestion).In(l))
	}
	fmt.Fprintln(w, message.New(message.Results, r.Total).In(l))
	for i, h := range r.Hits {
		fmt.Fprintf(w, "\n%d. %s  [%s]  %.3f\n   %s\n", i+1, h.Title, h.Type, h.Score, h.URL)
		if len(h.Sections) == 0 {
			for _, f := range h.Fragments {
				fmt.Fprintf(w, "   %s\n", plainFragment(f))
			}
		}
		for _, s := range h.Sections {
			heading := s.Heading
			if heading == "" {
				heading = message.New(message.SearchStart).In(l)
			}
			fmt.Fprintf(w, "   § %s  #%s\n", heading, s.Anchor)
			if s.Fragment != "" {
				fmt.Fprintf(w, "     %s\n", plainFragment(s.Fragment))
			}
		}
	}
}

// plainFragment prints a fragment with «» for its marks; a cut fragment
// carries its own "…".
func plainFragment(f string) string {
	f = markRE.ReplaceAllStringFunc(f, func(m string) string {
		if m == "<mark>" {
			return "«"
		}
		return "»"
	})
	return strings.Join(strings.Fields(html.UnescapeString(f)), " ")
}

var analyzeCmd = &command{
	name:    "analyze",
	summary: message.SumAnalyze,
	usage:   "analyze [--lang id|en] TEXT...",
	run: func(ctx context.Context, e *env, args []string) error {
		lang := e.fs.String("lang", "id", string(message.FlagAnalyzeLang))
		if err := e.parse(args); err != nil {
			return err
		}
		if *lang != "id" && *lang != "en" {
			return usagef(message.FlagWant, "--lang", message.New(message.OneOf, "id", "en"), *lang)
		}
		if e.fs.NArg() == 0 {
			return usagef(message.ArgMissing, "TEXT")
		}
		for _, t := range indexer.Analyze(*lang, strings.Join(e.fs.Args(), " ")) {
			fmt.Fprintln(e.stdout, t)
		}
		return nil
	},
}
