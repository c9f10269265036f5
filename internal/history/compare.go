package history

// BlockChange is what happened to one block between two versions.
type BlockChange struct {
	// Kind is "equal", "changed" (Spans hold the word diff), "inserted",
	// "deleted" or "moved" (the block left its old place, MovedFrom, and
	// appears here; Spans are set when its text also changed).
	Kind      string `json:"kind"`
	Old       *Block `json:"old,omitempty"`
	New       *Block `json:"new,omitempty"`
	Spans     []Span `json:"spans,omitempty"`
	MovedFrom int    `json:"movedFrom"` // index into the old blocks; -1 unless Kind is "moved"
	OldIndex  int    `json:"oldIndex"`  // index of Old in the old blocks; -1 when Old is nil
	NewIndex  int    `json:"newIndex"`  // index of New in the new blocks; -1 when New is nil
}

// Kinds of BlockChange.
const (
	KindEqual    = "equal"
	KindChanged  = "changed"
	KindInserted = "inserted"
	KindDeleted  = "deleted"
	KindMoved    = "moved"
)

// Diff is the comparison of two versions of a document.
type Diff struct {
	// Blocks lists the blocks in the new version's order, with deleted
	// blocks where they stood in the old version.
	Blocks []BlockChange `json:"blocks"`
	// Added and Removed count words.
	Added   int `json:"added"`
	Removed int `json:"removed"`
	// ChangedSections lists, in order, the IDs of the headings whose
	// sections changed (e.g. "pasal-3"). HTML gives these headings the
	// id "diff-" + ID so a summary can link to them.
	ChangedSections []string `json:"changedSections"`

	old, new []Block
	titles   map[string]string // heading ID -> text, both versions
}

// Thresholds for pairing blocks.
const (
	changedSimilarity = 0.5 // a deleted and an inserted block are one changed block
	movedSimilarity   = 0.8 // a deleted and an inserted block elsewhere are one moved block
	maxFuzzyPairs     = 1 << 18
)

// Compare aligns the blocks of two versions and diffs the text of the
// blocks that changed. It first aligns the headings that stayed the same
// (the skeleton of Pasal), then diffs the sequences of block keys (kind
// and normalised text) between them; a deleted block whose key is inserted elsewhere is
// moved; then, inside each run of changes, deleted and inserted blocks of
// the same kind with at least half their words in common are one changed
// block (table cells pair by column); finally a deleted block at least 80%
// similar to an inserted block in another run is moved with changes.
// Blocks right after a moved block that are similar to the blocks right
// after its old place move with it.
func Compare(old, new []Block) *Diff {
	a := newAligner(old, new)
	a.pairExactMoves()
	a.extendMoves()
	for _, h := range a.hunks {
		a.pairChanged(h)
	}
	a.pairFuzzyMoves()
	a.extendMoves()
	d := &Diff{old: old, new: new, titles: headingTitles(old, new)}
	d.Blocks = a.emit()
	d.count()
	return d
}

// hunk is one run of changes: old[oldFrom:oldTo] replaced by
// new[newFrom:newTo].
type hunk struct {
	oldFrom, oldTo, newFrom, newTo int
}

type aligner struct {
	old, new []Block
	edits    []edit
	hunks    []hunk
	pairOf   []int // new index -> paired old index, or -1
	kindOf   []string
	taken    []bool // old index is paired
	bags     map[*Block]wordBag
}

func newAligner(old, new []Block) *aligner {
	ko, kn := make([]string, len(old)), make([]string, len(new))
	for i := range old {
		ko[i] = old[i].key()
	}
	for i := range new {
		kn[i] = new[i].key()
	}
	io, in := intern(ko, kn)
	a := &aligner{old: old, new: new, edits: anchoredDiff(old, new, io, in), bags: map[*Block]wordBag{}}
	a.pairOf = make([]int, len(new))
	a.kindOf = make([]string, len(new))
	a.taken = make([]bool, len(old))
	for i := range a.pairOf {
		a.pairOf[i] = -1
	}
	a.findHunks()
	return a
}

func (a *aligner) findHunks() {
	i, j := 0, 0
	for k := 0; k < len(a.edits); k++ {
		e := a.edits[k]
		if e.op == Equal {
			for n := range e.n {
				a.pair(j+n, i+n, KindEqual)
			}
			i, j = i+e.n, j+e.n
			continue
		}
		h := hunk{oldFrom: i, oldTo: i, newFrom: j, newTo: j}
		for ; k < len(a.edits) && a.edits[k].op != Equal; k++ {
			if a.edits[k].op == Delete {
				h.oldTo += a.edits[k].n
			} else {
				h.newTo += a.edits[k].n
			}
		}
		k--
		i, j = h.oldTo, h.newTo
		a.hunks = append(a.hunks, h)
	}
}

func (a *aligner) pair(newIdx, oldIdx int, kind string) {
	a.pairOf[newIdx] = oldIdx
	a.kindOf[newIdx] = kind
	a.taken[oldIdx] = true
}

func (a *aligner) bag(b *Block) wordBag {
	w, ok := a.bags[b]
	if !ok {
		w = bagOf(b.Text)
		a.bags[b] = w
	}
	return w
}

