package indexer

import (
	"fmt"
	"strings"
	"unicode/utf8"

	index "github.com/blevesearch/bleve_index_api"
)

// fuzziness returns the edit distance allowed for a word of n runes.
func fuzziness(n int) int {
	if n >= 8 {
		return 2
	}
	return 1
}

// correct replaces every word of p that is not in the index's
// dictionary by the closest dictionary word (fewest edits, then most
// documents). It reports whether any word changed.
func (ix *Index) correct(p *parsedQuery) (*parsedQuery, bool, error) {
	adv, err := ix.bi.Advanced()
	if err != nil {
		return nil, false, fmt.Errorf("indexer: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, false, fmt.Errorf("indexer: %w", err)
	}
	defer r.Close()
	fr, ok := r.(index.IndexReaderFuzzy)
	if !ok {
		return nil, false, fmt.Errorf("indexer: index reader %T cannot match fuzzily", r)
	}
	fixed := *p
	fixed.Terms = append([]clause(nil), p.Terms...)
	fixed.Prefix = false
	changed := false
	for i, c := range fixed.Terms {
		word := strings.ToLower(trimPunct(c.Text))
		n := utf8.RuneCountInString(word)
		if c.Phrase || n < minPrefix {
			continue
		}
		dict, err := fr.FieldDictFuzzy(fWords, word, fuzziness(n), "")
		if err != nil {
			return nil, false, fmt.Errorf("indexer: %w", err)
		}
		best, bestDist, bestCount := "", 3, uint64(0)
		for e, derr := dict.Next(); e != nil && derr == nil; e, derr = dict.Next() {
			d := editDistance(word, e.Term)
			if d < bestDist || (d == bestDist && e.Count > bestCount) {
				best, bestDist, bestCount = e.Term, d, e.Count
			}
		}
		dict.Close()
		if best != "" && best != word {
			fixed.Terms[i].Text, changed = best, true
		}
	}
	return &fixed, changed, nil
}

// editDistance is the Levenshtein distance between a and b in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
