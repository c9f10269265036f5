package site

import (
	"cmp"
	"path"
	"slices"
	"strings"
	"unicode"

	"github.com/tubei/pustaka/internal/content"
	"github.com/tubei/pustaka/internal/render"
	"github.com/tubei/pustaka/internal/theme"
)

// section is a folder of content/ and what it lists.
type section struct {
	dir    string // "" for the root, "kebijakan", "kebijakan/2026"
	url    string
	index  *entry // its _index.md, if any
	parent *section
	pages  []*entry // documents directly in the folder, in list order
	subs   []*section
}

func (sec *section) title() string {
	if sec.index != nil {
		return sec.index.page.Title
	}
	if sec.dir == "" {
		return ""
	}
	return humanize(path.Base(sec.dir))
}

func (sec *section) weight() int {
	if sec.index != nil {
		return sec.index.page.Weight
	}
	return 0
}

// tree is the structure of one build: sections, taxonomies, references.
type tree struct {
	root     *section
	sections map[string]*section            // by dir
	terms    map[string]map[string]*termSet // taxonomy -> term slug -> pages
	refs     map[string][]*entry            // target path -> pages that link to it
	supers   map[string][]*entry            // path -> pages that supersede it
	paths    map[string][]theme.Link        // section dir -> its learning path
	trans    map[string][]*entry            // terjemahan key -> the pages that carry it
}

// termSet is one term of a taxonomy and the pages that carry it.
type termSet struct {
	name  string // as first written
	url   string
	pages []*entry
	count int // pages listed on its page (translations folded)
}

// Taxonomies and the URL folder each is published under.
var taxonomies = []struct{ name, dir string }{
	{"tag", "tag"},
	{"unit", "unit"},
	{"competency", "kompetensi"},
}

func newTree(pub []*entry, links map[string][]*entry, lang string) *tree {
	t := &tree{sections: map[string]*section{}, terms: map[string]map[string]*termSet{}, refs: links, supers: map[string][]*entry{}, paths: map[string][]theme.Link{}}
	t.root = t.section("")
	t.trans = map[string][]*entry{}
	for _, e := range pub {
		p := e.page
		if p.Translation != "" {
			t.trans[p.Translation] = append(t.trans[p.Translation], e)
		}
		if p.IsIndex {
			t.section(p.Dir).index = e
			continue
		}
		sec := t.section(p.Dir)
		sec.pages = append(sec.pages, e)
		t.addTerms(e)
		t.addRefs(e)
	}
	for _, sec := range t.sections {
		slices.SortFunc(sec.pages, byListOrder)
		slices.SortFunc(sec.subs, func(a, b *section) int {
			return cmp.Or(cmp.Compare(weightKey(a.weight()), weightKey(b.weight())), compareFold(a.title(), b.title()))
		})
	}
	for _, byTerm := range t.terms {
		for _, ts := range byTerm {
			slices.SortFunc(ts.pages, byDate)
			ts.count = len(fold(ts.pages, lang, lang))
		}
	}
	return t
}

// section returns the section of dir, creating it and its parents.
func (t *tree) section(dir string) *section {
	if sec, ok := t.sections[dir]; ok {
		return sec
	}
	sec := &section{dir: dir, url: "/"}
	if dir != "" {
		sec.url = "/" + dir + "/"
		parentDir := path.Dir(dir)
		if parentDir == "." {
			parentDir = ""
		}
		sec.parent = t.section(parentDir)
		sec.parent.subs = append(sec.parent.subs, sec)
	}
	t.sections[dir] = sec
	return sec
}

func (t *tree) addTerms(e *entry) {
	p := e.page
	add := func(tax string, names ...string) {
		for _, n := range names {
			if n = strings.TrimSpace(n); n == "" {
				continue
			}
			if t.terms[tax] == nil {
				t.terms[tax] = map[string]*termSet{}
			}
			ts := t.terms[tax][slug(n)]
			if ts == nil {
				ts = &termSet{name: n, url: termURL(tax, n)}
				t.terms[tax][slug(n)] = ts
			}
			if !slices.Contains(ts.pages, e) {
				ts.pages = append(ts.pages, e)
			}
		}
	}
	add("tag", p.Tags...)
	add("unit", p.Unit)
	add("competency", p.Competencies...)
}

func (t *tree) addRefs(e *entry) {
	p := e.page
	var refs []content.Ref
	refs = append(refs, p.Related...)
	refs = append(refs, p.Prerequisites...)
	if p.Supersedes != nil {
		refs = append(refs, *p.Supersedes)
		if p.Supersedes.Page != nil {
			t.supers[p.Supersedes.Page.Path] = append(t.supers[p.Supersedes.Page.Path], e)
		}
	}
	for _, r := range refs {
		if r.Page != nil && r.Page.Path != p.Path && !slices.Contains(t.refs[r.Page.Path], e) {
			t.refs[r.Page.Path] = append(t.refs[r.Page.Path], e)
		}
	}
}

// termURL is the URL of a term page, e.g. /tag/pelatihan/.
func termURL(tax, name string) string {
	for _, tx := range taxonomies {
		if tx.name == tax {
			return "/" + tx.dir + "/" + slug(name) + "/"
		}
	}
	return "/"
}

// byListOrder sorts by weight (weighted pages first), then newest, then title.
func byListOrder(a, b *entry) int {
	return cmp.Or(
		cmp.Compare(weightKey(a.page.Weight), weightKey(b.page.Weight)),
		b.page.Date.Compare(a.page.Date),
		cmp.Compare(a.page.Title, b.page.Title),
		cmp.Compare(a.path, b.path))
}

// byDate sorts newest first.
func byDate(a, b *entry) int {
	return cmp.Or(lastChange(b).Compare(lastChange(a)), cmp.Compare(a.page.Title, b.page.Title), cmp.Compare(a.path, b.path))
}

func weightKey(w int) int {
	if w == 0 {
		return int(^uint(0) >> 1)
	}
	return w
}

// humanize turns a file or folder name into a title: "biro-hukum" -> "Biro hukum".
func humanize(name string) string {
	name = strings.TrimSuffix(name, path.Ext(name))
	name = strings.NewReplacer("-", " ", "_", " ").Replace(name)
	r := []rune(strings.TrimSpace(name))
	if len(r) == 0 {
		return name
	}
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// slug makes a URL segment of a term, as heading anchors are made.
func slug(s string) string { return render.Slug(s) }

func compareFold(a, b string) int {
	return cmp.Or(cmp.Compare(strings.ToLower(a), strings.ToLower(b)), cmp.Compare(a, b))
}
