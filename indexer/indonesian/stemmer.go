package indonesian

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// maxPrefixes is the most derivational prefixes removed from one word
// (mem-per-ber-daya-kan does not occur; ke-ber-hasil-an does).
const maxPrefixes = 3

// minRoot is the shortest root, in runes, that affix removal may produce
// (cat, bom); the few two-letter roots of the list are only found whole.
const minRoot = 3

// maxWord is the longest word, in bytes, that is stemmed; longer tokens
// (URLs, hashes, run-together text) are returned unchanged and not
// memoised. The longest Indonesian word forms are about 25 letters
// (dipertanggungjawabkannya).
const maxWord = 64

// Stemmer reduces Indonesian words to their root with a Dictionary. It is
// safe for concurrent use and memoises results in a bounded cache.
type Stemmer struct {
	dict *Dictionary
	memo *memo
}

// NewStemmer returns a Stemmer that confirms every root with d. A nil d
// means DefaultDictionary().
func NewStemmer(d *Dictionary) *Stemmer {
	if d == nil {
		d = DefaultDictionary()
	}
	return &Stemmer{dict: d, memo: newMemo()}
}

// Stem returns the root of word, which should be lower case (as bleve's
// lowercase filter leaves it). A word that no sequence of affix removals
// turns into a dictionary root comes back unchanged, as does a word longer
// than 64 bytes; invalid UTF-8 is replaced by U+FFFD first. See the package documentation for the
// algorithm.
func (s *Stemmer) Stem(word string) string {
	word = strings.ToValidUTF8(word, "\uFFFD")
	if word == "" || len(word) > maxWord {
		return word
	}
	if r, ok := s.memo.get(word); ok {
		return r
	}
	r := s.stem(word)
	s.memo.put(word, r)
	return r
}

func (s *Stemmer) stem(word string) string {
	if r, ok := s.dict.exception(word); ok {
		return r
	}
	if s.dict.Has(word) {
		return word
	}
	if strings.Contains(word, "-") {
		return s.stemReduplicated(word)
	}
	if r, ok := s.stemAffixed(word); ok {
		return r
	}
	if r, ok := s.stemCompound(word); ok {
		return r
	}
	if r, ok := s.stemLoanVerb(word); ok {
		return r
	}
	if r, ok := s.adaptLoan(word); ok {
		return r
	}
	if r, ok := stemLoan(word); ok {
		if a, ok := s.adaptLoan(r); ok {
			return a
		}
		return r
	}
	return word
}

// stemLoan removes the English inflections -ing and -s from a word of
// ASCII letters that no Indonesian rule reduces (debugging, rendering,
// props, watchers, components): technical and administrative Indonesian
// writes many English words as they are, in both forms. The -s goes only
// after a consonant other than s (Indonesian words the root list lacks
// end in vowels or -as, -is, -us), and the stem keeps four letters.
func stemLoan(w string) (string, bool) {
	if strings.ContainsFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) {
		return "", false
	}
	var r string
	switch {
	case strings.HasSuffix(w, "ing"):
		r = w[:len(w)-3]
		if n := len(r); n >= 2 && r[n-1] == r[n-2] && isConsonant(r, n-1) {
			r = r[:n-1] // debugging, mapping
		}
	case strings.HasSuffix(w, "s") && len(w) >= 2 && isConsonant(w, len(w)-2) && w[len(w)-2] != 's':
		r = w[:len(w)-1]
	default:
		return "", false
	}
	if len(r) < minHead || !strings.ContainsAny(r, "aiueo") {
		return "", false
	}
	return r, true
}

// stemReduplicated stems each part of a hyphenated word (rekan-rekan,
// berlari-lari, surat-menyurat, sebaik-baiknya) and returns the common
// root when all parts agree; otherwise the word is unchanged.
func (s *Stemmer) stemReduplicated(word string) string {
	parts := strings.Split(word, "-")
	root := ""
	for _, p := range parts {
		if p == "" {
			return word
		}
		r := s.Stem(p)
		if root != "" && r != root {
			return word
		}
		root = r
	}
	return root
}

