// Package config reads a site's config.yaml.
//
// Every key is optional; a folder holding only content/ builds with the
// defaults below. Keys:
//
//	title:       site title (default "Pustaka")
//	description: one sentence for the home page and feeds
//	baseURL:     absolute URL the site is published at, for the sitemap and
//	             feed ("https://pustaka.example.go.id"); "" writes
//	             site-relative links
//	lang:        default language of pages, "id" (default) or "en"
//	editURL:     prefix of an edit link for a page's source file, e.g.
//	             "https://git.example.go.id/tubei/pustaka/edit/main/"; the
//	             page's file ("content/x.md") is appended. "" shows no link
//	offline:     true adds a service worker that keeps the pages a reader
//	             opened for reading without a connection (default false)
//	theme:       theme name (default "default"); themes/<name>/ in the site
//	             folder overrides the theme embedded in the binary
//	types:       section folder -> document type (policy, training,
//	             evaluation, page); default kebijakan, pelatihan, evaluasi
//	markdown:
//	  html:      what becomes of raw HTML in Markdown: "safe" (default)
//	             keeps an allow-list of elements and attributes (no
//	             script, style, frame, form or event handler; links and
//	             images with safe URLs only) and drops the other tags,
//	             keeping their text; "escape" shows tags as text;
//	             "unsafe" passes them through as written
//	  unsafe:    true is the older spelling of html: unsafe
//	  tocMin:    headings needed before a page gets a table of contents
//	  large:     size of a document's Markdown from which it is a large
//	             document (default 256KB; a number of bytes or a size
//	             such as 512KB or 2MB, 1KB = 1,024 bytes): its table of
//	             contents stands at the top of the page on every screen,
//	             compact (a chapter's articles as one line of numbers:
//	             "Pasal 1 2 3"), and the browser lays its text out as the
//	             reader reaches it (CSS content-visibility)
//	search:
//	  index:     folder of the search index (default .pustaka/index); never
//	             inside the output folder
//	  roots:     file of extra Indonesian root words and exceptions
//	  synonyms:  file of extra synonym groups, one comma-separated group a line
//	  log:       false stops `pustaka serve` recording the searches that found
//	             nothing and the "Maksud Anda" suggestions taken (default
//	             true; see internal/searchlog and `pustaka search-log`)
//	history:
//	  dir:       folder of recorded document versions (default .pustaka/history)
//	  git:       read versions from git when the site is in a repository
//	             (default true)
//	feed:
//	  limit:     entries in the Atom feed (default 20)
//	import:      front matter of content written for another generator:
//	  keys:      key -> Pustaka key it means ({judul: title, urutan: order})
//	  type:      value of "type" -> Pustaka type ({guide: training,
//	             cookbook: page}); an unknown type is a warning and the
//	             document a plain page
//	strict:      true makes broken links and anchors errors, as
//	             `pustaka check` and `build --strict` do (default false:
//	             warnings, and the link is shown as broken)
package config

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/tubei/pustaka/internal/content"
	"github.com/tubei/pustaka/internal/message"
)

// Config is a site's configuration with defaults filled in.
type Config struct {
	Title       string            `yaml:"title"`
	Description string            `yaml:"description"`
	BaseURL     string            `yaml:"baseURL"`
	Lang        string            `yaml:"lang"`
	EditURL     string            `yaml:"editURL"`
	Offline     bool              `yaml:"offline"`
	Theme       string            `yaml:"theme"`
	Types       map[string]string `yaml:"types"`
	Markdown    Markdown          `yaml:"markdown"`
	Search      Search            `yaml:"search"`
	History     History           `yaml:"history"`
	Feed        Feed              `yaml:"feed"`
	Strict      bool              `yaml:"strict"`
	Import      Import            `yaml:"import"`
}

// Import maps the front matter of content written for another generator
// to Pustaka's.
type Import struct {
	Keys map[string]string `yaml:"keys"` // a key as written -> the Pustaka key it means
	Type map[string]string `yaml:"type"` // a value of "type" -> a Pustaka type
}

// Markdown holds rendering options.
type Markdown struct {
	HTML   string `yaml:"html"` // safe, escape or unsafe; see the package doc
	Unsafe bool   `yaml:"unsafe"`
	TOCMin int    `yaml:"tocMin"`
	Large  Size   `yaml:"large"`
}

// DefaultLarge is the default of markdown.large: a regulation converted
// from PDF passes it at about a hundred articles.
const DefaultLarge Size = 256 << 10

