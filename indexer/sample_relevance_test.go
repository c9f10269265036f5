package indexer_test

import (
	"os"
	"testing"

	"github.com/tubei/pustaka/indexer"
	"github.com/tubei/pustaka/internal/site"
)

// Thresholds of TestSampleRelevance, set just under what our analyzer
// reaches on testdata/sample-relevance.txt.
const (
	sampleMinTop1 = 0.95
	sampleMinMRR  = 0.98
)

// TestSampleRelevance builds the sample site of the repository through
// internal/site, indexes its documents with our analyzer and with bleve's
// standard analyzer, and measures top-1 and MRR of
// testdata/sample-relevance.txt on both.
func TestSampleRelevance(t *testing.T) {
	cases := readCases(t, "testdata/sample-relevance.txt")
	if len(cases) < 30 {
		t.Fatalf("%d cases, want at least 30", len(cases))
	}
	res := site.New(site.Options{Dir: "..", ReadOnly: true, NoHistory: true}).Build(t.Context())
	if len(res.All) == 0 {
		t.Fatal("the sample site gave no documents")
	}
	ours, base := evaluate(t, res.All, cases, indexer.Options{}), evaluate(t, res.All, cases, indexer.Options{Analyzer: "standard"})
	t.Logf("pustaka_id: %d docs, %d cases, top-1 %.2f, MRR %.3f", len(res.All), ours.Cases, ours.Top1, ours.MRR)
	t.Logf("standard:   %d docs, %d cases, top-1 %.2f, MRR %.3f", len(res.All), base.Cases, base.Top1, base.MRR)
	for _, m := range ours.Misses {
		t.Logf("miss (ours): %s", m)
	}
	for _, m := range base.Misses {
		t.Logf("miss (standard): %s", m)
	}
	if ours.Top1 < sampleMinTop1 || ours.MRR < sampleMinMRR {
		t.Errorf("top-1 %.2f, MRR %.3f: below %.2f, %.3f", ours.Top1, ours.MRR, sampleMinTop1, sampleMinMRR)
	}
	if ours.MRR <= base.MRR {
		t.Errorf("MRR %.3f not above the standard analyzer's %.3f", ours.MRR, base.MRR)
	}
}

// readCases reads a relevance file.
func readCases(t *testing.T, name string) []indexer.RelevanceCase {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := indexer.ParseRelevance(name, f)
	if err != nil {
		t.Fatal(err)
	}
	return cases
}

// evaluate indexes docs in memory with opts and evaluates cases.
func evaluate(t *testing.T, docs []indexer.Document, cases []indexer.RelevanceCase, opts indexer.Options) indexer.Relevance {
	t.Helper()
	ix, err := indexer.Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if _, err := ix.Sync(docs); err != nil {
		t.Fatal(err)
	}
	rel, err := ix.Evaluate(t.Context(), cases)
	if err != nil {
		t.Fatal(err)
	}
	return rel
}
