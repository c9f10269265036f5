package history

// BlockChange is what happened to one block between two versions.
type BlockChange struct {
	// Kind is "equal", "changed" (Spans hold the word diff), "inserted",
	// "deleted", "moved" (the block left its old place, MovedFrom, and
	// appears here; Spans are set when its text also changed) or
	// "renumbered" (a heading whose numbers alone changed, aligned by
	// the content of its section: Pasal 10 that became Pasal 11).
	Kind string `json:"kind"`
	// Op is "move" for a moved block, with From and To its two places.
	Op        string `json:"op,omitempty"`
	From      *Place `json:"from,omitempty"`
	To        *Place `json:"to,omitempty"`
	Old       *Block `json:"old,omitempty"`
	New       *Block `json:"new,omitempty"`
	Spans     []Span `json:"spans,omitempty"`
	MovedFrom int    `json:"movedFrom"` // index into the old blocks; -1 unless Kind is "moved"
	OldIndex  int    `json:"oldIndex"`  // index of Old in the old blocks; -1 when Old is nil
	NewIndex  int    `json:"newIndex"`  // index of New in the new blocks; -1 when New is nil
}

// Place is where a moved block stands in one version: its index among
// that version's blocks and its section (heading ID and title).
type Place struct {
	Index   int    `json:"index"`
	Section string `json:"section,omitempty"`
	Title   string `json:"title,omitempty"` // "Pasal 8", "Pasal 6 ayat (2)"
}

// Kinds of BlockChange.
const (
	KindRenumbered = "renumbered"
	KindEqual      = "equal"
	KindChanged    = "changed"
	KindInserted   = "inserted"
	KindDeleted    = "deleted"
	KindMoved      = "moved"
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

	old, new  []Block
	titles    map[string]string // heading ID -> title, new version first
	oldTitles map[string]string // heading ID -> title in the old version
	former    map[string]string // new heading ID -> ID of the old heading it was
}

// Thresholds for pairing blocks.
const (
	changedSimilarity = 0.5     // a deleted and an inserted block are one changed block
	movedSimilarity   = 0.8     // a deleted and an inserted block elsewhere are one moved block
	maxFuzzyPairs     = 1 << 18 // beyond this many candidate pairs, no fuzzy moves
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
	d.noteHeadings()
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
	edits, anchors := anchoredDiff(old, new, io, in)
	a := &aligner{old: old, new: new, edits: edits, bags: map[*Block]wordBag{}}
	a.pairOf = make([]int, len(new))
	a.kindOf = make([]string, len(new))
	a.taken = make([]bool, len(old))
	for i := range a.pairOf {
		a.pairOf[i] = -1
	}
	a.findHunks()
	for j, i := range anchors {
		a.pair(j, i, KindChanged) // the same heading, renumbered or renamed
	}
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
