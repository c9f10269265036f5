package history

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

func ids(vs []Version) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = v.ID
	}
	return out
}

// TestShown: named versions, commits and the current file are listed;
// working states only on request, the last MaxWorking of them.
func TestShown(t *testing.T) {
	vs := []Version{
		{ID: "h:1", Label: "Draf I"}, {ID: "h:2", Label: "Draf I"}, // h:2 is Draf I
		{ID: "g:c1"}, // an unlabelled commit
		{ID: "h:3", Label: "Draf II"}, {ID: "h:4"}, {ID: "h:5"}, {ID: "h:6"}, {ID: "h:7"}, {ID: "h:8"}, {ID: "h:9"},
		{ID: CurrentID, Label: "Draf III"},
	}
	got, working := Shown(vs, false)
	if want := []string{"h:2", "g:c1", "h:3", CurrentID}; !slices.Equal(ids(got), want) || slices.Contains(working, true) {
		t.Errorf("published = %v (working %v), want %v", ids(got), working, want)
	}
	got, working = Shown(vs, true)
	want := []string{"h:2", "g:c1", "h:3", "h:5", "h:6", "h:7", "h:8", "h:9", CurrentID}
	if !slices.Equal(ids(got), want) {
		t.Fatalf("with working states = %v, want %v", ids(got), want)
	}
	for i, v := range got {
		if w := v.ID >= "h:4" && v.ID <= "h:9"; working[i] != w {
			t.Errorf("%s: working = %v, want %v", v.ID, working[i], w)
		}
	}
}

func TestFindAndPrevious(t *testing.T) {
	vs := []Version{{ID: "h:aaaa1", Label: "Draf I"}, {ID: "h:bbbb2", Label: "Draf II"}, {ID: "h:cccc3", Label: "Draf II"}, {ID: CurrentID, Label: "Draf III"}}
	src := &Sources{Dir: t.TempDir()}
	parse := func([]byte) (string, string) { return "", "" }
	for name, want := range map[string]string{"draf ii": "h:cccc3", "bbbb": "h:bbbb2", "h:aaaa1": "h:aaaa1", "terkini": CurrentID, "": CurrentID} {
		v, err := src.Find(context.Background(), vs, "content/x.md", name, parse)
		if err != nil || v.ID != want {
			t.Errorf("Find(%q) = %s, %v; want %s", name, v.ID, err, want)
		}
	}
	if _, err := src.Find(context.Background(), vs, "content/x.md", "Draf IX", parse); err == nil {
		t.Error("Find of an unknown version gave no error")
	}
	if v, _ := PreviousNamed(vs, vs[3]); v.ID != "h:cccc3" {
		t.Errorf("PreviousNamed = %s, want the last state of Draf II", v.ID)
	}
}

// TestOfCommitAfterRecord: the store recorded the file's state (dated by
// the file, no author) before that state was committed; the current
// version takes the commit's author, message and date, not the recorded
// state's date (whose ID it keeps, so a cache keyed by IDs and dates
// alone missed the commit). So too when the file's time is older than
// the commits (a copy that kept its files' times), and when the file
// returned to an earlier content and that was committed.
func TestOfCommitAfterRecord(t *testing.T) {
	at := func(h int) time.Time { return time.Date(2026, 2, 20, h, 0, 0, 0, time.UTC) }
	const a, b = "versi A\n", "versi B\n"
	for _, tc := range []struct {
		name     string
		recorded time.Time
		git      []Version
		want     []string // the IDs listed
		author   string
		date     time.Time
	}{
		{"recorded, then committed", at(8), []Version{
			{ID: "g:1", Source: []byte(b), Author: "Ani", Date: at(7)},
			{ID: "g:2", Source: []byte(a), Author: "Budi", Date: at(9), Message: "Draf A"},
		}, []string{"g:1", CurrentID}, "Budi", at(9)},
		{"the file older than the commits", at(6), []Version{
			{ID: "g:1", Source: []byte(b), Author: "Ani", Date: at(7)},
			{ID: "g:2", Source: []byte(a), Author: "Budi", Date: at(9), Message: "Draf A"},
		}, []string{"g:1", CurrentID}, "Budi", at(9)},
		{"a committed return to A", at(11), []Version{
			{ID: "g:1", Source: []byte(a), Author: "Ani", Date: at(7)},
			{ID: "g:2", Source: []byte(b), Author: "Citra", Date: at(9)},
			{ID: "g:3", Source: []byte(a), Author: "Budi", Date: at(10), Message: "Draf A"},
		}, []string{"g:2", CurrentID}, "Budi", at(10)},
	} {
		st, err := OpenStore(filepath.Join(t.TempDir(), DefaultStoreDir))
		if err != nil {
			t.Fatal(err)
		}
		mustRecord(t, st, "content/x.md", a, Meta{Label: "A", Date: tc.recorded})
		src := Sources{Store: st, Git: map[string][]Version{"content/x.md": tc.git}}
		vs, errs := src.Of("content/x.md", Version{Source: []byte(a), Date: tc.recorded, Sum: hexOf([]byte(a))})
		last := vs[len(vs)-1]
		if len(errs) > 0 || !slices.Equal(ids(vs), tc.want) || last.Author != tc.author || last.Message != "Draf A" || !last.Date.Equal(tc.date) {
			t.Errorf("%s: versions %+v (%v), want %v, the current one by %s on %v", tc.name, vs, errs, tc.want, tc.author, tc.date)
		}
	}
}
