package indexer

import (
	"fmt"
	"math/bits"
	"sync"
	"unsafe"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/tubei/pustaka/indexer/indonesian"
)

// The text fields of an Indonesian document overlap: the body is the
// body_id field, the source of the pairs_id field, and with title,
// headings and summary the source of the words field. Analysed field
// by field, the body would be tokenised three times and stemmed twice.
// A docAnalysis tokenises and lowercases each text once, takes the
// distinct words from that, then removes stop words and stems once, and
// makes the pairs from the stemmed body. bleve gets the document built
// by the mapping as usual, except that these fields are sharedFields,
// which take their tokens from the shared results and count them into
// shared arrays (termTable). The terms and frequencies are the ones the
// mapping's analyzers and bleve give, which the tests check.

// Slots of the streams a docAnalysis makes.
const (
	slotTitle = iota
	slotHeadings
	slotSummary
	slotBody
	slotAside
	slotPairs
	slotWords
	nSlots
)

// sharedFields names the fields analysed through a docAnalysis.
var sharedFields = map[string]int{
	langField("title", "id"): slotTitle, langField("headings", "id"): slotHeadings,
	langField("summary", "id"): slotSummary, langField("body", "id"): slotBody, langField("aside", "id"): slotAside,
	fPairs: slotPairs, fWords: slotWords,
}

// idPipeline is the Indonesian analyzer cut in two: tokenizer and
// lowercase, which the words field shares, then stop words and stemmer.
type idPipeline struct {
	tokenizer analysis.Tokenizer
	lower     []analysis.TokenFilter
	rest      []analysis.TokenFilter
	stemmer   *indonesian.Stemmer // the stemmer of rest, for the readings of a query word
}

// newIDPipeline takes the parts of the mapping's Indonesian analyzer.
func newIDPipeline(im *mapping.IndexMappingImpl) (*idPipeline, error) {
	a, ok := im.AnalyzerNamed(aID).(*analysis.DefaultAnalyzer)
	if !ok || len(a.TokenFilters) != 3 || a.CharFilters != nil {
		return nil, fmt.Errorf("indexer: analyzer %s is not tokenizer, lowercase, stop words, stemmer", aID)
	}
	stem, ok := a.TokenFilters[2].(*indonesian.StemmerFilter)
	if !ok {
		return nil, fmt.Errorf("indexer: analyzer %s has no Indonesian stemmer", aID)
	}
	return &idPipeline{tokenizer: a.Tokenizer, lower: a.TokenFilters[:1], rest: a.TokenFilters[1:], stemmer: stem.Stemmer()}, nil
}

// docAnalysis analyses the shared fields of one document once, on the
// first request of any of them. bleve analyses the fields of a
// document one after another in one goroutine, each once; the mutex
// only makes a second request safe, which analyses again.
type docAnalysis struct {
	p     *idPipeline
	texts [slotAside + 1]string // title, headings, summary, body, aside

	mu      sync.Mutex
	streams [nSlots]stream
	ran     bool
	taken   [nSlots]bool
	locs    []byte // the body's term locations (encodeLocs), once made
}

// A stream is what the analysis gives one slot: the tokens of a text,
// or only the terms of the pairs and the words, whose fields keep no
// term vectors. Terms alone take a third of the memory of tokens.
type stream struct {
	tokens analysis.TokenStream
	terms  [][]byte
}

// stream returns the stream of one slot. Each stream is handed out once
// and then forgotten, so a document's tokens live only while it is
// being analysed.
func (d *docAnalysis) stream(slot int) stream {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.ensure(slot)
	s := d.streams[slot]
	d.streams[slot], d.taken[slot] = stream{}, true
	return s
}

// ensure analyses the texts (again) unless the slot's stream is there.
func (d *docAnalysis) ensure(slot int) {
	if d.taken[slot] || !d.ran {
		d.run()
	}
}

// run analyses every text and fills all the streams.
func (d *docAnalysis) run() {
	size, n := 0, 0
	var lowered [slotAside + 1]analysis.TokenStream
	for slot, text := range d.texts {
		tokens := d.p.tokenizer.Tokenize([]byte(text))
		for _, f := range d.p.lower {
			tokens = f.Filter(tokens)
		}
		lowered[slot] = tokens
		size, n = size+len(text), n+len(tokens)
	}
	w := newWordMaker(n, size)
	for slot, tokens := range lowered {
		for _, t := range tokens {
			w.add(t)
		}
		for _, f := range d.p.rest {
			tokens = f.Filter(tokens)
		}
		d.streams[slot].tokens = tokens
	}
	d.streams[slotPairs].terms = pairTerms(d.streams[slotBody].tokens)
	d.streams[slotWords].terms = w.words
	d.ran, d.taken = true, [nSlots]bool{}
}

// wordMaker collects the distinct words of a document before they are
// stemmed (the stemmer rewrites tokens in place): their terms are copied
// into one byte slice as long as the texts. The set of words seen is
// keyed by those copies, which never change, so it allocates no key
// strings; sized by token counts and keyed by fresh strings, with a
// token made for each word, it was a tenth of an index build's
// allocations.
type wordMaker struct {
	seen  map[string]struct{}
	buf   []byte // room for every text of the document
	words [][]byte
}

