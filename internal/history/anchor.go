package history

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
