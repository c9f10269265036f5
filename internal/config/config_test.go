package config

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestDefaults(t *testing.T) {
	c, err := Load(filepath.Join(t.TempDir(), "missing.yaml"), "config.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if c.Title != "Pustaka" || c.Lang != "id" || c.Theme != "default" || c.Search.Index != ".pustaka/index" || !c.UseGit() || !c.Search.LogSearches() || c.Markdown.Large != 256<<10 {
		t.Errorf("defaults = %+v", c)
	}
}

func TestParse(t *testing.T) {
	src := "title: Situs\nlang: en\ntypes:\n  blog: page\nmarkdown:\n  unsafe: true\nhistory:\n  git: false\n"
	c, err := Parse([]byte(src), "config.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if c.Title != "Situs" || c.Lang != "en" || c.Types["blog"] != "page" || !c.Markdown.Unsafe || c.UseGit() {
		t.Errorf("got %+v", c)
	}
}

func TestSearchLogSwitch(t *testing.T) {
	for src, want := range map[string]bool{"search:\n  log: false\n": false, "search:\n  log: true\n": true, "search: {index: x}\n": true} {
		c, err := Parse([]byte(src), "config.yaml")
		if err != nil || c.Search.LogSearches() != want {
			t.Errorf("%q: LogSearches %v, %v; want %v", src, c.Search.LogSearches(), err, want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"titel: x\n", `config.yaml:1:1: unknown key "titel"`},
		{"lang: fr\n", `config.yaml: lang: want one of id, en; got "fr"`},
		{"title: x\nmarkdown:\n  unsafe: maybe\n", `config.yaml:3:11: markdown.unsafe: want true or false`},
		{"feed:\n  limit: banyak\n", `config.yaml:2:10: feed.limit: want a whole number`},
		{"types:\n  blog: diary\n", `config.yaml: types.blog: want one of policy, training, evaluation, page; got "diary"`},
		{"search: [a]\n", `config.yaml:1:9: search: want a mapping of keys`},
		{"search:\n  log: maybe\n", `config.yaml:2:8: search.log: want true or false`},
		{"markdown:\n  large: besar\n", `config.yaml:2:10: markdown.large: want a size such as 256KB or 2MB`},
		{"markdown:\n  large: -5KB\n", `config.yaml:2:10: markdown.large: want a size such as 256KB or 2MB`},
		{"markdown:\n  large: [1]\n", `config.yaml:2:10: markdown.large: want a size such as 256KB or 2MB`},
	} {
		_, err := Parse([]byte(tc.src), "config.yaml")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q) = %v, want %q", tc.src, err, tc.want)
		}
	}
}

func TestSizes(t *testing.T) {
	for src, want := range map[string]Size{"300000": 300000, "256KB": 256 << 10, "2 MB": 2 << 20, "512kib": 512 << 10, "1m": 1 << 20, "700B": 700} {
		c, err := Parse([]byte("markdown:\n  large: "+src+"\n"), "config.yaml")
		if err != nil || c.Markdown.Large != want {
			t.Errorf("large: %s: got %d, %v; want %d", src, c.Markdown.Large, err, want)
		}
	}
}
