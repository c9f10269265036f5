package indexer

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
)

// tokenLines describes every field of tokens bleve reads.
func tokenLines(ts analysis.TokenStream) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = fmt.Sprintf("%q %d-%d @%d %v", t.Term, t.Start, t.End, t.Position, t.Type)
	}
	return out
}

// checkSameTokens fails unless the word tokenizer splits text as bleve's
// unicode tokenizer does.
func checkSameTokens(t *testing.T, text string) {
	t.Helper()
	got := tokenLines(wordTokenizer{unicode.NewUnicodeTokenizer()}.Tokenize([]byte(text)))
	want := tokenLines(unicode.NewUnicodeTokenizer().Tokenize([]byte(text)))
	if !slices.Equal(got, want) {
		t.Fatalf("%q:\ngot  %v\nwant %v", text, got, want)
	}
	if ascii := !slices.ContainsFunc([]byte(text), func(c byte) bool { return c >= 0x80 }); ascii && len(got) > maxWords([]byte(text)) {
		t.Fatalf("%q: %d words, more than the bound %d", text, len(got), maxWords([]byte(text)))
	}
}

func TestWordTokenizerCases(t *testing.T) {
	for _, text := range []string{
		"", " ", "Pelatihan ASN: melatih, dilatih.", "Pasal 3 ayat (2) huruf a.",
		"Rp1.500.000,00 per 2024/2025; 3,5 jam", "e-learning e_learning don't a'b 'a a' 1'2 '1",
		"a.b.c a..b a. .a 1.a a.1 1a.b a1:b a_:b a:_b 1,000.50 1,,2 1;2 ;1 a;b a,b",
		"___ _ _1 1_ _a a_ a_1 1_a __a__ 9_9", "www.example.go.id/x?y=1#z http://a.b",
		"x\r\ny\n\tz   w", "ASN'S 0.5% 12:30 3:a a:3 A:B", "kata-kata, ke-2, ke 2",
		"Café ünicode “kutip” — tanda", // not ASCII: the unicode tokenizer itself
	} {
		checkSameTokens(t, text)
	}
}

// Random ASCII text from the characters that decide word boundaries
// splits as the unicode tokenizer splits it.
func TestWordTokenizerRandom(t *testing.T) {
	const alphabet = "aZk09_.,;:'\" -\n\r\t\x00\x7f()/%?!@#$&*+=<>[]{}|\\^`~"
	r := rand.New(rand.NewPCG(1, 2))
	for range 30000 {
		b := make([]byte, r.IntN(12))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		checkSameTokens(t, string(b))
	}
}

func FuzzWordTokenizer(f *testing.F) {
	for _, s := range []string{"Pelatihan ASN: melatih, dilatih.", "a.b 1,2 _x 'y", "Café"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { checkSameTokens(t, text) })
}
