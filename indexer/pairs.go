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

// Filter returns the pairs of input. The pairs' terms share one byte
// slice and their tokens one array: a body gives about as many pairs as
// words, and two allocations each were a tenth of an index build's.
func (pairsFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	n, size := 0, 0
	eachPair(input, func(_, _ *analysis.Token, a, b []byte) { n, size = n+1, size+len(a)+1+len(b) })
	p := pairMaker{buf: make([]byte, 0, size), tokens: make([]analysis.Token, 0, n)}
	out := make(analysis.TokenStream, 0, n)
	eachPair(input, func(first, last *analysis.Token, a, b []byte) { out = append(out, p.pair(first, last, a, b)) })
	return out
}

// eachPair calls f with every pair of input, in order: the terms a and b
// and the tokens the pair spans from and to. Adjacent tokens make a
// pair; where the positions show removed words, each side pairs with
// the filler instead.
func eachPair(input analysis.TokenStream, f func(first, last *analysis.Token, a, b []byte)) {
	filler := []byte(pairFiller)
	for i, t := range input {
		switch {
		case i > 0 && t.Position == input[i-1].Position+1:
			f(input[i-1], t, input[i-1].Term, t.Term)
		case i > 0:
			f(input[i-1], input[i-1], input[i-1].Term, filler)
			f(t, t, filler, t.Term)
		case t.Position > 1:
			f(t, t, filler, t.Term)
		}
	}
}

// pairMaker makes pair tokens in preallocated storage.
type pairMaker struct {
	buf    []byte
	tokens []analysis.Token
}

// pair is the token "a b" spanning from the start of first to the end
// of last, at the position of first.
func (p *pairMaker) pair(first, last *analysis.Token, a, b []byte) *analysis.Token {
	start := len(p.buf)
	p.buf = append(append(append(p.buf, a...), ' '), b...)
	p.tokens = append(p.tokens, analysis.Token{Term: p.buf[start:len(p.buf):len(p.buf)], Start: first.Start, End: last.End, Position: first.Position, Type: analysis.Shingle})
	return &p.tokens[len(p.tokens)-1]
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
