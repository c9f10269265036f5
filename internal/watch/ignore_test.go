package watch

import "testing"

func TestIgnored(t *testing.T) {
	tests := []struct {
		rel  string
		want bool
	}{
		{"content/kebijakan/x.md", false},
		{"config.yaml", false},
		{"themes/default/layouts/base.html", false},
		{"data/unit.yaml", false},
		{"content/kebijakan/.x.md.swp", true},
		{"content/kebijakan/.x.md.swx", true},
		{"content/kebijakan/.x.md.swo", true},
		{"content/kebijakan/4913", true},
		{"content/kebijakan/x.md~", true},
		{"content/kebijakan/.#x.md", true},
		{"content/kebijakan/#x.md#", true},
		{"content/.goutputstream-ABC123", true},
		{"content/x.md.jb_tmp___", false},
		{"content/jb_tmp___x.md", true},
		{"content/jb_old___x.md", true},
		{".DS_Store", true},
		{"data/.~lock.anggaran.ods#", true},
		{"data/~$anggaran.xlsx", true},
		{"content/x.md.kate-swp", true},
		{"data/anggaran.ods", false},
		{"content/x.md.tmp", true},
		{".git/index", true},
		{".git", true},
		{"themes/default/.git/HEAD", true},
		{".pustaka/history/x", true},
		{"public/index.html", true},
		{"public", true},
		{"content/public-service.md", false},
		{"content/publik/public.md", false},
		{"node_modules/a/b.js", true},
		{"themes/default/node_modules/x.css", true},
		{"content/#note.md", false},
		{"content/catatan#1.md", false},
	}
	for _, tt := range tests {
		if got := Ignored(tt.rel); got != tt.want {
			t.Errorf("Ignored(%q) = %v, want %v", tt.rel, got, tt.want)
		}
	}
}

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
