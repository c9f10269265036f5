package indonesian

import "strings"

// A removal is one way to take a derivational prefix off a word: the
// prefix class (di, ke, se, be, te, me, pe) and what is left once the
// prefix is removed and, for nasal assimilation, the root's lost first
// letter is restored.
type removal struct {
	kind string
	rest string
	// mono marks menge-/penge-, which Indonesian writes only before a
	// root of one syllable (mengecat, mengebom, pengecekan): the root
	// reached must have one syllable (mengenali is kenal-i, not nali).
	mono bool
	// nasal marks peN- (pem-, pen-, peng-, peny-), which forms nouns
	// with -an but never takes -kan (pengecekan is peN-cek-an, not
	// peN-kece-kan); per- and pe- do (perhatikan, pekerjakan).
	nasal bool
}

// removals lists the ways to remove one prefix from w, most likely first.
// It follows the prefix rule table of Enhanced Confix Stripping (Arifin,
// Mahendra & Ciptaningtyas 2009; Asian et al. 2005): ber-/be-, ter-/te-,
// meN-, peN-/per-, and the plain prefixes di-, ke-, se-. Every candidate
// still has to be confirmed by the dictionary.
func removals(w string) []removal {
	if len(w) < 4 {
		return nil
	}
	switch w[:2] {
	case "di", "ke", "se":
		return []removal{{kind: w[:2], rest: w[2:]}}
	case "be":
		return berRemovals(w, "be")
	case "te":
		return berRemovals(w, "te")
	case "me":
		return meRemovals(w)
	case "pe":
		return peRemovals(w)
	}
	return nil
}

// berRemovals applies the rules shared by ber- and ter- (kind "be" or
// "te"): berV -> ber-V | be-rV; berC -> ber-C; beC1erC2 -> be-C1erC2
// (bekerja, tepercaya); and bel-ajar.
func berRemovals(w, kind string) []removal {
	var out []removal
	switch {
	case w[2] == 'r':
		out = append(out, removal{kind: kind, rest: w[3:]})
		if isVowel(w, 3) {
			out = append(out, removal{kind: kind, rest: w[2:]})
		}
	case kind == "be" && strings.HasPrefix(w[2:], "lajar"):
		out = append(out, removal{kind: kind, rest: w[3:]})
	case isConsonant(w, 2) && w[2] != 'l' && strings.HasPrefix(w[3:], "er"):
		out = append(out, removal{kind: kind, rest: w[2:]})
	}
	return out
}

// meRemovals applies the meN- rules: me-{l,r,w,y}V; mem-{b,f,v}; mem-pe;
// mem-pV; me-m/me-p before a vowel or rV (memakan, memukul); men-{c,d,j,
// s,t,z}; me-n/me-t before a vowel (menilai, menolak); meng-C; meng-V,
// meng-kV and menge- for one-syllable roots (mengecat); me-ny/meny-s
// (menyanyi, menyapu).
func meRemovals(w string) []removal {
	switch {
	case strings.HasPrefix(w, "meng"):
		return ngRemovals(w, "me")
	case strings.HasPrefix(w, "meny"):
		return nyRemovals(w, "me")
	case strings.HasPrefix(w, "mem"):
		return mRemovals(w, "me")
	case strings.HasPrefix(w, "men"):
		return nRemovals(w, "me")
	case strings.IndexByte("lrwy", w[2]) >= 0 && isVowel(w, 3):
		return []removal{{kind: "me", rest: w[2:]}}
	}
	return nil
}

// peRemovals applies the peN- and per- rules, the counterparts of the
// meN- rules plus per-V | pe-rV, per-C, pe-{w,y}V, pe-lV (pelatih),
// pel-ajar and pe-C for the other consonants (pekerja, petani).
func peRemovals(w string) []removal {
	switch {
	case w[2] == 'r':
		return berRemovals(w, "pe")
	case strings.HasPrefix(w, "peng"):
		return ngRemovals(w, "pe")
	case strings.HasPrefix(w, "peny"):
		return nyRemovals(w, "pe")
	case strings.HasPrefix(w, "pem"):
		return mRemovals(w, "pe")
	case strings.HasPrefix(w, "pen"):
		return nRemovals(w, "pe")
	case w[2] == 'l' && strings.HasPrefix(w[3:], "ajar"):
		return []removal{{kind: "pe", rest: w[2:]}, {kind: "pe", rest: w[3:]}}
	case strings.IndexByte("lwy", w[2]) >= 0 && isVowel(w, 3):
		return []removal{{kind: "pe", rest: w[2:]}}
	case isConsonant(w, 2) && strings.IndexByte("mn", w[2]) < 0:
		return []removal{{kind: "pe", rest: w[2:]}}
	}
	return nil
}

// ngRemovals handles meng-/peng- (w starts with kind+"ng").
func ngRemovals(w, kind string) []removal {
	rest := w[4:]
	switch {
	case isVowel(w, 4):
		out := []removal{{kind: kind, rest: rest}, {kind: kind, rest: "k" + rest}}
		if w[4] == 'e' && isConsonant(w, 5) {
			out = append(out, removal{kind: kind, rest: w[5:], mono: true})
		}
		return nasal(out)
	case isConsonant(w, 4):
		return nasal([]removal{{kind: kind, rest: rest}})
	}
	return nil
}

// nasal marks the removals of a peN- prefix as nasal.
func nasal(rs []removal) []removal {
	for i := range rs {
		rs[i].nasal = rs[i].kind == "pe"
	}
	return rs
}

// nyRemovals handles meny-/peny- before a vowel: the root starts with ny
// (menyanyi) or with s (menyapu).
func nyRemovals(w, kind string) []removal {
	if !isVowel(w, 4) {
		return nil
	}
	return nasal([]removal{{kind: kind, rest: w[2:]}, {kind: kind, rest: "s" + w[4:]}})
}

// mRemovals handles mem-/pem-.
func mRemovals(w, kind string) []removal {
	rest := w[3:]
	switch {
	case strings.IndexByte("bfv", w[3]) >= 0:
		return nasal([]removal{{kind: kind, rest: rest}})
	case w[3] == 'p' && (isVowel(w, 4) || isConsonant(w, 4)):
		// mempe- (memperbaiki), mempV (mempunyai) and loan words with a
		// cluster (mempraktikkan, memproses): p is not assimilated.
		return nasal([]removal{{kind: kind, rest: rest}})
	case isVowel(w, 3) || (w[3] == 'r' && isVowel(w, 4)):
		return nasal([]removal{{kind: kind, rest: "m" + rest}, {kind: kind, rest: "p" + rest}})
	}
	return nil
}

// nRemovals handles men-/pen-.
func nRemovals(w, kind string) []removal {
	rest := w[3:]
	switch {
	case strings.IndexByte("cdjstz", w[3]) >= 0:
		return nasal([]removal{{kind: kind, rest: rest}})
	case isVowel(w, 3):
		return nasal([]removal{{kind: kind, rest: "n" + rest}, {kind: kind, rest: "t" + rest}})
	}
	return nil
}

// isVowel reports whether w has an ASCII vowel at byte i.
func isVowel(w string, i int) bool {
	return i < len(w) && strings.IndexByte("aiueo", w[i]) >= 0
}

// isConsonant reports whether w has an ASCII consonant at byte i.
func isConsonant(w string, i int) bool {
	return i < len(w) && 'a' <= w[i] && w[i] <= 'z' && !isVowel(w, i)
}
