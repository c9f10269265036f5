package indexer

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// pairsFilterName is the bleve token filter that adds term pairs.
const pairsFilterName = "pustaka_term_pairs"

// pairFiller stands for removed words (stop words) inside a pair.
const pairFiller = "_"

// pairsFilter replaces the tokens by the pairs of adjacent tokens:
// "rencana tindak". Where the positions show removed words (stop words)
// in between, or before the first token, "_" stands for them: "lapor _"
// and "_ uang" from "laporan dan keuangan", so a phrase never matches
// across a stop word that it does not have. A phrase analysed the same
// way matches a text holding all its pairs, which needs no term
// locations; a single word gives no pairs.
type pairsFilter struct{}

var _ analysis.TokenFilter = pairsFilter{}

// Filter returns the pairs of input.
func (pairsFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	var out analysis.TokenStream
	filler := []byte(pairFiller)
	for i, t := range input {
		prev := &analysis.Token{Term: filler, Start: t.Start, End: t.Start, Position: 0}
		if i > 0 {
			prev = input[i-1]
		}
		switch {
		case t.Position == prev.Position+1 && i > 0:
			out = append(out, pairToken(prev, t, prev.Term, t.Term))
		case i > 0:
			out = append(out, pairToken(prev, prev, prev.Term, filler), pairToken(t, t, filler, t.Term))
		case t.Position > 1:
			out = append(out, pairToken(t, t, filler, t.Term))
		}
	}
	return out
}

// pairToken is the token "a b" spanning from the start of first to the
// end of last, at the position of first.
func pairToken(first, last *analysis.Token, a, b []byte) *analysis.Token {
	term := make([]byte, 0, len(a)+1+len(b))
	term = append(append(append(term, a...), ' '), b...)
	return &analysis.Token{Term: term, Start: first.Start, End: last.End, Position: first.Position, Type: analysis.Shingle}
}

// pairsFilterConstructor builds the filter; it takes no configuration.
func pairsFilterConstructor(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
	return pairsFilter{}, nil
}

func init() {
	if err := registry.RegisterTokenFilter(pairsFilterName, pairsFilterConstructor); err != nil {
		panic(err)
	}
}
