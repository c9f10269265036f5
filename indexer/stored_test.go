package indexer

import (
	"slices"
	"testing"
)

// A page of hits reads every hit's text into one buffer in turn (see
// stored): each hit's fragments and sections are the ones it has when it
// is read alone.
func TestHitsKeepNothingOfTheSharedText(t *testing.T) {
	ix := testIndex(t, Options{})
	for _, q := range []string{"pelatihan", "pegawai", "pelatihan pegawai"} {
		all := find(t, ix, Request{Query: q, Highlight: true, Size: 10})
		if len(all.Hits) < 3 {
			t.Fatalf("%q: %d hits, want at least 3", q, len(all.Hits))
		}
		for i, h := range all.Hits {
			ix.rc = resultCache{}
			one := find(t, ix, Request{Query: q, Highlight: true, Size: 1, Page: i + 1})
			if len(one.Hits) != 1 || one.Hits[0].URL != h.URL {
				t.Fatalf("%q hit %d alone: %v, want %s", q, i, urls(one), h.URL)
			}
			a := one.Hits[0]
			if !slices.Equal(a.Fragments, h.Fragments) || !slices.Equal(a.Sections, h.Sections) {
				t.Errorf("%q hit %d (%s) among others:\n%q %v\nalone:\n%q %v", q, i, h.URL, h.Fragments, h.Sections, a.Fragments, a.Sections)
			}
		}
	}
}
