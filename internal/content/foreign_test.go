package content

import (
	"reflect"
	"testing"
)

// TestForeignKeysRead checks what the foreign case's golden lines do not
// show: the values read from other generators' keys.
func TestForeignKeysRead(t *testing.T) {
	src := "---\nid: intro\ntitle: Perkenalan\nsidebar_position: 2\ndescription: Langkah pertama.\nauthor: Siti Aminah\nlayout: {name: docs}\nvue_version: 2.6\n---\nIsi.\n"
	p, diags := Parse("docs/intro.md", []byte(src), Config{})
	if diags.Errors() != 0 || diags.Warnings() != 3 {
		t.Errorf("diags = %v, want 3 warnings (id, layout, vue_version)", diags)
	}
	if p.Weight != 2 || p.Summary != "Langkah pertama." || !reflect.DeepEqual(p.Authors, []string{"Siti Aminah"}) {
		t.Errorf("weight %d, summary %q, authors %q", p.Weight, p.Summary, p.Authors)
	}
	want := map[string]any{"id": "intro", "layout": map[string]any{"name": "docs"}, "vue_version": 2.6}
	if !reflect.DeepEqual(p.Params, want) {
		t.Errorf("params = %#v, want %#v", p.Params, want)
	}
	for _, d := range diags {
		if d.Kind != KindKey {
			t.Errorf("%v: kind %q, want key", d, d.Kind)
		}
	}
}
