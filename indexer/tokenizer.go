package indexer

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
)

// tokenizerName is the bleve tokenizer of our analyzers.
const tokenizerName = "pustaka_words"

// wordTokenizer gives the tokens of bleve's unicode tokenizer: the
// words of Unicode text segmentation (UAX #29) as the segment package
// finds them. Text that is all ASCII, nearly every page, is split by a
// direct scan (scanASCII) at about ten times the speed; other text goes
// to the unicode tokenizer. Splitting the text was half of analysing a
// document.
type wordTokenizer struct{ unicode analysis.Tokenizer }

var _ analysis.Tokenizer = wordTokenizer{}

// Tokenize returns the words of input.
func (t wordTokenizer) Tokenize(input []byte) analysis.TokenStream {
	for _, c := range input {
		if c >= 0x80 {
			return t.unicode.Tokenize(input)
		}
	}
	return scanASCII(input)
}

// ASCII classes in word segmentation.
const (
	cOther  = iota
	cLetter // ALetter
	cDigit  // Numeric
	cJoin   // ExtendNumLet: "_"
	cMidL   // MidLetter: ":"
	cMidN   // MidNum: "," ";"
	cMid    // MidNumLet and Single_Quote: "." "'"
)

// asciiClass is the class of each ASCII byte.
var asciiClass = func() (t [128]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = cLetter, cLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = cDigit
	}
	t['_'], t[':'], t[','], t[';'], t['.'], t['\''] = cJoin, cMidL, cMidN, cMidN, cMid, cMid
	return t
}()

// scanASCII splits ASCII text into words. A word is a run of letters,
// digits and "_", in which a ":", "." or "'" between two letters and a
// ",", ";", "." or "'" between two digits also count (UAX #29 rules WB5
// to WB13b). A word without letters is Numeric, as the segment package
// types it; other words are AlphaNumeric. Everything else separates
// words and is no token.
func scanASCII(input []byte) analysis.TokenStream {
	tokens := make([]analysis.Token, 0, maxWords(input))
	for i := 0; i < len(input); {
		if k := asciiClass[input[i]]; k != cLetter && k != cDigit && k != cJoin {
			i++
			continue
		}
		start, letters := i, false
		for i < len(input) {
			k := asciiClass[input[i]]
			switch {
			case k == cLetter:
				letters = true
			case k == cDigit || k == cJoin:
			case k >= cMidL && i+1 < len(input) && i > start && joins(asciiClass[input[i-1]], k, asciiClass[input[i+1]]):
			default:
				goto end
			}
			i++
		}
	end:
		typ := analysis.Numeric
		if letters || !hasDigit(input[start:i]) {
			typ = analysis.AlphaNumeric
		}
		tokens = append(tokens, analysis.Token{Term: input[start:i:i], Start: start, End: i, Position: len(tokens) + 1, Type: typ})
	}
	out := make(analysis.TokenStream, len(tokens))
	for i := range tokens {
		out[i] = &tokens[i]
	}
	return out
}

// maxWords returns an upper bound of the words scanASCII finds in
// input: the runs of letters, digits and "_" (a joining character only
// merges runs). The tokens are one array of that size: grown by append,
// they were a sixth of the allocations of an index build.
func maxWords(input []byte) int {
	n, in := 0, false
	for _, c := range input {
		k := asciiClass[c]
		w := k == cLetter || k == cDigit || k == cJoin
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// joins reports whether a middle character of class mid between
// characters of classes before and after stays inside a word.
func joins(before, mid, after uint8) bool {
	switch {
	case before == cLetter && after == cLetter:
		return mid == cMidL || mid == cMid
	case before == cDigit && after == cDigit:
		return mid == cMidN || mid == cMid
	}
	return false
}

// hasDigit reports whether b holds a digit.
func hasDigit(b []byte) bool {
	for _, c := range b {
		if asciiClass[c] == cDigit {
			return true
		}
	}
	return false
}

// wordTokenizerConstructor builds the tokenizer; it takes no
// configuration.
func wordTokenizerConstructor(_ map[string]any, cache *registry.Cache) (analysis.Tokenizer, error) {
	u, err := cache.TokenizerNamed(unicode.Name)
	if err != nil {
		return nil, err
	}
	return wordTokenizer{u}, nil
}

func init() {
	if err := registry.RegisterTokenizer(tokenizerName, wordTokenizerConstructor); err != nil {
		panic(err)
	}
}