// newWordMaker returns a wordMaker for n tokens of texts of size bytes
// in all.
func newWordMaker(n, size int) *wordMaker {
	guess := distinctGuess(slotBody, n)
	return &wordMaker{seen: make(map[string]struct{}, guess), buf: make([]byte, 0, size),
		words: make([][]byte, 0, guess)}
}

// add adds t's term if it is new.
func (w *wordMaker) add(t *analysis.Token) {
	if _, ok := w.seen[string(t.Term)]; ok {
		return
	}
	start := len(w.buf)
	w.buf = append(w.buf, t.Term...)
	term := w.buf[start:len(w.buf):len(w.buf)]
	w.seen[unsafe.String(unsafe.SliceData(term), len(term))] = struct{}{}
	w.words = append(w.words, term)
}

// share gives the shared fields of doc, built by the mapping from the
// Indonesian document d, to one docAnalysis, and adds the stored
// locations of the body's terms.
func (p *idPipeline) share(doc *document.Document, d Document, t texts) {
	da := &docAnalysis{p: p, texts: [...]string{d.Title, t.heads, t.summary, t.text, t.aside}}
	for i, f := range doc.Fields {
		tf, ok := f.(*document.TextField)
		if !ok {
			continue
		}
		if slot, ok := sharedFields[tf.Name()]; ok {
			doc.Fields[i] = &sharedField{name: tf.Name(), opts: tf.Options(), d: da, slot: slot}
		}
	}
	doc.AddField(locsField{da})
}

// setLocs keeps the body's term locations.
func (d *docAnalysis) setLocs(locs []byte) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.locs = locs
}

// bodyLocs returns the body's term locations, made by the analysis of
// the body field or else here.
func (d *docAnalysis) bodyLocs() []byte {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.locs == nil {
		d.ensure(slotBody)
		tokens := d.streams[slotBody].tokens
		d.locs = encodeLocs(tokens, newTermTable(tokens, 0, distinctGuess(slotBody, len(tokens))))
	}
	return d.locs
}

// termTable holds the token frequencies of one field as bleve indexes
// them, built as analysis.TokenFrequency builds them for a field
// without array positions, but in shared arrays: the frequencies of all
// terms in a few chunks, their locations (with term vectors) in another,
// where bleve allocated each frequency and grew each term's location
// list. For a full index build those were a third of the allocations.
type termTable struct {
	freqs index.TokenFrequencies
	// chunks hold the distinct terms in the order they first occur:
	// chunks[0] has room for base terms, and chunk k > 0 starts at term
	// base<<(k-1) with room for as many (or for every token left, if
	// fewer), so a term never moves and a guess far too low costs a few
	// more allocations, not a copy.
	chunks [][]index.TokenFreq
	base   int
	count  []int32 // occurrences of each term
	of     []int32 // index of each token's term (for locations)
}

// newTermTable returns the term table of tokens for a field with opts;
// distinct estimates the number of distinct terms.
func newTermTable(tokens analysis.TokenStream, opts index.FieldIndexingOptions, distinct int) *termTable {
	t := countTerms(len(tokens), func(i int) []byte { return tokens[i].Term }, opts, distinct, true)
	if opts.IncludeTermVectors() {
		t.locate(tokens)
	}
	return t
}

// termTableOf returns the term table of terms, which have no locations,
// for a field with opts without term vectors.
func termTableOf(terms [][]byte, opts index.FieldIndexingOptions, distinct int) *termTable {
	return countTerms(len(terms), func(i int) []byte { return terms[i] }, opts, distinct, false)
}

// countTerms returns the term table of the n terms term(i) for a field
// with opts, without locations; with of, it notes each term's index.
func countTerms(n int, term func(i int) []byte, opts index.FieldIndexingOptions, distinct int, of bool) *termTable {
	distinct = max(min(distinct, n), 1)
	t := &termTable{
		freqs:  make(index.TokenFrequencies, distinct),
		chunks: [][]index.TokenFreq{make([]index.TokenFreq, 0, distinct)},
		base:   distinct,
		count:  make([]int32, 0, distinct),
	}
	if of {
		t.of = make([]int32, n)
	}
	for i := range n {
		b := term(i)
		tf, ok := t.freqs[string(b)]
		if !ok {
			// While counting, a term's frequency holds its index.
			tf = t.add(b, n-i)
			// The key shares the term's bytes: the terms of a field
			// are final once it is counted.
			t.freqs[unsafe.String(unsafe.SliceData(b), len(b))] = tf
		}
		ti := tf.Frequency()
		if of {
			t.of[i] = int32(ti)
		}
		t.count[ti]++
	}
	for i := range t.count {
		if opts.SkipFreqNorm() {
			t.at(i).SetFrequency(0)
		} else {
			t.at(i).SetFrequency(int(t.count[i]))
		}
	}
	return t
}

