package indexer

import (
	"fmt"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	index "github.com/blevesearch/bleve_index_api"
)

// The shared analysis of an Indonesian document gives every field the
// frequencies bleve makes from the tokens its own analyzer gives (term,
// count, and with term vectors position and offsets), the words field
// the distinct lowercase words of the document, and the stored
// locations every token of the body.
func TestSharedAnalysisMatchesAnalyzers(t *testing.T) {
	ix := testIndex(t, Options{})
	im, err := buildMapping(Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs := loadDocs(t)
	docs = append(docs, Document{URL: "/kosong/"}, Document{URL: "/judul/", Title: "Pelatihan dan Pengembangan ASN", Tags: []string{"Diklat"}},
		Document{URL: "/contoh/", Sections: []Section{{Text: "Contoh berkas pelatihan.", Aside: "content/pelatihan/modul-1.md\nLihat Pedoman Pelatihan"}}})
	checked, located := 0, 0
	for _, d := range docs {
		if docLang(d.Lang) != "id" {
			continue
		}
		doc, err := ix.document(d)
		if err != nil {
			t.Fatal(err)
		}
		tx := textsOf(d)
		var locs []byte
		var body analysis.TokenStream
		for _, f := range doc.Fields {
			if lf, ok := f.(locsField); ok {
				locs = lf.Value()
			}
			sf, ok := f.(*sharedField)
			if !ok {
				continue
			}
			sf.Analyze()
			var want analysis.TokenStream
			switch sf.slot {
			case slotWords:
				want = distinctTokens(im.AnalyzerNamed(aWords).Analyze([]byte(distinctChunks(d.Title, tx.summary, tx.heads, tx.text, tx.aside))))
			default:
				text := [...]string{d.Title, tx.heads, tx.summary, tx.text, tx.aside, tx.text}[sf.slot]
				want = im.AnalyzerNamed(im.AnalyzerNameForPath(sf.Name())).Analyze([]byte(text))
			}
			if sf.AnalyzedLength() != len(want) {
				t.Errorf("%s %s: length %d, analyzer %d", d.URL, sf.Name(), sf.AnalyzedLength(), len(want))
			}
			got, exp := describeFreqs(sf.AnalyzedTokenFrequencies()), describeFreqs(analysis.TokenFrequency(want, nil, sf.Options()))
			if !slices.Equal(got, exp) {
				t.Errorf("%s %s:\nshared %v\nbleve  %v", d.URL, sf.Name(), got, exp)
			}
			if sf.slot == slotBody {
				body = want
			}
			checked++
		}
		if locs == nil {
			t.Errorf("%s: no stored locations", d.URL)
		}
		var terms []string
		for _, tok := range body {
			terms = append(terms, string(tok.Term))
		}
		got, exp := describeSpans(locsSpans(locs, terms, nil)), describeSpans(spansOfTokens(body))
		if !slices.Equal(got, exp) {
			t.Errorf("%s stored locations:\ngot  %v\nwant %v", d.URL, got, exp)
		}
		located += len(got)
	}
	if checked < 6*3 || located < 100 {
		t.Errorf("checked %d fields, %d locations", checked, located)
	}
}

// A body's locations are made once, whichever asks first, and are
// complete however many times the body is analysed.
func TestBodyLocsBeforeAnalysis(t *testing.T) {
	ix := testIndex(t, Options{})
	d := Document{URL: "/a/", Title: "Judul", Body: "Pelatihan ASN: melatih dan dilatih. Pelatihan lagi."}
	doc, err := ix.document(d)
	if err != nil {
		t.Fatal(err)
	}
	var lf locsField
	var body *sharedField
	for _, f := range doc.Fields {
		switch f := f.(type) {
		case locsField:
			lf = f
		case *sharedField:
			if f.slot == slotBody {
				body = f
			}
		}
	}
	if lf.d == nil || body == nil {
		t.Fatal("no stored locations or no shared body field")
	}
	first := describeSpans(locsSpans(lf.Value(), []string{"latih", "asn"}, nil))
	body.Analyze()
	body.Analyze()
	again := describeSpans(locsSpans(lf.Value(), []string{"latih", "asn"}, nil))
	want := []string{"asn[10:13]", "latih[0:9]", "latih[15:22]", "latih[27:34]", "latih[36:45]"}
	if !slices.Equal(first, want) || !slices.Equal(again, want) {
		t.Errorf("locations before analysis %v, after %v, want %v", first, again, want)
	}
}

// A damaged locations value gives what was read before the damage and
// never panics.
func TestLocsSpansDamaged(t *testing.T) {
	tokens := analysis.TokenStream{
		{Term: []byte("latih"), Start: 0, End: 9, Position: 1},
		{Term: []byte("asn"), Start: 10, End: 13, Position: 2},
		{Term: []byte("latih"), Start: 20, End: 27, Position: 3},
	}
	locs := encodeLocs(tokens, newTermTable(tokens, 0, 1))
	if got := describeSpans(locsSpans(locs, []string{"latih", "asn"}, nil)); !slices.Equal(got, []string{"asn[10:13]", "latih[0:9]", "latih[20:27]"}) {
		t.Fatalf("whole value: %v", got)
	}
	for n := range len(locs) {
		locsSpans(locs[:n], []string{"latih", "asn"}, nil)
	}
	if got := locsSpans(append([]byte{0xff, 0xff, 0xff}, locs...), []string{"latih"}, nil); len(got) != 0 {
		t.Errorf("damaged head: %v", got)
	}
}

// spansOfTokens returns the spans of tokens.
func spansOfTokens(ts analysis.TokenStream) []span {
	out := make([]span, len(ts))
	for i, t := range ts {
		out[i] = span{t.Start, t.End, string(t.Term)}
	}
	return out
}

// describeSpans lists term and offsets of each span, sorted.
func describeSpans(ss []span) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%s[%d:%d]", s.term, s.start, s.end)
	}
	slices.Sort(out)
	return out
}

