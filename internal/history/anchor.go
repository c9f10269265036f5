package history

import (
	"strings"
	"unicode"
)

// anchoredDiff diffs the block keys io and in, first aligning the
// headings (alignHeadings) and then the blocks between aligned headings,
// so that headings stay in place and content moves between them, rather
// than a heading moving around its content. Aligned headings whose keys
// differ (renumbered or renamed) are a deletion and an insertion, which
// the aligner pairs (see newAligner); anchors returns those pairs as
// new index -> old index.
func anchoredDiff(old, new []Block, io, in []int) (es []edit, anchors map[int]int) {
	var out []edit
	anchors = map[int]int{}
	pi, pj := 0, 0
	for _, p := range alignHeadings(old, new) {
		i, j := p[0], p[1]
		out = append(out, diffInts(io[pi:i], in[pj:j])...)
		if io[i] == in[j] {
			out = append(out, edit{Equal, 1})
		} else {
			out = append(out, edit{Delete, 1}, edit{Insert, 1})
			anchors[j] = i
		}
		pi, pj = i+1, j+1
	}
	out = append(out, diffInts(io[pi:], in[pj:])...)
	return compact(out), anchors
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// alignHeadings returns the pairs (old index, new index) of headings that
// are the same heading in both versions, in increasing order on both
// sides. Pasal are aligned by content, not by number, so that inserting
// Pasal 10 pairs the old Pasal 10–15 with the new Pasal 11–16. Each stage
// aligns what the stages before it left between their pairs:
//
//  1. Headings whose whole section (every block up to the next heading of
//     the same or a higher level) is the same, heading included.
//  2. The same up to numbers (renumbered Pasal and their references).
//  3. Headings with the same text, the section changed.
//  4. In order, a heading with the next one of the same level whose text
//     is the same up to numbers and whose section shares at least half
//     its words.
func alignHeadings(old, new []Block) [][2]int {
	ho, hn := headingsOf(old), headingsOf(new)
	exactSig := func(bs []Block, i int) string { return sectionSig(bs, i, (*Block).key) }
	maskedSig := func(bs []Block, i int) string { return sectionSig(bs, i, masked) }
	key := func(bs []Block, i int) string { return bs[i].key() }
	return alignStages(old, new, ho, hn, []func([]Block, int) string{exactSig, maskedSig, key})
}

// alignStages aligns the headings ho and hn by Myers' diff of the keys the
// first stage gives them, then what lies between aligned headings by the
// next stages, and what is left at the end by alignRenumbered.
func alignStages(old, new []Block, ho, hn []int, stages []func([]Block, int) string) [][2]int {
	if len(ho) == 0 || len(hn) == 0 {
		return nil
	}
	if len(stages) == 0 {
		return alignRenumbered(old, new, ho, hn)
	}
	ko, kn := make([]string, len(ho)), make([]string, len(hn))
	for k, i := range ho {
		ko[k] = stages[0](old, i)
	}
	for k, j := range hn {
		kn[k] = stages[0](new, j)
	}
	io, in := intern(ko, kn)
	var out [][2]int
	x, y, px, py := 0, 0, 0, 0
	for _, e := range diffInts(io, in) {
		switch e.op {
		case Delete:
			x += e.n
		case Insert:
			y += e.n
		case Equal:
			out = append(out, alignStages(old, new, ho[px:x], hn[py:y], stages[1:])...)
			for k := range e.n {
				out = append(out, [2]int{ho[x+k], hn[y+k]})
			}
			x, y = x+e.n, y+e.n
			px, py = x, y
		}
	}
	return append(out, alignStages(old, new, ho[px:], hn[py:], stages[1:])...)
}

// headingsOf returns the indexes of the headings among bs.
func headingsOf(bs []Block) []int {
	var out []int
	for i := range bs {
		if bs[i].Kind == "heading" {
			out = append(out, i)
		}
	}
	return out
}

// sectionSig is the heading at i with its section, each block keyed by
// key.
func sectionSig(bs []Block, i int, key func(*Block) string) string {
	var b strings.Builder
	b.WriteString(key(&bs[i]))
	for k := i + 1; k < len(bs) && !(bs[k].Kind == "heading" && bs[k].Level <= bs[i].Level); k++ {
		b.WriteByte(0)
		b.WriteString(key(&bs[k]))
	}
	return b.String()
}

// masked is a block's key with every run of digits in its text replaced
// by "#".
func masked(b *Block) string {
	kind, k, _ := strings.Cut(b.key(), "\x00")
	var out strings.Builder
	out.WriteString(kind + "\x00")
	digits := false
	for _, r := range k {
		if unicode.IsDigit(r) {
			if !digits {
				out.WriteByte('#')
			}
			digits = true
			continue
		}
		digits = false
		out.WriteRune(r)
	}
	return out.String()
}

// alignRenumbered pairs, in order, each old heading with the next new
// heading whose text is the same up to numbers and whose section shares
// at least half its words.
func alignRenumbered(old, new []Block, ho, hn []int) [][2]int {
	var out [][2]int
	next := 0
	for _, i := range ho {
		mo := masked(&old[i])
		for k := next; k < len(hn); k++ {
			j := hn[k]
			if masked(&new[j]) == mo && similarity(bagOf(sectionText(old, i)), bagOf(sectionText(new, j))) >= changedSimilarity {
				out = append(out, [2]int{i, j})
				next = k + 1
				break
			}
		}
	}
	return out
}

// sectionText is the text of the blocks of the section headed at i.
func sectionText(bs []Block, i int) string {
	var b strings.Builder
	for k := i + 1; k < len(bs) && !(bs[k].Kind == "heading" && bs[k].Level <= bs[i].Level); k++ {
		b.WriteString(bs[k].Text)
		b.WriteByte(' ')
	}
	return b.String()
}
