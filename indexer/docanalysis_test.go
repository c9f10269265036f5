package indexer

import (
	"fmt"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
)

// The shared analysis of an Indonesian document gives every field the
// tokens its own analyzer gives (term, position, offsets), and the words
// field the distinct lowercase words of the document.
func TestSharedAnalysisMatchesAnalyzers(t *testing.T) {
	ix := testIndex(t, Options{})
	im, err := buildMapping(Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs := loadDocs(t)
	docs = append(docs, Document{URL: "/kosong/"}, Document{URL: "/judul/", Title: "Pelatihan dan Pengembangan ASN", Tags: []string{"Diklat"}})
	checked := 0
	for _, d := range docs {
		if docLang(d.Lang) != "id" {
			continue
		}
		doc, err := ix.document(d)
		if err != nil {
			t.Fatal(err)
		}
		tx := textsOf(d)
		for _, f := range doc.Fields {
			tf, ok := f.(*document.TextField)
			if !ok {
				continue
			}
			slot, shared := sharedFields[tf.Name()]
			if !shared {
				continue
			}
			got := tf.Analyzer().Analyze(tf.Value())
			var want analysis.TokenStream
			switch slot {
			case slotWords:
				want = distinctTokens(im.AnalyzerNamed(aWords).Analyze([]byte(distinctChunks(d.Title, tx.summary, tx.heads, tx.text))))
				got = distinctTokens(got)
			default:
				want = im.AnalyzerNamed(im.AnalyzerNameForPath(tf.Name())).Analyze(tf.Value())
			}
			if a, b := describe(got), describe(want); !slices.Equal(a, b) {
				t.Errorf("%s %s:\nshared   %v\nanalyzer %v", d.URL, tf.Name(), a, b)
			}
			checked++
		}
		// A field analysed a second time gets its tokens again.
		for _, f := range doc.Fields {
			if tf, ok := f.(*document.TextField); ok && tf.Name() == langField("body", "id") && tx.text != "" {
				if len(tf.Analyzer().Analyze(nil)) == 0 {
					t.Errorf("%s: second analysis of the body gave no tokens", d.URL)
				}
			}
		}
	}
	if checked < 6*3 {
		t.Errorf("checked %d fields", checked)
	}
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