// describeFreqs lists each term with its frequency and locations, sorted.
func describeFreqs(tfs index.TokenFrequencies) []string {
	var out []string
	for k, tf := range tfs {
		var locs []string
		for _, l := range tf.Locations {
			locs = append(locs, fmt.Sprintf("%d[%d:%d]%q%v", l.Position, l.Start, l.End, l.Field, l.ArrayPositions))
		}
		out = append(out, fmt.Sprintf("%s=%s×%d %v", k, tf.Term, tf.Frequency(), locs))
	}
	slices.Sort(out)
	return out
}

// distinctTokens returns the sorted distinct terms of ts as tokens.
func distinctTokens(ts analysis.TokenStream) analysis.TokenStream {
	var terms []string
	for _, t := range ts {
		terms = append(terms, string(t.Term))
	}
	slices.Sort(terms)
	var out analysis.TokenStream
	for _, w := range slices.Compact(terms) {
		out = append(out, &analysis.Token{Term: []byte(w)})
	}
	return out
}

// describe lists term, position and offsets of each token.
func describe(ts analysis.TokenStream) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = fmt.Sprintf("%s@%d[%d:%d]", t.Term, t.Position, t.Start, t.End)
	}
	return out
}

// A term table gives bleve's frequencies however far its guess of the
// distinct terms is off, with and without term vectors and counts.
func TestTermTableGuesses(t *testing.T) {
	words := []string{"latih", "asn", "latih", "kinerja", "asn", "latih", "ukur", "kinerja"}
	// A long text: 300 tokens, 107 distinct terms, new ones to the end
	// (the chunks past a low guess, the last cut to the tokens left).
	var long []string
	for i := range 300 {
		long = append(long, fmt.Sprint("t", i%97+i/290*1000))
	}
	for _, ws := range [][]string{words, long} {
		var tokens analysis.TokenStream
		for i, w := range ws {
			tokens = append(tokens, &analysis.Token{Term: []byte(w), Start: 10 * i, End: 10*i + len(w), Position: i + 1})
		}
		for _, opts := range []index.FieldIndexingOptions{index.IndexField, index.IndexField | index.IncludeTermVectors, index.IndexField | index.SkipFreqNorm} {
			want := describeFreqs(analysis.TokenFrequency(tokens, nil, opts))
			for _, guess := range []int{0, 1, 3, 4, 5, 100, 1000} {
				tt := newTermTable(tokens, opts, guess)
				if got := describeFreqs(tt.freqs); !slices.Equal(got, want) {
					t.Errorf("%d tokens, options %v, guess %d:\ngot  %v\nwant %v", len(tokens), opts, guess, got, want)
				}
				for i := range tt.len() {
					if tf := tt.at(i); tt.freqs[string(tf.Term)] != tf {
						t.Errorf("%d tokens, guess %d: term %d (%s) is not the one counted", len(tokens), guess, i, tf.Term)
					}
				}
			}
		}
	}
}
