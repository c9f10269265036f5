package watch

import "testing"

func TestOpString(t *testing.T) {
	tests := map[Op]string{
		Create:         "CREATE",
		Write:          "WRITE",
		Remove:         "REMOVE",
		Rename:         "RENAME",
		Create | Write: "CREATE|WRITE",
		0:              "NONE",
	}
	for op, want := range tests {
		if got := op.String(); got != want {
			t.Errorf("Op(%d).String() = %q, want %q", op, got, want)
		}
	}
	if got := (Event{Path: "a.md", Op: Write}).String(); got != "WRITE a.md" {
		t.Errorf("Event.String() = %q", got)
	}
}
