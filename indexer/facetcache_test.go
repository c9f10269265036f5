package indexer

import (
	"maps"
	"reflect"
	"slices"
	"testing"
	"time"
)

func TestNoFacets(t *testing.T) {
	ix := testIndex(t, Options{})
	with := find(t, ix, Request{Query: "pelatihan"})
	without := find(t, ix, Request{Query: "pelatihan", NoFacets: true})
	if without.Facets != nil {
		t.Errorf("NoFacets gave facets %v", without.Facets)
	}
	if len(with.Facets) != len(facetFields) {
		t.Errorf("facets %v, want %d", with.Facets, len(facetFields))
	}
	if !slices.Equal(urls(with), urls(without)) || with.Total != without.Total {
		t.Errorf("hits differ: %v (%d) vs %v (%d)", urls(with), with.Total, urls(without), without.Total)
	}
}

func TestFacetCacheExactAndInvalidated(t *testing.T) {
	ix := testIndex(t, Options{})
	for _, req := range []Request{{Query: "pelatihan"}, {Query: "pelatihan", Type: "modul"}, {Query: `"survei kepuasan"`}, {Query: "pelat"}, {}} {
		ix.fc.invalidate()
		first := find(t, ix, req) // counted
		if _, ok := ix.fc.get(facetKey(mustPlan(t, req))); !ok {
			t.Errorf("%+v: facets not cached", req)
		}
		first.Facets[0].Values = nil // callers may change their copy
		again := find(t, ix, req)    // from the cache
		ix.fc.invalidate()
		fresh := find(t, ix, req)
		if !reflect.DeepEqual(again.Facets, fresh.Facets) {
			t.Errorf("%+v: cached facets %v, counted %v", req, again.Facets, fresh.Facets)
		}
	}
	// A filter changes the match set, so it is part of the key.
	if a, b := facetCounts(find(t, ix, Request{Query: "pelatihan"}), "type"), facetCounts(find(t, ix, Request{Query: "pelatihan", Type: "modul"}), "type"); maps.Equal(a, b) {
		t.Errorf("type filter gave the unfiltered counts %v", b)
	}
	before := facetCounts(find(t, ix, Request{Query: "pelatihan"}), "type")["modul"]
	doc := Document{URL: "/modul/baru/", Title: "Pelatihan baru", Body: "Pelatihan untuk pegawai.", Type: "modul", Date: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)}
	if _, err := ix.Update([]Document{doc}, nil); err != nil {
		t.Fatal(err)
	}
	if after := facetCounts(find(t, ix, Request{Query: "pelatihan"}), "type")["modul"]; after != before+1 {
		t.Errorf("after Update modul count %d, want %d", after, before+1)
	}
	if _, err := ix.Update(nil, []string{doc.URL}); err != nil {
		t.Fatal(err)
	}
	if after := facetCounts(find(t, ix, Request{Query: "pelatihan"}), "type")["modul"]; after != before {
		t.Errorf("after delete modul count %d, want %d", after, before)
	}
}

func TestFacetCachePutAfterChangeIgnored(t *testing.T) {
	var c facetCache
	gen := c.generation()
	c.invalidate()
	c.put(gen, "k", []Facet{{Name: "type"}})
	if _, ok := c.get("k"); ok {
		t.Error("facets counted before a change were cached after it")
	}
	for i := range maxCachedFacets + 1 {
		c.put(c.generation(), string(rune('a'+i)), nil)
	}
	if n := len(c.entries); n > maxCachedFacets {
		t.Errorf("cache holds %d entries, bound %d", n, maxCachedFacets)
	}
}

// mustPlan returns the parsed query and filters of req.
func mustPlan(t *testing.T, req Request) (*parsedQuery, []filter) {
	t.Helper()
	pl, err := newPlan(req)
	if err != nil {
		t.Fatal(err)
	}
	return pl.query, pl.filters
}

func TestFacetCountsOfRepeatedValues(t *testing.T) {
	ix, err := Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	docs := []Document{
		{URL: "/a/", Title: "arsip satu", Type: "modul", Tags: []string{"Arsip", "arsip", "digital"}},
		{URL: "/b/", Title: "arsip dua", Type: "modul", Tags: []string{"digital", "arsip"}},
		{URL: "/c/", Title: "arsip tiga", Type: "panduan", Competencies: []string{"teknis"}},
	}
	if _, err := ix.Sync(docs); err != nil {
		t.Fatal(err)
	}
	res := find(t, ix, Request{Query: "arsip"})
	for name, want := range map[string]map[string]int{
		"type":       {"modul": 2, "panduan": 1},
		"tag":        {"arsip": 2, "digital": 2},
		"competency": {"teknis": 1},
	} {
		if got := facetCounts(res, name); !maps.Equal(got, want) {
			t.Errorf("%s facet %v, want %v", name, got, want)
		}
	}
}
