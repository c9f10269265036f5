package indexer

import (
	"fmt"
	"maps"
	"testing"
)

func TestHashesRoundTrip(t *testing.T) {
	hashes := map[string]string{}
	for i := range 300 {
		hashes[fmt.Sprintf("/modul/pelatihan-%03d/", i)] = digest(fmt.Sprint("h", i))
	}
	hashes["/"] = digest("root")
	pending := map[string]string{
		"/modul/pelatihan-007/": "",                // deleted
		"/modul/pelatihan-008/": digest("changed"), // changed
		"/survei/baru/":         digest("new"),     // added
	}
	got := decodeHashes(encodeHashes(hashes, pending))
	want := maps.Clone(hashes)
	applyHashes(want, pending)
	if !maps.Equal(got, want) {
		t.Fatalf("decoded %d entries, want %d; equal: %v", len(got), len(want), maps.Equal(got, want))
	}
	if len(decodeHashes(encodeHashes(nil, nil))) != 0 {
		t.Error("empty table decodes to entries")
	}
}

// An index written before the compact table still knows its hashes:
// the old lines are read and their hashes digested.
func TestHashesLineFormat(t *testing.T) {
	got := decodeHashes([]byte("/a/\tabc123\n/b/\tauto:ff00\n"))
	want := map[string]string{"/a/": digest("abc123"), "/b/": digest("auto:ff00")}
	if !maps.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A damaged table gives the entries before the damage, never a panic.
func TestHashesDamaged(t *testing.T) {
	hashes := map[string]string{}
	for i := range 50 {
		hashes[fmt.Sprintf("/p/%02d/", i)] = digest(fmt.Sprint(i))
	}
	data := encodeHashes(hashes, nil)
	for n := range len(data) {
		got := decodeHashes(data[:n])
		for url, h := range got {
			if hashes[url] != h {
				t.Fatalf("cut at %d: %q -> %x, want %x", n, url, h, hashes[url])
			}
		}
	}
	if len(decodeHashes(data)) != 50 {
		t.Error("whole table lost entries")
	}
}
