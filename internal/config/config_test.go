package config

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tubei/pustaka/internal/message"
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
	if c.Title != "Situs" || c.Lang != "en" || c.Types["blog"] != "page" || c.Markdown.HTML != "unsafe" || c.UseGit() {
		t.Errorf("got %+v", c)
	}
}

// TestHTMLMode reads markdown.html, its default and the older
// markdown.unsafe.
func TestHTMLMode(t *testing.T) {
	for src, want := range map[string]string{
		"title: x\n": "safe", "markdown:\n  html: escape\n": "escape", "markdown:\n  html: unsafe\n": "unsafe",
		"markdown:\n  unsafe: true\n": "unsafe", "markdown:\n  unsafe: false\n": "safe",
		"markdown:\n  unsafe: true\n  html: unsafe\n": "unsafe",
	} {
		c, err := Parse([]byte(src), "config.yaml")
		if err != nil || c.Markdown.HTML != want {
			t.Errorf("%q: html %q, %v; want %q", src, c.Markdown.HTML, err, want)
		}
	}
	if c := Default(); c.Markdown.HTML != "safe" {
		t.Errorf("default html %q, want safe", c.Markdown.HTML)
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
		{"lang: fr\n", `config.yaml:1:7: lang: want one of id, en; got "fr"`},
		{"title: x\nmarkdown:\n  unsafe: maybe\n", `config.yaml:3:11: markdown.unsafe: want true or false`},
		{"feed:\n  limit: banyak\n", `config.yaml:2:10: feed.limit: want a whole number`},
		{"types:\n  blog: diary\n", `config.yaml:2:9: types.blog: want one of policy, training, evaluation, page; got "diary"`},
		{"import:\n  type: {guide: tutorial}\n", `config.yaml:2:17: import.type.guide: want one of policy, training, evaluation, page; got "tutorial"`},
		{"title: x\nbaseURL https://x.go.id\nlang: id\n", `config.yaml:2:1: invalid YAML: no colon after the key in "baseURL https://x.go.id"; write key: value`},
		{"title: x\noffline true\nlang: id\n", `config.yaml:2:1: invalid YAML: no colon after the key in "offline true"; write key: value`},
		{"search: [a]\n", `config.yaml:1:9: search: want a mapping of keys`},
		{"search:\n  log: maybe\n", `config.yaml:2:8: search.log: want true or false`},
		{"markdown:\n  large: besar\n", `config.yaml:2:10: markdown.large: want a size such as 256KB or 2MB`},
		{"markdown:\n  large: -5KB\n", `config.yaml:2:10: markdown.large: want a size such as 256KB or 2MB`},
		{"markdown:\n  large: [1]\n", `config.yaml:2:10: markdown.large: want a size such as 256KB or 2MB`},
		{"markdown:\n  html: aman\n", `config.yaml:2:9: markdown.html: want one of safe, escape, unsafe; got "aman"`},
		{"markdown:\n  html: [safe]\n", `config.yaml:2:9: markdown.html: want a string`},
		{"markdown:\n  html: escape\n  unsafe: true\n", `config.yaml:3:11: markdown.unsafe: want one of false (markdown.html: escape); got true`},
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

// TestProblemsApart: every mistake of a config file is a problem of its
// own, at its line and column, in the order of the file, worded in
// either language.
func TestProblemsApart(t *testing.T) {
	src := "titel: x\nlang: fr\nmarkdown:\n  unsafe: mungkin\ntypes:\n  blog: diary\n"
	_, err := Parse([]byte(src), "config.yaml")
	var ce *Error
	if !errors.As(err, &ce) {
		t.Fatalf("Parse = %v, want an *Error", err)
	}
	var got []string
	for _, p := range ce.Problems {
		got = append(got, fmt.Sprintf("%d:%d %s", p.Line, p.Col, p.Msg.In(message.ID)))
	}
	want := []string{
		`1:1 kunci "titel" tidak dikenal`,
		`2:7 lang: seharusnya salah satu dari id, en; tertulis "fr"`,
		`4:11 markdown.unsafe: seharusnya true atau false`,
		`6:9 types.blog: seharusnya salah satu dari policy, training, evaluation, page; tertulis "diary"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if lines := strings.Split(err.Error(), "\n"); len(lines) != 4 || lines[0] != `config.yaml:1:1: unknown key "titel"` {
		t.Errorf("Error() = %q, want one line a problem", err.Error())
	}
}