// stemAffixed runs Enhanced Confix Stripping on a word that is not itself
// a root.
func (s *Stemmer) stemAffixed(w string) (string, bool) {
	sf := stripSuffixes(w)
	for _, b := range sf.inflected {
		if s.isRoot(b) {
			return b, true
		}
	}
	if prefixFirst(w, sf) {
		// Prefixes alone first (memakai: pakai, not maka-i; bersekolah:
		// sekolah), then with the particle and possessive removed
		// (memakainya: pakai), then with the derivational suffix too;
		// fewer prefixes before more (mengenali: kenal-i, not
		// meN-ke-nali).
		if r, ok := s.prefixes(w, "", s.acceptRoot, s.acceptInflected, s.acceptDerived); ok {
			return r, true
		}
	}
	for _, b := range sf.bases() {
		if s.isRoot(b.word) {
			return b.word, true
		}
	}
	for _, b := range s.loop(w, sf) {
		if r, ok := s.prefixes(b.word, b.deriv, s.acceptRoot); ok {
			return r, true
		}
	}
	return "", false
}

// loop lists the bases to remove prefixes from, in the order of ECS's
// suffix-restoring loop: all suffixes removed first, then the
// derivational suffix restored ("k" of -kan before "an"), then the
// possessive, then the particle.
func (s *Stemmer) loop(w string, sf suffixes) []base {
	out := append(make([]base, 0, 5), sf.bases()...)
	for _, b := range [...]string{sf.inflected[1], sf.inflected[0], w} {
		if n := len(out); n == 0 || out[n-1].word != b {
			out = append(out, base{b, ""})
		}
	}
	return out
}

// acceptRoot is the acceptFunc that takes x when it is a root.
func (s *Stemmer) acceptRoot(x, _ string) (string, bool) {
	return x, s.isRoot(x)
}

// rootOrSuffixed is the check used when prefixes come first: x is a root,
// or becomes one once its suffixes are removed, the derivational one
// forming an allowed pair with the first prefix.
func (s *Stemmer) rootOrSuffixed(x, first string) (string, bool) {
	if s.isRoot(x) {
		return x, true
	}
	if r, ok := s.acceptInflected(x, first); ok {
		return r, true
	}
	return s.acceptDerived(x, first)
}

// acceptInflected is the acceptFunc that takes x once its particle and
// possessive are removed, when that is a root.
func (s *Stemmer) acceptInflected(x, _ string) (string, bool) {
	for _, b := range stripSuffixes(x).inflected {
		if b != x && s.isRoot(b) {
			return b, true
		}
	}
	return "", false
}

// acceptDerived is the acceptFunc that takes x once all its suffixes
// are removed, the derivational one forming an allowed pair with the
// first prefix, when that is a root.
func (s *Stemmer) acceptDerived(x, first string) (string, bool) {
	sf := stripSuffixes(x)
	for _, b := range sf.bases() {
		if !disallowed(first, b.deriv) && s.isRoot(b.word) {
			return b.word, true
		}
	}
	return "", false
}

// acceptFunc reports whether x, left after removing prefixes of which the
// first was of class first, leads to a root, and which.
type acceptFunc func(x, first string) (string, bool)

// prefixes removes up to maxPrefixes prefixes from w, breadth first, and
// returns the first remainder that accept confirms. deriv is the
// derivational suffix already removed, which rules out some first
// prefixes; the same prefix class never follows itself.
func (s *Stemmer) prefixes(w, deriv string, accepts ...acceptFunc) (string, bool) {
	type node struct {
		word, first, prev string
		mono              bool
	}
	level := []node{{word: w}}
	for depth := 0; depth < maxPrefixes && len(level) > 0; depth++ {
		var next []node
		for _, n := range level {
			for _, c := range removals(n.word) {
				first := n.first
				if depth == 0 {
					if disallowed(c.kind, deriv) || c.nasal && deriv == "kan" {
						continue
					}
					first = c.kind
				}
				if c.kind != n.prev {
					next = append(next, node{c.rest, first, c.kind, c.mono})
				}
			}
		}
		// Fewer prefixes first; at one depth, each accept in turn.
		for _, accept := range accepts {
			for _, n := range next {
				if r, ok := accept(n.word, n.first); ok && (!n.mono || monosyllabic(r)) {
					return r, true
				}
			}
		}
		level = slices.DeleteFunc(next, func(n node) bool { return n.mono }) // menge- is followed by the root itself
	}
	return "", false
}

