package indexer

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"maps"
	"slices"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	_ "github.com/blevesearch/bleve/v2/analysis/analyzer/standard" // baseline analyzer
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/lang/id"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/single"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/tubei/pustaka/indexer/indonesian"
)

// mappingVersion changes whenever the fields or analyzers below change.
const mappingVersion = 7

// Field names of the bleve documents.
const (
	fTitle   = "title"   // stored only
	fText    = "text"    // stored only: the body the fragments come from
	fSecs    = "secs"    // stored only: section offsets, anchors and headings
	fVersion = "version" // stored only
	fWords   = "words"   // unstemmed lowercase words, for prefix and typo matching
	fType    = "type"
	fStatus  = "status"
	fTag     = "tag"
	fUnit    = "unit"
	fComp    = "competency"
	fLang    = "lang"
	fYear    = "year"
	fDate    = "date"
	fUpdated = "updated"
	fFacet   = "facet"    // "name:value" of every facet: one doc-values read per hit
	fPairs   = "pairs_id" // pairs of adjacent terms of the Indonesian body (our analyzer only)
	fLocs    = "locs"     // stored only, not in the mapping: term locations of the Indonesian body (our analyzer only; see locsField)
)

// Analyzer names defined by the mapping.
const (
	aID      = "pustaka_id"       // Indonesian with the site's roots
	aIDPairs = "pustaka_id_pairs" // the pairs of adjacent aID terms
	aWords   = "pustaka_words"    // unicode tokenizer + lowercase
	aKeyword = "pustaka_keyword"  // whole value, lowercased
	fStemmer = "pustaka_stemmer"  // stemmer filter with site roots
)

// langs are the analysed languages; every other Lang is indexed as "id".
var langs = [...]string{"id", "en"}

// textFields are the per-language text fields with their query boost.
var textFields = [...]struct {
	name  string
	boost float64
}{{"title", 4}, {"headings", 2.5}, {"summary", 1.5}, {"body", 1}, {"aside", 0.3}}

// pairsOf names the text field whose phrases also match through
// fPairs, with our analyzer.
var pairsOf = langField("body", "id")

// langField names the text field of one language, e.g. "title_id".
func langField(name, lang string) string { return name + "_" + lang }

// docLang maps a document language to one of langs.
func docLang(lang string) string {
	if lang == "en" {
		return "en"
	}
	return "id"
}

// analyzerFor returns the analyzer name of a language's text fields.
func analyzerFor(lang, idAnalyzer string) string {
	if lang == "en" {
		return en.AnalyzerName
	}
	return idAnalyzer
}

// buildMapping returns the index mapping for opts: site roots and
// exceptions, and the analyzer of Indonesian text (Options.Analyzer).
func buildMapping(opts Options) (*mapping.IndexMappingImpl, error) {
	im := bleve.NewIndexMapping()
	if err := addAnalyzers(im, opts); err != nil {
		return nil, err
	}
	dm := bleve.NewDocumentMapping()
	dm.Dynamic = false
	for _, lang := range langs {
		for _, tf := range textFields {
			f := textField(analyzerFor(lang, idAnalyzerOf(opts)))
			if lang == "id" && tf.name == "body" && opts.Analyzer == "" || tf.name == "aside" {
				// Phrases match through pairs, matches are located
				// through fLocs: no term vectors. An aside is not shown
				// in fragments, and a phrase matches it by its words.
				f.IncludeTermVectors = false
			}
			dm.AddFieldMappingsAt(langField(tf.name, lang), f)
		}
	}
	for _, f := range []string{fTitle, fText, fSecs, fVersion} {
		dm.AddFieldMappingsAt(f, storedField())
	}
	if opts.Analyzer == "" {
		// Phrases match through pairs without locations: no term vectors.
		pairs := textField(aIDPairs)
		pairs.IncludeTermVectors = false
		dm.AddFieldMappingsAt(fPairs, pairs)
	}
	words := textField(aWords)
	words.IncludeTermVectors = false
	// Only prefix and typo matching use it. Without frequencies its
	// single-document words also escape zapx's 1-hit encoding, after
	// which a dictionary scan misreports the counts completions rank by
	// (TestCompletionsAfterMerge).
	words.SkipFreqNorm = true
	dm.AddFieldMappingsAt(fWords, words)
	for _, f := range []string{fType, fStatus, fTag, fUnit, fComp, fLang, fYear} {
		dm.AddFieldMappingsAt(f, keywordField(f == fType || f == fStatus || f == fLang, false))
	}
	dm.AddFieldMappingsAt(fFacet, keywordField(false, true))
	date := bleve.NewDateTimeFieldMapping()
	date.IncludeInAll = false
	dm.AddFieldMappingsAt(fDate, date)
	updated := bleve.NewDateTimeFieldMapping()
	updated.Store, updated.DocValues, updated.IncludeInAll = false, false, false
	dm.AddFieldMappingsAt(fUpdated, updated)
	im.ScoringModel = index.BM25Scoring
	im.DefaultMapping = dm
	im.DefaultAnalyzer = aWords
	im.StoreDynamic, im.IndexDynamic, im.DocValuesDynamic = false, false, false
	if err := im.Validate(); err != nil {
		return nil, fmt.Errorf("indexer: mapping: %w", err)
	}
	return im, nil
}

