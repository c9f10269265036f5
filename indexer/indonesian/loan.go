package indonesian

import (
	"slices"
	"strings"
)

// loanSuffixes are English endings with the Indonesian spelling that the
// absorbed word takes (Pedoman Umum Pembentukan Istilah): migration is
// migrasi, function fungsi, version versi, reactivity reaktivitas,
// directive direktif, component komponen, category kategori, template
// templat, certificate sertifikat. The
// longest ending that applies comes first; "" keeps the ending.
var loanSuffixes = [...]struct{ en, id string }{
	{"nction", "ngsi"},
	{"ction", "ksi"},
	{"tion", "si"},
	{"sion", "si"},
	{"ssion", "si"},
	{"ity", "itas"},
	{"ence", "ensi"},
	{"ency", "ensi"},
	{"ive", "if"},
	{"ates", "at"},
	{"ate", "at"},
	{"ics", "ika"},
	{"ic", "ik"},
	{"ment", "men"},
	{"ent", "en"},
	{"ure", "ur"},
	{"ism", "isme"},
	{"y", "i"},
	{"", ""},
}

// adaptLoan returns the Indonesian spelling of an English word of ASCII
// letters when that spelling is a root of the dictionary: the ending as
// loanSuffixes says, the rest spelled as Indonesian absorbs it (c is k,
// or s before e, i and y; ch k; ph f; th t; qu ku; x ks; y i; doubled
// consonants once). Translated technical documentation keeps many
// titles and words in English (Migration, Components, Reactivity) where
// its prose writes migrasi, komponen, reaktivitas; only a spelling the
// dictionary knows is taken, so no new word is made up.
func (s *Stemmer) adaptLoan(w string) (string, bool) {
	if len(w) < minHead+1 || strings.ContainsFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) {
		return "", false
	}
	for _, sf := range loanSuffixes {
		stem, ok := strings.CutSuffix(w, sf.en)
		if !ok || len(stem) < 2 {
			continue
		}
		if r := respell(stem) + sf.id; r != w && s.isRoot(r) {
			return r, true
		}
	}
	return "", false
}

// respell spells the English letters of w as Indonesian absorbs them.
func respell(w string) string {
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		c := w[i]
		next := byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch {
		case c == next && isConsonant(w, i):
			continue // doubled consonant: once
		case c == 'c' && next == 'h', c == 'p' && next == 'h', c == 't' && next == 'h':
			b.WriteByte(map[byte]byte{'c': 'k', 'p': 'f', 't': 't'}[c])
			i++
		case c == 'c' && (next == 'e' || next == 'i' || next == 'y'):
			b.WriteByte('s')
		case c == 'c':
			b.WriteByte('k')
		case c == 'q' && next == 'u':
			b.WriteString("ku")
			i++
		case c == 'x':
			b.WriteString("ks")
		case c == 'y':
			b.WriteByte('i')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// stemLoanVerb returns the absorbed noun of a loan verb or noun that
// the dictionary lacks, once its prefix di-, meN- or peN- (and -kan or
// -i) is removed: diinisialisasi, menginisialisasi and
// penginisialisasi are inisialisasi, diserialisasikan is serialisasi.
// The remainder must itself be an absorbed derivation of a root (see
// loanBases: inisialisasi of inisial) and the word must not be one
// (memorisasi is memori + -sasi, not meN- + morisasi; personalisasi
// keeps its per-). It is the last rule of Stem.
func (s *Stemmer) stemLoanVerb(w string) (string, bool) {
	if !strings.Contains(w, "asi") || strings.ContainsFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) {
		return "", false
	}
	sf := stripSuffixes(w)
	bases := []string{sf.inflected[1]}
	for _, b := range sf.bases() {
		if b.deriv != "an" {
			bases = append(bases, b.word)
		}
	}
	for _, b := range bases {
		if len(s.loanBases(b)) > 0 {
			return "", false
		}
		for _, c := range removals(b) {
			if (c.kind == "di" || c.kind == "me" || c.nasal) && !c.mono && len(s.loanBases(c.rest)) > 0 {
				return c.rest, true
			}
		}
	}
	return "", false
}

// loanDerivations are the endings of absorbed derivations and what the
// word they derive from ends in instead: normalisasi from normal,
// kategorisasi from kategori, kondisional from kondisi, produktivitas
// from produktif, stabilitas from stabil, fleksibilitas from fleksibel,
// nasionalisme from nasional.
var loanDerivations = [...]struct{ ending, base string }{
	{"isasi", ""},
	{"sasi", ""},
	{"onal", ""},
	{"ivitas", "if"},
	{"ilitas", "il"},
	{"ilitas", "el"},
	{"itas", ""},
	{"isme", ""},
}

// loanBases returns the roots that x, an absorbed derivation, may be
// formed from (see loanDerivations). The dictionary lists most such
// derivations as roots of their own, and some endings also end native
// words (nasional is not nasi + -onal, organisasi not organ + -isasi),
// so these are readings for a caller to weigh against a site's text,
// never what Stem returns.
func (s *Stemmer) loanBases(x string) []string {
	var out []string
	for _, d := range loanDerivations {
		stem, ok := strings.CutSuffix(x, d.ending)
		if !ok || len(stem) < minRoot {
			continue
		}
		if b := stem + d.base; s.isRoot(b) && !slices.Contains(out, b) {
			out = append(out, b)
		}
	}
	return out
}
