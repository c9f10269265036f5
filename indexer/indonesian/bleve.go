package indonesian

import (
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/id"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
)

// StemmerFilter is the bleve token filter that replaces each token by its
// root.
type StemmerFilter struct {
	stemmer *Stemmer
}

var (
	_ analysis.TokenFilter            = (*StemmerFilter)(nil)
	_ registry.TokenFilterConstructor = StemmerFilterConstructor
	_ registry.AnalyzerConstructor    = AnalyzerConstructor
)

// NewStemmerFilter returns a token filter stemming with s.
func NewStemmerFilter(s *Stemmer) *StemmerFilter {
	return &StemmerFilter{stemmer: s}
}

// Stemmer returns the stemmer of f.
func (f *StemmerFilter) Stemmer() *Stemmer { return f.stemmer }

// Filter stems every token of input in place and returns it.
// A root no longer than the word is written over the word's bytes (bleve's
// lowercase filter works in place too), so that a document's words, most
// of them remembered, cost no allocation.
func (f *StemmerFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, t := range input {
		root, ok := f.stemmer.memo.getBytes(t.Term)
		if !ok {
			root = f.stemmer.Stem(string(t.Term))
		}
		switch {
		case root == string(t.Term):
		case len(root) <= len(t.Term):
			t.Term = t.Term[:copy(t.Term, root)]
		default:
			t.Term = []byte(root)
		}
	}
	return input
}

// StemmerFilterConstructor builds a StemmerFilter from a bleve config: the
// default dictionary extended with "roots" (a list of strings) and
// "exceptions" (an object mapping word to root).
func StemmerFilterConstructor(config map[string]interface{}, _ *registry.Cache) (analysis.TokenFilter, error) {
	roots, err := configRoots(config["roots"])
	if err != nil {
		return nil, err
	}
	exceptions, err := configExceptions(config["exceptions"])
	if err != nil {
		return nil, err
	}
	d := DefaultDictionary()
	if len(roots) > 0 || len(exceptions) > 0 {
		d = d.With(roots, exceptions)
	}
	return NewStemmerFilter(NewStemmer(d)), nil
}

func configRoots(v interface{}) ([]string, error) {
	if v == nil {
		return nil, nil
	}
	list, ok := v.([]interface{})
	if !ok {
		if s, ok := v.([]string); ok {
			return s, nil
		}
		return nil, fmt.Errorf("%s: roots: want a list of strings, got %T", StemmerName, v)
	}
	roots := make([]string, 0, len(list))
	for i, x := range list {
		s, ok := x.(string)
		if !ok {
			return nil, fmt.Errorf("%s: roots[%d]: want a string, got %T", StemmerName, i, x)
		}
		roots = append(roots, s)
	}
	return roots, nil
}

func configExceptions(v interface{}) (map[string]string, error) {
	if v == nil {
		return nil, nil
	}
	m, ok := v.(map[string]interface{})
	if !ok {
		if s, ok := v.(map[string]string); ok {
			return s, nil
		}
		return nil, fmt.Errorf("%s: exceptions: want an object of word: root, got %T", StemmerName, v)
	}
	out := make(map[string]string, len(m))
	for w, x := range m {
		s, ok := x.(string)
		if !ok {
			return nil, fmt.Errorf("%s: exceptions[%q]: want a string, got %T", StemmerName, w, x)
		}
		out[w] = s
	}
	return out, nil
}

// AnalyzerConstructor builds the AnalyzerName analyzer: unicode tokenizer,
// lowercase, bleve's Indonesian stop words, then the stemmer with the
// default dictionary.
func AnalyzerConstructor(_ map[string]interface{}, cache *registry.Cache) (analysis.Analyzer, error) {
	tokenizer, err := cache.TokenizerNamed(unicode.Name)
	if err != nil {
		return nil, err
	}
	var filters []analysis.TokenFilter
	for _, name := range []string{lowercase.Name, id.StopName, StemmerName} {
		f, err := cache.TokenFilterNamed(name)
		if err != nil {
			return nil, err
		}
		filters = append(filters, f)
	}
	return &analysis.DefaultAnalyzer{Tokenizer: tokenizer, TokenFilters: filters}, nil
}

func init() {
	if err := registry.RegisterTokenFilter(StemmerName, StemmerFilterConstructor); err != nil {
		panic(err)
	}
	if err := registry.RegisterAnalyzer(AnalyzerName, AnalyzerConstructor); err != nil {
		panic(err)
	}
}

// defaultAnalyzer is built once, on first use of Analyze, and is
// immutable and safe for concurrent use afterwards.
var defaultAnalyzer = sync.OnceValues(func() (analysis.Analyzer, error) {
	return registry.NewCache().AnalyzerNamed(AnalyzerName)
})

// Analyze returns the terms the AnalyzerName analyzer produces for text,
// in order: lower-cased, without stop words, stemmed.
func Analyze(text string) []string {
	a, err := defaultAnalyzer()
	if err != nil {
		// The analyzer consists of registered bleve parts only.
		panic(fmt.Sprintf("indonesian: building %s: %v", AnalyzerName, err))
	}
	tokens := a.Analyze([]byte(text))
	terms := make([]string, len(tokens))
	for i, t := range tokens {
		terms[i] = string(t.Term)
	}
	return terms
}