// pairExactMoves pairs every inserted block with an identical deleted
// block, if any. Table cells never move: they pair by column.
func (a *aligner) pairExactMoves() {
	deleted := map[string][]int{}
	for _, h := range a.hunks {
		for i := h.oldFrom; i < h.oldTo; i++ {
			if a.old[i].Kind != "cell" {
				k := a.old[i].key()
				deleted[k] = append(deleted[k], i)
			}
		}
	}
	for _, h := range a.hunks {
		for j := h.newFrom; j < h.newTo; j++ {
			k := a.new[j].key()
			if q := deleted[k]; len(q) > 0 && a.new[j].Kind != "cell" {
				a.pair(j, q[0], KindMoved)
				deleted[k] = q[1:]
			}
		}
	}
}

// pairChanged pairs the remaining deleted and inserted blocks of one hunk,
// in order, when they are of the same kind and similar enough.
func (a *aligner) pairChanged(h hunk) {
	if (h.oldTo-h.oldFrom)*(h.newTo-h.newFrom) > maxFuzzyPairs {
		return
	}
	next := h.newFrom
	for i := h.oldFrom; i < h.oldTo; i++ {
		if a.taken[i] {
			continue
		}
		if j := a.bestMatch(&a.old[i], next, h.newTo, changedSimilarity); j >= 0 {
			a.pair(j, i, KindChanged)
			next = j + 1
		}
	}
}

// bestMatch returns the unpaired new block in [from, to) most similar to
// b with a similarity of at least min, or -1. A table cell matches the
// first unpaired cell of the same column.
func (a *aligner) bestMatch(b *Block, from, to int, min float64) int {
	best, bestSim := -1, min
	for j := from; j < to; j++ {
		c := &a.new[j]
		if a.pairOf[j] >= 0 || c.Kind != b.Kind {
			continue
		}
		if b.Kind == "cell" {
			if c.Col == b.Col {
				return j
			}
			continue
		}
		if s := similarity(a.bag(b), a.bag(c)); s >= bestSim {
			best, bestSim = j, s
			if s == 1 {
				break
			}
		}
	}
	return best
}

// pairFuzzyMoves pairs the blocks still unpaired across hunks when they
// are nearly identical.
func (a *aligner) pairFuzzyMoves() {
	var dels, ins []int
	for _, h := range a.hunks {
		for i := h.oldFrom; i < h.oldTo; i++ {
			if !a.taken[i] && a.old[i].Kind != "cell" {
				dels = append(dels, i)
			}
		}
		for j := h.newFrom; j < h.newTo; j++ {
			if a.pairOf[j] < 0 {
				ins = append(ins, j)
			}
		}
	}
	if len(dels)*len(ins) > maxFuzzyPairs {
		return
	}
	for _, i := range dels {
		best, bestSim := -1, movedSimilarity
		for _, j := range ins {
			c := &a.new[j]
			if a.pairOf[j] >= 0 || c.Kind != a.old[i].Kind {
				continue
			}
			if s := similarity(a.bag(&a.old[i]), a.bag(c)); s >= bestSim {
				best, bestSim = j, s
			}
		}
		if best >= 0 {
			a.pair(best, i, KindMoved)
		}
	}
}

// extendMoves lets the blocks that follow a moved block travel with it: a
// deleted block right after a moved block's old place and an inserted
// block right after its new place, of the same kind and similar enough,
// are moved too (a sub-item moving with its item).
func (a *aligner) extendMoves() {
	for j := range a.new {
		if a.kindOf[j] != KindMoved {
			continue
		}
		for i, k := a.pairOf[j]+1, j+1; i < len(a.old) && k < len(a.new); i, k = i+1, k+1 {
			if a.taken[i] || a.pairOf[k] >= 0 || a.old[i].Kind != a.new[k].Kind ||
				similarity(a.bag(&a.old[i]), a.bag(&a.new[k])) < changedSimilarity {
				break
			}
			a.pair(k, i, KindMoved)
		}
	}
}

// anchoredDiff diffs the block keys io and in, first matching the
// headings alone and then the blocks between matched headings, so that
// unchanged headings stay in place and content moves between them,
// rather than a heading moving around its content.
func anchoredDiff(old, new []Block, io, in []int) []edit {
	var ho, hn, ko, kn []int
	for i := range old {
		if old[i].Kind == "heading" {
			ho, ko = append(ho, i), append(ko, io[i])
		}
	}
	for j := range new {
		if new[j].Kind == "heading" {
			hn, kn = append(hn, j), append(kn, in[j])
		}
	}
	var out []edit
	pi, pj, x, y := 0, 0, 0, 0
	for _, e := range diffInts(ko, kn) {
		if e.op != Equal {
			x, y = x+e.n*b2i(e.op == Delete), y+e.n*b2i(e.op == Insert)
			continue
		}
		for k := range e.n {
			i, j := ho[x+k], hn[y+k]
			out = append(out, diffInts(io[pi:i], in[pj:j])...)
			out = append(out, edit{Equal, 1})
			pi, pj = i+1, j+1
		}
		x, y = x+e.n, y+e.n
	}
	out = append(out, diffInts(io[pi:], in[pj:])...)
	return compact(out)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
