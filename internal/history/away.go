package history

import "slices"

// kindMovedAway marks the old place of a moved block when rendering; it
// never appears in Diff.Blocks.
const kindMovedAway = "moved-away"

// movedAway returns, for each index of d.Blocks (and -1 for the start),
// the old places of moved blocks that come right after that block
// change, as changes of kind kindMovedAway in old order.
func (d *Diff) movedAway() map[int][]BlockChange {
	posOfOld := make([]int, len(d.old))
	for i := range posOfOld {
		posOfOld[i] = -1
	}
	var moved []int
	for p, c := range d.Blocks {
		switch {
		case c.Kind == KindMoved:
			moved = append(moved, p)
		case c.Old != nil:
			posOfOld[c.OldIndex] = p
		}
	}
	slices.SortFunc(moved, func(x, y int) int { return d.Blocks[x].MovedFrom - d.Blocks[y].MovedFrom })
	out := map[int][]BlockChange{}
	for _, p := range moved {
		c := d.Blocks[p]
		anchor := -1
		for k := c.MovedFrom - 1; k >= 0; k-- {
			if posOfOld[k] >= 0 {
				anchor = posOfOld[k]
				break
			}
		}
		c.Kind, c.Spans = kindMovedAway, nil
		out[anchor] = append(out[anchor], c)
	}
	return out
}