// Size is a number of bytes, written in config.yaml as a number or with a
// unit: 300KB, 2MB (powers of 1,024; KiB and MiB are read alike).
type Size int64

// UnmarshalYAML reads a size; see Size.
func (z *Size) UnmarshalYAML(n *yaml.Node) error {
	v, err := ParseSize(n.Value)
	if err != nil || n.Kind != yaml.ScalarNode {
		return errors.New("want a size")
	}
	*z = v
	return nil
}

// ParseSize reads a size such as "256KB", "2 MB" or "300000" (bytes).
func ParseSize(s string) (Size, error) {
	num := strings.TrimSpace(s)
	unit := Size(1)
	upper := strings.ToUpper(num)
	for _, u := range []struct {
		suffix string
		size   Size
	}{{"KIB", 1 << 10}, {"MIB", 1 << 20}, {"KB", 1 << 10}, {"MB", 1 << 20}, {"K", 1 << 10}, {"M", 1 << 20}, {"B", 1}} {
		if strings.HasSuffix(upper, u.suffix) {
			num, unit = strings.TrimSpace(num[:len(num)-len(u.suffix)]), u.size
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n <= 0 || n > 1<<40/int64(unit) {
		return 0, fmt.Errorf("want a size such as 256KB or 2MB, got %q", s)
	}
	return Size(n) * unit, nil
}

// Search holds search index options; paths are relative to the site folder.
type Search struct {
	Index    string `yaml:"index"`
	Roots    string `yaml:"roots"`
	Synonyms string `yaml:"synonyms"`
	Log      *bool  `yaml:"log"`
}

// LogSearches reports whether the server records searches that found
// nothing (search.log, default true).
func (s Search) LogSearches() bool { return s.Log == nil || *s.Log }

// History holds version history options; paths are relative to the site folder.
type History struct {
	Dir string `yaml:"dir"`
	Git *bool  `yaml:"git"`
}

// Feed holds Atom feed options.
type Feed struct {
	Limit int `yaml:"limit"`
}

// Default returns the configuration of a site without config.yaml.
func Default() *Config {
	c := &Config{}
	c.fill()
	return c
}

// UseGit reports whether versions are read from git.
func (c *Config) UseGit() bool { return c.History.Git == nil || *c.History.Git }

func (c *Config) fill() {
	if c.Title == "" {
		c.Title = "Pustaka"
	}
	if c.Lang == "" {
		c.Lang = "id"
	}
	if c.Theme == "" {
		c.Theme = "default"
	}
	if c.Markdown.HTML == "" {
		c.Markdown.HTML = "safe"
		if c.Markdown.Unsafe {
			c.Markdown.HTML = "unsafe"
		}
	}
	if c.Markdown.TOCMin == 0 {
		c.Markdown.TOCMin = 4
	}
	if c.Markdown.Large == 0 {
		c.Markdown.Large = DefaultLarge
	}
	if c.Search.Index == "" {
		c.Search.Index = ".pustaka/index"
	}
	if c.History.Dir == "" {
		c.History.Dir = ".pustaka/history"
	}
	if c.Feed.Limit == 0 {
		c.Feed.Limit = 20
	}
}

// Load reads the file at path. A missing file gives the defaults; name is
// the file name used in error messages ("config.yaml").
func Load(path, name string) (*Config, error) {
	src, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Default(), nil
	}
	if err != nil {
		return nil, err
	}
	return Parse(src, name)
}

// Problem is one mistake in a config file, at its 1-based line and
// column.
type Problem struct {
	Line, Col int
	Msg       message.Text // what is wrong, with the offending text
}

// Error is a config file that cannot be used: every mistake found in
// it, in the order of the file. Its Error method words them in English,
// one "file:line:col: msg" a line; a build reports each as a problem of
// its own.
type Error struct {
	File     string // the name the problems are reported under ("config.yaml")
	Problems []Problem
}

// Error words e in English, one problem a line.
func (e *Error) Error() string {
	lines := make([]string, len(e.Problems))
	for i, t := range e.Lines() {
		lines[i] = t.String()
	}
	return strings.Join(lines, "\n")
}

// Lines are e's problems, each "file:line:col: msg".
func (e *Error) Lines() []message.Text {
	ts := make([]message.Text, len(e.Problems))
	for i, p := range e.Problems {
		ts[i] = message.New(message.Position, fmt.Sprintf("%s:%d:%d", e.File, p.Line, p.Col), p.Msg)
	}
	return ts
}

// Text is e's problems (Lines) separated by "; ", for a message of one
// line.
func (e *Error) Text() message.Text { return message.New(message.Problems, e.Lines()) }

// Parse decodes config source. Unknown keys, values of the wrong type and
// YAML syntax errors come back as an *Error naming name:line:col for each
// mistake; all of them are reported at once.
func Parse(src []byte, name string) (*Config, error) {
	c := &Config{}
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		line, col, msg := content.YAMLSyntax(src, err)
		return nil, &Error{File: name, Problems: []Problem{{line, col, msg}}}
	}
	if len(doc.Content) == 0 {
		c.fill()
		return c, nil
	}
	var ps []Problem
	nodes := map[string]*yaml.Node{}
	decodeInto(reflect.ValueOf(c).Elem(), doc.Content[0], "", nodes, &ps)
	at := func(n *yaml.Node, key message.Key, args ...any) {
		ps = append(ps, Problem{n.Line, n.Column, message.New(key, args...)})
	}
	if c.Lang != "id" && c.Lang != "en" && c.Lang != "" {
		at(nodes["lang"], message.WantOneOf, "lang", "id, en", strconv.Quote(c.Lang))
	}
	switch c.Markdown.HTML {
	case "safe", "escape", "unsafe":
		if c.Markdown.Unsafe && c.Markdown.HTML != "unsafe" {
			at(nodes["markdown.unsafe"], message.WantOneOf, "markdown.unsafe", "false (markdown.html: "+c.Markdown.HTML+")", "true")
		}
	case "":
	default:
		at(nodes["markdown.html"], message.WantOneOf, "markdown.html", "safe, escape, unsafe", strconv.Quote(c.Markdown.HTML))
	}
	for dir, typ := range c.Types {
		switch typ {
		case "policy", "training", "evaluation", "page":
		default:
			at(entryValue(nodes["types"], dir), message.WantOneOf, "types."+dir, "policy, training, evaluation, page", strconv.Quote(typ))
		}
	}
	for from, typ := range c.Import.Type {
		switch typ {
		case "policy", "training", "evaluation", "page", "kebijakan", "pelatihan", "evaluasi":
		default:
			at(entryValue(nodes["import.type"], from), message.WantOneOf, "import.type."+from, "policy, training, evaluation, page", strconv.Quote(typ))
		}
	}
	if len(ps) > 0 {
		slices.SortStableFunc(ps, func(a, b Problem) int { return cmp.Or(a.Line-b.Line, a.Col-b.Col) })
		return nil, &Error{File: name, Problems: ps}
	}
	c.fill()
	return c, nil
}

