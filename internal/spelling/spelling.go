// Package spelling measures how far apart two spellings are, for the
// "did you mean" of misspelt front-matter keys and misspelt search words.
package spelling

// Distance is the optimal string alignment distance between a and b in
// runes: an insertion, deletion, substitution or transposition of two
// adjacent runes costs 1 ("stauts" is 1 from "status").
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// Closest returns the candidate nearest to word by Distance, at most
// limit edits away, or "" when none is that near. Ties go to the
// candidate that sorts first, so the answer does not depend on the
// order of candidates. It reuses its buffers and gives up on a candidate
// as soon as it is more than limit away, so that thousands of candidates
// (the headings of a long regulation) cost little.
func Closest(word string, candidates []string, limit int) string {
	w := []rune(word)
	var b bounded
	best, bestDist := "", limit+1
	for _, c := range candidates {
		if abs(len(c)-len(word)) > 4*limit { // in bytes: a rune is at most 4
			continue
		}
		d := b.distance(w, c, min(limit, bestDist))
		if d < bestDist || d == bestDist && c < best {
			best, bestDist = c, d
		}
	}
	return best
}

// bounded computes Distance with buffers kept between calls.
type bounded struct {
	c                []rune
	prev2, prev, cur []int
}

// distance returns Distance(a, c), or limit+1 when it is larger.
func (b *bounded) distance(a []rune, c string, limit int) int {
	b.c = append(b.c[:0], []rune(c)...)
	rb := b.c
	if abs(len(a)-len(rb)) > limit {
		return limit + 1
	}
	n := len(rb) + 1
	if cap(b.prev) < n {
		b.prev2, b.prev, b.cur = make([]int, n), make([]int, n), make([]int, n)
	}
	prev2, prev, cur := b.prev2[:n], b.prev[:n], b.cur[:n]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j < n; j++ {
			cost := 1
			if a[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == rb[j-2] && a[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			low = min(low, cur[j])
		}
		if low > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[n-1], limit+1)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
