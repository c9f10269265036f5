package history

import "strings"

// Block is one unit of document structure, in order, as plain text. It
// mirrors render.Block so this package does not depend on the renderer.
type Block struct {
	Kind    string `json:"kind"`              // "heading", "paragraph", "item", "cell", "quote", "code", "term" or "definition"
	Level   int    `json:"level,omitempty"`   // heading level; list nesting depth for items
	ID      string `json:"id,omitempty"`      // heading anchor, e.g. "pasal-3"
	Section string `json:"section,omitempty"` // anchor of the nearest heading above
	Text    string `json:"text"`
	Row     int    `json:"row,omitempty"` // table cells: row number within the table, from 0
	Col     int    `json:"col,omitempty"` // table cells: column number, from 0
}

// key is what identifies a block for alignment: its kind, heading level
// and text with white space collapsed.
func (b *Block) key() string {
	k := b.Kind
	if b.Kind == "heading" {
		k += string(rune('0' + b.Level))
	}
	return k + "\x00" + strings.Join(strings.Fields(b.Text), " ")
}

// wordBag counts the words of a text, lower-cased, for similarity.
type wordBag map[string]int

func bagOf(s string) wordBag {
	bag := wordBag{}
	for _, t := range tokenize(s) {
		if isWord(t) {
			bag[strings.ToLower(t)]++
		}
	}
	return bag
}

func (w wordBag) size() int {
	n := 0
	for _, c := range w {
		n += c
	}
	return n
}

// similarity returns the Dice coefficient of two word bags: the share of
// words the two texts have in common, from 0 (none) to 1 (same words).
func similarity(a, b wordBag) float64 {
	na, nb := a.size(), b.size()
	if na+nb == 0 {
		return 1
	}
	common := 0
	for w, c := range a {
		common += min(c, b[w])
	}
	return 2 * float64(common) / float64(na+nb)
}