// idAnalyzerOf returns the analyzer used for Indonesian text.
func idAnalyzerOf(opts Options) string {
	if opts.Analyzer != "" {
		return opts.Analyzer
	}
	return aID
}

// addAnalyzers registers the custom analyzers of the mapping.
func addAnalyzers(im *mapping.IndexMappingImpl, opts Options) error {
	roots := make([]any, len(opts.Roots))
	for i, r := range opts.Roots {
		roots[i] = r
	}
	exc := make(map[string]any, len(opts.Exceptions))
	for k, v := range opts.Exceptions {
		exc[k] = v
	}
	steps := []struct {
		add  func(string, map[string]any) error
		name string
		cfg  map[string]any
	}{
		{im.AddCustomTokenFilter, fStemmer, map[string]any{"type": indonesian.StemmerName, "roots": roots, "exceptions": exc}},
		{im.AddCustomAnalyzer, aID, map[string]any{"type": custom.Name, "tokenizer": tokenizerName,
			"token_filters": []any{lowercase.Name, id.StopName, fStemmer}}},
		{im.AddCustomAnalyzer, aIDPairs, map[string]any{"type": custom.Name, "tokenizer": tokenizerName,
			"token_filters": []any{lowercase.Name, id.StopName, fStemmer, pairsFilterName}}},
		{im.AddCustomAnalyzer, aWords, map[string]any{"type": custom.Name, "tokenizer": tokenizerName,
			"token_filters": []any{lowercase.Name}}},
		{im.AddCustomAnalyzer, aKeyword, map[string]any{"type": custom.Name, "tokenizer": single.Name,
			"token_filters": []any{lowercase.Name}}},
	}
	for _, s := range steps {
		if err := s.add(s.name, s.cfg); err != nil {
			return fmt.Errorf("analyzer %s: %w", s.name, err)
		}
	}
	return nil
}

// textField is an analysed, unstored field with term vectors, which
// phrase queries need.
func textField(analyzer string) *mapping.FieldMapping {
	f := bleve.NewTextFieldMapping()
	f.Analyzer = analyzer
	f.Store = false
	f.IncludeInAll = false
	f.DocValues = false
	f.IncludeTermVectors = true
	return f
}

// storedField is stored for results and not indexed.
func storedField() *mapping.FieldMapping {
	f := bleve.NewTextFieldMapping()
	f.Index = false
	f.Store = true
	f.IncludeInAll = false
	f.IncludeTermVectors = false
	f.DocValues = false
	return f
}

// keywordField is a lowercased exact-value field, with doc values for
// facets if docValues.
func keywordField(store, docValues bool) *mapping.FieldMapping {
	f := bleve.NewTextFieldMapping()
	f.Analyzer = aKeyword
	f.Store = store
	f.IncludeInAll = false
	f.IncludeTermVectors = false
	f.DocValues = docValues
	return f
}

// versionKey identifies everything that decides how documents are
// analysed: mapping version, stemmer version, analyzer, site roots and
// the version of the documents' text.
func versionKey(opts Options) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\n", idAnalyzerOf(opts))
	if opts.Text != "" {
		fmt.Fprintf(h, "t %s\n", opts.Text)
	}
	for _, r := range slices.Sorted(slices.Values(opts.Roots)) {
		fmt.Fprintf(h, "r %s\n", r)
	}
	for _, k := range slices.Sorted(maps.Keys(opts.Exceptions)) {
		fmt.Fprintf(h, "e %s %s\n", k, opts.Exceptions[k])
	}
	return fmt.Sprintf("mapping=%d indonesian=%d site=%s", mappingVersion, indonesian.Version, hex.EncodeToString(h.Sum(nil))[:16])
}
