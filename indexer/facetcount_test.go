package indexer

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
)

// bleveFacets counts facets the way bleve does, from the doc values of
// the facet field of every match: the reference for the facet table.
func bleveFacets(t *testing.T, ix *Index, req Request) []Facet {
	t.Helper()
	pl, err := newPlan(req)
	if err != nil {
		t.Fatal(err)
	}
	sr := bleve.NewSearchRequestOptions(ix.compile(pl.query, ix.groups(pl.query), pl.filters), 1, 0, false)
	sr.AddFacet(fFacet, bleve.NewFacetRequest(fFacet, facetTerms))
	res, err := ix.bi.Search(sr)
	if err != nil {
		t.Fatal(err)
	}
	return facetsOf(res.Facets)
}

// facetsOf splits bleve's counts of the combined facet field.
func facetsOf(fr search.FacetResults) []Facet {
	byName := map[string][]FacetValue{}
	counts := map[string]int{}
	if r := fr[fFacet]; r != nil && r.Terms != nil {
		for _, t := range r.Terms.Terms() {
			for _, part := range strings.Split(t.Term, facetSep) {
				counts[part] += t.Count
			}
		}
	}
	for part, n := range counts {
		name, value, _ := strings.Cut(part, ":")
		byName[name] = append(byName[name], FacetValue{Value: value, Count: n})
	}
	return facetList(byName)
}

// The facet table counts what bleve counts, for broad and narrow queries,
// filters, no match at all, and after updates and deletions (a new
// snapshot: the table is made again).
func TestFacetTableCountsAsBleve(t *testing.T) {
	ix := testIndex(t, Options{})
	reqs := []Request{{Query: "pelatihan"}, {Query: "pelat"}, {Query: ""}, {Query: `"survei kepuasan"`},
		{Query: "pelatihan", Type: "modul"}, {Query: "kinerja -pelatihan"}, {Query: "zzzzqqq "}, {Query: "tahun:2025 asn"}}
	check := func(stage string) {
		t.Helper()
		for _, req := range reqs {
			ix.fc.invalidate()
			got := find(t, ix, req).Facets
			if want := bleveFacets(t, ix, req); !reflect.DeepEqual(got, want) {
				t.Errorf("%s, %+v:\ntable %v\nbleve %v", stage, req, got, want)
			}
		}
	}
	check("built")
	before := ix.ft.table
	doc := Document{URL: "/modul/baru/", Title: "Pelatihan kinerja", Body: "Pelatihan untuk pegawai.", Type: "modul",
		Tags: []string{"Pelatihan", "baru"}, Date: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)}
	if _, err := ix.Update([]Document{doc}, nil); err != nil {
		t.Fatal(err)
	}
	check("after an update")
	if ix.ft.table == before {
		t.Error("the facet table of the old snapshot was used after an update")
	}
	if _, err := ix.Update(nil, []string{doc.URL, "/panduan/keamanan-informasi/"}); err != nil {
		t.Fatal(err)
	}
	check("after deletions")
}
