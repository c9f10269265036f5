package indexer

import (
	"encoding/binary"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	index "github.com/blevesearch/bleve_index_api"
)

// The Indonesian body is indexed without term vectors: phrases match
// through fPairs, and the only other use of its term locations is
// finding the matches of a page of hits, for the best section and the
// fragments. Term vectors put every location of every term into the
// postings, which segment building and every merge then write again;
// they were an eighth of a full index build and a quarter of its size.
// Instead, the locations of the body's terms are kept per document in
// one stored value (fLocs), which merges copy as it is and a page of
// hits reads with the rest of its stored fields.
//
// The value lists the distinct terms in the order they first occur:
//
//	uvarint(len(term)) term uvarint(len(block)) block
//
// where block holds the term's occurrences in order, each as
// uvarint(start - end of the previous occurrence) uvarint(end - start),
// byte offsets in the stored text (fText).

// encodeLocs returns the locations of the terms of t, the body's term
// table.
func encodeLocs(tokens analysis.TokenStream, t *termTable) []byte {
	// Group the tokens by term: order lists token indexes term by term.
	first := make([]int32, t.len()+1)
	for i, n := range t.count {
		first[i+1] = first[i] + n
	}
	next := append([]int32(nil), first[:t.len()]...)
	order := make([]int32, len(tokens))
	for i, ti := range t.of {
		order[next[ti]] = int32(i)
		next[ti]++
	}
	out := make([]byte, 0, 4*len(tokens)+8*t.len())
	var block []byte
	for ti := range t.len() {
		block = block[:0]
		prev := 0
		for _, i := range order[first[ti]:first[ti+1]] {
			tok := tokens[i]
			block = binary.AppendUvarint(block, uint64(tok.Start-prev))
			block = binary.AppendUvarint(block, uint64(tok.End-tok.Start))
			prev = tok.End
		}
		term := t.at(ti).Term
		out = binary.AppendUvarint(out, uint64(len(term)))
		out = append(out, term...)
		out = binary.AppendUvarint(out, uint64(len(block)))
		out = append(out, block...)
	}
	return out
}

// locsSpans appends to out the occurrences of the terms want found in
// locs, a value made by encodeLocs. A damaged value yields the spans
// read before the damage.
func locsSpans(locs []byte, want []string, out []span) []span {
	for len(locs) > 0 {
		n, k := binary.Uvarint(locs)
		if k <= 0 || uint64(len(locs)-k) < n {
			return out
		}
		term := locs[k : k+int(n)]
		locs = locs[k+int(n):]
		n, k = binary.Uvarint(locs)
		if k <= 0 || uint64(len(locs)-k) < n {
			return out
		}
		block := locs[k : k+int(n)]
		locs = locs[k+int(n):]
		for _, w := range want {
			if w == string(term) {
				out = appendOccurrences(out, block, w)
				break
			}
		}
	}
	return out
}

// appendOccurrences appends the occurrences in block of term.
func appendOccurrences(out []span, block []byte, term string) []span {
	end := 0
	for len(block) > 0 {
		gap, k := binary.Uvarint(block)
		if k <= 0 {
			return out
		}
		block = block[k:]
		length, k := binary.Uvarint(block)
		if k <= 0 {
			return out
		}
		block = block[k:]
		start := end + int(gap)
		end = start + int(length)
		out = append(out, span{start, end, term})
	}
	return out
}

// locsField is the stored fLocs value of an Indonesian document, made by
// its docAnalysis when the body is analysed (see encodeLocs). bleve
// reads a stored value when it builds the segment, after the analysis.
type locsField struct{ d *docAnalysis }

var _ document.Field = locsField{}

// Name returns fLocs.
func (locsField) Name() string { return fLocs }

// ArrayPositions returns none.
func (locsField) ArrayPositions() []uint64 { return nil }

// Options stores the field without indexing it.
func (locsField) Options() index.FieldIndexingOptions { return index.StoreField }

// Analyze does nothing: the field is not indexed.
func (locsField) Analyze() {}

// Value returns the encoded locations.
func (f locsField) Value() []byte { return f.d.bodyLocs() }

// NumPlainTextBytes is 0: the value is derived from the body.
func (locsField) NumPlainTextBytes() uint64 { return 0 }

// Size is the field's own size; the value belongs to the analysis.
func (locsField) Size() int { return 16 }

// EncodedFieldType is text.
func (locsField) EncodedFieldType() byte { return 't' }

// AnalyzedLength is 0: nothing is indexed.
func (locsField) AnalyzedLength() int { return 0 }

// AnalyzedTokenFrequencies is nil: nothing is indexed.
func (locsField) AnalyzedTokenFrequencies() index.TokenFrequencies { return nil }
