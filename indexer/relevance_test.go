package indexer

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// TestRelevance measures top-1 and MRR of testdata/relevance.txt with our
// analyzer and with bleve's "standard" analyzer as the baseline.
func TestRelevance(t *testing.T) {
	f, err := os.Open("testdata/relevance.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := ParseRelevance("testdata/relevance.txt", f)
	if err != nil {
		t.Fatal(err)
	}
	ours, err := testIndex(t, Options{}).Evaluate(t.Context(), cases)
	if err != nil {
		t.Fatal(err)
	}
	base, err := testIndex(t, Options{Analyzer: "standard"}).Evaluate(t.Context(), cases)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("id_pustaka: %d cases, top-1 %.2f, MRR %.2f; misses %q", ours.Cases, ours.Top1, ours.MRR, ours.Misses)
	t.Logf("standard:   %d cases, top-1 %.2f, MRR %.2f; misses %q", base.Cases, base.Top1, base.MRR, base.Misses)
	if ours.Top1 < 0.9 {
		t.Errorf("top-1 %.2f below 0.90", ours.Top1)
	}
	if ours.MRR <= base.MRR {
		t.Errorf("MRR %.2f not above the standard analyzer's %.2f", ours.MRR, base.MRR)
	}
}

func TestParseRelevanceErrors(t *testing.T) {
	_, err := ParseRelevance("r.txt", strings.NewReader("# c\nok\t/a/\nno tab here\n"))
	if err == nil || !strings.HasPrefix(err.Error(), "r.txt:3: ") {
		t.Errorf("error %v, want r.txt:3: ...", err)
	}
	cases, err := ParseRelevance("r.txt", strings.NewReader("\n# c\nq\t/a/\nr \t /b/\t/c/ \t/d/\n"))
	want := []RelevanceCase{{Query: "q", Want: "/a/", Line: 3}, {Query: "r", Want: "/b/", Also: []string{"/c/", "/d/"}, Line: 4}}
	if err != nil || !reflect.DeepEqual(cases, want) {
		t.Errorf("cases %+v, %v; want %+v", cases, err, want)
	}
	if _, err := ParseRelevance("r.txt", strings.NewReader("q\t/a/\t \t/b/\n")); err == nil {
		t.Error("an empty alternate was accepted")
	}
	if g := want[1]; g.Grade("/b/") != 2 || g.Grade("/d/") != 1 || g.Grade("/a/") != 0 {
		t.Errorf("grades %d %d %d, want 2 1 0", g.Grade("/b/"), g.Grade("/d/"), g.Grade("/a/"))
	}
}

func TestEvaluateScores(t *testing.T) {
	ix := testIndex(t, Options{})
	rel, err := ix.Evaluate(t.Context(), []RelevanceCase{
		{Query: "arsip", Want: "/modul/kearsipan/"},
		{Query: "arsip", Want: "/tidak/ada/"},
		{Query: "arsip", Want: "/tidak/ada/", Also: []string{"/modul/kearsipan/"}},
	})
	if err != nil || rel.Top1 != 2.0/3 || rel.MRR != 2.0/3 || len(rel.Misses) != 1 {
		t.Errorf("Evaluate: %+v, %v", rel, err)
	}
}
