package main

import (
	"math"
	"testing"

	"github.com/tubei/pustaka/indexer"
)

func TestScore(t *testing.T) {
	one := indexer.RelevanceCase{Query: "q", Want: "/a/"}
	alt := indexer.RelevanceCase{Query: "q", Want: "/a/", Also: []string{"/b/"}}
	log2 := math.Log2
	for _, tc := range []struct {
		name string
		c    indexer.RelevanceCase
		urls []string
		rank int
		ndcg float64
	}{
		{"first", one, []string{"/a/", "/x/"}, 1, 1},
		{"nothing", one, nil, 0, 0},
		{"third", one, []string{"/x/", "/y/", "/a/"}, 3, 1 / log2(4)},
		{"sections of one page count once", one, []string{"/x/", "/x/", "/a/"}, 2, 1 / log2(3)},
		{"below the depth", one, []string{"/1/", "/2/", "/3/", "/4/", "/5/", "/6/", "/7/", "/8/", "/9/", "/10/", "/a/"}, 0, 0},
		{"alternate first", alt, []string{"/b/", "/a/"}, 1, (1 + 3/log2(3)) / (3 + 1/log2(3))},
		{"both in ideal order", alt, []string{"/a/", "/b/"}, 1, 1},
	} {
		got := score(tc.c, tc.urls)
		if got.rank != tc.rank || math.Abs(got.ndcg-tc.ndcg) > 1e-12 {
			t.Errorf("%s: rank %d, nDCG %.4f; want %d, %.4f", tc.name, got.rank, got.ndcg, tc.rank, tc.ndcg)
		}
	}
}

func TestMean(t *testing.T) {
	s := mean([]caseScore{{rank: 1, ndcg: 1}, {rank: 2, ndcg: 0.5}, {rank: 6, ndcg: 0.25}, {rank: 0}})
	want := Scores{Cases: 4, Top1: 0.25, MRR5: (1 + 0.5) / 4, NDCG: 1.75 / 4}
	if s != want {
		t.Errorf("mean %+v, want %+v", s, want)
	}
	if (mean(nil) != Scores{}) {
		t.Errorf("mean of nothing %+v", mean(nil))
	}
}