// add appends a term, with room for left more tokens, and returns it.
func (t *termTable) add(term []byte, left int) *index.TokenFreq {
	n := len(t.count)
	t.count = append(t.count, 0)
	tf := index.TokenFreq{Term: term}
	tf.SetFrequency(n)
	last := &t.chunks[len(t.chunks)-1]
	if len(*last) == cap(*last) {
		t.chunks = append(t.chunks, make([]index.TokenFreq, 0, min(t.base<<(len(t.chunks)-1), left)))
		last = &t.chunks[len(t.chunks)-1]
	}
	*last = append(*last, tf)
	return &(*last)[len(*last)-1]
}

// len returns the number of distinct terms.
func (t *termTable) len() int { return len(t.count) }

// at returns term i.
func (t *termTable) at(i int) *index.TokenFreq {
	if i < t.base {
		return &t.chunks[0][i]
	}
	k := bits.Len(uint(i / t.base))
	return &t.chunks[k][i-t.base<<(k-1)]
}

// locate gives each term the locations of its tokens, from two arrays
// shared by all terms.
func (t *termTable) locate(tokens analysis.TokenStream) {
	locs := make([]index.TokenLocation, len(tokens))
	ptrs := make([]*index.TokenLocation, len(tokens))
	off := int32(0)
	for i, n := range t.count {
		t.at(i).Locations = ptrs[off : off : off+n]
		off += n
	}
	for i, tok := range tokens {
		locs[i] = index.TokenLocation{Start: tok.Start, End: tok.End, Position: tok.Position}
		tf := t.at(int(t.of[i]))
		tf.Locations = append(tf.Locations, &locs[i])
	}
}

// sharedField is a text field of an Indonesian document whose tokens
// come from the document's docAnalysis (its value is empty: the
// analysis holds the text) and whose frequencies are a termTable. The
// body field also makes the stored locations of its terms (locsField).
type sharedField struct {
	name   string
	opts   index.FieldIndexingOptions
	d      *docAnalysis
	slot   int
	length int
	freqs  index.TokenFrequencies
}

var _ document.Field = (*sharedField)(nil)

// Name returns the field name.
func (f *sharedField) Name() string { return f.name }

// ArrayPositions returns none: shared fields hold one value.
func (f *sharedField) ArrayPositions() []uint64 { return nil }

// Options returns the mapping's options of the field.
func (f *sharedField) Options() index.FieldIndexingOptions { return f.opts }

// Value is empty: the field is not stored, and its text is analysed
// from the docAnalysis.
func (f *sharedField) Value() []byte { return nil }

// NumPlainTextBytes is the length of the text the field is analysed
// from; 0 for the pairs and words, which come from the other texts.
func (f *sharedField) NumPlainTextBytes() uint64 {
	if f.slot > slotAside {
		return 0
	}
	return uint64(len(f.d.texts[f.slot]))
}

// Size estimates the memory the field holds; the text belongs to the
// docAnalysis.
func (f *sharedField) Size() int { return 96 + len(f.name) }

// EncodedFieldType is text.
func (f *sharedField) EncodedFieldType() byte { return 't' }

// AnalyzedLength is the number of tokens.
func (f *sharedField) AnalyzedLength() int { return f.length }

// AnalyzedTokenFrequencies returns the frequencies made by Analyze.
func (f *sharedField) AnalyzedTokenFrequencies() index.TokenFrequencies { return f.freqs }

// Analyze takes the slot's tokens from the docAnalysis and counts them.
func (f *sharedField) Analyze() {
	s := f.d.stream(f.slot)
	if f.slot == slotPairs || f.slot == slotWords {
		f.length = len(s.terms)
		f.freqs = termTableOf(s.terms, f.opts, distinctGuess(f.slot, f.length)).freqs
		return
	}
	t := newTermTable(s.tokens, f.opts, distinctGuess(f.slot, len(s.tokens)))
	f.length, f.freqs = len(s.tokens), t.freqs
	if f.slot == slotBody {
		f.d.setLocs(encodeLocs(s.tokens, t))
	}
}

// distinctGuess estimates the distinct terms among n tokens of a slot:
// all words are distinct; of the stemmed terms of running text about
// three in ten are, and of its pairs two in three (the Vue guide in
// Indonesian, ../shared/corpora/vue-id: 0.30 and 0.64 over 53 pages of
// 1,100 tokens). A guess above the count is memory held while a batch
// is analysed (a guess of half the terms and all pairs held 57 MB of a
// 9 MB corpus's build); one below it costs a few more allocations
// (termTable grows in chunks). A vocabulary grows far slower than its
// text, so no guess exceeds maxGuess: a 3 MB regulation has 400,000
// tokens and a few thousand distinct terms.
func distinctGuess(slot, n int) int {
	switch slot {
	case slotWords:
		return min(n, maxGuess)
	case slotPairs:
		return min(n*2/3+16, maxGuess)
	}
	return min(n/3+16, maxGuess)
}

// maxGuess bounds distinctGuess: more than the pages of the bench
// corpora hold (at most 1,500 words), so only long documents grow their
// tables in chunks.
const maxGuess = 1 << 13
