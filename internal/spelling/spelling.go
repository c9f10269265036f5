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
// order of candidates.
func Closest(word string, candidates []string, limit int) string {
	best, bestDist := "", limit+1
	for _, c := range candidates {
		if abs(len(c)-len(word)) > 4*limit { // in bytes: a rune is at most 4
			continue
		}
		d := Distance(word, c)
		if d < bestDist || d == bestDist && c < best {
			best, bestDist = c, d
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
