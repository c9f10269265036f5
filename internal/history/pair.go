package history

// pairExactMoves pairs every inserted block with an identical deleted
// block, if any. Table cells never move: they pair by column.
func (a *aligner) pairExactMoves() {
	deleted := map[string][]int{}
	for _, h := range a.hunks {
		for i := h.oldFrom; i < h.oldTo; i++ {
			if a.old[i].Kind != "cell" && !a.taken[i] {
				k := a.old[i].key()
				deleted[k] = append(deleted[k], i)
			}
		}
	}
	for _, h := range a.hunks {
		for j := h.newFrom; j < h.newTo; j++ {
			k := a.new[j].key()
			if q := deleted[k]; len(q) > 0 && a.new[j].Kind != "cell" && a.pairOf[j] < 0 {
				a.pair(j, q[0], KindMoved)
				deleted[k] = q[1:]
			}
		}
	}
}

// pairChanged pairs the remaining deleted and inserted blocks of one hunk,
// in order, when they are of the same kind and similar enough. Each
// deleted block looks at the next matchWindow unpaired inserted blocks,
// so a long run of changes costs linear time.
func (a *aligner) pairChanged(h hunk) {
	next := h.newFrom
	for i := h.oldFrom; i < h.oldTo; i++ {
		if a.taken[i] {
			continue
		}
		if j := a.bestMatch(&a.old[i], next, h.newTo); j >= 0 {
			a.pair(j, i, KindChanged)
			next = j + 1
		}
	}
}

// matchWindow is how many candidate blocks pairChanged considers.
const matchWindow = 64

// bestMatch returns the unpaired new block among the next matchWindow in
// [from, to) most similar to b, with a similarity of at least
// changedSimilarity, or -1. A table cell matches the first unpaired cell
// of the same column.
func (a *aligner) bestMatch(b *Block, from, to int) int {
	best, bestSim := -1, changedSimilarity
	for j, seen := from, 0; j < to && seen < matchWindow; j++ {
		c := &a.new[j]
		if a.pairOf[j] >= 0 || c.Kind != b.Kind {
			continue
		}
		seen++
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