// monosyllabic reports whether w, of ASCII letters, has one syllable:
// one run of vowels (cat, cek, sah, tes; not nali).
func monosyllabic(w string) bool {
	runs := 0
	for i := 0; i < len(w); i++ {
		if isVowel(w, i) && (i == 0 || !isVowel(w, i-1)) {
			runs++
		}
	}
	return runs == 1
}

// isRoot reports whether w is a dictionary root long enough to be the
// result of affix removal.
func (s *Stemmer) isRoot(w string) bool {
	return utf8.RuneCountInString(w) >= minRoot && s.dict.Has(w)
}

// compoundPrefixes are the bound forms written together with the word
// they modify (antarkomponen, pascapelatihan, prasyarat, nonaktif,
// multiplatform, subbagian, swadaya); the compound means the same
// concept as its head for search.
var compoundPrefixes = [...]string{"antar", "pasca", "multi", "semi", "swa", "pra", "non", "sub"}

// minHead is the shortest head, in runes, left after a compound prefix:
// nonton, prakata and subur keep their own reading.
const minHead = 4

// stemCompound removes a compound prefix from a word that affix removal
// left alone and stems the head, which must reach a root.
func (s *Stemmer) stemCompound(w string) (string, bool) {
	for _, p := range compoundPrefixes {
		head, ok := strings.CutPrefix(w, p)
		if !ok || utf8.RuneCountInString(head) < minHead {
			continue
		}
		if s.isRoot(head) {
			return head, true
		}
		if r, ok := s.stemAffixed(head); ok {
			return r, true
		}
	}
	return "", false
}

// Roots returns every root word can be read as: the root Stem gives
// first, then the other readings of a nasal prefix whose first letter
// may or may not have been dropped (pengodean: ode or kode; mengukur:
// ukur or kukur; memesan: mesan or pesan), each once, and the roots an
// absorbed derivation may be formed from (normalisasi: normal;
// kondisional: kondisi; produktivitas: produktif; but also nasional:
// nasi, which only a site's own text can rule out). When Stem reaches
// no root, the remainders of a meN- or peN- prefix with the suffixes
// removed follow too (menginstal: instal, kinstal), and what is left
// of it after another prefix (dirender: render) or without its particle
// and possessive (propsnya: props), as a loan word the dictionary lacks
// may be a root of a site's own text. A caller that
// knows which words a text uses (a site's index) can prefer those; the
// analyzer itself stays with the first.
func (s *Stemmer) Roots(word string) []string {
	first := s.Stem(word)
	out := []string{first}
	if len(word) > maxWord {
		return out
	}
	add := func(r string) {
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	inflected := stripSuffixes(word).inflected[1]
	if first == word && inflected != word && utf8.RuneCountInString(inflected) >= minHead {
		add(inflected) // propsnya: props
	}
	for _, b := range [...]string{word, inflected} {
		for _, c := range removals(b) {
			if c.kind != "me" && c.kind != "pe" {
				if first == word && utf8.RuneCountInString(c.rest) >= minHead {
					add(c.rest) // dirender: render
				}
				continue
			}
			if r, ok := s.rootOrSuffixed(c.rest, c.kind); ok {
				if !c.mono || monosyllabic(r) {
					add(r)
				}
			} else if first == word {
				sf := stripSuffixes(c.rest)
				for _, d := range append(sf.bases(), base{word: c.rest}) {
					if utf8.RuneCountInString(d.word) >= minHead {
						add(d.word)
					}
				}
			}
		}
	}
	for _, r := range slices.Clone(out) {
		for _, b := range s.loanBases(r) {
			add(b)
		}
	}
	return out
}

// PrefixRoots returns what a word being typed may begin its root with,
// once the derivational prefixes it begins with are removed (up to two,
// each way a nasal may have dropped a letter): melat gives lat,
// menuli gives nuli and tuli, memperbai gives perbai and bai. Each has
// at least three letters. A search as you type matches the roots that
// begin so, before the word is whole.
func (s *Stemmer) PrefixRoots(prefix string) []string {
	var out []string
	level := []string{prefix}
	for depth := 0; depth < 2; depth++ {
		var next []string
		for _, w := range level {
			for _, c := range removals(w) {
				if utf8.RuneCountInString(c.rest) >= minRoot && !slices.Contains(out, c.rest) {
					out = append(out, c.rest)
					next = append(next, c.rest)
				}
			}
		}
		level = next
	}
	return out
}
