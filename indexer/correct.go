package indexer

import (
	"fmt"
	"strings"
	"unicode/utf8"

	index "github.com/blevesearch/bleve_index_api"

	"github.com/tubei/pustaka/internal/spelling"
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
			d := spelling.Distance(word, e.Term)
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
