package history

import (
	"context"
	"slices"
	"testing"
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
