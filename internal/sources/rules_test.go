package sources

import "testing"

func TestNoise(t *testing.T) {
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
		{"content/public/x.md", false},
		{"node_modules/a/b.js", true},
		{"themes/default/node_modules/x.css", true},
		{"content/#note.md", false},
		{"content/catatan#1.md", false},
	}
	for _, tt := range tests {
		if got := Noise(tt.rel); got != tt.want {
			t.Errorf("Noise(%q) = %v, want %v", tt.rel, got, tt.want)
		}
	}
}

func TestContent(t *testing.T) {
	for p, want := range map[string]bool{
		"kebijakan/x.md":          true,
		"x.markdown":              true,
		"_index.md":               true,
		"public/x.md":             true, // a section named public, not the output
		"kebijakan/x.txt":         false,
		"kebijakan/.x.md":         false,
		".draf/x.md":              false,
		"kebijakan/.x.md.tmp4242": false,
		"kebijakan/x.md~":         false,
		"~$x.md":                  false,
		"node_modules/a/x.md":     false,
		"kebijakan":               false,
	} {
		if got := Content(p); got != want {
			t.Errorf("Content(%q) = %v, want %v", p, got, want)
		}
	}
}

func TestRulesIgnored(t *testing.T) {
	r := NewRules("config.yaml", "", ".pustaka-data/akar.txt", "data/sinonim.txt")
	for rel, want := range map[string]bool{
		"content/kebijakan/x.md":          false,
		"content/kebijakan/.x.md.swp":     true,
		"content/kebijakan/.x.md.tmp4242": true,
		"content/.draf/x.md":              true,
		"static/.htaccess":                true,
		"themes/default/layouts/a":        false,
		"layouts/single.html":             false,
		"static/logo.png":                 false,
		"data/sinonim.txt":                false,
		"config.yaml":                     false,
		"config.yaml~":                    true,
		".pustaka-data":                   false, // leads to a data file, even hidden
		".pustaka-data/akar.txt":          false,
		".pustaka-data/lain.txt":          true,
		"public/index.html":               true,
		".pustaka/index/x":                true,
		"internal/site/site.go":           true,
		"README.md":                       true,
		".git/HEAD":                       true,
	} {
		if got := r.Ignored(rel); got != want {
			t.Errorf("Ignored(%q) = %v, want %v", rel, got, want)
		}
	}
	if got := r.Data(); len(got) != 2 || got[0] != ".pustaka-data/akar.txt" || got[1] != "data/sinonim.txt" {
		t.Errorf("Data() = %q", got)
	}
}
