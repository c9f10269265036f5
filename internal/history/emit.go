package history

import "strings"

// emit lists the block changes in the new version's order, with deleted
// blocks where they stood in the old version.
func (a *aligner) emit() []BlockChange {
	out := make([]BlockChange, 0, len(a.new)+len(a.old)/4)
	i, j := 0, 0
	for _, h := range a.hunks {
		out = a.emitEqual(out, i, j, h.oldFrom-i)
		out = a.emitHunk(out, h)
		i, j = h.oldTo, h.newTo
	}
	return a.emitEqual(out, i, j, len(a.old)-i)
}

func (a *aligner) emitEqual(out []BlockChange, i, j, n int) []BlockChange {
	for k := range n {
		out = append(out, BlockChange{Kind: KindEqual, Old: &a.old[i+k], New: &a.new[j+k],
			MovedFrom: -1, OldIndex: i + k, NewIndex: j + k})
	}
	return out
}

// emitHunk writes the blocks of one hunk: each new block in order, and
// each deleted block just before the first new block paired with a later
// old block, or at the end of the hunk.
func (a *aligner) emitHunk(out []BlockChange, h hunk) []BlockChange {
	del := h.oldFrom
	flush := func(upTo int) {
		for ; del < upTo; del++ {
			if !a.taken[del] {
				out = append(out, BlockChange{Kind: KindDeleted, Old: &a.old[del],
					MovedFrom: -1, OldIndex: del, NewIndex: -1})
			}
		}
	}
	for j := h.newFrom; j < h.newTo; j++ {
		i := a.pairOf[j]
		c := BlockChange{Kind: KindInserted, New: &a.new[j], MovedFrom: -1, OldIndex: -1, NewIndex: j}
		if i >= 0 {
			c.Kind, c.Old, c.OldIndex = a.kindOf[j], &a.old[i], i
			if c.Kind == KindChanged {
				flush(i)
			}
			if c.Kind == KindMoved {
				c.MovedFrom, c.Op = i, "move"
			}
			if c.Old.Text != c.New.Text {
				c.Spans = Words(c.Old.Text, c.New.Text)
			}
			if c.Kind == KindChanged && c.New.Kind == "heading" && masked(c.Old) == masked(c.New) {
				c.Kind = KindRenumbered
			}
		}
		out = append(out, c)
	}
	flush(h.oldTo)
	return out
}

// count fills Added, Removed and ChangedSections.
func (d *Diff) count() {
	seen := map[string]bool{}
	note := func(b *Block) {
		id := b.Section
		if b.Kind == "heading" && b.ID != "" {
			id = b.ID
		}
		if id != "" && !seen[id] {
			seen[id] = true
			d.ChangedSections = append(d.ChangedSections, id)
		}
	}
	for i := range d.Blocks {
		c := &d.Blocks[i]
		if c.Kind == KindMoved {
			c.From = &Place{Index: c.OldIndex, Section: c.Old.Section, Title: d.oldTitle(c.Old.Section)}
			c.To = &Place{Index: c.NewIndex, Section: c.New.Section, Title: d.SectionTitle(c.New.Section)}
		}
		switch c.Kind {
		case KindEqual, KindRenumbered:
			continue
		case KindInserted:
			d.Added += countWords(c.New.Text)
		case KindDeleted:
			d.Removed += countWords(c.Old.Text)
		}
		for _, s := range c.Spans {
			switch s.Op {
			case Insert:
				d.Added += countWords(s.Text)
			case Delete:
				d.Removed += countWords(s.Text)
			}
		}
		if c.New != nil {
			note(c.New)
		}
		if c.Old != nil && (c.Kind == KindDeleted || c.Kind == KindMoved) {
			note(c.Old)
		}
	}
}

// headingTitles maps heading IDs to their text, new version first. An
// ayat's heading ("Ayat (2)", ID pasal-6-ayat-2) is named with its Pasal:
// "Pasal 6 ayat (2)".
func headingTitles(old, new []Block) map[string]string {
	m := map[string]string{}
	for _, bs := range [][]Block{new, old} {
		for _, b := range bs {
			if b.Kind == "heading" && b.ID != "" {
				if _, ok := m[b.ID]; !ok {
					m[b.ID] = strings.Join(strings.Fields(b.Text), " ")
				}
			}
		}
	}
	for id, title := range m {
		if pasal, _, ok := strings.Cut(id, "-ayat-"); ok && m[pasal] != "" && !strings.Contains(id[len(pasal)+6:], "-") {
			m[id] = m[pasal] + " " + lowerFirst(title)
		}
	}
	return m
}
