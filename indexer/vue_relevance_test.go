package indexer_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/tubei/pustaka/indexer"
	"github.com/tubei/pustaka/internal/site"
)

// Thresholds of TestVueRelevance: top-1 and mean reciprocal rank within
// the first five hits over testdata/relevance/vue-id.txt (the dev set),
// set just under what the page ranking reaches (0.89, 0.933 with the
// BM25F combination of the fields; 0.88, 0.921 at 19faec8; 0.85, 0.904
// at 298b36e; before the page ranking 0.71, 0.81), over
// testdata/relevance/vue-id-heldout.txt (queries written after the
// ranking of 298b36e and never tuned on: 0.79, 0.850 with BM25F, one
// query, "cara membuat komponen" of three common words, falling from
// rank 2 to 5; 0.79, 0.862 at 19faec8), over
// testdata/relevance/vue-id-heldout2.txt (a second held-out set, written
// at 19faec8 before the BM25F combination: 0.89, 0.928 with it; 0.87,
// 0.921 before), and over testdata/relevance/vue-id-heldout3.txt (a third,
// 42 queries written at 78d16bc before the section field and the graded
// proximity: 0.86, 0.901 as written). The stemmer's roots of 58c69c1
// raised the first held-out set to 0.88, 0.915 and the second to 0.92,
// 0.947. Issue 14 asks for 0.90 and 0.93 on vue-id: MRR@5
// reached, top-1 not yet.
const (
	vueMinTop1      = 0.89
	vueMinMRR5      = 0.93
	heldoutMinTop1  = 0.87
	heldoutMinMRR5  = 0.91
	heldout2MinTop1 = 0.91
	heldout2MinMRR5 = 0.94
	heldout3MinTop1 = 0.85
	heldout3MinMRR5 = 0.89
)

// vueCorpus finds ../shared/corpora/vue-id beside the repository (or
// beside a folder above it, for a git worktree); PUSTAKA_VUE_ID names
// it elsewhere.
func vueCorpus(t testing.TB) string {
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
	heldout := readCases(t, "testdata/relevance/vue-id-heldout.txt")
	heldout2 := readCases(t, "testdata/relevance/vue-id-heldout2.txt")
	heldout3 := readCases(t, "testdata/relevance/vue-id-heldout3.txt")
	res := site.New(site.Options{Dir: dir, ReadOnly: true, NoHistory: true}).Build(t.Context())
	if len(res.All) < 50 {
		t.Fatalf("the vue-id corpus gave %d documents", len(res.All))
	}
	for _, set := range []struct {
		name            string
		cases           []indexer.RelevanceCase
		minTop1, minMRR float64
	}{{"dev", cases, vueMinTop1, vueMinMRR5}, {"held-out", heldout, heldoutMinTop1, heldoutMinMRR5},
		{"held-out 2", heldout2, heldout2MinTop1, heldout2MinMRR5}, {"held-out 3", heldout3, heldout3MinTop1, heldout3MinMRR5}} {
		ours, base := evaluate(t, res.All, set.cases, indexer.Options{}), evaluate(t, res.All, set.cases, indexer.Options{Analyzer: "standard"})
		t.Logf("%s pustaka_id: %d docs, %d cases, top-1 %.2f, MRR@5 %.3f, MRR %.3f", set.name, len(res.All), ours.Cases, ours.Top1, ours.MRR5, ours.MRR)
		t.Logf("%s standard:   %d docs, %d cases, top-1 %.2f, MRR@5 %.3f, MRR %.3f", set.name, len(res.All), base.Cases, base.Top1, base.MRR5, base.MRR)
		for _, m := range ours.Misses {
			t.Logf("%s miss (ours): %s", set.name, m)
		}
		if ours.Top1 < set.minTop1 || ours.MRR5 < set.minMRR {
			t.Errorf("%s: top-1 %.2f, MRR@5 %.3f: below %.2f, %.2f", set.name, ours.Top1, ours.MRR5, set.minTop1, set.minMRR)
		}
	}
}

// BenchmarkSiteIndexSize indexes the vue-id corpus and the sample site,
// built through internal/site as `pustaka build` indexes them (prose in
// the body, code and lists of links in the asides), into an index on
// disk, and reports its bytes per page after Sync's compaction.
func BenchmarkSiteIndexSize(b *testing.B) {
	for _, c := range []struct{ name, dir string }{{"vue-id", vueCorpus(b)}, {"sample", ".."}} {
		res := site.New(site.Options{Dir: c.dir, ReadOnly: true, NoHistory: true}).Build(b.Context())
		b.Run(c.name, func(b *testing.B) {
			var size int64
			for b.Loop() {
				dir := b.TempDir()
				ix, err := indexer.Open(indexer.Options{Path: dir})
				if err != nil {
					b.Fatal(err)
				}
				if _, err := ix.Sync(res.All); err != nil {
					b.Fatal(err)
				}
				if err := ix.Close(); err != nil {
					b.Fatal(err)
				}
				size = 0
				filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
					if err == nil && !d.IsDir() {
						if fi, err := d.Info(); err == nil {
							size += fi.Size()
						}
					}
					return nil
				})
			}
			b.ReportMetric(float64(size)/float64(len(res.All)), "bytes/page")
		})
	}
}
