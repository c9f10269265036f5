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
// emoji). Equalities between two changes that hold no word, such as a
// lone space or comma, are folded into the change so the result reads as
// whole phrases replaced rather than a patchwork; a word both versions
// share is never folded, so an unmarked word is unchanged and a marked
// word changed. Tokens a change starts or ends with on both sides are
// left unmarked.
func Words(a, b string) []Span {
	ta, tb := tokenize(a), tokenize(b)
	es := cleanup(tokenDiff(ta, tb), ta, tb)
	return spans(es, ta, tb)
}

// tokenDiff diffs two token lists: first their words and punctuation
// alone, so that white space (a token in most places) never outweighs a
// word both share, then the tokens between each pair of matched ones.
func tokenDiff(ta, tb []string) []edit {
	ia, ib := intern(ta, tb)
	var pa, pb, ka, kb []int
	for i, t := range ta {
		if !isSpace(t) {
			pa, ka = append(pa, i), append(ka, ia[i])
		}
	}
	for j, t := range tb {
		if !isSpace(t) {
			pb, kb = append(pb, j), append(kb, ib[j])
		}
	}
	var out []edit
	x, y, pi, pj := 0, 0, 0, 0
	for _, e := range diffInts(ka, kb) {
		switch e.op {
		case Delete:
			x += e.n
		case Insert:
			y += e.n
		case Equal:
			for k := range e.n {
				i, j := pa[x+k], pb[y+k]
				out = append(out, diffInts(ia[pi:i], ib[pj:j])...)
				out = append(out, edit{Equal, 1})
				pi, pj = i+1, j+1
			}
			x, y = x+e.n, y+e.n
		}
	}
	out = append(out, diffInts(ia[pi:], ib[pj:])...)
	return compact(out)
}

func isSpace(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.IsSpace(r)
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
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isIdeograph reports whether r is written without spaces between words
// (Han, Hiragana, Katakana), so each character is a token of its own.
func isIdeograph(r rune) bool {
	return r >= 0x2E80 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
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

// cleanup folds every equality that holds no word and sits between two
// changes into them, until none is left; a stack handles the chains of
// them in one pass. Then the tokens that a folded change starts or ends
// with on both sides go back out of it.
func cleanup(es []edit, ta, tb []string) []edit {
	m := newMeasure(ta, tb)
	var st []chunk
	a, b := 0, 0
	for i := 0; i < len(es); i++ {
		c := chunk{eq: es[i].op == Equal, a: a, b: b}
		if c.eq {
			c.na, c.nb = es[i].n, es[i].n
		} else {
			for ; i < len(es) && es[i].op != Equal; i++ {
				if es[i].op == Delete {
					c.na += es[i].n
				} else {
					c.nb += es[i].n
				}
			}
			i--
		}
		a, b = a+c.na, b+c.nb
		st = append(st, c)
		for n := len(st); n >= 3 && !st[n-1].eq && m.small(st[n-2], st[n-3], st[n-1]); n = len(st) {
			l, r := st[n-3], st[n-1]
			st = append(st[:n-3], chunk{a: l.a, b: l.b, na: r.a + r.na - l.a, nb: r.b + r.nb - l.b})
		}
	}
	out := make([]edit, 0, len(st)+len(st)/2)
	for _, c := range st {
		if c.eq {
			push(&out, Equal, c.na)
			continue
		}
		pre := 0
		for pre < min(c.na, c.nb) && ta[c.a+pre] == tb[c.b+pre] {
			pre++
		}
		suf := 0
		for suf < min(c.na, c.nb)-pre && ta[c.a+c.na-1-suf] == tb[c.b+c.nb-1-suf] {
			suf++
		}
		push(&out, Equal, pre)
		push(&out, Delete, c.na-pre-suf)
		push(&out, Insert, c.nb-pre-suf)
		push(&out, Equal, suf)
	}
	return compact(out)
}

// chunk is an equality or a change: tokens a[a:a+na] and b[b:b+nb].
type chunk struct {
	eq     bool
	a, b   int
	na, nb int
}

// measure answers word counts of token ranges in O(1).
type measure struct {
	wordsA []int // prefix sums over the old tokens
}

func newMeasure(ta, tb []string) *measure {
	m := &measure{wordsA: make([]int, len(ta)+1)}
	for i, t := range ta {
		m.wordsA[i+1] = m.wordsA[i]
		if isWord(t) {
			m.wordsA[i+1]++
		}
	}
	return m
}

// small reports whether equality eq between changes l and r should fold:
// it holds no word.
func (m *measure) small(eq, l, r chunk) bool {
	return eq.eq && !l.eq && !r.eq && m.wordsA[eq.a+eq.na] == m.wordsA[eq.a]
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
