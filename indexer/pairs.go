package indexer

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// pairsFilterName is the bleve token filter that adds term pairs.
const pairsFilterName = "pustaka_term_pairs"

// pairsFilter replaces the tokens by the pairs of adjacent tokens:
// "rencana tindak". Tokens that removed words (stop words) separate make
// no pair: "laporan dan keuangan" gives none. A phrase analysed the same
// way matches a text holding all its pairs, which needs no term
// locations (see Index.bodyPhrase); a single word gives no pairs.
// (Pairs with a stand-in for the removed words, "lapor _" and "_ uang",
// were a quarter of all pairs and a tenth of an index build; they ranked
// one query of the sample site's 40 better and one of the other 24
// worse. One pair across the gap, "lapor _ uang", cost more still: a
// million more distinct terms at 10,000 pages.)
type pairsFilter struct{}

var _ analysis.TokenFilter = pairsFilter{}

// Filter returns the pairs of input. The pairs' terms share one byte
// slice and their tokens one array: a body gives about as many pairs as
// words, and two allocations each were a tenth of an index build's.
func (pairsFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	n, size := 0, 0
	eachPair(input, func(a, b *analysis.Token) { n, size = n+1, size+len(a.Term)+1+len(b.Term) })
	p := pairMaker{buf: make([]byte, 0, size), tokens: make([]analysis.Token, 0, n)}
	out := make(analysis.TokenStream, 0, n)
	eachPair(input, func(a, b *analysis.Token) { out = append(out, p.pair(a, b)) })
	return out
}

// pairTerms returns the terms of the pairs of input, in one byte slice:
// the pairs an index build counts, without tokens.
func pairTerms(input analysis.TokenStream) [][]byte {
	n, size := 0, 0
	eachPair(input, func(a, b *analysis.Token) { n, size = n+1, size+len(a.Term)+1+len(b.Term) })
	buf, terms := make([]byte, 0, size), make([][]byte, 0, n)
	eachPair(input, func(a, b *analysis.Token) {
		start := len(buf)
		buf = appendPair(buf, a, b)
		terms = append(terms, buf[start:len(buf):len(buf)])
	})
	return terms
}

// appendPair appends the term of the pair of a and b: "a b".
func appendPair(buf []byte, a, b *analysis.Token) []byte {
	return append(append(append(buf, a.Term...), ' '), b.Term...)
}

// eachPair calls f with every pair of adjacent tokens of input, in order.
func eachPair(input analysis.TokenStream, f func(a, b *analysis.Token)) {
	for i := 1; i < len(input); i++ {
		if input[i].Position == input[i-1].Position+1 {
			f(input[i-1], input[i])
		}
	}
}

// pairMaker makes pair tokens in preallocated storage.
type pairMaker struct {
	buf    []byte
	tokens []analysis.Token
}

// pair is the token "a b" spanning from the start of a to the end of b,
// at the position of a.
func (p *pairMaker) pair(a, b *analysis.Token) *analysis.Token {
	start := len(p.buf)
	p.buf = appendPair(p.buf, a, b)
	p.tokens = append(p.tokens, analysis.Token{Term: p.buf[start:len(p.buf):len(p.buf)], Start: a.Start, End: b.End, Position: a.Position, Type: analysis.Shingle})
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
