package main

import (
	"math"

	"github.com/tubei/pustaka/indexer"
)

// depth is how many results of each engine are read: nDCG@10.
const depth = 10

// Scores are the mean figures of one engine over one case file.
type Scores struct {
	Cases int
	Top1  float64 // share of cases whose first result is relevant
	MRR5  float64 // mean of 1/rank of the first relevant result, 0 below rank 5
	NDCG  float64 // mean nDCG@10, gains 2^grade-1 (answer 3, alternate 1)
}

// caseScore is the figures of one case.
type caseScore struct {
	rank int // of the first relevant result, 1-based; 0: none in the first depth
	ndcg float64
}

// score rates the ranked URLs an engine returned for c. A URL counts once,
// at its first place: an engine that returns several sections of one page
// is rated on its pages.
func score(c indexer.RelevanceCase, urls []string) caseScore {
	var s caseScore
	seen := map[string]bool{}
	var dcg float64
	pos := 0
	for _, u := range urls {
		if seen[u] {
			continue
		}
		seen[u] = true
		pos++
		if pos > depth {
			break
		}
		g := c.Grade(u)
		if g > 0 && s.rank == 0 {
			s.rank = pos
		}
		dcg += gain(g) / math.Log2(float64(pos)+1)
	}
	ideal := []int{2}
	for range c.Also {
		ideal = append(ideal, 1)
	}
	var idcg float64
	for i, g := range ideal {
		if i == depth {
			break
		}
		idcg += gain(g) / math.Log2(float64(i)+2)
	}
	s.ndcg = dcg / idcg
	return s
}

func gain(grade int) float64 { return math.Exp2(float64(grade)) - 1 }

// mean averages case figures.
func mean(cs []caseScore) Scores {
	s := Scores{Cases: len(cs)}
	if len(cs) == 0 {
		return s
	}
	for _, c := range cs {
		if c.rank == 1 {
			s.Top1++
		}
		if c.rank > 0 && c.rank <= 5 {
			s.MRR5 += 1 / float64(c.rank)
		}
		s.NDCG += c.ndcg
	}
	n := float64(len(cs))
	s.Top1 /= n
	s.MRR5 /= n
	s.NDCG /= n
	return s
}
