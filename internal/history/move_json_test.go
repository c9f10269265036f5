package history

import (
	"encoding/json"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestMoveJSON: a moved block is "op": "move" with both places, named by
// section and title; an edited move carries its word changes.
func TestMoveJSON(t *testing.T) {
	ar, err := txtar.ParseFile("testdata/moved.txtar")
	if err != nil {
		t.Fatal(err)
	}
	in := map[string]string{}
	for _, f := range ar.Files {
		in[f.Name] = string(f.Data)
	}
	b, err := Compare(parseBlocks(t, in["old"]), parseBlocks(t, in["new"])).JSON()
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Blocks []struct {
			Kind, Op string
			From, To *Place
			Spans    []Span
		}
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	var moves []string
	edited := false
	for _, c := range got.Blocks {
		if c.Kind != KindMoved {
			if c.Op != "" {
				t.Errorf("%s block has op %q", c.Kind, c.Op)
			}
			continue
		}
		if c.Op != "move" || c.From == nil || c.To == nil {
			t.Fatalf("moved block without op and places: %+v", c)
		}
		moves = append(moves, c.From.Title+" -> "+c.To.Title)
		edited = edited || len(c.Spans) > 0
	}
	if want := "Pasal 1 -> Pasal 2,Pasal 1 -> Pasal 2"; strings.Join(moves, ",") != want {
		t.Errorf("moves = %v, want %s", moves, want)
	}
	if !edited || !strings.Contains(string(b), `"from":{"index":3,"section":"pasal-1","title":"Pasal 1"}`) {
		t.Errorf("JSON lacks the edited move's spans or its old place:\n%s", b)
	}
}
