package indexer

import (
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
)

// The text fields of an Indonesian document overlap: the body is the
// body_id field, the source of the pairs_id field, and with title,
// headings and summary the source of the words field. Analysed field
// by field, the body would be tokenised three times and stemmed twice.
// A docAnalysis tokenises and lowercases each text once, takes the
// distinct words from that, then removes stop words and stems once, and
// makes the pairs from the stemmed body. bleve gets the document built
// by the mapping as usual, except that these fields carry an analyzer
// that hands out the shared results (fieldTokens). The terms are the
// ones the mapping's analyzers give, which the tests check.

// Slots of the streams a docAnalysis makes.
const (
	slotTitle = iota
	slotHeadings
	slotSummary
	slotBody
	slotPairs
	slotWords
	nSlots
)

// sharedFields names the fields analysed through a docAnalysis.
var sharedFields = map[string]int{
	langField("title", "id"): slotTitle, langField("headings", "id"): slotHeadings,
	langField("summary", "id"): slotSummary, langField("body", "id"): slotBody,
	fPairs: slotPairs, fWords: slotWords,
}

// idPipeline is the Indonesian analyzer cut in two: tokenizer and
// lowercase, which the words field shares, then stop words and stemmer.
type idPipeline struct {
	tokenizer analysis.Tokenizer
	lower     []analysis.TokenFilter
	rest      []analysis.TokenFilter
}

// newIDPipeline takes the parts of the mapping's Indonesian analyzer.
func newIDPipeline(im *mapping.IndexMappingImpl) (*idPipeline, error) {
	a, ok := im.AnalyzerNamed(aID).(*analysis.DefaultAnalyzer)
	if !ok || len(a.TokenFilters) != 3 || a.CharFilters != nil {
		return nil, fmt.Errorf("indexer: analyzer %s is not tokenizer, lowercase, stop words, stemmer", aID)
	}
	return &idPipeline{tokenizer: a.Tokenizer, lower: a.TokenFilters[:1], rest: a.TokenFilters[1:]}, nil
}

// docAnalysis analyses the shared fields of one document once, on the
// first request of any of them. bleve analyses the fields of a
// document one after another in one goroutine, each once; the mutex
// only makes a second request safe, which analyses again.
type docAnalysis struct {
	p     *idPipeline
	texts [slotBody + 1]string // title, headings, summary, body

	mu      sync.Mutex
	streams [nSlots]analysis.TokenStream
	taken   [nSlots]bool
}

// stream returns the tokens of one slot. Each stream is handed out once
// and then forgotten, so a document's tokens live only while it is
// being analysed.
func (d *docAnalysis) stream(slot int) analysis.TokenStream {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.taken[slot] || d.streams[slot] == nil {
		d.run()
	}
	s := d.streams[slot]
	d.streams[slot], d.taken[slot] = nil, true
	return s
}

// run analyses every text and fills all the streams.
func (d *docAnalysis) run() {
	seen := map[string]bool{}
	var words analysis.TokenStream
	var w wordMaker
	for slot, text := range d.texts {
		tokens := d.p.tokenizer.Tokenize([]byte(text))
		for _, f := range d.p.lower {
			tokens = f.Filter(tokens)
		}
		w.grow(len(tokens), len(text))
		for _, t := range tokens {
			if !seen[string(t.Term)] {
				seen[string(t.Term)] = true
				words = append(words, w.word(t, len(words)+1))
			}
		}
		for _, f := range d.p.rest {
			tokens = f.Filter(tokens)
		}
		d.streams[slot] = tokens
	}
	d.streams[slotPairs] = pairsFilter{}.Filter(d.streams[slotBody])
	d.streams[slotWords] = words
	d.taken = [nSlots]bool{}
}

// wordMaker copies the distinct words of a document into shared
// storage: their terms into one byte slice, their tokens into one array
// (the stemmer then rewrites the tokens it was copied from in place).
type wordMaker struct {
	buf    []byte
	tokens []analysis.Token
}

// grow makes room for n more words of up to size bytes in all.
func (w *wordMaker) grow(n, size int) {
	if cap(w.tokens)-len(w.tokens) < n {
		w.tokens = make([]analysis.Token, 0, n) // earlier tokens keep the old array
	}
	if cap(w.buf)-len(w.buf) < size {
		w.buf = make([]byte, 0, size)
	}
}

// word copies t as the word at position pos.
func (w *wordMaker) word(t *analysis.Token, pos int) *analysis.Token {
	start := len(w.buf)
	w.buf = append(w.buf, t.Term...)
	w.tokens = append(w.tokens, analysis.Token{Term: w.buf[start:len(w.buf):len(w.buf)], Start: t.Start, End: t.End, Position: pos, Type: t.Type})
	return &w.tokens[len(w.tokens)-1]
}

// fieldTokens is the analyzer of one shared field: it ignores its input,
// which is the text the docAnalysis holds, and returns the slot's tokens.
type fieldTokens struct {
	d    *docAnalysis
	slot int
}

var _ analysis.Analyzer = fieldTokens{}

// Analyze returns the field's tokens.
func (f fieldTokens) Analyze([]byte) analysis.TokenStream { return f.d.stream(f.slot) }

// share gives the shared fields of doc, built by the mapping from the
// Indonesian document d, analyzers that analyse d once.
func (p *idPipeline) share(doc *document.Document, d Document, text, heads, summary string) {
	da := &docAnalysis{p: p, texts: [...]string{d.Title, heads, summary, text}}
	for i, f := range doc.Fields {
		tf, ok := f.(*document.TextField)
		if !ok {
			continue
		}
		if slot, ok := sharedFields[tf.Name()]; ok {
			doc.Fields[i] = document.NewTextFieldCustom(tf.Name(), tf.ArrayPositions(), tf.Value(), tf.Options(), fieldTokens{da, slot})
		}
	}
}