// entryValue returns the value node of key in the mapping node m; m
// itself when there is none (so a problem still has a position).
func entryValue(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return m
}

// decodeInto decodes a mapping node into the struct v key by key, so that
// an unknown key or a bad value is reported at its own line and column.
// It records the value node of every setting it decodes in nodes, by its
// dotted name ("markdown.large").
func decodeInto(v reflect.Value, n *yaml.Node, prefix string, nodes map[string]*yaml.Node, ps *[]Problem) {
	at := func(n *yaml.Node, key message.Key, args ...any) {
		*ps = append(*ps, Problem{n.Line, n.Column, message.New(key, args...)})
	}
	if n.Kind != yaml.MappingNode {
		at(n, message.ConfigWantMap, strings.TrimSuffix(prefix, "."))
		return
	}
	fields := map[string]reflect.Value{}
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		fields[t.Field(i).Tag.Get("yaml")] = v.Field(i)
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		f, ok := fields[key.Value]
		if !ok {
			at(key, message.KeyUnknown, prefix+key.Value)
			continue
		}
		nodes[prefix+key.Value] = val
		if f.Kind() == reflect.Struct {
			decodeInto(f, val, prefix+key.Value+".", nodes, ps)
			continue
		}
		if err := val.Decode(f.Addr().Interface()); err != nil {
			at(val, message.ConfigWant, prefix+key.Value, describe(f.Type()))
		}
	}
}

// describe says what a setting of type t wants.
func describe(t reflect.Type) message.Text {
	if t == reflect.TypeFor[Size]() {
		return message.New(message.WantSize)
	}
	switch t.Kind() {
	case reflect.Bool, reflect.Pointer:
		return message.New(message.WantTrueFalse)
	case reflect.Int:
		return message.New(message.WantWholeNumber)
	case reflect.Map:
		return message.New(message.WantNameMap)
	}
	return message.New(message.WantText)
}
