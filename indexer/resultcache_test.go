package indexer

import (
	"fmt"
	"reflect"
	"slices"
	"testing"
)

// A repeated request is answered from the cache with the result a fresh
// search gives, a caller's changes to its copy do not leak, and any
// change to the index makes the next search see it.
func TestResultCache(t *testing.T) {
	ix := testIndex(t, Options{})
	req := Request{Query: "pelatihan", Highlight: true}
	first := find(t, ix, req)
	if ix.rc.len() != 1 {
		t.Fatalf("cache holds %d results after one search, want 1", ix.rc.len())
	}
	first.Hits[0].Title, first.Hits[0].Fragments = "diubah", nil
	first.Facets[0].Values[0].Count = -1
	again := find(t, ix, req)
	ix.rc = resultCache{}
	fresh := find(t, ix, req)
	again.Took, fresh.Took = 0, 0
	if !reflect.DeepEqual(again, fresh) {
		t.Errorf("cached result differs from a fresh search:\n%+v\n%+v", again, fresh)
	}
	// Every parameter that changes the result is part of the key.
	for _, other := range []Request{{Query: "pelatihan"}, {Query: "pelatihan", Highlight: true, NoFacets: true},
		{Query: "pelatihan", Highlight: true, Sort: "date"}, {Query: "pelatihan", Highlight: true, Size: 1},
		{Query: "pelatihan", Highlight: true, Type: "modul"}} {
		got, want := find(t, ix, other), fresh
		if reflect.DeepEqual(urls(got), urls(want)) && reflect.DeepEqual(got.Facets, want.Facets) &&
			reflect.DeepEqual(got.Hits, want.Hits) && got.Total == want.Total {
			t.Errorf("%+v answered with the result of %+v", other, req)
		}
	}
	// So is the prefix flag (a trailing space ends the last word).
	typing := find(t, ix, Request{Query: "pelat"})
	if done := find(t, ix, Request{Query: "pelat "}); reflect.DeepEqual(urls(typing), urls(done)) && typing.Total == done.Total {
		t.Errorf(`"pelat " answered with the result of "pelat": %v`, urls(done))
	}
	doc := Document{URL: "/modul/baru/", Title: "Pelatihan pelatihan pelatihan", Body: "Pelatihan bagi pelatih.", Type: "modul"}
	if _, err := ix.Update([]Document{doc}, nil); err != nil {
		t.Fatal(err)
	}
	if after := find(t, ix, req); after.Total != fresh.Total+1 || !slices.Contains(urls(after), doc.URL) {
		t.Errorf("after Update: %d hits %v, want %d with %s", after.Total, urls(after), fresh.Total+1, doc.URL)
	}
}

func TestResultCacheBoundAndRecency(t *testing.T) {
	var c resultCache
	for i := range maxCachedResults {
		c.put(1, fmt.Sprint(i), &Result{Total: uint64(i)})
	}
	if _, ok := c.get(1, "0"); !ok { // used: now the most recent
		t.Fatal("entry 0 missing")
	}
	c.put(1, "new", &Result{})
	if c.len() != maxCachedResults {
		t.Errorf("cache holds %d results, bound %d", c.len(), maxCachedResults)
	}
	if _, ok := c.get(1, "1"); ok {
		t.Error("the least recently used entry was kept")
	}
	if r, ok := c.get(1, "0"); !ok || r.Total != 0 {
		t.Error("a recently used entry was dropped")
	}
	if _, ok := c.get(2, "0"); ok {
		t.Error("a result of an older generation was served")
	}
}
