package render

import (
	"regexp"
	"strings"
	"unicode"
)

// Regulation headings. Each captures the stable key of the article.
var (
	pasalRE = regexp.MustCompile(`(?i)^pasal\s+(\d+[a-z]?|[ivxlcdm]+)(?:$|[^\pL\pN])`)
	ayatRE  = regexp.MustCompile(`(?i)^ayat\s*\(?\s*(\d+[a-z]?)\s*\)?(?:$|[^\pL\pN])`)
	babRE   = regexp.MustCompile(`(?i)^bab\s+([ivxlcdm]+|\d+)(?:$|[^\pL\pN])`)
)

// articleScope tracks the Pasal that following Ayat headings belong to.
type articleScope struct {
	pasal string // id of the current Pasal, "" if none
	level int    // its heading level
}

// id returns the natural anchor of a heading (before de-duplication) and
// updates the scope.
func (s *articleScope) id(level int, text string) string {
	if k := key(pasalRE, "pasal", text); k != "" {
		s.pasal, s.level = "pasal-"+k, level
		return s.pasal
	}
	if k := key(ayatRE, "ayat", text); k != "" {
		if s.pasal != "" {
			return s.pasal + "-ayat-" + k
		}
		return "ayat-" + k
	}
	if level <= s.level {
		s.pasal, s.level = "", 0
	}
	if k := key(babRE, "bab", text); k != "" {
		return "bab-" + k
	}
	return Slug(text)
}

// key returns the article key re captures from text, "" if none. prefix
// is the literal start of re, checked first because most headings are not
// articles and a prefix test is much cheaper than a regexp.
func key(re *regexp.Regexp, prefix, text string) string {
	if len(text) < len(prefix) || !strings.EqualFold(text[:len(prefix)], prefix) {
		return ""
	}
	m := re.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	return strings.ToLower(m[1])
}

// Slug turns text into an anchor or URL segment: lowercase, diacritics
// folded, letters and digits kept, other runs collapsed to one "-",
// trimmed ("Pelayanan Publik" -> "pelayanan-publik"). An empty result is
// "bagian".
func Slug(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	dash := false
	for _, r := range text {
		r = unicode.ToLower(r)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			dash = b.Len() > 0
			continue
		}
		if dash {
			b.WriteByte('-')
			dash = false
		}
		if f := fold(r); f != "" {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "bagian"
	}
	return b.String()
}

// latin1 folds U+00E0..U+00FF (lowercase Latin-1 letters); "" keeps the rune.
var latin1 = [32]string{
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
}

// latinExtA folds U+0100..U+017F one byte per rune; '.' marks the two
// ligatures handled in fold.
const latinExtA = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii" + ".." +
	"jjkkkllllllllllnnnnnnnnnoooooo" + ".." + "rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"

// fold returns the ASCII spelling of a lowercase Latin letter with a
// diacritic, or "" when r needs no folding.
func fold(r rune) string {
	switch {
	case r < 0xDF:
		return ""
	case r == 0xDF:
		return "ss"
	case r < 0x100:
		if r < 0xE0 {
			return ""
		}
		return latin1[r-0xE0]
	case r == 0x132 || r == 0x133:
		return "ij"
	case r == 0x152 || r == 0x153:
		return "oe"
	case r < 0x180:
		return latinExtA[r-0x100 : r-0x100+1]
	}
	return ""
}
