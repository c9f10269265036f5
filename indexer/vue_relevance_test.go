package indexer_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/tubei/pustaka/indexer"
	"github.com/tubei/pustaka/internal/site"
)

// Thresholds of TestVueRelevance: top-1 and mean reciprocal rank within
// the first five hits over testdata/relevance/vue-id.txt, set just under
// what the page ranking reaches (0.85, 0.893; before it 0.71, 0.81).
// Issue 14 asks for 0.90 and 0.93: not reached yet.
const (
	vueMinTop1 = 0.84
	vueMinMRR5 = 0.88
)

// vueCorpus finds ../shared/corpora/vue-id beside the repository (or
// beside a folder above it, for a git worktree); PUSTAKA_VUE_ID names
// it elsewhere.
func vueCorpus(t *testing.T) string {
	if d := os.Getenv("PUSTAKA_VUE_ID"); d != "" {
		return d
	}
	dir, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	for ; ; dir = filepath.Dir(dir) {
		c := filepath.Join(dir, "shared", "corpora", "vue-id")
		if _, err := os.Stat(filepath.Join(c, "content")); err == nil {
			return c
		}
		if filepath.Dir(dir) == dir {
			break
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("../shared/corpora/vue-id not found (set PUSTAKA_VUE_ID)")
	}
	t.Skip("../shared/corpora/vue-id not found (set PUSTAKA_VUE_ID)")
	return ""
}

// TestVueRelevance builds the vue-id corpus (the Vue 2 guide in
// Indonesian, a text nobody here wrote) through internal/site and
// measures testdata/relevance/vue-id.txt on it, with bleve's standard
// analyzer as the baseline.
func TestVueRelevance(t *testing.T) {
	dir := vueCorpus(t)
	cases := readCases(t, "testdata/relevance/vue-id.txt")
	if len(cases) < 40 {
		t.Fatalf("%d cases, want at least 40", len(cases))
	}
	res := site.New(site.Options{Dir: dir, ReadOnly: true, NoHistory: true}).Build(t.Context())
	if len(res.All) < 50 {
		t.Fatalf("the vue-id corpus gave %d documents", len(res.All))
	}
	ours, base := evaluate(t, res.All, cases, indexer.Options{}), evaluate(t, res.All, cases, indexer.Options{Analyzer: "standard"})
	t.Logf("pustaka_id: %d docs, %d cases, top-1 %.2f, MRR@5 %.3f, MRR %.3f", len(res.All), ours.Cases, ours.Top1, ours.MRR5, ours.MRR)
	t.Logf("standard:   %d docs, %d cases, top-1 %.2f, MRR@5 %.3f, MRR %.3f", len(res.All), base.Cases, base.Top1, base.MRR5, base.MRR)
	for _, m := range ours.Misses {
		t.Logf("miss (ours): %s", m)
	}
	if ours.Top1 < vueMinTop1 || ours.MRR5 < vueMinMRR5 {
		t.Errorf("top-1 %.2f, MRR@5 %.3f: below %.2f, %.2f", ours.Top1, ours.MRR5, vueMinTop1, vueMinMRR5)
	}
}
