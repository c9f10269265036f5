package indexer

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
)

// relevanceDepth is how many hits Evaluate looks at for the reciprocal rank.
const relevanceDepth = 10

// RelevanceCase is one line of a relevance file: a query, the URL
// expected as its first hit, and other URLs a reader would also accept.
type RelevanceCase struct {
	Query string
	Want  string
	Also  []string // acceptable alternates; they count as found, at a lower grade
	Line  int
}

// Grade is how relevant url is to c: 2 for Want, 1 for an alternate
// (Also), 0 otherwise. It is the gain of nDCG.
func (c RelevanceCase) Grade(url string) int {
	if url == c.Want {
		return 2
	}
	for _, a := range c.Also {
		if url == a {
			return 1
		}
	}
	return 0
}

// Relevance is the outcome of Evaluate.
type Relevance struct {
	Cases  int
	Top1   float64  // share of cases whose first hit is Want
	MRR    float64  // mean reciprocal rank of Want within the first 10 hits
	MRR5   float64  // the same within the first 5 hits
	Misses []string // "query: want URL, got URL" for cases not ranked first
}

// ParseRelevance reads a relevance file: one "query<TAB>URL" per line,
// optionally followed by more "<TAB>URL" fields naming acceptable
// alternates; blank lines and lines starting with "#" are skipped. name is
// used in error messages, which give name:line.
func ParseRelevance(name string, r io.Reader) ([]RelevanceCase, error) {
	var cases []RelevanceCase
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if len(fields) < 2 || slices.Contains(fields, "") {
			return nil, fmt.Errorf("%s:%d: want query<TAB>URL[<TAB>URL...], got %q", name, line, text)
		}
		c := RelevanceCase{Query: fields[0], Want: fields[1], Line: line}
		if len(fields) > 2 {
			c.Also = fields[2:]
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return cases, nil
}

// Evaluate runs every case against ix and computes top-1 accuracy and
// mean reciprocal rank.
func (ix *Index) Evaluate(ctx context.Context, cases []RelevanceCase) (Relevance, error) {
	rel := Relevance{Cases: len(cases)}
	if len(cases) == 0 {
		return rel, nil
	}
	var top1, rr, rr5 float64
	for _, c := range cases {
		res, err := ix.Search(ctx, Request{Query: c.Query, Size: relevanceDepth})
		if err != nil {
			return Relevance{}, fmt.Errorf("line %d: %w", c.Line, err)
		}
		rank := 0
		for i, h := range res.Hits {
			if c.Grade(h.URL) > 0 {
				rank = i + 1
				break
			}
		}
		if rank > 0 {
			rr += 1 / float64(rank)
		}
		if rank > 0 && rank <= 5 {
			rr5 += 1 / float64(rank)
		}
		if rank == 1 {
			top1++
			continue
		}
		got := "nothing"
		if len(res.Hits) > 0 {
			got = res.Hits[0].URL
		}
		rel.Misses = append(rel.Misses, fmt.Sprintf("%s: want %s, got %s (rank %d)", c.Query, c.Want, got, rank))
	}
	rel.Top1 = top1 / float64(len(cases))
	rel.MRR = rr / float64(len(cases))
	rel.MRR5 = rr5 / float64(len(cases))
	return rel, nil
}
