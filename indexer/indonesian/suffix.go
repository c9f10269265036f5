package indonesian

import "strings"

// Inflectional and derivational suffixes, in the order they are removed:
// a particle, then a possessive pronoun, then one derivational suffix.
var (
	particles   = [...]string{"lah", "kah", "tah", "pun"}
	possessives = [...]string{"ku", "mu", "nya"}
)

// A base is a word with its suffixes removed, with the derivational
// suffix removed ("kan", "an", "i" or "").
type base struct {
	word  string
	deriv string
}

// suffixes holds the results of removing the suffixes of a word.
type suffixes struct {
	inflected [2]string // [0] without the particle, [1] also without the possessive
	derived   [2]base   // also without a derivational suffix; -kan before -an
	nDerived  int       // how many of derived are set
}

// bases returns the derived bases of s (without allocating).
func (s *suffixes) bases() []base { return s.derived[:s.nDerived] }

// stripSuffixes removes at most one particle, one possessive and one
// derivational suffix from w. A word ending in "kan" yields two derived
// bases: without "kan" and without "an" (the root may end in k).
func stripSuffixes(w string) suffixes {
	var s suffixes
	w = cutAny(w, particles[:])
	s.inflected[0] = w
	w = cutAny(w, possessives[:])
	s.inflected[1] = w
	switch {
	case strings.HasSuffix(w, "kan"):
		s.derived, s.nDerived = [2]base{{w[:len(w)-3], "kan"}, {w[:len(w)-2], "an"}}, 2
	case strings.HasSuffix(w, "an"):
		s.derived[0], s.nDerived = base{w[:len(w)-2], "an"}, 1
	case strings.HasSuffix(w, "i"):
		s.derived[0], s.nDerived = base{w[:len(w)-1], "i"}, 1
	}
	return s
}

// cutAny removes the first of the given suffixes that w ends with,
// provided at least two bytes of w remain.
func cutAny(w string, suffix []string) string {
	for _, x := range suffix {
		if len(w) > len(x)+1 && strings.HasSuffix(w, x) {
			return w[:len(w)-len(x)]
		}
	}
	return w
}

// disallowed reports whether the first prefix removed and the
// derivational suffix cannot occur together in one word (be-i, di-an,
// ke-i, me-an, se-i, te-an), so that the split is wrong.
func disallowed(prefix, deriv string) bool {
	switch prefix + "-" + deriv {
	case "be-i", "di-an", "ke-i", "me-an", "se-i", "te-an":
		return true
	}
	return false
}

// prefixFirst reports whether the prefix-suffix pair of w calls for
// removing prefixes before suffixes (be-lah, be-an but not be-kan, me-i,
// di-i, pe-i, te-i), given w's suffix-stripped forms.
func prefixFirst(w string, s suffixes) bool {
	if len(w) < 2 {
		return false
	}
	p := w[:2]
	switch {
	case p == "be" && strings.HasSuffix(w, "lah"):
		return true
	case p == "be" && strings.HasSuffix(s.inflected[1], "an"):
		// The confix is ber-an; ber- with -kan (berdasarkan, berikan =
		// beri-kan) is handled suffix first.
		return !strings.HasSuffix(s.inflected[1], "kan")
	case strings.HasSuffix(s.inflected[1], "i"):
		return p == "me" || p == "di" || p == "pe" || p == "te"
	}
	return false
}
