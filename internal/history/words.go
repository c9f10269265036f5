package history

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a run of text with what happened to it.
type Span struct {
	Op   Op     `json:"op"`
	Text string `json:"text"`
}

// Words returns the word-level difference between a and b. Joining the
// Text of the Equal and Delete spans gives a; joining Equal and Insert
// gives b. Inside every change the deletion comes before the insertion.
//
// Tokens are words (letters, digits and their combining marks, in any
// script), single Han/Hiragana/Katakana characters, runs of white space,
// and single other characters with their combining marks (punctuation,
// emoji). Small equalities between two changes, such as a lone space or
// comma, are folded into the change so the result reads as whole
// phrases replaced rather than a patchwork.
func Words(a, b string) []Span {
	ta, tb := tokenize(a), tokenize(b)
	ia, ib := intern(ta, tb)
	es := cleanup(diffInts(ia, ib), ta, tb)
	return spans(es, ta, tb)
}

// tokenize splits s into tokens whose concatenation is s.
func tokenize(s string) []string {
	var toks []string
	for len(s) > 0 {
		n := tokenLen(s)
		toks = append(toks, s[:n])
		s = s[n:]
	}
	return toks
}

// tokenLen returns the byte length of the token at the start of s.
func tokenLen(s string) int {
	r, n := utf8.DecodeRuneInString(s)
	switch {
	case unicode.IsSpace(r):
		return n + spanWhile(s[n:], unicode.IsSpace)
	case isIdeograph(r):
		return n + spanWhile(s[n:], isMark)
	case isWordRune(r):
		return n + spanWhile(s[n:], func(r rune) bool { return isWordRune(r) && !isIdeograph(r) })
	}
	return n + clusterTail(s[n:])
}

// clusterTail returns the length of the marks, variation selectors and
// zero-width-joined characters that belong to the preceding symbol.
func clusterTail(s string) int {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isMark(r), r >= 0x1F3FB && r <= 0x1F3FF: // marks, skin tones
			i += n
		case r == '\u200d' && i+n < len(s):
			_, m := utf8.DecodeRuneInString(s[i+n:])
			i += n + m
		default:
			return i
		}
	}
	return i
}

func spanWhile(s string, f func(rune) bool) int {
	for i, r := range s {
		if !f(r) {
			return i
		}
	}
	return len(s)
}

func isMark(r rune) bool { return unicode.IsMark(r) }

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isIdeograph(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// isWord reports whether a token counts as a word for Added/Removed.
func isWord(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// countWords returns the number of words in s.
func countWords(s string) int {
	n := 0
	for _, t := range tokenize(s) {
		if isWord(t) {
			n++
		}
	}
	return n
}

// intern maps equal tokens of a and b to equal ints.
func intern(a, b []string) ([]int, []int) {
	ids := make(map[string]int, len(a))
	conv := func(ts []string) []int {
		out := make([]int, len(ts))
		for i, t := range ts {
			id, ok := ids[t]
			if !ok {
				id = len(ids)
				ids[t] = id
			}
			out[i] = id
		}
		return out
	}
	return conv(a), conv(b)
}

// cleanup folds every small equality that sits between two changes into
// them, until none is left. An equality is small when it holds no word,
// or when it is no longer (in runes) than the changes on both sides.
func cleanup(es []edit, ta, tb []string) []edit {
	for {
		pos := positions(es)
		merged := false
		for i := 1; i+1 < len(es); i++ {
			if es[i].op != Equal || es[i-1].op == Equal || es[i+1].op == Equal {
				continue
			}
			eq := ta[pos[i].a : pos[i].a+es[i].n]
			left := changeLen(es, pos, i-1, -1, ta, tb)
			right := changeLen(es, pos, i+1, +1, ta, tb)
			l := runeLen(eq)
			if hasWord(eq) && (l > left || l > right) {
				continue
			}
			es = foldEquality(es, i)
			merged = true
			break
		}
		if !merged {
			return compact(es)
		}
	}
}

type pos struct{ a, b int }

// positions returns where each run of es starts in a and in b.
func positions(es []edit) []pos {
	ps := make([]pos, len(es))
	var p pos
	for i, e := range es {
		ps[i] = p
		if e.op != Insert {
			p.a += e.n
		}
		if e.op != Delete {
			p.b += e.n
		}
	}
	return ps
}

// changeLen returns the rune length of the larger side of the change
// that ends (dir -1) or starts (dir +1) at run i.
func changeLen(es []edit, ps []pos, i, dir int, ta, tb []string) int {
	del, ins := 0, 0
	for ; i >= 0 && i < len(es) && es[i].op != Equal; i += dir {
		if es[i].op == Delete {
			del += runeLen(ta[ps[i].a : ps[i].a+es[i].n])
		} else {
			ins += runeLen(tb[ps[i].b : ps[i].b+es[i].n])
		}
	}
	return max(del, ins)
}

// foldEquality replaces the equality at run i by a deletion and an
// insertion of the same tokens.
func foldEquality(es []edit, i int) []edit {
	n := es[i].n
	out := make([]edit, 0, len(es)+1)
	out = append(out, es[:i]...)
	out = append(out, edit{Delete, n}, edit{Insert, n})
	out = append(out, es[i+1:]...)
	return compact(out)
}

func runeLen(toks []string) int {
	n := 0
	for _, t := range toks {
		n += utf8.RuneCountInString(t)
	}
	return n
}

func hasWord(toks []string) bool {
	for _, t := range toks {
		if isWord(t) {
			return true
		}
	}
	return false
}

// spans turns an edit script over tokens into text spans.
func spans(es []edit, ta, tb []string) []Span {
	out := make([]Span, 0, len(es))
	i, j := 0, 0
	for _, e := range es {
		switch e.op {
		case Equal:
			out = append(out, Span{Equal, strings.Join(ta[i:i+e.n], "")})
			i += e.n
			j += e.n
		case Delete:
			out = append(out, Span{Delete, strings.Join(ta[i:i+e.n], "")})
			i += e.n
		case Insert:
			out = append(out, Span{Insert, strings.Join(tb[j:j+e.n], "")})
			j += e.n
		}
	}
	return out
}
